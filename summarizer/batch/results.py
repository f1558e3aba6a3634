"""One article's outcome in a batch, how it is made, and what it cost.

`summarize_one` is the unit of work every engine runs (a thread of the local
engine, a Ray actor): cache lookup, `pipeline.run`, cache store, and every
failure turned into a one-line error on the result instead of an exception,
so one bad article never stops a batch.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any

from schemas import Brief
from summarizer import pipeline
from summarizer.batch.cache import BriefCache, RunIdentity
from summarizer.batch.inputs import BatchItem
from summarizer.errors import BackendUnavailable, ConfigError, SummarizerError
from summarizer.settings import Settings


@dataclass(frozen=True)
class Pricing:
    """USD per one million tokens; 0 for local models."""

    input_per_million: float = 0.0
    output_per_million: float = 0.0

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.input_per_million + completion_tokens * self.output_per_million) / 1e6


@dataclass
class ResultMetadata:
    """What producing this result cost in this run (a cache hit costs no tokens)."""

    seconds: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    tokens: int = 0
    calls: int = 0
    cached: bool = False
    cost_usd: float = 0.0


@dataclass
class BatchResult:
    """One article: a brief, or the one-line error that stopped it."""

    id: str
    brief: Brief | None = None
    error: str | None = None
    error_type: str | None = None
    metadata: ResultMetadata = field(default_factory=ResultMetadata)
    index: int = 0  # position in the input

    @property
    def ok(self) -> bool:
        return self.brief is not None

    def to_record(self) -> dict[str, Any]:
        """The output line's shape."""
        return {
            "id": self.id,
            "brief": self.brief.model_dump(mode="json") if self.brief is not None else None,
            "error": self.error,
            "error_type": self.error_type,
            "metadata": asdict(self.metadata),
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> BatchResult:
        brief = record.get("brief")
        meta = record.get("metadata") or {}
        known = ResultMetadata.__dataclass_fields__
        return cls(
            id=record["id"],
            brief=Brief.model_validate(brief) if brief is not None else None,
            error=record.get("error"),
            error_type=record.get("error_type"),
            metadata=ResultMetadata(**{k: v for k, v in meta.items() if k in known}),
        )


MAX_ERROR_CHARS = 500  # some errors (Ray's out-of-memory report) run to pages


def failure(item_id: str, exc: BaseException, *, index: int = 0, seconds: float = 0.0) -> BatchResult:
    if isinstance(exc, SummarizerError):
        message = exc.one_line()
    else:
        # A bug or an unforeseen library error: still one line, and the batch goes on.
        text = " ".join(str(exc).split()) or "no message"
        message = f"{type(exc).__name__}: {text}"
    if len(message) > MAX_ERROR_CHARS:
        message = message[: MAX_ERROR_CHARS - 3] + "..."
    return BatchResult(
        id=item_id,
        error=message,
        error_type=type(exc).__name__,
        metadata=ResultMetadata(seconds=round(seconds, 4)),
        index=index,
    )


def cached_result(item: BatchItem, cache: BriefCache, identity: RunIdentity) -> BatchResult | None:
    """The stored brief for this item, if this run identity made one before."""
    if item.text is None or not cache.enabled:
        return None
    started = time.perf_counter()
    brief = cache.get(identity.key_for(pipeline.article_sha256(item.text)))
    if brief is None:
        return None
    seconds = round(time.perf_counter() - started, 4)
    return BatchResult(id=item.id, brief=brief, metadata=ResultMetadata(seconds=seconds, cached=True), index=item.index)


def computed_result(item: BatchItem, brief: Brief, seconds: float, pricing: Pricing) -> BatchResult:
    usage = brief.metadata.usage if brief.metadata is not None else None
    prompt = usage.prompt_tokens if usage else 0
    completion = usage.completion_tokens if usage else 0
    return BatchResult(
        id=item.id,
        brief=brief,
        metadata=ResultMetadata(
            seconds=round(seconds, 4),
            prompt_tokens=prompt,
            completion_tokens=completion,
            tokens=prompt + completion,
            calls=usage.calls if usage else 0,
            cost_usd=round(pricing.cost(prompt, completion), 8),
        ),
        index=item.index,
    )


def summarize_one(
    item: BatchItem,
    settings: Settings,
    *,
    cache: BriefCache,
    identity: RunIdentity,
    pricing: Pricing,
) -> BatchResult:
    """Cache, then model. Raises only for what no article can get past (bad config, no backend)."""
    if item.error is not None:
        return failure(item.id, item.error, index=item.index)
    hit = cached_result(item, cache, identity)
    if hit is not None:
        return hit
    started = time.perf_counter()
    try:
        brief = pipeline.run(item.text or "", settings)
    except (ConfigError, BackendUnavailable):
        raise  # the whole batch is misconfigured: every article would fail the same way
    except Exception as exc:  # noqa: BLE001 - recorded on the result; KeyboardInterrupt still stops
        return failure(item.id, exc, index=item.index, seconds=time.perf_counter() - started)
    cache.put(identity.key_for(pipeline.article_sha256(item.text or "")), brief)
    return computed_result(item, brief, time.perf_counter() - started, pricing)
