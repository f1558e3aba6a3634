"""The headline summary and the other key events, written from the brief's items.

The headline is composed from items, never from raw text: the first movement
makes the first sentence ("About 300 fighters moved from Albu Kamal into Syria
late on Sunday, according to two Iraqi security sources."), and a second
sentence adds what else an analyst acts on (another move, the first denial,
the first toll). `compose_headline` works on the grounded brief, so the
pipeline calls it AFTER grounding (`Staged.headline_from_brief`): an item that
grounding drops (evidence not in the article, or in a line that addresses the
model) can never reach the headline. `headline_summary` is the same composer
over the strategy's draft items, for the draft that grounding receives.
"""

from __future__ import annotations

import re
from typing import Any

from summarizer.numbers import SMALL_NUMBERS, TENS, WEEKDAYS
from summarizer.sentence_split import SENTENCE_END
from summarizer.strategies.staged.lexicons import words

_MAX_EVENTS = 6
_MAX_EVENT_CHARS = 220
_MAX_LEAD_CHARS = 240

_QUALIFIER_WORDS = {"at_least": "at least", "about": "about", "at_most": "up to", "exactly": ""}
# The number words the count reader knows (summarizer.numbers), read the other way: 1 -> "one", 20 -> "twenty"
_WORD_OF = {n: w for w, n in SMALL_NUMBERS.items() if n}
_TENS_WORD_OF = {n: w for w, n in TENS.items()}
_SMALL_NUMBERS = {n: _WORD_OF[n] for n in range(1, 10)}
_NUMBER_WORDS = {n: _WORD_OF[n].capitalize() for n in range(2, 10)}
# Words that start a phrase but are not names: lower-cased inside a sentence ("according to the ministry").
_COMMON_LEADS = {"the", "a", "an", "two", "three", "four", "several", "some", "local", "military", "security",
                 "government", "officials", "sources", "residents", "witnesses", "eyewitnesses", "reports",
                 "freshly", "satellite", "state", "this", "that", "these", "those", "its", "their", "his", "her"}  # fmt: skip
_TIME_LEADS = {"on", "in", "at", "over", "late", "early", "during", "since", "by", "this", "last", "overnight",
               "earlier", "yesterday", "today", "tonight"}  # fmt: skip
_QUOTES = "\"\u201c\u201d\u201e\u00ab\u00bb"
_PLACE_PREPS = {"near", "around", "within", "inside", "towards", "toward", "along", "across", "outside", "off"}
# Verbs and nouns of denying as such. Not the `denial_verbs` lexicon: it also lists what a party accuses the other
# of ("understating the size", "inflated the figures"), which in evidence says nothing about who denies.
_DENYING = re.compile(r"\b(?:den(?:y|ies|ied|ying|ials?)|dismiss\w*|reject\w*|refut\w*|rebut\w*|repudiat\w*|"
                      r"disavow\w*|debunk\w*|disput(?:e|es|ed|ing))\b", re.I)
_NEGATING = re.compile(r"\b(?:no|not|never|none|nobody|nothing)\b|n't\b", re.I)
_QUANTITY_WORDS = {"few", "hundreds", "dozens", "several", "thousands", "some", "many", "tens", "scores"}
_WITHDRAWAL = re.compile(r"\b(?:withdr[ae]w\w*|pull(?:ed|ing|s)? (?:out|back)|pull-?back|retreat\w*|evacuat\w*)\b", re.I)


def _get(item: Any, key: str) -> Any:
    """A field of a draft item (dict, `Item` with `.data`, or a pydantic model)."""
    if isinstance(item, dict):
        return item.get(key)
    data = getattr(item, "data", None)
    if isinstance(data, dict):
        return data.get(key)
    return getattr(item, key, None)


def _count_attr(count: Any, key: str) -> Any:
    return count.get(key) if isinstance(count, dict) else getattr(count, key, None)


def clean(text: str | None) -> str:
    """A field as it can stand in a sentence: one line, no unbalanced quotes or brackets, no edge punctuation."""
    if not text:
        return ""
    text = " ".join(str(text).split())
    straight = text.count('"')
    if straight % 2 or text.count("\u201c") != text.count("\u201d"):
        text = "".join(ch for ch in text if ch not in _QUOTES)
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    text = text.strip(" ,;:.-\u2013\u2014'\u2019")
    while text and text[0] in _QUOTES and text[-1:] in _QUOTES:
        text = text[1:-1].strip()
    return text


def _inside(text: str) -> str:
    """A phrase placed mid-sentence: "The ministry" -> "the ministry"; names keep their capitals."""
    first, _, rest = text.partition(" ")
    if first.lower() in _COMMON_LEADS and first[:1].isupper() and not (first.isupper() and len(first) > 1):
        return f"{first.lower()} {rest}".strip()
    return text


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


_OPENING_FIGURES = re.compile(r"^(\d[\d,]*)(?: to (\d[\d,]*))?(?= )")


# "had had" and "that that" can be right; no other word is said twice running in a headline
_DOUBLED = re.compile(r"\b(?!(?:had|that)\b)(\w+)(?:\s+\1\b)+", re.I)


def _sentence(clause: str) -> str:
    """A composed clause as a finished sentence: no figures first, no word said twice running ("according to
    officials officials"), brackets and quote marks in pairs or not at all, and one full stop at the end."""
    text = _DOUBLED.sub(r"\1", _opening(clause.strip()))
    if text.count("(") != text.count(")") or re.search(r"\([^)]*\(|\)[^(]*\)", text):
        text = re.sub(r"\s*[()]\s*", " ", text).replace(" ,", ",").strip()
    if text.count('"') % 2 or text.count("\u201c") != text.count("\u201d"):
        text = "".join(ch for ch in text if ch not in _QUOTES)
    text = text.rstrip(" ,;:-\u2013\u2014")
    return text if re.search(r"[.!?][\u201d\"')]?$", text) else text.rstrip(".") + "."


def _opening(clause: str) -> str:
    """A composed clause as a sentence: capital first, and no figures first. An editor never opens with digits,
    and the rewrite keeps the count's hedge exactly (no "Some 1,200", a hedge the count lacks): 10 to 99 are
    spelled out ("Forty jets"), a range says its two ends ("Between 1,500 and 2,000 troops"), and a larger exact
    count reads "A total of 1,200 troops"."""
    found = _OPENING_FIGURES.match(clause)
    if found is None:
        return _sentence_case(clause)
    low, high = found.group(1), found.group(2)
    rest = clause[found.end():]
    if high:
        return f"Between {low} and {high}{rest}"
    value = int(low.replace(",", ""))
    if value < 100:
        tens, ones = divmod(value, 10)
        word = _WORD_OF.get(value, "") if value < 20 else \
            _TENS_WORD_OF[10 * tens] + (f"-{_WORD_OF[ones]}" if ones else "")
        return _sentence_case(word) + rest
    return f"A total of {low}{rest}"


def _count_words(count: Any) -> str:
    if count is None:
        return ""
    qualifier = _count_attr(count, "qualifier")
    if qualifier == "range":
        low, high = _count_attr(count, "low"), _count_attr(count, "high")
        return f"{_SMALL_NUMBERS.get(low, f'{low:,}')} to {_SMALL_NUMBERS.get(high, f'{high:,}')}"
    if qualifier == "unspecified" or _count_attr(count, "value") is None:
        return ""
    words = _QUALIFIER_WORDS.get(qualifier, "")
    value = _count_attr(count, "value")
    # News style spells out one to nine whatever the hedge: "at least nine people", not "at least 9 people"
    number = _SMALL_NUMBERS.get(value, f"{value:,}")
    return f"{words} {number}".strip()


_ARTICLES = {"a", "an", "the"}
# A nation's one institution: "the Valdorian army", "the Kordovan navy" (not "forces", "troops": a plural needs none)
_INSTITUTIONS = {"army", "navy", "military", "junta", "government", "militia", "gendarmerie"}


def _as_written(actor: str, evidence: str) -> str:
    """The actor as the evidence writes it mid-sentence: its article ("the junta", "a Russian military convoy",
    "a few hundred U.S. troops") and the case of its first word ("fighters from ...", not "Fighters from ..."),
    when the evidence has the actor's words; else the actor as it is."""
    if not actor or actor.split()[0].lower() in _ARTICLES:
        return actor
    if actor.split()[0].lower() == "few":
        return f"a {actor[:1].lower()}{actor[1:]}"  # "(the first) few hundred U.S. troops"
    first = actor.split()[0]
    if first[:1].isupper() and not first.isupper() and re.search(rf"\b{re.escape(first.lower())}\b", evidence):
        actor = first.lower() + actor[len(first):]  # "Fighters from ..." opened a sentence; the evidence has "fighters"
    found = re.search(rf"(?:\b(a|an|the)\s+)?({re.escape(actor)})\b", evidence, re.I)
    if found is None:
        if actor.split()[-1].lower() in _INSTITUTIONS and len(actor.split()) > 1 and "'" not in actor:
            return f"the {actor}"  # "the Valdorian army withdrew", not "Valdorian army withdrew": one army is "the" army
        return actor
    written = found.group(2)
    if found.start(2) > 0 and written[1:] == actor[1:]:  # mid-sentence: the evidence's case of the first letter
        actor = written
    article = (found.group(1) or "").lower()
    head = re.split(r"\s+(?:and|with)\s+", actor)[0].split()[-1]  # "the carrier Meridian and two destroyers": singular
    if article == "the" and head.lower().endswith("s") and actor.split()[0].lower() not in _ORDINALS:
        return actor  # "Eritrean troops withdrew": a plural's "the" only points back (not "the final troops")
    return f"{article} {actor}" if article else actor


# A possessive that opens the actor points back to a party the headline never names ("Valdoria withdrew its brigade"
# -> actor "its brigade"): the headline says "the brigade", not "Its brigade withdrew".
# Also after "of": "about 1,200 troops of its 38th Air Assault Brigade" -> "of the 38th Air Assault Brigade".
_POSSESSIVE_LEAD = re.compile(r"(?:^|(?<=\bof ))(?:its|their|his|her|our)\s+(?=\S)", re.I)


def _flights(movement: Any) -> str:
    """"at least 30 flights" when the count is of flights or sorties, not of the aircraft that made them; else ""."""
    count = _get(movement, "count")
    unit = clean(_count_attr(count, "unit")) if count is not None else ""
    if not unit or unit.split()[-1].lower().rstrip("s") not in words("flight_nouns"):
        return ""
    number = _count_words(count)
    return f"{number} {unit}" if number else ""


_ORDINALS = ("first", "last", "final", "second", "third", "next", "remaining")


def _who(movement: Any) -> str:
    """The mover with its count: "about 300 fighters", "a Belarusian force grouping (about 1,100 people)"."""
    actor = _POSSESSIVE_LEAD.sub("the ", clean(_get(movement, "actor")), count=2)
    actor = _inside(_as_written(actor, str(_get(movement, "evidence") or ""))) or "armed forces"
    count = _get(movement, "count")
    number = _count_words(count)
    if not number or set(actor.lower().split()) & _QUANTITY_WORDS or _flights(movement):
        return actor  # "a few hundred U.S. troops" already says how many; flights are told with the verb
    unit = clean(_count_attr(count, "unit"))
    unit_word = unit.split()[-1].lower() if unit else ""
    bare = re.sub(r"^(?:a|an|the)\s+", "", actor)  # "about 300 fighters", not "about 300 the fighters"
    if unit_word and bare.lower().startswith(unit_word) and unit_word in words("collective_nouns") and \
            _count_attr(count, "qualifier") == "exactly":
        return f"a {_count_attr(count, 'value')}-strong {bare}"  # "a 70-strong contingent of ...", not "70 contingent"
    if not unit_word or unit_word in actor.lower():
        return f"{number} {bare}"
    if re.fullmatch(r"[a-z-]+", bare) and not bare.endswith("s"):
        # "Unit (100 men) moved" is no editor's sentence: a bare common noun takes its count with "of" ("a unit of
        # 100 men"); an ordinal the evidence gives it is news and needs "the" ("the last unit of 100 men")
        evidence = str(_get(movement, "evidence") or "")
        ordinal = re.search(rf"\b({'|'.join(_ORDINALS)})\s+{re.escape(bare)}\b", evidence, re.I)
        lead = f"the {ordinal.group(1).lower()}" if ordinal else "an" if bare[0] in "aeiou" else "a"
        return f"{lead} {bare} of {number} {unit}"
    return f"{actor} ({number} {unit})"


# The evidence's kind of move, as an editor would say it, and the word before a destination. First match wins:
# a withdrawal "moved back to base" is a withdrawal; "sent ... and arrived" is an arrival.
_MOTION_KINDS = (
    (re.compile(r"\b(?:cross(?:ed|es|ing)?|slipped across)\b", re.I), "crossed", "into"),
    (re.compile(r"\b(?:enter(?:ed|s|ing)?|pushed into|swept into|rolled into|stormed into|poured into)\b", re.I),
     "entered", ""),
    # "reached the outskirts of X", not "arrived in the outskirts of X": "reach" takes its place with no preposition
    (re.compile(r"\breach(?:ed|es|ing)?\b", re.I), "reached", ""),
    (re.compile(r"\b(?:arriv(?:e|ed|es|ing)|land(?:ed|s|ing)?|touch(?:ed|es|ing)? down)\b", re.I),
     "arrived", "in"),
    # a ship that "sailed" or "set sail" is said to have sailed, not merely "headed"
    (re.compile(r"\b(?:sail(?:ed|s|ing)?|set sail)\b", re.I), "sailed", "for"),
    (re.compile(r"\b(?:head(?:ed|s|ing)|en route|on (?:their|its) way|bound for|set (?:out|off))\b",
                re.I), "headed", "for"),
    (re.compile(r"\b(?:deploy(?:ed|s|ing|ment)?|sen[dt]s?|sending|dispatch(?:ed|es|ing)?|airlift(?:ed|s|ing)?|flown)\b",
                re.I), "deployed", "to"),
    # plain motion verbs, last: "The brigade moved." tells nothing an editor would print
    (re.compile(r"\bmarch(?:ed|es|ing)?\b", re.I), "marched", "to"),
    (re.compile(r"(?<!-)\b(?:flew|fl(?:y|ies|ying))\b", re.I), "flew", "to"),  # not "a no-fly zone"
    (re.compile(r"\badvanc(?:e|ed|es|ing)\b", re.I), "advanced", "to"),
    (re.compile(r"\bmass(?:ed|ing)\b", re.I), "massed", "at"),  # not "mass graves"
    (re.compile(r"\bassembl(?:e|ed|es|ing)\b", re.I), "assembled", "at"),
)
# Verbs of being somewhere keep the evidence's preposition: "deployed in the area", "massed along the border",
# "moving military personnel on both sides of the zone"; "to" would say the force came from elsewhere
_IN_PLACE = {"deployed": {"in", "on", "at", "along"}, "massed": {"in", "on", "at", "along"},
             "assembled": {"in", "on", "at", "along"}, "moved": {"on", "along"}}
# What a force is said to do on its own after "marched": "marched his last unit ... out through the gates"
_MARCHED_OFF = re.compile(r"\bmarch\w*\b[^.;]{0,60}?\b(out|back|away)\b", re.I)
# An advance takes the evidence's own preposition: "advanced on three fronts", "advanced to the river"
_ADVANCE_PREPS = {"on", "to", "into", "toward", "towards"}

# Another force named after the actor: its verbs are not the actor's ("rebels captured the town after fighting
# compelled government troops to pull out": the rebels did not withdraw)
_OTHER_FORCE = re.compile(r"\b(?:troops|soldiers|forces|fighters|rebels|militants|militias?|police|policemen|units|"
                          r"army|marines|peacekeepers)\b", re.I)
_ACTOR_TAIL = re.compile(r"\s+(?:of|from|in|on|at|with|based|affiliated|belonging|dressed|who|that)\b.*$", re.I)


def _own_words(evidence: str, actor: str) -> str:
    """The evidence up to the next force it names after the actor, the words that can tell the actor's move."""
    if not actor:
        return evidence
    found = re.search(re.escape(actor), evidence, re.I)
    if found is None:
        head = _ACTOR_TAIL.sub("", actor).split()
        found = re.search(rf"\b{re.escape(head[-1])}\b", evidence, re.I) if head else None
    if found is None:
        return evidence
    other = _OTHER_FORCE.search(evidence, found.end())
    return evidence[: other.start()] if other else evidence


_DRIFT = re.compile(r"\bmov(?:ed|es|ing)\s+(closer|forward|back|south|north|east|west|\w+wards?)\b", re.I)


def _bare(phrase: str) -> str:
    """A phrase to compare, without its article and case: "The Valdorian army" == "the Valdorian army"."""
    return re.sub(r"^(?:a|an|the)\s+", "", phrase.strip(), flags=re.I).lower()


# A sender: "the junta is ferrying troops, weapons and supplies to ..." -> "The junta ferried troops, weapons and
# supplies": the actor moved others, and the article says whom
_SENT = {"sen": "sent", "fer": "ferried", "dep": "deployed", "dis": "dispatched", "air": "airlifted", "rus": "rushed",
         "shi": "shifted"}
_SENDER = (r"(?:\s+(?:is|are|was|were|has|have|had|been|began|begun|started|also|now|reportedly))*\s+"
           r"(send(?:s|ing)?|sent|ferr(?:y|ies|ied|ying)|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|"
           r"airlift(?:s|ed|ing)?|rush(?:es|ed|ing)?|shift(?:s|ed|ing)?)\s+"
           r"((?:(?:more|extra|additional|fresh|new|further)\s+)?"
           r"(?:troops|soldiers|reinforcements|forces|fighters|personnel|units|marines|police officers)"
           r"(?:(?:,\s*|\s+and\s+)(?!(?:the|a|an|to|into|from|toward|in|at)\b)[a-z]+){0,4})\b")


def _sent(actor: str, evidence: str) -> str:
    """"sent extra troops" when the evidence says the actor sends forces; else ""."""
    if not actor:
        return ""
    found = re.search(rf"\b{re.escape(actor)}{_SENDER}", evidence, re.I)
    return f"{_SENT[found.group(1)[:3].lower()]} {found.group(2)}" if found else ""


# Places one arrives at, not in: "arrived at the border", "at Bagram airbase"
_POINTS = {"border", "front", "frontline", "line", "frontier", "base", "airbase", "airport", "airfield", "port", "harbour",
           "harbor", "camp", "checkpoint", "crossing", "bridge", "station", "post"}
# Places one arrives on: "arrived on the island of X", "on the outskirts of X", not "in the island"
_SURFACES = {"island", "islands", "outskirts", "shore", "shores"}
# What a force crosses rather than goes into: "crossed the river into X", not "crossed into the river and on to X"
_CROSSED = {"river", "border", "frontier", "strait", "line", "bridge", "channel", "mountains", "pass"}
_DEPARTURE = re.compile(r"\b(?:left|leav(?:e|es|ing)|depart(?:ed|s|ing)?|flew out|set (?:out|off))\b", re.I)


def _motion(evidence: str, origin: str, destination: str) -> tuple[str, str]:
    """(verb, the word before the destination) for the headline's clause; "moved"/"to" when the text says no more."""
    if _WITHDRAWAL.search(evidence):
        return "withdrew", "to"
    if origin and not destination and _DEPARTURE.search(evidence):
        return "left", "to"
    if not (origin or destination) and re.search(r"\bdepart(?:ed|s|ing)?\b", evidence, re.I):
        return "departed", "to"  # "the final troops departed today", not "moved today"
    for pattern, verb, preposition in _MOTION_KINDS:
        if pattern.search(evidence) and (destination or verb != "crossed" or not origin):
            if verb == "headed" and not destination:
                return "set out", "for"  # "a contingent also set out", not "also headed."
            if not preposition and not destination:  # "entered"/"reached" need their object: "tanks moved in"
                return ("moved in" if verb == "entered" else "arrived"), "in"
            return verb, preposition
    return "moved", "to"


# A named area with a common noun for its kind takes "the": "deployed to the Batken region", not "to Batken region"
_AREA_NOUNS = {"region", "province", "district", "valley", "governorate", "oblast", "area", "sector"}


def _the_area(place: str) -> str:
    tokens = place.split()
    # "Orsk Hills district of Kesh" too: the area noun before "of" is the place's kind
    kind = tokens[tokens.index("of") - 1] if "of" in tokens[1:] else tokens[-1]
    if len(tokens) > 1 and kind in _AREA_NOUNS and tokens[0][:1].isupper() and "'" not in place and \
            tokens[0].lower() not in _ARTICLES | _PLACE_PREPS:
        return f"the {place}"
    return place


_TOWARD = {"toward", "towards"}
_LOCATIVE = {"on", "in", "at", "near"}


def _word_before(place: str, evidence: str) -> str:
    """The word the evidence puts right before a place ("... heading toward Orsk" -> "toward"), lower-cased."""
    bare = re.sub(r"^the\s+", "", place, flags=re.I)
    found = re.search(rf"\b(\w+)\s+(?:the\s+)?{re.escape(bare)}\b", evidence, re.I)
    return found.group(1).lower() if found else ""


def describe_movement(movement: Any, *, with_source: bool = True, also: bool = False) -> str:
    """One clause: who moved (in the evidence's own kind of move: crossed, entered, arrived, headed, deployed),
    from where, to where, when, and who says so."""
    evidence = str(_get(movement, "evidence") or "")
    who = _who(movement)
    origin, destination = clean(_get(movement, "origin")), clean(_get(movement, "destination"))
    actor = _POSSESSIVE_LEAD.sub("", clean(_get(movement, "actor")), count=1)
    verb, preposition = _motion(_own_words(evidence, actor), origin, destination)
    said = _word_before((destination or "").split(";")[0].strip(), evidence)  # the article's word before the place
    if verb == "advanced" and said in _ADVANCE_PREPS:
        preposition = said
    marched_off = _MARCHED_OFF.search(evidence) if verb == "marched" and not (origin or destination) else None
    if marched_off:
        verb = f"marched {marched_off.group(1).lower()}"
    drift = _DRIFT.search(evidence) if verb == "moved" and not (origin or destination) else None
    if drift:
        verb = f"moved {drift.group(1).lower()}"  # "moved closer", not a bare "moved"
    sent = "" if _get(movement, "count") is not None else _sent(actor, evidence)
    if sent:
        verb, preposition = sent, "to"
    if said in _IN_PLACE.get(verb, ()):
        preposition = said
    if _flights(movement):
        verb = f"made {_flights(movement)}"  # "aircraft made at least 30 flights", not "aircraft (30 flights) moved"
    if preposition in {"to", "for"} and said in _TOWARD:
        preposition = said  # "moved to X" says it got there; the article said "toward X"
    parts = [who, f"also {verb}" if also else verb]
    origin_part = ""
    if origin and origin.lower() not in who.lower():  # not "officers from Papua New Guinea moved from Papua New Guinea"
        origin_part = _inside(origin) if verb == "left" else f"from {_inside(origin)}"
    # A verb that takes its place as object ("entered Belgor", "reached the outskirts") keeps it next to the verb:
    # "entered Belgor from the north", not "entered from the north Belgor"
    # ("arrived in Haiti's capital from Cotonou": where a force arrived is the news, where it came from the detail)
    # "that village" points back to a sentence the headline does not have: "the village"
    places = [_the_area(_inside(re.sub(r"^(?:that|this|these|those)\s+", "the ", d.strip(), flags=re.I)))
              for d in (destination or "").split(";") if d.strip()]
    kept: list[str] = []
    for place in places:  # "crossed Valdoria's border into Valdoria": a place already said is not said again
        if not kept or not set(re.findall(r"\w+", _bare(place))) <= set(re.findall(r"\w+", " ".join(kept).lower())):
            kept.append(place)
    places = kept
    # "crossed the river into Valdoria", not "crossed into the river and on to Valdoria": a river or border
    # first among several places is what was crossed
    # (alone too, when the evidence says so: "crossed Valdoria's border", not "crossed into Valdoria's border")
    crossed_feature = verb == "crossed" and bool(places) and places[0].split()[-1].lower() in _CROSSED and \
        (len(places) > 1 or _word_before(places[0], evidence) == "crossed")
    origin_first = (bool(preposition) and verb != "arrived" and not crossed_feature) or not destination
    heading = ""
    if origin_part and origin_first:
        parts.append(origin_part)
    if destination:
        # "near the border", "around the town centre" already say where: no "to" before them
        text = ""
        for i, place in enumerate(places):
            if i == 0 and crossed_feature:
                text += place
                continue
            has_prep = place.split()[0].lower() in _PLACE_PREPS
            joint = "" if i == 0 else " " if has_prep else " and on to "
            if i and not has_prep and not (i == 1 and crossed_feature):
                # A later place is joined as the evidence puts it: "at Vell Air Base on the island of Mirra" places
                # the base, and a town the force was "heading toward" is not one it went "on to"
                before_place = _word_before(place, evidence)
                if before_place in _TOWARD:
                    heading = f", heading {before_place} {place}"
                    continue
                if before_place in _LOCATIVE:
                    joint = f" {before_place} "
                    text += joint + place
                    continue
            before = "at" if preposition == "in" and place.split()[-1].lower() in _POINTS else preposition
            if preposition == "in" and {w.lower() for w in place.split()} & _SURFACES:
                before = "on"
            if i == 1 and crossed_feature and not has_prep:
                text += f" into {place}"  # "crossed the river into Valdoria"
                continue
            text += joint + (place if has_prep or i else f"{before} {place}".strip())
        parts.append(text)
    if origin_part and not origin_first:
        parts.append(origin_part)
    when = clean(_get(movement, "time"))
    if when and when.split()[0] in {"On", "In", "At", "Over", "Late", "Early", "During", "Since", "By", "Last", "This",
                                    "Today", "Yesterday", "Tonight", "Earlier", "Overnight"}:
        when = when[:1].lower() + when[1:]
    if when and when.split()[0].lower() in WEEKDAYS:
        when = f"on {when}"  # "moved to Gaza on Saturday night", not "(Saturday night)"
    if when:
        parts.append(when if when.split()[0].lower() in _TIME_LEADS else f"({when})")
    text = " ".join(parts) + heading
    # "the army moved, according to the army" says nothing the clause did not: the first source that is not the actor
    sources = [clean(s) for s in (_get(movement, "sources") or []) if clean(s) and _bare(clean(s)) != _bare(who)]
    if with_source and sources:
        text += f", according to {_inside(sources[0])}"
    return text


def _words_in(claim: str, evidence: str) -> bool:
    """Most of the claim's words are in the evidence: the evidence states the claim itself."""
    claim_words = set(re.findall(r"\w+", claim.lower()))
    if not claim_words:
        return False
    return len(claim_words & set(re.findall(r"\w+", evidence.lower()))) >= 0.6 * len(claim_words)


def _denial_clause(denial: Any, told: str = "") -> str:
    """"Moscow denied that its forces had entered Crimea", or "Moscow disputed the report"."""
    denier = _inside(clean(_get(denial, "denier"))) or "a party to the story"
    what = clean(_get(denial, "what"))
    if " and " not in denier:  # "Moscow denied that Moscow's forces had entered": an editor writes "its forces"
        what = re.sub(rf"(?<=\s){re.escape(denier)}['\u2019]s\b", "its", what, flags=re.I)
    if what.lower().startswith("that ") and len(what) <= 140:
        # "Moscow denied that its forces had entered"; a dispute stated positively is what the party said:
        # "a ministry source said that this was a strategic retreat"
        # "said no group had entered" has its `what` turned to the claim denied ("that any group had entered"):
        # a negated statement is a denial too
        evidence = str(_get(denial, "evidence") or "")
        verb = "denied" if _DENYING.search(evidence) or _NEGATING.search(evidence) else "said"
        if verb == "said" and not _words_in(what[5:], evidence):
            # 'Valdoria said the report was "false"', with `what` the report: "said that <the report>" would put
            # the claim in the denier's mouth; the denier disputed it
            return f"{denier} disputed the report"
        if verb == "denied":  # "denied that X, and that it does not Y" would deny the second clause's negation
            what = re.split(r",?\s+and that\s+", what, maxsplit=1)[0]
        if verb == "denied" and told and _words_in(what[5:], told) and len(what) > 60:
            # the headline has just told that move: "denied that dozens of militiamen ... crossed the river ..."
            # again word for word is a run-on; the editor writes "denied the report"
            return f"{denier} denied the report"
        if verb == "denied" and _NEGATING.search(what):
            verb = "said"  # "denied that it had not sent troops" reads as the opposite: the denier said so
        return f"{denier} {verb} {what}"
    return f"{denier} disputed the report"


def _toll_clause(casualties: list[Any]) -> str:
    """"at least 80 people were reported killed": the first killed toll with a number, else the first wounded."""
    for kind in ("killed", "wounded"):
        for casualty in casualties:
            count = _get(casualty, "count")
            unit = clean(_count_attr(count, "unit")) if count is not None else ""
            number = _count_words(count)
            if not number or not unit.endswith(kind):
                continue
            noun = unit[: -len(kind)].strip() or "people"
            verb = "was" if _count_attr(count, "value") == 1 and _count_attr(count, "qualifier") == "exactly" else "were"
            return f"{number} {noun} {verb} reported {kind}"
    return ""


def _join(clauses: list[str]) -> str:
    if len(clauses) <= 1:
        return "".join(clauses)
    return ", ".join(clauses[:-1]) + " and " + clauses[-1]


def compose(movements: list[Any], denials: list[Any], casualties: list[Any], lead: str | None) -> str:
    """The headline from items: one sentence on the main move, one on what else matters."""
    if not movements:
        base = clean(lead)
        if len(base) > _MAX_LEAD_CHARS:
            base = base[: _MAX_LEAD_CHARS - 3].rsplit(" ", 1)[0] + "..."
        if base and base[-1] not in ".!?":
            base += "."  # `clean` cut the lead's full stop: "... the alliance said on Tuesday." ends as a sentence
        if denials:  # a denied move of forces, no move read as such: the denial is the news
            return f"{_sentence(_denial_clause(denials[0]))} {base}".strip()
        return f"No movement of armed forces is reported. {base}".strip()
    first = _sentence(describe_movement(movements[0]))
    more: list[str] = []
    others = len(movements) - 1
    if others == 1:
        second = describe_movement(movements[1], with_source=False, also=True)
        # "Valdorian troops also moved" tells only that there was a second move: it is counted like the others
        told = not second.endswith(" also moved") or _count_words(_get(movements[1], "count"))  # a count says something
        more.append(second if told else "one other movement is reported")
    elif others > 1:
        more.append(f"{_NUMBER_WORDS.get(others, str(others))} other movements are reported")
    if denials:
        more.append(_denial_clause(denials[0], str(_get(movements[0], "evidence") or "")))
    toll = _toll_clause(casualties)
    if toll:
        more.append(toll)
    # "denied that the troops would cross and five civilians were reported killed" reads as if the toll were denied
    # too: a clause after a denial gets its own sentence
    if len(more) > 2 or (denials and toll and more[-1] == toll):
        # Three clauses joined by commas read as a run-on; an editor gives each its own sentence.
        return " ".join([first, *(_sentence(clause) for clause in more)])
    return f"{first} {_sentence(_join(more))}" if more else first


def headline_summary(movements: list[Any], denials: list[Any], casualties: list[Any], lead: str | None) -> str:
    """The draft's headline, from the strategy's items (rebuilt after grounding by `compose_headline`)."""
    return compose(movements, denials, casualties, lead)


# A live blog's entry stamp is no part of the sentence: "LIVE UPDATES 09:14 GMT: Kordovan tanks ..." -> "Kordovan tanks ..."
_LIVE_STAMP = re.compile(r"^(?:[A-Z][A-Z ]*\s)?\d{1,2}[:.]\d{2}(?:\s*[AP]\.?M\.?)?(?:\s*[A-Z]{2,4})?\s*[:\-\u2013\u2014]\s+")


def lead_sentence(article: str, injections: list | None = None) -> str:
    """The article's first body sentence that does not speak to the model (headlines and datelines skipped).
    `injections`: the article's injection spans when the caller has them already."""
    from summarizer.strategies.staged.sentences import _DATELINE, _LEAD_IN, _is_header
    from summarizer.textinput import injection_spans, inside_injection

    if injections is None:
        injections = injection_spans(article)
    lines = [line for line in article.splitlines() if line.strip()]
    offset = 0
    for line in article.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        text = line.strip()
        if not text or (len(lines) > 1 and (_is_header(text) or _DATELINE.match(text))):
            continue
        if inside_injection(start, start + len(line), injections) is not None:
            continue
        text = _LIVE_STAMP.sub("", text)
        text = _LEAD_IN.sub("", text, count=1)  # "TARSK, March 3 (Reuters) - The council ...": the dateline is no lead
        end = SENTENCE_END.search(text)
        return text[: end.end()].rstrip() if end else text
    return ""


def compose_headline(brief: Any, article: str, injections: list | None = None) -> str:
    """The headline of a grounded brief: only items that survived grounding can appear in it."""
    movements = list(brief.movements) if brief.is_relevant else []
    lead = None if movements else lead_sentence(article, injections)
    return compose(movements, list(brief.denials), list(brief.casualties), lead)


def finish_brief(brief: Any, article: str) -> None:
    """Rebuild the headline from the grounded items and drop key events that lie in lines addressing the model."""
    from summarizer.textinput import injection_spans, inside_injection

    injections = injection_spans(article)  # once: the lead sentence and the key events both need them
    brief.headline_summary = compose_headline(brief, article, injections)
    if injections:
        kept = []
        for event in brief.other_key_events:
            start = article.find(event.removesuffix("..."))
            if start < 0 or inside_injection(start, start + len(event), injections) is None:
                kept.append(event)
        brief.other_key_events = kept


def other_key_events(texts: list[str]) -> list[str]:
    events: list[str] = []
    for text in texts:
        text = " ".join(text.split())
        if len(text) > _MAX_EVENT_CHARS:
            text = text[: _MAX_EVENT_CHARS - 3].rsplit(" ", 1)[0] + "..."
        if text and text not in events:
            events.append(text)
        if len(events) >= _MAX_EVENTS:
            break
    return events
