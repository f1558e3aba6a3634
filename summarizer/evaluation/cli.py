"""The `summarizer eval` commands: run the offline eval, gate it on thresholds, compare two reports.

    summarizer eval --fixtures evals/fixtures [--model M] [--config F] [--strategy S]
                    [--record DIR | --replay DIR] [--json OUT] [--markdown OUT] [--html DIR]
                    [--thresholds FILE] [--quiet]
    summarizer eval compare A.json B.json

Wire it into an app with `register(app)`; `python -m summarizer.evaluation`
runs the same commands standalone. Exit codes: 0 ok, 1 a metric below its
threshold, and the library's codes for typed errors (2 input, 3 config,
4 backend, 5 output); errors print one line, never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer
from rich.console import Console

from summarizer.errors import SummarizerError
from summarizer.settings import load_settings

if TYPE_CHECKING:
    from summarizer.evaluation.runner import EvalReport

eval_app = typer.Typer(
    invoke_without_command=True,
    add_completion=False,
    help="Score the summarizer on gold fixtures (live, recording, or replaying recordings).",
)


def register(app: typer.Typer) -> None:
    """Add `eval` (and `eval compare`) to the main CLI."""
    app.add_typer(eval_app, name="eval")


def _fail(message: str, code: int) -> NoReturn:
    Console(stderr=True).print(message, markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@eval_app.callback()
def eval_command(
    ctx: typer.Context,
    fixtures: Path | None = typer.Option(None, "--fixtures", help="folder of <name>/article.txt + gold.json"),
    model: str | None = typer.Option(None, "--model", help="model string, e.g. embedded or openai/gpt-4o-mini"),
    config: Path | None = typer.Option(None, "--config", help="settings TOML file"),
    strategy: str | None = typer.Option(None, "--strategy", help="auto, single_pass or staged"),
    record: Path | None = typer.Option(None, "--record", help="save every model exchange under this folder"),
    replay: Path | None = typer.Option(None, "--replay", help="answer from recordings under this folder; no model"),
    json_out: Path | None = typer.Option(None, "--json", help="write the JSON report here"),
    markdown: Path | None = typer.Option(None, "--markdown", help="write a Markdown report here"),
    html: Path | None = typer.Option(None, "--html", help="write one HTML page per brief into this folder"),
    thresholds: Path | None = typer.Option(None, "--thresholds", help="JSON of minimum values; exit 1 below"),
    only: list[str] | None = typer.Option(None, "--only", help="run only this fixture (repeatable)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar and no tables"),
) -> None:
    """Run the eval over --fixtures and print the score tables."""
    if ctx.invoked_subcommand is not None:
        return
    if fixtures is None:
        _fail("Missing --fixtures DIR: the folder of <name>/article.txt + gold.json (e.g. evals/fixtures)", 2)
    try:
        # Imported here: scipy and the scorer load only when an eval runs, not on every CLI start.
        from summarizer.evaluation import report as reports
        from summarizer.evaluation import thresholds as gates
        from summarizer.evaluation.runner import run_eval

        settings = load_settings(config, model=model, strategy=strategy)
        limits = gates.load_thresholds(thresholds) if thresholds is not None else None
        report = run_eval(fixtures, settings, record=record, replay=replay, progress=not quiet, names=only or None)
    except SummarizerError as exc:
        _fail(exc.one_line(), exc.exit_code)
    data = report.to_dict()
    console = reports.wide_console()
    if json_out is not None:
        reports.write_json(data, json_out)
    if markdown is not None:
        markdown.parent.mkdir(parents=True, exist_ok=True)
        markdown.write_text(reports.to_markdown(data), encoding="utf-8")
    notes: list[str] = []
    if html is not None:
        notes.append(_write_html(report, html))
    if quiet:
        micro = data["metrics"]
        console.print(
            f"{data['run']['fixtures']} fixtures, {data['run']['failed']} failed: movement F1 "
            f"{reports.fmt(micro['movement_f1']['micro'])}, grounding {reports.fmt(micro['grounding_rate']['micro'])}",
            highlight=False,
        )
    else:
        reports.render_terminal(data, console)
    for note in notes:
        Console(stderr=True).print(note, markup=False, highlight=False, soft_wrap=True)
    if limits is not None:
        below = gates.failures(data, limits)
        if below:
            _fail(f"below thresholds ({limits['average']}): " + "; ".join(below), 1)


def _write_html(report: EvalReport, folder: Path) -> str:
    """One page per brief through summarizer.report.html, when that module exists."""
    try:
        from summarizer.report.html import write_html
    except ModuleNotFoundError as exc:
        if exc.name not in ("summarizer.report", "summarizer.report.html"):
            raise  # the module exists but is broken: that is a bug to see
        return "HTML skipped: summarizer.report.html is not available in this install"
    written = 0
    for run in report.runs:
        if run.brief is not None:
            try:
                write_html(run.brief, run.article, folder / f"{run.name}.html", title=run.name)
            except SummarizerError as exc:
                return f"HTML stopped after {written} page(s): {exc.one_line()}"
            written += 1
    return f"HTML: {written} page(s) in {folder}"


@eval_app.command("compare")
def compare_command(
    a: Path = typer.Argument(..., help="the baseline JSON report"),
    b: Path = typer.Argument(..., help="the JSON report to compare with it"),
) -> None:
    """Per-metric deltas of report B against report A."""
    try:
        from summarizer.evaluation import report as reports

        comparison = reports.compare(reports.load_report(a), reports.load_report(b))
    except SummarizerError as exc:
        _fail(exc.one_line(), exc.exit_code)
    reports.render_comparison(comparison, reports.wide_console())
