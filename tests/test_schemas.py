"""The schema encodes the contract: validators reject what the contract forbids; exported schemas stay current."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from schemas import Brief, BriefDraft, CountDraft, MovementDraft
from schemas.export import HERE, TARGETS, render

FIXTURES = Path(__file__).resolve().parent.parent / "evals" / "fixtures"


@pytest.mark.parametrize(
    "count",
    [
        {"value": 300, "qualifier": "at_least", "unit": "fighters"},
        {"value": None, "low": 1500, "high": 2000, "qualifier": "range", "unit": "troops"},
        {"value": None, "qualifier": "unspecified", "unit": "fighters"},
        {"value": 7, "qualifier": "exactly", "unit": "people killed"},
    ],
)
def test_valid_counts(count):
    CountDraft.model_validate(count)


@pytest.mark.parametrize(
    "count, message",
    [
        ({"value": None, "qualifier": "exactly", "unit": "troops"}, "needs a value"),
        ({"value": 5, "qualifier": "unspecified", "unit": "troops"}, "unspecified"),
        ({"value": None, "low": 9, "high": 3, "qualifier": "range", "unit": "troops"}, "greater than high"),
        ({"value": None, "low": 9, "qualifier": "range", "unit": "troops"}, "both low and high"),
        ({"value": 100, "low": 90, "high": 110, "qualifier": "about", "unit": "troops"}, "only for a range"),
        ({"value": -3, "qualifier": "exactly", "unit": "troops"}, "greater than or equal"),
        ({"value": 3, "qualifier": "roughly", "unit": "troops"}, "qualifier"),
    ],
)
def test_invalid_counts(count, message):
    with pytest.raises(ValidationError, match=message):
        CountDraft.model_validate(count)


def test_evidence_must_not_be_blank():
    with pytest.raises(ValidationError):
        MovementDraft(actor="troops", evidence="   ")


def test_denial_targets_must_point_at_movements():
    with pytest.raises(ValidationError, match="point past"):
        BriefDraft.model_validate(
            {
                "headline_summary": "x",
                "is_relevant": True,
                "movements": [],
                "denials": [{"denier": "a", "what": "b", "targets": [0], "evidence": "c"}],
            }
        )


def test_blank_strings_become_null():
    movement = MovementDraft(actor="troops", origin="", destination="unknown", evidence="troops moved")
    assert movement.origin is None and movement.destination is None


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.iterdir() if (p / "gold.json").is_file()))
def test_every_gold_file_validates(fixture):
    gold = json.loads((FIXTURES / fixture / "gold.json").read_text(encoding="utf-8"))
    BriefDraft.model_validate(gold)
    # the grounded model accepts a gold brief too, and gives back the contract's fields
    contract = Brief.model_validate(gold).contract_dict()
    for key in ("headline_summary", "is_relevant", "movements", "denials", "casualties", "other_key_events"):
        assert key in contract


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_exported_json_schema_is_current(name):
    on_disk = (HERE / name).read_text(encoding="utf-8")
    assert on_disk == render(TARGETS[name]), f"run: python -m schemas.export  ({name} is stale)"
