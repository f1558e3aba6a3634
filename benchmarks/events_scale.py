"""Scale benchmark of `summarizer events`: 100,000 synthetic briefs merged on one machine.

    .venv/bin/python benchmarks/events_scale.py [--briefs 100000] [--engine local|ray|both]

Writes a synthetic `summarizer batch` output (one brief a line, dated rows) to
a temporary folder, then measures, in one run: reading and validating the
briefs, the merge (geocoding, blocking, pair scoring, linking, assembling),
wall time, CPU time of this process (on a shared machine wall time
includes waiting for a core; with Ray the workers' CPU is not in it) and peak
resident memory (ru_maxrss) after each stage; with
`--engine both` it also runs the Ray engine and checks that its events equal
the local engine's. Because the generator knows which briefs report the same
move, it prints pairwise precision/recall of the merge on the synthetic set
as well (a sanity check, not the quality measure: that is evals/events).

The synthetic world: real cities and countries from the gazetteer, actors of
~70 countries in several wordings ("Russian troops", "Russia's forces",
"Russian soldiers"), true events reported 1-5 times by different outlets
within two days with different hedged counts, withdrawals and advances, some
undated rows and some briefs with a denial. Not a test: numbers depend on the
machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.events.engine import merge_briefs  # noqa: E402
from summarizer.events.exports import events_jsonl  # noqa: E402
from summarizer.events.geocode import default_gazetteer  # noqa: E402
from summarizer.events.inputs import read_briefs  # noqa: E402
from summarizer.strategies.staged.lexicons import pairs_cased  # noqa: E402

_NOUNS = ["troops", "forces", "soldiers", "army units", "servicemen"]
_WORDINGS = ["{demonym} {noun}", "{country}'s {noun}", "the {demonym} {noun}", "{demonym} military {noun}"]
_QUALIFIERS = ["exactly", "about", "at_least", "at_most", "range", "unspecified"]


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def synthetic(n_briefs: int, seed: int = 15) -> tuple[list[dict], dict[str, int]]:
    """(batch rows, report ref -> true event number)."""
    rng = random.Random(seed)
    gazetteer = default_gazetteer()
    cities = sorted(gazetteer.cities.items(), key=lambda item: -item[1]["population"])[:400]
    city_names = [row["name"] for _, row in cities if row["name"].isascii()]
    countries = sorted(pairs_cased("demonyms").items())
    start = dt.date(2022, 1, 1)
    rows, truth, event_number = [], {}, 0
    while len(rows) < n_briefs:
        country, demonym = rng.choice(countries)
        place = rng.choice(city_names)
        withdrawal = rng.random() < 0.3
        day = start + dt.timedelta(days=rng.randrange(730))
        true_count = rng.choice([50, 120, 300, 800, 1500, 3000, 12000])
        for _ in range(min(n_briefs - len(rows), rng.choice([1, 1, 2, 2, 3, 4, 5]))):
            brief_id = f"syn-{len(rows):06d}"
            actor = rng.choice(_WORDINGS).format(demonym=demonym, country=country, noun=rng.choice(_NOUNS))
            qualifier = rng.choice(_QUALIFIERS)
            figure = int(true_count * rng.uniform(0.8, 1.25))
            count = {"value": figure, "low": None, "high": None, "qualifier": qualifier, "unit": "troops"}
            if qualifier == "range":
                count.update(value=None, low=figure // 2, high=figure)
            elif qualifier == "unspecified":
                count.update(value=None)
            verb = "withdrew from" if withdrawal else "arrived in"
            movement = {
                "actor": actor, "origin": place if withdrawal else None, "destination": None if withdrawal else place,
                "count": count, "sources": [rng.choice(["officials", "a monitor", "residents", "the ministry"])],
                "evidence": f"{actor} {verb} {place}, officials said.",
            }  # fmt: skip
            denials = []
            if rng.random() < 0.05:
                denials = [{"denier": "the ministry", "what": "denies the move (movement 0)", "targets": [0],
                            "evidence": "The ministry said no units had moved."}]  # fmt: skip
            report_day = day + dt.timedelta(days=rng.randrange(3))
            rows.append({
                "id": brief_id, "date": None if rng.random() < 0.02 else report_day.isoformat(),
                "outlet": f"outlet {rng.randrange(200)}", "error": None,
                "brief": {"headline_summary": f"{actor} {verb} {place}.", "is_relevant": True,
                          "movements": [movement], "denials": denials, "casualties": [], "other_key_events": []},
            })  # fmt: skip
            truth[f"{brief_id}#m0"] = event_number
        event_number += 1
    return rows, truth


def pairwise(events, truth: dict[str, int]) -> tuple[float, float]:
    predicted = {p for e in events for p in itertools.combinations(sorted(r.ref for r in e.reports), 2)}
    by_event: dict[int, list[str]] = {}
    for ref, number in truth.items():
        by_event.setdefault(number, []).append(ref)
    gold = {p for refs in by_event.values() for p in itertools.combinations(sorted(refs), 2)}
    hits = len(predicted & gold)
    return hits / max(len(predicted), 1), hits / max(len(gold), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=100_000)
    parser.add_argument("--engine", choices=["local", "ray", "both"], default="local")
    args = parser.parse_args()
    t0 = time.perf_counter()
    default_gazetteer()
    t_gaz = time.perf_counter() - t0
    rows, truth = synthetic(args.briefs)
    with tempfile.TemporaryDirectory(prefix="events-scale-") as folder:
        path = Path(folder) / "briefs.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row) + "\n")
        del rows
        size = path.stat().st_size
        t0, c0 = time.perf_counter(), time.process_time()
        read = read_briefs([path])
        t_read, c_read = time.perf_counter() - t0, time.process_time() - c0
        mem_read = peak_mib()
    print(f"{len(read.briefs):,} briefs ({size / 2**20:.1f} MiB JSONL); gazetteer load {t_gaz:.1f} s; "
          f"read+validate {t_read:.1f} s wall, {c_read:.1f} s CPU; peak RSS after reading {mem_read:.0f} MiB")  # fmt: skip
    results = {}
    for engine in (["local", "ray"] if args.engine == "both" else [args.engine]):
        t0, c0 = time.perf_counter(), time.process_time()
        run = merge_briefs(read.briefs, engine=engine)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        precision, recall = pairwise(run.events, truth)
        s = run.stats
        results[engine] = events_jsonl(run.events)
        print(f"[{engine}] merge {seconds:.1f} s wall, {cpu:.1f} s CPU in this process ({s.reports / seconds:,.0f} movements/s wall); peak RSS {peak_mib():.0f} MiB; "
              f"{s.reports:,} movements -> {s.events:,} events ({s.merges:,} merges); {s.blocks:,} blocks, largest "
              f"{s.largest_block}; candidate pairs {s.candidate_pairs:,}; synthetic pairwise P {precision:.3f} R {recall:.3f}")  # fmt: skip
    if len(results) == 2:
        print(f"ray output == local output: {results['local'] == results['ray']}")


if __name__ == "__main__":
    main()
