"""Movement verbs added in rules r3: phrasal moves, and verbs that are moves only with a place."""

from __future__ import annotations

import pytest

from summarizer.strategies.staged.candidates import find_moves
from summarizer.strategies.staged.sentences import parse_article


def _verbs(text: str) -> list[str]:
    parsed = parse_article("Headline here\n\nWire, Mar 3 2025\n\n" + text + "\n")
    return [c.verb.lemma_.lower() for c in find_moves(parsed)]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Armed men took up positions at two local airports on Friday.", "take"),
        ("About 20 armed men encircled a Ukrainian border guard post close to Sevastopol.", "encircle"),
        ("Gunmen surrounded the parliament building in Simferopol.", "surround"),
        ("Rebels in northern Mali have captured Tinzawatene, a strategic border town.", "capture"),
        ("Ten planes carrying peacekeepers lifted off from the Zhitygen airfield bound for Minsk.", "lift"),
        ("The army has fallen back across to the other side of the border.", "fall"),
    ],
)
def test_a_move_phrased_as(text, verb) -> None:
    assert verb in _verbs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police seized weapons and ammunition in the raid.",
        "Coast guard ships surrounded and rammed the cutter several times.",
        "The minister took up the matter with his counterpart.",
    ],
)
def test_not_a_move(text) -> None:
    assert not set(_verbs(text)) & {"seize", "surround", "take"}


def test_a_dateline_glued_to_the_lead_is_not_the_mover() -> None:
    parsed = parse_article("Headline here\n\nBAMAKO \u2013 Rebels in northern Mali have captured Tinzawatene, a strategic border town.\n")
    [claim] = find_moves(parsed)
    assert claim.mover.text == "Rebels"


@pytest.mark.parametrize(
    "text",
    [
        "Army traveled to Annapolis on Saturday, where the Black Knights beat Navy 17-13 in front of a sellout crowd.",
        "Navy rolled into West Point for the game and its quarterback threw two touchdowns.",
    ],
)
def test_service_names_in_a_sports_report_are_teams(text) -> None:
    from summarizer.strategies.staged import StagedNoModel

    draft, _ = StagedNoModel().extract("Headline here\n\nWire, Mar 3 2025\n\n" + text + "\n", None)
    assert draft.movements == [] and not draft.is_relevant


def test_the_army_in_a_stadium_district_is_still_the_army() -> None:
    from summarizer.strategies.staged import StagedNoModel

    draft, _ = StagedNoModel().extract(
        "Headline here\n\nWire, Mar 3 2025\n\nThe army rolled into the stadium district on Monday to restore order, officials said.\n", None
    )
    assert [m.actor for m in draft.movements] == ["army"]
    assert draft.movements[0].time == "on Monday"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Chad has shifted two battalions into its eastern provinces.", "shift"),
        ("Tanks and infantry had assembled near the frontier by Sunday night.", "assemble"),
        ("The army has amassed 40,000 soldiers along the river.", "amass"),
        ("A frigate had intruded into the country's territorial waters, the navy said.", "intrude"),
        ("Police officers pursued the gunmen into the forest.", "pursue"),
        ("The soldiers chased them across the valley.", "chase"),
        ("The convoy is bound for the port city of Berbera.", "bind"),
    ],
)
def test_a_move_in_desk_vocabulary(text, verb) -> None:
    assert verb in _verbs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army pursued a policy of restraint for months.",
        "The government is chasing a deal with its creditors.",
        "The parcel is bound in leather.",
    ],
)
def test_a_chase_after_aims_or_a_binding_is_no_move(text) -> None:
    assert not set(_verbs(text)) & {"pursue", "chase", "bind"}


def test_massing_troops_moves_the_troops_not_the_state() -> None:
    parsed = parse_article("Headline here\n\nWire, Mar 3 2025\n\nThe junta massed 3,000 troops on the border.\n")
    [claim] = find_moves(parsed)
    assert (claim.mover.text, claim.sender.text) == ("troops", "junta")


@pytest.mark.parametrize(
    ("text", "mover", "sender"),
    [
        # an aside after a comma is no object: the subject pulled out
        ("By Friday evening Kenyan ground forces had reportedly pulled out of the port of Kismayo, in the ministry's account "
         "a preparatory step toward a ceasefire.", "forces", None),
        # a distance is no object either
        ("The convoy rushed 200 kilometres to the front.", "convoy", None),
        # a unit marched out by its commander is the mover
        ("The colonel marched his last company out through the gates.", "company", "colonel"),
    ],
)
def test_what_a_sending_verb_moved(text, mover, sender) -> None:
    parsed = parse_article("Headline here\n\nWire, Mar 3 2025\n\n" + text + "\n")
    [claim] = find_moves(parsed)
    assert (claim.mover.text, claim.sender.text if claim.sender is not None else None) == (mover, sender)


@pytest.mark.parametrize(
    ("text", "mover"),
    [
        ("The defence ministry said it had detected 12 military aircraft and four warships near the island.", "aircraft"),
        ("A navy helicopter was picked up in the air defence zone on Tuesday.", "helicopter"),
        ("Coast guard planes spotted two frigates off the northern cape.", "frigates"),
    ],
)
def test_a_force_seen_on_the_move_is_the_mover(text, mover) -> None:
    parsed = parse_article("Headline here\n\nWire, Mar 3 2025\n\n" + text + "\n")
    claims = [c for c in find_moves(parsed) if c.verb.lemma_.lower() in {"detect", "pick", "spot"}]
    assert [(c.mover.text, c.sender) for c in claims] == [(mover, None)]


@pytest.mark.parametrize(
    ("text", "verb", "mover"),
    [
        ("The air force scrambled four fighter jets toward the islands.", "scramble", "jets"),
        ("About 200 paratroopers parachuted into the valley overnight.", "parachute", "paratroopers"),
        ("The convoy of armoured vehicles proceeded to the border crossing.", "proceed", "convoy"),
    ],
)
def test_desk_verbs_of_moving(text, verb, mover) -> None:
    parsed = parse_article("Headline here\n\nWire, Mar 3 2025\n\n" + text + "\n")
    assert (verb, mover) in [(c.verb.lemma_.lower(), c.mover.text) for c in find_moves(parsed)]


def test_proceeding_to_do_something_is_no_move() -> None:
    assert "proceed" not in _verbs("The committee proceeded to approve the budget.")
