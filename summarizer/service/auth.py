"""Who is asking: bearer tokens for the API, a signed session cookie and CSRF tokens for the page.

API requests carry `Authorization: Bearer <secret>`; the Store keeps only the
secret's sha256. The page signs in with the same secret once and then holds a
session cookie (HttpOnly, SameSite=Strict) signed with the server's key.
Every state-changing page request must carry a CSRF token twice, as a cookie
and as a form field or X-CSRF-Token header, and the token must be the HMAC of
that session: a double-submit token bound to the session, so a cookie planted
by another site cannot be paired with a token of the attacker's choosing.
Nothing here logs a secret.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass

from fastapi import HTTPException, Request

SESSION_COOKIE = "desk_session"
CSRF_COOKIE = "desk_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
SESSION_SECONDS = 12 * 3600
KEY_ENV = "SUMMARIZER_DESK_SECRET"


@dataclass(frozen=True)
class Principal:
    """An authenticated caller: the token's name and whether it may change things."""

    name: str
    can_write: bool


def signing_key() -> bytes:
    """SUMMARIZER_DESK_SECRET (sessions survive restarts), else a fresh random key per process."""
    configured = os.environ.get(KEY_ENV)
    return hashlib.sha256(configured.encode()).digest() if configured else secrets.token_bytes(32)


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(401, message, headers={"WWW-Authenticate": "Bearer"})


def bearer_principal(request: Request) -> Principal:
    """The API's dependency: 401 without a live token."""
    header = request.headers.get("authorization", "")
    scheme, _, secret = header.partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        raise _unauthorized("send Authorization: Bearer <token> (create one with `summarizer token create NAME`)")
    row = request.app.state.store.token_for(secret.strip())
    if row is None:
        raise _unauthorized("unknown or revoked token")
    return Principal(row.name, row.can_write)


def require_write(principal: Principal) -> None:
    if not principal.can_write:
        raise HTTPException(403, f"token {principal.name!r} is read-only")


class Sessions:
    """Signed session cookies and the CSRF tokens bound to them."""

    def __init__(self, key: bytes) -> None:
        self.key = key

    def _mac(self, payload: bytes) -> str:
        return base64.urlsafe_b64encode(hmac.new(self.key, payload, hashlib.sha256).digest()).decode().rstrip("=")

    def issue(self, principal: Principal) -> str:
        body = json.dumps({"n": principal.name, "w": principal.can_write, "e": int(time.time()) + SESSION_SECONDS,
                           "r": secrets.token_urlsafe(8)}).encode()  # fmt: skip
        encoded = base64.urlsafe_b64encode(body).decode().rstrip("=")
        return f"{encoded}.{self._mac(body)}"

    def read(self, cookie: str | None) -> Principal | None:
        if not cookie or "." not in cookie:
            return None
        encoded, mac = cookie.rsplit(".", 1)
        try:
            body = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
            data = json.loads(body)
        except (ValueError, json.JSONDecodeError):
            return None
        if not hmac.compare_digest(mac, self._mac(body)) or data.get("e", 0) < time.time():
            return None
        return Principal(str(data["n"]), bool(data["w"]))

    def csrf_for(self, anchor: str) -> str:
        """The CSRF token of a session (or, before sign-in, of the pre-session cookie)."""
        return self._mac(b"csrf|" + anchor.encode())

    def check_csrf(self, request: Request, submitted: str | None) -> None:
        """403 unless the submitted token equals the cookie and is this session's HMAC."""
        cookie = request.cookies.get(CSRF_COOKIE, "")
        anchor = request.cookies.get(SESSION_COOKIE) or request.cookies.get("desk_pre", "")
        expected = self.csrf_for(anchor) if anchor else ""
        ok = bool(submitted) and bool(expected)
        ok = ok and hmac.compare_digest(submitted or "", cookie) and hmac.compare_digest(cookie, expected)
        if not ok:
            raise HTTPException(403, "missing or wrong CSRF token; reload the page and try again")


def session_principal(request: Request) -> Principal | None:
    """The signed-in page user whose token is still live, or None."""
    principal = request.app.state.sessions.read(request.cookies.get(SESSION_COOKIE))
    if principal is None:
        return None
    # A revoked token ends its sessions too.
    if not request.app.state.store.token_is_live(principal.name):
        return None
    return principal
