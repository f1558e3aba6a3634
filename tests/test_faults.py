"""Fault injection: every misbehaviour of a real HTTP server ends in a brief or one typed, one-line error.

The server is summarizer.testing.FakeOpenAIServer on loopback; the library
talks to it through its real OpenAI-compatible backend (openai client, httpx,
instructor, tenacity). Request counts prove that retries and re-asks happened
and stayed within their budgets.
"""

from __future__ import annotations

import json
import time

import pytest

from summarizer import BackendError, OutputError, SummarizerError, summarize
from summarizer.testing import FakeOpenAIServer, quoting_brief
from summarizer.testing.matrix import CASES, FAST, MODEL, SAMPLE_ARTICLE, Case, run_api, run_cli


def _assert_outcome(case: Case, result) -> None:
    assert result.outcome == case.expect, result.message
    assert result.requests == case.requests, f"{case.name}: {result.requests} requests"
    assert case.min_seconds <= result.seconds <= case.max_seconds, f"{case.name}: {result.seconds:.2f} s"
    assert "\n" not in result.message.strip()
    assert "Traceback" not in result.message


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_api_ends_in_brief_or_typed_error(case: Case) -> None:
    _assert_outcome(case, run_api(case))


# One CLI run per distinct server behaviour (the API covers the recoveries);
# they run three at a time because each child process spends seconds importing.
CLI_CASES = [c for c in CASES if not c.name.endswith("_then_ok") or c.name == "rate_limited_then_ok"]
CLI_STARTUP_ALLOWANCE = 15.0


@pytest.fixture(scope="module")
def cli_results() -> dict[str, object]:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(3) as pool:
        return dict(zip([c.name for c in CLI_CASES], pool.map(run_cli, CLI_CASES)))


@pytest.mark.parametrize("case", CLI_CASES, ids=[c.name for c in CLI_CASES])
def test_cli_ends_in_brief_or_one_line_and_exit_code(case: Case, cli_results) -> None:
    result = cli_results[case.name]
    assert result.exit_code == case.exit_code, result.stderr
    assert result.outcome == case.expect, result.message
    assert result.requests == case.requests
    assert case.min_seconds <= result.seconds <= case.max_seconds + CLI_STARTUP_ALLOWANCE
    assert "Traceback" not in result.stderr
    if case.expect == "brief":
        assert result.stderr == ""
        assert result.message  # the headline of the JSON brief on stdout
    else:
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stderr.startswith(f"summarizer: {case.expect}: ")


def test_retry_after_is_honoured_even_above_backoff_max() -> None:
    with FakeOpenAIServer(script=["429", "429", "ok"]) as server:
        started = time.perf_counter()
        brief = summarize(SAMPLE_ARTICLE, model=MODEL, base_url=server.url, **{**FAST, "max_retries": 2})
        elapsed = time.perf_counter() - started
    assert brief.headline_summary
    assert server.served == ["429", "429", "ok"]
    assert elapsed >= 2.0  # two waits of Retry-After: 1, though backoff_max is 0.05


def test_reask_sends_the_invalid_reply_back_and_transport_retries_do_not() -> None:
    with FakeOpenAIServer(script=["off_schema", "ok"]) as server:
        summarize(SAMPLE_ARTICLE, model=MODEL, base_url=server.url, **FAST)
    first, second = server.requests
    assert len(second["messages"]) > len(first["messages"])  # the re-ask carries the error
    assert "validation" in json.dumps(second["messages"][len(first["messages"]) :]).lower()
    with FakeOpenAIServer(script=["503", "ok"]) as server:
        summarize(SAMPLE_ARTICLE, model=MODEL, base_url=server.url, **FAST)
    first, second = server.requests
    assert first == second  # a transport retry re-sends the same request


@pytest.mark.parametrize(("max_retries", "max_reasks"), [(0, 0), (3, 0), (0, 3)])
def test_budgets_are_separate_and_bounded(max_retries: int, max_reasks: int) -> None:
    settings = {**FAST, "max_retries": max_retries, "max_reasks": max_reasks}
    with FakeOpenAIServer("500") as server:
        with pytest.raises(BackendError):
            summarize(SAMPLE_ARTICLE, model=MODEL, base_url=server.url, **settings)
    assert len(server.requests) == max_retries + 1
    with FakeOpenAIServer("off_schema") as server:
        with pytest.raises(OutputError) as caught:
            summarize(SAMPLE_ARTICLE, model=MODEL, base_url=server.url, **settings)
    assert len(server.requests) == max_reasks + 1
    assert caught.value.attempts == max_reasks + 1


def test_drip_is_bounded_by_request_timeout_not_per_read() -> None:
    # Each chunk arrives well inside the per-read timeout; only a whole-request deadline stops it.
    with FakeOpenAIServer("drip") as server:
        started = time.perf_counter()
        with pytest.raises(BackendError, match="timed out"):
            summarize(SAMPLE_ARTICLE, model=MODEL, base_url=server.url, **{**FAST, "max_retries": 0, "request_timeout": 1.0})
    assert time.perf_counter() - started < 3.0


def test_error_messages_name_the_failure_and_the_remedy() -> None:
    expectations = {
        "429": "rate-limiting",
        "hang": "timed out",
        "reset": "dropped the connection",
        "invalid_json": "not JSON",
        "empty_choices": "no choices",
        "401": "rejected the API key",
        "refusal": "refused",
    }
    for behaviour, words in expectations.items():
        with FakeOpenAIServer(behaviour) as server:
            with pytest.raises(SummarizerError) as caught:
                summarize(SAMPLE_ARTICLE, model=MODEL, base_url=server.url, **{**FAST, "max_retries": 0})
        assert words in caught.value.one_line(), (behaviour, caught.value.one_line())
        assert ";" in str(caught.value)  # what failed; what to do


def test_quoting_reply_grounds_exactly() -> None:
    with FakeOpenAIServer(reply=quoting_brief) as server:
        brief = summarize(SAMPLE_ARTICLE, model=MODEL, base_url=server.url, **FAST)
    assert brief.is_relevant and brief.movements
    for movement in brief.movements:
        assert SAMPLE_ARTICLE[movement.span.start : movement.span.end] == movement.evidence


def test_server_records_requests_in_order_across_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    with FakeOpenAIServer("ok", delay=0.2) as server:
        with ThreadPoolExecutor(4) as pool:
            briefs = list(pool.map(lambda _: summarize(SAMPLE_ARTICLE, model=MODEL, base_url=server.url, **FAST), range(4)))
    assert len(briefs) == 4 and len(server.requests) == 4 and server.served == ["ok"] * 4


def test_unknown_behaviour_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown behaviour"):
        FakeOpenAIServer("explode")


# -- the batch: a failure is recorded and the batch goes on; nothing finished is lost --
BATCH_SCRIPT = ["ok", "500", "500", "off_schema", "off_schema", "hang", "hang", "refusal", "ok"]
BATCH_EXPECT = ["ok", "BackendError", "InputError", "OutputError", "BackendError", "OutputError", "ok"]


def _batch_items() -> list[tuple[str, str]]:
    items = [(f"a{i}", SAMPLE_ARTICLE.replace("300", str(300 + i))) for i in range(7)]
    items[2] = ("a2", "   ")  # refused before any request
    return items


def test_batch_api_records_each_failure_and_goes_on(tmp_path) -> None:
    from summarizer.batch import summarize_many

    with FakeOpenAIServer(script=BATCH_SCRIPT) as server:
        results = summarize_many(_batch_items(), model=MODEL, base_url=server.url, concurrency=1,
                                 cache_dir=tmp_path / "cache", **FAST)  # fmt: skip
    assert [r.id for r in results] == [f"a{i}" for i in range(7)]
    assert [r.error_type or "ok" for r in results] == BATCH_EXPECT
    assert len(server.requests) == len(BATCH_SCRIPT)
    for result in results:
        assert (result.brief is None) == (result.error is not None)
        assert result.error is None or "\n" not in result.error


def _batch_cli(folder, out, url, *extra: str, timeout: float = 120, **env: str):
    import subprocess
    import sys

    from summarizer.testing.matrix import cli_env

    command = [sys.executable, "-m", "summarizer.cli", "batch", str(folder), "-o", str(out), "--model", MODEL,
               "--base-url", url, "-j", "1", "-q", *extra]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=cli_env(SUMMARIZER_CACHE_DIR=str(folder.parent / "cache"), **env))  # fmt: skip


def _lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def test_batch_cli_records_failures_then_retries_only_them(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in _batch_items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "b_pdf.txt").write_bytes(b"%PDF-1.7\n...")
    (folder / "b_latin1.txt").write_bytes("Troupes d\u00e9ploy\u00e9es \u00e0 Z\u00fcrich.".encode("latin-1"))
    out = tmp_path / "out.jsonl"
    with FakeOpenAIServer(script=BATCH_SCRIPT) as server:
        proc = _batch_cli(folder, out, server.url)
        _, stderr = proc.communicate(timeout=120)
    assert "Traceback" not in stderr
    first = {r["id"]: r for r in _lines(out)}
    assert [first[f"a{i}"]["error_type"] or "ok" for i in range(7)] == BATCH_EXPECT
    assert first["b_pdf"]["error_type"] == "InputError" and "PDF" in first["b_pdf"]["error"]
    assert first["b_latin1"]["error_type"] == "InputError" and "UTF-8" in first["b_latin1"]["error"]
    with FakeOpenAIServer("ok") as server:
        proc = _batch_cli(folder, out, server.url, "--retry-failed")
        proc.communicate(timeout=120)
    assert proc.returncode == 0
    assert len(server.requests) == 4  # the four model failures, not the two done, not the bad inputs' (no request)
    last = {r["id"]: r for r in _lines(out)}
    assert all(last[f"a{i}"]["brief"] for i in (0, 1, 3, 4, 5, 6))
    assert last["a0"] == first["a0"] and last["a6"] == first["a6"]  # finished lines untouched


def test_batch_cli_interrupted_mid_hang_keeps_finished_lines_and_resumes(tmp_path) -> None:
    import signal

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"a{i}.txt").write_text(SAMPLE_ARTICLE.replace("300", str(300 + i)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with FakeOpenAIServer(script=["ok", "ok", "hang"]) as server:
        proc = _batch_cli(folder, out, server.url, SUMMARIZER_REQUEST_TIMEOUT="30")
        deadline = time.monotonic() + 60
        while len(server.requests) < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(server.requests) == 3, "the batch never reached the hanging article"
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130 and "resume" in stderr and "Traceback" not in stderr
    done = _lines(out)
    assert [r["id"] for r in done] == ["a0", "a1"] and all(r["brief"] for r in done)
    with FakeOpenAIServer("ok") as server:
        proc = _batch_cli(folder, out, server.url)
        proc.communicate(timeout=120)
    assert proc.returncode == 0 and len(server.requests) == 2  # only a2 and a3
    assert sorted(r["id"] for r in _lines(out)) == ["a0", "a1", "a2", "a3"]
