"""`python -m summarizer.evaluation eval ...`: the eval commands without the main CLI."""

import typer

from summarizer.evaluation.cli import register

app = typer.Typer(add_completion=False, help="summarizer offline eval")
register(app)


@app.callback()
def _root() -> None:
    """Keep `eval` a subcommand even though it is the only one."""


if __name__ == "__main__":
    app(prog_name="summarizer")
