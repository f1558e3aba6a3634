"""Movement rules added in rules r6b, from invented wire-style probes: a move named by a noun that images or
observers show or note ("showed the move of 3,000 troops", "a build-up of troops"), the part of a force judged
by the force ("the bulk of the force"), a verb that is no crowd ("fanned out") and a landing
("came ashore")."""

from __future__ import annotations

import pytest

from staged_support import claims as _claims
from staged_support import moves as _moves
from summarizer.strategies.staged.types import ArmedVerdict, ClaimStatus


def _armed_moves(text: str) -> list:
    return [c for c in _claims(text) if c.status == ClaimStatus.MOVEMENT and c.armed == ArmedVerdict.YES]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Satellite images showed the move of 3,000 troops to the border last week.", "troops"),
        ("Analysts noted a build-up of Russian troops near the Ukrainian border.", "Russian troops"),
    ],
)
def test_a_move_shown_or_noted_is_attested_and_its_observer_is_no_sender(text, actor) -> None:
    [move] = _moves(text)
    assert move.actor == actor


@pytest.mark.parametrize(
    "text",
    [
        "Market data showed the movement of prices to record highs.",
        "Analysts noted a build-up of pressure on the currency near its floor.",
        "The figures showed the move of workers to the cities.",
    ],
)
def test_a_shown_move_of_no_force_is_not(text) -> None:
    assert not _armed_moves(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bulk of the force has withdrawn to Chad, a spokesman said.",  # a part is judged by the force
        "Security forces fanned out through the city after the blast.",  # the verb "fan" is no crowd of fans
        "US Marines came ashore in the Philippines on Tuesday.",  # a landing from the sea
    ],
)
def test_new_phrasings_of_an_armed_move(text) -> None:
    assert _armed_moves(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rest of the team arrived in Doha on Tuesday.",
        "Most of the fans went home after the match.",
        "Hundreds of migrants came ashore on the island of Lampedusa.",
        "The bulk of the aid has reached Gaza through the Rafah crossing.",
    ],
)
def test_a_part_of_a_crowd_or_a_landing_of_migrants_is_not(text) -> None:
    assert not _armed_moves(text)


def test_a_force_through_the_streets_is_a_move() -> None:
    # a street, road or desert is a place a force moves through or into
    assert _armed_moves("Dozens of armoured vehicles rumbled through the streets of Bamako.")


def test_one_office_holder_is_no_force() -> None:
    # "police" names the office, not a force that travelled
    assert not _armed_moves("The police chief travelled to Washington for talks.")


def test_setting_sail_is_a_move() -> None:
    assert _armed_moves("The HMS Prince of Wales set sail from Portsmouth on Sunday.")


def test_returning_fire_is_no_move() -> None:
    assert not [c for c in _claims("Soldiers returned fire after coming under attack.") if c.status == ClaimStatus.MOVEMENT]

