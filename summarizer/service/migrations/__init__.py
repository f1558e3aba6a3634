"""Alembic migrations of the desk database (run by `Store.open`; shipped in the wheel)."""
