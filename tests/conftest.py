"""Shared fixtures: the repository's paths, the seed article, one llama.cpp server per session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "evals" / "fixtures"
SEED = FIXTURES / "seed_iraqi_militias_syria"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seed_article() -> str:
    return (SEED / "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED / "article.txt"


@pytest.fixture(scope="session")
def llama_server_session():
    """A real `llama_cpp.server` on a free loopback port, serving the embedded weights."""
    from server_support import llama_server

    with llama_server(n_ctx=4096) as server:
        yield server


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory, monkeypatch):
    """Tests never read a developer's summarizer.toml or SUMMARIZER_* variables."""
    import os

    for name in list(os.environ):
        if name.startswith("SUMMARIZER_") or name == "OPENAI_API_KEY":
            monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


@pytest.fixture(scope="module")
def local_ray():
    """A local Ray instance for one test module (the `ray` tests of the batch and the events merge)."""
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING", log_to_driver=False)
    yield ray
    ray.shutdown()
