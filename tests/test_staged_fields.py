"""Fields of a found movement, sentence by sentence: the actor when a country sends forces or a
speaker reports their own, places named only by a pronoun, and sources from a neighbouring sentence."""

from __future__ import annotations

import pytest

from summarizer.strategies.staged import StagedNoModel
from summarizer.strategies.staged.fields import merge_sources


def _moves(body: str) -> list[dict]:
    draft, _ = StagedNoModel().extract("Headline here\n\nWire, Mar 3 2025\n\n" + body + "\n", None)
    return [m.model_dump(exclude_none=True, exclude={"evidence"}) for m in draft.movements]


def test_a_country_that_deploys_forces_backs_them_and_the_forces_are_the_actor() -> None:
    [move] = _moves("Russia has deployed special forces in Bamako, the ministry said.")
    assert move["actor"] == "Russian special forces"
    assert move["actor_affiliation"] == "Russia"
    assert move["destination"] == "Bamako"
    assert move["sources"] == ["the ministry"]


@pytest.mark.parametrize(
    ("body", "actor", "sources"),
    [
        ('"Our troops entered Bakhmut on Sunday," Russia\'s defence ministry said.', "Russian troops", ["Russia's defence ministry"]),
        ('"Our troops entered Bakhmut on Sunday. We hold the centre now," the commander said.', "commander's troops", ["the commander"]),
    ],
)
def test_a_first_person_quote_reports_the_speakers_own_force(body, actor, sources) -> None:
    [move] = _moves(body)
    assert (move["actor"], move["destination"], move["sources"]) == (actor, "Bakhmut", sources)


@pytest.mark.parametrize(
    ("body", "destination"),
    [
        ("The troops crossed into its territory on Monday, officials said.", None),
        ("Ethiopian troops moved into their positions near the border.", "near the border"),
        ("Ethiopian troops moved into the town of Humera.", "the town of Humera"),
    ],
)
def test_a_place_named_only_by_a_pronoun_is_no_destination(body, destination) -> None:
    [move] = _moves(body)
    assert move.get("destination") == destination


def test_a_colon_introduction_gives_the_next_sentence_its_source() -> None:
    [move] = _moves("A spokesperson for the ministry said:\nTroops arrived in Goma on Monday.")
    assert move["sources"] == ["a spokesperson for the ministry"]  # sentence case: the capital was the sentence's


def test_a_relative_pronoun_speaker_is_its_antecedent_never_the_clause() -> None:
    [move] = _moves("Council members are troubled by reports received from the UNMEE which say that Eritrea is moving 300 soldiers into the zone.")
    assert move["sources"] == ["reports received from the UNMEE"]


def test_a_surname_and_the_full_name_are_one_source() -> None:
    assert merge_sources(["Velasquez"], ["Defense Minister Ivan Velasquez"]) == ["Defense Minister Ivan Velasquez"]
    assert merge_sources(["Defense Minister Ivan Velasquez"], ["Mr. Velasquez"]) == ["Defense Minister Ivan Velasquez"]
    assert merge_sources(["Velasquez"], ["Petro"]) == ["Velasquez", "Petro"]


def _item(body: str):
    from summarizer.strategies.staged import assemble
    from summarizer.strategies.staged.candidates import find_moves
    from summarizer.strategies.staged.sentences import parse_article

    parsed = parse_article("Headline here\n\nWire, Mar 3 2025\n\n" + body + "\n")
    [claim] = [c for c in find_moves(parsed) if c.mover is not None]
    return assemble.movement_item(claim, parsed, None).data


@pytest.mark.parametrize(
    ("body", "actor", "count"),
    [
        ("A convoy carrying nearly 150 Senegalese peacekeepers had already left the base.", "Senegalese peacekeepers", (150, "about")),
        ("The first Russian instructors, numbering around a hundred, reached the capital on April 10.", "Russian instructors", (100, "about")),
        ("A convoy carrying food left Goma on Monday.", "convoy", None),
    ],
)
def test_a_count_the_sentence_ties_to_the_mover_elsewhere(body, actor, count) -> None:
    data = _item(body)
    assert data["actor"] == actor
    assert (None if data["count"] is None else (data["count"].value, data["count"].qualifier)) == count


def test_a_date_is_not_part_of_a_place() -> None:
    data = _item("The first Russian instructors reached the capital on April 10.")
    assert (data["destination"], data["time"]) == ("the capital", "on April 10")


@pytest.mark.parametrize(
    ("body", "destination"),
    [
        ("Htee militia fighters set out from a military training camp in Shwebo, bound for the armored battalion.", "the armored battalion"),
        ("Troops left Goma for Bukavu on Monday.", "Bukavu"),
        ("Troops left the base for the last time.", None),
        ("He sent 1,000 troops around the town centre on Monday.", "around the town centre"),
    ],
)
def test_bound_for_heading_for_and_around_name_where_a_move_goes(body, destination) -> None:
    assert _item(body)["destination"] == destination


def test_a_sentence_flagged_by_another_detector_gets_movement_fields_even_where_the_rules_hesitate() -> None:
    from summarizer.strategies.staged.assemble import movement_fields
    from summarizer.strategies.staged.sentences import parse_article

    parsed = parse_article("Headline here\n\nWire, Mar 3 2025\n\nThe first Russian instructors reached Niamey on Saturday, state television said.\n")
    assert _moves("The first Russian instructors reached Niamey on Saturday, state television said.") == []  # the rules: not armed
    [item] = movement_fields(parsed, parsed.sentences[0], None)
    assert (item.data["actor"], item.data["destination"], item.data["time"], item.data["sources"]) == (
        "Russian instructors", "Niamey", "on Saturday", ["state television"])
    negated = parse_article("H\n\nWire, Mar 3 2025\n\nNo Russian instructors reached Niamey, the ministry said.\n")
    assert movement_fields(negated, negated.sentences[0], None) == []


@pytest.mark.parametrize(
    ("body", "origin", "destination"),
    [
        ("Some 50 police officers from Papua New Guinea landed in Honiara on Friday.", "Papua New Guinea", "Honiara"),
        ("Australia dispatched 23 soldiers to Honiara.", None, "Honiara"),  # the sender is not the origin
        ("Armed men took up positions at two local airports in Crimea on Friday.", None, "two local airports in Crimea"),
        ("Rebels in northern Mali have captured Tinzawatene, a strategic border town.", None, "Tinzawatene"),
    ],
)
def test_origin_from_the_movers_own_from_and_destinations_of_taking_positions(body, origin, destination) -> None:
    data = _item(body)
    assert (data["origin"], data["destination"]) == (origin, destination)


def test_a_verb_origin_in_a_re_mention_replaces_the_movers_country() -> None:
    [move] = _moves(
        "A contingent of 150 police officers from Benin arrived in Port-au-Prince on Wednesday. "
        "The Beninese officers landed on a chartered flight from Cotonou."
    )
    assert move["origin"] == "Cotonou"


@pytest.mark.parametrize(
    ("source", "named"),
    [
        ("Okonjo", "Deputy Defence Minister Amara Okonjo"),  # a surname: the person with titles, as first named
        ("the ministry", "Kenya's interior ministry"),  # a bare "the X": the nearest named X before it
        ("the NDF", "the Northern Defence Force (NDF)"),  # an acronym: the name it was spelled out as
        ("the official", "the official"),  # nothing names it: kept as written
    ],
)
def test_a_source_is_named_as_the_article_named_it(source, named) -> None:
    from summarizer.strategies.staged.fields import named_mention
    from summarizer.strategies.staged.sentences import parse_article

    parsed = parse_article(
        "Headline here\n\nWire, Mar 3 2025\n\n"
        "Deputy Defence Minister Amara Okonjo said on Monday that the units had left. "
        "The Northern Defence Force (NDF) confirmed the move. Kenya's interior ministry said police followed. "
        "Later the ministry and Okonjo spoke again.\n")
    assert named_mention(parsed, len(parsed.sentences) - 1, source) == named


def test_the_capital_and_the_country_are_named_when_the_article_names_them() -> None:
    from summarizer.strategies.staged.fields import named_mention
    from summarizer.strategies.staged.sentences import parse_article

    parsed = parse_article("Headline here\n\nWire, Mar 3 2025\n\nA first convoy reached Bamako on Monday. "
                           "More soldiers reached the capital a day later and some left the country.\n")
    assert named_mention(parsed, 1, "the capital") == "Bamako"
    assert named_mention(parsed, 1, "the country") == "the country"  # Mali is never named: kept as written
    assert named_mention(parse_article("Soldiers left Mali. They had reached the capital in May.\n"), 1,
                         "the capital") == "the capital"  # no capital named


@pytest.mark.parametrize(
    ("body", "origin"),
    [
        # the "from" hangs on the particle "back"
        ("Chadian troops are starting to pull back from the river towns, the governor said.", "the river towns"),
        # a distance from a place says where the force stands, not where it left
        ("Chadian troops are positioned up to 40 km away from the border.", None),
    ],
)
def test_a_from_under_back_or_away_is_the_origin_unless_it_measures_a_distance(body, origin) -> None:
    [move] = _moves(body)
    assert move.get("origin") == origin


@pytest.mark.parametrize(
    "body",
    [
        "In the meantime the Chadian army is deploying gradually, the governor said.",
        "Army columns have been deployed at the governor's request and are patrolling.",
        "Chadian troops have assembled near the lake on the pretext of exercises.",
    ],
)
def test_a_phrase_that_is_no_place_is_no_destination(body) -> None:
    [move] = _moves(body)
    assert "meantime" not in move.get("destination", "") and "request" not in move.get("destination", "")
    assert "pretext" not in move.get("destination", "")


def test_a_verb_misread_as_the_place_s_head_noun_is_left_out() -> None:
    # "numbers" is the verb: "a force massed at the border numbers about 900 people"
    [move] = _moves("A Chadian force grouping massed at the Sudanese border numbers about 900 people.")
    assert move["destination"] == "the Sudanese border"


def test_a_place_that_names_itself_is_not_resolved_to_another_mention() -> None:
    # "Border" in the agency's name is not the place "the southern U.S. border"
    [move] = _moves("U.S. troops reached the southern U.S. border, joining Customs and Border Protection agents.")
    assert move["destination"] == "the southern U.S. border"


@pytest.mark.parametrize(
    ("body", "destination"),
    [
        # a date inside the place's relative clause does not make the place a date
        ("More Kenyan troops are heading for the troubled Comoros Islands, which saw two weeks of unrest.",
         "the troubled Comoros Islands"),
        # the goal hung on the route's name after an aside
        ("Imagery shows a Syrian army convoy travelling north via Saraqib, a northern town, toward the Idlib region, "
         "the firm says.", "the Idlib region"),
        # "its" with a named country as the subject is that country's
        ("Chad has moved additional military forces into its eastern region in response to the raids.",
         "Chad's eastern region"),
    ],
)
def test_destinations_the_parse_hides(body, destination) -> None:
    [move] = _moves(body)
    assert move.get("destination") == destination


@pytest.mark.parametrize(
    ("body", "destination"),
    [
        # where a force is sighted is where it went
        ("A Chinese helicopter was also picked up in the southwestern sector of the air defense zone.",
         "the southwestern sector of the air defense zone"),
        # a border post is a place a force can encircle
        ("About 30 armed men in navy uniforms encircled a Georgian border guard post close to Batumi, officials said.",
         "a Georgian border guard post close to Batumi"),
        # "in long columns" is how they came, not where
        ("On Friday, armored personnel carriers bearing Turkish markings showed up on roads outside Kirkuk, "
         "sometimes singly and sometimes in long columns.", None),
    ],
)
def test_sighted_places_posts_and_formations(body, destination) -> None:
    [move] = _moves(body)
    assert move.get("destination") == destination


def test_a_perfect_participle_is_an_earlier_move_whose_place_is_not_this_ones() -> None:
    [move] = _moves("Having crossed the border after being provoked by the rebels, the Chadian troops have now "
                    "begun to withdraw, officials said.")
    assert move.get("destination") is None


def test_the_move_after_began_is_no_purpose() -> None:
    [move] = _moves("The Chadian troops have now begun to withdraw from the lake towns, officials said.")
    assert move.get("purpose") is None


@pytest.mark.parametrize(
    ("body", "destination"),
    [
        # the place hangs on the second of two sighted forces; "the country" is the one the sentence names
        ("By Monday, Japan's defence ministry had detected 20 Chinese military aircraft as well as 4 ships "
         "around the country.", "around Japan"),
        # advancing in an area takes the force there
        ("Rebel fighters advanced in the hills of Masisi on Tuesday.", "the hills of Masisi"),
    ],
)
def test_where_sighted_and_advancing_forces_went(body, destination) -> None:
    assert {move.get("destination") for move in _moves(body)} == {destination}


@pytest.mark.parametrize(
    ("body", "origin", "destination"),
    [
        # the goal hung on the origin's noun
        ("An estimated 500 Islamist fighters have moved from the Tana valley into Garissa county over the past week.",
         "the Tana valley", "Garissa county"),
        # the origin hung on the goal's noun
        ("About 900 Danish soldiers were moving into the training area from Holstebro on Monday.",
         "Holstebro", "the training area"),
        # a direction the parser hangs on the verb belongs to the place before it
        ("More than 700 militia fighters had arrived in the hills west of Bunia since Friday.",
         None, "the hills west of Bunia"),
    ],
)
def test_places_the_parser_hangs_on_each_other(body, origin, destination) -> None:
    [move] = _moves(body)
    assert (move.get("origin"), move.get("destination")) == (origin, destination)


@pytest.mark.parametrize(
    ("body", "origin", "destination"),
    [
        # "in Pirot" hangs on the verb right after the origin: it places the barracks, it is no destination
        ("More than two dozen tanks and howitzers were moved on Wednesday from barracks in Leskovac to positions "
         "near Bujanovac, a few kilometres from the boundary.", "barracks in Leskovac", "positions near Bujanovac"),
        # a vehicle right after the origin is how they came
        ("Hundreds of Taliban fighters have moved from Baghlan in pick-up trucks to districts near the border.",
         "Baghlan", "districts near the border"),
    ],
)
def test_a_place_right_after_the_origin_belongs_to_it(body, origin, destination) -> None:
    [move] = _moves(body)
    assert (move.get("origin"), move.get("destination")) == (origin, destination)
