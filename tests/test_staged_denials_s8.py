"""s8: article-level denials from invented multi-sentence wire copy: a dispute beside a no-comment ("said the troop
reports were false but did not comment on the aircraft"), a claim a party calls unverified, and which of an
article's moves a later denial paragraph disputes. Invented articles; real summarize()."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _brief(text: str):
    return summarize(text, strategy="learned")


# --- a dispute and a no-comment in one sentence: the clause without the boilerplate disputes -------------------

@pytest.mark.parametrize("text", [
    "Pakistan has moved at least two infantry brigades from Rawalpindi toward the Line of Control in Kashmir, Indian "
    "security officials said on Wednesday. A Pakistani military spokesman said the troop reports were false but did "
    "not comment on the aircraft.",
    "Rwandan troops crossed into North Kivu on Monday, UN experts said. Kigali dismissed the report as baseless but "
    "declined to comment on the drones.",
    "Rwandan troops crossed into North Kivu on Monday, UN experts said. A spokeswoman did not respond to a request for "
    "comment but said in a tweet the troops were on a routine patrol.",
])
def test_a_dispute_beside_a_no_comment_is_a_denial(text: str) -> None:
    brief = _brief(text)
    assert len(brief.denials) == 1
    assert brief.denials[0].targets == [0]


def test_a_no_comment_alone_is_no_denial() -> None:
    brief = _brief("Rwandan troops crossed into North Kivu on Monday, UN experts said. The army was in the area but "
                   "declined to comment.")
    assert brief.denials == []


# --- a party calling the claim unverified disputes it; the outlet's own caution does not ------------------------

@pytest.mark.parametrize("text", [
    "Ethiopian troops crossed into Somalia's Gedo region on Saturday, two Somali officials said. Ethiopia's "
    "government spokesman said the reports were \"unverified\" and that Ethiopian forces in Somalia were operating "
    "under the African Union mission.",
    "Ethiopian troops crossed into Somalia's Gedo region on Saturday, two Somali officials said. In a statement, the "
    "foreign ministry in Addis Ababa said the accounts of a crossing were unverified.",
    "Turkish troops entered the Iraqi town of Bashiqa, Kurdish officials said. Ankara called the claims unconfirmed.",
])
def test_a_claim_called_unverified_by_a_party_is_disputed(text: str) -> None:
    brief = _brief(text)
    assert len(brief.denials) == 1
    assert brief.denials[0].targets == [0]
    assert brief.denials[0].what.startswith("that ")


@pytest.mark.parametrize("text", [
    "Some 400 Eritrean soldiers have crossed into Tigray, residents said. The reports remain unconfirmed.",
    "Russian troops are reported to have entered the town, though the reports were unconfirmed, a local journalist "
    "said.",
    "Armed men believed to be Russian seized the airport, according to unverified reports, a local journalist said.",
    "Turkish troops entered the Iraqi town of Bashiqa, Kurdish officials said. The claim could not be independently "
    "verified.",
])
def test_the_outlets_caution_is_no_denial(text: str) -> None:
    assert _brief(text).denials == []


# --- "disputed that account" in a later paragraph: the move told in the lead and told again just before ----------

@pytest.mark.parametrize("text", [
    "Myanmar's military has sent at least two battalions of reinforcements from Mandalay to northern Shan state, the "
    "Ta'ang National Liberation Army said on Wednesday.\n\nThe TNLA said the troops were travelling in trucks along the "
    "highway toward Kyaukme.\n\nA junta spokesman, Major General Zaw Min Tun, disputed that account.",
    "Burkinabe soldiers crossed into Niger's Tillaberi region on Friday, a local official said.\n\nThe official said the "
    "soldiers were pursuing militants toward the town of Ayorou.\n\nA spokesman for the general staff rejected that "
    "account.",
    "Hundreds of Indonesian troops have been flown to Intan Jaya in Papua, a local church leader said on Monday.\n\nHe "
    "said the troops arrived on two Hercules aircraft and were driven to Sugapa.\n\nA military spokesman dismissed the "
    "claim as untrue.",
])
def test_a_later_dispute_of_the_account_targets_the_move_told_again_before_it(text: str) -> None:
    brief = _brief(text)
    assert len(brief.movements) == 1
    [denial] = brief.denials
    assert denial.targets == [0]
    assert denial.what.startswith("that ")


@pytest.mark.parametrize("between", [
    "In a separate incident, rebels said they had shot down a helicopter near Sugapa.",
    "Rebels also said they had shot down a helicopter near Sugapa.",
])
def test_a_dispute_after_another_claim_does_not_reach_back_to_the_lead(between: str) -> None:
    brief = _brief("Hundreds of Indonesian troops have been flown to Intan Jaya in Papua, a local church leader said "
                   f"on Monday.\n\n{between}\n\nA military spokesman dismissed the claim as untrue.")
    [denial] = brief.denials
    assert denial.targets == []


# --- "that version of events": the other side's telling, named by its noun --------------------------------------

@pytest.mark.parametrize("dispute", [
    "Baku rejected that version of events.",
    "Baku rejected the Armenian version of events.",
    "Baku dismissed the Armenian narrative as propaganda.",
])
def test_a_version_of_events_is_a_disputed_claim(dispute: str) -> None:
    brief = _brief("Azerbaijani forces pushed into the Lachin corridor on Tuesday, Armenian officials said. " + dispute)
    [denial] = brief.denials
    assert denial.targets == [0]
    assert "Lachin" in denial.what


def test_a_version_of_something_else_is_no_denial() -> None:
    brief = _brief("The election commission published a new version of the voter roll, officials said. Opposition "
                   "parties rejected the version.")
    assert brief.denials == []


# --- a denial of a part in a deed, or of another nation's force: no move of the story disputed -------------------

@pytest.mark.parametrize("text", [
    "Pakistan has moved at least two infantry brigades from Rawalpindi toward the Line of Control, Indian officials "
    "said. The attack on a convoy in Pulwama last week killed 40 Indian paramilitary police. Pakistan has denied any "
    "role in the bombing.",
    "Rwandan troops crossed into North Kivu on Monday, UN experts said. Kigali denied any involvement in the attack on "
    "Goma airport.",
])
def test_a_denied_part_in_a_deed_targets_no_move(text: str) -> None:
    [denial] = _brief(text).denials
    assert denial.targets == []


def test_a_denied_part_in_the_move_still_targets_it() -> None:
    [denial] = _brief("Rwandan troops crossed into North Kivu on Monday, UN experts said. Kigali denied any "
                      "involvement.").denials
    assert denial.targets == [0]


@pytest.mark.parametrize("text, targets", [
    ("Belarus has moved several battalion tactical groups to the Gomel region, Ukraine said. Kyiv said it had no "
     "evidence that Russian troops had joined the Belarusian units.", []),
    # near misses: the force named is the one that moved
    ("Belarus has moved several battalion tactical groups to the Gomel region, Ukraine said. Minsk denied that "
     "Belarusian troops had moved toward the border.", [0]),
    ("Ukrainian troops crossed into the Kursk region, Russian officials said. Russian troops pushed into Kharkiv "
     "region. Moscow denied that Russian troops had entered Vovchansk.", [1]),
])
def test_a_denial_of_another_nations_force_targets_none_of_the_moves(text: str, targets: list[int]) -> None:
    [denial] = _brief(text).denials
    assert denial.targets == targets


# --- of one force's several moves, the one whose report names the place the denial names -----------------------

@pytest.mark.parametrize("text, targets", [
    ("Two Chinese navy ships sailed toward Second Thomas Shoal on Sunday, the Philippine coast guard said. More than "
     "200 Chinese vessels were moored at Whitsun Reef, it added. The Chinese embassy in Manila said the vessels at "
     "Whitsun Reef were fishing boats sheltering from rough seas.", [1]),
    ("Eritrean troops entered the town of Adigrat on Monday, residents said. Eritrean soldiers were also seen moving "
     "into Shire. Asmara said reports of its soldiers in Shire were fabrications.", [1]),
    # near miss: a denial naming no place disputes both
    ("Eritrean troops entered the town of Adigrat on Monday, residents said. Eritrean soldiers were also seen moving "
     "into Shire. Asmara denied the reports.", [0, 1]),
])
def test_a_denial_naming_a_place_targets_the_move_told_there(text: str, targets: list[int]) -> None:
    brief = _brief(text)
    assert len(brief.movements) == 2
    [denial] = brief.denials
    assert denial.targets == targets


# --- "the figure" is the number told just before it: a toll when no move near it states one ---------------------

@pytest.mark.parametrize("text", [
    "Ethiopian troops crossed into Gedo on Saturday, officials said.\n\nAl-Shabaab said its fighters had killed 60 "
    "Ethiopian soldiers in an ambush near Luuq.\n\nEthiopia called the figure baseless.",
    "Ethiopian troops crossed into Gedo on Saturday, officials said. Al-Shabaab said it had killed 60 Ethiopian "
    "soldiers. Addis Ababa disputed the toll.",
    "Ethiopian troops crossed into Gedo on Saturday, officials said. Al-Shabaab said it had killed 60 Ethiopian "
    "soldiers. Addis Ababa dismissed the death toll as propaganda.",
])
def test_a_disputed_toll_targets_no_move(text: str) -> None:
    [denial] = _brief(text).denials
    assert denial.targets == []


@pytest.mark.parametrize("text", [
    "About 3,000 Ethiopian troops crossed into Gedo on Saturday, officials said. Ethiopia called the figure "
    "exaggerated.",
    "Russian forces moved 10,000 troops into Belgorod, Ukrainian intelligence said. Moscow dismissed the figure as "
    "absurd, saying its losses were minimal.",
])
def test_a_disputed_figure_of_the_move_targets_it(text: str) -> None:
    [denial] = _brief(text).denials
    assert denial.targets == [0]


# --- "denied all three reports": the moves told last before it, of the denier's side first ----------------------

@pytest.mark.parametrize("text, targets", [
    ("Venezuelan soldiers have moved to an island in the Cuyuni River, Guyana's government said. Guyanese officials "
     "also said Venezuelan army trucks carrying troops were seen heading east from Tumeremo. A Brazilian newspaper said "
     "Venezuela had flown 200 special forces troops to Santa Elena de Uairen. Caracas denied all three reports on "
     "Saturday.", [0, 1, 2]),
    ("Serbian troops moved toward Jarinje on Sunday, Kosovo police said. Serbian armoured vehicles were also seen near "
     "Raska, the police said. Hungarian troops arrived in Pristina on Monday as part of KFOR. Belgrade denied both "
     "reports.", [0, 1]),
    ("Eritrean troops entered Adigrat on Monday, residents said. Eritrean tanks were seen heading to Shire, aid workers "
     "said. Eritrean soldiers also moved into Axum, a priest said. Asmara rejected all three accounts as lies.",
     [0, 1, 2]),
])
def test_counted_reports_target_the_moves_told_before(text: str, targets: list[int]) -> None:
    [denial] = _brief(text).denials
    assert denial.targets == targets
    assert denial.what.startswith("that ") and denial.what.count("; that ") == len(targets) - 1


def test_a_restated_claim_drops_the_attribution_after_it() -> None:
    [denial] = _brief("Several hundred Ugandan soldiers arrived in Juba on Monday aboard military transport planes, "
                      "according to two diplomats. A Ugandan army spokesman dismissed the reports as fabrication.").denials
    assert denial.targets == [0]
    assert "according to" not in denial.what


# --- a spokesman named in full, then quoted by surname: one party, one denial -----------------------------------

def test_a_quote_by_the_surname_of_an_introduced_spokesman_is_the_same_denial() -> None:
    brief = _brief("Burundian troops crossed into South Kivu on Tuesday, Congolese officials said.\n\nA Burundian army "
                   "spokesman, Colonel Floribert Biyereke, dismissed the reports as false.\n\n\"Our soldiers are in "
                   "their barracks in Bujumbura,\" Biyereke said.")
    [denial] = brief.denials
    assert denial.targets == [0]
    assert "Burundian" in denial.denier


def test_the_surname_quote_alone_links_by_the_party_it_speaks_for() -> None:
    brief = _brief("Several hundred Ugandan soldiers arrived in Juba on Monday, according to two diplomats.\n\nA Ugandan "
                   "army spokesman, Lieutenant Colonel Paddy Ankunda, dismissed the reports as \"pure fabrication\".\n\n"
                   "Fighting in Bor has killed at least 500 people, the United Nations said.\n\n\"Our troops are in "
                   "their barracks in Gulu,\" Ankunda told Reuters by telephone.")
    assert [d.targets for d in brief.denials] == [[0]]


# --- casualties: how badly some were hurt is no toll; a split belongs to the toll it hangs on ---------------------

_LEAD = "Israeli troops moved into Jenin on Thursday, the army said. "


def _tolls(text: str) -> list[tuple[int | None, str]]:
    return [(c.count.value if c.count else None, c.count.unit if c.count else "") for c in _brief(_LEAD + text).casualties]


def test_a_severity_split_is_no_toll_of_its_own() -> None:
    assert _tolls("The Palestinian health ministry said nine Palestinians were killed and 20 wounded, two of them "
                  "critically.") == [(9, "Palestinians killed"), (20, "people wounded")]
    assert _tolls("Twelve soldiers were wounded, three of them seriously, the army said.") == [(12, "soldiers wounded")]


def test_a_split_of_the_wounded_is_not_counted_among_the_killed() -> None:
    assert _tolls("Five soldiers were killed and 14 wounded, four of them civilians, the army said.") == [
        (5, "soldiers killed"), (14, "people wounded"), (4, "civilians wounded")]


def test_a_split_by_place_is_still_a_toll_of_its_own() -> None:
    assert _tolls("Nearly 900 lives have been lost, at least 763 of them in Lebanon and 130 in Israel, officials "
                  "said.") == [(900, "people killed"), (763, "people killed"), (130, "people killed")]


# --- of one side's moves, the kind of force the denial names, when the place it names is in every report ---------

@pytest.mark.parametrize("text", [
    "Belarus has moved around 4,000 soldiers closer to the Lithuanian border near Grodno, Lithuania's defence minister "
    "said on Wednesday.\n\nLithuanian border guards also reported that a Belarusian helicopter had crossed into "
    "Lithuanian airspace for several minutes.\n\nThe Belarusian defence ministry said no helicopter had violated "
    "Lithuanian airspace.",
    "Three Russian warships sailed toward Norway's coast off Finnmark on Thursday, the Norwegian military said. A "
    "Russian submarine was also tracked moving south toward Norwegian waters. The Russian embassy said no submarine "
    "had entered Norwegian waters.",
])
def test_a_denial_of_one_kind_of_force_targets_that_move(text: str) -> None:
    [denial] = _brief(text).denials
    assert denial.targets == [1]


# --- a charge denied in the move's own sentence: the move of the force the charge names --------------------------

def test_a_charge_in_the_moves_sentence_targets_the_charged_force_only() -> None:
    brief = _brief("Rwandan soldiers crossed into eastern Congo on Monday to support M23 rebels advancing on Goma, a "
                   "charge Kigali denied, Congolese army spokesman General Sylvain Ekenge said.")
    rwandan = [i for i, m in enumerate(brief.movements) if "Rwandan" in m.actor]
    assert rwandan and brief.denials[0].targets == rwandan


# --- a spokesman introduced with title and name, then quoted by name: one denial ---------------------------------

def test_a_named_spokesmans_quote_after_his_denial_is_one_denial() -> None:
    brief = _brief("Residents of El Paraiso department said dozens of soldiers arrived in the border town of Las Manos "
                   "on Thursday in military trucks.\n\nThe armed forces spokesman, Colonel Jose Coello, denied the "
                   "report. \"There are no new troops in Las Manos; the units there are the same ones that have always "
                   "guarded the crossing,\" he said.")
    assert [d.targets for d in brief.denials] == [[0]]


# --- "dismissed Getachew's remarks as lies": a named person's words are a claim; the move he told is disputed ------

def test_a_dismissal_of_a_persons_remarks_targets_the_move_he_told() -> None:
    brief = _brief("Eritrean soldiers have begun withdrawing from several towns in northern Tigray, including Adwa and "
                   "Axum, residents said Thursday.\n\nBut Tigrayan officials disputed that the pullout was complete. "
                   "Getachew Reda, a senior Tigrayan official, said Eritrean forces remained in at least four districts "
                   "and had moved into new positions near Irob.\n\nEritrea's information minister, Yemane Gebremeskel, "
                   "dismissed Getachew's remarks as \"lies\".")
    irob = [i for i, m in enumerate(brief.movements) if "Irob" in m.evidence]
    eritrea = [d for d in brief.denials if d.denier.startswith("Eritrea")]
    assert irob and len(eritrea) == 1 and eritrea[0].targets == irob
    assert "Irob" in eritrea[0].what


@pytest.mark.parametrize("dispute", ["Belgrade rejected his comments as fabrication.",
                                     "Belgrade dismissed Kurti's remarks."])
def test_his_comments_are_restated_as_the_claim(dispute: str) -> None:
    [denial] = _brief("Serbian troops moved toward the border near Jarinje, Kosovo's prime minister said. "
                      + dispute).denials
    assert denial.targets == [0] and denial.what.startswith("that Serbian troops")


def test_no_comment_is_still_no_denial() -> None:
    assert _brief("Serbian troops moved toward the border near Jarinje, Kosovo's prime minister said. Serbian "
                  "officials did not respond to requests for comment.").denials == []


def _who(text: str) -> list[tuple[int | None, str | None]]:
    return [(c.count.value if c.count else None, c.who) for c in _brief(_LEAD + text).casualties]


def test_a_bare_number_of_wounded_names_no_one_and_not_the_place() -> None:
    assert _who("Ukrainian officials reported that Russian shelling killed three civilians and wounded 11 in Kherson "
                "City on March 2.") == [(3, "civilians"), (11, None)]


def test_things_taken_beside_the_victims_are_not_who() -> None:
    assert _who("Boko Haram later said it had killed more than 100 soldiers and captured weapons.") == [(100, "soldiers")]
    # near miss: people coordinated with the victims stay
    assert _who("The blast killed 12 soldiers and police officers.") == [(12, "soldiers and police officers")]


# --- a statement's own voice: its issuer denies, not a force named inside the disputed claim ---------------------

@pytest.mark.parametrize("headline, issuer", [
    ("Statement by the Ministry of Defence of the Republic of Azerbaijan", "Ministry of Defence of the Republic of "
     "Azerbaijan"),
    ("Press release of the General Staff of the Armed Forces of Armenia", "General Staff of the Armed Forces of "
     "Armenia"),
])
def test_a_statements_own_denial_is_its_issuers(headline: str, issuer: str) -> None:
    brief = _brief(f"{headline}\n\nThe information spread by the other side that units of the Azerbaijani Army have "
                   "advanced in the direction of the Sotk settlement is false.\n\nAt the same time, the Armenian armed "
                   "forces moved additional artillery units to the Basarkechar region on the night of 12 September.")
    assert [d.denier for d in brief.denials] == [issuer]


def test_a_news_headline_is_no_issuer() -> None:
    brief = _brief("Azerbaijan denies advance near Sotk\n\nThe information spread by the Armenian side that units of the "
                   "Azerbaijani Army have advanced in the direction of the Sotk settlement is false, the ministry said.")
    assert [d.denier for d in brief.denials] == ["the ministry"]


# --- `what` is the disputed claim as a clause, not the verdict on it ---------------------------------------------

def test_a_verdict_hung_deep_in_the_object_is_not_what_is_denied() -> None:
    [denial] = _brief("Hundreds of Iraqi militia fighters crossed into Syria overnight, two Iraqi security sources said. "
                      "The Iraqi government's spokesman dismissed the reports of fighters crossing as fabrications aimed "
                      "at dragging Iraq into the conflict.").denials
    assert denial.targets == [0]
    assert denial.what == "that hundreds of Iraqi militia fighters crossed into Syria overnight"


def test_reports_of_a_deed_stay_as_told() -> None:
    [denial] = _brief("Hundreds of Iraqi militia fighters crossed into Syria overnight, two sources said. Baghdad "
                      "denied reports of clashes with Syrian rebels.").denials
    assert denial.targets == [] and denial.what == "reports of clashes with Syrian rebels"


# --- the outlet that quotes a denial is not the denier -----------------------------------------------------------

@pytest.mark.parametrize("text, denier", [
    ("Russian troops crossed into Ukraine's Sumy region on Friday, Ukrainian border guards said. TASS quoted the "
     "Russian defence ministry as saying no troops had crossed the border.", "the Russian defence ministry"),
    ("Russian troops crossed into Ukraine's Sumy region on Friday, Ukrainian border guards said. The RIA news agency "
     "cited a Kremlin source as saying the reports were false.", "a Kremlin source"),
    ("Eritrean troops entered Adigrat on Monday, residents said. State television quoted Information Minister Yemane "
     "Gebremeskel as saying that no Eritrean soldier had crossed the border.", "Information Minister Yemane Gebremeskel"),
])
def test_the_party_quoted_as_saying_is_the_denier(text: str, denier: str) -> None:
    [denial] = _brief(text).denials
    assert denial.denier == denier and denial.targets == [0]


# --- "denied the reports" in the lead, the reports told in the next sentence -------------------------------------

@pytest.mark.parametrize("text", [
    "The army denied the reports on Wednesday.\n\nLocal residents had said that about 200 soldiers had arrived in the "
    "town of Beni on Tuesday night.",
    "Officials dismissed the claims as baseless on Friday. Congolese officials had said about 300 Ugandan troops "
    "crossed into Ituri province on Thursday.",
])
def test_a_lead_denial_of_the_reports_targets_the_move_told_next(text: str) -> None:
    [denial] = _brief(text).denials
    assert denial.targets == [0] and denial.what.startswith("that ")


def test_a_lead_denial_does_not_reach_past_another_sentence() -> None:
    [denial] = _brief("Officials dismissed the claims on Friday. Heavy rains flooded Beni on Thursday. Ugandan troops "
                      "crossed into Ituri province on Wednesday, Congolese officials said.").denials
    assert denial.targets == []


# --- a party's blanket denial speaks of its own side; a counter-claim is not what is disputed ---------------------

@pytest.mark.parametrize("text, targets", [
    ("Pakistani troops were sent from Peshawar to reinforce border posts in Kurram, Pakistani officials said. Taliban "
     "spokesman Zabihullah Mujahid denied that any fighters had been moved to the border.", []),
    # near misses: the mover's own side, or a denier who names no side
    ("Pakistani troops were sent from Peshawar to reinforce border posts in Kurram, Afghan officials said. The "
     "Pakistani army denied that any troops had been moved to the border.", [0]),
    ("Pakistani troops were sent from Peshawar to reinforce border posts in Kurram, Afghan officials said. A military "
     "spokesman denied that any troops had been moved to the border.", [0]),
])
def test_a_blanket_denial_by_a_party_targets_its_own_sides_move(text: str, targets: list[int]) -> None:
    [denial] = _brief(text).denials
    assert denial.targets == targets


def test_a_dispute_of_that_account_is_not_of_the_counter_claim_after_it() -> None:
    brief = _brief("Ethiopian troops pulled out of Halgan on Sunday, residents said. The government said Somali forces "
                   "had taken over the positions. Residents disputed that account, saying al-Shabaab fighters moved into "
                   "Halgan within hours.")
    shabaab = [i for i, m in enumerate(brief.movements) if "Shabaab" in m.actor]
    [denial] = brief.denials
    assert shabaab and not set(denial.targets) & set(shabaab)


def test_a_toll_of_their_fighters_names_the_side_not_its_officials() -> None:
    assert _who("Taliban officials said nine of their fighters had been killed.") == [(9, "Taliban fighters")]


# --- more ways a party disputes a report -------------------------------------------------------------------------

_GORI = "Russian troops crossed into Georgia's Gori district on Friday, Georgian officials said. "


@pytest.mark.parametrize("dispute", [
    "The Russian defence ministry said its units remained at their permanent bases.",
    "Moscow said its ships remained in port in Sevastopol.",
    "\"Nobody has crossed anything,\" Kremlin spokesman Dmitry Peskov said.",
    "A Kremlin spokesman said no one had moved anywhere.",
    "Russian officials questioned the accuracy of the Georgian report.",
    "The Kremlin said the Georgian claims were \"far from reality\".",
    "Moscow called the report an attempt to provoke tension.",
    "Moscow said the claims did not hold water.",
])
def test_a_dispute_is_a_denial_of_the_move(dispute: str) -> None:
    [denial] = _brief(_GORI + dispute).denials
    assert denial.targets == [0]


@pytest.mark.parametrize("text", [
    _GORI + "Nobody crossed the street during the parade, residents said.",
    _GORI + "\"No one was hurt,\" a spokesman said.",
    _GORI + "Officials said nobody would cross the line.",
    _GORI + "Russian officials questioned the credibility of the Georgian president.",
    _GORI + "A spokesman said the units remained at their bases.",
])
def test_near_misses_of_a_dispute_are_no_denial(text: str) -> None:
    assert _brief(text).denials == []


def test_nobody_is_restated_as_anyone() -> None:
    [denial] = _brief(_GORI + "Moscow said nobody had crossed the border.").denials
    assert denial.what == "that anyone had crossed the border"


# --- a quote that goes on: its speaker, and one dispute of the moves its words name -------------------------------

_CRIMEA = ("A group of Iranian military instructors has arrived in Russian-occupied Crimea to train Russian forces to "
           "fly Iranian-made drones, Ukraine's military intelligence said on Thursday.\n\nUkrainian officials said the "
           "instructors flew in from Tehran via Moscow earlier this month.\n\n")


def test_a_verdict_and_the_quote_after_it_are_one_denial_of_the_move() -> None:
    brief = _brief(_CRIMEA + "Iran's foreign ministry went further. \"This is absolutely false,\" spokesman Nasser "
                   "Kanaani told reporters in Tehran. \"Iran has not sent any military personnel to Russia or to "
                   "Crimea.\"")
    [denial] = brief.denials
    assert denial.denier == "spokesman Nasser Kanaani" and denial.targets == [0]


def test_a_verdict_after_a_denial_by_the_same_body_is_one_denial() -> None:
    brief = _brief("Senegalese soldiers were deployed to Bissau on Tuesday to protect government buildings, two "
                   "diplomatic sources said.\n\nBut Guinea-Bissau's government denied that any foreign troops were on "
                   "its territory. \"It is false. Bissau is calm,\" government spokesman Fernando Vaz said.")
    assert [d.targets for d in brief.denials] == [[0]]


def test_a_verdict_by_another_party_after_a_denial_is_kept_apart() -> None:
    brief = _brief("Senegalese soldiers were deployed to Bissau on Tuesday, two diplomatic sources said.\n\nGuinea-"
                   "Bissau's government denied that any foreign troops were on its territory. \"That is false,\" "
                   "Senegal's opposition leader Ousmane Sonko said.")
    assert len(brief.denials) == 2


@pytest.mark.parametrize("text, targets", [
    ("Senegalese soldiers were deployed to the capital on Tuesday, two diplomatic sources said. The Gambian "
     "government denied that any foreign troops were on its territory.", [0]),
    ("Senegalese soldiers were deployed to the capital on Tuesday, two diplomatic sources said. The Gambian army "
     "denied that any troops had been moved.", []),
])
def test_a_denial_of_foreign_troops_is_of_the_other_sides_move(text: str, targets: list[int]) -> None:
    [denial] = _brief(text).denials
    assert denial.targets == targets


# --- of one side's moves: the place where the denial puts the force, and the kind of force it speaks of ----------

def test_a_place_named_for_something_else_does_not_narrow_the_denial() -> None:
    brief = _brief("Russian soldiers moved the boundary line with breakaway South Ossetia about 1.5 kilometres further "
                   "into Georgian-controlled territory overnight, the Georgian foreign ministry said.\n\nGeorgian "
                   "officials said Russian border guards had also advanced near the village of Orchosani.\n\n\"Russian "
                   "border guards are carrying out their duties on the border of the Republic of South Ossetia, and no "
                   "one has moved anywhere,\" a Kremlin spokesman said.")
    assert [d.targets for d in brief.denials] == [[0, 1]]


@pytest.mark.parametrize("dispute, targets", [
    ("A Pakistani military spokesman said the troop reports were false but did not comment on the aircraft.", [0]),
    ("Islamabad denied the aircraft reports.", [1]),
    ("Islamabad denied that its troops and aircraft had moved.", [0, 1]),
])
def test_a_denial_of_troops_or_of_aircraft_targets_that_kind(dispute: str, targets: list[int]) -> None:
    brief = _brief("Pakistan has moved two infantry brigades toward the Line of Control, Indian officials said. "
                   "Pakistani jets were also relocated to Skardu, they said. " + dispute)
    [denial] = brief.denials
    assert denial.targets == targets


def test_a_claim_about_another_force_is_not_restated_from_the_move() -> None:
    brief = _brief("A Russian submarine was tracked moving south toward the Norwegian Sea, the Norwegian military "
                   "said. The Russian embassy in Oslo rejected the claim about the warships.")
    assert [d.what for d in brief.denials] == ["the claim about the warships"]


# --- one quote over two sentences is one statement ---------------------------------------------------------------

def test_a_quote_over_two_sentences_is_one_denial() -> None:
    brief = _brief("A flotilla of 30 Chinese militia vessels sailed from Woody Island toward Vanguard Bank over the "
                   "weekend, Vietnam's coast guard said. A Chinese navy destroyer was also seen near Wan'an Tan on "
                   "Monday.\n\n\"There is no so-called maritime militia. The boats at Wan'an Tan are ordinary fishing "
                   "vessels sheltering from the weather,\" a Chinese foreign ministry spokesman told reporters.")
    assert len(brief.denials) == 1 and 0 in brief.denials[0].targets
