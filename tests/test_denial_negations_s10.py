"""Session 10: a negated move in the story's own telling is a denial only when it disputes something.
How far a move has got ("had not reached X by nightfall"), a record ("never ... this close before") and an
outlook ("are not expected to take part in combat") dispute nothing. Invented names; near misses beside them."""

import pytest

from summarizer import summarize

_MOVE = ("Kordova sends troops north\n\n"
         "Kordova moved 3,000 soldiers to the northern province of Lanmark on Monday, the defence ministry said.\n")
_CLAIMED = ("Kordova sends troops north\n\n"
            "Valdorian officials said Kordova moved 3,000 soldiers into the province of Lanmark on Monday.\n")


@pytest.mark.parametrize("sentence", [
    "The convoy had not reached the provincial capital by nightfall.",
    "The convoy had not yet reached the provincial capital.",
    "The second column still had not arrived in Lanmark city on Tuesday.",
    "Kordova has never deployed troops this close to the border before.",
    "The troops are not expected to take part in combat.",
    "The brigade is not due to arrive in Lanmark until next week.",
])
def test_progress_record_and_outlook_are_not_denials(sentence):
    brief = summarize(_MOVE + sentence, strategy="learned")
    assert brief.movements, "the move itself is still reported"
    assert brief.denials == []


@pytest.mark.parametrize("sentence", [
    "Kordova has never sent troops to Lanmark, the ministry said.",
    "No Kordovan troops have crossed into Lanmark, the Kordovan ministry said.",
    "Kordova denied that its troops had reached the capital by Monday.",
    "The troops will not take part in combat, the Kordovan ministry said.",
    "Kordovan troops have not entered Lanmark, the Kordovan governor said.",
])
def test_a_party_saying_the_move_did_not_happen_still_denies_it(sentence):
    brief = summarize(_CLAIMED + sentence, strategy="learned")
    assert len(brief.denials) == 1
    assert brief.denials[0].targets == [0]
