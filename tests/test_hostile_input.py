"""Hostile input, tried as a user who wants to break the tool would: every case ends in a brief
or one clear error line with its documented exit code (never 1, never a traceback).

Reads are bounded (/dev/zero, a FIFO, standard input), text that is not valid Unicode is
refused as input, settings that smuggle a key or a non-JSON number are refused, and
writes that cannot happen (a missing folder, a full disk) say so.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from summarizer import ConfigError, InputError, load_settings, summarize
from summarizer.testing import FakeOpenAIServer, quoting_brief
from summarizer.testing.matrix import FAST, HTML_PAGE, MODEL, SAMPLE_ARTICLE, cli_env
from summarizer.textinput import read_article

ONE_LINE_ERROR = r"summarizer: (\w+): [^\n]+\n"


def cli(*args: str, stdin=subprocess.DEVNULL, cwd: Path | None = None, timeout: float = 120, env=None, **popen) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "summarizer.cli", *args]
    env = cli_env() if env is None else env
    return subprocess.run(command, stdin=stdin, capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout, **popen)


def assert_one_line_error(proc: subprocess.CompletedProcess, code: int, kind: str, words: str = "") -> None:
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    found = re.fullmatch(ONE_LINE_ERROR, proc.stderr)
    assert found and found.group(1) == kind, proc.stderr
    assert re.search(words, proc.stderr), proc.stderr


# -- bounded reads ----------------------------------------------------------------------
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_is_read_bounded_and_refused_from_the_reader_and_the_cli() -> None:
    with pytest.raises(InputError, match="max_article_chars"):
        read_article("/dev/zero", max_chars=10_000)
    proc = cli("summarize", "/dev/zero", "--model", MODEL, "--base-url", "http://127.0.0.1:9/v1", timeout=60)
    assert_one_line_error(proc, 2, "InputError", "max_article_chars")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_standard_input_from_dev_zero_is_bounded() -> None:
    with open("/dev/zero", "rb") as zeros:
        proc = cli("summarize", "-", "--model", MODEL, "--base-url", "http://127.0.0.1:9/v1", stdin=zeros, timeout=60)
    assert_one_line_error(proc, 2, "InputError", "standard input.*max_article_chars")


def test_closed_standard_input_is_an_input_error() -> None:
    proc = cli("summarize", "-", "--model", MODEL, "--base-url", "http://127.0.0.1:9/v1", stdin=None, close_fds=True,
               preexec_fn=lambda: os.close(0))
    assert_one_line_error(proc, 2, "InputError", "standard input")


def test_a_fifo_is_read_like_a_pipe_and_bounded(tmp_path: Path) -> None:
    fifo = tmp_path / "article.fifo"
    os.mkfifo(fifo)

    def feed(data: bytes) -> None:
        try:
            with open(fifo, "wb") as handle:
                handle.write(data)
        except BrokenPipeError:
            pass  # the reader stopped at its bound: that is the point

    writer = threading.Thread(target=feed, args=(SAMPLE_ARTICLE.encode(),), daemon=True)
    writer.start()
    assert read_article(fifo, max_chars=10_000) == SAMPLE_ARTICLE
    writer.join(5)
    writer = threading.Thread(target=feed, args=(b"word " * 200_000,), daemon=True)
    writer.start()
    with pytest.raises(InputError, match="max_article_chars"):
        read_article(fifo, max_chars=10_000)
    writer.join(5)


# -- text that is not valid Unicode ------------------------------------------------------
def test_lone_surrogate_in_text_is_an_input_error_from_the_api() -> None:
    with FakeOpenAIServer(reply=quoting_brief) as server:
        with pytest.raises(InputError, match="surrogate"):
            summarize(SAMPLE_ARTICLE + "\ud800", model=MODEL, base_url=server.url, **FAST)
    assert server.requests == []


def test_an_html_page_as_a_str_is_treated_like_an_html_file() -> None:
    from summarizer.textinput import prepare_article

    with FakeOpenAIServer(reply=quoting_brief) as server:
        brief = summarize(HTML_PAGE, model=MODEL, base_url=server.url, **FAST)
    text = prepare_article(HTML_PAGE, max_chars=100_000)
    assert "<p>" not in server.requests[0]["messages"][-1]["content"]
    assert brief.movements
    for item in brief.movements:
        assert text[item.span.start : item.span.end] == item.evidence


def test_offsets_count_python_code_points_after_emoji_and_combining_marks() -> None:
    from summarizer.textinput import byte_offset, utf16_offset

    lead = "\U0001f1f0\U0001f1ea Breaking \u2014 Ke\u0301nya \U0001f600 update: "
    article = lead + SAMPLE_ARTICLE.replace("\n", "\r\n", 1)
    with FakeOpenAIServer(reply=quoting_brief) as server:
        brief = summarize(article, model=MODEL, base_url=server.url, **FAST)
    assert brief.movements
    for item in brief.movements:
        assert article[item.span.start : item.span.end] == item.evidence
        as_utf16 = article.encode("utf-16-le")
        u16 = utf16_offset(article, item.span.start), utf16_offset(article, item.span.end)
        assert as_utf16[2 * u16[0] : 2 * u16[1]].decode("utf-16-le") == item.evidence
        as_bytes = article.encode("utf-8")
        b = byte_offset(article, item.span.start), byte_offset(article, item.span.end)
        assert as_bytes[b[0] : b[1]].decode("utf-8") == item.evidence
    schema = json.dumps(type(brief).model_json_schema())
    assert "code points" in schema and "byte-order mark" in schema


# -- settings a hostile file or flag can carry --------------------------------------------
@pytest.mark.parametrize("key", ["api_key", "API_KEY", "Api_Key", "openai_api_key", "apikey", "token", "secret", "password", "Authorization"])
def test_a_key_in_the_config_file_is_refused_in_any_spelling(tmp_path: Path, key: str) -> None:
    path = tmp_path / "summarizer.toml"
    path.write_text(f'{key} = "sk-live-123"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="environment") as caught:
        load_settings(path)
    assert "sk-live-123" not in str(caught.value)


def test_infinite_timeout_is_refused_and_config_prints_json(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="request_timeout"):
        load_settings(None, request_timeout=float("inf"))
    env = {k: v for k, v in cli_env().items() if k != "SUMMARIZER_REQUEST_TIMEOUT"}
    proc = cli("config", "-c", str(_toml(tmp_path, "request_timeout = inf")), env=env)
    assert_one_line_error(proc, 3, "ConfigError", "request_timeout")
    proc = cli("config", "-c", str(_toml(tmp_path, "request_timeout = 1e3")), env=env)
    assert proc.returncode == 0 and json.loads(proc.stdout)["request_timeout"] == 1000.0


def _toml(folder: Path, text: str) -> Path:
    path = folder / "s.toml"
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("url", "words"),
    [("http://[::1", "base_url"), ("ftp://example.org/v1", "http"), ("127.0.0.1:8080", "http")],
    ids=["bad_ipv6", "ftp", "no_scheme"],
)
def test_a_base_url_that_is_not_http_is_a_config_error(url: str, words: str) -> None:
    with pytest.raises(ConfigError, match=words):
        summarize(SAMPLE_ARTICLE, model=MODEL, base_url=url, **FAST)
    proc = cli("summarize", "-", "--model", MODEL, "--base-url", url, stdin=None, input=SAMPLE_ARTICLE)
    assert_one_line_error(proc, 3, "ConfigError", words)


# -- writes that cannot happen -------------------------------------------------------------
def test_output_into_a_missing_folder_is_a_clear_output_error(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(SAMPLE_ARTICLE, encoding="utf-8")
    with FakeOpenAIServer(reply=quoting_brief) as server:
        proc = cli("summarize", str(article), "--model", MODEL, "--base-url", server.url, "-o", str(tmp_path / "no" / "such" / "b.json"))
    assert_one_line_error(proc, 5, "OutputError", "no/such")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_stdout_on_a_full_device_is_a_clear_output_error(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(SAMPLE_ARTICLE, encoding="utf-8")
    with FakeOpenAIServer(reply=quoting_brief) as server, open("/dev/full", "w") as full:
        command = [sys.executable, "-m", "summarizer.cli", "summarize", str(article), "--model", MODEL, "--base-url", server.url]
        proc = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, text=True, env=cli_env(), timeout=120)
    assert proc.returncode == 5, proc.stderr
    assert re.fullmatch(r"summarizer: OutputError: [^\n]*(space|full)[^\n]*\n", proc.stderr), proc.stderr


def test_file_size_limit_leaves_no_truncated_output(tmp_path: Path) -> None:
    import resource

    article = tmp_path / "a.txt"
    article.write_text(SAMPLE_ARTICLE, encoding="utf-8")
    out = tmp_path / "brief.json"
    out.write_text('{"old": "brief"}\n', encoding="utf-8")

    def limit_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))

    with FakeOpenAIServer(reply=quoting_brief) as server:
        proc = cli("summarize", str(article), "--model", MODEL, "--base-url", server.url, "-o", str(out), preexec_fn=limit_files)
    assert proc.returncode == 5, proc.stderr
    assert re.fullmatch(r"summarizer: OutputError: [^\n]+\n", proc.stderr), proc.stderr
    assert out.read_text(encoding="utf-8") == '{"old": "brief"}\n'  # the old file, whole; no half brief
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".brief")] == []


# -- reports that carry text from the article or the model ----------------------------------
HOSTILE_TEXT = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "\x1b[2J\x1b[31mred\x1b]0;owned\x07",
    "[click](javascript:alert(1))",
    "# not a heading",
    "\u009b31m C1 escape",
]


@pytest.mark.parametrize("text", HOSTILE_TEXT, ids=["script", "img", "ansi", "link", "heading", "c1"])
def test_markdown_escapes_every_text_field_and_the_headline(text: str) -> None:
    from schemas import Brief
    from summarizer.report.markdown import render_markdown

    movement = {"actor": text, "origin": text, "destination": text, "route": text, "time": text, "purpose": text,
                "sources": [text], "evidence": text, "flags": [text]}
    brief = Brief.model_validate({
        "headline_summary": text, "is_relevant": True, "movements": [movement], "other_key_events": [text],
        "denials": [{"denier": text, "what": text, "targets": [0], "evidence": text},
                    {"denier": text, "what": text, "targets": [], "evidence": text}],
        "casualties": [{"who": text, "where": text, "cause": text, "evidence": text}],
    })  # fmt: skip
    rendered = render_markdown(brief)
    assert "<script" not in rendered and "<img" not in rendered
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", rendered), repr(rendered)
    assert not re.search(r"(?<!\\)\]\(javascript:", rendered)  # an escaped bracket opens no link
    assert not re.search(r"^# not a heading", rendered, re.MULTILINE)


# -- a server that floods --------------------------------------------------------------------
@pytest.mark.parametrize("behaviour", ["huge", "huge_unsized"])
def test_a_flooding_server_is_read_only_to_the_bound(behaviour: str) -> None:
    import resource

    from summarizer import BackendError
    from summarizer.backends.openai_compat import MAX_REPLY_BYTES

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    with FakeOpenAIServer(behaviour) as server:
        with pytest.raises(BackendError, match="larger than 16 MB") as caught:
            summarize(SAMPLE_ARTICLE, model=MODEL, base_url=server.url, **FAST)
    assert len(server.requests) == 1  # not retried: the same request would bring the same flood
    assert "\n" not in caught.value.one_line()
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - before
    assert grown < 8 * MAX_REPLY_BYTES


def test_settings_whose_names_say_token_are_still_settings(tmp_path: Path) -> None:
    assert load_settings(_toml(tmp_path, "max_output_tokens = 900")).max_output_tokens == 900


def test_a_directory_and_a_fifo_through_the_cli(tmp_path: Path) -> None:
    proc = cli("summarize", str(tmp_path), "--model", MODEL, "--base-url", "http://127.0.0.1:9/v1")
    assert_one_line_error(proc, 2, "InputError", "directory")
    fifo = tmp_path / "article.fifo"
    os.mkfifo(fifo)
    with FakeOpenAIServer(reply=quoting_brief) as server:
        command = [sys.executable, "-m", "summarizer.cli", "summarize", str(fifo), "--model", MODEL, "--base-url", server.url]
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env())
        with open(fifo, "wb") as handle:
            handle.write(SAMPLE_ARTICLE.encode())
        stdout, stderr = child.communicate(timeout=120)
    assert child.returncode == 0, stderr
    assert json.loads(stdout)["movements"]


def test_an_unknown_key_that_is_not_secret_is_named_as_unknown(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="author") as caught:
        load_settings(_toml(tmp_path, 'author = "me"'))
    assert "keys belong in the environment" not in str(caught.value)
