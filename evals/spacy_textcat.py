"""A second learned family for the comparison: spaCy `textcat_multilabel` (CNN + bag-of-words ensemble)
trained on the same labelled sentences (entity-masked text), used by evals/crossval.py only.

The architecture is spaCy's default for `textcat_multilabel` (spacy.TextCatEnsemble.v2); the
training loop is fixed here: EPOCHS passes, minibatches of 16, dropout 0.2, seeded.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from summarizer.learned.dataset import LABELS, LabelledArticle
from summarizer.learned.features import RuleView

EPOCHS = 8


class SpacyTextcatModel:
    """Duck-types the parts of SentenceModel the learned strategy reads."""

    blocks: list[str] = []

    def __init__(self, nlp, thresholds: dict[str, float]) -> None:
        self.nlp = nlp
        self.thresholds = thresholds
        self.version = "spacy-textcat"

    def decisions(self, views: list[RuleView], embeddings=None) -> list[dict[str, float]]:
        return [{label: float(doc.cats.get(label, 0.0)) for label in LABELS}
                for doc in self.nlp.pipe([v.masked for v in views])]


def fit_textcat(articles: Sequence[LabelledArticle], thresholds: dict[str, float], seed: int = 0) -> SpacyTextcatModel:
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel")
    for label in LABELS:
        textcat.add_label(label)
    examples = []
    for article in articles:
        for view, labels in zip(article.views, article.labels, strict=True):
            doc = nlp.make_doc(view.masked)
            examples.append(Example.from_dict(doc, {"cats": {label: float(label in labels) for label in LABELS}}))
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.2)
    return SpacyTextcatModel(nlp, thresholds)
