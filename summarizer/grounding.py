"""Ground a validated draft in the article: offsets for every evidence string.

(Minimal first version: exact matches only. Replaced by the full aligner.)
"""

from __future__ import annotations

from collections.abc import Callable

from schemas import AlignmentStatus, Brief, BriefDraft, GroundingSummary, Span


def locate(evidence: str, article: str) -> Span:
    start = article.find(evidence)
    if start >= 0:
        return Span(start=start, end=start + len(evidence), alignment=AlignmentStatus.exact, score=1.0)
    return Span(alignment=AlignmentStatus.unfound)


def ground_brief(
    draft: BriefDraft,
    article: str,
    *,
    policy: str = "flag",
    threshold: float = 0.85,
    repair: Callable[[list[str]], BriefDraft | None] | None = None,
) -> Brief:
    brief = Brief.model_validate(draft.model_dump())
    summary = GroundingSummary(policy=policy)
    for group in (brief.movements, brief.denials, brief.casualties):
        for item in group:
            item.span = locate(item.evidence, article)
            status = item.span.alignment.value
            summary.by_alignment[status] = summary.by_alignment.get(status, 0) + 1
            if item.span.alignment is AlignmentStatus.unfound:
                item.flags.append("evidence not found in the article")
                summary.flagged += 1
            else:
                summary.grounded += 1
    brief.grounding = summary
    return brief
