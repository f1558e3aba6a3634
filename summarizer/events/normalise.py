"""Folding names for comparison: actors, places, count units, dates, withdrawal wording.

Everything here is a pure function of its input, so the merge is
deterministic. Actors fold demonyms to their country ("Russian" -> "russia"),
US/UK spellings to one name, and the generic nouns of an armed force
("troops", "soldiers", "forces", "servicemen") to one token; what is left
besides that token says *who* moved and is what two reports must share.
Places drop case, diacritics, a leading "the" and administrative suffixes
("Kherson Oblast" -> "kherson"); the gazetteer then maps spelling variants to
one canonical key (see geocode.py).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache, lru_cache

from summarizer.strategies.staged.lexicons import pairs_cased

GENERIC_FORCE = "forces"
# Nouns that name an armed force without saying whose: folded to one token so that
# "Russian troops" and "Russian forces" compare equal. Words that tell sides apart
# (rebels, militia, police, navy, marines, mercenaries) are kept as they are.
_GENERIC_FORCE_WORDS = frozenset(
    "troop troops soldier soldiers force forces servicemen serviceman personnel military army armed "
    "unit units men contingent contingents fighter fighters detachment detachments".split()
)
# Role nouns that tell a country's mercenaries from its army ("Russian mercenaries" is not
# "Russian troops"), but say nothing once a named group is there ("Wagner fighters" =
# "Wagner Group mercenaries"): folded to the generic token only beside such a name.
_ROLE_WORDS = frozenset("mercenary contractor militant gunman gunmen".split())
_ACTOR_STOPWORDS = frozenset(
    "the a an of and some several more additional extra new fresh other its their his her group backed led private company "
    "s from with about around nearly at least up to".split()
)
_COUNTRY_ALIASES = {
    "u s a": "united states", "usa": "united states", "us": "united states", "u s": "united states",
    "america": "united states", "american": "united states", "americans": "united states",
    "uk": "united kingdom", "u k": "united kingdom", "britain": "united kingdom", "british": "united kingdom",
    "great britain": "united kingdom", "russian federation": "russia",
}  # fmt: skip
ADMIN_SUFFIXES = (
    "oblast", "region", "province", "governorate", "district", "county", "prefecture", "municipality",
    "city of", "town of", "province of", "region of", "district of", "governorate of", "state of",
    "raion", "krai", "rayon", "city", "town", "village", "area",
)  # fmt: skip
_PLACE_PREFIXES = ("the ", "near ", "to ", "into ", "in ", "towards ", "toward ", "outside ", "around ")
_WITHDRAWAL = re.compile(
    r"\b(withdr[ae]w\w*|pull(?:s|ed|ing)?\s+(?:out|back)|pull-?back|pullout|retreat\w*|"
    r"(?:leave|leaves|leaving|left)\b|depart\w*|evacuat\w*|vacat\w*|abandon\w*|disengag\w*|"
    r"fle[de]\w*|exit(?:s|ed|ing)?\b|draw(?:s|n|ing)?\s+down|drawdown|redeploy\w* (?:out|away)\w*)",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case, no diacritics, no punctuation (dots in abbreviations vanish), single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("’", "'").replace(".", "")
    text = re.sub(r"'s\b", " ", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


@cache
def _demonym_to_country() -> dict[str, str]:
    table = {}
    for country, demonym in pairs_cased("demonyms").items():
        table[fold(demonym)] = fold(country)
        table[fold(country)] = fold(country)
    for alias, country in _COUNTRY_ALIASES.items():
        table[alias] = country
    return table


@cache
def _phrase_pattern() -> re.Pattern[str]:
    # One alternation, longest phrases first, so "u s a" wins over "u s" and "us".
    phrases = sorted(_demonym_to_country(), key=lambda p: (-len(p), p))
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


def _replace_phrases(text: str) -> str:
    table = _demonym_to_country()
    return _phrase_pattern().sub(lambda m: table[m.group(0)].replace(" ", "_"), text)


def _singular(token: str) -> str:
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


@lru_cache(maxsize=100_000)
def _actor_tokens(actor: str) -> tuple[str, ...]:
    text = _replace_phrases(fold(actor))
    tokens = []
    for raw in text.split():
        if raw in _ACTOR_STOPWORDS or raw.isdigit():
            continue
        if "_" in raw or raw in _demonym_to_country().values():
            tokens.append(raw)  # a country: never singularised ("belarus")
        elif raw in _GENERIC_FORCE_WORDS:
            tokens.append(GENERIC_FORCE)
        else:
            tokens.append(_singular(raw))
    countries = set(_demonym_to_country().values())
    named = any(t != GENERIC_FORCE and t not in _ROLE_WORDS and "_" not in t and t not in countries for t in tokens)
    if named:
        tokens = [GENERIC_FORCE if t in _ROLE_WORDS else t for t in tokens]
    return tuple(sorted(dict.fromkeys(tokens)))


def actor_tokens(actor: str) -> list[str]:
    """The actor folded to tokens: countries as one token, generic force nouns as 'forces'."""
    return list(_actor_tokens(actor))


def actor_key(actor: str) -> str:
    return " ".join(actor_tokens(actor))


def actor_anchors(actor: str) -> list[str]:
    """Tokens that say who moved (all but the generic force noun)."""
    return [token for token in actor_tokens(actor) if token != GENERIC_FORCE]


def place_normalised(place: str) -> str:
    """'the Kherson Oblast' -> 'kherson'; 'Izium, Kharkiv region' -> 'izium kharkiv'."""
    text = fold(place)
    changed = True
    while changed:
        changed = False
        for prefix in _PLACE_PREFIXES:
            if text.startswith(prefix):
                text, changed = text[len(prefix):], True
    for suffix in ADMIN_SUFFIXES:
        text = re.sub(rf"\b{suffix}\b", " ", text)
    text = re.sub(r"\bthe\b", " ", text)
    return " ".join(text.split())


def unit_key(unit: str) -> str:
    """'Troops' -> 'troop', 'armoured vehicles' -> 'armoured vehicle': plurals fold, words stay."""
    return " ".join(_singular(token) for token in fold(unit).split()) or "unspecified"


def is_withdrawal(evidence: str) -> bool:
    """A pull-back, by the wording of its evidence ("withdrew", "pulled out", "left")."""
    return bool(_WITHDRAWAL.search(evidence))


def parse_date(value: object) -> dt.date | None:
    """A date from an ISO string ('2022-04-10', '2022-04-10T08:00Z'); anything else is unknown."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


# Single words that mark the name before them as a region ("Kharkiv region").
ADMIN_WORDS = frozenset(s for s in ADMIN_SUFFIXES if " " not in s) - {"city", "town", "village"}
