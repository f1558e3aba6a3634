"""docs/CONTRACT.md and schemas/ say the same thing: every field of each table is a field of its model, and back."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest

from schemas import BriefDraft, CasualtyDraft, CountDraft, DenialDraft, MovementDraft

CONTRACT = Path(__file__).resolve().parent.parent / "docs" / "CONTRACT.md"
MODELS = {"Brief": BriefDraft, "Movement": MovementDraft, "Denial": DenialDraft, "Casualty": CasualtyDraft, "Count": CountDraft}


def _tables() -> dict[str, set[str]]:
    """Field names in the first column of the table under each '## Name' heading."""
    tables: dict[str, set[str]] = {}
    section = None
    for line in CONTRACT.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## (\w+)\s*$", line)
        if heading:
            section = heading.group(1)
            continue
        if section in MODELS and line.startswith("| `"):
            first_cell = line.split("|")[1]
            tables.setdefault(section, set()).update(re.findall(r"`(\w+)`", first_cell))
    return tables


@pytest.mark.parametrize("name", sorted(MODELS))
def test_every_contract_field_is_a_schema_field_and_back(name: str) -> None:
    assert _tables()[name] == set(MODELS[name].model_fields)


def test_the_qualifier_table_has_a_row_for_each_schema_qualifier() -> None:
    text = CONTRACT.read_text(encoding="utf-8")
    qualifiers = typing.get_args(CountDraft.model_fields["qualifier"].annotation)
    assert set(qualifiers) == {"exactly", "at_least", "at_most", "about", "range", "unspecified"}
    for qualifier in qualifiers:
        assert re.search(rf"^\| [^|]+ \| `{qualifier}` \|", text, re.MULTILINE), qualifier
