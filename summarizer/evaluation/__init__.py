"""The offline eval: load gold fixtures, run the pipeline (live, recording or replaying), score, report.

    from summarizer.evaluation import run_eval, load_fixtures, score_fixture, aggregate
    report = run_eval("evals/fixtures", load_settings(), replay="evals/recordings")

See evals/README.md for the metrics and the matching rule.
"""

from typing import Any

# Names are loaded on first use: the CLI imports this package on every start,
# and the scorer pulls in scipy.
_EXPORTS = {
    "Fixture": "fixtures",
    "FixtureProblem": "fixtures",
    "load_fixtures": "fixtures",
    "EvalReport": "runner",
    "run_eval": "runner",
    "METRICS": "scorer",
    "FixtureScore": "scorer",
    "Summary": "scorer",
    "aggregate": "scorer",
    "score_fixture": "scorer",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'summarizer.evaluation' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"summarizer.evaluation.{module}"), name)


__all__ = [
    "METRICS",
    "EvalReport",
    "Fixture",
    "FixtureProblem",
    "FixtureScore",
    "Summary",
    "aggregate",
    "load_fixtures",
    "run_eval",
    "score_fixture",
]
