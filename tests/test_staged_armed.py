"""Is the mover an armed force? `armed_status` sentence by sentence, and the article settling a "maybe"."""

from __future__ import annotations

import pytest

from summarizer.strategies.staged import settle_by_context
from summarizer.strategies.staged.candidates import find_moves
from summarizer.strategies.staged.sentences import parse_article
from summarizer.strategies.staged.types import ArmedVerdict, ClaimStatus

_HEAD = "Headline here\n\nWire, Mar 3 2025\n\n"


def _claims(text: str) -> list:
    return find_moves(parse_article(_HEAD + text + "\n"))


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Hundreds of fighters crossed into Syria on Monday.", ArmedVerdict.YES),
        ("An army of 200 bakers marched to the palace.", ArmedVerdict.NO),  # a collective is judged by what it collects
        ("Thousands of fans travelled to Glasgow for the match.", ArmedVerdict.NO),
        ("A group of 230 officers arrived in Haiti to support the military mission.", ArmedVerdict.MAYBE),
        ("A convoy carrying 150 peacekeepers reached Goma.", ArmedVerdict.YES),  # the vehicles carry a force
        ("A column of buses transporting hired gunmen reached the border.", ArmedVerdict.YES),
        ("A convoy of lorries carrying flour reached the camp.", ArmedVerdict.NO),  # what they carry is not armed
        ("Mechanised units of the CSTO have left Almaty.", ArmedVerdict.YES),  # the units, not the name, are counted
        ("About 600 servicemen were flown to the port on Friday.", ArmedVerdict.YES),
        ("Twelve armoured vehicles crossed the bridge at dawn.", ArmedVerdict.YES),
        ("New military instructors touched down in the capital.", ArmedVerdict.YES),
        ("Two instructors from the yoga school arrived in town.", ArmedVerdict.WEAK),  # no military word: never a move
        ("A small team made up of naval personnel has reached Juba.", ArmedVerdict.YES),  # "made up of" collects
        ("A force consisting of 300 marines landed in Darwin.", ArmedVerdict.YES),
        ("A battalion of 100 men marched out through the gates.", ArmedVerdict.YES),  # "men" says nothing: the unit does
        ("A group of 50 men arrived in the village.", ArmedVerdict.WEAK),
        ("HMS Defender sailed through the strait on Wednesday.", ArmedVerdict.YES),  # a navy ship by its name
        ("Serbian troops moved from Belgrade to the border in trucks on Monday.", ArmedVerdict.YES),  # not a crowd
        ("Troops entered the town on Monday, reporters at the scene said.", ArmedVerdict.YES),
        ("The Queen Mary sailed into the harbour on Wednesday.", ArmedVerdict.NO),
        ("No additional units had been sent to the area.", ArmedVerdict.WEAK),  # only a denial may use it
        ("Army traveled to Annapolis, where the Black Knights beat Navy 17-13.", ArmedVerdict.NO),  # a team
    ],
)
def test_armed_verdict_of_the_mover(text, verdict) -> None:
    claims = _claims(text)
    assert claims, text
    assert claims[0].armed == verdict
    assert claims[0].armed == verdict.value  # a StrEnum: the old string still compares equal


def test_a_maybe_becomes_yes_beside_a_sure_armed_move() -> None:
    claims = _claims("Kenyan troops moved to Afmadow on Tuesday. A group of 230 officers arrived in Haiti "
                     "to support the military mission.")
    assert [c.armed for c in claims] == [ArmedVerdict.YES, ArmedVerdict.MAYBE]
    settle_by_context(claims)
    assert [c.armed for c in claims] == [ArmedVerdict.YES, ArmedVerdict.YES]


def test_a_maybe_alone_becomes_no() -> None:
    claims = _claims("A group of 230 officers arrived in Haiti to support the military mission.")
    settle_by_context(claims)
    assert [(c.status, c.armed) for c in claims] == [(ClaimStatus.MOVEMENT, ArmedVerdict.NO)]
