"""A bare force ("troops", "ships") takes the nation the text around it names for forces, so an item read alone
still says whose forces moved; where the nearby text names two sides, or a multinational force, it stays bare.
Invented wire-style sentences (no fixture text)."""

from __future__ import annotations

import pytest

from summarizer.strategies.staged import StagedNoModel


def _actors(article: str) -> list[str]:
    draft, _ = StagedNoModel().extract(article, None)
    return [m.actor for m in draft.movements]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # the headline's nation sending its army
        ("Peru sends army to southern border\n\nLIMA, May 4 2024\n\n"
         "Officials said more than 1,200 troops were deployed in the Tacna region on Monday.\n", "Peruvian troops"),
        # the speaker earlier in the sentence
        ("Army moves north\n\nNAIROBI, June 2 2023\n\n"
         "The Kenyan army said on Friday that troops had been deployed to Mandera after the raid.\n", "Kenyan troops"),
        # a coordinated mover shares the first one's nation
        ("Drills near the island\n\nTAIPEI, Aug 9 2022\n\n"
         "The ministry said it had tracked 12 Chinese military aircraft as well as 4 ships sailing around the island.\n",
         "Chinese ships"),
        # the article's only nation under arms, however far back
        ("Attack on farming village\n\nABUJA, Jan 5 2021\n\n"
         "The Nigerian Army said gunmen had raided a village in Benue State.\n"
         "Residents fled into the bush as homes burned.\n"
         "Local leaders appealed for calm.\n"
         "Some families returned on Sunday.\n"
         "Schools stayed closed.\n"
         "A spokesman said troops moved into the village on Monday.\n", "Nigerian troops"),
    ],
)
def test_a_bare_force_takes_the_nation_named_nearby(article: str, expected: str) -> None:
    assert expected in _actors(article)


@pytest.mark.parametrize(
    "article",
    [
        # two sides named in the nearest sentence that names any force: whose troops is not said
        "Clashes on the border\n\nBAKU, Sept 13 2022\n\n"
        "Armenian and Azerbaijani forces exchanged fire overnight along the border.\n"
        "Troops moved into the village of Sotk on Tuesday, a witness said.\n",
        # a multinational force beside a nation: the soldiers may be either's
        "Handover in the capital\n\nMOGADISHU, Apr 1 2023\n\n"
        "Ugandan officers met commanders of the African Union Transition Mission in Somalia on Sunday.\n"
        "Soldiers entered the town of Baidoa on Monday, residents said.\n",
    ],
)
def test_a_bare_force_stays_bare_when_the_text_names_two_sides(article: str) -> None:
    actors = _actors(article)
    assert actors, "the move itself is still reported"
    assert all(a.split()[0].lower() in {"troops", "soldiers"} for a in actors), actors


def test_a_named_force_keeps_its_own_name() -> None:
    article = ("Troops cross river\n\nKHARTOUM, Feb 2 2024\n\n"
               "The Chadian army said on Friday that Sudanese soldiers had crossed into Adre.\n")
    assert "Sudanese soldiers" in _actors(article)


def test_an_acronym_the_article_spelled_out_is_written_out_in_the_actor() -> None:
    article = ("Fighting in Darfur\n\nKHARTOUM, Jun 3 2024\n\n"
               "The army has fought the paramilitary Rapid Support Forces (RSF) since April.\n"
               "RSF fighters entered the town of Mellit on Sunday, residents said.\n")
    assert "Rapid Support Forces (RSF) fighters" in _actors(article)


def test_a_long_official_name_keeps_its_acronym() -> None:
    article = ("Peacekeepers leave base\n\nBAMAKO, Aug 3 2023\n\n"
               "The United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) is leaving.\n"
               "MINUSMA peacekeepers left the base at Ber on Sunday, a spokesman said.\n")
    assert "MINUSMA peacekeepers" in _actors(article)
