"""Batch summarization: many articles, bounded concurrency, a disk cache, resumable output.

    from summarizer.batch import summarize_many, asummarize_many, BatchResult

The command line is `summarizer batch` (summarizer.batch.cli); the Ray engine
lives in summarizer.batch.ray_engine. See docs/BATCH.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summarizer.batch.results import BatchResult, Pricing, ResultMetadata
    from summarizer.batch.runner import asummarize_many, summarize_many

_EXPORTS = {
    "BatchResult": "summarizer.batch.results",
    "Pricing": "summarizer.batch.results",
    "ResultMetadata": "summarizer.batch.results",
    "asummarize_many": "summarizer.batch.runner",
    "summarize_many": "summarizer.batch.runner",
}


def __getattr__(name: str) -> Any:
    # Lazy, so that `summarizer --help` (which registers the batch command) loads no pipeline code.
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'summarizer.batch' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module_name), name)


__all__ = sorted(_EXPORTS)
