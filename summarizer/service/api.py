"""The /v1 JSON API: briefs (create, read, search, HTML view, review) and background batches.

Every route needs a bearer token; creating or changing anything needs a
token that may write (403 otherwise), and each token has its own rate limit
(429 with Retry-After). Failures of the summarizer map to HTTP by their
class: bad input 422 (413 when too long), config 422, backend 502/503.
"""

from __future__ import annotations

import functools
import json
import shutil
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, StreamingResponse

from schemas import Brief, BriefDraft
from schemas.service import (
    BatchResultLine,
    BatchStatus,
    BriefListItem,
    BriefRecord,
    BriefRequest,
    BriefSettings,
    ReviewRecord,
)
from summarizer.errors import BackendError, BackendUnavailable, ConfigError, InputError, SummarizerError
from summarizer.service.auth import Principal, bearer_principal, require_write
from summarizer.service.models import BriefRow
from summarizer.service.work import request_settings

router = APIRouter(prefix="/v1", tags=["briefs"])


def caller(request: Request, principal: Annotated[Principal, Depends(bearer_principal)]) -> Principal:
    """A live token within its rate limit."""
    request.app.state.rate_limiter.check("token:" + principal.name)
    return principal


Caller = Annotated[Principal, Depends(caller)]


def http_error(exc: SummarizerError) -> HTTPException:
    message = exc.one_line()
    if isinstance(exc, InputError) and "max_article_chars" in message:
        return HTTPException(413, message)
    if isinstance(exc, BackendUnavailable):
        return HTTPException(503, message)
    if isinstance(exc, BackendError):
        return HTTPException(502, message)
    if isinstance(exc, (InputError, ConfigError)):
        return HTTPException(422, message)
    return HTTPException(500, message)


async def create_brief(request: Request, text: str, title: str, chosen: dict[str, Any],
                       principal: Principal) -> BriefRecord:  # fmt: skip
    """Summarize and store one article; shared by the API and the page."""
    require_write(principal)
    state = request.app.state
    limit = state.settings.max_article_chars
    if len(text) > limit:
        raise HTTPException(413, f"the article has {len(text):,} characters, more than max_article_chars={limit:,}")
    try:
        settings = request_settings(state.settings, chosen)
        brief = await state.summarizer.brief(text, settings)
    except SummarizerError as exc:
        raise http_error(exc) from None
    chosen_settings = {name: getattr(settings, name) for name in ("strategy", "grounding", "fuzzy_threshold")}
    # The database write leaves the event loop free (SQLite and psycopg block).
    row = await anyio.to_thread.run_sync(
        functools.partial(state.store.add_brief_row, text, brief, settings=chosen_settings, title=title,
                          created_by=principal.name)  # fmt: skip
    )
    return BriefRecord(id=row.id, created_at=row.created_at, title=row.title, created_by=row.created_by,
                       settings=row.settings, article=text, brief=brief, html_url=f"/v1/briefs/{row.id}/html")  # fmt: skip


def record(request: Request, row: BriefRow) -> BriefRecord:
    review = request.app.state.store.get_review(row.id)
    return BriefRecord(
        id=row.id, created_at=row.created_at, title=row.title, created_by=row.created_by, settings=row.settings,
        article=row.article, brief=Brief.model_validate(row.brief),
        review=BriefDraft.model_validate(review.gold) if review else None,
        html_url=f"/v1/briefs/{row.id}/html",
    )  # fmt: skip


def brief_or_404(request: Request, brief_id: str) -> BriefRow:
    row = request.app.state.store.get_brief(brief_id)
    if row is None:
        raise HTTPException(404, f"no brief {brief_id!r}")
    return row


@router.post("/briefs", status_code=201, response_model=BriefRecord)
async def post_brief(request: Request, body: BriefRequest, principal: Caller) -> BriefRecord:
    """Summarize an article sent as JSON."""
    return await create_brief(request, body.text, body.title, body.settings.model_dump(), principal)


@router.post("/briefs/upload", status_code=201, response_model=BriefRecord)
async def upload_brief(
    request: Request,
    principal: Caller,
    file: Annotated[UploadFile, File(description="the article: .txt (any encoding) or .html")],
    strategy: Annotated[str | None, Form()] = None,
    grounding: Annotated[str | None, Form()] = None,
) -> BriefRecord:
    """Summarize an uploaded article file."""
    text = await read_upload(request, file)
    chosen = {"strategy": strategy, "grounding": grounding}
    return await create_brief(request, text, file.filename or "", chosen, principal)


async def read_upload(request: Request, file: UploadFile) -> str:
    from summarizer.textinput import article_from_bytes

    limit = request.app.state.settings.max_article_chars
    data = await file.read()
    try:
        return article_from_bytes(data, max_chars=limit, name=f"file {file.filename or 'upload'!r}")
    except SummarizerError as exc:
        raise http_error(exc) from None


@router.get("/briefs", response_model=list[BriefListItem])
def list_briefs(
    request: Request,
    principal: Caller,
    actor: str | None = None,
    place: str | None = None,
    since: datetime | None = None,
    reviewed: bool | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[BriefListItem]:
    """Search past briefs: actor and place match any part of a name; newest first."""
    rows = request.app.state.store.search(actor=actor, place=place, since=since, reviewed=reviewed,
                                          limit=limit, offset=offset)  # fmt: skip
    reviewed_ids = request.app.state.store.reviewed_ids([row.id for row in rows])
    return [list_item(row, row.id in reviewed_ids) for row in rows]


def list_item(row: BriefRow, reviewed: bool) -> BriefListItem:
    return BriefListItem(id=row.id, created_at=row.created_at, title=row.title, headline=row.headline,
                         actors=[a for a in row.actors.split("\n") if a],
                         places=[p for p in row.places.split("\n") if p], reviewed=reviewed)  # fmt: skip


@router.get("/briefs/{brief_id}", response_model=BriefRecord)
def get_brief(request: Request, brief_id: str, principal: Caller) -> BriefRecord:
    return record(request, brief_or_404(request, brief_id))


@router.get("/briefs/{brief_id}/html", response_class=HTMLResponse)
def brief_html(request: Request, brief_id: str, principal: Caller) -> HTMLResponse:
    """The brief's self-contained HTML view (the same page as `summarize --format html`)."""
    return static_view(brief_or_404(request, brief_id))


def static_view(row: BriefRow) -> HTMLResponse:
    from summarizer.report.html import CONTENT_SECURITY_POLICY, render_html

    page = render_html(Brief.model_validate(row.brief), row.article, title=row.title or None)
    return HTMLResponse(page, headers={"Content-Security-Policy": CONTENT_SECURITY_POLICY})


@router.put("/briefs/{brief_id}/review", response_model=ReviewRecord)
def put_review(request: Request, brief_id: str, gold: BriefDraft, principal: Caller) -> ReviewRecord:
    """Save the corrected brief (gold); every evidence must be verbatim in the article."""
    require_write(principal)
    return save_review(request, brief_id, gold, principal)


def save_review(request: Request, brief_id: str, gold: BriefDraft, principal: Principal) -> ReviewRecord:
    try:
        row = request.app.state.store.save_review(brief_id, gold, reviewer=principal.name)
    except KeyError:
        raise HTTPException(404, f"no brief {brief_id!r}") from None
    except InputError as exc:
        raise HTTPException(422, exc.one_line()) from None
    return ReviewRecord(brief_id=brief_id, reviewer=row.reviewer, updated_at=row.updated_at, gold=gold)


@router.get("/briefs/{brief_id}/review", response_model=ReviewRecord)
def get_review(request: Request, brief_id: str, principal: Caller) -> ReviewRecord:
    review = request.app.state.store.get_review(brief_id)
    if review is None:
        raise HTTPException(404, f"brief {brief_id!r} has no review")
    return ReviewRecord(brief_id=brief_id, reviewer=review.reviewer, updated_at=review.updated_at,
                        gold=BriefDraft.model_validate(review.gold))  # fmt: skip


@router.post("/batches", status_code=202, response_model=BatchStatus, tags=["batches"])
async def post_batch(
    request: Request,
    principal: Caller,
    files: Annotated[list[UploadFile], File(description="one .jsonl of {id, text} lines, or .txt files")],
    strategy: Annotated[str | None, Form()] = None,
    grounding: Annotated[str | None, Form()] = None,
) -> BatchStatus:
    """Accept many articles; they run in the background and survive a restart."""
    require_write(principal)
    state = request.app.state
    chosen = BriefSettings(strategy=strategy, grounding=grounding).model_dump(exclude_none=True)
    try:
        request_settings(state.settings, chosen)
        items = await batch_items(files, state.settings.max_article_chars)
    except SummarizerError as exc:
        raise http_error(exc) from None
    batch_id = state.store.create_batch(items, settings=chosen, created_by=principal.name)
    state.batch_worker.notify()
    return batch_status(request, batch_id)


async def batch_items(files: list[UploadFile], max_chars: int) -> list[tuple[str, str | None, str | None]]:
    """The uploads read by the batch engine's own readers (a JSONL file, or a folder of .txt files)."""
    from summarizer.batch.inputs import open_source

    folder = Path(tempfile.mkdtemp(prefix="summarizer-batch-"))
    try:
        names = [Path(f.filename or f"upload{i}.txt").name for i, f in enumerate(files)]
        jsonl = [n for n in names if n.lower().endswith((".jsonl", ".ndjson"))]
        if jsonl and len(files) > 1:
            raise InputError("send one .jsonl file, or any number of .txt files, not both")
        for name, upload in zip(names, files, strict=True):
            (folder / name).write_bytes(await upload.read())
        source = open_source(folder / jsonl[0] if jsonl else folder, max_chars=max_chars)
        return [(item.id, item.text, item.error.one_line() if item.error else None) for item in source.read()]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def batch_status(request: Request, batch_id: str) -> BatchStatus:
    store = request.app.state.store
    batch = store.get_batch(batch_id)
    if batch is None:
        raise HTTPException(404, f"no batch {batch_id!r}")
    return BatchStatus(id=batch.id, status=batch.status, total=batch.total, counts=store.batch_counts(batch_id),
                       created_at=batch.created_at, results_url=f"/v1/batches/{batch_id}/results")  # fmt: skip


@router.get("/batches/{batch_id}", response_model=BatchStatus, tags=["batches"])
def get_batch(request: Request, batch_id: str, principal: Caller) -> BatchStatus:
    return batch_status(request, batch_id)


@router.get("/batches/{batch_id}/results", tags=["batches"],
            responses={200: {"content": {"application/x-ndjson": {}}, "description": "BatchResultLine per line"}})  # fmt: skip
def batch_results(request: Request, batch_id: str, principal: Caller) -> StreamingResponse:
    """Results so far, one JSON line per accepted article, in input order."""
    store = request.app.state.store
    batch_status(request, batch_id)  # 404 for an unknown batch

    def lines() -> Iterator[str]:
        for item in store.batch_items(batch_id):
            brief = store.get_brief(item.brief_id) if item.brief_id else None
            line = BatchResultLine(id=item.item_id, status=item.status, brief_id=item.brief_id, error=item.error,
                                   brief=Brief.model_validate(brief.brief) if brief else None)  # fmt: skip
            yield json.dumps(line.model_dump(mode="json"), ensure_ascii=False) + "\n"

    return StreamingResponse(lines(), media_type="application/x-ndjson",
                             headers={"Content-Disposition": f'attachment; filename="batch-{batch_id}.jsonl"'})  # fmt: skip
