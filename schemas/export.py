"""Write the JSON Schemas of the brief next to this file.

`python -m schemas.export` regenerates them; a test fails when they drift.
"""

from __future__ import annotations

import json
from pathlib import Path

from schemas.brief import Brief, BriefDraft

HERE = Path(__file__).parent
TARGETS = {"brief.schema.json": Brief, "brief_draft.schema.json": BriefDraft}


def render(model: type) -> str:
    return json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"


def main() -> None:
    for name, model in TARGETS.items():
        (HERE / name).write_text(render(model), encoding="utf-8")


if __name__ == "__main__":
    main()
