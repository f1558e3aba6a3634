"""Strategies: how a backend is asked for the brief. Chosen by config (`strategy`).

* single_pass: one schema-bound call for the whole brief (capable models);
* staged: sentences, cue words, parse-based fields, and short model questions
  where they measurably help (the embedded default).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Protocol

from schemas import BriefDraft, Usage
from summarizer.errors import ConfigError

_STRATEGIES = {
    "single_pass": "summarizer.strategies.single_pass:SinglePass",
    "staged": "summarizer.strategies.staged:Staged",
    # Measurement variants (docs/STRATEGIES.md): the rules alone, every model question, a cue-word yardstick.
    "staged_no_model": "summarizer.strategies.staged:StagedNoModel",
    "staged_all_questions": "summarizer.strategies.staged:StagedAllQuestions",
    "cue_baseline": "summarizer.strategies.staged.baseline:CueBaseline",
    # The staged rules with sentences chosen by a model trained on gold briefs (summarizer/learned).
    "learned": "summarizer.learned.strategy:Learned",
}


@dataclass
class StrategyResult:
    draft: BriefDraft
    usage: Usage = field(default_factory=Usage)
    chunks: int = 1


class Strategy(Protocol):
    name: str

    def prompt_version(self) -> str: ...

    def run(self, article: str, backend: Any, settings: Any) -> StrategyResult: ...

    def repair(
        self, article: str, backend: Any, settings: Any, draft: BriefDraft, problems: list[str]
    ) -> StrategyResult | None:
        """Re-ask once with what grounding found wrong; None when the strategy cannot."""
        ...


def chosen_strategy(setting: str, backend_default: str) -> str:
    """The one "auto" rule: `strategy = "auto"` takes the backend's default, any other name is itself."""
    return backend_default if setting == "auto" else setting


def register_strategy(name: str, target: str) -> None:
    """Add a strategy (for plugins); the built-in ones are all in _STRATEGIES above."""
    _STRATEGIES[name] = target


def strategy_names() -> list[str]:
    return sorted(_STRATEGIES)


def get_strategy(name: str) -> Strategy:
    target = _STRATEGIES.get(name)
    if target is None:
        raise ConfigError(f"unknown strategy {name!r}; choose one of {', '.join(strategy_names())}")
    module_name, _, class_name = target.partition(":")
    return getattr(importlib.import_module(module_name), class_name)()
