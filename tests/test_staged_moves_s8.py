"""s8: article-level detection from invented multi-paragraph news: a move dated by its year in an article whose
dateline gives no year is background history; datelines in accented capitals or title case and bare live-blog clock
stamps are not the lead's subject; a march or fly-past right after a parade goes on telling the parade. Invented
articles; each fix has near misses that must not change."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _brief(text: str):
    return summarize(text, strategy="learned")


def _evidence(text: str) -> list[str]:
    return [m.evidence for m in _brief(text).movements]


# --- a move dated by a bare year when no dateline gives the story's year -----------------------------------------

_HISTORY = [
    ("Chad sends troops to border town\n\nN'DJAMENA, March 14 (Reuters) - Chad has deployed around 1,200 soldiers to "
     "the town of Bosso, the army said on Tuesday.\n\nChad first sent troops into the Lake Chad region in 2015, when "
     "it joined a regional offensive against Boko Haram.\n", "2015"),
    ("More Rwandan troops for Cabo Delgado\n\nKIGALI, Sept 3 - Rwanda has sent 2,000 more soldiers to Mozambique's "
     "Cabo Delgado province, the army said on Saturday.\n\nRwandan troops were first deployed to Cabo Delgado in July "
     "2021 to fight an Islamist insurgency.\n", "2021"),
    ("Colombia moves troops to Catatumbo\n\nBOGOTÁ, Jan 20 (EFE) - Colombia has sent 5,000 soldiers to the Catatumbo "
     "region, the defence minister said on Monday.\n\nIn 2019, some 1,000 soldiers were sent to the region after a "
     "car bomb attack in Bogotá.\n", "2019"),
    ("Russian troops shift markers\n\nTbilisi, Aug 12 - Russian troops moved into the village of Khurvaleti on "
     "Thursday, residents said.\n\nIn August 2008, Russian forces crossed into Georgia during a five-day war.\n", "2008"),
]


@pytest.mark.parametrize(("text", "year"), _HISTORY)
def test_a_move_dated_by_a_bare_year_is_history_when_no_dateline_gives_the_year(text: str, year: str) -> None:
    evidence = _evidence(text)
    assert len(evidence) == 1
    assert year not in evidence[0]


@pytest.mark.parametrize("text", [
    # a full date is news of the day, whatever year it names
    "Troops cross into border zone\n\nMalian soldiers crossed into the border zone with Burkina Faso on March 14, "
    "2024, according to a statement from the army.\n",
    # the dateline gives the year: a move in that year is the story's own
    "Navy ship docks in Colombo\n\nCOLOMBO, June 4, 2015 (Reuters) - A Chinese navy submarine docked in Colombo in "
    "2015 for the second time, the Sri Lankan navy said.\n",
])
def test_a_move_with_a_full_date_or_in_the_dateline_year_stays(text: str) -> None:
    assert len(_evidence(text)) == 1


# --- datelines and live-blog stamps leading into the first sentence ------------------------------------------------

def test_a_title_case_dateline_is_not_the_subject_of_the_lead() -> None:
    brief = _brief("Kenyan police land in Haiti\n\nNairobi, June 26 - The first 400 Kenyan police officers of a "
                   "multinational security mission landed in Haiti's capital Port-au-Prince on Tuesday, the Kenyan "
                   "interior ministry said.\n\nThe officers flew out of Nairobi on Monday night.\n")
    assert brief.is_relevant
    [move] = brief.movements
    assert move.count is not None and move.count.value == 400
    assert "Port-au-Prince" in (move.destination or "")


def test_an_accented_capital_dateline_is_not_the_actor() -> None:
    brief = _brief("Colombia moves troops\n\nBOGOTÁ, Jan 20 (EFE) - Colombia's government has sent 5,000 soldiers to "
                   "the Catatumbo region, Defence Minister Iván Velásquez said on Monday.\n")
    [move] = brief.movements
    assert "BOGOT" not in move.actor and not move.evidence.startswith("BOGOT")


def test_a_bare_clock_stamp_is_not_part_of_the_source() -> None:
    brief = _brief("LIVE: Tensions on the border\n\n09:12 Serbian police sources say a convoy of about 40 army trucks "
                   "carrying troops left the barracks in Raska early this morning, heading toward the line with "
                   "Kosovo.\n\n10:30 Kosovo's interior minister says special police units have been sent to the "
                   "Jarinje crossing.\n")
    assert brief.movements
    assert all(not s[:1].isdigit() for m in brief.movements for s in m.sources)


# --- a march or fly-past right after a parade --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Estonia marks Independence Day\n\nTALLINN - Thousands of people lined Freedom Square on Saturday to watch "
    "Estonia's Independence Day parade, in which some 1,500 soldiers took part.\n\nAllied troops from Britain, France "
    "and the United States marched alongside Estonian units.\n\nPresident Alar Karis spoke after the parade.\n",
    "Victory Day in Minsk\n\nBelarus held its Independence Day parade in Minsk on Monday, with about 5,000 troops "
    "taking part.\n\nRussian soldiers marched alongside Belarusian units, and Su-30 fighter jets flew over the city "
    "centre.\n\nLukashenko praised the army in a speech afterwards.\n",
    "Pyongyang stages night parade\n\nSEOUL, Feb 9 (Reuters) - North Korea staged a night-time military parade in "
    "Pyongyang on Wednesday to mark the founding anniversary of its army, state media said.\n\nColumns of tanks and "
    "missile launchers rolled through Kim Il Sung Square as leader Kim Jong Un watched.\n\nThousands of "
    "goose-stepping soldiers marched past the reviewing stand.\n",
])
def test_a_march_after_a_parade_is_part_of_the_parade(text: str) -> None:
    assert _brief(text).movements == []


@pytest.mark.parametrize(("text", "moves"), [
    # a march that goes somewhere after a parade is news
    ("Parade and offensive\n\nRussia held its Victory Day parade in Moscow on Monday.\n\nHours later, Russian troops "
     "marched into the village of Bilohorivka, the Ukrainian military said.\n", 1),
    # a handover ceremony is not a parade: the aircraft flown on the mission are the news
    ("Italy takes over Baltic air policing\n\nThe detachments handed over at a ceremony in Siauliai on Tuesday.\n\n"
     "The Italian airmen will carry on the mission, flying four Eurofighter Typhoons that arrived from Italy on "
     "Monday.\n", 1),
])
def test_a_move_after_a_parade_or_ceremony_that_is_news_stays(text: str, moves: int) -> None:
    assert len(_brief(text).movements) == moves


# --- a wire dateline glued to the lead is a lead-in, not a header line --------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("Ethiopian troops cross into Gedo\n\nMOGADISHU (AP) — Hundreds of Ethiopian troops crossed into Somalia's Gedo "
     "region on Sunday, residents said.\n\nSomalia's government called the move a violation of its sovereignty.\n",
     "Gedo"),
    ("Fighters move on Herat\n\nKABUL (Reuters) - Taliban fighters moved into the outskirts of Herat overnight, two "
     "local officials said on Friday.\n\nThe governor said the city's defences were holding.\n", "Herat"),
])
def test_a_lead_after_a_wire_dateline_is_read(text: str, place: str) -> None:
    brief = _brief(text)
    assert brief.is_relevant
    assert any(place in (m.destination or "") for m in brief.movements)


def test_a_wire_dateline_alone_on_its_line_is_still_a_header() -> None:
    brief = _brief("Troops cross\n\nKABUL (Reuters) -\n\nTaliban fighters moved into the outskirts of Herat overnight, "
                   "two local officials said on Friday.\n")
    [move] = brief.movements
    assert "KABUL" not in move.actor and "KABUL" not in " ".join(move.sources)


# --- relevance from denials; open questions ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Rwanda rejects UN report\n\nKIGALI, July 9 - Rwanda's government said on Tuesday that no Rwandan soldiers had "
    "entered eastern Congo, dismissing the findings of a UN experts' report as \"fiction\".\n\nA spokeswoman said the "
    "report repeated old allegations.\n",
    "Belarus denies troops crossed\n\nMINSK, Feb 2 - Belarus said on Thursday that no Belarusian troops had crossed "
    "into Ukraine, rejecting a statement by Ukraine's border guard service.\n\nThe service had said it recorded "
    "increased activity near the border.\n",
])
def test_an_article_denying_a_move_of_forces_is_relevant(text: str) -> None:
    assert _brief(text).is_relevant


@pytest.mark.parametrize("text", [
    "North Korea fires missile\n\nSEOUL, May 30 (Reuters) - North Korea fired a short-range ballistic missile off its "
    "east coast on Tuesday, South Korea's Joint Chiefs of Staff said.\n\nThe missile flew about 400 km before landing "
    "in the sea.\n\nSouth Korea's military said it had detected no unusual troop movements along the demilitarised "
    "zone.\n",
    "Pyongyang stages parade\n\nSEOUL, Feb 9 (Reuters) - North Korea staged a military parade in Pyongyang on "
    "Wednesday, state media said.\n\nColumns of tanks rolled through Kim Il Sung Square.\n\nSouth Korea's military "
    "said it had observed no unusual movements by North Korean forces near the border.\n",
])
def test_an_observer_seeing_no_move_does_not_make_an_article_relevant(text: str) -> None:
    assert not _brief(text).is_relevant


def test_a_denial_that_no_move_was_seen_still_disputes_a_reported_move() -> None:
    brief = _brief("Armenia rejects claim\n\nYEREVAN, March 3 - Azerbaijan's defence ministry said on Friday that "
                   "Armenian units were being moved toward the border near Sotk.\n\nArmenia's defence ministry denied "
                   "that it was moving any troops there, calling the claim \"disinformation\".\n")
    assert brief.is_relevant and len(brief.movements) == 1 and brief.denials


@pytest.mark.parametrize(("text", "moves"), [
    ("Japan tracks drone\n\nTOKYO, Sept 12 - A Chinese drone was seen flying between Yonaguni and Taiwan on Thursday, "
     "Japan's defence ministry said.\n\nThe ministry did not say whether fighters were scrambled.\n", 1),
    ("Kherson\n\nKYIV, Nov 10 - It was unclear whether Russian troops had left the city of Kherson, officials said on "
     "Thursday.\n", 0),
    # the report stands; only what comes after is open
    ("Ethiopian troops in Somalia\n\nMOGADISHU, Jan 3 - Ethiopian troops crossed into Somalia on Sunday, officials "
     "said, though it was unclear whether they would stay.\n", 1),
])
def test_a_move_in_a_whether_clause_is_an_open_question(text: str, moves: int) -> None:
    assert len(_brief(text).movements) == moves


def test_a_plain_statement_that_nothing_moved_does_not_make_an_article_relevant() -> None:
    # no one's claim is disputed: the authorisation is a plan, and "no unit has been ordered to move" a statement
    brief = _brief("Parliament authorises deployment\n\nADDIS ABABA, Mar 5 - Ethiopia's parliament on Thursday approved "
                   "a request that would allow the army to deploy troops to the Afar region for up to six months.\n\n"
                   "\"Our soldiers are where they were yesterday. No unit has been ordered to move, and none will be unless "
                   "the situation demands it,\" defence ministry spokesman Getachew Alemu told reporters.\n")
    assert not brief.is_relevant


# --- background in a clause: months or years after ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "actors"), [
    ("Peacekeepers leave\n\nSTEPANAKERT/KHANKENDI, April 17 - Russian peacekeepers have begun withdrawing from "
     "Nagorno-Karabakh, the Kremlin confirmed on Wednesday, months after Azerbaijan retook the region.\n",
     ["Russian peacekeepers"]),
    ("Troops arrive\n\nGOMA, May 2 - Burundian troops arrived in Goma on Tuesday, two years after the rebels first "
     "captured the town of Bunagana, officials said.\n", ["Burundian troops"]),
])
def test_a_move_the_news_comes_months_or_years_after_is_background(text: str, actors: list[str]) -> None:
    assert [m.actor for m in _brief(text).movements] == actors


def test_a_move_hours_after_another_is_news_too() -> None:
    brief = _brief("Sake changes hands\n\nGOMA, May 2 - M23 rebels entered Sake on Tuesday, hours after government "
                   "troops withdrew from the town, residents said.\n")
    assert len(brief.movements) == 2


# --- standing totals and deliveries ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "moves"), [
    ("Carrier in Busan\n\nSEOUL, May 2 - The U.S. aircraft carrier Nimitz arrived in Busan on Tuesday for a port call, "
     "the U.S. Navy said.\n\nThe United States currently stations about 28,500 troops in South Korea.\n", 1),
    ("Djibouti base\n\nDJIBOUTI, March 4 - Two French frigates docked in Djibouti on Monday, the navy said.\n\nFrance "
     "stations some 1,500 soldiers in Djibouti, its largest base in Africa.\n", 1),
    # a move told in the same sentence stays
    ("Japan moves troops\n\nTOKYO, March 4 - Japan stations missile units on Yonaguni, and moved 200 soldiers to "
     "Ishigaki on Monday, the ministry said.\n", 1),
])
def test_a_stationing_verb_in_the_simple_present_is_a_standing_total(text: str, moves: int) -> None:
    assert len(_brief(text).movements) == moves


@pytest.mark.parametrize("text", [
    "Abrams tanks arrive\n\nSZCZECIN, Poland, Jan 5 - The first 28 M1A1 Abrams tanks bought by Poland from the United "
    "States arrived at the port of Szczecin on Thursday aboard a cargo ship, the defence minister said.\n\nPoland "
    "ordered 116 used Abrams tanks last year.\n",
    "Howitzers arrive in Norway\n\nOSLO, Feb 3 - The first 10 K9 howitzers purchased by Norway from South Korea arrived "
    "at the port of Drammen on Monday aboard a cargo ship, the agency said.\n\nNorway signed a contract for 24 of the "
    "guns in 2017.\n",
    "Rafales land at Ambala\n\nNEW DELHI, July 29 - Five Rafale fighter jets ordered by India from France landed at the "
    "Ambala air base on Wednesday after a flight from Merignac, the defence ministry said.\n\nIndia bought 36 of the "
    "jets in a 2016 deal.\n",
])
def test_hardware_bought_by_a_country_is_a_delivery(text: str) -> None:
    brief = _brief(text)
    assert not brief.is_relevant and brief.movements == []


def test_an_air_force_flying_its_bought_jets_is_a_move() -> None:
    brief = _brief("India moves Rafales\n\nNEW DELHI, Aug 12 - Indian Air Force Rafale jets bought from France last year "
                   "flew to the Leh air base in Ladakh on Wednesday, officials said.\n\nIndia bought 36 of the jets in a "
                   "2016 deal.\n")
    assert brief.is_relevant and len(brief.movements) == 1


# --- anniversaries and announced exercises ------------------------------------------------------------------------

def test_an_anniversary_of_a_first_deployment_is_not_news_of_a_move() -> None:
    brief = _brief("Fiji marks 50 years of peacekeeping\n\nSUVA, Oct 10 - Fiji on Tuesday marked 50 years since its "
                   "first soldiers deployed on a United Nations peacekeeping mission, with a ceremony at the barracks."
                   "\n\nPrime Minister Sitiveni Rabuka laid a wreath at the memorial.\n")
    assert brief.movements == [] and not brief.is_relevant


@pytest.mark.parametrize(("text", "moves"), [
    ("Joint exercise announced\n\nTOKYO, Sept 5 - Japan and Australia will hold their first joint fighter exercise in "
     "Australia in November, with Japanese F-35A jets flying to Darwin for two weeks of drills, the ministries said.\n",
     0),
    ("Drills\n\nMINSK, Sept 5 - The drills will begin next week, with 3,000 Russian troops moving to Belarus, the "
     "ministry said.\n", 0),
])
def test_a_with_clause_takes_its_time_from_its_host(text: str, moves: int) -> None:
    assert len(_brief(text).movements) == moves


def test_a_with_clause_under_a_move_that_happened_is_news() -> None:
    brief = _brief("Border crossed\n\nKYIV, Feb 24 - Russian troops crossed the border on Monday, with tanks rolling "
                   "into Kharkiv region, officials said.\n")
    assert any("tanks rolling" in m.evidence for m in brief.movements)


@pytest.mark.parametrize(("lead", "first"), [
    ("Port Moresby, Papua New Guinea, 3 March — Troops were flown to Enga on Monday.", "Troops were flown"),
    ("Beijing (Reuters) - Chinese warships sailed into the Taiwan Strait on Monday.", "Chinese warships"),
    ("Abuja, Nigeria — Soldiers moved into Maiduguri on Monday.", "Soldiers moved"),
    ("March 3, 2024 — Russian troops crossed into Sumy region on Monday.", "Russian troops"),
    # a dash inside a sentence is no dateline
    ("The Kremlin — which denies it — moved troops to the border on Monday.", "The Kremlin"),
    ("Captain Ibrahim Traoré — the junta leader — visited the troops in Djibo.", "Captain Ibrahim"),
])
def test_the_first_sentence_starts_after_a_dateline(lead: str, first: str) -> None:
    from summarizer.strategies.staged.sentences import parse_article

    parsed = parse_article("Headline\n\n" + lead + "\n\nMore text about it.\n")
    assert parsed.sentences[0].span.text.startswith(first)


def test_a_bare_full_date_gives_the_story_its_year() -> None:
    from summarizer.strategies.staged.sentences import parse_article

    parsed = parse_article("Headline\n\nMarch 3, 2024 — Russian troops crossed into Sumy region on Monday.\n\nIn 2022 "
                           "they had crossed further west.\n")
    assert parsed.year == 2024 and parsed.year_in_dateline


@pytest.mark.parametrize(("text", "actors"), [
    ("Live: the northern border\n\n14:05 — The Israeli army says troops from the 36th Division have begun moving north "
     "toward the border with Lebanon.\n\n16:00 — Analysis: The 36th Division was previously deployed in Gaza until "
     "January.\n", ["troops from the 36th Division"]),
    # "previously" on another verb leaves the move alone
    ("Troops move north\n\nTEL AVIV, Oct 1 - Troops previously stationed in Gaza moved north toward the Lebanese border "
     "on Monday, the army said.\n", ["Troops"]),
])
def test_a_move_told_as_previous_is_an_earlier_stint(text: str, actors: list[str]) -> None:
    assert [m.actor for m in _brief(text).movements] == actors


@pytest.mark.parametrize(("text", "actors"), [
    ("Bamenda\n\nBAMENDA, Cameroon, May 4 — Cameroon's army flew a company of elite soldiers into Bamenda on Wednesday "
     "after separatists attacked a checkpoint, military sources said.\n\nCameroon has deployed thousands of troops to "
     "its two English-speaking regions since the crisis began in 2017.\n", 1),
    ("Iraq\n\nERBIL, Iraq, April 18, 2024 — Turkish commandos crossed into northern Iraq on Sunday, the ministry said."
     "\n\nTurkey has sent troops into northern Iraq repeatedly since 2019.\n", 1),
    # a span within the story's own time is its news
    ("Kivu\n\nGOMA, June 16, 2025 — Between 3,000 and 4,000 Rwandan soldiers had crossed into North Kivu since the "
     "start of the year, UN experts said.\n", 1),
    ("Border\n\nKYIV, Feb 20, 2022 — Russia has moved 2,000 more troops to the border since Monday, officials said.\n",
     1),
])
def test_moves_summed_since_an_earlier_year_are_background(text: str, actors: int) -> None:
    assert len(_brief(text).movements) == actors


# --- a team in a sports report ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Coach marshals his troops\n\nMANCHESTER — Pep Guardiola's troops travelled to Lisbon on Tuesday for Wednesday's "
    "Champions League quarter-final against Benfica.\n\nThe squad flew out of Manchester airport in the afternoon.\n",
    "All Blacks arrive in France\n\nPARIS, Aug 30 - The All Blacks squad flew into Lyon on Wednesday ahead of their "
    "Rugby World Cup opener against France, the team said.\n\nThe coach said the squad was in good shape after the "
    "warm-up tournament.\n",
])
def test_a_team_word_in_a_sports_report_is_the_team(text: str) -> None:
    brief = _brief(text)
    assert brief.movements == [] and not brief.is_relevant


def test_a_squad_of_special_forces_outside_sports_news_is_a_force() -> None:
    brief = _brief("Special forces cross the Dnipro\n\nKHERSON, Nov 3 - A squad of Ukrainian special forces crossed the "
                   "Dnipro river overnight and landed near Krynky, the military said.\n")
    assert brief.is_relevant and any("special forces" in m.actor for m in brief.movements)
