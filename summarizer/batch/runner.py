"""The local batch engine and the Python API: `summarize_many` / `asummarize_many`.

    from summarizer.batch import summarize_many
    results = summarize_many([("a", text_a), ("b", text_b)], model="openai/gpt-4o-mini", concurrency=8)
    for r in results:
        print(r.id, r.brief.headline_summary if r.brief else r.error)

Articles run in worker threads (`pipeline.run` blocks on HTTP or on
llama.cpp), at most `concurrency` at a time, driven by one asyncio loop that
keeps a bounded window of work in flight and hands results back as they
finish. HTTP backends default to 8 at once. The embedded model is one object
per process behind a lock, so running two articles at once there would only
queue threads and split two cores: the engine forces concurrency 1 for it
and says so (use `--engine ray`, or serve the model over HTTP, to scale out).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import functools
import os
import threading
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

from summarizer.backends.registry import resolve
from summarizer.batch.cache import BriefCache, RunIdentity
from summarizer.batch.inputs import BatchItem, python_source
from summarizer.batch.progress import BatchTally, make_reporter
from summarizer.batch.results import BatchResult, Pricing, summarize_one
from summarizer.errors import ConfigError
from summarizer.settings import Settings, load_settings

DEFAULT_HTTP_CONCURRENCY = 8


def plan_concurrency(settings: Settings, requested: int | None) -> tuple[int, str]:
    """How many articles at once for this backend, and a line saying why."""
    if requested is not None and requested < 1:
        raise ConfigError(f"concurrency must be at least 1, not {requested}")
    spec = resolve(settings.model, settings.base_url)
    if spec.provider == "embedded":
        ignored = f" (--concurrency {requested} ignored)" if requested not in (None, 1) else ""
        return 1, (
            f"{spec.label}: one article at a time in this process{ignored}: the model is loaded once and "
            "locked; use --engine ray or an HTTP server to run several"
        )
    count = requested or DEFAULT_HTTP_CONCURRENCY
    return count, f"{spec.label} at {spec.base_url}: up to {count} article(s) at once"


async def stream_local(
    items: Iterable[BatchItem],
    settings: Settings,
    *,
    concurrency: int,
    cache: BriefCache,
    identity: RunIdentity,
    pricing: Pricing,
) -> AsyncIterator[BatchResult]:
    """Results in the order they finish, with at most `concurrency` articles in flight."""
    loop = asyncio.get_running_loop()
    # Our own pool: the loop's default one caps at min(32, cores + 4) threads, fewer than 16 requests here.
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="summarizer-batch")
    work = functools.partial(summarize_one, settings=settings, cache=cache, identity=identity, pricing=pricing)
    in_flight: set[asyncio.Future[BatchResult]] = set()
    finished_cleanly = False
    try:
        for item in items:
            if len(in_flight) >= concurrency:
                done, in_flight = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
                for future in done:
                    yield future.result()
            # Like asyncio.to_thread: the worker sees the caller's context variables.
            context = contextvars.copy_context()
            in_flight.add(loop.run_in_executor(executor, context.run, work, item))
        while in_flight:
            done, in_flight = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
            for future in done:
                yield future.result()
        finished_cleanly = True
    finally:
        for future in in_flight:
            future.cancel()
        executor.shutdown(wait=finished_cleanly, cancel_futures=True)


async def asummarize_many(
    items: Iterable[Any],
    *,
    config: str | os.PathLike[str] | Settings | None = None,
    concurrency: int | None = None,
    cache: bool = True,
    progress: bool = False,
    **overrides: Any,
) -> list[BatchResult]:
    """Summarize many articles; results in input order, failures as results with `.error`.

    `items`: (id, text) pairs, {"id", "text"} dicts, or plain strings (id = position).
    `cache=False` bypasses the disk cache. Keywords override settings like summarize().
    """
    settings = load_settings(config, **overrides)
    source = python_source(items, max_chars=settings.max_article_chars)
    count, note = plan_concurrency(settings, concurrency)
    identity = RunIdentity.of(settings)
    brief_cache = BriefCache(settings.cache_dir, enabled=cache)
    tally = BatchTally(total=source.total)
    reporter = make_reporter(tally, quiet=not progress)
    results: list[BatchResult] = []
    reporter.start(note)
    try:
        async for result in stream_local(
            source.read(), settings, concurrency=count, cache=brief_cache, identity=identity, pricing=Pricing()
        ):
            reporter.update(result)
            results.append(result)
    finally:
        if progress:
            reporter.finish()
        brief_cache.close()
    return sorted(results, key=lambda r: r.index)


def summarize_many(
    items: Iterable[Any],
    *,
    config: str | os.PathLike[str] | Settings | None = None,
    concurrency: int | None = None,
    cache: bool = True,
    progress: bool = False,
    **overrides: Any,
) -> list[BatchResult]:
    """Blocking form of `asummarize_many`; also works when called inside a running event loop."""
    call: Callable[[], Any] = functools.partial(
        asummarize_many, items, config=config, concurrency=concurrency, cache=cache, progress=progress, **overrides
    )
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(call())
    # A loop already runs in this thread (a notebook): run ours in a helper thread.
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = asyncio.run(call())
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="summarize-many")
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
