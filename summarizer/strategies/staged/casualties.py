"""Casualties: people reported killed or wounded, one entry per toll.

Cues are verbs ("killed seven", "were wounded", "died") and counted nouns
("nine dead", "19 bodies"). A toll needs a quantity (a number or "dozens"):
"killing civilians" says who suffered, not how many, and is not a toll. Tolls
dated before the story ("the 1994 genocide ... were killed") are history.
"""

from __future__ import annotations

from typing import Any

from summarizer.numbers import read_count
from summarizer.strategies.staged import fields
from summarizer.strategies.staged.assemble import Item, _strip_attribution, offsets, token_text
from summarizer.strategies.staged.candidates import counted_head
from summarizer.strategies.staged.lexicons import pairs
from summarizer.strategies.staged.sentences import ParsedArticle, Sentence

Token = Any
_COUNTED_NOUNS = {"dead", "body", "death", "casualty", "injured", "wounded"}


def _cue(token: Token) -> tuple[str, Token] | None:
    """(kind, victim) when the token reports a toll."""
    kinds = pairs("casualty_cues")
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in kinds and lemma not in _COUNTED_NOUNS:
        if any(c.dep_ == "neg" for c in token.children):
            return None
        victim = next((c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if victim is None and lemma == "die":
            victim = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if victim is None or victim.lower_ in fields.PRONOUNS - {"who"}:
            return None
        if victim.lower_ == "who":
            victim = token.head
        return kinds[lemma], victim
    if token.pos_ in {"NOUN", "ADJ"} and (lemma in _COUNTED_NOUNS or token.lower_ in _COUNTED_NOUNS):
        numbered = any(c.dep_ == "nummod" or c.like_num for c in token.children)
        before = token.doc[token.i - 1] if token.i > 0 else None
        if numbered or (before is not None and before.like_num):
            kind = "wounded" if token.lower_ in {"injured", "wounded"} else "killed"
            return kind, token
    return None


def _clause_root(token: Token) -> Token:
    if token.pos_ != "VERB":  # "a lower toll of nine dead": the verb that reports the toll
        head = token
        while head.pos_ not in {"VERB", "AUX"} and head.head != head:
            head = head.head
        return head
    if token.dep_ == "relcl":
        return token.head  # "a strike ... that killed seven": the strike's phrase
    if token.dep_ in {"advcl", "conj"} and token.head.pos_ == "VERB":
        return token.head  # "attacked the town, killing at least nine"; "killed 14 and wounded 37"
    return token


def _clause(root: Token) -> list[Token]:
    """The root's subtree without other clauses that carry their own subject."""
    drop: set[int] = set()
    for child in root.children:
        if child.dep_ in {"conj", "ccomp", "parataxis", "advcl"} and fields._subject(child) is not None and child.i > root.i:
            drop.update(t.i for t in child.subtree)
    tokens = [t for t in root.subtree if t.i not in drop]
    return _strip_attribution(tokens)


def _where(root: Token, clause: list[Token], sentence: Sentence) -> str | None:
    """The first place in the clause: a place entity, "in/at/on X", or the object attacked."""
    ids = {t.i for t in clause}
    found: list[tuple[int, str]] = []
    for ent in sentence.span.ents:
        if ent.label_ in {"GPE", "LOC", "FAC"} and ent.start in ids:
            found.append((ent.start, ent.text))
    for token in clause:
        if token.dep_ == "prep" and token.lower_ in {"in", "at", "on", "near"}:
            obj = next((c for c in token.children if c.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ == "PROPN" or fields._looks_like_place(obj)) and not fields._is_time(obj):
                found.append((obj.left_edge.i, fields.span_text(fields.phrase(obj))))
        if token.dep_ == "dobj" and token.head == root and fields._looks_like_place(token):
            found.append((token.left_edge.i, fields.span_text(fields.phrase(token))))
    if found:
        return min(found)[1]
    return next((e.text for e in sentence.span.ents if e.label_ in {"GPE", "LOC", "FAC"}), None)


def casualty_items(article: ParsedArticle, sentence: Sentence) -> list[Item]:
    items: list[Item] = []
    for token in sentence.span:
        found = _cue(token)
        if found is None:
            continue
        kind, victim = found
        root = _clause_root(token)
        if article.year and any(
            t.like_num and t.text.isdigit() and len(t.text) == 4 and 1900 < int(t.text) < article.year
            for t in root.subtree
        ):
            continue
        head = counted_head(victim)
        noun = head.text if head.pos_ in {"NOUN", "PROPN"} and not head.like_num else "people"
        if noun.lower() in {"others", "other", "dead", "bodies", "body", "injured", "wounded", "casualties"}:
            noun = "people"
        prefix = [t for t in victim.subtree if t.i <= head.i]
        if victim is token and token.i > 0 and token.doc[token.i - 1].like_num:
            prefix = [token.doc[token.i - 1], token]
        count = read_count(token_text(prefix), f"{noun} {kind}")
        if count is None:
            continue
        clause = _clause(root)
        if not clause:
            continue
        start, end = offsets(sentence, clause)
        cause = fields._subject(root) if root.pos_ == "VERB" else root
        if cause is not None and (cause.lower_ in fields.PRONOUNS or cause.i == victim.i):
            cause = None
        where = _where(root, clause, sentence)
        if victim is token:
            cause = None
        who_tokens = [t for t in fields.phrase(victim) if not t.like_num and t.ent_type_ != "CARDINAL"]
        items.append(Item("casualty", start, end, sentence, {
            "count": count,
            "who": fields.span_text(who_tokens) or None,
            "where": where,
            "cause": fields.span_text(fields.phrase(cause)) if cause is not None else None,
            "evidence": article.text[start:end],
            "_kind": kind,
        }))
    return items
