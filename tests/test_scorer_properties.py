"""Properties of the scorer over every fixture (hypothesis draws the fixture and the edit).

* gold against itself scores 1.0 on every higher-is-better metric, with or without spans;
* the order of items changes nothing (denial targets follow their movements);
* removing one of n gold items from the prediction lowers that kind's recall by exactly 1/n;
* a duplicated item is matched once: precision n/(n+1), recall unchanged.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import BriefDraft
from summarizer import grounding
from summarizer.evaluation.fixtures import load_fixtures
from summarizer.evaluation.scorer import COST_METRICS, METRICS, score_fixture

FIXTURES = Path(__file__).resolve().parent.parent / "evals" / "fixtures"
ALL = load_fixtures(FIXTURES)[0]
GROUPS = {"movements": "movement", "denials": "denial", "casualties": "casualty"}


def _values(fixture, pred) -> dict[str, float | None]:
    values = score_fixture(fixture.name, pred, fixture.gold, fixture.article).values()
    return {k: v for k, v in values.items() if k not in COST_METRICS}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(ALL), st.booleans())
def test_gold_against_itself_is_one_on_every_metric(fixture, grounded):
    pred = grounding.ground_brief(fixture.gold, fixture.article) if grounded else fixture.gold
    values = _values(fixture, pred)
    # the alignment shares describe how grounding found the evidence (exact, so 1.0 and 0.0s)
    scored = {k: v for k, v in values.items() if v is not None and not k.startswith("alignment_")}
    wrong = {k: v for k, v in scored.items() if METRICS[k].higher_is_better and v != 1.0}
    assert not wrong
    if grounded and (fixture.gold.movements or fixture.gold.denials or fixture.gold.casualties):
        assert values["alignment_exact_rate"] == 1.0


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(ALL), st.randoms(use_true_random=False))
def test_shuffling_items_changes_nothing(fixture, random):
    data = fixture.gold.model_dump(mode="json")
    order = list(range(len(data["movements"])))
    random.shuffle(order)
    new_index = {old: new for new, old in enumerate(order)}
    data["movements"] = [data["movements"][i] for i in order]
    for denial in data["denials"]:
        denial["targets"] = sorted(new_index[t] for t in denial["targets"])
    random.shuffle(data["denials"])
    random.shuffle(data["casualties"])
    assert _values(fixture, BriefDraft.model_validate(data)) == _values(fixture, fixture.gold)


_REMOVALS = [(f, group, i) for f in ALL for group in GROUPS for i in range(len(getattr(f.gold, group)))]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_REMOVALS))
def test_removing_one_of_n_items_lowers_recall_by_one_over_n(removal):
    fixture, group, index = removal
    data = fixture.gold.model_dump(mode="json")
    n = len(data[group])
    del data[group][index]
    if group == "movements":  # keep the other denials' targets pointing at the same movements
        for denial in data["denials"]:
            denial["targets"] = [t - (t > index) for t in denial["targets"] if t != index]
    values = _values(fixture, BriefDraft.model_validate(data))
    assert values[f"{GROUPS[group]}_recall"] == (n - 1) / n
    assert values[f"{GROUPS[group]}_precision"] == (1.0 if n > 1 else 0.0)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_REMOVALS))
def test_a_duplicated_item_is_matched_once(duplication):
    fixture, group, index = duplication
    data = fixture.gold.model_dump(mode="json")
    n = len(data[group])
    data[group].append(dict(data[group][index]))
    values = _values(fixture, BriefDraft.model_validate(data))
    assert values[f"{GROUPS[group]}_precision"] == n / (n + 1)
    assert values[f"{GROUPS[group]}_recall"] == 1.0
