"""Score candidates once on a held-out split: learned candidates trained on the training folders, rules as they are.

    python evals/realnews_split.py dev /tmp/rn_dev && python evals/realnews_split.py test /tmp/rn_test
    python evals/split_test.py --train /tmp/rn_dev evals/fixtures evals/holdout --fixtures /tmp/rn_test \
        --strategies staged,learned,learned_text_only,learned_cues_only

This is how each candidate meets the realnews TEST split once (issue 11): only pooled (micro) numbers are
printed, never a fixture's name or score, so running it reveals nothing about any one test article. Every
run on the test split is to be reported, whatever it shows.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "evals"))

import compare_strategies  # noqa: E402
import crossval  # noqa: E402

from summarizer import grounding  # noqa: E402
from summarizer.evaluation.fixtures import load_fixtures  # noqa: E402
from summarizer.evaluation.scorer import aggregate, score_fixture  # noqa: E402
from summarizer.learned.train import fit  # noqa: E402


def run_learned(name: str, train: list, fixtures: list, seed: int = 0) -> dict:
    from summarizer.learned.strategy import Learned

    candidate = crossval.CANDIDATES[name]
    started = time.perf_counter()
    if candidate.blocks == ("spacy",):
        from spacy_textcat import fit_textcat

        model = fit_textcat(train, candidate.thresholds, seed=seed)
    else:
        model = fit(train, seed=seed, blocks=candidate.blocks, c=candidate.c, thresholds=candidate.thresholds)
    load_seconds = time.perf_counter() - started
    strategy = Learned(model)
    scores = []
    for fixture in fixtures:
        began = time.perf_counter()
        brief = grounding.ground_brief(strategy.run(fixture.article, None, None).draft, fixture.article, policy="flag")
        scores.append(score_fixture(fixture.name, brief, fixture.gold, fixture.article, seconds=time.perf_counter() - began))
    summary = aggregate(scores)
    summary["_load_seconds"] = load_seconds  # here: training time
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", nargs="+", required=True, help="fixture folders the learned candidates train on")
    parser.add_argument("--fixtures", required=True, help="the held-out split")
    parser.add_argument("--strategies", default="staged,learned")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    fixtures = load_fixtures(args.fixtures)[0]
    names = [n.strip() for n in args.strategies.split(",") if n.strip()]
    train = []
    if any(n in crossval.CANDIDATES for n in names):
        train = [a for d in args.train for a in crossval.label_all(load_fixtures(d)[0]).values()]
    results = {}
    for name in names:
        if name in crossval.CANDIDATES:
            results[name] = run_learned(name, train, fixtures, args.seed)
        else:
            results[name] = compare_strategies.run_strategy(name, fixtures)[0]
        print(f"{name}: done", file=sys.stderr)
    print(f"_{len(fixtures)} fixtures; micro averages (pooled counts)._\n")
    print(compare_strategies.table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
