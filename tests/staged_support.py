"""Running the staged rules on an invented sentence, for the rule tests: a headline and a dated dateline are put
before it, as a news page has them (the dateline gives the story's year)."""

from __future__ import annotations

from summarizer.strategies.staged import StagedNoModel
from summarizer.strategies.staged.candidates import find_moves
from summarizer.strategies.staged.sentences import parse_article

LEAD = "Headline here\n\nWire, Mar 3 2025\n\n"


def claims(text: str) -> list:
    """The rules' movement claims for `text`, before fields and linking."""
    return find_moves(parse_article(LEAD + text + "\n"))


def moves(text: str) -> list:
    """The movements of the brief the rules alone make of `text`."""
    draft, _ = StagedNoModel().extract(LEAD + text + "\n", None)
    return draft.movements


def move_with(text: str, word: str):
    """The first movement whose evidence holds `word` (failing with the evidences when none does)."""
    found = [m for m in moves(text) if word in m.evidence]
    assert found, [m.evidence for m in moves(text)]
    return found[0]
