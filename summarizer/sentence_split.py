"""The one regular-expression sentence splitter, for code that must not load spaCy.

Used where a sentence boundary is needed cheaply: chunking a long article for
a model's context, the number check of grounding (a count must be stated in
its evidence or its sentence), the scorer's `numbers_found_rate`, and the
cue-word baseline. The staged strategy reads sentences with spaCy
(`summarizer.strategies.staged.sentences`), which also parses them.

A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets)
before white space or the end of the text, or at a line break: headlines and
datelines end at theirs. A full stop after an initial ("U.S.", "J. Smith") or
a title ("Gen.", "Mr") ends nothing.
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "SENTENCE_END", "sentence_bounds", "sentence_spans"]

# Abbreviations news copy puts before a number or a name ("approx. 200 troops", "No. 3 Commando", "Brig. Ahmed"):
# their full stop ends nothing. The spaCy reader (summarizer.strategies.staged.sentences) uses the same list.
ABBREVIATIONS = ("Mr", "Ms", "Dr", "St", "Lt", "Gen", "Col", "Sgt", "approx", "Approx", "est", "Est", "ca", "incl",
                 "appr", "No", "Nos", "nos", "Pte", "Cpl", "Capt", "Maj", "Brig", "Adm", "Cmdr")
SENTENCE_END = re.compile(
    r"(?<![ .][A-Z])" + "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS)
    + r"[.!?][\"'\u201d\u2019)\]]*(?=\s|$)\s*|\n\s*"
)
# How far sentence_bounds looks either side: a "sentence" without an end for
# this long is a table or a wall of text, and a window is as good as a sentence.
_REACH = 1500


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, white space around it excluded; text[start:end] is the sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence(s) around text[start:end] (at most _REACH characters either side)."""
    left = text[max(0, start - _REACH) : start]
    cuts = list(SENTENCE_END.finditer(left))
    begin = start - len(left) + cuts[-1].end() if cuts else max(0, start - _REACH)
    right = SENTENCE_END.search(text, end, min(len(text), end + _REACH))
    return begin, right.end() if right else min(len(text), end + _REACH)
