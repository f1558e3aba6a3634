"""Session 10b: a denial's `what` reads as a clause an analyst can read alone: a gerund gets the denier as its
subject, a pronoun that clearly is the denier is named, and a noun for the move ("the deployment of soldiers",
"any involvement", "the claim: ...") is restated from the move it targets.

Invented articles and names; near misses beside the fixes."""

from summarizer import summarize


def _denial(text: str):
    denials = summarize(text, strategy="learned").denials
    assert len(denials) == 1
    return denials[0]


def test_a_denied_gerund_takes_the_denier_as_its_subject():
    denial = _denial("Kordova troops reach Mirna\n\nKordova sent about 800 troops to the border town of Mirna on "
                     "Tuesday, residents said. Kordova's defence ministry denied sending troops to Mirna.")
    assert denial.what == "that Kordova's defence ministry was sending troops to Mirna"
    assert denial.targets == [0]


def test_a_denied_having_reads_as_had():
    denial = _denial("Ostrel\n\nKordovan troops reached Ostrel on Saturday, Valdorian officials said. "
                     "Kordova has denied having any troops in Ostrel.")
    assert denial.what == "that Kordova had any troops in Ostrel"


def test_a_gerund_denied_by_a_pronoun_is_left_as_written():
    # near miss: "it" is no name a reader can use; the gerund keeps no invented subject
    denial = _denial("Mirna\n\nKordovan forces advanced on Mirna overnight, the Valdorian army said. "
                     "Kordova's army was asked about it. It denied advancing on the town.")
    assert not denial.what.startswith("that it ")


def test_a_pronoun_that_is_the_denier_is_named():
    denial = _denial("Tarsk claims incursion\n\nValdorian units moved into the Tarsk valley, Tarskan officials said. "
                     "Valdoria denied that it was fielding troops in the valley.")
    assert denial.what == "that Valdoria was fielding troops in the valley"


def test_a_possessive_that_is_the_denier_is_named():
    denial = _denial("LIVE: Tarsk crisis\n\n09:14 - Valdorian armoured columns have moved toward Tarsk, the regional "
                     "governor said.\n\n09:40 - Valdoria denies its forces crossed the border.")
    assert denial.what == "that Valdoria's forces crossed the border"


def test_a_pronoun_after_another_party_is_left_as_written():
    # near miss: with Valdoria named between, "it" could be either side
    denial = _denial("Tarsk\n\nKordova sent warships toward Tarsk, Valdoria said. "
                     "Kordova rejected Valdoria's claims that it had sent warships toward Tarsk.")
    assert denial.what == "that it had sent warships toward Tarsk"


def test_a_denied_deployment_noun_is_restated_from_the_move():
    denial = _denial("Tarsk\n\nKordovan soldiers were deployed to Tarsk on Friday, Valdorian officials said. "
                     "Kordova denied the deployment of soldiers to Tarsk.")
    assert denial.what == "that Kordovan soldiers were deployed to Tarsk on Friday"


def test_any_involvement_is_restated_from_the_move():
    denial = _denial("Tarsk\n\nValdoria moved troops to Tarsk, officials said. "
                     "Valdoria has consistently denied any involvement.")
    assert denial.what == "that Valdoria moved troops to Tarsk"


def test_a_claim_noun_before_a_colon_is_restated_from_the_move():
    denial = _denial("Ostrel\n\nValdorian helicopters flew troops into Ostrel, witnesses said. "
                     "A Valdorian spokesman dismissed the claim: \"Nothing of the sort happened.\"")
    assert denial.what == "that Valdorian helicopters flew troops into Ostrel"


def test_a_denial_in_the_deniers_negated_words_says_the_claim_denied():
    denial = _denial("Reports of Kordovan deployment\n\nKordova moved two battalions to the Tarsk border, Tarskan media "
                     "reported. Kordova has not deployed any soldiers to the border, its defence minister said on "
                     "Wednesday.")
    assert denial.what == "that Kordova has deployed any soldiers to the border"


def test_a_negated_quote_says_the_claim_denied():
    denial = _denial("Mirna\n\nValdorian troops moved into Mirna on Friday, residents said. "
                     "\"Our troops have not left their barracks,\" Valdorian spokesman Aren Dovic said.")
    assert denial.what == "that our troops have left their barracks"


def test_not_aware_keeps_its_negation():
    # near miss: a lack of knowledge is no negated claim ("that it was aware of ..." would say something else)
    denial = _denial("Tarsk\n\nThe opposition said Valdorian troops had been sent to Tarsk. The Tarskan defence "
                     "ministry said it was not aware of any Valdorian troops in the country.")
    assert "aware" not in denial.what or "not aware" in denial.what


def test_not_yet_keeps_its_negation():
    # near miss: "has not yet deployed" without "not" would be a different claim ("has yet deployed")
    from summarizer.strategies.staged.denials import _asserted
    assert _asserted("that Kordova has not yet deployed troops") == "that Kordova has not yet deployed troops"
    assert _asserted("that Kordova has not deployed troops") == "that Kordova has deployed troops"
