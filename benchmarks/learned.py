"""Cost of the learned default against the rules alone: load time and seconds per article, one run.

    python benchmarks/learned.py [--fixtures evals/fixtures] [--repeat 2]

Prints the one-off loads (spaCy pipeline, the learned model's arrays + scikit-learn import)
and, per strategy, mean and max seconds per article warm, with the learned/staged ratio.
The issue's budget: load <= 3 s, <= 2 s per article warm on 2 cores.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer.evaluation.fixtures import load_fixtures  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", default=str(ROOT / "evals" / "fixtures"))
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)
    fixtures, _ = load_fixtures(args.fixtures)

    started = time.perf_counter()
    from summarizer.strategies.staged.sentences import nlp

    nlp()
    spacy_load = time.perf_counter() - started
    started = time.perf_counter()
    from summarizer.learned.strategy import Learned, model_for

    model_for(None)
    import sklearn.feature_extraction.text  # noqa: F401

    model_load = time.perf_counter() - started
    print(f"load: spaCy {spacy_load:.2f} s, learned model + scikit-learn {model_load:.2f} s")

    from summarizer.strategies.staged import Staged

    means = {}
    for name, strategy in (("staged", Staged()), ("learned", Learned())):
        seconds = []
        for _ in range(args.repeat):
            for fixture in fixtures:
                began = time.perf_counter()
                strategy.run(fixture.article, None, None)
                seconds.append(time.perf_counter() - began)
        means[name] = statistics.mean(seconds)
        print(f"{name:8} {len(fixtures)} articles x {args.repeat}: mean {means[name]:.3f} s, max {max(seconds):.3f} s")
    print(f"learned/staged time ratio: {means['learned'] / means['staged']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
