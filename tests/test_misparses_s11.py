"""Session 11: moves the parser hides: a range count read as a preposition ("..., between 180 and 200 peacekeepers began
pulling out", with "between" hung on an earlier noun) still gives the move its mover and count; a force that
joins others in the passive ("They are joined by some 5,000 soldiers") is the one that moved.

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


_DRILLS = "More than 9,000 Chilean troops are taking part in the Velmar Shield drills, which began last week, officials said. "


def test_a_force_that_joins_others_in_the_passive_moved():
    movements = summarize(_DRILLS + "They are joined by some 5,000 Peruvian soldiers, sailors and airmen.",
                          strategy="learned").movements
    assert [m.actor for m in movements][1:] == ["Peruvian soldiers"]
    assert movements[1].count.value == 5000


def test_joined_by_people_who_are_no_force_is_no_move():
    # near miss: officials and observers join talks; nobody armed moved
    for other in ("They were joined by a delegation of Peruvian officials.", "The talks were joined by 30 observers."):
        assert len(summarize(_DRILLS + other, strategy="learned").movements) == 1
