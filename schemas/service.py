"""Pydantic models of the desk service's requests and replies (its OpenAPI schema is built from them)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.brief import Brief, BriefDraft


class BriefSettings(BaseModel):
    """The settings a request may choose; the server decides the rest (model, limits, keys)."""

    model_config = ConfigDict(extra="forbid")

    strategy: str | None = Field(None, description="single_pass, staged, staged_no_model, ...; default: the server's")
    grounding: Literal["flag", "strict"] | None = None
    fuzzy_threshold: float | None = Field(None, ge=0.5, le=1.0)


class BriefRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="the article text")
    title: str = Field("", max_length=300, description="a label for lists (a file name, a headline)")
    settings: BriefSettings = Field(default_factory=BriefSettings)


class BriefRecord(BaseModel):
    """A stored brief with its article; `review` is the corrected (gold) brief once someone saved one."""

    id: str
    created_at: datetime
    title: str
    created_by: str
    settings: dict
    article: str
    brief: Brief
    review: BriefDraft | None = None
    html_url: str


class BriefListItem(BaseModel):
    id: str
    created_at: datetime
    title: str
    headline: str
    actors: list[str]
    places: list[str]
    reviewed: bool


class ReviewRecord(BaseModel):
    brief_id: str
    reviewer: str
    updated_at: datetime
    gold: BriefDraft


class BatchStatus(BaseModel):
    """A background batch: `counts` by item status (pending, done, failed)."""

    id: str
    status: Literal["queued", "running", "done", "failed"]
    total: int
    counts: dict[str, int]
    created_at: datetime
    results_url: str


class BatchResultLine(BaseModel):
    """One line of a batch's results (JSON Lines), in input order."""

    id: str
    status: Literal["pending", "done", "failed"]
    brief_id: str | None = None
    brief: Brief | None = None
    error: str | None = None


class Health(BaseModel):
    status: str
    database: bool | None = None
    backend: dict | None = None
