"""`summarizer batch` and `summarize_many` end to end: real files, real HTTP servers on loopback, real models.

Fast tests point the real OpenAI-compatible backend at FakeOpenAIServer (a
real HTTP server answering like OpenAI); the slow ones run the embedded model
in process and a real llama_cpp.server.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from schemas import Brief
from summarizer.batch import asummarize_many, summarize_many
from summarizer.batch.cache import RunIdentity
from summarizer.batch.output import final_records, read_output
from summarizer.batch.runner import plan_concurrency
from summarizer.settings import load_settings
from summarizer.testing.openai_server import FakeOpenAIServer, quoting_brief

FIXTURES = Path(__file__).resolve().parent.parent / "evals" / "fixtures"
SMALL = ["short_kenyan_troops_gedo", "poland_brigade_rotation", "latam_guyana_move_denial", "himalaya_ladakh_pullback"]
SIX = [*SMALL, "levant_lebanon_plans_one_move", "mozambique_casualties_reinforcements"]


def article(name: str) -> str:
    return (FIXTURES / name / "article.txt").read_text(encoding="utf-8")


def copy_articles(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(FIXTURES / name / "article.txt", folder / f"{name}.txt")
    return folder


def output_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_cli(*args: str) -> tuple[int, str]:
    from summarizer.cli import app

    result = CliRunner().invoke(app, ["batch", *args])
    return result.exit_code, result.stderr


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def server():
    with FakeOpenAIServer("ok", reply=quoting_brief) as fake:
        yield fake


def fake_args(server: FakeOpenAIServer) -> list[str]:
    return ["--model", "openai-compatible/fake", "--base-url", server.url, "--strategy", "single_pass", "--quiet"]


# -- inputs -----------------------------------------------------------------


def test_directory_with_bad_files_gives_per_item_errors(tmp_path, cache_dir, server):
    folder = copy_articles(tmp_path / "in", SMALL[:3])
    (folder / "scan.txt").write_bytes(b"%PDF-1.7 binary junk")
    (folder / "blank.txt").write_text("   \n", encoding="utf-8")
    (folder / "latin.txt").write_bytes("Les troupes fran\xe7aises sont arriv\xe9es.".encode("latin-1"))
    (folder / "ignored.md").write_text("not a .txt file", encoding="utf-8")
    out = tmp_path / "out.jsonl"

    code, stderr = run_cli(str(folder), "-o", str(out), *fake_args(server))

    assert code == 0, stderr
    records = final_records(out)
    assert set(records) == {*SMALL[:3], "scan", "blank", "latin"}
    for name in SMALL[:3]:
        brief = Brief.model_validate(records[name]["brief"])
        assert records[name]["error"] is None
        text = article(name)
        for movement in brief.movements:
            assert text[movement.span.start : movement.span.end] == movement.evidence
    for name in ("scan", "blank", "latin"):
        assert records[name]["brief"] is None
        assert records[name]["error_type"] == "InputError"
        assert "\n" not in records[name]["error"]
    assert "PDF" in records["scan"]["error"]
    assert len(server.requests) == 3  # bad files never reach the model
    assert "3 ok" in stderr and "3 failed" in stderr


def test_jsonl_input_with_a_broken_line(tmp_path, cache_dir, server):
    source = tmp_path / "articles.jsonl"
    lines = [json.dumps({"id": name, "text": article(name)}) for name in SMALL[:2]]
    lines.insert(1, '{"id": "torn", "text": "unterminated')
    lines.append(json.dumps({"id": 7, "text": article(SMALL[2])}))  # a numeric id becomes "7"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"

    code, stderr = run_cli(str(source), "-o", str(out), *fake_args(server))

    assert code == 0, stderr
    records = final_records(out)
    assert set(records) == {SMALL[0], SMALL[1], "7", "line 2"}
    assert records["line 2"]["error_type"] == "InputError"
    assert all(records[i]["brief"] is not None for i in (SMALL[0], SMALL[1], "7"))


def test_csv_input(tmp_path, cache_dir, server):
    import csv

    source = tmp_path / "articles.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "source"])
        for name in SMALL[:2]:
            writer.writerow([name, article(name), "wire"])  # multi-line, quoted fields
        writer.writerow(["empty", "", "wire"])
    out = tmp_path / "out.jsonl"

    code, stderr = run_cli(str(source), "-o", str(out), *fake_args(server))

    assert code == 0, stderr
    records = final_records(out)
    assert records[SMALL[0]]["brief"]["movements"], "the quoting server found movements in the article"
    assert records[SMALL[1]]["brief"] is not None
    assert records["empty"]["error_type"] == "InputError"


def test_whole_batch_problems_exit_with_one_line(tmp_path, cache_dir, server):
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("name,body\na,b\n", encoding="utf-8")
    code, stderr = run_cli(str(bad_csv), "-o", str(tmp_path / "o.jsonl"), *fake_args(server))
    assert code == 2 and "id" in stderr and "Traceback" not in stderr

    dupes = tmp_path / "dupes.jsonl"
    dupes.write_text('{"id": "a", "text": "Troops moved north."}\n{"id": "a", "text": "Ships sailed."}\n')
    code, stderr = run_cli(str(dupes), "-o", str(tmp_path / "o.jsonl"), *fake_args(server))
    assert code == 2 and "twice" in stderr

    latin_csv = tmp_path / "latin.csv"
    latin_csv.write_bytes("id,text\na,Troops moved.\nb,Les troupes sont arriv\xe9es.\n".encode("latin-1"))
    code, stderr = run_cli(str(latin_csv), "-o", str(tmp_path / "o.jsonl"), *fake_args(server))
    assert code == 2 and "UTF-8" in stderr

    code, stderr = run_cli(str(tmp_path / "missing"), "-o", str(tmp_path / "o.jsonl"), *fake_args(server))
    assert code == 2 and "not found" in stderr
    assert not (tmp_path / "o.jsonl").exists()


# -- cache, resume, retry -------------------------------------------------------


def test_second_run_is_served_from_the_cache(tmp_path, cache_dir, server):
    folder = copy_articles(tmp_path / "in", SMALL[:3])
    code, _ = run_cli(str(folder), "-o", str(tmp_path / "first.jsonl"), *fake_args(server))
    assert code == 0 and len(server.requests) == 3

    code, stderr = run_cli(str(folder), "-o", str(tmp_path / "second.jsonl"), *fake_args(server))
    assert code == 0
    assert len(server.requests) == 3, "no request for a cached article"
    second = final_records(tmp_path / "second.jsonl")
    first = final_records(tmp_path / "first.jsonl")
    assert all(second[i]["metadata"]["cached"] for i in SMALL[:3])
    assert all(second[i]["metadata"]["tokens"] == 0 for i in SMALL[:3])
    assert {i: second[i]["brief"] for i in second} == {i: first[i]["brief"] for i in first}
    assert "3 cached" in stderr

    code, _ = run_cli(str(folder), "-o", str(tmp_path / "third.jsonl"), *fake_args(server), "--no-cache")
    assert code == 0 and len(server.requests) == 6


def test_cache_key_follows_output_settings_and_holds_no_secret(tmp_path, cache_dir, server):
    base = load_settings(None, model="openai-compatible/fake", base_url=server.url, strategy="single_pass")
    key = RunIdentity.of(base).key_for("0" * 64)
    assert RunIdentity.of(load_settings(base, temperature=0.7)).key_for("0" * 64) != key
    assert RunIdentity.of(load_settings(base, grounding="strict")).key_for("0" * 64) != key
    assert RunIdentity.of(load_settings(base, request_timeout=5)).key_for("0" * 64) == key
    secret = "sk-test-must-not-be-cached-4242"
    assert RunIdentity.of(load_settings(base, api_key=secret)).key_for("0" * 64) == key

    results = summarize_many([("a", article(SMALL[0]))], config=base, api_key=secret)
    assert results[0].brief is not None
    stored = b"".join(p.read_bytes() for p in cache_dir.rglob("*") if p.is_file())
    assert stored, "the brief was cached"
    assert secret.encode() not in stored


def test_failures_are_kept_until_retry_failed(tmp_path, cache_dir, server):
    folder = copy_articles(tmp_path / "in", SMALL[:2])
    out = tmp_path / "out.jsonl"
    server.set_behaviour("off_schema")  # every reply fails validation: OutputError after the re-asks
    code, _ = run_cli(str(folder), "-o", str(out), *fake_args(server))
    assert code == 0
    assert {r["error_type"] for r in final_records(out).values()} == {"OutputError"}
    failed_requests = len(server.requests)

    server.set_behaviour("ok")
    code, stderr = run_cli(str(folder), "-o", str(out), *fake_args(server))
    assert code == 0 and len(server.requests) == failed_requests, "failures are not retried by default"
    assert "2 skipped" in stderr

    code, _ = run_cli(str(folder), "-o", str(out), *fake_args(server), "--retry-failed")
    assert code == 0 and len(server.requests) == failed_requests + 2
    lines = output_lines(out)
    assert len(lines) == 4, "the retry appends; it does not rewrite"
    assert all(record["brief"] is not None for record in final_records(out).values()), "the last line per id wins"


def test_half_written_last_line_is_ignored_and_redone(tmp_path, cache_dir, server):
    folder = copy_articles(tmp_path / "in", SMALL[:3])
    out = tmp_path / "out.jsonl"
    code, _ = run_cli(str(folder), "-o", str(out), *fake_args(server), "--no-cache")
    assert code == 0
    data = out.read_bytes()
    last_start = data.rstrip(b"\n").rfind(b"\n") + 1
    torn_id = json.loads(data[last_start:])["id"]
    out.write_bytes(data[: last_start + 40])  # what kill -9 in the middle of a write leaves
    state = read_output(out)
    assert torn_id not in state.last and state.torn_tail_bytes == 40

    code, _ = run_cli(str(folder), "-o", str(out), *fake_args(server), "--no-cache")
    assert code == 0
    assert len(server.requests) == 4, "only the torn article is done again"
    lines = output_lines(out)  # every line parses: the torn tail was cut, not glued to
    assert sorted(r["id"] for r in lines) == sorted(SMALL[:3])
    assert all(r["brief"] is not None for r in lines)


def _batch_command(folder: Path, out: Path, url: str) -> list[str]:
    return [
        sys.executable, "-m", "summarizer", "batch", str(folder), "-o", str(out),
        "--model", "openai-compatible/fake", "--base-url", url, "--strategy", "single_pass",
        "--concurrency", "1", "--no-cache", "--quiet",
    ]  # fmt: skip


def _wait_for_lines(out: Path, count: int, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= count:
            return
        assert process.poll() is None, process.stderr.read().decode()
        time.sleep(0.05)
    raise AssertionError(f"fewer than {count} lines after {timeout}s")


def test_kill_9_loses_nothing_finished_and_rerun_completes(tmp_path):
    folder = copy_articles(tmp_path / "in", SIX)
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")}
    with FakeOpenAIServer("ok", reply=quoting_brief, delay=0.7) as slow:
        command = _batch_command(folder, out, slow.url)
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            _wait_for_lines(out, 2, process)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)
        assert process.returncode == -signal.SIGKILL
        done_before = {i for i, r in read_output(out).last.items() if r["brief"] is not None}
        assert 2 <= len(done_before) < len(SIX)
        requests_before = len(slow.requests)

        rerun = subprocess.run(command, env=env, capture_output=True, timeout=120)
        assert rerun.returncode == 0, rerun.stderr.decode()

        records = final_records(out)
        assert sorted(records) == sorted(SIX)
        assert all(r["brief"] is not None for r in records.values())
        new_requests = slow.requests[requests_before:]
        assert len(new_requests) == len(SIX) - len(done_before)
        sent = json.dumps(new_requests)
        for name in done_before:  # finished articles were not sent to the model again
            first_line = article(name).strip().splitlines()[0]
            assert json.dumps(first_line)[1:-1] not in sent


def test_ctrl_c_stops_quickly_and_keeps_finished_lines(tmp_path):
    folder = copy_articles(tmp_path / "in", SIX)
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")}
    with FakeOpenAIServer("ok", reply=quoting_brief, delay=0.7) as slow:
        process = subprocess.Popen(
            _batch_command(folder, out, slow.url), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        _wait_for_lines(out, 1, process)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=20)
    assert process.returncode == 130
    assert b"resume" in stderr and b"Traceback" not in stderr
    assert all(r["brief"] is not None for r in output_lines(out))


# -- the Python API -----------------------------------------------------------


def test_summarize_many_accepts_pairs_dicts_and_strings(cache_dir, server):
    items = [("pair", article(SMALL[0])), {"id": "dict", "text": article(SMALL[1])}, article(SMALL[2]), "   "]
    results = summarize_many(
        items, model="openai-compatible/fake", base_url=server.url, strategy="single_pass", concurrency=3
    )
    assert [r.id for r in results] == ["pair", "dict", "2", "3"], "results come back in input order"
    assert [r.brief is not None for r in results] == [True, True, True, False]
    assert results[3].error_type == "InputError" and results[3].error.startswith("InputError:")
    assert results[0].metadata.tokens > 0 and not results[0].metadata.cached

    async def again():
        return await asummarize_many(
            items[:3], model="openai-compatible/fake", base_url=server.url, strategy="single_pass"
        )

    cached = asyncio.run(again())
    assert all(r.metadata.cached and r.metadata.seconds < 0.5 for r in cached)


def test_requests_run_concurrently_up_to_the_limit(cache_dir):
    with FakeOpenAIServer("ok", reply=quoting_brief, delay=0.5) as slow:
        items = [(f"a{i}", article(SIX[i % len(SIX)])) for i in range(8)]
        started = time.perf_counter()
        results = summarize_many(
            items, model="openai-compatible/fake", base_url=slow.url, strategy="single_pass",
            concurrency=8, cache=False,
        )  # fmt: skip
        elapsed = time.perf_counter() - started
    assert all(r.brief is not None for r in results)
    assert elapsed < 8 * 0.5 / 2, f"8 requests of 0.5 s took {elapsed:.1f} s: not concurrent"


def test_embedded_backend_runs_one_article_at_a_time():
    settings = load_settings(None, model="embedded")
    count, note = plan_concurrency(settings, 4)
    assert count == 1 and "ignored" in note and "one article at a time" in note
    http = load_settings(None, model="openai-compatible/fake", base_url="http://127.0.0.1:9/v1")
    assert plan_concurrency(http, None)[0] == 8
    assert plan_concurrency(http, 16)[0] == 16


# -- real models ----------------------------------------------------------------


def test_batch_on_the_embedded_default(tmp_path, cache_dir):
    folder = copy_articles(tmp_path / "in", SMALL)
    out = tmp_path / "out.jsonl"
    code, stderr = run_cli(str(folder), "-o", str(out), "--quiet", "--concurrency", "4")
    assert code == 0, stderr
    records = final_records(out)
    assert sorted(records) == sorted(SMALL)
    for record in records.values():
        assert (record["brief"] is None) != (record["error"] is None)
        if record["brief"] is not None:
            brief = Brief.model_validate(record["brief"])
            assert brief.metadata.model.startswith("embedded/")
            usage = brief.metadata.usage  # the embedded backend counts tokens itself
            assert usage.calls == 0  # the default (staged) asks the model nothing: no `model` marker
            assert record["metadata"]["tokens"] == usage.prompt_tokens + usage.completion_tokens
    assert sum(r["brief"] is not None for r in records.values()) >= 2, stderr


@pytest.mark.server
def test_batch_on_a_llama_cpp_server(tmp_path, cache_dir, llama_server_session):
    folder = copy_articles(tmp_path / "in", SMALL[:1])  # the shortest: a 270M model on 2 shared cores is slow
    (folder / "broken.txt").write_bytes(b"\x7fELF\x02\x01")
    config = tmp_path / "batch.toml"
    config.write_text('strategy = "single_pass"\nmax_output_tokens = 200\nmax_reasks = 0\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, stderr = run_cli(
        str(folder), "-o", str(out), "--config", str(config), "--quiet", "--concurrency", "2",
        "--model", "llamacpp/whatever", "--base-url", llama_server_session.base_url, "--price-in", "1.5",
    )  # fmt: skip
    assert code == 0, stderr
    records = final_records(out)
    assert sorted(records) == sorted([*SMALL[:1], "broken"]), "every article has a line, brief or error"
    assert records["broken"]["error_type"] == "InputError"
    for name in SMALL[:1]:
        record = records[name]
        if record["brief"] is None:
            # The 270M model often cannot fill the schema in 200 tokens: a recorded error, not a crash.
            assert record["error_type"] in {"OutputError", "BackendError", "InputError"}, record["error"]
        else:
            assert record["metadata"]["prompt_tokens"] > 0, "usage comes from the server"
            assert record["metadata"]["cost_usd"] == pytest.approx(record["metadata"]["prompt_tokens"] * 1.5 / 1e6)
    assert "batch: 2 article(s)" in stderr
