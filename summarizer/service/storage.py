"""The Store: every read and write of the desk database, on SQLite (default) or PostgreSQL.

    store = Store.open("sqlite:///desk.sqlite3")     # or postgresql://user@host/db (psycopg 3)
    brief_id = store.add_brief(article, brief, settings={"strategy": "staged"})

`Store.open` brings the schema to the newest Alembic revision before anything
else runs, so a fresh file, an old database and a wheel install all work the
same. A batch item's result and its status change commit in one transaction,
guarded by `status = 'pending'`, so a result is stored at most once even when
a killed server re-runs the item after restart.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, func, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from schemas import Brief, BriefDraft
from summarizer.errors import ConfigError, InputError
from summarizer.service.models import BatchItemRow, BatchRow, BriefRow, ReviewRow, TokenRow, utcnow

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DB_ENV = "SUMMARIZER_DESK_DB"


def default_url() -> str:
    """SUMMARIZER_DESK_DB, else a SQLite file in the user's data directory."""
    configured = os.environ.get(DB_ENV)
    if configured:
        return configured
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "summarizer"
    return f"sqlite:///{base / 'desk.sqlite3'}"


def engine_url(url: str) -> str:
    """postgresql:// means psycopg 3 (SQLAlchemy would otherwise pick psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def new_id() -> str:
    return uuid.uuid4().hex


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def _names(values: Iterable[str | None]) -> str:
    """Lower-cased, de-duplicated names, one per line: the search columns."""
    seen: list[str] = []
    for value in values:
        name = " ".join((value or "").split()).lower()
        if name and name not in seen:
            seen.append(name)
    return "\n".join(seen)


def _like(term: str) -> str:
    escaped = term.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Store:
    """A database of briefs, reviews, tokens and batches."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Connect and migrate to the newest schema. Raises ConfigError with the reason."""
        url = engine_url(url or default_url())
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise ConfigError(f"database URL {url!r} is not a URL; give sqlite:///PATH or postgresql://...") from None
        options: dict[str, Any] = {"pool_pre_ping": True}
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            options["connect_args"] = {"check_same_thread": False, "timeout": 30}
        try:
            engine = create_engine(url, **options)
        except (ArgumentError, ModuleNotFoundError) as exc:
            raise ConfigError(f"cannot use database {parsed.render_as_string(hide_password=True)}: {exc}") from None
        if parsed.get_backend_name() == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        try:
            store.migrate()
        except OperationalError as exc:
            reason = " ".join(str(exc.orig).split())[:200]
            raise ConfigError(
                f"cannot open database {parsed.render_as_string(hide_password=True)}: {reason}"
            ) from None
        return store

    def migrate(self) -> None:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as session, session.begin():
            yield session

    def ping(self) -> bool:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return True
        except OperationalError:
            return False

    # -- briefs ---------------------------------------------------------------------------------

    def add_brief(self, article: str, brief: Brief, *, settings: dict[str, Any] | None = None,
                  title: str = "", created_by: str = "", session: Session | None = None) -> str:  # fmt: skip
        if session is None:
            return self.add_brief_row(article, brief, settings=settings, title=title, created_by=created_by).id
        row = _brief_row(article, brief, settings or {}, title, created_by)
        session.add(row)
        return row.id

    def add_brief_row(self, article: str, brief: Brief, **fields: Any) -> BriefRow:
        """add_brief, returning the stored row."""
        row = _brief_row(article, brief, fields.get("settings") or {}, fields.get("title", ""),
                         fields.get("created_by", ""))  # fmt: skip
        with self.session() as session:
            session.add(row)
        return row

    def get_brief(self, brief_id: str) -> BriefRow | None:
        with self.sessions() as session:
            return session.get(BriefRow, brief_id)

    def search(self, *, actor: str | None = None, place: str | None = None, since: datetime | None = None,
               reviewed: bool | None = None, limit: int = 50, offset: int = 0) -> list[BriefRow]:  # fmt: skip
        """Newest first; actor and place match any part of a name, ignoring case."""
        query = select(BriefRow).order_by(BriefRow.created_at.desc(), BriefRow.id).limit(limit).offset(offset)
        if actor:
            query = query.where(BriefRow.actors.like(_like(actor), escape="\\"))
        if place:
            query = query.where(BriefRow.places.like(_like(place), escape="\\"))
        if since is not None:
            query = query.where(BriefRow.created_at >= since)
        if reviewed is not None:
            has_review = select(ReviewRow.id).where(ReviewRow.brief_id == BriefRow.id).exists()
            query = query.where(has_review if reviewed else ~has_review)
        with self.sessions() as session:
            return list(session.scalars(query))

    # -- reviews --------------------------------------------------------------------------------

    def save_review(self, brief_id: str, gold: BriefDraft, *, reviewer: str = "") -> ReviewRow:
        """Store (or replace) the reviewed brief of `brief_id`; evidence must be verbatim in its article."""
        with self.session() as session:
            brief = session.get(BriefRow, brief_id)
            if brief is None:
                raise KeyError(brief_id)
            missing = [item.evidence for item in (*gold.movements, *gold.denials, *gold.casualties)
                       if item.evidence not in brief.article]  # fmt: skip
            if missing:
                raise InputError(f"evidence is not verbatim in the article: {missing[0][:80]!r}")
            row = session.scalar(select(ReviewRow).where(ReviewRow.brief_id == brief_id))
            data = gold.model_dump(mode="json")
            if row is None:
                row = ReviewRow(brief_id=brief_id, gold=data, reviewer=reviewer, updated_at=utcnow())
                session.add(row)
            else:
                row.gold, row.reviewer, row.updated_at = data, reviewer, utcnow()
            return row

    def get_review(self, brief_id: str) -> ReviewRow | None:
        with self.sessions() as session:
            return session.scalar(select(ReviewRow).where(ReviewRow.brief_id == brief_id))

    def reviewed_ids(self, brief_ids: list[str]) -> set[str]:
        """Which of these briefs have a review (one query for a whole list)."""
        if not brief_ids:
            return set()
        with self.sessions() as session:
            return set(session.scalars(select(ReviewRow.brief_id).where(ReviewRow.brief_id.in_(brief_ids))))

    def reviewed(self) -> list[tuple[BriefRow, ReviewRow]]:
        query = select(BriefRow, ReviewRow).join(ReviewRow, ReviewRow.brief_id == BriefRow.id)
        with self.sessions() as session:
            return [(b, r) for b, r in session.execute(query.order_by(BriefRow.created_at, BriefRow.id))]

    def briefs_with_reviews(self, *, batch: int = 500) -> Iterator[tuple[BriefRow, ReviewRow | None]]:
        """Every stored brief with its review (None when unreviewed), oldest first, read `batch` rows at a time."""
        query = (select(BriefRow, ReviewRow).outerjoin(ReviewRow, ReviewRow.brief_id == BriefRow.id)
                 .order_by(BriefRow.created_at, BriefRow.id).execution_options(yield_per=batch))  # fmt: skip
        with self.sessions() as session:
            for brief, review in session.execute(query):
                yield brief, review

    # -- tokens ---------------------------------------------------------------------------------

    def create_token(self, name: str, *, can_write: bool = True) -> str:
        """A new random secret for `name`; only its sha256 is stored. Returns the secret (show it once)."""
        import secrets

        name = name.strip()
        if not name or len(name) > 100:
            raise InputError("a token name needs 1 to 100 characters")
        secret = "sdk_" + secrets.token_urlsafe(32)
        try:
            with self.session() as session:
                session.add(TokenRow(name=name, secret_sha256=sha256_hex(secret), can_write=can_write))
        except IntegrityError:
            raise InputError(f"a token named {name!r} exists; pick another name or revoke it first") from None
        return secret

    def token_for(self, secret: str) -> TokenRow | None:
        """The live token whose secret this is, or None."""
        with self.sessions() as session:
            row = session.scalar(select(TokenRow).where(TokenRow.secret_sha256 == sha256_hex(secret)))
        return row if row is not None and not row.revoked else None

    def token_is_live(self, name: str) -> bool:
        query = select(TokenRow.id).where(TokenRow.name == name, TokenRow.revoked.is_(False))
        with self.sessions() as session:
            return session.scalar(query) is not None

    def revoke_token(self, name: str) -> bool:
        with self.session() as session:
            result = session.execute(update(TokenRow).where(TokenRow.name == name).values(revoked=True))
            return result.rowcount > 0

    def token_count(self) -> int:
        with self.sessions() as session:
            return session.scalar(select(func.count(TokenRow.id)).where(TokenRow.revoked.is_(False))) or 0

    # -- batches --------------------------------------------------------------------------------

    def create_batch(self, items: list[tuple[str, str | None, str | None]], *, settings: dict[str, Any],
                     created_by: str = "") -> str:  # fmt: skip
        """Accept a batch: (id, text, error) per article; an item with an error is failed from the start."""
        batch_id = new_id()
        with self.session() as session:
            session.add(BatchRow(id=batch_id, settings=settings, total=len(items), created_by=created_by))
            session.flush()
            for position, (item_id, item_text, error) in enumerate(items):
                session.add(BatchItemRow(batch_id=batch_id, item_id=item_id, position=position, text=item_text,
                                         status="failed" if error else "pending", error=error))  # fmt: skip
        return batch_id

    def get_batch(self, batch_id: str) -> BatchRow | None:
        with self.sessions() as session:
            return session.get(BatchRow, batch_id)

    def batch_counts(self, batch_id: str) -> dict[str, int]:
        query = (select(BatchItemRow.status, func.count()).where(BatchItemRow.batch_id == batch_id)
                 .group_by(BatchItemRow.status))  # fmt: skip
        with self.sessions() as session:
            return {status: count for status, count in session.execute(query)}

    def batch_items(self, batch_id: str, *, pending_only: bool = False) -> list[BatchItemRow]:
        query = select(BatchItemRow).where(BatchItemRow.batch_id == batch_id).order_by(BatchItemRow.position)
        if pending_only:
            query = query.where(BatchItemRow.status == "pending")
        with self.sessions() as session:
            return list(session.scalars(query))

    def set_batch_status(self, batch_id: str, status: str) -> None:
        with self.session() as session:
            session.execute(update(BatchRow).where(BatchRow.id == batch_id).values(status=status, updated_at=utcnow()))

    def unfinished_batches(self) -> list[str]:
        query = select(BatchRow.id).where(BatchRow.status.in_(("queued", "running"))).order_by(BatchRow.created_at)
        with self.sessions() as session:
            return list(session.scalars(query))

    def finish_item(self, row_id: int, *, article: str | None, brief: Brief | None, error: str | None,
                    settings: dict[str, Any], created_by: str = "") -> bool:  # fmt: skip
        """Store one item's outcome and mark it done/failed in one transaction; False if it was not pending."""
        with self.session() as session:
            brief_id = None
            if brief is not None and article is not None:
                brief_id = self.add_brief(article, brief, settings=settings, created_by=created_by, session=session)
                session.flush()
            result = session.execute(
                update(BatchItemRow)
                .where(BatchItemRow.id == row_id, BatchItemRow.status == "pending")
                .values(status="done" if brief_id else "failed", brief_id=brief_id, error=error,
                        attempts=BatchItemRow.attempts + 1)  # fmt: skip
            )
            if result.rowcount != 1:
                session.rollback()
                return False
            return True


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")  # readers do not wait for the batch writer
    # In WAL mode NORMAL survives any crash or kill of the process; only a power cut can lose the last commits.
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.close()


def _brief_row(article: str, brief: Brief, settings: dict[str, Any], title: str, created_by: str) -> BriefRow:
    actors = [m.actor for m in brief.movements] + [m.actor_affiliation for m in brief.movements]
    actors += [d.denier for d in brief.denials]
    places = [p for m in brief.movements for p in (m.origin, m.destination)] + [c.where for c in brief.casualties]
    return BriefRow(
        id=new_id(),
        created_at=utcnow(),
        title=(title or "")[:300],
        article=article,
        article_sha256=sha256_hex(article),
        brief=brief.model_dump(mode="json"),
        settings=settings,
        headline=brief.headline_summary,
        actors=_names(actors),
        places=_names(places),
        created_by=created_by,
    )
