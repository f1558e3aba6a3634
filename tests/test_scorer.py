"""The eval scorer: gold scores perfectly against itself, and known perturbations move exactly the expected metrics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemas import Brief, BriefDraft
from summarizer import grounding
from summarizer.evaluation.fixtures import Fixture, load_fixture, load_fixtures
from summarizer.evaluation.matching import align, item_similarity, set_overlap
from summarizer.evaluation.scorer import COST_METRICS, METRICS, aggregate, score_fixture

FIXTURES = Path(__file__).resolve().parent.parent / "evals" / "fixtures"
SEED_NAME = "seed_iraqi_militias_syria"
ALL_FIXTURES, SKIPPED = load_fixtures(FIXTURES)


def _values(pred: BriefDraft, fixture: Fixture) -> dict[str, float | None]:
    values = score_fixture(fixture.name, pred, fixture.gold, fixture.article).values()
    return {k: v for k, v in values.items() if k not in COST_METRICS}


def _changed(fixture: Fixture, pred: BriefDraft) -> dict[str, float | None]:
    """Metrics whose value differs from gold-against-itself."""
    base = _values(fixture.gold, fixture)
    new = _values(pred, fixture)
    return {k: new[k] for k in base if new[k] != base[k]}


def _fixture(name: str) -> Fixture:
    return load_fixture(FIXTURES / name)


def _edit(fixture: Fixture) -> dict:
    return fixture.gold.model_dump(mode="json")


def test_no_fixture_is_skipped():
    assert not SKIPPED, [f"{p.name}: {p.message}" for p in SKIPPED]


@pytest.mark.parametrize("fixture", ALL_FIXTURES, ids=[f.name for f in ALL_FIXTURES])
def test_gold_against_itself_scores_one_everywhere(fixture: Fixture):
    values = _values(fixture.gold, fixture)
    wrong = {k: v for k, v in values.items() if v is not None and METRICS[k].higher_is_better and v != 1.0}
    assert not wrong, wrong


def test_gold_against_itself_aggregates_to_one():
    scores = [score_fixture(f.name, f.gold, f.gold, f.article) for f in ALL_FIXTURES]
    summary = aggregate(scores)
    for name in ("movement_f1", "denial_f1", "casualty_f1", "relevance_accuracy", "grounding_rate", "count_accuracy"):
        assert summary[name].micro == 1.0 and summary[name].macro == 1.0, name


def test_grounded_gold_aligns_exactly():
    fixture = _fixture("seed_iraqi_militias_syria")
    brief = grounding.ground_brief(fixture.gold, fixture.article)
    values = _values(brief, fixture)
    assert values["alignment_exact_rate"] == 1.0
    assert values["alignment_unfound_rate"] == 0.0
    assert values["numbers_found_rate"] == 1.0


def test_dropping_a_movement_lowers_recall_only():
    fixture = _fixture("naval_sabina_shoal_flotilla")
    data = _edit(fixture)
    targeted = {t for d in data["denials"] for t in d["targets"]}
    drop = max(i for i in range(len(data["movements"])) if i not in targeted)
    del data["movements"][drop]
    for denial in data["denials"]:
        denial["targets"] = [t - (t > drop) for t in denial["targets"]]
    changed = _changed(fixture, BriefDraft.model_validate(data))
    assert set(changed) == {"movement_recall", "movement_f1"}
    assert changed["movement_recall"] == pytest.approx(3 / 4)


def test_wrong_qualifier_moves_qualifier_not_value():
    fixture = _fixture("seed_iraqi_militias_syria")
    data = _edit(fixture)
    assert data["movements"][0]["count"]["qualifier"] == "at_least"
    data["movements"][0]["count"]["qualifier"] = "about"
    changed = _changed(fixture, BriefDraft.model_validate(data))
    assert set(changed) == {"count_qualifier_accuracy", "count_accuracy"}
    assert changed["count_qualifier_accuracy"] == pytest.approx(2 / 3)


def test_paraphrased_evidence_lowers_grounding_and_numbers_but_still_matches():
    fixture = _fixture("seed_iraqi_militias_syria")
    data = _edit(fixture)
    paraphrase = "Some 300 Badr and Nujabaa militiamen entered Syria from Iraq on Sunday night by a dirt track"
    assert paraphrase not in fixture.article
    data["movements"][0]["evidence"] = paraphrase
    pred = BriefDraft.model_validate(data)
    changed = _changed(fixture, pred)
    # Not in the article: the count cannot be shown stated in its sentence either.
    assert set(changed) == {"grounding_rate", "numbers_found_rate"}
    assert changed["grounding_rate"] == pytest.approx(4 / 5)
    assert changed["numbers_found_rate"] == pytest.approx(1 / 2)  # 1 of the 2 counted items
    pairs = align(pred.movements, fixture.gold.movements, lambda p, g: item_similarity(p, g, fixture.article))
    assert [(p.pred, p.gold) for p in pairs] == [(0, 0), (1, 1), (2, 2)]


def test_denial_linked_to_the_wrong_movement_lowers_link_accuracy_only():
    fixture = _fixture("naval_sabina_shoal_flotilla")
    data = _edit(fixture)
    assert data["denials"][0]["targets"] == [0]
    data["denials"][0]["targets"] = [1]
    changed = _changed(fixture, BriefDraft.model_validate(data))
    assert changed == {"denial_link_accuracy": 0.0}


def test_extra_movement_lowers_precision_only():
    fixture = _fixture("seed_iraqi_militias_syria")
    data = _edit(fixture)
    sentence = "Syrian government and Russian warplanes intensified attacks on Monday in areas held by rebels"
    assert sentence in fixture.article
    data["movements"].append({"actor": "Russian warplanes", "destination": "the northwest", "evidence": sentence})
    changed = _changed(fixture, BriefDraft.model_validate(data))
    assert set(changed) == {"movement_precision", "movement_f1"}
    assert changed["movement_precision"] == pytest.approx(3 / 4)


def test_invented_movement_also_lowers_grounding():
    fixture = _fixture("seed_iraqi_militias_syria")
    data = _edit(fixture)
    data["movements"].append(
        {"actor": "Hezbollah", "destination": "Aleppo", "count": {"value": 5000, "qualifier": "exactly", "unit": "fighters"},
         "evidence": "5,000 Hezbollah fighters arrived in Aleppo"}
    )
    changed = _changed(fixture, BriefDraft.model_validate(data))
    assert set(changed) == {"movement_precision", "movement_f1", "grounding_rate", "numbers_found_rate"}


def test_flagged_invented_number_counts_as_invented():
    fixture = _fixture("short_kenyan_troops_gedo")
    brief = Brief.model_validate(fixture.gold.model_dump())
    brief.movements[0].flags = ["invented number: 600 is in neither the evidence nor its sentence"]
    assert _values(brief, fixture)["numbers_found_rate"] == 0.0


def test_non_relevant_empty_prediction_is_perfect_in_macro_and_absent_from_micro():
    fixture = _fixture("nonmil_earnings_war_verbs")
    assert not fixture.gold.is_relevant
    empty = BriefDraft(headline_summary="Quarterly earnings.", is_relevant=False)
    score = score_fixture(fixture.name, empty, fixture.gold, fixture.article)
    assert score.values()["movement_precision"] == 1.0 and score.values()["movement_recall"] == 1.0
    summary = aggregate([score])
    assert summary["movement_f1"].macro == 1.0 and summary["movement_f1"].micro is None


def test_failed_fixture_scores_zero_and_counts_gold_as_misses():
    relevant = _fixture("short_kenyan_troops_gedo")
    failed = score_fixture(relevant.name, None, relevant.gold, relevant.article, error="OutputError: cut off")
    perfect = score_fixture(relevant.name, relevant.gold, relevant.gold, relevant.article)
    values = failed.values()
    assert values["schema_valid_rate"] == 0.0 and values["movement_recall"] == 0.0
    assert values["relevance_accuracy"] == 0.0
    summary = aggregate([perfect, failed])
    assert summary["movement_recall"].micro == 0.5
    assert summary["movement_precision"].micro == 1.0  # a failure predicts nothing wrong...
    assert summary["movement_precision"].macro == 0.5  # ...but scores zero per fixture
    assert summary["schema_valid_rate"].micro == 0.5


def test_alignment_finds_the_most_pairs_where_greedy_finds_one():
    # Greedy (best cell first) takes A-X (0.9) and leaves B with nothing; the
    # optimal assignment pairs A-Y and B-X. B-Y is inadmissible (0).
    similarity = {("A", "X"): 0.9, ("A", "Y"): 0.5, ("B", "X"): 0.8, ("B", "Y"): 0.0}
    pairs = align(["A", "B"], ["X", "Y"], lambda p, g: similarity[(p, g)])
    assert [(p.pred, p.gold) for p in pairs] == [(0, 1), (1, 0)]


def test_more_pairs_beat_a_higher_total():
    # One pair A-X scores 1.0 + 0.0; two pairs A-Y + B-X score 0.3 + 0.3 = 0.6, and win.
    similarity = {("A", "X"): 1.0, ("A", "Y"): 0.3, ("B", "X"): 0.3, ("B", "Y"): 0.0}
    pairs = align(["A", "B"], ["X", "Y"], lambda p, g: similarity[(p, g)])
    assert [(p.pred, p.gold) for p in pairs] == [(0, 1), (1, 0)]


def test_an_inadmissible_cell_is_never_paired():
    pairs = align(["A"], ["X"], lambda p, g: 0.0)
    assert pairs == []


def test_reversed_movements_pair_back_by_evidence():
    fixture = _fixture("naval_sabina_shoal_flotilla")
    golds = fixture.gold.movements
    preds = list(reversed(golds))
    pairs = align(preds, golds, lambda p, g: item_similarity(p, g, fixture.article))
    n = len(golds)
    assert [(p.pred, p.gold) for p in pairs] == [(i, n - 1 - i) for i in range(n)]


def test_sources_overlap_is_a_set_jaccard_of_agreeing_values():
    assert set_overlap([], []) == 1.0
    assert set_overlap(["two Iraqi security sources"], ["two Iraqi security sources", "Anadolu"]) == 0.5
    assert set_overlap(["Reuters"], ["Anadolu news agency"]) == 0.0
    assert set_overlap(["officials"], ["two Somali regional officials"]) == 0.0  # a subset is not the source


def test_malformed_fixtures_are_skipped_with_a_reason(tmp_path: Path):
    good = tmp_path / "good"
    good.mkdir()
    (good / "article.txt").write_text("Troops moved.", encoding="utf-8")
    (good / "gold.json").write_text(json.dumps({"headline_summary": "x", "is_relevant": False}), encoding="utf-8")
    for name, gold in (("not_json", "{"), ("bad_brief", json.dumps({"is_relevant": "maybe"}))):
        (tmp_path / name).mkdir()
        (tmp_path / name / "article.txt").write_text("text", encoding="utf-8")
        (tmp_path / name / "gold.json").write_text(gold, encoding="utf-8")
    (tmp_path / "no_gold").mkdir()
    (tmp_path / "no_gold" / "article.txt").write_text("text", encoding="utf-8")
    fixtures, skipped = load_fixtures(tmp_path)
    assert [f.name for f in fixtures] == ["good"]
    reasons = {p.name: p.message for p in skipped}
    assert reasons["not_json"].startswith("gold.json is not valid JSON")
    assert reasons["bad_brief"].startswith("gold.json is not a valid brief")
    assert reasons["no_gold"] == "missing gold.json"
    assert all("\n" not in message for message in reasons.values())


def test_rescore_gives_back_the_scores_of_a_saved_report(tmp_path: Path):
    """evals/rescore.py (used for the before/after tables) scores a saved report's briefs as the run did."""
    import subprocess
    import sys

    repo = FIXTURES.parent.parent
    report = tmp_path / "report.json"
    run = subprocess.run(
        [sys.executable, "-m", "summarizer", "eval", "--fixtures", str(FIXTURES), "--replay",
         str(repo / "evals" / "recordings"), "--only", "short_kenyan_troops_gedo", "--only", SEED_NAME,
         "--json", str(report), "--quiet"],
        capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr
    out = tmp_path / "rescored.json"
    rescored = subprocess.run(
        [sys.executable, str(repo / "evals" / "rescore.py"), str(report), str(FIXTURES), "--json", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    assert rescored.returncode == 0, rescored.stderr
    saved = json.loads(report.read_text(encoding="utf-8"))["metrics"]
    again = json.loads(out.read_text(encoding="utf-8"))["metrics"]
    assert {k: v["micro"] for k, v in again.items()} == {k: v["micro"] for k, v in saved.items()}
    assert "movement_f1 " in rescored.stdout
