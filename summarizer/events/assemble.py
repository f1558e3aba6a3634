"""Briefs -> reports, and groups of reports -> events (counts, sources, denials, first and last report).

The count rule (UCDP-style, per unit of count; the unit most claims use is the
event's `estimate`, the others are `other_estimates`):

* low  = the smallest lower bound: bare ("exactly") and "about" figures,
  "at least" figures and range lows;
* high = the largest figure given as a bound: bare and "about" figures,
  "at most" figures, range highs, and "at least" figures (the highest figure
  reported is at least that high);
* best = the lower median of the bare and "about" figures (a figure some
  report actually gave), null when no report gives one.
"Hundreds" (unspecified) counts as a claim without figures.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence

from summarizer.events.geocode import Gazetteer
from summarizer.events.inputs import SourceBrief
from summarizer.events.merge import Group
from summarizer.events.model import AttachedDenial, CountClaim, Estimate, Event, Place, Report
from summarizer.events.normalise import actor_anchors, actor_key, fold, is_withdrawal, unit_key


def reports_from(briefs: Sequence[SourceBrief], gazetteer: Gazetteer) -> tuple[list[Report], list[AttachedDenial], int]:
    """Every movement of every relevant brief as a Report; denials with their targets as report refs.

    Returns (reports, denials, briefs marked not relevant).
    """
    reports: list[Report] = []
    denials: list[AttachedDenial] = []
    irrelevant = 0
    for source in briefs:
        brief = source.brief
        if not brief.is_relevant and not brief.movements:
            irrelevant += 1
            continue
        refs = []
        for index, movement in enumerate(brief.movements):
            ref = f"{source.id}#m{index}"
            refs.append(ref)
            count = None
            if movement.count is not None:
                c = movement.count
                count = CountClaim(report=ref, value=c.value, low=c.low, high=c.high, qualifier=c.qualifier,
                                   unit=c.unit, unit_key=unit_key(c.unit), sources=list(movement.sources))  # fmt: skip
            reports.append(Report(
                ref=ref, brief_id=source.id, movement_index=index, date=source.date, date_text=source.date_text,
                date_basis=source.date_basis, outlet=source.outlet, actor=movement.actor,  # type: ignore[arg-type]
                actor_key=actor_key(movement.actor), actor_anchors=actor_anchors(movement.actor),
                actor_affiliation=movement.actor_affiliation, origin=_place(movement.origin, gazetteer),
                destination=_place(movement.destination, gazetteer), route=movement.route, time=movement.time,
                purpose=movement.purpose, withdrawal=is_withdrawal(movement.evidence), count=count,
                sources=list(movement.sources), evidence=movement.evidence,
                span_start=movement.span.start if movement.span else None,
                span_end=movement.span.end if movement.span else None, headline=brief.headline_summary,
            ))  # fmt: skip
        for index, denial in enumerate(brief.denials):
            denials.append(AttachedDenial(
                brief_id=source.id, denial_index=index, denier=denial.denier, what=denial.what,
                evidence=denial.evidence, targets=[refs[t] for t in denial.targets if t < len(refs)], date=source.date,
            ))  # fmt: skip
    return reports, denials, irrelevant


def _place(text: str | None, gazetteer: Gazetteer) -> Place | None:
    if text is None or not text.strip():
        return None
    return gazetteer.resolve(text.strip())


def events_from(groups: Sequence[Group], reports: Sequence[Report], denials: Sequence[AttachedDenial]) -> list[Event]:
    """One event per group, ordered by first report date (undated last), then id."""
    by_ref = defaultdict(list)
    for denial in denials:
        for ref in denial.targets:
            by_ref[ref].append(denial)
    events = []
    for group in groups:
        members = [reports[i] for i in group.members]
        attached: dict[tuple[str, int], AttachedDenial] = {}
        for report in members:
            for denial in by_ref.get(report.ref, []):
                attached.setdefault((denial.brief_id, denial.denial_index), denial)
        events.append(_event(members, [attached[k] for k in sorted(attached)], group))
    return sorted(events, key=lambda e: (e.date or dt.date.max, e.event_id))


def _event(members: list[Report], denials: list[AttachedDenial], group: Group) -> Event:
    refs = sorted(r.ref for r in members)
    event_id = "ev-" + hashlib.sha256("\n".join(refs).encode()).hexdigest()[:12]
    dates = sorted(r.date for r in members if r.date)
    claims = [r.count for r in members if r.count is not None]
    estimates = estimate_counts(claims)
    withdrawals = sum(r.withdrawal for r in members)
    return Event(
        event_id=event_id,
        event_type="RETREAT" if withdrawals * 2 > len(members) else "MOBILIZE",
        date=dates[0] if dates else None, first_report=dates[0] if dates else None,
        last_report=dates[-1] if dates else None,
        actor=_most_common([r.actor for r in members]), actors=_distinct(r.actor for r in members),
        actor_affiliations=_distinct(r.actor_affiliation for r in members if r.actor_affiliation),
        origin=_representative([r.origin for r in members if r.origin]),
        destination=_representative([r.destination for r in members if r.destination]),
        origins=_distinct(r.origin.text for r in members if r.origin),
        destinations=_distinct(r.destination.text for r in members if r.destination),
        estimate=estimates[0] if estimates else None, other_estimates=estimates[1:], count_claims=claims,
        sources=_distinct(s for r in members for s in r.sources), briefs=_distinct(r.brief_id for r in members),
        outlets=_distinct(r.outlet for r in members if r.outlet), reports=members, denials=denials,
        merges=group.reasons,
    )  # fmt: skip


def estimate_counts(claims: Sequence[CountClaim]) -> list[Estimate]:
    """Low/best/high per unit; the unit with most claims first (ties: the unit's name)."""
    by_unit: dict[str, list[CountClaim]] = defaultdict(list)
    for claim in claims:
        by_unit[claim.unit_key].append(claim)
    ordered = sorted(by_unit.items(), key=lambda item: (-len(item[1]), item[0]))
    return [_estimate(unit, group) for unit, group in ordered]


def _estimate(unit: str, claims: list[CountClaim]) -> Estimate:
    lows, highs, points = [], [], []
    for c in claims:
        if c.qualifier in ("exactly", "about") and c.value is not None:
            lows.append(c.value), highs.append(c.value), points.append(c.value)
        elif c.qualifier == "at_least" and c.value is not None:
            lows.append(c.value), highs.append(c.value)
        elif c.qualifier == "at_most" and c.value is not None:
            highs.append(c.value)
        elif c.qualifier == "range" and c.low is not None and c.high is not None:
            lows.append(c.low), highs.append(c.high)
    return Estimate(
        unit=_most_common([c.unit for c in claims]), low=min(lows) if lows else None,
        best=statistics.median_low(points) if points else None, high=max(highs) if highs else None,
        claims=len(claims),
    )  # fmt: skip


def _representative(places: list[Place]) -> Place | None:
    """The place most reports name (by key); among its spellings a resolved one, then the first."""
    if not places:
        return None
    counts = Counter(p.key for p in places)
    key = sorted(counts, key=lambda k: (-counts[k], k))[0]
    candidates = [p for p in places if p.key == key]
    return sorted(candidates, key=lambda p: (not p.resolved, len(p.text), p.text))[0]


def _most_common(values: list[str]) -> str:
    counts = Counter(values)
    return sorted(counts, key=lambda v: (-counts[v], len(v), v))[0]


def _distinct(values) -> list[str]:
    """First spelling of each value (case and diacritics folded), in order."""
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(fold(value) or value, value)
    return list(seen.values())
