"""Run the pipeline over a folder of fixtures and score every brief: live, recording, or replaying.

    report = run_eval("evals/fixtures", load_settings())                       # live
    report = run_eval("evals/fixtures", settings, record="evals/recordings")   # live, and keep exchanges
    report = run_eval("evals/fixtures", settings, replay="evals/recordings")   # no model at all

Each fixture goes through `summarizer.pipeline.run`, the same call users
make, with the backend wrapped for recording or replaced by a replay. A
fixture whose run fails is reported with its one-line error and scored zero;
the run goes on. Replay never resolves a live backend, so it loads no weights.
"""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from schemas import SCHEMA_VERSION, Brief
from summarizer import pipeline
from summarizer.backends.recording import RecordingBackend, RecordingKey, ReplayBackend
from summarizer.backends.registry import EMBEDDED_DEFAULT_MODEL, get_backend, resolve
from summarizer.errors import ConfigError, SummarizerError
from summarizer.evaluation.fixtures import Fixture, FixtureProblem, load_fixtures
from summarizer.evaluation.scorer import METRICS, FixtureScore, Summary, aggregate, score_fixture
from summarizer.settings import Settings
from summarizer.strategies import chosen_strategy, get_strategy

REPORT_FORMAT = 1


@dataclass(frozen=True)
class Target:
    """What a run talks to, known without loading anything."""

    model_label: str
    backend_name: str
    default_strategy: str


@dataclass
class FixtureRun:
    name: str
    article: str
    brief: Brief | None
    score: FixtureScore
    warnings: list[str] = field(default_factory=list)

    @property
    def error(self) -> str | None:
        return self.score.error


@dataclass
class EvalReport:
    fixtures_dir: str
    mode: str  # "live", "record" or "replay"
    target: Target
    strategy: str
    prompt_version: str
    settings: dict[str, Any]
    started_at: str
    seconds: float
    runs: list[FixtureRun]
    skipped: list[FixtureProblem]
    metrics: dict[str, Summary]

    @property
    def failed(self) -> list[FixtureRun]:
        return [run for run in self.runs if not run.score.ok]

    def to_dict(self) -> dict[str, Any]:
        """The JSON report: run, metrics, per-fixture scores and briefs, skipped fixtures."""
        return {
            "report_format": REPORT_FORMAT,
            "run": {
                "fixtures_dir": self.fixtures_dir,
                "mode": self.mode,
                "model": self.target.model_label,
                "backend": self.target.backend_name,
                "strategy": self.strategy,
                "prompt_version": self.prompt_version,
                "schema_version": SCHEMA_VERSION,
                "started_at": self.started_at,
                "seconds": round(self.seconds, 3),
                "fixtures": len(self.runs),
                "failed": len(self.failed),
                "skipped": len(self.skipped),
                "settings": self.settings,
            },
            "metrics": {
                name: {
                    "label": METRICS[name].label,
                    "higher_is_better": METRICS[name].higher_is_better,
                    "micro": summary.micro,
                    "macro": summary.macro,
                    "fixtures": summary.fixtures,
                }
                for name, summary in self.metrics.items()
            },
            "fixtures": [_run_dict(run) for run in self.runs],
            "skipped": [{"name": p.name, "message": p.message} for p in self.skipped],
        }


def _run_dict(run: FixtureRun) -> dict[str, Any]:
    score = run.score
    return {
        "name": run.name,
        "status": "ok" if score.ok else "failed",
        "error": score.error,
        "warnings": run.warnings,
        "seconds": round(score.seconds, 3),
        "tokens": score.tokens,
        "scores": score.values(),
        "counts": {
            **{k: vars(d) for k, d in score.detections.items()},
            **{k: vars(t) for k, t in sorted(score.tallies.items())},
        },
        "brief": run.brief.model_dump(mode="json") if run.brief is not None else None,
    }


def describe_target(settings: Settings) -> Target:
    """Model label, backend name and default strategy from the model string alone.

    Mirrors the backends' own `model_label` (a test records live and replays
    with this, so a drift shows up as missing recordings).
    """
    spec = resolve(settings.model, settings.base_url)
    module_name, _, class_name = spec.backend.partition(":")
    backend_class = getattr(importlib.import_module(module_name), class_name)
    if spec.provider == "embedded" and spec.model != EMBEDDED_DEFAULT_MODEL:
        label = f"embedded/{Path(spec.model).expanduser().name}"
    else:
        label = spec.label
    return Target(label, backend_class.name, spec.default_strategy)


def load_strategy(name: str) -> Any:
    try:
        return get_strategy(name)
    except ImportError as exc:
        raise ConfigError(
            f"strategy {name!r} cannot be loaded ({exc}); pick another with --strategy, e.g. single_pass"
        ) from None


def public_settings(settings: Settings) -> dict[str, Any]:
    """Settings as reported: no key, and no credentials inside base_url."""
    data = settings.public_dict()
    url = data.get("base_url")
    if url and "@" in (urlsplit(url).netloc or ""):
        parts = urlsplit(url)
        data["base_url"] = urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))
    return data


def run_eval(
    fixtures_dir: str | os.PathLike[str],
    settings: Settings,
    *,
    record: str | os.PathLike[str] | None = None,
    replay: str | os.PathLike[str] | None = None,
    progress: bool = True,
    names: list[str] | None = None,
) -> EvalReport:
    """Summarize and score every fixture. Raises SummarizerError only for run-wide problems."""
    if record is not None and replay is not None:
        raise ConfigError("--record and --replay exclude each other; record once, then replay")
    if replay is not None and not Path(replay).is_dir():
        raise ConfigError(f"recordings directory {str(replay)!r} not found; record first with --record")
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    started = time.perf_counter()
    fixtures, skipped = load_fixtures(fixtures_dir, names)
    target = predicted = describe_target(settings)
    # The same rule as pipeline.strategy_name, applied before any backend exists.
    strategy_name = chosen_strategy(settings.strategy, target.default_strategy)
    prompt_version = load_strategy(strategy_name).prompt_version()
    live = None
    if replay is None:
        live = get_backend(settings)  # loads the weights once; a failure here stops the run
        target = Target(live.model_label, live.name, live.default_strategy)

    runs: list[FixtureRun] = []
    with _progress_bar(progress, len(fixtures)) as bar:
        for fixture in fixtures:
            bar.start(fixture.name)
            # Keys use the label predicted from the model string, the one a replay can compute.
            sha = pipeline.article_sha256(fixture.article)
            key = RecordingKey(predicted.model_label, strategy_name, prompt_version, sha)
            if live is None:
                backend: Any = ReplayBackend(
                    replay, key, target.model_label, target.backend_name, target.default_strategy, settings=settings
                )
            else:
                backend = RecordingBackend(live, record, key)
            runs.append(_run_fixture(fixture, settings, backend))
            bar.done()

    return EvalReport(
        fixtures_dir=str(fixtures_dir),
        mode="replay" if replay is not None else "record" if record is not None else "live",
        target=target,
        strategy=strategy_name,
        prompt_version=prompt_version,
        settings=public_settings(settings),
        started_at=started_at,
        seconds=time.perf_counter() - started,
        runs=runs,
        skipped=skipped,
        metrics=aggregate([run.score for run in runs]),
    )


def _run_fixture(fixture: Fixture, settings: Settings, backend: RecordingBackend | ReplayBackend) -> FixtureRun:
    brief: Brief | None = None
    error: str | None = None
    started = time.perf_counter()
    try:
        brief = pipeline.run(fixture.article, settings, backend=backend)
    except SummarizerError as exc:
        error = exc.one_line()
    except Exception as exc:  # noqa: BLE001 - a bug in one strategy must not end a long eval
        error = f"unexpected {type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
    # Rounded as the recording stores it, so a replayed report equals the live one.
    seconds = wall = round(time.perf_counter() - started, 3)
    if isinstance(backend, RecordingBackend):
        # Saved even without exchanges: the file carries the live time for replays.
        backend.save(seconds=wall)
    elif isinstance(backend, ReplayBackend) and backend.recorded_seconds is not None:
        seconds = backend.recorded_seconds  # the live run's time, so replayed reports compare
    score = score_fixture(
        fixture.name,
        brief,
        fixture.gold,
        fixture.article,
        error=error,
        seconds=seconds,
        tokens=backend.usage.total_tokens,
    )
    return FixtureRun(fixture.name, fixture.article, brief, score, list(fixture.warnings))


class _Bar:
    """A rich progress bar on stderr (stdout stays for the report), or nothing."""

    def __init__(self, progress: Any = None, task: Any = None) -> None:
        self.progress, self.task = progress, task

    def start(self, name: str) -> None:
        if self.progress is not None:
            self.progress.update(self.task, description=name)

    def done(self) -> None:
        if self.progress is not None:
            self.progress.update(self.task, advance=1)


@contextmanager
def _progress_bar(enabled: bool, total: int) -> Iterator[_Bar]:
    if not enabled:
        yield _Bar()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("eval"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.description}"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        yield _Bar(progress, progress.add_task("", total=total))
