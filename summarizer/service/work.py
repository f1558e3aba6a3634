"""Summarizing for the service: requests in worker threads, batches in the background, resumable.

The pipeline blocks (llama.cpp, HTTP), so each request runs `pipeline.run` in
a worker thread, at most `concurrency` at a time across all requests: one for
the embedded model (one model object per process, single-threaded), eight by
default for an HTTP backend, as the batch engine plans it.

Background batches go through the batch engine (`summarizer.batch.runner.
stream_local`) in one thread of their own. Each accepted article is a row
that stays `pending` until its brief and its status commit together; after a
kill the rows still pending are simply run again on the next start, and a
result is never stored twice (see Store.finish_item).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

import anyio

from schemas import Brief
from summarizer import pipeline
from summarizer.errors import BackendUnavailable, ConfigError
from summarizer.settings import Settings, load_settings
from summarizer.service.storage import Store

log = logging.getLogger("summarizer.service")

# The settings a request may choose; everything else is the server's.
ALLOWED_SETTINGS = ("strategy", "grounding", "fuzzy_threshold")
RETRY_SECONDS = 5.0


def request_settings(base: Settings, chosen: dict[str, Any] | None) -> Settings:
    """The server's settings with a request's allowed choices applied. Raises ConfigError."""
    chosen = {k: v for k, v in (chosen or {}).items() if v is not None}
    refused = sorted(set(chosen) - set(ALLOWED_SETTINGS))
    if refused:
        raise ConfigError(f"settings {refused} cannot be chosen per request; allowed: {list(ALLOWED_SETTINGS)}")
    settings = load_settings(base, **chosen)
    if "strategy" in chosen:
        from summarizer.strategies import get_strategy

        get_strategy(settings.strategy)  # an unknown name fails here, before any work
    return settings


class Summarizer:
    """Runs briefs for requests in worker threads with bounded concurrency."""

    def __init__(self, settings: Settings, concurrency: int) -> None:
        self.settings = settings
        self.concurrency = concurrency
        self.limiter = anyio.CapacityLimiter(concurrency)

    async def brief(self, article: str, settings: Settings) -> Brief:
        return await anyio.to_thread.run_sync(pipeline.run, article, settings, limiter=self.limiter)


class BatchWorker:
    """One background thread that works through unfinished batches, oldest first."""

    def __init__(self, store: Store, settings: Settings, concurrency: int) -> None:
        self.store = store
        self.settings = settings
        self.concurrency = concurrency
        self.wake = threading.Event()
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._loop, name="desk-batches", daemon=True)

    def start(self) -> None:
        self.wake.set()  # batches left unfinished by an earlier run resume now
        self.thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self.stopping.set()
        self.wake.set()
        self.thread.join(timeout)

    def notify(self) -> None:
        self.wake.set()

    def _loop(self) -> None:
        while not self.stopping.is_set():
            self.wake.wait()
            self.wake.clear()
            for batch_id in self.store.unfinished_batches():
                if self.stopping.is_set():
                    return
                try:
                    self._run(batch_id)
                except BackendUnavailable as exc:
                    log.warning("batch %s waits for its backend: %s", batch_id, exc.one_line())
                    self.stopping.wait(RETRY_SECONDS)
                    self.wake.set()
                except ConfigError as exc:
                    log.error("batch %s cannot run: %s", batch_id, exc.one_line())
                    self.store.set_batch_status(batch_id, "failed")
                except Exception:  # a bug: logged, and the worker goes on with the next batch
                    log.exception("batch %s stopped by an unexpected error", batch_id)
                    self.store.set_batch_status(batch_id, "failed")

    def _run(self, batch_id: str) -> None:
        batch = self.store.get_batch(batch_id)
        if batch is None:
            return
        settings = request_settings(self.settings, batch.settings)
        rows = self.store.batch_items(batch_id, pending_only=True)
        self.store.set_batch_status(batch_id, "running")
        if rows:
            asyncio.run(self._stream(batch_id, batch.created_by, rows, settings))
        if not self.stopping.is_set() and not self.store.batch_items(batch_id, pending_only=True):
            self.store.set_batch_status(batch_id, "done")

    async def _stream(self, batch_id: str, owner: str, rows: list, settings: Settings) -> None:  # noqa: ANN001
        from summarizer.batch.cache import BriefCache, RunIdentity
        from summarizer.batch.inputs import BatchItem
        from summarizer.batch.results import Pricing
        from summarizer.batch.runner import stream_local

        by_position = {row.position: row for row in rows}
        items = (BatchItem(id=row.item_id, text=row.text, index=row.position) for row in rows)
        cache = BriefCache(settings.cache_dir, enabled=False)  # the database is this service's store
        chosen = dict(self._chosen(settings))
        stream = stream_local(items, settings, concurrency=self.concurrency, cache=cache,
                              identity=RunIdentity.of(settings), pricing=Pricing())  # fmt: skip
        try:
            async for result in stream:
                row = by_position[result.index]
                self.store.finish_item(row.id, article=row.text, brief=result.brief, error=result.error,
                                       settings=chosen, created_by=owner)  # fmt: skip
                if self.stopping.is_set():
                    break  # the rest stay pending and resume on the next start
        finally:
            await stream.aclose()
            cache.close()

    def _chosen(self, settings: Settings) -> dict[str, Any]:
        return {name: getattr(settings, name) for name in ALLOWED_SETTINGS}
