"""The static page of a merge: a timeline, a map with country outlines, and every event's briefs and evidence.

`render_page(run)` returns one self-contained HTML file: no script at all, no
network. The CSS is inline and admitted by its sha256 in a
Content-Security-Policy whose default is 'none', so markup smuggled into an
article, a brief or an actor name is escaped, and could not run even if
escaping failed. Country outlines come from the installed countryinfo package
(rounded to 0.1 degree); the map is an SVG in an equirectangular projection
zoomed to the located events. Events whose place did not resolve are on the
timeline and in the list, never on the map.

Links are plain anchors: a marker or timeline tick goes to its event card
(#ev-...), a card's report goes to the movement in its brief
(#b-<hash>-m<index>), and the movement links back to its event. Given
`brief_links` (brief id -> URL, as the desk service does), each brief's
heading and each event's report also link to that brief's own page.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Mapping
from functools import cache

from summarizer.events.engine import MergeRun
from summarizer.events.exports import event_location
from summarizer.events.geocode import country_outlines
from summarizer.events.model import Event, Report
from summarizer.report.html import _sha256

_STYLE = """
:root { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330; background: #f6f7f9; }
body { margin: 0; } header { padding: 14px 24px; background: #fff; border-bottom: 1px solid #dde1e7; }
h1 { font-size: 1.25rem; margin: 0 0 6px; } h2 { font-size: 1.05rem; margin: 0 0 10px; } h3 { font-size: .95rem; margin: 0 0 6px; }
main { padding: 16px 24px; display: grid; gap: 16px; }
section.panel { background: #fff; border: 1px solid #dde1e7; border-radius: 8px; padding: 12px 16px; min-width: 0; }
.stats { font-size: .85rem; color: #4b5563; margin: 0; }
svg { width: 100%; height: auto; display: block; }
#map svg { background: #dbe9f6; border-radius: 6px; }
.land { fill: #f3f1ea; stroke: #9aa3ae; stroke-width: .08; } .land.hit { fill: #fde7c3; }
.mk { stroke: #fff; stroke-width: .12; } .mk.MOBILIZE { fill: #1f5fae; } .mk.RETREAT { fill: #b42318; }
.tl-axis { stroke: #9aa3ae; stroke-width: 1; } .tl-label { font-size: 11px; fill: #4b5563; }
.tk.MOBILIZE { fill: #1f5fae; } .tk.RETREAT { fill: #b42318; } .tk.undated { fill: #9aa3ae; }
.events { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 12px; }
article.event, article.brief { border: 1px solid #dde1e7; border-radius: 8px; padding: 10px 12px; background: #fff; }
article:target, li:target { outline: 3px solid #f6ad55; }
.badge { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: .75rem; color: #fff; }
.badge.MOBILIZE { background: #1f5fae; } .badge.RETREAT { background: #b42318; } .badge.denied { background: #6a3fb5; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; font-size: .84rem; margin: 6px 0; }
dt { color: #4b5563; } dd { margin: 0; overflow-wrap: anywhere; }
ul { font-size: .85rem; padding-left: 18px; margin: 4px 0; } blockquote { margin: 4px 0; padding: 4px 8px;
  border-left: 3px solid #c3c9d3; background: #f8f9fb; font-size: .85rem; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: .78rem; } th, td { text-align: left; padding: 3px 5px;
  border-bottom: 1px solid #e6e9ee; vertical-align: top; } .muted { color: #6b7280; font-size: .8rem; }
"""


CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; style-src '{_sha256(_STYLE)}'; img-src 'none'; script-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def brief_anchor(brief_id: str) -> str:
    """An anchor id for a brief: ids are arbitrary text, anchors must be safe tokens."""
    return "b-" + hashlib.sha256(brief_id.encode("utf-8")).hexdigest()[:12]


def report_anchor(report: Report) -> str:
    return f"{brief_anchor(report.brief_id)}-m{report.movement_index}"


@cache
def _outline_paths() -> tuple[tuple[str, str, str], ...]:
    """(ISO2, name, SVG path) per country; x = lon, y = -lat, rounded to 0.1 degree."""
    paths = []
    for code, outline in country_outlines().items():
        geometry = outline["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        parts = []
        for polygon in polygons:
            for ring in polygon:
                points, last = [], None
                for lon, lat, *_ in ring:
                    point = (round(lon, 1), round(-lat, 1))
                    if point != last:
                        points.append(f"{point[0]:g} {point[1]:g}")
                        last = point
                if len(points) >= 3:
                    parts.append("M" + " L".join(points) + "Z")
        if parts:
            paths.append((code, outline["name"], "".join(parts)))
    return tuple(paths)


def _map(events: list[Event]) -> str:
    located = [(e, p) for e in events if (p := event_location(e)) and p.resolved and p.latitude is not None]
    if located:
        lons = [p.longitude for _, p in located]
        lats = [-p.latitude for _, p in located]
        pad = 8.0
        x0, x1 = max(-180.0, min(lons) - pad), min(180.0, max(lons) + pad)
        y0, y1 = max(-90.0, min(lats) - pad), min(90.0, max(lats) + pad)
        width, height = max(x1 - x0, 30.0), max(y1 - y0, 18.0)
        x0, y0 = (x0 + x1 - width) / 2, (y0 + y1 - height) / 2
    else:
        x0, y0, width, height = -180.0, -90.0, 360.0, 180.0
    radius = max(width, height) / 150
    hit = {p.country_code for _, p in located}
    out = [f'<svg viewBox="{x0:.2f} {y0:.2f} {width:.2f} {height:.2f}" role="img" aria-label="map of located events">']
    for code, name, path in _outline_paths():
        out.append(f'<path class="land{" hit" if code in hit else ""}" d="{path}"><title>{_e(name)}</title></path>')
    for event, place in located:
        out.append(
            f'<a href="#{event.event_id}" data-event="{event.event_id}"><circle class="mk {event.event_type}" '
            f'cx="{place.longitude:.3f}" cy="{-place.latitude:.3f}" r="{radius:.3f}">'
            f"<title>{_e(event.actor)}: {_e(place.name)} ({_e(event.date)})</title></circle></a>"
        )
    out.append("</svg>")
    unplaced = len(events) - len(located)
    note = f'<p class="muted">{len(located)} events on the map; {unplaced} without a resolved place are listed, not placed.</p>'
    return "".join(out) + note


def _timeline(events: list[Event]) -> str:
    dated = [e for e in events if e.date]
    undated = [e for e in events if not e.date]
    width, left, right, lane = 1200, 20, 20, 14
    out = []
    if dated:
        start, end = dated[0].date.toordinal(), max(e.date for e in dated).toordinal()
        span = max(end - start, 1)
        rows: dict[int, int] = {}
        marks = []
        for event in dated:
            x = left + (event.date.toordinal() - start) / span * (width - left - right)
            row = rows.get(round(x), 0)
            rows[round(x)] = row + 1
            marks.append(
                f'<a href="#{event.event_id}" data-event="{event.event_id}"><rect class="tk {event.event_type}" '
                f'x="{x - 3:.1f}" y="{24 + row * lane}" width="6" height="{lane - 3}"><title>{_e(event.date)}: '
                f"{_e(event.actor)}</title></rect></a>"
            )
        height = 40 + max(rows.values()) * lane
        out.append(f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="timeline of dated events">')
        out.append(f'<line class="tl-axis" x1="{left}" y1="18" x2="{width - right}" y2="18"/>')
        out.append(f'<text class="tl-label" x="{left}" y="12">{_e(dated[0].date)}</text>')
        out.append(f'<text class="tl-label" x="{width - right}" y="12" text-anchor="end">{_e(max(e.date for e in dated))}</text>')
        out += marks
        out.append("</svg>")
    if undated:
        links = ", ".join(f'<a href="#{e.event_id}" data-event="{e.event_id}">{_e(e.actor)}</a>' for e in undated)
        out.append(f'<p class="muted">Undated ({len(undated)}): {links}</p>')
    return "".join(out) or '<p class="muted">No events.</p>'


def _place_text(place) -> str:
    if place is None:
        return "—"
    if place.resolved:
        return f"{_e(place.text)} <span class=\"muted\">= {_e(place.name)}, {_e(place.country)} ({_e(place.precision)})</span>"
    return f'{_e(place.text)} <span class="muted">(unresolved: {_e(place.why)})</span>'


def _brief_link(brief_id: str, links: Mapping[str, str], label: str) -> str:
    url = links.get(brief_id)
    return f' <a class="brief-page" href="{_e(url)}">{_e(label)}</a>' if url else ""


def _event_card(event: Event, links: Mapping[str, str]) -> str:
    est = event.estimate
    count = "—"
    if est:
        count = f"low {_e(est.low)} · best {_e(est.best)} · high {_e(est.high)} {_e(est.unit)} ({est.claims} claims)"
    dates = f"{_e(event.first_report)} – {_e(event.last_report)}" if event.first_report else "undated"
    reports = "".join(
        f'<li><a href="#{report_anchor(r)}" data-report="{_e(r.ref)}">{_e(r.ref)}</a> '
        f'<span class="muted">{_e(r.date)} {_e(r.outlet)}</span>: {_e(r.actor)}{_brief_link(r.brief_id, links, "brief")}</li>'
        for r in event.reports
    )
    merges = "".join(
        f"<tr><td>{_e(m.left)} + {_e(m.right)}</td><td>{_e(m.place_side)} {_e(' = '.join(m.place_texts))}</td>"
        f"<td>{m.actor_score:g} ({_e(', '.join(m.shared_actor_tokens))})</td><td>{_e(m.days_apart)}</td></tr>"
        for m in event.merges
    )
    merge_table = (
        f"<table><tr><th>joined</th><th>same place</th><th>actor score (shared)</th><th>days apart</th></tr>{merges}</table>"
        if merges else ""
    )  # fmt: skip
    denials = "".join(
        f"<li><b>{_e(d.denier)}</b>: {_e(d.what)}<blockquote>{_e(d.evidence)}</blockquote></li>" for d in event.denials
    )
    badges = f'<span class="badge {event.event_type}">{event.event_type}</span>'
    if event.denials:
        badges += ' <span class="badge denied">denied</span>'
    return (
        f'<article class="event" id="{event.event_id}" data-type="{event.event_type}">'
        f"<h3>{badges} {_e(event.actor)}</h3><dl>"
        f"<dt>reported</dt><dd>{dates}</dd><dt>from</dt><dd>{_place_text(event.origin)}</dd>"
        f"<dt>to</dt><dd>{_place_text(event.destination)}</dd><dt>count</dt><dd>{count}</dd>"
        f"<dt>sources</dt><dd>{_e('; '.join(event.outlets + event.sources)) or '—'}</dd></dl>"
        f"<ul class=\"reports\">{reports}</ul>{merge_table}"
        + (f"<h3>Denials</h3><ul>{denials}</ul>" if denials else "")
        + "</article>"
    )


def _brief_sections(run: MergeRun, links: Mapping[str, str]) -> str:
    event_of = {r.ref: e.event_id for e in run.events for r in e.reports}
    by_brief: dict[str, list[Report]] = {}
    for report in sorted(run.reports, key=lambda r: (r.brief_id, r.movement_index)):
        by_brief.setdefault(report.brief_id, []).append(report)
    out = []
    for brief_id, reports in by_brief.items():
        items = "".join(
            f'<li id="{report_anchor(r)}"><b>{_e(r.actor)}</b> {_e(r.origin.text if r.origin else "")} → '
            f'{_e(r.destination.text if r.destination else "")} · sources: {_e(", ".join(r.sources) or "the article")} '
            f'· <a href="#{event_of[r.ref]}">event</a><blockquote>{_e(r.evidence)}</blockquote></li>'
            for r in reports
        )
        first = reports[0]
        out.append(
            f'<article class="brief" id="{brief_anchor(brief_id)}"><h3>{_e(brief_id)}{_brief_link(brief_id, links, "open brief")}</h3>'
            f'<p class="muted">{_e(first.date or first.date_text or "undated")} · {_e(first.outlet or "")}</p>'
            f"<p>{_e(first.headline)}</p><ul>{items}</ul></article>"
        )
    return "".join(out)


def render_page(run: MergeRun, *, title: str = "Events", brief_links: Mapping[str, str] | None = None) -> str:
    links = brief_links or {}
    s = run.stats
    stats = (
        f"{s.briefs} briefs, {s.reports} movements → {s.events} events ({s.multi_report_events} from several "
        f"reports, {s.merges} merges); {s.denials_attached} denials attached; {s.places_unresolved} of {s.places} "
        f"places unresolved; window {run.settings.window_days} days, actor threshold {run.settings.actor_threshold:g}, "
        f"undated reports: {run.settings.undated}."
    )
    unresolved = "".join(f"<li>{_e(text)}</li>" for text in s.unresolved_places)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>\n"
        f'<header><h1>{_e(title)}</h1><p class="stats">{_e(stats)}</p></header><main>\n'
        f'<section class="panel" id="timeline"><h2>Timeline</h2>{_timeline(run.events)}</section>\n'
        f'<section class="panel" id="map"><h2>Map</h2>{_map(run.events)}</section>\n'
        f'<section class="panel"><h2>Events</h2><div class="events">{"".join(_event_card(e, links) for e in run.events)}</div></section>\n'
        f'<section class="panel" id="briefs"><h2>Briefs and their evidence</h2>{_brief_sections(run, links)}</section>\n'
        f'<section class="panel" id="unresolved"><h2>Unresolved places</h2><ul>{unresolved or "<li>none</li>"}</ul></section>\n'
        "</main></body></html>\n"
    )
