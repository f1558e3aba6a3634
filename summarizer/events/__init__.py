"""Across articles: many briefs' movements merged into events, with exports and a static page.

    from summarizer.events import merge_briefs, read_briefs
    result = read_briefs(["briefs.jsonl"])
    run = merge_briefs(result.briefs)
    for event in run.events: ...

Modules, one job each: `model` (pydantic Event, Report, ...), `normalise`
(folding actors, places, units, dates), `geocode` (offline gazetteer),
`inputs` (reading briefs and their dates), `merge` (blocking, pair rules,
linking), `assemble` (reports in, events out, the count rule), `engine`
(local or Ray), `exports` (ACLED-like CSV, PLOVER-like JSONL, GeoJSON),
`page` (the static HTML page), `cli` (`summarizer events`).
"""

from summarizer.events.engine import MergeRun, merge_briefs
from summarizer.events.inputs import read_briefs, read_dates
from summarizer.events.model import Event, MergeSettings, Report

__all__ = ["Event", "MergeRun", "MergeSettings", "Report", "merge_briefs", "read_briefs", "read_dates"]
