"""Batch throughput benchmark against a loopback OpenAI-compatible server with a fixed delay.

    .venv/bin/python benchmarks/throughput.py [--delay 0.2] [--articles-per-slot 6]

Measures, in one run, and prints as a table:

1. throughput of `summarize_many` (strategy single_pass, cache off) at
   concurrency 1, 4 and 16, as a ratio to concurrency 1 (target >= 0.9 x N);
2. per-article overhead of the library (prompt, instructor, validation,
   grounding, the thread pool) over a raw `openai` client call with the same
   payload (messages, forced tool, parsing of the arguments), at
   concurrency 1 (target <= 5 %);
3. a cached re-run: time per article when every brief comes from the disk
   cache (target <= 5 ms).

The server (`summarizer.testing.openai_server.FakeOpenAIServer`) runs in a
child process so its threads do not share this process's GIL with the code
under measurement; `--in-process` runs it here instead. Not a test: numbers
depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "evals" / "fixtures"

_SERVER_CHILD = """
import sys, time
from summarizer.testing.openai_server import FakeOpenAIServer, quoting_brief
with FakeOpenAIServer("ok", delay=float(sys.argv[1]), reply=quoting_brief) as server:
    print(server.url, flush=True)
    sys.stdin.read()  # until the parent closes our stdin
"""


def articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/article.txt"))]
    # Keep the long feature out: every article should cost the server the same fixed delay.
    texts = [t for t in texts if len(t) < 8000]
    if not texts:
        raise SystemExit(f"no fixtures under {FIXTURES}")
    return texts


def items(count: int, texts: list[str], tag: str) -> list[tuple[str, str]]:
    return [(f"{tag}-{i}", texts[i % len(texts)]) for i in range(count)]


class ChildServer:
    """FakeOpenAIServer in a child process; `.url` once it listens."""

    def __init__(self, delay: float) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _SERVER_CHILD, str(delay)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.url = self.process.stdout.readline().strip()
        if not self.url.startswith("http"):
            self.stop()
            raise SystemExit("the fake server did not start")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def time_batch(batch: list[tuple[str, str]], concurrency: int, settings, cache: bool) -> tuple[float, list]:
    from summarizer.batch import summarize_many

    started = time.perf_counter()
    results = summarize_many(batch, config=settings, concurrency=concurrency, cache=cache)
    elapsed = time.perf_counter() - started
    failed = [r for r in results if r.brief is None]
    if failed:
        raise SystemExit(f"{len(failed)} article(s) failed, e.g. {failed[0].error}")
    return elapsed, results


def raw_openai_seconds(texts: list[str], count: int, url: str) -> float:
    """Mean seconds per article of a bare openai call carrying the library's payload."""
    import instructor
    import openai

    from schemas import BriefDraft
    from summarizer.strategies.single_pass import build_messages

    client = openai.OpenAI(base_url=url, api_key="none", max_retries=0)
    tool = {"type": "function", "function": instructor.openai_schema(BriefDraft).openai_schema}
    payloads = [build_messages(texts[i % len(texts)]) for i in range(count)]  # built up front: not the client's cost
    started = time.perf_counter()
    for messages in payloads:
        completion = client.chat.completions.create(
            model="fake", messages=messages, tools=[tool],
            tool_choice={"type": "function", "function": {"name": tool["function"]["name"]}},
            max_tokens=1500, temperature=0.0, seed=0,
        )  # fmt: skip
        json.loads(completion.choices[0].message.tool_calls[0].function.arguments)
    elapsed = time.perf_counter() - started
    client.close()
    return elapsed / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--delay", type=float, default=0.2, help="server delay per request, seconds")
    parser.add_argument("--articles-per-slot", type=int, default=6, help="articles per concurrency slot in each run")
    parser.add_argument("--in-process", action="store_true", help="run the fake server in this process")
    args = parser.parse_args()

    from summarizer.settings import load_settings

    texts = articles()
    if args.in_process:
        from summarizer.testing.openai_server import FakeOpenAIServer, quoting_brief

        server = FakeOpenAIServer("ok", delay=args.delay, reply=quoting_brief).start()
        url, stop = server.url, server.stop
    else:
        child = ChildServer(args.delay)
        url, stop = child.url, child.stop
    cache_dir = tempfile.mkdtemp(prefix="summarizer-bench-cache-")
    settings = load_settings(
        None, model="openai-compatible/fake", base_url=url, strategy="single_pass", cache_dir=cache_dir
    )
    rows: list[tuple[str, str, str, str]] = []
    try:
        time_batch(items(4, texts, "warm"), 4, settings, cache=False)  # imports, connections, templates

        per_article: dict[int, float] = {}
        throughput: dict[int, float] = {}
        cpu_per_article = 0.0
        for concurrency in (1, 4, 16):
            count = max(16, concurrency * args.articles_per_slot)
            cpu_started = time.process_time()
            elapsed, _ = time_batch(items(count, texts, f"c{concurrency}"), concurrency, settings, cache=False)
            if concurrency == 1:
                cpu_per_article = (time.process_time() - cpu_started) / count
            throughput[concurrency] = count / elapsed
            per_article[concurrency] = elapsed / count
        for concurrency in (1, 4, 16):
            ratio = throughput[concurrency] / throughput[1]
            verdict = "ok" if ratio >= 0.9 * concurrency else "MISS"
            rows.append(
                (f"throughput c={concurrency}", f"{throughput[concurrency] * 60:.0f} articles/min",
                 f"{ratio:.2f}x of c=1", f">= {0.9 * concurrency:.1f}x {verdict}")
            )  # fmt: skip

        raw = raw_openai_seconds(texts, max(16, args.articles_per_slot), url)
        library = per_article[1]
        overhead = (library - raw) / raw
        rows.append(("raw openai call", f"{raw * 1000:.1f} ms/article", "", ""))
        rows.append(("library, c=1", f"{library * 1000:.1f} ms/article", f"{overhead * 100:+.1f} % overhead",
                     f"<= 5 % {'ok' if overhead <= 0.05 else 'MISS'}"))  # fmt: skip
        # CPU in this process bounds throughput: threads share one GIL, so c x cpu must stay under the delay.
        rows.append(("library CPU, c=1", f"{cpu_per_article * 1000:.1f} ms/article",
                     f"GIL ceiling ~{args.delay / cpu_per_article:.0f} in flight", ""))  # fmt: skip

        cached_batch = items(96, texts, "cached")
        time_batch(cached_batch, 16, settings, cache=True)  # fill
        elapsed, results = time_batch(cached_batch, 16, settings, cache=True)
        if not all(r.metadata.cached for r in results):
            raise SystemExit("the re-run was not served from the cache")
        per_hit = elapsed / len(cached_batch)
        lookup = statistics.median(r.metadata.seconds for r in results)
        rows.append(("cached re-run", f"{per_hit * 1000:.2f} ms/article", f"lookup p50 {lookup * 1000:.2f} ms",
                     f"<= 5 ms {'ok' if per_hit <= 0.005 else 'MISS'}"))  # fmt: skip
    finally:
        stop()

    print(f"server delay {args.delay:.3f} s, strategy single_pass, fake server {'in process' if args.in_process else 'in a child process'}")
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())


if __name__ == "__main__":
    main()
