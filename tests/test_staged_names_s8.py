"""Forces are named as news writes them: "Myanmar troops" (wire copy's usage since 1989), while an older
"Burmese army" still reads as the country's. Invented texts."""

from __future__ import annotations

from tests.staged_support import moves


def test_myanmar_forces_are_written_myanmar():
    (move,) = moves("Myanmar's military said on Tuesday that about 300 troops had arrived in Myawaddy.")
    assert move.actor == "Myanmar troops"


def test_burmese_still_names_a_force_of_that_country():
    (move,) = moves("Burmese soldiers shelled the village on Sunday, residents said. On Monday, troops crossed into "
                    "the Wa hills, a local official said.")
    assert move.actor == "Burmese troops"
