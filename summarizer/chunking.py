"""Long articles: split on sentence boundaries to fit the model's context, brief each part, merge.

A part is always an exact slice of the article (`article[start:end]`), so any
evidence a strategy copies from a part is exact article text, and grounding,
which runs afterwards on the WHOLE article, finds offsets against the whole.
Parts overlap by a few sentences so a claim cut at a boundary is whole in one
of them; the merge then drops the duplicates the overlap creates: same
evidence (or one evidence inside the other), or a similar actor with the same
destination and count. Denial targets are remapped to the merged movements.

Only strategies that put the whole article in one prompt need this. The
single-pass prompt is measured with the backend's own token count; a strategy
may declare its own limit with `article_token_budget(backend, settings)`
(None: any length, as the staged strategy reads sentence by sentence).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from schemas import BriefDraft, CountDraft, Usage
from summarizer.errors import ConfigError
from summarizer.sentence_split import sentence_spans
from summarizer.strategies import StrategyResult

# HTTP backends do not report their context; assume a common size rather than
# send a 250,000-token prompt and learn from a 400.
ASSUMED_CONTEXT_TOKENS = 32_768
SAFETY_MARGIN_TOKENS = 64  # chat-template tokens the message count does not see
MIN_PART_TOKENS = 128
SIMILAR = 90  # rapidfuzz score above which two actors / places are the same



@dataclass(frozen=True)
class Part:
    """One slice of the article: article[start:end] == text."""

    index: int
    start: int
    end: int
    text: str


def article_budget(strategy: Any, backend: Any, settings: Any) -> int | None:
    """Tokens of article text one prompt can carry, or None when the strategy has no limit."""
    hook = getattr(strategy, "article_token_budget", None)
    if hook is not None:
        return hook(backend, settings)
    if getattr(strategy, "name", "") != "single_pass":
        return None
    from summarizer.strategies.single_pass import build_messages

    context = backend.context_tokens() or ASSUMED_CONTEXT_TOKENS
    overhead = sum(backend.count_tokens(m["content"]) for m in build_messages(""))
    budget = context - overhead - settings.max_output_tokens - SAFETY_MARGIN_TOKENS
    if budget < MIN_PART_TOKENS:
        raise ConfigError(
            f"a context of {context} tokens leaves {budget} for the article after the prompt ({overhead}) and "
            f"the answer ({settings.max_output_tokens}); raise n_ctx or lower max_output_tokens"
        )
    return budget


def split_article(article: str, budget: int, count_tokens: Callable[[str], int], *, overlap: int | None = None) -> list[Part]:
    """Parts of at most ~`budget` tokens, cut at sentence ends, overlapping by ~`overlap` tokens."""
    overlap = budget // 8 if overlap is None else overlap
    pieces = [(s, e, count_tokens(article[s:e])) for s, e in _pieces(article, budget, count_tokens)]
    parts: list[Part] = []
    i = 0
    while i < len(pieces):
        j, total = i, 0
        while j < len(pieces) and (j == i or total + pieces[j][2] <= budget):
            total += pieces[j][2]
            j += 1
        start, end = pieces[i][0], pieces[j - 1][1]
        parts.append(Part(len(parts), start, end, article[start:end]))
        if j >= len(pieces):
            break
        k, carried = j, 0  # step back over whole sentences for the overlap, always moving forward
        while k - 1 > i and carried + pieces[k - 1][2] <= overlap:
            k -= 1
            carried += pieces[k][2]
        i = k
    return parts


def _pieces(article: str, budget: int, count_tokens: Callable[[str], int]) -> list[tuple[int, int]]:
    """Sentence spans without their surrounding white space; an over-long sentence is cut at spaces."""
    out: list[tuple[int, int]] = []
    for s, e in sentence_spans(article):
        if count_tokens(article[s:e]) <= budget:
            out.append((s, e))
        else:
            out.extend(_cut_long(article, s, e, budget, count_tokens))
    return out


def _cut_long(article: str, s: int, e: int, budget: int, count_tokens: Callable[[str], int]) -> list[tuple[int, int]]:
    # No sentence end for a whole part's worth of text (a table, a wall of text):
    # cut at the last space inside a window sized by this text's characters per token.
    chars_per_token = max(1.0, (e - s) / max(1, count_tokens(article[s:e])))
    width = max(16, int(budget * chars_per_token * 0.9))
    out = []
    while s < e:
        stop = min(e, s + width)
        if stop < e:
            space = article.rfind(" ", s + width // 2, stop)
            stop = space if space > s else stop
        out.append((s, stop))
        s = stop
        while s < e and article[s].isspace():
            s += 1
    return out


def run_strategy(strategy: Any, article: str, backend: Any, settings: Any) -> StrategyResult:
    """The strategy on the whole article when it fits, else on each part, merged."""
    budget = article_budget(strategy, backend, settings)
    if budget is None or backend.count_tokens(article) <= budget:
        return strategy.run(article, backend, settings)
    parts = split_article(article, budget, backend.count_tokens)
    results = [strategy.run(part.text, backend, settings) for part in parts]
    return StrategyResult(merge_drafts([r.draft for r in results]), _total_usage(results), chunks=len(parts))


def _total_usage(results: list[StrategyResult]) -> Usage:
    total = Usage()
    for result in results:
        total = total + result.usage
    return total


# -- merging ------------------------------------------------------------------
def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _same_evidence(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    return a == b or (min(len(a), len(b)) >= 20 and (a in b or b in a))


def _similar(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    return fuzz.token_set_ratio(_norm(a), _norm(b)) >= SIMILAR


def _count_key(count: CountDraft | None) -> tuple[Any, ...] | None:
    return None if count is None else (count.value, count.low, count.high, count.qualifier)


def _same_movement(a: Any, b: Any) -> bool:
    if _same_evidence(a.evidence, b.evidence):
        return True
    # Two entries with neither a place nor a number say too little to call them one.
    if a.destination is None and a.count is None:
        return False
    return _similar(a.actor, b.actor) and _similar(a.destination, b.destination) and _count_key(a.count) == _count_key(b.count)


def _same_casualty(a: Any, b: Any) -> bool:
    if _same_evidence(a.evidence, b.evidence):
        return True
    return a.count is not None and _count_key(a.count) == _count_key(b.count) and _similar(a.who, b.who) and _similar(a.where, b.where)


def _fill(kept: Any, other: Any) -> Any:
    """`kept` with empty fields taken from its duplicate and the sources of both."""
    update = {k: v for k, v in other.model_dump().items() if getattr(kept, k, None) in (None, [], "") and v not in (None, [], "")}
    if hasattr(kept, "sources"):
        update["sources"] = list(dict.fromkeys([*kept.sources, *other.sources]))
    return kept.model_copy(update=update) if update else kept


def merge_drafts(drafts: list[BriefDraft]) -> BriefDraft:
    """One draft from the parts' drafts, in article order, duplicates folded together."""
    movements: list[Any] = []
    denials: list[Any] = []
    casualties: list[Any] = []
    events: list[str] = []
    for draft in drafts:
        where: list[int] = []  # this part's movement index -> merged index
        for movement in draft.movements:
            match = next((i for i, m in enumerate(movements) if _same_movement(m, movement)), None)
            if match is None:
                movements.append(movement)
                match = len(movements) - 1
            else:
                movements[match] = _fill(movements[match], movement)
            where.append(match)
        for denial in draft.denials:
            targets = sorted({where[t] for t in denial.targets if t < len(where)})
            denial = denial.model_copy(update={"targets": targets})
            match = next((i for i, d in enumerate(denials) if _same_evidence(d.evidence, denial.evidence)), None)
            if match is None:
                denials.append(denial)
            else:
                both = sorted({*denials[match].targets, *targets})
                denials[match] = denials[match].model_copy(update={"targets": both})
        for casualty in draft.casualties:
            match = next((i for i, c in enumerate(casualties) if _same_casualty(c, casualty)), None)
            if match is None:
                casualties.append(casualty)
            else:
                casualties[match] = _fill(casualties[match], casualty)
        for event in draft.other_key_events:
            if not any(fuzz.ratio(_norm(event), _norm(e)) >= SIMILAR for e in events):
                events.append(event)
    relevant = [d for d in drafts if d.is_relevant]
    headline = (relevant or drafts)[0].headline_summary if drafts else ""
    return BriefDraft(
        headline_summary=headline,
        is_relevant=bool(relevant),
        movements=movements,
        denials=denials,
        casualties=casualties,
        other_key_events=events,
    )
