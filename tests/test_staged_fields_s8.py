"""Article-level reading of movement fields (session 8): sources carried or shared across sentences, a
partitive source folded into its group, "there" read as the place the text just named, and near misses that
must stay as written. Every case runs the real default strategy on a short multi-sentence article."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _movements(text: str) -> list:
    return summarize(text, strategy="learned").movements


def _with(movements: list, word: str):
    found = [m for m in movements if word in m.evidence]
    assert found, [m.evidence for m in movements]
    return found[0]


# "one of the U.N. sources" is a member of "two U.N. sources", already listed: one party, not two
@pytest.mark.parametrize("text, word, group", [
    ("Around 1,000 Burundian soldiers crossed into South Kivu province on Saturday, two U.N. sources said.\n\n"
     "The troops entered through the Kamanyola border post and were heading to Uvira, one of the U.N. sources said.",
     "Burundian soldiers", "two U.N. sources"),
    ("The Saudi-led coalition has deployed hundreds of troops to Yemen's Hadramout province, two government military "
     "officials said on Sunday.\n\nThe forces arrived at the Al-Abr base near the Saudi border on Saturday, one of "
     "the officials said.", "deployed", "two government military officials"),
    ("Some 400 Kenyan police officers landed in Port-au-Prince on Tuesday, three Haitian security officials said.\n\n"
     "The officers were taken to a base near the airport, another of the officials said.", "Kenyan", "three Haitian security officials"),
])
def test_a_member_of_a_listed_source_is_not_a_second_source(text: str, word: str, group: str) -> None:
    movement = _with(_movements(text), word)
    assert movement.sources == [group]


def test_a_partitive_source_of_another_group_is_kept() -> None:
    # "one of the residents" is not one of "two U.N. sources": both report
    text = ("Around 1,000 Burundian soldiers crossed into South Kivu province on Saturday, two U.N. sources said.\n\n"
            "The troops entered through the Kamanyola border post and were heading to Uvira, one of the residents said.")
    movement = _with(_movements(text), "Burundian soldiers")
    assert "two U.N. sources" in movement.sources and "one of the residents" in movement.sources


# a say-verb conjoined to another deed shares the deed's subject: the speaker
@pytest.mark.parametrize("text, word, speaker", [
    ("Serbian President Aleksandar Vucic on Sunday ordered the army to its highest level of combat readiness and said "
     "units had been deployed to the administrative line with Kosovo.\n\nArmy chief of staff Milan Mojsilovic told "
     "state broadcaster RTS that an infantry battalion had moved to positions near Raska overnight.", "deployed", "Vucic"),
    ("Colombia's defence minister Pedro Sanchez visited Cucuta on Friday and told reporters that 2,000 soldiers had "
     "arrived in the Catatumbo region.", "arrived", "Pedro Sanchez"),
    ("The Thai army chief toured the border province of Surin and said two infantry battalions had moved to the "
     "frontier with Cambodia.", "battalions", "Thai army chief"),
])
def test_a_say_verb_conjoined_to_a_deed_shares_its_subject(text: str, word: str, speaker: str) -> None:
    movement = _with(_movements(text), word)
    assert any(speaker in s for s in movement.sources), movement.sources


def test_a_mover_that_also_says_is_no_source_of_its_own_move_by_conjunction() -> None:
    # the conjoined say-verb's head is the move itself: its subject is the mover, not a reporter of the move
    text = "Rebel fighters entered the town of Kidal on Monday and said they would hold it."
    movement = _with(_movements(text), "entered")
    assert not any("fighters" in s.lower() for s in movement.sources), movement.sources


# a title the parser splits from its name ("Army chief of staff Milan Mojsilovic told") is one speaker
@pytest.mark.parametrize("text, speaker", [
    ("Army chief of staff Milan Mojsilovic told state broadcaster RTS that an infantry battalion had moved to "
     "positions near Raska overnight.", "Army chief of staff Milan Mojsilovic"),
])
def test_a_title_split_from_its_name_is_one_source(text: str, speaker: str) -> None:
    movement = _with(_movements(text), "battalion")
    assert movement.sources == [speaker]


# "there" is where the text just sent a force
@pytest.mark.parametrize("text, word, place", [
    ("The Saudi-led coalition has deployed hundreds of troops to Yemen's Hadramout province, officials said.\n\n"
     "The forces arrived at the Al-Abr base near the Saudi border on Saturday.\n\n"
     "From there, a column of around 40 armoured vehicles moved towards the provincial capital Mukalla.",
     "column", "Al-Abr"),
    ("Kenyan troops reached the port of Kismayo on Monday, two Somali officials said.\n\n"
     "From there, a column of Somali army soldiers drove north towards Jilib.", "Somali army", "Kismayo"),
])
def test_there_is_the_place_just_named(text: str, word: str, place: str) -> None:
    movement = _with(_movements(text), word)
    assert place in (movement.origin or ""), movement.origin


def test_there_with_no_move_before_stays_as_written() -> None:
    # nothing earlier sends a force anywhere: "there" is left alone rather than guessed
    text = ("Clashes were reported on Sunday, residents said.\n\n"
            "From there, a column of Somali army soldiers drove north towards Jilib.")
    movement = _with(_movements(text), "Somali army")
    assert movement.origin in (None, "there"), movement.origin


# a direction between the verb and its goal ("drove north towards Jilib") and the ends of a road the force took
@pytest.mark.parametrize("text, word, origin, destination", [
    ("Kenyan troops reached the port of Kismayo on Monday, two Somali officials said.\n\n"
     "A column of Somali army soldiers drove north towards Jilib on Tuesday.", "Somali army", None, "Jilib"),
    ("Ugandan troops headed east towards the town of Bunia on Friday, residents said.", "Ugandan", None, "Bunia"),
    ("Malian soldiers moved south to Gao on Sunday, the army said.", "Malian", None, "Gao"),
    ("The Congolese army moved 20 tanks along the road from Goma to Rutshuru on Tuesday, officials said.", "tanks", "Goma", "Rutshuru"),
])
def test_a_direction_or_road_does_not_hide_the_places(text: str, word: str, origin: str | None, destination: str) -> None:
    movement = _with(_movements(text), word)
    assert (origin is None) == (movement.origin is None) and (origin or "") in (movement.origin or "")
    assert destination in (movement.destination or ""), movement.destination


# A re-mention in the article's own voice keeps no source of its own: the dev gold does not carry a lead's
# attribution to the sentences after it ("The detachment ... arrived"), so neither do the rules.
def test_a_continuing_sentence_in_the_articles_voice_carries_no_source() -> None:
    text = ("Emirati armour reaches eastern Libya, monitors say\n\nBENGHAZI, Libya \u2014 The United Arab Emirates has sent 50 "
            "armoured vehicles to forces loyal to Khalifa Haftar in eastern Libya, a United Nations panel of experts said in a "
            "report seen by this newspaper.\nThe vehicles were unloaded at the port of Tobruk in late May, the panel said.\n"
            "They were then driven to the al-Khadim air base, about 100 km east of Benghazi.\nThe UAE has denied breaching the "
            "arms embargo.")
    movement = next(m for m in _movements(text) if "al-Khadim" in m.evidence)
    assert movement.sources == []


def test_a_new_force_in_the_articles_voice_carries_no_source() -> None:
    # a force named afresh ("Chadian peacekeepers"), not a re-mention, is the article's own statement
    text = ("Russian mercenaries arrived in the Malian town of Tessalit on Monday, residents said.\n\n"
            "Chadian peacekeepers left the town of Aguelhok last week and drove south to Gao.")
    movement = _with(_movements(text), "Chadian")
    assert movement.sources == []


# a country word inside a longer name names no country of its own: "Guinea" in "Papua New Guinea"
@pytest.mark.parametrize("text, actor", [
    ("Papua New Guinea also sent 34 peacekeepers to Honiara on Friday, the government said.", "Papua New Guinean peacekeepers"),
    ("Equatorial Guinea has sent 150 soldiers to the border with Gabon, state radio said.", "Equatorial Guinean soldiers"),
    ("Guinea-Bissau has deployed 300 soldiers to the border with Senegal, the army said.", "Bissau-Guinean soldiers"),
    ("Guinea has sent 200 soldiers to Bamako, the government said in a statement.", "Guinean soldiers"),  # near miss
])
def test_a_country_inside_a_longer_name_is_the_longer_name(text: str, actor: str) -> None:
    (movement,) = _movements(text)
    assert movement.actor == actor


def test_the_government_of_a_country_of_several_words() -> None:
    (movement,) = _movements("Papua New Guinea also sent 34 peacekeepers to Honiara on Friday, the government said.")
    assert movement.sources == ["Papua New Guinean government"]


# "the country" is the country the article just named, also by the short name it uses ("Bosnia", "Haiti")
@pytest.mark.parametrize("text, word, country", [
    ("About 200 Hungarian soldiers arrived in Bosnia on Thursday to reinforce the European Union's peacekeeping force, "
     "the mission said.\n\nThe force said a company of Austrian troops was also on its way to the country.", "Austrian", "Bosnia"),
    ("Some 300 Kenyan police officers landed in Haiti on Tuesday, the government said.\n\n"
     "Officials said a Jamaican contingent was also on its way to the country.", "Jamaican", "Haiti"),
])
def test_the_country_is_the_one_just_named(text: str, word: str, country: str) -> None:
    movement = _with(_movements(text), word)
    assert movement.destination == country


# a bare re-mention takes the nation of the force that moved, not of the force that only reports the move
def test_a_reporting_force_does_not_name_the_moving_forces_re_mention() -> None:
    text = ("Around 1,000 British Royal Marines arrived in northern Norway this week for the Cold Response exercise, the "
            "Norwegian armed forces said on Wednesday.\n\nThe marines landed at Evenes airport and were moved by bus to "
            "Setermoen camp.")
    movement = _with(_movements(text), "Evenes")
    assert movement.actor == "British marines"


def test_a_reporting_force_alone_still_names_its_troops() -> None:
    # near miss: the army that reports is the only nation named; "troops" are its own
    text = "The Nigerian Army said on Sunday that troops had moved into the town of Gwoza."
    (movement,) = _movements(text)
    assert movement.actor == "Nigerian troops"


# "the city's airport": the city the article named
@pytest.mark.parametrize("text, word, place", [
    ("Hundreds of Rapid Support Forces fighters arrived on the eastern outskirts of El Fasher on Friday, witnesses said.\n\n"
     "The fighters came from the direction of Mellit, north of the city, the witnesses said.\n\n"
     "Sudan's armed forces also flew in reinforcements to the city's airport overnight, a military source said.",
     "reinforcements", "El Fasher's airport"),
    ("Myanmar's military government has flown hundreds of troops into the northeastern city of Lashio, residents said.\n\n"
     "Military transport planes landed at the city's airport at least six times on Tuesday, two residents said.",
     "transport planes", "Lashio's airport"),
])
def test_a_place_owned_by_the_city_names_the_city(text: str, word: str, place: str) -> None:
    movement = _with(_movements(text), word)
    assert movement.destination == place


def test_the_city_owner_with_no_city_named_stays_as_written() -> None:
    text = "Government troops were flown to the city's airport on Tuesday, two residents said."
    (movement,) = _movements(text)
    assert movement.destination == "the city's airport"


# the place after the last of several sent objects is all of theirs ("22 aircraft and eight ships near Taiwan")
@pytest.mark.parametrize("text, destination", [
    ("China sends warships and jets near Taiwan, island's ministry says\n\nTAIPEI, Aug 3 - China sent 22 military aircraft "
     "and eight navy ships near Taiwan on Thursday, Taiwan's defence ministry said, the latest show of force around the "
     "island.\nSeventeen of the aircraft crossed the median line of the Taiwan Strait, the ministry said.", "Taiwan"),
    ("Russia deployed 40 tanks and 2,000 soldiers near the border with Finland on Monday, Finnish officials said.", "Finland"),
])
def test_a_place_after_coordinated_objects_is_all_of_theirs(text: str, destination: str) -> None:
    movements = _movements(text)
    assert movements
    assert all(destination in (m.destination or "") for m in movements), [m.destination for m in movements]


# a sending whose body sentence names no place goes where the headline sends the same nation's force
@pytest.mark.parametrize("text, destination", [
    ("Turkey sends more troops to Libya as Tripoli fighting flares\n\nISTANBUL, Jan 15 - Turkey has sent about 300 more "
     "soldiers to support the UN-recognised government in Tripoli, two Turkish security officials told Reuters on "
     "Wednesday.\nThe soldiers arrived on Tuesday aboard military cargo planes, one of the officials said.", "Libya"),
    ("Egypt sends troops to Somalia under new defence pact\n\nCAIRO, Aug 28 - Egypt has dispatched a first batch of 500 "
     "soldiers to support the Somali government against al-Shabaab, two Egyptian military officials said on Wednesday.\n"
     "The officials said heavy weapons were also being shipped.\nEthiopia has condemned the deployment.", "Somalia"),
    ("Syrian fighters flown into Libya, monitor says\n\nBEIRUT, Jan 5 - Syrian fighters recruited by Turkey have been "
     "flown in to support the Tripoli government, according to the Syrian Observatory for Human Rights, a Britain-based "
     "war monitor.\nThe monitor said some 2,000 fighters had arrived so far.", "Libya"),
])
def test_a_sending_without_a_place_goes_where_the_headline_sends_that_nation(text: str, destination: str) -> None:
    movements = _movements(text)
    assert movements[0].destination == destination


@pytest.mark.parametrize("text", [
    # another nation's force than the headline's
    "Egypt sends troops to Somalia under new defence pact\n\nCAIRO, Aug 28 - Ethiopia has sent 300 more soldiers to "
    "support its allies in the region, two Ethiopian military officials said on Wednesday.\nEgypt's defence ministry "
    "declined to comment.",
    # a withdrawal gets a destination only when its own text names one
    "France sends troops to Chad after Niger withdrawal\n\nPARIS, Oct 12 - France has pulled out 400 soldiers from its "
    "base in Niamey, the defence ministry said on Thursday.\nThe rest will leave by the end of the year.",
])
def test_the_headline_place_is_not_lent_to_another_nation_or_a_withdrawal(text: str) -> None:
    movements = _movements(text)
    assert movements and movements[0].destination is None, [m.destination for m in movements]


# "the monitor" after "the Syrian Observatory for Human Rights, a Britain-based war monitor" is the Observatory
def test_a_described_party_is_named_by_the_name_it_describes() -> None:
    text = ("Syrian fighters flown into Libya, monitor says\n\nBEIRUT, Jan 5 - Syrian fighters recruited by Turkey have "
            "been flown in to support the Tripoli government, according to the Syrian Observatory for Human Rights, a "
            "Britain-based war monitor.\nThe monitor said some 2,000 fighters had arrived so far.")
    assert _movements(text)[0].sources == ["the Syrian Observatory for Human Rights"]


def test_a_description_with_no_name_before_it_stays() -> None:
    # near miss: "a Britain-based war monitor" describes no named party; "the monitor" is kept as written
    text = ("Syrian fighters have been flown into Libya, said a Britain-based war monitor.\n\n"
            "The monitor said some 2,000 fighters had arrived in Tripoli so far.")
    movements = _movements(text)
    assert movements and all("Observatory" not in s for m in movements for s in m.sources)


# "in a convoy of about 60 vehicles from Kaya": the place on the vehicles of the convoy is where the force came from
def test_the_origin_on_a_convoys_vehicles_is_the_moves_origin() -> None:
    text = ("Burkina junta sends troops to besieged Djibo\n\nOUAGADOUGOU, Feb 12 - Burkina Faso's military government has "
            "sent several hundred soldiers and volunteer fighters to the besieged northern town of Djibo, security sources "
            "said on Sunday.\nThe reinforcements travelled in a convoy of about 60 vehicles from Kaya, escorted by drones, "
            "the sources said.\nThe junta said in a statement broadcast on state television that the operation aimed to "
            "\"restore state authority\" in the area.\nJihadists linked to al Qaeda have blockaded the town for more than a "
            "year.\nThe unit reached Djibo on Saturday evening, a resident told AFP by phone.")
    assert _movements(text)[0].origin == "Kaya"


# "The detachment of about 140 personnel": the unit names who moved; "personnel" says nothing
def test_a_unit_of_faceless_personnel_is_named_by_the_unit() -> None:
    text = ("Italian jets arrive in Estonia for NATO air policing\n\nTALLINN, Dec 1 - Four Italian Eurofighter Typhoon jets "
            "landed at Amari air base on Monday to begin a four-month rotation of NATO's Baltic air policing mission, the "
            "Italian Air Force said.\nThe detachment of about 140 personnel flew in from Grosseto, in Tuscany, over the "
            "weekend.\nThe aircraft will take over from a Spanish contingent, which is returning home this week.\nThe "
            "Spanish F-18 jets left the base on Sunday for Torrejon, near Madrid, the Estonian defence forces said.")
    movement = _with(_movements(text), "Grosseto")
    assert movement.actor == "Italian detachment" and movement.count.value == 140


@pytest.mark.parametrize("text, actor", [
    # near misses: soldiers say who they are; a named force is kept as written
    ("A company of 150 soldiers arrived in Latvia on Tuesday, the Swedish army said.", "soldiers"),
    ("A contingent of 120 personnel from the Swedish army arrived in Latvia on Tuesday.", "personnel from the Swedish army"),
])
def test_a_unit_of_named_or_telling_people_keeps_the_people(text: str, actor: str) -> None:
    (movement,) = _movements(text)
    assert movement.actor == actor


# "..., a spokesman for the force said" after a name with no comma before it: the phrase after the comma speaks
def test_a_speaker_after_a_comma_with_no_aside_is_the_source() -> None:
    text = ("About 500 Nigerian soldiers arrived in Monrovia by sea on Friday to reinforce the West African peacekeeping "
            "force ECOMOG, a spokesman for the force said.")
    (movement,) = _movements(text)
    assert movement.sources == ["a spokesman for the force"]


def test_an_aside_before_the_say_verb_still_describes_the_name() -> None:
    # near miss: "X, a Britain-based war monitor, said": X speaks
    text = ("Hundreds of Syrian fighters crossed into Libya on Monday, the Syrian Observatory for Human Rights, a "
            "Britain-based war monitor, said.")
    (movement,) = _movements(text)
    assert movement.sources == ["the Syrian Observatory for Human Rights"]


# "disembarked from a navy ship": a craft is how they came, not where from
@pytest.mark.parametrize("text, word", [
    ("About 500 Nigerian soldiers arrived in Monrovia by sea on Friday, officials said.\n\n"
     "The troops disembarked from a Nigerian navy ship at the Freeport of Monrovia.", "Nigerian soldiers"),
    ("About 300 marines disembarked from a navy ship at the port of Berbera on Monday, officials said.", "marines"),
])
def test_a_craft_left_is_no_origin(text: str, word: str) -> None:
    movement = _with(_movements(text), word)
    assert movement.origin is None, movement.origin


def test_a_named_ship_left_is_still_an_origin() -> None:
    # near miss: a named ship is a place the force set out from
    text = "About 200 US Marines flew from the USS Bataan to Beirut airport on Sunday, the Pentagon said."
    (movement,) = _movements(text)
    assert movement.origin == "the USS Bataan"


# "the division's paratroopers": the division the text just named, not the nation of another force beside it
def test_a_units_possessive_re_mention_takes_the_units_name() -> None:
    text = ("Russian Offensive Campaign Assessment, October 14\n\nRussian forces continued to redeploy elements of the 76th "
            "Guards Air Assault Division from Kherson Oblast to the Kreminna direction, according to Ukrainian military "
            "officials.\nUkraine's Southern Operational Command reported on October 13 that the units had left positions "
            "near Nova Kakhovka.\nThe division's paratroopers were observed arriving in Svatove, a Russian milblogger "
            "claimed.")
    movement = _with(_movements(text), "paratroopers")
    assert movement.actor == "76th Guards Air Assault Division's paratroopers"


# "the area" / "the region" that no named place around it resolves is where the text just sent a force
@pytest.mark.parametrize("text, word, place", [
    ("Pakistan deploys troops along Afghan border after clashes\n\nISLAMABAD, Sept 7 - Pakistan has moved several "
     "thousand troops to the border with Afghanistan after deadly clashes at the Torkham crossing, security officials said "
     "on Saturday.\nThe soldiers were deployed along the border in the Khyber district, the officials said.\n"
     "Afghanistan's Taliban government also sent reinforcements to the area, according to a Taliban commander in "
     "Nangarhar province.\nThe border crossing has been closed since Wednesday.", "Taliban", "Khyber"),
    ("Armenia moves troops to Syunik border\n\nYEREVAN, May 14 - Armenia has deployed two battalions to the southern "
     "province of Syunik after an Azerbaijani incursion, the defence ministry said on Friday.\nThe Azerbaijani military "
     "also moved artillery units to the area, according to Armenian border guards.", "artillery", "Syunik"),
])
def test_a_bare_area_is_where_the_text_just_sent_a_force(text: str, word: str, place: str) -> None:
    movement = _with(_movements(text), word)
    assert place in (movement.destination or ""), movement.destination


def test_a_bare_area_with_no_move_before_stays() -> None:
    # near miss: nothing before sends a force anywhere; "the area" is kept rather than guessed
    text = ("Clashes broke out on Saturday, security officials said.\n\n"
            "Afghanistan's Taliban government sent 500 reinforcements to the area, according to a Taliban commander.")
    movement = _with(_movements(text), "reinforcements")
    assert movement.destination == "the area"


# "the border" is the border the article named by its sides
@pytest.mark.parametrize("text, place", [
    ("Tensions on the Afghan frontier\n\nISLAMABAD, Sept 7 - Pakistan has sealed its border with Afghanistan after deadly "
     "clashes, security officials said on Saturday.\nSeveral thousand Pakistani troops were sent to the border on Sunday, "
     "the officials said.", "the border with Afghanistan"),
    ("Tensions on the frontier\n\nBAKU, Sept 7 - Clashes erupted on the border between Armenia and Azerbaijan overnight, "
     "officials said.\nAzerbaijan moved 2,000 soldiers to the border on Sunday, Armenian officials said.",
     "the border between Armenia and Azerbaijan"),
])
def test_the_border_is_the_one_named_by_its_sides(text: str, place: str) -> None:
    assert _movements(text)[0].destination == place


def test_the_border_with_no_sides_named_stays() -> None:
    text = ("Tensions on the frontier\n\nBAKU, Sept 7 - Clashes erupted overnight, officials said.\n"
            "Azerbaijan moved 2,000 soldiers to the border on Sunday, Armenian officials said.")
    assert _movements(text)[0].destination == "the border"


# "according to a statement published by X": X wrote it, whatever the clause's subject
@pytest.mark.parametrize("text, source", [
    ("Hundreds of Wagner fighters left the town of Kidal on Friday, according to a statement published by the Malian "
     "army on Facebook.", "the Malian army"),
    ("Russian troops entered the town of Menaka on Sunday, according to a statement issued by the Tuareg-led CSP "
     "coalition.", "the Tuareg-led CSP coalition"),
    # near miss: a statement with no author is the clause subject's own word
    ("The Sudanese army moved reinforcements to El Obeid on Monday, according to a statement posted on its Facebook "
     "page.", "the Sudanese army"),
])
def test_a_documents_author_is_its_agent(text: str, source: str) -> None:
    (movement,) = _movements(text)
    assert movement.sources == [source]


# "the sources" after "three security sources said": the speakers as first named, also when no name is in them
def test_a_re_mentioned_group_of_speakers_is_named_in_full() -> None:
    text = ("Troops deploy south\n\nBEIRUT, Nov 28 - Lebanese army units moved into the southern town of Khiam on Thursday, "
            "three security sources said.\nIsraeli forces withdrew from the nearby village of Qlayaa overnight, the sources "
            "said.")
    movement = _with(_movements(text), "Israeli")
    assert movement.sources == ["three security sources"]


def test_a_group_first_named_outside_a_report_is_not_borrowed() -> None:
    # near miss: "security sources" earlier were not speakers (they were spoken about); "the sources" stays
    text = ("Troops deploy south\n\nBEIRUT, Nov 28 - Lebanese army units moved into the southern town of Khiam on Thursday "
            "to protect three security sources.\nIsraeli forces withdrew from the nearby village of Qlayaa overnight, the "
            "sources said.")
    movement = _with(_movements(text), "Israeli")
    assert movement.sources == ["the sources"]


# "A Rwandan battalion of 850 soldiers": the nation on the unit is the counted soldiers' nation
@pytest.mark.parametrize("text, actor", [
    ("Peacekeepers rotate\n\nJUBA, March 2 - A Rwandan battalion of 850 soldiers arrived in Juba on Tuesday to join the "
     "U.N. mission, the mission said.\nOn Wednesday, the unit moved by road to Malakal, the mission said.", "Rwandan soldiers"),
    ("Indian contingent leaves Congo\n\nGOMA, Aug 3 - An Indian contingent of 500 peacekeepers left Goma on Monday after "
     "20 years in the city, the U.N. mission said.\nThe contingent was flown to Entebbe and then home to New Delhi, a "
     "spokesperson said.", "Indian peacekeepers"),
    # near miss: the counted people carry their own nation
    ("Kenyan police arrive\n\nPORT-AU-PRINCE, June 25 - A second contingent of Kenyan police officers arrived in Haiti on "
     "Tuesday, the government said.", "Kenyan police officers"),
])
def test_a_units_nation_names_its_counted_people(text: str, actor: str) -> None:
    assert _movements(text)[0].actor == actor


# "took up positions there", "arrived there": the place just named by a move, a withdrawal's place left included
@pytest.mark.parametrize("text, word, place", [
    ("Mali clashes\n\nBAMAKO, May 2 - Malian troops withdrew from the U.N. camp at Ber on Monday, officials said.\n"
     "Hours later, CSP rebel fighters took up positions there, residents said.", "CSP", "Ber"),
    ("Border tensions\n\nBAKU, Sept 12 - Azerbaijani forces moved mortar units to positions near the Armenian village of "
     "Sotk overnight, Armenia said.\nHours later, Russian border guards arrived there to monitor the line, the Armenian "
     "government said.", "Russian", "Sotk"),
])
def test_an_arrival_there_goes_to_the_place_just_named(text: str, word: str, place: str) -> None:
    movement = _with(_movements(text), word)
    assert place in (movement.destination or ""), movement.destination
