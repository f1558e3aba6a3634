"""Typed errors. Every message says what failed and what to do about it.

The CLI maps each class to an exit code (see `EXIT_CODES`), prints the message
on one line and never a traceback.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code = 1

    def one_line(self) -> str:
        text = " ".join(str(self).split())
        return f"{type(self).__name__}: {text}"


class InputError(SummarizerError):
    """The article cannot be summarized as given (empty, binary, undecodable, too long)."""

    exit_code = 2


class ConfigError(SummarizerError):
    """Settings are missing or contradictory (unknown model string, no API key...)."""

    exit_code = 3


class BackendError(SummarizerError):
    """The model server failed, timed out or could not be reached, after retries."""

    exit_code = 4


class BackendUnavailable(BackendError):
    """The backend cannot start here (library missing, weights not found)."""


class OutputError(SummarizerError):
    """The model answered, but never with a brief that validates, after re-asks."""

    exit_code = 5

    def __init__(self, message: str, *, attempts: int = 0, last_error: str = "") -> None:
        super().__init__(message)
        self.attempts = attempts
        self.last_error = last_error


EXIT_CODES = {
    "ok": 0,
    "unexpected": 1,
    InputError.__name__: InputError.exit_code,
    ConfigError.__name__: ConfigError.exit_code,
    BackendError.__name__: BackendError.exit_code,
    OutputError.__name__: OutputError.exit_code,
}
