"""Compare strategies on the eval fixtures: one table of quality, grounding and time.

    python evals/compare_strategies.py [--fixtures evals/fixtures] [--markdown docs/STRATEGIES.md]
        [--strategies staged,staged_no_model,cue_baseline,single_pass] [--only NAME ...]

`staged[armed_force]`, `staged[destination]`, `staged[armed_force+destination]` run the
staged rules with exactly those model questions (to measure each question alone).

Each strategy runs exactly as the pipeline runs it (strategy, then grounding)
and is scored by the shared scorer (summarizer.evaluation). single_pass runs
on the embedded model with max_output_tokens bounded (400) so it finishes.
The markdown table is written between markers in the target file, so the
prose around it stays.

Cross-validation of the learned candidates (evals/crossval.py) on the realnews dev split,
5 folds by article, each fold trained on the other folds + evals/fixtures + evals/holdout:

    python evals/compare_strategies.py --fixtures /tmp/rn_dev --cv 5 \
        --train-extra evals/fixtures evals/holdout \
        --strategies staged,cue_baseline,learned,learned_text_only,learned_cues_only,spacy_textcat,gemma_probe,gemma_probe_learned \
        --embedding-cache /tmp/gemma_embeddings --markdown docs/STRATEGIES.md --section realnews_dev_cv

The gemma_probe candidates embed every sentence with the embedded Gemma 3 270M once (cached under
--embedding-cache); their model load is timed before the folds run, and the seconds spent embedding
uncached sentences are printed to stderr. Cross-validated candidates add sentence-level average
precision rows (held-out sentences pooled over the folds).

(`/tmp/rn_dev` holds links to the odd-numbered folders of ../shared/realnews; see its README.)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer import grounding  # noqa: E402
from summarizer.errors import SummarizerError  # noqa: E402
from summarizer.evaluation.fixtures import load_fixtures  # noqa: E402
from summarizer.evaluation.scorer import aggregate, score_fixture  # noqa: E402
from summarizer.settings import load_settings  # noqa: E402
from summarizer.strategies import get_strategy  # noqa: E402
import summarizer.strategies.staged  # noqa: E402,F401 - registers staged_no_model and cue_baseline

DEFAULT_STRATEGIES = ["staged", "staged_no_model", "staged_all_questions", "cue_baseline", "single_pass"]
NEEDS_MODEL = {"staged_all_questions", "single_pass"}  # staged asks no question by default: no weights
ROWS = [
    ("movement_precision", "movement P"), ("movement_recall", "movement R"), ("movement_f1", "movement F1"),
    ("actor_accuracy", "actor"), ("origin_accuracy", "origin"), ("destination_accuracy", "destination"),
    ("sources_accuracy", "sources"), ("count_accuracy", "count (value+qualifier)"),
    ("denial_precision", "denial P"), ("denial_recall", "denial R"), ("denial_link_accuracy", "denial links"),
    ("casualty_f1", "casualty F1"), ("relevance_accuracy", "relevance"), ("grounding_rate", "grounded evidence"),
    ("seconds_per_article", "seconds/article"),
]  # fmt: skip


def make_strategy(name: str):
    """A registered strategy, or `staged[q1+q2]`: the staged rules with exactly these model questions."""
    if "[" not in name:
        return get_strategy(name)
    from summarizer.strategies.staged import Staged

    base, _, rest = name.partition("[")
    if base != "staged":
        raise SystemExit(f"only staged takes a question list, not {base!r}")
    strategy = Staged()
    strategy.questions = tuple(q for q in rest.rstrip("]").split("+") if q)
    strategy.name = name
    return strategy


def run_strategy(name: str, fixtures: list, verbose: bool = False) -> tuple[dict, list]:
    # single_pass on the embedded model is bounded (400 output tokens, no re-ask) so the table finishes.
    settings = load_settings(max_output_tokens=400, max_reasks=0, strategy="single_pass" if name == "single_pass" else "staged")
    backend = None
    load_seconds = 0.0
    if name in NEEDS_MODEL or "[" in name:
        from summarizer.backends.registry import get_backend

        started = time.perf_counter()
        backend = get_backend(settings)
        load_seconds = time.perf_counter() - started
    strategy = make_strategy(name)
    scores = []
    for fixture in fixtures:
        started = time.perf_counter()
        try:
            result = strategy.run(fixture.article, backend, settings)
            brief = grounding.ground_brief(result.draft, fixture.article, policy="flag")
            seconds = time.perf_counter() - started
            score = score_fixture(fixture.name, brief, fixture.gold, fixture.article, seconds=seconds,
                                  tokens=result.usage.total_tokens)
        except (SummarizerError, ValueError, RuntimeError) as exc:  # a failed run scores zero, the table goes on
            seconds = time.perf_counter() - started
            score = score_fixture(fixture.name, None, fixture.gold, fixture.article, error=str(exc)[:200], seconds=seconds)
        scores.append(score)
        if verbose:
            values = score.values()
            print(f"  {name:16} {fixture.name:45} F1={values['movement_f1']:.2f} {seconds:5.1f}s", file=sys.stderr)
    summary = aggregate(scores)
    summary["_load_seconds"] = load_seconds
    return summary, scores


def _fmt(value: float | None, seconds: bool = False) -> str:
    if value is None:
        return "-"
    return f"{value:.1f}" if seconds else f"{value:.2f}"


def table(results: dict[str, dict]) -> str:
    names = list(results)
    lines = ["| metric (micro) | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    for key, label in ROWS:
        cells = [_fmt(results[n][key].micro, key == "seconds_per_article") for n in names]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    for label in ("movement", "denial", "casualty"):
        cells = [_fmt((results[n].get("_sentence_ap") or {}).get(label)) for n in names]
        lines.append(f"| sentence AP {label} | " + " | ".join(cells) + " |")
    lines.append("| model load (s) | " + " | ".join(f"{results[n]['_load_seconds']:.1f}" for n in names) + " |")
    return "\n".join(lines)


def write_markdown(path: Path, text: str, fixtures: int, section: str = "") -> None:
    """Write the table between `<!-- compare_strategies[:section]:begin/end -->` markers."""
    tag = f"compare_strategies:{section}" if section else "compare_strategies"
    BEGIN, END = f"<!-- {tag}:begin -->", f"<!-- {tag}:end -->"  # noqa: N806
    block = f"{BEGIN}\n_{fixtures} fixtures; micro averages (pooled counts)._\n\n{text}\n{END}"
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    if BEGIN in old and END in old:
        new = old.split(BEGIN)[0] + block + old.split(END, 1)[1]
    else:
        new = old + ("\n" if old else "") + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", default=str(ROOT / "evals" / "fixtures"))
    parser.add_argument("--markdown", default=None, help="write the table into this file between markers")
    parser.add_argument("--strategies", default=",".join(DEFAULT_STRATEGIES))
    parser.add_argument("--only", nargs="*", default=None, help="fixture names")
    parser.add_argument("--per-fixture", action="store_true", help="print each fixture's score to stderr")
    parser.add_argument("--section", default="", help="name of the marker block to fill (several tables per file)")
    parser.add_argument("--cv", type=int, default=0, help="k-fold cross-validate the learned candidates on --fixtures")
    parser.add_argument("--train-extra", nargs="*", default=[], help="more fixture folders every fold trains on")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--embedding-cache", default=str(Path.home() / ".cache" / "summarizer" / "gemma_embeddings"))
    args = parser.parse_args(argv)
    try:
        fixtures, problems = load_fixtures(args.fixtures, args.only)
    except SummarizerError as exc:
        print(exc.one_line(), file=sys.stderr)
        return exc.exit_code
    for problem in problems:
        print(f"skipped fixture {problem.name}: {problem.message}", file=sys.stderr)
    results = {}
    learned = {}
    if args.cv:
        sys.path.insert(0, str(ROOT / "evals"))
        import crossval

        learned = crossval.CANDIDATES
        labelled = crossval.label_all(fixtures)
        extra = [a for d in args.train_extra for a in crossval.label_all(load_fixtures(d)[0]).values()]
        embedder = None
    for name in [s.strip() for s in args.strategies.split(",") if s.strip()]:
        try:
            if name in learned:
                if "embedding" in learned[name].blocks and embedder is None:
                    from summarizer.learned.embeddings import SentenceEmbedder

                    embedder = SentenceEmbedder(args.embedding_cache)
                    print(f"gemma embedder: loaded in {embedder.load():.2f} s", file=sys.stderr)
                results[name] = crossval.cross_validate(name, learned[name], fixtures, extra, args.cv, labelled,
                                                        embed=embedder, seed=args.seed, verbose=args.per_fixture)
                if embedder is not None and "embedding" in learned[name].blocks:
                    results[name]["_load_seconds"] = embedder.load_seconds
                print(f"{name}: {args.cv}-fold CV done in {results[name]['_wall']:.0f} s", file=sys.stderr)
                if embedder is not None and embedder.embedded:
                    print(f"gemma embedder: {embedder.embedded} uncached sentences in {embedder.embed_seconds:.1f} s "
                          f"({embedder.embed_seconds / embedder.embedded:.3f} s/sentence)", file=sys.stderr)
            else:
                results[name], _ = run_strategy(name, fixtures, verbose=args.per_fixture)
        except SummarizerError as exc:
            print(f"{name}: {exc.one_line()}", file=sys.stderr)
    text = table(results)
    print(text)
    if args.markdown:
        write_markdown(Path(args.markdown), text, len(fixtures), args.section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
