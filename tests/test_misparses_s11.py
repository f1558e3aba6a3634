"""Session 11: a range count the parser reads as a preposition ("..., between 180 and 200 peacekeepers began
pulling out", with "between" hung on an earlier noun) still gives the move its mover and count.

Invented sentences; near misses beside them."""

from summarizer import summarize


def test_a_range_read_as_between_is_the_subject_of_the_verb_after_it():
    # (the small English parser reads this one as "between" + object, with "began" left without a subject)
    text = "At the camp near Marto, between 300 and 400 Ghanaian soldiers began pulling out on Monday, the mission said."
    (movement,) = summarize(text, strategy="learned").movements
    assert movement.actor.endswith("soldiers")
    assert (movement.count.low, movement.count.high, movement.count.qualifier) == (300, 400, "range")


def test_between_two_things_that_are_not_counted_gives_no_mover():
    # near miss: "between the two armies" has no count; the talks are no force
    text = "The talks between the two armies began on Tuesday morning in Marto, the spokesperson said."
    assert summarize(text, strategy="learned").movements == []
