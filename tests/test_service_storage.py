"""The desk's Store on SQLite and on a real PostgreSQL server: migrations, briefs, search, reviews, tokens, batches."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from postgres_support import needs_postgres, postgres_server

from schemas import Brief, BriefDraft
from summarizer.errors import ConfigError, InputError
from summarizer.grounding import ground_brief
from summarizer.service.storage import Store, sha256_hex

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "evals" / "fixtures" / "seed_iraqi_militias_syria"


@pytest.fixture(scope="module")
def postgres_url():
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=[pytest.mark.postgres, needs_postgres])])
def store(request, tmp_path):
    if request.param == "sqlite":
        opened = Store.open(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    else:
        import psycopg

        base = request.getfixturevalue("postgres_url")
        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(base, autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {name}")
        opened = Store.open(base.rsplit("/", 1)[0] + "/" + name)
    yield opened
    opened.close()


def seed() -> tuple[str, BriefDraft, Brief]:
    article = (SEED / "article.txt").read_text(encoding="utf-8")
    draft = BriefDraft.model_validate(json.loads((SEED / "gold.json").read_text(encoding="utf-8")))
    return article, draft, ground_brief(draft, article)


def test_migrations_are_idempotent_and_briefs_round_trip(store: Store) -> None:
    store.migrate()  # a second upgrade to head changes nothing
    article, _, brief = seed()
    brief_id = store.add_brief(article, brief, settings={"strategy": "staged"}, title="seed", created_by="desk")
    row = store.get_brief(brief_id)
    assert row is not None and row.article == article and row.title == "seed"
    assert Brief.model_validate(row.brief) == brief
    assert row.settings == {"strategy": "staged"} and row.article_sha256 == sha256_hex(article)
    assert store.get_brief("nope") is None
    assert store.ping()


def test_search_by_actor_place_since_and_review_state(store: Store) -> None:
    article, draft, brief = seed()
    first = store.add_brief(article, brief)
    other = brief.model_copy(deep=True)
    other.movements = other.movements[:1]
    other.movements[0].actor, other.movements[0].destination = "100%_Brigade", "Kherson"
    second = store.add_brief(article, other)
    actor = brief.movements[0].actor
    assert {r.id for r in store.search(actor=actor.upper())} == {first}
    assert [r.id for r in store.search(place="kherson")] == [second]
    assert [r.id for r in store.search(actor="100%_b")] == [second]  # wildcards are literal
    assert store.search(actor="1%0") == [] and store.search(actor="_00") == []
    assert [r.id for r in store.search()] == [second, first]  # newest first
    assert store.search(since=datetime.now(UTC) + timedelta(hours=1)) == []
    assert len(store.search(since=datetime.now(UTC) - timedelta(hours=1))) == 2
    # a zone other than UTC means the same instant
    ahead = timezone(timedelta(hours=5))
    assert store.search(since=datetime.now(ahead) + timedelta(minutes=30)) == []
    assert len(store.search(since=datetime.now(ahead) - timedelta(minutes=30))) == 2
    assert store.get_brief(first).created_at.tzinfo is not None
    store.save_review(first, draft, reviewer="ana")
    assert [r.id for r in store.search(reviewed=True)] == [first]
    assert [r.id for r in store.search(reviewed=False)] == [second]


def test_reviews_are_gold_and_must_quote_the_article(store: Store) -> None:
    article, draft, brief = seed()
    brief_id = store.add_brief(article, brief)
    store.save_review(brief_id, draft, reviewer="ana")
    corrected = draft.model_copy(deep=True)
    corrected.movements[0].count = None
    store.save_review(brief_id, corrected, reviewer="ben")  # the latest save replaces the earlier one
    review = store.get_review(brief_id)
    assert review is not None and review.reviewer == "ben"
    assert BriefDraft.model_validate(review.gold) == corrected
    assert [(b.id, r.reviewer) for b, r in store.reviewed()] == [(brief_id, "ben")]
    bad = draft.model_copy(deep=True)
    bad.movements[0].evidence = "words the article never says"
    with pytest.raises(InputError, match="not verbatim"):
        store.save_review(brief_id, bad)
    with pytest.raises(KeyError):
        store.save_review("missing", draft)


def test_tokens_are_stored_hashed_and_can_be_revoked(store: Store) -> None:
    secret = store.create_token("desk", can_write=False)
    row = store.token_for(secret)
    assert row is not None and row.name == "desk" and row.can_write is False
    assert row.secret_sha256 == sha256_hex(secret) and secret not in row.secret_sha256
    with store.engine.connect() as connection:
        dump = json.dumps([list(r) for r in connection.exec_driver_sql("SELECT * FROM tokens")], default=str)
    assert secret not in dump
    assert store.token_for(secret + "x") is None
    with pytest.raises(InputError, match="exists"):
        store.create_token("desk")
    assert store.token_count() == 1
    assert store.revoke_token("desk") and store.token_for(secret) is None


def test_batch_items_finish_once(store: Store) -> None:
    article, _, brief = seed()
    batch_id = store.create_batch([("a", article, None), ("b", article, None), ("bad", None, "empty")],
                                  settings={"grounding": "flag"})  # fmt: skip
    assert store.unfinished_batches() == [batch_id]
    assert store.batch_counts(batch_id) == {"pending": 2, "failed": 1}
    pending = store.batch_items(batch_id, pending_only=True)
    assert [p.item_id for p in pending] == ["a", "b"]
    assert store.finish_item(pending[0].id, article=article, brief=brief, error=None, settings={})
    # A second finish of the same item (a re-run after a crash) stores nothing.
    assert not store.finish_item(pending[0].id, article=article, brief=brief, error=None, settings={})
    assert store.finish_item(pending[1].id, article=article, brief=None, error="backend down", settings={})
    assert store.batch_counts(batch_id) == {"done": 1, "failed": 2}
    assert len(store.search()) == 1  # exactly one brief row for the one success
    store.set_batch_status(batch_id, "done")
    assert store.unfinished_batches() == [] and store.get_batch(batch_id).status == "done"


def test_bad_urls_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not a URL"):
        Store.open("not a url")
    with pytest.raises(ConfigError, match="cannot open database"):
        Store.open("postgresql://nobody@127.0.0.1:1/none")
