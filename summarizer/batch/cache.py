"""Disk cache of finished briefs, so a re-run pays nothing for articles already done.

The key is a sha256 over everything that decides the brief: the article's
own sha256, the model (label and server address), the strategy and its
prompt version, the schema version, and the settings that change the output
(`summarizer.settings.OUTPUT_SETTINGS`). API keys are never part of the key or the value: the
value is the brief's JSON, whose metadata holds no secret.

Only successful briefs are stored; failures are always retried by a new run
(through --retry-failed). The cache lives in `settings.cache_dir`, else
`~/.cache/summarizer`, in a `briefs/` folder (diskcache: SQLite plus files,
safe across threads and processes).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from schemas import SCHEMA_VERSION, Brief
from summarizer.backends.registry import resolve
from summarizer.errors import ConfigError
from summarizer.settings import OUTPUT_SETTINGS, Settings
from summarizer.strategies import chosen_strategy, get_strategy



def default_cache_dir() -> Path:
    return Path.home() / ".cache" / "summarizer"


@dataclass(frozen=True)
class RunIdentity:
    """What a run with some settings produces briefs *with*: computed once per batch."""

    model_label: str
    base_url: str | None
    strategy: str
    prompt_version: str
    output_settings: tuple[tuple[str, Any], ...]

    @classmethod
    def of(cls, settings: Settings) -> RunIdentity:
        """Without loading a model: the registry resolves the string, the strategy hashes its prompts."""
        spec = resolve(settings.model, settings.base_url)
        strategy_name = chosen_strategy(settings.strategy, spec.default_strategy)
        try:
            strategy = get_strategy(strategy_name)
        except ImportError as exc:
            raise ConfigError(f"strategy {strategy_name!r} cannot be loaded here ({exc}); choose another") from None
        return cls(
            model_label=spec.label,
            base_url=spec.base_url,
            strategy=strategy.name,
            prompt_version=strategy.prompt_version(),
            output_settings=tuple((name, getattr(settings, name)) for name in OUTPUT_SETTINGS),
        )

    def key_for(self, article_sha256: str) -> str:
        payload = {
            "article_sha256": article_sha256,
            "model": self.model_label,
            "base_url": self.base_url,
            "strategy": self.strategy,
            "prompt_version": self.prompt_version,
            "schema_version": SCHEMA_VERSION,
            "settings": dict(self.output_settings),
        }
        canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
        return "brief:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class BriefCache:
    """Briefs by run identity and article. `enabled=False` makes every call a no-op."""

    def __init__(self, directory: Path | None, *, enabled: bool = True) -> None:
        self.enabled = enabled
        self.directory = (directory or default_cache_dir()) / "briefs"
        self._store: Any = None
        if enabled:
            self._open()

    def _open(self) -> None:
        import diskcache

        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            # A cache write must never stall the batch for long behind another process.
            self._store = diskcache.Cache(str(self.directory), timeout=5, size_limit=2**32)
        except (OSError, sqlite3.Error) as exc:  # a full disk or a broken database file: sqlite3 errors
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            raise ConfigError(
                f"cannot open the cache in {str(self.directory)!r}: {reason}; "
                "set cache_dir (SUMMARIZER_CACHE_DIR) to a writable folder or pass --no-cache"
            ) from None

    def get(self, key: str) -> Brief | None:
        if self._store is None:
            return None
        try:
            stored = self._store.get(key)
        except Exception:  # noqa: BLE001 - a broken cache entry means a miss, not a failed article
            return None
        if not isinstance(stored, str):
            return None
        try:
            return Brief.model_validate_json(stored)
        except ValueError:
            return None

    def put(self, key: str, brief: Brief) -> None:
        if self._store is None:
            return
        try:
            self._store.set(key, brief.model_dump_json())
        except Exception:  # noqa: BLE001 - a full disk costs a re-run later, never this article
            pass

    def __len__(self) -> int:
        return len(self._store) if self._store is not None else 0

    def clear(self) -> None:
        if self._store is not None:
            self._store.clear()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
