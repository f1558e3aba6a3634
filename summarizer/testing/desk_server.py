"""`summarizer serve` in a child process on a free loopback port, for tests and benchmarks.

    with DeskProcess(db_url, extra_args=["--rate-limit", "100000"]) as desk:
        token = desk.create_token("bench")
        httpx.get(desk.url + "/healthz")

The child is the real command a user runs; `stop()` sends SIGTERM (as a
service manager would) and waits for it to exit. Its output goes to a log
file (`desk.log_path`) so tests can check that no secret was logged.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class DeskProcess:
    def __init__(self, db_url: str, *, extra_args: list[str] | None = None, env: dict[str, str] | None = None,
                 log_path: Path | None = None) -> None:  # fmt: skip
        self.db_url = db_url
        self.extra_args = extra_args or []
        self.env = {**os.environ, **(env or {})}
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path or Path(tempfile.mkdtemp(prefix="summarizer-desk-")) / "serve.log"
        self.process: subprocess.Popen[bytes] | None = None

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "summarizer", *args]

    def create_token(self, name: str, *, read_only: bool = False) -> str:
        args = self.command("token", "create", name, "--db", self.db_url) + (["--read-only"] if read_only else [])
        done = subprocess.run(args, env=self.env, capture_output=True, text=True, check=True)
        return done.stdout.strip()

    def start(self, timeout: float = 90.0) -> DeskProcess:
        args = self.command("serve", "--port", str(self.port), "--db", self.db_url, *self.extra_args)
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(args, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"summarizer serve exited with {self.process.returncode}: {self.log()[-2000:]}")
            try:
                if httpx.get(self.url + "/readyz", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"summarizer serve did not get ready in {timeout}s: {self.log()[-2000:]}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> int | None:
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        self.process.send_signal(sig)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    def __enter__(self) -> DeskProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
