"""Numbers in news text: find them, read their hedges, and check a model's counts.

The one number reader of the project: grounding, the staged strategy and the
eval scorer all read numbers here. Public API:

* `numbers_in(text)` -> every quantity mention with its offsets and hedge:
  digits with separators ("1,200", "1 200", "1.5 million", "1.2m"), number
  words ("seven", "twenty-five", "two hundred and fifty", "a dozen"), ranges
  ("between 1,500 and 2,000", "3,000 to 4,000", "two or three") and vague
  quantities ("hundreds", "dozens", "scores of", "several", "tens of thousands");
* `qualifier_for(text_before)` -> the contract's qualifier for the words just
  before a number ("more than" -> at_least, "some" -> about, "up to" -> at_most);
* `read_count(phrase, unit)` -> a CountDraft for the first quantity of a
  phrase whose counted noun the caller already knows ("at least 300",
  "killed seven", "hundreds of", "a 400-strong"): the staged strategy picks
  the phrase from its parse and reads it here;
* `extract_count(clause)` -> a CountDraft for the count phrase of a clause
  ("at least 300 fighters", "hundreds of soldiers", "a 400-strong unit");
* `stated_counts(text)` -> every number a text states as a count (years,
  dates, times, distances and money left out);
* `check_count(count, evidence, sentence)` -> problems: a number in neither
  text ("invented number: ...") or a qualifier the hedge words contradict.

Pure regular expressions, no model and no spaCy: cheap enough to run on every
item of every brief.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas import CountDraft, Qualifier

INVENTED = "invented number"  # grounding recognises serious problems by this prefix

SMALL_NUMBERS = {
    w: n for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

# The contract's qualifier table, plus the usual synonyms. Longest phrases are
# tried first so that "no more than" wins over "more than".
_HEDGE_WORDS: dict[Qualifier, tuple[str, ...]] = {
    "at_least": ("more than", "over", "at least", "upwards of", "in excess of", "no fewer than",
                 "no less than", "a minimum of", "just over", "well over"),
    "about": ("around", "about", "an estimated", "estimated", "nearly", "almost", "some", "roughly",
              "approximately", "close to", "an approximate", "circa", "approx.", "approx", "ca.", "est."),
    "at_most": ("up to", "as many as", "at most", "no more than", "fewer than", "less than", "under",
                "just under", "a maximum of"),
}  # fmt: skip
_HEDGES_BEFORE = sorted(
    (
        (re.compile(r"\b" + r"\s+".join(map(re.escape, phrase.split())) + r"\s+$", re.IGNORECASE), qualifier, len(phrase))
        for qualifier, phrases in _HEDGE_WORDS.items()
        for phrase in phrases
    ),
    key=lambda item: -item[2],
)
_HEDGES_AFTER: tuple[tuple[re.Pattern[str], Qualifier], ...] = (
    (re.compile(r"(?:\s+or\s+more|\s*\+)(?!\w)", re.IGNORECASE), "at_least"),
    (re.compile(r"(?:\s+or\s+so|\s*-\s*odd)\b", re.IGNORECASE), "about"),
    (re.compile(r"\s+or\s+(?:fewer|less)\b", re.IGNORECASE), "at_most"),
)

# Digits: "1,200", "1 200" (groups of exactly three), "1.5", with an optional
# scale ("1.5 million", "1.2m"); not inside codes such as "F-35", "H-6K",
# "388th", nor times ("10:30").
_DIGITS = re.compile(
    r"(?<![\w.,:])(?<![A-Za-z]-)"
    r"(?P<num>\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+(?!\d|[.,]\d)|\d+(?:\.\d+)?)"
    r"(?:(?P<glued>m|bn|k)|\s+(?P<scale>million|billion|thousand))?"
    r"(?!\w|:\d|,\d)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")
_VAGUE_WORDS = (
    r"(?:several|(?:a\s+)?few|a\s+couple\s+of|many)\s+(?:hundred|thousand|dozen)s?"
    r"|tens\s+of\s+thousands|hundreds\s+of\s+thousands|hundreds|thousands|dozens|scores|millions"
    r"|several|a\s+handful|a\s+few|numerous"
    r"|(?:a\s+)?(?:large|great|significant|growing)\s+numbers?\s+of|a\s+number\s+of"
)
_VAGUE = re.compile(rf"\b(?:{_VAGUE_WORDS})\b", re.IGNORECASE)
# Wider than _VAGUE: wording that makes an "unspecified" count plausible in a check.
_VAGUE_ANY = re.compile(
    rf"\b(?:{_VAGUE_WORDS}|some|many|a\s+number\s+of|large\s+numbers?|reinforcements)\b", re.IGNORECASE
)
_RANGE_GAP = re.compile(r"\s*(?:[-\u2010-\u2014]|to|and|or)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)  # "rose from 300 to 400" is a change, not a range

MONTHS_IN_ORDER = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december")
MONTH_NAMES = frozenset(MONTHS_IN_ORDER)
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# "may" is left out here: as a modal it precedes numbers far more often than the month does
_MONTHS = (MONTH_NAMES - {"may"}) | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_NOT_COUNTED = _MONTHS | {
    "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "m",
    "nautical", "feet", "ft", "percent", "per", "%", "years", "year", "months", "month", "weeks", "week",
    "days", "day", "hours", "hour", "minutes", "minute", "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "kg", "tonnes",
    "tons", "dollars", "euros", "pounds", "degrees", "times", "th", "st", "nd", "rd",
}  # fmt: skip

_UNIT_NOUNS = set(
    """troops troop soldiers soldier fighters fighter militants militant militiamen militia militias gunmen
    insurgents rebels guerrillas personnel servicemen servicemembers marines marine sailors airmen
    paratroopers commandos officers officer police policemen guards guard mercenaries contractors
    volunteers reservists recruits conscripts peacekeepers men women children people civilians persons
    bodies tanks tank vehicles vehicle trucks convoys howitzers guns launchers aircraft jets planes bombers
    helicopters drones flights sorties warships ships ship vessels boats gunboats frigates destroyers
    submarines battalions battalion brigades brigade companies company platoons platoon regiments
    regiment divisions division units unit squadrons squadron contingents contingent members
    groups forces warplanes""".split()
)
_MULTIWORD_UNITS = ("battalion tactical groups", "fighter jets", "police officers", "special forces",
                    "armoured vehicles", "armored vehicles", "border guards", "military aircraft",
                    "security forces")  # fmt: skip
_STOP_WORDS = set(
    """from to into in on at for with and or but who which that had have has were was are is be been by as
    near toward towards across along through after before since during over under off out up down back
    per each while when where whose will would could should may might can did do does not this these
    those its their his her our a an the""".split()
)
# Between a number and its noun: "400-strong unit", "300 or more fighters", "hundreds of the men".
_LEAD_IN = re.compile(
    r"\s*(?:-\s*(?:strong|odd)\b|\+|\s*or\s+(?:more|so|fewer|less)\b)?"
    r"\s*(?:(?:more|additional|other|further)\s+)?(?:of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
_UNIT_TOKEN = re.compile(r"[A-Za-z][\w'\u2019.-]*|[^\sA-Za-z]")
_KILLED = re.compile(r"\b(?:kill\w*|dead|died|deaths?|bodies|lives)\b", re.IGNORECASE)
_WOUNDED = re.compile(r"\b(?:wound\w*|injur\w*|hurt)\b", re.IGNORECASE)
_GENERIC_PEOPLE = {"people", "persons", "others", "bodies", "dead", "men", "women", "children", ""}


@dataclass(frozen=True)
class NumberMention:
    """One quantity in a text. `value` is None for a range (see low/high) and for vague words."""

    value: int | None
    start: int  # offsets of the number itself: "300", "two dozen", "1,500 and 2,000"
    end: int
    hedge: Qualifier  # the contract's qualifier, read from the words around the number
    hedge_start: int  # where the hedge begins ("more than 300"); == start when bare
    low: int | None = None
    high: int | None = None
    text: str = ""  # the hedged phrase, text[hedge_start:end]

    @property
    def numbers(self) -> tuple[int, ...]:
        return tuple(n for n in (self.value, self.low, self.high) if n is not None)


def qualifier_for(text_before_number: str) -> Qualifier:
    """The qualifier that the words just before a number give it; "exactly" when bare."""
    found = _hedge_before(text_before_number + " " if text_before_number.strip() else "")
    return found[0] if found else "exactly"


def _hedge_before(text: str) -> tuple[Qualifier, int] | None:
    """(qualifier, offset in `text` where the hedge starts) when `text` ends with a hedge."""
    for pattern, qualifier, _ in _HEDGES_BEFORE:
        found = pattern.search(text)
        if found:
            return qualifier, found.start()
    return None


def _digit_value(match: re.Match[str]) -> int | None:
    number = float(re.sub(r"[,\u00a0\u202f\u2009 ]", "", match["num"]))
    scale = (match["glued"] or match["scale"] or "").lower()
    number *= {"m": 1_000_000, "bn": 1_000_000_000, "k": 1000}.get(scale) or SCALES.get(scale, 1)
    return int(number) if number == int(number) else None  # "1.5 km" is no count; "1.5 million" is


def _joined(text: str, left: tuple[str, int, int], right: tuple[str, int, int]) -> bool:
    """Two words make one number only when a hyphen or a little space separates them."""
    gap = text[left[2] : right[1]]
    return gap == "-" or (0 < len(gap) <= 2 and gap.isspace())


def _parse_words(text: str, words: list[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """The number phrase starting at words[i]: (value, index of its last word), or None."""

    def word(k: int) -> str:
        return words[k][0] if k < len(words) and _joined(text, words[k - 1], words[k]) else ""

    first = words[i][0]
    total = current = 0
    last = -1  # index of the last word that made the number
    j = i
    if first in ("a", "an") and word(i + 1) in ("dozen", *SCALES):
        current, j = 1, i + 1
    elif first == "half" and word(i + 1) == "a" and word(i + 2) == "dozen":
        return 6, i + 2
    elif first not in SMALL_NUMBERS and first not in TENS:
        return None
    while j < len(words) and (j == i or words[j][0] == word(j)):
        w = words[j][0]
        low_part = current % 100
        if w in SMALL_NUMBERS and (low_part == 0 or (low_part in TENS.values() and SMALL_NUMBERS[w] < 10)):
            current += SMALL_NUMBERS[w]
        elif w in TENS and low_part == 0:
            current += TENS[w]
        elif w == "hundred" and 1 <= current <= 99:
            current *= 100
        elif w in ("thousand", "million", "billion") and current:
            total, current = total + current * SCALES[w], 0
        elif w == "dozen" and 1 <= current <= 99:
            current *= 12
        elif w == "and" and last >= 0 and words[last][0] in SCALES and (word(j + 1) in (*SMALL_NUMBERS, *TENS)):
            j += 1
            continue
        else:
            break
        last = j
        j += 1
    if last < 0 or (total + current == 0 and first != "zero"):
        return None
    return total + current, last


def _raw_mentions(text: str) -> list[tuple[int | None, int, int]]:
    """(value or None for vague, start, end) of every number, before ranges and hedges."""
    spans = [(value, m.start(), m.end()) for m in _DIGITS.finditer(text) if (value := _digit_value(m)) is not None]

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for _, s, e in spans)

    spans += [(None, m.start(), m.end()) for m in _VAGUE.finditer(text) if free(m.start(), m.end())]
    words = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
    i = 0
    while i < len(words):
        parsed = _parse_words(text, words, i)
        if parsed and free(words[i][1], words[parsed[1]][2]):
            spans.append((parsed[0], words[i][1], words[parsed[1]][2]))
        i = parsed[1] + 1 if parsed else i + 1
    return sorted(spans, key=lambda span: span[1])


def numbers_in(text: str) -> list[NumberMention]:
    """Every quantity mentioned in `text`, in order, with its hedge and offsets."""
    raw = _raw_mentions(text)
    mentions: list[NumberMention] = []
    i = 0
    while i < len(raw):
        value, start, end = raw[i]
        base = max(0, start - 60)
        before = text[base:start]
        if value is not None and i + 1 < len(raw) and raw[i + 1][0] is not None:
            high, high_start, high_end = raw[i + 1]
            gap = text[end:high_start]
            between = _BETWEEN.search(before)
            joined = _RANGE_GAP.fullmatch(gap) and not _FROM.search(before)
            low = _scaled_low(value, high, text[high_start:high_end])
            # "X and Y" only after "between"; "twenty - five" or "3-1" is no range, a range rises
            if joined and (gap.strip().lower() != "and" or between) and (between or high > low):
                hedge_start = base + between.start() if between else start
                low, high = min(low, high), max(low, high)
                phrase = text[hedge_start:high_end]
                mentions.append(NumberMention(None, start, high_end, "range", hedge_start, low, high, phrase))
                i += 2
                continue
        if value is None:
            mentions.append(NumberMention(None, start, end, "unspecified", start, text=text[start:end]))
        else:
            hedge = _hedge_before(before)
            after = next((q for pattern, q in _HEDGES_AFTER if pattern.match(text, end)), None)
            qualifier: Qualifier = hedge[0] if hedge else after or "exactly"
            hedge_start = base + hedge[1] if hedge else start
            mentions.append(NumberMention(value, start, end, qualifier, hedge_start, text=text[hedge_start:end]))
        i += 1
    return mentions


def _scaled_low(low: int, high: int, high_text: str) -> int:
    """ "between two and three thousand": the low end shares the high end's scale."""
    for name, scale in SCALES.items():
        if high_text.lower().endswith(name) and low < scale and low * scale <= high:
            return low * scale
    return low


def unit_after(text: str, mention: NumberMention) -> tuple[str, int] | None:
    """The counted noun after a number and how sure we are: (unit, 3) known noun, (unit, 1) a guess."""
    lead = _LEAD_IN.match(text, mention.end)
    words: list[str] = []
    for token in _UNIT_TOKEN.finditer(text, lead.end() if lead else mention.end, mention.end + 120):
        word = token.group().rstrip(".")
        if not word or not word[0].isalpha() or word.lower() in _STOP_WORDS or len(words) == 6:
            break
        words.append(word)
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower() in _UNIT_NOUNS:
            for size in (3, 2):
                phrase = " ".join(words[max(0, k - size + 1) : k + 1])
                if k - size + 1 >= 0 and phrase.lower() in _MULTIWORD_UNITS:
                    return phrase, 3
            return words[k], 3
    if words and words[0].lower().endswith("s") and len(words[0]) > 2 and words[0].lower() not in _NOT_COUNTED:
        return words[0], 1
    return None


def _casualty_unit(text: str, mention: NumberMention, unit: str) -> str | None:
    """ "civilians killed", "people wounded": what happened to the counted people, when said nearby.

    A verb just before the number governs it ("killed at least 14 civilians");
    otherwise the first one after it ("nine dead", "eight others were wounded").
    """
    before = text[max(0, mention.hedge_start - 25) : mention.hedge_start]
    after = text[mention.end : mention.end + 60]
    found = [(m.start(), "killed") for m in _KILLED.finditer(before)]
    found += [(m.start(), "wounded") for m in _WOUNDED.finditer(before)]
    if found:
        verb = max(found)[1]
    else:
        found = [(m.start(), "killed") for m in _KILLED.finditer(after)]
        found += [(m.start(), "wounded") for m in _WOUNDED.finditer(after)]
        if not found:
            return None
        verb = min(found)[1]
    noun = "people" if unit.lower() in _GENERIC_PEOPLE else unit
    return f"{noun} {verb}"


def _is_count_candidate(text: str, mention: NumberMention) -> bool:
    """Distances, percentages, dates, years and money are numbers but not counts."""
    following = re.match(r"\s*-?\s*([a-z%'.]+)", text[mention.end : mention.end + 20].lower())
    if following and following.group(1).rstrip(".") in _NOT_COUNTED:
        return False
    preceding = text[max(0, mention.hedge_start - 12) : mention.hedge_start].lower()
    if re.search(r"[$\u20ac\u00a3]\s*$", preceding) or (preceding.split() or [""])[-1].rstrip(".") in _MONTHS:
        return False
    raw = text[mention.start : mention.end]
    return not (raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100 and unit_after(text, mention) is None)


def _as_draft(mention: NumberMention, unit: str) -> CountDraft:
    if mention.hedge == "range":
        return CountDraft(low=mention.low, high=mention.high, qualifier="range", unit=unit)
    if mention.hedge == "unspecified":
        return CountDraft(qualifier="unspecified", unit=unit)
    return CountDraft(value=mention.value, qualifier=mention.hedge, unit=unit)


_SOME_ALONE = re.compile(r"\bsome\b(?!\s+(?:of\s+)?\d)", re.IGNORECASE)


def read_count(phrase: str, unit: str) -> CountDraft | None:
    """The first quantity `phrase` states, counted in `unit`; None when it states none.

    For a phrase a caller has already cut around one count ("at least 300",
    "seven", "hundreds of", "a 400-strong", "between 3,000 and 4,000"): no
    counted noun is needed after the number, so "killed seven" reads 7.
    Years, dates, clock times, distances and money are skipped; "some" with
    no number is an unspecified count.
    """
    for mention in numbers_in(phrase):
        if _is_count_candidate(phrase, mention):
            return _as_draft(mention, unit)
    return CountDraft(qualifier="unspecified", unit=unit) if _SOME_ALONE.search(phrase) else None


def stated_counts(text: str) -> set[int]:
    """Every number `text` states as a count: years ("in 2024"), dates, times, distances, money left out."""
    return {n for m in numbers_in(text) if _is_count_candidate(text, m) for n in m.numbers}


def extract_count(clause: str, *, casualty: bool = False) -> CountDraft | None:
    """The count a clause states, as a CountDraft; None when it gives no quantity.

    The first mention followed by a known unit noun wins ("about 30 km north
    of Uvira, killed at least 14 civilians" -> at_least 14 civilians). With
    `casualty=True` the unit says what happened ("civilians killed").
    """
    best: tuple[int, NumberMention, str] | None = None
    for mention in (m for m in numbers_in(clause) if _is_count_candidate(clause, m)):
        unit, rank = unit_after(clause, mention) or ("", 0)
        if casualty and (hurt := _casualty_unit(clause, mention, unit)):
            unit, rank = hurt, max(rank, 2)
        if rank and (best is None or rank > best[0]):
            best = (rank, mention, unit)
    if best is None:
        some = re.search(r"\bsome(?=\s+[A-Za-z])", clause, re.IGNORECASE)  # "some" alone: unspecified
        if some:
            unit = unit_after(clause, NumberMention(None, some.start(), some.end(), "unspecified", some.start()))
            if unit and unit[1] == 3:
                return CountDraft(qualifier="unspecified", unit=unit[0])
        return None
    _, mention, unit = best
    return _as_draft(mention, unit)


def check_count(count: CountDraft | None, evidence: str, sentence: str = "") -> list[str]:
    """Problems with a count, given its evidence and the sentence around it; [] when it holds.

    "invented number: ..." when a number of the count is in neither text as
    a count (a year, date, time, distance or sum of money is not one);
    'qualifier "...": ...' when the text hedges that number differently.
    """
    if count is None:
        return []
    mentions = [m for text in (evidence, sentence) for m in numbers_in(text) if _is_count_candidate(text, m)]
    wanted = [n for n in (count.value, count.low, count.high) if n is not None]
    missing = [n for n in wanted if not any(n in m.numbers for m in mentions)]
    if missing:
        return [
            f"{INVENTED}: {n:,} ({count.qualifier} {count.unit}) is in neither the evidence nor its sentence"
            for n in missing
        ]
    if count.qualifier == "unspecified":
        if _VAGUE_ANY.search(evidence) or _VAGUE_ANY.search(sentence):
            return []
        return [f'qualifier "unspecified" but the text has no vague quantity such as "hundreds" of {count.unit}']
    if count.qualifier == "range":
        if any(m.hedge == "range" and (m.low, m.high) == (count.low, count.high) for m in mentions):
            return []
        return [f'qualifier "range" but the text never gives {count.low:,} to {count.high:,} as one range']
    same = [m for m in mentions if count.value in m.numbers]
    if any(m.hedge == count.qualifier for m in same):
        return []
    return [f'qualifier "{count.qualifier}" disagrees with the text: "{same[0].text}" reads as {same[0].hedge}']


# A count standing apart from the mover sizes it only when the words around it say so: a size verb before it
# ("the detachment is made up of approx. 200 troops", "the grouping ... numbers about 1,100 people", "a flotilla
# of 12 vessels"), or craft that carry the force ("more than 30 trucks packed with fighters"). A figure merely
# in the same sentence ("before 10,000 soldiers are deployed", "strength has grown to 600") sizes something else.
_SIZE_BEFORE = re.compile(
    r"(?:\bmade\s+up\s+of|\bconsist(?:s|ed|ing)?\s+of|\bcomposed\s+of|\bcompris(?:es|ed|ing|e)|\bnumber(?:s|ed|ing)"
    r"|\btotal(?:s|led|ed|ling|ing)|\b(?:flotilla|convoy|column|fleet|contingent|detachment|squadron|formation)\s+of)\s*$",
    re.IGNORECASE,
)
_CARRYING_AFTER = re.compile(
    r"^\s*(?:(?:packed|loaded|laden|filled|crammed)\s+with|carrying|transporting|ferrying|bearing)\b", re.IGNORECASE)
_CRAFT = {"trucks", "vehicles", "buses", "boats", "ships", "vessels", "aircraft", "planes", "helicopters", "jets"}


def sole_force_count(sentence: str) -> tuple[CountDraft, int, int] | None:
    """The one count that `sentence` ties to a force by a size verb or a carrying craft (see above), with where
    the figure and its unit stand in `sentence`, when it states exactly one such figure; None for none, for two
    different ones, or for a toll."""
    found: dict[tuple[object, ...], tuple[CountDraft, int, int]] = {}
    for mention in (m for m in numbers_in(sentence) if _is_count_candidate(sentence, m)):
        unit, rank = unit_after(sentence, mention) or ("", 0)
        if rank < 3 or _casualty_unit(sentence, mention, unit):
            continue
        sized = _SIZE_BEFORE.search(sentence[max(0, mention.hedge_start - 40) : mention.hedge_start])
        unit_end = sentence.find(unit, mention.end)
        carried = unit.lower() in _CRAFT and unit_end >= 0 and _CARRYING_AFTER.match(sentence[unit_end + len(unit) :])
        if not (sized or carried):
            continue
        draft = _as_draft(mention, unit)
        found[(draft.value, draft.low, draft.high, draft.qualifier)] = (draft, mention.hedge_start, unit_end + len(unit))
    return next(iter(found.values())) if len(found) == 1 else None
