"""The sentence model: one logistic regression per label over hashed n-grams, cue features and
(optionally) sentence embeddings; saved as plain arrays and JSON, never pickled.

Files in a model directory:

* `model.json`: labels, thresholds, which feature blocks, training metadata;
* `seen.npy` (hashed text columns seen in training), `idf.npy`, `coef.npy`, `intercept.npy`;
* `emb_mean.npy`, `emb_scale.npy` when the embedding block is on.

`digest()` hashes every file's bytes (sorted by name): the same training data
and seed give the same digest, and the digest goes into the strategy's version.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from summarizer.errors import ConfigError
from summarizer.learned.features import RuleView, cue_matrix, cue_names, hashed_text

FORMAT = 1
ARRAYS = ("seen", "idf", "coef", "intercept")
EMB_ARRAYS = ("emb_mean", "emb_scale")


@dataclass
class SentenceModel:
    labels: list[str]
    thresholds: dict[str, float]
    blocks: list[str]  # "text", "cues", "embedding"
    seen: np.ndarray  # int64 hashed columns kept
    idf: np.ndarray  # float32, one per seen column
    coef: np.ndarray  # float32 (labels x features)
    intercept: np.ndarray  # float32 (labels,)
    emb_mean: np.ndarray | None = None
    emb_scale: np.ndarray | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None
    _digest: str | None = None

    # -- features --------------------------------------------------------------------------------
    def features(self, views: list[RuleView], embeddings: np.ndarray | None = None) -> sparse.csr_matrix:
        parts = []
        if "text" in self.blocks:
            counts = hashed_text(views)[:, self.seen]
            weighted = counts.multiply(self.idf.astype(np.float64)).tocsr()
            norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
            norms[norms == 0] = 1.0
            parts.append(sparse.diags(1.0 / norms) @ weighted)
        if "cues" in self.blocks:
            parts.append(cue_matrix(views))
        if "embedding" in self.blocks:
            if embeddings is None:
                raise ConfigError("this learned model needs sentence embeddings (the embedded Gemma model)")
            parts.append(sparse.csr_matrix((embeddings - self.emb_mean) / self.emb_scale))
        return sparse.hstack(parts, format="csr")

    def predict_proba(self, views: list[RuleView], embeddings: np.ndarray | None = None) -> np.ndarray:
        """(sentences x labels) probabilities."""
        if not views:
            return np.zeros((0, len(self.labels)))
        scores = self.features(views, embeddings) @ self.coef.astype(np.float64).T + self.intercept
        return 1.0 / (1.0 + np.exp(-np.asarray(scores)))

    def decisions(self, views: list[RuleView], embeddings: np.ndarray | None = None) -> list[dict[str, float]]:
        """Per sentence, each label's probability (callers compare with `thresholds`)."""
        probs = self.predict_proba(views, embeddings)
        return [dict(zip(self.labels, (float(p) for p in row), strict=True)) for row in probs]

    # -- files -----------------------------------------------------------------------------------
    def save(self, directory: str | Path) -> str:
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        arrays = {"seen": self.seen.astype(np.int64), "idf": self.idf.astype(np.float32),
                  "coef": self.coef.astype(np.float32), "intercept": self.intercept.astype(np.float32)}
        if "embedding" in self.blocks:
            arrays["emb_mean"] = self.emb_mean.astype(np.float32)
            arrays["emb_scale"] = self.emb_scale.astype(np.float32)
        for name, array in arrays.items():
            np.save(out / f"{name}.npy", array, allow_pickle=False)
        manifest = {"format": FORMAT, "labels": self.labels, "thresholds": self.thresholds, "blocks": self.blocks,
                    "cue_names": cue_names(), "meta": self.meta}
        (out / "model.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        self.path = out
        self._digest = digest(out)
        return self._digest

    @property
    def version(self) -> str:
        """12 hex digits of the model files' hash (computed on save or load)."""
        return (self._digest or "unsaved")[:12]


def digest(directory: Path) -> str:
    hasher = hashlib.sha256()
    for path in sorted(directory.iterdir()):
        if path.is_file() and (path.suffix == ".npy" or path.name == "model.json"):
            hasher.update(path.name.encode())
            hasher.update(path.read_bytes())
    return hasher.hexdigest()


def load(directory: str | Path) -> SentenceModel:
    """A model directory written by `summarizer train`. Raises ConfigError with the fix when it is not one."""
    folder = Path(directory).expanduser()
    manifest_path = folder / "model.json"
    if not manifest_path.is_file():
        raise ConfigError(f"learned model directory {str(folder)!r} has no model.json; train one with `summarizer train`")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT:
            raise ConfigError(f"learned model in {str(folder)!r} has format {manifest.get('format')!r}, expected {FORMAT}; retrain it")
        if manifest.get("cue_names") != cue_names():
            raise ConfigError(f"learned model in {str(folder)!r} was trained with other cue features; retrain it")
        blocks = manifest["blocks"]
        names = ARRAYS + (EMB_ARRAYS if "embedding" in blocks else ())
        arrays = {name: np.load(folder / f"{name}.npy", allow_pickle=False) for name in names}
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"learned model in {str(folder)!r} is unreadable ({exc}); retrain it") from None
    model = SentenceModel(manifest["labels"], manifest["thresholds"], blocks, arrays["seen"], arrays["idf"], arrays["coef"],
                          arrays["intercept"], arrays.get("emb_mean"), arrays.get("emb_scale"), manifest.get("meta", {}), folder)
    model._digest = digest(folder)
    return model
