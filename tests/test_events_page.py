"""The events page in a real headless Chromium: events render, links go where they say, no article script runs.

The page is built from the hand-written merge cases plus one hostile brief
whose actor, evidence and headline carry markup; the page-level checks
(escaping, CSP, no script element at all) run without a browser.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from browser_support import chromium_page, needs_chromium

from summarizer.events.engine import merge_briefs
from summarizer.events.inputs import source_brief
from summarizer.events.page import CONTENT_SECURITY_POLICY, render_page

REPO = Path(__file__).resolve().parent.parent
CASES = REPO / "evals" / "events" / "cases"
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=2">'


def _run():
    records = [r for path in sorted(CASES.glob("*.json")) for r in json.loads(path.read_text(encoding="utf-8"))["briefs"]]
    hostile = {
        "id": f"hostile {SCRIPT}", "date": "2022-03-01", "outlet": IMG,
        "brief": {"headline_summary": f"Headline {SCRIPT}", "is_relevant": True, "movements": [{
            "actor": f"Russian troops {IMG}", "destination": "Kherson", "sources": [SCRIPT],
            "evidence": f"Russian troops entered Kherson {SCRIPT} {IMG}", "count": None}],
            "denials": [], "casualties": [], "other_key_events": []},
    }  # fmt: skip
    return merge_briefs([source_brief(r) for r in records + [hostile]])


def test_page_escapes_everything_and_has_no_script() -> None:
    run = _run()
    page = render_page(run)
    assert SCRIPT not in page and IMG not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "<script" not in page  # the page needs none: links are anchors, the map is SVG
    assert "script-src 'none'" in CONTENT_SECURITY_POLICY and "default-src 'none'" in CONTENT_SECURITY_POLICY
    assert not re.search(r"(src|href)=\"?(https?:)?//", page)  # nothing loads from the network
    # the hostile report merged with the same-day Kherson report of another brief: both on one event
    kherson = next(e for e in run.events if any(r.brief_id.startswith("hostile") for r in e.reports))
    assert sorted(kherson.briefs) == sorted(["ru-kherson-0301", f"hostile {SCRIPT}"])


@pytest.mark.browser
@needs_chromium
@pytest.mark.timeout(180)
def test_page_in_chromium(tmp_path: Path) -> None:
    run = _run()
    path = tmp_path / "events.html"
    path.write_text(render_page(run), encoding="utf-8")
    with chromium_page() as page:
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(path.resolve().as_uri())
        assert page.locator("article.event").count() == len(run.events)
        assert page.locator("article.brief").count() == len({r.brief_id for r in run.reports})
        located = [e for e in run.events if (e.destination or e.origin) and (e.destination or e.origin).resolved]
        assert page.locator("#map circle.mk").count() >= 1
        assert page.locator("#map path.land").count() > 150  # country outlines, bundled
        # a report link on an event card goes to that movement in its brief, which links back to the event
        event = next(e for e in run.events if len(e.reports) > 1)
        report = event.reports[1]
        page.click(f'#{event.event_id} a[data-report="{report.ref}"]')
        target = page.evaluate("location.hash.slice(1)")
        assert page.locator(f"#{target}").inner_text().count(report.evidence) == 1
        assert page.evaluate(f"document.querySelector('#{target}').matches(':target')")
        page.click(f'#{target} a[href="#{event.event_id}"]')
        assert page.evaluate("location.hash") == f"#{event.event_id}"
        # a map marker goes to its event card (the last one drawn: nothing covers it)
        marker = page.locator("#map a[data-event]").last
        marker_event = marker.get_attribute("data-event")
        marker.locator("circle").click()
        assert page.evaluate("location.hash") == f"#{marker_event}"
        assert page.locator(f"#{marker_event}").is_visible()
        # the injected markup is visible text, and never ran
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert SCRIPT in page.inner_text("#briefs")
        assert page.locator("img").count() == 0 and page.locator("script").count() == 0
        assert all(url.startswith("file://") for url in requests), requests
        assert not page.console_errors, page.console_errors
        (REPO / "artifacts").mkdir(exist_ok=True)
        page.goto(path.resolve().as_uri())
        page.screenshot(path=str(REPO / "artifacts" / "events_page.png"))
        assert located
