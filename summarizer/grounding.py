"""Ground a validated draft in its article: offsets, alignment status, number checks, policy.

Two steps, both here:

* `locate(evidence, article, threshold)` finds an evidence string in the
  article and returns a `Span` with character offsets and how it was found
  (three tiers: exact, normalized, fuzzy);
* `ground_brief(draft, article, policy=, threshold=, repair=)` copies the draft
  into a `Brief`, locates every item's evidence, checks each count against the
  sentence it came from (`summarizer.numbers`), keeps denial targets in range,
  asks the strategy once to repair items that are unfound or carry an invented
  number, then applies the policy: "flag" keeps doubtful items with `flags`,
  "strict" drops them (and re-indexes denial targets).

A problem is *serious* (repair, then drop under "strict") when the evidence is
not in the article or a count's number is in neither the evidence nor its
sentence. Other problems (a qualifier the hedge words contradict, a denial
whose target was dropped) only flag the item. Evidence that lies in a line
addressing the model ("ignore previous instructions", a planted JSON brief;
see `textinput.injection_spans`) is dropped under either policy: it is in the
article, but it reports nothing.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import ValidationError
from rapidfuzz import fuzz

from schemas import AlignmentStatus, Brief, BriefDraft, Casualty, Denial, GroundingSummary, Movement, Span
from summarizer.errors import ConfigError, OutputError
from summarizer.numbers import INVENTED, check_count
from summarizer.sentence_split import sentence_bounds
from summarizer.textinput import injection_spans, inside_injection

__all__ = ["ground_brief", "locate", "normalize", "sentence_bounds", "similarity"]

POLICIES = ("flag", "strict")
GROUPS = ("movements", "denials", "casualties")
Item = Movement | Denial | Casualty
Repair = Callable[[list[str]], BriefDraft | None]


# --------------------------------------------------------------------------
# Aligner: evidence string -> Span.
# --------------------------------------------------------------------------

# One character in, one character out: quotes, dashes and every kind of space
# fold to their ASCII forms. Runs, zero-width characters and the ellipsis are
# handled by _FOLD_RUNS below because they change the length.
_ONE_TO_ONE = str.maketrans(
    {
        **{c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u00b4`"},
        **{c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"},
        **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"},
        **{c: " " for c in "\t\n\r\x0b\x0c\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
           "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\x85"},
        "\u0130": "I",  # the one character whose lower() is two characters long
    }
)
_ZERO_WIDTH = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_FOLD_RUNS = re.compile(rf"[ {_ZERO_WIDTH}]*-[ {_ZERO_WIDTH}]*|[ {_ZERO_WIDTH}]+|\u2026")
_STRIP = " \"'.,;:"  # evidence often comes wrapped in quotes or with a stray final period
_WORD = re.compile(r"\w+")


def _replacement(run: str) -> str:
    if run == "\u2026":
        return "..."
    if "-" in run:
        return "-"  # "1,500 - 2,000" == "1,500-2,000"
    return " " if " " in run else ""


@dataclass(frozen=True)
class FoldedText:
    """A text folded for matching, with the way back to the original offsets.

    The folded text is cut into segments; a segment either copies the original
    one to one (`linear`) or replaces a run of original characters
    (`orig_start`..`orig_end`) with a few folded ones.
    """

    text: str
    seg_starts: list[int]  # folded offset where each segment starts
    seg_orig: list[int]  # original offset where each segment starts
    seg_orig_end: list[int]  # original offset where each segment ends
    seg_linear: list[bool]

    def _segment(self, folded_offset: int) -> int:
        return bisect.bisect_right(self.seg_starts, folded_offset) - 1

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of folded text[start:end] (end > start)."""
        first, last = self._segment(start), self._segment(end - 1)
        orig_start = self.seg_orig[first]
        if self.seg_linear[first]:
            orig_start += start - self.seg_starts[first]
        if self.seg_linear[last]:
            return orig_start, self.seg_orig[last] + (end - 1 - self.seg_starts[last]) + 1
        return orig_start, self.seg_orig_end[last]


def fold(text: str) -> FoldedText:
    """Fold whitespace runs, quotes, dashes and case, remembering the original offsets."""
    lowered = text.translate(_ONE_TO_ONE).lower()  # same length as text: see _ONE_TO_ONE
    pieces: list[str] = []
    starts: list[int] = []
    origs: list[int] = []
    ends: list[int] = []
    linear: list[bool] = []
    length = cursor = 0

    def add(piece: str, orig_start: int, orig_end: int, is_linear: bool) -> None:
        nonlocal length
        if piece:
            pieces.append(piece)
            starts.append(length)
            origs.append(orig_start)
            ends.append(orig_end)
            linear.append(is_linear)
            length += len(piece)

    for run in _FOLD_RUNS.finditer(lowered):
        replacement = _replacement(run.group())
        if replacement == run.group():
            continue  # a lone space or hyphen stays in its linear segment
        add(lowered[cursor : run.start()], cursor, run.start(), True)
        add(replacement, run.start(), run.end(), False)
        cursor = run.end()
    add(lowered[cursor:], cursor, len(lowered), True)
    return FoldedText("".join(pieces), starts, origs, ends, linear)


def normalize(text: str) -> str:
    """The matching form of a text: folded, without wrapping quotes, spaces or final period."""
    return fold(text).text.strip(_STRIP)


def similarity(a: str, b: str) -> float:
    """0..1 similarity of two texts after normalization (rapidfuzz's normalized Indel ratio)."""
    return fuzz.ratio(normalize(a), normalize(b)) / 100.0


@functools.lru_cache(maxsize=8)
def _folded_article(article: str) -> FoldedText:
    return fold(article)  # cached: every item of a brief is located in the same article


def _fuzzy_windows(needle: str, haystack: str) -> list[tuple[int, int]]:
    """Stretches of the folded article worth a fuzzy comparison with the folded evidence.

    The evidence's rarest words anchor candidate places; each anchor opens a
    window a little wider than the evidence around where the evidence would
    start. Short articles are one window.
    """
    width = len(needle)
    if len(haystack) <= max(4 * width, 4000):
        return [(0, len(haystack))]
    anchors = {m.group(): m.start() for m in _WORD.finditer(needle) if len(m.group()) >= 4}
    anchors = anchors or {m.group(): m.start() for m in _WORD.finditer(needle)}
    counted = sorted((haystack.count(word), word) for word in anchors)
    windows: list[tuple[int, int]] = []
    # The three rarest words present, at most 400 places in all: a real match
    # contains all of them unless the evidence misspells each one.
    for _, word in [(n, w) for n, w in counted if n][:3]:
        for found in itertools.islice(re.finditer(rf"\b{re.escape(word)}\b", haystack), 400 - len(windows)):
            guess = found.start() - anchors[word]
            windows.append((max(0, guess - width // 4 - 20), min(len(haystack), guess + width + width // 4 + 20)))
    windows.sort()
    merged: list[tuple[int, int]] = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _tighten(needle: str, haystack: str, start: int, end: int) -> tuple[int, int, float]:
    """Move a rough alignment's ends to word boundaries nearby, keeping the best ratio."""
    slack = max(12, len(needle) // 8)
    lo, hi = max(0, start - slack), min(len(haystack), end + slack)
    words = [m for m in _WORD.finditer(haystack, lo, hi)]
    # finditer(pos, endpos) may cut the first and last words: keep only true boundaries
    word_starts = {m.start() for m in words if m.start() == 0 or not _WORD.match(haystack, m.start() - 1)}
    word_ends = {m.end() for m in words if not _WORD.match(haystack, m.end())}
    word_starts, word_ends = word_starts or {start}, word_ends or {end}
    best = (start, end, -1.0)  # the rough ends are only kept when no word boundary fits
    for s in sorted(word_starts):
        for e in sorted(word_ends):
            if e > s:
                score = fuzz.ratio(needle, haystack[s:e])
                if score > best[2] or (score == best[2] and e - s < best[1] - best[0]):
                    best = (s, e, score)
    return best[0], best[1], max(best[2], 0.0) / 100.0


def locate(
    evidence: str, article: str, threshold: float = 0.85, *, avoid: list[tuple[int, int, str]] | None = None
) -> Span:
    """Where `evidence` stands in `article`, tried in three tiers.

    1. exact: `article.find(evidence)`; article[start:end] == evidence.
    2. normalized: the same search on folded texts (whitespace runs, curly and
       straight quotes, dashes and hyphens, case, wrapping quotes and a final
       period); normalize(article[start:end]) == normalize(evidence).
    3. fuzzy: rapidfuzz's partial_ratio_alignment of the folded evidence against
       windows of the folded article anchored on the evidence's rarest words,
       then both ends moved to the word boundaries that maximise fuzz.ratio;
       accepted when similarity(article[start:end], evidence) >= threshold,
       where similarity is fuzz.ratio / 100 on normalized texts.

    Evidence that occurs more than once takes the first occurrence outside the
    `avoid` spans (lines addressing the model): a copy of a real sentence planted
    inside an injected line must not take the real sentence's place.

    Otherwise the span is unfound: start and end None, score the best similarity seen.
    """
    if not evidence.strip():
        return Span(alignment=AlignmentStatus.unfound)
    avoid = avoid or []
    first: tuple[int, int] | None = None
    start = article.find(evidence)
    while start >= 0:
        first = first or (start, start + len(evidence))
        if not _inside(start, start + len(evidence), avoid):
            first = (start, start + len(evidence))
            break
        start = article.find(evidence, start + 1)
    if first is not None:
        return Span(start=first[0], end=first[1], alignment=AlignmentStatus.exact, score=1.0)
    needle = normalize(evidence)
    if not needle:
        return Span(alignment=AlignmentStatus.unfound)
    folded = _folded_article(article)
    at = folded.text.find(needle)
    while at >= 0:
        begin, end = folded.original(at, at + len(needle))
        if normalize(article[begin:end]) == needle:  # guards the rare boundary cases of folding
            first = first or (begin, end)
            if not _inside(begin, end, avoid):
                first = (begin, end)
                break
        at = folded.text.find(needle, at + 1)
    if first is not None:
        return Span(start=first[0], end=first[1], alignment=AlignmentStatus.normalized, score=1.0)
    rough = []
    for window_start, window_end in _fuzzy_windows(needle, folded.text):
        hit = fuzz.partial_ratio_alignment(needle, folded.text[window_start:window_end])
        if hit is not None and hit.dest_end > hit.dest_start:
            rough.append((-hit.score, window_start + hit.dest_start, window_start + hit.dest_end))
    best, best_offsets = 0.0, (0, 0)
    for _, rough_start, rough_end in sorted(rough)[:3]:  # tightening is dearer: only the best few
        s, e, _ = _tighten(needle, folded.text, rough_start, rough_end)
        begin, end = folded.original(s, e)
        score = similarity(article[begin:end], evidence)
        if score > best:
            best, best_offsets = score, (begin, end)
    if best >= threshold:
        begin, end = best_offsets
        return Span(start=begin, end=end, alignment=AlignmentStatus.fuzzy, score=round(best, 4))
    return Span(alignment=AlignmentStatus.unfound, score=round(best, 4))


def _inside(start: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    return inside_injection(start, end, spans) is not None


# --------------------------------------------------------------------------
# Grounding a draft.
# --------------------------------------------------------------------------


@dataclass
class ItemCheck:
    """What grounding found about one item of one group."""

    group: str
    index: int
    item: Item
    serious: list[str] = field(default_factory=list)  # unfound evidence, invented numbers
    minor: list[str] = field(default_factory=list)  # qualifier disagreements, repaired targets
    injected: bool = False  # the evidence sits in text that addresses the model, not the reader

    @property
    def problems(self) -> list[str]:
        return self.serious + self.minor

    def key(self) -> str | None:
        """What the item is about (actor, denier, victims), to pair it with its repaired version."""
        item = self.item
        name = getattr(item, "actor", None) or getattr(item, "denier", None) or getattr(item, "who", None)
        return f"{self.group}:{normalize(name)}" if name else None


@dataclass
class DraftCheck:
    brief: Brief
    items: list[ItemCheck]

    @property
    def serious(self) -> list[ItemCheck]:
        return [c for c in self.items if c.serious]


def _quote(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return f'"{text}"' if len(text) <= limit else f'"{text[: limit - 3]}..."'


def _check_item(check: ItemCheck, article: str, threshold: float, injections: list[tuple[int, int, str]]) -> None:
    item = check.item
    span = locate(item.evidence, article, threshold, avoid=injections)
    item.span = span
    if span.alignment is AlignmentStatus.unfound:
        check.serious.append(
            f"evidence {_quote(item.evidence)} is not in the article (best match {span.score:.2f})"
        )
        return  # numbers are checked against found text only
    why = inside_injection(span.start, span.end, injections)
    if why is not None:
        # Found verbatim, yet not a report: the line speaks to the summarizer. Never kept.
        check.injected = True
        check.serious.append(f"evidence lies in {why}, which is not a report of the article")
        return
    found = article[span.start : span.end]
    if span.alignment is AlignmentStatus.fuzzy:
        item.evidence = found  # the contract wants a verbatim quote; the span records it was approximate
    count = getattr(item, "count", None)
    if count is not None:
        start, end = sentence_bounds(article, span.start, span.end)
        for problem in check_count(count, found, article[start:end]):
            (check.serious if problem.startswith(INVENTED) else check.minor).append(problem)


def _check_draft(draft: BriefDraft, article: str, threshold: float) -> DraftCheck:
    """Ground every item of one draft; nothing is dropped yet."""
    data = draft.model_dump()
    n_movements = len(data["movements"])
    target_notes: dict[int, str] = {}
    for i, denial in enumerate(data["denials"]):
        bad = [t for t in denial.get("targets", []) if not 0 <= t < n_movements]
        if bad:  # a draft built without validation can carry these; keep the denial, drop the targets
            denial["targets"] = [t for t in denial["targets"] if 0 <= t < n_movements]
            target_notes[i] = f"targets {bad} point past the {n_movements} movement(s) and were removed"
    try:
        brief = Brief.model_validate(data)
    except ValidationError as exc:
        raise OutputError(f"the draft does not make a valid brief: {exc.errors()[0]['msg']}") from None
    checks: list[ItemCheck] = []
    injections = injection_spans(article)
    for group in GROUPS:
        for index, item in enumerate(getattr(brief, group)):
            check = ItemCheck(group, index, item)
            _check_item(check, article, threshold, injections)
            if group == "denials" and index in target_notes:
                check.minor.append(target_notes[index])
            checks.append(check)
    return DraftCheck(brief, checks)


def _repair_messages(result: DraftCheck) -> list[str]:
    """Human sentences naming each doubtful item, for the strategy's re-ask."""
    return [f"{c.group}[{c.index}]: {problem}" for c in result.items for problem in c.problems]


def _count_fixed(before: DraftCheck, after: DraftCheck) -> int:
    """Items that had a serious problem before the repair and have none after it.

    An item is paired with the repaired item about the same actor, denier or
    victims; failing that, with the item at the same place in its group.
    """
    unpaired = list(after.items)
    fixed = 0
    for old in before.serious:
        partner = next((c for c in unpaired if old.key() and c.key() == old.key()), None)
        partner = partner or next((c for c in unpaired if (c.group, c.index) == (old.group, old.index)), None)
        if partner is None:
            continue
        unpaired.remove(partner)
        fixed += not partner.serious
    return fixed


def _apply_policy(result: DraftCheck, policy: str) -> tuple[Brief, int]:
    """Drop (strict) or keep (flag) doubtful items; returns the brief and how many were dropped."""
    brief = result.brief
    by_item = {id(c.item): c for c in result.items}
    drop = {id(c.item) for c in result.serious if policy == "strict" or c.injected}
    new_index: dict[int, int] = {}
    for old, movement in enumerate(brief.movements):
        if id(movement) not in drop:
            new_index[old] = len(new_index)
    for denial in brief.denials:
        lost = [t for t in denial.targets if t not in new_index]
        if lost and id(denial) not in drop:
            by_item[id(denial)].minor.append(f"target movement(s) {lost} were dropped as ungrounded")
        denial.targets = [new_index[t] for t in denial.targets if t in new_index]
    for group in GROUPS:
        kept = [item for item in getattr(brief, group) if id(item) not in drop]
        for item in kept:
            item.flags = by_item[id(item)].problems
        setattr(brief, group, kept)
    return brief, len(drop)


def ground_brief(
    draft: BriefDraft,
    article: str,
    *,
    policy: str = "flag",
    threshold: float = 0.85,
    repair: Repair | None = None,
) -> Brief:
    """The grounded brief: offsets and alignment for every item, counts checked, policy applied.

    `repair(problems)` is called at most once, when some item is unfound or
    has an invented number; it returns a corrected draft or None. The repaired
    draft replaces the first one only when it has fewer serious problems.
    """
    if policy not in POLICIES:
        raise ConfigError(f"unknown grounding policy {policy!r}; use one of {', '.join(POLICIES)}")
    if not 0.5 <= threshold <= 1.0:
        raise ConfigError(f"fuzzy threshold {threshold} is outside 0.5-1.0; 0.85 is the default")
    result = _check_draft(draft, article, threshold)
    fixed = 0
    if result.serious and repair is not None:
        repaired = repair(_repair_messages(result))
        if repaired is not None:
            second = _check_draft(repaired, article, threshold)
            if len(second.serious) < len(result.serious):
                fixed = _count_fixed(result, second)
                result = second
    brief, dropped = _apply_policy(result, policy)
    kept = [item for group in GROUPS for item in getattr(brief, group)]
    by_alignment = {status.value: 0 for status in AlignmentStatus}
    for item in kept:
        by_alignment[(item.span or Span()).alignment.value] += 1
    brief = Brief.model_validate(brief.model_dump())  # re-run validators: targets were re-indexed
    brief.grounding = GroundingSummary(
        policy=policy,
        grounded=sum(not item.flags for item in kept),
        fixed=fixed,
        flagged=sum(bool(item.flags) for item in kept),
        dropped=dropped,
        by_alignment=by_alignment,
    )
    return brief
