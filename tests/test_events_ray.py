"""`summarizer events --engine ray` gives the same events as the local engine, on a local Ray instance."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.events.engine import merge_briefs, partition_of
from summarizer.events.exports import events_jsonl
from summarizer.events.inputs import source_brief

pytestmark = pytest.mark.ray

CASES = Path(__file__).resolve().parent.parent / "evals" / "events" / "cases"


def _records() -> list[dict]:
    return [r for path in sorted(CASES.glob("*.json")) for r in json.loads(path.read_text(encoding="utf-8"))["briefs"]]


def test_partitions_are_stable_across_processes() -> None:
    # sha256 of the key, not Python's salted hash(): the same block lands in the same partition everywhere
    assert partition_of(("destination", "gn:706448", "russia"), 8) == partition_of(("destination", "gn:706448", "russia"), 8)
    assert {partition_of(("destination", f"k{i}", "x"), 4) for i in range(40)} == {0, 1, 2, 3}


def test_ray_engine_equals_local(local_ray, tmp_path: Path) -> None:
    briefs = [source_brief(r) for r in _records()]
    local = merge_briefs(briefs, engine="local")
    on_ray = merge_briefs(briefs, engine="ray", ray_partitions=3)
    assert events_jsonl(on_ray.events) == events_jsonl(local.events)
    assert on_ray.stats == local.stats and local.stats.merges > 0

    from summarizer.cli import app

    batch = tmp_path / "briefs.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    outputs = {}
    for engine in ("local", "ray"):
        out = tmp_path / f"{engine}.jsonl"
        result = CliRunner().invoke(app, ["events", str(batch), "-o", str(out), "--engine", engine, "-q"])
        assert result.exit_code == 0, result.output
        outputs[engine] = out.read_text(encoding="utf-8")
    assert outputs["local"] == outputs["ray"] == events_jsonl(local.events)
