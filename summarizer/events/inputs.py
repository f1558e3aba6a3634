"""Reading briefs for the merge: `summarizer batch` JSONL, plain brief JSON files, fixture folders, the desk's database.

Each brief becomes a `SourceBrief`: its id, the validated brief, and the date
it is dated by. The date, first found wins:

1. a `date` field on the batch line or the brief JSON (`"date"` or
   `"metadata": {"date": ...}`), basis `row` / `brief`;
2. the `--dates` mapping (a CSV with id,date columns, a JSON object id->date,
   or a fixtures folder whose `<id>/meta.json` has a `date`), basis `dates_file`;
3. a `meta.json` beside a plain brief file, basis `meta`;
4. otherwise unknown: the report keeps the text it had (`"unknown (late
   November 2021)"`) and how the merge treats it is `MergeSettings.undated`.

Only ISO dates (`2022-04-10`, optionally with a time) are read: a date the
merge cannot be sure of is not invented. A batch line that carries an error
instead of a brief is counted and skipped; a line whose brief does not
validate is counted as invalid and skipped, with its id in the warning.

The desk's database (`read_store`, a SQLAlchemy URL) is read through the
service's Store: each stored brief once, as its reviewed gold when a review
exists (an analyst's correction outranks the machine), else as the machine
brief, dated by the day it was stored (basis `stored`).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from schemas import Brief
from summarizer.batch.output import read_output
from summarizer.errors import InputError
from summarizer.events.normalise import parse_date

if TYPE_CHECKING:
    from summarizer.service.storage import Store

DATABASE_SCHEMES = ("sqlite:", "postgresql:", "postgresql+", "postgres:")


def is_database_url(value: str | Path) -> bool:
    """A SQLAlchemy URL of a database the desk runs on (sqlite:///PATH, postgresql://...), not a file path."""
    return str(value).lower().startswith(DATABASE_SCHEMES)


@dataclass
class SourceBrief:
    """One brief and what the merge needs to know about where it came from."""

    id: str
    brief: Brief
    date: dt.date | None = None
    date_text: str | None = None
    date_basis: str = "unknown"
    outlet: str | None = None


@dataclass
class ReadResult:
    briefs: list[SourceBrief] = field(default_factory=list)
    failed_rows: int = 0  # batch lines holding an error instead of a brief
    invalid: list[str] = field(default_factory=list)  # ids whose brief did not validate


@dataclass
class DateBook:
    """id -> (date text, outlet) from a --dates source."""

    entries: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)

    def get(self, brief_id: str) -> tuple[str | None, str | None]:
        return self.entries.get(brief_id, (None, None))


def read_dates(path: str | Path | None) -> DateBook:
    """A CSV (id,date[,outlet]), a JSON object {id: date}, or a fixtures folder (<id>/meta.json)."""
    book = DateBook()
    if path is None:
        return book
    path = Path(path)
    try:
        if path.is_dir():
            for meta in sorted(path.glob("*/meta.json")):
                data = json.loads(meta.read_text(encoding="utf-8"))
                book.entries[meta.parent.name] = (_text(data.get("date")), _text(data.get("source")))
        elif path.suffix.lower() == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as handle:
                for row in csv.DictReader(handle):
                    row = {k.strip().lower(): v for k, v in row.items() if k}
                    if row.get("id"):
                        book.entries[row["id"].strip()] = (_text(row.get("date")), _text(row.get("outlet")))
        else:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise InputError(f"dates file {str(path)!r} must be a JSON object of id -> date")
            book.entries = {str(k): (_text(v), None) for k, v in data.items()}
    except FileNotFoundError:
        raise InputError(f"dates file {str(path)!r} not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, csv.Error) as exc:
        raise InputError(f"cannot read dates from {str(path)!r}: {exc}") from None
    return book


def read_briefs(paths: Iterable[str | Path], dates: DateBook | None = None) -> ReadResult:
    """Every brief in PATHS, in the order given (files in name order inside a folder)."""
    dates = dates or DateBook()
    result = ReadResult()
    seen: dict[str, str] = {}
    for raw_path in paths:
        path = Path(raw_path)
        for record, brief_id, where, sibling_meta in _records(path):
            if brief_id in seen:
                raise InputError(f"brief id {brief_id!r} appears in both {seen[brief_id]} and {where}; ids must be unique")
            seen[brief_id] = where
            if record.get("brief", "absent") is None:  # a batch line that failed
                result.failed_rows += 1
                continue
            body = record["brief"] if isinstance(record.get("brief"), dict) else record
            try:
                brief = Brief.model_validate(body)
            except ValidationError:
                result.invalid.append(brief_id)
                continue
            result.briefs.append(_dated(brief_id, brief, record, body, dates, sibling_meta))
    return result


def read_store(store: Store, result: ReadResult | None = None) -> ReadResult:
    """Every brief the desk stored: the reviewed gold when there is one, else the machine brief."""
    result = result or ReadResult()
    for row, review in store.briefs_with_reviews():
        body = review.gold if review is not None else row.brief
        try:
            brief = Brief.model_validate(body)
        except ValidationError:
            result.invalid.append(row.id)
            continue
        result.briefs.append(SourceBrief(row.id, brief, row.created_at.date(), None, "stored", None))
    return result


def read_database(url: str, result: ReadResult | None = None) -> ReadResult:
    """`read_store` on the database at `url`; ConfigError (exit 3) when it cannot be opened."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from summarizer.service.storage import Store

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise InputError(f"database URL {url!r} is not a URL; give sqlite:///PATH or postgresql://...") from None
    database = parsed.database if parsed.get_backend_name() == "sqlite" else None
    if database and database != ":memory:" and not Path(database).expanduser().is_file():
        # Store.open would create an empty desk here; a typo must not read as "no briefs".
        raise InputError(f"desk database {database!r} not found")
    store = Store.open(url)
    try:
        return read_store(store, result)
    finally:
        store.close()


def source_brief(record: dict[str, Any], brief_id: str | None = None, dates: DateBook | None = None) -> SourceBrief:
    """One batch-style record ({"id", "brief", "date"?, "outlet"?}) or plain brief dict as a SourceBrief.

    Raises pydantic's ValidationError when the brief does not validate.
    """
    body = record["brief"] if isinstance(record.get("brief"), dict) else record
    brief_id = brief_id or str(record.get("id"))
    return _dated(brief_id, Brief.model_validate(body), record, body, dates or DateBook(), None)


def _records(path: Path) -> Iterator[tuple[dict[str, Any], str, str, Path | None]]:
    if path.is_dir():
        files = sorted(p for p in path.glob("*/*.json") if p.name in {"brief.json", "gold.json"})
        files += sorted(p for p in path.glob("*.json") if p.name != "meta.json")
        if not files:
            raise InputError(f"folder {str(path)!r} holds no brief JSON (NAME.json, or NAME/brief.json / NAME/gold.json)")
        for file in files:
            yield from _records(file)
        return
    if not path.exists():
        raise InputError(f"briefs input {str(path)!r} not found")
    if path.suffix.lower() in {".jsonl", ".ndjson"}:
        state = read_output(path)  # the batch's own reading rules: last line per id wins
        for brief_id in state.last:
            yield state.last[brief_id], brief_id, f"{path.name}", None
        return
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read brief {str(path)!r}: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(f"{str(path)!r} is not a brief (a JSON object)")
    brief_id = str(data.get("id") or (path.parent.name if path.stem in {"brief", "gold"} else path.stem))
    meta = path.parent / "meta.json"
    yield data, brief_id, str(path), meta if meta.exists() else None


def _dated(brief_id: str, brief: Brief, record: dict, body: dict, dates: DateBook, meta: Path | None) -> SourceBrief:
    metadata = body.get("metadata") if isinstance(body.get("metadata"), dict) else {}
    candidates: list[tuple[str, Any, Any]] = [
        ("row", record.get("date"), record.get("outlet")),
        ("brief", body.get("date") or metadata.get("date"), body.get("outlet") or metadata.get("outlet")),
        ("dates_file", *dates.get(brief_id)),
    ]
    if meta is not None:
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
            candidates.append(("meta", data.get("date"), data.get("source")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            pass
    outlet = next((_text(o) for _, _, o in candidates if _text(o)), None)
    first_text = next((_text(d) for _, d, _ in candidates if _text(d)), None)
    for basis, value, _ in candidates:
        parsed = parse_date(value)
        if parsed is not None:
            return SourceBrief(brief_id, brief, parsed, None, basis, outlet)
    return SourceBrief(brief_id, brief, None, first_text, "unknown", outlet)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
