"""The `summarizer` command: thin commands over the API.

Every command turns a SummarizerError into one line on stderr and its exit
code (2 bad input, 3 config, 4 backend, 5 invalid output); no traceback
reaches the user unless SUMMARIZER_DEBUG=1.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from summarizer.errors import SummarizerError

app = typer.Typer(
    name="summarizer",
    help="Turn a news article about forces on the move into a structured, verifiable brief.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"summarizer: {message}", err=True)
    return typer.Exit(code)


def guarded(func: F) -> F:
    """Map errors to one line and an exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except SummarizerError as exc:
            raise fail(exc.one_line(), exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None
        except BrokenPipeError:
            raise typer.Exit(0) from None
        except Exception as exc:  # a bug: still one line, with the way to see more
            if os.environ.get("SUMMARIZER_DEBUG"):
                raise
            raise fail(
                f"unexpected {type(exc).__name__}: {' '.join(str(exc).split())[:300]} "
                "(set SUMMARIZER_DEBUG=1 for a traceback and report it)",
                1,
            ) from None

    return wrapper  # type: ignore[return-value]


class OutputFormat(str, Enum):
    json = "json"
    markdown = "markdown"
    html = "html"


ConfigOpt = Annotated[
    Path | None, typer.Option("--config", "-c", help="TOML settings file (default: ./summarizer.toml if present)")
]
ModelOpt = Annotated[
    str | None,
    typer.Option("--model", "-m", help="backend/model, e.g. embedded, openai/gpt-4o-mini, llamacpp/local"),
]
BaseUrlOpt = Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1")]
StrategyOpt = Annotated[str | None, typer.Option("--strategy", help="auto, learned, single_pass or staged")]


def settings_from(config: Path | None, **flags: Any):
    from summarizer.settings import load_settings

    return load_settings(config, **flags)


@app.command()
@guarded
def summarize(
    file: Annotated[str, typer.Argument(help="article text file, or - for standard input")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="json, markdown or html")] = OutputFormat.json,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="write here instead of stdout")] = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    strategy: StrategyOpt = None,
    grounding: Annotated[str | None, typer.Option("--grounding", help="flag or strict")] = None,
    config: ConfigOpt = None,
) -> None:
    """Summarize one article into a brief."""
    from summarizer import pipeline
    from summarizer.textinput import read_article

    settings = settings_from(config, model=model, base_url=base_url, strategy=strategy, grounding=grounding)
    article = read_article(file, max_chars=settings.max_article_chars)
    brief = pipeline.run(article, settings)
    if format is OutputFormat.json:
        text = brief.model_dump_json(indent=2) + "\n"
    elif format is OutputFormat.markdown:
        from summarizer.report.markdown import render_markdown

        text = render_markdown(brief)
    else:
        from summarizer.report.html import render_html

        text = render_html(brief, article, title=Path(file).name if file != "-" else None)
    from summarizer.outputs import write_atomically, write_stdout

    if output is not None:
        write_atomically(output, text)
    else:
        write_stdout(text)


@app.command("config")
@guarded
def show_config(
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    strategy: StrategyOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Print the resolved settings (secrets shown only as set / not set)."""
    from summarizer import pipeline
    from summarizer.settings import find_config_file

    settings = settings_from(config, model=model, base_url=base_url, strategy=strategy)
    data = settings.public_dict()
    path = find_config_file(config)
    data["_config_file"] = str(path) if path else None
    data["_resolved"] = pipeline.describe(settings)
    if settings.api_key is None:
        from summarizer.backends.registry import resolve

        spec = resolve(settings.model, settings.base_url)
        found = [name for name in spec.key_env if os.environ.get(name)]
        data["api_key"] = f"set (from {found[0]})" if found else "not set"
    typer.echo(json.dumps(data, indent=2))


def _register_extensions() -> None:
    """Commands that live beside their subsystem (eval, batch, serve, events)."""
    import importlib

    for module_name in ("summarizer.evaluation.cli", "summarizer.batch.cli", "summarizer.learned.cli",
                        "summarizer.service.cli", "summarizer.events.cli"):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue  # subsystem not installed in this build
            raise
        module.register(app)


_register_extensions()


def main() -> None:
    import signal

    if hasattr(signal, "SIGXFSZ"):
        # Past `ulimit -f` the kernel would kill us mid-write; ignored, the write fails with EFBIG
        # and the command ends in a one-line OutputError, its finished work kept.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    app()


if __name__ == "__main__":
    main()
