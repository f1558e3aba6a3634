"""Denials and disputes: who denies, what, and the exact clause that says so.

A sentence is a denial when it carries a denial cue ("denied", "dismissed",
"false", "no evidence"), negates a movement ("no group ... had entered"), or
reports a party's rebuttal of a move's purpose ("would not take part in
combat"). News boilerplate such as "did not respond to a request for comment"
or "could not independently verify" is not a denial.
"""

from __future__ import annotations

import re
from typing import Any

from summarizer.strategies.staged import fields
from summarizer.strategies.staged.assemble import Item, offsets
from summarizer.strategies.staged.lexicons import words
from summarizer.strategies.staged.sentences import ParsedArticle, Sentence

Token = Any
_PURPOSE_NEGATIONS = re.compile(
    r"\b(?:not|never)\b.{0,40}\b(?:directed|aimed|take part|combat|participat|preparation|provocation)"
    r"|\bonly to\b|\bno (?:\w+ ){0,2}(?:troops?|soldiers?|forces|fighters|militia|units?|vessels)\b",
    re.IGNORECASE,
)
_MOVE_NOUNS = {"relocation", "deployment", "move", "movement", "rotation", "withdrawal", "incursion", "build-up",
               "buildup", "exercise", "drill", "presence", "reinforcement", "arrival", "advance", "offensive"}
_VERB_CUES = {"deny", "dismiss", "reject", "refute", "rebut", "contest", "dispute"}


def _has_phrase(text: str, lexicon: str) -> bool:
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(cue)}\b", lowered) for cue in words(lexicon))


def denial_cue(sentence: Any, negated_move: bool) -> Token | None:
    """The token that carries the denial (a verb to take the denier from), or None."""
    text = sentence.text
    if _has_phrase(text, "non_denials") and not any(t.lemma_.lower() in {"deny", "dismiss", "reject"} for t in sentence):
        return None
    cues = words("denial_cues")
    for token in sentence:
        if token.pos_ == "VERB" and token.lemma_.lower() in cues and _disputes_a_claim(token):
            if token.dep_ == "relcl":
                return None  # "a charge Rwanda denies": background to another claim
            return token
    says = fields.attribution_verbs(sentence)
    phrase_cue = any(
        re.search(rf"\b{re.escape(cue)}\b", text.lower()) for cue in words("denial_cues") - _VERB_CUES
    )
    if negated_move or phrase_cue or _PURPOSE_NEGATIONS.search(text):
        if says:
            return says[0]
        root = sentence.root
        return root
    return None


_CLAIM_NOUNS = {
    "report", "claim", "allegation", "accusation", "finding", "suggestion", "statement", "account", "assertion",
    "story", "speculation", "rumour", "rumor", "it", "this", "that", "them", "charge", "reports", "presence",
    "deployment", "incursion", "movement", "idea", "figure", "number", "estimate", "assessment",
}  # fmt: skip


def _disputes_a_claim(verb: Token) -> bool:
    """"denied that ...", "dismissed the report": yes; "dismissed the general": no."""
    if verb.lemma_.lower() in {"deny", "refute", "rebut"}:
        return not any(c.dep_ == "dobj" and c.lemma_.lower() in {"entry", "access", "visa", "permission", "request"} for c in verb.children)
    if any(c.dep_ in {"ccomp"} for c in verb.children) or any(c.lower_ == "as" for c in verb.children):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _CLAIM_NOUNS for c in verb.children)


def _clause(verb: Token) -> list[Token]:
    """The verb's subtree without trailing conjoined clauses (", and that it does not ...")."""
    drop: set[int] = set()

    def prune(token: Token) -> None:
        for child in token.children:
            negates = any(t.dep_ == "neg" or (t.dep_ == "det" and t.lower_ == "no") for t in child.subtree)
            if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"} and child.i > token.i and not negates:
                drop.update(t.i for t in child.subtree)
                drop.update(c.i for c in token.children if c.dep_ == "cc" and c.i < child.i and c.i > token.i)
            elif child.dep_ in {"ccomp", "xcomp"}:
                prune(child)
            elif child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > token.i:
                drop.update(t.i for t in child.subtree)  # ", calling them ..."

    prune(verb)
    tokens = [t for t in verb.subtree if t.i not in drop]
    low, high = tokens[0].i, tokens[-1].i
    span = [verb.doc[i] for i in range(low, high + 1) if verb.doc[i].i not in drop or verb.doc[i].i < low]
    span = [t for t in span if t.i not in drop]
    while span and (span[-1].is_punct or span[-1].dep_ == "cc"):
        span.pop()
    return span


def _what(verb: Token) -> str:
    content = next((c for c in verb.children if c.dep_ in {"ccomp", "dobj", "xcomp"}), None)
    if content is None:
        return fields.span_text(_clause(verb))
    tokens = [t for t in content.subtree]
    text = fields.span_text(tokens)
    return text if len(text) <= 160 else text[:157].rsplit(" ", 1)[0] + "..."


def denial_item(article: ParsedArticle, sentence: Sentence, negated_move: bool, previous_source: str | None) -> Item | None:
    cue = denial_cue(sentence.span, negated_move)
    if cue is None:
        return None
    subject = fields._subject(cue)
    head = cue
    while subject is None and head.dep_ in {"conj", "xcomp", "ccomp", "advcl"} and head.head != head:
        head = head.head
        subject = fields._subject(head)
    if subject is not None and subject.lower_ in fields.PRONOUNS:
        denier = previous_source
    elif subject is not None:
        denier = fields.source_text(subject)
    else:
        denier = next((e.text for e in sentence.span.ents if e.label_ in {"ORG", "PERSON", "GPE", "NORP"}), None)
    if not denier:
        denier = previous_source or "unnamed official"
    top = head if head != cue else cue
    tokens = _clause(top)
    start, end = offsets(sentence, tokens)
    what = _what(cue)
    strong = cue.lemma_.lower() == "deny" or negated_move
    return Item("denial", start, end, sentence, {
        "denier": denier,
        "what": what,
        "targets": [],
        "evidence": article.text[start:end],
        "_strong": strong,
    })


def related(denial: Item, movements: list[Item]) -> bool:
    """A weak cue ("false", "dismissed ... as") counts only when the sentence is about the forces or moves."""
    if denial.data["_strong"]:
        return True
    from summarizer.strategies.staged.linking import _names

    sentence = denial.sentence.span
    if any(t.lemma_.lower() in _MOVE_NOUNS and t.pos_ == "NOUN" for t in sentence):
        return True
    lemmas = {t.lemma_.lower() for t in sentence if t.pos_ == "NOUN"}
    named = _names(sentence.text)
    for move in movements:
        actor_nouns = {w.lower().rstrip("s") for w in move.data["actor"].split()}
        if named & _names(" ".join(filter(None, [move.data["actor"], move.data.get("destination")]))):
            return True
        if {lemma.rstrip("s") for lemma in lemmas} & actor_nouns & words("armed_forces"):
            return True
    return False
