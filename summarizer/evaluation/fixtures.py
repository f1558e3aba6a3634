"""Load eval fixtures: `<dir>/<name>/article.txt`, `gold.json` and an optional `meta.json`.

Any directory in this shape works, inside the repository or not. A malformed
fixture (no article, a gold file that is not JSON or not a valid brief) is
skipped and reported with a one-line reason; it never stops the others.
Gold files are also checked against the contract's conventions (evidence
verbatim, counts stated in the article, denials linked to movements) and
any doubt is kept as a warning on the fixture.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from schemas import BriefDraft
from summarizer.errors import InputError
from summarizer.numbers import stated_counts
from summarizer.textinput import decode_bytes

ARTICLE = "article.txt"
GOLD = "gold.json"
META = "meta.json"


@dataclass
class Fixture:
    """One article with the brief a careful reader would write for it."""

    name: str
    path: Path
    article: str
    gold: BriefDraft
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class FixtureProblem:
    """A fixture that could not be loaded, and why."""

    name: str
    message: str


def load_fixtures(directory: str | Path, names: list[str] | None = None) -> tuple[list[Fixture], list[FixtureProblem]]:
    """Every fixture under `directory` (sorted by name), and the ones skipped.

    Raises InputError only when the directory itself is unusable.
    """
    root = Path(directory).expanduser()
    if not root.is_dir():
        raise InputError(f"fixtures directory {str(root)!r} not found; pass a folder of <name>/article.txt + gold.json")
    folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))
    if names:
        wanted = set(names)
        unknown = wanted - {p.name for p in folders}
        if unknown:
            raise InputError(f"no fixture named {', '.join(sorted(unknown))} in {str(root)!r}")
        folders = [p for p in folders if p.name in wanted]
    if not folders:
        raise InputError(f"{str(root)!r} holds no fixture folders; each needs article.txt and gold.json")
    fixtures: list[Fixture] = []
    problems: list[FixtureProblem] = []
    for folder in folders:
        try:
            fixtures.append(load_fixture(folder))
        except InputError as exc:
            problems.append(FixtureProblem(folder.name, str(exc)))
    return fixtures, problems


def load_fixture(folder: Path) -> Fixture:
    """One fixture. Raises InputError with a one-line reason when it is malformed."""
    article_path, gold_path, meta_path = folder / ARTICLE, folder / GOLD, folder / META
    for required in (article_path, gold_path):
        if not required.is_file():
            raise InputError(f"missing {required.name}")
    # The article is kept exactly as decoded: gold offsets and evidence refer to it.
    article = decode_bytes(article_path.read_bytes(), name=ARTICLE)
    try:
        gold = BriefDraft.model_validate(_read_json(gold_path))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "brief"
        raise InputError(
            f"{GOLD} is not a valid brief ({exc.error_count()} error(s)); first: {where}: {first['msg']}"
        ) from None
    meta: dict[str, Any] = {}
    if meta_path.is_file():
        loaded = _read_json(meta_path)
        if not isinstance(loaded, dict):
            raise InputError(f"{META} must hold a JSON object")
        meta = loaded
    fixture = Fixture(folder.name, folder, article, gold, meta)
    fixture.warnings = check_gold(gold, article)
    return fixture


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"{path.name} is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path.name} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None


def check_gold(gold: BriefDraft, article: str) -> list[str]:
    """Doubts about a gold brief that do not make it unusable (reported, not fatal)."""
    warnings: list[str] = []
    stated = stated_counts(article)
    groups = (("movements", gold.movements), ("denials", gold.denials), ("casualties", gold.casualties))
    for group, items in groups:
        for i, item in enumerate(items):
            if article.find(item.evidence) < 0:
                warnings.append(f"{group}[{i}].evidence is not verbatim in the article: {item.evidence[:60]!r}")
            count = getattr(item, "count", None)
            if count is not None:
                missing = [n for n in (count.value, count.low, count.high) if n is not None and n not in stated]
                if missing:
                    warnings.append(f"{group}[{i}].count {missing} does not appear in the article")
    if not gold.is_relevant and (gold.movements or gold.denials or gold.casualties):
        warnings.append("is_relevant is false but the lists are not empty")
    if gold.movements:
        for i, denial in enumerate(gold.denials):
            if not denial.targets:
                warnings.append(f"denials[{i}] has no targets: right only if it disputes no movement")
    return warnings
