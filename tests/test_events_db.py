"""`summarizer events DB`: the desk's database as the merge's input, through the real Store and the real CLI.

Briefs go in through the Store's own API (add_brief, save_review), the
command runs as a user runs it, and the events it writes are checked: the
reviewed gold replaces the machine brief, every brief is dated by the day it
was stored, and a URL that names no database is an input error (exit 2)
that creates nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from schemas import Brief, BriefDraft
from summarizer.cli import app
from summarizer.service.storage import Store

REPO = Path(__file__).resolve().parent.parent
CASES = REPO / "evals" / "events" / "cases"


def fill(store: Store) -> dict[str, str]:
    """Four case briefs (two that merge, two that must not), one of them reviewed; case id -> stored id."""
    records = [r for name in ("two_outlets_different_counts", "same_actor_different_destination")
               for r in json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))["briefs"]]  # fmt: skip
    ids = {}
    for record in records:
        brief = Brief.model_validate(record["brief"])
        article = brief.headline_summary + "\n\n" + " ".join(m.evidence for m in brief.movements)
        ids[record["id"]] = store.add_brief(article, brief, title=record["id"])
    # An analyst corrects the wire's count: the merge must read the review, not the machine brief.
    gold = Brief.model_validate(records[0]["brief"]).contract_dict()
    gold["movements"][0]["count"]["value"] = 2600
    store.save_review(ids["wagner-wire-0610"], BriefDraft.model_validate(gold), reviewer="analyst")
    return ids


def check_events(out: Path, ids: dict[str, str]) -> None:
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(len(e["reports"]) for e in events) == [1, 1, 2]
    wagner = next(e for e in events if len(e["reports"]) == 2)
    assert sorted(wagner["briefs"]) == sorted([ids["wagner-wire-0610"], ids["wagner-daily-0611"]])
    assert sorted(c["value"] for c in wagner["count_claims"]) == [2600, 3000]  # 2600 is the review's, not 2500
    reports = [r for e in events for r in e["reports"]]
    assert {r["date_basis"] for r in reports} == {"stored"} and all(r["date"] for r in reports)


def filled_desk(url: str):
    """Open the desk database at `url`, fill it through the Store, close it; the ids of the stored briefs."""
    store = Store.open(url)
    try:
        return fill(store)
    finally:
        store.close()


def run_events(*args: str):
    return CliRunner().invoke(app, ["events", *args])


def test_events_from_the_desk_database_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    ids = filled_desk(url)
    out = tmp_path / "events.jsonl"
    result = run_events(url, "-o", str(out), "--summary", str(tmp_path / "s.json"))
    assert result.exit_code == 0, result.output
    assert "4 movements -> 3 events" in result.output
    check_events(out, ids)
    assert json.loads((tmp_path / "s.json").read_text())["stats"]["merges"] == 1

    again = tmp_path / "again.jsonl"  # --db as `summarizer serve --db` takes it: the same events, byte for byte
    assert run_events("--db", url, "-o", str(again), "-q").exit_code == 0
    assert again.read_bytes() == out.read_bytes()

    twice = run_events(url, "--db", url, "-o", str(again))
    assert twice.exit_code == 2 and "ids must be unique" in twice.output


def test_a_database_that_is_not_there_is_an_input_error(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite3"
    result = run_events(f"sqlite:///{missing}", "-o", str(tmp_path / "e.jsonl"))
    assert result.exit_code == 2 and "not found" in result.output and "Traceback" not in result.output
    assert not missing.exists()  # reading never creates an empty desk
    nothing = run_events("-o", str(tmp_path / "e.jsonl"))
    assert nothing.exit_code == 2 and "give briefs to merge" in nothing.output


@pytest.mark.postgres
def test_events_from_the_desk_database_on_postgresql(tmp_path: Path) -> None:
    from postgres_support import needs_postgres, postgres_server

    if needs_postgres.args[0]:
        pytest.skip(needs_postgres.kwargs["reason"])
    with postgres_server() as url:
        ids = filled_desk(url)
        out = tmp_path / "events.jsonl"
        result = run_events(url, "-o", str(out))
        assert result.exit_code == 0, result.output
        check_events(out, ids)
