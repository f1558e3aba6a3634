"""Movements missed on unseen news (round s8b): vehicles packed/loaded/laden with a force carry that force.
Each case is a short invented article in wire style."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _moves(text: str) -> list[dict]:
    return [m.model_dump() for m in summarize(text, strategy="learned").movements]


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("Fighting in Darfur\nMore than 40 pickup trucks packed with RSF fighters left Nyala on Monday, residents said. "
         "The city has been tense for weeks.", "RSF fighters", "Nyala"),
        ("Attack on Mopti\nAt least 15 pickups loaded with gunmen rode into the town, residents said. "
         "Shops stayed closed on Tuesday.", "gunmen", "the town"),
        ("Ituri unrest\nDozens of buses crammed with militiamen arrived in Bunia on Saturday, a UN official said. "
         "Aid agencies suspended work.", "militiamen", "Bunia"),
        ("Sulu patrol\nSix speedboats laden with Abu Sayyaf fighters headed toward Basilan overnight, the navy said. "
         "Patrols were stepped up.", "Abu Sayyaf fighters", "Basilan"),
    ],
)
def test_vehicles_filled_with_a_force_carry_it(text, actor, place) -> None:
    moves = _moves(text)
    assert len(moves) == 1
    assert moves[0]["actor"] == actor
    assert place in (moves[0]["origin"], moves[0]["destination"])


@pytest.mark.parametrize(
    "text",
    [
        "Aid convoy\nMore than 40 trucks packed with food aid left Nyala on Monday, residents said. The city is calm.",
        "Displaced\nBuses crammed with refugees arrived in Bunia on Saturday, a UN official said. Camps are full.",
    ],
)
def test_vehicles_filled_with_cargo_or_civilians_are_no_move(text) -> None:
    assert _moves(text) == []


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("Haiti mission\nKenyan police arrived in Port-au-Prince on Tuesday, the government said. "
         "Gangs control much of the city.", "Kenyan police", "Port-au-Prince"),
        ("Solomons unrest\nFijian police landed in Honiara overnight, the government said. "
         "Rioters had burned shops in Chinatown.", "Fijian police", "Honiara"),
    ],
)
def test_a_nations_police_arriving_in_another_country_is_a_move(text, actor, place) -> None:
    moves = _moves(text)
    assert len(moves) == 1
    assert moves[0]["actor"] == actor
    assert moves[0]["destination"] == place


@pytest.mark.parametrize(
    "text",
    [
        "Capital calm\nKenyan police arrived in Nairobi on Tuesday, the government said. Traders reopened shops.",
        "Protests\nNigerian police were sent to Abuja after the protests, officials said. Roads were closed.",
        "Protests\nCongolese police deployed in Kinshasa on Monday as protests grew. Schools were shut.",
        "Gangs\nPolice arrived in Port-au-Prince on Tuesday, residents said. Gangs control much of the city.",
    ],
)
def test_police_at_home_or_of_no_named_nation_stay_no_move(text) -> None:
    assert _moves(text) == []


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("Panjshir offensive\nTaliban fighters have moved heavy weapons and hundreds of men to the Panjshir valley, "
         "a spokesman said. Resistance leaders vowed to hold out.", "Taliban fighters", "the Panjshir valley"),
        ("Kachin\nKachin rebels have moved mortars and about 200 men to the hills above Laiza, a monitor said. "
         "Fighting continued.", "Kachin rebels", "the hills above Laiza"),
    ],
)
def test_men_moved_beside_cargo_by_an_armed_force_are_its_move(text, actor, place) -> None:
    moves = _moves(text)
    assert len(moves) == 1
    assert moves[0]["actor"] == actor
    assert moves[0]["destination"] == place


@pytest.mark.parametrize(
    "text",
    [
        "Harvest\nTraders moved grain and hundreds of workers to the port, a spokesman said. Prices fell.",
        "Panjshir\nTaliban fighters have moved heavy weapons to the Panjshir valley, a spokesman said. Talks stalled.",
    ],
)
def test_cargo_without_men_or_moved_by_civilians_is_no_move(text) -> None:
    assert _moves(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Boni\nDozens of motorbikes loaded with armed men were seen heading east towards the border, residents said. "
         "The army did not comment.", "the border"),
        ("Zamfara\nAbout 30 motorcycles carrying armed men rode into Tsafe village on Friday, police said. "
         "Residents fled.", "Tsafe village"),
    ],
)
def test_vehicles_carrying_armed_men_carry_a_force(text, place) -> None:
    moves = _moves(text)
    assert len(moves) == 1
    assert moves[0]["actor"] == "armed men"
    assert moves[0]["destination"] == place


@pytest.mark.parametrize(
    "text",
    [
        "Market day\nAbout 30 motorcycles carrying traders rode into Tsafe village on Friday, police said. Trade resumed.",
        "Harvest\nTrucks loaded with men arrived in the village on Friday, police said. The harvest began.",
    ],
)
def test_vehicles_carrying_unarmed_people_are_no_move(text) -> None:
    assert _moves(text) == []


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("Central Mali\nWagner fighters were among the troops who entered Moura last week, witnesses said. "
         "Dozens of villagers were detained.", "Wagner fighters", "Moura"),
        ("Afrin\nTurkish commandos were among the forces that crossed into Afrin on Saturday, a monitor said. "
         "Shelling continued.", "Turkish commandos", "Afrin"),
        # named troops keep their own name: the members are part of that one move
        ("Mariupol\nSeveral Chechen volunteers were among the Russian soldiers who arrived in Mariupol on Monday, the "
         "mayor said. The city was shelled again.", "Russian soldiers", "Mariupol"),
    ],
)
def test_members_among_bare_troops_name_the_move(text, actor, place) -> None:
    moves = _moves(text)
    assert len(moves) == 1
    assert moves[0]["actor"] == actor
    assert moves[0]["destination"] == place


@pytest.mark.parametrize(
    "text",
    [
        "Mine\nWagner fighters were among the troops who guarded the mine, witnesses said. Villagers were detained.",
        "Press\nTwo journalists were among the people who entered Moura last week, witnesses said. They left on Monday.",
    ],
)
def test_members_among_people_who_made_no_move_are_no_move(text) -> None:
    assert _moves(text) == []
