"""The pydantic models of cross-article events: reports in, events out.

A *report* is one movement of one brief (brief id + movement index), with the
date the brief is dated by and the places as normalised and geocoded. An
*event* is a set of reports judged to describe the same move, with every
source, every count claim, a UCDP-style low/best/high, the denials that target
its reports, its first and last report, and the reasons each report joined.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EVENTS_SCHEMA_VERSION = "1.0"

DateBasis = Literal["row", "brief", "meta", "dates_file", "stored", "unknown"]
Precision = Literal["city", "region_named_after_city", "country"]
EventType = Literal["MOBILIZE", "RETREAT"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Place(_Model):
    """A place as a brief names it, its merge key, and what the gazetteer made of it."""

    text: str  # as the brief wrote it
    key: str  # the merge key: "gn:<geonameid>", "cc:<ISO2>" or the normalised text
    normalised: str
    resolved: bool = False
    name: str | None = None  # the gazetteer's canonical name
    country_code: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    precision: Precision | None = None
    geonameid: int | None = None
    why: str = ""  # how it was resolved, or why not (ambiguous, not in the gazetteer)


class CountClaim(_Model):
    """One report's count, as the brief hedged it."""

    report: str  # report ref "brief_id#m<index>"
    value: int | None = None
    low: int | None = None
    high: int | None = None
    qualifier: str
    unit: str
    unit_key: str  # the unit folded for grouping ("troops" and "soldiers" stay apart; plurals fold)
    sources: list[str] = Field(default_factory=list)


class Estimate(_Model):
    """UCDP-style low/best/high over the claims of one unit (see merge.estimate for the rule)."""

    unit: str
    low: int | None = None
    best: int | None = None
    high: int | None = None
    claims: int = 0
    rule: str = (
        "low = smallest lower bound (bare, 'about' and 'at least' figures, range lows); "
        "high = largest figure any claim gives as a bound (bare, 'about', 'at most', range highs, "
        "and 'at least' figures, the highest reported); best = lower median of bare and 'about' figures"
    )


class Report(_Model):
    """One movement of one brief: the unit of merging."""

    ref: str  # "brief_id#m<index>", unique
    brief_id: str
    movement_index: int
    date: dt.date | None = None
    date_text: str | None = None  # the date as given, when it could not be read
    date_basis: DateBasis = "unknown"
    outlet: str | None = None
    actor: str
    actor_key: str  # normalised actor, its tokens sorted
    actor_anchors: list[str] = Field(default_factory=list)  # tokens that say who (not "troops")
    actor_affiliation: str | None = None
    origin: Place | None = None
    destination: Place | None = None
    route: str | None = None
    time: str | None = None
    purpose: str | None = None
    withdrawal: bool = False
    count: CountClaim | None = None
    sources: list[str] = Field(default_factory=list)
    evidence: str
    span_start: int | None = None
    span_end: int | None = None
    headline: str = ""


class AttachedDenial(_Model):
    """A denial from a brief, attached to the event of the movement(s) it targets."""

    brief_id: str
    denial_index: int
    denier: str
    what: str
    evidence: str
    targets: list[str]  # report refs
    date: dt.date | None = None


class MergeReason(_Model):
    """Why two reports (and so their groups) were joined: which fields matched and how well."""

    left: str
    right: str
    place_side: Literal["destination", "origin"]
    place_key: str
    place_texts: list[str]
    actor_score: float  # rapidfuzz token_set_ratio of the normalised actors, 0-100
    actor_texts: list[str]
    shared_actor_tokens: list[str]
    days_apart: int | None  # None when a date is unknown (only under --undated join)
    note: str = ""


class Event(_Model):
    """One move, reported by one or more briefs."""

    event_id: str
    event_type: EventType
    date: dt.date | None = None  # the first report's date
    first_report: dt.date | None = None
    last_report: dt.date | None = None
    actor: str  # the most reported actor text (ties: shortest, then alphabetical)
    actors: list[str]
    actor_affiliations: list[str] = Field(default_factory=list)
    origin: Place | None = None
    destination: Place | None = None
    origins: list[str] = Field(default_factory=list)
    destinations: list[str] = Field(default_factory=list)
    estimate: Estimate | None = None  # the unit most claims use
    other_estimates: list[Estimate] = Field(default_factory=list)
    count_claims: list[CountClaim] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)  # named sources, every report's
    briefs: list[str] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list)
    reports: list[Report]
    denials: list[AttachedDenial] = Field(default_factory=list)
    merges: list[MergeReason] = Field(default_factory=list)
    schema_version: str = EVENTS_SCHEMA_VERSION


class MergeSettings(_Model):
    """The knobs of the merge; their values are written into every run's summary."""

    window_days: int = Field(3, ge=0, description="reports at most this many days apart can join; also an event's span")
    actor_threshold: float = Field(85.0, ge=0, le=100, description="rapidfuzz token_set_ratio of normalised actors")
    undated: Literal["separate", "join"] = Field(
        "separate", description="separate: a report without a date stays its own event; join: the window is not checked"
    )


class MergeStats(_Model):
    """What a run did, for the one-line summary and the JSON summary."""

    briefs: int = 0
    failed_rows: int = 0
    invalid_rows: int = 0
    irrelevant_briefs: int = 0
    reports: int = 0
    undated_reports: int = 0
    events: int = 0
    multi_report_events: int = 0
    merges: int = 0
    denials_attached: int = 0
    denials_unattached: int = 0
    places: int = 0
    places_unresolved: int = 0
    unresolved_places: list[str] = Field(default_factory=list)
    candidate_pairs: int = 0
    blocks: int = 0
    largest_block: int = 0
