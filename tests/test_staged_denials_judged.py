"""Denials that judge a report by what it is ("part of a disinformation campaign", "a propaganda stunt", "the photos
were fabricated", "described the accusations as a provocation") and purpose disputes ("part of planned drills"),
against the same words where they dispute nothing ("aired propaganda footage", a report's own "for planned drills").
Written after the r7 precision step that read every attributive cue word as a kind of thing cost a denial on the
realnews test split (aggregate only); invented sentences."""

from __future__ import annotations

import pytest

from summarizer.strategies.staged import StagedNoModel

_MOVE = "Russian troops crossed into the Donetsk region on Monday, Ukrainian officials said. "


def _brief(body: str):
    draft, _ = StagedNoModel().extract("Troops move\n\nKYIV, Mar 3 2022\n\n" + body + "\n", None)
    return draft


@pytest.mark.parametrize("dispute", [
    "The Kremlin said the reports were part of a disinformation campaign.",
    "Moscow called the claims a propaganda stunt.",
    "Peskov said such talk was absurd.",
    "The ministry said the photos were fabricated.",
    "A spokesman said the images were doctored.",
    "A Russian official said the allegations were part of an information war against Moscow.",
    "Moscow described the accusations as a provocation.",
    "Russia said the movement was part of planned drills.",
    "Russian officials said the troops were on routine exercises and would return to base.",
    "The defence ministry said the video was fake.",
    "Moscow said the drills would be purely defensive.",
    "The Kremlin said the exercises would pose no threat to anyone.",
    "The troops will not pose a threat to Ukraine, the ministry said.",
    "Peskov said it was absurd to suggest that Russian troops were in Ukraine.",
    "The Kremlin said such a scenario was absurd.",
    "The Kremlin said the narrative was false.",
    "Moscow said it had no information about any reinforcements.",
    "Moscow said the so-called invasion was fabricated.",
])
def test_a_judged_report_disputes_the_move_told_before(dispute: str) -> None:
    draft = _brief(_MOVE + dispute)
    [denial] = draft.denials
    assert 0 in denial.targets  # (a claim the dispute restates, "to claim our soldiers crossed", may be a target too)


def test_a_purpose_phrase_is_a_whole_clause() -> None:
    [denial] = _brief(_MOVE + "Russia said the movement was part of planned drills.").denials
    assert denial.what == "that the movement was part of planned drills"


@pytest.mark.parametrize("report", [
    "The defence ministry said 5,000 troops had arrived in Belarus for planned drills.",
    "Some 3,000 soldiers moved to the Brest region for scheduled exercises, the ministry said.",
    "The ministry said 5,000 troops had arrived in Belarus for routine exercises.",
    "State TV aired propaganda footage of troops crossing the river into Belarus.",
    "The ministry said 3,000 troops will take part in routine exercises in Belarus next month.",
])
def test_the_same_words_in_a_report_dispute_nothing(report: str) -> None:
    assert _brief(report).denials == []


@pytest.mark.parametrize("aside", [
    '"It is absurd that our soldiers wait months for pay," a veteran said.',
    "The alarm turned out to be false, officials said.",
])
def test_a_judged_state_of_things_disputes_no_move(aside: str) -> None:
    assert _brief(_MOVE + aside).denials == []


@pytest.mark.parametrize(("dispute", "what"), [
    # the object moved after the judgement ('dismissed as "hysteria" Western reports that ...') is what is denied,
    # not the day ("on Friday") nor the judgement
    ('The Kremlin on Friday dismissed as "hysteria" Western reports that Russia was massing troops near Ukraine.',
     "that Russia was massing troops near Ukraine"),
    ("The ministry on Tuesday scoffed at the accusation that its troops had crossed.", "that its troops had crossed"),
])
def test_what_is_denied_is_never_the_day(dispute: str, what: str) -> None:
    draft = _brief(_MOVE + dispute)
    assert [d.what for d in draft.denials] == [what]
