"""One schema-bound call for the whole brief, with one worked example.

Fits capable models (OpenAI, a mid-size local model). The article is fenced as
data; instructor re-asks on invalid output; a grounding repair re-asks once
with the evidence strings that were not found in the article.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from schemas import BriefDraft
from summarizer import prompting
from summarizer.strategies import StrategyResult

FOLDER = "single_pass"


@cache
def _example() -> tuple[str, str]:
    root = prompting.prompts_dir() / FOLDER
    article = (root / "example_article.txt").read_text(encoding="utf-8")
    brief = json.dumps(json.loads((root / "example_brief.json").read_text(encoding="utf-8")), ensure_ascii=False)
    return article, brief


def build_messages(article: str) -> list[dict[str, str]]:
    example_article, example_brief = _example()
    system = prompting.render(
        f"{FOLDER}/system.j2", fence_open=prompting.FENCE_OPEN, fence_close=prompting.FENCE_CLOSE
    )
    user = prompting.render(
        f"{FOLDER}/user.j2", article=article, example_article=example_article, example_brief=example_brief
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


class SinglePass:
    name = "single_pass"

    def prompt_version(self) -> str:
        return prompting.prompt_version(FOLDER)

    def run(self, article: str, backend: Any, settings: Any) -> StrategyResult:
        reply = backend.structured(build_messages(article), BriefDraft)
        return StrategyResult(reply.value, reply.usage)

    def repair(
        self, article: str, backend: Any, settings: Any, draft: BriefDraft, problems: list[str]
    ) -> StrategyResult | None:
        messages = build_messages(article)
        messages.append({"role": "assistant", "content": draft.model_dump_json()})
        listing = "\n".join(f"- {p}" for p in problems)
        messages.append(
            {
                "role": "user",
                "content": "Some items are not grounded in the article:\n"
                f"{listing}\n"
                "Rewrite the whole brief. Copy each evidence exactly from the article, character for "
                "character, and make each number appear in its evidence; remove any item the article "
                "does not state.",
            }
        )
        reply = backend.structured(messages, BriefDraft)
        return StrategyResult(reply.value, reply.usage)
