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


def test_a_capital_speaks_for_its_country_and_covers_unidentified_forces_at_the_place() -> None:
    draft = _brief("Armed men of unknown allegiance took up positions at two airports in Lithuania on Friday. "
                   "About 30 armed men in Belarusian army uniforms surrounded a border post on Saturday. "
                   "Minsk denied that its forces had entered Lithuania.")
    assert len(draft.movements) == 2
    assert [(d.denier, d.targets) for d in draft.denials] == [("Minsk", [0, 1])]


def test_a_denial_only_referred_to_targets_no_move_told_elsewhere() -> None:
    draft = _brief("About 300 Eritrean troops crossed into Sudan on Monday, residents said. "
                   "The prime minister's admission followed months of denials by Eritrea.")
    assert [(d.denier, d.targets) for d in draft.denials] == [("Eritrea", [])]


def test_a_denial_of_an_accusation_that_is_not_a_move_targets_nothing() -> None:
    draft = _brief("About 300 Chadian troops crossed into Sudan on Monday, residents said. "
                   "The rebels have long been accused of smuggling gold. Their backers deny the accusations.")
    assert [d.targets for d in draft.denials] == [[]]
    draft = _brief("About 300 Chadian troops crossed into Sudan on Monday, residents said. "
                   "The army dismissed the reports as false.")
    assert [d.targets for d in draft.denials] == [[0]]


def test_one_party_denying_the_same_move_twice_is_one_denial_with_the_fuller_statement() -> None:
    draft = _brief("About 150 Tajik troops crossed the border on Sunday, Kyrgyz officials said. Tajikistan denies that "
                   "its forces crossed.\n\nLater, Tajikistan's security committee flatly denied that any of its "
                   "servicemen had entered Kyrgyz territory.")
    assert len(draft.denials) == 1
    assert draft.denials[0].evidence.endswith("flatly denied that any of its servicemen had entered Kyrgyz territory")


def test_names_read_nationalities_capitals_and_regional_adjectives() -> None:
    assert linking._names("Moscow denied it") == {"Moscow", "Russia"}
    assert {"Eritrea"} <= linking._names("the Eritreans are not leaving") and "Crimea" in linking._names("a Crimean airport")
    assert linking._names("Armed men arrived") == set()


def test_a_place_in_the_actor_is_not_whose_force_it_is() -> None:
    draft = _brief("Rebels in northern Chad captured the town of Faya on Monday. \"It is correct that the army has left the "
                   "camp and fallen back to Niger's side of the border, but this was a strategic retreat,\" a source at "
                   "Chad's defence ministry told Reuters.")
    # the source's admission reports the army's pull-back (a move, quoted from an official) and disputes its
    # cause: the denial targets the army's move, never the rebels' though "Chad" is in their name
    assert [m.actor for m in draft.movements] == ["Rebels in northern Chad", "army"]
    assert [d.targets for d in draft.denials] == [[1]]


def test_a_denied_pull_out_targets_the_pull_outs_of_that_force() -> None:
    draft = _brief("About 2,000 Eritrean troops began to withdraw from Tigray on Monday, officials said. Some 300 Eritrean "
                   "troops crossed into Sudan on Tuesday, residents said. Local elders insist that the Eritrean troops "
                   "are not pulling out at all.")
    assert len(draft.movements) == 2
    assert [d.targets for d in draft.denials] == [[0]]


def test_a_move_told_in_the_denial_sentence_is_the_one_disputed() -> None:
    draft = _brief("About 200 Chadian troops moved to Abeche on Sunday, officials said. "
                   "About 400 Chadian troops crossed into Sudan on Monday, a charge N'Djamena denies.")
    assert [m.destination for m in draft.movements] == ["Abeche", "Sudan"]
    assert [(d.denier, d.what, d.targets) for d in draft.denials] == [
        ("N'Djamena", "that about 400 Chadian troops crossed into Sudan on Monday", [1])]


def test_a_nameless_denial_right_after_a_move_disputes_that_move() -> None:
    draft = _brief("Chadian troops crossed into Sudan on Monday, residents said. The army said there had been no incursion.")
    assert [(d.denier, d.what, d.targets) for d in draft.denials] == [("The army", "that there had been any incursion", [0])]
    draft = _brief("Chadian troops crossed into Sudan on Monday, residents said. "
                   "The defence ministry said no troop movements had taken place.")
    assert [d.targets for d in draft.denials] == [[0]]


def test_another_sides_move_told_beside_a_denial_is_not_the_one_disputed() -> None:
    draft = _brief("About 300 Armenian troops moved to the border on Sunday, Baku said. As Azerbaijani forces advanced "
                   "toward Lachin on Monday, Yerevan denied that its troops had moved to the border.")
    assert [m.actor for m in draft.movements] == ["Armenian troops", "Azerbaijani forces"]
    assert [(d.evidence, d.targets) for d in draft.denials] == [
        ("Yerevan denied that its troops had moved to the border", [0])]


def test_a_bare_recount_of_the_named_force_is_disputed_with_it() -> None:
    draft = _brief("About 1,500 Houthi fighters arrived in Taiz on Sunday, the government said. Around 400 fighters had "
                   "come from Hodeidah over the past week, a local official said. A Houthi spokesman rejected claims "
                   "that the group was preparing an offensive.")
    assert [m.actor for m in draft.movements] == ["Houthi fighters", "fighters"]
    assert [d.targets for d in draft.denials] == [[0, 1]]


def test_a_counter_claim_after_rejecting_the_report_leaves_what_as_the_reported_move() -> None:
    draft = _brief("About 300 Chadian troops crossed into Sudan on Monday, residents said. "
                   "The army rejected the report, saying the soldiers were on a training exercise.")
    assert [(d.what, d.targets) for d in draft.denials] == [
        ("that about 300 Chadian troops crossed into Sudan on Monday", [0])]
    assert draft.denials[0].evidence.endswith("saying the soldiers were on a training exercise")


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


def test_a_part_of_the_force_told_apart_is_its_own_move() -> None:
    draft = _brief(
        "Peacekeeping units from Armenia, Tajikistan and Kyrgyzstan have departed Almaty on Thursday.\n\n"
        "The units from Armenia flew out of the Almaty airfield aboard three military transports.\n\n"
        "The Kyrgyz peacekeepers set off in their own convoy toward the border."
    )
    assert len(draft.movements) == 3  # the general claim and its two specific instances (contract)


def test_the_same_force_named_again_still_folds() -> None:
    draft = _brief(
        "Peacekeeping units from Armenia and Tajikistan have departed Almaty on Thursday.\n\n"
        "The units from Armenia and Tajikistan left from the Almaty airfield."
    )
    assert len(draft.movements) == 1
