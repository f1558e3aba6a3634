"""How predicted items are paired with gold items: evidence decides, fields only re-rank.

The rule (documented with its numbers in evals/README.md):

1. Each item's evidence is placed in the article: its `span` when it has one
   whose text agrees with the evidence, else every verbatim occurrence of the
   evidence string (a gold file usually has no offsets).
2. Evidence agreement of a pair: the IoU of the two character intervals,
   taking the pair of occurrences that overlap most (so a phrase that occurs
   twice is read where the other side is); at least QUOTES_MORE when the
   prediction holds the whole gold interval without leaving its sentence,
   and scaled down by the share of the prediction outside the gold's
   sentence when it runs past it. When either side is not in the article
   verbatim: the both-way content-word overlap of the two strings.
3. A pair is admissible only when its evidence agreement reaches
   EVIDENCE_FLOOR. Fields never make a pair admissible: a right actor with
   evidence from another sentence is no match.
4. Admissible pairs are scored evidence + FIELD_WEIGHT x field agreement (the
   share of identifying fields that agree), every other cell is zero, and one
   `scipy.optimize.linear_sum_assignment` finds the most pairs first and,
   among those, the highest total score.

Field agreement is the both-way content-word overlap (the words two values
share over the word count of the longer side, parenthetical asides left out)
of at least FIELD_AGREEMENT, plus a shared name when either side has one.

Everything here is a pure function of its arguments: no model, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
from scipy.optimize import linear_sum_assignment

from summarizer.sentence_split import sentence_bounds

# Evidence agreement (IoU, or content-word overlap) below which two items
# are about different things. A gold clause and a tighter or wider cut of the
# same clause stay above it (measured: evals/README.md); another sentence, a
# headline, a single word of the gold clause or the whole article fall under.
EVIDENCE_FLOOR = 0.25
# A predicted evidence that holds the whole gold clause and stays inside its
# sentence ("..., killing at least 14 civilians" for "killing at least 14
# civilians") states the claim: it agrees at least this much, whatever its IoU.
# The reverse (a fragment of the gold clause) has no such credit.
QUOTES_MORE = 0.5
# Fields re-rank admissible pairs (two movers in one sentence): they can
# reorder pairs whose evidence differs by less than this, never admit one.
FIELD_WEIGHT = 0.25
# Two field values agree when the content words they share make at least this
# share of the longer side ("the lakeside city of Uvira" and "Uvira": 1/2) and
# they share a name when either names something (see same_text).
FIELD_AGREEMENT = 0.5

Item = TypeVar("Item")
_WORD = re.compile(r"\w+", re.UNICODE)
# Not content: function words, and the generic nouns that frame a place or a
# time ("the border town of X", "on Tuesday morning") without naming it.
STOP_WORDS = frozenset(
    """a an the of in on at to into onto from for by with and or but as via its it their his her
    this that these those than then s who which whose some any
    town city village region province district area border capital county state country
    morning afternoon evening night""".split()
)


@dataclass(frozen=True)
class Pair:
    """A predicted item matched to a gold item."""

    pred: int
    gold: int
    similarity: float


_ASIDE = re.compile(r"\([^()]*\)")


def content_words(text: str | None) -> frozenset[str]:
    """Lower-cased word tokens of a text minus STOP_WORDS and parenthetical asides (possessive 's dropped)."""
    if not text:
        return frozenset()
    words = (w.lower() for w in _WORD.findall(_ASIDE.sub(" ", text).replace("\u2019", "'")))
    return frozenset(w for w in words if w not in STOP_WORDS)


def names(text: str | None) -> frozenset[str]:
    """The content words written as names: capitalised, or with a digit ("Kenyan", "M23", "388th")."""
    if not text:
        return frozenset()
    found = (w for w in _WORD.findall(_ASIDE.sub(" ", text)) if w[0].isupper() or any(c.isdigit() for c in w))
    return frozenset(w.lower() for w in found if w.lower() not in STOP_WORDS)


def both_way_overlap(a: str | None, b: str | None) -> float:
    """|shared content words| / |content words of the longer side|; 0..1, symmetric.

    Two texts without content words ("the" and "the") agree only when equal
    after lower-casing.
    """
    left, right = content_words(a), content_words(b)
    if not left or not right:
        if left or right:
            return 0.0
        return 1.0 if (a or "").strip().lower() == (b or "").strip().lower() else 0.0
    return len(left & right) / max(len(left), len(right))


def same_text(a: str | None, b: str | None) -> bool:
    """Field agreement: the both-way overlap reaches FIELD_AGREEMENT and, when either side
    names something, they share a name ("troops" is not "Kenyan troops"). Null against null
    agrees, null against a value does not."""
    if a is None or b is None:
        return a is None and b is None
    if both_way_overlap(a, b) < FIELD_AGREEMENT:
        return False
    left, right = names(a), names(b)
    return not (left or right) or bool(left & right)


def occurrences(evidence: str, article: str) -> list[tuple[int, int]]:
    """Every verbatim (start, end) of the evidence in the article, overlapping ones included."""
    if not evidence:
        return []
    found, start = [], article.find(evidence)
    while start >= 0:
        found.append((start, start + len(evidence)))
        start = article.find(evidence, start + 1)
    return found


def placements(item: Any, article: str) -> list[tuple[int, int]]:
    """Where an item's evidence stands: its own span when that span's text agrees with the evidence."""
    span = getattr(item, "span", None)
    if span is not None and span.start is not None and span.end is not None and 0 <= span.start < span.end <= len(article):
        text = article[span.start : span.end]
        if text == item.evidence or both_way_overlap(text, item.evidence) >= 0.8:
            return [(span.start, span.end)]
    return occurrences(item.evidence, article)


def interval_iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    overlap = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return overlap / union if union else 0.0


def interval_agreement(pred: tuple[int, int], gold: tuple[int, int], article: str) -> float:
    """IoU of the intervals, adjusted by the gold evidence's sentence(s):

    * a prediction that holds the whole gold interval and stays inside its
      sentence agrees at least QUOTES_MORE;
    * a prediction that runs past that sentence is multiplied by the share
      of it inside the sentence, so quoting whole paragraphs (or the whole
      article) around the gold clause does not match.
    """
    iou = interval_iou(pred, gold)
    begin, end = sentence_bounds(article, gold[0], gold[1])
    if begin <= pred[0] and pred[1] <= end:
        contains = pred[0] <= gold[0] and gold[1] <= pred[1]
        return max(iou, QUOTES_MORE) if contains else iou
    inside = max(0, min(pred[1], end) - max(pred[0], begin))
    return iou * inside / (pred[1] - pred[0])


def evidence_agreement(pred: Any, gold: Any, article: str) -> float:
    """0..1: agreement of the closest placements, or both-way content-word overlap when one is not in the article."""
    left, right = placements(pred, article), placements(gold, article)
    if left and right:
        return max(interval_agreement(a, b, article) for a in left for b in right)
    return both_way_overlap(pred.evidence, gold.evidence)


def identity_fields(item: Any) -> tuple[str | None, ...]:
    """The fields that tell two items of one kind apart."""
    if hasattr(item, "actor"):
        return (item.actor, item.destination)
    if hasattr(item, "denier"):
        return (item.denier,)
    return (item.who, item.where)


def item_similarity(pred: Any, gold: Any, article: str) -> float:
    """0 when the evidence disagrees; else evidence agreement + FIELD_WEIGHT x share of agreeing fields."""
    evidence = evidence_agreement(pred, gold, article)
    if evidence < EVIDENCE_FLOOR:
        return 0.0
    pairs = list(zip(identity_fields(pred), identity_fields(gold), strict=True))
    fields = sum(same_text(p, g) for p, g in pairs) / len(pairs)
    return evidence + FIELD_WEIGHT * fields


def align(preds: Sequence[Item], golds: Sequence[Item], similarity: Callable[[Item, Item], float]) -> list[Pair]:
    """The most one-to-one pairs with similarity > 0, then the highest total; sorted by predicted index.

    Cells at 0 (inadmissible) are never paired. Every admissible cell gets a
    bonus larger than any total of similarities a smaller matching could
    reach, so the assignment maximises the number of pairs first.
    """
    if not preds or not golds:
        return []
    matrix = np.array([[similarity(p, g) for g in golds] for p in preds], dtype=float)
    admissible = matrix > 0
    bonus = float(matrix.max(initial=0.0)) * (min(matrix.shape) + 1) + 1.0
    rows, cols = linear_sum_assignment(np.where(admissible, matrix + bonus, 0.0), maximize=True)
    pairs = [Pair(int(r), int(c), float(matrix[r, c])) for r, c in zip(rows, cols, strict=True) if admissible[r, c]]
    return sorted(pairs, key=lambda p: p.pred)


def set_overlap(preds: Sequence[str], golds: Sequence[str]) -> float:
    """Set Jaccard of two string lists (sources): matched / (|P| + |G| - matched), values paired when they agree."""
    if not preds and not golds:
        return 1.0
    pairs = align(preds, golds, lambda p, g: 1.0 if same_text(p, g) else 0.0)
    matched = len(pairs)
    return matched / (len(preds) + len(golds) - matched)
