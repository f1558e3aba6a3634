"""Session 11: the headline as an editor writes it. Names and places are invented."""

from __future__ import annotations

from schemas import CasualtyDraft, CountDraft, DenialDraft, MovementDraft
from summarizer.strategies.staged.headline import compose


def _said(actor: str, evidence: str, **fields) -> MovementDraft:
    return MovementDraft(actor=actor, evidence=evidence, **fields)


def test_no_sentence_opens_with_figures() -> None:
    """Editors never open a sentence with digits. The rewrite must keep the count's hedge exactly, so no
    "Some 1,200" (a hedge the count does not have): one to 99 are spelled out ("Forty"), a larger exact count
    reads "A total of 1,200" (still exact), and a range says its two ends in the article's own way ("Between
    1,500 and 2,000"). Mid-sentence figures stay figures."""
    exact = _said("Valdorian troops", "Valdor says 1,200 Valdorian troops took part",
                  count=CountDraft(value=1200, qualifier="exactly", unit="troops"), sources=["Valdor's ministry"])
    assert compose([exact], [], [], None) == "A total of 1,200 Valdorian troops moved, according to Valdor's ministry."
    small = _said("Kordovan jets", "40 Kordovan jets were seen", count=CountDraft(value=40, qualifier="exactly", unit="jets"),
                  destination="around Tarsk")
    assert compose([small], [], [], None) == "Forty Kordovan jets moved around Tarsk."
    spread = _said("Valdorian troops", "Valdorian troops crossed into Kesh", destination="Kesh",
                   count=CountDraft(low=1500, high=2000, qualifier="range", unit="troops"))
    assert compose([spread], [], [], None) == "Between 1,500 and 2,000 Valdorian troops crossed into Kesh."
    toll = CasualtyDraft(count=CountDraft(value=23, qualifier="exactly", unit="soldiers killed"), evidence="23 died")
    denial = DenialDraft(denier="Valdor", what="that its troops had crossed", evidence="Valdor denied that its troops had crossed")
    assert compose([spread], [denial], [toll], None).endswith(" Twenty-three soldiers were reported killed.")
    # near misses: a hedged count already opens with a word, and a figure inside the sentence stays a figure
    hedged = _said("Valdorian troops", "about 1,200 Valdorian troops", count=CountDraft(value=1200, qualifier="about", unit="troops"))
    assert compose([hedged], [], [], None) == "About 1,200 Valdorian troops moved."
    second = _said("Kordovan troops", "Kordovan troops moved", destination="Tarsk")
    assert compose([second, exact], [], [], None) == (
        "Kordovan troops moved to Tarsk. A total of 1,200 Valdorian troops also moved.")
    assert compose([second, hedged], [], [toll], None) == (
        "Kordovan troops moved to Tarsk. About 1,200 Valdorian troops also moved and 23 soldiers were reported killed.")


def test_a_later_place_joins_as_the_evidence_says_not_with_and_on_to() -> None:
    """"crossed into Kesh and near the town of Orsk" and "and on to" a town the force was only heading for are
    run-ons, and the second says more than the article. A place the evidence puts "near"/"on"/"in" the first one
    qualifies it; a place it is heading "toward" is said so; "went on to" still reads "and on to"."""
    near = _said("Valdorian soldiers", "Valdorian soldiers crossed the river into Kesh near the town of Orsk",
                 destination="Kesh; near the town of Orsk")
    assert compose([near], [], [], None) == "Valdorian soldiers crossed into Kesh near the town of Orsk."
    island = _said("Kordovan jets", "Kordovan jets landed at Vell Air Base on the island of Mirra",
                   destination="Vell Air Base; the island of Mirra")
    assert compose([island], [], [], None) == "Kordovan jets arrived at Vell Air Base on the island of Mirra."
    toward = _said("Valdorian soldiers", "Valdorian soldiers crossed into Kesh on Monday and were heading toward Orsk",
                   destination="Kesh; Orsk", time="on Monday", sources=["two officials"])
    assert compose([toward], [], [], None) == (
        "Valdorian soldiers crossed into Kesh on Monday, heading toward Orsk, according to two officials.")
    went_on = _said("Valdorian soldiers", "Valdorian soldiers crossed into Kesh and went on to Orsk",
                    destination="Kesh; Orsk")  # near miss: the article says they went on
    assert compose([went_on], [], [], None) == "Valdorian soldiers crossed into Kesh and on to Orsk."


def test_a_bare_unit_with_its_count_reads_a_unit_of_so_many() -> None:
    """"Unit (100 men) moved." is no sentence an editor writes: a bare collective noun takes its count with "of",
    and an article. An ordinal the evidence gives it ("his last unit", "the first company") is news and keeps
    "the"; otherwise it is "a"/"an"."""
    last = _said("unit", "the colonel marched his last unit of 100 men out through the gates",
                 count=CountDraft(value=100, qualifier="exactly", unit="men"))
    assert compose([last], [], [], None).startswith("The last unit of 100 men ")
    plain = _said("detachment", "The arriving detachment is made up of approx. 200 troops",
                  count=CountDraft(value=200, qualifier="about", unit="troops"))
    assert compose([plain], [], [], None).startswith("A detachment of about 200 troops ")
    escort = _said("escort", "an escort of about 40 soldiers", count=CountDraft(value=40, qualifier="about", unit="soldiers"))
    assert compose([escort], [], [], None).startswith("An escort of about 40 soldiers ")
    # near misses: a named actor keeps its count in brackets, and a unit counted in itself reads "-strong"
    named = _said("Kordovan Navy", "the Kordovan Navy sent 12 vessels", count=CountDraft(value=12, qualifier="exactly", unit="vessels"))
    assert compose([named], [], [], None).startswith("The Kordovan Navy (12 vessels) ")
    strong = _said("contingent", "The 70-strong contingent set out", count=CountDraft(value=70, qualifier="exactly", unit="contingent"))
    assert compose([strong], [], [], None).startswith("A 70-strong contingent ")


def test_a_move_with_no_place_says_the_evidences_own_plain_motion_verb() -> None:
    """"The brigade moved." tells nothing: the evidence's own verb ("marched out", "flew", "advanced on") says
    how it moved, and says no more than the article."""
    marched = _said("unit", "the colonel marched his last unit of 100 men, shouldering kit bags, out through the gates",
                    count=CountDraft(value=100, qualifier="exactly", unit="men"))
    assert compose([marched], [], [], None) == "The last unit of 100 men marched out."
    jets = _said("Kordovan jets", "the mission flying four Kordovan jets", count=CountDraft(value=4, qualifier="exactly", unit="jets"))
    assert compose([jets], [], [], None) == "Four Kordovan jets flew."
    fronts = _said("Valdorian rebels", "the Valdorian rebels have advanced southward on three fronts", destination="three fronts")
    assert compose([fronts], [], [], None) == "Valdorian rebels advanced on three fronts."
    onto = _said("Valdorian rebels", "the Valdorian rebels advanced to the river", destination="the river")
    assert compose([onto], [], [], None) == "Valdorian rebels advanced to the river."  # near miss: its own "to"
    seen = _said("Valdorian rebels", "the Valdorian rebels were seen near Orsk")  # near miss: no motion verb
    assert compose([seen], [], [], None) == "Valdorian rebels moved."


def test_a_sender_is_said_to_send_what_the_evidence_says_it_sent() -> None:
    """"The junta moved." when the evidence says the junta "is ferrying troops": the actor sends, and an editor
    says what it sends, in the article's words."""
    junta = _said("junta", "By truck, the junta is ferrying troops, weapons and supplies to the base at Orsk")
    assert compose([junta], [], [], None) == "The junta ferried troops, weapons and supplies."
    allies = _said("Valdorian allies", "Valdorian allies began sending extra troops to Kesh on Monday", destination="Kesh",
                   time="on Monday")
    assert compose([allies], [], [], None) == "Valdorian allies sent extra troops to Kesh on Monday."
    troops = _said("Valdorian troops", "Valdor began sending troops to Kesh", destination="Kesh")  # near miss: the troops move
    assert compose([troops], [], [], None) == "Valdorian troops deployed to Kesh."
    counted = _said("Valdorian army", "the Valdorian army has sent some 800 soldiers to Kesh", destination="Kesh",
                    count=CountDraft(value=800, qualifier="about", unit="soldiers"))  # near miss: the count says it
    assert compose([counted], [], [], None) == "The Valdorian army (about 800 soldiers) deployed to Kesh."


def test_a_verb_told_of_another_force_is_not_the_actors() -> None:
    """"Rebels captured Kesh after fighting forced government troops to pull out": the rebels did not withdraw."""
    rebels = _said("Rebels in northern Valdoria", "Rebels in northern Valdoria have captured Kesh, after fighting "
                   "compelled government troops to pull out into Kordova", destination="Kesh")
    assert compose([rebels], [], [], None) == "Rebels in northern Valdoria moved to Kesh."
    own = _said("Rebels in northern Valdoria", "Rebels in northern Valdoria pulled out of Kesh after government troops "
                "shelled the town", origin="Kesh")  # near miss: the rebels' own withdrawal, another force after it
    assert compose([own], [], [], None) == "Rebels in northern Valdoria withdrew from Kesh."


def test_an_actor_is_not_its_own_source() -> None:
    """"The Valdorian army moved to Kesh, according to the Valdorian army" says nothing the first half did not:
    the next source that is not the actor is named, or none."""
    both = _said("Valdorian army", "the Valdorian army deployed to Kesh", destination="Kesh",
                 sources=["The Valdorian army", "two residents"])
    assert compose([both], [], [], None) == "The Valdorian army deployed to Kesh, according to two residents."
    alone = _said("Valdorian army", "the Valdorian army deployed to Kesh", destination="Kesh", sources=["the Valdorian army"])
    assert compose([alone], [], [], None) == "The Valdorian army deployed to Kesh."
    command = _said("Valdorian army", "the Valdorian army deployed to Kesh", destination="Kesh",
                    sources=["the army command"])  # near miss: a different speaker
    assert compose([command], [], [], None) == "The Valdorian army deployed to Kesh, according to the army command."


def test_a_move_with_no_place_keeps_the_direction_the_evidence_gives() -> None:
    closer = _said("Kordovan fighters", "Kordovan fighters had moved closer over the past week")
    assert compose([closer], [], [], None) == "Kordovan fighters moved closer."
    seen = _said("Kordovan fighters", "Kordovan fighters had moved into position near Orsk", destination="Orsk")
    assert compose([seen], [], [], None) == "Kordovan fighters moved to Orsk."  # near miss: it has its place


def test_a_dateline_glued_to_the_lead_is_not_part_of_it() -> None:
    from summarizer.strategies.staged.headline import lead_sentence

    assert lead_sentence("TARSK, March 3 (Reuters) - The council met on Monday. It adjourned.") == "The council met on Monday."
    assert lead_sentence("VELLA, Kordova \u2014 The council met on Monday. It adjourned.") == "The council met on Monday."
    # near miss: a lead that opens with an acronym and has no dash keeps its words
    assert lead_sentence("NATO ministers met on Monday. They adjourned.") == "NATO ministers met on Monday."


def test_every_sentence_is_finished_whatever_the_fields_hold() -> None:
    """Fields come from the article and can carry a doubled word, a bracket opened twice, or a stray quote mark: the
    headline never repeats a word, has brackets and quote marks in pairs, and ends each sentence with one stop."""
    move = _said("fighters from Al-Nur (Nur (AN)", "fighters from Al-Nur (Nur (AN) crossed into Kesh", destination="Kesh",
                 sources=["officials officials"])
    text = compose([move], [], [], None)
    assert text == "Fighters from Al-Nur AN crossed into Kesh, according to officials."
    denial = DenialDraft(denier="The ministry", what='that the troops had crossed into "Kesh?',
                         evidence='The ministry denied that the troops had crossed into "Kesh?')
    assert compose([move], [denial], [], None).endswith(" The ministry denied that the troops had crossed into Kesh?")
    # near misses: brackets in pairs and a quote in pairs are kept, and "had had" is English
    paired = _said("Kordovan troops", "Kordovan troops had had orders to cross into Kesh", destination="Kesh",
                   count=CountDraft(value=100, qualifier="about", unit="tanks"), sources=['the "Northern" command'])
    assert compose([paired], [], [], None) == (
        'Kordovan troops (about 100 tanks) crossed into Kesh, according to the "Northern" command.')


def test_a_place_the_force_was_going_toward_is_not_one_it_reached() -> None:
    """"moved to Kesh" says the force got there; the article said "toward Kesh"."""
    toward = _said("a Valdorian convoy", "a Valdorian convoy travelling south toward the Kesh region", destination="the Kesh region")
    assert compose([toward], [], [], None) == "A Valdorian convoy moved toward the Kesh region."
    sailed = _said("Kordovan boats", "Kordovan boats sailed from Vell towards Orsk Shoal", origin="Vell", destination="Orsk Shoal")
    assert compose([sailed], [], [], None) == "Kordovan boats sailed from Vell towards Orsk Shoal."
    to = _said("a Valdorian convoy", "a Valdorian convoy drove south to the Kesh region", destination="the Kesh region")
    assert compose([to], [], [], None) == "A Valdorian convoy moved to the Kesh region."  # near miss


def test_a_departure_with_no_place_says_departed() -> None:
    gone = _said("final Valdorian troops", "Today the final Valdorian troops departed", time="Today")
    assert compose([gone], [], [], None) == "The final Valdorian troops departed today."
    planned = _said("Valdorian troops", "Valdorian troops were seen near the departure hall")  # near miss: no verb
    assert compose([planned], [], [], None) == "Valdorian troops moved."


def test_flights_counted_are_flights_made() -> None:
    """"Kordovan aircraft (at least 30 flights) moved" counts flights, not aircraft: the aircraft made them."""
    flights = _said("Kordovan military aircraft", "Kordovan military aircraft made more than 30 flights across the line on Monday",
                    count=CountDraft(value=30, qualifier="at_least", unit="flights"), time="on Monday")
    assert compose([flights], [], [], None) == "Kordovan military aircraft made at least 30 flights on Monday."
    jets = _said("Kordovan military aircraft", "Kordovan military aircraft, 30 jets in all, flew over the line",
                 count=CountDraft(value=30, qualifier="exactly", unit="jets"))  # near miss: jets are aircraft
    assert compose([jets], [], [], None) == "Kordovan military aircraft (30 jets) flew."


def test_a_place_that_points_back_reads_the_and_a_place_already_said_is_not_said_again() -> None:
    that = _said("Valdorian troops", "troops had been deployed in that village", destination="that village")
    assert compose([that], [], [], None) == "Valdorian troops deployed in the village."
    owned = _said("Kordovan forces", "the Kordovan forces had crossed Valdoria's border", destination="Valdoria's border; Valdoria")
    assert compose([owned], [], [], None) == "Kordovan forces crossed Valdoria's border."
    river = _said("militiamen", "militiamen crossed the river into Valdoria", destination="the river; Valdoria")
    assert compose([river], [], [], None) == "Militiamen crossed the river into Valdoria."  # near miss
    thatcher = _said("Valdorian troops", "Valdorian troops deployed to Thatcher Bay", destination="Thatcher Bay")
    assert compose([thatcher], [], [], None) == "Valdorian troops deployed to Thatcher Bay."  # near miss: a name


def test_a_force_massed_or_deployed_in_a_place_is_said_in_it() -> None:
    """"moved to the zone" when the article says the force is massing or deployed "in" or "on both sides of" it
    says the force came from elsewhere; the headline keeps the article's verb and preposition."""
    massed = _said("a Kordovan force grouping", "A Kordovan force grouping massed at the Valdorian border numbers 900",
                   destination="the Valdorian border")
    assert compose([massed], [], [], None) == "A Kordovan force grouping massed at the Valdorian border."
    sides = _said("military personnel", "on both sides of the buffer zone, Valdoria and Kordova are moving military personnel",
                  destination="both sides of the buffer zone")
    assert compose([sides], [], [], None) == "Military personnel moved on both sides of the buffer zone."
    deployed = _said("Valdorian troops", "more than 900 troops deployed in the area", destination="the area")
    assert compose([deployed], [], [], None) == "Valdorian troops deployed in the area."
    district = _said("the Army", "the Army was deployed to Orsk Hills district of Kesh", destination="Orsk Hills district of Kesh")
    assert compose([district], [], [], None) == "The Army deployed to the Orsk Hills district of Kesh."
    to = _said("Valdorian troops", "Valdorian troops deployed to the area", destination="the area")  # near miss
    assert compose([to], [], [], None) == "Valdorian troops deployed to the area."


def test_a_lone_other_move_that_says_nothing_is_counted_not_told() -> None:
    """"Valdorian troops also moved" adds only that there was a second move: it is counted like the others."""
    first = _said("Valdorian troops", "Valdorian troops deployed to Kesh", destination="Kesh")
    bare = _said("Valdorian troops", "The troops pursued the raiders")
    assert compose([first, bare], [], [], None) == "Valdorian troops deployed to Kesh. One other movement is reported."
    placed = _said("Valdorian troops", "The troops pursued the raiders to Orsk", destination="Orsk")  # near miss
    assert compose([first, placed], [], [], None) == "Valdorian troops deployed to Kesh. Valdorian troops also moved to Orsk."


def test_a_denier_named_again_in_its_own_claim_is_its() -> None:
    """"Valdor denied that Valdor's forces had entered Kesh": an editor writes "its forces"."""
    move = _said("Valdorian troops", "Valdorian troops entered Kesh", destination="Kesh")
    own = DenialDraft(denier="Valdor", what="that Valdor's forces had entered Kesh", evidence="Valdor denied that its forces had entered Kesh")
    assert compose([move], [own], [], None) == "Valdorian troops entered Kesh. Valdor denied that its forces had entered Kesh."
    other = DenialDraft(denier="Valdor", what="that Kordova's forces had entered Kesh",
                        evidence="Valdor denied that Kordova's forces had entered Kesh")  # near miss: another party
    assert compose([move], [other], [], None) == (
        "Valdorian troops entered Kesh. Valdor denied that Kordova's forces had entered Kesh.")
    pair = DenialDraft(denier="Valdor and Kordova", what="that Valdor and Kordova's forces had entered Kesh",
                       evidence="Valdor and Kordova denied that their forces had entered Kesh")  # near miss: two parties
    assert compose([move], [pair], [], None).endswith(" Valdor and Kordova denied that Valdor and Kordova's forces had entered Kesh.")
