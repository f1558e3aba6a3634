"""Settings in layers: defaults < TOML file < environment < keyword overrides.

* file: `summarizer.toml` in the working directory, or the path given with
  `--config` / `config=`; top-level keys named as the fields below.
* environment: `SUMMARIZER_<FIELD>` (for example `SUMMARIZER_MODEL`,
  `SUMMARIZER_BASE_URL`); API keys come from `SUMMARIZER_API_KEY` or the
  provider's usual variable (`OPENAI_API_KEY`), never from the file.
* overrides: keyword arguments of `summarize()` and the CLI's flags.

The model string picks the backend; see `summarizer.backends.registry`.
"""

from __future__ import annotations

import math
import os
import re
import tomllib
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from summarizer.errors import ConfigError

DEFAULT_CONFIG_NAME = "summarizer.toml"
_config_file: ContextVar[Path | None] = ContextVar("summarizer_config_file", default=None)

# Names that must never be read from a file that may be committed or shared, in any
# spelling: TOML keys are case-sensitive, but a user writing API_KEY means a key.
_SECRET_NAME = re.compile(r"api[\W_]*key|token|secret|passw(or)?d|credential|bearer|authori[sz]ation", re.IGNORECASE)
_URL_SCHEMES = ("http", "https")

# The one list of settings that change a brief (the rest are transport knobs,
# limits on input size and where files go). What the model answers:
# recordings refuse a replay under other values (backends/recording.py).
GENERATION_SETTINGS = ("temperature", "seed", "max_output_tokens", "max_reasks", "mode", "n_ctx")
# ...and what grounding keeps of it: with the above, part of the batch cache key (batch/cache.py).
OUTPUT_SETTINGS = (*GENERATION_SETTINGS, "grounding", "fuzzy_threshold")


class Settings(BaseSettings):
    """Every knob the library reads. Field names are the TOML keys."""

    model_config = SettingsConfigDict(
        env_prefix="SUMMARIZER_", extra="forbid", validate_default=True, frozen=True
    )

    model: str = Field(
        "embedded",
        description="backend and model: 'embedded', 'embedded:/path/model.gguf', "
        "'openai/gpt-4o-mini', 'ollama/llama3.1', 'openai-compatible/NAME' with base_url",
    )
    base_url: str | None = Field(None, description="OpenAI-compatible server URL, e.g. http://127.0.0.1:8080/v1")
    api_key: SecretStr | None = Field(None, description="from SUMMARIZER_API_KEY or the provider's variable")
    strategy: str = Field(
        "auto",
        description="'auto' takes the backend's default (learned for embedded, single_pass for HTTP), "
        "or a registered name: learned, single_pass, staged, staged_no_model, staged_all_questions, cue_baseline",
    )
    mode: Literal["auto", "tools", "json", "json_object", "md_json"] = Field(
        "auto", description="how the schema is bound on the wire; 'auto' takes the backend's default"
    )
    temperature: float = Field(0.0, ge=0.0, le=2.0)
    seed: int = 0
    max_output_tokens: int = Field(1500, ge=16)
    request_timeout: float = Field(120.0, gt=0, description="seconds per HTTP request")
    max_reasks: int = Field(2, ge=0, le=10, description="re-asks after an invalid reply")
    max_retries: int = Field(4, ge=0, le=20, description="transport retries on 429, 5xx, timeouts")
    backoff_initial: float = Field(0.5, ge=0)
    backoff_max: float = Field(30.0, ge=0)
    n_ctx: int = Field(8192, ge=512, description="embedded: context window in tokens")
    n_threads: int | None = Field(None, ge=1, description="embedded: CPU threads (default: all cores)")
    grounding: Literal["flag", "strict"] = Field(
        "flag", description="ungrounded items: kept and flagged, or dropped"
    )
    fuzzy_threshold: float = Field(0.85, ge=0.5, le=1.0)
    max_article_chars: int = Field(2_000_000, ge=1000, description="refuse larger input")
    cache_dir: Path | None = Field(None, description="batch cache; default ~/.cache/summarizer")
    learned_model_dir: Path | None = Field(
        None, description="strategy 'learned': a model directory from `summarizer train`; default: the one shipped"
    )

    @field_validator("base_url")
    @classmethod
    def _strip_slash(cls, value: str | None) -> str | None:
        if not value:
            return value
        from urllib.parse import urlsplit

        # Checked here, not at the first request: "http://[::1" or an ftp:// URL would
        # otherwise surface as "could not be reached" or "dropped the connection".
        try:
            parts = urlsplit(value)
            parts.port  # noqa: B018 - raises on a port that is not a number
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a URL ({exc})") from None
        if parts.scheme.lower() not in _URL_SCHEMES or not parts.hostname:
            raise ValueError(f"{value!r} must be an http:// or https:// URL with a host, e.g. http://127.0.0.1:8080/v1")
        return value.rstrip("/")

    @field_validator("temperature", "request_timeout", "backoff_initial", "backoff_max", "fuzzy_threshold")
    @classmethod
    def _finite(cls, value: float) -> float:
        if not math.isfinite(value):
            raise ValueError("must be a finite number (inf and nan are not allowed)")
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        path = _config_file.get()
        if path is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)

    def public_dict(self) -> dict[str, Any]:
        """The resolved settings with secrets replaced by where they come from."""
        data = self.model_dump(mode="json", exclude={"api_key"})
        data["api_key"] = "set" if self.api_key is not None else "not set"
        return data


def find_config_file(config: str | os.PathLike[str] | None) -> Path | None:
    if config is not None:
        path = Path(config)
        if not path.is_file():
            raise ConfigError(f"config file {str(path)!r} not found; pass an existing TOML file to --config")
        return path
    default = Path.cwd() / DEFAULT_CONFIG_NAME
    return default if default.is_file() else None


def _check_file(path: Path) -> None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config file {str(path)!r}: {exc}") from None
    # Any case of api_key, and any other key-like name that is not a known, non-secret setting
    # (max_output_tokens says "token" and holds a number).
    known = {name for name in Settings.model_fields if name != "api_key"}
    leaked = [key for key in data if _SECRET_NAME.search(key) and key not in known]
    if leaked:
        raise ConfigError(
            f"config file {str(path)!r} holds {sorted(leaked)}; keys belong in the environment "
            "(SUMMARIZER_API_KEY or OPENAI_API_KEY), remove them from the file"
        )


def load_settings(config: str | os.PathLike[str] | Settings | None = None, **overrides: Any) -> Settings:
    """Resolve the layers. `config` is a TOML path, a ready Settings, or None."""
    overrides = {k: v for k, v in overrides.items() if v is not None}
    if isinstance(config, Settings):
        if not overrides:
            return config
        try:
            return config.model_copy(update=Settings(**{**config.model_dump(), **overrides}).model_dump())
        except ValidationError as exc:
            raise ConfigError(_describe(exc)) from None
    path = find_config_file(config)
    if path is not None:
        _check_file(path)
    token = _config_file.set(path)
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        where = f" (file {str(path)!r}, environment SUMMARIZER_*, or arguments)" if path else ""
        raise ConfigError(_describe(exc) + where) from None
    finally:
        _config_file.reset(token)


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "settings"
        parts.append(f"{loc}: {err['msg']}")
    return "invalid settings: " + "; ".join(parts)
