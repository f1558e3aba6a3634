"""Cue lexicons of the staged strategy, read from summarizer/data/lexicons/*.txt.

The word lists are data, not code: an analyst can add a verb or a cue without
touching the rules, and `lexicon_digest()` folds every file into the strategy's
version so a lexicon change invalidates caches and recordings.

The rules' named domain word lists live here. Lists of English grammar stay in
the code beside the rule that reads them: pronouns, determiners, prepositions,
modals, quantity and qualifier words, aspectual verbs ("begin", "continue"),
stop words and number words; editing those changes how a sentence is parsed,
not what the domain is.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parents[2] / "data" / "lexicons"


def _lines(name: str) -> list[str]:
    path = LEXICON_DIR / f"{name}.txt"
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if line.strip():
            lines.append(line.strip())
    return lines


@cache
def words(name: str) -> frozenset[str]:
    """The entries of one lexicon, lower-cased."""
    return frozenset(line.lower() for line in _lines(name))


@cache
def names(name: str) -> frozenset[str]:
    """The entries of one lexicon, case kept (proper names: "KFOR", "Taliban")."""
    return frozenset(_lines(name))


@cache
def pairs(name: str) -> dict[str, str]:
    """A two-column lexicon ("word<TAB>value") as a dict."""
    table = {}
    for line in _lines(name):
        key, _, value = line.partition("\t")
        table[key.strip().lower()] = value.strip()
    return table


@cache
def pairs_cased(name: str) -> dict[str, str]:
    """A two-column lexicon with its case kept (names of countries)."""
    table = {}
    for line in _lines(name):
        key, _, value = line.partition("\t")
        table[key.strip()] = value.strip()
    return table


@cache
def lexicon_digest() -> str:
    """12 hex digits over every lexicon file: part of the strategy's version."""
    digest = hashlib.sha256()
    for path in sorted(LEXICON_DIR.glob("*.txt")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
