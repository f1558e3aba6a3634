"""A count the sentence ties to the mover away from the mover's own phrase: a size verb ("the detachment is
made up of approximately 200 troops", "the grouping ... numbers about 1,100 people") or craft carrying the
force ("more than 30 trucks packed with fighters"). The evidence then reaches the figure. A figure merely in the
same sentence (a later plan, a base's total strength, a toll, a second move's number) sizes something else.
Invented texts."""

from __future__ import annotations

import pytest

from summarizer.numbers import sole_force_count
from tests.staged_support import moves


def _only_move(text: str, word: str):
    found = [m for m in moves(text) if word in m.evidence]
    assert len(found) == 1, [m.evidence for m in moves(text)]
    return found[0]


@pytest.mark.parametrize(
    "text, word, qualifier, value",
    [
        ("The arriving Portuguese detachment is made up of approximately 180 airmen, the air force said.",
         "detachment", "about", 180),
        ("A Chadian battalion deployed along the border with Sudan numbers about 2,300 soldiers, officials said.",
         "battalion", "about", 2300),
        ("The Kenyan police unit that landed in Port-au-Prince on Tuesday comprises 400 officers.", "landed", "exactly", 400),
        ("On Sunday, more than 40 trucks packed with militia fighters set out from a camp near Nyala.", "set out", "at_least", 40),
        ("A flotilla of 9 vessels that Manila describes as maritime militia sailed toward Second Thomas Shoal.",
         "sailed", "exactly", 9),
    ],
)
def test_count_stated_apart_from_the_mover(text, word, qualifier, value):
    move = _only_move(text, word)
    assert move.count is not None and (move.count.qualifier, move.count.value) == (qualifier, value)
    assert f"{value:,}" in move.evidence or str(value) in move.evidence  # the quote shows the figure


@pytest.mark.parametrize(
    "text, word",
    [
        # a later plan's figure
        ("Turkey has begun sending troops to Libya, and officials expect 3,000 soldiers to be deployed by spring.", "sending"),
        # the base's total, not the move
        ("The army is flying troops to the Kamina base, whose strength has grown to over 900 soldiers.", "flying"),
        # a toll
        ("Government troops advanced on the village of Kalma, where 14 civilians were killed.", "advanced"),
    ],
)
def test_a_figure_elsewhere_in_the_sentence_is_not_the_count(text, word):
    assert _only_move(text, word).count is None


def test_two_moves_in_a_sentence_keep_their_own_counts():
    text = "Some 200 Rwandan soldiers crossed into Goma while a Burundian battalion, which numbers 850 men, stayed in Uvira."
    counts = {m.actor: (m.count.value if m.count else None) for m in moves(text)}
    assert counts.get("Rwandan soldiers") == 200
    assert 850 not in [v for a, v in counts.items() if "Rwandan" in a]


def test_sole_force_count_refuses_two_different_figures():
    assert sole_force_count("The column, which numbers 300 men, joined a convoy of 40 trucks carrying police.") is None


@pytest.mark.parametrize(
    "text, value",
    [
        ("Russia deployed 20 tanks and 300 troops to the border town of Valuyki.", 300),
        ("About 60 armoured vehicles and 1,500 soldiers crossed into Tigray on Monday.", 1500),
        ("Russia deployed 300 troops and 20 tanks to the border town of Valuyki.", 300),  # already first: unchanged
    ],
)
def test_craft_beside_people_count_the_people(text, value):
    (move,) = moves(text)
    assert move.count is not None and move.count.value == value


def test_craft_alone_keep_their_count():
    (move,) = moves("Two Chinese destroyers and a frigate sailed through the Tsushima Strait on Monday.")
    assert move.count is not None and move.count.value == 2
