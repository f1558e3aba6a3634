"""The batch's output file: one JSON line per article, appended, flushed and fsync'd.

Reading rules, which make a batch resumable:

* the **last line for an id wins**: a retried article's new line supersedes
  its failed one, without rewriting the file;
* a last line without its newline is what a `kill -9` mid-write leaves: it
  is ignored, and cut off before anything new is appended, so the article is
  simply done again;
* any other line that is not a JSON object with an "id" is skipped, counted
  in `OutputState.unreadable`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.errors import InputError, OutputError


@dataclass
class OutputState:
    """What an existing output file already holds."""

    last: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> its last line
    unreadable: int = 0
    torn_tail_bytes: int = 0  # length of a half-written last line

    def done_ids(self) -> set[str]:
        return {item_id for item_id, record in self.last.items() if record.get("brief") is not None}

    def failed_ids(self) -> set[str]:
        return {item_id for item_id, record in self.last.items() if record.get("brief") is None}


def read_output(path: str | Path) -> OutputState:
    """Parse OUT (missing file: empty state). Never raises on content, only on I/O."""
    path = Path(path)
    state = OutputState()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return state
    except OSError as exc:
        raise OutputError(f"cannot read output file {str(path)!r}: {exc.strerror or exc}") from None
    complete_end = data.rfind(b"\n") + 1
    state.torn_tail_bytes = len(data) - complete_end
    for raw in data[:complete_end].splitlines():
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            state.unreadable += 1
            continue
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            state.unreadable += 1
            continue
        state.last[record["id"]] = record
    return state


def final_records(path: str | Path) -> dict[str, dict[str, Any]]:
    """id -> the line that counts for it (the last one)."""
    return read_output(path).last


class OutputWriter:
    """Appends one line per result; each line is on disk before the next article starts to count."""

    def __init__(self, path: str | Path, *, durable: bool = True) -> None:
        self.path = Path(path)
        self.durable = durable
        if self.path.is_dir():
            raise InputError(f"output {str(self.path)!r} is a directory; give a .jsonl file path")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._cut_torn_tail()
            self._handle = self.path.open("ab")
        except OSError as exc:
            raise OutputError(f"cannot write output file {str(self.path)!r}: {exc.strerror or exc}") from None

    def _cut_torn_tail(self) -> None:
        # Appending after a half line would glue two records into one unreadable line.
        if not self.path.exists():
            return
        with self.path.open("r+b") as handle:
            size = handle.seek(0, os.SEEK_END)
            if size == 0:
                return
            block = 1 << 16
            position = size
            while position > 0:
                start = max(0, position - block)
                handle.seek(start)
                chunk = handle.read(position - start)
                newline = chunk.rfind(b"\n")
                if newline >= 0:
                    keep = start + newline + 1
                    break
                position = start
            else:
                keep = 0
            if keep < size:
                handle.truncate(keep)
                handle.flush()
                os.fsync(handle.fileno())

    def write(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        try:
            self._handle.write(line.encode("utf-8"))
            self._handle.flush()
            if self.durable:
                os.fsync(self._handle.fileno())
        except OSError as exc:
            raise OutputError(f"cannot write output file {str(self.path)!r}: {exc.strerror or exc}") from None

    def close(self) -> None:
        if not self._handle.closed:
            self._handle.close()

    def __enter__(self) -> OutputWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
