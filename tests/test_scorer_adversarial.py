"""Wrong briefs that try to score well: each is pinned to the exact score it must get.

Every case edits a fixture's gold brief into a prediction that is wrong in one
way and asserts the complete set of metrics that move away from
gold-against-itself, with their values. A metric not listed must not move.
The first two are the cases issue 12 reproduced against the old scorer
(which gave both a perfect score).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from schemas import Brief, BriefDraft
from summarizer.evaluation.fixtures import Fixture, load_fixture
from summarizer.evaluation.scorer import COST_METRICS, score_fixture
from summarizer.sentence_split import sentence_spans

FIXTURES = Path(__file__).resolve().parent.parent / "evals" / "fixtures"
KENYA = "short_kenyan_troops_gedo"
MOZAMBIQUE = "mozambique_casualties_reinforcements"
SEED = "seed_iraqi_militias_syria"
# Every metric over matched movements: undefined (None) when no movement matches.
MOVEMENT_FIELD_METRICS = (
    "actor_accuracy", "origin_accuracy", "destination_accuracy", "time_accuracy", "purpose_accuracy",
    "route_accuracy", "sources_accuracy", "count_value_accuracy", "count_qualifier_accuracy", "count_accuracy",
)  # fmt: skip
NO_MOVEMENT_MATCHED = {
    "movement_precision": 0.0,
    "movement_recall": 0.0,
    "movement_f1": 0.0,
    **{name: None for name in MOVEMENT_FIELD_METRICS},
}


def _fixture(name: str) -> Fixture:
    return load_fixture(FIXTURES / name)


def _values(fixture: Fixture, pred: BriefDraft) -> dict[str, float | None]:
    values = score_fixture(fixture.name, pred, fixture.gold, fixture.article).values()
    return {k: v for k, v in values.items() if k not in COST_METRICS}


def _changed(fixture: Fixture, edit: Any) -> dict[str, float | None]:
    """Apply `edit` to a copy of the gold (as JSON) and return the metrics that moved."""
    data = fixture.gold.model_dump(mode="json")
    edit(data)
    base, new = _values(fixture, fixture.gold), _values(fixture, BriefDraft.model_validate(data))
    return {k: (round(v, 6) if isinstance(v, float) else v) for k, v in new.items() if new[k] != base[k]}


def _sentence_of(fixture: Fixture, starts_with: str) -> str:
    line = next(line for line in fixture.article.splitlines() if line.startswith(starts_with))
    return line.strip()


# --------------------------------------------------------------------------
# The two cases of issue 12.


def test_right_fields_on_an_unrelated_sentence_match_nothing():
    kenya = _fixture(KENYA)
    unrelated = "Kenya's defence ministry did not respond to a request for comment."
    assert unrelated in kenya.article

    def edit(data: dict) -> None:
        (movement,) = data["movements"]
        movement.update(actor="soldiers", destination="Somalia", sources=["officials"], evidence=unrelated)

    # 600 is not stated in that sentence either.
    assert _changed(kenya, edit) == {**NO_MOVEMENT_MATCHED, "numbers_found_rate": 0.0}


def test_an_invented_toll_on_the_headline_is_no_casualty():
    mozambique = _fixture(MOZAMBIQUE)
    headline = mozambique.article.splitlines()[0]

    def edit(data: dict) -> None:
        data["casualties"][0]["count"]["value"] = 999
        data["casualties"][0]["evidence"] = headline

    # 3 of 4 casualties match; 4 of the 5 counted items state their number (999 is stated nowhere).
    assert _changed(mozambique, edit) == {
        "casualty_precision": 0.75, "casualty_recall": 0.75, "casualty_f1": 0.75, "numbers_found_rate": 0.8,
    }  # fmt: skip


def test_an_invented_toll_on_the_right_evidence_is_a_wrong_count():
    mozambique = _fixture(MOZAMBIQUE)

    def edit(data: dict) -> None:
        data["casualties"][0]["count"]["value"] = 999

    assert _changed(mozambique, edit) == {"casualty_count_accuracy": 0.75, "numbers_found_rate": 0.8}


# --------------------------------------------------------------------------
# Evidence that is not evidence.


def test_the_whole_article_as_evidence_matches_nothing():
    # The shortest fixture, where the gold clause is a third of the article.
    kenya = _fixture(KENYA)

    def edit(data: dict) -> None:
        data["movements"][0]["evidence"] = kenya.article

    assert _changed(kenya, edit) == NO_MOVEMENT_MATCHED


def test_a_fragment_of_the_gold_clause_matches_nothing():
    kenya = _fixture(KENYA)

    def edit(data: dict) -> None:
        data["movements"][0]["evidence"] = "Kenyan soldiers"

    assert _changed(kenya, edit) == NO_MOVEMENT_MATCHED


def test_punctuation_as_evidence_matches_nothing():
    kenya = _fixture(KENYA)

    def edit(data: dict) -> None:
        data["movements"][0]["evidence"] = "."

    # Unmatched. ("." stands at the end of the move's sentence too, which states 600,
    # so numbers_found_rate does not move: it asks only whether the number is stated there.)
    assert _changed(kenya, edit) == NO_MOVEMENT_MATCHED


def test_the_headline_stating_the_move_is_not_the_reported_sentence():
    kenya = _fixture(KENYA)
    headline = kenya.article.splitlines()[0]
    assert headline == "Kenyan troops cross into Somalia's Gedo region"

    def edit(data: dict) -> None:
        data["movements"][0]["evidence"] = headline

    assert _changed(kenya, edit) == {**NO_MOVEMENT_MATCHED, "numbers_found_rate": 0.0}


def test_a_wider_quote_inside_the_same_sentence_still_matches():
    kenya = _fixture(KENYA)
    sentence = _sentence_of(kenya, "About 600 Kenyan soldiers")

    def edit(data: dict) -> None:
        data["movements"][0]["evidence"] = sentence

    assert _changed(kenya, edit) == {}


# --------------------------------------------------------------------------
# Many items, or the same item many times.


def test_duplicated_items_are_matched_once():
    seed = _fixture(SEED)

    def edit(data: dict) -> None:
        data["movements"] += [dict(m) for m in data["movements"]]

    assert _changed(seed, edit) == {"movement_precision": 0.5, "movement_f1": 0.666667}


def test_one_claim_per_sentence_of_the_article_buys_recall_with_precision():
    kenya = _fixture(KENYA)
    lines = [kenya.article[start:end] for start, end in sentence_spans(kenya.article)]

    def edit(data: dict) -> None:
        gold = data["movements"][0]
        data["movements"] = [{**gold, "evidence": line} for line in lines]

    # 4 sentences (headline, dateline, the move, the no-comment line): the move's
    # sentence is the one match; the three others state no 600.
    assert len(lines) == 4
    assert _changed(kenya, edit) == {
        "movement_precision": 0.25, "movement_f1": 0.4, "numbers_found_rate": 0.25,
    }  # fmt: skip


# --------------------------------------------------------------------------
# The right evidence with wrong fields: matched, and the fields say so.


def test_swapped_actor_and_destination_match_but_both_fields_are_wrong():
    kenya = _fixture(KENYA)

    def edit(data: dict) -> None:
        movement = data["movements"][0]
        movement["actor"], movement["destination"] = movement["destination"], movement["actor"]

    assert _changed(kenya, edit) == {"actor_accuracy": 0.0, "destination_accuracy": 0.0}


def test_a_generic_subset_of_a_field_is_not_the_field():
    kenya = _fixture(KENYA)

    def edit(data: dict) -> None:
        data["movements"][0].update(actor="soldiers", destination="the", sources=["officials"])

    assert _changed(kenya, edit) == {"actor_accuracy": 0.0, "destination_accuracy": 0.0, "sources_accuracy": 0.0}


def test_blank_fields_are_nulls_and_nulls_are_wrong_where_gold_has_a_value():
    kenya = _fixture(KENYA)

    def edit(data: dict) -> None:
        data["movements"][0].update(origin="", destination="  ", time="unknown")

    assert _changed(kenya, edit) == {"origin_accuracy": 0.0, "destination_accuracy": 0.0, "time_accuracy": 0.0}


def test_time_purpose_and_route_are_scored():
    kenya = _fixture(KENYA)

    def edit(data: dict) -> None:
        data["movements"][0].update(time="on Monday", purpose="to attack al-Shabaab", route="by air")

    assert _changed(kenya, edit) == {"time_accuracy": 0.0, "purpose_accuracy": 0.0, "route_accuracy": 0.0}


def test_a_year_is_not_a_count_found_in_the_article():
    kenya = _fixture(KENYA)
    assert "2025" in kenya.article  # the dateline's year

    def edit(data: dict) -> None:
        data["movements"][0]["count"]["value"] = 2025

    assert _changed(kenya, edit) == {"count_value_accuracy": 0.0, "count_accuracy": 0.0, "numbers_found_rate": 0.0}


def test_a_number_from_another_sentence_is_not_found():
    mozambique = _fixture(MOZAMBIQUE)
    assert "14 civilians" in mozambique.article

    def edit(data: dict) -> None:
        data["movements"][0]["count"]["value"] = 14

    assert _changed(mozambique, edit) == {
        "count_value_accuracy": 0.0, "count_accuracy": 0.0, "numbers_found_rate": 0.8,
    }  # fmt: skip


def test_a_wrong_hedge_on_a_toll_is_a_wrong_casualty_count():
    mozambique = _fixture(MOZAMBIQUE)

    def edit(data: dict) -> None:
        assert data["casualties"][0]["count"]["qualifier"] == "at_least"
        data["casualties"][0]["count"]["qualifier"] = "exactly"

    assert _changed(mozambique, edit) == {"casualty_count_accuracy": 0.75}


def test_a_denial_of_something_else_and_by_someone_else_is_scored_on_both():
    seed = _fixture(SEED)

    def edit(data: dict) -> None:
        data["denials"][0].update(denier="Tehran", what="that Iran sent weapons to Aleppo")

    # Evidence decides the match; the denier and what are then wrong.
    assert _changed(seed, edit) == {"denier_accuracy": 0.0, "denial_what_accuracy": 0.0}


def test_a_denial_that_targets_no_movement_loses_its_link():
    seed = _fixture(SEED)

    def edit(data: dict) -> None:
        data["denials"][0]["targets"] = []

    assert _changed(seed, edit) == {"denial_link_accuracy": 0.0}


def test_an_empty_brief_for_a_relevant_article_scores_zero_recall():
    kenya = _fixture(KENYA)

    def edit(data: dict) -> None:
        data.update(is_relevant=False, movements=[])

    assert _changed(kenya, edit) == {
        "movement_precision": 0.0, "movement_recall": 0.0, "movement_f1": 0.0, "relevance_accuracy": 0.0,
        **{name: None for name in MOVEMENT_FIELD_METRICS}, "numbers_found_rate": None, "grounding_rate": None,
    }  # fmt: skip


@pytest.mark.parametrize("name", [KENYA, MOZAMBIQUE, SEED])
def test_no_edit_changes_nothing(name: str):
    assert _changed(_fixture(name), lambda data: None) == {}


# --------------------------------------------------------------------------
# Where the evidence is: the item's own span, else the occurrence nearest the other side.

TWICE = (
    "Border report\n\n"
    "Last year 300 soldiers crossed the river at Kavala, officials recalled. "
    "The bridge has since been rebuilt. "
    "On Tuesday 300 soldiers crossed the river again and headed for Dorin, two officials said."
)
GOLD_TWICE = {
    "headline_summary": "300 soldiers crossed toward Dorin.",
    "is_relevant": True,
    "movements": [{
        "actor": "soldiers", "destination": "Dorin",
        "count": {"value": 300, "qualifier": "exactly", "unit": "soldiers"},
        "evidence": "On Tuesday 300 soldiers crossed the river again and headed for Dorin",
    }],
}  # fmt: skip
PHRASE = "300 soldiers crossed the river"


def _span_pred(start: int | None) -> Brief:
    movement = {**GOLD_TWICE["movements"][0], "evidence": PHRASE}
    if start is not None:
        movement["span"] = {"start": start, "end": start + len(PHRASE), "alignment": "exact", "score": 1.0}
    return Brief.model_validate({**GOLD_TWICE, "movements": [movement]})


def _movement_f1(pred: Brief) -> float | None:
    gold = BriefDraft.model_validate(GOLD_TWICE)
    return score_fixture("twice", pred, gold, TWICE).values()["movement_f1"]


def test_the_span_says_which_occurrence_the_evidence_is():
    first, second = TWICE.find(PHRASE), TWICE.rfind(PHRASE)
    assert 0 <= first < second
    assert _movement_f1(_span_pred(second)) == 1.0  # str.find would have read the first one
    assert _movement_f1(_span_pred(first)) == 0.0  # the old move, whatever the fields say


def test_without_a_span_the_occurrence_nearest_the_gold_counts():
    assert _movement_f1(_span_pred(None)) == 1.0
