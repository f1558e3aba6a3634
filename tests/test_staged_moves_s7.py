"""Movement rules added in session s7, from fresh invented wire-style probes: a participle clause done by the main
clause's subject, fighters "loyal to" someone, "our units" in reported speech of a commander, "on their way",
landing craft, and hard negatives (a parade, munitions as cargo, police spread across a city for an event, a band,
pall-bearers, a film's plot). Each case is an invented sentence; the near-misses guard what must stay as it was."""

from __future__ import annotations

import pytest

from staged_support import moves as _moves


def _one(text: str):
    found = _moves(text)
    assert len(found) == 1, [m.actor for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a participle clause with no subject of its own: the main clause's subject crossed
        ("Having crossed the Dnipro at night, Ukrainian marines established a foothold on the left bank, the General "
         "Staff said.", "Ukrainian marines"),
        ("After being flown in overnight, the paratroopers secured the airport, the ministry said.", "paratroopers"),
        # a finite verb the parser hangs on "believed": the armed men swept through
        ("Armed men believed to be from the Fulani militia swept through three villages in Plateau state overnight.",
         "Armed men"),
    ],
)
def test_a_subjectless_clause_is_done_by_the_main_subject(text, actor) -> None:
    assert actor in _one(text).actor


def test_a_participle_clause_of_a_non_force_stays_empty() -> None:
    # near miss: the main subject is no force, so the clause's move is nobody's
    assert _moves("Having crossed the Alps by train, the delegation arrived in Milan for talks.") == []


def test_fighters_loyal_to_someone_are_the_movers() -> None:
    move = _one("Thousands of fighters loyal to the general headed toward the capital, Tripoli, state television reported.")
    assert "fighters" in move.actor and "general" not in move.actor.split()[0]


@pytest.mark.parametrize(
    "text",
    [
        "Our units have entered Avdiivka and are clearing the town, the commander of the Russian Centre group of forces said.",
        "Our fighters have crossed the river near Kherson, a Ukrainian brigade commander said on Telegram.",
    ],
)
def test_our_units_told_by_a_commander_without_quote_marks(text) -> None:
    assert len(_moves(text)) == 1


def test_our_staff_told_by_a_manager_is_no_force() -> None:
    assert _moves("Our teams have entered the Kenyan market, the company's sales director said.") == []


def test_on_their_way_is_a_move_under_way() -> None:
    move = _one("Russian reinforcements are on their way to the besieged town of Sudzha, the governor said.")
    assert move.destination is not None and "Sudzha" in move.destination


def test_on_the_way_to_a_deal_is_no_move() -> None:
    assert _moves("Russian negotiators are on the way to a deal, the Kremlin said.") == []


def test_landing_craft_gathered_at_a_port() -> None:
    assert len(_moves("Satellite images show at least 40 Chinese landing craft gathered at a port in Fujian province.")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Tanks and troops paraded through Pyongyang on Saturday to mark the party anniversary.",
        "Armoured columns rolled through the capital on Sunday to celebrate Independence Day.",
        "The company shipped 10,000 artillery shells to Kyiv last month.",
        "Police officers were deployed across Paris to secure the marathon.",
        "The Royal Navy band marched through Portsmouth for the Queen's birthday.",
        "Soldiers of the 1st Battalion carried the coffin into Westminster Abbey.",
        "The film follows a platoon of Marines as they fight their way into Hue.",
    ],
)
def test_ceremonies_cargo_home_policing_and_fiction_stay_empty(text) -> None:
    assert _moves(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a real move beside the same words
        "Armoured columns rolled into Kherson on Sunday, residents said.",
        "Artillery units moved closer to the front near Bakhmut, the General Staff said.",
        "Kenyan police officers were deployed to Port-au-Prince on Tuesday.",
        "Soldiers of the 1st Battalion crossed into Kosovo on Friday.",
    ],
)
def test_near_misses_still_move(text) -> None:
    assert len(_moves(text)) == 1


def test_a_state_broadcaster_ringed_in_a_coup_is_a_place_taken() -> None:
    assert len(_moves("Troops loyal to the junta have surrounded the state broadcaster in Niamey, witnesses said.")) == 1


def test_surrounding_a_vessel_is_no_place_taken() -> None:
    assert _moves("Chinese coast guard ships surrounded a Philippine supply boat, Manila said.") == []


@pytest.mark.parametrize(
    "text",
    [
        # an exercise named before a "drills" the parser reads as a verb
        "Some 4,000 troops from 14 countries are participating in the Cold Response drills currently under way in "
        "northern Norway.",
        # a warship by its name, newly somewhere: the news is that it got there
        "US officials say that the USS Gerald R. Ford is now in the eastern Mediterranean.",
        # aircraft by the types only air forces fly
        "Two Chinese H-6 bombers and a drone circled Taiwan on Tuesday, the defence ministry in Taipei said.",
        "Separately, a Russian Il-20 surveillance plane was intercepted over the Baltic Sea by German Eurofighters.",
        "About 1,000 Iranian Revolutionary Guards were reported to have entered Syria via Iraq.",
        # "moved units" read as an adjective on a second object
        "The Serbian army has raised its combat readiness and moved units closer to the Kosovo boundary, President Vucic said.",
        # a relief in place: the new rotation arrived
        "A new rotation of about 300 Czech soldiers has taken over from the outgoing contingent in Slovakia.",
    ],
)
def test_misparsed_and_named_moves_are_found(text) -> None:
    assert len(_moves(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Russia's army has around 600,000 soldiers deployed in Ukraine, Putin said.",
        "The United States keeps some 28,500 troops stationed in South Korea.",
        "Russian negotiators are now in Istanbul for talks, the Kremlin said.",
        "The company has taken over from its rival as the market leader.",
        "Two Chinese H-6 bombers circled overhead in a documentary shown on state television in 2019.",
    ],
)
def test_standing_totals_and_lookalikes_stay_empty(text) -> None:
    assert _moves(text) == []


def test_a_dated_deployment_under_have_is_still_news() -> None:
    # near miss: a time says when the force came
    assert len(_moves("By Friday the army had 3,000 soldiers deployed to the border, officials said.")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # "making its way towards": the direction hangs on the way; the misread clause is the battalion's
        "A battalion of the 1st Armoured Division was last night making its way towards the Polish border.",
        # ships leaving port
        "Several units of the Russian Pacific Fleet put to sea on Monday for snap combat readiness checks.",
        "The frigate Admiral Makarov put out to sea from Sevastopol on Monday.",
        # a ship's class read as an adjective before its name
        "The frigate Admiral Makarov sailed from Sevastopol on Monday.",
        # reinforced "by" a force in the passive
        "Canadian-led NATO battlegroup in Latvia was reinforced this week by 400 Danish troops, the Danish defence "
        "ministry said.",
        # reinforcements from a named place are a force
        "Reinforcements from Luhansk continued to arrive in Lysychansk throughout the day, the governor wrote on Telegram.",
    ],
)
def test_ships_and_reinforcements_on_the_move(text) -> None:
    assert len(_moves(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The talks were put to a vote on Monday.",
        "The hospital was reinforced by steel beams last year.",
        "Reinforcements from the fire brigade arrived as the blaze spread, the mayor said.",
        "The band of the Coldstream Guards played as the visitors arrived.",
    ],
)
def test_lookalikes_of_ships_and_reinforcements_stay_empty(text) -> None:
    assert _moves(text) == []


def test_a_band_of_gunmen_is_still_a_force() -> None:
    assert len(_moves("A band of armed men crossed into the village of Dogo overnight, residents said.")) == 1


def test_an_arrival_set_for_a_day_this_week_is_under_way() -> None:
    move = _one("An additional 1,500 National Guard troops will arrive at the southern border on Tuesday, bringing the "
                "total to 5,000, officials said.")
    assert move.count is not None and move.count.value == 1500


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a deployment set for a day is still an order; an arrival next month is far ahead
        "An additional 1,500 National Guard troops will deploy to the southern border on Tuesday, officials said.",
        "An additional 1,500 National Guard troops will arrive at the southern border next month, officials said.",
        # a stay that has lasted
        "Some 2,000 Marines have been stationed on Okinawa for decades.",
        # athletes of a service
        "Russia's soldiers returned home from the Olympics to a hero's welcome.",
        "The army's football team travelled to Lagos for the cup final.",
    ],
)
def test_orders_long_stays_and_athletes_stay_empty(text) -> None:
    assert _moves(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,000 Marines have been stationed on Okinawa since Tuesday, the ministry said.",
        "Hundreds of soldiers arrived for the war games in Latvia on Monday.",
    ],
)
def test_a_fresh_stationing_and_war_games_still_move(text) -> None:
    assert len(_moves(text)) == 1


def test_they_at_the_head_of_a_paragraph_goes_back_to_the_paragraph_before() -> None:
    text = ("GOMA, Congo (AP) — The rebels said they had no intention of taking Goma.\n\n"
            "Hours later, they entered the city's northern districts, residents said.")
    move = _one(text)
    assert "rebels" in move.actor


def test_they_after_a_paragraph_about_trucks_stays_nobody() -> None:
    text = ("The aid trucks were stopped at the checkpoint for hours.\n\n"
            "Later, they entered the city's northern districts, residents said.")
    assert _moves(text) == []


def test_seen_on_the_move_by_witnesses() -> None:
    assert len(_moves("Witnesses reported seeing military helicopters ferrying soldiers to the area throughout the night.")) == 1


def test_seen_standing_is_no_move() -> None:
    assert _moves("Witnesses reported seeing military helicopters parked at the airfield.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Armed gangs advanced on the suburb of Canaan overnight, UN officials said.", 1),
        ("A gang of shoplifters moved into the mall on Saturday, police said.", 0),
    ],
)
def test_gangs_are_a_force_when_armed(text, count) -> None:
    assert len(_moves(text)) == count


@pytest.mark.parametrize(
    "text",
    [
        "Rebel leaders flew to Doha for peace talks.",
        "A military delegation arrived in Moscow for talks on Tuesday.",
        "Militia representatives travelled to Nairobi for the signing ceremony.",
    ],
)
def test_those_who_speak_for_a_force_are_no_force(text) -> None:
    assert _moves(text) == []


def test_rebel_fighters_flying_in_are_a_force() -> None:
    assert len(_moves("Rebel fighters flew to Doha on a chartered plane, officials said.")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops have been observed relocating toward Belgorod, according to satellite imagery.",
        "Dozens of Russian tanks were filmed crossing the bridge near Kupiansk.",
    ],
)
def test_seen_on_the_move_in_the_passive(text) -> None:
    assert len(_moves(text)) == 1


def test_photographed_doing_something_else_is_no_move() -> None:
    assert _moves("Police officers were photographed watching the crowd.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The Azerbaijani Defence Ministry reported that its units had taken control of several heights in the Lachin "
         "district.", 1),
        ("The company said its units had moved into the new plant in Berlin.", 0),
    ],
)
def test_its_units_told_by_a_military_speaker(text, count) -> None:
    assert len(_moves(text)) == count
