"""Sentences with offsets into the original text: headline and dateline are not body sentences."""

from __future__ import annotations

from summarizer.strategies.staged.sentences import parse_article

_ARTICLE = "Troops Move North\n\nReuters, Dec 02 2024\n\nTroops moved north. They reached the river.\n"


def test_body_sentences_slice_the_original_text() -> None:
    parsed = parse_article(_ARTICLE)
    assert [(s.index, s.text) for s in parsed.sentences] == [(0, "Troops moved north."), (1, "They reached the river.")]
    for sentence in parsed.sentences:
        assert _ARTICLE[sentence.start : sentence.end] == sentence.text


def test_headline_and_story_year() -> None:
    parsed = parse_article(_ARTICLE)
    assert parsed.headline == "Troops Move North"
    assert parsed.year == 2024


def test_an_empty_article_has_no_sentences() -> None:
    assert parse_article("").sentences == []
