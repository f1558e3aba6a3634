"""Session 10: counts a move carries outside its mover. The craft that carried a force are its count when the
text gives no other ("aboard three Il-76 transports"); a relative clause the parser hangs on "of its X" belongs
to the counted troops before it. Invented names; near misses beside them."""

import pytest

from summarizer import summarize


def _moves(text: str) -> list:
    return summarize(text, strategy="learned").movements


@pytest.mark.parametrize(("sentence", "value"), [
    ("The Kordovan peacekeepers flew out of Tarsk aboard three Il-76 military transports on Sunday.", 3),
    ("The Kordovan servicemen flew out of Tarsk on one C-130 on Monday, the ministry said.", 1),
    ("Kordovan soldiers left Tarsk in 40 trucks on Monday, the ministry said.", 40),
])
def test_the_craft_are_the_count_when_the_force_has_none(sentence, value):
    moves = _moves("Peacekeepers leave\n\n" + sentence)
    assert len(moves) == 1
    assert moves[0].count is not None and moves[0].count.value == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("About 300 Kordovan soldiers left Tarsk aboard two ships on Sunday, the ministry said.", 300),
    ("Kordovan soldiers left Tarsk in two waves on Sunday, the ministry said.", None),
])
def test_a_force_counted_itself_or_a_number_of_no_craft_is_not_a_craft_count(sentence, value):
    moves = _moves("Peacekeepers leave\n\n" + sentence)
    assert len(moves) == 1
    assert (moves[0].count.value if moves[0].count else None) == value


def test_who_after_of_its_force_is_the_counted_troops():
    moves = _moves("Drills begin\n\nKordova has sent up to 400 ground troops of its National Guard, who arrived at "
                   "Port Mirna over the weekend, the organisers said.")
    assert len(moves) == 1
    assert moves[0].count is not None and (moves[0].count.value, moves[0].count.qualifier) == (400, "at_most")
    assert moves[0].destination == "Port Mirna"


def test_a_long_official_name_the_article_abbreviates_is_cited_by_its_acronym():
    text = ("Peacekeepers leave\n\n"
            "The United Nations Integrated Stabilization Mission in Kordova (UNISMIK) said on Friday that the last "
            "200 Valdorian peacekeepers had left the base at Tarsk.\n"
            "About 300 Lanmarki peacekeepers left the Mirna base on Saturday, the mission said.")
    moves = _moves(text)
    assert any(m.sources == ["UNISMIK"] for m in moves)


def test_a_short_name_stays_whole():
    text = ("Peacekeepers leave\n\n"
            "The Kordovan Defence Ministry (KDM) said on Friday that 200 Kordovan soldiers had left Tarsk.\n"
            "About 300 Kordovan soldiers left the Mirna base on Saturday, the ministry said.")
    sources = [s for m in _moves(text) for s in m.sources]
    assert sources and all("Kordovan Defence Ministry" in s for s in sources)
