"""Forces are named as news writes them: "Myanmar troops" (wire copy's usage since 1989), while an older
"Burmese army" still reads as the country's. Invented texts."""

from __future__ import annotations

from tests.staged_support import move_with, moves


def test_myanmar_forces_are_written_myanmar():
    (move,) = moves("Myanmar's military said on Tuesday that about 300 troops had arrived in Myawaddy.")
    assert move.actor == "Myanmar troops"


def test_burmese_still_names_a_force_of_that_country():
    (move,) = moves("Burmese soldiers shelled the village on Sunday, residents said. On Monday, troops crossed into "
                    "the Wa hills, a local official said.")
    assert move.actor == "Burmese troops"


def test_a_capital_named_for_its_government_is_not_the_town_meant():
    text = ("Ukraine's defence ministry said on Monday that Russian troops had withdrawn from Kupiansk. Moscow's "
            "foreign ministry has not commented. Ukrainian forces entered the town hours later, the ministry added.")
    move = move_with(text, "entered")
    assert move.destination == "Kupiansk"
    assert move.sources == ["Ukraine's defence ministry"]  # the ministry that spoke, not the one only mentioned


def test_a_town_named_as_a_place_is_still_the_town_meant():
    text = ("Rebels said they had captured Kidal on Sunday. Malian army reinforcements were sent toward the town "
            "on Monday, the army said.")
    assert move_with(text, "reinforcements").destination == "Kidal"


def test_the_nearest_ministry_that_spoke_is_kept():
    text = ("Kenya's interior ministry said on Monday that 200 police officers would fly to Haiti. Uganda's defence "
            "ministry said 300 soldiers had arrived in Bunia on Tuesday. Ugandan special forces later crossed into "
            "Ituri province, the ministry said.")
    assert move_with(text, "special forces").sources == ["Uganda's defence ministry"]
