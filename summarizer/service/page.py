"""The desk page (/ui): sign in with a token, paste or upload an article, list past briefs, review one.

Pages are Jinja2 templates (autoescaped) plus one script and two style
sheets served from `static/`; nothing loads from elsewhere. The page's CSP
admits only those files ('self'), no inline script or style, and forms post
only here. Every POST carries the session's CSRF token (see auth.py).
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from schemas import Brief, BriefDraft
from summarizer.service import api
from summarizer.service.auth import (
    CSRF_COOKIE,
    CSRF_HEADER,
    SESSION_COOKIE,
    SESSION_SECONDS,
    Principal,
    session_principal,
)

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
PRE_COOKIE = "desk_pre"

PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True))
router = APIRouter(prefix="/ui", include_in_schema=False)


def _cookie(response: Response, name: str, value: str, request: Request) -> None:
    response.set_cookie(name, value, max_age=SESSION_SECONDS, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", path="/")  # fmt: skip


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page with a fresh CSRF token bound to the session (or to a pre-session before sign-in)."""
    sessions = request.app.state.sessions
    anchor = request.cookies.get(SESSION_COOKIE) if session_principal(request) else None
    pre = request.cookies.get(PRE_COOKIE) or secrets.token_urlsafe(16)
    csrf = sessions.csrf_for(anchor or pre)
    html = templates.get_template(name).render(csrf=csrf, **context)
    response = HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": PAGE_CSP})
    if anchor is None:
        _cookie(response, PRE_COOKIE, pre, request)
    _cookie(response, CSRF_COOKIE, csrf, request)
    return response


def signed_in(request: Request) -> Principal:
    principal = session_principal(request)
    if principal is None:
        raise HTTPException(401, "sign in at /ui with a token")
    return principal


def writer(request: Request, csrf_token: str | None) -> Principal:
    """A signed-in user who may write, with a valid CSRF token, within the rate limit."""
    principal = signed_in(request)
    request.app.state.sessions.check_csrf(request, csrf_token)
    request.app.state.rate_limiter.check("token:" + principal.name)
    if not principal.can_write:
        raise HTTPException(403, f"token {principal.name!r} is read-only")
    return principal


@router.get("", response_class=HTMLResponse)
def home(request: Request, actor: str = "", place: str = "", reviewed: str = "") -> HTMLResponse:
    principal = session_principal(request)
    if principal is None:
        return render(request, "login.html")
    store = request.app.state.store
    state = {"yes": True, "no": False}.get(reviewed)
    rows = store.search(actor=actor or None, place=place or None, reviewed=state, limit=200)
    reviewed_ids = store.reviewed_ids([row.id for row in rows])
    items = [api.list_item(row, row.id in reviewed_ids) for row in rows]
    return render(request, "index.html", user=principal, items=items, actor=actor, place=place, reviewed=reviewed)


@router.post("/login")
def login(request: Request, token: Annotated[str, Form()], csrf_token: Annotated[str, Form()] = "") -> Response:
    request.app.state.sessions.check_csrf(request, csrf_token)
    request.app.state.rate_limiter.check("login:" + (request.client.host if request.client else "?"))
    row = request.app.state.store.token_for(token.strip())
    if row is None:
        return render(request, "login.html", status=401, error="unknown or revoked token")
    response = RedirectResponse("/ui", status_code=303)
    _cookie(response, SESSION_COOKIE, request.app.state.sessions.issue(Principal(row.name, row.can_write)), request)
    response.delete_cookie(PRE_COOKIE, path="/")
    return response


@router.post("/logout")
def logout(request: Request, csrf_token: Annotated[str, Form()] = "") -> Response:
    request.app.state.sessions.check_csrf(request, csrf_token)
    response = RedirectResponse("/ui", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/briefs")
async def new_brief(
    request: Request,
    csrf_token: Annotated[str, Form()] = "",
    text: Annotated[str, Form()] = "",
    file: UploadFile | None = None,
    strategy: Annotated[str, Form()] = "",
) -> Response:
    principal = writer(request, csrf_token)
    # Browsers submit a textarea's line breaks as CRLF whatever was pasted; keep the pasted LF text.
    text = text.replace("\r\n", "\n")
    title = ""
    if file is not None and file.filename:
        text, title = await api.read_upload(request, file), file.filename
    if not text.strip():
        raise HTTPException(422, "paste an article or choose a file")
    made = await api.create_brief(request, text, title, {"strategy": strategy or None}, principal)
    return RedirectResponse(f"/ui/briefs/{made.id}", status_code=303)


@router.get("/briefs/{brief_id}", response_class=HTMLResponse)
def review_page(request: Request, brief_id: str) -> Response:
    from summarizer.report.html import highlighted_article

    principal = session_principal(request)
    if principal is None:
        return RedirectResponse("/ui", status_code=303)  # sign in first
    row = api.brief_or_404(request, brief_id)
    brief = Brief.model_validate(row.brief)
    review = request.app.state.store.get_review(brief_id)
    draft = BriefDraft.model_validate(review.gold if review else brief.contract_dict())
    data = {"id": row.id, "gold": draft.model_dump(mode="json"), "reviewed": review is not None,
            "can_write": principal.can_write}  # fmt: skip
    return render(request, "review.html", user=principal, row=row, brief=brief, data=data,
                  article_html=highlighted_article(brief, row.article), review=review)  # fmt: skip


@router.get("/briefs/{brief_id}/view", response_class=HTMLResponse)
def view_page(request: Request, brief_id: str) -> Response:
    if session_principal(request) is None:
        return RedirectResponse("/ui", status_code=303)
    return api.static_view(api.brief_or_404(request, brief_id))


@router.post("/briefs/{brief_id}/review")
def save_review(request: Request, brief_id: str, gold: BriefDraft) -> JSONResponse:
    principal = writer(request, request.headers.get(CSRF_HEADER))
    saved = api.save_review(request, brief_id, gold, principal)
    return JSONResponse(saved.model_dump(mode="json"))


@router.get("/static/{name}")
def static(name: str) -> Response:
    if name == "report.css":
        from summarizer.report.html import REPORT_STYLE

        return Response(REPORT_STYLE, media_type="text/css")
    path = STATIC / name
    kinds = {".js": "text/javascript", ".css": "text/css"}
    if "/" in name or path.suffix not in kinds or not path.is_file():
        raise HTTPException(404, "no such asset")
    return Response(path.read_bytes(), media_type=kinds[path.suffix], headers={"Cache-Control": "no-cache"})
