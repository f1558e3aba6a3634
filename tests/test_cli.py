"""The `summarizer` command end to end: the real embedded model, a real llama.cpp server, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from schemas import Brief

CONTRACT_KEYS = {"headline_summary", "is_relevant", "movements", "denials", "casualties", "other_key_events"}
MOVEMENT_KEYS = {"actor", "actor_affiliation", "origin", "destination", "route", "count", "time", "purpose", "sources", "evidence"}


def cli(*args: str, stdin: bytes | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args], input=stdin, capture_output=True, timeout=timeout
    )


def assert_contract_brief(stdout: bytes, article: str) -> Brief:
    data = json.loads(stdout)
    assert CONTRACT_KEYS <= set(data)
    for movement in data["movements"]:
        assert MOVEMENT_KEYS <= set(movement)
    brief = Brief.model_validate(data)
    for item in [*brief.movements, *brief.denials, *brief.casualties]:
        if item.span is not None and item.span.alignment.value == "exact":
            assert article[item.span.start : item.span.end] == item.evidence
    assert brief.metadata is not None and brief.metadata.seconds > 0
    return brief


def test_summarize_seed_json_on_the_embedded_default(seed_path):
    out = cli("summarize", str(seed_path), "--format", "json")
    assert out.returncode == 0, out.stderr.decode()
    brief = assert_contract_brief(out.stdout, seed_path.read_text(encoding="utf-8"))
    assert brief.metadata.backend == "embedded"
    assert brief.metadata.usage.calls == 0  # the default (staged) asks the model nothing: no `model` marker
    assert brief.is_relevant


def test_summarize_markdown_from_stdin(seed_path):
    out = cli("summarize", "-", "--format", "markdown", stdin=seed_path.read_bytes())
    assert out.returncode == 0, out.stderr.decode()
    text = out.stdout.decode()
    assert text.startswith("# Brief")
    assert "| # | actor | from | to | how many | when | according to |" in text


@pytest.mark.server
def test_summarize_seed_json_on_a_llama_cpp_server(seed_path, llama_server_session):
    out = cli(
        "summarize", str(seed_path), "--format", "json",
        "--model", f"llamacpp/{llama_server_session.model}",
        "--base-url", llama_server_session.base_url,
        # The default staged asks no model question, so it would send the server nothing;
        # staged_all_questions asks (one question on the seed article), through the server.
        "--strategy", "staged_all_questions",
    )
    assert out.returncode == 0, out.stderr.decode()
    brief = assert_contract_brief(out.stdout, seed_path.read_text(encoding="utf-8"))
    assert brief.metadata.backend == "openai-compatible"
    assert brief.metadata.usage.calls >= 1 and brief.metadata.usage.completion_tokens > 0


BAD_INPUTS = {
    "empty": b"",
    "whitespace": b"   \n\t  \n",
    "binary-pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    "binary-png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "latin-1": "Des soldats fran\u00e7ais sont arriv\u00e9s \u00e0 Gao.".encode("latin-1"),
    "nul-bytes": b"troops\x00\x00\x00moved",
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_exits_2_with_one_line(tmp_path, name):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(BAD_INPUTS[name])
    out = cli("summarize", str(path))
    stderr = out.stderr.decode()
    assert out.returncode == 2, stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert "Traceback" not in stderr and out.stdout == b""


def test_too_long_for_the_limit_exits_2(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("Troops moved to the border. " * 200, encoding="utf-8")
    config = tmp_path / "s.toml"
    config.write_text("max_article_chars = 1000\n", encoding="utf-8")
    out = cli("summarize", str(path), "--config", str(config))
    assert out.returncode == 2
    assert "max_article_chars" in out.stderr.decode()


def test_missing_file_and_bad_model_fail_cleanly(tmp_path):
    missing = cli("summarize", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and b"not found" in missing.stderr
    article = tmp_path / "a.txt"
    article.write_text("Troops crossed the border on Monday.", encoding="utf-8")
    bad_model = cli("summarize", str(article), "--model", "nosuch/x")
    assert bad_model.returncode == 3 and len(bad_model.stderr.decode().strip().splitlines()) == 1


@pytest.mark.parametrize("command", [[], ["summarize"], ["config"], ["eval"], ["batch"]])
def test_help_on_every_command(command):
    out = cli(*command, "--help")
    assert out.returncode == 0, out.stderr.decode()
    assert b"Usage" in out.stdout
