"""Denials and disputes: who denies, what (as a clause), and the exact words that say so.

A sentence is a denial when it carries a denial verb ("denied", "dismissed",
"rejected", "understating", "played down the reports", "scoffed at the
accusation"), a dispute phrase ("false", "no evidence", "does not correspond to
reality", "purely defensive", "routine patrols", "no threat"), a judgement of
a claim ("the report was a provocation", "that is wrong", "the video was
staged"), a noun of denial ("months of denials by Ethiopia", "issued a
denial"), says no force is there ("no Wagner mercenaries in Mali", "not a single
soldier", "its troops were not operating in the area"), negates a movement ("no
group ... had entered"), or admits a move while disputing it ("It's correct that
the army left, but this was a strategic retreat"), or names the claim it denies
after it (", a charge Kigali denies", ", which Rwanda denied"). A denial of "the accusation, saying no group
had crossed" takes its `what` and evidence from the saying clause; `what` reads
as the denied claim ("that any group had crossed"). News boilerplate such as
"did not respond to a request for comment" is not a denial (what follows a "but"
may be), nor is a concession followed by a question ("may be right that ...,
but why ...?"), a toll ("no soldiers were killed") or a judgement of a deed
("it was wrong to send troops", "denounced the deployment as a provocation").
Evidence of a word or two, or under a third of its sentence, is widened to the
sentence; linking still reads the disputing clause.

`denial_fields(article, sentence, previous_source, forced=...)` is the one entry
point: any detector (these cues, or a learned sentence classifier) that flags a
sentence gets the denial's fields from it. The denier is the party that
denies: the subject of the denial verb, or the speaker of the quote or
reported clause that carries the dispute (also when the quote closes in a later
sentence), never the outlet that reports it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from summarizer.strategies.staged import fields
from summarizer.strategies.staged.assemble import Item, offsets
from summarizer.strategies.staged.lexicons import pairs, words
from summarizer.strategies.staged.sentences import ParsedArticle, Sentence

Token = Any
_MOVE_EVENTS = (r"(?:withdrawals?|pull-?outs?|pullbacks?|retreats?|movements?|moves?|crossings?|incursions?|"
                r"deployments?|redeployments?|advances?|build-?ups?|troop movements?)")
# "are not expected to take part", "is not due to arrive", "scheduled to": an outlook on a move, not a dispute of one.
# One list read two ways: by lemma on the parse (OUTLOOKS, the staged package's _progress_or_record) and by the form
# written before "to" in a sentence's text (_OUTLOOK, _phrase_cue). Semi-modal grammar, not domain words, so it stays
# in code (see lexicons.py). "intended to" is left out of the text check: in a purpose phrase it states the purpose
# ("not intended to take part in combat" disputes what the move is for).
_OUTLOOK_FORMS = {"expect": "expected", "likely": "likely", "due": "due", "schedule": "scheduled", "set": "set",
                 "plan": "planned", "intend": "intended", "anticipate": "anticipated"}
OUTLOOKS = frozenset(_OUTLOOK_FORMS)
_OUTLOOK = re.compile(
    r"\b(?:" + "|".join(form for lemma, form in _OUTLOOK_FORMS.items() if lemma != "intend") + r")\s+to\b", re.I)
_PURPOSE_NEGATIONS = re.compile(
    r"\b(?:not|never)\b.{0,40}\b(?:directed|aimed|take part|combat|participat|preparation|provocation)"
    r"|\bonly to\b"
    # "the fighters were only defending Lebanese villages", "were there solely for training": a purpose that recasts
    # the move as harmless
    r"|\b(?:were|was|are|is|been)\s+(?:there\s+)?(?:only|purely|solely|merely|simply)\s+(?:there\s+)?"
    r"(?:defending|protecting|guarding|securing|escorting|training|patrolling|for (?:training|exercises|drills|protection))\b"
    r"|\bno (?:[\w-]+ )?(?:incursions?|invasion|build-?ups?|troop movements?|deployments? of)\b"
    r"|\bno (?:[\w-]+ )?military presence\b"
    # "only Russian instructors", "it has only military advisers there": a force's nature or size disputed
    r"|\bonly (?:a (?:few|handful of) )?(?:[\w-]+ ){0,2}(?:advis[eo]rs|instructors|trainers)\b"
    # "no withdrawal has taken place", "there has been no incursion", "no such movement": the move itself denied
    r"|\bno (?:such )?(?:[\w-]+ )?" + _MOVE_EVENTS + r"(?= (?:(?:has|had|have|was|were|is|are) )?(?:been )?"
    r"(?:taken place|take place|took place|occurred|happened|carried out|under ?way)\b)"
    r"|\bno such " + _MOVE_EVENTS + r"\b"
    r"|\bthere (?:has|had) been no (?:[\w-]+ )?" + _MOVE_EVENTS + r"\b"
    # "about 1,000 soldiers had arrived, not 3,000 as reported": a figure disputed
    r"|\bnot (?:[\d,.]+|[a-z]+) (?:[\w-]+ )?as (?:had been |was |were )?(?:reported|claimed|alleged|stated)\b",
    re.IGNORECASE,
)
_NO_FORCES = re.compile(r"\bno (?:[\w-]+ ){0,2}(?:troops?|soldiers?|forces|fighters|militia|units?|vessels)\b", re.I)


_LACKING = frozenset({"available", "left", "enough", "sufficient", "lose", "lost", "miss", "missing", "capture",
                      "injure", "hurt", "harm"})


def _says_no_force(sentence: Any, at: int) -> bool:
    """Does someone say a force is not there or did not move ("There are no Russian soldiers in Belarus," a
    spokesman said)? Not the article's own "With no troops left in the town", a force whose "no" is not its own
    ("had no doubt the soldiers were Polish"), a lack ("no peacekeepers in the area to protect civilians", "no
    soldiers were available", "no units had been lost") or a decision for later ("no troops would be sent")."""
    no = next((t for t in sentence if t.idx >= at), None)
    if no is None or not (_attributed(sentence) or _quoted(no)):
        return False
    force = no.head if no.lower_ == "no" else next((t for t in no.doc[no.i : no.i + 6] if t.lemma_.lower()
                                                    in words("armed_forces") | {"unit"}), None)
    if force is None or force.lemma_.lower() not in words("armed_forces") | {"unit", "vessel"}:
        return False
    verb = force.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    if force.head.lower_ == "with" or any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall"} for c in verb.children):
        return False
    clause = [*verb.children, *force.children]
    if any(c.lemma_.lower() in _LACKING or c.lower_ in _LACKING for c in clause) or verb.lemma_.lower() in _LACKING:
        return False
    return not any(c.dep_ in {"xcomp", "advcl", "acl", "relcl"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                   for c in clause)


_CROSSED_LINES = frozenset({"anything", "border", "frontier", "boundary", "line"})


def _nobody_moved(sentence: Any) -> Token | None:
    """'"Nobody has crossed anything," Peskov said', "no one has moved anywhere": a move said to have been made by
    no one. The pronoun, or None; not a plan ("nobody will cross") or a toll ("no one was hurt")."""
    for token in sentence:
        nobody = token.lower_ == "nobody" or (token.lower_ == "one" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in token.children))
        if not nobody or token.dep_ != "nsubj" or not (_attributed(sentence) or _quoted(token)):
            continue
        verb = token.head
        crossed = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if crossed is not None and crossed.lemma_.lower() not in _CROSSED_LINES:
            continue  # "nobody crossed the street during the parade": a scene, not a move of forces denied
        if verb.lemma_.lower() in _move_verbs() and not any(c.tag_ == "MD" for c in verb.children):
            return token
    return None


def _no_force(sentence: Any) -> Token | None:
    """"there are no Wagner mercenaries in Mali", "not a single soldier had crossed": a force determined by "no"
    (not "no reports of reservists", "no intention of mobilising reservists"). The "no", or None."""
    for token in sentence:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in words("armed_forces") | {"unit"}:
            continue
        no = next((c for c in token.children if c.dep_ == "det" and c.lower_ == "no"), None)
        if no is not None:
            return no
        # "not a single soldier", "not one Iranian soldier": the words between qualify the force
        before = token.doc[max(token.i - 5, token.sent.start) : token.i]
        match = re.search(r"\bnot (?:a single|one)\b", before.text, re.I)
        if match:
            start = next(t for t in before if t.idx - before.start_char >= match.start())
            if all(t.dep_ in {"det", "amod", "compound", "nummod", "neg", "nmod"} or t.lower_ in {"a", "single", "one"}
                   for t in token.doc[start.i + 1 : token.i]):
                return start
    return None


# Admitting a move while disputing it: "It's correct that the army left ..., but this was a retreat".
# "..., but why do they ...?" asks a question instead: an argument (an opinion letter), not a dispute.
_ADMISSION = re.compile(
    r"\b(?:correct|true|right|admit\w*|acknowledg\w*|conced\w*|confirm\w*)\b[^.]{0,200}?,?\s+\bbut\b(?!\s+(?:why|how|what|who)\b)",
    re.I,
)


# Verbs a party disputes with, beside the reporting verbs: "insist that", "charge that", "called it a stunt".
_DISPUTING = frozenset({"insist", "contend", "argue", "maintain", "stress", "charge", "call", "brand", "label", "accuse"})


def _says() -> frozenset[str]:
    return words("attribution_verbs") | _DISPUTING


def _has_phrase(text: str, lexicon: str) -> bool:
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(cue)}\b", lowered) for cue in words(lexicon))


def verdict_words() -> frozenset[str]:
    """What a denier calls a claim ("false", "baseless", "nonsense", "a lie"): the denial cues that are no verbs."""
    return words("denial_cues") - words("denial_verbs")


def _phrase_cue(sentence: Any) -> Token | None:
    """The token where a dispute phrase starts ("false", "no evidence", "purely defensive"), or None."""
    lowered = _FALSE_FLAG.sub(lambda m: " " * len(m.group()), sentence.text.lower())
    base = sentence[0].idx
    cues = verdict_words()
    if _attributed(sentence):  # "The routine patrol ended without incident": description, no one disputes
        cues = cues | words("purpose_disputes")
    purposes = words("purpose_disputes")
    found = [(m.start(), cue) for cue in cues for m in [re.search(rf"\b{re.escape(cue)}\b", lowered)] if m]
    starts = [at for at, cue in found if not _lying_about_something_else(lowered, at)
              and not _idle_cue(sentence, base + at, cue, cue in purposes)]
    best = min(starts, default=None)
    if best is None:
        match = _PURPOSE_NEGATIONS.search(sentence.text)
        # "are not expected to take part in combat": an outlook on the move, not a dispute of its purpose
        best = match.start() if match and not _OUTLOOK.search(match.group()) else None
    if best is None and _attributed(sentence) and not _tells_casualties(sentence):
        best = _no_knowledge(sentence.text)
    if best is None and not _tells_casualties(sentence):  # "no soldiers were killed": a toll, not a denial
        match = _NO_FORCES.search(sentence.text)
        best = match.start() if match and _says_no_force(sentence, match.start()) else None
        if best is None:
            found = _no_force(sentence)
            return found if found is not None and _says_no_force(sentence, found.idx) else None
    if best is None:
        return None
    return next((t for t in sentence if t.idx - base >= best), None)


# "accused Moscow of preparing a false flag attack": an accusation of a deception to come, not a dispute of a report
_FALSE_FLAG = re.compile(r"\bfalse[- ]flag\b", re.I)
# "said it had no information about any troops crossing", "had no knowledge of any such deployment"
_NO_KNOWLEDGE = re.compile(r"\b(?:no|not have any|not have) (?:information|knowledge|record|indication)s? "
                           r"(?:about|of|on|regarding|concerning)\b((?:\s+[\w-]+){1,5})", re.I)


_ABOUT = re.compile(r"(?:(?:of )?lying about|no evidence (?:of|that|for|to))((?:\s+[\w-]+){1,8})")


def _lying_about_something_else(lowered: str, at: int) -> bool:
    """"accused Israel of lying about aid deliveries", "there was no evidence of gang activity": a charge of lying,
    or a lack of evidence, about something that is no force, move or report; "accused Kyiv of lying about the
    withdrawal", "no evidence that troops had crossed" dispute."""
    match = _ABOUT.match(lowered, at)
    if match is None:
        return False
    following = {w.rstrip("s") for w in match.group(1).split()}
    nouns = {n.rstrip("s") for n in words("armed_forces") | words("move_nouns") | words("move_event_nouns")
             | words("claim_nouns") | _REPORTED}
    return not following & nouns


# Cue words that can name a kind of thing rather than judge a claim ("propaganda footage", "a disinformation
# campaign"), and judgements that say how bad a state of things is rather than that a claim is untrue
_ATTRIBUTIVE = frozenset({"propaganda", "disinformation", "misinformation", "false", "fabricated", "doctored", "hoax",
                          "fiction", "misleading", "inaccurate", "incorrect",
                          # "bogus passports", "a fantasy novel": a kind of thing, no claim judged
                          "bogus", "fictitious", "concocted", "made-up", "slanderous", "fantasy"})
_EVALUATIVE = frozenset({"absurd", "ridiculous", "laughable", "preposterous", "far-fetched"})
_TRUTH = frozenset({"false", "untrue", "baseless", "unfounded", "groundless", "inaccurate", "incorrect", "misleading",
                    "fabricated", "absurd", "ridiculous", "unsubstantiated"})


_LOSS_WORDS = re.compile(r"\b(?:injur\w*|casualt\w*|wounded|killed|dead|deaths?|loss(?:es)?)\b", re.I)


def _idle_cue(sentence: Any, at: int, cue: str, purpose: bool) -> bool:
    """Does the cue word at character `at` dispute nothing? "aired propaganda footage of troops", "trained in
    area denial", "the alarm turned out to be false", '"It is absurd that our soldiers wait months for pay"',
    "the routine rotation would bring 300 troops" (a purpose phrase as a name, not said of the move), "will take
    part in routine exercises next month" (a plan), "no threat to the troops" (the force is the threatened one)."""
    token = next((t for t in sentence if t.idx >= at), None)
    if token is None:
        return False
    if cue.startswith("not aware") and _LOSS_WORDS.search(sentence.text):
        return True  # "not aware of any injuries among the troops": a toll
    if " " not in cue and token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_.lower() != "be":
        return True  # "a bomb hoax delayed the departure": a thing that acts, no claim judged
    if " " not in cue and cue in _ATTRIBUTIVE and token.dep_ in {"amod", "compound"} and (
            token.head.lemma_.lower() not in _REPORTED and token.head.pos_ == "NOUN") and not _predicated(token.head):
        return True
    if cue in _TRUTH and token.dep_ in {"acomp", "attr"}:
        head = token.head
        while fields._subject(head) is None and not any(c.dep_ == "csubj" for c in head.children) and (
                head.dep_ == "xcomp" and head.head != head):
            head = head.head  # "the alarm turned out to be false": the subject of "turned"
        subject = fields._subject(head)
        complements = [c for c in token.head.children if c.dep_ in {"ccomp", "xcomp", "csubj"}]
        if cue in _EVALUATIVE and complements and not any(c.lemma_.lower() in _SAYING_OR_THINKING for c in complements):
            # "it is absurd that our soldiers wait": the state of things is absurd, no claim; but "it is absurd to
            # suggest that Russian troops are there" judges the claim
            return True
        # "the alarm turned out to be false", "the warning proved false": what events showed of a thing in the
        # story; not a claim, nor the move or force itself ("the so-called build-up is fabricated"). Only with a
        # verb of finding out: any other non-claim subject read as idle cost a real denial on unseen news
        if subject is not None and subject.pos_ == "NOUN" and head.lemma_.lower() in {"turn", "prove"} and subject.lemma_.lower() not in (
                _JUDGED_NOUNS | words("claim_nouns") | _CLAIM_LIKE | words("move_nouns") | words("move_event_nouns")
                | words("armed_forces")):
            return True
    if purpose:
        head = token
        while (head.pos_ not in {"VERB", "AUX"} or head.dep_ in {"amod", "compound"}) and head.head != head:
            if head.dep_ in {"nsubj", "nsubjpass"}:
                return True  # "the routine rotation would bring ...": a name for the move, said of nothing
            head = head.head
        if head.lemma_.lower() in _move_verbs() and not any(c.dep_ == "neg" for c in head.children):
            return True  # "5,000 troops arrived in Belarus for planned drills": the report's own purpose, no dispute
        if any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall"} for c in head.children) and \
                head.lemma_.lower() in _HOLDING_DRILLS:
            return True  # "will take part in routine exercises next month": a plan; not "would be purely defensive"
        threat = token.head if token.lower_ == "no" else token
        if any(c.dep_ == "prep" and c.lower_ in {"to", "for"} and any(
                g.lemma_.lower() in words("armed_forces") for g in c.children) for c in threat.children):
            return True
    return False


# "absurd to suggest", "ridiculous to claim": a judgement of what someone says
_SAYING_OR_THINKING = frozenset({"say", "suggest", "claim", "think", "believe", "speak", "talk", "accuse", "assert",
                                 "allege", "imagine", "speculate", "assume", "insinuate", "report", "argue", "pretend"})
# Abstract nouns for a claim or a reading of events ("such a scenario is absurd", "the idea is ridiculous")
_CLAIM_LIKE = frozenset({"allegation", "accusation", "charge", "version", "scenario", "idea", "notion", "premise",
                         "theory", "impression", "interpretation", "characterization", "characterisation", "description",
                         "portrayal", "suggestion", "insinuation", "hypothesis", "conclusion", "picture", "word",
                         "rhetoric", "hysteria", "fear", "warning", "prediction", "forecast"})


# Verbs of holding drills: in the future tense with a purpose phrase they announce a plan ("will take part in
# routine exercises next month"); a future "would be defensive" or "will pose no threat" still disputes
_HOLDING_DRILLS = frozenset({"take", "hold", "conduct", "join", "stage", "carry", "participate", "begin", "start"})


@cache
def move_verbs() -> frozenset[str]:
    """Every verb of a move, from the six lexicons of move verbs (the one place that names them all)."""
    return frozenset().union(*(words(name) for name in ("movement_verbs", "arrival_verbs", "crossing_verbs",
                                                        "heading_verbs", "withdrawal_verbs", "sending_verbs")))


@cache
def _move_verbs() -> frozenset[str]:
    # "were there for", "take part in": where a force is, said to explain it
    return move_verbs() - {"be", "take", "remain", "stay"}


_JUDGING_VERBS = frozenset({"call", "label", "brand", "describe", "term", "dismiss", "denounce", "portray", "characterise",
                            "characterize", "deride", "decry"})


def _predicated(noun: Token) -> bool:
    """Is the noun said of something ("the reports were part of a disinformation campaign", "called the claims a
    propaganda stunt", "dismissed them as propaganda lies") rather than a thing in the story ("aired propaganda
    footage", "a disinformation campaign targeted voters")? Then a cue word on it judges a claim."""
    if noun.dep_ in {"attr", "oprd", "appos", "acomp"}:
        return True
    if noun.dep_ == "pobj" and (noun.head.lower_ == "as" or (noun.head.lower_ == "of" and noun.head.head.lower_ == "part")):
        return True
    return noun.dep_ in {"dobj", "ccomp"} and noun.head.lemma_.lower() in _JUDGING_VERBS


def _no_knowledge(text: str) -> int | None:
    """Where a party's professed ignorance of a force or move starts ("no information about any troops"), or None;
    "no information about the missing" disputes nothing."""
    for match in _NO_KNOWLEDGE.finditer(text):
        following = {w.lower().rstrip("s") for w in match.group(1).split()}
        # not "the exercise schedule" or "the mission's timetable"; still "any reinforcements", "any presence"
        nouns = {n.rstrip("s") for n in words("armed_forces") | words("move_event_nouns") | (
            words("move_nouns") - {"drill", "exercise", "mission", "operation"})}
        if following & nouns:
            return match.start()
    return None


def _attributed(sentence: Any) -> bool:
    """Does someone say it: a verb of saying, "according to", or a quote?"""
    return any((t.lemma_.lower() in _says() and t.pos_ in {"VERB", "AUX"}) or t.lower_ == "according" or t.is_quote
               for t in sentence)


def _tells_casualties(sentence: Any) -> bool:
    return any(t.lemma_.lower() in _casualty_lemmas() or t.lower_ in _casualty_lemmas() for t in sentence)


def _casualty_lemmas() -> frozenset[str]:
    return frozenset(pairs("casualty_cues")) | {"casualty", "casualties"}


def denial_verb(token: Token) -> str | None:
    """The denial verb a token heads, with its particle ("played down", "brushed aside"), or None."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    for child in token.children:
        phrasal = f"{lemma} {child.lower_}"
        # (the particle may be parsed as a preposition: "laughed off the report", "shrugged off the claims")
        if child.dep_ in {"prt", "advmod", "prep"} and child.i > token.i and phrasal in words("denial_verbs"):
            return phrasal
    return lemma if lemma in words("denial_verbs") else None


# What a claim is said to be: "the report was a provocation", "that is wrong", "called the account a fantasy".
# A claim said to lack proof ("said the reports were unverified"): a dispute when a party says it; in the
# report's own voice ("the reports remain unverified") it is the outlet's caution, no one's denial
_UNPROVEN = frozenset({"unverified", "unconfirmed", "uncorroborated", "unproven"})


def _unproven_claim(sentence: Any) -> Token | None:
    """"The spokesman said the reports were unverified", "called the claims unconfirmed": the judgement's token."""
    found = _judged_claim(sentence, _UNPROVEN)
    if found is None:
        return None
    if found.dep_ == "oprd":
        return found.head  # "called the claims unconfirmed": what was called so
    if found.dep_ in {"acomp", "attr"}:
        holder = found.head
    elif any(c.dep_ == "auxpass" for c in found.children):
        holder = found  # "the accounts were unverified", parsed as a passive
    else:
        return None  # a label on the claim, not said of it ("according to unverified reports")
    while holder.dep_ == "conj" and holder.head != holder:
        holder = holder.head
    # what a party says ("the spokesman said the reports were unverified"), not a hedge beside the report
    # ("though the reports were unconfirmed, a journalist said")
    return found if holder.dep_ == "ccomp" and holder.head.lemma_.lower() in _says() else None


def _judged_claim(sentence: Any, judgements: frozenset[str] | None = None) -> Token | None:
    """A judgement of a claim ("wrong", "a provocation", "a fantasy") whose subject names the claim: the
    judgement's token, or None. "It was wrong to send troops" judges the sending, not a claim."""
    claims = _JUDGED_NOUNS
    judgements = words("claim_judgements") if judgements is None else judgements
    for token in sentence:
        if token.lemma_.lower() not in judgements and token.lower_ not in judgements:
            continue
        holder = token.head if token.dep_ in {"acomp", "attr", "oprd"} else token
        if any(c.dep_ in {"xcomp", "ccomp", "advcl"} for c in (*token.children, *holder.children)):
            continue  # "it was wrong to send troops"
        subject = next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if token.dep_ == "oprd" and holder.lemma_.lower() in {"call", "brand", "label", "describe"}:
            subject = next((c for c in holder.children if c.dep_ == "dobj"), None)  # "called the footage old"
        if subject is None and token.dep_ in {"acl", "amod"}:
            subject = token.head  # "called the reports misleading"
        if subject is None and token.dep_ == "oprd" and token.head.lemma_.lower() in {"call", "brand", "label"}:
            subject = next((c for c in token.head.children if c.dep_ == "dobj"), None)
        if subject is None and token.dep_ == "pobj" and token.head.lower_ == "as" and \
                token.head.head.lemma_.lower() in _JUDGING_VERBS | {"see", "view", "regard", "treat"}:
            subject = next((c for c in token.head.head.children if c.dep_ in {"dobj", "nsubjpass"}), None)  # "described the accusations as a provocation"
        if subject is not None and subject.lemma_.lower() in claims | {"it", "this", "that"}:
            return token
    return None


# Verbs that place a force ("were not in the area", "are not operating there"); "not involved in the fight" denies
# a part in fighting, not a move.
_PRESENCE_VERBS = frozenset({"be", "operate", "station", "base", "deploy", "present"})
_PLACING = frozenset({"in", "inside", "on", "at", "near", "across", "there", "here", "anywhere"})


def _negated_force(sentence: Any) -> Token | None:
    """"its troops were not operating in the area", "our soldiers are not in Syria": a reported clause that says
    a force is not there. The negation, or None. "would not leave" is a stance, "were not paid" no place."""
    says = _says()
    for token in sentence:
        if token.dep_ != "neg" and token.lower_ != "never":
            continue
        verb = token.head
        if verb.lemma_.lower() not in _PRESENCE_VERBS or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            continue
        if verb.lemma_.lower() == "be" and not any(c.dep_ in {"prep", "advmod"} and c.lower_ in _PLACING for c in verb.children):
            continue  # "the troops are not in the area", not "the troops were not paid"
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.lemma_.lower() not in words("armed_forces"):
            continue
        head = verb
        while head.dep_ in {"conj", "ccomp"} and head.head != head and head.head.lemma_.lower() not in says:
            head = head.head
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in says or _speaker(token) is not None:
            return token
    return None


# Where a force is said to have stayed: "its forces remained in their barracks", "stayed on the Chinese side"
_HOME_POSTS = frozenset({"barracks", "barrack", "base", "basis", "position", "post", "garrison", "side", "territory", "camp", "quarters",
                         "port", "harbour", "harbor"})  # ("its ships remained in port")
_STAYING = frozenset({"remain", "stay"})
# What a force is said to be instead: "the vessels were fishing boats", "the men were civilians"
_CIVILIANS = frozenset({"civilian", "fisherman", "fishermen", "farmer", "herder", "hunter", "trawler", "merchant",
                        "smuggler", "poacher", "villager", "resident", "boat"})
_OWNERS = frozenset({"our", "its", "their", "my"})


# Nouns that name a force only as someone's ("its units", "our personnel", "their ships"): the owner is checked below
_OWNED_FORCES = frozenset({"unit", "personnel", "contingent", "ship", "vessel", "serviceman", "servicemen"})


# "remained in their barracks", "are now at a further place": the prepositions of where a force is (_stayed_put,
# _newly_placed)
_IN_PLACE = frozenset({"in", "at", "inside", "on", "within"})


def _stayed_put(sentence: Any) -> Token | None:
    """"Chad's army insisted its forces remained in their barracks", '"Our troops are in their permanent bases," a
    spokesman said': a reported clause that keeps a force where it was, against a report that it moved. The verb,
    or None; "troops will remain in Mali" is a plan."""
    for verb in sentence:
        if verb.lemma_.lower() not in _STAYING | {"be"}:
            continue
        reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _says()
        if not reported and not (verb.lemma_.lower() == "be" and (_quoted(verb) or _speaker(verb) is not None)):
            continue  # '"Our troops are in their permanent bases," a spokesman said': said, within its quote
        if any(c.dep_ in {"aux", "neg"} and (c.tag_ == "MD" or c.dep_ == "neg") for c in verb.children):
            continue
        subject = fields._subject(verb)
        if subject is None or subject.lemma_.lower() not in words("armed_forces") | _OWNED_FORCES:
            continue
        # the speaker's own force ("its forces", "our troops"), or one said to have stayed all along ("had always
        # stayed"); "the army said most troops remained in their barracks" during a coup describes, not disputes
        if not any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in subject.children) and not any(
                c.dep_ == "advmod" and c.lower_ in {"always", "still"} for c in verb.children):
            continue
        if _newly_placed(verb):
            continue
        if any(c.dep_ == "prep" and c.lower_ in _IN_PLACE and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _HOME_POSTS for g in c.children) for c in verb.children):
            return verb
    return None


def _newly_placed(verb: Token) -> bool:
    """'"Our soldiers are now in position along the river"': a force said to be where it has just got to (a
    change, "now", or the idiom "in position" at a further place) states a position, it disputes no move."""
    if verb.lemma_.lower() != "be":
        return False  # "remained in position": staying
    if any(c.dep_ == "advmod" and c.lower_ in {"now", "already", "finally"} for c in verb.children):
        return True
    bare_position = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                     if g.dep_ == "pobj" and g.lemma_.lower() == "position" and not any(
                         d.dep_ in {"det", "poss"} for d in g.children)]
    placed_further = any(c.dep_ == "prep" and c.lower_ not in _IN_PLACE
                         for c in verb.children) or any(c.dep_ == "prep" for g in bare_position for c in g.children)
    return bool(bare_position) and placed_further


def _disowned(sentence: Any) -> Token | None:
    """"These are not our soldiers", "the vessels were fishing boats sheltering from the weather": a speaker says
    the force reported is not theirs, or not a force at all. The copula, or None."""
    for verb in sentence:
        if verb.lemma_.lower() != "be" or (verb.dep_ != "ccomp" and _speaker(verb) is None and not _quoted(verb)):
            continue
        subject = fields._subject(verb)
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        if subject is None or attr is None:
            continue
        negated = any(c.dep_ == "neg" for c in verb.children)
        owned = any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in attr.children)
        if negated and owned and attr.lemma_.lower() in words("armed_forces"):
            return verb  # "these are not our soldiers"
        forces = words("armed_forces") | words("armed_ambiguous") | {"man", "men"}
        civilians = _CIVILIANS | words("non_armed")
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _DISPUTING:
            civilians = civilians | {"peacekeeper"}  # "Moscow insisted the troops were peacekeepers"
        if not negated and subject.lemma_.lower() in forces and attr.lemma_.lower() in civilians and (
                attr.lemma_.lower() != "boat" or any(c.lower_ in {"fishing", "civilian", "merchant"} for c in attr.children)):
            return verb  # "the vessels were fishing boats"
    return None


def _dated_image(sentence: Any) -> Token | None:
    """"The Houthis said the footage was from 2019": an image of a move said to show another time. The copula, or
    None."""
    for verb in sentence:
        if verb.lemma_.lower() != "be" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _says():
            continue
        subject = fields._subject(verb)
        if subject is None or subject.lemma_.lower() not in _IMAGES:
            continue
        if any(c.dep_ == "prep" and c.lower_ in {"from", "in"} and any(
                g.dep_ == "pobj" and (g.ent_type_ == "DATE" or re.fullmatch(r"(?:19|20)\d\d", g.text)) for g in c.children)
               for c in verb.children):
            return verb
    return None


def _quoted(token: Token) -> bool:
    """Inside a quote that opens before it in its sentence."""
    before = token.doc[token.sent.start : token.i]
    return sum(t.text == "\u201c" for t in before) > sum(t.text == "\u201d" for t in before) or sum(
        t.text == '"' for t in before) % 2 == 1


def denial_cue(sentence: Any, negated_move: bool) -> Token | None:
    """The token that carries the denial (a verb or noun to take the denier from), or None."""
    text = sentence.text
    if _has_phrase(text, "non_denials") and not any(t.lemma_.lower() in {"deny", "dismiss", "reject"} for t in sentence):
        # "The ministry did not respond to a request for comment, but a source said the reports were false": only
        # what follows the "but" may dispute
        but = [t for t in sentence if t.lower_ == "but" and t.i + 1 < sentence.end]
        if not but:
            return None
        before, after = sentence.doc[sentence.start : but[-1].i], sentence.doc[but[-1].i + 1 : sentence.end]
        if not _has_phrase(after.text, "non_denials"):
            return denial_cue(after, negated_move)
        if not _has_phrase(before.text, "non_denials"):
            # "said the troop reports were false but did not comment on the aircraft": the no-comment is only
            # what follows the "but"; the clause before it may dispute
            return denial_cue(before, negated_move)
        return None
    refrained = False
    for token in sentence:
        if denial_verb(token) and _refrains(token):
            refrained = True
            continue
        if denial_verb(token) and _disputes_a_claim(token):
            return token
        if _charge_by_name(token) is not None:
            return token  # ", an accusation Asmara rejects," with "rejects" read as a noun
        if token.pos_ == "NOUN" and token.lemma_.lower() in words("denial_nouns") and not _kind_of_denial(token):
            return token
    if refrained:
        return None  # "refused to confirm or deny that troops had been sent": the move is not negated either
    admission = _ADMISSION.search(text)
    if admission:
        base = sentence[0].idx
        but = next((t for t in sentence if t.lower_ == "but" and t.idx - base >= admission.end() - 3), None)
        if but is not None and _disputes_after_but(but):
            return but
    phrase = (_phrase_cue(sentence) or _judged_claim(sentence) or _unproven_claim(sentence) or _negated_force(sentence)
              or _stayed_put(sentence) or _disowned(sentence) or _dated_image(sentence) or _nobody_moved(sentence))
    if phrase is not None:
        return phrase
    if negated_move:
        return next((t for t in sentence if t.dep_ == "neg" or (t.dep_ == "det" and t.lower_ in {"no", "none"})), sentence.root)
    return None


def _disputes_after_but(but: Token) -> bool:
    """"It's correct that the army left, but this was a retreat", "confirmed the arrival but said it was routine": the
    clause after "but" recasts the move (a copula or a verb of saying); "confirmed the move but gave no numbers"
    only withholds a detail."""
    conj = next((c for c in but.head.children if c.dep_ == "conj" and c.i > but.i), None)
    if conj is None:
        return True  # the parse lost the clause: keep the reading the wording gives
    if any(c.dep_ == "neg" for c in conj.children):
        return False  # "..., but it did not say how many men were involved": a detail withheld
    if conj.lemma_.lower() in _says() | {"be"}:
        return True
    clause = " ".join(t.text for t in conj.subtree)
    return _has_phrase(clause, "purpose_disputes") or _has_phrase(clause, "denial_cues")


def _kind_of_denial(noun: Token) -> bool:
    """"area denial tactics", "denial-of-service attacks": the word names a kind of thing, not a denial made."""
    return noun.dep_ in {"compound", "amod"} or any(c.lower_ in {"area", "service"} for c in noun.children)


def _refrains(verb: Token) -> bool:
    """"did not deny", "would neither confirm nor deny", "declined to confirm or deny": no denial is made."""
    if any(c.dep_ == "neg" or c.lower_ in {"neither", "nor"} for c in verb.children):
        return True
    head = verb
    while head.dep_ == "conj" and head.head != head:
        head = head.head
        alternative = any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in head.children)
        if alternative and (head.lemma_.lower() == "confirm" or any(c.dep_ == "neg" for c in head.children)):
            return True  # "confirm or deny", "did not confirm or deny"; not "confirmed the arrival but denied"
    return head.dep_ == "xcomp" and head.head.lemma_.lower() in {"refuse", "decline"}


# Prepositions a disputed claim hangs on: "scoffed at", "hit back at", and a phrasal verb's particle read as one
# ("laughed off the report", "brushed aside the claims")
_CLAIM_PREPS = frozenset({"at", "on", "against", "with", "off", "aside", "away"})


# "questioned the accuracy of the Georgian report": what a claim is doubted for
_TRUSTWORTHINESS = frozenset({"accuracy", "veracity", "credibility", "authenticity", "reliability", "truthfulness"})


def _doubted_claim(noun: Token) -> bool:
    """"the accuracy of the Georgian report": a claim's trustworthiness (not "the credibility of the president")."""
    if noun.lemma_.lower() not in _TRUSTWORTHINESS:
        return False
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in _JUDGED_NOUNS | words("claim_nouns") for g in of)


# The verbs that are a denial outright ("denied the report", "refuted the claims"), unlike "dismissed" or "questioned",
# which often take a person or a plan (_disputes_a_claim; a strong denial in denial_fields)
_FLAT_DENIALS = frozenset({"deny", "refute", "rebut"})


def _disputes_a_claim(verb: Token) -> bool:
    """"denied that ...", "dismissed the report": yes; "dismissed the general": no."""
    if verb.lemma_.lower() in {"question", "challenge", "contradict", "denounce", "slam"}:
        # "questioned the figures", "denounced the reports as lies"; not "questioned whether the plan works" or
        # "denounced the deployment as a provocation" (a deed condemned, not a claim disputed)
        return any(c.dep_ in {"dobj", "nsubjpass"} and (c.lemma_.lower() in _REPORTED | {"figure", "number", "estimate"}
                   or _doubted_claim(c)) for c in verb.children)
    if verb.lemma_.lower() in _FLAT_DENIALS:
        if verb.lemma_.lower() == "deny" and any(c.dep_ == "dative" for c in verb.children):
            return False  # "to deny Russia any gains": to withhold, not to dispute
        return not any(c.dep_ == "dobj" and c.lemma_.lower() in {"entry", "access", "visa", "permission", "request"} for c in verb.children)
    if any(c.dep_ in {"ccomp"} for c in verb.children):
        return True
    if _judged_as(verb) is not None:
        # "dismissed the reports as fake", "rejected the build-up as a bluff"; not "dismissed the vote as a sham"
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if obj is None:
            return True
        named = obj.doc[obj.left_edge.i : obj.i + 1].text.lower()  # "the build-up", split by the parser
        nouns = words("claim_nouns") | words("move_nouns") | words("armed_forces")
        return obj.lemma_.lower() in nouns or any(re.search(rf"\b{re.escape(n)}s?$", named) for n in nouns)
    if any(c.dep_ == "prep" and c.lower_ in _CLAIM_PREPS and any(
            g.dep_ == "pobj" and g.lemma_.lower() in words("claim_nouns")
            for g in c.children) for c in verb.children):
        return True  # "scoffed at the accusation", "hit back at the claims", "laughed off the report"
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in words("claim_nouns"):
        return True  # "a charge Kigali denies"
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in words("claim_nouns") and not _ownership(c)
               for c in verb.children)


# "maritime claims", "territorial claims", "claims to the islands": a claim to own, not a report of a move
_OWNING = frozenset({"maritime", "territorial", "sovereignty", "land", "historic", "historical", "excessive", "sweeping",
                     "far-reaching", "sovereign"})


def _ownership(noun: Token) -> bool:
    return any((c.dep_ in {"amod", "compound"} and c.lower_ in _OWNING) or (c.dep_ == "prep" and c.lower_ in {"to", "over"})
               for c in noun.children)


def _clause(verb: Token, keep: Token | None = None, *, conjuncts: bool = False) -> list[Token]:
    """The verb's subtree without trailing conjoined clauses (", and that it does not ...") or concessions;
    a clause holding `keep` (the cue) is never cut."""
    drop: set[int] = set()

    def prune(token: Token) -> None:
        for child in token.children:
            negates = any(t.dep_ == "neg" or (t.dep_ == "det" and t.lower_ == "no") or t == keep for t in child.subtree)
            if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"} and child.i > token.i and (
                    not negates and not conjuncts or conjuncts and _denier_act(child)):
                drop.update(t.i for t in child.subtree)
                drop.update(c.i for c in token.children if c.dep_ == "cc" and c.i < child.i and c.i > token.i)
            elif child.dep_ == "conj" and conjuncts:
                prune(child)  # "had followed or monitored any vessels, calling the account hype": the conjunct's tail
            elif child.dep_ in {"ccomp", "xcomp"}:
                prune(child)
            elif child.dep_ == "advcl" and child.i > token.i and (
                child.tag_ == "VBG" or any(m.lower_ in {"although", "though", "while", "whereas"} for m in child.children)
            ):
                drop.update(t.i for t in child.subtree)  # ", calling them ...", ", although he had not excluded ..."
            elif child.dep_ == "advcl" and child.i < token.i and keep not in child.subtree and any(
                m.dep_ == "mark" and m.lower_ in {"as", "when", "after", "before", "while", "although", "though"}
                for m in child.children
            ):
                drop.update(t.i for t in child.subtree)  # "As the rebels advanced, Yerevan denied ...": the setting
            elif child.dep_ == "npadvmod" and child.ent_type_ in {"DATE", "TIME"} and child.i < token.i:
                drop.update(t.i for t in child.subtree)

    prune(verb)
    for token in verb.subtree:  # ", in which ... could take part": a non-restrictive relative clause
        if token != verb and token.dep_ == "relcl" and token.left_edge.i > 0 and verb.doc[token.left_edge.i - 1].text == ",":
            drop.update(t.i for t in token.subtree)
            drop.add(token.left_edge.i - 1)
    tokens = [t for t in verb.subtree if t.i not in drop]
    if not tokens:
        return [verb]
    low, high = tokens[0].i, tokens[-1].i
    span = [verb.doc[i] for i in range(low, high + 1) if i not in drop]
    while span and (span[0].is_punct or span[0].dep_ in {"cc", "mark"} or span[0].ent_type_ in {"DATE", "TIME"} and span[0].dep_ in {"compound", "npadvmod"}):
        span.pop(0)
    while span and (span[-1].is_punct or span[-1].dep_ == "cc"):
        span.pop()
    return span


# What a denier does beside denying, told as a second verb of the denied clause by the parser: "denied that its
# forces had entered X and put their presence down to domestic politics", "... and blamed the opposition".
_DENIER_ACTS = frozenset({"put", "blame", "attribute", "call", "describe", "dismiss", "reject", "deny", "brand",
                          "accuse", "urge", "warn", "vow"})


def _says_or_judges(verb: Token) -> bool:
    """A verb of the denier's own account: saying ("saying", "added") or judging ("calling", "blamed")."""
    lemma = verb.lemma_.lower()
    return lemma in _DENIER_ACTS or lemma in words("attribution_verbs")


def _denier_act(conj: Token) -> bool:
    """A conjoined verb with no subject of its own that says what the denier did, not what the claim says
    ("showed", "reported" can be the claim's: "troops crossed and reported to the base")."""
    return fields._subject(conj) is None and _says_or_judges(conj) and conj.lemma_.lower() not in {"show", "report"}


def _denier_subject(token: Token) -> Token | None:
    """Who denies: the subject of the cue's verb, climbing conjunctions and clause links."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in words("denial_nouns"):
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        by = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}]
        if following is not None and following.lower_ in {"by", "from"} and following.dep_ == "prep":
            by.append(following)  # "months of denials by Eritrea", the "by" parsed onto "months"
        for child in token.children:
            if child.dep_ == "poss":
                return child  # "Moscow's denial"
        for prep in by:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj  # "denials by Ethiopia and Eritrea"
    said = _coordinated_with_saying(token)
    if said is not None:
        return _subject_of(said)
    agent = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return agent  # "the claims were disputed by analysts"
    if any(c.dep_ == "nsubjpass" for c in token.children):
        return None  # "the claims were disputed": the claim is the subject, not who disputes it
    head = token
    while head.pos_ not in {"VERB", "AUX"} and head.head != head:
        head = head.head
    subject = _subject_of(head)
    while subject is None and head.dep_ in {"conj", "xcomp", "advcl", "acl"} and head.head != head:
        head = head.head
        if head.pos_ == "NOUN" and head.dep_ in {"dobj", "pobj"} and head.head.pos_ in {"VERB", "ADP"}:
            head = head.head if head.head.pos_ == "VERB" else head.head.head  # "issued a statement denying ..."
        subject = _subject_of(head)
    return subject


def _negated_party(subject: Token) -> bool:
    """Is the subject a force said not to exist or not to have acted ("no Belarusian troops", "none of our
    soldiers")? That is the content of the denial, never a party that speaks."""
    if subject.lower_ in {"none", "nobody", "nothing"}:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _coordinated_with_saying(verb: Token) -> Token | None:
    """"The navy said that its ships had been patrolling and denied that ...": the parser hangs "denied" on the
    reported clause; a subjectless denial verb in the tense of the saying verb, not of the clause, goes with
    the saying verb. That verb, or None."""
    clause = verb.head
    if verb.dep_ != "conj" or fields._subject(verb) is not None or clause.dep_ != "ccomp":
        return None
    says = clause.head
    if says.lemma_.lower() in _says() and says.tag_ == verb.tag_ and clause.tag_ != verb.tag_:
        return says
    return None


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject; a relative pronoun stands for the noun it hangs on ("the Chinese, who say ...")."""
    subject = fields._subject(verb)
    if subject is not None and subject.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
        return verb.head
    return subject


def _speaker(token: Token) -> Token | None:
    """The subject of an attribution verb that governs the cue ("'... is false,' a spokesperson told X")."""
    says = _says()
    head = token
    for _ in range(8):
        if head.head == head:
            break
        head = head.head
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in head.children):
            continue  # "not 3,000 as reported": the report disputed, not the speaker
        if head.lemma_.lower() in says and head.pos_ in {"VERB", "AUX"}:
            subject = _subject_of(head)
            if subject is None and head.dep_ == "conj":
                subject = _subject_of(head.head)  # "A spokesman declined to comment but said ...": the spokesman
            if subject is None and head.dep_ == "pcomp" and head.head.lower_ == "as":
                # "TASS quoted the defence ministry as saying ...": the one quoted speaks, not the outlet
                subject = next((c for c in head.head.head.children if c.dep_ == "dobj"), None)
            if subject is not None:
                return subject
    according = next((t for t in token.sent if t.lower_ == "according"), None)
    if according is not None:  # "According to Moscow, the drills are purely defensive" / "..., according to X"
        obj = next((g for c in according.children for g in c.children if g.dep_ == "pobj"), None)
        if obj is not None:
            return obj
    root = token.sent.root if hasattr(token, "sent") else None
    if root is not None and root.lemma_.lower() in says and root.i > token.i:
        subject = fields._subject(root)
        if subject is not None:
            return subject
        # '"...," a source at the ministry, who asked for anonymity, told Reuters': the parser often hangs
        # the speaker on the quote; take the first noun after the closing quote.
        quotes = [t for t in root.doc[token.i : root.i] if t.text in {"\u201d", '"'}]
        if quotes:
            return next((t for t in root.doc[quotes[-1].i + 1 : root.i] if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound"), None)
    return None


def _quote_only(text: str) -> bool:
    """Is the sentence all quote ('"Iran has not sent any military personnel."'), no one named as saying it?"""
    text = text.strip()
    return text[:1] in {'"', "\u201c"} and text.rstrip(".").endswith(('"', "\u201d", '."', ".\u201d")) and (
        text.count('"') + text.count("\u201c") + text.count("\u201d") == 2)


def _opens_quote(text: str) -> bool:
    return text.count("\u201c") > text.count("\u201d") or (text.count('"') % 2 == 1 and text.lstrip().startswith('"'))


def _later_quote_speaker(article: ParsedArticle, sentence: Sentence) -> list[str]:
    """'"There are no troops there. The boats are fishing boats," a spokesperson said.': a quote that opens in this
    sentence and closes in a later one of the same paragraph is attributed there, after the closing mark."""
    if not _opens_quote(sentence.text):
        return []
    for later in article.sentences[sentence.index + 1 : sentence.index + 4]:
        if later.paragraph != sentence.paragraph:
            break
        if "\u201d" in later.text or '"' in later.text:
            return fields.sources_in(later.span)
    return []


def _denier_text(subject: Token) -> str:
    if subject.lemma_.lower() in words("claim_nouns") and subject.pos_ == "NOUN":
        # "a charge Rwanda has denied", parsed with the name as the noun's apposition: the name denies
        name = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > subject.i), None)
        if name is not None:
            subject = name
    tokens = [t for t in fields.phrase(subject) if t.ent_type_ not in {"DATE", "TIME"} or t.i > subject.i]
    claim_nouns = [t for t in tokens if t.i < subject.i and t.lemma_.lower() in words("claim_nouns") and t.pos_ == "NOUN"]
    if subject.pos_ == "PROPN" and claim_nouns:  # "a charge Kigali denies": the claim noun is not part of the name
        tokens = [t for t in tokens if t.i > claim_nouns[-1].i]
    if any(c.dep_ == "conj" for c in subject.children):
        tokens = list(subject.subtree)
    name = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == tokens[-1].i + 1), None)
    if name is not None:  # "the monitoring group Belaruski Hajun": the name that follows belongs to the group
        tokens = tokens + list(name.subtree)
    return re.sub(r"['\u2019]s?$", "", _TIMESTAMP.sub("", fields.span_text(tokens)))  # "Moscow's denials": Moscow


# A wire dateline read as the subject: "MOSCOW (Reuters)", "KYIV, June 3 (AP)"
_DATELINE = re.compile(r"^[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*(?:,[^()]*)? ?\((?:[A-Za-z. ]+)\)$")


# A live blog's entry time glued to the subject: "16:05 GMT - Tajikistan's security committee ..."
# (or with no dash: "11:05 Belgrade denies ...")
_TIMESTAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|BST|CET|EST|local time)?(?:\s*[-\u2013\u2014:]\s*|\s+(?=[A-Z]))", re.I)


_FRAGMENT = re.compile(
    # ("the Guyanese report", "the Western claims": whose claim, by a capitalised adjective)
    r"^(?:(?:the|these|those|this|that|its|their|his|her|such|each|all|any|a|an|[\w-]+'s?|(?-i:[A-Z][a-z-]+))\s+){0,3}"
    r"(?:reports?|claims?|accusations?|allegations?|information|charges?|findings?|accounts?|stor(?:y|ies)|"
    r"it|this|that|them|rumou?rs?|speculation|suggestions?|assertions?|figures?|numbers?|estimates?|"
    r"nonsense|rubbish|lies|a lie|fake news|propaganda|disinformation|fabrications?|(?:[\w-]+ )?denials?|"
    # "that version of events", "the Armenian narrative": the other side's telling, named by its noun
    r"(?:versions?|narratives?|interpretations?|portrayals?)(?: of (?:the )?events)?|"
    # "Getachew's remarks", "his comments": what a named person said
    r"remarks?|comments?|testimony|"
    # "dismissed the statement as lies", "the RSF announcement": the other side's claim named by how it was made
    r"statements?|announcements?|"
    # "played down the build-up": the move named by its noun
    r"build-?ups?|deployments?|troop movements?|movements?|incursions?|presence)$",
    re.I,
)


# "that the reports were untrue": the clause judges the claim but names it only by a noun
_JUDGED_CLAIM = re.compile(
    # "that it was a provocation", not "that it is fielding any troops there" (a verb's helper, not a verdict)
    r"^(?:that )?(?:it|this|that|these|those) (?:was|is|were|are)\b(?! not\b(?! (?:true|correct|accurate|the case)\b))"
    r"(?! (?:not )?(?!(?:no|some|any)thing\b)\w+ing\b)"
    r"|^that (?:(?:the|these|those|such|its|their|[\w-]+'s?)\s+){0,2}(?:\w+\s+)?"
    r"(?:reports?|claims?|accusations?|allegations?|stor(?:y|ies)|information|rumou?rs?|footage|videos?|images?|photos?|"
    r"photographs?|pictures?|talk|figures?|numbers?|estimates?)\b"
    # ("the claim had no basis in reality", "the report does not correspond to reality": the same verdict)
    r"(?:\s+of\s+[^,]{1,60}?)?\s+(?:were|was|are|is|had been|have been|(?:has|had|have) no|(?:does|did|do) not)\b"
    # "that there was any truth in the claims" (from "no truth in the claims"): the claim named by its noun
    r"|^that there (?:is|was|are|were|has been|had been) any (?:truth|basis|substance|foundation) (?:in|to|for|behind) "
    r"(?:(?:the|these|those|such|this|that|its|their|[\w-]+'s?)\s+){0,2}(?:\w+\s+)?"
    r"(?:reports?|claims?|accusations?|allegations?|stor(?:y|ies)|information|rumou?rs?)$",
    re.I,
)


# "rejected what it called a fabrication": the claim named only by the denier's judgement of it
_CALLED_CLAIM = re.compile(
    r"^(?:that\s+)?what\s+(?:it|they|he|she|the\s+[\w-]+|[A-Z][\w'-]*)\s+"
    r"(?:calls?|called|describes? as|described as|terms?|termed|dubbed|labell?ed)\s+\S.*$", re.I)


def is_fragment(what: str) -> bool:
    """"information", "the reports", "it", "that the reports were untrue": a noun standing for a claim, not
    the claim itself."""
    what = what.strip()
    return bool(_FRAGMENT.match(what) or _JUDGED_CLAIM.match(what) or _CALLED_CLAIM.match(what))


def _what(cue: Token, evidence: list[Token]) -> str:
    """What is denied, as a clause: "that Wagner fighters had already reached Belarus"."""
    content = None
    if cue.pos_ in {"VERB", "AUX"}:
        relative = cue.dep_ in {"relcl", "acl"}
        content = next((c for c in cue.children if c.dep_ in {"ccomp", "dobj", "xcomp", "nsubjpass"}
                        and not (relative and c.lower_ in {"that", "which", "who", "whom"})), None)  # "a report that X denies"
        if content is None and not relative:  # "scoffed at the accusation"; not "on Friday"
            content = next((g for c in cue.children if c.dep_ == "prep" and c.lower_ in _CLAIM_PREPS
                            for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}), None)
        if content is None and not relative:
            # "dismissed as 'hysteria' Western reports that ...": the object moved after the judgement, which the
            # parser reads as the object of "as"
            content = next((g for c in cue.children if c.dep_ == "prep" and c.lower_ == "as"
                            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _REPORTED), content)
        if relative and content is None:
            content = cue.head
    orphan = next((c for c in cue.children if c.dep_ == "ccomp" and content is not None and content.dep_ == "dobj"
                   and c.left_edge.i == content.right_edge.i + 1 and fields._subject(c) is None), None)
    if orphan is not None:
        # "denied its troops were involved", parsed with "its troops" as the object and "were involved" as a clause
        # of its own: the object is the clause's subject
        clause = _trim_edges(list(content.subtree) + _clause(orphan))
        return f"that {_mid_sentence(clause)}"
    tokens = _clause(content, conjuncts=True) if content is not None and content.dep_ == "ccomp" else (
        [t for t in content.subtree if content != cue.head or t.i not in {c.i for c in cue.subtree}] if content is not None else evidence
    )
    # "rejected claims that the group was preparing an offensive, saying its forces were there to defend": the
    # denier's own account, which the parser hangs on the claim's verb
    account = {t.i for a in tokens if a.dep_ == "advcl" and a.tag_ == "VBG" and a.i > 0 and a.doc[a.i - 1].text == ","
               and _says_or_judges(a) for t in a.subtree}
    if account:
        tokens = _trim_edges([t for t in tokens if t.i not in account]) or tokens
    if content is not None and content.dep_ == "pobj" and content.head.lower_ == "as":
        # "as 'hysteria' Western reports that ...": the judgement the parser hung on the reports is not what is denied
        judged = {t.i for c in content.children if c.i < content.i and (c.dep_ == "nmod" or c.is_punct) for t in c.subtree}
        tokens = _trim_edges([t for t in tokens if t.i not in judged]) or tokens
    if content is not None and content.dep_ == "dobj":  # "dismissed the reports as fake news": the reports
        # (also when the parser hangs the judgement deeper: "the reports of fighters crossing as fabrications")
        judged = {t.i for c in content.subtree if c.dep_ == "prep" and c.lower_ == "as" and (
            c.head == content or _judgement_in(c)) for t in c.subtree}
        tokens = _trim_edges([t for t in tokens if t.i not in judged]) or tokens
    if content is not None and content.dep_ == "ccomp" and not any(t.dep_ == "mark" for t in tokens[:1]):
        text = fields.span_text(tokens)
        if not text.lower().startswith(("that ", "whether ")):
            text = f"that {_mid_sentence(tokens)}"
    else:
        text = fields.span_text(tokens)
    return text if len(text) <= 200 else text[:197].rsplit(" ", 1)[0] + "..."


def _judgement_in(as_prep: Token) -> bool:
    """Is "as X" a verdict on a claim ("as fabrications", "as baseless lies")?"""
    verdicts = words("denial_cues") | words("claim_judgements")  # (_ATTRIBUTIVE, _TRUTH ... sort cues of denial_cues)
    return any(t.lemma_.lower() in verdicts or t.lower_ in verdicts for t in as_prep.subtree if t is not as_prep)


def denial_fields(
    article: ParsedArticle,
    sentence: Sentence,
    previous_source: str | None,
    *,
    negated_move: bool = False,
    forced: bool = False,
) -> Item | None:
    """The denial a sentence states, or None. `forced`: another detector already flagged the sentence
    as a denial, so the fields are read even when no cue of this module fires."""
    span = sentence.span
    cue = denial_cue(span, negated_move)
    if cue is None:
        if not forced:
            return None
        cue = span.root
    verb_cue = denial_verb(cue) is not None
    noun_cue = cue.pos_ == "NOUN" and cue.lemma_.lower() in words("denial_nouns")
    speaker = _speaker(cue)
    if verb_cue and denial_verb(cue) in words("accusing_verbs") and not _plays_down_a_report(cue):
        if speaker is None:
            return None  # "Russia is understating ..." in the article's own voice: no disputing party
        verb_cue = False  # read like a dispute phrase: the speaker's clause is the denial
    subject = _denier_subject(cue) if (verb_cue or noun_cue) else None
    if subject is None or (subject.lower_ in fields.PRONOUNS | {"what"} or subject.dep_ == "csubj"):
        subject = speaker or subject
    elif _negated_party(subject) and speaker is not None:
        subject = speaker  # "Belarus said that no Belarusian troops had crossed, rejecting ...": Belarus disputes
    if subject is not None and subject.lower_ in {"it", "they"} and subject.head.dep_ == "conj":
        named = _subject_of(subject.head.head)
        if named is not None and named.lower_ not in fields.PRONOUNS and named.pos_ in {"PROPN", "NOUN"}:
            subject = named  # "Pyongyang has not commented, but it has denied ...": the conjoined clause's subject
    person = _last_person(article, sentence) if subject is not None and subject.lower_ in {"he", "she"} else None
    if person is None and subject is not None and subject.lower_ in {"he", "she"} and _plural(previous_source):
        # '"No Kenyan soldier has crossed," he added' after 'Somali officials said ...': "he" is no group of
        # officials but the last person named, even in the paragraph before
        person = _last_person(article, sentence, across_paragraphs=True)
    if person:
        denier = person  # "Peskov was asked about the reports. 'They are lies,' he said."
    elif subject is not None and (subject.lower_ in fields.PRONOUNS or subject.lower_ == "what"):
        denier = previous_source
    elif subject is not None:
        denier = _denier_text(subject)
    else:
        denier = None
    if speaker is None and _issuer(article) and (denier is None or (subject is not None and subject.lower_ in {"we", "our"})):
        # "Statement by the Ministry of Defence": what the statement says in its own voice, its issuer says (not a
        # force named inside the disputed claim)
        denier = _issuer(article)
    if denier is None and not (verb_cue or noun_cue):
        found = fields.sources_in(span) or _later_quote_speaker(article, sentence)  # who the dispute is attributed to
        named = next((e.text for e in span.ents if e.label_ in {"ORG", "PERSON"}), None)
        if _quote_only(sentence.text) and previous_source:
            # '"Iran has not sent any military personnel to Russia or to Crimea."' after '"This is absolutely
            # false," spokesman Nasser Kanaani told reporters': the quote goes on; a name inside it is no speaker
            named = None
        denier = found[0] if found else named or previous_source
    if denier and denier.lower() in words("news_outlets") and speaker is not None and speaker != subject:
        denier = _denier_text(speaker)
    if not denier:
        denier = next((e.text for e in span.ents if e.label_ in {"ORG", "PERSON", "GPE", "NORP"}), None)
    if not denier:
        denier = previous_source or "unnamed official"
    if _DATELINE.match(denier):
        # "MOSCOW (Reuters) - Russia on Friday denied ...": the parser took the dateline for the subject
        dash = next((t for t in span if t.text in {"-", "\u2013", "\u2014"}), None)
        after = next((e for e in span.ents if dash is not None and e.start > dash.i
                      and e.label_ in {"GPE", "ORG", "NORP", "PERSON"}), None)
        denier = after.text if after is not None else denier

    charged = _charge_by_name(cue)
    if charged is not None:
        # "..., a charge Kigali denies, local officials said", with the name read into the noun: the name denies
        # the clause before the charge
        claim, name = charged
        denier = fields.span_text(name)
        tokens = _trim_edges([cue.doc[i] for i in range(claim[0].i, cue.i + 1)])
        what = f"that {_mid_sentence(claim)}"
    elif verb_cue or noun_cue:
        top = cue
        if verb_cue and _coordinated_with_saying(cue) is not None:
            top = _coordinated_with_saying(cue)
        elif verb_cue and not fields._subject(cue):
            while top.dep_ in {"conj", "xcomp"} and top.head != top and not fields._subject(top):
                top = top.head
            if top.dep_ == "advcl" and top.tag_ == "VBG" and top.i < top.head.i:
                top = top.head  # "Denying the reports, the ministry said ...": the whole sentence
            if top.dep_ == "acl" and top.head.dep_ == "dobj" and top.head.head.pos_ == "VERB":
                top = top.head.head  # "The military issued a statement denying the reports": the whole statement
        if noun_cue:
            holder = cue
            while holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.pos_ == "NOUN":
                holder = holder.head.head  # "months of denials by Ethiopia": the whole phrase
            tokens = _trim_edges([t for t in holder.subtree if t.dep_ != "relcl"])
            what = fields.span_text(tokens)
            if _issued(cue):
                tokens = _clause(cue.head, keep=cue)  # "The military issued a denial on Tuesday": the whole statement
        elif _which_denied(cue) is not None:
            claim = _which_denied(cue)
            tokens = _trim_edges([cue.doc[i] for i in range(claim[0].i, cue.right_edge.i + 1)])
            what = f"that {_mid_sentence(claim)}"
        elif _charge_on_a_clause(cue) is not None:
            # "Rwandan troops crossed into Congo, a charge that Kigali denies": the clause before the charge noun
            claim = _charge_on_a_clause(cue)
            tokens = _trim_edges([cue.doc[i] for i in range(claim[0].i, cue.right_edge.i + 1)])
            what = f"that {_mid_sentence(claim)}"
        else:
            tokens = _clause(top, keep=cue)
            if (cue.dep_ == "relcl" or cue.dep_ == "acl" and cue.tag_ != "VBG") and cue.head.lemma_.lower() in words(
                    "claim_nouns") and cue.head.pos_ == "NOUN":
                tokens = _trim_edges(list(cue.head.subtree))  # "a report that the army denies": the noun's phrase
            what = _what(cue, tokens)
            saying = _saying(cue) if is_fragment(what) else None
            if saying is not None:
                # "rejected the accusation, saying no armed group had crossed": the saying clause states what
                # is denied, so it joins the evidence and gives `what`
                reported = _trim_edges(_clause(_reported(saying)))
                if reported and tokens:
                    tokens = _trim_edges([cue.doc[i] for i in range(tokens[0].i, reported[-1].i + 1)]) or tokens
                if any(t.dep_ == "neg" or t.lower_ in {"no", "never", "none"} for t in reported):
                    # "saying no armed group had crossed" states the denied claim; "saying the troops were on
                    # exercise" is a counter-claim, so `what` stays the report (restated from the move it targets)
                    what = fields.span_text(reported)
                    what = what if what.lower().startswith("that ") else f"that {what}"
    elif cue.lower_ == "but":
        # the disputing clause conjoined by "but": "..., but this was a strategic retreat"
        conj = next((c for c in cue.head.children if c.dep_ == "conj" and c.i > cue.i), None)
        tokens = _trim_edges(sorted(conj.subtree, key=lambda t: t.i)) if conj is not None else []
        tokens = _trim_edges([t for t in tokens if not _after_quote_end(t, cue)])
        if conj is not None and conj.lemma_.lower() in words("attribution_verbs"):
            tokens = _clause(cue.head, keep=conj)  # "confirmed that ... but said it was routine": the whole admission
        what = _content_of(tokens) if tokens else fields.span_text(span)
        if what and not what.lower().startswith("that "):
            what = f"that {what}"
    else:
        tokens = _claim_clause(cue, span)
        what = _content_of(tokens)
        accused = cue.head.head if cue.dep_ == "pcomp" and cue.head.head.lemma_.lower() == "accuse" else None
        figure = next((c for c in cue.children if c.dep_ == "dobj"), None) if accused is not None else None
        if figure is not None:
            what = fields.span_text(list(figure.subtree))  # "accused Kyiv of inflating the figures": the figures
        judged = _judged_subject(cue)
        if judged is not None and judged.i in {t.i for t in tokens} and any(t.dep_ in {"acl", "relcl"} for t in judged.children):
            what = fields.span_text(_trim_edges(list(judged.subtree)))  # "Claims that troops had crossed were fake"
        target = next((g for c in cue.children if c.dep_ == "prep" and c.lower_ in {"on", "at"} for g in c.children
                       if g.dep_ == "pobj" and g.lemma_.lower() in _REPORTED), None) if cue.pos_ == "VERB" else None
        if target is not None:
            what = fields.span_text(list(target.subtree))  # "poured cold water on the reports": the reports
        if speaker is not None and what and not is_fragment(what) and not what.lower().startswith(("that ", "what ", "whether ", "how ")):
            what = f"that {what[:1].lower() + what[1:] if what.split()[0] in _COMMON_OPENERS else what}"
    what = _as_denied(_balanced(_LABEL.sub("", what)))
    if not what.strip():
        return None  # nothing left of a claim ("there were no reports of ..."): no dispute a reader can check
    clause = fields.span_text(tokens) if tokens else None
    short = tokens and (tokens[-1].idx + len(tokens[-1]) - tokens[0].idx) < _SHORTEST_SHARE * len(span.text)
    if not tokens or short or sum(not t.is_punct for t in tokens) < _SHORTEST_EVIDENCE:
        # '"Nonsense," said a Kremlin spokesman', "Despite Moscow's denials, ...": a word or two says nothing a
        # reader can check; the sentence says who disputes what
        tokens = list(span)
        while len(tokens) > 1 and tokens[-1].is_punct and not tokens[-1].is_quote:
            tokens.pop()  # the full stop; a closing quote stays with the one that opened it
    doc = tokens[-1].doc
    quotes = sum(t.text in {'"', "\u201c", "\u201d"} for t in tokens)
    if quotes % 2 and tokens[-1].i + 1 < len(doc) and doc[tokens[-1].i + 1].text in {'"', "\u201d"}:
        tokens = [*tokens, doc[tokens[-1].i + 1]]  # close the quote the clause opened
    start, end = offsets(sentence, tokens)
    strong = (verb_cue and cue.lemma_.lower() in _FLAT_DENIALS) or negated_move or forced or noun_cue
    # the clause a reader gets, put in only after linking (which compares the words as written)
    reader = _with_the_denier(what, cue, subject, sentence) if verb_cue and not charged else None
    reader = _asserted(reader or what)
    return Item("denial", start, end, sentence, {
        "denier": denier,
        "what": what,
        "targets": [],
        "evidence": article.text[start:end],
    }, strong=bool(strong), referred=noun_cue and not _states_content(cue) and not _issued(cue), clause=clause,
        not_a_move=verb_cue and _denies_a_deed(cue), reader_what=(what, reader) if reader and reader != what else None)


# "that Kordova has not deployed any soldiers": the denier's own words, negated; the claim denied is the clause
# without the negation of its first verb ("that Kordova has deployed any soldiers", as "no troops" reads "any
# troops"). Only after a be/have auxiliary near the start, where dropping "not" leaves the verb as it was ("did not
# send" would need "sent"); not "not yet", "not only" (the claim would change, not be restated).
_NEGATED_CLAUSE = re.compile(
    r"^(that (?:[\w'’-]+ ){1,8}?)(has|have|had|is|are|was|were)(?: not|n't|n’t)(?! (?:yet|only|just|even|all|"
    r"every|always)\b)"
    # ("that the reports are not true": a verdict on the claim, which stays as said)
    r"(?! (?:true|correct|accurate|the case|based|founded|real|genuine|so)\b)"
    # ("that it was not aware of any troops": a lack of knowledge, not a negated claim)
    r"(?! (?:aware|able|sure|certain|in a position|informed|known)\b)(?= \w)", re.I)


def _asserted(what: str) -> str:
    """The clause the denial denies when `what` carries the denier's negation (see `_NEGATED_CLAUSE`)."""
    match = _NEGATED_CLAUSE.match(what)
    # the negation of the first verb only: not one after another verb or clause ("that the relocation was a
    # scheduled rotation and was not directed against anyone" asserts the first and denies the second)
    if match is None or any(w.lower() in {"not", "no", "never", "who", "which", "that", "and", "but", "or", "has", "have",
                                          "had", "is", "are", "was", "were"} for w in match.group(1).split()[1:]):
        return what
    asserted = f"{match.group(1)}{match.group(2)}{what[match.end():]}"
    return what if is_fragment(asserted) else asserted


# "denied sending troops": a gerund whose subject is the denier; "having"/"being" read as the verb itself
_GERUND = re.compile(r"^(?!(?:that|whether|what|how|nothing|something|anything|everything|morning|evening)\b)"
                     r"([a-z]+ing)\b(.*)$")
_PRONOUN_SUBJECT = re.compile(r"^that (it|its|they|their)\b(?=\s)", re.I)


def _with_the_denier(what: str, cue: Token, subject: Token | None, sentence: Sentence) -> str | None:
    """`what` as a clause an analyst reads alone, when the denier is the subject of the denial verb: "denied sending
    troops to Mirna" -> "that Kordova was sending troops to Mirna" (a gerund has no subject of its own; "was" as the
    accusation rule reads "accused X of arming"), "Kordova denied that it was fielding troops" -> "that Kordova was
    fielding troops". Only a named party the sentence names alone before the pronoun stands for it ("rejected
    Valdoria's claims that it had sent": either side could be "it"); a person ("he") or an official is left as
    written. None when nothing changes."""
    if subject is None or subject.lower_ in fields.PRONOUNS or fields._subject(cue) != subject:
        return None
    plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    phrase = _trim_edges(list(fields.phrase(subject)))
    if not phrase or any(t.ent_type_ in {"DATE", "TIME"} for t in phrase):
        return None
    named = _mid_sentence(phrase)
    gerund = _GERUND.match(what)
    if gerund and any(t.text == gerund.group(1) and t.tag_ == "VBG" and t.head == cue for t in cue.children):
        verb, rest = gerund.groups()
        if verb in {"having", "being"}:  # "denied having any troops in Ostrel": that Kordova had any troops there
            verb = {"having": "had", "being": "were" if plural else "was"}[verb]
            return f"that {named} {verb}{rest}"
        return f"that {named} {'were' if plural else 'was'} {verb}{rest}"
    pronoun = _PRONOUN_SUBJECT.match(what)
    if pronoun is None or subject.ent_type_ == "PERSON" or subject.ent_type_ not in {"GPE", "ORG", "NORP"} and (
            subject.pos_ != "PROPN" and not plural):
        return None
    word = pronoun.group(1).lower()
    if (word in {"they", "their"}) != plural:
        return None
    # the pronoun stands for the denier only when no other party is named between them
    at = next((t for t in cue.doc[cue.i:sentence.span.end] if t.lower_ == word), None)
    if at is None or any(e.label_ in {"GPE", "ORG", "NORP", "PERSON"} and phrase[-1].i < e.start < at.i
                         for e in cue.doc.ents):
        return None
    own = f"{named}'" if named.endswith("s") and word == "their" else f"{named}'s"
    return f"that {own if word in {'its', 'their'} else named}{what[pronoun.end():]}"


# A headline naming who issued the text: "Statement by the Ministry of Defence of ...", "Press release of the ..."
_ISSUED_BY = re.compile(r"^(?:(?:official |joint |press )?statements?|press releases?|communiqu[eé]s?|information)"
                        r"\s+(?:by|of|from|issued by)\s+(?:the\s+)?(?P<issuer>[A-Z].{2,120}?)[.:]?$", re.I)


def _issuer(article: ParsedArticle) -> str | None:
    """Who issued an article that is a statement ("the Ministry of Defence of the Republic of Azerbaijan"), or None."""
    match = _ISSUED_BY.match((article.headline or "").strip())
    return match.group("issuer") if match else None


# Deeds a party denies that are not moves: an attack, arms or backing for another side ("denied shelling the
# villages", "denies backing the rebels", "denied supplying drones"). A denied purpose ("denied they were preparing
# a blockade") is not among them: it disputes the move it is the purpose of.
_DEEDS = frozenset({"shell", "attack", "bomb", "strike", "supply", "back", "arm", "fund", "finance", "support", "kill",
                    "target", "fire", "shoot", "launch", "sell", "provide", "sponsor", "harbour", "harbor", "help",
                    "aid", "assist", "abduct", "kidnap", "loot", "burn", "execute", "torture", "massacre", "use",
                    "plan", "intend", "ship", "deliver", "hack", "bombard", "recruit"})


def _denies_a_deed(verb: Token) -> bool:
    """Is the claim a denial verb disputes a deed or a plan rather than a move ("denied shelling Armenian
    villages", "denied it had any plans to send troops")?"""
    denied = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp", "dobj"} and c.pos_ == "VERB"
                   and c.i > verb.i), None)
    if denied is None:
        return _denies_a_deed_noun(verb)
    lemma = denied.lemma_.lower()
    if lemma == "have":  # "denied it had any plans to send troops"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in {"plan", "intention"} for c in denied.children)
    return lemma in _DEEDS



# Deeds named by a noun: "denied reports of clashes with Beninese forces", "rejected allegations of looting"
_DEED_NOUNS = frozenset({"clash", "attack", "looting", "shelling", "bombing", "bombardment", "airstrike", "strike",
                         "killing", "abuse", "atrocity", "massacre", "torture", "rape", "execution", "kidnapping",
                         "abduction", "ambush", "raid", "violation", "crime", "shooting", "assault"})


def _denies_a_deed_noun(verb: Token) -> bool:
    """Is the denied object a deed named by a noun, itself or as what the reports tell ("denied reports of clashes",
    "rejected accusations of abuses by its troops")? Not "reports of troops crossing": that is a move."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return False
    if obj.lemma_.lower() in _REPORTED | {"charge"} | words("claim_nouns"):
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is None:
            return False
    if obj.lemma_.lower() in _SHARE_IN:  # "denied any role in the bombing": a part in a deed
        into = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"in", "for"}), None)
        obj = next((g for g in into.children if g.dep_ == "pobj"), None) if into is not None else None
        if obj is None:
            return False
    return obj.lemma_.lower() in _DEED_NOUNS and not any(c.dep_ in {"acl", "relcl"} for c in obj.children)


# A party's share in a deed: "denied any role in the bombing", "rejected responsibility for the attack"
_SHARE_IN = frozenset({"role", "involvement", "part", "hand", "responsibility", "complicity"})


# What a party plays down that is someone else's word, not its own figure: "played down the reports".
_REPORTED = frozenset({"report", "reports", "reporting", "claim", "allegation", "accusation", "story", "rumor", "rumour",
                       "speculation", "talk", "suggestion", "account", "fear", "concern", "threat", "significance",
                       "importance", "risk"})


# What a judgement ("was staged", "were fake", "a provocation") can be said of: a report, a figure, an image.
_JUDGED_NOUNS = _REPORTED | {"figure", "number", "estimate", "charge", "video", "footage", "image", "photo", "picture",
                             "information", "finding",
                             # what else carries a claim a party can call false ("the narrative is false")
                             "narrative", "article", "coverage", "data", "map", "tally", "count", "intelligence",
                             "statement", "assertion", "assessment", "version", "photograph", "clip", "post", "tweet",
                             "message", "headline", "picture", "satellite"}
_IMAGES = frozenset({"video", "footage", "image", "photo", "picture", "photograph", "clip"})


def _judged_subject(cue: Token) -> Token | None:
    """"Claims that troops had crossed were fake": the claim a judgement is passed on (its copula's subject)."""
    copula = cue.head if cue.dep_ in {"acomp", "attr", "oprd"} else cue
    subject = next((c for c in copula.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject if subject is not None and subject.lemma_.lower() in _JUDGED_NOUNS else None


def _plays_down_a_report(verb: Token) -> bool:
    """"The Kremlin played down the reports", "played down the build-up as routine": the subject disputes;
    "Russia is downplaying the size": accused."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _REPORTED for c in verb.children):
        return True
    if denial_verb(verb) not in {"play down", "downplay", "minimize", "minimise"}:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    named = obj.doc[obj.left_edge.i : obj.i + 1].text.lower()
    moves = words("move_nouns") | words("move_event_nouns")
    return obj.lemma_.lower() in moves or any(re.search(rf"\b{re.escape(n)}s?$", named) for n in moves)


def _judged_as(verb: Token) -> Token | None:
    """The "as" of "dismissed the reports as fake"; also when the parser hangs it on the judgement ("played down
    the build-up as routine": "as" under "routine")."""
    for child in verb.children:
        if child.lower_ == "as":
            return child
        if child.dep_ in {"advcl", "acomp", "oprd", "xcomp"} and child.i > verb.i:
            found = next((g for g in child.children if g.lower_ == "as" and g.i < child.i), None)
            if found is not None:
                return found
    return None


# Words capitalised only because they open a quote or sentence: "that our forces are not in Syria"
_COMMON_OPENERS = frozenset({"The", "A", "An", "Our", "We", "Its", "Their", "They", "It", "This", "These", "Those", "All"})


_SHORTEST_EVIDENCE = 4  # words
_SHORTEST_SHARE = 0.3  # of the sentence: '"This is false," a spokesperson ... told Reuters on Tuesday evening in a statement'


def _plural(source: str | None) -> bool:
    """Is a source a group ("Somali officials", "rebels"), which "he" cannot stand for?"""
    last = source.split()[-1] if source and source.split() else ""
    return last.islower() and last.endswith("s") and not last.endswith("ss")


def _last_person(article: ParsedArticle, sentence: Sentence, *, across_paragraphs: bool = False) -> str | None:
    """The person "he" or "she" stands for: the last one named in this or the two sentences before (same paragraph,
    unless `across_paragraphs`)."""
    for earlier in reversed(article.sentences[max(0, sentence.index - 2) : sentence.index + 1]):
        if earlier.paragraph != sentence.paragraph and earlier.index != sentence.index and not across_paragraphs:
            continue
        people = [e for e in earlier.span.ents if e.label_ == "PERSON" and not _named_as_place(e.root)
                  and e.text not in fields.demonyms()[1]]  # "Nigerien soldiers", the demonym tagged a person
        if people:
            return people[-1].text
        if earlier.index != sentence.index:
            # "A Venezuelan army spokesman was asked about the reports. 'That is false,' he said.": the official
            # the sentence before is about
            subject = fields._subject(earlier.span.root)
            if subject is not None and subject.lemma_.lower() in _OFFICIALS and subject.tag_ != "NNS":  # not "officials"
                return _denier_text(subject)
    return None


# Prepositions that put a name where a force goes or is ("into Kaiga Kindjiria", "to Bulo Hawo")
_PLACE_PREPS = frozenset({"in", "into", "at", "near", "to", "toward", "towards", "inside", "outside", "around", "across",
                          "from", "through", "via", "outside"})


def _named_as_place(name: Token) -> bool:
    """Does the sentence use a name the tagger took for a person as a place: where a force goes or is ("had entered
    Kaiga Kindjiria", "crossed to Bulo Hawo", "withdrew from Wanzerbe")? Not who a thing is said to or by
    ("according to Ali Yusuf", "told to Reuters", "a statement from Ali Yusuf")."""
    while name.dep_ == "conj" and name.head != name:
        name = name.head  # "Ayorou and Wanzerbe"
    if name.dep_ == "dobj":
        return name.head.lemma_.lower() in _move_verbs()
    if name.dep_ != "pobj" or name.head.lower_ not in _PLACE_PREPS:
        return False
    governor = name.head.head
    return governor.pos_ in {"VERB", "AUX"} and governor.lemma_.lower() not in _says() | {"accord"} | words(
        "attribution_verbs")


# People who speak for a side: "he" in the next sentence is one of them
_OFFICIALS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "minister", "adviser", "advisor",
                        "commander", "general", "ambassador", "envoy", "diplomat", "president", "source", "officer"})


def _common_first(token: Token) -> bool:
    """A clause's first word that is capitalised only because it starts the sentence ("About", "The")."""
    return token.pos_ != "PROPN" and token.ent_type_ in {"", "CARDINAL", "QUANTITY", "DATE", "TIME"} and not token.is_upper


def _mid_sentence(tokens: list[Token]) -> str:
    """The tokens' text as it reads inside a sentence: a first word capitalised only for opening one is lowered."""
    text = fields.span_text(tokens)
    return text[:1].lower() + text[1:] if _common_first(tokens[0]) else text


# ", a claim Bujumbura dismissed", "- a charge Kigali denies": the marks before a claim noun appended to the clause it
# names (_charge_on_a_clause, _charge_by_name)
_APPENDED_BY = frozenset({",", "\u2014", "-", "\u2013"})


def _charge_on_a_clause(verb: Token) -> list[Token] | None:
    """", a charge (that) Kigali denies" / ", allegations that their leaders deny": a denial verb on a claim noun that
    stands after the clause it names. The tokens of that clause (the sentence up to the noun's comma), or None."""
    noun = verb.head
    appended = noun.dep_ == "dobj" and noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
    if verb.dep_ not in {"relcl", "acl"} or noun.pos_ != "NOUN" or (
            noun.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and not appended):
        return None  # (", a claim Bujumbura dismissed" may be parsed as the object of the verb before the comma)
    if noun.lemma_.lower() not in words("claim_nouns"):
        return None
    start = noun.left_edge.i
    if start == noun.sent.start or noun.doc[start - 1].text not in _APPENDED_BY:
        return None
    claim = _without_attribution(_trim_edges(list(noun.doc[noun.sent.start : start - 1])))
    return claim if any(t.pos_ in {"VERB", "AUX"} for t in claim) else None


def _without_attribution(claim: list[Token]) -> list[Token]:
    """"Troops crossed on Monday, the rebels said": the claim without the trailing ", X said" that attributes it."""
    commas = [k for k, t in enumerate(claim) if t.text == ","]
    if commas:
        tail = claim[commas[-1] + 1 :]
        if 0 < len(tail) <= 7 and any(t.lemma_.lower() in _says() and t.pos_ in {"VERB", "AUX"} for t in tail) and \
                any(t.pos_ in {"VERB", "AUX"} for t in claim[: commas[-1]]):
            return _trim_edges(claim[: commas[-1]])
    return claim


def _charge_by_name(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """", a charge Kigali denies" when the parser reads the denier's name into the claim noun (no subject on the
    verb): the clause before the comma and the name between the noun and the verb, or None."""
    if fields._subject(verb) or verb.i == verb.sent.start or verb.lemma_.lower() not in words("denial_verbs"):
        return None  # (any tag: the parser may take "rejects" after a name for a noun)
    i = verb.i - 1
    while i > verb.sent.start and verb.doc[i].pos_ == "PROPN":
        i -= 1
    name = list(verb.doc[i + 1 : verb.i])
    noun = verb.doc[i]
    if not name or noun.lemma_.lower() not in words("claim_nouns"):
        return None
    first = noun.i - 1 if noun.i - 1 >= verb.sent.start and verb.doc[noun.i - 1].pos_ == "DET" else noun.i
    if first <= verb.sent.start or verb.doc[first - 1].text not in _APPENDED_BY:
        return None
    claim = _without_attribution(_trim_edges(list(verb.doc[verb.sent.start : first - 1])))
    if any(t.lower_ in {"although", "though", "while", "whereas", "but"} for t in claim):
        return None  # "X says ..., although experts reported ..., an allegation Y rejects": which clause is charged?
    return (claim, name) if any(t.pos_ in {"VERB", "AUX"} for t in claim) else None


def _which_denied(verb: Token) -> list[Token] | None:
    """"Congo said Rwanda had sent troops across the border, which Rwanda denied": a ", which" relative clause
    whose pronoun is the denied object stands for the clause before the comma (the reported clause when a
    verb of saying leads it). The tokens of that clause, or None."""
    if verb.dep_ != "relcl" or not any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ == "which" for c in verb.children):
        return None
    start = verb.left_edge.i
    if start == verb.sent.start or verb.doc[start - 1].text != ",":
        return None
    clause = verb.head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head != clause:
        clause = clause.head
    if clause.pos_ not in {"VERB", "AUX"}:
        return None
    content = next((c for c in clause.children if c.dep_ == "ccomp" and c.i < start), None)
    if clause.lemma_.lower() in _says() and content is not None:
        clause = content
    claim = _trim_edges([t for t in clause.subtree if t.i < start - 1 and t.dep_ != "mark"])
    return claim if claim and any(t.pos_ in {"VERB", "AUX"} for t in claim) else None


def _reported(saying: Token) -> Token | None:
    """The clause a verb of saying reports: its complement, or a that-clause on its noun ("in a statement that ...")."""
    content = next((c for c in saying.children if c.dep_ == "ccomp"), None)
    if content is None:
        content = next((t for t in saying.subtree if t.dep_ in {"acl", "ccomp"} and t.pos_ in {"VERB", "AUX"}
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children)), None)
    return content


def _issued(noun: Token) -> bool:
    """"The military issued a denial", "made a categorical denial": a denial made now, of what was just told, not
    one only referred to ("despite Moscow's denials")."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"issue", "make", "release", "publish", "put", "give"}


def _states_content(noun: Token) -> bool:
    """"denials that its troops crossed", "his denial of the incursion": the noun says what is denied."""
    return any(c.dep_ in {"acl", "ccomp"} or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)


def _saying(verb: Token) -> Token | None:
    """", saying no troops had crossed": a participle of saying, after the denial verb, with a reported clause."""
    says = words("attribution_verbs") | {"insist", "maintain", "argue"}
    return next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i
                 and c.lemma_.lower() in says and _reported(c) is not None), None)


_NO_SUBJECT = re.compile(r"^(that (?:there (?:is|are|was|were|has been|have been|had been) )?)(?:no|not a single|not one)\b", re.I)


# "there was no evidence that the troops had left": the claim is the that-clause
_NO_EVIDENCE = re.compile(
    r"^that (?:there (?:is|are|was|were|has been|have been|had been) )?(?:no|any) (?:evidence|sign|indication|proof)s? (that .+)$",
    re.I,
)


# "claims that the group was preparing an offensive": the claim is the that-clause
_CLAIM_THAT = re.compile(
    r"^(?:[\w'\u2019-]+\s+){0,3}?(?:claims?|reports?|allegations?|accusations?|suggestions?|assertions?|idea|notion|"
    r"rumou?rs?|charges?|statements?|announcements?|findings?|conclusions?)\s+(that\s+.+)$",
    re.I,
)


def _as_denied(what: str) -> str:
    """`what` names the claim that is denied: "no troops have crossed" is the denial of "that any troops have crossed",
    "there is no evidence that they left" of "that they left"."""
    if what[:10].lower() == "that there":
        what = "that there" + what[10:]
    evidence = _NO_EVIDENCE.match(what) or _CLAIM_THAT.match(what)
    if evidence:
        # "a UN report that said Rwandan troops had crossed", read from the relative clause: the claim is what it said
        return _REPORT_SAID.sub("that ", evidence.group(1))
    what = _NOBODY.sub(lambda m: f"{m.group(1)}anyone", what)  # "nobody has crossed" -> "that anyone has crossed"
    what = _NO_SUBJECT.sub(lambda m: f"{m.group(1)}any", what)
    # a quoted sentence turned into a clause: "that The boats at ... are fishing vessels" -> "that the boats"
    return _CAPITAL_AFTER_THAT.sub(lambda m: f"{m.group(1)}{m.group(2).lower()}", what)


_CAPITAL_AFTER_THAT = re.compile(r"^((?:that|whether) )(The|A|An|This|These|Those|There|It|Its|They|Their|We|Our|He|She|"
                                 r"His|Her|Any|Some|All|Only)\b")


_NOBODY = re.compile(r"^(that )(?:nobody|no one|no-one)\b", re.I)
_REPORT_SAID = re.compile(r"^that (?:said|says|claimed|claims|alleged|alleges|stated|states|asserted|asserts)"
                          r"(?: that)? (?=\S)", re.I)


# "Quote from Belaruski Hajun: ...", "Statement by the ministry: ...": a layout label before the words, not a claim
_LABEL = re.compile(r"^(?:quotes?|statements?|comments?|excerpts?|remarks?|text)\s+(?:from|by|of)\s+[^:]{1,80}:\s*", re.I)


def _balanced(text: str) -> str:
    """`what` is free text: drop quote marks left unpaired by the clause cut."""
    if text.count('"') % 2 or text.count("\u201c") != text.count("\u201d"):
        text = "".join(ch for ch in text if ch not in "\"\u201c\u201d")
    return text.strip()


def _content_of(tokens: list[Token]) -> str:
    """The disputed content of a speaker's clause: "X insist that Y" -> "that Y"; otherwise the clause."""
    says = _says()
    for token in tokens:
        if token.lemma_.lower() in says and token.pos_ in {"VERB", "AUX"}:
            content = next((c for c in token.children if c.dep_ == "ccomp"), None)
            if content is not None:
                text = fields.span_text([t for t in _denying_statement(content) if t in tokens
                                         and t.lower_ not in {"which", "who"}])
                relative = fields._subject(content)
                if relative is not None and relative.lower_ in {"which", "who", "that"} and token.dep_ == "relcl":
                    # "the drills, which Moscow says are purely defensive": the drills are what is said so
                    named = fields.span_text(fields.phrase(token.head))
                    text = f"{named[:1].lower() + named[1:] if _common_first(token.head.doc[token.head.left_edge.i]) else named} {text}"
                return text if text.lower().startswith("that ") else f"that {text}"
            named = next((c for c in token.children if c.dep_ == "dobj"), None)
            if named is not None and token.lemma_.lower() in {"call", "describe", "brand", "label"}:
                claim = next((c for c in named.children if c.dep_ == "compound" and c.lemma_.lower() in words("claim_nouns")), None)
                if claim is not None:  # "called the report disinformation", parsed as one noun phrase
                    return fields.span_text([t for t in named.subtree if t.i <= claim.i])
                # "called the reports fake" / "called the reports 'misleading' and 'a smear'": the reports
                judged = {t.i for c in named.children if c.dep_ in {"acl", "amod", "conj", "cc", "punct"} and c.i > named.i
                          for t in c.subtree}
                return fields.span_text(_trim_edges([t for t in named.subtree if t.i not in judged]))
    return fields.span_text(tokens)


def _denying_statement(clause: Token) -> list[Token]:
    """Of a reported clause with a second statement conjoined by "and that", the one in the denier's own negation:
    "said no group had entered Syria, and that it does not operate outside Iraq" denies the first (the second is
    how the denier puts it, and read as part of the claim it would say the opposite of what was said); "said the
    troops were on exercise, and that they had not crossed" denies the second (the first is a counter-claim)."""
    def negated(tokens: Any) -> bool:
        return any(t.dep_ == "neg" or t.lower_ in {"no", "never"} for t in tokens)

    whole = list(clause.subtree)
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i or not any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children):
            continue
        if not negated(conj.subtree):
            continue
        first = [t for t in whole if t.i < conj.left_edge.i]
        while first and (first[-1].is_punct or first[-1].dep_ == "cc"):
            first.pop()
        return first if negated(first) else [t for t in conj.subtree]
    return whole


def _after_quote_end(token: Token, start: Token) -> bool:
    """Tokens after the quote that closes one opened before `start` belong to the attribution."""
    before = start.doc[start.sent.start : start.i]
    opened = sum(t.text == "\u201c" for t in before) - sum(t.text == "\u201d" for t in before)
    opened += sum(t.text == '"' for t in before) % 2
    if opened <= 0:
        return False
    return any(t.text in {"\u201d", '"'} for t in start.doc[start.i + 1 : token.i])


def _trim_edges(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_quote):
        tokens = tokens[:-1]
    return tokens


def _claim_clause(cue: Token, span: Any) -> list[Token]:
    """The clause holding a dispute phrase: inside a quote, the quoted words; else the cue's clause
    without a trailing attribution (", a spokesperson told Newsweek")."""
    head = cue
    while (head.pos_ not in {"VERB", "AUX"} or head.dep_ in {"aux", "auxpass", "amod", "compound"}) and head.head != head:
        head = head.head  # "Kyiv was lying": the clause of "lying", not the auxiliary alone; "planned drills": of "was"
    says = _says()
    if head.lemma_.lower() in says and head.i < cue.i:
        content = next((c for c in head.children if c.dep_ in {"ccomp", "xcomp"} and c.i <= cue.i <= c.right_edge.i), None)
        head = content or head
    top = head
    while top.dep_ in {"conj", "ccomp", "xcomp", "acomp", "advcl"} and top.head != top and top.head.lemma_.lower() not in says:
        top = top.head
    if top.dep_ == "ccomp" and top.head.lemma_.lower() in says and top.head.i < top.i:
        top = top.head  # "Some in Tigray insist that ...": the speaker's whole clause
    if top.dep_ == "pcomp" and top.head.dep_ == "prep" and top.head.head.lemma_.lower() in says:
        top = top.head.head  # "Moscow accused Kyiv of inflating the figures": the accuser's whole clause
    if top.dep_ == "acl" and top.head.dep_ == "ROOT":
        top = top.head  # "A force massed at the border ... is no threat": parsed as a noun phrase, keep its noun
    tokens = _clause(top, keep=cue)
    if top.lemma_.lower() in says and top.i > cue.i:
        # '"Nonsense," said a Kremlin spokesman' / '"Nonsense," the spokesman said': the quote before the attribution
        subject = fields._subject(top)
        stop = min(top.i, subject.left_edge.i) if subject is not None else top.i
        tokens = [t for t in tokens if t.i < stop]
    according = [t for t in tokens if t.lower_ == "according" and t.i < cue.i]
    if according:
        drop = {t.i for t in according[0].subtree}
        tokens = [t for t in tokens if t.i not in drop]
    # ", a spokesperson told Newsweek": cut at the attribution verb's own subject phrase
    cut = [t for t in tokens if t.lemma_.lower() in says and t.pos_ == "VERB" and t.i > cue.i and t != top
           and t.dep_ not in {"amod", "compound"}  # not the "called" of "so-called"
           and not any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)]  # nor "(not 3,000) as reported"
    if cut:
        subject = fields._subject(cut[0])  # '"Nonsense," said a Kremlin spokesman': the subject may follow
        stop = min(subject.left_edge.i, cut[0].i) if subject is not None else cut[0].i
        tokens = [t for t in tokens if t.i < stop]
    return _trim_edges(tokens)


def denial_item(article: ParsedArticle, sentence: Sentence, negated_move: bool, previous_source: str | None,
                judged: bool = False) -> Item | None:
    """The cue-based detector: a denial when this sentence carries a cue (see `denial_fields`). `judged`: a
    sentence model says the sentence is a denial, which lets weaker cues count and makes the denial strong;
    `Item.judged_only` then says the rules alone would not call it strong."""
    item = denial_fields(article, sentence, previous_source, negated_move=negated_move or judged)
    if item is not None and judged and not negated_move:
        plain = denial_fields(article, sentence, previous_source, negated_move=False)
        item.judged_only = not (plain is not None and plain.strong)
    if item is not None and _TOLL_WORDS.search(item.data["what"]):
        item.toll_claim = _toll_told_before(article, sentence, item.start)
    if item is not None and (item.referred or is_fragment(item.data["what"])):
        item.claim_before, item.claim_before_sentence = _claim_told_before(article, sentence, item.start) or (None, None)
    return item


# Verbs that put a charge on record, so that a later "the accusations", "this" or "months of denials" can stand for
# it: "Sudan accused the UAE of arming the RSF. The UAE denies the accusations." Not "say" or "report": a dispute
# of what was merely said is of the move said, which linking restates from the move itself.
_PUTTING_ON_RECORD = frozenset({"accuse", "allege", "charge", "claim", "admit", "acknowledge", "concede"})


def _claim_told_before(article: ParsedArticle, sentence: Sentence, before: int) -> tuple[str, int] | None:
    """The claim a dispute names only by a noun or a pronoun, as a clause, and the index of the sentence that
    told it: the nearest one put on record before the dispute, in its own sentence or the one before ("that the
    United Arab Emirates was arming the RSF"); None when neither tells one. The dispute's own saying verb ("said
    the reports were false") is not a claim."""
    for earlier in reversed(article.sentences[max(0, sentence.index - 1) : sentence.index + 1]):
        for verb in reversed([t for t in earlier.span if t.lemma_.lower() in _PUTTING_ON_RECORD and t.pos_ == "VERB"]):
            if verb.idx >= before or any(t.dep_ == "neg" for t in verb.children):
                continue
            content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            if content is not None:
                tokens = _trim_edges([t for t in content.subtree if t.dep_ != "mark" or t.head != content])
                if not tokens or tokens[-1].idx + len(tokens[-1]) > before:
                    continue  # the clause runs into the dispute itself
                return f"that {_mid_sentence(tokens)}", earlier.index
            accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
            # the parser hangs "of arming ..." on the verb or on the accused ("the generals of arming")
            holders = [verb] + ([accused] if accused is not None else [])
            deed = next((g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if verb.lemma_.lower() == "accuse" and accused is not None and deed is not None:
                # "accused the UAE of arming the RSF": that the UAE was arming the RSF
                deed_tokens = _trim_edges(list(deed.subtree))
                if deed_tokens[-1].idx + len(deed_tokens[-1]) > before:
                    continue
                # "the rebels" were, "the United Arab Emirates" (a plural-looking name) was
                plural = accused.tag_ == "NNS" or any(c.dep_ == "conj" for c in accused.children)
                who = _trim_edges([t for t in accused.subtree if t.i < deed.head.i])
                return f"that {_mid_sentence(who)} {'were' if plural else 'was'} {fields.span_text(deed_tokens)}", earlier.index
    return None


# "the figure was exaggerated", "called the toll inflated": a dispute that names a toll only by its noun
_TOLL_WORDS = re.compile(r"\b(?:figures?|numbers?|tolls?|tall(?:y|ies)|estimates?|counts?)\b", re.I)


def _toll_told_before(article: ParsedArticle, sentence: Sentence, before: int) -> str | None:
    """The toll a dispute's "the figure" stands for, as a clause ("that 40 civilians were killed in the fighting"):
    the last one told in this sentence (before the dispute) or the two before it; None when none was."""
    from summarizer.strategies.staged.casualties import casualty_items

    for earlier in reversed(article.sentences[max(0, sentence.index - 2) : sentence.index + 1]):
        told = [c for c in casualty_items(article, earlier) if c.start < before]
        if told:
            claim = told[-1].data["evidence"].rstrip(" .,;")
            first = told[-1].sentence.span.doc.char_span(told[-1].start, told[-1].end, alignment_mode="expand")
            common = first is not None and len(first) and _common_first(first[0])
            return f"that {claim[:1].lower() + claim[1:] if common else claim}"
    return None


def related(denial: Item, movements: list[Item]) -> bool:
    """A weak cue ("false", "dismissed ... as") counts only when the sentence is about the forces or moves."""
    if denial.strong:
        return True
    from summarizer.strategies.staged.linking import _names, within_reach

    sentence = denial.sentence.span
    if is_fragment(denial.data["what"]) and any(within_reach(m, denial) for m in movements):
        return True  # "The ministry dismissed the reports as fake news" just after the move it disputes
    if any(t.lemma_.lower() in words("move_nouns") and t.pos_ == "NOUN" for t in sentence):
        return True
    lemmas = {t.lemma_.lower() for t in sentence if t.pos_ == "NOUN"}
    if movements and lemmas & words("armed_forces"):
        return True  # "The army dismissed the reports as false": a dispute about armed forces in a story of moves
    named = _names(sentence.text)
    for move in movements:
        actor_nouns = {w.lower().rstrip("s") for w in move.data["actor"].split()}
        if named & _names(" ".join(filter(None, [move.data["actor"], move.data.get("destination")]))):
            return True
        if {lemma.rstrip("s") for lemma in lemmas} & actor_nouns & words("armed_forces"):
            return True
    return False
