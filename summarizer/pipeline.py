"""Orchestration: text -> strategy (prompt -> model -> validated draft) -> grounded brief.

One function, `run`, used by summarize(), the batch and the eval alike.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

from schemas import Brief, BriefDraft, BriefMetadata
from summarizer import chunking, grounding
from summarizer.backends.base import Backend
from summarizer.backends.registry import get_backend
from summarizer.settings import Settings
from summarizer.strategies import chosen_strategy, get_strategy
from summarizer.textinput import prepare_article


def article_sha256(article: str) -> str:
    return hashlib.sha256(article.encode("utf-8")).hexdigest()


def strategy_name(settings: Settings, backend: Backend) -> str:
    return chosen_strategy(settings.strategy, backend.default_strategy)


def run(article: str, settings: Settings, *, backend: Backend | None = None) -> Brief:
    """Summarize one article with these settings. Raises SummarizerError subclasses."""
    started = time.perf_counter()
    # An HTML page given as a str is reduced to its article, as an HTML file is; offsets count in that text.
    article = prepare_article(article, max_chars=settings.max_article_chars)
    backend = backend or get_backend(settings)
    strategy = get_strategy(strategy_name(settings, backend))
    result = chunking.run_strategy(strategy, article, backend, settings)
    usage = result.usage

    def repair(problems: list[str]) -> BriefDraft | None:
        nonlocal usage
        if result.chunks > 1:
            return None  # a repair re-sends the whole article, which is why it was split
        fixed = strategy.repair(article, backend, settings, result.draft, problems)
        if fixed is None:
            return None
        usage = usage + fixed.usage
        return fixed.draft

    brief = grounding.ground_brief(
        result.draft,
        article,
        policy=settings.grounding,
        threshold=settings.fuzzy_threshold,
        repair=repair,
    )
    finish = getattr(strategy, "finish_brief", None)
    if finish is not None:
        # Strategies that write the headline from items rebuild it from the GROUNDED items, so an
        # item grounding dropped (not in the article, or in a line addressing the model) never reaches it.
        finish(brief, article)
    brief.metadata = BriefMetadata(
        model=backend.model_label,
        backend=backend.name,
        strategy=strategy.name,
        prompt_version=strategy.prompt_version(),
        article_sha256=article_sha256(article),
        usage=usage,
        seconds=round(time.perf_counter() - started, 3),
        chunks=result.chunks,
    )
    return brief


def describe(settings: Settings) -> dict[str, Any]:
    """What a run with these settings would use, without loading a model."""
    from summarizer.backends.registry import resolve

    spec = resolve(settings.model, settings.base_url)
    strategy = chosen_strategy(settings.strategy, spec.default_strategy)
    return {"provider": spec.provider, "model": spec.model, "base_url": spec.base_url, "strategy": strategy}
