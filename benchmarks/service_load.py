"""Load on the desk service: 32 concurrent clients posting articles, against the library called directly.

    .venv/bin/python benchmarks/service_load.py [--clients 32] [--per-client 2] [--delay 0.2]

Two backends, each measured in one run:

1. the embedded default (strategy auto = staged, rules only, one article at a
   time in the server process);
2. the loopback fault server (`FakeOpenAIServer`, answering every request
   after `--delay` seconds, in a child process) through the library's real
   OpenAI-compatible backend, 8 articles at once.

For each: p50/p95 latency of `POST /v1/briefs` as the clients see it, the
error count (any non-201), the service's throughput, and the library's
throughput on the same articles (`summarize_many`, cache off, the same
concurrency the server uses), and their ratio. The service runs as a real
`summarizer serve` process with a throwaway SQLite database. Not a test:
numbers depend on the machine and on what else it runs.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import ChildServer, articles  # noqa: E402  (the fake server in a child process)

from summarizer.testing.desk_server import DeskProcess  # noqa: E402


async def post_all(url: str, token: str, texts: list[str], clients: int, per_client: int) -> tuple[list[float], int, float]:
    """(latencies in seconds, error count, wall seconds) of clients x per_client posts."""
    latencies: list[float] = []
    errors = 0
    headers = {"Authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=600, limits=limits) as client:

        async def one_client(number: int) -> None:
            nonlocal errors
            for i in range(per_client):
                text = texts[(number * per_client + i) % len(texts)]
                started = time.perf_counter()
                response = await client.post("/v1/briefs", json={"text": text, "title": f"c{number}-{i}"})
                latencies.append(time.perf_counter() - started)
                if response.status_code != 201:
                    errors += 1
                    print(f"  error {response.status_code}: {response.text[:200]}", file=sys.stderr)

        started = time.perf_counter()
        await asyncio.gather(*(one_client(n) for n in range(clients)))
        wall = time.perf_counter() - started
    return latencies, errors, wall


def library_seconds(texts: list[str], count: int, concurrency: int, **overrides: str) -> float:
    from summarizer.batch import summarize_many

    batch = [(f"lib-{i}", texts[i % len(texts)]) for i in range(count)]
    started = time.perf_counter()
    results = summarize_many(batch, concurrency=concurrency, cache=False, **overrides)
    elapsed = time.perf_counter() - started
    failed = [r for r in results if r.brief is None]
    if failed:
        raise SystemExit(f"library: {len(failed)} article(s) failed, e.g. {failed[0].error}")
    return elapsed


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def run_case(name: str, texts: list[str], args: argparse.Namespace, serve_args: list[str], concurrency: int,
             **overrides: str) -> dict[str, float | int | str]:  # fmt: skip
    count = args.clients * args.per_client
    with tempfile.TemporaryDirectory(prefix="desk-load-") as tmp:
        db = f"sqlite:///{Path(tmp) / 'desk.sqlite3'}"
        extra = ["--rate-limit", "1000000", *serve_args]
        with DeskProcess(db, extra_args=extra, env={"SUMMARIZER_CACHE_DIR": str(Path(tmp) / "cache")}) as desk:
            token = desk.create_token("load")
            asyncio.run(post_all(desk.url, token, texts, 2, 1))  # warm-up: spaCy and the backend load once
            latencies, errors, wall = asyncio.run(post_all(desk.url, token, texts, args.clients, args.per_client))
    library_seconds(texts, 2, concurrency, **overrides)  # the same warm-up for the library
    direct = library_seconds(texts, count, concurrency, **overrides)
    service_rate, library_rate = count / wall, count / direct
    return {"backend": name, "requests": count, "errors": errors, "p50_s": percentile(latencies, 50),
            "p95_s": percentile(latencies, 95), "service_per_s": service_rate, "library_per_s": library_rate,
            "ratio": service_rate / library_rate}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--per-client", type=int, default=2)
    parser.add_argument("--delay", type=float, default=0.2, help="seconds the fault server takes per request")
    args = parser.parse_args()
    texts = articles()
    rows = [run_case("embedded (staged rules)", texts, args, [], 1)]
    fake = ChildServer(args.delay)
    try:
        overrides = {"model": "openai-compatible/fake", "base_url": fake.url}
        serve_args = ["--model", overrides["model"], "--base-url", fake.url, "--concurrency", "8"]
        rows.append(run_case(f"fault server ({args.delay}s/request)", texts, args, serve_args, 8, **overrides))
    finally:
        fake.stop()
    print(f"{args.clients} clients x {args.per_client} articles each; service = summarizer serve, "
          "library = summarize_many at the server's concurrency")  # fmt: skip
    print(f"{'backend':34} {'req':>4} {'err':>4} {'p50 s':>7} {'p95 s':>7} {'service/s':>10} {'library/s':>10} {'ratio':>6}")
    for r in rows:
        print(f"{r['backend']:34} {r['requests']:>4} {r['errors']:>4} {r['p50_s']:>7.2f} {r['p95_s']:>7.2f} "
              f"{r['service_per_s']:>10.2f} {r['library_per_s']:>10.2f} {r['ratio']:>6.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
