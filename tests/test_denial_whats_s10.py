"""Session 10: a denial's `what` is the claim as a clause, even when the denial names it only by a noun
("denies the accusations", "months of denials by X") or the article lays a label before the words.

Invented articles and names; each test has a near miss beside it."""

import pytest

from summarizer import summarize
from summarizer.strategies.staged.headline import _denial_clause


def _denials(text: str) -> list:
    return summarize(text, strategy="learned").denials


_ACCUSED = ("Valdoria sends troops to border\n\n"
            "Valdoria moved 2,000 soldiers to its northern border with Kordova on Monday, the defence ministry said.\n"
            "Kordova has repeatedly accused the government of Valdoria of arming separatist militias in the hills. "
            "Valdoria denies the accusations.")


def test_a_denial_of_the_accusations_says_which_accusation():
    denial = next(d for d in _denials(_ACCUSED) if d.denier.startswith("Valdoria"))
    assert denial.what == "that the government of Valdoria was arming separatist militias in the hills"


def test_a_plural_accused_takes_were():
    text = _ACCUSED.replace("the government of Valdoria of arming", "the Valdorian generals of arming")
    denial = next(d for d in _denials(text) if d.denier.startswith("Valdoria"))
    assert denial.what == "that the Valdorian generals were arming separatist militias in the hills"


def test_an_accusation_that_was_never_made_is_not_restated():
    # near miss: "did not accuse" puts no claim on record, so the noun stays as written
    text = _ACCUSED.replace("has repeatedly accused", "has not accused")
    whats = [d.what for d in _denials(text) if d.denier.startswith("Valdoria")]
    assert not any("arming" in w for w in whats)


def test_a_denial_named_only_by_a_noun_takes_the_claim_admitted_before_it():
    text = ("Kordova admits its troops were in Lanmark\n\n"
            "Kordova's prime minister on Friday announced that all Kordovan units would leave the Lanmark valley "
            "by March.\n"
            "He admitted last week that Kordovan soldiers had fought alongside the militia in the valley. "
            "His admission followed months of denials by Kordova.")
    denial = next(d for d in _denials(text) if "denials" in d.evidence)
    assert denial.what.startswith("that Kordovan soldiers had fought alongside the militia")


def test_a_label_before_quoted_words_is_not_part_of_what_is_denied():
    text = ("Border build-up\n\n"
            "Valdoria has massed about 900 troops near the Kordovan border, monitors said on Sunday.\n"
            'Statement by the monitoring group Nightwatch: "These 900 troops sent to the border do not pose a '
            'threat to Kordova."')
    whats = [d.what for d in _denials(text)]
    assert whats, "expected the quote's dispute of the build-up's threat"
    assert not any(w.lower().startswith("statement by") for w in whats)


def test_the_summary_says_denied_for_a_plural_denial_noun():
    clause = _denial_clause({"denier": "Kordova", "what": "that Kordovan soldiers had fought in the valley",
                             "evidence": "His admission followed months of denials by Kordova"})
    assert clause == "Kordova denied that Kordovan soldiers had fought in the valley"


def test_the_summary_does_not_call_an_accusers_verb_a_denial():
    # near miss: "understating" is what the accused is said to do; the speaker states a claim, not a denial
    clause = _denial_clause({"denier": "NATO", "what": "that Valdoria is understating the size of the drills",
                             "evidence": "NATO contends that Valdoria is understating the size of the drills"})
    assert clause == "NATO said that Valdoria is understating the size of the drills"


def test_a_quoted_sentence_made_a_clause_does_not_keep_its_capital():
    from summarizer.strategies.staged.denials import _as_denied

    assert _as_denied("that The boats at the shoal are fishing vessels") == "that the boats at the shoal are fishing vessels"
    assert _as_denied("that Kordovan troops left") == "that Kordovan troops left"  # a name keeps its capital


@pytest.mark.parametrize("dispute", [
    "Kordova called the allegations lies.",
    "The Kordovan foreign ministry described the claims as absurd.",
    "Kordova accused Valdoria of spreading lies about the incursion.",
])
def test_a_verdict_on_the_claims_noun_says_which_claim_from_the_move(dispute):
    text = ("Kordova sends troops north\n\nKordovan troops crossed into the Valdorian province of Lanmark on Monday, "
            "Valdorian officials said.\n" + dispute)
    denials = _denials(text)
    assert len(denials) == 1 and denials[0].targets == [0]
    assert denials[0].what == "that Kordovan troops crossed into the Valdorian province of Lanmark on Monday"


def test_a_verdict_with_its_own_clause_keeps_it():
    # near miss: the denier says what it claims instead, which stays the `what`
    text = ("Kordova sends troops north\n\nKordovan troops crossed into the Valdorian province of Lanmark on Monday, "
            "Valdorian officials said.\nKordova insisted its troops remained on its own side of the border.")
    denials = _denials(text)
    assert len(denials) == 1 and "remained on" in denials[0].what
