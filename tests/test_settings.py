"""Settings resolve in layers: defaults < TOML file < environment < keyword overrides."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from summarizer.errors import ConfigError
from summarizer.settings import load_settings


def test_defaults_pick_the_embedded_model():
    settings = load_settings()
    assert settings.model == "embedded"
    assert settings.grounding == "flag"


def test_file_then_env_then_overrides(tmp_path, monkeypatch):
    config = tmp_path / "s.toml"
    config.write_text('model = "ollama/llama3.1"\nmax_reasks = 5\ntemperature = 0.3\n', encoding="utf-8")
    from_file = load_settings(config)
    assert (from_file.model, from_file.max_reasks, from_file.temperature) == ("ollama/llama3.1", 5, 0.3)

    monkeypatch.setenv("SUMMARIZER_MAX_REASKS", "7")
    from_env = load_settings(config)
    assert from_env.max_reasks == 7 and from_env.model == "ollama/llama3.1"

    overridden = load_settings(config, max_reasks=1, model="openai/gpt-4o-mini")
    assert (overridden.max_reasks, overridden.model, overridden.temperature) == (1, "openai/gpt-4o-mini", 0.3)


def test_summarizer_toml_in_working_directory_is_read(tmp_path, monkeypatch):
    (tmp_path / "summarizer.toml").write_text('strategy = "single_pass"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert load_settings().strategy == "single_pass"


def test_api_key_in_a_file_is_refused(tmp_path):
    config = tmp_path / "s.toml"
    config.write_text('api_key = "sk-should-not-be-here"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="environment"):
        load_settings(config)


@pytest.mark.parametrize(
    "content, fragment",
    [('grounding = "sometimes"\n', "grounding"), ("no_such_key = 1\n", "no_such_key"), ("model = [", "cannot read")],
)
def test_bad_settings_name_the_problem(tmp_path, content, fragment):
    config = tmp_path / "s.toml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=fragment):
        load_settings(config)


def test_missing_config_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "absent.toml")


def test_config_command_never_prints_the_key(monkeypatch):
    secret = "sk-test-7f3a9c1e5b2d4680"
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    out = subprocess.run(
        [sys.executable, "-m", "summarizer", "config", "--model", "openai/gpt-4o-mini"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert secret not in out.stdout + out.stderr
    data = json.loads(out.stdout)
    assert data["api_key"] == "set (from OPENAI_API_KEY)"
    assert data["_resolved"]["provider"] == "openai"
