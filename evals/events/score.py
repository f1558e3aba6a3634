"""Score the event merge on hand-written cases: pairwise precision, recall and F1 of merges.

    python evals/events/score.py            # the table and the micro numbers
    python evals/events/score.py --json     # the numbers as JSON

Each file in evals/events/cases/ holds briefs (batch-style records with a
date and an outlet) and `gold_events`: the groups of report refs
("brief_id#m<index>") that are one event. All cases are merged in one run, so
a false merge across cases counts too. A pair of reports is *predicted* when
the merge puts both in one event, *gold* when a gold event holds both;
precision = |predicted & gold| / |predicted|, recall = |predicted & gold| / |gold|.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from summarizer.events.engine import merge_briefs  # noqa: E402
from summarizer.events.inputs import source_brief  # noqa: E402
from summarizer.events.model import MergeSettings  # noqa: E402

CASES = Path(__file__).resolve().parent / "cases"


def load_cases(folder: Path = CASES) -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))]


def pairs(groups) -> set[tuple[str, str]]:
    return {tuple(sorted(pair)) for group in groups for pair in itertools.combinations(sorted(group), 2)}


def _prf(predicted: set, gold: set) -> dict[str, float]:
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "predicted_pairs": len(predicted), "gold_pairs": len(gold), "correct_pairs": hits}


def score(settings: MergeSettings | None = None, engine: str = "local", folder: Path = CASES) -> dict:
    cases = load_cases(folder)
    briefs = [source_brief(record) for case in cases for record in case["briefs"]]
    run = merge_briefs(briefs, settings or MergeSettings(), engine=engine)
    predicted = pairs([r.ref for r in event.reports] for event in run.events)
    result = {"micro": None, "cases": {}}
    gold_all: set = set()
    for case in cases:
        refs = {f"{record['id']}#m{i}" for record in case["briefs"] for i in range(len(record["brief"]["movements"]))}
        gold = pairs(case["gold_events"])
        gold_all |= gold
        mine = {p for p in predicted if p[0] in refs or p[1] in refs}
        result["cases"][case["name"]] = {"gold": sorted(map(list, gold)), "predicted": sorted(map(list, mine)),
                                         "ok": mine == gold}
    result["micro"] = _prf(predicted, gold_all)
    result["events"] = len(run.events)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--undated", choices=["separate", "join"], default="separate")
    args = parser.parse_args()
    result = score(MergeSettings(undated=args.undated))
    if args.json:
        print(json.dumps(result, indent=2))
        return
    for name, case in result["cases"].items():
        print(f"{'ok  ' if case['ok'] else 'MISS'} {name}: gold pairs {len(case['gold'])}, predicted {len(case['predicted'])}")
    m = result["micro"]
    print(f"pairwise merges: precision {m['precision']:.3f} recall {m['recall']:.3f} F1 {m['f1']:.3f} "
          f"({m['correct_pairs']} correct of {m['predicted_pairs']} predicted, {m['gold_pairs']} gold); "
          f"{result['events']} events")


if __name__ == "__main__":
    main()
