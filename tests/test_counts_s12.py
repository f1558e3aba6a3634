"""Session 12: the codebook's count conventions. One source counting the same force again later (a move retold,
or "the number ... had risen to") is one movement with the latest count, the earlier count in the key events;
another source's count, an added batch ("another 900") or the same force elsewhere stays a movement of its own,
and a total in place after an added batch is context. Invented names; each case sits beside a
near miss."""

import pytest

from summarizer import summarize

_LEAD = "Kordovan troops enter Tarvia\n\nAbout 300 Kordovan soldiers crossed into Tarvia on Monday, the defence ministry said. "


def _counts(text: str) -> list:
    return sorted(m.count.value for m in summarize(text, strategy="learned").movements if m.count)


@pytest.mark.parametrize(("later", "near_miss", "miss_counts"), [
    # another source's count is a claim of its own
    ("By Wednesday, 1,200 Kordovan soldiers had crossed into Tarvia, the ministry said.",
     "By Wednesday, 1,200 Kordovan soldiers had crossed into Tarvia, Tarvian officials said.", [300, 1200]),
    # an added batch is a move of its own
    ("On Wednesday the ministry said 1,200 Kordovan soldiers had crossed into Tarvia.",
     "On Wednesday another 900 Kordovan soldiers crossed into Tarvia, the ministry said.", [300, 900]),
    # the same force somewhere else is another move
    ("By Thursday, 2,000 Kordovan soldiers had crossed into Tarvia, the ministry said.",
     "By Thursday, 2,000 Kordovan soldiers had crossed into Lemvia, the ministry said.", [300, 2000]),
])
def test_the_same_sources_later_count_replaces_its_earlier_one(later, near_miss, miss_counts):
    brief = summarize(_LEAD + later, strategy="learned")
    assert len(brief.movements) == 1
    assert brief.movements[0].count is not None and brief.movements[0].count.value > 1000
    assert any("About 300" in event for event in brief.other_key_events)
    assert _counts(_LEAD + near_miss) == miss_counts


@pytest.mark.parametrize(("total", "near_miss"), [
    # the force in place after the added batch is context; another nation's force is a move of its own
    ("There are now 3,000 Russian troops deployed in Tarvia.", "There are now 3,000 Belarusian troops deployed in Tarvia."),
    # so is the same nation's force somewhere else
    ("Officials said there are now about 3,000 Russian soldiers deployed in Tarvia.",
     "There are now 3,000 Russian troops deployed in Lemvia."),
])
def test_a_running_total_after_an_added_batch_is_context_not_a_movement(total, near_miss):
    lead = "Russian troops enter Tarvia\n\nRussia sent 500 more soldiers to Tarvia on Tuesday, the defence ministry said. "
    brief = summarize(lead + total, strategy="learned")
    assert [m.count.value for m in brief.movements if m.count] == [500]
    assert any("3,000" in event for event in brief.other_key_events)
    assert _counts(lead + near_miss) == [500, 3000]


_ADDED_LEAD = "Kordovan troops enter Tarvia\n\nKordova sent another 300 soldiers to Tarvia on Monday, the defence ministry said. "


@pytest.mark.parametrize(("later", "near_miss"), [
    # the total of the force the move brought in; a total of something else is no count of it
    ("By Wednesday the number of Kordovan soldiers in Tarvia had risen to 1,200, the ministry said.",
     _LEAD + "By Wednesday the number of refugees in Tarvia had risen to 1,200, the ministry said."),
    # the same source's total; another party's figure is no update of the ministry's count
    ("By Wednesday the number had risen to about 1,200, the ministry said.",
     _LEAD + "By Wednesday the number had risen to about 1,200, Tarvian officials said."),
    # the force at the move's destination; the same force somewhere else is not it
    ("The number of Kordovan soldiers in Tarvia has since swelled to 1,200, according to the ministry.",
     _LEAD + "By Wednesday the number of Kordovan soldiers in Lemvia had risen to 1,200, the ministry said."),
    # a move of the whole force; after an added batch the total counts forces already there
    ("By Friday their number had reached 1,200, the ministry said.",
     _ADDED_LEAD + "By Wednesday the number of Kordovan soldiers in Tarvia had risen to 1,200, the ministry said."),
])
def test_a_total_that_grew_is_the_moves_latest_count(later, near_miss):
    brief = summarize(_LEAD + later, strategy="learned")
    assert [m.count.value for m in brief.movements if m.count] == [1200]
    assert any("About 300" in event for event in brief.other_key_events)
    assert _counts(near_miss) == [300]


@pytest.mark.parametrize(("text", "near_miss"), [
    # the figure tied to the move is the part sent, not the force it was taken from; refugees are no force
    ("Kordova's 3rd Brigade, which has 4,000 soldiers, sent 1,200 of them to Tarvia on Tuesday, the ministry said.",
     "About 3,000 Kordovan refugees are sheltering in Lemvia. On Tuesday 1,200 of them crossed into Tarvia."),
    # "them" are the soldiers; trucks on order are no force
    ("About 3,000 Kordovan soldiers are based in Lemvia. On Tuesday 1,200 of them crossed into Tarvia.",
     "Kordova bought 40 trucks last year. On Tuesday 12 of them drove into Tarvia."),
])
def test_a_number_of_them_is_the_part_of_the_force_that_moved(text, near_miss):
    moves = summarize("Kordovan troops enter Tarvia\n\n" + text, strategy="learned").movements
    assert [m.count.value for m in moves if m.count] == [1200]
    assert summarize("Kordovan troops enter Tarvia\n\n" + near_miss, strategy="learned").movements == []


def test_a_place_above_a_named_one_keeps_the_name():
    text = "Kordovan troops enter Tarvia\n\nKordovan soldiers moved into the hills above the town of Mirsk on Monday."
    assert summarize(text, strategy="learned").movements[0].destination == "the hills above the town of Mirsk"
    # near miss: a height is no place
    text = "Kordovan troops enter Tarvia\n\nKordovan soldiers moved into the hills above 2,000 metres on Monday."
    assert summarize(text, strategy="learned").movements[0].destination == "the hills"
