"""The failure matrix: every server misbehaviour, through the API and the CLI, measured.

    python -m summarizer.testing.matrix            # Markdown table on stdout (API and CLI)
    python -m summarizer.testing.matrix --api-only

tests/test_faults.py runs the same cases and asserts on them, so the table in
docs/FAILURES.md is what the tests check, with the time each case took here.
Settings are small on purpose (`FAST`): the shapes of the retries are the
defaults' shapes, only shorter.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.testing.openai_server import FakeOpenAIServer

MODEL = "openai-compatible/fake"
FAST: dict[str, Any] = {
    "request_timeout": 1.5,
    "max_retries": 1,
    "backoff_initial": 0.01,
    "backoff_max": 0.05,
    "max_reasks": 1,
}
TRANSPORT_TRIES = FAST["max_retries"] + 1
ASKS = FAST["max_reasks"] + 1

SAMPLE_ARTICLE = (
    "Kenya sends troops to Gedo\n\n"
    "Kenya has deployed about 300 soldiers to the Gedo region of Somalia, two security officials said on "
    "Tuesday. The troops crossed the border at Mandera in armoured vehicles. Al-Shabaab denied that any "
    "Kenyan soldiers had entered the region.\n"
)


@dataclass(frozen=True)
class Case:
    """One row of the matrix: what the server does and what the library must end in."""

    name: str
    script: tuple[str, ...]  # behaviours served in order, the last one repeating
    expect: str  # "brief", or the typed error's class name
    requests: int  # requests the server must see under FAST settings (0: no server)
    what: str  # the failure in words
    min_seconds: float = 0.0  # e.g. Retry-After honoured
    max_seconds: float = 20.0  # bounded: no case may run away

    @property
    def exit_code(self) -> int:
        return {"brief": 0, "InputError": 2, "ConfigError": 3, "BackendError": 4, "OutputError": 5}[self.expect]


T, A, TIMEOUT = TRANSPORT_TRIES, ASKS, FAST["request_timeout"]
CASES: tuple[Case, ...] = (
    Case("ok", ("ok",), "brief", 1, "a valid answer"),
    Case("rate_limited", ("429",), "BackendError", T, "429 with Retry-After: 1, every time", min_seconds=1.0),
    Case("rate_limited_then_ok", ("429", "ok"), "brief", 2, "one 429, then an answer", min_seconds=1.0),
    Case("server_error", ("500",), "BackendError", T, "HTTP 500 every time"),
    Case("overloaded", ("503",), "BackendError", T, "HTTP 503 every time"),
    Case("overloaded_then_ok", ("503", "ok"), "brief", 2, "one 503, then an answer"),
    Case("bad_key", ("401",), "BackendError", 1, "401; the error body echoes the key"),
    Case("reset", ("reset",), "BackendError", T, "connection reset (RST) after the request"),
    Case("reset_then_ok", ("reset", "ok"), "brief", 2, "one reset, then an answer"),
    Case("hang", ("hang",), "BackendError", T, "no answer at all", min_seconds=T * TIMEOUT, max_seconds=T * TIMEOUT + 5),
    Case("hang_then_ok", ("hang", "ok"), "brief", 2, "one hang, then an answer", min_seconds=TIMEOUT),
    Case("drip", ("drip",), "BackendError", T, "valid answer dripped over 20 s", max_seconds=T * (TIMEOUT + 1) + 5),
    Case("truncated", ("truncated",), "BackendError", T, "half the promised body, then close"),
    Case("invalid_json", ("invalid_json",), "BackendError", T, "200 with an HTML page"),
    Case("empty_choices", ("empty_choices",), "BackendError", T, '200 with "choices": []'),
    Case("off_schema", ("off_schema",), "OutputError", A, "tool arguments that fail validation"),
    Case("off_schema_then_ok", ("off_schema", "ok"), "brief", 2, "one invalid answer, re-asked, then valid"),
    Case("refusal", ("refusal",), "OutputError", 1, "message.refusal, no content"),
    Case("retry_and_reask", ("429", "off_schema", "ok"), "brief", 3, "429, then invalid, then valid: two budgets", min_seconds=1.0),
    Case("server_down", (), "BackendError", 0, "nothing listens on the port"),
    Case("huge_reply", ("huge",), "BackendError", 1, "200 promising a 3 GB body", max_seconds=10),
    Case("huge_unsized", ("huge_unsized",), "BackendError", 1, "200 streaming a body without length or end", max_seconds=10),
)  # fmt: skip


@dataclass
class Outcome:
    """What one run ended in."""

    outcome: str  # "brief" or the error class name
    message: str
    seconds: float
    requests: int
    exit_code: int | None = None
    stderr: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _closed_port_url() -> str:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"  # closed again: nothing listens


def run_api(case: Case, article: str = SAMPLE_ARTICLE, **overrides: Any) -> Outcome:
    """The case through `summarize()` in this process."""
    from summarizer import SummarizerError, summarize

    settings = {**FAST, **overrides}
    with FakeOpenAIServer(case.script[0] if case.script else "ok", script=list(case.script) or None) as server:
        url = server.url if case.script else _closed_port_url()
        started = time.perf_counter()
        try:
            brief = summarize(article, model=MODEL, base_url=url, **settings)
            outcome, message = "brief", brief.headline_summary
        except SummarizerError as exc:
            outcome, message = type(exc).__name__, exc.one_line()
        seconds = time.perf_counter() - started
        return Outcome(outcome, message, seconds, len(server.requests) if case.script else 0)


def cli_env(**extra: str) -> dict[str, str]:
    """The environment for a CLI run: FAST settings as SUMMARIZER_* variables, no stray config."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SUMMARIZER_") and k != "OPENAI_API_KEY"}
    env.update({f"SUMMARIZER_{k.upper()}": str(v) for k, v in FAST.items()})
    env.update(extra)
    return env


def run_cli(case: Case, article: str = SAMPLE_ARTICLE, *, args: tuple[str, ...] = ()) -> Outcome:
    """The case through `python -m summarizer.cli summarize FILE` in a child process."""
    with tempfile.TemporaryDirectory() as tmp, FakeOpenAIServer(
        case.script[0] if case.script else "ok", script=list(case.script) or None
    ) as server:
        path = Path(tmp) / "article.txt"
        path.write_text(article, encoding="utf-8")
        url = server.url if case.script else _closed_port_url()
        command = [sys.executable, "-m", "summarizer.cli", "summarize", str(path), "--model", MODEL, "--base-url", url, *args]
        started = time.perf_counter()
        proc = subprocess.run(command, capture_output=True, text=True, cwd=tmp, env=cli_env(), timeout=120)
        seconds = time.perf_counter() - started
        found = re.match(r"summarizer: (\w+):", proc.stderr)
        outcome = "brief" if proc.returncode == 0 else (found.group(1) if found else f"exit {proc.returncode}")
        message = proc.stderr.strip() if proc.returncode else _headline(proc.stdout)
        return Outcome(outcome, message, seconds, len(server.requests) if case.script else 0, proc.returncode, proc.stderr)


# -- inputs: bytes as a user hands them over -----------------------------------
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
LATIN1 = "Des troupes fran\u00e7aises d\u00e9ploy\u00e9es \u00e0 Z\u00fcrich : 300 soldats sont arriv\u00e9s mardi.".encode("latin-1")
HTML_PAGE = (
    '<!DOCTYPE html><html><head><title>Kenya sends troops</title></head><body>\n'
    '<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>\n'
    "<article><h1>Kenya sends troops to Gedo</h1>\n"
    "<p>Kenya has deployed about 300 soldiers to the Gedo region of Somalia, two security officials said on Tuesday.</p>\n"
    "<p>The troops crossed the border at Mandera in armoured vehicles, the officials said, adding that more units could follow.</p>\n"
    "<p>Al-Shabaab denied that any Kenyan soldiers had entered the region.</p></article>\n"
    "<footer>Copyright 2025 Meridian Wire. All rights reserved. Subscribe to our newsletter.</footer>\n"
    "</body></html>"
)
ARABIC = "\u0623\u0631\u0633\u0644 \u0627\u0644\u062c\u064a\u0634 \u0646\u062d\u0648 300 \u062c\u0646\u062f\u064a \u0625\u0644\u0649 \u0627\u0644\u062d\u062f\u0648\u062f \u0627\u0644\u0634\u0645\u0627\u0644\u064a\u0629."
HEBREW = "\u05d4\u05e6\u05d1\u05d0 \u05d4\u05e2\u05d1\u05d9\u05e8 \u05db-300 \u05d7\u05d9\u05d9\u05dc\u05d9\u05dd \u05dc\u05d2\u05d1\u05d5\u05dc \u05d4\u05e6\u05e4\u05d5\u05e0\u05d9."
CJK = "\u636e\u4e24\u540d\u5b89\u5168\u5b98\u5458\u79f0\uff0c\u80af\u5c3c\u4e9a\u5468\u4e8c\u5411\u7d22\u9a6c\u91cc\u76d6\u591a\u5730\u533a\u90e8\u7f72\u4e86\u7ea6300\u540d\u58eb\u5175\u3002"


def long_article(size: int = 1_000_000) -> str:
    """`size` characters of distinct news-like sentences (a long feature, a pasted archive)."""
    places = ["Gedo", "Mandera", "Bakool", "Kismayo", "Baidoa", "Beledweyne", "Dhobley", "Garissa"]
    lines = []
    i = 0
    while sum(map(len, lines)) < size:
        place = places[i % len(places)]
        lines.append(
            f"Officials said {100 + i} soldiers of battalion {i} moved from {place} toward the border on day {i}. "
            f"Residents of {place} reported convoys and said market number {i} stayed open.\n"
        )
        i += 1
    return "".join(lines)[:size]


def _with_nul_inside() -> bytes:
    # Past the first 4,096 bytes (where NUL means binary or UTF-16), a few stray NULs in real text.
    return (long_article(6000) + "\x00\n" + SAMPLE_ARTICLE + "\x00").encode()


NO_SENTENCE_END = (("troops of the brigade moved from Gedo toward Mandera with armoured vehicles " * 2700)[:200_000]).encode()
TINY_SENTENCES = ("Troops moved. " * 50_000).encode()
MIXED_NEWLINES = SAMPLE_ARTICLE.replace("\n\n", "\r\n\r\n").replace(" The troops", "\rThe troops").encode()
# Emoji (a flag is two code points, a face is one astral code point: two UTF-16 units) and a
# combining acute accent before the evidence: offsets must still be exact Python str indices.
EMOJI_LEAD = "\U0001f1f0\U0001f1ea Ke\u0301nya \U0001f600 live: " + SAMPLE_ARTICLE

INPUT_CASES: tuple[tuple[str, bytes, str], ...] = (
    ("empty file", b"", "InputError"),
    ("whitespace only", b" \n\t \n", "InputError"),
    ("PDF bytes", PDF, "InputError"),
    ("PNG bytes", PNG, "InputError"),
    ("Latin-1 text", LATIN1, "InputError"),
    ("UTF-16 without BOM", "Kenya sends 300 troops".encode("utf-16-le"), "InputError"),
    ("control characters", b"\x01\x02\x03\x04" * 100, "InputError"),
    ("HTML menu only", b"<html><body><nav>Home | World</nav></body></html>", "InputError"),
    ("UTF-16 with BOM", SAMPLE_ARTICLE.encode("utf-16"), "brief"),
    ("HTML page", HTML_PAGE.encode(), "brief"),
    ("Arabic, Hebrew, CJK", f"{ARABIC}\n{HEBREW}\n{CJK}\n".encode(), "brief"),
    ("1 MB article", long_article().encode(), "brief"),
    ("3 MB article (over max_article_chars)", long_article(3_000_000).encode(), "InputError"),
    ("999,999 characters", long_article(999_999).encode(), "brief"),
    ("1,000,001 characters (past spaCy's one-text limit)", long_article(1_000_001).encode(), "brief"),
    ("2,000,000 characters (max_article_chars)", long_article(2_000_000).encode(), "brief"),
    ("2,000,001 characters", long_article(2_000_001).encode(), "InputError"),
    ("200,000-character line, no sentence end", NO_SENTENCE_END, "brief"),
    ("50,000 tiny sentences", TINY_SENTENCES, "brief"),
    ("NUL bytes inside the text", _with_nul_inside(), "brief"),
    ("NUL bytes at the start", b"\x00\x00" + SAMPLE_ARTICLE.encode(), "InputError"),
    ("mixed CR, LF and CRLF", MIXED_NEWLINES, "brief"),
    ("emoji and combining marks before the evidence", EMOJI_LEAD.encode(), "brief"),
    ("UTF-8-encoded lone surrogate", b"Kenya \xed\xa0\x80 " + SAMPLE_ARTICLE.encode(), "InputError"),
)


def run_input(data: bytes) -> Outcome:
    """Bytes as the CLI and the batch read them, then summarize() against an answering server."""
    from summarizer import SummarizerError, load_settings, summarize
    from summarizer.testing.openai_server import quoting_brief
    from summarizer.textinput import article_from_bytes

    with FakeOpenAIServer(reply=quoting_brief) as server:
        started = time.perf_counter()
        try:
            text = article_from_bytes(data, max_chars=load_settings().max_article_chars)
            brief = summarize(text, model=MODEL, base_url=server.url, **FAST)
            outcome = "brief"
            message = f"{brief.metadata.chunks} part(s), {len(brief.movements)} movement(s): {brief.headline_summary}"
            items = [*brief.movements, *brief.denials, *brief.casualties]
            exact = all(text[i.span.start : i.span.end] == i.evidence for i in items if i.span and i.span.start is not None)
        except SummarizerError as exc:
            outcome, message, exact = type(exc).__name__, exc.one_line(), True
        return Outcome(outcome, message, time.perf_counter() - started, len(server.requests), extra={"offsets_exact": exact})


def _headline(stdout: str) -> str:
    import json

    try:
        return str(json.loads(stdout)["headline_summary"])
    except (ValueError, KeyError, TypeError):
        return "stdout is not a JSON brief: " + " ".join(stdout.split())[:100]


def _short(text: str, limit: int = 110) -> str:
    text = re.sub(r"http://127\.0\.0\.1:\d+/v1", "SERVER", " ".join(text.split()))
    text = text.replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def markdown(api_only: bool = False) -> str:
    """Run every case and render the table."""
    settings = ", ".join(f"{k}={v}" for k, v in FAST.items())
    lines = [
        f"Measured with `python -m summarizer.testing.matrix` ({settings}).",
        "",
        "| case | server does | API ends in | requests | API s | CLI exit | CLI s | message |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for case in CASES:
        api = run_api(case)
        cli = None if api_only else run_cli(case)
        cli_cells = ("-", "-") if cli is None else (str(cli.exit_code), f"{cli.seconds:.2f}")
        lines.append(
            f"| {case.name} | {case.what} | {api.outcome} | {api.requests} | {api.seconds:.2f} | "
            f"{cli_cells[0]} | {cli_cells[1]} | {_short(api.message)} |"
        )
    lines += [
        "",
        "| input | ends in | requests | seconds | message |",
        "|---|---|---|---|---|",
    ]
    for name, data, _expect in INPUT_CASES:
        result = run_input(data)
        lines.append(f"| {name} | {result.outcome} | {result.requests} | {result.seconds:.2f} | {_short(result.message)} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    sys.stdout.write(markdown(api_only="--api-only" in argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
