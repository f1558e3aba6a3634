"""Reviewed briefs -> eval fixtures: `<dir>/<name>/article.txt`, `gold.json` and `meta.json`.

The shape is evals/fixtures' (see summarizer.evaluation.fixtures), so
`summarizer eval --fixtures DIR` scores a model against a desk's own
corrections, and training can learn from them. The article is written
byte-exact (no newline translation) because gold evidence quotes it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from schemas import BriefDraft
from summarizer.errors import OutputError
from summarizer.service.storage import Store


def fixture_name(title: str, brief_id: str) -> str:
    """A readable, unique folder name: the title's words and the brief id's first 12 characters."""
    stem = re.sub(r"[^a-z0-9]+", "_", Path(title).stem.lower()).strip("_")[:40]
    return f"{stem}_{brief_id[:12]}" if stem else f"review_{brief_id[:12]}"


def export_reviewed(store: Store, out_dir: str | Path) -> list[Path]:
    """Write every reviewed brief as a fixture under `out_dir`; returns the folders written."""
    root = Path(out_dir)
    written: list[Path] = []
    try:
        root.mkdir(parents=True, exist_ok=True)
        for brief, review in store.reviewed():
            gold = BriefDraft.model_validate(review.gold)
            folder = root / fixture_name(brief.title, brief.id)
            folder.mkdir(exist_ok=True)
            with (folder / "article.txt").open("w", encoding="utf-8", newline="") as handle:
                handle.write(brief.article)
            (folder / "gold.json").write_text(json.dumps(gold.model_dump(mode="json"), indent=2,
                                                         ensure_ascii=False) + "\n", encoding="utf-8")  # fmt: skip
            meta = {"source": "desk review", "brief_id": brief.id, "title": brief.title,
                    "reviewer": review.reviewer, "reviewed_at": review.updated_at.isoformat(),
                    "machine_settings": brief.settings}  # fmt: skip
            (folder / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            written.append(folder)
    except OSError as exc:
        raise OutputError(f"cannot write fixtures to {str(root)!r}: {exc.strerror or exc}") from None
    return written
