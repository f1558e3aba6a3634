"""Linking: fold repeated mentions of one move together, dedupe tolls, point denials at moves.

* A later mention of the same force by a bare noun or pronoun ("the fighters
  had crossed", "they") is the same move: its count, sources, route and time
  fill the earlier entry (the numeric count wins over "hundreds"; the evidence
  follows the count). A named repeat ("Israeli troops" ... "Israeli forces", "the Army" ... "Army columns")
  folds too when it names the same force, the same kind of force and the same place at the same end of the
  move; another nation's force ("the Lebanese army" after "Israel's army"), another kind of force, or another
  date for the same end of the move keeps its own entry.
* Casualty tolls with the same kind and number are one toll.
* A denial targets the moves it shares names, places or verbs with; failing
  that, the nearest move before it.
"""

from __future__ import annotations

import re

from summarizer.strategies.staged.assemble import Item
from summarizer.strategies.staged.denials import is_fragment
from summarizer.strategies.staged.lexicons import words

_WINDOW = 3  # sentences: how far back a bare "the fighters" may refer
_STOP = {"the", "a", "an", "of", "and", "in", "on", "to", "from", "that", "had", "has", "have", "was", "were",
         "said", "its", "their", "it", "they", "no", "not", "any", "group", "is", "are", "be", "been", "by",
         "for", "with", "as", "at", "this", "week", "monday", "tuesday", "wednesday", "thursday", "friday",
         "saturday", "sunday", "did", "would", "will", "only", "under", "there", "these", "those"}  # fmt: skip


# Sentence-initial words that are not names: lower-cased when a clause is quoted after "that".
_COMMON_STARTS = {"the", "a", "an", "at", "about", "around", "some", "more", "up", "nearly", "over", "several",
                  "dozens", "hundreds", "thousands", "two", "three", "four", "five", "troops", "soldiers", "fighters"}


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
    if item.generic:
        return _head(earlier) == _head(item) or earlier.claim.verb.lemma_ == claim.verb.lemma_ or (
            _head(item) in words("person_nouns") and _head(earlier) in words("person_nouns")
        )
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
    if not same_place:
        return False
    return _precision(item.data["count"]) < 2 or _precision(earlier.data["count"]) < 2


def _unnamed(text: str) -> str:
    """The common words of an actor: "Israeli forces" -> "forces", "Army columns" -> "army columns"."""
    from summarizer.strategies.staged.fields import demonyms

    nationalities = demonyms()[1]
    return " ".join(w for w in text.split() if w.removesuffix("'s").removesuffix("’s") not in nationalities and not (
        w[:1].isupper() and w.lower() in _STOP))


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"}


def _different_times(time: str | None, earlier_time: str | None) -> bool:
    """Two stated dates that share no day, month or number ("on Saturday May 4", "on April 10") date two
    different moves; a vague time ("over the weekend", "recently") dates nothing."""
    def dates(text: str | None) -> set[str]:
        found = set(re.findall(r"[a-z]+|\d+", (text or "").lower()))
        return {w for w in found if w in _WEEKDAYS or w in _MONTH_NAMES or w.isdigit()}

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
        for earlier in reversed(kept):  # kept is in text order: stop at the window's edge
            if item.sentence.index - earlier.sentence.index > _WINDOW:
                break
            if _same_force(earlier, item):
                candidates.append(earlier)
            elif _same_move(earlier, item):
                candidates.append(earlier)
                named_repeat.add(id(earlier))
        if candidates:
            # "The Beninese officers" re-mention the officers from Benin, not the nearer Salvadoran ones.
            names = _names(item.data["actor"])
            target = max(candidates, key=lambda e: (len(names & _names(e.data["actor"])), e.start))
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


def _stated_fields(item: Item) -> int:
    return sum(1 for key in ("origin", "destination", "route", "time", "count") if item.data.get(key))


def _fold(target: Item, item: Item) -> None:
    data, extra = target.data, item.data
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
    seen: set[tuple[str, int | None]] = set()
    kept = []
    for item in items:
        count = item.data["count"]
        key = (item.casualty_kind, count.value if count is not None else None)
        if count is not None and count.value is not None and key in seen:
            continue
        seen.add(key)
        kept.append(item)
    return kept


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9][a-z0-9'-]+", text.lower()) if w not in _STOP and len(w) > 2}


def _names(text: str) -> set[str]:
    """Proper names in a text, with nationality words read as their country ("Rwandan" -> Rwanda)."""
    from summarizer.strategies.staged.fields import demonyms

    to_country = demonyms()[1]
    found = set()
    for word in re.findall(r"\b[A-Z][\w-]*(?:'s)?", text):
        word = word.removesuffix("'s")
        if word.lower() in _STOP or len(word) < 2:
            continue
        found.add(to_country.get(word, word))
    return found


def link_denials(denials: list[Item], movements: list[Item]) -> None:
    """Fill each denial's `targets` with 0-based indexes of the moves it disputes.

    Preference: moves whose actor the denial names (every such move), then moves
    to or from a place it names, then the best word overlap, then the nearest
    move before the denial.
    """
    for denial in denials:
        text = denial.data["evidence"]
        named = _names(text)
        said = _words(text)
        denier = _names(denial.data["denier"])
        actor_scores = {}
        for i, m in enumerate(movements):
            force = _names(" ".join(filter(None, [m.data["actor"], m.sender])))
            # the denier's own force counts double: "Rwanda's spokesperson" disputes the Rwandan move
            actor_scores[i] = 2 * len(denier & force) + len((named - denier) & force)
        top = max(actor_scores.values(), default=0)
        by_actor = [i for i, score in actor_scores.items() if top and score == top]
        by_place = [
            i for i, m in enumerate(movements)
            if named & _names(" ".join(filter(None, [m.data.get("destination"), m.data.get("origin")])))
        ]
        overlap = {i: len(said & _words(m.data["evidence"] + " " + m.data["actor"])) for i, m in enumerate(movements)}
        if by_actor:
            targets = by_actor  # every move of the force the denial names
        elif by_place:
            best = max(overlap[i] for i in by_place)
            targets = [i for i in by_place if overlap[i] == best]
        elif overlap and max(overlap.values()) >= 2:
            best = max(overlap.values())
            targets = [i for i, score in overlap.items() if score == best]
        else:
            before = [i for i, m in enumerate(movements) if m.start <= denial.start]
            targets = [before[-1]] if before else ([0] if movements else [])
        denial.data["targets"] = targets
        named_move = bool(by_actor or by_place) or (overlap and max(overlap.values()) >= 2)
        if targets and named_move and is_fragment(denial.data["what"]):
            # "dismissed the information": say which claim, as a clause, from the move it targets
            claim = movements[targets[0]].data["evidence"].rstrip(" .,;")
            first = claim.split()[0] if claim.split() else ""
            if first.lower() in _COMMON_STARTS and not first.isupper():
                claim = claim[:1].lower() + claim[1:]
            denial.data["what"] = f"that {claim}"
