"""`summarizer batch --engine ray` on a local Ray instance (2 CPUs) against a loopback OpenAI-compatible server."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.batch.output import final_records
from summarizer.testing.openai_server import FakeOpenAIServer, quoting_brief

pytestmark = pytest.mark.ray

FIXTURES = Path(__file__).resolve().parent.parent / "evals" / "fixtures"
NAMES = ["short_kenyan_troops_gedo", "poland_brigade_rotation", "latam_guyana_move_denial", "himalaya_ladakh_pullback"]


def test_ray_engine_writes_the_same_output(tmp_path, monkeypatch, local_ray):
    from summarizer.cli import app

    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "in"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(FIXTURES / name / "article.txt", folder / f"{name}.txt")
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    out = tmp_path / "out.jsonl"
    args = [
        "batch", str(folder), "-o", str(out), "--engine", "ray", "--concurrency", "4", "--quiet",
        "--model", "openai-compatible/fake", "--strategy", "single_pass",
    ]  # fmt: skip

    with FakeOpenAIServer("ok", reply=quoting_brief, delay=0.2) as server:
        result = CliRunner().invoke(app, [*args, "--base-url", server.url])
        assert result.exit_code == 0, result.stderr
        assert len(server.requests) == len(NAMES)

        records = final_records(out)
        assert sorted(records) == sorted([*NAMES, "picture"])
        assert records["picture"]["error_type"] == "InputError"
        for name in NAMES:
            record = records[name]
            assert record["error"] is None and record["brief"]["metadata"]["model"] == "openai-compatible/fake"
            text = (folder / f"{name}.txt").read_text(encoding="utf-8")
            for movement in record["brief"]["movements"]:
                assert text[movement["span"]["start"] : movement["span"]["end"]] == movement["evidence"]
            assert record["metadata"]["prompt_tokens"] > 0

        # The driver wrote the cache: a second Ray run sends nothing to the model.
        again = CliRunner().invoke(app, [*args, "--base-url", server.url, "-o", str(tmp_path / "again.jsonl")])
        assert again.exit_code == 0, again.stderr
        assert len(server.requests) == len(NAMES)
        cached = [json.loads(line) for line in (tmp_path / "again.jsonl").read_text().splitlines()]
        assert sum(r["metadata"]["cached"] for r in cached) == len(NAMES)
