"""Readers for batch inputs: a folder of .txt files, a JSONL file, a CSV file, or Python items.

Every reader yields `BatchItem`s lazily, so a batch never holds more article
text in memory than the work in flight. A file or row that cannot be an
article (binary, undecodable, empty, too long) becomes an item carrying its
`InputError`, recorded in the output like any other failure; only a problem
with the batch as a whole (a missing file, a CSV without id/text columns, a
repeated id) raises.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.errors import InputError, SummarizerError
from summarizer.textinput import article_from_bytes, validate_article


@dataclass
class BatchItem:
    """One article to summarize, or the reason it cannot be."""

    id: str
    text: str | None = None
    error: SummarizerError | None = None
    index: int = 0  # position in the input, to return results in input order


@dataclass
class BatchSource:
    """Where items come from: `read(skip)` gives a fresh lazy iterator over the ids not in `skip`."""

    reader: Callable[[], Iterator[BatchItem]]
    ids: list[str]  # every id, in input order, checked unique before any work starts
    kind: str  # "directory", "jsonl", "csv", "python"

    files: dict[str, Path] | None = None  # directory inputs: id -> file, so skipped files are never read
    max_chars: int = 0

    @property
    def total(self) -> int:
        return len(self.ids)

    def read(self, skip: set[str] | frozenset[str] = frozenset()) -> Iterator[BatchItem]:
        if self.files is not None:
            wanted = [path for item_id, path in self.files.items() if item_id not in skip]
            return read_directory(wanted, max_chars=self.max_chars)
        return (item for item in self.reader() if item.id not in skip)


def open_source(path: str | Path, *, max_chars: int) -> BatchSource:
    """Pick the reader by what INPUT is: a directory, *.jsonl/*.ndjson, or *.csv."""
    path = Path(path)
    if path.is_dir():
        files = text_files(path)
        if not files:
            raise InputError(f"directory {str(path)!r} holds no .txt files; put one article per .txt file")
        source = _source(lambda: read_directory(files, max_chars=max_chars), [_file_id(p) for p in files], "directory")
        source.files = {_file_id(p): p for p in files}
        source.max_chars = max_chars
        return source
    if not path.exists():
        raise InputError(f"batch input {str(path)!r} not found; give a directory of .txt files, a .jsonl or a .csv")
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        reader = lambda: read_jsonl(path, max_chars=max_chars)  # noqa: E731
        return _source(reader, [item.id for item in reader()], "jsonl")
    if suffix == ".csv":
        _check_csv_header(path)
        reader = lambda: read_csv(path, max_chars=max_chars)  # noqa: E731
        return _source(reader, [item.id for item in reader()], "csv")
    raise InputError(
        f"cannot tell how to read {str(path)!r}: give a directory of .txt files, a .jsonl of "
        '{"id", "text"} objects, or a .csv with id,text columns'
    )


def python_source(items: Iterable[Any], *, max_chars: int) -> BatchSource:
    """Python items are read once into memory (summarize_many returns a list anyway)."""
    materialised = list(from_python(items, max_chars=max_chars))
    return _source(lambda: iter(materialised), [item.id for item in materialised], "python")


def _source(reader: Callable[[], Iterator[BatchItem]], ids: list[str], kind: str) -> BatchSource:
    # Output lines are keyed by id: a repeated id would overwrite another article's result.
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise InputError(f"id {item_id!r} appears twice in the batch input; ids must be unique")
        seen.add(item_id)
    return BatchSource(reader, ids, kind)


def text_files(folder: Path) -> list[Path]:
    """The folder's .txt files (not recursive, hidden files skipped), in name order."""
    return sorted(
        p for p in folder.iterdir() if p.suffix.lower() == ".txt" and not p.name.startswith(".") and p.is_file()
    )


def read_directory(files: list[Path], *, max_chars: int) -> Iterator[BatchItem]:
    for index, path in enumerate(files):
        item = BatchItem(id=_file_id(path), index=index)
        try:
            size = path.stat().st_size
            # UTF-8 takes at most 4 bytes a character: a larger file cannot fit the limit.
            if size > max_chars * 4 + 1024:
                raise InputError(f"file {path.name!r} is {size:,} bytes, more than max_article_chars allows")
            item.text = article_from_bytes(path.read_bytes(), max_chars=max_chars, name=f"file {path.name!r}")
        except SummarizerError as exc:
            item.error = exc
        except OSError as exc:
            item.error = InputError(f"file {path.name!r} cannot be read: {exc.strerror or exc}")
        yield item


def read_jsonl(path: Path, *, max_chars: int) -> Iterator[BatchItem]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot open {str(path)!r}: {exc.strerror or exc}") from None
    with handle:
        index = 0
        for line_number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            yield _jsonl_item(raw, line_number, index, max_chars)
            index += 1


def _jsonl_item(raw: bytes, line_number: int, index: int, max_chars: int) -> BatchItem:
    where = f"line {line_number}"
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return BatchItem(id=where, index=index, error=InputError(f"{where} is not valid JSON: {exc}"))
    if not isinstance(record, dict):
        return BatchItem(id=where, index=index, error=InputError(f'{where} is not an object with "id" and "text"'))
    item_id = _id_text(record.get("id"), default=where)
    item = BatchItem(id=item_id, index=index)
    text = record.get("text")
    if not isinstance(text, str):
        item.error = InputError(f'{where} (id {item_id!r}) has no "text" string')
        return item
    item.text, item.error = _checked(text, max_chars, f"{where} (id {item_id!r})")
    return item


def _check_csv_header(path: Path) -> None:
    try:
        with path.open("r", encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle), [])
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read CSV {str(path)!r}: {exc}; save it as UTF-8") from None
    names = {name.strip().lower() for name in header}
    if not {"id", "text"} <= names:
        raise InputError(f"CSV {str(path)!r} needs 'id' and 'text' columns in its header; found {header}")


def read_csv(path: Path, *, max_chars: int) -> Iterator[BatchItem]:
    # Articles are long: lift the csv module's 128 KiB field limit up to what settings allow.
    csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, max_chars * 4 + 1024)))
    try:
        handle = path.open("r", encoding="utf-8-sig", newline="", errors="strict")
    except OSError as exc:
        raise InputError(f"cannot open {str(path)!r}: {exc.strerror or exc}") from None
    with handle:
        reader = csv.DictReader(handle)
        reader.fieldnames = [name.strip().lower() for name in reader.fieldnames or []]
        index = 0
        while True:
            row_number = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except (csv.Error, UnicodeDecodeError) as exc:
                # The csv reader cannot resynchronise after this: refuse the file (at the up-front scan).
                raise InputError(f"CSV {path.name!r} is broken at row {row_number}: {exc}; fix or re-export it as UTF-8") from None
            item_id = _id_text(row.get("id"), default=f"row {row_number}")
            text, error = _checked(row.get("text") or "", max_chars, f"CSV row {row_number} (id {item_id!r})")
            yield BatchItem(id=item_id, text=text, error=error, index=index)
            index += 1


def from_python(items: Iterable[Any], *, max_chars: int) -> Iterator[BatchItem]:
    """(id, text) pairs, {"id", "text"} dicts, or plain strings (id = position)."""
    for index, entry in enumerate(items):
        if isinstance(entry, str):
            item_id, text = str(index), entry
        elif isinstance(entry, dict):
            item_id, text = _id_text(entry.get("id"), default=str(index)), entry.get("text")
        elif isinstance(entry, (tuple, list)) and len(entry) == 2:
            item_id, text = _id_text(entry[0], default=str(index)), entry[1]
        else:
            raise InputError(
                f"batch item {index} is a {type(entry).__name__}; give (id, text) pairs, "
                '{"id", "text"} dicts or plain strings'
            )
        item = BatchItem(id=item_id, index=index)
        if isinstance(text, bytes):
            try:
                text = article_from_bytes(text, max_chars=max_chars, name=f"item {item_id!r}")
            except SummarizerError as exc:
                item.error = exc
                yield item
                continue
        item.text, item.error = _checked(text, max_chars, f"item {item_id!r}")
        yield item


def _checked(text: Any, max_chars: int, name: str) -> tuple[str | None, SummarizerError | None]:
    try:
        return validate_article(text, max_chars=max_chars, name=name), None
    except SummarizerError as exc:
        return None, exc


def _file_id(path: Path) -> str:
    """The file's stem; a name that is not UTF-8 (surrogate-escaped by Python) is escaped readably."""
    return path.stem.encode("utf-8", "backslashreplace").decode("utf-8")


def _id_text(value: Any, *, default: str) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    # A lone surrogate cannot be written as UTF-8: such an id is kept readable, escaped ("\\ud800").
    return str(value).strip().encode("utf-8", "backslashreplace").decode("utf-8")
