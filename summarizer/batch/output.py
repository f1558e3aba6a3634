"""The batch's output file: one JSON line per article, appended, flushed and fsync'd.

Reading rules, which make a batch resumable:

* the **last line for an id wins**: a retried article's new line supersedes
  its failed one, without rewriting the file;
* a last line without its newline is what a `kill -9` mid-write leaves: it
  is ignored, and cut off before anything new is appended, so the article is
  simply done again;
* any other line that is not a JSON object with an "id" is skipped, counted
  in `OutputState.unreadable`.

OUT must be a regular file (a device such as /dev/full would be read without
end), and one batch at a time writes it: the writer holds an exclusive
`flock` on it, so a second batch on the same file stops at once with an
OutputError instead of doing every article again.
"""

from __future__ import annotations

import json
import os
import stat
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
    _must_be_regular(path)
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


def _must_be_regular(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"cannot use output file {str(path)!r}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"output {str(path)!r} is a directory; give a .jsonl file path")
    if not stat.S_ISREG(mode):
        raise OutputError(f"output {str(path)!r} is not a regular file (a device or a pipe); give a .jsonl file path")


def _lock(handle, path: Path) -> None:  # noqa: ANN001 - a binary file object
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory locks; one batch per file is on the user
        return
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise OutputError(
            f"output file {str(path)!r} is being written by another batch; wait for it to finish "
            "(it resumes from the same file) or give another -o"
        ) from None


def final_records(path: str | Path) -> dict[str, dict[str, Any]]:
    """id -> the line that counts for it (the last one)."""
    return read_output(path).last


class OutputWriter:
    """Appends one line per result; each line is on disk before the next article starts to count."""

    def __init__(self, path: str | Path, *, durable: bool = True) -> None:
        self.path = Path(path)
        self.durable = durable
        _must_be_regular(self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._handle = self.path.open("ab")
        except OSError as exc:
            raise OutputError(f"cannot write output file {str(self.path)!r}: {exc.strerror or exc}") from None
        _lock(self._handle, self.path)  # before anything is read or cut: the other batch may be mid-line
        try:
            self._cut_torn_tail()
        except OSError as exc:
            self._handle.close()
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
            # backslashreplace: a lone surrogate that slipped into a message stays readable, never an exception
            self._handle.write(line.encode("utf-8", "backslashreplace"))
            self._handle.flush()
            if self.durable:
                os.fsync(self._handle.fileno())
        except OSError as exc:
            raise OutputError(f"cannot write output file {str(self.path)!r}: {exc.strerror or exc}") from None

    def close(self) -> None:
        if not self._handle.closed:
            try:
                self._handle.close()
            except OSError:
                pass  # the failed line was reported by write(); a half line is cut off on the next run

    def __enter__(self) -> OutputWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
