"""Any OpenAI-compatible chat API: OpenAI, vLLM, Ollama, llama.cpp server, LM Studio.

The schema is bound through instructor in the mode the server honours: tools
by default (llama.cpp's server rejects `json_schema` response formats with a
500 but turns a forced tool call into a grammar). Transport failures (429,
5xx, timeouts, dropped connections) are retried here with exponential backoff
and jitter, honouring Retry-After; re-asks for invalid output happen inside
instructor on their own budget. The openai client's own retries are off so
the two budgets stay separate and countable.

Two guards sit under the openai client, both found by the fault-injection
server (summarizer.testing): `request_timeout` bounds the *whole* request, not
each socket read (a server dripping a byte at a time never trips a per-read
timeout), and a 200 answer that is not a chat completion (an HTML page from a
proxy, no choices) is a transport fault, retried, never re-asked as if the
model had written bad JSON. A refusal is the model's answer: no re-ask.
"""

from __future__ import annotations

import functools
import json
import os
import time
from collections.abc import Iterator, Sequence
from typing import Any, Literal

import httpx2
import openai
from pydantic import BaseModel, Field, create_model
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_random_exponential

from summarizer.backends.base import Backend, ModelSpec, Reply, T
from summarizer.backends.structured import call_instructor
from summarizer.errors import BackendError, ConfigError, OutputError

_MODES = {"tools": "TOOLS", "json": "JSON", "json_object": "JSON", "md_json": "MD_JSON"}
_RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}
# Retry-After is honoured even past backoff_max (the server knows its load),
# but a server asking for more than this is treated as down.
RETRY_AFTER_CAP = 60.0


class MalformedResponse(openai.APIResponseValidationError):
    """HTTP 200, but the body is not a chat completion: a failing server or proxy. Retried."""


class ModelRefused(openai.APIResponseValidationError):
    """The model answered with a refusal instead of content or a tool call. Not re-asked."""


# A chat completion of max_output_tokens is tens of kilobytes; a server sending more than
# this (a 3 GB reply, an endless stream) is failing, and reading on would exhaust memory.
MAX_REPLY_BYTES = 16 * 1024 * 1024


class ReplyTooLarge(httpx2.ReadError):
    """The server's answer is larger than MAX_REPLY_BYTES. Not retried."""


class _DeadlineStream(httpx2.SyncByteStream):
    """A response body that must arrive before the request's deadline, and not exceed MAX_REPLY_BYTES."""

    def __init__(self, inner: httpx2.SyncByteStream, deadline: float, request: httpx2.Request, total: float) -> None:
        self.inner, self.deadline, self.request, self.total = inner, deadline, request, total

    def __iter__(self) -> Iterator[bytes]:
        received = 0
        for chunk in self.inner:
            if time.monotonic() > self.deadline:
                raise httpx2.ReadTimeout(f"answer not complete within {self.total:g} s", request=self.request)
            received += len(chunk)
            if received > MAX_REPLY_BYTES:
                raise ReplyTooLarge(f"answer larger than {MAX_REPLY_BYTES:,} bytes", request=self.request)
            yield chunk

    def close(self) -> None:
        self.inner.close()


def deadline_hooks(total: float) -> tuple[Any, Any]:
    """httpx event hooks that bound a whole exchange by `total` seconds (httpx bounds each read).

    Hooks rather than a transport: a transport given to httpx turns off its
    HTTP(S)_PROXY handling. The response hook runs before httpx reads the body.
    """

    def start(request: httpx2.Request) -> None:
        request.extensions["summarizer_deadline"] = time.monotonic() + total

    def bound(response: httpx2.Response) -> None:
        deadline = response.request.extensions.get("summarizer_deadline", time.monotonic() + total)
        if time.monotonic() > deadline:
            raise httpx2.ReadTimeout(f"no answer within {total:g} s", request=response.request)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_REPLY_BYTES:
            response.close()
            raise ReplyTooLarge(f"answer of {int(declared):,} bytes declared", request=response.request)
        assert isinstance(response.stream, httpx2.SyncByteStream)
        response.stream = _DeadlineStream(response.stream, deadline, response.request, total)

    return start, bound


def check_completion(response: httpx2.Response) -> None:
    """httpx response hook: refuse a 200 chat-completion answer that is not one."""
    if response.status_code != 200 or not response.request.url.path.endswith("/chat/completions"):
        return
    if "event-stream" in response.headers.get("content-type", ""):
        return
    response.read()
    try:
        data = json.loads(response.content)
    except ValueError:
        raise MalformedResponse(response, None, message="the answer is not JSON") from None
    choices = data.get("choices") if isinstance(data, dict) else None
    if not choices or not isinstance(choices, list) or not isinstance(choices[0], dict):
        raise MalformedResponse(response, None, message="the answer holds no choices")
    message = choices[0].get("message") or {}
    if message.get("refusal") and not message.get("content") and not message.get("tool_calls"):
        refusal = " ".join(str(message["refusal"]).split())[:200]
        raise ModelRefused(response, None, message=f"the model refused: {refusal}")


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


def _too_large(exc: BaseException) -> bool:
    return isinstance(exc, ReplyTooLarge) or isinstance(exc.__cause__, ReplyTooLarge)


def is_transient(exc: BaseException) -> bool:
    if _too_large(exc):
        return False  # the same request would bring the same flood
    if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError, MalformedResponse)):
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


@functools.lru_cache(maxsize=256)
def _choice_model(labels: tuple[str, ...]) -> type[BaseModel]:
    """A one-field model whose answer must be one of `labels` (made once per option set)."""
    return create_model(
        "Choice", answer=(Literal[labels], Field(description="exactly one of the options"))  # type: ignore[valid-type]
    )


class _WaitRetryAfter:
    """Honour the server's Retry-After when given, else exponential backoff with jitter."""

    def __init__(self, initial: float, maximum: float) -> None:
        self.maximum = maximum
        self.backoff = wait_random_exponential(multiplier=initial, max=maximum)

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        hinted = retry_after_seconds(exc)
        if hinted is not None:
            return min(hinted, RETRY_AFTER_CAP)
        return self.backoff(state)


def describe_transport_error(exc: BaseException, spec: ModelSpec, attempts: int) -> str:
    # Never the server's own message: servers echo the API key in some errors.
    where = spec.base_url or "the server"
    if _too_large(exc):
        what = f"sent an answer larger than {MAX_REPLY_BYTES // (1024 * 1024)} MB"
        hint = "it is not a chat completion; check base_url and the server"
    elif isinstance(exc, openai.APITimeoutError):
        what = "timed out"
        hint = "raise request_timeout or check the server's load"
    elif isinstance(exc, MalformedResponse):
        what = f"answered HTTP 200 with a malformed reply ({exc.message})"
        hint = "the server, or a proxy in front of it, is failing; try again later or check base_url"
    elif isinstance(exc, openai.RateLimitError):
        what = "kept rate-limiting the requests (HTTP 429)"
        hint = "wait and try again, or lower the batch's concurrency"
    elif isinstance(exc, openai.APIConnectionError) and isinstance(exc.__cause__, httpx2.ConnectError):
        what = "could not be reached"
        hint = "check that the server runs and base_url is right"
    elif isinstance(exc, openai.APIConnectionError):
        what = "dropped the connection before a complete answer"
        hint = "the server or the network failed mid-request; try again later"
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

        start, bound = deadline_hooks(settings.request_timeout)
        self._http = openai.DefaultHttpxClient(
            timeout=settings.request_timeout,
            event_hooks={"request": [start], "response": [bound, check_completion]},
        )
        self._openai = openai.OpenAI(
            base_url=spec.base_url,
            api_key=resolve_api_key(spec, settings),
            timeout=settings.request_timeout,
            max_retries=0,
            http_client=self._http,
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
        except ModelRefused as exc:
            failure: Exception = OutputError(
                f"{exc.message}; the article may trip the provider's content filter, try another model",
                attempts=attempts,
                last_error=exc.message,
            )
        except openai.OpenAIError as exc:
            failure = BackendError(describe_transport_error(exc, self.spec, attempts))
        # Raised here, outside the handlers, so the error carries no __context__: the
        # client's exception holds the server's message, and servers echo API keys.
        raise failure

    def choose(self, question: str, options: Sequence[str], *, examples: str = "") -> Reply:
        labels = tuple(options)
        if len(labels) == 1:
            from schemas import Usage

            return Reply(0, Usage())
        answer_model = _choice_model(labels)
        listing = "\n".join(f"- {label}" for label in labels)
        messages = [
            {"role": "system", "content": "Answer with exactly one of the options given."},
            {"role": "user", "content": f"{examples}{question}\n\nOptions:\n{listing}"},
        ]
        reply = self.structured(messages, answer_model, max_tokens=64)
        return Reply(labels.index(reply.value.answer), reply.usage, raw=reply.raw)

    def close(self) -> None:
        self._openai.close()
        self._http.close()
