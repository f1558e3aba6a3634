"""Session 12: formations of vehicles. "The last file of armored vehicles departed" is judged by what the file
collects; a column or convoy that says nothing of what it carries is the force's in a story of a force on the
move, and not in a story without one, nor when it says it carries aid or refugees. Invented places."""

import pytest

from summarizer import summarize


def _moves(text: str) -> list:
    return summarize(text, strategy="learned").movements


_WITHDRAWAL = "Troops leave Tarsk\n\nKordovan troops began withdrawing from Tarsk on Monday, the ministry said. "


def test_a_file_of_armored_vehicles_is_a_force_and_a_file_of_documents_is_not():
    moves = _moves("Troops leave Tarsk\n\nThe minister said that the last file of armored vehicles departed from "
                   "Tarsk airport at 1.30 p.m. today.")
    assert len(moves) == 1 and moves[0].origin == "Tarsk airport"
    assert _moves("Files leave Tarsk\n\nThe minister said that the last file of documents departed from Tarsk "
                  "airport at 1.30 p.m. today.") == []


@pytest.mark.parametrize("strategy", ["staged", "learned"])
def test_a_bare_column_in_a_story_of_withdrawing_troops_is_a_movement(strategy):
    moves = summarize(_WITHDRAWAL + "By 9 a.m. on Tuesday the first 100-vehicle column had arrived in Port Mirna, an "
                      "official said.", strategy=strategy).movements
    assert len(moves) == 2
    assert moves[1].destination == "Port Mirna"


def test_a_column_of_aid_or_a_column_with_no_force_in_the_story_is_not():
    assert len(_moves(_WITHDRAWAL + "On Tuesday the first column of aid trucks arrived in Port Mirna, an official "
                      "said.")) == 1
    assert len(_moves(_WITHDRAWAL + "On Tuesday a convoy of refugees arrived in Port Mirna, an official said.")) == 1
    # the rules alone: with no force in the story a bare column stays unsettled (the learned default's sentence
    # model may still promote it; that is its call, not this rule's)
    alone = summarize("Column reaches Port Mirna\n\nOn Tuesday the first 100-vehicle column arrived in Port Mirna, "
                      "an official said.", strategy="staged").movements
    assert alone == []


def test_military_trucks_are_the_armys_own_and_trucks_carrying_aid_or_evacuees_are_not():
    moves = _moves("Trucks cross\n\nDozens of military trucks crossed into Tarvia on Monday, residents said.")
    assert len(moves) == 1 and moves[0].destination == "Tarvia"
    for sentence in ("A convoy of army trucks carrying food aid reached Tarsk on Monday.",
                     "Military buses with evacuees arrived in Tarsk.", "Trucks crossed into Tarvia on Monday."):
        assert _moves("Vehicles on the move\n\n" + sentence) == []


def test_a_detachment_of_faceless_personnel_after_a_sure_armed_move_is_a_force_and_alone_it_is_not():
    jets = "Jets arrive\n\nFour Italian fighter jets landed at Tarsk air base on Monday, the Italian Air Force said.\n"
    moves = summarize(jets + "The detachment of about 140 personnel flew in from Mirna over the weekend.",
                      strategy="staged").movements
    assert [m.count.value if m.count else None for m in moves if "Mirna" in m.evidence] == [140]
    alone = summarize("Team arrives\n\nThe detachment of about 140 personnel flew in from Mirna over the weekend.",
                      strategy="staged").movements
    assert alone == []
