"""Exports analysts load into their own tools: ACLED-like CSV, PLOVER-like JSONL, GeoJSON.

The location of an event is where the move is coded: the destination of an
advance or deployment, the origin of a withdrawal, else whichever end is
named (`event_location`). Only a location the gazetteer resolved gets
coordinates; the CSV leaves latitude/longitude empty for the rest, and the
GeoJSON lists those events under its top-level "unresolved" member with the
gazetteer's reason, instead of guessing a point.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from summarizer.errors import OutputError
from summarizer.events.model import Event, Place

ACLED_COLUMNS = [
    "event_id", "event_date", "first_report", "last_report", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "location", "country", "iso", "latitude", "longitude", "geo_precision", "count_low",
    "count_best", "count_high", "count_unit", "count_claims", "source", "briefs", "reports", "denied", "notes",
]  # fmt: skip
_GEO_PRECISION = {"city": 1, "region_named_after_city": 2, "country": 3}


def event_location(event: Event) -> Place | None:
    first, second = (event.origin, event.destination) if event.event_type == "RETREAT" else (event.destination, event.origin)
    return first or second


def _date(value) -> str:
    return value.isoformat() if value else ""


def _notes(event: Event) -> str:
    parts = [f"{event.actor}: " + (" -> ".join(p for p in (
        event.origin.text if event.origin else None, event.destination.text if event.destination else None) if p)
        or "no place named")]  # fmt: skip
    for claim in event.count_claims:
        figure = f"{claim.low}-{claim.high}" if claim.qualifier == "range" else (claim.value if claim.value is not None else "?")
        who = ", ".join(claim.sources) or "article's own voice"
        parts.append(f"{claim.qualifier} {figure} {claim.unit} ({who}; {claim.report})")
    for denial in event.denials:
        parts.append(f"denied by {denial.denier}: {denial.what}")
    if len(event.reports) > 1:
        parts.append(f"merged from {len(event.reports)} reports")
    return "; ".join(parts)


def acled_rows(events: list[Event]) -> list[dict[str, Any]]:
    rows = []
    for event in events:
        place = event_location(event)
        resolved = place is not None and place.resolved
        estimate = event.estimate
        rows.append({
            "event_id": event.event_id, "event_date": _date(event.date), "first_report": _date(event.first_report),
            "last_report": _date(event.last_report), "event_type": event.event_type,
            "sub_event_type": "Withdrawal" if event.event_type == "RETREAT" else "Deployment or advance",
            "actor1": event.actor, "assoc_actor_1": "; ".join(event.actor_affiliations),
            "location": (place.name if resolved else place.text) if place else "",
            "country": place.country or "" if resolved else "", "iso": place.country_code or "" if resolved else "",
            "latitude": place.latitude if resolved else "", "longitude": place.longitude if resolved else "",
            "geo_precision": _GEO_PRECISION.get(place.precision or "", "") if resolved else "",
            "count_low": estimate.low if estimate and estimate.low is not None else "",
            "count_best": estimate.best if estimate and estimate.best is not None else "",
            "count_high": estimate.high if estimate and estimate.high is not None else "",
            "count_unit": estimate.unit if estimate else "", "count_claims": len(event.count_claims),
            "source": "; ".join(event.outlets + event.sources), "briefs": "; ".join(event.briefs),
            "reports": len(event.reports), "denied": "true" if event.denials else "false", "notes": _notes(event),
        })  # fmt: skip
    return rows


def acled_csv(events: list[Event]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(acled_rows(events))
    return buffer.getvalue()


def _location(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name if place.resolved else place.text, "as_reported": place.text, "resolved": place.resolved,
        "country": place.country, "iso": place.country_code, "lat": place.latitude, "lon": place.longitude,
        "geo_precision": _GEO_PRECISION.get(place.precision or ""), "why": place.why,
    }  # fmt: skip


def plover_records(events: list[Event]) -> list[dict[str, Any]]:
    """PLOVER's shape: event type, mode, actors, location, date, sources; our report ids as the text links."""
    return [
        {
            "id": event.event_id, "event_date": _date(event.date), "event_type": event.event_type,
            "mode": "withdrawal" if event.event_type == "RETREAT" else "deployment",
            "actor": event.actor, "actor_names": event.actors, "actor_affiliations": event.actor_affiliations,
            "recipient": None, "location": _location(event_location(event)),
            "origin": _location(event.origin), "destination": _location(event.destination),
            "count": event.estimate.model_dump(exclude={"rule"}) if event.estimate else None,
            "sources": event.outlets + event.sources, "briefs": event.briefs,
            "reports": [r.ref for r in event.reports], "denied": bool(event.denials),
            "first_report": _date(event.first_report), "last_report": _date(event.last_report),
        }  # fmt: skip
        for event in events
    ]


def plover_jsonl(events: list[Event]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n" for record in plover_records(events))


def geojson(events: list[Event]) -> dict[str, Any]:
    """A FeatureCollection of located events; the rest under "unresolved" (a foreign member, RFC 7946 6.1)."""
    features, unresolved = [], []
    for event in events:
        place = event_location(event)
        if place is None or not place.resolved or place.latitude is None or place.longitude is None:
            unresolved.append({
                "event_id": event.event_id, "place": place.text if place else None,
                "why": place.why if place else "no origin or destination named",
            })  # fmt: skip
            continue
        features.append({
            "type": "Feature", "id": event.event_id,
            "geometry": {"type": "Point", "coordinates": [place.longitude, place.latitude]},
            "properties": {
                "event_type": event.event_type, "date": _date(event.date), "actor": event.actor,
                "location": place.name, "as_reported": place.text, "country": place.country,
                "geo_precision": _GEO_PRECISION.get(place.precision or ""),
                "count_low": event.estimate.low if event.estimate else None,
                "count_best": event.estimate.best if event.estimate else None,
                "count_high": event.estimate.high if event.estimate else None,
                "count_unit": event.estimate.unit if event.estimate else None,
                "reports": len(event.reports), "briefs": event.briefs, "denied": bool(event.denials),
            },
        })  # fmt: skip
    return {"type": "FeatureCollection", "features": features, "unresolved": unresolved}


def write_text(path: str | Path, text: str) -> Path:
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)  # a reader never sees half a file
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from None
    return path


def events_jsonl(events: list[Event]) -> str:
    return "".join(event.model_dump_json() + "\n" for event in events)
