"""Name-swap robustness (evals/name_swap.py): the reading must not hang on the names an article happens to use.

The harness is checked on an invented fixture (consistent substitution, gold still valid), and the default is
gated on the repo's own fixture sets: with every country, demonym and capital swapped, or every town replaced by a
name no gazetteer holds, its pooled scores stay within TOLERANCE of the unswapped run made in the same test.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import summarize
from summarizer.evaluation.fixtures import load_fixture

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "evals"))
import name_swap  # noqa: E402

# Measured (docs/STRATEGIES.md, "Name-swap robustness"): swaps moved pooled scores by 0.00-0.03 on the
# fixture sets and the realnews dev split; a drop past this means a rule leans on a name.
TOLERANCE = 0.05
GATED = ("movement_f1", "destination_accuracy", "origin_accuracy", "denial_recall", "relevance_accuracy")

ARTICLE = """Ethiopia sends troops to the border after clashes

ADDIS ABABA, March 3 (Wire) - Ethiopia has sent about 2,000 soldiers to Humera, a town near the border, the
defence ministry said on Tuesday. Ethiopian officials said the troops arrived in Humera on Monday.
"""
GOLD = {
    "headline_summary": "Ethiopia sent about 2,000 soldiers to Humera, the defence ministry said.",
    "is_relevant": True,
    "movements": [{
        "actor": "Ethiopian soldiers", "origin": None, "destination": "Humera",
        "count": {"value": 2000, "low": None, "high": None, "qualifier": "about", "unit": "soldiers"},
        "sources": ["the defence ministry"], "evidence": "Ethiopia has sent about 2,000 soldiers to Humera",
    }],
    "denials": [], "casualties": [], "other_key_events": [],
}


@pytest.fixture()
def invented(tmp_path: Path) -> Path:
    folder = tmp_path / "fixtures" / "01-invented"
    folder.mkdir(parents=True)
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return folder


def test_a_country_swap_moves_the_name_the_demonym_and_the_capital_together(invented, tmp_path):
    out = tmp_path / "swapped"
    assert name_swap.swap_fixture(invented, out, "countries", random.Random(3)) is None
    names = json.loads((out / invented.name / "swap.json").read_text())["names"]
    new = names["Ethiopia"]
    demonym, capitals = name_swap.country_table()[new]
    assert names["Ethiopian"] == demonym and names["Addis"] == capitals[0]
    fixture = load_fixture(out / invented.name)
    assert "Ethiopia" not in fixture.article and new in fixture.article
    assert fixture.gold.movements[0].actor == f"{demonym} soldiers"
    assert fixture.warnings == []  # every evidence is still a verbatim substring


def test_an_invented_town_is_in_no_gazetteer_and_the_default_still_reads_it(invented, tmp_path):
    out = tmp_path / "swapped"
    assert name_swap.swap_fixture(invented, out, "towns-unknown", random.Random(5)) is None
    town = json.loads((out / invented.name / "swap.json").read_text())["names"]["Humera"]
    assert town not in name_swap._known_names()
    brief = summarize((out / invented.name / "article.txt").read_text(encoding="utf-8"), strategy="learned")
    assert [m.destination for m in brief.movements] == [town]


def _pooled(fixtures: list[Path], tmp: Path, label: str) -> dict[str, float]:
    """Pooled micro scores of the default over several fixture dirs, via the real CLI."""
    merged = tmp / label
    merged.mkdir()
    for directory in fixtures:
        for folder in directory.iterdir():
            if (folder / "gold.json").is_file():
                (merged / f"{directory.name}-{folder.name}").symlink_to(folder.resolve())
    report = tmp / f"{label}.json"
    out = subprocess.run([sys.executable, "-m", "summarizer", "eval", "--fixtures", str(merged), "--json", str(report),
                          "--quiet"], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    metrics = json.loads(report.read_text(encoding="utf-8"))["metrics"]
    return {name: metrics[name]["micro"] for name in GATED}


@pytest.mark.parametrize("mode", ["countries", "towns-unknown", "groups"])
def test_the_default_holds_up_when_the_names_change(mode, tmp_path):
    sets = [REPO / "evals" / "fixtures", REPO / "evals" / "holdout"]
    swapped = []
    for directory in sets:
        out = tmp_path / f"swapped-{directory.name}"
        subprocess.run([sys.executable, str(REPO / "evals" / "name_swap.py"), str(directory), str(out), "--mode", mode,
                        "--seed", "1"], check=True, capture_output=True)
        swapped.append(out)
    before, after = _pooled(sets, tmp_path, "original"), _pooled(swapped, tmp_path, "swapped")
    dropped = {name: (before[name], after[name]) for name in GATED if after[name] < before[name] - TOLERANCE}
    assert not dropped, f"{mode}: scores fell with the names swapped (before, after): {dropped}"
