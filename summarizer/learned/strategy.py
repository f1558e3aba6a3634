"""The `learned` strategy: the staged rules, with a model trained on gold briefs choosing the sentences.

Per body sentence the model gives P(movement), P(denial), P(casualty). Where it is
sure a sentence reports a movement, a rule candidate there is promoted (its mover
taken as an armed force) or, when the rules found no movement verb, one is made
from the parse (the clause's subject as the actor); where it is sure a sentence
does not, the rules' movement there is vetoed. Denials and casualties are asserted
or vetoed the same way. Fields, counts, qualifiers and evidence stay the rules'.

The model comes from `settings.learned_model_dir`, else the one shipped in the
package (summarizer/learned/model, trained by `summarizer train`); its file hash is
part of `prompt_version`, so recordings and caches notice a new model.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from summarizer.learned import PACKAGED_MODEL_DIR
from summarizer.learned.features import rule_view
from summarizer.learned.model import SentenceModel, load
from summarizer.strategies import StrategyResult
from summarizer.strategies.staged import Staged
from summarizer.strategies.staged.armed import armed_names, armed_status
from summarizer.strategies.staged.candidates import LOOKED_BACK, MoveClaim, counted_head, find_mover, is_negated, planned
from summarizer.strategies.staged.fields import PRONOUNS
from summarizer.strategies.staged.lexicons import words
from summarizer.strategies.staged.types import ArmedVerdict, ClaimStatus

# Rule statuses a confident "movement" overrules; plans and negations stay the rules' call (promoting plans
# too, or adding a parse-made claim beside rule candidates, lowered dev cross-validated F1: 0.48 against 0.50).
PROMOTABLE = (ClaimStatus.MOVEMENT, ClaimStatus.QUOTED, ClaimStatus.PRESENCE, ClaimStatus.PAST)
SELECTION_VERSION = "s4"  # bump when how decisions are applied changes; the model's own hash is added beside it
VETO_SUFFIX = "_veto"
DEFAULT_VETO = 0.15


@cache
def _load_cached(path: str) -> SentenceModel:
    return load(path)


def model_for(directory: str | Path | None) -> SentenceModel:
    return _load_cached(str(Path(directory).expanduser().resolve() if directory else PACKAGED_MODEL_DIR))


class Learned(Staged):
    name = "learned"
    use_model = False  # the sentence model is not the chat model: no weights are loaded
    questions = ()
    promotable: tuple[str, ...] = PROMOTABLE
    promote_unarmed = False  # a mover the rules read as not armed (fans, aid trucks) is never promoted

    def __init__(self, model: SentenceModel | None = None, embedder: Any = None) -> None:
        super().__init__()
        self._model = model
        self._embedder = embedder  # only for a model with an embedding block (the gemma probe)
        self._verdicts: dict[int, dict[str, float]] = {}

    def model(self, settings: Any = None) -> SentenceModel:
        if self._model is None:
            directory = getattr(settings, "learned_model_dir", None)
            if settings is None:
                from summarizer.settings import load_settings

                directory = load_settings().learned_model_dir
            self._model = model_for(directory)
        return self._model

    def prompt_version(self) -> str:
        return f"{super().prompt_version()}+learned-{SELECTION_VERSION}-{self.model().version}"

    def run(self, article: str, backend: Any, settings: Any) -> StrategyResult:
        self.model(settings)
        return super().run(article, backend, settings)

    # -- hooks ------------------------------------------------------------------------------------
    def _threshold(self, kind: str) -> tuple[float, float]:
        thresholds = self.model().thresholds
        return thresholds.get(kind, 0.5), thresholds.get(kind + VETO_SUFFIX, DEFAULT_VETO)

    def select(self, parsed: Any, claims: list) -> list:
        views = rule_view(parsed)
        model = self.model()
        embeddings = None
        if "embedding" in model.blocks:
            if self._embedder is None:
                from summarizer.learned.embeddings import SentenceEmbedder

                self._embedder = SentenceEmbedder()
            embeddings = self._embedder.for_views(views) if views else None
        probs = model.decisions(views, embeddings)
        self._verdicts = {view.index: p for view, p in zip(views, probs, strict=True)}
        sure, veto = self._threshold("movement")
        by_sentence: dict[int, list[MoveClaim]] = {}
        for claim in claims:
            by_sentence.setdefault(claim.sentence.index, []).append(claim)
        out = list(claims)
        names = armed_names(parsed)
        for sentence in parsed.sentences:
            p = self._verdicts.get(sentence.index, {}).get("movement", 0.0)
            here = by_sentence.get(sentence.index, [])
            if p < veto:
                for claim in here:
                    if claim.status == ClaimStatus.MOVEMENT:
                        claim.status = ClaimStatus.VETOED
            elif p >= sure and not any(c.status == ClaimStatus.MOVEMENT and c.armed == ArmedVerdict.YES and c.mover is not None for c in here):
                promoted = next((c for c in here if c.mover is not None and c.status in self.promotable
                                 and LOOKED_BACK not in c.notes
                                 and (self.promote_unarmed or c.armed != ArmedVerdict.NO)), None)
                if promoted is not None:
                    promoted.status, promoted.armed = ClaimStatus.MOVEMENT, ArmedVerdict.YES
                    promoted.notes.append("learned: promoted")
                elif not here:
                    made = _claim_from_parse(sentence, names, parsed.year)
                    if made is not None:
                        out.append(made)
        out.sort(key=lambda c: (c.sentence.index, c.verb.i))
        return out

    def relevant(self, movements: list) -> bool:
        """Relevant when a movement was kept, or when the model is sure of a movement sentence that the rules
        could not turn into an item (the article's denials and casualties are then kept too)."""
        sure = self.model().thresholds.get("relevant", 1.01)
        return bool(movements) or any(p.get("movement", 0.0) >= sure for p in self._verdicts.values())

    def judge(self, sentence: Any, kind: str) -> bool | None:
        p = self._verdicts.get(sentence.index, {}).get(kind)
        if p is None:
            return None
        sure, veto = self._threshold(kind)
        if p >= sure:
            return True
        if p < veto:
            return False
        return None


def _not_a_force(mover: Any) -> bool:
    """Unarmed by the lexicon ("supporters"), a place or a date, or not a noun at all. Other nouns the lexicon
    does not know ("instructors", "units from Armenia") are left to the model's judgement."""
    head = counted_head(mover)
    forms = {head.lemma_.lower(), head.lower_}
    if head.pos_ == "NOUN" and not forms & _force_like_nouns():
        return True  # "the deadline passed", "a military offensive has been launched": things, not forces
    return bool(forms & words("non_armed")) or head.ent_type_ in {
        "GPE", "LOC", "FAC", "DATE", "TIME"} or head.pos_ not in {"NOUN", "PROPN"}


def _force_like_nouns() -> set[str]:
    """Common nouns that can name who moved: forces, ambiguous units, collectives, people."""
    return words("armed_forces") | words("armed_ambiguous") | words("collective_nouns") | words("person_nouns")


# A copula, possession or auxiliary as the main verb states what something is or has, not that it moved.
_NOT_MOTION = {"be", "have", "do", "remain", "seem", "appear", "become"}


def _claim_from_parse(sentence: Any, names: set[str], year: int | None = None) -> MoveClaim | None:
    """A movement the rules have no verb for: the main verb (under "X said", the reported clause's verb) and
    its subject, kept only when the rules would not call that subject unarmed ("supporters", "the city")."""
    span = sentence.span
    says = words("attribution_verbs")
    verb = span.root
    if verb.lemma_.lower() in says:
        verb = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() in says:
        return None
    if verb.lemma_.lower() in _NOT_MOTION | words("force_handling_verbs") or is_negated(verb, None) or planned(verb, year) is not None:
        return None  # "5,000 troops are a rounding error", "will hold a rehearsal", "did not cross": no report of a move
    mover, sender = find_mover(verb)
    if mover is None or mover.lower_ in {"i"} or (mover.lower_ in PRONOUNS and mover.lower_ not in {"we", "they"}):
        return None
    if mover.lower_ not in PRONOUNS and armed_status(mover, span, names) == ArmedVerdict.NO and _not_a_force(mover):
        return None
    claim = MoveClaim(sentence, verb, [verb], mover, sender, status=ClaimStatus.MOVEMENT, armed=ArmedVerdict.YES)
    claim.notes.append("learned: from parse")
    return claim
