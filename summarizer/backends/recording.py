"""Record a backend's exchanges to a file, and answer from that file later without a model.

`RecordingBackend(inner, directory, key)` wraps a live backend and keeps every
call in order: the method (`structured`, `choose`, `count_tokens`), the
request, the validated response (JSON) or chosen index, the raw text, the
usage and the seconds it took; a SummarizerError raised by the backend is
recorded too, so a failure replays as the same failure.

`ReplayBackend(directory, key, model_label, backend_name, default_strategy)`
answers each call by the hash of its request. It imports nothing of llama.cpp
or openai, so replaying an eval needs no weights and no server. A request that
was never recorded raises BackendError "no recording for ... (prompt
changed?)": a changed prompt shows up as missing recordings, never as silent
reuse. `count_tokens` is recorded and replayed like the other calls (by the
hash of the text), so chunking decisions replay exactly.

The file for one article lives at
`<directory>/<model-slug>/<strategy>/<prompt_version>/<article_sha256[:16]>.json`.
Requests carry prompts only, never keys; before a file is written, any API
key the process knows (settings, *_API_KEY variables) is masked anyway.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from schemas import SCHEMA_VERSION, Usage
from summarizer import errors
from summarizer.backends.base import Backend, Reply, T
from summarizer.errors import BackendError, SummarizerError
from summarizer.settings import GENERATION_SETTINGS

FORMAT = 1
_SLUG = re.compile(r"[^A-Za-z0-9._@-]+")
# A replay under other generation settings would reuse answers the model
# might not give, so it refuses instead.


def generation_settings(settings: Any) -> dict[str, Any]:
    return {name: getattr(settings, name, None) for name in GENERATION_SETTINGS} if settings is not None else {}


def slug(text: str) -> str:
    return _SLUG.sub("-", text).strip("-") or "unnamed"


@dataclass(frozen=True)
class RecordingKey:
    """What makes a recording reusable: change any part and it no longer applies."""

    model_label: str
    strategy: str
    prompt_version: str
    article_sha256: str
    schema_version: str = SCHEMA_VERSION

    def path(self, directory: str | os.PathLike[str]) -> Path:
        return (
            Path(directory)
            / slug(self.model_label)
            / slug(self.strategy)
            / slug(self.prompt_version)
            / f"{self.article_sha256[:16]}.json"
        )


def request_hash(method: str, request: dict[str, Any]) -> str:
    canonical = json.dumps({"method": method, "request": request}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _model_name(response_model: Any) -> str:
    return getattr(response_model, "__name__", repr(response_model))


def _structured_request(messages: list[dict[str, str]], response_model: Any, max_tokens: int | None) -> dict[str, Any]:
    schema = TypeAdapter(response_model).json_schema()
    return {
        "messages": [dict(m) for m in messages],
        "response_model": _model_name(response_model),
        # The schema is part of the request: a changed model is a new question.
        "schema_sha256": _sha(json.dumps(schema, sort_keys=True)),
        "max_tokens": max_tokens,
    }


def _choose_request(question: str, options: Sequence[str], examples: str) -> dict[str, Any]:
    return {"question": question, "options": list(options), "examples": examples}


class RecordingBackend(Backend):
    """A live backend that keeps a transcript; `directory=None` only counts usage."""

    def __init__(self, inner: Backend, directory: str | os.PathLike[str] | None, key: RecordingKey) -> None:
        # No super().__init__: spec and settings are the inner backend's.
        self.inner = inner
        self.spec = inner.spec
        self.settings = inner.settings
        self.name = inner.name
        self.directory = Path(directory) if directory is not None else None
        self.key = key
        self.exchanges: list[dict[str, Any]] = []
        self.usage = Usage()

    @property
    def model_label(self) -> str:
        return self.inner.model_label

    @property
    def default_strategy(self) -> str:
        return self.inner.default_strategy

    @property
    def path(self) -> Path | None:
        return self.key.path(self.directory) if self.directory is not None else None

    def _call(self, method: str, request: dict[str, Any], hashed: dict[str, Any], call: Any) -> Any:
        entry: dict[str, Any] = {"method": method, "hash": request_hash(method, hashed), "request": request}
        started = time.perf_counter()
        try:
            result = call()
        except SummarizerError as exc:
            # A typed failure is the backend's answer: replay raises it again.
            # Anything else is a bug or an interrupt and is not recorded.
            entry["error"] = {"type": type(exc).__name__, "message": str(exc)}
            entry["seconds"] = round(time.perf_counter() - started, 4)
            self.exchanges.append(entry)
            raise
        entry["seconds"] = round(time.perf_counter() - started, 4)
        self.exchanges.append(entry)
        return entry, result

    def structured(
        self, messages: list[dict[str, str]], response_model: type[T], *, max_tokens: int | None = None
    ) -> Reply:
        request = _structured_request(messages, response_model, max_tokens)
        entry, reply = self._call(
            "structured", request, request,
            lambda: self.inner.structured(messages, response_model, max_tokens=max_tokens),
        )
        entry["response"] = TypeAdapter(response_model).dump_python(reply.value, mode="json")
        entry["raw"] = reply.raw
        entry["usage"] = reply.usage.model_dump()
        self.usage = self.usage + reply.usage
        return reply

    def choose(self, question: str, options: Sequence[str], *, examples: str = "") -> Reply:
        hashed = _choose_request(question, options, examples)
        # Few-shot examples repeat on every question: the file keeps their hash only.
        shown = {**hashed, "examples": f"sha256:{_sha(examples)}" if examples else ""}
        entry, reply = self._call(
            "choose", shown, hashed, lambda: self.inner.choose(question, options, examples=examples)
        )
        entry["response"] = int(reply.value)
        entry["raw"] = reply.raw
        entry["usage"] = reply.usage.model_dump()
        self.usage = self.usage + reply.usage
        return reply

    def count_tokens(self, text: str) -> int:
        request = {"text_sha256": _sha(text), "chars": len(text)}
        entry, count = self._call("count_tokens", request, request, lambda: self.inner.count_tokens(text))
        entry["response"] = int(count)
        return count

    def context_tokens(self) -> int | None:
        return self.inner.context_tokens()

    def close(self) -> None:
        self.inner.close()

    def document(self, *, seconds: float | None = None) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "key": asdict(self.key),
            "backend": self.inner.name,
            "default_strategy": self.inner.default_strategy,
            "context_tokens": self.inner.context_tokens(),
            "generation": generation_settings(self.settings),
            "seconds": seconds,
            "usage": self.usage.model_dump(),
            "exchanges": self.exchanges,
        }

    def save(self, *, seconds: float | None = None) -> Path | None:
        """Write the transcript (atomically); `seconds` is the whole run's wall time."""
        path = self.path
        if path is None:
            return None
        text = _mask_secrets(json.dumps(self.document(seconds=seconds), indent=1, ensure_ascii=False), self.settings)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".json.partial")
        partial.write_text(text + "\n", encoding="utf-8")
        partial.replace(path)
        return path


def _mask_secrets(text: str, settings: Any) -> str:
    secrets = {value for name, value in os.environ.items() if name.endswith("_API_KEY") and len(value) >= 8}
    api_key = getattr(settings, "api_key", None)
    if api_key is not None and len(api_key.get_secret_value()) >= 8:
        secrets.add(api_key.get_secret_value())
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


class ReplayBackend(Backend):
    """Answers from a recording; needs no model, no weights, no network."""

    def __init__(
        self,
        directory: str | os.PathLike[str],
        key: RecordingKey,
        model_label: str,
        backend_name: str,
        default_strategy: str,
        *,
        settings: Any = None,
    ) -> None:
        # No super().__init__: there is no spec to resolve and nothing to load.
        self.spec = None
        self.settings = settings
        self.directory = Path(directory)
        self.key = key
        self.name = backend_name
        self._model_label = model_label
        self._default_strategy = default_strategy
        self._document: dict[str, Any] | None = None
        self._answers: dict[str, list[dict[str, Any]]] = {}
        self._served: dict[str, int] = {}
        self.usage = Usage()

    @property
    def model_label(self) -> str:
        return self._model_label

    @property
    def default_strategy(self) -> str:
        return self._default_strategy

    @property
    def path(self) -> Path:
        return self.key.path(self.directory)

    @property
    def recorded_seconds(self) -> float | None:
        """The live run's wall time for this article, when the recording has it."""
        try:
            return self._load().get("seconds")
        except SummarizerError:
            return None

    def _load(self) -> dict[str, Any]:
        if self._document is None:
            path = self.path
            if not path.is_file():
                raise BackendError(
                    f"no recording for {self.key.model_label} / {self.key.strategy} / {self.key.prompt_version} "
                    f"/ article {self.key.article_sha256[:16]} under {str(self.directory)!r} (prompt changed?); "
                    "re-record with --record"
                )
            try:
                document = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise BackendError(f"recording {str(path)!r} is unreadable ({exc}); re-record it with --record") from None
            if document.get("format") != FORMAT or document.get("key", {}).get("schema_version") != self.key.schema_version:
                raise BackendError(
                    f"recording {str(path)!r} was made for another format or schema version; re-record with --record"
                )
            self._check_generation(document.get("generation") or {}, path)
            for entry in document.get("exchanges", []):
                self._answers.setdefault(entry["hash"], []).append(entry)
            self._document = document
        return self._document

    def _check_generation(self, recorded: dict[str, Any], path: Path) -> None:
        current = generation_settings(self.settings)
        differ = [f"{k}={recorded[k]!r} (now {current[k]!r})" for k in recorded if k in current and recorded[k] != current[k]]
        if differ:
            raise BackendError(
                f"recording {str(path)!r} was made with {', '.join(differ)}; "
                "replay with the same settings or re-record with --record"
            )

    def _answer(self, method: str, request: dict[str, Any], what: str) -> dict[str, Any]:
        self._load()
        digest = request_hash(method, request)
        entries = self._answers.get(digest)
        if not entries:
            raise BackendError(
                f"no recording for this {method} request ({what}) in {str(self.path)!r} "
                "(prompt changed?); re-record with --record"
            )
        # The same request asked again gets the next recorded answer; past the
        # last one it keeps the last (a deterministic model answers alike).
        served = self._served.get(digest, 0)
        self._served[digest] = served + 1
        entry = entries[min(served, len(entries) - 1)]
        if "error" in entry:
            error_class = getattr(errors, entry["error"]["type"], None)
            if not (isinstance(error_class, type) and issubclass(error_class, SummarizerError)):
                error_class = BackendError
            raise error_class(entry["error"]["message"])
        return entry

    def structured(
        self, messages: list[dict[str, str]], response_model: type[T], *, max_tokens: int | None = None
    ) -> Reply:
        request = _structured_request(messages, response_model, max_tokens)
        entry = self._answer("structured", request, f"response model {_model_name(response_model)}")
        usage = Usage.model_validate(entry.get("usage", {}))
        self.usage = self.usage + usage
        value = TypeAdapter(response_model).validate_python(entry["response"])
        return Reply(value, usage, raw=entry.get("raw", ""))

    def choose(self, question: str, options: Sequence[str], *, examples: str = "") -> Reply:
        request = _choose_request(question, options, examples)
        entry = self._answer("choose", request, f"question {question[-60:]!r}")
        usage = Usage.model_validate(entry.get("usage", {}))
        self.usage = self.usage + usage
        return Reply(int(entry["response"]), usage, raw=entry.get("raw", ""))

    def count_tokens(self, text: str) -> int:
        request = {"text_sha256": _sha(text), "chars": len(text)}
        return int(self._answer("count_tokens", request, f"{len(text)} characters")["response"])

    def context_tokens(self) -> int | None:
        return self._load().get("context_tokens")
