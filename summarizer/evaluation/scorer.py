"""Score a predicted brief against a gold brief, and average scores over fixtures.

Deterministic, pure functions; no model. Items are paired by the rule in
`summarizer.evaluation.matching` (evidence decides, fields only re-rank);
numbers are read by `summarizer.numbers`, the reader grounding and the staged
strategy use. Per fixture the scorer keeps raw counts
(`Detection` for precision/recall, `Tally` for rates) so that two averages can
be taken over a run:

* micro: counts pooled over all fixtures, then one ratio;
* macro: the ratio per fixture, then the mean over fixtures where it is defined.

Conventions (also in evals/README.md):

* precision/recall/F1 when neither side has an item of that kind (a
  non-relevant article correctly left empty): 1.0 in the macro average and no
  contribution to the micro average; when only one side is empty: 0.0;
* field accuracies, count and link accuracy are over matched pairs only and
  undefined (left out of the macro mean) for a fixture without matches;
* a fixture whose run failed scores 0.0 on every metric in the macro average
  and its gold items count as misses in the micro average;
* a count's numbers are "found" only when stated as a count (not a year,
  date, time, distance or sum) in the sentence(s) of the item's evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from schemas import BriefDraft
from summarizer.evaluation.matching import align, item_similarity, placements, same_text, set_overlap
from summarizer.numbers import stated_counts
from summarizer.sentence_split import sentence_bounds


@dataclass(frozen=True)
class MetricInfo:
    label: str
    higher_is_better: bool = True


KINDS = ("movement", "denial", "casualty")
# Movement fields scored on matched pairs by content-word agreement (matching.same_text).
FIELDS = ("actor", "origin", "destination", "time", "purpose", "route")
ALIGNMENTS = ("exact", "normalized", "fuzzy", "unfound")

METRICS: dict[str, MetricInfo] = {
    "movement_precision": MetricInfo("movements: precision"),
    "movement_recall": MetricInfo("movements: recall"),
    "movement_f1": MetricInfo("movements: F1"),
    "actor_accuracy": MetricInfo("actor (matched movements)"),
    "origin_accuracy": MetricInfo("origin (matched movements)"),
    "destination_accuracy": MetricInfo("destination (matched movements)"),
    "time_accuracy": MetricInfo("time (matched movements)"),
    "purpose_accuracy": MetricInfo("purpose (matched movements)"),
    "route_accuracy": MetricInfo("route (matched movements)"),
    "sources_accuracy": MetricInfo("sources, set overlap (matched movements)"),
    "count_value_accuracy": MetricInfo("count value (matched movements)"),
    "count_qualifier_accuracy": MetricInfo("count qualifier (matched movements)"),
    "count_accuracy": MetricInfo("count value and qualifier"),
    "denial_precision": MetricInfo("denials: precision"),
    "denial_recall": MetricInfo("denials: recall"),
    "denial_f1": MetricInfo("denials: F1"),
    "denier_accuracy": MetricInfo("denial: who denies (matched denials)"),
    "denial_what_accuracy": MetricInfo("denial: what is denied (matched denials)"),
    "denial_link_accuracy": MetricInfo("denial -> movement links (matched denials)"),
    "casualty_precision": MetricInfo("casualties: precision"),
    "casualty_recall": MetricInfo("casualties: recall"),
    "casualty_f1": MetricInfo("casualties: F1"),
    "casualty_count_accuracy": MetricInfo("casualty count value and qualifier (matched casualties)"),
    "relevance_accuracy": MetricInfo("is_relevant right"),
    "grounding_rate": MetricInfo("evidence verbatim in the article"),
    "alignment_exact_rate": MetricInfo("span alignment: exact"),
    "alignment_normalized_rate": MetricInfo("span alignment: normalized"),
    "alignment_fuzzy_rate": MetricInfo("span alignment: fuzzy", higher_is_better=False),
    "alignment_unfound_rate": MetricInfo("span alignment: unfound", higher_is_better=False),
    "numbers_found_rate": MetricInfo("count numbers stated in the item's sentence (vs invented)"),
    "schema_valid_rate": MetricInfo("runs that returned a valid brief"),
    "seconds_per_article": MetricInfo("seconds per article", higher_is_better=False),
    "tokens_per_article": MetricInfo("tokens per article", higher_is_better=False),
}
COST_METRICS = ("seconds_per_article", "tokens_per_article")
# The prefix grounding gives an item whose count is in neither its evidence nor its sentence.
INVENTED_FLAG = "invented number"


@dataclass
class Tally:
    """hits out of total; `hits` may be fractional (sources overlap)."""

    hits: float = 0.0
    total: int = 0

    def add(self, hit: float | bool) -> None:
        self.hits += float(hit)
        self.total += 1

    def rate(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass
class Detection:
    """Matched, predicted and gold item counts of one kind."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def prf(self) -> tuple[float, float, float] | None:
        """(precision, recall, F1); None when both sides are empty."""
        if self.predicted == 0 and self.gold == 0:
            return None
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


@dataclass
class FixtureScore:
    """Everything the scorer found for one fixture."""

    name: str
    ok: bool = True
    error: str | None = None
    detections: dict[str, Detection] = field(default_factory=lambda: {k: Detection() for k in KINDS})
    tallies: dict[str, Tally] = field(default_factory=dict)
    seconds: float = 0.0
    tokens: int = 0

    def tally(self, name: str) -> Tally:
        return self.tallies.setdefault(name, Tally())

    def values(self) -> dict[str, float | None]:
        """Per-fixture metric values (the macro average's inputs)."""
        values: dict[str, float | None] = {}
        for kind, detection in self.detections.items():
            prf = detection.prf() if self.ok else (0.0, 0.0, 0.0)
            for suffix, value in zip(("precision", "recall", "f1"), prf or (1.0, 1.0, 1.0), strict=True):
                values[f"{kind}_{suffix}"] = value
        for name in METRICS:
            if name in values or name in COST_METRICS:
                continue
            tally = self.tallies.get(name)
            if self.ok:
                values[name] = tally.rate() if tally else None
            else:  # scored zero, without crediting a failure on lower-is-better rates
                values[name] = 0.0 if METRICS[name].higher_is_better else None
        if not self.ok:
            values["schema_valid_rate"] = 0.0
        values["seconds_per_article"] = self.seconds
        values["tokens_per_article"] = float(self.tokens)
        return values


def score_fixture(
    name: str,
    pred: BriefDraft | None,
    gold: BriefDraft,
    article: str,
    *,
    error: str | None = None,
    seconds: float = 0.0,
    tokens: int = 0,
) -> FixtureScore:
    """Score one prediction; `pred` None means the run failed with `error`."""
    score = FixtureScore(name, seconds=seconds, tokens=tokens)
    if pred is None:
        score.ok, score.error = False, error or "no brief"
        for kind, items in zip(KINDS, (gold.movements, gold.denials, gold.casualties), strict=True):
            score.detections[kind].gold = len(items)
        score.tally("relevance_accuracy").add(False)
        score.tally("schema_valid_rate").add(False)
        return score

    def similar(p: Any, g: Any) -> float:
        return item_similarity(p, g, article)

    movement_pairs = align(pred.movements, gold.movements, similar)
    denial_pairs = align(pred.denials, gold.denials, similar)
    casualty_pairs = align(pred.casualties, gold.casualties, similar)
    for kind, pairs, p_items, g_items in (
        ("movement", movement_pairs, pred.movements, gold.movements),
        ("denial", denial_pairs, pred.denials, gold.denials),
        ("casualty", casualty_pairs, pred.casualties, gold.casualties),
    ):
        score.detections[kind] = Detection(len(pairs), len(p_items), len(g_items))

    for pair in movement_pairs:
        p, g = pred.movements[pair.pred], gold.movements[pair.gold]
        for name in FIELDS:
            score.tally(f"{name}_accuracy").add(same_text(getattr(p, name), getattr(g, name)))
        score.tally("sources_accuracy").add(set_overlap(p.sources, g.sources))
        value_ok, qualifier_ok = _count_agreement(p.count, g.count)
        score.tally("count_value_accuracy").add(value_ok)
        score.tally("count_qualifier_accuracy").add(qualifier_ok)
        score.tally("count_accuracy").add(value_ok and qualifier_ok)
    for pair in casualty_pairs:
        value_ok, qualifier_ok = _count_agreement(pred.casualties[pair.pred].count, gold.casualties[pair.gold].count)
        score.tally("casualty_count_accuracy").add(value_ok and qualifier_ok)

    # A predicted target becomes the gold index of the movement it was matched
    # to; a target on an unmatched movement can never equal a gold target.
    to_gold = {pair.pred: pair.gold for pair in movement_pairs}
    for pair in denial_pairs:
        p_denial, g_denial = pred.denials[pair.pred], gold.denials[pair.gold]
        score.tally("denier_accuracy").add(same_text(p_denial.denier, g_denial.denier))
        score.tally("denial_what_accuracy").add(same_text(p_denial.what, g_denial.what))
        predicted = {to_gold.get(t, -1 - t) for t in p_denial.targets}
        score.tally("denial_link_accuracy").add(predicted == set(g_denial.targets))

    score.tally("relevance_accuracy").add(pred.is_relevant == gold.is_relevant)
    score.tally("schema_valid_rate").add(True)
    _score_grounding(score, pred, article)
    return score


def _count_agreement(pred: Any, gold: Any) -> tuple[bool, bool]:
    if pred is None or gold is None:
        return pred is None and gold is None, pred is None and gold is None
    value_ok = (pred.value, pred.low, pred.high) == (gold.value, gold.low, gold.high)
    return value_ok, pred.qualifier == gold.qualifier


def _score_grounding(score: FixtureScore, pred: BriefDraft, article: str) -> None:
    for item in [*pred.movements, *pred.denials, *pred.casualties]:
        score.tally("grounding_rate").add(item.evidence in article)
        span = getattr(item, "span", None)
        if span is not None:
            status = getattr(span.alignment, "value", span.alignment)
            for name in ALIGNMENTS:
                score.tally(f"alignment_{name}_rate").add(status == name)
        count = getattr(item, "count", None)
        numbers = [n for n in (count.value, count.low, count.high) if n is not None] if count else []
        if not numbers:
            continue
        # The pipeline's own verdict wins when it flagged the number as invented.
        flagged = any(flag.lower().startswith(INVENTED_FLAG) for flag in getattr(item, "flags", []))
        score.tally("numbers_found_rate").add(not flagged and _numbers_stated(numbers, item, article))


def _numbers_stated(numbers: list[int], item: Any, article: str) -> bool:
    """Every number is stated as a count (not a year, date or distance) in the sentence(s) of the evidence."""
    for start, end in placements(item, article):
        begin, finish = sentence_bounds(article, start, end)
        if set(numbers) <= stated_counts(article[begin:finish]):
            return True
    return False


@dataclass(frozen=True)
class Summary:
    """One metric over a run."""

    micro: float | None
    macro: float | None
    fixtures: int  # how many fixtures define it (the macro mean's size)


def aggregate(scores: list[FixtureScore]) -> dict[str, Summary]:
    """Micro and macro averages of every metric over the fixtures."""
    summaries: dict[str, Summary] = {}
    per_fixture = [s.values() for s in scores]
    pooled = {kind: Detection() for kind in KINDS}
    for s in scores:
        for kind, d in s.detections.items():
            pooled[kind].matched += d.matched
            pooled[kind].predicted += d.predicted
            pooled[kind].gold += d.gold
    micro: dict[str, float | None] = {}
    for kind, detection in pooled.items():
        prf = detection.prf()
        for suffix, value in zip(("precision", "recall", "f1"), prf or (None, None, None), strict=True):
            micro[f"{kind}_{suffix}"] = value
    for name in METRICS:
        if name in micro:
            continue
        if name in COST_METRICS:
            micro[name] = _mean([v[name] for v in per_fixture])
            continue
        hits = sum(s.tallies[name].hits for s in scores if name in s.tallies)
        total = sum(s.tallies[name].total for s in scores if name in s.tallies)
        micro[name] = hits / total if total else None
    for name in METRICS:
        defined = [v[name] for v in per_fixture if v.get(name) is not None]
        summaries[name] = Summary(micro[name], _mean(defined), len(defined))
    return summaries


def _mean(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None
