"""Bad input through the API, the file reader and the CLI: a brief or one clear InputError, never a traceback.

Also property-based tests (hypothesis) on the count validator, the evidence
aligner and the article splitter.
"""

from __future__ import annotations

import codecs
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st
from pydantic import ValidationError

from schemas import AlignmentStatus, CountDraft
from summarizer import InputError, summarize
from summarizer.testing import FakeOpenAIServer, quoting_brief
from summarizer.testing.matrix import (
    ARABIC,
    CJK,
    FAST,
    HEBREW,
    HTML_PAGE,
    INPUT_CASES,
    EMOJI_LEAD,
    LATIN1,
    MIXED_NEWLINES,
    MODEL,
    NO_SENTENCE_END,
    PDF,
    PNG,
    SAMPLE_ARTICLE,
    TINY_SENTENCES,
    cli_env,
    long_article,
    run_input,
)
from summarizer.textinput import article_from_bytes, read_article

FIXTURES = Path(__file__).resolve().parent.parent / "evals" / "fixtures"


def one_megabyte_article() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/article.txt"))]
    body = "\n\n".join(texts)
    return ((body + "\n\n") * (1_000_000 // len(body) + 1))[:1_000_000]


# -- the API: str in --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty"),
        ("   \n\t  \r\n", "empty"),
        ("\x00\x01\x02\x03" * 50 + "troops", "control characters"),
        ("12345 67890 !!! ???", "no words"),
        (b"Kenya sends troops", "must be text"),
    ],
    ids=["empty", "whitespace", "controls", "no_words", "bytes"],
)
def test_api_refuses_non_articles_before_any_request(text, words) -> None:
    with FakeOpenAIServer("ok") as server:
        with pytest.raises(InputError, match=words) as caught:
            summarize(text, model=MODEL, base_url=server.url, **FAST)
    assert server.requests == []
    assert "\n" not in caught.value.one_line()


def test_a_few_control_characters_in_real_text_are_accepted() -> None:
    with FakeOpenAIServer(reply=quoting_brief) as server:
        brief = summarize(SAMPLE_ARTICLE.replace("Tuesday.", "Tuesday.\x0c\x07"), model=MODEL, base_url=server.url, **FAST)
    assert brief.is_relevant


@pytest.mark.parametrize("text", [ARABIC, HEBREW, CJK, f"{HEBREW}\n{ARABIC}\n{CJK}\n{SAMPLE_ARTICLE}"], ids=["arabic", "hebrew", "cjk", "mixed"])
def test_right_to_left_and_cjk_text_is_briefed_without_crashing(text: str) -> None:
    with FakeOpenAIServer(reply=quoting_brief) as server:
        brief = summarize(text, model=MODEL, base_url=server.url, **FAST)
    assert brief.metadata.article_sha256
    assert text.split()[0] in server.requests[0]["messages"][-1]["content"]  # sent as is, not mangled
    for item in brief.movements:
        assert text[item.span.start : item.span.end] == item.evidence


def test_one_megabyte_article_is_chunked_and_briefed() -> None:
    article = one_megabyte_article()
    with FakeOpenAIServer(reply=quoting_brief) as server:
        brief = summarize(article, model=MODEL, base_url=server.url, **FAST)
    assert brief.metadata.chunks > 1 and len(server.requests) == brief.metadata.chunks
    assert brief.movements and all(m.span.alignment is AlignmentStatus.exact for m in brief.movements)
    with pytest.raises(InputError, match="max_article_chars=500,000"):
        summarize(article, model=MODEL, base_url=server.url, max_article_chars=500_000, **FAST)


@pytest.mark.parametrize(("name", "data", "expect"), INPUT_CASES, ids=[c[0] for c in INPUT_CASES])
def test_input_matrix_rows(name: str, data: bytes, expect: str) -> None:
    result = run_input(data)
    assert result.outcome == expect, result.message
    assert (result.requests == 0) == (expect != "brief")
    assert "\n" not in result.message
    assert result.extra["offsets_exact"], result.message


# -- bytes and files ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "words"),
    [
        (PDF, "is a PDF"),
        (PNG, "is a PNG image"),
        (LATIN1, r"not UTF-8 \(it looks like cp1252\).*iconv -f cp1252"),
        ("Kenya sends 300 troops".encode("utf-16-le"), "UTF-16 without a byte-order mark"),
        (b"", "empty"),
        (b"<html><body><nav>Home | World</nav></body></html>", "HTML with no article text"),
    ],
    ids=["pdf", "png", "latin1", "utf16_no_bom", "empty", "html_no_text"],
)
def test_bytes_are_refused_with_a_reason(data: bytes, words: str) -> None:
    with pytest.raises(InputError, match=words):
        article_from_bytes(data, max_chars=100_000)


@pytest.mark.parametrize("bom_codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_byte_order_marks_decode(bom_codec: str) -> None:
    bom = {"utf-16": b"", "utf-16-be": codecs.BOM_UTF16_BE, "utf-32": b"", "utf-8-sig": b""}[bom_codec]
    data = bom + SAMPLE_ARTICLE.encode(bom_codec)
    assert article_from_bytes(data, max_chars=100_000) == SAMPLE_ARTICLE


def test_html_is_reduced_to_the_article_body() -> None:
    text = article_from_bytes(HTML_PAGE.encode(), max_chars=100_000)
    assert "Kenya has deployed about 300 soldiers" in text
    assert "<p>" not in text and "Subscribe" not in text and "Sport" not in text


def test_file_reader_refuses_missing_directories_and_oversize(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        read_article(tmp_path / "missing.txt", max_chars=100_000)
    with pytest.raises(InputError, match="directory"):
        read_article(tmp_path, max_chars=100_000)
    big = tmp_path / "big.txt"
    big.write_text("word " * 2000, encoding="utf-8")
    with pytest.raises(InputError, match="max_article_chars"):
        read_article(big, max_chars=1000)


# -- the CLI --------------------------------------------------------------------------
CLI_INPUTS = {
    "empty": (b"", 2, "empty"),
    "whitespace": (b" \n\t\n", 2, "empty"),
    "pdf": (PDF, 2, "is a PDF"),
    "png": (PNG, 2, "is a PNG image"),
    "latin1": (LATIN1, 2, "not UTF-8"),
    "controls": (b"\x01\x02\x03\x04" * 100, 2, "control characters"),
    "utf16_bom": (SAMPLE_ARTICLE.encode("utf-16"), 0, ""),
    "html": (HTML_PAGE.encode(), 0, ""),
    "one_megabyte": (one_megabyte_article().encode(), 0, ""),
    "rtl_cjk": (f"{ARABIC}\n{HEBREW}\n{CJK}\n".encode(), 0, ""),
    "one_million_and_one": (long_article(1_000_001).encode(), 0, ""),
    "two_million": (long_article(2_000_000).encode(), 0, ""),
    "two_million_and_one": (long_article(2_000_001).encode(), 2, "max_article_chars=2,000,000"),
    "no_sentence_end": (NO_SENTENCE_END, 0, ""),
    "tiny_sentences": (TINY_SENTENCES, 0, ""),
    "nul_at_start": (b"\x00\x00" + SAMPLE_ARTICLE.encode(), 2, "NUL bytes"),
    "mixed_newlines": (MIXED_NEWLINES, 0, ""),
    "emoji_lead": (EMOJI_LEAD.encode(), 0, ""),
}


@pytest.fixture(scope="module")
def cli_runs(tmp_path_factory) -> dict[str, subprocess.CompletedProcess]:
    folder = tmp_path_factory.mktemp("inputs")
    with FakeOpenAIServer(reply=quoting_brief) as server:

        def run(name: str) -> subprocess.CompletedProcess:
            path = folder / f"{name}.txt"
            path.write_bytes(CLI_INPUTS[name][0])
            command = [sys.executable, "-m", "summarizer.cli", "summarize", str(path), "--model", MODEL, "--base-url", server.url]
            return subprocess.run(command, capture_output=True, text=True, env=cli_env(), cwd=folder, timeout=180)

        with ThreadPoolExecutor(3) as pool:
            return dict(zip(CLI_INPUTS, pool.map(run, CLI_INPUTS)))


@pytest.mark.parametrize("name", list(CLI_INPUTS))
def test_cli_bad_input_exit_codes(name: str, cli_runs) -> None:
    _, code, words = CLI_INPUTS[name]
    proc = cli_runs[name]
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    if code:
        assert re.fullmatch(rf"summarizer: InputError: [^\n]*{words}[^\n]*\n", proc.stderr), proc.stderr
    else:
        assert proc.stderr == "" and '"headline_summary"' in proc.stdout


def test_cli_reads_standard_input() -> None:
    with FakeOpenAIServer(reply=quoting_brief) as server:
        command = [sys.executable, "-m", "summarizer.cli", "summarize", "-", "--model", MODEL, "--base-url", server.url]
        proc = subprocess.run(command, input=PDF, capture_output=True, env=cli_env(), timeout=120)
    assert proc.returncode == 2 and b"standard input is a PDF" in proc.stderr


# -- properties -----------------------------------------------------------------------
QUALIFIERS = ["exactly", "at_least", "at_most", "about", "range", "unspecified"]
maybe_int = st.one_of(st.none(), st.integers(min_value=-3, max_value=10**7))


@settings(max_examples=300, deadline=None)
@given(value=maybe_int, low=maybe_int, high=maybe_int, qualifier=st.sampled_from(QUALIFIERS), unit=st.text(max_size=20))
def test_count_either_validates_and_obeys_the_table_or_is_rejected(value, low, high, qualifier, unit) -> None:
    try:
        count = CountDraft(value=value, low=low, high=high, qualifier=qualifier, unit=unit)
    except ValidationError:
        return
    numbers = [n for n in (count.value, count.low, count.high) if n is not None]
    assert all(n >= 0 for n in numbers)
    if count.qualifier == "range":
        assert count.value is None and count.low is not None and count.high is not None and count.low <= count.high
    elif count.qualifier == "unspecified":
        assert numbers == []
    else:
        assert count.value is not None and count.low is None and count.high is None


article_text = st.text(
    alphabet=st.sampled_from(list("abcdefghij ABC,.'\"-\n\t\u00e9\u00fc\u4e2d\u0627\u2019\u201c\u201d0123456789")),
    min_size=1,
    max_size=300,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(article=article_text, data=st.data())
def test_locate_finds_any_slice_of_the_article(article: str, data) -> None:
    from summarizer.grounding import locate

    i = data.draw(st.integers(0, len(article) - 1))
    j = data.draw(st.integers(i + 1, len(article)))
    evidence = article[i:j]
    assume(evidence.strip())
    span = locate(evidence, article)
    assert span.alignment is AlignmentStatus.exact
    assert article[span.start : span.end] == evidence


@settings(max_examples=200, deadline=None)
@given(article=article_text, budget=st.integers(4, 60))
def test_split_parts_are_exact_slices_within_budget(article: str, budget: int) -> None:
    from summarizer.chunking import split_article

    def count(text: str) -> int:
        return max(1, len(text) // 4)

    parts = split_article(article, budget, count)
    for part in parts:
        assert article[part.start : part.end] == part.text and part.text.strip()
    covered = {i for p in parts for i in range(p.start, p.end)}
    assert all(ch.isspace() for k, ch in enumerate(article) if k not in covered)
    assert [p.start for p in parts] == sorted(p.start for p in parts)


def test_embedded_default_briefs_a_quarter_megabyte_without_crashing() -> None:
    # The staged strategy reads sentence by sentence, so it needs no chunking; it must just scale.
    article = one_megabyte_article()[:250_000]
    brief = summarize(article, model="embedded")
    assert brief.metadata.usage.calls == 0  # the default (staged) asks the model nothing: no `model` marker
    assert brief.is_relevant and brief.metadata.chunks == 1
    assert all(article[m.span.start : m.span.end] == m.evidence for m in brief.movements if m.span.alignment is AlignmentStatus.exact)
