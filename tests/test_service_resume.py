"""`kill -TERM` during a background batch: on restart the batch resumes; no accepted article is lost or done twice.

The desk runs as a real `summarizer serve` process on the library's HTTP
backend pointed at the loopback fault server (slow on purpose, so the kill
lands mid-batch). The API key given to the server must not appear in its log.
"""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

import httpx
import pytest

from summarizer.service.storage import Store
from summarizer.testing.desk_server import DeskProcess
from summarizer.testing.openai_server import FakeOpenAIServer, quoting_brief

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "evals" / "fixtures"
API_KEY = "sk-desk-test-never-logged-5f1c"


def articles(count: int) -> list[tuple[str, str]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/article.txt"))]
    texts = [t for t in texts if len(t) < 8000]
    # A numbered first line makes every article distinct, so each one's requests can be counted.
    return [(f"a{i:02d}", f"Dispatch {i:02d}.\n\n{texts[i % len(texts)]}") for i in range(count)]


def wait_for(predicate, timeout: float, what: str):  # noqa: ANN001, ANN201
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.timeout(300)
def test_sigterm_mid_batch_then_restart_finishes_every_article_once(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    items = articles(10)
    env = {"SUMMARIZER_API_KEY": API_KEY, "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")}
    with FakeOpenAIServer("ok", reply=quoting_brief, delay=0.8) as fake:
        args = ["--model", "openai-compatible/fake", "--base-url", fake.url, "--concurrency", "2"]
        first = DeskProcess(db, extra_args=args, env=env, log_path=tmp_path / "serve.log").start()
        secret = first.create_token("batcher")
        headers = {"Authorization": f"Bearer {secret}"}
        jsonl = "\n".join(json.dumps({"id": i, "text": t}) for i, t in items).encode()
        accepted = httpx.post(first.url + "/v1/batches", files={"files": ("b.jsonl", jsonl)}, headers=headers)
        assert accepted.status_code == 202, accepted.text
        batch_id = accepted.json()["id"]

        def status(desk: DeskProcess) -> dict:
            return httpx.get(f"{desk.url}/v1/batches/{batch_id}", headers=headers).json()

        wait_for(lambda: status(first)["counts"].get("done", 0) >= 3, 120, "three articles done")
        assert first.stop(signal.SIGTERM) is not None  # exits on SIGTERM, no SIGKILL needed
        store = Store.open(db)
        done_before = {row.item_id for row in store.batch_items(batch_id) if row.status == "done"}
        assert 3 <= len(done_before) < len(items), "the kill should land mid-batch"
        assert store.get_batch(batch_id).status == "running"
        store.close()

        second = DeskProcess(db, extra_args=args, env=env, log_path=tmp_path / "serve.log").start()
        try:
            final = wait_for(lambda: (s := status(second))["status"] == "done" and s, 180, "the batch to finish")
            results = [json.loads(line) for line in
                       httpx.get(second.url + final["results_url"], headers=headers).text.splitlines()]  # fmt: skip
        finally:
            second.stop()
        requests = [json.dumps(body) for body in fake.requests]

    assert final["counts"] == {"done": len(items)}
    assert [r["id"] for r in results] == [i for i, _ in items] and all(r["status"] == "done" for r in results)
    store = Store.open(db)
    try:
        briefs = store.search(limit=500)
        assert len(briefs) == len(items)  # one stored brief per accepted article: none lost, none twice
        assert len({r["brief_id"] for r in results}) == len(items)
        by_id = {b.id: b for b in briefs}
        for (item_id, text), result in zip(items, results, strict=True):
            assert by_id[result["brief_id"]].article == text, item_id
    finally:
        store.close()
    # Articles finished before the kill were not sent to the model again after the restart.
    for item_id, text in items:
        asked = sum(json.dumps(text[:14])[1:-1] in body for body in requests)
        if item_id in done_before:
            assert asked == 1, (item_id, asked)
        else:
            assert asked >= 1, (item_id, asked)
    log = (tmp_path / "serve.log").read_text(encoding="utf-8", errors="replace")
    assert API_KEY not in log and secret not in log
    assert "Application startup complete" in log and log.count("Application startup complete") == 2
