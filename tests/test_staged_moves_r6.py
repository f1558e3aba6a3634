"""Movement rules added in rules r6: places retaken or taken over, moves named by a noun under a verb that
attests them, sequencing gerunds, "they" read through its antecedent, and dating a subjectless clause by the
clause it hangs on. Each case is an invented sentence in wire style."""

from __future__ import annotations

import pytest

from staged_support import claims as _claims
from staged_support import moves as _moves
from summarizer.strategies.staged.types import ArmedVerdict, ClaimStatus


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Government troops retook the town of Sirte from Islamic State fighters.", "retook"),
        ("The army recaptured the airport after a week of fighting.", "recaptured"),
        ("Armed men in unmarked uniforms took over the regional parliament building.", "took"),
        ("Israeli ground forces pressed into the northern Gaza Strip.", "pressed"),
        ("Paratroopers had been airdropped into the area, the ministry said.", "airdropped"),
    ],
)
def test_a_place_taken_or_entered_is_a_move(text, verb) -> None:
    assert verb in [c.verb.text for c in _claims(text) if c.status == ClaimStatus.MOVEMENT]


@pytest.mark.parametrize(
    "text",
    [
        "The militants stormed the police station in Garissa.",  # an attack: not a movement by the contract
        "Rebels overran the army base at Kidal on Sunday.",
        "The government took over the running of the railways.",
        "Police recaptured two escaped prisoners.",
        "The opposition pressed for talks with the army.",
    ],
)
def test_an_attack_or_a_figure_of_speech_is_not(text) -> None:
    assert not [c for c in _claims(text) if c.status == ClaimStatus.MOVEMENT and c.armed == ArmedVerdict.YES]


def test_a_relative_clause_takes_the_place_it_hangs_on() -> None:
    [move] = _moves("The convoy is bound for the eastern Ukrainian city of Izium, which Russian forces seized last week.")[1:]
    assert move.actor == "Russian forces"
    assert "Izium" in move.destination and "Izium" in move.evidence


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Maputo confirmed the arrival of 300 Rwandan troops in Cabo Delgado.", "Rwandan troops"),
        ("French troops completed their withdrawal from Mali in August.", "French troops"),
    ],
)
def test_a_move_named_by_a_noun(text, actor) -> None:
    [move] = _moves(text)
    assert actor in move.actor


def test_a_plan_named_by_a_noun_is_not_attested() -> None:
    assert _moves("The president announced the withdrawal of 2,000 troops by the end of the year.") == []


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("The Malian army unit is now based in Bamako after moving from Gao.", "Gao"),
        ("Upon arriving from Kampala, the Ugandan soldiers secured the airport.", "Kampala"),
    ],
)
def test_a_sequencing_gerund_is_the_main_subjects_move(text, origin) -> None:
    [move] = _moves(text)
    assert move.origin == origin


def test_a_gerund_before_the_fact_is_not_a_move() -> None:
    assert _moves("The commander spoke to reporters before visiting the front.") == []


def test_they_is_read_through_its_antecedent() -> None:
    moves = _moves("Hundreds of Russian paratroopers landed at the airport on Friday.\n\n"
                   "The military also recruited prisoners. They were then armed and dispatched to Kantbalu.")
    assert [m.destination for m in moves][:1] == ["the airport"]
    assert not any(m.destination == "Kantbalu" for m in moves)  # prisoners are not an armed force by the lexicon
    claims = _claims("Hundreds of Russian paratroopers landed at the airport on Friday. "
                     "They were later transferred to a base in Kharkiv region, officials said.")
    assert [(c.antecedent.text, c.armed) for c in claims if c.verb.text == "transferred"] == [("paratroopers", ArmedVerdict.YES)]


def test_they_after_vehicles_is_not_a_force() -> None:
    claims = _claims("The trucks left the depot. They arrived in Goma on Sunday.")
    assert all(c.armed == ArmedVerdict.NO for c in claims)


def test_a_subjectless_clause_is_dated_by_its_host() -> None:
    text = ("Rwanda first deployed troops to the province in 2021, helping Mozambican forces retake the port town "
            "of Mocimboa da Praia from the militants.")
    statuses = {c.verb.text: c.status for c in _claims(text)}
    assert statuses == {"deployed": ClaimStatus.PAST, "retake": ClaimStatus.PAST}


@pytest.mark.parametrize(
    ("text", "mover"),
    [
        ("Some 150 Belarusian soldiers are taking part in the drills near the Polish border.", "soldiers"),
        ("Around 3,000 troops are participating in the manoeuvres in the Kaliningrad region.", "troops"),
        ("Chinese and Russian warships are holding joint naval drills in the Sea of Japan.", "warships"),
        ("The exercise involves 12,000 troops from eight countries.", "troops"),
        ('According to Moscow, the drills are "entirely defensive" and involve 12,700 troops.', "troops"),
        ("Sweden has called up reservists for drills, which also involve units from Norway.", "units"),
        ("The two armies conducted live-fire drills near the border on Tuesday.", "armies"),
    ],
)
def test_taking_part_in_an_exercise_is_a_move(text, mover) -> None:
    assert mover in [c.mover.text for c in _claims(text) if c.status == ClaimStatus.MOVEMENT and c.armed != ArmedVerdict.NO]


@pytest.mark.parametrize(
    "text",
    [
        "Students took part in a fire drill at the school.",  # not an armed force
        "NATO will hold its largest exercise since the Cold War next year.",  # a plan
        "The Zapad drills will involve 13,000 troops next month.",
        "The club will take part in the game on Sunday.",
        "The ministers took part in talks on the border.",
    ],
)
def test_an_exercise_that_is_not_a_move_now(text) -> None:
    assert not [c for c in _claims(text) if c.status == ClaimStatus.MOVEMENT and c.armed == ArmedVerdict.YES]


@pytest.mark.parametrize(
    "text",
    [
        "Some 50,000 Malians have been driven from their homes over three weeks of clashes.",
        "Thousands of Sudanese fled from their homes as the fighters advanced.",
    ],
)
def test_people_driven_from_their_homes_are_displaced_not_a_force(text) -> None:
    assert not [c for c in _claims(text) if c.armed != ArmedVerdict.NO and c.verb.lemma_ in {"drive", "flee"}]


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        ("The pullout of Russian forces from Kherson is ongoing.", "Kherson", None),
        ("The withdrawal of 5,000 troops from the border is under way.", "the border", None),
        ("Maputo confirmed the arrival of 300 Rwandan troops in Cabo Delgado.", None, "Cabo Delgado"),
        ("French troops completed their withdrawal from Mali in August.", "Mali", None),
        ("Government troops retook the town of Sirte from Islamic State fighters.", None, "the town of Sirte"),
    ],
)
def test_the_places_of_a_named_move(text, origin, destination) -> None:
    [move] = _moves(text)
    assert (move.origin, move.destination) == (origin, destination)
    assert text.startswith(move.evidence) or move.evidence in text


def test_an_investigation_under_way_is_no_move() -> None:
    assert _moves("The investigation into the troops' conduct is under way.") == []


def test_a_quote_fragment_attributed_by_according_to_is_a_report() -> None:
    claims = _claims('According to the Southern Theater Command, the USS Halsey had "unlawfully intruded" into '
                     "the territorial waters surrounding the islands.")
    assert [c.status for c in claims if c.verb.text == "intruded"] == [ClaimStatus.MOVEMENT]


@pytest.mark.parametrize(
    ("text", "armed"),
    [
        ("The coast guard expelled a Vietnamese fishing boat from the area.", False),
        ("The navy said it expelled a foreign warship from its territorial waters.", True),
        ("The government expelled two diplomats from the capital.", False),
    ],
)
def test_a_force_driven_out_moved_out(text, armed) -> None:
    moves = _moves(text)
    assert bool(moves) == armed
    if armed:
        assert moves[0].actor == "foreign warship" and moves[0].origin == "its territorial waters"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Taiwan's Ministry of National Defense had detected 30 Chinese military aircraft around the island.",
         "Taiwan's Ministry of National Defense"),
        ("Residents spotted a convoy of tanks heading north.", "residents"),
        ("Azerbaijan has accused Armenia of massing troops in the disputed territory.", "Azerbaijan"),
    ],
)
def test_a_watcher_or_an_accuser_is_the_source_when_no_one_says_it(text, source) -> None:
    [move] = _moves(text)
    assert move.sources == [source]


def test_a_say_verb_still_names_the_source() -> None:
    [move] = _moves("Residents spotted a convoy of tanks heading north, the mayor said.")
    assert move.sources == ["the mayor"]


def test_a_headline_infinitive_is_a_plan() -> None:
    [claim] = _claims("US to send 500 more troops to Germany, officials said.")
    assert claim.status == ClaimStatus.PLAN


def test_armour_is_an_armed_force() -> None:
    [move] = _moves("A column of Belarusian armour was seen moving towards the Ukrainian border.")
    assert move.destination == "the Ukrainian border"


@pytest.mark.parametrize(
    ("text", "actor", "destination"),
    [
        ("Two Russian Tu-95 bombers violated Japanese airspace near Hokkaido.", "Russian Tu-95 bombers",
         "Japanese airspace near Hokkaido"),
        ("A Russian spy ship was spotted off the coast of Ireland.", "Russian spy ship", "off the coast of Ireland"),
        ("A Chinese navy flotilla was seen near the Aleutian Islands.", "Chinese navy flotilla", "near the Aleutian Islands"),
        ("US fighter jets intercepted two Russian bombers over the Bering Sea.", "Russian bombers", None),
    ],
)
def test_air_and_sea_moves(text, actor, destination) -> None:
    [move] = _moves(text)
    assert move.actor == actor
    if destination:
        assert move.destination == destination


def test_shadowing_is_a_move_of_the_shadower() -> None:
    [move] = _moves("The frigate HMS Kent shadowed the Russian warships through the English Channel.")
    assert "HMS Kent" in move.actor and move.route == "through the English Channel"


@pytest.mark.parametrize(
    "text",
    [
        "The incident was seen as a provocation.",
        "The plan was seen by analysts as risky.",
        "The court ruled the law violated the constitution.",
        "Police intercepted a shipment of drugs.",
        "The convoy was escorted by police to the border.",  # escorting is mostly a repeat or background: not read
    ],
)
def test_seen_violated_intercepted_without_a_force_are_not_moves(text) -> None:
    assert _moves(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of soldiers fanned out across the city on Monday.",
        "Rebel fighters swept into the town of Bunia at dawn.",
        "Troops were trucked to the front line overnight.",
        "The fighters slipped across the border into Chad.",
        "Government forces penetrated deep into rebel territory.",
        "The brigade moved up to the front line.",
        "Police reinforcements were bussed in from the capital.",
        "Special forces were helicoptered into the area.",
        "The gunmen made their way to the village on motorbikes.",
        "The marines disembarked at the port of Aden.",
        "More troops were brought in to secure the city.",
    ],
)
def test_a_force_with_a_direction_is_a_move_whatever_the_verb(text) -> None:
    assert [c for c in _claims(text) if c.status == ClaimStatus.MOVEMENT and c.armed == ArmedVerdict.YES]


@pytest.mark.parametrize(
    "text",
    [
        "Troops fired into the crowd, killing three protesters.",
        "The army looked into the allegations.",
        "Soldiers turned their guns toward the protesters.",
        "The militia dragged the country into civil war.",
        "Rebels fell into disarray after the death of their leader.",
        "Police ran into resistance at the checkpoint.",
        "The force was integrated into the national army.",
        "The troops went through intensive training.",
        "The party moved to the next line of the agenda.",
    ],
)
def test_a_force_with_a_direction_that_is_no_move(text) -> None:
    assert not [c for c in _claims(text) if c.status == ClaimStatus.MOVEMENT and c.armed == ArmedVerdict.YES]


@pytest.mark.parametrize(
    "text",
    [
        "M23 captured the town of Rubaya last week.",
        "Wagner withdrew from Bakhmut on Thursday.",
        "The RSF advanced toward El Fasher.",
        "The Taliban entered Kabul on Sunday.",
        "Interfet started deploying on Monday.",
        "KFOR deployed additional units to northern Kosovo.",  # an armed sender's units are armed
        "The Houthis sent boats toward the ship.",
    ],
)
def test_an_armed_group_named_alone_is_a_force(text) -> None:
    assert [c for c in _claims(text) if c.status == ClaimStatus.MOVEMENT and c.armed == ArmedVerdict.YES]


def test_a_name_not_known_as_armed_is_not() -> None:
    assert not [c for c in _claims("Siemens moved its headquarters to Munich.") if c.armed == ArmedVerdict.YES]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Russia withdrew from the city of Kherson in November.", "Russian forces"),
        ("Israel invaded southern Lebanon on Tuesday.", "Israeli forces"),
        ("Ethiopia has pulled out of the Somali town of Baidoa.", "Ethiopian forces"),
        ("Ukraine pushed into the Kursk region in August.", "Ukrainian forces"),
        ("Turkey launched a ground incursion into northern Syria.", "Turkish forces"),
        ("Azerbaijan entered the disputed region on Tuesday.", "Azerbaijani forces"),
    ],
)
def test_a_country_that_does_what_only_forces_do_stands_for_its_forces(text, actor) -> None:
    [move] = _moves(text)
    assert move.actor == actor


@pytest.mark.parametrize(
    "text",
    [
        "Britain withdrew from the European Union in 2020.",
        "The US withdrew from the Paris agreement.",
        "Jordan withdrew from the race.",
        "Germany moved its embassy to Bonn.",
    ],
)
def test_a_country_leaving_a_treaty_or_moving_an_office_is_not(text) -> None:
    assert _moves(text) == []


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("Some 2,000 soldiers, backed by tanks and helicopters, advanced on the town.", "the town"),
        ("Russia massed more than 100,000 troops near Ukraine's borders.", "near Ukraine's borders"),
        ("Russia deployed troops along the border with Ukraine.", "along the border with Ukraine"),
    ],
)
def test_where_a_force_advanced_or_was_massed(text, destination) -> None:
    [move] = _moves(text)
    assert move.destination == destination


def test_what_reinforcements_include_says_they_are_armed() -> None:
    [move] = _moves("The reinforcements, including 300 special forces, were flown in from Kabul on Saturday.")
    assert move.origin == "Kabul"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers marched through Red Square during the Victory Day parade.",
        "Tanks rolled down the avenue in a military parade on Sunday.",
        "Air force jets flew over the capital for the independence celebration.",
    ],
)
def test_a_parade_is_not_a_move(text) -> None:
    assert _moves(text) == []


def test_a_place_noun_misparsed_off_its_name_is_kept() -> None:
    [move] = _moves("Russian troops flew out of the Almaty airfield.")
    assert move.origin == "the Almaty airfield"


def test_an_arriving_or_departing_unit_is_on_the_move() -> None:
    claims = _claims("The arriving detachment is made up of approx. 200 troops.")
    assert [(c.mover.text, c.status) for c in claims] == [("detachment", ClaimStatus.MOVEMENT)]
    assert _claims("The arriving guests were greeted at the door.") == []


def test_an_origin_the_text_does_not_name_is_left_empty() -> None:
    # the realnews codebook: "Israeli tanks poured into southern Lebanon" names no origin (not "Israel")
    [move] = _moves("More Israeli tanks and soldiers poured into southern Lebanon on Saturday.")
    assert move.origin is None and move.destination == "southern Lebanon"


@pytest.mark.parametrize(
    "text",
    [
        "Riot police were deployed outside the stadium before the match.",
        "Riot police were bused into the capital ahead of the protest.",
    ],
)
def test_riot_police_at_home_are_not_a_force_on_the_move(text) -> None:
    # the contract counts police units sent abroad, not a city's riot police at a match or a protest
    assert _moves(text) == []
