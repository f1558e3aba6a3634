"""Fields named for a reader who sees the item alone: a re-mention ("the mercenaries", "the division's soldiers")
takes the name of the one force the text just named, "the city" / "the area" the one place it just named, a
speaker the parser stranded after a comma ("..., a senior army officer told Reuters") is the source, and places
the parser split or mistook for a time are read whole. Invented texts; each case has a near miss that must stay
as written."""

from __future__ import annotations

import pytest

from tests.staged_support import move_with, moves


@pytest.mark.parametrize(
    "text, word, actor",
    [
        ("Wagner fighters left their base in Kidal on Sunday. The mercenaries headed south toward Gao, residents said.",
         "headed", "Wagner mercenaries"),
        ("The Islamic State group's fighters entered Palmyra on Wednesday. By Friday the militants had advanced toward "
         "the T4 airbase, a monitoring group said.", "T4", "Islamic State militants"),
        ("The 101st Airborne Division began deploying to Romania this week. The division's soldiers are arriving at "
         "Mihail Kogalniceanu air base, the Pentagon said.", "arriving", "101st Airborne Division's soldiers"),
        ("A convoy carrying Ghanaian peacekeepers left Bamako on Monday. Local officials said buses carrying troops "
         "were seen near Kati.", "Kati", "Ghanaian troops"),
    ],
    ids=["irregular_after_named_irregular", "militants_after_group", "possessive_unit", "carried_troops"],
)
def test_a_re_mention_takes_the_name_of_the_force_just_named(text: str, word: str, actor: str) -> None:
    assert move_with(text, word).actor == actor


@pytest.mark.parametrize(
    "text, word, actor",
    [
        # two named forces just before: which one the militants are is not for the rules to guess
        ("Wagner fighters and Islamic State militants left Kidal on Sunday. The militants headed south toward Gao, "
         "residents said.", "headed", "militants"),
        # an irregular re-mention never takes a regular army's name
        ("Malian soldiers guarded the airport in Kidal on Sunday. The rebels headed south toward Gao, residents said.",
         "headed", "rebels"),
        # "Russian and Ukrainian troops": two parties
        ("Fighting between Russian and Ukrainian fighters went on. The fighters moved toward Bakhmut, residents said.",
         "Bakhmut", "fighters"),
    ],
    ids=["two_named_forces", "irregular_after_regular", "conjoined_parties"],
)
def test_a_re_mention_stays_bare_when_the_antecedent_is_not_one_force_of_its_kind(text: str, word: str, actor: str) -> None:
    assert move_with(text, word).actor.lower() == actor


@pytest.mark.parametrize(
    "text, word, field, value",
    [
        ("Fighting broke out near the town of Bunia on Monday. Government troops were sent to the area on Tuesday, "
         "a local official said.", "sent", "destination", "the Bunia area"),
        ("Sudan's army said on Friday it had recaptured Wad Madani. Soldiers entered the city from the east, the army "
         "said in a statement.", "entered", "destination", "Wad Madani"),
        ("Residents of Kherson said shops had closed. Russian forces withdrew from the city on Friday, the Ukrainian "
         "military said.", "withdrew", "origin", "Kherson"),
        # two cities just before: "the city" stays as written
        ("Shelling hit Kharkiv and Izium on Monday. Russian forces withdrew from the city on Friday, officials said.",
         "withdrew", "origin", "the city"),
        # a country is no city
        ("Protests spread across Mali on Monday. Soldiers entered the city on Tuesday, officials said.",
         "entered", "destination", "the city"),
        # a place earlier in the item's own sentence may be where the speaker is, not the area meant
        ("Violence spread along the frontier last week. The minister said, speaking from Cucuta, that 9,000 troops "
         "were deployed in the area.", "deployed", "destination", "the area"),
    ],
    ids=["area_after_one_town", "city_after_one_city", "city_as_origin", "two_cities", "country_is_no_city",
         "speaker_place_in_own_sentence"],
)
def test_the_city_or_the_area_is_the_one_place_just_named(text: str, word: str, field: str, value: str) -> None:
    assert getattr(move_with(text, word), field) == value


@pytest.mark.parametrize(
    "text, word, field, value",
    [
        ("Wagner fighters left their base in Kidal on Sunday.", "left", "origin", "their base in Kidal"),
        ("Al-Shabaab fighters moved into the town hours later, residents said.", "moved", "destination", "the town"),
        ("The junta deployed soldiers across the capital on Sunday.", "deployed", "destination", "across the capital"),
        # a route, not where they are: "moved across the river" crosses it
        ("Rebel fighters moved across the river on Sunday.", "moved", "destination", None),
        # "in the morning" is a time, not where the base is
        ("Troops left Gao in the morning.", "left", "origin", "Gao"),
    ],
    ids=["object_place_in_town", "place_before_a_time", "posted_across", "moved_across_is_route", "time_after_object"],
)
def test_places_the_parser_splits_are_read_whole(text: str, word: str, field: str, value: str | None) -> None:
    assert getattr(move_with(text, word), field) == value


@pytest.mark.parametrize(
    "text, word, sources, evidence_end",
    [
        ("Pakistan moved troops to the Line of Control on Thursday. About 2,000 soldiers were deployed near the "
         "border, a senior army officer told Reuters.", "2,000", ["a senior army officer"], "near the border"),
        ("At least 200 Chadian soldiers have arrived in Niger, a spokesman for the Chadian army said on Tuesday.",
         "200", ["a spokesman for the Chadian army"], "in Niger"),
        # the speaker with a subject of its own: read as before
        ("About 2,000 soldiers were deployed near the border, officials said.", "2,000", ["officials"], "near the border"),
    ],
    ids=["told_reuters", "spokesman_for", "plain_subject"],
)
def test_a_speaker_stranded_after_a_comma_is_the_source(text: str, word: str, sources: list[str], evidence_end: str) -> None:
    move = move_with(text, word)
    assert move.sources == sources
    assert move.evidence.endswith(evidence_end)


@pytest.mark.parametrize(
    "text, word, actor",
    [
        ('"We have sent 250 soldiers to the Central African Republic," Rwandan army spokesman Ronald Rwivanga said '
         "on Monday.", "250", "Rwandan soldiers"),
        ("Mr Ndayishimiye, Burundi's president, said his soldiers had crossed into South Kivu.", "crossed",
         "Burundian soldiers"),
        ("The soldiers, from the 82nd Airborne Division, began leaving Fort Bragg on Saturday, officials said.",
         "Fort Bragg", "soldiers from the 82nd Airborne Division"),
        ("The troops, part of the 3rd Brigade, arrived in Poland on Monday.", "Poland", "troops of the 3rd Brigade"),
        ("Iranian-backed militias moved into positions near Al-Qaim, two Iraqi security sources said. The sources "
         "said the fighters came from Deir el-Zor.", "Deir", "Iranian-backed fighters"),
        # an aside that says where from is no unit
        ("The soldiers, from the north, arrived in Goma on Monday.", "Goma", "soldiers"),
    ],
    ids=["we_sent_demonym_speaker", "his_soldiers", "from_unit_aside", "part_of_unit_aside", "backed_by_not_of",
         "place_aside"],
)
def test_a_force_is_named_by_its_speaker_or_its_unit(text: str, word: str, actor: str) -> None:
    assert move_with(text, word).actor == actor


def test_an_acronym_of_a_listed_source_is_that_source() -> None:
    text = ("South Korea's Joint Chiefs of Staff said North Korean soldiers crossed the military demarcation line on "
            "Tuesday. The JCS said the soldiers retreated after warning shots.")
    assert move_with(text, "crossed").sources == ["South Korea's Joint Chiefs of Staff"]


def test_an_object_place_keeps_where_it_is() -> None:
    text = "Chinese coast guard vessels entered waters around the Senkaku islands on Monday, Japan's coast guard said."
    assert move_with(text, "entered").destination == "waters around the Senkaku islands"


@pytest.mark.parametrize(
    "text, word, field, value",
    [
        ("Russian troops massed north of Kharkiv on Monday.", "massed", "destination", "north of Kharkiv"),
        ("The brigade moved 20 km south of Bakhmut on Monday.", "moved", "destination", "20 km south of Bakhmut"),
        # after a place the bearing belongs to it, read once
        ("Rebels arrived in the hills east of the city on Monday.", "arrived", "destination", "the hills east of the city"),
        # a bearing alone is no place
        ("Troops advanced north on Monday.", "advanced", "destination", None),
        ("A 400-strong Estonian infantry unit arrived in Mali on Friday.", "arrived", "actor", "Estonian infantry unit"),
        ("The 3rd Separate Assault Brigade was redeployed from Bakhmut to the Avdiivka front last month, a Ukrainian "
         "officer said. The brigade's troops reached the front on Friday.", "reached", "actor",
         "3rd Separate Assault Brigade's troops"),
    ],
    ids=["north_of", "distance_south_of", "bearing_after_place", "bearing_alone", "strong_not_in_actor",
         "possessive_of_a_named_brigade"],
)
def test_bearings_and_unit_names(text: str, word: str, field: str, value: str | None) -> None:
    assert getattr(move_with(text, word), field) == value


@pytest.mark.parametrize(
    "text, word, sources",
    [
        ("Nigerian troops entered Maiduguri on Friday, the army said.", "Maiduguri", ["Nigerian army"]),
        ("Uganda deployed 1,000 soldiers on Monday. The soldiers entered Beni, the government said.", "Uganda",
         ["Ugandan government"]),
        # two nations in the sentence: whose army is not for the rules to guess
        ("Chadian soldiers crossed into Cameroon on Friday, the army said.", "Cameroon", ["the army"]),
        ("Kenya has sent 400 police officers to Haiti, the government said on Monday.", "Haiti", ["the government"]),
    ],
    ids=["one_nation", "nation_one_sentence_back", "two_nations", "sender_and_destination"],
)
def test_the_government_or_the_army_is_the_one_nation_named(text: str, word: str, sources: list[str]) -> None:
    assert move_with(text, word).sources == sources


@pytest.mark.parametrize(
    "text, word, sources",
    [
        ("The Sudanese army moved reinforcements to El Fasher, according to a statement posted on its Facebook page.",
         "El Fasher", ["the Sudanese army"]),
        ("Russian troops entered Kupiansk, according to a statement from the Ukrainian military.", "Kupiansk",
         ["the Ukrainian military"]),
        # troops issue no statements: whose it is stays unsaid
        ("Russian troops entered Kupiansk, according to a statement.", "Kupiansk", []),
    ],
    ids=["own_statement", "named_author", "no_author"],
)
def test_a_statement_without_an_author_is_the_subjects(text: str, word: str, sources: list[str]) -> None:
    assert move_with(text, word).sources == sources


@pytest.mark.parametrize(
    "text, field, value",
    [
        ("Hundreds of Polish troops were sent to the border with Belarus on Tuesday.", "destination",
         "the border with Belarus"),
        ("Russian troops withdrew from the border with Finland on Monday.", "origin", "the border with Finland"),
        ("Troops were sent to the border with tanks on Monday.", "destination", "the border"),
    ],
    ids=["to_border_with", "from_border_with", "with_equipment"],
)
def test_a_border_keeps_its_neighbour(text: str, field: str, value: str) -> None:
    assert getattr(moves(text)[0], field) == value


def test_a_speaker_with_an_aside_before_the_verb_is_the_source() -> None:
    text = ("Iraqi militias moved into Syria overnight, the Syrian Observatory for Human Rights, a Britain-based war "
            "monitor, said.")
    move = move_with(text, "Syria")
    assert move.sources == ["the Syrian Observatory for Human Rights"]
    assert move.evidence == "Iraqi militias moved into Syria overnight"


@pytest.mark.parametrize(
    "text, destination",
    [
        ("M23 fighters took up positions on the outskirts of Goma on Sunday.", "the outskirts of Goma"),
        ("Armed men took up positions at two local airports in Crimea on Friday.", "two local airports in Crimea"),
    ],
    ids=["on_the_positions", "on_the_verb"],
)
def test_where_positions_were_taken_up(text: str, destination: str) -> None:
    assert moves(text)[0].destination == destination


@pytest.mark.parametrize(
    "text, origin",
    [
        ("Rebels left their positions in Kidal on Sunday.", "their positions in Kidal"),
        ("Rebels abandoned positions near the airport on Sunday.", "positions near the airport"),
        # positions the text does not place are no place an analyst can use
        ("Rebels left their positions on Sunday.", None),
    ],
    ids=["positions_in_town", "positions_near", "positions_alone"],
)
def test_positions_left_are_an_origin_when_placed(text: str, origin: str | None) -> None:
    assert moves(text)[0].origin == origin


def test_a_group_named_after_of_names_its_re_mention() -> None:
    text = ("Rebels of the National Liberation Front entered the town of Bambari. The insurgents then advanced toward "
            "Bangassou, a UN source said.")
    assert move_with(text, "Bangassou").actor == "National Liberation Front insurgents"


@pytest.mark.parametrize(
    "text, word, field, value",
    [
        ("Israel's military announced that its troops had entered Khan Younis on Monday.", "Khan Younis", "actor",
         "Israeli troops"),
        ("The Malian army said on Monday that its soldiers had moved into Anefis.", "Anefis", "actor", "Malian soldiers"),
        # a unit sent by an army stays the army's (no nation's "battalion")
        ("The Nigerian army deployed a battalion to Borno state last week.", "Borno", "actor", "Nigerian army"),
        ("Azerbaijani forces advanced into the Lachin corridor, as reported by Armenia's defence ministry.", "Lachin",
         "sources", ["Armenia's defence ministry"]),
    ],
    ids=["its_troops_of_a_military", "its_soldiers_of_an_army", "battalion_of_an_army", "as_reported_by"],
)
def test_an_armys_own_troops_and_a_passive_reporter(text: str, word: str, field: str, value) -> None:
    assert getattr(move_with(text, word), field) == value


def test_a_military_sending_soldiers_stays_the_actor() -> None:
    # only the army's own "its troops" are its nation's troops; "X's military has sent soldiers" names X's military
    assert move_with("Myanmar's military has sent some 800 soldiers by sea to Rakhine.", "Rakhine").actor == \
        "Myanmar's military"
