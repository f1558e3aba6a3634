"""`summarizer batch INPUT -o OUT.jsonl`: many articles, one JSON line each, resumable.

Registered on the main CLI by `register(app)`. Re-running the same command
skips ids whose last line in OUT has a brief, and ids whose last line is a
failure unless --retry-failed; see docs/BATCH.md.
"""

from __future__ import annotations

import asyncio
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from summarizer.errors import SummarizerError


class Engine(str, Enum):
    local = "local"
    ray = "ray"


def register(app: typer.Typer) -> None:
    """Add the `batch` command to `app`."""
    app.command("batch")(batch)


def batch(
    input: Annotated[Path, typer.Argument(help="a directory of .txt files, a .jsonl of {id, text}, or a .csv with id,text")],
    output: Annotated[Path, typer.Option("--output", "-o", help="JSONL file to append results to (created if missing)")],
    concurrency: Annotated[
        int | None, typer.Option("--concurrency", "-j", help="articles at once (HTTP default 8; embedded: 1 per process)")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", "-m", help="backend/model, e.g. embedded, openai/gpt-4o-mini")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible server URL")] = None,
    strategy: Annotated[str | None, typer.Option("--strategy", help="auto, single_pass or staged")] = None,
    config: Annotated[Path | None, typer.Option("--config", "-c", help="TOML settings file")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="neither read nor write the brief cache")] = False,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="redo ids whose last line in OUT is a failure")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar; one summary line on stderr")] = False,
    engine: Annotated[Engine, typer.Option("--engine", help="local (threads in this process) or ray")] = Engine.local,
    ray_address: Annotated[
        str | None, typer.Option("--ray-address", help="Ray cluster to join ('auto', ray://host:10001); default RAY_ADDRESS or a local instance")
    ] = None,
    price_in: Annotated[float, typer.Option("--price-in", min=0, help="USD per 1M prompt tokens, for the cost total")] = 0.0,
    price_out: Annotated[float, typer.Option("--price-out", min=0, help="USD per 1M completion tokens")] = 0.0,
) -> None:
    """Summarize every article in INPUT into OUT.jsonl, one line per article; re-run to resume."""
    try:
        code = run_batch_command(
            input, output, concurrency=concurrency, model=model, base_url=base_url, strategy=strategy,
            config=config, use_cache=not no_cache, retry_failed=retry_failed, quiet=quiet, engine=engine,
            ray_address=ray_address, price_in=price_in, price_out=price_out,
        )  # fmt: skip
    except SummarizerError as exc:
        typer.echo(f"summarizer: {exc.one_line()}", err=True)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        typer.echo(f"summarizer: interrupted; finished articles are in {output}; run the same command to resume", err=True)
        sys.stderr.flush()
        # Worker threads may sit in an HTTP call for minutes; every finished line is already fsync'd.
        os._exit(130)
    except Exception as exc:  # a bug: one line, and the way to see more
        if os.environ.get("SUMMARIZER_DEBUG"):
            raise
        text = " ".join(str(exc).split())[:300]
        typer.echo(f"summarizer: unexpected {type(exc).__name__}: {text} (set SUMMARIZER_DEBUG=1 for a traceback)", err=True)
        raise typer.Exit(1) from None
    raise typer.Exit(code)


def run_batch_command(
    input_path: Path,
    output_path: Path,
    *,
    concurrency: int | None = None,
    model: str | None = None,
    base_url: str | None = None,
    strategy: str | None = None,
    config: Path | None = None,
    use_cache: bool = True,
    retry_failed: bool = False,
    quiet: bool = False,
    engine: Engine = Engine.local,
    ray_address: str | None = None,
    price_in: float = 0.0,
    price_out: float = 0.0,
) -> int:
    """The command's work; returns the exit code (0 once every article has a line)."""
    from summarizer.batch.inputs import open_source
    from summarizer.batch.output import OutputWriter
    from summarizer.settings import load_settings

    settings = load_settings(config, model=model, base_url=base_url, strategy=strategy)
    source = open_source(input_path, max_chars=settings.max_article_chars)
    writer = OutputWriter(output_path)  # locks OUT first: another batch on it stops here
    try:
        return _run_with_writer(
            source, writer, settings, output_path, concurrency=concurrency, use_cache=use_cache,
            retry_failed=retry_failed, quiet=quiet, engine=engine, ray_address=ray_address,
            price_in=price_in, price_out=price_out,
        )  # fmt: skip
    finally:
        writer.close()


def _run_with_writer(source, writer, settings, output_path, *, concurrency, use_cache, retry_failed, quiet, engine,  # noqa: ANN001
                     ray_address, price_in, price_out) -> int:  # fmt: skip
    from summarizer.batch.cache import BriefCache, RunIdentity
    from summarizer.batch.output import read_output
    from summarizer.batch.progress import BatchTally, make_reporter
    from summarizer.batch.results import Pricing
    from summarizer.batch.runner import plan_concurrency

    state = read_output(output_path)
    skip = state.done_ids() if retry_failed else set(state.last)
    todo = [item_id for item_id in source.ids if item_id not in skip]
    tally = BatchTally(total=len(todo), skipped=source.total - len(todo))
    reporter = make_reporter(tally, quiet=quiet)
    if not todo:
        reporter.finish(str(output_path))
        return 0
    identity = RunIdentity.of(settings)
    pricing = Pricing(price_in, price_out)
    cache = BriefCache(settings.cache_dir, enabled=use_cache)
    items = source.read(frozenset(skip))

    def record(result) -> None:  # noqa: ANN001 - BatchResult
        writer.write(result.to_record())
        reporter.update(result)

    try:
        if engine is Engine.ray:
            _run_on_ray(items, settings, concurrency, cache, identity, pricing, ray_address, reporter, record)
        else:
            count, note = plan_concurrency(settings, concurrency)
            reporter.start(note)
            asyncio.run(_run_local(items, settings, count, cache, identity, pricing, record))
    finally:
        cache.close()
        reporter.finish(str(output_path))
    return 0


async def _run_local(items, settings, count, cache, identity, pricing, record) -> None:  # noqa: ANN001
    from summarizer.batch.runner import stream_local

    async for result in stream_local(
        items, settings, concurrency=count, cache=cache, identity=identity, pricing=pricing
    ):
        record(result)


def _run_on_ray(items, settings, concurrency, cache, identity, pricing, address, reporter, record) -> None:  # noqa: ANN001
    from summarizer.batch import ray_engine

    started_here = ray_engine.connect(address)
    try:
        import ray

        cpus = int(ray.cluster_resources().get("CPU", 1))
        actors, calls, _, _ = ray_engine.plan_actors(settings, concurrency, cpus)
        reporter.start(f"ray: {actors} actor(s) x {calls} call(s) at once on {cpus} CPU(s)")
        for result in ray_engine.stream_ray(
            items, settings, concurrency=concurrency, cache=cache, identity=identity, pricing=pricing
        ):
            record(result)
    finally:
        if started_here:
            import ray

            ray.shutdown()
