"""The Markdown report reads as prose where it puts a value inside a sentence."""

from __future__ import annotations

from pathlib import Path

from summarizer import summarize
from summarizer.report.markdown import mid_sentence, render_markdown

SEED = Path(__file__).resolve().parent.parent / "evals" / "fixtures" / "seed_iraqi_militias_syria" / "article.txt"


def test_a_denier_copied_from_the_start_of_its_sentence_reads_lower_case_after_denied_by():
    brief = summarize(SEED.read_text(encoding="utf-8"), strategy="learned")
    assert any(d.denier and d.denier.startswith("The ") for d in brief.denials)  # the data keeps the evidence's case
    report = render_markdown(brief)
    assert "**Denied by the head of Iraq's Popular Mobilisation Forces:**" in report
    assert "Denied by The " not in report


def test_only_a_leading_article_before_a_common_word_is_lowered():
    assert mid_sentence("A spokesperson for the army") == "a spokesperson for the army"
    assert mid_sentence("The Hague tribunal") == "The Hague tribunal"  # a name, not an article
    assert mid_sentence("Theodore Roosevelt") == "Theodore Roosevelt"
    assert mid_sentence("Moscow") == "Moscow" and mid_sentence(None) is None
