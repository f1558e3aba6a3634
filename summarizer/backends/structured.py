"""One instructor call: schema bound, re-asks on invalid output, usage counted.

Re-asks (the model answered, but not validly) are instructor's job, bounded
by `max_reasks`. Transport failures are *not* retried here: they leave this
function as the client's own exception so the caller's transport retry
(tenacity, with backoff) handles them on a separate budget.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from typing import Any

from pydantic import BaseModel

from summarizer.backends.base import Reply, T
from summarizer.errors import OutputError
from schemas import Usage

_PYDANTIC_URL = re.compile(r"For further information visit \S+")

# instructor logs every failed attempt at ERROR level; the library reports
# failures through its own typed errors instead, so keep them off stderr.
logging.getLogger("instructor").setLevel(logging.CRITICAL)


@functools.lru_cache(maxsize=256)
def _bound(response_model: type[T]) -> type[T]:
    """instructor's schema-bound subclass of a model, made once per model.

    instructor builds this class anew on every call, and a new class misses
    pydantic's schema cache: ~5 ms of CPU per call, which under the GIL caps
    a batch's concurrency. A class that is already bound is used as it is.
    """
    from instructor.v2.core.function_calls import response_schema

    return response_schema(response_model)


def usage_of(completion: Any) -> Usage:
    usage = getattr(completion, "usage", None)
    if usage is None and isinstance(completion, dict):
        usage = completion.get("usage")
    if usage is None:
        return Usage(calls=1)
    get = usage.get if isinstance(usage, dict) else lambda k, d=0: getattr(usage, k, d)
    return Usage(
        prompt_tokens=int(get("prompt_tokens", 0) or 0),
        completion_tokens=int(get("completion_tokens", 0) or 0),
        calls=1,
    )


def call_instructor(
    client: Any,
    *,
    messages: list[dict[str, str]],
    response_model: type[T],
    max_reasks: int,
    **kwargs: Any,
) -> Reply:
    from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

    try:
        value, completion = client.chat.completions.create_with_completion(
            messages=messages,
            response_model=_bound(response_model),
            max_retries=max_reasks,
            **kwargs,
        )
    except IncompleteOutputException:
        failure: Exception = OutputError(
            "the model's reply was cut off at max_output_tokens before the brief was complete; "
            "raise max_output_tokens or use a stronger model",
            attempts=1,
        )
    except InstructorRetryException as exc:
        cause = exc.__cause__
        if cause is not None and not _is_parse_error(cause):
            failure = cause  # a transport failure: the caller's retry decides
        else:
            last = _first_line(str(cause or exc))
            failure = OutputError(
                f"no valid brief after {exc.n_attempts} attempt(s); last problem: {last}. "
                "Try a stronger model or raise max_reasks",
                attempts=int(exc.n_attempts or 0),
                last_error=last,
            )
    else:
        raw = _raw_text(completion, value)
        return Reply(value, usage_of(completion), raw=raw)
    # Raised outside the handlers so no __context__ chain (model output, server
    # messages) rides along on a new error.
    raise failure


def _is_parse_error(exc: BaseException) -> bool:
    from pydantic import ValidationError

    return isinstance(exc, (ValidationError, json.JSONDecodeError)) or type(exc).__name__ in {
        "ResponseParsingError",
        "AsyncValidationError",
    }


def _first_line(text: str) -> str:
    text = " ".join(_PYDANTIC_URL.sub("", text).split())
    return text[:300] + ("..." if len(text) > 300 else "")


def _raw_text(completion: Any, value: BaseModel) -> str:
    try:
        message = completion.choices[0].message
        if getattr(message, "tool_calls", None):
            return message.tool_calls[0].function.arguments or ""
        return message.content or ""
    except (AttributeError, IndexError, TypeError):
        return value.model_dump_json()
