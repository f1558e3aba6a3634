"""`summarizer serve`, `summarizer token create|revoke` and `summarizer export-fixtures`.

Registered on the main CLI by `register(app)`. FastAPI, uvicorn and
SQLAlchemy load only when a command runs, so `summarizer --help` stays fast
and works without the `service` extra.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="database URL: sqlite:///PATH or postgresql://... (default: SUMMARIZER_DESK_DB, "
                 "else ~/.local/share/summarizer/desk.sqlite3)"),
]  # fmt: skip

token_app = typer.Typer(help="API tokens for `summarizer serve` (stored hashed; shown once).", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    from summarizer.cli import guarded

    app.command("serve")(guarded(serve))
    app.command("export-fixtures")(guarded(export_fixtures))
    token_app.command("create")(guarded(token_create))
    token_app.command("revoke")(guarded(token_revoke))
    app.add_typer(token_app, name="token")


def _store(db: str | None):  # noqa: ANN202 - Store
    from summarizer.service.storage import Store

    return Store.open(db)


def serve(
    host: Annotated[str, typer.Option("--host", help="address to bind; loopback only unless you choose otherwise")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", help="TCP port (0: any free port)")] = 8000,
    db: DbOpt = None,
    config: Annotated[Path | None, typer.Option("--config", "-c", help="TOML settings file")] = None,
    model: Annotated[str | None, typer.Option("--model", "-m", help="backend/model, e.g. embedded, openai/gpt-4o-mini")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible server URL")] = None,
    strategy: Annotated[str | None, typer.Option("--strategy", help="the default strategy")] = None,
    concurrency: Annotated[int | None, typer.Option("--concurrency", "-j", help="articles at once (embedded: 1)")] = None,
    rate_limit: Annotated[int, typer.Option("--rate-limit", min=1, help="requests per minute per token")] = 120,
) -> None:
    """Serve the desk: the /v1 API, the review page at /ui, and background batches."""
    import logging

    import uvicorn

    from summarizer.service.app import DeskConfig, create_app
    from summarizer.settings import load_settings

    settings = load_settings(config, model=model, base_url=base_url, strategy=strategy)
    store = _store(db)  # migrate now, so a bad URL fails here with one line
    if store.token_count() == 0:
        typer.echo("summarizer: no API tokens yet; create one with `summarizer token create NAME`", err=True)
    store.close()
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"summarizer: listening on {host}, beyond this machine; put TLS in front of it", err=True)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    app = create_app(DeskConfig(settings=settings, database_url=db, concurrency=concurrency,
                                rate_per_minute=rate_limit))  # fmt: skip
    # Access lines show method, path and status only: tokens travel in headers, never in URLs.
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_graceful_shutdown=5)


def token_create(
    name: Annotated[str, typer.Argument(help="who or what uses the token (unique)")],
    read_only: Annotated[bool, typer.Option("--read-only", help="may read and search, not create or review")] = False,
    db: DbOpt = None,
) -> None:
    """Create a token and print it once (only its hash is stored)."""
    store = _store(db)
    try:
        secret = store.create_token(name, can_write=not read_only)
    finally:
        store.close()
    typer.echo(secret)
    typer.echo(f"summarizer: token {name!r} created; it is shown only now, keep it safe", err=True)


def token_revoke(name: Annotated[str, typer.Argument(help="the token's name")], db: DbOpt = None) -> None:
    """Revoke a token: its requests and page sessions stop working."""
    from summarizer.errors import InputError

    store = _store(db)
    try:
        if not store.revoke_token(name):
            raise InputError(f"no token named {name!r}")
    finally:
        store.close()
    typer.echo(f"summarizer: token {name!r} revoked", err=True)


def export_fixtures(
    output: Annotated[Path, typer.Option("--output", "-o", help="directory to write <name>/article.txt + gold.json")],
    reviewed: Annotated[bool, typer.Option("--reviewed", help="export the reviewed briefs (the gold)")] = False,
    db: DbOpt = None,
) -> None:
    """Write reviewed briefs as eval fixtures, for `summarizer eval --fixtures DIR`."""
    from summarizer.errors import InputError
    from summarizer.service.export import export_reviewed

    if not reviewed:
        raise InputError("only reviewed briefs are gold: pass --reviewed")
    store = _store(db)
    try:
        written = export_reviewed(store, output)
    finally:
        store.close()
    typer.echo(f"summarizer: wrote {len(written)} fixture(s) to {output}", err=True)
