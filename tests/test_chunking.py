"""Long articles: split at sentence ends with overlap, brief each part, merge; offsets stay against the whole.

End-to-end runs go through the real OpenAI-compatible backend and a real
loopback server whose reply quotes the part it was sent (quoting_brief), so
every item's evidence is text of one part and must ground in the whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas import AlignmentStatus, BriefDraft, CasualtyDraft, CountDraft, DenialDraft, MovementDraft
from summarizer import ConfigError, summarize
from summarizer.chunking import article_budget, merge_drafts, split_article
from summarizer.testing import FakeOpenAIServer, quoting_brief
from summarizer.testing.matrix import FAST, MODEL

FIXTURES = Path(__file__).resolve().parent.parent / "evals" / "fixtures"
# A small budget (large reserved answer) forces parts without a huge article.
SMALL_BUDGET = {**FAST, "max_output_tokens": 27_000}


def long_article() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/article.txt")))


def approx_tokens(text: str) -> int:
    return max(1, len(text) // 4)


def test_long_article_is_split_and_every_offset_is_against_the_whole() -> None:
    article = long_article()
    with FakeOpenAIServer(reply=quoting_brief) as server:
        brief = summarize(article, model=MODEL, base_url=server.url, **SMALL_BUDGET)
    parts = brief.metadata.chunks
    assert parts >= 3 and len(server.requests) == parts
    assert brief.metadata.usage.calls == parts
    assert brief.grounding.by_alignment.get("exact") == len(brief.movements) > 0
    for movement in brief.movements:
        assert article[movement.span.start : movement.span.end] == movement.evidence
    # Items from the last part are there, at offsets far past any one part's length.
    assert max(m.span.start for m in brief.movements) > len(article) * 2 // 3
    # Each request carried a slice of the article, not the whole of it.
    for request in server.requests:
        assert len(request["messages"][-1]["content"]) < len(article) // 2


def test_short_article_is_not_split() -> None:
    article = (FIXTURES / "seed_iraqi_militias_syria" / "article.txt").read_text(encoding="utf-8")
    with FakeOpenAIServer(reply=quoting_brief) as server:
        brief = summarize(article, model=MODEL, base_url=server.url, **FAST)
    assert brief.metadata.chunks == 1 and len(server.requests) == 1


def test_overlap_duplicates_are_merged_away() -> None:
    article = long_article()
    with FakeOpenAIServer(reply=lambda body: quoting_brief(body, limit=50)) as server:
        brief = summarize(article, model=MODEL, base_url=server.url, **SMALL_BUDGET)
    evidence = [m.evidence for m in brief.movements]
    assert len(evidence) == len(set(evidence))
    sent = sum(len(quoting_brief(r, limit=50)["movements"]) for r in server.requests)
    assert sent > len(evidence)  # the overlap produced duplicates, and they were dropped


def test_split_overlaps_and_keeps_sentences_whole() -> None:
    article = long_article()
    parts = split_article(article, 800, approx_tokens)
    assert len(parts) > 5
    for before, after in zip(parts, parts[1:]):
        assert after.start < before.end  # overlap
        assert after.start > before.start  # progress
    for part in parts:
        assert approx_tokens(part.text) <= 800 + 50
        assert part.text[-1] in ".!?\"'\u201d)" or article[part.end : part.end + 1] in ("\n", "")


def test_a_wall_of_text_without_sentence_ends_is_cut_at_spaces() -> None:
    article = "troops moved " * 5000
    parts = split_article(article, 300, approx_tokens)
    assert len(parts) > 10
    for part in parts:
        assert article[part.start : part.end] == part.text
        assert not part.text.startswith(" ") and approx_tokens(part.text) <= 300


def test_context_too_small_for_the_prompt_is_a_config_error() -> None:
    with FakeOpenAIServer("ok") as server:
        with pytest.raises(ConfigError, match="raise n_ctx or lower max_output_tokens"):
            summarize(long_article(), model=MODEL, base_url=server.url, **{**FAST, "max_output_tokens": 40_000})
        assert server.requests == []


def test_strategies_without_a_prompt_limit_are_not_split() -> None:
    class SentenceBySentence:
        name = "staged"

    assert article_budget(SentenceBySentence(), backend=None, settings=None) is None

    class Declares:
        name = "custom"

        def article_token_budget(self, backend, settings):
            return 1234

    assert article_budget(Declares(), backend=None, settings=None) == 1234


def _move(actor, evidence, destination=None, value=None, sources=()):
    count = CountDraft(value=value, qualifier="exactly", unit="troops") if value is not None else None
    return MovementDraft(actor=actor, evidence=evidence, destination=destination, count=count, sources=list(sources))


def test_merge_remaps_denial_targets_and_folds_duplicates() -> None:
    m1 = _move("Kenyan troops", "Kenya has deployed about 300 soldiers to Gedo")
    m2 = _move("Ethiopian forces", "Ethiopian forces crossed into Bakool on Monday", "Bakool", 500, ["officials"])
    m3 = _move("Wagner fighters", "Wagner fighters arrived in Bamako by air")
    m2_again = _move("Ethiopian forces", "crossed into Bakool on Monday, officials said", "Bakool", 500, ["residents"])
    d1 = DenialDraft(denier="Addis Ababa", what="the Bakool crossing", targets=[1], evidence="Addis Ababa denied any crossing")
    d2 = DenialDraft(denier="Bamako", what="the Wagner arrival", targets=[1], evidence="Bamako said no fighters had arrived")
    d1_again = DenialDraft(denier="Addis Ababa", what="crossing", targets=[0], evidence="Addis Ababa denied any crossing")
    c1 = CasualtyDraft(count=CountDraft(value=11, qualifier="exactly", unit="killed"), who="civilians", evidence="killed 11 civilians")
    part0 = BriefDraft(headline_summary="Kenya and Ethiopia move troops.", is_relevant=True, movements=[m1, m2], denials=[d1], casualties=[c1],
                       other_key_events=["The AU mission ends in December."])  # fmt: skip
    part1 = BriefDraft(headline_summary="Wagner in Bamako.", is_relevant=True, movements=[m2_again, m3], denials=[d2, d1_again], casualties=[c1],
                       other_key_events=["The AU mission ends in December"])  # fmt: skip
    merged = merge_drafts([part0, part1])
    assert [m.actor for m in merged.movements] == ["Kenyan troops", "Ethiopian forces", "Wagner fighters"]
    assert merged.movements[1].sources == ["officials", "residents"]
    assert [(d.denier, d.targets) for d in merged.denials] == [("Addis Ababa", [1]), ("Bamako", [2])]
    assert len(merged.casualties) == 1 and len(merged.other_key_events) == 1
    assert merged.headline_summary == "Kenya and Ethiopia move troops."


def test_merge_keeps_distinct_moves_that_say_too_little_to_match() -> None:
    a = _move("troops", "Troops were seen leaving the base on Monday")
    b = _move("troops", "Troops were also seen near the river crossing")
    merged = merge_drafts([BriefDraft(headline_summary="x", is_relevant=True, movements=[a]),
                           BriefDraft(headline_summary="y", is_relevant=True, movements=[b])])  # fmt: skip
    assert len(merged.movements) == 2


def test_relevance_is_any_part_and_headline_from_the_first_relevant_part() -> None:
    quiet = BriefDraft(headline_summary="Nothing moved.", is_relevant=False)
    loud = BriefDraft(headline_summary="Troops moved.", is_relevant=True, movements=[_move("troops", "Troops moved north")])
    merged = merge_drafts([quiet, loud])
    assert merged.is_relevant and merged.headline_summary == "Troops moved."
    assert merge_drafts([quiet, quiet]).is_relevant is False


def test_embedded_default_long_article_does_not_overflow_its_context() -> None:
    """The embedded default (staged, sentence by sentence) on a 20 KB feature with a small context."""
    article = (FIXTURES / "long_feature_eastern_congo_uvira" / "article.txt").read_text(encoding="utf-8")
    brief = summarize(article, model="embedded", n_ctx=2048)
    assert brief.metadata.usage.calls == 0  # the default (staged) asks the model nothing: no `model` marker
    for group in (brief.movements, brief.denials, brief.casualties):
        for item in group:
            if item.span and item.span.alignment is AlignmentStatus.exact:
                assert article[item.span.start : item.span.end] == item.evidence
