"""Casualty tolls, sentence by sentence: the cue forms, the count, who, where and cause."""

from __future__ import annotations

import pytest

from summarizer.strategies.staged import StagedNoModel
from summarizer.strategies.staged.casualties import casualty_items
from summarizer.strategies.staged.sentences import parse_article


def _tolls(text: str) -> list[tuple]:
    parsed = parse_article(text)
    out = []
    for item in casualty_items(parsed, parsed.sentences[0]):
        d, c = item.data, item.data["count"]
        out.append((item.casualty_kind, c.value, c.qualifier, d["who"], d["where"], d["cause"]))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fighting left one rebel dead and another injured, the army said.",
         [("killed", 1, "exactly", "rebel", None, "The fighting"), ("wounded", 1, "exactly", "rebel", None, "The fighting")]),
        ("Nineteen Lebanese civilians lost their lives in Israeli airstrikes on Saturday.",
         [("killed", 19, "exactly", "Lebanese civilians", None, "Israeli airstrikes")]),
        ("Israel said seven of its soldiers had been killed and more than 70 wounded.",
         [("killed", 7, "exactly", "Israeli soldiers", None, None), ("wounded", 70, "at_least", None, None, None)]),
        ("Six of the herdsmen were arrested while 10 others were shot dead.", [("killed", 10, "exactly", None, None, None)]),
        ("In northern Israel Hezbollah rockets wounded eight people.",
         [("wounded", 8, "exactly", "people", "northern Israel", "Hezbollah rockets")]),
        ("Violence flared in Meghalaya, where two persons were killed in security forces' firing after two groups clashed.",
         [("killed", 2, "exactly", "persons", "Meghalaya", "security forces' firing")]),
        ("A Hezbollah statement said three of its fighters were killed.", [("killed", 3, "exactly", "Hezbollah fighters", None, None)]),
        ("The attack left many residents injured and displaced.", [("wounded", None, "unspecified", "residents", None, "The attack")]),
        ("An airstrike on a market in Idlib killed 12 civilians on Monday.",
         [("killed", 12, "exactly", "civilians", "Idlib", "An airstrike on a market in Idlib")]),
    ],
)
def test_toll_fields(text, expected) -> None:
    assert _tolls(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Troops killing civilians is a war crime, the envoy said.",  # no quantity
        "No soldiers were killed in the exchange.",
        "The 1994 genocide, in which some 800,000 people were killed, still shapes the region.",
    ],
)
def test_no_toll(text) -> None:
    parsed = parse_article("Dateline\n\nWire, Mar 3 2025\n\n" + text + "\n")
    assert casualty_items(parsed, parsed.sentences[0]) == []


def test_a_toll_in_a_sentence_without_a_movement_is_kept_when_the_article_reports_one() -> None:
    article = (
        "Clashes\n\nWire, Mar 3 2025\n\n"
        "About 300 soldiers were deployed to the town of Gwamba on Monday, the army said.\n"
        "The fighting left one rebel dead and another injured.\n"
    )
    draft, _ = StagedNoModel().extract(article, None)
    assert len(draft.movements) == 1
    assert [(c.count.value, c.who) for c in draft.casualties] == [(1, "rebel"), (1, "rebel")]
