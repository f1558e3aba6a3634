"""Merging reports of the same move into events: blocking, pair rules, constrained single linkage.

Two reports (movements of any briefs, the same brief included) are a
*candidate pair* when

* they name the same destination, or the same origin: equal place keys after
  normalising and geocoding ("Kherson" = "Kherson Oblast" = "Херсон"), and
* their actors share a token that says who ("russia", "wagner"; never the
  generic "forces") and rapidfuzz's token_set_ratio of the normalised actors
  reaches `actor_threshold`, and
* they are dated at most `window_days` apart (undated reports: see
  `MergeSettings.undated`), and
* the other end does not contradict: both give an origin (or both a
  destination on an origin match) and the keys differ -> no pair.

When one actor's who-tokens are a strict part of the other's ("Russian
forces" and "Russian paratroopers"; "Russian forces" and "Russian military
police"), the fuzzy score does not decide: the less specific report pairs with
the more specific one only when that is the one more specific force reported
at the place within the window; with two or more (warships and military
police) it pairs with none.

Blocking makes this linear in practice: a report goes into one block per
(side, place key, anchor token), and only reports of one block, within the
window of each other after sorting by date, are compared.

Pairs are then applied best first (actor score, then fewer days apart, then
refs) with union-find; a pair that would give a group two disjoint sets of
destinations (or of origins), or a span of dates beyond the window, is
refused, so chains cannot glue different moves together. Every applied pair
is kept on the event as a `MergeReason`.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from summarizer.events.model import MergeReason, MergeSettings, Report

_FAR = 10**9


@dataclass(frozen=True)
class Edge:
    """A candidate pair of reports (indexes into the sorted report list) and its scores."""

    left: int
    right: int
    side: str  # "destination" or "origin"
    place_key: str
    actor_score: float
    shared: tuple[str, ...]
    days_apart: int | None
    rule: str = "actor"  # or "generic_actor": see _generic_edges

    def order(self) -> tuple:
        return (-self.actor_score, _FAR if self.days_apart is None else self.days_apart, self.left, self.right)


BlockKey = tuple[str, str, str]


def sort_reports(reports: Iterable[Report]) -> list[Report]:
    """The one order every later step relies on: by date (undated last), then ref."""
    return sorted(reports, key=lambda r: (r.date or dt.date.max, r.ref))


def blocks(reports: Sequence[Report]) -> dict[BlockKey, list[int]]:
    """(side, place key, anchor token) -> indexes of the reports in it, sorted; singletons dropped."""
    table: dict[BlockKey, list[int]] = defaultdict(list)
    for index, report in enumerate(reports):
        for side, place in (("destination", report.destination), ("origin", report.origin)):
            if place is None:
                continue
            for anchor in report.actor_anchors:
                table[(side, place.key, anchor)].append(index)
    return {key: members for key, members in sorted(table.items()) if len(members) > 1}


def block_edges(key: BlockKey, members: Sequence[int], reports: Sequence[Report] | Mapping[int, Report],
                settings: MergeSettings) -> list[Edge]:  # fmt: skip
    """Candidate pairs inside one block. Members are sorted by date (undated last); REPORTS indexed by them."""
    side, place_key, _ = key
    edges = []
    dated = [i for i in members if reports[i].date is not None]
    undated = [i for i in members if reports[i].date is None]
    window = settings.window_days
    for position, i in enumerate(dated):
        for j in dated[position + 1 :]:
            gap = (reports[j].date - reports[i].date).days  # type: ignore[operator]
            if gap > window:
                break
            edge = _pair(i, j, side, place_key, gap, reports, settings)
            if edge:
                edges.append(edge)
    edges += _generic_edges(dated, side, place_key, reports, settings)
    if settings.undated == "join" and undated:
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                if reports[i].date is None or reports[j].date is None:
                    edge = _pair(min(i, j), max(i, j), side, place_key, None, reports, settings)
                    if edge:
                        edges.append(edge)
    return edges


def _generic_edges(dated: Sequence[int], side: str, place_key: str, reports: Sequence[Report] | Mapping[int, Report],
                   settings: MergeSettings) -> list[Edge]:  # fmt: skip
    """A less specific actor ("Russian forces") joins a more specific one ("Russian paratroopers", whose
    who-tokens include all of its own) at the same place within the window, only when one such more
    specific force is reported there; with two or more (warships and military police) which one is
    meant is unknown: no pair.
    """
    edges = []
    days = [reports[i].date.toordinal() for i in dated]  # type: ignore[union-attr]
    for position, i in enumerate(dated):
        anchors = frozenset(reports[i].actor_anchors)
        low = bisect.bisect_left(days, days[position] - settings.window_days)
        high = bisect.bisect_right(days, days[position] + settings.window_days)
        near = [j for j in dated[low:high] if frozenset(reports[j].actor_anchors) > anchors]
        if len({frozenset(reports[j].actor_anchors) for j in near}) != 1:
            continue
        for j in near:
            a, b = min(i, j), max(i, j)
            gap = abs(days[position] - reports[j].date.toordinal())  # type: ignore[union-attr]
            edge = _pair(a, b, side, place_key, gap, reports, settings, generic=True)
            if edge:
                edges.append(edge)
    return edges


def _pair(i: int, j: int, side: str, place_key: str, gap: int | None, reports: Sequence[Report] | Mapping[int, Report],
          settings: MergeSettings, *, generic: bool = False) -> Edge | None:  # fmt: skip
    a, b = reports[i], reports[j]
    other = "origin" if side == "destination" else "destination"
    place_a, place_b = getattr(a, other), getattr(b, other)
    if place_a is not None and place_b is not None and place_a.key != place_b.key:
        return None  # same end, contradicting other end: two different moves
    anchors_a, anchors_b = set(a.actor_anchors), set(b.actor_anchors)
    shared = tuple(sorted(anchors_a & anchors_b))
    if not shared:
        return None
    if not generic and anchors_a != anchors_b and (anchors_a < anchors_b or anchors_b < anchors_a):
        return None  # one names a part of the other's force: only _generic_edges may pair them
    score = round(fuzz.token_set_ratio(a.actor_key, b.actor_key), 1)
    if generic:
        return Edge(i, j, side, place_key, score, shared, gap, "generic_actor")
    if score < settings.actor_threshold:
        return None
    return Edge(i, j, side, place_key, score, shared, gap)


def candidate_edges(reports: Sequence[Report], settings: MergeSettings) -> tuple[list[Edge], dict[str, int]]:
    """Every candidate pair once, in the order `link` applies them, and blocking statistics."""
    table = blocks(reports)
    edges = [edge for key, members in table.items() for edge in block_edges(key, members, reports, settings)]
    return dedupe(edges), block_stats(table)


def block_stats(table: dict[BlockKey, list[int]]) -> dict[str, int]:
    return {"blocks": len(table), "largest_block": max((len(m) for m in table.values()), default=0)}


def dedupe(edges: Iterable[Edge]) -> list[Edge]:
    """One edge per pair: destination before origin, then the better score; in application order."""
    best: dict[tuple[int, int], Edge] = {}
    for edge in sorted(edges, key=lambda e: (e.left, e.right, e.side != "destination", e.order())):
        best.setdefault((edge.left, edge.right), edge)
    return sorted(best.values(), key=Edge.order)


@dataclass
class Group:
    members: list[int]
    destinations: set[str] = field(default_factory=set)
    origins: set[str] = field(default_factory=set)
    first: dt.date | None = None
    last: dt.date | None = None
    reasons: list[MergeReason] = field(default_factory=list)


def link(reports: Sequence[Report], edges: Sequence[Edge], settings: MergeSettings) -> list[Group]:
    """Apply EDGES best first under the group constraints; the groups, in report order."""
    parent = list(range(len(reports)))
    groups = {i: _group_of(i, reports[i]) for i in range(len(reports))}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for edge in edges:
        ra, rb = root(edge.left), root(edge.right)
        if ra == rb:
            continue
        ga, gb = groups[ra], groups[rb]
        if _conflict(ga.destinations, gb.destinations) or _conflict(ga.origins, gb.origins):
            continue
        first = min((d for d in (ga.first, gb.first) if d), default=None)
        last = max((d for d in (ga.last, gb.last) if d), default=None)
        if first and last and (last - first).days > settings.window_days:
            continue
        keep, gone = (ra, rb) if ra < rb else (rb, ra)
        parent[gone] = keep
        merged = groups.pop(gone)
        target = groups[keep]
        target.members += merged.members
        target.destinations |= merged.destinations
        target.origins |= merged.origins
        target.first, target.last = first, last
        target.reasons += merged.reasons
        target.reasons.append(_reason(edge, reports))
    result = sorted(groups.values(), key=lambda g: min(g.members))
    for group in result:
        group.members.sort()
    return result


def _group_of(index: int, report: Report) -> Group:
    return Group(
        members=[index],
        destinations={report.destination.key} if report.destination else set(),
        origins={report.origin.key} if report.origin else set(),
        first=report.date,
        last=report.date,
    )


def _conflict(a: set[str], b: set[str]) -> bool:
    return bool(a) and bool(b) and not (a & b)


def _reason(edge: Edge, reports: Sequence[Report]) -> MergeReason:
    a, b = reports[edge.left], reports[edge.right]
    place_a, place_b = getattr(a, edge.side), getattr(b, edge.side)
    note = ""
    if edge.rule == "generic_actor":
        note = "the less specific actor joined the only more specific force of its kind reported here in the window"
    if edge.days_apart is None:
        note = "a date is unknown: the window was not checked (--undated join)"
    return MergeReason(
        left=a.ref, right=b.ref, place_side=edge.side, place_key=edge.place_key,  # type: ignore[arg-type]
        place_texts=[place_a.text, place_b.text], actor_score=edge.actor_score, actor_texts=[a.actor, b.actor],
        shared_actor_tokens=list(edge.shared), days_apart=edge.days_apart, note=note,
    )  # fmt: skip
