"""Peak memory and seconds of one summary against article length, on the default settings.

    python benchmarks/memory.py [--sizes 10000,100000,1000000,max] [--strategy NAME] [--kind news|tiny|oneline|noend]

Each size runs in a fresh child process (`--child SIZE`), so its peak RSS
(getrusage ru_maxrss) is that article's alone, model loads included. The
article is the fixture articles repeated and cut to the size ("news"), or one
of the hostile shapes: 50,000 tiny sentences ("tiny"), one line with sentence
ends ("oneline"), one line without any ("noend"). Prints one row per size,
then the ratios measured in this run against the targets:

* peak RSS at the maximum (max_article_chars) <= 1.5 GB;
* seconds(1 MB) / seconds(100 KB) <= 12 (time about linear in length).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_PEAK_GB = 1.5
TARGET_TIME_RATIO = 12.0


def make_article(size: int, kind: str) -> str:
    if kind == "tiny":
        unit = "Troops moved. "
    elif kind == "noend":
        unit = "troops of the brigade moved from Gedo toward Mandera with armoured vehicles "
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "evals" / "fixtures").glob("*/article.txt"))]
        unit = "\n\n".join(texts) + "\n\n"
        if kind == "oneline":
            unit = " ".join(unit.split()) + " "
    return (unit * (size // len(unit) + 1))[:size]


def child(size: int, kind: str, strategy: str | None) -> None:
    from summarizer import SummarizerError, summarize

    article = make_article(size, kind)
    started = time.perf_counter()
    outcome = "brief"
    movements = 0
    try:
        overrides = {"strategy": strategy} if strategy else {}
        brief = summarize(article, **overrides)
        movements = len(brief.movements)
    except SummarizerError as exc:
        outcome = exc.one_line()[:120]
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"size": size, "seconds": seconds, "peak_mb": peak_kb / 1024, "outcome": outcome, "movements": movements}))


def measure(size: int, kind: str, strategy: str | None) -> dict:
    command = [sys.executable, __file__, "--child", str(size), "--kind", kind]
    if strategy:
        command += ["--strategy", strategy]
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        return {"size": size, "seconds": float("nan"), "peak_mb": float("nan"), "outcome": f"exit {proc.returncode}: {proc.stderr.strip()[-200:]}", "movements": 0}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000,max")
    parser.add_argument("--strategy", default=None, help="default: the settings' (auto)")
    parser.add_argument("--kind", default="news", choices=["news", "tiny", "oneline", "noend"])
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        child(args.child, args.kind, args.strategy)
        return 0

    from summarizer.settings import load_settings

    maximum = load_settings().max_article_chars
    sizes = [maximum if s == "max" else int(s) for s in args.sizes.split(",")]
    print(f"article kind: {args.kind}; strategy: {args.strategy or 'default'}; max_article_chars={maximum:,}\n")
    print(f"{'chars':>10} {'seconds':>9} {'peak MB':>9} {'movements':>10}  outcome")
    rows = {}
    for size in sizes:
        row = measure(size, args.kind, args.strategy)
        rows[size] = row
        print(f"{size:10,d} {row['seconds']:9.2f} {row['peak_mb']:9.0f} {row['movements']:10d}  {row['outcome']}", flush=True)
    print()
    if 100_000 in rows and 1_000_000 in rows:
        ratio = rows[1_000_000]["seconds"] / rows[100_000]["seconds"]
        print(f"time ratio 1 MB / 100 KB: {ratio:.2f} (target <= {TARGET_TIME_RATIO:g}): {'ok' if ratio <= TARGET_TIME_RATIO else 'MISSED'}")
    if maximum in rows:
        peak_gb = rows[maximum]["peak_mb"] / 1024
        print(f"peak RSS at the maximum: {peak_gb:.2f} GB (target <= {TARGET_PEAK_GB:g} GB): "
              f"{'ok' if peak_gb <= TARGET_PEAK_GB else 'MISSED'}")
    if 10_000 in rows and maximum in rows:
        print(f"peak RSS max / 10 KB: {rows[maximum]['peak_mb'] / rows[10_000]['peak_mb']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
