"""Session 12: the codebook's exercise convention ("units taking part in an exercise now are moving; an exercise
announced for a later date is a plan"), told the many ways news tells it. A country that holds a military exercise
moves its forces; what an exercise is said to involve, include or bring together is its force and count; "the
drills" told again are the drills just reported; another nation's own exercise is its own move. Invented places;
real nation names (the country rules know only real ones); near misses beside each positive."""

import pytest

from summarizer import summarize


def _moves(text: str) -> list:
    return summarize(text, strategy="learned").movements


# each beside a near miss in the same article: a drill of another kind, an exercise announced for later, one years
# before the story
@pytest.mark.parametrize(("sentence", "actor"), [
    ("Ukraine on Monday kicked off its own joint military exercises near the town of Varnel. "
     "Japan held nationwide earthquake drills on Monday.", "Ukrainian forces"),
    ("Sweden held naval drills near the island of Osk on Tuesday, the navy said. "
     "Sweden will hold joint military drills near Varnel in November.", "Swedish forces"),
    ("Norway launched war games near the town of Varnel on Sunday. "
     "In 2019, Norway held joint military drills near Tarsk.", "Norwegian forces"),
])
def test_a_country_holding_a_military_exercise_moves_its_forces(sentence, actor):
    moves = _moves("Drills begin\n\n" + sentence)
    assert len(moves) == 1
    assert moves[0].actor == actor


def test_a_country_drilling_on_no_named_ground_drills_at_home():
    moves = _moves("Drills begin\n\nUkraine on Monday kicked off its own joint military exercises alongside the US.")
    assert len(moves) == 1 and moves[0].destination == "Ukraine"


def test_the_ground_told_on_the_exercise_is_the_destination():
    moves = _moves("Drills begin\n\nThe Kordovan navy began a week-long exercise in the Varn Sea on Monday.")
    assert len(moves) == 1 and moves[0].destination == "the Varn Sea"


@pytest.mark.parametrize(("sentence", "value"), [
    # beside a force made of troops (no exercise) and drills ahead (a plan)
    ("The exercise brings together 4,000 troops from Kordova and Velmar, the ministry said. "
     "The Velmar force includes 300 paratroopers.", 4000),
    ("The exercise includes 4,000 Kordovan troops, the ministry said. The next drills will involve 12,000 troops.", 4000),
    ("The drills, involving 4,000 troops, began on Monday near Varnel.", 4000),
    ("The drills, in which 4,000 troops are taking part, began on Monday near Varnel.", 4000),
])
def test_what_an_exercise_is_made_of_is_its_force(sentence, value):
    moves = _moves("Drills begin\n\n" + sentence)
    assert len(moves) == 1
    assert moves[0].count is not None and moves[0].count.value == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("Sweden is holding military exercises with 5,000 troops near Varnel, the ministry said.", 5000),
    ("The Kordovan military is holding drills involving 3,000 soldiers near Varnel, the ministry said.", 3000),
])
def test_the_troops_an_exercise_is_held_with_are_one_move_counted(sentence, value):
    moves = _moves("Drills begin\n\n" + sentence)
    assert len(moves) == 1
    assert moves[0].count is not None and moves[0].count.value == value


def test_the_drills_told_again_count_the_drills_just_reported():
    moves = _moves("Drills begin\n\nRussia on Thursday started joint military drills along the border with Tarvia. "
                   "According to Moscow, the drills are defensive and involve 12,700 troops.")
    assert len(moves) == 1
    assert moves[0].actor == "Russian forces"
    assert moves[0].count is not None and moves[0].count.value == 12700


def test_another_nations_own_exercise_is_its_own_move():
    moves = _moves("Drills begin\n\nRussia on Thursday started joint military drills along the border with Tarvia. "
                   "According to Moscow, the drills involve 12,700 troops. Ukraine on Monday kicked off its own "
                   "joint military exercises alongside the US.")
    assert [m.actor for m in moves] == ["Russian forces", "Ukrainian forces"]


@pytest.mark.parametrize(("text", "value"), [
    # the exercise's own date: last year's is history, this year's is the story's
    ("Last year's exercise involved 12,000 troops from Kordova. This year's exercise involves 9,000 troops.", 9000),
    # a participle on drills ahead is as ahead as the drills
    ("The drills, involving 4,000 troops, will begin in November near Varnel. "
     "The Tarsk drills, involving 3,000 troops, began on Monday.", 3000),
])
def test_who_takes_part_is_dated_by_the_exercise(text, value):
    moves = _moves("Drills\n\n" + text)
    assert [m.count.value if m.count else None for m in moves] == [value]



def test_joining_the_drills_told_before_goes_to_their_ground():
    def marines(joined: str) -> list:
        moves = _moves("Drills begin\n\nSweden on Monday began joint military drills near Varnel. Some 300 US "
                       f"Marines joined {joined} on Tuesday, the ministry said.")
        return [m.destination for m in moves if "Marines" in m.actor]

    assert marines("the drills") == ["near Varnel"]  # the drills just told, on their ground
    assert marines("a separate exercise") == [None]  # another exercise: its ground is not told


@pytest.mark.xfail(reason="a could/may/might on who takes part in drills the article reports under way hedges the "
                          "number, not the drills; the rule that read it so (session 12) found the Zapad-2017 dev "
                          "article's 'more than 100,000 servicemen could take part' (dev movement R up), but that "
                          "move's source and ground, told in other words in the gold, lowered dev sources and "
                          "destination, so it was left out")
def test_a_hedged_number_in_drills_under_way_is_a_move():
    moves = _moves("Drills begin\n\nSweden on Monday began joint military drills near Varnel. Up to 10,000 troops "
                   "could take part in the drills, the ministry said.")
    assert len(moves) == 1
    assert moves[0].count is not None and (moves[0].count.value, moves[0].count.qualifier) == (10000, "at_most")
