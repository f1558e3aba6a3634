"""Candidate claims: the movement verb, its mover and sender, and the claim's status."""

from __future__ import annotations

import pytest

from summarizer.strategies.staged.candidates import find_moves
from summarizer.strategies.staged.sentences import parse_article
from summarizer.strategies.staged.types import ClaimStatus

_HEAD = "Headline here\n\nWire, Mar 3 2025\n\n"


def _claims(text: str) -> list[tuple]:
    parsed = parse_article(_HEAD + text + "\n")
    return [(c.verb.lemma_.lower(), c.mover.text if c.mover is not None else None,
             c.sender.text if c.sender is not None else None, c.status) for c in find_moves(parsed)]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Kenyan troops moved from Dhobley to Afmadow on Tuesday, officials said.",
         ("move", "troops", None, ClaimStatus.MOVEMENT)),
        ("Russia has deployed about 300 special forces to Libya, two officials said.",
         ("deploy", "forces", "Russia", ClaimStatus.MOVEMENT)),
        ("The ministry plans to deploy 500 troops to the border next month.",
         ("deploy", "troops", None, ClaimStatus.PLAN)),
        ("No troops crossed the border, the ministry said.", ("cross", "troops", None, ClaimStatus.NEGATED)),
        ("Troops are stationed in Mali.", ("station", "Troops", None, ClaimStatus.PRESENCE)),
        ("The ministry said some 4,000 troops were to go to the frontier.",  # "be to": a schedule, not a report
         ("go", "troops", None, ClaimStatus.PLAN)),
        ("A flotilla of six frigates is to sail for the strait on Monday.", ("sail", "flotilla", None, ClaimStatus.PLAN)),
    ],
)
def test_the_claim_of_a_sentence(text, claim) -> None:
    assert _claims(text) == [claim]


def test_a_sentence_without_a_movement_verb_has_no_claim() -> None:
    assert _claims("The minister spoke to reporters about the budget on Monday.") == []
