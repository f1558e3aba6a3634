"""Session 11: a denier who adds a second statement ("..., and that it does not operate abroad") denies one claim,
and `what` is that claim, in the polarity of the claim, not of the denier's words.

Invented articles and names; each test has a near miss beside it."""

from summarizer import summarize

_MOVE = "About 400 Kordovan soldiers crossed into Velmar on Sunday, local officials said. "


def _denial(text: str):
    denials = summarize(_MOVE + text, strategy="learned").denials
    assert len(denials) == 1, denials
    return denials[0]


def test_a_second_negated_statement_is_not_part_of_the_claim():
    denial = _denial("The head of Kordova's army said no unit under his command had entered Velmar, "
                     "and that his forces do not operate abroad.")
    assert denial.what == "that any unit under his command had entered Velmar"
    assert denial.targets == [0]
    # the evidence still quotes the whole sentence the denier said it in
    assert denial.evidence.endswith("do not operate abroad")


def test_a_second_statement_that_is_not_negated_was_already_left_out():
    # near miss: the second statement is not negated, so it stays what it always was (part of the clause)
    denial = _denial("The ministry said no soldiers had crossed into Velmar, and that it would send observers "
                     "to the border.")
    assert denial.what == "that any soldiers had crossed into Velmar"


def test_a_counter_claim_first_and_the_denial_second_denies_the_second():
    denial = _denial("Kordova's defence ministry said the soldiers were on a training exercise, and that they "
                     "had not crossed the border.")
    assert denial.what == "that they had crossed the border"
    assert denial.targets == [0]
