"""s7: casualty phrasings from invented wire-style probes: "left at least eight soldiers dead" parsed as a small
clause, and the same figure from two named sources kept as two tolls (a definite "the three people" is the same toll
told again). Invented sentences."""

from __future__ import annotations

import pytest

from summarizer.strategies.staged import StagedNoModel
from summarizer.strategies.staged.casualties import casualty_items
from summarizer.strategies.staged.sentences import parse_article


def _tolls(text: str) -> list[tuple]:
    parsed = parse_article(text)
    return [(item.casualty_kind, item.data["count"].value, item.data["count"].qualifier)
            for item in casualty_items(parsed, parsed.sentences[0])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighting left at least eight soldiers dead, a hospital official said.", [("killed", 8, "at_least")]),
    ("The clashes left 12 civilians injured and three dead.", [("wounded", 12, "exactly"), ("killed", 3, "exactly")]),
    # near misses: no toll
    ("The clashes left the town dead quiet.", []),
    ("Twenty fighters are unaccounted for, the army said.", []),
])
def test_a_small_clause_toll(text: str, expected: list[tuple]) -> None:
    assert _tolls(text) == expected


def _brief(body: str):
    draft, _ = StagedNoModel().extract("Troops move\n\nJENIN, Mar 3 2024\n\n" + body + "\n", None)
    return draft


_MOVE = "Israeli troops moved into Jenin on Monday. "


@pytest.mark.parametrize(("body", "tolls"), [
    ("Palestinian health officials said three people were killed. The Israeli army said it had killed three militants.", 2),
    # near misses: one source telling its toll again, and a definite repeat
    ("Palestinian health officials said three people were killed. The health officials said the three people were "
     "killed by sniper fire.", 1),
    ("Three people were killed, the health ministry said. The three people were killed by sniper fire, witnesses said.", 1),
    ("Three people were killed, the health ministry said. Two people were missing.", 1),
])
def test_the_same_figure_from_two_sources_is_two_tolls(body: str, tolls: int) -> None:
    assert len(_brief(_MOVE + body).casualties) == tolls
