"""Quality gates: minimum (and optional maximum) values per metric, checked against a report.

File format (evals/thresholds.json):

    {
      "average": "micro",                     # or "macro"; which average is checked
      "minimum": {"schema_valid_rate": 0.9, "movement_f1": 0.3},
      "maximum": {"seconds_per_article": 60}  # optional, for lower-is-better metrics
    }

Keys starting with "_" are comments. A metric with no value in the report
(nothing to measure it on) fails its gate: a gate that cannot be checked must
not pass silently.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from summarizer.errors import ConfigError
from summarizer.evaluation.scorer import METRICS

AVERAGES = ("micro", "macro")


def load_thresholds(path: str | os.PathLike[str]) -> dict[str, Any]:
    target = Path(path)
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"thresholds file {str(target)!r} not found; pass an existing JSON file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"thresholds file {str(target)!r} is not readable JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"thresholds file {str(target)!r} must hold a JSON object with 'minimum'")
    data = {k: v for k, v in data.items() if not k.startswith("_")}
    average = data.get("average", "micro")
    if average not in AVERAGES:
        raise ConfigError(f"thresholds 'average' is {average!r}; use 'micro' or 'macro'")
    gates: dict[str, Any] = {"average": average}
    for bound in ("minimum", "maximum"):
        values = {k: v for k, v in (data.get(bound) or {}).items() if not k.startswith("_")}
        unknown = sorted(set(values) - set(METRICS))
        if unknown:
            raise ConfigError(f"thresholds {bound} names unknown metric(s) {', '.join(unknown)}; see evals/README.md")
        bad = [k for k, v in values.items() if not isinstance(v, (int, float)) or isinstance(v, bool)]
        if bad:
            raise ConfigError(f"thresholds {bound} values must be numbers: {', '.join(bad)}")
        gates[bound] = values
    if not gates["minimum"] and not gates["maximum"]:
        raise ConfigError(f"thresholds file {str(target)!r} sets no 'minimum' or 'maximum'")
    return gates


def failures(report: dict[str, Any], gates: dict[str, Any]) -> list[str]:
    """One short description per metric outside its gate, e.g. 'movement_f1 0.210 < 0.300'."""
    average = gates["average"]
    found: list[str] = []
    for bound, sign in (("minimum", "<"), ("maximum", ">")):
        for name, limit in gates.get(bound, {}).items():
            value = report["metrics"].get(name, {}).get(average)
            if value is None:
                found.append(f"{name} has no value")
            elif (value < limit) if bound == "minimum" else (value > limit):
                found.append(f"{name} {value:.3f} {sign} {limit}")
    return found
