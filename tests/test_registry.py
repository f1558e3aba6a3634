"""Model strings name backend and model; bad ones fail with a config error that shows the syntax."""

from __future__ import annotations

import pytest

from summarizer.backends.registry import EMBEDDED_DEFAULT_MODEL, resolve
from summarizer.errors import ConfigError


@pytest.mark.parametrize(
    "model, base_url, provider, name, url",
    [
        ("embedded", None, "embedded", EMBEDDED_DEFAULT_MODEL, None),
        ("embedded:/models/x.gguf", None, "embedded", "/models/x.gguf", None),
        ("/models/qwen2.5-1.5b.Q4_K_M.gguf", None, "embedded", "/models/qwen2.5-1.5b.Q4_K_M.gguf", None),
        ("openai/gpt-4o-mini", None, "openai", "gpt-4o-mini", "https://api.openai.com/v1"),
        ("ollama/llama3.1", None, "ollama", "llama3.1", "http://127.0.0.1:11434/v1"),
        ("llamacpp/local", "http://127.0.0.1:9999/v1", "llamacpp", "local", "http://127.0.0.1:9999/v1"),
        ("Qwen/Qwen2.5-7B-Instruct", "http://10.0.0.5:8000/v1", "openai-compatible", "Qwen/Qwen2.5-7B-Instruct", "http://10.0.0.5:8000/v1"),
        ("vllm/Qwen/Qwen2.5-7B-Instruct", None, "vllm", "Qwen/Qwen2.5-7B-Instruct", "http://127.0.0.1:8000/v1"),
    ],
)
def test_model_strings(model, base_url, provider, name, url):
    spec = resolve(model, base_url)
    assert (spec.provider, spec.model, spec.base_url) == (provider, name, url)


def test_embedded_defaults_to_learned_and_http_to_single_pass():
    assert resolve("embedded").default_strategy == "learned"
    assert resolve("openai/gpt-4o-mini").default_strategy == "single_pass"


@pytest.mark.parametrize("model", ["gpt-4o-mini", "nosuchprovider/x", "openai-compatible/x", "embedded:/m/x.bin", " "])
def test_unresolvable_model_strings(model):
    with pytest.raises(ConfigError):
        resolve(model, None)


def test_missing_key_names_the_variable(monkeypatch):
    from summarizer import summarize

    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        summarize("Troops crossed the border on Monday.", model="openai/gpt-4o-mini")
