"""How predicted items are paired with gold items, and the small text tests the scorer uses.

The alignment rule (documented in evals/README.md):

* pairwise similarity = EVIDENCE_WEIGHT * evidence term + FIELD_WEIGHT * field term;
* evidence term: when both evidence strings are found verbatim in the article
  (`str.find`, first occurrence), the IoU of their character intervals;
  otherwise the Jaccard overlap of their lower-cased word tokens;
* field term: the mean rapidfuzz `token_set_ratio` (0..1) of the item's
  identifying fields (movement: actor and destination; denial: denier;
  casualty: who and where), null against null counting 1 and null against a
  value 0;
* one-to-one pairs by `scipy.optimize.linear_sum_assignment` maximising the
  total similarity; a pair counts as matched only at MIN_SIMILARITY or more.

Everything here is a pure function of its arguments: no model, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
from rapidfuzz import fuzz, utils
from scipy.optimize import linear_sum_assignment

EVIDENCE_WEIGHT = 0.6
FIELD_WEIGHT = 0.4
# A paraphrased evidence (token Jaccard ~0.1-0.3) with the same actor and
# destination scores ~0.45-0.55 and still matches; a different actor going to
# a different place with unrelated evidence stays under this.
MIN_SIMILARITY = 0.35
# token_set_ratio (0-100, after lower-casing and stripping punctuation) at or
# above which two field values count as the same: "Mandera" and "the border
# town of Mandera" agree (100), "Kenyan soldiers" and "Kenyan troops" do not (64).
FIELD_MATCH_THRESHOLD = 80.0

Item = TypeVar("Item")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Pair:
    """A predicted item matched to a gold item."""

    pred: int
    gold: int
    similarity: float


def word_tokens(text: str) -> set[str]:
    return {token.lower() for token in _WORD.findall(text)}


def token_jaccard(a: str, b: str) -> float:
    left, right = word_tokens(a), word_tokens(b)
    if not left and not right:
        return 1.0
    return len(left & right) / len(left | right)


def found_at(evidence: str, article: str) -> int:
    """Offset of the evidence in the article, -1 when it is not there verbatim."""
    return article.find(evidence) if evidence else -1


def evidence_similarity(a: str, b: str, article: str) -> float:
    start_a, start_b = found_at(a, article), found_at(b, article)
    if start_a >= 0 and start_b >= 0:
        end_a, end_b = start_a + len(a), start_b + len(b)
        overlap = max(0, min(end_a, end_b) - max(start_a, start_b))
        union = max(end_a, end_b) - min(start_a, start_b)
        return overlap / union if union else 1.0
    return token_jaccard(a, b)


def text_similarity(a: str | None, b: str | None) -> float:
    """0..1; null against null is a perfect match, null against a value none."""
    if a is None and b is None:
        return 1.0
    if a is None or b is None:
        return 0.0
    return fuzz.token_set_ratio(a, b, processor=utils.default_process) / 100.0


def same_text(a: str | None, b: str | None) -> bool:
    return text_similarity(a, b) * 100.0 >= FIELD_MATCH_THRESHOLD


def _identity_fields(item: Any) -> tuple[str | None, ...]:
    if hasattr(item, "actor"):
        return (item.actor, item.destination)
    if hasattr(item, "denier"):
        return (item.denier,)
    return (item.who, item.where)


def item_similarity(pred: Any, gold: Any, article: str) -> float:
    """The documented pairwise similarity of two movements, denials or casualties."""
    evidence = evidence_similarity(pred.evidence, gold.evidence, article)
    pairs = list(zip(_identity_fields(pred), _identity_fields(gold), strict=True))
    fields = sum(text_similarity(p, g) for p, g in pairs) / len(pairs)
    return EVIDENCE_WEIGHT * evidence + FIELD_WEIGHT * fields


def align(
    preds: Sequence[Item],
    golds: Sequence[Item],
    similarity: Callable[[Item, Item], float],
    minimum: float = MIN_SIMILARITY,
) -> list[Pair]:
    """Optimal one-to-one pairs whose similarity reaches `minimum`, by predicted index."""
    if not preds or not golds:
        return []
    matrix = np.array([[similarity(p, g) for g in golds] for p in preds], dtype=float)
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    pairs = [Pair(int(r), int(c), float(matrix[r, c])) for r, c in zip(rows, cols, strict=True)]
    return sorted((p for p in pairs if p.similarity >= minimum), key=lambda p: p.pred)


def set_overlap(preds: Sequence[str], golds: Sequence[str]) -> float:
    """Fuzzy Jaccard of two string lists (sources): matched / (|P| + |G| - matched)."""
    if not preds and not golds:
        return 1.0
    pairs = align(preds, golds, text_similarity, minimum=FIELD_MATCH_THRESHOLD / 100.0)
    matched = len(pairs)
    return matched / (len(preds) + len(golds) - matched)


# --------------------------------------------------------------------------
# Numbers in text, to tell a count the article states from an invented one.
# --------------------------------------------------------------------------

_UNITS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {word: 10 * (i + 2) for i, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"thousand": 1_000, "million": 1_000_000}
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+")
_WORDS = re.compile(r"[a-z]+")


def numbers_in(text: str) -> set[int]:
    """Integers a text states, in digits ("1,200") or words ("two dozen", "three hundred")."""
    found = {int(match.replace(",", "")) for match in _DIGITS.findall(text)}
    lowered = text.lower()
    found |= {int(m) * 1000 for m in re.findall(r"(\d+)\s*(?:thousand|k\b)", lowered)}
    found |= {int(m) * 1_000_000 for m in re.findall(r"(\d+)\s*million", lowered)}
    found |= _word_numbers(_WORDS.findall(lowered))
    return found


def _word_numbers(words: list[str]) -> set[int]:
    found: set[int] = set()
    total = current = 0
    in_number = False

    def close() -> None:
        nonlocal total, current, in_number
        if in_number:
            found.add(total + current)
        total = current = 0
        in_number = False

    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "dozen":
            current = max(current, 1) * 12
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        elif word in {"a", "an"} and following in {"dozen", "hundred", "thousand", "million"}:
            close()
            in_number = True
            continue
        elif word == "and" and in_number and following in {*_UNITS, *_TENS}:
            continue
        else:
            close()
            continue
        in_number = True
    close()
    return found
