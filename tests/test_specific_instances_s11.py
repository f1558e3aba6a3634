"""Session 11: a general claim and a specific instance of it are both kept (the contract's codebook: "A general
claim and a specific instance of it ... are both kept"), while a re-mention of the same force folds into its move.

A specific instance here is another nation's force after a sending nation's ("France's contingent arrived" after
"Kordova has sent 400 troops"), a ship or aircraft after a move of people, or one of two coordinated forces named
on its own. Invented articles and names; near misses beside them."""

from summarizer import summarize


def _actors(text: str) -> list[str]:
    return [m.actor for m in summarize(text, strategy="learned").movements]


# the nations are real (the rule reads nations from the gazetteer); the article is invented
_DRILLS = ("Chile has sent up to 400 ground troops of its Self-Defence Forces to the Velmar drills, which began "
           "on Monday, the defence ministry said. ")


def test_another_nations_contingent_is_its_own_move():
    actors = _actors(_DRILLS + "Peru's contingent, between 120 and 150 sailors aboard the frigate Oskar, arrived "
                               "in Port Velm on Sunday from Callao, the Peruvian embassy said.")
    assert len(actors) == 2, actors
    assert any(a.startswith("Peru") for a in actors)


def test_the_same_nations_contingent_folds_in():
    # near miss: Chile's contingent after Chile sent troops is the same move told again
    actors = _actors(_DRILLS + "Chile's contingent arrived in Port Velm on Sunday, the Chilean embassy said.")
    assert len(actors) == 1, actors


def test_a_named_ship_after_a_move_of_troops_is_its_own_move():
    actors = _actors(_DRILLS + "The Self-Defence Force destroyer Tarn docked at Port Velm on Saturday after sailing "
                               "from its home port.")
    assert len(actors) == 2, actors
    assert any("Tarn" in a for a in actors)


def test_a_named_group_of_two_sent_is_its_own_move():
    text = ("Kordova is sending an aircraft carrier strike group and an amphibious ready group with thousands of "
            "marines aboard to the eastern sea, officials said. The Varnhold carrier strike group, five warships in "
            "all, left its station in the northern sea on Tuesday evening, two officials said.")
    actors = _actors(text)
    assert len(actors) == 2, actors
    assert any("Varnhold" in a for a in actors)


def test_the_same_troops_told_again_with_their_division_fold_in():
    # near miss: "The troops" re-mention the move and add where they come from; one move
    text = ("About 1,000 Kordovan soldiers sailed into the port of Velm on Monday, officials said. The troops, from "
            "the army's 33rd Light Infantry Division, came ashore at dawn.")
    assert len(_actors(text)) == 1


def test_tanks_and_soldiers_after_troops_of_the_same_nation_fold_in():
    # near miss: a headline then its story; tanks with soldiers are no ship or aircraft after people
    text = ("Kordovan troops pour into southern Velmar\n\n"
            "More Kordovan tanks and soldiers poured into southern Velmar on Saturday, officials said.")
    assert len(_actors(text)) == 1


_TANKS = ("More than two dozen Serbian tanks were moved on Wednesday from barracks in Kraljevo to positions near Raska, "
          "officials said. ")


def test_men_after_tanks_are_another_move():
    actors = _actors(_TANKS + "Kosovo police said dozens of armed men had moved into the wooded hills above the village "
                              "of Banjska overnight.")
    assert len(actors) == 2, actors


def test_vehicles_after_tanks_can_still_be_the_same_move():
    # near miss: machines after machines, moved the same way, is the same column told again
    actors = _actors(_TANKS + "Witnesses said dozens of armoured vehicles had moved to positions near Raska overnight.")
    assert len(actors) == 1, actors


def test_a_ship_named_after_an_unnamed_flotilla_is_its_own_move():
    # a city's name as the ship's (the parser calls it a place): still the ship's own name
    actors = _actors("Chinese warships sailed near Taiwan on Monday, Taiwan's defence ministry said. The Chinese "
                     "destroyer Nanchang sailed through the strait on Monday, the ministry said.")
    assert len(actors) == 2, actors


def test_names_of_where_a_force_is_drawn_from_do_not_make_it_another_move():
    # near misses: the groups the fighters come from, the types the aircraft include, are no name of a new unit
    text = ("Hundreds of fighters from Kordovan militias crossed into Velmar overnight, sources said. At least 300 "
            "fighters, primarily from the Badr and Tarn groups, crossed late on Sunday, two security sources said.")
    assert len(_actors(text)) == 1
    text = ("Dozens of Chinese military aircraft flew near Taiwan on Monday, the ministry said. The Chinese aircraft, "
            "including J-16 fighters and KJ-500 early-warning planes, entered the air defence zone on Monday.")
    assert len(_actors(text)) == 1
