"""Limits that protect the desk: a per-token rate limit (429) and a request-size limit (413).

The size limit is an ASGI middleware that refuses a declared Content-Length
over the limit before reading anything, and counts bytes as they arrive for
bodies that declare none (chunked uploads), stopping the read at the limit:
an oversized body is never held in memory.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import HTTPException

# An article of N characters is at most 4N bytes of UTF-8; JSON or multipart framing adds a little.
ENVELOPE_BYTES = 16 * 1024


def article_body_limit(max_article_chars: int) -> int:
    return max_article_chars * 4 + ENVELOPE_BYTES


class RateLimiter:
    """A token bucket per caller: `per_minute` requests a minute on average, bursts up to the same number."""

    def __init__(self, per_minute: int) -> None:
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self.buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last refill time)
        self.lock = threading.Lock()

    def check(self, key: str) -> None:
        """Take one request from `key`'s bucket, or raise 429 with the seconds until one is free."""
        now = time.monotonic()
        with self.lock:
            tokens, last = self.buckets.get(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens < 1.0:
                self.buckets[key] = (tokens, now)
                wait = math.ceil((1.0 - tokens) / self.rate) if self.rate > 0 else 60
                raise HTTPException(429, "rate limit reached for this token; retry later",
                                    headers={"Retry-After": str(max(1, wait))})  # fmt: skip
            self.buckets[key] = (tokens - 1.0, now)


Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body is larger than {limit:,} bytes (the article size limit)")


class BodySizeLimit:
    """Refuse request bodies over `limit(path)` bytes with 413, while reading them."""

    def __init__(self, app: Callable[..., Awaitable[None]], limit: Callable[[str], int]) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit(scope.get("path", ""))
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _send_413(send, limit)
            return
        received = 0

        async def counted() -> dict[str, Any]:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # Raised inside the app: FastAPI's exception layer turns it into the 413 response.
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, counted, send)


async def _send_413(send: Send, limit: int) -> None:
    body = ('{"detail":"request body is larger than %d bytes (the article size limit)"}' % limit).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})  # fmt: skip
    await send({"type": "http.response.body", "body": body})
