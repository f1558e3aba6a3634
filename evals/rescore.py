"""Score the briefs saved in an eval report again, with the scorer as it is now.

    python evals/rescore.py REPORT.json FIXTURES_DIR [--json OUT.json]

For measuring a scorer change on fixed predictions: the briefs of REPORT
(written by `summarizer eval --json`) are scored against the gold files of
FIXTURES_DIR, nothing is run again. Prints the micro average of every metric
(and nothing per fixture, so it is safe on a held-out split); `--json` writes
the metrics as {"metric": {"micro": x, "macro": y}} for `summarizer eval
compare`-style diffs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from schemas import Brief
from summarizer.evaluation.fixtures import load_fixtures
from summarizer.evaluation.scorer import COST_METRICS, aggregate, score_fixture


def rescore(report_path: Path, fixtures_dir: Path) -> dict[str, dict[str, float | None]]:
    report = json.loads(report_path.read_text(encoding="utf-8"))
    fixtures = {f.name: f for f in load_fixtures(fixtures_dir)[0]}
    scores = []
    for run in report["fixtures"]:
        fixture = fixtures[run["name"]]
        brief = Brief.model_validate(run["brief"]) if run["brief"] is not None else None
        scores.append(
            score_fixture(fixture.name, brief, fixture.gold, fixture.article, error=run.get("error"),
                          seconds=run.get("seconds", 0.0), tokens=run.get("tokens", 0))
        )
    return {name: {"micro": s.micro, "macro": s.macro} for name, s in aggregate(scores).items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("fixtures", type=Path)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    metrics = rescore(args.report, args.fixtures)
    for name, value in metrics.items():
        if name not in COST_METRICS:
            micro = value["micro"]
            print(f"{name} {'-' if micro is None else f'{micro:.3f}'}")
    if args.json is not None:
        args.json.write_text(json.dumps({"metrics": metrics}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
