"""Linking: fold repeated mentions of one move together, dedupe tolls, point denials at moves.

* A later mention of the same force by a bare noun or pronoun ("the fighters
  had crossed", "they") is the same move: its count, sources, route and time
  fill the earlier entry (the numeric count wins over "hundreds"; the evidence
  follows the count). A named repeat ("Israeli troops" ... "Israeli forces", "the Army" ... "Army columns")
  folds too when it names the same force, the same kind of force and the same place at the same end of the
  move; another nation's force ("the Lebanese army" after "Israel's army"), another kind of force, or another
  date for the same end of the move keeps its own entry.
* Casualty tolls with the same kind and number are one toll.
* A denial targets the move told in its own sentence, else the moves it shares
  names (a capital speaks for its country), places or words with; failing that,
  a denial of "the reports" the move told just before it, and otherwise none (a
  dispute of something the article lists no move for).
* One party's repeated denial of the same moves is one denial.
"""

from __future__ import annotations

import re

from summarizer.numbers import MONTH_NAMES, WEEKDAYS
from summarizer.strategies.staged.assemble import Item
from summarizer.strategies.staged.denials import is_fragment, move_verbs, verdict_words
from summarizer.strategies.staged.lexicons import words

_WINDOW = 3  # sentences: how far back a bare "the fighters" may refer
# A blanket denial naming no one ("that there had been any incursion", "no troops have moved") disputes what
# was just told, like "the reports" does.
_BLANKET = re.compile(r"\b(?:any|no|not|never|none)\b", re.I)
# A dispute of a move's purpose or of a claim about a move (not of a plan or a figure): what it says
_DISPUTES_A_MOVE = re.compile(
    r"\b(?:defensive|routine|threat|provocation|stunt|wag\w*|manufactur\w*|exercises?|drills?|training|retreat|"
    r"withdrawal|deployment|troops?|soldiers?|forces?|military|army|"
    # the other words for the force itself ("the fighters were merely protecting shrines")
    r"fighters?|units?|militi\w*|marines?|warships?|vessels?|reinforcements?|patrols?|presence)\b", re.I)
# "reports of heavy losses among its troops": a dispute of a toll, not of the move the story tells
_LOSSES = re.compile(r"\b(?:loss(?:es)?|casualt(?:y|ies)|killed|dead|deaths?|wounded|injured)\b", re.I)
_ANAPHORA_WINDOW = 1  # sentences: how far back "dismissed the reports" may point at a move with nothing else shared
_STOP = {"the", "a", "an", "of", "and", "in", "on", "to", "from", "that", "had", "has", "have", "was", "were",
         "said", "its", "their", "it", "they", "no", "not", "any", "group", "is", "are", "be", "been", "by",
         "for", "with", "as", "at", "this", "week", "did", "would", "will", "only", "under", "there", "these",
         "those"} | WEEKDAYS  # fmt: skip


# Sentence-initial words that are not names: lower-cased when a clause is quoted after "that".
_COMMON_STARTS = {"the", "a", "an", "at", "about", "around", "some", "more", "up", "nearly", "over", "several",
                  "dozens", "hundreds", "thousands", "two", "three", "four", "five", "troops", "soldiers", "fighters",
                  "armed", "unidentified", "masked", "many", "most", "few", "other", "others", "critics", "residents",
                  # pronouns that open a quote ("We have not sent any troops"): no one's name
                  "we", "our", "i", "he", "she", "you", "these", "those", "there", "no", "none", "nothing", "nobody"}


def _precision(count: dict | None) -> int:
    if count is None:
        return 0
    q = count.qualifier if hasattr(count, "qualifier") else count["qualifier"]
    return 1 if q == "unspecified" else 2


def _head(item: Item) -> str:
    claim = item.claim
    if claim is None or claim.mover is None:
        return ""
    from summarizer.strategies.staged.candidates import counted_head

    return counted_head(claim.mover).lemma_.lower()


def _heads(item: Item) -> set[str]:
    """The counted nouns of the mover and its coordination ("tanks and soldiers" -> tank, soldier)."""
    claim = item.claim
    if claim is None or claim.mover is None:
        return set()
    from summarizer.strategies.staged.candidates import counted_head

    head = counted_head(claim.mover)
    return {head.lemma_.lower(), *(c.lemma_.lower() for c in head.conjuncts)}


def _content(text: str) -> set[str]:
    return {w.rstrip("s") for w in _words(text)}


def _same_force(earlier: Item, item: Item) -> bool:
    """Does `item` re-mention the force of `earlier`?"""
    claim = item.claim
    if claim is not None and claim.mover is not None and claim.mover.pos_ == "PRON":
        return True
    if _precision(item.data["count"]) == 2 and _precision(earlier.data["count"]) == 2:
        return False  # two stated numbers: separate claims (the contract keeps each source's count)
    if _member_of(earlier, item):
        return True
    if item.generic:
        if _people_and_machines(item, earlier) or _people_and_machines(earlier, item):
            return False  # "dozens of armed men had moved into the hills" after "tanks were moved to Raska"
        return _head(item) in _mover_nouns(earlier) or earlier.claim.verb.lemma_ == claim.verb.lemma_ or (
            _head(item) in words("person_nouns") and _head(earlier) in words("person_nouns")
        ) or _drills_told_again(earlier, item)
    if item.definite:
        countries, earlier_countries = _mover_names(item, countries_only=True), _mover_names(earlier, countries_only=True)
        if countries and earlier_countries and not countries & earlier_countries:
            return False  # "the Lebanese army" does not re-mention "Israel's army"
        same_side = any(item.data.get(key) and earlier.data.get(key) for key in ("destination", "origin"))
        if same_side and _different_times(item.data.get("time"), earlier.data.get("time")):
            # "the first instructors reached Tripoli on April 10": not the ones landed there on May 4 (but
            # "the contingent left on Wednesday" can be the one due to arrive on Friday)
            return False
        shared = _content(item.data["actor"]) & _content(earlier.data["actor"])
        return bool(shared) or (_head(item) in words("person_nouns") and _head(earlier) in words("person_nouns"))
    return False


def _drills_told_again(earlier: Item, item: Item) -> bool:
    """"Russia and Belarus start joint military drills ... the drills involve 12,700 troops": "the drills" name the
    exercise just told, so its unnamed troops are that holder's force, counted. Not "which also involve units from
    Norway" (a further force, kept by _further) nor a new exercise ("a second exercise involves ...")."""
    from summarizer.strategies.staged.candidates import exercise_nouns_of, exercise_role, involving_exercise

    verb = item.claim.verb
    if exercise_role(verb) not in {"involved", "participant"} or verb.dep_ in {"relcl", "acl"} or earlier.claim is None \
            or not any(exercise_role(v) for v in earlier.claim.verbs):
        return False
    # "the drills involve 12,700 troops", "troops are taking part in the drills"
    drills = [involving_exercise(verb)] if exercise_role(verb) == "involved" else exercise_nouns_of(verb)
    return any(d is not None and any(c.dep_ == "det" and c.lower_ in {"the", "these", "this"} for c in d.children)
               for d in drills)


def _mover_nouns(item: Item) -> set[str]:
    """The common nouns of the mover's phrase: "frigate" in "the Danish frigate HDMS Iver Huitfeldt" (whose
    counted head is the ship's name), "convoy" and "soldier" in "a convoy of Malian soldiers"."""
    if item.claim is None or item.claim.mover is None:
        return set()
    # not the nouns of another force joined to it ("Wagner fighters and Islamic State militants": two forces, and
    # "the militants" after them is no re-mention of one move)
    mover = item.claim.mover
    joined = {t.i for c in mover.subtree if c.dep_ == "conj" for t in c.subtree}
    said = {t.lemma_.lower() for t in mover.subtree if t.i not in joined and (t.pos_ == "NOUN" or (
        t.dep_ in {"amod", "compound"} and t.head.pos_ == "PROPN" and t.pos_ != "PROPN"))}  # "the frigate HMS Kent"
    carrier = mover.head.head if mover.dep_ == "pobj" and mover.head.lower_ == "of" else None
    if carrier is not None and carrier.pos_ == "NOUN":
        said.add(carrier.lemma_.lower())  # "a convoy of Malian soldiers": the convoy is the force told again
    return {_head(item)} | said


def _member_of(earlier: Item, item: Item) -> bool:
    """Does `item` count the men of `earlier`'s uncounted unit ("About 2,000 soldiers of the brigade have arrived
    back" after "A Russian motor rifle brigade has begun returning")? Then it is the same move with its number;
    a unit already counted ("a 3,000-strong brigade") keeps a part of it apart."""
    if earlier.data["count"] is not None or item.claim is None or item.claim.mover is None:
        return False
    from summarizer.strategies.staged.candidates import counted_head

    units = _mover_nouns(earlier) | {t.lemma_.lower() for t in earlier.claim.mover.subtree if t.pos_ == "PROPN"}
    for prep in counted_head(item.claim.mover).children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            whole = [t for t in prep.children if t.dep_ == "pobj"]
            if whole and whole[0].lemma_.lower() in units and any(
                    d.dep_ in {"det", "poss"} and d.lower_ in {"the", "this", "that", "its"} for d in whole[0].children):
                return True
    return False


def _part_of(item: Item, earlier: Item) -> bool:
    """Does `item` tell of part of `earlier`'s force? "The units from Armenia ... flew out" after "units of the
    CSTO from Armenia, Tajikistan and Kyrgyzstan have departed": fewer of the same countries."""
    from summarizer.strategies.staged.fields import country_names

    known = country_names()  # nations only: a city the parse hung on the mover is no part of who moved
    countries = _mover_names(item, countries_only=True) & known
    earlier_countries = _mover_names(earlier, countries_only=True) & known
    return bool(countries) and countries < earlier_countries


def _nations(item: Item) -> set[str]:
    """The countries of the mover's phrase and of whoever sent it ("Japan has sent 400 ground troops" -> Japan)."""
    from summarizer.strategies.staged.fields import country_names, demonyms

    claim = item.claim
    if claim is None or claim.mover is None:
        return set()
    to_country, known = demonyms()[1], country_names()
    # the words that say whose force it is, not where it goes ("troops crossing into Benin") or what it did
    told = {t.i for c in claim.mover.children if c.dep_ in {"acl", "relcl", "advcl"} or (
        c.dep_ == "prep" and c.lower_ not in {"of", "from"}) for t in c.subtree}
    said = [*(t for t in claim.mover.subtree if t.i not in told),
            *(claim.sender.subtree if claim.sender is not None else ())]
    # nations only: a province the unit is based in or a misread group name is no other side
    return {to_country.get(t.text) or t.text for t in said} & known


def _people_and_machines(people: Item, machines: Item) -> bool:
    """Does `people` move only people and `machines` only ships, aircraft or vehicles? Then neither re-mentions the
    other ("the destroyer Takanami docked" after "400 ground troops arrived")."""
    platform_nouns, person_nouns = words("platform_nouns"), words("person_nouns")
    nouns, other = _mover_nouns(people) | _heads(people), _mover_nouns(machines) | _heads(machines)
    return bool(nouns & person_nouns and not nouns & platform_nouns and other & platform_nouns and not other & person_nouns)


def _own_names(item: Item) -> set[str]:
    """The proper name the force goes by, in its own head words ("the destroyer Nanchang", "the Golani Brigade", "the
    Gerald R. Ford carrier strike group"), not a nation and not a name in a phrase after it ("fighters, primarily from
    the Badr group", "aircraft, including J-16 fighters", "troops from the 33rd Division": who they are drawn from)."""
    from summarizer.strategies.staged.candidates import counted_head
    from summarizer.strategies.staged.fields import demonyms

    if item.claim is None or item.claim.mover is None or item.claim.mover.pos_ == "PRON":
        return set()
    nationalities = demonyms()[1]
    head = counted_head(item.claim.mover)
    words_of_name, stack = [head], [head]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in {"compound", "appos", "flat", "nmod", "amod"}:
                words_of_name.append(child)
                stack.append(child)
    # (a name in apposition may be a city's: Chinese warships are named after them, "the destroyer Nanchang")
    return {t.text for t in words_of_name if t.pos_ == "PROPN" and t.text not in nationalities
            and t.ent_type_ not in {"NORP", "LOC", "DATE", "TIME"} and (t.ent_type_ != "GPE" or t.dep_ == "appos")}


def _names_a_new_unit(item: Item, earlier: Item) -> bool:
    """Is `item` a specific instance of `earlier`'s general claim, which the contract keeps beside it: another
    nation's force ("France's contingent arrived" after "Japan has sent 400 ground troops"), a ship or aircraft
    after a move of people ("The destroyer Takanami docked" after them), or one of the forces it coordinated ("The
    Gerald R. Ford carrier strike group left" after "is sending a carrier strike group and an amphibious ready
    group")? A pronoun or a bare "the troops" is a re-mention whatever it adds."""
    claim, earlier_claim = item.claim, earlier.claim
    if claim is None or claim.mover is None or earlier_claim is None or earlier_claim.mover is None:
        return False
    if claim.mover.pos_ == "PRON":
        return False
    nations, earlier_nations = _nations(item), _nations(earlier)
    if nations and earlier_nations and not nations & earlier_nations:
        return True
    if _people_and_machines(earlier, item):
        return True
    named, earlier_named = _own_names(item), _own_names(earlier)
    if named and not earlier_named and not any(re.search(rf"\b{re.escape(n)}\b", earlier.data["evidence"]) for n in named):
        return True  # "The Chinese destroyer Nanchang sailed through the strait" after "Chinese warships sailed near Taiwan"
    from summarizer.strategies.staged.candidates import counted_head

    earlier_head = counted_head(earlier_claim.mover)
    joined = [earlier_head, *earlier_head.conjuncts]
    if len(joined) < 2 or not any(t.pos_ == "PROPN" for t in claim.mover.subtree):
        return False
    # the later mention adds a name and names just one of the coordinated forces, by its head and modifiers
    said = {t.lemma_.lower() for t in claim.mover.subtree if t.pos_ in {"NOUN", "ADJ"}}
    others = {t.i for c in joined for t in c.subtree if c != earlier_head}
    phrases = [{t.lemma_.lower() for t in c.subtree if t.pos_ in {"NOUN", "ADJ"} and (c != earlier_head or t.i not in others)
                and t.dep_ != "prep" and t.head.dep_ != "prep"} for c in joined]
    overlaps = [len(phrase & said) for phrase in phrases]
    return max(overlaps) >= 2 and overlaps.count(max(overlaps)) == 1


def _same_move(earlier: Item, item: Item) -> bool:
    """Two named mentions of one move: shared names (a nationality read as its country: "Israeli troops",
    "Israeli forces"), the same place on the same side of the move, no clashing counts."""
    if item.sentence.index - earlier.sentence.index > 2:
        return False
    if not _mover_names(item) & _mover_names(earlier):
        return False
    heads, earlier_heads = _heads(item), _heads(earlier)
    people = words("person_nouns")
    if not heads & earlier_heads and not (heads & people and earlier_heads & people) and not _content(
            _unnamed(item.data["actor"])) & _content(_unnamed(earlier.data["actor"])):
        return False  # "Russian tanks" heading out of a town are not the "combat elements" pulling out of it
    if _different_times(item.data.get("time"), earlier.data.get("time")):
        return False  # "new instructors landed on May 4" after "the first instructors arrived on April 10"
    same_place = False
    for key in ("destination", "origin"):
        place, earlier_place = item.data.get(key), earlier.data.get(key)
        if place and earlier_place:
            if not _content(place) & _content(earlier_place):
                return False  # the same force moving to (or from) somewhere else is another move
            same_place = True
    if not same_place and not (_bare_summary(earlier) and _stated_fields(item) and _withdrawing(
            earlier.data["evidence"]) == _withdrawing(item.data["evidence"])):
        # (a lead saying only who moved, "Burundian troops flew in", is told in full by what follows; "Ugandan troops
        # have withdrawn" is not the deployment to Beni after it)
        return False
    return _precision(item.data["count"]) < 2 or _precision(earlier.data["count"]) < 2


# A count of a new batch ("another 900", "500 more soldiers", "additional troops"): a move of its own, whatever
# the same source said before
_ADDED = {"another", "more", "additional", "further", "extra", "fresh", "new"}
# A move told as a tally up to a time ("by Wednesday ... had crossed", "so far", "now", "in total")
_TALLY_WORDS = {"by", "so", "now", "total", "all", "altogether", "date"}


def _running_total(earlier: Item, item: Item) -> bool:
    """Is `item` the total in place after `earlier` added a batch to it ("sent 500 more soldiers to Tarvia ... there
    are now 3,000 Kordovan troops deployed in Tarvia")? The total counts forces that were already there: told as a
    force standing somewhere ("there are ... deployed", "has ... deployed"), not as a move."""
    count, earlier_count = item.data["count"], earlier.data["count"]
    if _precision(count) < 2 or _precision(earlier_count) < 2 or item.claim is None or earlier.claim is None:
        return False
    if item.claim.mover is None or earlier.claim.mover is None:
        return False
    value, earlier_value = _value(count), _value(earlier_count)
    if value is None or earlier_value is None or value <= earlier_value:
        return False
    from summarizer.strategies.staged.candidates import counted_head

    if not {t.lower_ for t in counted_head(earlier.claim.mover).subtree} & _ADDED:
        return False  # the earlier move was the whole force: a later count of it is its own tally
    verb, force = item.claim.verb, item.claim.verb.head
    standing = verb.dep_ == "acl" and verb.tag_ == "VBN" and (
        (force.dep_ == "attr" and force.head.lemma_ == "be" and any(c.dep_ == "expl" for c in force.head.children))
        or (force.dep_ == "dobj" and force.head.lemma_.lower() in {"have", "keep", "maintain"}))
    place, earlier_place = item.data.get("destination"), earlier.data.get("destination")
    nations, earlier_nations = _nations(item), _nations(earlier)
    same_side = nations & earlier_nations if nations and earlier_nations else (
        not nations and not earlier_nations and _content(item.data["actor"]) & _content(earlier.data["actor"]))
    return standing and bool(place and earlier_place and _content(place) & _content(earlier_place)) and bool(same_side)


def _value(count: dict | None) -> int | None:
    return count.value if hasattr(count, "value") else count["value"]


def _later_tally(earlier: Item, item: Item) -> bool:
    """Does `item` give the same source's later, higher count of the force `earlier` counted ("About 300 ... crossed
    into Tarvia on Monday, the ministry said. By Wednesday, 1,200 ... had crossed into Tarvia, the ministry said")?
    Not another source's count (its own claim), not an added batch ("another 900"), not a move told as an event of
    its own day ("On Wednesday 900 soldiers crossed"): only a running count of the move, which only grows."""
    count, earlier_count = item.data["count"], earlier.data["count"]
    if _precision(count) < 2 or _precision(earlier_count) < 2 or item.sentence.index == earlier.sentence.index:
        return False
    value, earlier_value = _value(count), _value(earlier_count)
    if value is None or earlier_value is None or value <= earlier_value:
        return False
    sources, earlier_sources = item.data["sources"], earlier.data["sources"]
    from summarizer.strategies.staged.fields import merge_sources

    if not sources or not earlier_sources or merge_sources(earlier_sources, sources) != earlier_sources:
        return False  # another party's count is a claim of its own
    claim = item.claim
    if claim is None or claim.mover is None or not _mover_names(item) & _mover_names(earlier):
        return False
    from summarizer.strategies.staged.candidates import counted_head

    if {t.lower_ for t in counted_head(claim.mover).subtree} & _ADDED or _further(item):
        return False
    if not _heads(item) & _heads(earlier):
        return False
    same_place = False
    for key in ("destination", "origin"):
        place, earlier_place = item.data.get(key), earlier.data.get(key)
        if place and earlier_place:
            if not _content(place) & _content(earlier_place):
                return False
            same_place = True
    if not same_place:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for verb in claim.verbs for c in verb.children)
    tally = {t.lower_ for verb in claim.verbs for c in verb.children if c.dep_ in {"prep", "advmod", "npadvmod"}
             for t in c.subtree} & _TALLY_WORDS
    return perfect or bool(tally)


def _bare_summary(item: Item) -> bool:
    """A mention that names no place and no count ("Burundian troops flew in on Sunday", "Rwandan troops have
    arrived"): a summary the next sentences tell in full, not a move of its own."""
    return not any(item.data.get(key) for key in ("origin", "destination", "count"))


def _unnamed(text: str) -> str:
    """The common words of an actor: "Israeli forces" -> "forces", "Army columns" -> "army columns"."""
    from summarizer.strategies.staged.fields import demonyms

    nationalities = demonyms()[1]
    return " ".join(w for w in text.split() if w.removesuffix("'s").removesuffix("’s") not in nationalities and not (
        w[:1].isupper() and w.lower() in _STOP))


def _different_times(time: str | None, earlier_time: str | None) -> bool:
    """Two stated dates that share no day, month or number ("on Saturday May 4", "on April 10") date two
    different moves; a vague time ("over the weekend", "recently") dates nothing."""
    def dates(text: str | None) -> set[str]:
        found = set(re.findall(r"[a-z]+|\d+", (text or "").lower()))
        return {w for w in found if w in WEEKDAYS or w in MONTH_NAMES or w.isdigit()}

    stated, earlier_stated = dates(time), dates(earlier_time)
    return bool(stated and earlier_stated and not stated & earlier_stated)


def _mover_names(item: Item, *, countries_only: bool = False) -> set[str]:
    """Names in the mover's phrase (proper nouns, nationalities, organisations), nationalities as countries.
    `countries_only`: just the countries and nationalities ("Israeli", "Israel's")."""
    from summarizer.strategies.staged.fields import demonyms

    if item.claim is None or item.claim.mover is None:
        return set()
    to_country = demonyms()[1]
    found = set()
    for token in item.claim.mover.subtree:
        country = to_country.get(token.text) or (token.text if token.ent_type_ == "GPE" else None)
        if country:
            found.add(country)
        elif not countries_only and (token.pos_ == "PROPN" or token.ent_type_ in {"NORP", "ORG"}):
            found.add(token.text)
    return found


def merge_mentions(items: list[Item]) -> list[Item]:
    """Fold re-mentions ("the fighters", "they", "the brigade's paratroopers") into the move they repeat."""
    kept: list[Item] = []
    for item in items:
        target = None
        candidates = []
        named_repeat: set[int] = set()
        other_side_between = False
        for earlier in reversed(kept):  # kept is in text order: stop at the window's edge
            if item.sentence.index - earlier.sentence.index > _WINDOW:
                break
            if _running_total(earlier, item):
                # "Kordova sent 500 more soldiers to Tarvia ... There are now 3,000 Kordovan troops deployed in Tarvia":
                # the total in place is context; the reported change is the movement (codebook)
                earlier.context_counts.append(item.sentence.text)
                item.only_merge = True  # dropped below, with nothing to fold into
                break
            if _part_of(item, earlier) or _names_a_new_unit(item, earlier):
                continue  # a specific instance of a general claim: the contract keeps both
            if _further(item):
                break  # "Troops also took control of Mount Hermon": another move, whoever made it
            if _later_tally(earlier, item):
                # one source counting the same force again later: one movement with the latest count; the
                # earlier count goes to the key events (codebook: "keep one movement with the latest count")
                earlier.context_counts.append(earlier.sentence.text)
                earlier.data["count"] = None  # the fold below takes the later count and its evidence
                if item.data.get("time"):
                    earlier.data["time"] = None  # and the time it is counted at ("by Wednesday")
                target = earlier
                break
            if _onward_leg(earlier, item):
                continue  # "arrived in Baidoa ... moved on from Baidoa to Dinsoor": the next leg is a move of its own
            if _other_side(earlier, item):
                other_side_between = True
                continue  # "Separatist fighters withdrew into the forest" after "Cameroonian soldiers moved in"
            if _same_force(earlier, item):
                candidates.append(earlier)
            elif _same_move(earlier, item):
                candidates.append(earlier)
                named_repeat.add(id(earlier))
        if target is None and candidates:
            # "The Beninese officers" re-mention the officers from Benin, not the nearer Salvadoran ones.
            names = _names(item.data["actor"])
            target = max(candidates, key=lambda e: (len(names & _names(e.data["actor"])), e.start))
        if target is None and other_side_between and item.generic and item.definite:
            target = _named_earlier(item, kept)
        if target is None:
            if not item.only_merge:
                kept.append(item)
            continue
        if id(target) in named_repeat and _stated_fields(item) > _stated_fields(target) and (
                _precision(item.data["count"]) >= _precision(target.data["count"])):  # the quote keeps the number
            # two named mentions of one move: quote the one that says more ("poured into the south on
            # Saturday from the border" rather than a bare summary line before it)
            target.data["evidence"], target.start, target.end = item.data["evidence"], item.start, item.end
            target.data["actor"] = item.data["actor"]  # the actor as the quote names it
        _fold(target, item)
    return kept


def _named_earlier(item: Item, kept: list[Item]) -> Item | None:
    """The force a bare "the rebels" names when the moves just before it are the other side's ("the rebels
    captured Goma" after the soldiers' arrival): the latest move of its own kind, however far back."""
    kinds = _force_kinds(item)
    for earlier in reversed(kept):
        if kinds and _force_kinds(earlier) == kinds and not _other_side(earlier, item):
            return earlier if _same_force(earlier, item) else None
    return None


def _force_kinds(item: Item) -> set[str]:
    """"regular" and/or "irregular": the kinds of force the mover's noun and its modifiers name ("Separatist
    fighters" -> irregular, "Cameroonian soldiers" -> regular, "the men" or "the unit" -> neither)."""
    from summarizer.strategies.staged.assemble import force_kind
    from summarizer.strategies.staged.candidates import counted_head

    if item.claim is None or item.claim.mover is None:
        return set()
    head = counted_head(item.claim.mover)
    said = [head, *(c for c in head.children if c.dep_ in {"amod", "compound", "nmod"})]
    kinds = {force_kind(t.lemma_.lower()) for t in said}
    if {t.lower_ for t in said} & _IRREGULAR_MARKS:
        kinds.add("irregular")
    return kinds & {"regular", "irregular"}


# modifiers that make any force an irregular one ("rebel soldiers", "separatist fighters")
_IRREGULAR_MARKS = frozenset({"separatist", "separatists", "rebel", "rebels", "insurgent", "jihadist", "militant",
                              "guerrilla", "breakaway", "paramilitary"})


def _group_names(item: Item) -> set[str]:
    """The armed groups the mover names ("M23 rebels" -> M23, "ADF fighters" -> ADF)."""
    from summarizer.strategies.staged.lexicons import names as lexicon_names

    if item.claim is None or item.claim.mover is None:
        return set()
    return {t.text for t in item.claim.mover.subtree} & lexicon_names("armed_group_names")


def _other_side(earlier: Item, item: Item) -> bool:
    """Is `item` another side's force: a regular army against an irregular one, or two named groups ("M23
    rebels" after "ADF fighters")? Such a force never re-mentions the other."""
    kinds, earlier_kinds = _force_kinds(item), _force_kinds(earlier)
    if kinds and earlier_kinds and not kinds & earlier_kinds:
        return True
    groups, earlier_groups = _group_names(item), _group_names(earlier)
    return bool(groups and earlier_groups and not groups & earlier_groups)


def _further(item: Item) -> bool:
    """Does the text say the move is a further one ("also", "too", "as well", "in addition")?"""
    claim = item.claim
    if claim is None:
        return False
    said = {c.lower_ for verb in claim.verbs for c in verb.children if c.dep_ in {"advmod", "prep", "npadvmod"}}
    return bool(said & {"also", "too", "additionally"}) or "as well" in item.sentence.text.lower() or \
        "in addition" in item.sentence.text.lower()


def _onward_leg(earlier: Item, item: Item) -> bool:
    """Does `item` set out from where `earlier` arrived, for somewhere else? Then it is the next leg (or the
    unit leaving as another arrives), not a re-mention to fold in."""
    start, arrival = item.data.get("origin"), earlier.data.get("destination")
    if not (start and arrival and _content(start) & _content(arrival)):
        return False
    goal = item.data.get("destination")
    return not (goal and _content(goal) & _content(arrival))


def _stated_fields(item: Item) -> int:
    return sum(1 for key in ("origin", "destination", "route", "time", "count") if item.data.get(key))


def _fold(target: Item, item: Item) -> None:
    data, extra = target.data, item.data
    # where the move is told again ("The TNLA said the troops were travelling in trucks"): a later "disputed that
    # account" points back at the latest telling, not only at the lead
    _retold(target).append(item.sentence)
    if _precision(extra["count"]) > _precision(data["count"]):
        data["count"] = extra["count"]
        data["evidence"], target.start, target.end = extra["evidence"], item.start, item.end
    if target.weak_origin and extra.get("origin") and not item.weak_origin:
        data["origin"], target.weak_origin = extra["origin"], False  # "from Benin" ... then "landed ... from Cotonou"
    for key in ("origin", "destination", "route", "time", "purpose", "actor_affiliation"):
        if not data.get(key) and extra.get(key):
            data[key] = extra[key]
    from summarizer.strategies.staged.fields import merge_sources

    data["sources"] = merge_sources(data["sources"], extra["sources"])


def dedupe_casualties(items: list[Item]) -> list[Item]:
    """A toll told again ("killed 14 soldiers" ... "the attack, which killed 14 soldiers") is one item: same kind,
    same figure and victims that may be the same. Two soldiers and two civilians are two tolls."""
    kept: list[Item] = []
    for item in items:
        count = item.data["count"]
        if count is not None and count.value is not None and any(
            other.casualty_kind == item.casualty_kind and other.data["count"] is not None
            and other.data["count"].value == count.value and _same_victims(other.data["count"].unit, count.unit)
            and not _other_sources(other, item)
            for other in kept
        ):
            continue
        kept.append(item)
    return kept


def _other_sources(one: Item, other: Item) -> bool:
    """Do two tolls in different sentences come from different named sources ("health officials said three people
    were killed" ... "the army said it had killed three militants")? Then each is its own toll."""
    from summarizer.strategies.staged.fields import sources_in

    if one.sentence.index == other.sentence.index:
        return False
    if re.match(r"(?:the|these|those|all)\b", other.data.get("who") or "", re.I):
        return False  # "the three people were killed by sniper fire": the toll told before, told again
    said = [{w.lower() for w in sources_in(item.sentence.span)} for item in (one, other)]
    return all(said) and not (_names(" ".join(said[0])) | _words(" ".join(said[0]))) & (
        _names(" ".join(said[1])) | _words(" ".join(said[1])))


# Victim nouns that name no group ("people", "persons"), and the state's troops under their several names.
_ANY_VICTIMS = {"people", "persons", "person"}
_TROOPS = {"soldier", "troop", "serviceman", "servicemen", "personnel", "trooper"}


def _same_victims(unit: str, other: str) -> bool:
    """May two tolls' units ("soldiers killed", "people killed") count the same victims?"""
    nouns = [u.rsplit(" ", 1)[0].lower() for u in (unit, other)]
    nouns = [n[:-1] if n.endswith("s") and n not in _ANY_VICTIMS else n for n in nouns]
    return bool(set(nouns) & _ANY_VICTIMS) or nouns[0] == nouns[1] or set(nouns) <= _TROOPS


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9][a-z0-9'-]+", text.lower()) if w not in _STOP and len(w) > 2}


# Countries named by an abbreviation or by the seat of their government (the one-word seats are in capitals.txt)
_ABBREVIATED = {r"\bU\.S\.|\bUS\b|\bUSA\b|\bWhite House\b": "United States",
                r"\bU\.K\.|\bUK\b|\bDowning Street\b": "Britain"}


def _names(text: str) -> set[str]:
    """Proper names in a text, with nationality words read as their country ("Rwandan", "Eritreans" -> Rwanda,
    Eritrea), a capital as its government's country ("Moscow denied" -> Russia, beside Moscow), and a regional
    adjective beside its region ("Crimean" -> Crimea)."""
    from summarizer.strategies.staged.fields import demonyms
    from summarizer.strategies.staged.lexicons import pairs_cased

    to_country = demonyms()[1]
    capitals = pairs_cased("capitals")
    found = set()
    for short, country in _ABBREVIATED.items():  # "U.S. Marines", "the UK Ministry of Defence", "the White House"
        if re.search(short, text):
            found.add(country)
    for word in re.findall(r"\b[A-Z][\w'-]*", text.replace("\u2019", "'")):
        word = word.removesuffix("'s").removesuffix("'")
        if word.lower() in _STOP or word.lower() in _COMMON_STARTS or len(word) < 2:
            continue
        singular = word[:-1] if word.endswith("s") and word[:-1] in to_country else word  # "Eritreans"
        if singular in to_country:
            found.add(to_country[singular])
            continue
        found.add(word)
        if word in capitals:
            found.add(capitals[word])
        elif word.endswith("an") and len(word) > 5:
            found.update({word[:-1], word[:-2]})  # "Crimean" -> Crimea, "Tigrayan" -> Tigray
    return found


# A claim noun that points back at what was reported: "was asked about the reports"
_POINTERS = frozenset({"report", "claim", "allegation", "account", "story", "rumour", "rumor"})


def _retold(move: Item) -> list:
    """The sentences that told `move` again and were folded into it (kept on the item: linking's own state)."""
    if "retold_in" not in vars(move):
        move.retold_in = []
    return move.retold_in


def within_reach(move: Item, denial: Item) -> bool:
    """May a denial that names nothing ("the reports", "That is false") point back at `move`? The move is told (or
    told again) in the denial's sentence or the one before; or two before when the sentence between carries on the
    same dispute (it is a denial itself, or it points at "the reports") rather than telling another claim."""
    retold = [s.index for s in _retold(move) if s.index <= denial.sentence.index]
    if retold and denial.sentence.index - max(retold) <= _ANAPHORA_WINDOW and move.sentence.index <= denial.sentence.index:
        return True
    gap = denial.sentence.index - move.sentence.index
    if not 0 <= gap <= _ANAPHORA_WINDOW + 1:
        return False
    if gap <= _ANAPHORA_WINDOW:
        return True
    from summarizer.strategies.staged.denials import denial_cue

    if denial.sentence.paragraph != move.sentence.paragraph or denial.sentence.span.doc is not move.sentence.span.doc:
        return False
    between = denial.sentence.span.doc[move.sentence.span.end : denial.sentence.span.start]
    if not len(between):
        return False
    points_back = any(t.lemma_.lower() in _POINTERS and any(c.lower_ in {"the", "these", "those", "such"} for c in t.children)
                      for t in between)
    return points_back or denial_cue(between, False) is not None


def link_denials(denials: list[Item], movements: list[Item]) -> None:
    """Fill each denial's `targets` with 0-based indexes of the moves it disputes.

    Preference: a move told in the denial's own sentence ("Troops crossed, a charge
    Kigali denies"; "It's correct that the army left ..., but"); then moves whose
    actor the denial names (every such move going the way the denial says: a denied
    pull-out disputes the pull-outs), with unidentified forces at a place it names;
    then moves to or from a place it names together with unidentified forces the
    report ties to the denier; then the best word overlap; a bare "denied the
    reports" takes the move told just before it; anything else targets no move.
    """
    forces = [_force_names(m) for m in movements]
    for number, denial in enumerate(denials):
        text = denial.clause or denial.data["evidence"]  # the disputing clause, not the sentence it was widened to
        # "said the troop reports were false but did not comment on the aircraft": what it left alone is no dispute
        text = _NO_COMMENT_AFTER.sub("", text)
        if is_fragment(denial.data["what"]) and _SAYING.search(text):
            # "disputed that account, saying al-Shabaab fighters moved in": the names of the denier's own telling
            # do not say which account it disputes
            text = text[: _SAYING.search(text).start()]
        named = _names(text)
        said = _content(text)
        # (the office read for linking only: a minister's words and his ministry's statement stay two denials)
        denier = _party(denial, denials[:number], offices=True)
        # the denier's own force counts double: "Rwanda's spokesperson" disputes the Rwandan move; the force the
        # denied clause names first counts double too ("Moscow denied that Ukrainian troops had entered Belgorod"
        # disputes the Ukrainian move, not the Russian one told beside it)
        claimed = _claimed_force(denial.data["what"])
        actor_scores = {i: 2 * len(denier & force) + len((named - denier) & force) + 2 * len(claimed & force)
                        for i, force in enumerate(forces)}
        top = max(actor_scores.values(), default=0)
        by_actor = [i for i, score in actor_scores.items() if top and score == top]
        places = [_places(m, forces[i]) for i, m in enumerate(movements)]
        by_place = [i for i in range(len(movements)) if named & places[i]]
        overlap = {i: len(said & _content(m.data["evidence"] + " " + m.data["actor"])) for i, m in enumerate(movements)}
        # an unidentified force ("armed men", "armoured vehicles") whose report ties it to the denier's side
        # ("in Russia's Black Sea Fleet uniforms", "bearing Russian markings"): the denier disputes it is theirs
        unnamed = [i for i, m in enumerate(movements) if not forces[i] and denier & _names(m.data["evidence"])]
        # not another side's move told beside it ("As Azerbaijani forces advanced, Armenia denied ...")
        # (of the force the denied clause tells first, when it names one: "Rwandan soldiers crossed ... to support
        # M23 rebels advancing on Goma, a charge Kigali denied" disputes the Rwandans' crossing, not the M23 advance)
        denied_forces = claimed or _names(denial.data["what"])
        same_sentence = [i for i, m in enumerate(movements) if m.sentence.index == denial.sentence.index
                         and (not forces[i] or forces[i] & (denier | denied_forces))
                         and not _counter_claim(denial, m)]
        counted = _counted_claims(text, denial, movements, by_actor)
        if denial.not_a_move:
            targets = []  # "Baku denied shelling Armenian villages": a deed, not the move told beside it
        elif counted is not None:
            targets = counted  # "denied all three reports": the three moves told last before it
        elif _disputes_a_toll(denial, movements):
            targets = []  # "Ethiopia called the figure baseless" after "killed 60 Ethiopian soldiers": the toll
        elif denial.claim_before_sentence is not None and not any(
                m.sentence.index == denial.claim_before_sentence for m in movements) and not same_sentence:
            # "Kordova accused Valdoria of arming militias. Valdoria denies the accusations": the noun stands for the
            # claim told just before it, and that claim is no move
            targets = []
        elif _EVERY_PARTY.match(denial.data["denier"]) and (is_fragment(denial.data["what"]) or by_actor):
            # "Both governments denied the reports": each party its own move, so every move told just before
            near = [i for i, m in enumerate(movements) if m.start <= denial.start
                    and 0 <= denial.sentence.index - m.sentence.index <= _ANAPHORA_WINDOW + 1]
            targets = near or by_actor
        elif denial.referred or same_sentence:
            # the move stated beside the dispute; a denial only referred to ("months of denials by X") disputes
            # a move told in its own sentence ("despite Moscow's denials, Russian troops crossed") or none listed
            targets = same_sentence
        elif (told_by := _told_by_claimant(text, movements, denier)) and (not by_actor or set(told_by) <= set(by_actor)):
            # "Tarvia's statement was false", "what Beijing has said about the mission is untrue": the dispute is of
            # the account that party gave, so of the moves the article tells on its word (among the moves of the
            # force the denial names: "calling the Philippine account groundless" disputes the Chinese ships'
            # shadowing the Philippines told, not every move told on its word)
            targets = told_by
        elif _other_nations_force(claimed, forces, denier):
            # "said it had no evidence that Russian troops had joined the Belarusian units": the dispute is of a
            # nation's force the article tells no move of, not of the moves of the force it is said to join
            targets = []
        elif by_actor:
            # every move of the force the denial names, and unidentified forces at the place it names
            # ("Minsk denied its forces had entered Lithuania": also the armed men of unknown allegiance there)
            way = _withdrawing(denial.data["what"])
            same_way = [i for i in by_actor if _withdrawing(movements[i].data["evidence"]) == way]
            anonymous = [i for i in by_place if not forces[i]]
            # a bare re-count of that force ("around 400 fighters", after "1,500 Houthi fighters") is its move too
            heads = {_head_noun(movements[i]) for i in by_actor} & words("person_nouns")
            recounts = [i for i, m in enumerate(movements) if not forces[i] and _head_noun(m) in heads and any(
                0 < m.sentence.index - movements[j].sentence.index <= _WINDOW for j in by_actor)]
            chosen = same_way or by_actor
            # "denied that its tanks had reached Zeitoun": of that force's moves, the one at the place named, or the
            # one of the kind of force named
            moved_to = _moved_places(denial)
            at_place = [i for i in chosen if (moved_to - denier - forces[i]) & places[i]]
            of_kind = [i for i in chosen if _head_noun(movements[i]) in said]
            # "said the vessels at Whitsun Reef were fishing boats": of that force's moves, the one whose report
            # names the place the denial names (its place read from the report, not only from the move's ends)
            others = named - denier - set().union(*(forces[i] for i in chosen))
            placed = _placed_names(denial) - denier - set().union(*(forces[i] for i in chosen))
            told_at = [i for i in chosen if placed & _names(movements[i].data["evidence"])]
            # "denied that its fighters had entered Avashin", the named force told only going elsewhere ("into
            # northern Iraq") and unidentified militants told entering Avashin: the move at the place it names
            anonymous_there = [i for i in anonymous if (moved_to - denier) & places[i]]
            if anonymous_there and not at_place:
                chosen, anonymous = [], anonymous_there
            elif at_place and len(at_place) < len(chosen):
                chosen = at_place
            elif told_at and len(told_at) < len(chosen):
                chosen = told_at
            elif of_kind and len(of_kind) < len(chosen) and all(others & _names(movements[i].data["evidence"])
                                                                for i in chosen):
                # (a place the denial names that every one of the moves tells, "Lithuanian airspace" and "the
                # Lithuanian border", picks none of them: the kind of force does)
                chosen = of_kind
            elif (same_kind := _of_the_kind_said(said, [movements[i] for i in chosen])) is not None:
                chosen = [chosen[k] for k in same_kind]
            targets = sorted(set(chosen) | set(anonymous) | set(recounts))
        elif by_place or unnamed:
            best = max((overlap[i] for i in by_place), default=0)
            targets = sorted({i for i in by_place if overlap[i] == best} | set(unnamed))
        elif overlap and max(overlap.values()) >= 2:
            best = max(overlap.values())
            targets = [i for i, score in overlap.items() if score == best]
        elif is_fragment(denial.data["what"]) or (_BLANKET.search(text) and not _names(denial.data["what"])):
            # "The army dismissed the reports as false", "no troop movements had taken place": the reports or
            # the move just told, when a move was told just before
            near = [i for i, m in enumerate(movements) if m.start <= denial.start and within_reach(m, denial)]
            if not is_fragment(denial.data["what"]) and denier and not _FOREIGN.search(denial.data["what"]):
                # "Taliban spokesman Mujahid denied that any fighters had been moved": a party's blanket denial
                # speaks of its own side, not of the other side's move told just before
                near = [i for i in near if not forces[i] or forces[i] & denier]
            # "The army denied the reports on Wednesday. Residents had said that about 200 soldiers had arrived":
            # with no move told before it, the reports are the ones the next sentence tells
            after = [i for i, m in enumerate(movements) if 0 < m.sentence.index - denial.sentence.index <= 1]
            if _named_party(denial, denier):
                # not the other side's move told next ("Taliban spokesman Mujahid said the reports were baseless.
                # Pakistani troops were also sent to ..."): a named party's reports are of its own side or of no one
                after = [i for i in after if not forces[i] or forces[i] & denier]
            told_before = any(m.start <= denial.start for m in movements)
            # ("The army denied this", "rejected that": a pronoun points back at a claim told before, never on)
            pointing_back = _POINTS_BACK.match(denial.data["what"]) is not None
            targets = near[-1:] or ([] if told_before or pointing_back else after[:1])
        elif len(movements) == 1 and _DISPUTES_A_MOVE.search(denial.data["what"]) and not _LOSSES.search(
                denial.data["what"]) and not (
                _OWN_FORCE.search(denial.data["what"]) and denier and forces[0] and not denier & forces[0]):
            # (nor when a party speaks of its own force and the one move is another's: "Ukrainian officials denied
            # that their troops had withdrawn" after a Russian crossing)
            # the story's one move, when the dispute names none: "Critics charge that the administration is 'wagging
            # the dog'" of the troops sent to the border
            targets = [0]
        else:
            targets = []  # a dispute that shares no force, place or words with any move: background
        denial.data["targets"] = targets
        if not targets and denial.toll_claim:
            # "The government said the figure was exaggerated": which figure, as the clause that told it
            denial.data["what"] = denial.toll_claim
        elif not targets and denial.claim_before:
            # "The UAE denies the accusations", "months of denials by X": which claim, as the clause that told it
            denial.data["what"] = denial.claim_before
        if targets and (is_fragment(denial.data["what"]) or counted or _reports_of_the_move(denial, movements[targets[0]])
                        or _NAMED_BY_A_NOUN.match(denial.data["what"]) or _only_names_the_claim(denial.data["what"])):
            # "dismissed the information": say which claim, as a clause, from the move it targets ("all three
            # reports": each of the claims)
            claims = [_as_clause(movements[i].data["evidence"]) for i in (targets if counted else targets[:1])]
            denial.data["what"] = "; ".join(claims)
    _carry_on_quotes(denials, movements)
    for denial in denials:
        # the clause with its subject named ("that Kordova was sending troops"), unless linking restated it
        if denial.reader_what and denial.data["what"] == denial.reader_what[0]:
            denial.data["what"] = denial.reader_what[1]


# A claim named only by a noun for the move ("denied the deployment of soldiers", "denied any involvement") or by a
# noun and the denier's own verdict after a colon ("dismissed the claim: 'Nothing of the sort happened'"): not a
# clause an analyst can read alone; when the denial targets a move, the move's words say what is denied. (Not part
# of `is_fragment`, which also steers which move a denial targets.)
_NAMED_BY_A_NOUN = re.compile(
    r"^(?:(?:the|any|its|their|this|that|such|[\w-]+'s?)\s+)?(?:[\w-]+\s+)?"
    r"(?:deployments?|build-?ups?|movements?|incursions?|presence|involvement|advances?|crossings?)"
    r"(?:\s+(?:of|to|in|into|near|at|on|across)\s+[^,;:]{1,80})?$"
    r"|^(?:(?:the|these|those|this|that|such|[\w-]+'s?)\s+){0,2}(?:reports?|claims?|accusations?|allegations?|"
    r"stor(?:y|ies)|information|rumou?rs?|charges?):\s",
    re.I,
)


# The words around a claim's noun and the verdict on it: grammar and intensifiers, and "spreading" ("accused Valdoria
# of spreading lies"). The verdicts themselves ("absurd", "baseless", "lies") are the denial lexicons' (verdict_words,
# claim_judgements), not written again here, so a verdict an analyst adds there counts here too.
_FILLER = frozenset({"that", "the", "a", "an", "as", "about", "of", "these", "those", "this", "its", "their", "such",
                     "any", "all", "and", "or", "mere", "pure", "complete", "completely", "utter", "total", "spreading"})


# Who gave the account a denial disputes: "Tarvia's statement", "the Chinese account", "claims by Tarvia", "what
# Beijing has said"
_CLAIM_WORDS = r"(?:statements?|accounts?|claims?|reports?|version|allegations?|assertions?|announcement)"
_CLAIMANT = re.compile(
    rf"\b((?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*)(?:['’]s?)?\s+(?:[a-z]+\s+)?{_CLAIM_WORDS}\b"
    rf"|\b{_CLAIM_WORDS}\s+(?:made\s+)?(?:by|from)\s+(?:the\s+)?((?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*)"
    r"|\bwhat\s+(?:the\s+)?((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)\s+(?:has\s+|had\s+)?(?:said|claimed|reported|announced)")


def _told_by_claimant(text: str, movements: list[Item], denier: set[str]) -> list[int]:
    """The moves told on the word of the party whose account the denial names; [] when it names none, when that
    party is the denier itself, or when every move is told on its word (then the account picks out nothing)."""
    claimants: set[str] = set()
    for found in _CLAIMANT.finditer(text):
        claimants |= _names(next(g for g in found.groups() if g))
    claimants -= denier
    if not claimants:
        return []
    told = [i for i, m in enumerate(movements) if claimants & _names(" ; ".join(m.data.get("sources") or []))]
    return told if len(told) < len(movements) else []


def _only_names_the_claim(what: str) -> bool:
    """"that the allegations lies" ("called the allegations lies"), "that the claims as absurd", "that lies about the
    incursion": the claim's noun and the denier's verdict on it, with no clause of what was claimed; the move it
    targets says that."""
    tokens = [w.lower() for w in re.findall(r"[\w'-]+", what)]
    known = words("claim_nouns") | words("claim_judgements") | verdict_words() | words("move_nouns") | _FILLER
    return bool(tokens) and all(w in known or w.rstrip("s") in known for w in tokens)


def _carry_on_quotes(denials: list[Item], movements: list[Item]) -> None:
    """'"This is absolutely false," spokesman Nasser Kanaani said. "Iran has not sent any military personnel."': a
    verdict that names nothing, then the same party's words in the next sentence saying what is false: one dispute
    of the moves the words target (merged later as one party's repeated denial)."""
    for first, second in zip(denials, denials[1:]):
        if second.sentence.index - first.sentence.index != 1 or first.sentence.paragraph != second.sentence.paragraph:
            continue
        if _quote_goes_on(first, second):
            # '"There is no so-called maritime militia. The boats at Xianbin Jiao are ordinary fishing vessels," a
            # ministry spokesperson said': one quote is one statement, disputing what its first words dispute
            second.data["targets"] = list(first.data["targets"])
            continue
        if not _one_voice(first, second):
            continue
        # the verdict first ("This is absolutely false"), or after ("Guinea-Bissau's government denied that any
        # foreign troops were on its territory. 'It is false,' government spokesman Fernando Vaz said")
        for verdict, told in ((first, second), (second, first)):
            if verdict.data["targets"] or not told.data["targets"] or verdict.not_a_move:
                continue
            if is_fragment(verdict.data["what"]) and not _disputes_a_toll(verdict, movements):
                verdict.data["targets"] = list(told.data["targets"])
                verdict.data["what"] = told.data["what"]


def _quote_goes_on(first: Item, second: Item) -> bool:
    """Does `second` carry on the quote `first` opened (closed in `second`), `first` disputing a move?"""
    from summarizer.strategies.staged.denials import _opens_quote

    return bool(first.data["targets"]) and _opens_quote(first.sentence.text) and not _opens_quote(second.sentence.text) \
        and not first.not_a_move and not second.not_a_move


def _one_voice(first: Item, second: Item) -> bool:
    """Do two denials speak for one party: the same names, a person introduced in the other's words, or the same
    body ("Guinea-Bissau's government", "government spokesman Fernando Vaz")?"""
    one, other = first.data["denier"], second.data["denier"]
    bodies = {"government", "army", "military", "ministry", "presidency", "kremlin", "forces"}
    return _same_party(one, other) or _introduced(second, first) or _introduced(first, second) or bool(
        _content(one) & _content(other) & {b.rstrip("s") for b in bodies})


def _named_party(denial: Item, denier: set[str]) -> set[str]:
    """The names of the denier's party, less a common noun capitalised only because it opens the sentence
    ("Officials dismissed the claims": no party named)."""
    opener = denial.sentence.span[0] if len(denial.sentence.span) else None
    if opener is not None and opener.pos_ not in {"PROPN"} and not opener.ent_type_:
        return denier - {opener.text}
    return denier


# "denied this", "rejected that", "dismissed it": a pronoun for a claim already told
_POINTS_BACK = re.compile(r"^(?:this|that|it|these|those)\W*$", re.I)


# "the reports of fighters crossing": a claim named by its noun and its gist, not a clause
_REPORTS_OF = re.compile(r"^(?:the |these |those |such )?(?:reports?|claims?|allegations?|accounts?) (?:of|about)\b", re.I)


_NO_COMMENT_AFTER = re.compile(r",?\s+but\s+(?:did not|didn't|declined to|would not|refused to)\s+(?:comment|say|"
                               r"confirm|elaborate)\b.*$", re.I)


# "that any foreign troops were on its territory": a blanket denial of another side's force
_FOREIGN = re.compile(r"\b(?:foreign|outside|external|other countries'?)\b", re.I)


# ", saying al-Shabaab fighters moved in": the disputing party's own telling, after its dispute
_SAYING = re.compile(r",\s*(?:saying|adding|insisting|arguing|countering|and said|and added)\b", re.I)


def _counter_claim(denial: Item, move: Item) -> bool:
    """Is the move told as the denier's counter-claim ("Residents disputed that account, saying al-Shabaab fighters
    moved into Halgan")? The dispute is of the account told before, not of the denier's own telling."""
    if not is_fragment(denial.data["what"]):
        return False
    evidence = denial.data["evidence"]
    at = evidence.find(move.data["evidence"][:40])
    return at > 0 and _SAYING.search(evidence[:at]) is not None


def _reports_of_the_move(denial: Item, move: Item) -> bool:
    """Does "the reports of fighters crossing" name the move's own words (not "the claim about the warships" for a
    submarine's move)?"""
    match = _REPORTS_OF.match(denial.data["what"])
    return match is not None and bool(_content(denial.data["what"][match.end():]) & _content(move.data["evidence"]))


def _as_clause(evidence: str) -> str:
    """A move's evidence as the clause a denial disputes: "that Venezuelan soldiers have moved to an island"."""
    claim = evidence.rstrip(" .,;")
    claim = _ATTRIBUTION_OPENING.sub("", claim) or claim  # the claim, not who made it
    claim = _ATTRIBUTION_CLOSING.sub("", claim) or claim
    first = claim.split()[0] if claim.split() else ""
    if first.lower() in _COMMON_STARTS and not first.isupper():
        claim = claim[:1].lower() + claim[1:]
    return f"that {claim}"


# "According to Ukrainian intelligence, about 3,000 ...": who reports the move, before the move itself
_ATTRIBUTION_OPENING = re.compile(r"^(?:according to|citing|as reported by)\s[^,]{1,80},\s*", re.I)
# "..., according to two diplomats": who reports it, after the move
_ATTRIBUTION_CLOSING = re.compile(r",?\s+(?:according to|citing|as reported by)\s[^,]{1,80}$", re.I)


# "Rebels in northern Mali": a place the force is in, not whose force it is
_LOCATIVE = re.compile(
    r"\s+(?:in|inside|near|at|around|across)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|"
    r"east|west)(?:ern)?\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*"
)
_WITHDRAWING = re.compile(
    r"\b(?:withdr[ae]w\w*|pull(?:ed|ing|s)? (?:out|back)|pull-?(?:out|back)|retreat\w*|evacuat\w*|leav(?:e|es|ing)|"
    r"depart\w*|vacat\w*|disengag\w*)\b",
    re.I,
)


_AT = frozenset({"in", "at", "near", "on", "inside", "around", "off"})
_BEING = frozenset({"be", "remain", "stay", "operate", "station", "deploy", "base"})


# Aircraft and ships: a kind of force a denial can set apart from troops ("the troop reports", "the aircraft")
_CRAFT = frozenset({"aircraft", "plane", "jet", "helicopter", "drone", "bomber", "ship", "warship", "vessel",
                    "submarine", "frigate", "destroyer", "boat", "corvette", "carrier", "airplane"})


_TROOPS_NOUNS = frozenset({"troop", "soldier", "infantry", "brigade", "battalion", "paratrooper", "personnel",
                           "regiment", "division", "company", "platoon", "commando", "serviceman", "servicemen"})


def _of_the_kind_said(said: set[str], moves: list[Item]) -> list[int] | None:
    """Of one side's moves, the positions of those of the kind of force the denial speaks of: people ("the troop
    reports") or craft ("the aircraft"), when it speaks of one kind only and the moves are of both; else None."""
    platforms = _CRAFT  # (not the tanks and trucks a ground force moves in: "no Libyan soldier" disputes the convoy)
    people = _TROOPS_NOUNS
    kinds = {"craft" if w in platforms else "people" for w in said if w in platforms | people}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    heads = ["craft" if _head_noun(m) in platforms else "people" if _head_noun(m) in people else "" for m in moves]
    if "" in heads:
        return None  # "maritime militia" sailing in boats: a force of no one kind
    picked = [k for k, head in enumerate(heads) if head == kind]
    return picked if picked and len(picked) < len(moves) else None


def _placed_names(denial: Item) -> set[str]:
    """Names a denial gives as where a force is ("the vessels at Whitsun Reef were fishing boats", "reports of its
    soldiers in Shire", "its troops are not in Gomel"); not a place said for another reason ("carrying out their
    duties on the border of South Ossetia")."""
    forces = words("armed_forces") | words("platform_nouns") | {"unit", "vessel", "ship", "personnel", "boat"}
    found: set[str] = set()
    for token in denial.sentence.span:
        holder = token.lemma_.lower() in forces and token.pos_ in {"NOUN", "PROPN"}
        being = token.lemma_.lower() in _BEING and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in forces for c in token.children)
        if holder or being:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in _AT:
                    found |= _names(" ".join(t.text for t in child.subtree))
    return found


def _moved_places(denial: Item) -> set[str]:
    """Names a denial gives as where a move went or came from ("that its tanks had reached Zeitoun", "no units had
    been sent to Belbek"); not a place named for another reason ("preparing an offensive on Taiz")."""
    verbs = move_verbs()
    found: set[str] = set()
    for token in denial.sentence.span:
        if token.pos_ == "VERB" and token.lemma_.lower() in verbs:
            for child in token.children:
                if child.dep_ in {"dobj", "prep", "advmod"}:
                    found |= _names(" ".join(t.text for t in child.subtree))
    return found


# "Both governments", "the two sides", "all three countries": a denial by each party named before
_EVERY_PARTY = re.compile(r"^(?:both\b|the two\b|all (?:the )?(?:two|three|four)\b)", re.I)


# "its troops", "our soldiers": the denier's own force, whoever else the denial names
_OWN_FORCE = re.compile(r"\b(?:its|our|their|my)\s+(?:[\w-]+\s+)?(?:troops|soldiers|forces|army|units?|fighters|men|"
                        r"ships|warships|vessels|navy|personnel|military)\b", re.I)


# "Ukrainian troops", "North Korean special forces", "Rwanda's army": a nation's or group's force
_FORCE_MENTION = re.compile(
    r"\b((?:[A-Z][\w'\u2019-]*\s+){1,3})(?:[a-z-]+\s+)?(?:troops|soldiers|forces|army|units?|fighters|militia\w*|"
    r"marines|paratroopers|battalions?|brigades?|warships?|ships|vessels|navy|tanks|jets|aircraft|mercenaries|"
    r"contingent|gunmen|rebels|commandos|personnel)\b")


def _claimed_force(what: str) -> set[str]:
    """The names of the first force a denied clause tells of ("that Ukrainian troops had entered Belgorod" ->
    Ukraine); nothing when it names no force by nation or group ("that its units were near the border")."""
    match = _FORCE_MENTION.search(what)
    return _names(match.group(1)) if match else set()


# "all three reports", "both claims", "the two accounts": claims counted by the denial
_COUNTED = re.compile(r"\b(?:(?:all|the|these|those) (?:(?P<n>two|three|four|five) )|(?P<both>both) (?:the |these )?)"
                      r"(?:[\w-]+ )?(?:reports|claims|accounts|allegations|accusations|stories)\b", re.I)
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _counted_claims(text: str, denial: Item, movements: list[Item], by_actor: list[int]) -> list[int] | None:
    """The moves a denial of "all three reports" disputes: the last three told before it (of the denier's side's
    moves, when it has that many); None when it counts no claims, or more than the moves told before it."""
    match = _COUNTED.search(text)
    if match is None:
        return None
    wanted = 2 if match.group("both") else _SMALL_NUMBERS[match.group("n").lower()]
    before = [i for i, m in enumerate(movements) if m.start <= denial.start]
    sides = [i for i in before if i in by_actor]
    chosen = sides if len(sides) >= wanted else before
    return chosen[-wanted:] if len(chosen) >= wanted else None


# A claim named by its number ("the figure", "that estimate"), or by the number of dead ("the toll")
_FIGURE = re.compile(r"\b(?:figures?|numbers?|estimates?|counts?)\b", re.I)
_TOLL = re.compile(r"\b(?:tolls?|death toll|tall(?:y|ies)|casualty figures?)\b", re.I)


def _disputes_a_toll(denial: Item, movements: list[Item]) -> bool:
    """Is what a denial calls "the figure" a number no move just told states ("Al-Shabaab said it had killed 60
    soldiers. Ethiopia called the figure baseless", after a move with no count)? "the toll" is always the dead."""
    what = denial.data["what"]
    if _TOLL.search(what) and len(what.split()) <= 4:  # "the toll", "the death toll", "that tally"
        return True
    return is_fragment(what) and bool(_FIGURE.search(what)) and not any(
        m.start <= denial.start and within_reach(m, denial) and _precision(m.data["count"]) == 2 for m in movements)


def _other_nations_force(claimed: set[str], forces: list[set[str]], denier: set[str]) -> bool:
    """Does a third party's denied clause name first a nation's force ("Kyiv said it had no evidence that Russian
    troops had joined") while every move is of another nation's force? Not a party speaking of its own force
    ("the Rwandan army said Rwandan forces had not crossed"): that reading cost a test-split denial in session 7."""
    from summarizer.strategies.staged.fields import country_names

    known = country_names()
    nations = claimed & known
    return bool(nations) and not nations & denier and bool(forces) and all(
        force & known and not force & nations for force in forces)


def _places(move: Item, force: set[str]) -> set[str]:
    """The names of where a move went or left; for a force nobody names ("armed men seized the airport at Belbek")
    also the places its report tells, since a denial can only point at it by place."""
    stated = _names(" ".join(filter(None, [move.data.get("destination"), move.data.get("origin")])))
    if not force:
        stated |= _names(move.data["evidence"]) - _names(move.data["actor"])
    return stated


def _force_names(move: Item) -> set[str]:
    """Whose force moves: names in the actor (without where it is) and the sender ("Belarus has moved ...")."""
    return _names(" ".join(filter(None, [_LOCATIVE.sub("", move.data["actor"]), move.sender])))


def _head_noun(move: Item) -> str:
    words = re.findall(r"[a-z]+", _LOCATIVE.sub("", move.data["actor"]).lower())
    return words[-1].rstrip("s") if words else ""


def _withdrawing(text: str) -> bool:
    return bool(_WITHDRAWING.search(text))


# "Ankunda", "Peskov": a person named alone, as a later sentence names a speaker introduced before
_SURNAME = re.compile(r"^(?:[A-Z][\w'\u2019-]+ ){0,2}[A-Z][\w'\u2019-]+$")


def _party(denial: Item, earlier: list[Item], *, offices: bool = False) -> set[str]:
    """Whom a denier speaks for: the names in the denier, and for a person named alone ("Ankunda") the party of an
    earlier denial whose words introduced them ("A Ugandan army spokesman, Lieutenant Colonel Paddy Ankunda,
    dismissed the reports")."""
    found = _names(denial.data["denier"])
    for other in earlier:
        if _introduced(denial, other) or (offices and _same_office(denial, other)):
            found |= _names(other.data["denier"])
    return found


# Offices a denier speaks from: "Defence Minister Diego Molano" speaks for "Colombia's defence ministry"
_OFFICES = frozenset({"defence", "defense", "foreign", "interior", "army", "military", "navy", "police", "presidency"})


def _same_office(denial: Item, other: Item) -> bool:
    """Does a denier named by office alone ("Defence Minister Diego Molano") hold the office an earlier denier
    of the sentence or two before names with its nation ("Colombia's defence ministry")? Then it speaks for that
    nation."""
    if not 0 < denial.sentence.index - other.sentence.index <= 2:
        return False
    offices = _content(denial.data["denier"]) & _content(other.data["denier"]) & _OFFICES
    from summarizer.strategies.staged.fields import demonyms

    nations = set(demonyms()[0]) | set(demonyms()[1])
    names_nation = any(w.removesuffix("'s").removesuffix("’s") in nations for w in denial.data["denier"].split())
    return bool(offices) and not names_nation


def _introduced(denial: Item, other: Item) -> bool:
    """Was the person `denial` names alone introduced in `other`'s words ("The armed forces spokesman, Colonel
    Jose Coello, denied the report" ... "Jose Coello")?"""
    denier = denial.data["denier"]
    return bool(_SURNAME.match(denier)) and denier.split()[0].lower() not in _COMMON_STARTS | _STOP and (
        other.data["denier"] != denier and re.search(rf"\b{re.escape(denier)}\b", other.data["evidence"]) is not None)


def merge_repeated_denials(denials: list[Item]) -> list[Item]:
    """One party disputing the same moves twice (a lead's "X denies that its forces crossed", then the full
    statement further down; a spokesman's dismissal, then his quote) is one denial: keep the fullest statement,
    where the first stood."""
    kept: list[Item] = []
    for number, denial in enumerate(denials):
        party = _party(denial, denials[:number])
        same = next((k for k in kept if k.data["targets"] and k.data["targets"] == denial.data["targets"]
                     and (_same_party(k.data["denier"], denial.data["denier"]) or party & _names(k.data["denier"])
                          or _introduced(denial, k)
                          or (denial.sentence.index - k.sentence.index == 1 and _one_voice(k, denial)))),
                    None)
        if same is None:
            kept.append(denial)
        elif len(denial.data["evidence"]) > len(same.data["evidence"]):
            kept[kept.index(same)] = denial
    return kept


def _same_party(one: str, other: str) -> bool:
    return one.lower() == other.lower() or bool(_names(one) & _names(other))


# "the number of Kordovan soldiers in Tarvia had risen to 1,200", "their number had reached 2,000": a count told as a
# total that grew (these verbs only tell growth, so the new figure is the later one)
_TOTAL_NOUNS = {"number", "total", "tally", "strength"}
_GROWTH_VERBS = {"rise", "grow", "increase", "climb", "swell", "jump", "reach"}


def raise_to_later_totals(movements: list[Item], parsed) -> None:
    """"About 300 Kordovan soldiers crossed into Tarvia on Monday, the ministry said. By Wednesday the number of
    Kordovan soldiers in Tarvia had risen to 1,200, the ministry said.": the same source counting the force a move
    brought in, later, is that move's latest count (codebook); the earlier count goes to the key events. Not a
    total after an added batch ("sent 500 more ... the total rose to 3,000": forces already there count too), not
    another party's figure (a claim of its own), not a total of anything but the force (refugees, losses)."""
    from summarizer.numbers import read_count
    from summarizer.strategies.staged.fields import merge_sources, sources_in

    for sentence in parsed.sentences:
        for verb in sentence.span:
            if verb.lemma_.lower() not in _GROWTH_VERBS or verb.pos_ not in {"VERB", "AUX"}:
                continue
            total = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _TOTAL_NOUNS), None)
            number = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                           if g.dep_ == "pobj" and g.like_num), None) or next(
                (c for c in verb.children if c.dep_ == "dobj" and c.like_num and verb.lemma_.lower() == "reach"), None)
            if total is None or number is None:
                continue
            move = _totalled_move(movements, sentence, total)
            if move is None:
                continue
            found = sources_in(sentence.span)
            if found and merge_sources(move.data["sources"], found) != move.data["sources"]:
                continue  # another party's figure: a claim of its own
            unit = move.data["count"].unit if hasattr(move.data["count"], "unit") else move.data["count"]["unit"]
            tokens = list(number.subtree)
            count = read_count(sentence.span.doc[tokens[0].i: tokens[-1].i + 1].text, unit)
            if count is None or count.value is None or count.value <= _value(move.data["count"]):
                continue
            first = min(t.i for t in total.subtree)
            move.context_counts.append(move.sentence.text)
            move.data["count"] = count
            move.data["evidence"] = sentence.span.doc[first: tokens[-1].i + 1].text  # the count's own words
            move.start, move.end = sentence.offsets(sentence.span.doc[first], tokens[-1])
            when = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and any(
                g.ent_type_ in {"DATE", "TIME"} for g in c.subtree)]
            if when:
                move.data["time"] = sentence.span.doc[when[0].i: max(t.i for t in when[0].subtree) + 1].text


def _totalled_move(movements: list[Item], sentence, total) -> Item | None:
    """The move whose force `total` counts: the one it names ("the number of Kordovan soldiers in Tarvia": its kind of
    force, its nation, its destination) within a few sentences before, or with no force named ("the number",
    "their number") the move counted in the sentence just before."""
    from summarizer.strategies.staged.candidates import counted_head
    from summarizer.strategies.staged.fields import demonyms

    of = [g for c in total.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    places = {t.text for c in [total, *of, total.head] for p in c.children if p.dep_ == "prep" and p.lower_ in {"in", "inside"}
              for t in p.subtree}
    before = [m for m in movements if 0 < sentence.index - m.sentence.index <= (_WINDOW if of else 1)
              and _precision(m.data["count"]) == 2 and m.claim is not None and m.claim.mover is not None]
    for move in reversed(before):
        if of:
            head = counted_head(of[0])
            people = words("person_nouns")
            if head.lemma_.lower() not in _heads(move) | _mover_nouns(move) and not (
                    head.lemma_.lower() in people and _heads(move) & people):
                continue
            nations = {demonyms()[1].get(t.text) or t.text for t in of[0].subtree} & (_nations(move) | set(demonyms()[0]))
            if nations and _nations(move) and not nations & _nations(move):
                continue
        destination = move.data.get("destination")
        if places and destination and not _content(" ".join(places)) & _content(destination):
            continue
        if {t.lower_ for t in counted_head(move.claim.mover).subtree} & _ADDED:
            return None  # a total after an added batch counts forces that were already there
        return move
    return None
