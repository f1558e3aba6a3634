"""Any OpenAI-compatible chat API: OpenAI, vLLM, Ollama, llama.cpp server, LM Studio.

The schema is bound through instructor in the mode the server honours: tools
by default (llama.cpp's server rejects `json_schema` response formats with a
500 but turns a forced tool call into a grammar). Transport failures (429,
5xx, timeouts, dropped connections) are retried here with exponential backoff
and jitter, honouring Retry-After; re-asks for invalid output happen inside
instructor on their own budget. The openai client's own retries are off so
the two budgets stay separate and countable.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, Field, create_model
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_random_exponential

from summarizer.backends.base import Backend, ModelSpec, Reply, T
from summarizer.backends.structured import call_instructor
from summarizer.errors import BackendError, ConfigError, OutputError

_MODES = {"tools": "TOOLS", "json": "JSON", "json_object": "JSON", "md_json": "MD_JSON"}
_RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


def resolve_api_key(spec: ModelSpec, settings: Any) -> str:
    """Explicit setting, then SUMMARIZER_API_KEY (already in settings), then the provider's variable."""
    if settings.api_key is not None:
        return settings.api_key.get_secret_value()
    for name in spec.key_env:
        value = os.environ.get(name)
        if value:
            return value
    if spec.default_key is not None:
        return spec.default_key
    wanted = " or ".join((*spec.key_env, "SUMMARIZER_API_KEY"))
    raise ConfigError(f"model {spec.label!r} needs an API key: set {wanted} in the environment")


def is_transient(exc: BaseException) -> bool:
    import openai

    if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError)):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in _RETRY_STATUS
    return False


def retry_after_seconds(exc: BaseException | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date), if any."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    value = headers.get("retry-after-ms")
    if value:
        try:
            return float(value) / 1000.0
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime
        from datetime import datetime, timezone

        try:
            return max(0.0, (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds())
        except (TypeError, ValueError):
            return None


class _WaitRetryAfter:
    """Honour the server's Retry-After when given, else exponential backoff with jitter."""

    def __init__(self, initial: float, maximum: float) -> None:
        self.maximum = maximum
        self.backoff = wait_random_exponential(multiplier=initial, max=maximum)

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        hinted = retry_after_seconds(exc)
        if hinted is not None:
            return min(hinted, self.maximum)
        return self.backoff(state)


def describe_transport_error(exc: BaseException, spec: ModelSpec, attempts: int) -> str:
    import openai

    where = spec.base_url or "the server"
    if isinstance(exc, openai.APITimeoutError):
        what = "timed out"
        hint = "raise request_timeout or check the server's load"
    elif isinstance(exc, openai.APIConnectionError):
        what = "could not be reached"
        hint = "check that the server runs and base_url is right"
    elif isinstance(exc, openai.AuthenticationError):
        return f"{where} rejected the API key (HTTP 401); set a valid key in the environment"
    elif isinstance(exc, openai.NotFoundError):
        return f"{where} answered 404 for model {spec.model!r}; check the model name and base_url"
    elif isinstance(exc, openai.APIStatusError):
        what = f"answered HTTP {exc.status_code}"
        hint = "the server failed; try again later" if exc.status_code >= 500 or exc.status_code == 429 else (
            "the server refused the request; check the model, mode and settings"
        )
    else:
        what, hint = f"failed ({type(exc).__name__})", "see the server's logs"
    tries = f" after {attempts} attempt(s)" if attempts > 1 else ""
    return f"{where} {what}{tries}; {hint}"


class OpenAICompatBackend(Backend):
    name = "openai-compatible"

    def __init__(self, spec: ModelSpec, settings: Any) -> None:
        super().__init__(spec, settings)
        import instructor
        import openai

        self._openai = openai.OpenAI(
            base_url=spec.base_url,
            api_key=resolve_api_key(spec, settings),
            timeout=settings.request_timeout,
            max_retries=0,
        )
        mode_name = settings.mode if settings.mode != "auto" else spec.default_mode
        self.mode = mode_name
        self._client = instructor.from_openai(self._openai, mode=getattr(instructor.Mode, _MODES[mode_name]))

    def _retrying(self) -> Retrying:
        s = self.settings
        return Retrying(
            stop=stop_after_attempt(s.max_retries + 1),
            wait=_WaitRetryAfter(s.backoff_initial, s.backoff_max),
            retry=retry_if_exception(is_transient),
            reraise=True,
        )

    def structured(
        self, messages: list[dict[str, str]], response_model: type[T], *, max_tokens: int | None = None
    ) -> Reply:
        attempts = 0
        try:
            for attempt in self._retrying():
                with attempt:
                    attempts = attempt.retry_state.attempt_number
                    return call_instructor(
                        self._client,
                        messages=messages,
                        response_model=response_model,
                        max_reasks=self.settings.max_reasks,
                        model=self.spec.model,
                        max_tokens=max_tokens or self.settings.max_output_tokens,
                        temperature=self.settings.temperature,
                        seed=self.settings.seed,
                    )
        except OutputError:
            raise
        except Exception as exc:
            import openai

            if isinstance(exc, openai.OpenAIError):
                raise BackendError(describe_transport_error(exc, self.spec, attempts)) from None
            raise
        raise AssertionError("unreachable")  # pragma: no cover

    def choose(self, question: str, options: Sequence[str], *, examples: str = "") -> Reply:
        labels = tuple(options)
        if len(labels) == 1:
            from schemas import Usage

            return Reply(0, Usage())
        answer_model: type[BaseModel] = create_model(
            "Choice", answer=(Literal[labels], Field(description="exactly one of the options"))  # type: ignore[valid-type]
        )
        listing = "\n".join(f"- {label}" for label in labels)
        messages = [
            {"role": "system", "content": "Answer with exactly one of the options given."},
            {"role": "user", "content": f"{examples}{question}\n\nOptions:\n{listing}"},
        ]
        reply = self.structured(messages, answer_model, max_tokens=64)
        return Reply(labels.index(reply.value.answer), reply.usage, raw=reply.raw)

    def close(self) -> None:
        self._openai.close()
