"""The desk's commands: tokens printed once, export of reviews as fixtures that `summarizer eval` scores, clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from schemas import BriefDraft
from summarizer.evaluation.fixtures import load_fixtures
from summarizer.evaluation.scorer import score_fixture
from summarizer.grounding import ground_brief
from summarizer.service.storage import Store

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "evals" / "fixtures" / "seed_iraqi_militias_syria"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "summarizer", *args], capture_output=True, text=True, timeout=300)


def test_token_create_prints_the_secret_once_and_stores_its_hash(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    made = cli("token", "create", "ana", "--db", db)
    assert made.returncode == 0 and made.stdout.startswith("sdk_") and "shown only now" in made.stderr
    secret = made.stdout.strip()
    store = Store.open(db)
    try:
        assert store.token_for(secret).name == "ana"
    finally:
        store.close()
    assert secret.encode() not in (tmp_path / "desk.sqlite3").read_bytes()
    again = cli("token", "create", "ana", "--db", db)
    assert again.returncode == 2 and again.stderr.count("\n") == 1 and "exists" in again.stderr
    assert cli("token", "revoke", "ana", "--db", db).returncode == 0
    assert cli("token", "revoke", "nobody", "--db", db).returncode == 2


def test_bad_database_and_missing_flag_are_one_line_errors(tmp_path: Path) -> None:
    bad = cli("serve", "--db", "postgresql://nobody@127.0.0.1:1/none", "--port", "0")
    assert bad.returncode == 3 and "Traceback" not in bad.stderr
    assert bad.stderr.startswith("summarizer: ConfigError: cannot open database") and bad.stderr.count("\n") == 1
    missing = cli("export-fixtures", "-o", str(tmp_path / "out"), "--db", f"sqlite:///{tmp_path / 'd.sqlite3'}")
    assert missing.returncode == 2 and "--reviewed" in missing.stderr


def test_exported_reviews_are_fixtures_that_eval_scores(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    article = (SEED / "article.txt").read_text(encoding="utf-8").replace("\n", "\r\n", 3)  # CRs kept byte-exact
    draft = BriefDraft.model_validate(json.loads((SEED / "gold.json").read_text(encoding="utf-8")))
    store = Store.open(db)
    try:
        reviewed = store.add_brief(article, ground_brief(draft, article), title="Seed article.txt")
        store.add_brief(article, ground_brief(draft, article), title="not reviewed")
        store.save_review(reviewed, draft, reviewer="ana")
    finally:
        store.close()
    out = tmp_path / "fixtures"
    done = cli("export-fixtures", "--reviewed", "-o", str(out), "--db", db)
    assert done.returncode == 0 and "wrote 1 fixture" in done.stderr
    fixtures, problems = load_fixtures(out)
    assert problems == [] and [f.name for f in fixtures] == [f"seed_article_{reviewed[:12]}"]
    fixture = fixtures[0]
    assert fixture.article == article and fixture.gold == draft
    values = score_fixture(fixture.name, fixture.gold, fixture.gold, fixture.article).values()
    assert values["movement_f1"] == values["denial_f1"] == values["casualty_f1"] == 1.0
    report = tmp_path / "report.json"
    scored = cli("eval", "--fixtures", str(out), "--json", str(report), "--quiet")
    assert scored.returncode == 0, scored.stderr
    assert json.loads(report.read_text())  # the desk's gold runs through the project's eval as any fixture
