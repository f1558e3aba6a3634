"""The eval runner and CLI: record live on the embedded model, replay with no model, gates, compare, failures."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Literal

import pytest
import typer
from typer.testing import CliRunner

from summarizer.backends.recording import RecordingBackend, RecordingKey, ReplayBackend, _mask_secrets, slug
from summarizer.errors import BackendError
from summarizer.evaluation.cli import register

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "evals" / "fixtures"
SMALL = ("short_kenyan_troops_gedo", "nonmil_earnings_war_verbs")
PLANTED_KEY = "sk-planted-0123456789abcdefSECRET"
# Runs Python with llama_cpp made unimportable: any attempt to load a model fails.
NO_MODEL = "import runpy, sys; sys.modules['llama_cpp'] = None; sys.argv = ['summarizer', *sys.argv[1:]]; "


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """The test's own root app, so `eval` stays a subcommand."""

    register(app)
    return app


def _invoke(*args: str):
    return CliRunner().invoke(_app(), ["eval", *args], catch_exceptions=False)


def _fixture_dir(tmp_path: Path, names: tuple[str, ...] = SMALL) -> Path:
    """Fixtures copied outside the repository, plus one whose article is only whitespace and one broken."""
    root = tmp_path / "fixtures"
    for name in names:
        shutil.copytree(FIXTURES / name, root / name)
    (root / "blank").mkdir(parents=True)
    (root / "blank" / "article.txt").write_text("  \n\n   \n", encoding="utf-8")
    (root / "blank" / "gold.json").write_text(json.dumps({"headline_summary": "", "is_relevant": False}), encoding="utf-8")
    (root / "broken").mkdir()
    (root / "broken" / "article.txt").write_text("Troops moved.", encoding="utf-8")
    (root / "broken" / "gold.json").write_text("{not json", encoding="utf-8")
    return root


def _replay_without_model(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    code = NO_MODEL + "runpy.run_module('summarizer.cli', run_name='__main__')"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300, env=env, cwd=REPO
    )


def _live_strategy() -> tuple[str, dict[str, str]]:
    """The strategy load_settings() resolves for the embedded model, or single_pass kept short."""
    try:
        import summarizer.strategies.staged  # noqa: F401
    except ImportError:
        return "single_pass", {"SUMMARIZER_MAX_OUTPUT_TOKENS": "300", "SUMMARIZER_MAX_REASKS": "0"}
    return "auto", {}


def _comparable(report: dict) -> dict:
    """What must be identical between a live run and its replay."""
    return {
        "metrics": report["metrics"],
        "fixtures": [{k: f[k] for k in ("name", "status", "error", "scores", "counts", "seconds", "tokens")}
                     for f in report["fixtures"]],
        "skipped": report["skipped"],
        "strategy": report["run"]["strategy"],
        "prompt_version": report["run"]["prompt_version"],
        "model": report["run"]["model"],
    }


def test_record_live_then_replay_without_a_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    strategy, extra_env = _live_strategy()
    for name, value in {**extra_env, "SUMMARIZER_API_KEY": PLANTED_KEY, "OPENAI_API_KEY": PLANTED_KEY}.items():
        monkeypatch.setenv(name, value)
    fixtures = _fixture_dir(tmp_path)
    recordings, live_json, replay_json = tmp_path / "rec", tmp_path / "live.json", tmp_path / "replay.json"

    live = _invoke("--fixtures", str(fixtures), "--strategy", strategy, "--record", str(recordings),
                   "--json", str(live_json), "--quiet")
    assert live.exit_code == 0, live.output
    report = json.loads(live_json.read_text(encoding="utf-8"))
    by_name = {f["name"]: f for f in report["fixtures"]}
    assert set(by_name) == {*SMALL, "blank"}
    assert by_name["blank"]["status"] == "failed" and by_name["blank"]["error"].startswith("InputError:")
    assert [s["name"] for s in report["skipped"]] == ["broken"]
    assert report["run"]["settings"]["api_key"] == "set"

    files = sorted(recordings.rglob("*.json"))
    assert len(files) == 3  # one per article that reached the pipeline, the blank one included
    run = report["run"]
    for path in files:
        relative = path.relative_to(recordings).parts
        assert relative[:3] == ("embedded-gemma3-270m-q4-k-m", run["strategy"], slug(run["prompt_version"]))
    for path in [*files, live_json]:
        assert PLANTED_KEY not in path.read_text(encoding="utf-8"), path
    # The staged default asks the model nothing (so no `model` marker): the recordings
    # carry the live seconds only; test_recording_backend_round_trips_real_exchanges
    # covers recorded model answers.
    if strategy == "auto":
        assert all(not json.loads(p.read_text(encoding="utf-8")).get("exchanges") for p in files)

    env = {**os.environ}
    pages = tmp_path / "html"
    replay = _replay_without_model("eval", "--fixtures", str(fixtures), "--strategy", strategy,
                                   "--replay", str(recordings), "--json", str(replay_json), "--html", str(pages),
                                   "--quiet", env=env)
    assert replay.returncode == 0, replay.stderr
    replayed = json.loads(replay_json.read_text(encoding="utf-8"))
    assert replayed["run"]["mode"] == "replay"
    assert _comparable(replayed) == _comparable(report)
    briefs = sorted(f["name"] for f in replayed["fixtures"] if f["status"] == "ok")
    assert sorted(p.stem for p in pages.glob("*.html")) == briefs


@pytest.mark.model
def test_recording_backend_round_trips_real_exchanges(tmp_path: Path):
    from pydantic import BaseModel

    from summarizer.backends.registry import get_backend
    from summarizer.settings import load_settings

    class Colour(BaseModel):
        name: Literal["blue", "red", "green"]  # the grammar keeps the small model to a short, valid answer

    key = RecordingKey("embedded/gemma3-270m-q4-k-m", "probe", "probe@1", "ab" * 32)
    recorder = RecordingBackend(get_backend(load_settings(max_reasks=0)), tmp_path, key)
    question = "Q: Is an infantry brigade an armed force?\nA:"
    first = recorder.choose(question, [" yes", " no"])
    again = recorder.choose(question, [" yes", " no"])
    tokens = recorder.count_tokens("Hundreds of fighters crossed into Syria.")
    messages = [{"role": "user", "content": "Name one colour of the sky."}]
    colour = recorder.structured(messages, Colour, max_tokens=40).value.name
    recorder.save(seconds=1.0)
    live = [first.value, again.value, tokens, colour]

    probe = (
        NO_MODEL
        + "import json; from pathlib import Path; from pydantic import BaseModel\n"
        "from summarizer.backends.recording import RecordingKey, ReplayBackend\n"
        "from typing import Literal\n"
        "class Colour(BaseModel):\n    name: Literal['blue', 'red', 'green']\n"
        f"b = ReplayBackend(Path({str(tmp_path)!r}), RecordingKey(*{list(vars(key).values())!r}), "
        "'embedded/gemma3-270m-q4-k-m', 'embedded', 'staged')\n"
        f"q = {question!r}\n"
        "out = [b.choose(q, [' yes', ' no']).value, b.choose(q, [' yes', ' no']).value,\n"
        "       b.count_tokens('Hundreds of fighters crossed into Syria.')]\n"
        "try:\n"
        f"    out.append(b.structured({messages!r}, Colour, max_tokens=40).value.name)\n"
        "except Exception as exc:\n"
        "    out.append('error:' + type(exc).__name__)\n"
        "try:\n"
        "    b.choose('Q: a question never asked\\nA:', [' yes', ' no'])\n"
        "except Exception as exc:\n"
        "    out.append(str(exc))\n"
        "out.append('llama_cpp' in sys.modules and sys.modules['llama_cpp'] is not None)\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.returncode == 0, done.stderr
    replayed = json.loads(done.stdout.strip().splitlines()[-1])
    assert replayed[:4] == live and colour in {"blue", "red", "green"}
    assert "no recording for this choose request" in replayed[4] and "(prompt changed?)" in replayed[4]
    assert replayed[5] is False


def test_failed_fixtures_are_reported_and_the_run_goes_on(tmp_path: Path):
    fixtures = _fixture_dir(tmp_path, names=("short_kenyan_troops_gedo",))
    empty = tmp_path / "no_recordings"
    empty.mkdir()
    out = tmp_path / "report.json"
    result = _invoke("--fixtures", str(fixtures), "--strategy", "single_pass", "--replay", str(empty),
                     "--json", str(out), "--markdown", str(tmp_path / "report.md"))
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    errors = {f["name"]: f["error"] for f in report["fixtures"]}
    assert errors["blank"].startswith("InputError: input is empty")
    assert errors["short_kenyan_troops_gedo"].startswith("BackendError: no recording for")
    assert "(prompt changed?)" in errors["short_kenyan_troops_gedo"]
    assert report["metrics"]["schema_valid_rate"]["micro"] == 0.0
    assert report["metrics"]["movement_recall"]["micro"] == 0.0
    assert "broken" in result.output and "short_kenyan_troops_gedo" in result.output
    markdown = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "## Failures" in markdown and "## Skipped fixtures" in markdown


def test_thresholds_gate_exits_one_naming_the_metrics(tmp_path: Path):
    fixtures = _fixture_dir(tmp_path, names=("short_kenyan_troops_gedo",))
    (tmp_path / "rec").mkdir()
    gates = tmp_path / "thresholds.json"
    gates.write_text(json.dumps({"average": "micro", "minimum": {"schema_valid_rate": 0.9, "relevance_accuracy": 0.0}}))
    result = _invoke("--fixtures", str(fixtures), "--strategy", "single_pass", "--replay", str(tmp_path / "rec"),
                     "--thresholds", str(gates), "--quiet")
    assert result.exit_code == 1
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("below thresholds (micro): schema_valid_rate 0.000 < 0.9")
    assert "relevance_accuracy" not in last

    gates.write_text(json.dumps({"minimum": {"movement_fun": 1.0}}))
    result = _invoke("--fixtures", str(fixtures), "--replay", str(tmp_path / "rec"), "--thresholds", str(gates))
    assert result.exit_code == 3
    assert "unknown metric(s) movement_fun" in result.output


def test_repository_thresholds_file_is_valid():
    from summarizer.evaluation.thresholds import load_thresholds

    gates = load_thresholds(REPO / "evals" / "thresholds.json")
    assert gates["minimum"]


def test_compare_shows_per_metric_deltas(tmp_path: Path):
    fixtures = _fixture_dir(tmp_path, names=("nonmil_earnings_war_verbs",))
    (tmp_path / "rec").mkdir()
    a = tmp_path / "a.json"
    _invoke("--fixtures", str(fixtures), "--strategy", "single_pass", "--replay", str(tmp_path / "rec"),
            "--json", str(a), "--quiet")
    report = json.loads(a.read_text(encoding="utf-8"))
    report["metrics"]["schema_valid_rate"]["micro"] = 0.75
    b = tmp_path / "b.json"
    b.write_text(json.dumps(report), encoding="utf-8")
    result = _invoke("compare", str(a), str(b))
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if "schema_valid_rate" in line)
    assert "+0.750" in row

    missing = _invoke("compare", str(a), str(tmp_path / "nope.json"))
    assert missing.exit_code == 2
    assert "not found" in missing.output and "Traceback" not in missing.output


def test_eval_needs_fixtures_and_refuses_record_with_replay(tmp_path: Path):
    result = _invoke()
    assert result.exit_code == 2 and "--fixtures" in result.output
    fixtures = _fixture_dir(tmp_path, names=())
    result = _invoke("--fixtures", str(fixtures), "--record", str(tmp_path), "--replay", str(tmp_path))
    assert result.exit_code == 3 and "exclude each other" in result.output
    result = _invoke("--fixtures", str(tmp_path / "nowhere"), "--replay", str(tmp_path))
    assert result.exit_code == 2 and "not found" in result.output


def test_recordings_mask_any_key_the_process_knows(monkeypatch: pytest.MonkeyPatch):
    from summarizer.settings import load_settings

    monkeypatch.setenv("OPENAI_API_KEY", PLANTED_KEY)
    settings = load_settings(api_key="another-secret-value-42")
    text = _mask_secrets(f"prompt {PLANTED_KEY} and another-secret-value-42", settings)
    assert PLANTED_KEY not in text and "another-secret-value-42" not in text


def test_replay_backend_needs_no_recording_until_asked(tmp_path: Path):
    key = RecordingKey("embedded/gemma3-270m-q4-k-m", "single_pass", "single_pass@x", "cd" * 32)
    backend = ReplayBackend(tmp_path, key, key.model_label, "embedded", "staged")
    assert backend.model_label == key.model_label and backend.default_strategy == "staged"
    assert backend.recorded_seconds is None
    with pytest.raises(BackendError, match=r"no recording for embedded/gemma3-270m-q4-k-m / single_pass"):
        backend.choose("Q?", ["a", "b"])


def test_replay_refuses_recordings_made_with_other_generation_settings(tmp_path: Path):
    from summarizer.backends.recording import FORMAT, _choose_request, request_hash
    from summarizer.settings import load_settings

    key = RecordingKey("embedded/gemma3-270m-q4-k-m", "staged", "staged@x", "ef" * 32)
    question, options = "Q: Is a frigate a military unit?\nA:", [" yes", " no"]
    recorded = {"format": FORMAT, "key": vars(key), "seconds": 0.5, "context_tokens": 8192,
                "generation": {"temperature": 0.0, "max_output_tokens": 700},
                "exchanges": [{"method": "choose", "hash": request_hash("choose", _choose_request(question, options, "")),
                               "request": {}, "response": 1, "raw": " no", "usage": {"calls": 1}}]}
    key.path(tmp_path).parent.mkdir(parents=True)
    key.path(tmp_path).write_text(json.dumps(recorded), encoding="utf-8")

    same = ReplayBackend(tmp_path, key, key.model_label, "embedded", "staged", settings=load_settings(max_output_tokens=700))
    assert same.choose(question, options).value == 1 and same.recorded_seconds == 0.5
    other = ReplayBackend(tmp_path, key, key.model_label, "embedded", "staged", settings=load_settings())
    with pytest.raises(BackendError, match=r"max_output_tokens=700 \(now 1500\)"):
        other.choose(question, options)
