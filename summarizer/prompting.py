"""Jinja2 environment for the prompt templates, and the article fence.

Templates live in the repository's top-level `prompts/`; the wheel carries a
copy as `summarizer/_prompts` (see pyproject), used when present. The sandbox
and StrictUndefined make a typo in a template fail loudly instead of sending a
prompt with a hole in it. A prompt's version is the hash of its template files,
so any edit changes the version and invalidates recordings and caches.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

_PACKAGED = Path(__file__).parent / "_prompts"
_REPO = Path(__file__).parent.parent / "prompts"

# The article is fenced off as data. Fence markers inside the article are
# defused so the text cannot close the fence and speak as the instructions.
FENCE_OPEN = "<<<ARTICLE"
FENCE_CLOSE = "ARTICLE>>>"


def prompts_dir() -> Path:
    return _PACKAGED if _PACKAGED.is_dir() else _REPO


@cache
def environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(prompts_dir())),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["fence"] = fence_article
    return env


# Between the marker's characters a text may hide spaces and invisible characters
# (zero-width spaces, soft hyphens, bidi controls) that a model reads straight past.
_HIDDEN = r"[\s\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]*"
_LT, _GT = "[<\uff1c]", "[>\uff1e]"
_WORD = _HIDDEN.join("ARTICLE")
_FENCE_MARKERS = re.compile(
    _HIDDEN.join([_LT] * 3) + _HIDDEN + _WORD + "|" + _WORD + _HIDDEN + _HIDDEN.join([_GT] * 3), re.IGNORECASE
)


def fence_article(text: str) -> str:
    # Any spelling of a marker (case, spacing, invisible characters) loses its angle brackets,
    # so the text cannot close the fence; each pass removes three brackets, so the loop ends.
    safe = text
    while _FENCE_MARKERS.search(safe):
        safe = _FENCE_MARKERS.sub(lambda m: "".join(ch for ch in m.group(0) if ch.isalpha()), safe)
    return f"{FENCE_OPEN}\n{safe}\n{FENCE_CLOSE}"


def render(template: str, **variables: object) -> str:
    return environment().get_template(template).render(**variables)


@cache
def prompt_version(folder: str) -> str:
    """`folder@<12 hex>`: the hash of every template file under prompts/<folder>."""
    root = prompts_dir() / folder
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return f"{folder}@{digest.hexdigest()[:12]}"
