"""The desk service: `summarizer serve`, an HTTP API and a review page over a database of briefs.

Modules, one job each:

    models.py     the tables (SQLAlchemy 2 declarative)
    storage.py    the Store: every query the service makes; migrations run on open
    migrations/   Alembic scripts, shipped in the wheel
    auth.py       bearer tokens (hashed at rest), page sessions and CSRF
    limits.py     per-token rate limit and the request-size limit
    work.py       summarizing in worker threads; background batches that resume
    api.py        the /v1 JSON API
    page.py       the review page (/ui) and its local assets (static/)
    export.py     reviewed briefs -> eval fixtures
    app.py        the FastAPI application: wiring, health, lifespan
    cli.py        `summarizer serve`, `summarizer token create`, `summarizer export-fixtures`
"""
