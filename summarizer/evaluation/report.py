"""Show an eval report: a terminal table (rich), JSON, Markdown, and the deltas between two runs.

Every renderer reads the JSON-shaped dict (`EvalReport.to_dict()` or a saved
report file), so a report saved last week renders and compares like a fresh one.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from summarizer.errors import InputError

# Per-fixture columns of the tables: (metric, header).
FIXTURE_COLUMNS = (
    ("movement_precision", "mov P"),
    ("movement_recall", "mov R"),
    ("movement_f1", "mov F1"),
    ("count_accuracy", "count"),
    ("denial_f1", "den F1"),
    ("denial_link_accuracy", "link"),
    ("casualty_f1", "cas F1"),
    ("relevance_accuracy", "rel"),
    ("grounding_rate", "ground"),
    ("seconds_per_article", "s"),
    ("tokens_per_article", "tokens"),
)


def wide_console(stderr: bool = False) -> Console:
    """A console that does not squeeze the tables to 80 columns when piped to a file or CI log."""
    console = Console(stderr=stderr)
    return console if console.is_terminal else Console(stderr=stderr, width=160)


def fmt(value: float | None, metric: str = "") -> str:
    if value is None:
        return "-"
    if metric == "tokens_per_article":
        return f"{value:.0f}"
    if metric == "seconds_per_article":
        return f"{value:.1f}"
    return f"{value:.3f}"


def load_report(path: str | os.PathLike[str]) -> dict[str, Any]:
    """A saved JSON report; InputError when it is missing or not one."""
    target = Path(path)
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"report {str(target)!r} not found; write one with --json") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"report {str(target)!r} is not readable JSON ({exc})") from None
    if not isinstance(data, dict) or "metrics" not in data or "run" not in data:
        raise InputError(f"{str(target)!r} is not an eval report (no 'run' and 'metrics'); write one with --json")
    return data


def write_json(report: dict[str, Any], path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def _headline(report: dict[str, Any]) -> str:
    run = report["run"]
    return (
        f"{run['model']} · {run['strategy']} ({run['prompt_version']}) · {run['mode']} · "
        f"{run['fixtures']} fixtures, {run['failed']} failed, {run['skipped']} skipped · {run['seconds']:.1f} s"
    )


def render_terminal(report: dict[str, Any], console: Console | None = None) -> None:
    """Metric table, per-fixture table, failures and skipped fixtures."""
    console = console or wide_console()
    console.print(f"[bold]{_headline(report)}[/bold]")
    metrics = Table(title="metrics", title_justify="left")
    for header in ("metric", "micro", "macro", "fixtures"):
        metrics.add_column(header, justify="left" if header == "metric" else "right")
    for name, m in report["metrics"].items():
        metrics.add_row(name, fmt(m["micro"], name), fmt(m["macro"], name), str(m["fixtures"]))
    console.print(metrics)
    per_fixture = Table(title="fixtures", title_justify="left")
    per_fixture.add_column("fixture")
    for _, header in FIXTURE_COLUMNS:
        per_fixture.add_column(header, justify="right")
    for fixture in report["fixtures"]:
        name = fixture["name"] if fixture["status"] == "ok" else f"[red]{fixture['name']} (failed)[/red]"
        per_fixture.add_row(name, *(fmt(fixture["scores"].get(m), m) for m, _ in FIXTURE_COLUMNS))
    console.print(per_fixture)
    for fixture in report["fixtures"]:
        if fixture["error"]:
            console.print(f"[red]failed[/red] {fixture['name']}: {fixture['error']}", soft_wrap=True)
    for problem in report["skipped"]:
        console.print(f"[yellow]skipped[/yellow] {problem['name']}: {problem['message']}", soft_wrap=True)
    warned = sum(len(f["warnings"]) for f in report["fixtures"])
    if warned:
        console.print(f"[yellow]{warned} gold warning(s)[/yellow]: see 'warnings' in the JSON report")


def to_markdown(report: dict[str, Any]) -> str:
    """The same report as Markdown tables (for a PR comment or a docs page)."""
    run = report["run"]
    lines = [
        "# Eval report",
        "",
        f"- model: `{run['model']}` ({run['backend']}), strategy `{run['strategy']}`, prompts `{run['prompt_version']}`",
        f"- mode: {run['mode']}, fixtures: {run['fixtures']} ({run['failed']} failed, {run['skipped']} skipped)"
        f" from `{run['fixtures_dir']}`",
        f"- started {run['started_at']}, {run['seconds']:.1f} s",
        "",
        "## Metrics",
        "",
        "| metric | micro | macro | fixtures | meaning |",
        "|---|---:|---:|---:|---|",
    ]
    for name, m in report["metrics"].items():
        lines.append(f"| {name} | {fmt(m['micro'], name)} | {fmt(m['macro'], name)} | {m['fixtures']} | {m['label']} |")
    lines += ["", "## Fixtures", "", "| fixture | status | " + " | ".join(h for _, h in FIXTURE_COLUMNS) + " |"]
    lines.append("|---|---|" + "---:|" * len(FIXTURE_COLUMNS))
    for fixture in report["fixtures"]:
        cells = " | ".join(fmt(fixture["scores"].get(m), m) for m, _ in FIXTURE_COLUMNS)
        lines.append(f"| {fixture['name']} | {fixture['status']} | {cells} |")
    failures = [f for f in report["fixtures"] if f["error"]]
    if failures:
        lines += ["", "## Failures", ""] + [f"- `{f['name']}`: {f['error']}" for f in failures]
    if report["skipped"]:
        lines += ["", "## Skipped fixtures", ""] + [f"- `{p['name']}`: {p['message']}" for p in report["skipped"]]
    warned = [(f["name"], w) for f in report["fixtures"] for w in f["warnings"]]
    if warned:
        lines += ["", "## Gold warnings", ""] + [f"- `{name}`: {w}" for name, w in warned]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Delta:
    metric: str
    a: float | None
    b: float | None
    higher_is_better: bool

    @property
    def change(self) -> float | None:
        return None if self.a is None or self.b is None else self.b - self.a

    @property
    def verdict(self) -> str:
        """'better', 'worse' or 'same' for B against A."""
        change = self.change
        if change is None or abs(change) < 1e-9:
            return "same"
        return "better" if (change > 0) == self.higher_is_better else "worse"


@dataclass
class Comparison:
    a_run: dict[str, Any]
    b_run: dict[str, Any]
    micro: list[Delta]
    macro: list[Delta]
    only_in_a: list[str]
    only_in_b: list[str]
    status_changes: list[tuple[str, str, str]]  # fixture, status in A, status in B


def compare(a: dict[str, Any], b: dict[str, Any]) -> Comparison:
    """Per-metric deltas of report B against report A (both JSON-shaped dicts)."""
    names = [n for n in a["metrics"] if n in b["metrics"]] + [n for n in b["metrics"] if n not in a["metrics"]]
    deltas: dict[str, list[Delta]] = {"micro": [], "macro": []}
    for name in names:
        ma, mb = a["metrics"].get(name, {}), b["metrics"].get(name, {})
        better = (mb or ma).get("higher_is_better", True)
        for average in deltas:
            deltas[average].append(Delta(name, ma.get(average), mb.get(average), better))
    fixtures_a = {f["name"]: f["status"] for f in a["fixtures"]}
    fixtures_b = {f["name"]: f["status"] for f in b["fixtures"]}
    changes = [(n, fixtures_a[n], fixtures_b[n]) for n in fixtures_a if n in fixtures_b and fixtures_a[n] != fixtures_b[n]]
    return Comparison(
        a["run"],
        b["run"],
        deltas["micro"],
        deltas["macro"],
        sorted(set(fixtures_a) - set(fixtures_b)),
        sorted(set(fixtures_b) - set(fixtures_a)),
        changes,
    )


def render_comparison(comparison: Comparison, console: Console | None = None) -> None:
    console = console or wide_console()
    for label, run in (("A", comparison.a_run), ("B", comparison.b_run)):
        console.print(f"{label}: {run['model']} · {run['strategy']} ({run['prompt_version']}) · {run['started_at']}")
    table = Table(title="B - A", title_justify="left")
    for header in ("metric", "A micro", "B micro", "Δ micro", "A macro", "B macro", "Δ macro"):
        table.add_column(header, justify="left" if header == "metric" else "right")
    colour = {"better": "green", "worse": "red", "same": "dim"}
    for micro, macro in zip(comparison.micro, comparison.macro, strict=True):
        cells = [micro.metric]
        for delta in (micro, macro):
            change = "-" if delta.change is None else f"{delta.change:+.3f}"
            cells += [fmt(delta.a, delta.metric), fmt(delta.b, delta.metric), f"[{colour[delta.verdict]}]{change}[/]"]
        table.add_row(*cells)
    console.print(table)
    if comparison.only_in_a or comparison.only_in_b:
        console.print(
            f"[yellow]fixture sets differ[/yellow]: only in A {comparison.only_in_a or '-'}, "
            f"only in B {comparison.only_in_b or '-'}; averages are over different fixtures",
            soft_wrap=True,
        )
    for name, was, now in comparison.status_changes:
        console.print(f"{name}: {was} -> {now}")
