"""A denial or toll the rules leave incomplete is dropped with a warning; the rest of the brief survives."""

from __future__ import annotations

import logging

from schemas import DenialDraft
from summarizer.strategies.staged import _valid_items
from summarizer.strategies.staged.denials import denial_item
from summarizer.strategies.staged.sentences import parse_article


def test_an_incomplete_denial_is_dropped_and_the_others_kept(caplog):
    parsed = parse_article("Border row\nMoscow denied the reports. The ministry rejected the claim as false.\n")
    items = [denial_item(parsed, sentence, False, None) for sentence in parsed.sentences]
    assert all(item is not None for item in items)
    items[0].data["what"] = ""  # as a parse gone wrong can leave it
    with caplog.at_level(logging.WARNING):
        drafts = _valid_items(DenialDraft, items)
    assert [d.denier for d in drafts] == [items[1].data["denier"]]
    assert "dropped a denial" in caplog.text and "what" in caplog.text
