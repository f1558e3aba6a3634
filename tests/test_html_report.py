"""The HTML report in a real headless Chromium: highlights match offsets, injected markup stays text.

The page-level checks (escaping, CSP, overlap splitting) run without a browser;
the browser test opens the written file as a user would and saves a screenshot
to artifacts/html_report.png.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from browser_support import chromium_page, needs_chromium

from schemas import Brief, BriefDraft
from summarizer.grounding import ground_brief
from summarizer.report.html import CONTENT_SECURITY_POLICY, Piece, laminar_pieces, render_html, write_html

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "evals" / "fixtures" / "seed_iraqi_militias_syria"
SCRIPT_INJECTION = "<script>window.__pwned=1</script>"
IMG_INJECTION = '<img src=x onerror="window.__pwned=2">'


def _seed() -> tuple[BriefDraft, str]:
    article = (SEED / "article.txt").read_text(encoding="utf-8")
    return BriefDraft.model_validate(json.loads((SEED / "gold.json").read_text(encoding="utf-8"))), article


def _hostile_brief() -> tuple[Brief, str]:
    """The seed brief grounded in the seed article with markup injected between paragraphs."""
    draft, article = _seed()
    paragraphs = article.split("\n\n")
    paragraphs.insert(1, f"Editor's note: {SCRIPT_INJECTION} and {IMG_INJECTION} were in the feed.")
    hostile = "\n\n".join(paragraphs[:2]) + "\r\n\r\n" + "\n\n".join(paragraphs[2:])  # one CRLF break too
    draft.other_key_events.append(SCRIPT_INJECTION)  # a model-written field carrying markup
    return ground_brief(draft, hostile), hostile


def _grounded_items(brief: Brief) -> set[tuple[str, int]]:
    kinds = (("movement", brief.movements), ("denial", brief.denials), ("casualty", brief.casualties))
    return {(kind, i) for kind, items in kinds for i, item in enumerate(items) if item.span and item.span.end}


def test_page_escapes_markup_and_allows_only_its_own_script() -> None:
    brief, article = _hostile_brief()
    page = render_html(brief, article)
    assert SCRIPT_INJECTION not in page and IMG_INJECTION not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert len(re.findall(r"<script>", page)) == 1  # ours, and nothing else
    assert "script-src 'sha256-" in CONTENT_SECURITY_POLICY and "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert not re.search(r"(src|href)=\"?https?:", page)  # nothing loads from the network


def test_crossing_spans_become_nested_pieces() -> None:
    pieces = laminar_pieces([Piece(10, 30, "movement", 0, 0, False), Piece(20, 40, "denial", 0, 1, False),
                             Piece(12, 18, "casualty", 0, 2, False)])  # fmt: skip
    assert [(p.start, p.end, p.kind) for p in pieces] == [
        (10, 30, "movement"), (12, 18, "casualty"), (20, 30, "denial"), (30, 40, "denial")
    ]  # fmt: skip
    for a in pieces:
        for b in pieces:
            assert a.end <= b.start or b.end <= a.start or (a.start <= b.start and b.end <= a.end) or (
                b.start <= a.start and a.end <= b.end
            )


@pytest.mark.browser
@needs_chromium
@pytest.mark.timeout(180)
def test_report_in_chromium(tmp_path: Path) -> None:
    brief, article = _hostile_brief()
    # an overlapping pair too: the casualty's evidence re-used as a second, crossing casualty
    casualty = brief.casualties[0]
    crossing = casualty.model_copy(deep=True)
    crossing.span.start, crossing.span.end = casualty.span.start + 9, casualty.span.end + 20
    brief.casualties.append(crossing)
    path = write_html(brief, article, tmp_path / "report.html")

    with chromium_page() as page:
        page.goto(path.resolve().as_uri())
        marks = page.eval_on_selector_all(
            "mark.hl",
            "els => els.map(e => [e.dataset.kind, +e.dataset.index, +e.dataset.start, +e.dataset.end, e.textContent])",
        )
        for kind, index, start, end, text in marks:
            assert text == article[start:end], (kind, index)
        assert {(kind, index) for kind, index, *_ in marks} == _grounded_items(brief)
        # the pieces of the crossing casualty cover its whole span
        pieces = sorted((s, e) for kind, index, s, e, _ in marks if (kind, index) == ("casualty", 1))
        assert pieces[0][0] == crossing.span.start and pieces[-1][1] == crossing.span.end

        # our style and script ran under the CSP (their hashes match); the injected markup did not
        background = page.eval_on_selector("mark.movement", "e => getComputedStyle(e).backgroundColor")
        assert background not in ("rgba(0, 0, 0, 0)", "transparent")
        assert page.evaluate("typeof window.__pwned") == "undefined"
        # the page holds the article character for character (CRs included), so offsets agree
        assert page.eval_on_selector("#article", "e => e.textContent") == article
        visible = page.inner_text("#article")
        assert SCRIPT_INJECTION in visible and IMG_INJECTION in visible
        assert page.locator("img").count() == 0

        # hovering a highlight shows its structured fields; Escape hides them
        page.hover('mark.hl[data-kind="movement"][data-index="0"]')
        popover = page.locator("#popover")
        assert popover.is_visible() and brief.movements[0].actor in popover.inner_text()
        Path(REPO / "artifacts").mkdir(exist_ok=True)
        page.screenshot(path=str(REPO / "artifacts" / "html_report.png"))
        page.keyboard.press("Escape")
        assert not popover.is_visible()
        assert not [e for e in page.console_errors if "Content Security Policy" in e], page.console_errors
