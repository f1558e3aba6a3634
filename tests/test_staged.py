"""The staged strategy: rules on single sentences, the whole pipeline on the seed article
with the real embedded model, the same questions over a real llama.cpp HTTP server, and
grounding (every evidence is an exact slice of the article) on every eval fixture.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas import AlignmentStatus
from summarizer.strategies import get_strategy
from summarizer.strategies.staged import StagedNoModel
from summarizer.strategies.staged.fields import sources_in
from summarizer.strategies.staged.sentences import nlp, parse_article

FIXTURES = Path(__file__).resolve().parent.parent / "evals" / "fixtures"

# A sure move, a mover only the context makes armed ("contractors"), and a move with two
# destination candidates: every model question has something to answer.
QUESTIONS_ARTICLE = """Troops and contractors arrive

Wire, Mar 3 2025

About 600 Kenyan soldiers crossed into Somalia's Gedo region on Tuesday and were heading toward Bula Hawo, two officials said.
About 60 contractors arrived in Mogadishu on Monday to guard the military airport, a security official said.
"""

NON_MILITARY = """Harbour Bakery opens five new shops as sales climb

Lakeside Times, Apr 3 2025

Harbour Bakery said on Thursday it had moved an army of 200 bakers into its new shops in Leeds and York,
and a fleet of 30 delivery vans rolled into the city centre at dawn. Thousands of fans invaded the high street
for the opening, the company said. "We are conquering the north," its chief executive told reporters.
"""


def rules_only(article: str):
    draft, _ = StagedNoModel().extract(article, None)
    return draft


# Counts are read by summarizer.numbers (one reader for staged, grounding and the
# scorer): the contract's qualifier table is tested once, in tests/test_numbers.py.


# --------------------------------------------------------------------------
# Sources: who reports the claim, from attribution in the sentence.


def _sentence(text: str):
    return next(nlp()(text).sents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 600 Kenyan soldiers crossed into Somalia on Tuesday, two Somali regional officials said.",
         ["two Somali regional officials"]),
        ("Rebel sources and an Aleppo resident said the YPG was pulling out of the district.",
         ["rebel sources", "an Aleppo resident"]),
        ("About 200 soldiers left Goma on Tuesday, according to the South African National Defence Force.",
         ["the South African National Defence Force"]),
        ("The battalion crossed into Norway on Monday.", []),
    ],
)
def test_sources_come_from_attribution_not_from_the_mover(text, expected):
    assert sources_in(_sentence(text)) == expected


# --------------------------------------------------------------------------
# Candidates: plans, past moves, negations and several movers per sentence.


def test_plans_offers_and_threats_are_context_not_movements():
    article = (
        "Border tension rises\n\nWire, Mar 3 2025\n\n"
        "The defence ministry said it plans to send 500 troops to the border next month. "
        "France has offered to deploy military engineers to the south. "
        "The militia threatened to march on the capital if talks fail.\n"
    )
    draft = rules_only(article)
    assert draft.movements == []
    assert draft.is_relevant is False


def test_a_move_from_years_before_the_story_is_not_a_movement():
    article = (
        "Old and new deployments\n\nWire, Mar 3 2025\n\n"
        "In 2019, about 300 troops entered the town of Abeche. "
        "On Monday about 450 Chadian soldiers crossed into the Darfur region, two officials said.\n"
    )
    draft = rules_only(article)
    assert len(draft.movements) == 1
    assert draft.movements[0].count.value == 450


def test_a_negated_move_is_a_denial_linked_to_the_move_it_disputes():
    article = (
        "Fighters cross border\n\nWire, Mar 3 2025\n\n"
        "Hundreds of militia fighters crossed into Chad overnight, local officials said. "
        "The head of the group said no fighter under his command had entered Chad.\n"
    )
    draft = rules_only(article)
    assert len(draft.movements) == 1
    assert len(draft.denials) == 1
    assert draft.denials[0].targets == [0]
    assert "head of the group" in draft.denials[0].denier


def test_one_sentence_can_hold_two_movers():
    article = (
        "Two forces move\n\nWire, Mar 3 2025\n\n"
        "About 1,000 Burundian soldiers crossed into South Kivu on Monday, while dozens of M23 fighters "
        "moved into the town of Sange, residents said.\n"
    )
    draft = rules_only(article)
    actors = sorted(m.actor for m in draft.movements)
    assert len(actors) == 2
    assert any("Burundian" in a for a in actors) and any("M23" in a for a in actors)


def test_the_mover_of_a_sending_verb_is_its_object_not_the_speaker():
    article = (
        "Navy sends ships\n\nWire, Mar 3 2025\n\n"
        "The Philippine navy sent three warships to Second Thomas Shoal on Friday, a navy spokesman said.\n"
    )
    movement = rules_only(article).movements[0]
    assert movement.count.value == 3 and movement.count.unit == "warships"
    assert movement.destination == "Second Thomas Shoal"
    assert movement.sources == ["a navy spokesman"]
    assert "spokesman" not in movement.actor


def test_war_words_about_a_bakery_are_not_relevant():
    draft = rules_only(NON_MILITARY)
    assert draft.is_relevant is False
    assert draft.movements == [] and draft.denials == [] and draft.casualties == []
    assert draft.headline_summary


def test_headline_and_dateline_lines_are_not_sentences():
    parsed = parse_article((FIXTURES / "seed_iraqi_militias_syria" / "article.txt").read_text(encoding="utf-8"))
    assert parsed.headline and parsed.headline.startswith("Iran-backed Iraqi militias enter Syria")
    assert parsed.sentences[0].text.startswith("Hundreds of fighters")
    assert parsed.year == 2024


# --------------------------------------------------------------------------
# Grounding: every evidence is an exact slice of its article, on every fixture.


@pytest.mark.parametrize("folder", sorted(p.name for p in FIXTURES.iterdir() if (p / "article.txt").is_file()))
def test_every_evidence_is_an_exact_substring_of_the_article(folder):
    article = (FIXTURES / folder / "article.txt").read_text(encoding="utf-8")
    draft = rules_only(article)
    for item in [*draft.movements, *draft.denials, *draft.casualties]:
        assert item.evidence and item.evidence in article
    for denial in draft.denials:
        assert all(0 <= t < len(draft.movements) for t in denial.targets)


def test_the_prompt_version_changes_with_the_lexicons(tmp_path, monkeypatch):
    import shutil

    from summarizer.strategies.staged import lexicons

    copy = tmp_path / "lexicons"
    shutil.copytree(lexicons.LEXICON_DIR, copy)
    staged = get_strategy("staged")
    lexicons.lexicon_digest.cache_clear()
    try:
        original = staged.prompt_version()
        monkeypatch.setattr(lexicons, "LEXICON_DIR", copy)
        lexicons.lexicon_digest.cache_clear()
        assert staged.prompt_version() == original  # the same files, the same version
        with (copy / "movement_verbs.txt").open("a", encoding="utf-8") as handle:
            handle.write("\nsashay\n")  # an analyst adds a verb
        lexicons.lexicon_digest.cache_clear()
        edited = staged.prompt_version()
    finally:
        monkeypatch.undo()
        lexicons.lexicon_digest.cache_clear()
    assert original.startswith("staged@") and "+rules-" in original
    assert edited != original and edited.rsplit("-", 1)[0] == original.rsplit("-", 1)[0]


# --------------------------------------------------------------------------
# The whole pipeline with real models.


def test_seed_article_through_the_staged_default(seed_article):
    from summarizer import summarize

    brief = summarize(seed_article, strategy="staged")
    assert brief.metadata.usage.calls == 0  # the default (staged) asks the model nothing: no `model` marker
    assert brief.metadata.strategy == "staged"
    assert brief.is_relevant
    militia = [m for m in brief.movements if m.count and m.count.value == 300]
    assert len(militia) == 1
    move = militia[0]
    assert move.count.qualifier == "at_least"
    assert "Syria" in (move.destination or "")
    index = brief.movements.index(move)
    pmf = [d for d in brief.denials if "Popular Mobilisation" in d.denier]
    assert pmf and index in pmf[0].targets
    killed = [c for c in brief.casualties if c.count and c.count.value == 7 and "killed" in c.count.unit]
    assert len(killed) == 1
    for item in [*brief.movements, *brief.denials, *brief.casualties]:
        assert item.span.alignment is AlignmentStatus.exact
        assert seed_article[item.span.start : item.span.end] == item.evidence
    assert brief.grounding.flagged == 0


@pytest.mark.model
def test_every_model_question_runs_on_the_embedded_model(seed_article):
    from summarizer.backends.registry import get_backend
    from summarizer.settings import load_settings

    strategy = get_strategy("staged_all_questions")
    backend = get_backend(load_settings())
    result = strategy.run(QUESTIONS_ARTICLE, backend, load_settings())
    assert result.usage.calls >= 2  # one armed-force question, one destination question
    assert result.draft.is_relevant
    assert any(m.count and m.count.value == 600 for m in result.draft.movements)


def test_a_non_military_text_is_not_relevant_through_the_pipeline():
    from summarizer import summarize

    brief = summarize(NON_MILITARY, strategy="staged")
    assert brief.is_relevant is False
    assert brief.movements == [] and brief.denials == [] and brief.casualties == []


@pytest.mark.server
def test_the_same_questions_run_over_http(llama_server_session):
    from summarizer.backends.registry import get_backend
    from summarizer.settings import load_settings

    settings = load_settings(
        model=f"llamacpp/{llama_server_session.model}", base_url=llama_server_session.base_url, max_reasks=0
    )
    backend = get_backend(settings)
    result = get_strategy("staged_all_questions").run(QUESTIONS_ARTICLE, backend, settings)
    assert result.usage.calls >= 2
    assert any(m.count and m.count.value == 600 for m in result.draft.movements)
