"""Sentence embeddings from the embedded Gemma 3 270M (llama.cpp, mean-pooled hidden states).

For the `gemma_probe` candidate (a linear probe on these vectors, evals/crossval.py).
Vectors are cached on disk under a key naming the weights and the sentence's hash, so
cross-validation folds and repeated experiments embed each sentence once. The embedder
counts the seconds it spent embedding uncached sentences (`embed_seconds`, `embedded`)
and its load time, so the comparison can report both.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from summarizer.learned.dataset import LabelledArticle
from summarizer.learned.features import RuleView


class SentenceEmbedder:
    """Mean-pooled Gemma 3 270M vectors (640 floats) per sentence; the weights load on first uncached sentence."""

    def __init__(self, cache_dir: str | Path | None = None, n_threads: int = 2) -> None:
        self._llm: Any = None
        self._model_path: Path | None = None
        self.n_threads = n_threads
        self.load_seconds = 0.0
        self.embed_seconds = 0.0  # spent in llama.cpp on uncached sentences
        self.embedded = 0  # how many sentences that was
        self._cache = None
        if cache_dir is not None:
            import diskcache

            self._cache = diskcache.Cache(str(cache_dir))

    def _model(self) -> Any:
        if self._llm is None:
            import llama_cpp
            from summarizer.backends.embedded import default_weights

            started = time.perf_counter()
            self._model_path = default_weights()
            self._llm = llama_cpp.Llama(model_path=str(self._model_path), embedding=True, n_ctx=512, n_batch=512,
                                        n_threads=self.n_threads, pooling_type=llama_cpp.LLAMA_POOLING_TYPE_MEAN,
                                        verbose=False)
            self.load_seconds = time.perf_counter() - started
        return self._llm

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        rows: list[np.ndarray] = []
        for text in texts:
            key = "gemma3-270m-q4km-mean:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
            cached = self._cache.get(key) if self._cache is not None else None
            if cached is None:
                llm = self._model()
                started = time.perf_counter()
                vector = np.asarray(llm.embed(text), dtype=np.float32)
                self.embed_seconds += time.perf_counter() - started
                self.embedded += 1
                if vector.ndim > 1:  # a model without pooling returns per-token rows: pool them here
                    vector = vector.mean(axis=0)
                if self._cache is not None:
                    self._cache.set(key, vector.tobytes())
            else:
                vector = np.frombuffer(cached, dtype=np.float32)
            rows.append(vector)
        return np.vstack(rows) if rows else np.zeros((0, 0), dtype=np.float32)

    def load(self) -> float:
        """Load the weights now (so a timed run does not pay for it); returns the load seconds."""
        self._model()
        return self.load_seconds

    def for_views(self, views: Sequence[RuleView]) -> np.ndarray:
        return self.embed([v.text for v in views])

    def for_articles(self, articles: Sequence[LabelledArticle]) -> np.ndarray:
        return self.for_views([v for a in articles for v in a.views])
