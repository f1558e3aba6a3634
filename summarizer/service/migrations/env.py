"""Alembic environment: migrations run on the connection the Store hands over (never from a URL in a file)."""

from __future__ import annotations

from alembic import context

from summarizer.service.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through summarizer.service.storage.Store.open(), which passes a connection")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
