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


def test_what_the_denier_did_beside_denying_is_not_part_of_the_claim():
    denial = _denial('In a statement, Kordova denied that its forces had entered Velmar and put the reports down to '
                     '"hostile propaganda".')
    assert denial.what == "that Kordova's forces had entered Velmar"


def test_a_second_deed_of_the_force_stays_part_of_the_claim():
    # near miss: "and attacked two villages" has the forces as its subject, so it is claimed and denied too
    denial = _denial("Kordova denied that its forces had entered Velmar and attacked two villages.")
    assert denial.what.endswith("had entered Velmar and attacked two villages")


def test_the_deniers_own_account_after_a_comma_is_not_part_of_the_claim():
    denial = _denial("A Kordovan military spokesman did not address the numbers but rejected claims that the army was "
                     'preparing an offensive on Lanmark, saying its forces on the front were there "to defend the '
                     'people" and had no orders to advance.')
    assert denial.what == "that the army was preparing an offensive on Lanmark"


def test_a_verdict_inside_a_conjoined_verb_is_cut_too():
    denial = _denial("Kordova's defence ministry said that its ships had been on routine patrols and denied that they "
                     'had followed or monitored any Velmari vessels, calling the Velmari account "groundless hype".')
    assert denial.what == "that they had followed or monitored any Velmari vessels"


def test_a_long_subject_still_has_its_negation_dropped():
    denial = _denial('"The big battalions behind the border have not moved," a retired Kordovan general said.')
    assert denial.what == "that the big battalions behind the border have moved"


def test_only_the_first_verbs_negation_is_dropped():
    # near miss: the negation belongs to the second verb; dropping it would assert what the denier denied
    denial = _denial("Kordova's defence ministry said the crossing was a scheduled training rotation and was not "
                     "directed against Velmar.")
    assert "was not directed" in denial.what


def test_findings_that_name_the_claim():
    denial = _denial("Kordova's spokesperson dismissed the panel's findings that Kordovan soldiers had crossed into "
                     "Velmar.")
    assert denial.what == "that Kordovan soldiers had crossed into Velmar"


def test_a_range_hedge_the_parser_gives_to_the_saying_verb_stays_in_the_evidence():
    text = ("A group of experts said between 3,000 and 4,000 Kordovan soldiers had crossed into Velmar since the "
            "start of the year, local officials said.")
    (movement,) = summarize(text, strategy="learned").movements
    assert movement.evidence.startswith("between 3,000 and 4,000 Kordovan soldiers")
    assert (movement.count.low, movement.count.high, movement.count.qualifier) == (3000, 4000, "range")
