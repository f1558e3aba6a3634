"""Events across the desk's briefs: the `summarizer events` merge run on everything stored.

    GET /v1/events          JSON: the events, the run's numbers, and each brief's URLs (bearer token)
    GET /v1/events/html     the events page, each brief linking to /v1/briefs/{id}/html (bearer token)
    GET /ui/events          the same page for a signed-in desk user, linking to /ui/briefs/{id}

The briefs are read as `summarizer events DB` reads them (events.inputs.read_store):
the reviewed gold when a review exists, else the machine brief, dated by the
day it was stored. The page is the static events page (no script at all); it
is served under that page's own Content-Security-Policy, which admits only its
inline style by hash.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from summarizer.service.api import Caller
from summarizer.service.auth import session_principal

api_router = APIRouter(prefix="/v1", tags=["events"])
page_router = APIRouter(prefix="/ui", include_in_schema=False)

WindowDays = Annotated[int, Query(ge=0, le=3650, description="reports at most this many days apart can be one event")]
ActorThreshold = Annotated[float, Query(ge=0, le=100, description="rapidfuzz token_set_ratio needed between actors")]


def merged(request: Request, window_days: int = 3, actor_threshold: float = 85.0) -> Any:
    """The merge run over every stored brief (a MergeRun)."""
    from summarizer.events.engine import merge_briefs
    from summarizer.events.inputs import read_store
    from summarizer.events.model import MergeSettings

    read = read_store(request.app.state.store)
    run = merge_briefs(read.briefs, MergeSettings(window_days=window_days, actor_threshold=actor_threshold))
    run.stats.invalid_rows = len(read.invalid)
    return run


def _page(run: Any, links: dict[str, str]) -> HTMLResponse:
    from summarizer.events.page import CONTENT_SECURITY_POLICY, render_page

    html = render_page(run, title="Events across the desk's briefs", brief_links=links)
    return HTMLResponse(html, headers={"Content-Security-Policy": CONTENT_SECURITY_POLICY})


def _brief_ids(run: Any) -> list[str]:
    return sorted({report.brief_id for report in run.reports})


@api_router.get("/events")
def events_json(request: Request, principal: Caller, window_days: WindowDays = 3,
                actor_threshold: ActorThreshold = 85.0) -> dict[str, Any]:  # fmt: skip
    """Every stored brief's movements merged into events (reviewed gold wins over the machine brief)."""
    run = merged(request, window_days, actor_threshold)
    return {
        "settings": run.settings.model_dump(mode="json"),
        "stats": run.stats.model_dump(mode="json"),
        "events": [event.model_dump(mode="json") for event in run.events],
        "briefs": {i: {"url": f"/v1/briefs/{i}", "html_url": f"/v1/briefs/{i}/html"} for i in _brief_ids(run)},
    }


@api_router.get("/events/html", response_class=HTMLResponse)
def events_html(request: Request, principal: Caller, window_days: WindowDays = 3,
                actor_threshold: ActorThreshold = 85.0) -> HTMLResponse:  # fmt: skip
    """The events page (timeline, map, events, briefs' evidence); briefs link to their HTML views."""
    run = merged(request, window_days, actor_threshold)
    return _page(run, {i: f"/v1/briefs/{i}/html" for i in _brief_ids(run)})


@page_router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, window_days: WindowDays = 3, actor_threshold: ActorThreshold = 85.0) -> Response:
    principal = session_principal(request)
    if principal is None:
        return RedirectResponse("/ui", status_code=303)  # sign in first
    request.app.state.rate_limiter.check("token:" + principal.name)
    run = merged(request, window_days, actor_threshold)
    return _page(run, {i: f"/ui/briefs/{i}" for i in _brief_ids(run)})
