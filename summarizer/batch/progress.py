"""Counting a batch as it runs, and showing it: a rich progress bar, or one summary line.

Both go to stderr, so stdout stays free for scripts. `--quiet` keeps only the
final summary line.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import TextIO

from summarizer.batch.results import BatchResult


@dataclass
class BatchTally:
    """Running totals over the results of this run."""

    total: int = 0  # articles this run will process (skipped ones excluded)
    skipped: int = 0  # already in the output from an earlier run
    ok: int = 0
    failed: int = 0
    cached: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    started: float = field(default_factory=time.perf_counter)
    errors_by_type: dict[str, int] = field(default_factory=dict)

    def add(self, result: BatchResult) -> None:
        if result.ok:
            self.ok += 1
        else:
            self.failed += 1
            kind = result.error_type or "Error"
            self.errors_by_type[kind] = self.errors_by_type.get(kind, 0) + 1
        meta = result.metadata
        self.cached += int(meta.cached)
        self.prompt_tokens += meta.prompt_tokens
        self.completion_tokens += meta.completion_tokens
        self.cost_usd += meta.cost_usd

    @property
    def processed(self) -> int:
        return self.ok + self.failed

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    @property
    def per_minute(self) -> float:
        return 60.0 * self.processed / self.elapsed if self.elapsed > 0 else 0.0

    def summary(self, output: str | None = None) -> str:
        parts = [
            f"{self.processed} article(s): {self.ok} ok ({self.cached} cached), {self.failed} failed",
        ]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already done)")
        parts.append(f"{self.tokens:,} tokens ({self.prompt_tokens:,} in / {self.completion_tokens:,} out)")
        parts.append(f"cost ${self.cost_usd:.4f}")
        parts.append(f"{self.per_minute:.1f} articles/min in {self.elapsed:.1f} s")
        if self.errors_by_type:
            kinds = ", ".join(f"{name} {count}" for name, count in sorted(self.errors_by_type.items()))
            parts.append(f"errors: {kinds}")
        line = "batch: " + "; ".join(parts)
        return f"{line}; output {output}" if output else line


class QuietReporter:
    """No bar; only the closing line."""

    def __init__(self, tally: BatchTally, *, stream: TextIO | None = None) -> None:
        self.tally = tally
        self.stream = stream or sys.stderr

    def start(self, note: str = "") -> None:
        pass

    def update(self, result: BatchResult) -> None:
        self.tally.add(result)

    def finish(self, output: str | None = None) -> None:
        print(self.tally.summary(output), file=self.stream, flush=True)


class ProgressReporter(QuietReporter):
    """A live bar: done, failed, cached, articles/min, tokens, cost."""

    def __init__(self, tally: BatchTally, *, stream: TextIO | None = None) -> None:
        super().__init__(tally, stream=stream)
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.console = Console(file=self.stream, stderr=self.stream is None)
        self.progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[stats]}"),
            TimeElapsedColumn(),
            console=self.console,
            transient=False,
        )
        self.task_id = None

    def start(self, note: str = "") -> None:
        if note:
            self.console.print(note, highlight=False)
        self.progress.start()
        self.task_id = self.progress.add_task("batch", total=self.tally.total or None, stats=self._stats())

    def _stats(self) -> str:
        t = self.tally
        return (
            f"[green]{t.ok} ok[/] [red]{t.failed} failed[/] [cyan]{t.cached} cached[/] "
            f"{t.per_minute:.1f}/min {t.tokens:,} tok"
            + (f" ${t.cost_usd:.4f}" if t.cost_usd else "")
        )

    def update(self, result: BatchResult) -> None:
        super().update(result)
        if self.task_id is not None:
            self.progress.update(self.task_id, advance=1, stats=self._stats())

    def finish(self, output: str | None = None) -> None:
        if self.task_id is not None:
            self.progress.refresh()
        self.progress.stop()
        super().finish(output)


def make_reporter(tally: BatchTally, *, quiet: bool, stream: TextIO | None = None) -> QuietReporter:
    return QuietReporter(tally, stream=stream) if quiet else ProgressReporter(tally, stream=stream)
