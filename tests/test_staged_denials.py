"""Denials, sentence by sentence: the cue, the denier (the party that denies, not the outlet),
`what` as a clause, and the evidence; plus linking a fragment `what` to the move it disputes."""

from __future__ import annotations

import pytest

from summarizer.strategies.staged import StagedNoModel
from summarizer.strategies.staged.denials import denial_fields, is_fragment
from summarizer.strategies.staged.sentences import parse_article


def _denial(text: str, previous: str | None = None, **kw):
    parsed = parse_article(text)
    item = denial_fields(parsed, parsed.sentences[0], previous, **kw)
    return None if item is None else item.data


@pytest.mark.parametrize(
    ("text", "denier", "what", "evidence"),
    [
        ("Yesterday Demchenko had denied that Wagner fighters had already reached Belarus, although he had not excluded that this might happen later on.",
         "Demchenko", "that Wagner fighters had already reached Belarus", "Demchenko had denied that Wagner fighters had already reached Belarus"),
        ("Reuters reported that the Ugandan army denied that its troops were in Juba.",
         "the Ugandan army", "that its troops were in Juba", "the Ugandan army denied that its troops were in Juba"),
        ('"What the ministry has said about this mission is false," a navy spokesperson told reporters.',
         "a navy spokesperson", "What the ministry has said about this mission is false", "What the ministry has said about this mission is false"),
        ("Some in the region insist that the Eritreans are not pulling out at all.",
         "Some in the region", "that the Eritreans are not pulling out at all", "Some in the region insist that the Eritreans are not pulling out at all"),
        ('According to Moscow, the drills are "entirely defensive" and involve 12,700 troops.',
         "Moscow", "that the drills are entirely defensive", 'the drills are "entirely defensive"'),
        ("The defence ministry said the ships were on routine patrols in international waters.",
         "The defence ministry", "that the ships were on routine patrols in international waters",
         "The defence ministry said the ships were on routine patrols in international waters"),
        ("His admission followed months of denials by Ethiopia and Eritrea, while allegations piled up.",
         "Ethiopia and Eritrea", "months of denials by Ethiopia and Eritrea", "months of denials by Ethiopia and Eritrea"),
    ],
)
def test_denier_what_and_evidence(text, denier, what, evidence) -> None:
    found = _denial(text, "PREVIOUS", negated_move="not pulling" in text)
    assert found is not None
    assert (found["denier"], found["what"], found["evidence"]) == (denier, what, evidence)


def test_admitting_a_move_while_disputing_it_is_a_denial_by_the_quoted_speaker() -> None:
    found = _denial(
        "\u201cIt\u2019s correct that the army has left the camp and fallen back across the border, but this was a strategic "
        "retreat,\u201d a source at the defence ministry, who asked for anonymity, told Reuters."
    )
    assert found["denier"] == "a source at the defence ministry"
    assert found["what"] == "that this was a strategic retreat"


def test_an_accusation_of_understating_is_a_dispute_by_whoever_makes_it() -> None:
    found = _denial("NATO, however, contends that Russia is grossly understating the size of the exercises, in which, "
                    "as some members insist, more than 100,000 servicemen could take part.")
    assert found["denier"] == "NATO"
    assert found["evidence"] == "NATO, however, contends that Russia is grossly understating the size of the exercises"
    assert _denial("Russia is understating the size of the exercises.") is None  # nobody disputes: the article's voice


def test_a_claim_noun_before_the_denier_is_not_part_of_its_name() -> None:
    found = _denial("Rwandan troops crossed into Congo on Monday, a charge Kigali denies.")
    assert found["denier"] == "Kigali"
    assert found["what"] == "that Rwandan troops crossed into Congo on Monday"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not respond to a request for comment.",
        "Reuters could not independently verify the report.",
        "The general dismissed the commander of the brigade on Friday.",
        "Troops crossed into the province on Monday, officials said.",
    ],
)
def test_no_denial_without_a_dispute(text) -> None:
    assert _denial(text) is None


def test_a_sentence_flagged_by_another_detector_gets_fields_without_a_cue() -> None:
    # (staying "in their barracks" became a cue of its own in r7: test_staged_denials_r7.py)
    text = "The spokesman said the soldiers had spent the whole week in the capital."
    assert _denial(text) is None
    found = _denial(text, forced=True)
    assert found["denier"] == "the spokesman"
    assert "spent the whole week in the capital" in found["evidence"]


def test_fragments_are_recognised() -> None:
    assert is_fragment("information") and is_fragment("the reports") and is_fragment("it")
    assert not is_fragment("that Ugandan troops were in Juba")


def test_a_fragment_what_is_rewritten_as_the_claim_it_disputes() -> None:
    article = (
        "Uganda troops in Juba\n\nWire, Mar 3 2025\n\n"
        "About 200 Ugandan troops arrived in Juba on Monday, residents said.\n"
        "The Ugandan army dismissed the reports as false.\n"
    )
    draft, _ = StagedNoModel().extract(article, None)
    assert len(draft.denials) == 1
    denial = draft.denials[0]
    assert denial.denier == "The Ugandan army" and denial.targets == [0]
    assert denial.what.startswith("that ") and "Ugandan troops arrived in Juba" in denial.what


def test_a_movement_and_its_denial_in_one_sentence_are_both_kept_and_linked() -> None:
    article = "Troops cross\n\nWire, Mar 3 2025\n\nRwandan troops crossed into Congo on Monday, a charge Kigali denies.\n"
    draft, _ = StagedNoModel().extract(article, None)
    assert [m.actor for m in draft.movements] == ["Rwandan troops"]
    assert [(d.denier, d.targets) for d in draft.denials] == [("Kigali", [0])]


def test_a_relative_clause_speaker_is_the_noun_it_hangs_on() -> None:
    found = _denial("The drills let the Serbians, who say their exercise poses no threat to anyone, show off new tanks.")
    assert found["denier"] == "the Serbians"
    assert found["what"] == "that their exercise poses no threat to anyone"


def test_a_concession_followed_by_a_question_is_an_argument_not_a_dispute() -> None:
    assert _denial("The generals may well be right that more troops are needed, but why do they keep asking the same allies?") is None


def test_no_so_called_force_is_a_dispute_of_that_force() -> None:
    found = _denial("There is no so-called hybrid militia on the island.", "PREVIOUS")
    assert found is not None and found["evidence"] == "There is no so-called hybrid militia on the island"


def test_a_saying_clause_after_a_rejected_accusation_states_what_is_denied() -> None:
    found = _denial("The defence ministry rejected the accusation, saying in a statement that no armed group had crossed "
                    "from its territory and calling the claim a provocation.")
    assert found["denier"] == "The defence ministry"
    assert found["what"] == "that any armed group had crossed from its territory"
    assert found["evidence"] == ("The defence ministry rejected the accusation, saying in a statement that no armed group "
                                 "had crossed from its territory")


def test_a_charge_noun_after_a_clause_denies_that_clause() -> None:
    found = _denial("Chadian troops crossed the river on Monday, a charge that N'Djamena denies.")
    assert found["denier"] == "N'Djamena"
    assert found["what"] == "that Chadian troops crossed the river on Monday"
    assert found["evidence"] == "Chadian troops crossed the river on Monday, a charge that N'Djamena denies"
    found = _denial("The ministry issued a report that the army denies.")
    assert found["evidence"] == "a report that the army denies"


def test_a_quote_closing_in_a_later_sentence_is_attributed_to_its_speaker() -> None:
    parsed = parse_article("\u201cThere are no foreign fighters on the island. The boats in the bay are fishing boats,\u201d "
                           "a ministry spokesperson told reporters.\n")
    item = denial_fields(parsed, parsed.sentences[0], "Someone Earlier")
    assert item is not None and item.data["denier"] == "a ministry spokesperson"


def test_the_denier_keeps_a_following_name_and_drops_a_live_blog_time() -> None:
    found = _denial("A Chadian brigade massed near the river poses no threat to anyone, according to the watchdog group Sahel Monitor.")
    assert found["denier"] == "the watchdog group Sahel Monitor"
    assert found["evidence"] == "A Chadian brigade massed near the river poses no threat to anyone"
    found = _denial("16:05 GMT - Chad's security committee flatly denied that any of its servicemen had entered Sudan.")
    assert found["denier"] == "Chad's security committee"


def test_denials_by_a_party_are_found_when_the_parser_hangs_by_elsewhere() -> None:
    found = _denial("The prime minister's admission followed months of denials by Eritrea.")
    assert found["denier"] == "Eritrea"


def test_a_people_named_like_a_force_on_the_move_denies_that_move_when_negated() -> None:
    article = ("Leaving\n\nWire, Mar 3 2025\n\nEritrean troops have begun to leave the region, the ministry said. "
               "Local elders insist that the Eritreans are not pulling out at all.\n")
    draft, _ = StagedNoModel().extract(article, None)
    assert [(d.denier, d.targets) for d in draft.denials] == [("Local elders", [0])]


def test_a_denied_troop_move_makes_the_article_relevant_without_a_move_read() -> None:
    article = ("Border row\n\nWire, Mar 3 2025\n\nVilnius says its neighbour has stoked tension on the frontier for weeks. "
               "Minsk has denied that it is fielding any troops there.\n")
    draft, _ = StagedNoModel().extract(article, None)
    assert draft.is_relevant and draft.movements == []
    assert [(d.denier, d.targets) for d in draft.denials] == [("Minsk", [])]
    article = "Shares\n\nWire, Mar 3 2025\n\nThe company has denied that it is moving its headquarters to Dublin.\n"
    assert not StagedNoModel().extract(article, None)[0].is_relevant


def test_a_charge_that_the_move_is_a_political_stunt_disputes_its_purpose() -> None:
    found = _denial('Opponents charge that the government is "wagging the dog," using the army to manufacture a threat.')
    assert found["denier"] == "Opponents"
    assert found["what"] == "that the government is wagging the dog"
    found = _denial("The ministry called the reports of a troop build-up scaremongering.")
    assert found["denier"] == "The ministry"


def test_a_denial_verb_hung_on_the_reported_clause_belongs_to_the_speaker() -> None:
    found = _denial("The navy said on Monday that its ships had been conducting routine patrols in national waters "
                    "and denied that they had followed any foreign vessels.")
    assert found["denier"] == "The navy"
    assert found["what"] == "that they had followed any foreign vessels"
    assert found["evidence"].startswith("The navy said") and found["evidence"].endswith("any foreign vessels")


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ('The army said the claims were "pure fiction".', "The army"),
        ("Officials said the allegations were a lie.", "Officials"),
        ('The spokesman said reports of a troop build-up were "absurd".', "The spokesman"),
        ("Officials insisted the redeployment was purely routine.", "Officials"),
        ("Officials dismissed talk of a withdrawal.", "Officials"),
    ],
)
def test_more_words_of_dispute(text, denier) -> None:
    found = _denial(text)
    assert found is not None and found["denier"] == denier


def test_a_clause_judging_a_claim_named_only_by_a_noun_is_a_fragment() -> None:
    assert is_fragment("that the reports were completely untrue") and is_fragment("that reports of a build-up were absurd")
    assert not is_fragment("that the troops were in Juba")
    found = _denial("The foreign ministry described the reports as fake.")
    assert (found["denier"], found["what"]) == ("The foreign ministry", "the reports")


@pytest.mark.parametrize(
    "text",
    [
        "The ministry refused to confirm or deny that troops had been sent.",
        "The ministry would neither confirm nor deny the report.",
        "A spokesman declined to confirm or deny the deployment.",
        "The army did not deny that its troops had crossed.",
    ],
)
def test_refusing_to_confirm_or_deny_is_no_denial(text) -> None:
    assert _denial(text) is None
    assert _denial(text, negated_move=True) is None


def test_confirming_one_thing_but_denying_another_is_a_denial() -> None:
    found = _denial("The ministry confirmed the arrival but denied that the troops would fight.")
    assert (found["denier"], found["what"]) == ("The ministry", "that the troops would fight")


def test_a_passive_dispute_is_made_by_its_agent() -> None:
    found = _denial("Minsk's claims that the exercise was defensive were widely disputed by analysts.")
    assert found["denier"] == "analysts"


def test_a_relative_clause_says_what_its_noun_is() -> None:
    found = _denial("The drills, which Minsk says are purely defensive, involve 12,000 troops.")
    assert (found["denier"], found["what"]) == ("Minsk", "that the drills are purely defensive")


def test_no_evidence_that_a_move_happened_denies_that_move() -> None:
    found = _denial("There was no evidence that the troops had left, a UN official said.")
    assert (found["denier"], found["what"]) == ("a UN official", "that the troops had left")


def test_what_is_the_that_clause_of_a_rejected_claim() -> None:
    found = _denial("A rebel spokesman rejected claims that the group was preparing an offensive on the city.")
    assert (found["denier"], found["what"]) == ("A rebel spokesman", "that the group was preparing an offensive on the city")


def test_a_denial_only_a_sentence_model_calls_strong_does_not_make_an_article_relevant() -> None:
    """A denial of forces makes an article relevant on the rules' reading alone; a sentence model's say-so lets a
    weak cue count as a denial, but an opinion piece with no move stays not relevant."""
    from summarizer.strategies.staged import Staged

    class DenialEverywhere(Staged):  # a sentence model that reads every sentence as a denial
        def judge(self, sentence, kind):
            return True if kind == "denial" else None

    head = "Headline here\n\nWire, Mar 3 2025\n\n"
    opinion = head + ("The letter writers may well be right about the mission. It would also let the Chinese, who say "
                      "their military buildup poses no threat to their neighbours, show goodwill.\n")
    judged, _ = DenialEverywhere().extract(opinion, None)
    assert not judged.is_relevant
    denied = head + "Yerevan denied that it is fielding any troops in the disputed region.\n"
    for strategy in (Staged(), DenialEverywhere()):
        brief, _ = strategy.extract(denied, None)
        assert brief.is_relevant and brief.denials


def _brief(claim: str, denial: str):
    article = f"Troops on the move\n\nWire, Mar 3 2025\n\n{claim} {denial}\n"
    return StagedNoModel().extract(article, None)[0]


@pytest.mark.parametrize(
    ("claim", "denial", "denier"),
    [
        # a claim named by a noun and judged: the denial disputes the move told just before it
        ("Hundreds of Russian troops crossed into eastern Ukraine overnight, Ukrainian officials said.",
         "The ministry dismissed the reports as fake news.", "The ministry"),
        ("A newspaper reported that 500 Ugandan troops had been flown to Juba this week.",
         "Officials said the report was 'completely untrue'.", "Officials"),
        ("Armenia said Azerbaijani troops advanced two kilometres into its territory overnight.",
         "\"These are lies,\" the defence minister told reporters.", "the defence minister"),
        ("Residents said Russian troops had entered the village.", "The defence ministry said the reports were inaccurate.",
         "The defence ministry"),
        ("Reports said 2,000 Cuban troops had arrived in Venezuela.",
         "Havana called the reports \"misleading\" and \"a smear campaign\".", "Havana"),
        ("The rebels said the army had pulled out of the town.",
         "An army spokesman said that was wrong and that troops were still in the town.", "An army spokesman"),
        ("Israel said Hezbollah fighters had moved into villages near the border.", "Hezbollah scoffed at the accusation.",
         "Hezbollah"),
        ("Venezuela said Colombian troops were massing at the frontier.",
         "Bogota said the accusation was a \"fantasy\" invented by Caracas.", "Bogota"),
        ("Russian warships entered the Sea of Azov, Ukrainian officials said.", "Moscow said the report was a \"provocation\".",
         "Moscow"),
        ("Reports claimed US troops had been sent to Taiwan.", "The Pentagon said it was \"simply not the case\".",
         "The Pentagon"),
        ("Satellite images showed Russian troops moving toward the border.",
         "The Kremlin played down the reports, saying the troops were on exercises.", "The Kremlin"),
        # no force there at all
        ("The opposition said Russian troops had been sent to Minsk.",
         "The Belarusian defence ministry said it was not aware of any Russian troops in the country.",
         "The Belarusian defence ministry"),
        ("Mali's opponents say Wagner mercenaries have deployed across the country.",
         "The junta says there are no Wagner mercenaries in Mali, only Russian instructors.", "The junta"),
        ("Somali officials said Ethiopian troops had crossed into Gedo.",
         "Addis Ababa said not a single soldier had crossed the border.", "Addis Ababa"),
        ("Hamas said Israeli forces had entered the camp.", "The Israeli army said its troops were not operating in the area.",
         "The Israeli army"),
        ("Syrian opposition groups said Iranian troops had arrived in Aleppo.",
         "Iran says it has only military advisers in Aleppo.", "Iran"),
        ("The newspaper said US special forces had been sent to Yemen.", "The Pentagon pushed back on the report.", "The Pentagon"),
        ("Ukraine said Russian troops had crossed into the Sumy region.",
         "The Russian defence ministry said the reports did not correspond to reality.", "The Russian defence ministry"),
        ("Kyiv said Russian special forces had landed on the island.",
         "Moscow said the report was part of an information attack by Kyiv.", "Moscow"),
        ("Georgia said Russian troops had moved into the village.",
         "The Kremlin said there was no Russian military presence in the area.", "The Kremlin"),
        ("Western officials say 100,000 Russian troops have massed near Ukraine.", "Moscow says it has no plans to invade Ukraine.",
         "Moscow"),
        ("Western officials say 100,000 Russian troops have massed near Ukraine.",
         "Russia insists the deployment is exclusively defensive.", "Russia"),
        ("Mali's army pulled out of the base at Tessalit on Sunday, residents said.",
         "A defence ministry official said it was a tactical withdrawal.", "A defence ministry official"),
        ("Kyiv said 40,000 Russian troops were massing near Kharkiv.", "Moscow accused Kyiv of inflating the figures.", "Moscow"),
        ("Ukraine says 30,000 troops have been sent to Belarus.", "Belarus said Kyiv was lying about the troop numbers.", "Belarus"),
        ("Local media said troops were moving into the capital.", "The army said the footage was doctored.", "The army"),
        ("Reports said Russian troops had entered the town.", "Moscow denounced the reports as Western propaganda.", "Moscow"),
        ("Ukraine said Russian troops had crossed into the Sumy region.", "Asked about the reports, Peskov said: \"This is not true.\"",
         "Peskov"),
        ("Ukraine said Russian troops had crossed into the Sumy region.", "\"Nonsense,\" said a Kremlin spokesman.",
         "a Kremlin spokesman"),
        ("A video posted online showed Russian tanks entering the town.", "Russia's defence ministry said the video was staged.",
         "Russia's defence ministry"),
        ("The opposition said the government had sent more troops to the northern province.",
         "A spokesman said no request had been made for more troops.", "A spokesman"),
    ],
)
def test_wire_wordings_of_a_denial_dispute_the_move_told_before(claim, denial, denier) -> None:
    brief = _brief(claim, denial)
    found = [d for d in brief.denials if d.evidence in denial]
    assert len(found) == 1
    assert found[0].denier == denier and found[0].targets and all(
        brief.movements[i].evidence in claim for i in found[0].targets)
    assert not is_fragment(found[0].what) and found[0].what.startswith("that ")


@pytest.mark.parametrize(
    "denial",
    [
        "No soldiers were killed in the clashes, the army said.",
        "The army said its soldiers had not been paid for months.",
        "Armenia's prime minister said Yerevan had no intention of mobilising reservists.",
        "Opposition lawmakers questioned whether the government had a plan for the mission.",
        "The defence ministry said the deployment was a provocation.",
        "It was wrong to send the troops, the opposition leader said.",
        "Kampala says its forces are not involved in the fight against the rebels.",
        "Kyiv denounced the deployment as a provocation.",
        "NATO slammed the deployment as reckless.",
        "The bodies of two soldiers were lying in the street, residents said.",
        "Russian forces were not targeting civilians, the ministry said.",
        "The army said the soldiers had been questioned by investigators.",
        "The navy said its destroyer had contested China's far-reaching maritime claims in the sea.",
        "Russian tanks, however, were reportedly still in control of the inland towns.",
        "Officials said they wanted to minimize civilian casualties.",
    ],
)
def test_negations_and_judgements_of_deeds_are_no_denials(denial) -> None:
    brief = _brief("Hundreds of Ugandan troops arrived in the border town on Monday, residents said.", denial)
    assert [d for d in brief.denials if d.evidence in denial] == []


def test_a_which_clause_denies_the_reported_clause_before_it() -> None:
    brief = _brief("", "Congo said Rwanda had sent troops across the border, which Rwanda denied.")
    assert [(d.denier, d.what, d.targets) for d in brief.denials] == [
        ("Rwanda", "that Rwanda had sent troops across the border", [0])]
    assert brief.denials[0].evidence == "Rwanda had sent troops across the border, which Rwanda denied"


def test_a_pronoun_in_a_conjoined_clause_is_the_first_clause_subject() -> None:
    found = _denial("Pyongyang has not commented, but it has denied similar claims in the past.", "Seoul")
    assert found["denier"] == "Pyongyang"


def test_what_is_the_claim_a_judgement_is_passed_on_and_a_quote_opener_is_lower_cased() -> None:
    brief = _brief("Witnesses said government troops had entered the rebel-held town.",
                   'Claims that troops had crossed were "fake", the spokesman said.')
    assert [(d.denier, d.what) for d in brief.denials] == [("the spokesman", "that troops had crossed")]
    brief = _brief("Turkish troops were seen entering Syria, witnesses said.", '"Our forces are not in Syria," the minister said.')
    assert [(d.denier, d.what) for d in brief.denials] == [("the minister", "that our forces are in Syria")]  # the claim denied (s10b)


def test_a_participle_of_denial_takes_the_whole_sentence_as_evidence() -> None:
    brief = _brief("Ukraine said Russian troops were moving toward Kyiv.",
                   "Denying the reports, the Russian defence ministry said its units were returning to their bases.")
    assert brief.denials[0].evidence == ("Denying the reports, the Russian defence ministry said its units were returning "
                                         "to their bases")


def test_a_disputed_move_of_an_ambiguous_force_is_a_move_of_armed_forces() -> None:
    brief = _brief("Kyiv said Belarusian units were moving south.", 'Minsk said the information was "incorrect" and designed to sow panic.')
    assert brief.is_relevant and [m.actor for m in brief.movements] == ["Belarusian units"]
    assert [(d.denier, d.targets) for d in brief.denials] == [("Minsk", [0])]
    brief = _brief("Ukrainian officials said Russian reinforcements were pouring into Crimea.", "The Kremlin brushed aside the claims.")
    assert [(d.denier, d.targets) for d in brief.denials] == [("The Kremlin", [0])]
    assert not _brief("Kyiv said Belarusian units were moving south.", "The weather was cold.").movements


def test_a_quoted_first_person_blanket_denial_links_to_the_move_just_told() -> None:
    brief = _brief("Ukraine said Russian troops had crossed into the Sumy region.",
                   '"We have not sent any troops anywhere," a Kremlin spokesman said.')
    assert [(d.denier, d.targets) for d in brief.denials] == [("a Kremlin spokesman", [0])]


@pytest.mark.parametrize("denial", ["The military issued a denial on Tuesday.", "The military issued a statement denying the reports."])
def test_a_denial_issued_now_disputes_the_move_just_told(denial) -> None:
    brief = _brief("Local media said troops had been moved into the capital overnight.", denial)
    assert [(d.denier, d.targets, d.evidence) for d in brief.denials] == [("The military", [0], denial.rstrip("."))]
    assert brief.denials[0].what == "that troops had been moved into the capital overnight"


def test_a_possessive_denier_drops_its_s() -> None:
    found = _denial("Despite Moscow's denials, satellite images show a build-up.")
    assert found["denier"] == "Moscow"


@pytest.mark.parametrize(
    ("denial", "denier"),
    [
        ("The ministry did not respond to a request for comment, but a ministry source said the reports were false.",
         "a ministry source"),
        ("A Kremlin spokesman declined to comment but said that no Russian troops were in the region.", "A Kremlin spokesman"),
    ],
)
def test_a_dispute_after_no_comment_but_is_a_denial(denial, denier) -> None:
    brief = _brief("Ukraine said Russian troops had crossed into the Sumy region.", denial)
    assert [(d.denier, d.targets) for d in brief.denials] == [(denier, [0])]


def test_purpose_disputes_need_a_party_that_says_so() -> None:
    brief = _brief("Taiwan said 20 Chinese warships sailed near the island.", "Beijing said the exercises were routine.")
    assert [(d.denier, d.targets) for d in brief.denials] == [("Beijing", [0])]
    brief = _brief("Lithuania said Russian troops were massing in Kaliningrad.",
                   "Moscow said the movement of troops on Russian territory was an internal matter.")
    assert [d.denier for d in brief.denials] == ["Moscow"]
    assert _brief("Troops arrived in the city on Monday.", "The routine patrol ended without incident.").denials == []
    brief = _brief("Ukraine said Russian troops had crossed into the Sumy region.",
                   "The ministry did not respond to a request for comment, but it has previously said it does not comment on "
                   "troop movements.")
    assert brief.denials == []


def test_a_dispute_naming_no_move_targets_the_story_s_one_move() -> None:
    brief = _brief("About 300 French troops arrived in Niamey on Monday, the army said.",
                   "Opposition lawmakers charge that the government is using the army in a political stunt.")
    assert [(d.denier, d.targets) for d in brief.denials] == [("Opposition lawmakers", [0])]


def test_a_word_or_two_of_dispute_takes_the_sentence_as_evidence() -> None:
    brief = _brief("Ukraine said Russian troops had crossed into the Sumy region.", '"Nonsense," said a Kremlin spokesman.')
    assert [d.evidence for d in brief.denials] == ['"Nonsense," said a Kremlin spokesman']


def test_a_short_quote_in_a_long_sentence_takes_the_sentence_but_links_by_its_clause() -> None:
    denial = ('"This is false," a spokesperson for the defence ministry in the capital told Reuters on Tuesday evening '
              'in a written statement sent to journalists.')
    brief = _brief("Ukraine said Russian troops had crossed into the Sumy region.", denial)
    assert [(d.evidence, d.targets) for d in brief.denials] == [(denial.rstrip("."), [0])]


def test_he_or_she_denying_is_the_person_just_named() -> None:
    brief = _brief("Ukraine said Russian troops had crossed into the Sumy region. Dmitry Peskov, the Kremlin spokesman, spoke "
                   "to reporters on Monday.", "He denied that any Russian soldiers had crossed the border.")
    assert [(d.denier, d.targets) for d in brief.denials] == [("Dmitry Peskov", [0])]


def test_dismissing_a_vote_as_a_sham_disputes_no_report() -> None:
    assert _denial("Opposition groups and many Western governments have dismissed the vote as a sham.") is None
    assert _denial("The army dismissed the build-up as a bluff.") is not None
