"""The desk's FastAPI application: wiring, health checks, startup and shutdown.

    app = create_app(DeskConfig(settings=load_settings(), database_url="sqlite:///desk.sqlite3"))

`create_app` returns the ASGI app wrapped in the request-size limit. Startup
opens (and migrates) the database and starts the batch worker, which resumes
any batch an earlier process left unfinished; shutdown stops it, leaving
unfinished items pending for the next start.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

from schemas.service import Health
from summarizer import __version__, pipeline
from summarizer.settings import Settings
from summarizer.service import api, events, page
from summarizer.service.auth import Sessions, signing_key
from summarizer.service.limits import BodySizeLimit, RateLimiter, article_body_limit
from summarizer.service.storage import Store
from summarizer.service.work import BatchWorker, Summarizer

log = logging.getLogger("summarizer.service")


@dataclass
class DeskConfig:
    """What `summarizer serve` decides; the summarizer's own settings travel in `settings`."""

    settings: Settings
    database_url: str | None = None
    concurrency: int | None = None  # None: as the batch engine plans it for the backend
    rate_per_minute: int = 120
    batch_max_bytes: int = 256 * 1024 * 1024


def create_app(config: DeskConfig) -> Any:
    from summarizer.batch.runner import plan_concurrency

    concurrency, note = plan_concurrency(config.settings, config.concurrency)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = Store.open(config.database_url)
        app.state.store = store
        app.state.batch_worker = BatchWorker(store, config.settings, concurrency)
        app.state.batch_worker.start()
        log.info("desk ready: %s", note)
        try:
            yield
        finally:
            app.state.batch_worker.stop()
            store.close()

    app = FastAPI(
        title="summarizer desk",
        version=__version__,
        description="Briefs of news articles about forces on the move: summarize, search, review, export.",
        lifespan=lifespan,
        # FastAPI's /docs and /redoc pages load scripts from a CDN; the schema itself is at /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = config.settings
    app.state.summarizer = Summarizer(config.settings, concurrency)
    app.state.rate_limiter = RateLimiter(config.rate_per_minute)
    app.state.sessions = Sessions(signing_key())
    app.include_router(api.router)
    app.include_router(events.api_router)
    app.include_router(page.router)
    app.include_router(events.page_router)

    @app.get("/healthz", response_model=Health, tags=["health"])
    def healthz() -> Health:
        """The process answers."""
        return Health(status="ok")

    @app.get("/readyz", response_model=Health, tags=["health"])
    def readyz(request: Request) -> JSONResponse:
        """The database answers and the backend is configured."""
        ready = request.app.state.store.ping()
        body = Health(status="ready" if ready else "database unavailable", database=ready,
                      backend=pipeline.describe(config.settings))  # fmt: skip
        return JSONResponse(body.model_dump(), status_code=200 if ready else 503)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    article_limit = article_body_limit(config.settings.max_article_chars)

    def body_limit(path: str) -> int:
        return config.batch_max_bytes if path.rstrip("/").endswith("/batches") else article_limit

    wrapped = BodySizeLimit(_security_headers(app), body_limit)
    wrapped.fastapi = app  # tests and the CLI reach the FastAPI object here
    return wrapped


def _security_headers(app: Any) -> Any:
    """Headers every response gets (a pure ASGI wrapper: it leaves exceptions from body reads alone)."""
    extra = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
             (b"x-frame-options", b"DENY"), (b"cache-control", b"no-store")]  # fmt: skip

    async def wrapped(scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in extra if h[0] not in present]
            await send(message)

        await app(scope, receive, send_with_headers)

    return wrapped
