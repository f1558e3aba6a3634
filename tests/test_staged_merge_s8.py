"""A move that sets out from where the one before it arrived, for somewhere else, is the next leg (or the unit
leaving as another arrives), not a re-mention of it; and "from X to Y" with the goal hung on the "from" names
both ends. Invented texts, with near misses that still fold into one move."""

from __future__ import annotations

from tests.staged_support import moves


def _places(text: str) -> list[tuple[str | None, str | None]]:
    return [(m.origin, m.destination) for m in moves(text)]


def test_an_onward_leg_is_a_move_of_its_own():
    text = ("Ethiopian troops arrived in Baidoa on Monday, officials said. On Tuesday the soldiers moved on from "
            "Baidoa to Dinsoor, a local elder said.")
    assert _places(text) == [(None, "Baidoa"), ("Baidoa", "Dinsoor")]


def test_leaving_the_place_another_force_reached_is_not_a_re_mention():
    text = ("Nigerian soldiers reached Damasak on Friday, the army said. On Sunday the soldiers pushed on from "
            "Damasak toward Malam Fatori, residents said.")
    places = _places(text)
    assert len(places) == 2 and places[1] == ("Damasak", "Malam Fatori")


def test_a_re_mention_that_adds_where_from_still_folds_in():
    text = "Chadian soldiers pulled out of Bol on Friday. The soldiers were redeployed to N'Djamena, the army said."
    assert _places(text) == [("Bol", "N'Djamena")]


def test_a_re_mention_naming_the_same_goal_still_folds_in():
    text = ("Kenyan police officers arrived in Port-au-Prince on Tuesday, the ministry said. The officers flew from "
            "Nairobi to Port-au-Prince on a chartered flight.")
    assert len(moves(text)) == 1


def test_a_goal_hung_on_the_from_is_the_destination():
    (move,) = moves("On Tuesday the rebels pushed on from Kidal toward Gao, a local official said.")
    assert (move.origin, move.destination) == ("Kidal", "Gao")


def test_a_move_said_to_be_further_is_not_folded_in():
    text = ("Israeli forces moved into the buffer zone on Sunday. Troops also took control of Mount Hermon, the "
            "army said.")
    assert len(moves(text)) == 2


def test_a_plain_re_mention_still_folds_in():
    text = "Israeli forces moved into the buffer zone on Sunday. The troops took up positions there, the army said."
    assert len(moves(text)) == 1


def test_a_nation_already_in_the_actor_is_not_written_twice():
    # under a "CITY, May 2 --" dateline the tagger reads "Azerbaijani" as no name, and the actor looked bare
    from summarizer import summarize

    text = ("Armenia says Azerbaijani troops advanced near Ijevan\n\nYEREVAN, May 2 -- Azerbaijani troops advanced "
            "up to three kilometres into Armenian territory near the village of Berkaber overnight, Armenia's "
            "defence ministry said on Tuesday.\n")
    assert [m.actor for m in summarize(text).movements] == ["Azerbaijani troops"]


def test_a_gapped_sending_is_one_move_per_force_each_to_its_own_goal():
    text = "Kenya sent 300 police officers to Haiti and 200 soldiers to Somalia last month."
    assert [(m.count.value, m.destination) for m in moves(text)] == [(300, "Haiti"), (200, "Somalia")]


def test_a_gapped_second_force_hung_on_the_first_place_leaves_its_text():
    text = "Rwanda has deployed 1,000 troops to Cabo Delgado and 500 police to Mocimboa da Praia."
    assert [(m.count.value, m.destination) for m in moves(text)] == [(1000, "Cabo Delgado"), (500, "Mocimboa da Praia")]


def test_two_forces_to_one_goal_share_it():
    text = "Kenya sent 300 police officers and 200 soldiers to Haiti on Tuesday."
    assert [m.destination for m in moves(text)] == ["Haiti", "Haiti"]
