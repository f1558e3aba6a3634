"""`summarizer events BRIEFS...|DB -o EVENTS.jsonl`: merge briefs' movements into events, with exports.

An input that is a database URL (sqlite:///desk.sqlite3, postgresql://...), or
`--db URL` as for `summarizer serve`, reads every brief the desk stored.

Registered on the main CLI by `register(app)`. Exit codes as everywhere: 2 bad
input (a missing file, an unreadable dates file), 3 bad settings, 5 an output
that cannot be written; one line on stderr, never a traceback.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer



class Engine(str, Enum):
    local = "local"
    ray = "ray"


class Undated(str, Enum):
    separate = "separate"
    join = "join"


def register(app: typer.Typer) -> None:
    """Add the `events` command to `app`, with the main CLI's error handling (one line, exit code)."""
    from summarizer.cli import guarded

    app.command("events")(guarded(events))


def events(
    inputs: Annotated[list[str] | None, typer.Argument(help="`summarizer batch` JSONL files, brief JSON files, folders of NAME/brief.json|gold.json, or the desk's database URL (sqlite:///PATH, postgresql://...)", show_default=False)] = None,
    *,
    output: Annotated[Path, typer.Option("--output", "-o", help="events JSONL to write (one event a line)")],
    dates: Annotated[Path | None, typer.Option("--dates", help="id -> date: a CSV (id,date[,outlet]), a JSON object, or a fixtures folder with NAME/meta.json")] = None,
    window_days: Annotated[int, typer.Option("--window-days", min=0, help="reports at most this many days apart can be one event")] = 3,
    actor_threshold: Annotated[float, typer.Option("--actor-threshold", min=0, max=100, help="rapidfuzz token_set_ratio needed between actors")] = 85.0,
    undated: Annotated[Undated, typer.Option("--undated", help="separate: an undated report stays its own event; join: merge it, window unchecked")] = Undated.separate,
    csv_path: Annotated[Path | None, typer.Option("--csv", help="also write an ACLED-like CSV")] = None,
    plover_path: Annotated[Path | None, typer.Option("--plover", help="also write PLOVER-like JSONL")] = None,
    geojson_path: Annotated[Path | None, typer.Option("--geojson", help="also write GeoJSON (unresolved places listed, not placed)")] = None,
    html_path: Annotated[Path | None, typer.Option("--html", help="also write the static page (timeline, map, evidence)")] = None,
    summary_path: Annotated[Path | None, typer.Option("--summary", help="also write the run's numbers as JSON")] = None,
    engine: Annotated[Engine, typer.Option("--engine", help="local, or ray (pip install 'summarizer[ray]')")] = Engine.local,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no summary line on stderr")] = False,
    db: Annotated[str | None, typer.Option("--db", help="also read every brief in the desk's database (as `summarizer serve --db`); reviewed gold wins over the machine brief")] = None,
) -> None:
    """Merge movements reported by several briefs into events; every merge says why."""
    from summarizer.errors import InputError

    paths = [Path(i) for i in inputs or [] if not _is_db(i)]
    databases = [i for i in inputs or [] if _is_db(i)] + ([db] if db else [])
    if not paths and not databases:
        raise InputError("give briefs to merge: JSONL/JSON files, folders, or a desk database URL (or --db URL)")
    _run(paths, databases, output, dates, window_days, actor_threshold, undated.value, csv_path, plover_path,
         geojson_path, html_path, summary_path, engine.value, quiet)  # fmt: skip


def _is_db(value: str) -> bool:
    from summarizer.events.inputs import is_database_url

    return is_database_url(value)


def _run(inputs, databases, output, dates, window_days, actor_threshold, undated, csv_path, plover_path, geojson_path,
         html_path, summary_path, engine, quiet) -> None:  # fmt: skip
    from summarizer.events import exports
    from summarizer.events.engine import merge_briefs
    from summarizer.errors import InputError
    from summarizer.events.inputs import ReadResult, read_briefs, read_database, read_dates
    from summarizer.events.model import MergeSettings

    settings = MergeSettings(window_days=window_days, actor_threshold=actor_threshold, undated=undated)
    read = read_briefs(inputs, read_dates(dates)) if inputs else ReadResult()
    for url in databases:
        read = read_database(url, read)
    ids = [b.id for b in read.briefs]
    if len(set(ids)) != len(ids):
        raise InputError("the same brief id comes from two inputs (a database given twice?); ids must be unique")
    if read.invalid:
        shown = ", ".join(read.invalid[:5]) + (" ..." if len(read.invalid) > 5 else "")
        typer.echo(f"summarizer: skipped {len(read.invalid)} brief(s) that do not validate: {shown}", err=True)
    run = merge_briefs(read.briefs, settings, engine=engine)
    run.stats.failed_rows = read.failed_rows
    run.stats.invalid_rows = len(read.invalid)
    exports.write_text(output, exports.events_jsonl(run.events))
    if csv_path:
        exports.write_text(csv_path, exports.acled_csv(run.events))
    if plover_path:
        exports.write_text(plover_path, exports.plover_jsonl(run.events))
    if geojson_path:
        exports.write_text(geojson_path, json.dumps(exports.geojson(run.events), ensure_ascii=False, indent=1) + "\n")
    if html_path:
        from summarizer.events.page import render_page

        exports.write_text(html_path, render_page(run))
    if summary_path:
        summary = {"settings": settings.model_dump(), "stats": run.stats.model_dump()}
        exports.write_text(summary_path, json.dumps(summary, indent=2, default=str) + "\n")
    if not quiet:
        s = run.stats
        typer.echo(
            f"{s.briefs} briefs ({s.failed_rows} failed rows, {s.invalid_rows} invalid, {s.irrelevant_briefs} not relevant), "
            f"{s.reports} movements -> {s.events} events ({s.multi_report_events} from several reports, {s.merges} merges); "
            f"denials attached {s.denials_attached}/{s.denials_attached + s.denials_unattached}; "
            f"places unresolved {s.places_unresolved}/{s.places}; undated movements {s.undated_reports}; wrote {output}",
            err=True,
        )
        sys.stderr.flush()
