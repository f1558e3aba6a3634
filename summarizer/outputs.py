"""Writing a finished brief where the user asked: whole or not at all, and a clear error otherwise.

`summarize -o FILE` writes a temporary file beside FILE and renames it over
FILE, so a full disk or `ulimit -f` leaves the old file (or none), never half
a brief. Standard output on a full device (`> /dev/full`) is an OutputError,
and the interpreter is kept from failing a second time when it flushes at exit.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

from summarizer.errors import OutputError


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def write_atomically(path: str | os.PathLike[str], text: str) -> None:
    """Write text to path through a temporary file and a rename; OutputError on any failure."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"output {str(path)!r} is a directory; give a file path")
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"cannot write {str(path)!r}: folder {str(folder)!r} does not exist; create it first")
    data = text.encode("utf-8")
    temp_name = None
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():
            with contextlib.suppress(OSError):
                os.chmod(temp_name, path.stat().st_mode & 0o7777)
        os.replace(temp_name, path)
        temp_name = None
    except OSError as exc:
        raise OutputError(f"cannot write {str(path)!r}: {_reason(exc)}; nothing was written") from None
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def write_stdout(text: str) -> None:
    """Write text to standard output; a full or failing device is an OutputError."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        _silence_stdout()
        raise OutputError(f"cannot write to standard output: {_reason(exc)}") from None


def _silence_stdout() -> None:
    """Point fd 1 at /dev/null: the interpreter flushes stdout at exit, and would fail again there."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
