"""A deliberately simple cue-word baseline: regex sentences, regex fields, no parse, no model.

It is the yardstick of docs/STRATEGIES.md: what keyword matching alone gets,
so every stage of the staged strategy has to beat it to earn its place.
"""

from __future__ import annotations

import re
from typing import Any

from schemas import BriefDraft, CasualtyDraft, DenialDraft, MovementDraft, Usage
from summarizer.numbers import read_count
from summarizer.sentence_split import sentence_spans
from summarizer.strategies import StrategyResult
from summarizer.strategies.staged.lexicons import lexicon_digest, words

_ARMED = re.compile(r"\b(troops|soldiers|fighters|militias?|forces|battalions?|brigades?|warships?|jets|marines|"
                    r"paratroopers|police officers|coast guard|mercenaries|contractors|vessels|bombers|gunmen)\b", re.I)
_COUNT = re.compile(r"((?:(?:at least|more than|over|about|around|some|nearly|up to|as many as|between|an estimated)\s+)?"
                    r"[\d,]+(?:\s+(?:and|to)\s+[\d,]+)?|hundreds|thousands|dozens)\s+(?:of\s+)?([A-Za-z-]+\s+)?"
                    r"(troops|soldiers|fighters|militiamen|marines|officers|vessels|jets|bombers|gunmen|contractors)", re.I)
_PLACE_TO = re.compile(r"\b(?:into|to|toward|towards)\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
_PLACE_FROM = re.compile(r"\bfrom\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
_SAID = re.compile(r",\s*((?:[\w'-]+\s+){0,6}[\w'-]+)\s+(?:said|told)\b|according to ([^,.]+)")
_KILLED = re.compile(r"\b(killed|killing|wounded|injured)\b\s*(at least\s+)?([\w,]+)?", re.I)


def _verbs() -> re.Pattern[str]:
    stems = sorted(words("movement_verbs") | words("withdrawal_verbs") | words("sending_verbs"))
    return re.compile(r"\b(" + "|".join(re.escape(s.split()[0]) for s in stems) + r")\w*", re.I)


class CueBaseline:
    name = "cue_baseline"

    def prompt_version(self) -> str:
        return f"cue_baseline@{lexicon_digest()}"

    def run(self, article: str, backend: Any, settings: Any) -> StrategyResult:
        verbs = _verbs()
        movements, denials, casualties = [], [], []
        for start, end in sentence_spans(article):
            text = article[start:end]
            if len(text.split()) < 6:
                continue
            lowered = text.lower()
            if re.search(r"\b(denied|dismissed|rejected|false|baseless)\b", lowered):
                speaker = _SAID.search(text)
                denials.append(DenialDraft(denier=(speaker.group(1) or speaker.group(2)) if speaker else "unknown",
                                           what=text[:120], evidence=text))
                continue
            armed = _ARMED.search(text)
            if armed and verbs.search(text) and not re.search(r"\b(will|would|plans?|offered)\b", lowered):
                count_match = _COUNT.search(text)
                count = read_count(count_match.group(0), count_match.group(3)) if count_match else None
                to, source = _PLACE_TO.search(text), _SAID.search(text)
                origin = _PLACE_FROM.search(text)
                movements.append(MovementDraft(
                    actor=armed.group(0), destination=to.group(1) if to else None,
                    origin=origin.group(1) if origin else None, count=count,
                    sources=[source.group(1) or source.group(2)] if source else [], evidence=text))
            killed = _KILLED.search(text)
            if killed:
                kind = "killed" if killed.group(1).lower().startswith("kill") else "wounded"
                count = read_count(" ".join(filter(None, killed.groups()[1:])), f"people {kind}")
                casualties.append(CasualtyDraft(count=count, evidence=text))
        relevant = bool(movements)
        draft = BriefDraft(
            headline_summary=(movements[0].evidence if movements else "No movement of armed forces is reported."),
            is_relevant=relevant,
            movements=movements,
            denials=denials if relevant else [],
            casualties=casualties if relevant else [],
            other_key_events=[],
        )
        return StrategyResult(draft, Usage())

    def finish_brief(self, brief: Any, article: str) -> None:
        """After grounding: the headline is the first movement that survived it (never a dropped one)."""
        movements = brief.movements if brief.is_relevant else []
        brief.headline_summary = movements[0].evidence if movements else "No movement of armed forces is reported."

    def repair(self, *args: Any, **kwargs: Any) -> None:
        return None
