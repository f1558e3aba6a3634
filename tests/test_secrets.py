"""Secrets: a planted API key never appears in anything the library writes or raises.

The key is planted everywhere a key can come from (OPENAI_API_KEY,
SUMMARIZER_API_KEY, settings.api_key) and the library runs against a real
loopback server, in success and in failure (the 401 body echoes the key, as
careless servers do). Searched: stdout, stderr, every log record at DEBUG
(the openai client's and httpx's included), exception messages and their
formatted tracebacks, the brief's JSON, and every file under the recording,
cache, batch-output and working directories. Only the server's own view of
the Authorization header may hold the key.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import traceback
import uuid
from pathlib import Path

import pytest

from summarizer import SummarizerError, summarize
from summarizer.testing import FakeOpenAIServer, quoting_brief
from summarizer.testing.matrix import FAST, MODEL, SAMPLE_ARTICLE, cli_env

FAILURES = ["401", "500", "off_schema", "refusal", "invalid_json", "reset"]


@pytest.fixture
def key(monkeypatch) -> str:
    secret = f"sk-planted-{uuid.uuid4().hex}"
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    monkeypatch.setenv("SUMMARIZER_API_KEY", secret)
    return secret


def leaks(key: str, text: str) -> bool:
    # The whole key, or a long piece of it (a truncated or masked-too-little echo).
    return key in text or key[11:27] in text


def files_text(*folders: Path) -> str:
    parts = []
    for folder in folders:
        for path in Path(folder).rglob("*"):
            if path.is_file():
                parts.append(path.read_bytes().decode("utf-8", errors="replace"))
    return "\n".join(parts)


def error_text(exc: BaseException) -> str:
    chain = "".join(traceback.format_exception(exc))
    return "\n".join([str(exc), repr(exc), getattr(exc, "one_line", lambda: "")(), chain, str(exc.__context__ or "")])


@pytest.mark.parametrize("behaviour", ["ok", *FAILURES])
def test_api_run_leaks_no_key(behaviour: str, key: str, caplog, capsys) -> None:
    caplog.set_level(logging.DEBUG)
    seen = []
    with FakeOpenAIServer(behaviour, reply=quoting_brief) as server:
        try:
            brief = summarize(SAMPLE_ARTICLE, model=MODEL, base_url=server.url, api_key=key, **FAST)
            seen.append(brief.model_dump_json())
            seen.append(json.dumps(brief.contract_dict()))
        except SummarizerError as exc:
            seen.append(error_text(exc))
    assert server.requests, "the server was not reached"
    out = capsys.readouterr()
    seen += [out.out, out.err, caplog.text]
    seen += [f"{r.getMessage()} {r.args!r} {r.__dict__!r}" for r in caplog.records]
    assert caplog.records, "DEBUG logging captured nothing: the search would prove nothing"
    assert not any(leaks(key, text) for text in seen)


def test_settings_never_show_the_key(key: str) -> None:
    from summarizer import load_settings
    from summarizer.pipeline import describe

    settings = load_settings(model=MODEL, base_url="http://127.0.0.1:9/v1", api_key=key)
    shown = [repr(settings), str(settings), json.dumps(settings.public_dict()), settings.model_dump_json(), json.dumps(describe(settings))]
    assert not any(leaks(key, text) for text in shown)


def test_recordings_hold_no_key(key: str, tmp_path: Path) -> None:
    from summarizer import load_settings, pipeline
    from summarizer.backends.recording import RecordingBackend, RecordingKey
    from summarizer.backends.registry import get_backend

    for behaviour in ("ok", "401"):
        with FakeOpenAIServer(behaviour, reply=quoting_brief) as server:
            settings = load_settings(model=MODEL, base_url=server.url, api_key=key, **FAST)
            inner = get_backend(settings)
            record_key = RecordingKey(inner.model_label, "single_pass", behaviour, pipeline.article_sha256(SAMPLE_ARTICLE))
            backend = RecordingBackend(inner, tmp_path / "recordings", record_key)
            try:
                pipeline.run(SAMPLE_ARTICLE, settings, backend=backend)
            except SummarizerError as exc:
                assert not leaks(key, error_text(exc))
            backend.save()
    assert list((tmp_path / "recordings").rglob("*.json")), "nothing was recorded"
    assert not leaks(key, files_text(tmp_path / "recordings"))


def test_batch_cache_and_output_hold_no_key(key: str, tmp_path: Path) -> None:
    from summarizer.batch import summarize_many

    items = [("good", SAMPLE_ARTICLE), ("empty", "   ")]
    with FakeOpenAIServer(script=["ok", "401"], reply=quoting_brief) as server:
        results = summarize_many(items, model=MODEL, base_url=server.url, api_key=key, cache_dir=tmp_path / "cache", concurrency=1, **FAST)
        more = summarize_many([("bad", SAMPLE_ARTICLE + " Again.")], model=MODEL, base_url=server.url, api_key=key,
                              cache_dir=tmp_path / "cache", **FAST)  # fmt: skip
    dumped = [json.dumps(r.to_dict() if hasattr(r, "to_dict") else repr(r), default=str) for r in [*results, *more]]
    assert any(r.error for r in more), "the 401 was not recorded as a failure"
    assert list((tmp_path / "cache").rglob("*")), "nothing was cached"
    assert not any(leaks(key, text) for text in dumped)
    assert not leaks(key, files_text(tmp_path / "cache"))


def _cli(args: list[str], key: str, home: Path, **env: str) -> subprocess.CompletedProcess:
    environment = cli_env(OPENAI_API_KEY=key, SUMMARIZER_API_KEY=key, HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), **env)
    return subprocess.run([sys.executable, "-m", "summarizer.cli", *args], capture_output=True, text=True, env=environment, cwd=home, timeout=120)


def test_cli_leaks_no_key(key: str, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(SAMPLE_ARTICLE, encoding="utf-8")
    runs = [_cli(["config", "--model", "openai/gpt-4o-mini"], key, tmp_path)]
    assert '"api_key": "set' in runs[0].stdout
    with FakeOpenAIServer(script=["ok", "401", "500"], reply=quoting_brief) as server:
        for _ in range(3):
            # OPENAI_LOG=debug turns on the openai client's own request logging on stderr.
            runs.append(_cli(["summarize", str(article), "--model", MODEL, "--base-url", server.url, "--format", "json"],
                             key, tmp_path, OPENAI_LOG="debug"))  # fmt: skip
        out_file = tmp_path / "out.jsonl"
        folder = tmp_path / "batch_in"
        folder.mkdir()
        (folder / "a.txt").write_text(SAMPLE_ARTICLE, encoding="utf-8")
        runs.append(_cli(["batch", str(folder), "-o", str(out_file), "--model", MODEL, "--base-url", server.url, "-q"], key, tmp_path))
    codes = [r.returncode for r in runs]
    assert codes[:4] == [0, 0, 4, 4], [r.stderr for r in runs]
    assert json.loads(runs[1].stdout)["headline_summary"]
    assert "Incorrect API key" not in runs[2].stderr  # the server's echo is never relayed
    for run in runs:
        assert not leaks(key, run.stdout) and not leaks(key, run.stderr), run.args
    assert not leaks(key, files_text(tmp_path))
