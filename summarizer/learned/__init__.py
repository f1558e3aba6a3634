"""Learned sentence decisions for the staged rules: which sentences report a movement, a denial, a casualty.

The rules (summarizer/strategies/staged) find fields well but miss sentences in
news they were not written beside. This package learns the sentence-level
decisions from gold briefs and hands them to the rules:

* dataset.py: fixtures (article.txt + gold.json) -> labelled sentences (gold evidence located in the article);
* features.py: a sentence -> hashed word/char n-grams + cue-lexicon and parse features;
* model.py: one-vs-rest logistic regression over those features, saved as plain arrays (no pickle);
* train.py: `summarizer train` (build, fit, write, digest);
* strategy.py: the `learned` strategy (the rules with the model selecting and adding sentences);
* cli.py: the `train` command;
* embeddings.py: Gemma 3 270M sentence vectors for a probe candidate (evals/crossval.py; not in the default).
"""

from __future__ import annotations

from pathlib import Path

PACKAGED_MODEL_DIR = Path(__file__).resolve().parent / "model"
