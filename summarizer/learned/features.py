"""What the learned model sees of a sentence: its words (entities masked by type) and what the rules found.

Two parts, both computed from the spaCy parse the staged rules already make:

* text: the sentence with named entities replaced by their type and numbers by
  NUM ("NORP troops entered GPE on DATE"), hashed into word 1-2 grams and
  character 3-5 grams, so the model learns how movements are *said*, not which
  countries were in the training news;
* cue features: the rules' candidate claims in the sentence (status x armed),
  a denial cue, a casualty toll, attribution, quotes, place and nationality
  entities, position in the article, and the same for the neighbouring sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import sparse

from summarizer.strategies.staged.candidates import find_moves
from summarizer.strategies.staged.casualties import casualty_items
from summarizer.strategies.staged.denials import denial_cue
from summarizer.strategies.staged.lexicons import words
from summarizer.strategies.staged.sentences import ParsedArticle
from summarizer.strategies.staged.types import ArmedVerdict, ClaimStatus

HASH_FEATURES = 2**18  # per text view (words, characters); collisions are rare at this size
_STATUSES = tuple(s for s in ClaimStatus if s != ClaimStatus.VETOED)  # a veto comes after the features
_ARMED = tuple(ArmedVerdict)
_MASKED_ENTS = {"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON", "DATE", "TIME", "CARDINAL", "QUANTITY", "ORDINAL"}


@dataclass
class RuleView:
    """One body sentence as the model sees it, plus where it sits in the article."""

    index: int
    start: int
    end: int
    text: str
    masked: str
    cues: dict[str, float] = field(default_factory=dict)


def masked_text(span: Any) -> str:
    out: list[str] = []
    for token in span:
        if token.ent_type_ in _MASKED_ENTS:
            if token.ent_iob_ == "B" or not out or out[-1] != token.ent_type_:
                out.append(token.ent_type_)
        elif token.like_num:
            out.append("NUM")
        elif token.pos_ in {"VERB", "NOUN", "AUX"}:
            out.append(token.lemma_.lower())  # "deployed", "deploys" -> "deploy": few examples, so pool the forms
        else:
            out.append(token.lower_)
    return " ".join(out)


def _own_cues(parsed: ParsedArticle, sentence: Any, claims: list) -> dict[str, float]:
    span = sentence.span
    cues: dict[str, float] = {}
    for claim in claims:
        cues[f"claim:{claim.status}"] = 1.0
        cues[f"claim:{claim.status}:{claim.armed}"] = 1.0
    negated = any(c.status == ClaimStatus.NEGATED for c in claims)
    if denial_cue(span, False) is not None:
        cues["denial_cue"] = 1.0
    elif negated and denial_cue(span, True) is not None:
        cues["denial_cue_negated"] = 1.0
    if casualty_items(parsed, sentence):
        cues["casualty_toll"] = 1.0
    says = words("attribution_verbs")
    if any(t.lemma_.lower() in says and t.pos_ == "VERB" for t in span) or "according to" in span.text.lower():
        cues["attribution"] = 1.0
    if any(ch in span.text for ch in '"\u201c\u201d'):
        cues["quote"] = 1.0
    kinds = {e.label_ for e in span.ents}
    for kind in ("GPE", "LOC", "FAC", "NORP", "ORG", "CARDINAL"):
        if kind in kinds:
            cues[f"ent:{kind}"] = 1.0
    if any(t.lower_ in words("armed_forces") or t.lemma_.lower() in words("armed_forces") for t in span):
        cues["armed_noun"] = 1.0
    if any(t.dep_ == "neg" for t in span):
        cues["negation"] = 1.0
    return cues


def rule_view(parsed: ParsedArticle) -> list[RuleView]:
    """A RuleView per body sentence; neighbours' cues are copied in with a prefix (context)."""
    claims = find_moves(parsed)
    by_sentence: dict[int, list] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence.index, []).append(claim)
    total = max(1, len(parsed.sentences))
    article_moves = any(c.status == ClaimStatus.MOVEMENT for c in claims)
    views: list[RuleView] = []
    own: list[dict[str, float]] = []
    for sentence in parsed.sentences:
        cues = _own_cues(parsed, sentence, by_sentence.get(sentence.index, []))
        own.append(cues)
        views.append(RuleView(sentence.index, sentence.start, sentence.end, sentence.text, masked_text(sentence.span)))
    for i, view in enumerate(views):
        cues = dict(own[i])
        if i > 0:
            cues.update({f"prev:{k}": v for k, v in own[i - 1].items() if k.startswith(("claim:movement", "denial", "casualty"))})
        if i + 1 < len(views):
            cues.update({f"next:{k}": v for k, v in own[i + 1].items() if k.startswith(("claim:movement", "denial", "casualty"))})
        cues["first_sentence"] = 1.0 if i == 0 else 0.0
        cues["position"] = i / total
        cues["article_rule_movement"] = 1.0 if article_moves else 0.0
        view.cues = cues
    return views


def cue_names() -> list[str]:
    """The fixed order of cue features (names unseen in training simply weigh nothing)."""
    names = [f"claim:{s}" for s in _STATUSES] + [f"claim:{s}:{a}" for s in _STATUSES for a in _ARMED]
    names += ["denial_cue", "denial_cue_negated", "casualty_toll", "attribution", "quote", "armed_noun", "negation"]
    names += [f"ent:{k}" for k in ("GPE", "LOC", "FAC", "NORP", "ORG", "CARDINAL")]
    context = [n for n in names if n.startswith(("claim:movement", "denial", "casualty"))]
    names += [f"prev:{n}" for n in context] + [f"next:{n}" for n in context]
    names += ["first_sentence", "position", "article_rule_movement"]
    return names


def cue_matrix(views: list[RuleView]) -> sparse.csr_matrix:
    names = cue_names()
    column = {n: i for i, n in enumerate(names)}
    rows, cols, vals = [], [], []
    for r, view in enumerate(views):
        for name, value in view.cues.items():
            if name in column and value:
                rows.append(r)
                cols.append(column[name])
                vals.append(value)
    return sparse.csr_matrix((np.asarray(vals, dtype=np.float64), (rows, cols)), shape=(len(views), len(names)))


def hashed_text(views: list[RuleView]) -> sparse.csr_matrix:
    """Raw term counts of word 1-2 grams and character 3-5 grams of the masked text (idf applied by the model)."""
    from sklearn.feature_extraction.text import HashingVectorizer

    texts = [v.masked for v in views]
    common = {"n_features": HASH_FEATURES, "alternate_sign": False, "norm": None, "lowercase": False}
    word = HashingVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"[^ ]+", **common)
    char = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), **common)
    return sparse.hstack([word.transform(texts), char.transform(texts)], format="csr")
