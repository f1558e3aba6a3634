"""`summarizer train`: learn the default's sentence decisions from annotated articles.

    summarizer train --fixtures my_gold/ ../shared/realnews -o models/desk [--seed 0]

Each folder holds `<name>/article.txt` + `gold.json` (the eval's fixture format).
Then point the settings at the result: `learned_model_dir = "models/desk"`.
"""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    from summarizer.cli import guarded

    @app.command("train", context_settings={"allow_extra_args": True})
    @guarded
    def train(
        ctx: typer.Context,
        fixtures: list[Path] = typer.Option(..., "--fixtures", help="folders of <name>/article.txt + gold.json (repeatable, or several after one flag)"),
        out: Path = typer.Option(..., "-o", "--out", help="model directory to write"),
        seed: int = typer.Option(0, "--seed", help="the same data and seed give the same model"),
    ) -> None:
        """Train the learned strategy's sentence model on gold briefs."""
        from summarizer.errors import InputError
        from summarizer.learned.train import train_dirs

        fixtures = [*fixtures, *(Path(extra) for extra in ctx.args)]  # "--fixtures a b c": the rest come as extras
        for folder in fixtures:
            if str(folder).startswith("-"):
                raise InputError(f"unknown option {str(folder)!r}; see summarizer train --help")
            if not folder.is_dir():
                raise InputError(f"fixtures folder {str(folder)!r} not found")
        model, data = train_dirs(fixtures, out, seed=seed)
        for problem in data.skipped:
            typer.echo(f"skipped {problem}", err=True)
        unlocated = sum(a.unlocated for a in data.articles)
        positives = ", ".join(f"{k} {v}" for k, v in model.meta["positives"].items())
        typer.echo(f"trained on {len(data.articles)} articles, {data.sentences()} sentences ({positives}); "
                   f"{unlocated} gold evidence strings not found verbatim and skipped")
        typer.echo(f"wrote {out} (model {model.version}); use it with learned_model_dir = \"{out}\"")
