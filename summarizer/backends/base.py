"""What every backend offers the strategies: a structured call and a choice.

A backend is one wire shape (in-process llama.cpp, an OpenAI-compatible HTTP
API). Strategies never see clients or modes, only these two calls:

* `structured(messages, response_model)`: a reply validated against a pydantic
  model, with re-asks on invalid output (instructor) and, for HTTP, transport
  retries kept apart from the re-asks;
* `choose(question, options)`: the index of one option, with the output
  constrained to the options; the staged strategy's short extractive questions.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel

from schemas import Usage

T = TypeVar("T", bound=BaseModel)


@dataclass(frozen=True)
class ModelSpec:
    """What a model string resolves to."""

    provider: str  # registry key: "embedded", "openai", "ollama", "openai-compatible", ...
    backend: str  # "module:Class" of the backend implementation
    model: str  # model name on the server, or the GGUF path for embedded
    base_url: str | None = None
    key_env: tuple[str, ...] = ()  # environment variables that may hold the API key
    default_key: str | None = None  # servers that want some key but check none
    default_mode: str = "tools"
    default_strategy: str = "single_pass"

    @property
    def label(self) -> str:
        return f"{self.provider}/{self.model}"


@dataclass
class Reply:
    """A validated reply and what it cost."""

    value: Any
    usage: Usage
    raw: str = ""  # the model's text or tool arguments, for recordings and re-asks


class Backend(ABC):
    """One wire shape. Subclasses set `name` and implement the two calls."""

    name: str = "backend"

    def __init__(self, spec: ModelSpec, settings: Any) -> None:
        self.spec = spec
        self.settings = settings

    @property
    def model_label(self) -> str:
        return self.spec.label

    @property
    def default_strategy(self) -> str:
        return self.spec.default_strategy

    @abstractmethod
    def structured(
        self, messages: list[dict[str, str]], response_model: type[T], *, max_tokens: int | None = None
    ) -> Reply: ...

    @abstractmethod
    def choose(self, question: str, options: Sequence[str], *, examples: str = "") -> Reply:
        """Reply.value is the index of the chosen option."""

    def count_tokens(self, text: str) -> int:
        """A cheap estimate; the embedded backend counts exactly."""
        return max(1, len(text) // 4)

    def context_tokens(self) -> int | None:
        """The model's context window when known."""
        return None

    def close(self) -> None:  # noqa: B027 - optional hook
        pass
