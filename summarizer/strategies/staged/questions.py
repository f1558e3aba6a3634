"""Model questions: short multiple-choice prompts that even Gemma 3 270M can answer.

Each question is a few-shot prefix (prompts/staged/*_examples.j2, identical for
every call so llama.cpp reuses its cached prefix) plus one item, answered with
`backend.choose`, whose grammar admits only the option strings. Calls are
grouped question by question: all items through question A, then all through
question B, because llama.cpp keeps one cached prefix and alternating prompts
would re-read the examples every call.

Which questions run is decided by measurement (docs/STRATEGIES.md): a
question stays only when it beats the rule it replaces on the eval.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from schemas import Usage
from summarizer import prompting
from summarizer.strategies.staged import fields
from summarizer.strategies.staged.types import ArmedVerdict, ClaimStatus

FOLDER = "staged"
YES_NO = (" yes", " no")


@cache
def _examples(name: str) -> str:
    return prompting.render(f"{FOLDER}/{name}_examples.j2")


def _one_line(text: str, limit: int = 400) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def ask(backend: Any, name: str, labels: tuple[str, ...], **item: Any) -> tuple[int, Usage]:
    """One question; (index of the label chosen, usage)."""
    question = prompting.render(f"{FOLDER}/{name}_question.j2", **item).rstrip("\n")
    reply = backend.choose(question, labels, examples=_examples(name))
    return int(reply.value), reply.usage


def settle_armed(claims: list, backend: Any) -> Usage:
    """Ambiguous movers ("a group of 230 officers", "LNA vehicles"): the model says yes or no."""
    usage = Usage()
    for claim in claims:
        if claim.armed != ArmedVerdict.MAYBE or claim.status not in {ClaimStatus.MOVEMENT, ClaimStatus.NEGATED}:
            continue
        group = fields.span_text(fields.phrase(claim.mover))
        index, cost = ask(backend, "armed_force", YES_NO, sentence=_one_line(claim.sentence.text), group=group)
        usage = usage + cost
        claim.armed = ArmedVerdict.YES if index == 0 else ArmedVerdict.NO
    return usage


def choose_destinations(items: list, backend: Any) -> Usage:
    """Movements with several destination candidates: the model picks one (or none)."""
    usage = Usage()
    for item in items:
        candidates = list(dict.fromkeys(item.destinations))
        if len(candidates) < 2:
            continue
        options = tuple(f" {c}" for c in candidates) + (" none",)
        index, cost = ask(
            backend, "destination", options, sentence=_one_line(item.sentence.text), options=[*candidates, "none"]
        )
        usage = usage + cost
        item.data["destination"] = candidates[index] if index < len(candidates) else None
    return usage
