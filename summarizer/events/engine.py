"""Running the merge: locally, or with the pair scoring spread over Ray (`--engine ray`).

Both engines build the same reports, the same blocks and the same candidate
pairs; Ray only scores the blocks in parallel. Blocks are partitioned by a
stable hash of their key (sha256, not Python's per-process `hash`), each
partition is scored by one Ray task, and the driver links the pairs exactly
as the local engine does, so the events are the same, byte for byte.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from summarizer.errors import ConfigError
from summarizer.events.assemble import events_from, reports_from
from summarizer.events.geocode import Gazetteer, default_gazetteer
from summarizer.events.inputs import SourceBrief
from summarizer.events.merge import BlockKey, Edge, block_edges, block_stats, blocks, dedupe, link, sort_reports
from summarizer.events.model import AttachedDenial, Event, MergeSettings, MergeStats, Report


@dataclass
class MergeRun:
    """What a merge produced."""

    events: list[Event]
    reports: list[Report]
    stats: MergeStats
    settings: MergeSettings
    unattached_denials: list[AttachedDenial] = field(default_factory=list)


def merge_briefs(
    briefs: Sequence[SourceBrief],
    settings: MergeSettings | None = None,
    *,
    gazetteer: Gazetteer | None = None,
    engine: str = "local",
    ray_partitions: int = 8,
) -> MergeRun:
    settings = settings or MergeSettings()
    gazetteer = gazetteer or default_gazetteer()
    raw_reports, denials, irrelevant = reports_from(briefs, gazetteer)
    reports = sort_reports(raw_reports)
    table = blocks(reports)
    if engine == "local":
        edges = [edge for key, members in table.items() for edge in block_edges(key, members, reports, settings)]
    elif engine == "ray":
        edges = _ray_edges(table, reports, settings, ray_partitions)
    else:
        raise ConfigError(f"unknown engine {engine!r}; use local or ray")
    edges = dedupe(edges)
    groups = link(reports, edges, settings)
    events = events_from(groups, reports, denials)
    stats = _stats(briefs, reports, events, denials, irrelevant, len(edges), block_stats(table))
    unattached = [d for d in denials if not d.targets]
    return MergeRun(events, reports, stats, settings, unattached)


def partition_of(key: BlockKey, partitions: int) -> int:
    digest = hashlib.sha256("\x1f".join(key).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % partitions


def _score_partition(items: list[tuple[BlockKey, list[int]]], reports: Mapping[int, Report], settings: MergeSettings) -> list[Edge]:
    return [edge for key, members in items for edge in block_edges(key, members, reports, settings)]


def _ray_edges(table: dict[BlockKey, list[int]], reports: Sequence[Report], settings: MergeSettings,
               partitions: int) -> list[Edge]:  # fmt: skip
    try:
        import ray
    except ModuleNotFoundError:
        raise ConfigError("--engine ray needs Ray: pip install 'summarizer[ray]'") from None
    started = False
    if not ray.is_initialized():
        ray.init(include_dashboard=False, logging_level="WARNING", log_to_driver=False)
        started = True
    try:
        parts: list[list[tuple[BlockKey, list[int]]]] = [[] for _ in range(max(1, partitions))]
        for key, members in table.items():
            parts[partition_of(key, len(parts))].append((key, members))
        score = ray.remote(_score_partition)
        futures = []
        for part in parts:
            if part:
                # Each task gets only the reports of its blocks (by index), not all of them.
                needed = sorted({i for _, members in part for i in members})
                futures.append(score.remote(part, {i: reports[i] for i in needed}, settings))
        return [edge for chunk in ray.get(futures) for edge in chunk]
    finally:
        if started:
            ray.shutdown()


def _stats(briefs, reports, events, denials, irrelevant, pairs, blocking) -> MergeStats:
    places = [p for r in reports for p in (r.origin, r.destination) if p is not None]
    unresolved = sorted({p.text for p in places if not p.resolved})
    attached = {(d.brief_id, d.denial_index) for e in events for d in e.denials}
    return MergeStats(
        briefs=len(briefs), irrelevant_briefs=irrelevant, reports=len(reports),
        undated_reports=sum(r.date is None for r in reports), events=len(events),
        multi_report_events=sum(len(e.reports) > 1 for e in events), merges=sum(len(e.merges) for e in events),
        denials_attached=len(attached), denials_unattached=len(denials) - len(attached), places=len(places),
        places_unresolved=sum(not p.resolved for p in places), unresolved_places=unresolved, candidate_pairs=pairs,
        blocks=blocking["blocks"], largest_block=blocking["largest_block"],
    )  # fmt: skip
