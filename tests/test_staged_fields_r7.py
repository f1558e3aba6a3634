"""Fields as a reader of the item alone needs them: sources without a capital that is only the sentence's, one party
said twice listed once, a long official name kept as the acronym the article used, and a count's hedge kept where
the parser misplaced it. Invented sentences."""

from __future__ import annotations

from summarizer.strategies.staged import StagedNoModel


def _sources(article: str) -> list[list[str]]:
    draft, _ = StagedNoModel().extract(article, None)
    return [m.sources for m in draft.movements]


def test_a_sentence_opening_capital_is_not_kept_in_a_source() -> None:
    article = ("Troops reach the border\n\nDELHI, Jun 2 2020\n\n"
               "Officials said about 300 Indian troops had moved to the Galwan valley on Monday.\n")
    assert ["officials"] in _sources(article)


def test_a_sentence_opening_article_a_is_not_an_acronym() -> None:
    article = ("Troops cross\n\nBEIRUT, Jun 2 2024\n\n"
               "A senior Syrian military source said Syrian troops had crossed into Lebanon in small groups.\n")
    assert ["a senior Syrian military source"] in _sources(article)


def test_a_named_outlet_opening_a_sentence_keeps_its_capital() -> None:
    article = ("Warships sail\n\nWASHINGTON, Jan 9 2024\n\n"
               "The Washington Post reported that two U.S. destroyers had entered the Red Sea on Monday.\n")
    assert any("The Washington Post" in s for s in _sources(article)[0])


def test_one_party_said_twice_is_one_source() -> None:
    article = ("Soldiers cross\n\nBUJUMBURA, Mar 4 2023\n\n"
               "Two Burundian military officers told reporters that 400 Burundian soldiers had crossed into "
               "South Kivu on Sunday, and Burundian military officers said more were expected.\n")
    found = _sources(article)
    assert found and all(s.count("two Burundian military officers") + s.count("Two Burundian military officers") == 1
                         and "Burundian military officers" not in s for s in found), found


def test_a_long_official_name_stays_the_acronym() -> None:
    article = ("Peacekeepers leave\n\nBAMAKO, Aug 3 2023\n\n"
               "The United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) began its "
               "withdrawal in July.\n"
               "The last Chadian peacekeepers left the camp at Tessalit on Sunday, MINUSMA said.\n")
    assert ["MINUSMA"] in _sources(article)


def test_a_hedge_the_parser_hung_on_the_say_verb_still_hedges_the_count() -> None:
    # "between" comes out under "said", not under the number
    draft, _ = StagedNoModel().extract(
        "Soldiers cross\n\nKINSHASA, Jul 8 2024\n\nA report by a U.N. group of experts, seen by reporters, said between "
        "3,000 and 4,000 Rwandan soldiers had crossed into North Kivu since January.\n", None)
    [move] = draft.movements
    assert (move.count.low, move.count.high, move.count.qualifier) == (3000, 4000, "range")


def test_an_accusation_is_the_claim_with_its_place() -> None:
    # the parser hangs "in the valley" on the accusing verb and reads "massing" as an adjective of "troops"
    article = ("Border tension rises\n\nTBILISI, Apr 5 2023\n\n"
               "On Monday Georgia closed two crossings, accusing Russia of massing troops in the Kodori valley.\n")
    draft, _ = StagedNoModel().extract(article, None)
    [move] = draft.movements
    assert move.evidence == "accusing Russia of massing troops in the Kodori valley"
    assert move.destination == "the Kodori valley"
    assert move.actor == "Russian troops"


def test_a_denied_verb_phrase_is_the_claim_not_a_verdict() -> None:
    # "it is fielding" is a verb phrase; only "it was false/a provocation" stands for the claim it judges
    from summarizer.strategies.staged.denials import is_fragment

    assert not is_fragment("that it is fielding any troops there")
    assert not is_fragment("that it was sending soldiers")
    assert is_fragment("that it was nothing but propaganda")
    assert is_fragment("that it was a provocation")
