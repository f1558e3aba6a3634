"""The Ray engine (`--engine ray`, extra `summarizer[ray]`): articles spread over Ray actors.

Each actor is one worker process that builds the backend once (for the
embedded model: loads the weights once, with as many llama.cpp threads as
CPUs the actor reserved) and then summarizes article after article. The
driver keeps the cache and the output file: it answers cache hits itself,
sends misses to the least busy actor, and writes each result as it arrives
(`ray.wait`), so the output file means exactly what it means for the local
engine.

Where Ray runs: an existing cluster when `address` (or RAY_ADDRESS) is set,
else a local instance started here and stopped at the end.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Iterator
from typing import Any

from summarizer.backends.registry import resolve
from summarizer.batch.cache import BriefCache, RunIdentity
from summarizer.batch.inputs import BatchItem
from summarizer.batch.results import BatchResult, Pricing, cached_result, failure, summarize_one
from summarizer.errors import BackendUnavailable, ConfigError, SummarizerError
from summarizer.settings import Settings

DEFAULT_HTTP_CONCURRENCY = 8


class BriefWorker:
    """Body of a Ray actor: one backend, loaded in __init__, used for every article sent here."""

    def __init__(self, settings: Settings, pricing: Pricing) -> None:
        from summarizer.backends.registry import get_backend

        self.settings = settings
        self.pricing = pricing
        self.identity = RunIdentity.of(settings)
        self.no_cache = BriefCache(None, enabled=False)  # the driver owns the cache
        self.load_error: SummarizerError | None = None
        try:
            get_backend(settings)
        except (ConfigError, BackendUnavailable) as exc:
            self.load_error = exc  # reported with the first article instead of a dead actor

    def ready(self) -> str:
        return os.uname().nodename

    def summarize(self, item_id: str, text: str, index: int) -> dict[str, Any]:
        if self.load_error is not None:
            raise self.load_error
        item = BatchItem(id=item_id, text=text, index=index)
        result = summarize_one(item, self.settings, cache=self.no_cache, identity=self.identity, pricing=self.pricing)
        record = result.to_record()
        record["index"] = index
        return record


def plan_actors(settings: Settings, concurrency: int | None, cluster_cpus: int) -> tuple[int, int, int, Settings]:
    """(actors, calls per actor, CPUs per actor, settings for the workers)."""
    if concurrency is not None and concurrency < 1:
        raise ConfigError(f"concurrency must be at least 1, not {concurrency}")
    cluster_cpus = max(1, cluster_cpus)
    spec = resolve(settings.model, settings.base_url)
    if spec.provider == "embedded":
        # One model per actor, one article at a time each; llama.cpp threads = the actor's CPUs.
        threads = settings.n_threads or 1
        actors = max(1, min(concurrency or cluster_cpus // threads, cluster_cpus // threads))
        worker_settings = settings if settings.n_threads else settings.model_copy(update={"n_threads": threads})
        return actors, 1, threads, worker_settings
    total = concurrency or DEFAULT_HTTP_CONCURRENCY
    actors = max(1, min(total, cluster_cpus))
    return actors, math.ceil(total / actors), 1, settings


def connect(address: str | None, *, num_cpus: int | None = None) -> bool:
    """Join a cluster, or start a local instance. True when this call started Ray (so stop it after)."""
    try:
        import ray
    except ImportError:
        raise ConfigError("--engine ray needs Ray: pip install 'summarizer[ray]'") from None
    if ray.is_initialized():
        return False
    address = address or os.environ.get("RAY_ADDRESS") or None
    options: dict[str, Any] = {"logging_level": "WARNING", "log_to_driver": False}
    try:
        if address:
            ray.init(address=address, **options)
        else:
            ray.init(num_cpus=num_cpus, include_dashboard=False, **options)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = f"the Ray cluster at {address!r}" if address else "a local Ray instance"
        raise ConfigError(f"cannot start or reach {where}: {' '.join(str(exc).split())[:200]}") from None
    return True


def stream_ray(
    items: Iterable[BatchItem],
    settings: Settings,
    *,
    concurrency: int | None,
    cache: BriefCache,
    identity: RunIdentity,
    pricing: Pricing,
) -> Iterator[BatchResult]:
    """Results as they finish. Ray must already be connected (see `connect`)."""
    import ray

    cluster_cpus = int(ray.cluster_resources().get("CPU", 1))
    actor_count, calls_each, cpus_each, worker_settings = plan_actors(settings, concurrency, cluster_cpus)
    # A worker killed (out of memory, node lost) comes back, and the article it held gets one more try.
    remote_worker = ray.remote(BriefWorker).options(
        num_cpus=cpus_each, max_concurrency=calls_each, max_restarts=2, max_task_retries=1
    )
    actors = [remote_worker.remote(worker_settings, pricing) for _ in range(actor_count)]
    load: dict[int, int] = {i: 0 for i in range(actor_count)}  # in-flight calls per actor
    in_flight: dict[Any, tuple[int, BatchItem]] = {}  # ref -> (actor index, item)
    slots = actor_count * calls_each
    try:
        for item in items:
            if item.error is not None:
                yield failure(item.id, item.error, index=item.index)
                continue
            hit = cached_result(item, cache, identity)
            if hit is not None:
                yield hit
                continue
            while len(in_flight) >= slots:
                yield from _collect(in_flight, load, cache, identity, wait_for_one=True)
            actor = min(load, key=load.__getitem__)
            ref = actors[actor].summarize.remote(item.id, item.text or "", item.index)
            in_flight[ref] = (actor, item)
            load[actor] += 1
            yield from _collect(in_flight, load, cache, identity, wait_for_one=False)
        while in_flight:
            yield from _collect(in_flight, load, cache, identity, wait_for_one=True)
    finally:
        for actor in actors:
            ray.kill(actor)


def _collect(
    in_flight: dict[Any, tuple[int, BatchItem]],
    load: dict[int, int],
    cache: BriefCache,
    identity: RunIdentity,
    *,
    wait_for_one: bool,
) -> Iterator[BatchResult]:
    import ray

    if not in_flight:
        return
    ready, _ = ray.wait(list(in_flight), num_returns=1 if wait_for_one else len(in_flight), timeout=None if wait_for_one else 0)
    for ref in ready:
        actor, item = in_flight.pop(ref)
        load[actor] -= 1
        yield _result_of(ref, item, cache, identity)


def _result_of(ref: Any, item: BatchItem, cache: BriefCache, identity: RunIdentity) -> BatchResult:
    import ray
    from ray.exceptions import RayError, RayTaskError

    from summarizer import pipeline

    try:
        record = ray.get(ref)
    except RayTaskError as exc:
        cause = exc.cause if isinstance(getattr(exc, "cause", None), BaseException) else exc
        if isinstance(cause, (ConfigError, BackendUnavailable)):
            raise cause from None
        return failure(item.id, cause, index=item.index)
    except RayError as exc:  # the actor or its node died: this article is lost, the batch goes on
        return failure(item.id, exc, index=item.index)
    index = record.pop("index", item.index)
    result = BatchResult.from_record(record)
    result.index = index
    if result.brief is not None:
        cache.put(identity.key_for(pipeline.article_sha256(item.text or "")), result.brief)
    return result
