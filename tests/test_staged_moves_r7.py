"""Movement rules added in rules r7, from invented wire-style probes: presence told as news, a modal that hedges
the count of drills under way, a named move owned by a country, a passive send with a country as agent, ships
named by prefix or doing what ships do at a place, first person in a commander's quote, the parts and numbers
of a force, withdrawals by leaving a place named as the object. Each case is an invented sentence."""

from __future__ import annotations

import pytest

from staged_support import claims as _claims
from staged_support import moves as _moves
from summarizer.strategies.staged.types import ArmedVerdict, ClaimStatus


def _armed_moves(text: str) -> list:
    return [c for c in _claims(text) if c.status == ClaimStatus.MOVEMENT and c.armed == ArmedVerdict.YES]


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("Some 2,000 Russian troops are now in Nagorno-Karabakh under the ceasefire deal.", "Nagorno-Karabakh"),
        ("Indian troops are on the ground in the Maldives, officials confirmed on Monday.", "the Maldives"),
        ("British special forces are at the front line in northern Iraq, the Ministry of Defence confirmed.",
         "the front line in northern Iraq"),
    ],
)
def test_presence_told_as_news_is_a_move(text, destination) -> None:
    # the codebook: a presence is a movement when the news is that the force got there ("now", "on the ground",
    # a presence an official confirms)
    [move] = _moves(text)
    assert move.destination == destination


@pytest.mark.parametrize(
    "text",
    [
        "The US has about 28,500 troops stationed in South Korea.",  # a standing total
        "US troops are in Syria to fight the Islamic State group.",  # no mark that they just got there
        "Russian troops are now in control of most of the region.",  # a state, not a place
        "Analysts said Chinese forces are now in a position to blockade the island.",
        "Officials confirmed that there are 2,500 US troops in Iraq.",
        "The soldiers' families are now in Kyiv, waiting for news.",
    ],
)
def test_a_standing_presence_is_not(text) -> None:
    assert _moves(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The drills, which began on Monday, could involve more than 100,000 servicemen, the ministry said.",
        "More than 100,000 servicemen could take part in the Vostok exercise, which got under way on Tuesday.",
        "As many as 40 warships may be taking part in the drills now under way off Taiwan, analysts said.",
    ],
)
def test_a_modal_on_drills_under_way_hedges_the_count(text) -> None:
    assert _armed_moves(text)


@pytest.mark.parametrize(
    "text",
    [
        "The drills will begin next week and could involve 50,000 troops.",
        "The exercise, which begins next month, could involve 10,000 troops.",
    ],
)
def test_a_modal_on_drills_to_come_is_a_plan(text) -> None:
    assert not _armed_moves(text)


def test_taking_part_in_a_named_exercise() -> None:
    [move] = _moves("About 1,100 Estonian troops are taking part in Spring Storm, which started on Monday.")
    assert move.actor == "Estonian troops"


@pytest.mark.parametrize(
    ("text", "actor", "destination"),
    [
        ("Russia's build-up near the border has continued, Western officials said.", "Russian forces", None),
        ("The Turkish incursion into northern Syria entered its third day on Thursday.", "Turkish forces", "northern Syria"),
    ],
)
def test_a_named_move_owned_by_a_country(text, actor, destination) -> None:
    [move] = _moves(text)
    assert (move.actor, move.destination) == (actor, destination)


@pytest.mark.parametrize(
    "text",
    [
        "Russia's withdrawal from the grain deal has continued to rattle markets.",  # no place: a treaty
        "The Turkish economy entered its third year of recession.",
    ],
)
def test_a_named_move_of_a_country_without_a_place_is_not(text) -> None:
    assert _moves(text) == []


def test_places_hung_on_the_force_of_a_named_move() -> None:
    [move] = _moves("The arrival of a second battalion in Juba was confirmed by the UN mission.")
    assert move.destination == "Juba"


def test_a_reported_arrival_is_attested() -> None:
    [move] = _moves("Witnesses reported the arrival of dozens of military trucks carrying soldiers in Goma.")
    assert move.actor == "soldiers"
    assert _moves("The bank reported the arrival of new investors in London.") == []


@pytest.mark.parametrize(
    ("text", "armed"),
    [
        ("Kenya sent reinforcements to Lamu county after Tuesday's attack.", True),
        ("Reinforcements were sent by Kinshasa to Bukavu overnight.", True),  # the agent is the sender
        ("The Indian contingent arrived in Paris for the Olympic Games.", False),
        ("Japan sent a contingent of doctors to Turkey.", False),
    ],
)
def test_a_countrys_reinforcements_or_contingent_are_armed(text, armed) -> None:
    assert bool(_armed_moves(text)) == armed


def test_a_contingent_that_numbers_soldiers() -> None:
    [move] = _moves("The contingent, which numbers about 1,100 soldiers, arrived in Bangui on Sunday.")
    assert move.destination == "Bangui"
    assert (move.count.value, move.count.qualifier) == (1100, "about")


@pytest.mark.parametrize(
    ("text", "armed"),
    [
        ("NATO's battlegroup in Lithuania was reinforced with 500 German soldiers.", True),
        ("The coach reinforced the squad with two new players.", False),
    ],
)
def test_reinforced_with_a_force(text, armed) -> None:
    assert bool(_armed_moves(text)) == armed


def test_a_stranded_preposition_object_is_not_the_cargo() -> None:
    # "flew over the median line" parsed with "line" as the object of "flew": the jets flew, not the line
    [move] = _moves("Chinese fighter jets flew over the median line of the Taiwan Strait on Monday.")
    assert move.actor == "Chinese fighter jets"


def test_a_ship_prefix_anywhere_in_its_name() -> None:
    [move] = _moves("HMS Queen Elizabeth sailed from Portsmouth on Saturday.")
    assert move.origin == "Portsmouth"


@pytest.mark.parametrize(
    "text",
    [
        "A Russian submarine surfaced off the coast of Norway.",
        "The Indian Navy frigate anchored off Colombo on Friday.",
        "The paratroopers were dropped over the area by Indian Air Force transport planes.",
    ],
)
def test_ships_and_drops(text) -> None:
    assert _armed_moves(text)


@pytest.mark.parametrize(
    "text",
    [
        "The deal anchored the coalition in parliament.",
        "New evidence surfaced in the case against the general.",
        "The company handed over the keys to the new owners.",
    ],
)
def test_ship_verbs_and_handing_over_without_a_force(text) -> None:
    assert _moves(text) == []


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Soldiers evacuated the outpost at Ras Kamboni on Thursday.", None),
        ('"The last of our soldiers left Niamey this morning," the French embassy said.', "Niamey"),
    ],
)
def test_a_place_or_a_part_of_a_force_left(text, origin) -> None:
    [move] = _moves(text)
    assert "soldiers" in move.actor.lower() or "Soldiers" in move.actor
    if origin:
        assert move.origin == origin


def test_handing_over_positions_is_leaving_them() -> None:
    assert _armed_moves("Ugandan troops handed over positions to the Somali army in Baidoa.")


@pytest.mark.parametrize(
    "text",
    [
        '"We have entered the town and are clearing it," a rebel commander told Reuters.',
        '"We pulled out of Avdiivka to save lives," the general said.',
    ],
)
def test_we_in_a_commanders_quote_is_his_force(text) -> None:
    assert _armed_moves(text)


@pytest.mark.parametrize(
    "text",
    [
        '"We went to the market in Donetsk," the officer\'s wife said.',
        '"We crossed into Poland at dawn," a refugee said.',
        '"We will enter the town soon," the rebel commander said.',  # a plan
    ],
)
def test_we_of_someone_else_or_a_plan_is_not(text) -> None:
    assert _moves(text) == []


def test_a_ceremony_anywhere_under_the_verb() -> None:
    assert _moves("Air force jets flew over the capital for the independence celebration.") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Hundreds of Ethiopian soldiers re-entered Somalia's Hiraan region on Sunday, residents said.", "Ethiopian soldiers"),
        ("Ukrainian forces have withdrawn from the village of Ocheretyne, the general staff said.", "Ukrainian forces"),
        ("The deployment of Wagner fighters to the Central African Republic has grown to about 1,500.", "Wagner fighters"),
        ("The arrival of some 1,000 Rwandan troops has shifted the balance in Cabo Delgado.", "Rwandan troops"),
        ("Some 3,000 Belarusian troops are now stationed near the Ukrainian border, Kyiv said.", "Belarusian troops"),
        ("Two Chinese warships made a port call in Colombo on Thursday.", "Chinese warships"),
        ("The Chinese navy's 46th escort taskforce set sail from Zhanjiang for the Gulf of Aden.", "taskforce"),
        ("Al-Shabaab militants briefly occupied the town of Bulo Burte before withdrawing.", "Al-Shabaab militants"),
    ],
)
def test_second_round_phrasings(text, actor) -> None:
    # "re-entered" comes out of the tokenizer as "re", "-", "entered"; "general staff" is no crowd of staff
    assert any(actor in m.actor for m in _moves(text))


def test_taking_off_bound_for_a_place() -> None:
    [move] = _moves("French Rafale jets took off from Saint-Dizier bound for Romania.")
    assert (move.actor, move.origin, move.destination) == ("French Rafale jets", "Saint-Dizier", "Romania")


@pytest.mark.parametrize(
    "text",
    [
        "A memorial to the soldiers who landed at Gallipoli was unveiled on Sunday.",
        "Regions in which Ethiopian troops are already stationed are likely to see the conflict intensify.",
        "Israel has occupied the West Bank since 1967.",
        "The arrival of US troops would change the balance.",
        "The soldiers took off their helmets.",
    ],
)
def test_second_round_near_misses(text) -> None:
    assert _moves(text) == []


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ('"We moved two companies to the ridge last night," the battalion commander said.', "the ridge"),
        ("The Sudanese Armed Forces regained control of the presidential palace in Khartoum.",
         "the presidential palace in Khartoum"),
        ("The rebels stormed into Freetown on January 6.", "Freetown"),  # the city comes out an organisation
        ("Israeli ground troops have begun operating in the southern Gaza city of Khan Younis.",
         "the southern Gaza city of Khan Younis"),
    ],
)
def test_third_round_phrasings(text, destination) -> None:
    [move] = _moves(text)
    assert move.destination == destination


@pytest.mark.parametrize(
    "text",
    [
        "A Russian intelligence ship has been shadowing the carrier since it left Norfolk.",
        "Iranian-backed militias have moved heavy weapons and fighters closer to the Golan Heights.",
    ],
)
def test_an_intelligence_ship_and_fighters_beside_weapons_are_armed(text) -> None:
    assert _armed_moves(text)


@pytest.mark.parametrize(
    "text",
    [
        "The party regained control of parliament.",
        "Israeli ground troops have begun training in the desert with new rifles.",
        '"We moved two companies to the new building," the chief executive said.',
        "The army moved trucks and journalists to the front line.",
    ],
)
def test_third_round_near_misses(text) -> None:
    assert not _armed_moves(text)


@pytest.mark.parametrize(
    "text",
    [
        "US F-22s were sent to the Middle East to bolster defences, the Pentagon said.",  # a warplane by its type
        "Iraqi Kurdish peshmerga crossed into Kobani through Turkey.",  # lower-cased in wire copy
        "Some 300 Wagner mercenaries have quit their positions near Bakhmut, the group's founder said.",
    ],
)
def test_fourth_round_phrasings(text) -> None:
    assert _armed_moves(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister quit his post after the scandal.",
        "Soldiers who quit the army were jailed.",
        "The F-22 was designed in the 1990s.",
    ],
)
def test_fourth_round_near_misses(text) -> None:
    assert _moves(text) == []
