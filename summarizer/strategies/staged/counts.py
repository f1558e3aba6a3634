"""Counts by rule: how many, and how the text hedges it (the contract's table).

`parse_count(phrase, unit)` reads the first quantity in a noun phrase such as
"at least 300 fighters", "more than two dozen jets", "between 3,000 and 4,000
soldiers", "hundreds of militiamen" or "a 400-strong unit" and returns a
CountDraft, or None when the phrase states no quantity at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas import CountDraft

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12}

# Qualifier phrases, longest first so "no more than" wins over "more than".
_QUALIFIERS: list[tuple[tuple[str, ...], str]] = sorted(
    [
        (tuple(p.split()), q)
        for q, phrases in {
            "at_least": ["at least", "more than", "over", "upwards of", "in excess of", "no fewer than",
                         "no less than", "at a minimum", "well over", "more than a"],
            "about": ["about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
                      "nearly", "almost", "close to", "an approximate", "or so", "circa", "just under",
                      "just over"],
            "at_most": ["up to", "as many as", "at most", "no more than", "fewer than", "less than",
                        "under", "a maximum of"],
        }.items()
        for p in phrases
    ],
    key=lambda item: -len(item[0]),
)
# Vague amounts: the qualifier is "unspecified" and there is no value.
_VAGUE = {"hundreds", "thousands", "dozens", "scores", "several", "tens", "millions", "numerous", "few"}

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


@dataclass
class Quantity:
    value: int | None
    low: int | None
    high: int | None
    qualifier: str

    def draft(self, unit: str) -> CountDraft:
        return CountDraft(value=self.value, low=self.low, high=self.high, qualifier=self.qualifier, unit=unit)


def _tokens(phrase: str) -> list[str]:
    text = phrase.lower().replace("\u2013", "-").replace("\u2014", " ")
    text = re.sub(r"\b\d{1,2}[:.]\d{2}\b(?:\s*(?:gmt|utc|a\.m\.|p\.m\.|am|pm|local time))?", " ", text)  # a clock time, not a count
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # twenty-five -> twenty five
    text = re.sub(r"(?<=\d)-(?=[a-z])", " ", text)  # 400-strong -> 400 strong
    text = re.sub(r"(?<=\d)-(?=\d)", " - ", text)  # 3,000-4,000 -> 3,000 - 4,000
    return [t for t in re.split(r"[\s\"'()\[\];:]+", text.replace(", ", " , ")) if t]


def _is_number_word(tokens: list[str], i: int) -> bool:
    token = tokens[i]
    if token in _SMALL or token in _SCALES or _DIGITS.match(token):
        return True
    # "a hundred", "a dozen": the article counts only before a scale word.
    return token in {"a", "an"} and i + 1 < len(tokens) and tokens[i + 1] in _SCALES


def _read_number(tokens: list[str], i: int) -> tuple[int, int] | None:
    """(value, next index) of the number starting at tokens[i], or None."""
    if i >= len(tokens) or not _is_number_word(tokens, i):
        return None
    total, current, j, seen = 0.0, 0.0, i, False
    while j < len(tokens):
        token = tokens[j]
        if token == "and" and seen and j + 1 < len(tokens) and tokens[j + 1] in _SMALL:
            j += 1
            continue
        if not _is_number_word(tokens, j):
            break
        if token in {"a", "an"}:
            current = max(current, 1.0)
        elif token in _SMALL:
            current += _SMALL[token]
        elif token in _SCALES:
            scale = _SCALES[token]
            if scale >= 1000:
                total += max(current, 1.0) * scale
                current = 0.0
            else:
                current = max(current, 1.0) * scale
        else:
            if seen and current:  # two bare numbers in a row: a new number starts
                break
            current += float(token.replace(",", ""))
        seen = True
        j += 1
    if j < len(tokens) and tokens[j] in {"st", "nd", "rd", "th"}:
        return None
    value = int(round(total + current))
    return value, j


def _match_qualifier(tokens: list[str], i: int) -> tuple[str, int] | None:
    for words, qualifier in _QUALIFIERS:
        if tuple(tokens[i : i + len(words)]) == words:
            return qualifier, i + len(words)
    return None


def find_quantity(phrase: str) -> Quantity | None:
    """The first quantity in the phrase, with its qualifier."""
    tokens = _tokens(phrase)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == "between":
            first = _read_number(tokens, i + 1)
            if first and first[1] < len(tokens) and tokens[first[1]] == "and":
                second = _read_number(tokens, first[1] + 1)
                if second:
                    return Quantity(None, min(first[0], second[0]), max(first[0], second[0]), "range")
        qualified = _match_qualifier(tokens, i)
        start, qualifier = (qualified[1], qualified[0]) if qualified else (i, "exactly")
        number = _read_number(tokens, start)
        if number:
            value, after = number
            if after + 1 < len(tokens) and tokens[after] in {"to", "-", "or"}:
                upper = _read_number(tokens, after + 1)
                if upper and upper[0] > value:
                    return Quantity(None, value, upper[0], "range")
            if _looks_like_year(tokens, start, value):
                i += 1
                continue
            return Quantity(value, None, None, qualifier)
        if token in _VAGUE or token == "some":
            return Quantity(None, None, None, "unspecified")
        i += 1
    return None


def _looks_like_year(tokens: list[str], i: int, value: int) -> bool:
    token = tokens[i]
    return (
        1900 <= value <= 2100
        and token.isdigit()
        and i > 0
        and tokens[i - 1] in {"in", "since", "of", "from", "until", "by"}
    )


def parse_count(phrase: str, unit: str) -> CountDraft | None:
    """A CountDraft for the first quantity in `phrase`, counted in `unit`; None when none."""
    quantity = find_quantity(phrase)
    return quantity.draft(unit) if quantity else None
