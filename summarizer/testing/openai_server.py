"""A real HTTP server on loopback that speaks the OpenAI chat-completions API, and misbehaves on demand.

Tests, the failure matrix and the batch benchmark point the library's real
OpenAI-compatible backend at it (`model="openai-compatible/fake"`,
`base_url=server.url`), so every byte goes through the openai client, httpx,
instructor and tenacity exactly as it would against a remote server.

Behaviours (one per request; `script` serves a list in order, then repeats
its last entry):

    ok             a completion; a forced tool call (instructor TOOLS mode) gets a
                   tool_call whose arguments are json.dumps(reply), else content
    429            rate limited, with Retry-After: 1
    500, 503       server errors
    401            bad key; the error message echoes the key, as careless servers do
    reset          the connection is closed abruptly (TCP RST) after the request
    hang           no answer until long past any sane client timeout
    drip           a valid answer, a few bytes at a time, far slower than the timeout
    truncated      Content-Length promises the whole answer, half arrives
    invalid_json   200 with an HTML page where JSON belongs
    off_schema     valid JSON tool arguments that fail the brief's validation
    empty_choices  200 with "choices": []
    refusal        message.refusal set, no content and no tool call
"""

from __future__ import annotations

import json
import re
import socket
import struct
import threading
import time
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

BEHAVIOURS = (
    "ok", "429", "500", "503", "401", "reset", "hang", "drip",
    "truncated", "invalid_json", "off_schema", "empty_choices", "refusal", "huge", "huge_unsized",
)  # fmt: skip

MINIMAL_BRIEF: dict[str, Any] = {
    "headline_summary": "The article reports no movement of armed forces.",
    "is_relevant": False,
    "movements": [],
    "denials": [],
    "casualties": [],
    "other_key_events": [],
}

# Fails BriefDraft in several ways at once: wrong type, empty actor, a range without bounds.
OFF_SCHEMA_ARGS: dict[str, Any] = {
    "headline_summary": "Troops moved.",
    "is_relevant": "perhaps",
    "movements": [{"actor": "", "count": {"qualifier": "range", "value": 5, "unit": "troops"}}],
}

Reply = dict[str, Any] | Callable[[dict[str, Any]], dict[str, Any]]

_HANG_SECONDS = 60.0  # longer than any timeout a test sets; stop() ends it at once
_DRIP_SECONDS = 20.0  # the whole answer takes this long, a chunk every _DRIP_INTERVAL
_DRIP_INTERVAL = 0.2
_HUGE_DECLARED = 3 * 1024**3  # "huge" promises a 3 GB answer
_HUGE_SENT_CAP = 512 * 1024**2  # and sends at most this much before giving up on a client that keeps reading


class FakeOpenAIServer:
    """ThreadingHTTPServer on 127.0.0.1, port 0 (free port); context manager; .url == 'http://127.0.0.1:PORT/v1'."""

    def __init__(
        self,
        behaviour: str = "ok",
        *,
        reply: Reply | None = None,
        delay: float = 0.0,
        script: list[str] | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.reply = reply
        self.delay = delay
        self._requests: list[dict[str, Any]] = []
        self._served: list[str] = []
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.url = ""
        self.set_behaviour(behaviour, script=script)

    # -- control ---------------------------------------------------------
    def set_behaviour(self, behaviour: str, *, script: list[str] | None = None) -> None:
        for name in [behaviour, *(script or [])]:
            if name not in BEHAVIOURS:
                raise ValueError(f"unknown behaviour {name!r}; choose from {', '.join(BEHAVIOURS)}")
        with self._lock:
            self.behaviour = behaviour
            self.script = list(script) if script else None
            self._script_pos = 0

    def start(self) -> FakeOpenAIServer:
        if self._httpd is not None:
            return self
        self._stop.clear()
        self._httpd = _QuietHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()  # wakes hanging and dripping handlers
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what happened ---------------------------------------------------
    @property
    def requests(self) -> list[dict[str, Any]]:
        """JSON bodies of the chat-completion requests received, in order."""
        with self._lock:
            return list(self._requests)

    @property
    def served(self) -> list[str]:
        """The behaviour served for each request, in order."""
        with self._lock:
            return list(self._served)

    def _next_behaviour(self, body: dict[str, Any]) -> str:
        with self._lock:
            self._requests.append(body)
            if self.script:
                name = self.script[min(self._script_pos, len(self.script) - 1)]
                self._script_pos += 1
            else:
                name = self.behaviour
            self._served.append(name)
            return name

    # -- answers ---------------------------------------------------------
    def completion(self, body: dict[str, Any], *, off_schema: bool = False, refusal: bool = False) -> dict[str, Any]:
        """The JSON of a chat completion answering `body`."""
        tool = _forced_tool(body)
        if refusal:
            message: dict[str, Any] = {"role": "assistant", "content": None, "refusal": "I can't help with that."}
            text = message["refusal"]
        else:
            payload = OFF_SCHEMA_ARGS if off_schema else self._reply_for(body, tool)
            text = json.dumps(payload, ensure_ascii=False)
            if tool is not None:
                call = {"id": f"call_{uuid.uuid4().hex[:12]}", "type": "function",
                        "function": {"name": tool["name"], "arguments": text}}  # fmt: skip
                message = {"role": "assistant", "content": None, "tool_calls": [call]}
            else:
                message = {"role": "assistant", "content": text}
        prompt_tokens = sum(len(str(m.get("content") or "")) for m in body.get("messages", [])) // 4 + 8
        completion_tokens = max(1, len(text) // 4)
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:16]}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "fake"),
            "choices": [{"index": 0, "message": message,
                         "finish_reason": "tool_calls" if "tool_calls" in message else "stop"}],  # fmt: skip
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens},  # fmt: skip
        }

    def _reply_for(self, body: dict[str, Any], tool: dict[str, Any] | None) -> dict[str, Any]:
        if callable(self.reply):
            return self.reply(body)
        if self.reply is not None:
            return self.reply
        if tool is not None and tool["name"] != "BriefDraft":
            return example_instance(tool.get("parameters", {}))
        return MINIMAL_BRIEF


class _QuietHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # dropped connections are the point of several behaviours; stderr belongs to the code under test


def _forced_tool(body: dict[str, Any]) -> dict[str, Any] | None:
    """The function a request forces (instructor TOOLS mode), with its JSON Schema."""
    choice = body.get("tool_choice")
    tools = body.get("tools") or []
    if not tools or choice in (None, "none"):
        return None
    name = choice.get("function", {}).get("name") if isinstance(choice, dict) else None
    for tool in tools:
        function = tool.get("function", {})
        if name is None or function.get("name") == name:
            return function
    return None


def example_instance(schema: dict[str, Any], defs: dict[str, Any] | None = None) -> Any:
    """The smallest value valid for a JSON Schema (first enum entry, required keys only)."""
    defs = defs if defs is not None else schema.get("$defs", {})
    if "$ref" in schema:
        return example_instance(defs[schema["$ref"].rsplit("/", 1)[-1]], defs)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"] or schema[key]
            return example_instance(options[0], defs)
    kind = schema.get("type", "object")
    if kind == "object":
        props = schema.get("properties", {})
        return {k: example_instance(props[k], defs) for k in schema.get("required", []) if k in props}
    return {"array": [], "string": "x", "integer": 0, "number": 0, "boolean": False, "null": None}.get(kind)


_MOVE_WORDS = re.compile(r"\b(troops|soldiers|fighters|brigade|battalion|warships?|deployed|moved|sent)\b", re.I)


def quoting_brief(body: dict[str, Any], *, limit: int = 3) -> dict[str, Any]:
    """A relevant brief whose evidence is copied from the request's fenced article.

    One movement per sentence with a movement word (up to `limit`), actor from its
    first words: enough for grounding, chunking and batch tests to check offsets.
    """
    from summarizer.prompting import FENCE_CLOSE, FENCE_OPEN
    from summarizer.sentence_split import sentence_spans

    user = next((m.get("content") or "" for m in reversed(body.get("messages", [])) if m.get("role") == "user"), "")
    start = user.rfind(FENCE_OPEN)
    end = user.rfind(FENCE_CLOSE)
    article = user[start + len(FENCE_OPEN) : end] if 0 <= start < end else user
    movements = []
    for begin, finish in sentence_spans(article):
        sentence = article[begin:finish]
        complete = sentence.rstrip("\"')]\u201d\u2019").endswith((".", "!", "?"))  # not a headline
        if complete and _MOVE_WORDS.search(sentence) and len(sentence) > 20:
            actor = " ".join(sentence.split()[:3])
            movements.append({"actor": actor, "sources": [], "evidence": sentence})
            if len(movements) >= limit:
                break
    return {
        "headline_summary": movements[0]["evidence"] if movements else MINIMAL_BRIEF["headline_summary"],
        "is_relevant": bool(movements),
        "movements": movements,
        "denials": [],
        "casualties": [],
        "other_key_events": [],
    }


def _make_handler(server: FakeOpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real servers do

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
            pass  # the test's stderr belongs to the code under test

        def do_GET(self) -> None:
            if self.path.rstrip("/").endswith("/models"):
                self._json(200, {"object": "list", "data": [{"id": "fake", "object": "model", "owned_by": "test"}]})
            else:
                self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
                return
            try:
                body = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                self._json(400, {"error": {"message": "request body is not JSON", "type": "invalid_request_error"}})
                return
            behaviour = server._next_behaviour(body)
            if server.delay and server._stop.wait(server.delay):
                return
            getattr(self, "_serve_" + behaviour)(body)

        # -- one method per behaviour --------------------------------------
        def _serve_ok(self, body: dict[str, Any]) -> None:
            self._json(200, server.completion(body))

        def _serve_off_schema(self, body: dict[str, Any]) -> None:
            self._json(200, server.completion(body, off_schema=True))

        def _serve_refusal(self, body: dict[str, Any]) -> None:
            self._json(200, server.completion(body, refusal=True))

        def _serve_empty_choices(self, body: dict[str, Any]) -> None:
            data = server.completion(body)
            data["choices"] = []
            self._json(200, data)

        def _serve_429(self, body: dict[str, Any]) -> None:
            error = {"message": "Rate limit reached; try again in 1s", "type": "rate_limit_error", "code": "rate_limit_exceeded"}
            self._json(429, {"error": error}, headers={"Retry-After": "1"})

        def _serve_500(self, body: dict[str, Any]) -> None:
            self._json(500, {"error": {"message": "The server had an error", "type": "server_error"}})

        def _serve_503(self, body: dict[str, Any]) -> None:
            self._json(503, {"error": {"message": "The engine is currently overloaded", "type": "server_error"}})

        def _serve_401(self, body: dict[str, Any]) -> None:
            key = self.headers.get("Authorization", "").removeprefix("Bearer ")
            error = {"message": f"Incorrect API key provided: {key}", "type": "invalid_request_error", "code": "invalid_api_key"}
            self._json(401, {"error": error})

        def _serve_reset(self, body: dict[str, Any]) -> None:
            # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self._drop()

        def _serve_hang(self, body: dict[str, Any]) -> None:
            server._stop.wait(_HANG_SECONDS)
            self._drop()

        def _serve_drip(self, body: dict[str, Any]) -> None:
            data = json.dumps(server.completion(body)).encode()
            self._head(200, len(data))
            steps = max(1, int(_DRIP_SECONDS / _DRIP_INTERVAL))
            size = max(1, -(-len(data) // steps))
            try:
                for i in range(0, len(data), size):
                    self.wfile.write(data[i : i + size])
                    self.wfile.flush()
                    if server._stop.wait(_DRIP_INTERVAL):
                        break
            except OSError:  # the client gave up
                pass
            self._drop()

        def _serve_truncated(self, body: dict[str, Any]) -> None:
            data = json.dumps(server.completion(body)).encode()
            self._head(200, len(data))
            try:
                self.wfile.write(data[: len(data) // 2])
                self.wfile.flush()
            except OSError:
                pass
            self._drop()

        def _serve_huge(self, body: dict[str, Any]) -> None:
            self._stream_forever(declared=_HUGE_DECLARED)

        def _serve_huge_unsized(self, body: dict[str, Any]) -> None:
            self._stream_forever(declared=None)  # no Content-Length: the body ends when the server closes

        def _stream_forever(self, declared: int | None) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            if declared is not None:
                self.send_header("Content-Length", str(declared))
            self.end_headers()
            filler = b" " * 65536
            sent = 0
            try:
                self.wfile.write(b'{"id": "huge", "object": "chat.completion", "pad": "')
                while sent < _HUGE_SENT_CAP and not server._stop.is_set():
                    self.wfile.write(filler)
                    sent += len(filler)
            except OSError:  # the client stopped reading: the point of the behaviour
                pass
            self._drop()

        def _serve_invalid_json(self, body: dict[str, Any]) -> None:
            page = b"<html><body><h1>502 Bad Gateway</h1>upstream sent garbage</body></html>"
            self._head(200, len(page))
            self.wfile.write(page)

        # -- plumbing ------------------------------------------------------
        def _head(self, status: int, length: int, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(length))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()

        def _json(self, status: int, data: dict[str, Any], headers: dict[str, str] | None = None) -> None:
            payload = json.dumps(data).encode()
            self._head(status, len(payload), headers)
            self.wfile.write(payload)

        def _drop(self) -> None:
            self.close_connection = True
            try:
                self.connection.close()
            except OSError:
                pass

        def finish(self) -> None:
            try:
                super().finish()
            except OSError:  # the socket was dropped on purpose
                pass

    return Handler
