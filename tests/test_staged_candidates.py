"""Candidate claims: the movement verb, its mover and sender, and the claim's status."""

from __future__ import annotations

import pytest

from summarizer.strategies.staged.candidates import find_moves
from summarizer.strategies.staged.sentences import parse_article
from summarizer.strategies.staged.types import ClaimStatus

_HEAD = "Headline here\n\nWire, Mar 3 2025\n\n"


def _claims(text: str) -> list[tuple]:
    parsed = parse_article(_HEAD + text + "\n")
    return [(c.verb.lemma_.lower(), c.mover.text if c.mover is not None else None,
             c.sender.text if c.sender is not None else None, c.status) for c in find_moves(parsed)]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Kenyan troops moved from Dhobley to Afmadow on Tuesday, officials said.",
         ("move", "troops", None, ClaimStatus.MOVEMENT)),
        ("Russia has deployed about 300 special forces to Libya, two officials said.",
         ("deploy", "forces", "Russia", ClaimStatus.MOVEMENT)),
        ("The ministry plans to deploy 500 troops to the border next month.",
         ("deploy", "troops", None, ClaimStatus.PLAN)),
        ("No troops crossed the border, the ministry said.", ("cross", "troops", None, ClaimStatus.NEGATED)),
        ("Troops are stationed in Mali.", ("station", "Troops", None, ClaimStatus.PRESENCE)),
        ("The ministry said some 4,000 troops were to go to the frontier.",  # "be to": a schedule, not a report
         ("go", "troops", None, ClaimStatus.PLAN)),
        ("A flotilla of six frigates is to sail for the strait on Monday.", ("sail", "flotilla", None, ClaimStatus.PLAN)),
    ],
)
def test_the_claim_of_a_sentence(text, claim) -> None:
    assert _claims(text) == [claim]


def test_a_sentence_without_a_movement_verb_has_no_claim() -> None:
    assert _claims("The minister spoke to reporters about the budget on Monday.") == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a progressive ("is sending", "are heading") is a report under way, not a bare gerund
        ("Ghana is sending about 400 soldiers into the northern region.", ("send", "soldiers", "Ghana", ClaimStatus.MOVEMENT)),
        ("More Dutch marines are heading for the island, the navy said.", ("head", "marines", None, ClaimStatus.MOVEMENT)),
        # a move accused of a party: the doer is the accused
        ("Lagos accused Niamey of massing soldiers along the frontier.", ("mass", "soldiers", "Niamey", ClaimStatus.MOVEMENT)),
        ("The council condemned Eritrea for sending troops into the valley.", ("send", "troops", "Eritrea", ClaimStatus.MOVEMENT)),
        # a move named by a noun, set going by a verb of starting
        ("The ministry said it had begun the withdrawal of its marines from the islands.",
         ("begin", "marines", "it", ClaimStatus.MOVEMENT)),
        ("The redeployment of 2,000 soldiers started on Monday.", ("start", "soldiers", None, ClaimStatus.MOVEMENT)),
        # "forces massed at the border": a participle names the forces moved, not what they moved
        ("A rebel column massed near the river numbers about 900 men, the group said.",
         ("mass", "column", None, ClaimStatus.MOVEMENT)),
    ],
)
def test_the_claim_found_through_the_parse(text, claim) -> None:
    assert claim in _claims(text)


def test_a_bare_gerund_is_still_no_report() -> None:
    assert _claims("Moving a brigade south is the easy part.") == []


def test_a_place_moved_on_the_map_is_no_mover() -> None:
    assert [c[1] for c in _claims("After the war the frontier was shifted north of the river.")] == [None]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # an official's or a source's quoted account of a move is a report, with the speaker as its source
        ('"The last Kenyan soldiers left the base this morning," the mission said in a statement.', ClaimStatus.MOVEMENT),
        ('"The marines have pulled out of the port," a security source told reporters.', ClaimStatus.MOVEMENT),
        # a commentator's words, timeless talk and "every battalion" stay speech
        ('"Fighters have moved in one direction only," said Ana Ruiz, a security analyst in Lima.', ClaimStatus.QUOTED),
        ('"Every battalion the army moves leaves a gap," the official said.', ClaimStatus.QUOTED),
    ],
)
def test_a_quoted_move_is_a_report_when_an_official_gives_it(text, status) -> None:
    assert [c[3] for c in _claims(text)][:1] == [status]


def test_a_quote_continued_in_a_new_paragraph_keeps_its_speaker() -> None:
    text = 'The army spokesman said, "Soldiers reached the village at dawn.\n\n\u201cThe soldiers chased the raiders into the hills.'
    assert ("chase", "soldiers", None, ClaimStatus.MOVEMENT) in _claims(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # the object of a verb of compelling makes the move, and the move happened
        ("Heavy shelling forced the rebels to withdraw from the town.", ("withdraw", "rebels", None, ClaimStatus.MOVEMENT)),
        ("The offensive prompted government soldiers to pull back across the river.",
         ("pull", "soldiers", None, ClaimStatus.MOVEMENT)),
        # an order or a permission names the mover too, but stays a plan
        ("The ministry ordered the troops to withdraw from the town.", ("withdraw", "troops", None, ClaimStatus.PLAN)),
        ("The fighting did not force the marines to leave the port.", ("leave", "marines", None, ClaimStatus.NEGATED)),
    ],
)
def test_the_object_of_a_control_verb_is_the_mover(text, claim) -> None:
    assert claim in _claims(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The ministry said 2,000 soldiers were to go to the frontier.", ClaimStatus.PLAN),  # "be to": arranged, not done
        ("Up to 300 marines are to be sent across several rotations.", ClaimStatus.PLAN),
        ("About 300 marines are due to arrive on Friday.", ClaimStatus.MOVEMENT),  # "due to arrive": under way
    ],
)
def test_be_to_is_a_plan(text, status) -> None:
    assert [c[3] for c in _claims(text)] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "ago" on a participle of the move dates the move
        ("The port was chosen because British troops left through it bound for France 80 years ago.", ClaimStatus.PAST),
        # a condition still ahead: "until" with the present tense
        ("The sanctions stay in place until the foreign troops leave the valley.", ClaimStatus.PLAN),
        ("The villagers hid until the soldiers withdrew from the town.", ClaimStatus.MOVEMENT),
    ],
)
def test_when_the_move_is(text, status) -> None:
    assert [c[3] for c in _claims(text) if c[1] in {"troops", "soldiers"}] == [status]


def test_years_ago_is_past_without_a_dated_dateline() -> None:
    parsed = parse_article("Headline here\n\nMany British troops sailed for France 80 years ago from this harbour.\n")
    assert [c.status for c in find_moves(parsed)] == [ClaimStatus.PAST]


@pytest.mark.parametrize(
    "text", ["Two soldiers who fled the national army were arrested.", "He left the army in 2019 to run for office."]
)
def test_quitting_a_force_is_no_move(text) -> None:
    assert _claims(text) == []


def test_a_particle_read_as_a_preposition_still_names_what_was_sent() -> None:
    assert ("send", "troops", "Kigali", ClaimStatus.MOVEMENT) in _claims("Kigali sent in troops after the border posts were attacked.") or \
        ("send", "troops", "Kigali", ClaimStatus.MOVEMENT) in _claims("Kigali sending in troops after the border posts were attacked.")


def test_a_time_after_the_verb_is_no_object() -> None:
    assert [c[1] for c in _claims("The frigate rammed the trawler before it withdrew in September 2024.")] == ["it"]


def test_how_many_moved_is_a_question_not_a_claim() -> None:
    assert _claims("How many Chadian soldiers have departed is unclear.") == []


@pytest.mark.parametrize(
    "text",
    ["Residents were told to wait until the army has deployed there.", "The mission was left stranded in its bases after the rebels took Goma."],
)
def test_no_move_yet(text) -> None:
    assert ClaimStatus.MOVEMENT not in [c[3] for c in _claims(text) if c[0] in {"deploy", "leave"}]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The militia attacked some army units stationed in the province.", ClaimStatus.PRESENCE),
        ("Officials blamed rebel artillery positioned on the hills to the north.", ClaimStatus.PRESENCE),
        ("Troops stationed in Mali were moved to Niger on Monday.", ClaimStatus.MOVEMENT),  # a move of them
    ],
)
def test_a_participle_that_says_where_a_force_stands_is_presence(text, status) -> None:
    assert [c[3] for c in _claims(text)] == [status]


def test_what_a_force_leaves_behind_is_no_move() -> None:
    assert _claims("Residents fear the vacuum the peacekeepers leave behind.") == []
