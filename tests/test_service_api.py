"""The desk's HTTP API and page through the real app and the real pipeline (default strategy, no model).

Security: 401 without a live token, 403 for a read-only token and a bad CSRF
token, 413 over the size limit (declared and streamed), 429 with
Retry-After, and an article that tries to script the page stays text.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from summarizer.service.app import DeskConfig, create_app
from summarizer.settings import load_settings

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "evals" / "fixtures" / "seed_iraqi_militias_syria" / "article.txt"
HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


def desk(tmp_path: Path, **config) -> TestClient:
    settings = load_settings(cache_dir=tmp_path / "cache", **config.pop("settings", {}))
    app = create_app(DeskConfig(settings=settings, database_url=f"sqlite:///{tmp_path / 'desk.sqlite3'}", **config))
    return TestClient(app, base_url="http://127.0.0.1")


def token(client: TestClient, name: str, *, can_write: bool = True) -> dict[str, str]:
    secret = client.app.fastapi.state.store.create_token(name, can_write=can_write)
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
def client(tmp_path: Path):
    with desk(tmp_path, rate_per_minute=1000) as c:
        yield c


def test_tokens_are_required_and_read_only_tokens_cannot_write(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "database": None, "backend": None}
    assert client.get("/readyz").status_code == 200
    assert client.get("/v1/briefs").status_code == 401
    response = client.get("/v1/briefs", headers={"Authorization": "Bearer sdk_nope"})
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    reader = token(client, "reader", can_write=False)
    assert client.get("/v1/briefs", headers=reader).json() == []
    response = client.post("/v1/briefs", json={"text": SEED.read_text()}, headers=reader)
    assert response.status_code == 403 and "read-only" in response.json()["detail"]
    writer = token(client, "writer")
    client.app.fastapi.state.store.revoke_token("writer")
    assert client.get("/v1/briefs", headers=writer).status_code == 401


def test_brief_is_made_stored_searched_and_viewed(client: TestClient) -> None:
    headers = token(client, "desk")
    article = SEED.read_text(encoding="utf-8")
    response = client.post("/v1/briefs", json={"text": article, "title": "seed", "settings": {"grounding": "strict"}},
                           headers=headers)  # fmt: skip
    assert response.status_code == 201, response.text
    record = response.json()
    brief = record["brief"]
    assert record["article"] == article and record["settings"]["grounding"] == "strict" and brief["movements"]
    first = brief["movements"][0]
    assert article[first["span"]["start"] : first["span"]["end"]] == first["evidence"]
    assert client.get(f"/v1/briefs/{record['id']}", headers=headers).json()["brief"] == brief
    actor = first["actor"].split()[-1]
    found = client.get("/v1/briefs", params={"actor": actor.upper()}, headers=headers).json()
    assert [item["id"] for item in found] == [record["id"]]
    assert client.get("/v1/briefs", params={"actor": "no such actor"}, headers=headers).json() == []
    assert client.get("/v1/briefs", params={"since": "2999-01-01T00:00:00Z"}, headers=headers).json() == []
    view = client.get(record["html_url"], headers=headers)
    assert view.status_code == 200 and "script-src 'sha256-" in view.headers["content-security-policy"]
    upload = client.post("/v1/briefs/upload", files={"file": ("seed.txt", article.encode("utf-16"))}, headers=headers)
    assert upload.status_code == 201 and upload.json()["article"] == article and upload.json()["title"] == "seed.txt"
    bad = client.post("/v1/briefs", json={"text": article, "settings": {"model": "openai/gpt-4o"}}, headers=headers)
    assert bad.status_code == 422  # not in the allow-list
    bad = client.post("/v1/briefs", json={"text": article, "settings": {"strategy": "nonsense"}}, headers=headers)
    assert bad.status_code == 422 and "unknown strategy" in bad.json()["detail"]
    assert client.get("/v1/briefs/nope", headers=headers).status_code == 404
    schema = client.get("/openapi.json").json()
    assert {"Brief", "BriefRecord", "BatchStatus"} <= set(schema["components"]["schemas"])
    assert client.get("/docs").status_code == 404  # its page would load scripts from a CDN


def test_requests_over_the_size_limit_get_413(tmp_path: Path) -> None:
    with desk(tmp_path, settings={"max_article_chars": 1000}) as client:
        headers = token(client, "desk")
        huge = "Troops moved north. " * 2000  # 40,000 characters
        response = client.post("/v1/briefs", json={"text": huge}, headers=headers)
        assert response.status_code == 413

        def chunks():  # no Content-Length: the limit is enforced while reading
            for _ in range(40):
                yield b"x" * 1024

        response = client.post("/v1/briefs", content=chunks(), headers={**headers, "Content-Type": "application/json"})
        assert response.status_code == 413
        over = "Troops moved north. " * 60  # 1,200 characters: a small body, a long article
        response = client.post("/v1/briefs", json={"text": over}, headers=headers)
        assert response.status_code == 413 and "max_article_chars" in response.json()["detail"]


def test_rate_limit_answers_429_with_retry_after(tmp_path: Path) -> None:
    with desk(tmp_path, rate_per_minute=3) as client:
        headers, other = token(client, "busy"), token(client, "calm")
        codes = [client.get("/v1/briefs", headers=headers).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        limited = client.get("/v1/briefs", headers=headers)
        assert limited.status_code == 429 and 1 <= int(limited.headers["retry-after"]) <= 60
        assert client.get("/v1/briefs", headers=other).status_code == 200  # per token


def sign_in(client: TestClient, headers: dict[str, str]) -> str:
    """Sign in on the page; returns the CSRF token of the new session."""
    login = client.get("/ui")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', login.text).group(1)
    secret = headers["Authorization"].split()[1]
    assert client.post("/ui/login", data={"token": secret, "csrf_token": csrf}, follow_redirects=False).status_code == 303
    home = client.get("/ui")
    return re.search(r'name="csrf_token" value="([^"]+)"', home.text).group(1)


def test_page_forms_need_the_session_csrf_token(client: TestClient) -> None:
    headers = token(client, "desk")
    login = client.get("/ui")
    assert "default-src 'none'" in login.headers["content-security-policy"]
    secret = headers["Authorization"].split()[1]
    assert client.post("/ui/login", data={"token": secret}, follow_redirects=False).status_code == 403
    csrf = sign_in(client, headers)
    article = SEED.read_text(encoding="utf-8")
    assert client.post("/ui/briefs", data={"text": article}, follow_redirects=False).status_code == 403
    wrong = client.post("/ui/briefs", data={"text": article, "csrf_token": csrf[:-2] + "xx"}, follow_redirects=False)
    assert wrong.status_code == 403
    # A token copied from another session does not fit this one.
    other = TestClient(client.app, base_url="http://127.0.0.1")
    other_csrf = sign_in(other, headers)
    assert client.post("/ui/briefs", data={"text": article, "csrf_token": other_csrf},
                       follow_redirects=False).status_code == 403  # fmt: skip
    made = client.post("/ui/briefs", data={"text": article, "csrf_token": csrf}, follow_redirects=False)
    assert made.status_code == 303 and made.headers["location"].startswith("/ui/briefs/")
    brief_id = made.headers["location"].rsplit("/", 1)[1]
    gold = client.get(f"/v1/briefs/{brief_id}", headers=headers).json()["brief"]
    gold = {k: gold[k] for k in ("headline_summary", "is_relevant", "movements", "denials", "casualties", "other_key_events")}
    url = f"/ui/briefs/{brief_id}/review"
    assert client.post(url, json=gold).status_code == 403  # no X-CSRF-Token header
    saved = client.post(url, json=gold, headers={"X-CSRF-Token": csrf})
    assert saved.status_code == 200, saved.text
    assert client.get(f"/v1/briefs/{brief_id}/review", headers=headers).json()["reviewer"] == "desk"


def test_an_article_that_scripts_the_page_stays_text(client: TestClient) -> None:
    headers = token(client, "desk")
    article = SEED.read_text(encoding="utf-8").replace("\n\n", f"\n\nEditor's note: {HOSTILE}\n\n", 1)
    record = client.post("/v1/briefs", json={"text": article, "title": HOSTILE}, headers=headers).json()
    anonymous = client.get(f"/ui/briefs/{record['id']}", follow_redirects=False)
    assert anonymous.status_code == 303 and anonymous.headers["location"] == "/ui"  # no page without signing in
    sign_in(client, headers)
    for url in (f"/ui/briefs/{record['id']}", f"/ui/briefs/{record['id']}/view", "/ui"):
        page = client.get(url)
        assert page.status_code == 200
        assert HOSTILE not in page.text and "<script>window" not in page.text
        assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page.text or "\\u003cscript" in page.text
        assert "unsafe-inline" not in page.headers["content-security-policy"]
        assert not re.search(r"(src|href)=\"?https?:", page.text)  # every asset is local


def test_batches_run_in_the_background_and_report_results(client: TestClient) -> None:
    headers = token(client, "desk")
    article = SEED.read_text(encoding="utf-8")
    lines = [json.dumps({"id": "a", "text": article}), json.dumps({"id": "b", "text": article.upper()}),
             json.dumps({"id": "empty", "text": "   "})]  # fmt: skip
    response = client.post("/v1/batches", files={"files": ("items.jsonl", "\n".join(lines).encode())}, headers=headers)
    assert response.status_code == 202, response.text
    status = response.json()
    deadline = time.monotonic() + 120
    while status["status"] not in ("done", "failed") and time.monotonic() < deadline:
        time.sleep(0.3)
        status = client.get(f"/v1/batches/{status['id']}", headers=headers).json()
    assert status["status"] == "done" and status["counts"] == {"done": 2, "failed": 1}
    results = [json.loads(line) for line in client.get(status["results_url"], headers=headers).text.splitlines()]
    assert [(r["id"], r["status"]) for r in results] == [("a", "done"), ("b", "done"), ("empty", "failed")]
    assert results[0]["brief"]["movements"] and "empty" in results[2]["error"]
    txt = client.post("/v1/batches", files=[("files", ("one.txt", article.encode())), ("files", ("two.txt", b"\x00\x01"))],
                      headers=headers)  # fmt: skip
    assert txt.status_code == 202 and txt.json()["total"] == 2


@pytest.mark.postgres
def test_the_desk_on_postgresql(tmp_path: Path) -> None:
    """The same app on a real PostgreSQL server: make, search, review."""
    from postgres_support import needs_postgres, postgres_server

    if needs_postgres.args[0]:
        pytest.skip(needs_postgres.kwargs["reason"])
    with postgres_server() as url:
        settings = load_settings(cache_dir=tmp_path / "cache")
        app = create_app(DeskConfig(settings=settings, database_url=url, rate_per_minute=1000))
        with TestClient(app, base_url="http://127.0.0.1") as client:
            headers = token(client, "desk")
            article = SEED.read_text(encoding="utf-8")
            record = client.post("/v1/briefs", json={"text": article}, headers=headers).json()
            actor = record["brief"]["movements"][0]["actor"]
            found = client.get("/v1/briefs", params={"actor": actor[-8:]}, headers=headers).json()
            assert [item["id"] for item in found] == [record["id"]]
            gold = {k: record["brief"][k] for k in ("headline_summary", "is_relevant", "movements", "denials",
                                                    "casualties", "other_key_events")}  # fmt: skip
            gold["movements"] = gold["movements"][:1]
            gold["denials"] = [{**d, "targets": [t for t in d["targets"] if t == 0]} for d in gold["denials"]]
            saved = client.put(f"/v1/briefs/{record['id']}/review", json=gold, headers=headers)
            assert saved.status_code == 200, saved.text
            reviewed = client.get("/v1/briefs", params={"reviewed": "true"}, headers=headers).json()
            assert [item["id"] for item in reviewed] == [record["id"]] and reviewed[0]["reviewed"]
