"""Session 12: the contract's hard negatives told the way news tells them. A roll-past after a sentence that marks
a national day, or under a headline about a parade, is the show; police policing a match are keeping order at home
even where the stadium's town is named. Near misses: a force that goes somewhere after the celebration, police sent
abroad."""

from summarizer import summarize


def _brief(text: str):
    return summarize(text, strategy="learned")


def test_a_roll_past_after_a_day_being_marked_is_the_show():
    brief = _brief("Kordova marks independence day\n\nKordova celebrated its independence day on Monday. Tanks and "
                   "missile launchers rolled past the presidential stand, and jets flew over the capital.")
    assert (brief.is_relevant, brief.movements) == (False, [])


def test_a_roll_past_under_a_parade_headline_is_the_show():
    brief = _brief("Soldiers march in Independence Day parade\n\nThousands of soldiers marched through the centre of "
                   "Tarsk on Monday. Tanks and missile launchers rolled past the presidential stand.")
    assert (brief.is_relevant, brief.movements) == (False, [])


def test_a_force_going_somewhere_after_the_celebration_is_a_movement():
    brief = _brief("Kordova marks independence day\n\nKordova celebrated its independence day on Monday. Hours later, "
                   "Kordovan tanks rolled into Tarvia.")
    assert brief.is_relevant and len(brief.movements) == 1
    brief = _brief("Troops cross after the parade\n\nKordovan troops crossed into Tarvia on Monday, the ministry said.")
    assert brief.is_relevant and len(brief.movements) == 1


def test_police_at_a_match_are_keeping_order_and_police_sent_abroad_are_a_force():
    brief = _brief("Police deployed for derby\n\nAbout 2,000 police officers were deployed around the stadium in Tarsk "
                   "on Sunday for the derby between the city's two clubs, police said.")
    assert (brief.is_relevant, brief.movements) == (False, [])
    brief = _brief("Police sent to Tarvia\n\nAbout 400 Kenyan police officers arrived in Tarsk on Sunday to fight "
                   "gangs, the ministry said.")
    assert brief.is_relevant and len(brief.movements) == 1
