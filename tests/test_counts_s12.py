"""Session 12: the codebook's count conventions. One source counting the same force again later is one movement
with the latest count (the earlier count goes to the key events); another source's count, an added batch
("another 900") or the same force elsewhere stays a movement of its own. Invented names; each case sits beside a
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
