"""The Gemma probe candidate's parts on the real embedded model: mean-pooled sentence vectors from
llama.cpp, their on-disk cache, and a sentence model with an embedding block that saves, loads and
decides the same. Four short sentences, so the model runs for a few seconds."""

from __future__ import annotations

import numpy as np
import pytest

from summarizer.learned.dataset import LabelledArticle
from summarizer.learned.embeddings import SentenceEmbedder
from summarizer.learned.features import RuleView
from summarizer.learned.model import load
from summarizer.learned.train import fit

pytestmark = pytest.mark.model

SENTENCES = [
    ("Russian troops entered the city of Kherson on Tuesday, officials said.", {"movement"}),
    ("The ministry denied that any soldiers had crossed the border.", {"denial"}),
    ("Three soldiers were killed in the attack, the army said.", {"casualty"}),
    ("Rain is expected across the region tomorrow.", set()),
]


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("gemma_embeddings")


@pytest.fixture(scope="module")
def vectors(cache_dir) -> np.ndarray:
    embedder = SentenceEmbedder(cache_dir, n_threads=1)
    out = embedder.embed([text for text, _ in SENTENCES])
    assert embedder.embedded == len(SENTENCES) and embedder.load_seconds > 0
    return out


def test_one_mean_pooled_vector_per_sentence(vectors):
    assert vectors.shape == (len(SENTENCES), 640)
    assert np.isfinite(vectors).all()
    assert len({row.tobytes() for row in vectors}) == len(SENTENCES)  # different sentences, different vectors


def test_cached_vectors_come_back_without_loading_the_weights(vectors, cache_dir):
    again = SentenceEmbedder(cache_dir)
    assert np.array_equal(again.embed([text for text, _ in SENTENCES]), vectors)
    assert again.embedded == 0 and again.load_seconds == 0.0  # the weights were never loaded


def test_probe_with_an_embedding_block_saves_loads_and_decides_the_same(vectors, tmp_path):
    views, offset = [], 0
    for index, (text, _) in enumerate(SENTENCES):
        views.append(RuleView(index, offset, offset + len(text), text, text.lower()))
        offset += len(text) + 1
    article = LabelledArticle("probe", " ".join(t for t, _ in SENTENCES), views, [lab for _, lab in SENTENCES], True)
    model = fit([article, article], blocks=("embedding",), c=1.0, embeddings=np.vstack([vectors, vectors]))
    model.save(tmp_path / "probe")
    loaded = load(tmp_path / "probe")
    assert loaded.blocks == ["embedding"]
    before = model.predict_proba(views, vectors)
    assert np.allclose(loaded.predict_proba(views, vectors), before, atol=1e-6)
    assert before[0, 0] > before[3, 0]  # movement sentence above the weather for P(movement)
    with pytest.raises(Exception, match="needs sentence embeddings"):
        loaded.predict_proba(views, None)
