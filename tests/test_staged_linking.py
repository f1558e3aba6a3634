"""Linking across sentences: re-mentions fold into the move they repeat, casualties dedupe, denials target moves."""

from __future__ import annotations

from summarizer.strategies.staged import StagedNoModel, linking
from summarizer.strategies.staged.casualties import casualty_items
from summarizer.strategies.staged.sentences import parse_article

_HEAD = "Headline here\n\nWire, Mar 3 2025\n\n"


def _brief(text: str):
    draft, _ = StagedNoModel().extract(_HEAD + text + "\n", None)
    return draft


def test_a_pronoun_re_mention_folds_into_the_move() -> None:
    draft = _brief("Kenyan troops moved to Afmadow on Tuesday. They later advanced to Kismayo.")
    assert [(m.actor, m.destination) for m in draft.movements] == [("Kenyan troops", "Afmadow")]


def test_a_definite_re_mention_replaces_an_origin_read_from_the_mover() -> None:
    # "officers from Benin" gives a weak origin; the re-mention's verb origin ("from Cotonou") wins.
    draft = _brief("Some 150 police officers from Benin arrived in Haiti on Tuesday. "
                   "The Beninese officers landed at the airport from Cotonou.")
    assert [(m.origin, m.destination) for m in draft.movements] == [("Cotonou", "Haiti")]


def test_an_origin_from_the_verb_is_kept() -> None:
    draft = _brief("Some 150 Beninese police officers left from Benin on Tuesday. "
                   "The Beninese officers landed at Port-au-Prince airport from Cotonou.")
    assert len(draft.movements) == 1
    assert draft.movements[0].origin == "Benin"


def test_the_same_toll_twice_is_one_casualty_per_kind() -> None:
    parsed = parse_article(_HEAD + "Two soldiers were killed in an ambush near Gao. Two soldiers were killed in "
                           "the ambush, officials said. Two soldiers were wounded.\n")
    items = [item for sentence in parsed.sentences for item in casualty_items(parsed, sentence)]
    assert [(i.casualty_kind, i.data["count"].value) for i in items] == [("killed", 2), ("killed", 2), ("wounded", 2)]
    kept = linking.dedupe_casualties(items)
    assert [(i.casualty_kind, i.data["count"].value) for i in kept] == [("killed", 2), ("wounded", 2)]


def test_a_denial_targets_the_move_of_the_force_it_names() -> None:
    draft = _brief("About 400 Rwandan troops crossed into Congo on Monday, UN experts said. The troops then moved "
                   "to Goma. Rwanda's spokesperson denied that Rwandan troops had entered Congo.")
    assert [(m.actor, m.destination) for m in draft.movements] == [("Rwandan troops", "Congo")]
    assert [(d.denier, d.what, d.targets) for d in draft.denials] == [
        ("Rwanda's spokesperson", "that Rwandan troops had entered Congo", [0])]


def test_a_definite_mention_of_another_nation_s_force_is_its_own_move() -> None:
    # "the Somali army" shares "army" with "Kenya's army", but not the nation: a move of its own.
    draft = _brief("Kenya's army has withdrawn from three towns in Jubaland. In the meantime the Somali army is "
                   "moving gradually into the towns.")
    assert [m.actor for m in draft.movements] == ["Kenya's army", "Somali army"]


def test_the_same_nation_s_force_leaving_the_same_place_twice_is_one_move() -> None:
    # "Ethiopian troops" and "Ethiopian forces" leaving the hill towns: one move told twice.
    draft = _brief("Ethiopian troops began pulling out of several hill towns on Monday. Ethiopian forces are "
                   "starting to pull back from the hill towns, a local official said.")
    assert [(m.actor, m.origin) for m in draft.movements] == [("Ethiopian troops", "several hill towns")]


def test_the_same_force_arriving_on_different_dates_is_two_moves() -> None:
    draft = _brief("New Turkish military instructors landed in Tripoli on Saturday May 4. The first Turkish military "
                   "instructors reached Tripoli on April 10.")
    assert [m.time for m in draft.movements] == ["on Saturday May 4", "on April 10"]


def test_a_different_kind_of_force_leaving_the_same_town_is_its_own_move() -> None:
    # The tanks seen leaving the town are an instance, kept beside the general pull-out of the army's units.
    draft = _brief("Combat elements belonging to Russia's 9th Army were pulling out of the area around Zugdidi. "
                   "The convoy stopped briefly. Russian tanks and armoured vehicles were heading north from Zugdidi.")
    assert len(draft.movements) == 2


def test_the_army_columns_deployed_in_a_district_repeat_the_army_deployed_there() -> None:
    draft = _brief("Officials said the Army was deployed in the Kamrup district of Assam on Sunday. Shops were shut. "
                   "Army columns have been deployed in Kamrup and are carrying out a flag march.")
    assert [m.destination for m in draft.movements] == ["the Kamrup district of Assam"]


def test_a_departure_and_an_arrival_on_different_days_are_one_move() -> None:
    # dates split moves only when both mentions name the same end of the move
    draft = _brief("A second group of 120 Kenyan police officers is due to arrive on Friday. "
                   "The Kenyan contingent left Nairobi on Wednesday night.")
    assert [(m.actor, m.origin) for m in draft.movements] == [("Kenyan police officers", "Nairobi")]


def test_a_summary_line_and_the_fuller_report_of_one_move_are_one_item_quoting_the_fuller() -> None:
    # "troops" repeat the soldiers of "tanks and soldiers"; the mention with the date and place is quoted
    draft = _brief("Turkish troops pour into northern Iraq within hours of the vote. More Turkish tanks and "
                   "soldiers poured into northern Iraq on Saturday from the border, pushing as far as Dohuk.")
    assert [(m.actor, m.evidence.split(",")[0]) for m in draft.movements] == [
        ("Turkish tanks and soldiers", "More Turkish tanks and soldiers poured into northern Iraq on Saturday from the border")]


def test_the_quote_that_states_the_number_stays_the_evidence() -> None:
    draft = _brief("About 500 Turkish soldiers poured into northern Iraq, officials said. Turkish troops poured into "
                   "northern Iraq on Saturday from the border, pushing as far as Dohuk.")
    assert [m.evidence.split(",")[0] for m in draft.movements] == ["About 500 Turkish soldiers poured into northern Iraq"]
