"""The desk's events view (/v1/events, /v1/events/html, /ui/events) through the real app, Store and merge.

Briefs are stored through the Store's API; one of them carries markup in its
article, actor and headline, which must reach the page only as text. Every
event's briefs link to their own pages in the service, and those links work.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_service_api import desk, sign_in, token

from schemas import Brief

REPO = Path(__file__).resolve().parent.parent
CASES = REPO / "evals" / "events" / "cases"
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=2">'


@pytest.fixture
def client(tmp_path: Path):
    with desk(tmp_path, rate_per_minute=1000) as c:
        yield c


def stored(client: TestClient) -> list[str]:
    """Five briefs: two reports of one Wagner crossing, Kherson and Zaporizhzhia, and a hostile Kherson report."""
    records = [r for name in ("two_outlets_different_counts", "same_actor_different_destination")
               for r in json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))["briefs"]]  # fmt: skip
    evidence = f"Russian troops entered Kherson {SCRIPT} {IMG}"
    records.append({"brief": {"headline_summary": f"Headline {SCRIPT}", "is_relevant": True, "movements": [{
        "actor": f"Russian troops {IMG}", "destination": "Kherson", "sources": [SCRIPT], "evidence": evidence}],
        "denials": [], "casualties": [], "other_key_events": []}})  # fmt: skip
    store = client.app.fastapi.state.store
    ids = []
    for record in records:
        brief = Brief.model_validate(record["brief"])
        ids.append(store.add_brief(" ".join(m.evidence for m in brief.movements), brief))
    return ids


def test_events_need_a_token_and_merge_the_stored_briefs(client: TestClient) -> None:
    ids = stored(client)
    assert client.get("/v1/events").status_code == 401
    assert client.get("/v1/events/html").status_code == 401
    assert client.get("/v1/events", headers={"Authorization": "Bearer sdk_nope"}).status_code == 401
    headers = token(client, "reader", can_write=False)  # reading events needs no write right
    response = client.get("/v1/events", headers=headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["stats"]["briefs"] == 5 and body["stats"]["events"] == 3
    groups = sorted(sorted(e["briefs"]) for e in body["events"])
    assert groups == sorted([sorted(ids[0:2]), [ids[3]], sorted([ids[2], ids[4]])])
    assert sorted(body["briefs"]) == sorted(ids)
    for brief_id, urls in body["briefs"].items():
        assert client.get(urls["url"], headers=headers).json()["id"] == brief_id
    # The knobs reach the merge (same-day reports still join with no window) and bad values are refused.
    strict = client.get("/v1/events", params={"window_days": 0, "actor_threshold": 99}, headers=headers).json()
    assert strict["settings"]["window_days"] == 0 and strict["settings"]["actor_threshold"] == 99
    assert strict["stats"]["events"] == 3
    assert client.get("/v1/events", params={"window_days": -1}, headers=headers).status_code == 422


def test_events_page_links_each_brief_and_keeps_article_text_as_text(client: TestClient) -> None:
    ids = stored(client)
    headers = token(client, "desk")
    page = client.get("/v1/events/html", headers=headers)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'none'" in csp
    html = page.text
    assert SCRIPT not in html and IMG not in html and "<script" not in html
    assert "Russian troops entered Kherson &lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert html.count('<article class="event"') == 3
    for brief_id in ids:
        assert f'href="/v1/briefs/{brief_id}/html"' in html
    linked = re.findall(r'class="brief-page" href="([^"]+)"', html)
    assert set(linked) == {f"/v1/briefs/{i}/html" for i in ids}
    view = client.get(f"/v1/briefs/{ids[4]}/html", headers=headers)  # the hostile brief's own page, linked above
    assert view.status_code == 200 and "Headline &lt;script&gt;" in view.text

    assert client.get("/ui/events", follow_redirects=False).headers["location"] == "/ui"  # sign in first
    sign_in(client, headers)
    assert 'href="/ui/events"' in client.get("/ui").text  # the desk's bar leads to the view
    desk_page = client.get("/ui/events")
    assert desk_page.status_code == 200 and SCRIPT not in desk_page.text
    assert "script-src 'none'" in desk_page.headers["content-security-policy"]
    ui_links = set(re.findall(r'class="brief-page" href="([^"]+)"', desk_page.text))
    assert ui_links == {f"/ui/briefs/{i}" for i in ids}
    assert client.get(f"/ui/briefs/{ids[4]}").status_code == 200
