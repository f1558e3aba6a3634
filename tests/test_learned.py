"""`summarizer train` and the learned strategy: deterministic training, a model that loads and versions
the strategy, clear errors for a bad model folder or fixtures folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import summarize
from summarizer.errors import ConfigError
from summarizer.learned import PACKAGED_MODEL_DIR
from summarizer.learned.model import digest, load
from summarizer.learned.strategy import Learned

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "evals" / "fixtures"
SUBSET = ["seed_iraqi_militias_syria", "latam_guyana_move_denial", "mozambique_casualties_reinforcements",
          "nonmil_football_tartan_army_vienna", "short_kenyan_troops_gedo"]


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "summarizer", *args], capture_output=True, text=True, timeout=600,
                          env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def small_gold(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("gold")
    for name in SUBSET:
        (folder / name).symlink_to(FIXTURES / name, target_is_directory=True)
    return folder


@pytest.fixture(scope="module")
def trained_twice(small_gold, tmp_path_factory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("models")
    runs = [_cli("train", "--fixtures", str(small_gold), "-o", str(out / f"run{i}"), "--seed", "7") for i in (1, 2)]
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert f"trained on {len(SUBSET)} articles" in run.stdout
    return out / "run1", out / "run2"


def test_train_is_deterministic_for_a_seed(trained_twice):
    first, second = trained_twice
    assert digest(first) == digest(second)
    assert sorted(p.name for p in first.iterdir()) == ["coef.npy", "idf.npy", "intercept.npy", "model.json", "seen.npy"]
    size = sum(p.stat().st_size for p in first.iterdir())
    assert size < 5_000_000


def test_a_trained_model_loads_and_changes_the_prompt_version(trained_twice):
    model = load(trained_twice[0])
    assert model.meta["articles"] == len(SUBSET) and model.meta["seed"] == 7
    shipped = Learned().prompt_version()
    mine = Learned(model).prompt_version()
    assert mine != shipped
    assert mine.endswith("-" + digest(trained_twice[0])[:12]) and "+learned-" in mine
    assert shipped.endswith("-" + digest(PACKAGED_MODEL_DIR)[:12])


def test_learned_model_dir_setting_reaches_the_brief(trained_twice):
    article = (FIXTURES / "short_kenyan_troops_gedo" / "article.txt").read_text(encoding="utf-8")
    brief = summarize(article, strategy="learned", learned_model_dir=str(trained_twice[0]))
    assert brief.metadata.strategy == "learned"
    assert brief.metadata.prompt_version.endswith(digest(trained_twice[0])[:12])
    assert brief.is_relevant and brief.movements
    for item in brief.movements:  # evidence is still cut from the article by the rules
        assert article[item.span.start:item.span.end] == item.evidence


def test_the_default_for_the_embedded_model_is_the_shipped_learned_model():
    article = (FIXTURES / "seed_iraqi_militias_syria" / "article.txt").read_text(encoding="utf-8")
    brief = summarize(article)
    assert brief.metadata.strategy == "learned"
    assert brief.metadata.prompt_version.endswith(digest(PACKAGED_MODEL_DIR)[:12])
    assert brief.grounding.dropped == 0


def test_a_folder_that_is_not_a_model_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="no model.json"):
        load(tmp_path)
    article = (FIXTURES / "short_kenyan_troops_gedo" / "article.txt")
    run = _cli("summarize", str(article), "--strategy", "learned", env={"SUMMARIZER_LEARNED_MODEL_DIR": str(tmp_path)})
    assert run.returncode == 3
    assert "no model.json" in run.stderr and "Traceback" not in run.stderr


def test_train_without_a_fixtures_folder_exits_2(tmp_path):
    run = _cli("train", "--fixtures", str(tmp_path / "missing"), "-o", str(tmp_path / "m"))
    assert run.returncode == 2
    assert "not found" in run.stderr and "Traceback" not in run.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    run = _cli("train", "--fixtures", str(empty), "-o", str(tmp_path / "m"))
    assert run.returncode == 2 and "no fixture" in run.stderr


@pytest.mark.parametrize(
    ("sentence", "made"),
    [
        ("Officials said the border brigades reinforced the crossing at Kala on Monday.", True),
        ("Officials said 5,000 ground troops are a rounding error for the army.", False),  # a copula states, not moves
        ("The armoured column will hold its first night rehearsal on the square.", False),  # a plan
        ("Officials said the border brigades did not reinforce the crossing at Kala.", False),  # negated
        ("Officials said the deadline for the pullout passed on Sunday.", False),  # a thing, not a force
    ],
)
def test_a_claim_made_from_the_parse_needs_a_reported_motion(sentence, made):
    """Where the sentence model is sure but the rules have no movement verb, the main verb is taken as the move,
    never a copula, a modal plan or a negated verb."""
    from summarizer.learned.strategy import _claim_from_parse
    from summarizer.strategies.staged.armed import armed_names
    from summarizer.strategies.staged.sentences import parse_article

    parsed = parse_article("Headline here\n\nWire, Mar 3 2025\n\n" + sentence + "\n")
    claim = _claim_from_parse(parsed.sentences[0], armed_names(parsed), parsed.year)
    assert (claim is not None) == made, sentence
