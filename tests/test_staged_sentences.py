"""Sentences with offsets into the original text: headline and dateline are not body sentences."""

from __future__ import annotations

import pytest

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


def test_an_abbreviation_before_a_number_or_name_ends_no_sentence() -> None:
    from summarizer.sentence_split import sentence_spans

    text = ("The detachment numbers approx. 240 airmen from the base. Brig. Okafor led No. 4 Squadron north. "
            "They left at dawn.")
    parsed = parse_article("Headline here\n\nWire, Mar 3 2025\n\n" + text + "\n")
    assert [s.text for s in parsed.sentences] == [
        "The detachment numbers approx. 240 airmen from the base.", "Brig. Okafor led No. 4 Squadron north.",
        "They left at dawn."]
    assert [text[a:b] for a, b in sentence_spans(text)] == [s.text for s in parsed.sentences]  # one list, both readers


@pytest.mark.parametrize(
    ("line", "first_sentence"),
    [
        ("14:30 GMT \u2014 Russian troops entered the outskirts of Kharkiv.", "Russian troops entered the outskirts of Kharkiv."),
        ("13:05 GMT: A column of armour was seen moving south.", "A column of armour was seen moving south."),
        ("9.15am - Troops crossed the river.", "Troops crossed the river."),
        ("\u2022 About 300 fighters arrived in Mariupol.", "About 300 fighters arrived in Mariupol."),
        ("- 300 troops arrived in Goma.", "300 troops arrived in Goma."),
        ("BAMAKO \u2013 Rebels have captured Tinzawatene.", "Rebels have captured Tinzawatene."),
        ("KYIV, Ukraine (AP) \u2014 Russian troops crossed the border.", "Russian troops crossed the border."),
        ("MOSCOW, Feb 3 (Reuters) - Russia has sent troops to Belarus.", "Russia has sent troops to Belarus."),
        ("WASHINGTON, March 3, 2022 \u2014 The Pentagon sent troops.", "The Pentagon sent troops."),
        ("UN peacekeepers left - the mission said.", "UN peacekeepers left - the mission said."),
        ("US-led forces crossed the river.", "US-led forces crossed the river."),
        ("NATO said troops moved.", "NATO said troops moved."),
    ],
)
def test_a_time_stamp_bullet_or_glued_dateline_is_not_part_of_the_sentence(line, first_sentence) -> None:
    article = "Headline here\n\n" + line + "\n"
    parsed = parse_article(article)
    sentence = parsed.sentences[0]
    assert sentence.text == first_sentence
    assert article[sentence.start:sentence.end] == first_sentence  # offsets still quote the article
