"""The desk page in a real headless Chromium against a real `summarizer serve`.

A desk user signs in, pastes an article, gets the brief, corrects a field,
adds a movement by selecting its words in the article, deletes an item,
saves; `summarizer export-fixtures --reviewed` then writes the review as an
eval fixture whose gold scores 1.0 against itself. An article that tries to
script the page runs no script.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from browser_support import chromium_page, needs_chromium

from summarizer.evaluation.fixtures import load_fixtures
from summarizer.evaluation.scorer import score_fixture
from summarizer.testing.desk_server import DeskProcess

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "evals" / "fixtures" / "seed_iraqi_militias_syria" / "article.txt"
HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
NEW_SPAN = "A convoy of 40 pickup trucks carrying fighters entered the town of Albu Kamal on Tuesday."

MOVED_SPAN = "At least 300 fighters, primarily from the Badr and Nujabaa groups, crossed late on Sunday"

SELECT_TEXT = """([container, phrase]) => {
  const root = document.querySelector(container);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = "";
  while (walker.nextNode()) { nodes.push([walker.currentNode, text.length]); text += walker.currentNode.data; }
  const start = text.indexOf(phrase), end = start + phrase.length;
  if (start < 0) { throw new Error("phrase not in the article"); }
  const at = (offset) => {
    for (const [node, base] of nodes) {
      if (offset <= base + node.data.length) { return [node, offset - base]; }
    }
  };
  const range = document.createRange();
  range.setStart(...at(start));
  range.setEnd(...at(end));
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  return selection.toString();
}"""


@pytest.mark.browser
@needs_chromium
@pytest.mark.timeout(300)
def test_review_in_chromium_becomes_a_fixture(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    seed = SEED.read_text(encoding="utf-8")
    article = seed.rstrip("\n") + f"\n\n{NEW_SPAN}\n\nEditor's note: {HOSTILE}\n"
    with DeskProcess(db, env={"SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")}) as desk, chromium_page() as page:
        secret = desk.create_token("ana")
        page.goto(desk.url + "/ui")
        page.fill("#token", secret)
        page.click("#sign-in")
        page.wait_for_selector("#new-brief")

        page.fill("#text", article)
        page.click("#make-brief")
        page.wait_for_url("**/ui/briefs/*")
        page.wait_for_selector('[data-field="movements.0.actor"]')
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert HOSTILE in page.inner_text("#article")  # shown as text
        movements_before = page.locator('fieldset[data-item^="movements."]').count()
        assert movements_before >= 1

        # correct a field
        page.fill('[data-field="movements.0.destination"]', "Albu Kamal, eastern Syria")
        page.fill('[data-field="headline_summary"]', "Iraqi militias moved into eastern Syria, reviewed by the desk.")
        # move M1's evidence to a shorter span by selecting it
        assert page.evaluate(SELECT_TEXT, ["#article", MOVED_SPAN]) == MOVED_SPAN
        page.click('[data-action="evidence-movements.0"]')
        assert page.inner_text('[data-field="movements.0.evidence"]') == MOVED_SPAN
        # select a new span in the article and make it a movement
        assert page.evaluate(SELECT_TEXT, ["#article", NEW_SPAN]) == NEW_SPAN
        page.click('[data-action="add-movements"]')
        new = f"movements.{movements_before}"
        page.fill(f'[data-field="{new}.actor"]', "fighters")
        page.fill(f'[data-field="{new}.destination"]', "Albu Kamal")
        page.select_option(f'[data-field="{new}.count.qualifier"]', "exactly")
        page.fill(f'[data-field="{new}.count.value"]', "40")
        page.fill(f'[data-field="{new}.count.unit"]', "pickup trucks")
        assert page.inner_text(f'[data-field="{new}.evidence"]') == NEW_SPAN
        # delete an item: the first casualty
        casualties = page.locator('fieldset[data-item^="casualties."]').count()
        assert casualties >= 1
        page.click('[data-action="delete-casualties.0"]')
        assert page.locator('fieldset[data-item^="casualties."]').count() == casualties - 1
        page.click("#save")
        page.wait_for_selector("#status.ok")
        assert "Saved" in page.inner_text("#status")
        Path(REPO / "artifacts").mkdir(exist_ok=True)
        page.screenshot(path=str(REPO / "artifacts" / "desk_review.png"), full_page=True)
        assert not [e for e in page.console_errors if "Content Security Policy" in e], page.console_errors

        # the static view is served too, and the hostile markup stays inert there
        page.goto(page.url + "/view")
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("img").count() == 0
        log = desk.log()
    assert secret not in log  # no token in the server's logs

    out = tmp_path / "fixtures"
    subprocess.run([sys.executable, "-m", "summarizer", "export-fixtures", "--reviewed", "-o", str(out), "--db", db],
                   check=True, capture_output=True)  # fmt: skip
    fixtures, problems = load_fixtures(out)
    assert problems == [] and len(fixtures) == 1
    fixture = fixtures[0]
    assert fixture.article == article and fixture.warnings == []
    gold = fixture.gold
    assert gold.headline_summary.endswith("reviewed by the desk.")
    assert gold.movements[0].destination == "Albu Kamal, eastern Syria"
    assert gold.movements[0].evidence == MOVED_SPAN
    added = gold.movements[movements_before]
    assert (added.actor, added.evidence, added.count.value, added.count.unit) == ("fighters", NEW_SPAN, 40, "pickup trucks")
    assert len(gold.casualties) == casualties - 1
    assert json.loads((fixture.path / "meta.json").read_text())["reviewer"] == "ana"
    values = score_fixture(fixture.name, gold, gold, fixture.article).values()
    for metric in ("movement_f1", "denial_f1", "casualty_f1", "relevance_accuracy", "count_accuracy"):
        assert values[metric] in (1.0, None), (metric, values[metric])
    assert values["movement_f1"] == 1.0
