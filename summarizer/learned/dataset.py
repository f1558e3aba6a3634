"""Labelled sentences from gold briefs: each gold item's evidence, located in its article, marks the
sentences it overlaps with that item's kind.

Fixtures are folders of `<name>/article.txt` + `gold.json` (the eval's format; every
evidence string an exact substring of the article). An evidence found nowhere in the
article (a paraphrase) is skipped and counted, never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.evaluation.fixtures import Fixture, load_fixtures
from summarizer.learned.features import RuleView, rule_view
from summarizer.strategies.staged.sentences import parse_article

LABELS = ("movement", "denial", "casualty")
# A sentence takes an item's label when the overlap covers this share of the shorter of the two:
# an evidence that runs one word into the next sentence does not label it.
MIN_OVERLAP = 0.3


@dataclass
class LabelledArticle:
    name: str
    article: str
    views: list[RuleView]  # one per body sentence, in order
    labels: list[set[str]]  # the gold kinds each sentence reports
    relevant: bool
    unlocated: int = 0  # gold evidence strings not found verbatim


@dataclass
class Dataset:
    articles: list[LabelledArticle] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def sentences(self) -> int:
        return sum(len(a.views) for a in self.articles)


def gold_intervals(fixture: Fixture) -> tuple[list[tuple[str, int, int]], int]:
    """(kind, start, end) of every gold item whose evidence is in the article, and how many were not."""
    found: list[tuple[str, int, int]] = []
    missing = 0
    gold = fixture.gold
    for kind, items in (("movement", gold.movements), ("denial", gold.denials), ("casualty", gold.casualties)):
        for item in items:
            start = fixture.article.find(item.evidence) if item.evidence else -1
            if start < 0:
                missing += 1
                continue
            found.append((kind, start, start + len(item.evidence)))
    return found, missing


def label_article(fixture: Fixture) -> LabelledArticle:
    parsed = parse_article(fixture.article)
    views = rule_view(parsed)
    intervals, missing = gold_intervals(fixture)
    labels: list[set[str]] = []
    for view in views:
        kinds = set()
        for kind, start, end in intervals:
            overlap = min(end, view.end) - max(start, view.start)
            shorter = max(1, min(end - start, view.end - view.start))
            if overlap > 0 and overlap / shorter >= MIN_OVERLAP:
                kinds.add(kind)
        labels.append(kinds)
    return LabelledArticle(fixture.name, fixture.article, views, labels, bool(fixture.gold.is_relevant), missing)


def from_fixtures(fixtures: Iterable[Fixture]) -> Dataset:
    data = Dataset()
    for fixture in fixtures:
        data.articles.append(label_article(fixture))
    return data


def load_dirs(directories: Iterable[str | Path]) -> Dataset:
    """Every fixture under the given folders, in folder then name order (so training is deterministic)."""
    fixtures: list[Fixture] = []
    skipped: list[str] = []
    for directory in directories:
        found, problems = load_fixtures(directory)
        fixtures.extend(found)
        skipped.extend(f"{p.name}: {p.message}" for p in problems)
    data = from_fixtures(fixtures)
    data.skipped = skipped
    return data
