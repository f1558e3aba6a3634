"""The CI regression gate: the committed recordings of the embedded model, scored against the fixtures.

Replay needs no model. A change to prompts or rules that lowers any metric
below evals/thresholds.json fails here; a prompt change without new
recordings fails too (missing recordings), instead of reusing stale answers.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "fixtures, recordings, thresholds, at_least",
    [
        ("fixtures", "recordings", "thresholds.json", 20),
        # written apart from the rules, in wire style; the check on over-fitting to the main set
        ("holdout", "recordings_holdout", "holdout_thresholds.json", 8),
    ],
)
def test_replayed_eval_meets_the_thresholds(tmp_path, fixtures, recordings, thresholds, at_least):
    report = tmp_path / "report.json"
    evals = REPO / "evals"
    out = subprocess.run(
        [
            sys.executable, "-m", "summarizer", "eval",
            "--fixtures", str(evals / fixtures),
            "--replay", str(evals / recordings),
            "--thresholds", str(evals / thresholds),
            "--json", str(report), "--quiet",
        ],
        capture_output=True, text=True, timeout=900,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["run"]["failed"] == 0
    assert data["run"]["fixtures"] >= at_least
