"""k-fold cross-validation of learned strategies on a fixtures split (folds by article).

Each fold trains the sentence model on the other folds plus any extra training
folders (evals/fixtures, evals/holdout), runs the learned strategy on the held-out
articles exactly as the pipeline does (strategy, then grounding) and scores them
with the shared scorer; the folds' scores are pooled (micro). The rules need no
training, so they are scored on the same articles in one pass.

A candidate is a name in CANDIDATES: which feature blocks, which regularisation,
which thresholds. The `embedding` block needs the embedded model
(summarizer.learned.embeddings; vectors cached on disk, so folds embed each sentence once).
Besides the pipeline's scores, each fold's model scores its held-out sentences, and the
pooled sentence-level average precision per label goes into the summary (`_sentence_ap`).
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import Any

from summarizer import grounding
from summarizer.evaluation.scorer import aggregate, score_fixture
from summarizer.learned.dataset import LabelledArticle, label_article
from summarizer.learned.train import DEFAULT_C, DEFAULT_THRESHOLDS, fit


@dataclass(frozen=True)
class Candidate:
    blocks: tuple[str, ...]
    c: float = DEFAULT_C
    thresholds: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))


CANDIDATES = {
    # (a) linear model on hashed TF-IDF word/char n-grams of the entity-masked sentence + the rules' cue features
    "learned": Candidate(("text", "cues")),
    "learned_text_only": Candidate(("text",)),
    "learned_cues_only": Candidate(("cues",)),
    # (a') spaCy textcat_multilabel (CNN + bag-of-words ensemble) on the entity-masked sentence (evals/spacy_textcat.py)
    "spacy_textcat": Candidate(("spacy",)),
    # (b) linear probes on the embedded Gemma 3 270M's mean-pooled hidden states (640 standardised floats):
    # alone (stronger regularisation: 640 dense columns, a few hundred positives), and beside the default's features
    "gemma_probe": Candidate(("embedding",), c=0.05),
    "gemma_probe_learned": Candidate(("text", "cues", "embedding")),
}


def folds(items: list, k: int) -> list[list]:
    """Round-robin over the sorted articles: deterministic, every fold mixes outlets and years."""
    return [items[i::k] for i in range(k)]


def cross_validate(name: str, candidate: Candidate, fixtures: list, extra: list[LabelledArticle], k: int,
                   labelled: dict[str, LabelledArticle], embed: Any = None, seed: int = 0, verbose: bool = False) -> dict:
    from summarizer.learned.strategy import Learned

    scores = []
    probabilities: list[dict[str, float]] = []  # held-out sentences, every fold
    gold: list[set[str]] = []
    started_all = time.perf_counter()
    for fold in folds(fixtures, k):
        held = {f.name for f in fold}
        train = [labelled[f.name] for f in fixtures if f.name not in held] + extra
        if candidate.blocks == ("spacy",):
            from spacy_textcat import fit_textcat

            model = fit_textcat(train, candidate.thresholds, seed=seed)
        else:
            embeddings = embed.for_articles(train) if "embedding" in candidate.blocks else None
            model = fit(train, seed=seed, blocks=candidate.blocks, c=candidate.c, thresholds=candidate.thresholds,
                        embeddings=embeddings)
        held_labelled = [labelled[f.name] for f in fold]
        held_embeddings = embed.for_articles(held_labelled) if "embedding" in candidate.blocks else None
        probabilities += model.decisions([v for a in held_labelled for v in a.views], held_embeddings)
        gold += [lab for a in held_labelled for lab in a.labels]
        strategy = Learned(model, embedder=embed)
        for fixture in fold:
            started = time.perf_counter()
            result = strategy.run(fixture.article, None, None)
            brief = grounding.ground_brief(result.draft, fixture.article, policy="flag")
            seconds = time.perf_counter() - started
            scores.append(score_fixture(fixture.name, brief, fixture.gold, fixture.article, seconds=seconds))
            if verbose:
                print(f"  {name:18} {fixture.name:50} F1={scores[-1].values()['movement_f1']}", file=sys.stderr)
    summary = aggregate(scores)
    summary["_load_seconds"] = 0.0
    summary["_wall"] = time.perf_counter() - started_all
    summary["_sentence_ap"] = sentence_ap(probabilities, gold)
    return summary


def sentence_ap(probabilities: list[dict[str, float]], gold: list[set[str]]) -> dict[str, float | None]:
    """Average precision per label over the pooled held-out sentences (None for a label no sentence has)."""
    from sklearn.metrics import average_precision_score

    out: dict[str, float | None] = {}
    for label in ("movement", "denial", "casualty"):
        y = [label in lab for lab in gold]
        out[label] = float(average_precision_score(y, [p.get(label, 0.0) for p in probabilities])) if any(y) else None
    return out


def label_all(fixtures: list) -> dict[str, LabelledArticle]:
    return {f.name: label_article(f) for f in fixtures}
