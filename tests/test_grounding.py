"""Grounding: the aligner's tiers and offsets, ground_brief's policies, repair and target re-indexing."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from schemas import AlignmentStatus, BriefDraft, CountDraft, DenialDraft, MovementDraft
from summarizer.errors import ConfigError
from summarizer.grounding import ground_brief, locate, normalize, sentence_bounds, similarity

FIXTURES = Path(__file__).resolve().parent.parent / "evals" / "fixtures"

ARTICLE = (
    "Iran-backed Iraqi militias crossed into Syria overnight, two Iraqi security sources said.\n"
    "At least 300 fighters, primarily from the Badr and Nujabaa groups, crossed late on Sunday "
    "using a dirt road.\n\nThe head of Iraq\u2019s Popular Mobilisation Forces said \u201cno group\u201d "
    "under its umbrella had entered Syria \u2014 a claim rebels disputed.\n"
    "Separately, the army said it sent 250 soldiers to the border town of Qaim on Monday."
)


def test_exact_takes_the_first_occurrence() -> None:
    article = "troops moved. troops moved again."
    span = locate("troops moved", article)
    assert (span.start, span.end, span.alignment, span.score) == (0, 12, AlignmentStatus.exact, 1.0)


def test_normalized_folds_quotes_dashes_whitespace_and_case() -> None:
    evidence = (
        'the head of Iraq\'s Popular   Mobilisation Forces said "no group" under its umbrella had entered Syria - a claim'
    )
    span = locate(evidence, ARTICLE)
    assert span.alignment is AlignmentStatus.normalized
    found = ARTICLE[span.start : span.end]
    assert found.startswith("The head of Iraq\u2019s") and found.endswith("\u2014 a claim")
    assert normalize(found) == normalize(evidence)


def test_normalized_across_a_line_break_and_wrapping_quotes() -> None:
    evidence = '"said.  At least 300 fighters."'
    span = locate(evidence, ARTICLE)
    assert span.alignment is AlignmentStatus.normalized
    assert ARTICLE[span.start : span.end] == "said.\nAt least 300 fighters"


def test_fuzzy_span_is_tight_and_above_threshold() -> None:
    evidence = "the army said it had sent 250 soldier to the border town of Qaim"
    span = locate(evidence, ARTICLE, threshold=0.85)
    assert span.alignment is AlignmentStatus.fuzzy
    found = ARTICLE[span.start : span.end]
    assert found == "the army said it sent 250 soldiers to the border town of Qaim"
    assert span.score == pytest.approx(similarity(found, evidence), abs=1e-4)
    assert span.score >= 0.85


def test_unfound_has_no_offsets() -> None:
    span = locate("Russian paratroopers landed in Kharkiv on Friday", ARTICLE)
    assert (span.start, span.end, span.alignment) == (None, None, AlignmentStatus.unfound)
    assert span.score < 0.85
    assert locate("   ", ARTICLE).alignment is AlignmentStatus.unfound


def test_gold_evidence_aligns_exactly() -> None:
    statuses: dict[str, int] = {}
    for gold_path in sorted(FIXTURES.glob("*/gold.json")):
        article = (gold_path.parent / "article.txt").read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for group in ("movements", "denials", "casualties"):
            for item in gold.get(group, []):
                span = locate(item["evidence"], article)
                statuses[span.alignment.value] = statuses.get(span.alignment.value, 0) + 1
                assert article[span.start : span.end] == item["evidence"]
    assert set(statuses) == {"exact"} and statuses["exact"] >= 20


def _megabyte_article() -> str:
    rng = random.Random(7)
    words = ("the army said troops moved from border towns into the northern province on sunday while "
             "rebels denied any crossing and officials reported heavy fighting near the river").split()  # fmt: skip
    sentences, size = [], 0
    while size < 1_000_000:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 25))).capitalize() + ".\n"
        sentences.append(sentence)
        size += len(sentence)
    return "".join(sentences)


def test_locate_is_fast_on_a_megabyte() -> None:
    base = _megabyte_article()
    needle = "About 1,200 Kenyan soldiers crossed from Mandera into Gedo on Tuesday morning, officials said."
    cut = base.index("\n", 700_000) + 1  # between two sentences
    article = base[:cut] + needle + " " + base[cut:]
    started = time.perf_counter()
    exact = locate(needle, article)
    normalized = locate(needle.upper().replace(" ", "\n  "), article)
    fuzzy = locate("about 1200 Kenyan soldier crossed from Mandera in to Gedo on Tuesday", article)
    unfound = locate("Zebras galloped across the savannah under a purple sky", article)
    elapsed = time.perf_counter() - started
    assert (exact.alignment, normalized.alignment, fuzzy.alignment, unfound.alignment) == (
        AlignmentStatus.exact, AlignmentStatus.normalized, AlignmentStatus.fuzzy, AlignmentStatus.unfound
    )  # fmt: skip
    assert exact.start == cut and normalized.start == cut
    assert cut <= fuzzy.start < fuzzy.end <= cut + len(needle)
    assert elapsed < 2.0, f"four lookups in a 1 MB article took {elapsed:.2f}s"


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=300), st.data())
def test_any_slice_is_found_exactly(article: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(article) - 1))
    end = data.draw(st.integers(start + 1, len(article)))
    evidence = article[start:end]
    assume(evidence.strip())
    span = locate(evidence, article)
    assert span.alignment is AlignmentStatus.exact
    assert article[span.start : span.end] == evidence


_ALPHABET = "abcXYZ '\"-.,\n\u2019\u2014\u2026\u200b\u00a0\u0130"  # the characters folding touches
_CHANGES = {"'": "\u2019", '"': "\u201c", "-": " \u2013 ", " ": "  \n"}


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), min_size=1, max_size=200), st.data())
def test_a_retyped_slice_is_found_with_the_normalized_invariant(article: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(article) - 1))
    end = data.draw(st.integers(start + 1, len(article)))
    retyped = "".join(_CHANGES.get(c, c) for c in article[start:end]).upper()
    assume(normalize(retyped))
    span = locate(retyped, article)
    assert span.alignment in (AlignmentStatus.exact, AlignmentStatus.normalized)
    assert normalize(article[span.start : span.end]) == normalize(retyped)


def test_sentence_bounds() -> None:
    text = "First one. U.S. Marines moved 300 troops today. Last one."
    start = text.index("300")
    begin, end = sentence_bounds(text, start, start + 3)
    assert text[begin:end].strip() == "U.S. Marines moved 300 troops today."


# ---------------------------------------------------------------- ground_brief


def _draft(*movements: MovementDraft, denials: list[DenialDraft] | None = None) -> BriefDraft:
    return BriefDraft(
        headline_summary="Militias crossed.", is_relevant=True, movements=list(movements), denials=denials or []
    )


GOOD = MovementDraft(
    actor="Iraqi militias",
    count=CountDraft(value=300, qualifier="at_least", unit="fighters"),
    evidence="At least 300 fighters, primarily from the Badr and Nujabaa groups, crossed late on Sunday",
)
GHOST = MovementDraft(actor="Russian paratroopers", evidence="Russian paratroopers landed in Kharkiv on Friday")
INVENTED = MovementDraft(
    actor="the army",
    count=CountDraft(value=2500, qualifier="exactly", unit="soldiers"),
    evidence="the army said it sent 250 soldiers to the border town of Qaim",
)
DENIAL = DenialDraft(
    denier="the head of the PMF", what="that its groups entered Syria", targets=[0, 2],
    evidence="said \u201cno group\u201d under its umbrella had entered Syria",
)  # fmt: skip


def test_flag_keeps_and_flags() -> None:
    brief = ground_brief(_draft(GOOD, GHOST, INVENTED, denials=[DENIAL]), ARTICLE, policy="flag")
    assert [m.actor for m in brief.movements] == ["Iraqi militias", "Russian paratroopers", "the army"]
    assert brief.movements[0].flags == []
    assert "not in the article" in brief.movements[1].flags[0]
    assert brief.movements[1].span.alignment is AlignmentStatus.unfound
    assert brief.movements[2].flags[0].startswith("invented number")
    g = brief.grounding
    assert (g.policy, g.grounded, g.flagged, g.dropped, g.fixed) == ("flag", 2, 2, 0, 0)
    assert g.by_alignment == {"exact": 3, "normalized": 0, "fuzzy": 0, "unfound": 1}
    assert brief.denials[0].targets == [0, 2]
    span = brief.denials[0].span
    assert ARTICLE[span.start : span.end] == DENIAL.evidence


def test_strict_drops_and_reindexes_denial_targets() -> None:
    denial = DENIAL.model_copy(update={"targets": [0, 2]})
    brief = ground_brief(_draft(GHOST, GOOD, INVENTED, denials=[denial]), ARTICLE, policy="strict")
    assert [m.actor for m in brief.movements] == ["Iraqi militias"]
    # target 0 (the ghost) and 2 (the invented count) were dropped; nothing points at Iraqi militias
    assert brief.denials[0].targets == []
    assert "dropped as ungrounded" in brief.denials[0].flags[0]
    g = brief.grounding
    assert (g.grounded, g.flagged, g.dropped) == (1, 1, 2)
    denial = DENIAL.model_copy(update={"targets": [1]})
    kept = ground_brief(_draft(GHOST, GOOD, denials=[denial]), ARTICLE, policy="strict")
    assert kept.denials[0].targets == [0] and kept.denials[0].flags == []


def test_repair_is_called_once_and_counts_fixed() -> None:
    calls: list[list[str]] = []
    repaired_ghost = GHOST.model_copy(update={"evidence": "crossed into Syria overnight"})

    def repair(problems: list[str]) -> BriefDraft:
        calls.append(problems)
        return _draft(GOOD, repaired_ghost, INVENTED)

    brief = ground_brief(_draft(GOOD, GHOST, INVENTED), ARTICLE, policy="strict", repair=repair)
    assert len(calls) == 1
    assert calls[0][0].startswith('movements[1]: evidence "Russian paratroopers landed')
    assert any(p.startswith("movements[2]: invented number") for p in calls[0])
    g = brief.grounding
    assert (g.fixed, g.grounded, g.dropped) == (1, 2, 1)
    assert [m.actor for m in brief.movements] == ["Iraqi militias", "Russian paratroopers"]


def test_repair_returning_none_or_worse_is_ignored() -> None:
    brief = ground_brief(_draft(GOOD, GHOST), ARTICLE, policy="flag", repair=lambda problems: None)
    assert brief.grounding.fixed == 0 and brief.grounding.flagged == 1
    worse = ground_brief(_draft(GOOD, GHOST), ARTICLE, policy="flag", repair=lambda problems: _draft(GHOST, GHOST))
    assert [m.actor for m in worse.movements] == ["Iraqi militias", "Russian paratroopers"]
    assert ground_brief(_draft(GOOD), ARTICLE, repair=lambda problems: pytest.fail("no problem, no repair"))


def test_out_of_range_targets_are_dropped_with_a_flag() -> None:
    draft = BriefDraft.model_construct(
        headline_summary="x", is_relevant=True, movements=[GOOD], denials=[DENIAL], casualties=[], other_key_events=[]
    )  # skips the validator, as a careless strategy might
    brief = ground_brief(draft, ARTICLE)
    assert brief.denials[0].targets == [0]
    assert "point past" in brief.denials[0].flags[0]


def test_fuzzy_evidence_is_replaced_by_the_article_text() -> None:
    paraphrase = INVENTED.model_copy(
        update={
            "evidence": "the army said it had sent 250 soldier to the border town of Qaim",
            "count": CountDraft(value=250, qualifier="exactly", unit="soldiers"),
        }
    )
    brief = ground_brief(_draft(paraphrase), ARTICLE)
    movement = brief.movements[0]
    assert movement.span.alignment is AlignmentStatus.fuzzy
    assert movement.evidence == ARTICLE[movement.span.start : movement.span.end]
    assert movement.flags == []


def test_bad_policy_or_threshold_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="policy"):
        ground_brief(_draft(GOOD), ARTICLE, policy="lenient")
    with pytest.raises(ConfigError, match="threshold"):
        ground_brief(_draft(GOOD), ARTICLE, threshold=1.5)
