"""summarizer: a news article about forces on the move in, a structured, verifiable brief out.

    from summarizer import summarize
    brief = summarize(text)                       # embedded model, settings from summarizer.toml / env
    brief = summarize(text, model="openai/gpt-4o-mini")
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from schemas import Brief
from summarizer.errors import (
    BackendError,
    BackendUnavailable,
    ConfigError,
    InputError,
    OutputError,
    SummarizerError,
)
from summarizer.settings import Settings, load_settings

__version__ = "0.1.0"


def summarize(text: str, *, config: str | os.PathLike[str] | Settings | None = None, **overrides: Any) -> Brief:
    """Summarize one article. `config` is a TOML path or a Settings; keywords override any setting."""
    from summarizer import pipeline

    settings = load_settings(config, **overrides)
    return pipeline.run(text, settings)


async def asummarize(
    text: str, *, config: str | os.PathLike[str] | Settings | None = None, **overrides: Any
) -> Brief:
    """summarize() without blocking the event loop (the work runs in a thread)."""
    return await asyncio.to_thread(summarize, text, config=config, **overrides)


def __getattr__(name: str) -> Any:
    # The batch layer (asyncio, diskcache, rich) loads only when asked for.
    if name in {"summarize_many", "asummarize_many", "BatchResult"}:
        from summarizer import batch

        return getattr(batch, name)
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")


__all__ = [
    "BatchResult",
    "asummarize_many",
    "summarize_many",
    "Brief",
    "BackendError",
    "BackendUnavailable",
    "ConfigError",
    "InputError",
    "OutputError",
    "Settings",
    "SummarizerError",
    "asummarize",
    "load_settings",
    "summarize",
]
