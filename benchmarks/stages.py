"""Per-stage timing of the staged strategy: where the seconds of one article go.

    python benchmarks/stages.py [--fixtures evals/fixtures] [--questions armed_force+destination]
        [--no-model] [--repeat 1] [FILE ...]

Prints the one-off load times (spaCy pipeline, embedded model) and, per article,
the seconds spent in each stage (sentences = spaCy parse, candidates, model
questions, fields, linking), then the mean per stage, each stage's share of the
total, and the time scaled to a 700-word article.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer.strategies.staged import Staged  # noqa: E402
from summarizer.strategies.staged.sentences import nlp  # noqa: E402

STAGES = ("sentences", "candidates", "model", "fields", "linking")


def articles(args: argparse.Namespace) -> list[tuple[str, str]]:
    if args.files:
        return [(Path(f).name, Path(f).read_text(encoding="utf-8")) for f in args.files]
    folder = Path(args.fixtures)
    return [(p.name, (p / "article.txt").read_text(encoding="utf-8")) for p in sorted(folder.iterdir())
            if (p / "article.txt").is_file()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="article files (default: every fixture)")
    parser.add_argument("--fixtures", default=str(ROOT / "evals" / "fixtures"))
    parser.add_argument("--questions", default=None, help="model questions to time, e.g. armed_force+destination")
    parser.add_argument("--no-model", action="store_true", help="rules only; do not load the model")
    parser.add_argument("--repeat", type=int, default=1, help="runs per article (the fastest is kept)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    nlp()
    spacy_load = time.perf_counter() - started
    print(f"spaCy pipeline load: {spacy_load:.2f} s")

    strategy = Staged()
    backend = None
    if args.questions is not None:
        strategy.questions = tuple(q for q in args.questions.split("+") if q)
    if not args.no_model:
        from summarizer.backends.registry import get_backend
        from summarizer.settings import load_settings

        started = time.perf_counter()
        backend = get_backend(load_settings())
        print(f"embedded model load: {time.perf_counter() - started:.2f} s")
    print(f"model questions: {', '.join(strategy.questions) or 'none'}\n")

    header = f"{'article':44} {'words':>6} " + " ".join(f"{s:>10}" for s in STAGES) + f" {'total':>7} {'s/700w':>7}"
    print(header)
    rows = []
    for name, text in articles(args):
        best: dict[str, float] | None = None
        for _ in range(max(1, args.repeat)):
            strategy.extract(text, backend if strategy.questions else None)
            timings = dict(strategy.timings)
            if best is None or sum(timings.values()) < sum(best.values()):
                best = timings
        words = len(text.split())
        total = sum(best.values())
        rows.append((best, total, words))
        cells = " ".join(f"{best.get(s, 0.0):10.3f}" for s in STAGES)
        print(f"{name[:44]:44} {words:6d} {cells} {total:7.2f} {total * 700 / max(words, 1):7.2f}")

    print()
    totals = [t for _, t, _ in rows]
    grand = sum(totals) or 1.0
    for stage in STAGES:
        spent = sum(r.get(stage, 0.0) for r, _, _ in rows)
        print(f"{stage:10} mean {spent / len(rows):6.3f} s/article  share {100 * spent / grand:5.1f}%")
    per_700 = [t * 700 / max(w, 1) for _, t, w in rows]
    print(f"\narticles: {len(rows)}  mean {statistics.mean(totals):.2f} s  max {max(totals):.2f} s  "
          f"median per 700 words {statistics.median(per_700):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
