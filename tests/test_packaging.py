"""`pip install .` gives a working library: the wheel carries the prompts and schemas it needs."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    (path,) = out.glob("summarizer-*.whl")
    return path


def _tracked(prefix: str) -> set[str]:
    listing = subprocess.run(
        ["git", "ls-files", prefix], cwd=REPO, check=True, capture_output=True, text=True
    ).stdout.split()
    return {name for name in listing if not name.endswith(".pyc")}


def test_wheel_carries_exactly_the_tracked_prompts(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    packaged = {n.removeprefix("summarizer/_prompts/") for n in names if n.startswith("summarizer/_prompts/")}
    tracked = {n.removeprefix("prompts/") for n in _tracked("prompts")}
    assert tracked, "no prompts tracked by git"
    assert packaged == tracked


def test_wheel_carries_schemas_and_package_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"schemas/__init__.py", "schemas/brief.py", "schemas/brief.schema.json"} <= names
    tracked_data = {n for n in _tracked("summarizer") if not n.endswith(".py")}
    assert tracked_data <= names


def test_installed_wheel_uses_its_packaged_prompts(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    probe = (
        "import summarizer.prompting as p, summarizer.strategies.single_pass as s;"
        "print(p.prompts_dir());"
        "m = s.build_messages('Troops crossed the river.');"
        "assert 'Troops crossed the river.' in m[1]['content']"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert Path(out.stdout.strip()) == target / "summarizer" / "_prompts"


def test_wheel_carries_the_desk_migrations_and_page_assets(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("summarizer/service/migrations/env.py", "summarizer/service/migrations/script.py.mako",
                   "summarizer/service/migrations/versions/0001_initial.py", "summarizer/service/static/desk.js",
                   "summarizer/service/static/desk.css", "summarizer/service/templates/review.html"):  # fmt: skip
        assert needed in names, needed
