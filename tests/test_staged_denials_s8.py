"""s8: article-level denials from invented multi-sentence wire copy: a dispute beside a no-comment ("said the troop
reports were false but did not comment on the aircraft"), a claim a party calls unverified, and which of an
article's moves a later denial paragraph disputes. Invented articles; real summarize()."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _brief(text: str):
    return summarize(text, strategy="learned")


# --- a dispute and a no-comment in one sentence: the clause without the boilerplate disputes -------------------

@pytest.mark.parametrize("text", [
    "Pakistan has moved at least two infantry brigades from Rawalpindi toward the Line of Control in Kashmir, Indian "
    "security officials said on Wednesday. A Pakistani military spokesman said the troop reports were false but did "
    "not comment on the aircraft.",
    "Rwandan troops crossed into North Kivu on Monday, UN experts said. Kigali dismissed the report as baseless but "
    "declined to comment on the drones.",
    "Rwandan troops crossed into North Kivu on Monday, UN experts said. A spokeswoman did not respond to a request for "
    "comment but said in a tweet the troops were on a routine patrol.",
])
def test_a_dispute_beside_a_no_comment_is_a_denial(text: str) -> None:
    brief = _brief(text)
    assert len(brief.denials) == 1
    assert brief.denials[0].targets == [0]


def test_a_no_comment_alone_is_no_denial() -> None:
    brief = _brief("Rwandan troops crossed into North Kivu on Monday, UN experts said. The army was in the area but "
                   "declined to comment.")
    assert brief.denials == []


# --- a party calling the claim unverified disputes it; the outlet's own caution does not ------------------------

@pytest.mark.parametrize("text", [
    "Ethiopian troops crossed into Somalia's Gedo region on Saturday, two Somali officials said. Ethiopia's "
    "government spokesman said the reports were \"unverified\" and that Ethiopian forces in Somalia were operating "
    "under the African Union mission.",
    "Ethiopian troops crossed into Somalia's Gedo region on Saturday, two Somali officials said. In a statement, the "
    "foreign ministry in Addis Ababa said the accounts of a crossing were unverified.",
    "Turkish troops entered the Iraqi town of Bashiqa, Kurdish officials said. Ankara called the claims unconfirmed.",
])
def test_a_claim_called_unverified_by_a_party_is_disputed(text: str) -> None:
    brief = _brief(text)
    assert len(brief.denials) == 1
    assert brief.denials[0].targets == [0]
    assert brief.denials[0].what.startswith("that ")


@pytest.mark.parametrize("text", [
    "Some 400 Eritrean soldiers have crossed into Tigray, residents said. The reports remain unconfirmed.",
    "Russian troops are reported to have entered the town, though the reports were unconfirmed, a local journalist "
    "said.",
    "Armed men believed to be Russian seized the airport, according to unverified reports, a local journalist said.",
    "Turkish troops entered the Iraqi town of Bashiqa, Kurdish officials said. The claim could not be independently "
    "verified.",
])
def test_the_outlets_caution_is_no_denial(text: str) -> None:
    assert _brief(text).denials == []
