"""Denials r7: invented probes (tests/denial_probes_r7.py) of disputes in many styles, non-denials that look like
them, and short articles where a denial must point at the right move. Run through the rules alone (the learned
default only chooses sentences; these are the rules' readings)."""

from __future__ import annotations

import pytest

import summarizer
from summarizer.strategies.staged import StagedNoModel

from denial_probes_r7 import PROBES
from staged_support import LEAD

# Probes the rules still get wrong, and why: strict, so a fix shows up as a pass to move out of this list.
KNOWN_FAILING: dict[str, str] = {
    "acknowledged_but_no_threat": "'acknowledged moving troops' is no movement claim: nothing makes the article relevant",
    "fabrication_of_reports_that": "the move inside 'said of reports that ...' is not found",
    "rejected_as_baseless_reports_that": "the move inside 'reports that its army had moved' gets the reporter as actor",
}


def _brief(text: str):
    draft, _ = StagedNoModel().extract(LEAD + text + "\n", None)
    return draft


def _hit(draft, text: str, denied: str):
    """The denial whose evidence overlaps the disputing words, or None."""
    full = LEAD + text + "\n"
    start = full.find(denied)
    end = start + len(denied)
    for denial in draft.denials:
        at = full.find(denial.evidence)
        if at >= 0 and at < end and start < at + len(denial.evidence):
            return denial
    return None


def _cases(kind: str):
    for name, text, denied, move in PROBES:
        if (kind == "denial") != (denied is not None):
            continue
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_FAILING[name])] if name in KNOWN_FAILING else []
        yield pytest.param(text, denied, move, id=name, marks=marks)


@pytest.mark.parametrize(("text", "denied", "move"), list(_cases("denial")))
def test_a_dispute_is_a_denial_that_targets_the_move_it_disputes(text, denied, move) -> None:
    draft = _brief(text)
    denial = _hit(draft, text, denied)
    assert denial is not None, [d.evidence for d in draft.denials]
    assert draft.is_relevant
    if move is None:
        return
    expected = [i for i, m in enumerate(draft.movements) if move and move in m.evidence][:1]
    if move:
        assert expected, "the disputed move was not found"
    assert denial.targets == expected


@pytest.mark.parametrize(("text", "denied", "move"), list(_cases("none")))
def test_confirmations_refusals_and_accusations_are_not_denials(text, denied, move) -> None:
    assert _brief(text).denials == []


def test_the_shipped_default_keeps_a_professed_ignorance_and_a_force_kept_in_barracks() -> None:
    # the learned default only picks sentences: a dispute the rules read must survive its selection
    for name in ("no_information_about_troops", "remained_in_barracks", "no_such_move_blanket"):
        _, text, denied, move = next(p for p in PROBES if p[0] == name)
        brief = summarizer.summarize(LEAD + text + "\n")
        denial = _hit(brief, text, denied)
        assert denial is not None, name
        assert [brief.movements[i].evidence for i in denial.targets] == [
            m.evidence for m in brief.movements if move in m.evidence][:1]


def test_the_shipped_default_reads_no_dispute_into_a_lack_of_evidence_of_something_else() -> None:
    # the sentence model takes "There was no evidence of gang activity" for a denial; the cue must say no
    _, text, _, _ = next(p for p in PROBES if p[0] == "no_evidence_of_gangs")
    assert summarizer.summarize(LEAD + text + "\n").denials == []
