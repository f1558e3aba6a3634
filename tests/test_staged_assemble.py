"""Movement items from claims: actor, count, places, time, purpose, sources, and an exact-quote evidence."""

from __future__ import annotations

import pytest

from summarizer.strategies.staged import assemble
from summarizer.strategies.staged.candidates import find_moves
from summarizer.strategies.staged.sentences import parse_article
from summarizer.strategies.staged.types import ClaimStatus

_HEAD = "Headline here\n\nWire, Mar 3 2025\n\n"


def _item(text: str) -> assemble.Item:
    article = _HEAD + text + "\n"
    parsed = parse_article(article)
    claims = [c for c in find_moves(parsed) if c.status == ClaimStatus.MOVEMENT and c.mover is not None]
    assert len(claims) == 1, text
    item = assemble.movement_item(claims[0], parsed, None)
    assert article[item.start : item.end] == item.data["evidence"]  # evidence is a slice of the article
    return item


def _count(item: assemble.Item) -> tuple | None:
    count = item.data["count"]
    return None if count is None else (count.value, count.qualifier, count.unit)


def test_fields_of_a_plain_move_and_the_attribution_left_out() -> None:
    item = _item("Kenyan troops moved from Dhobley to Afmadow on Tuesday, officials said.")
    assert (item.data["actor"], item.data["origin"], item.data["destination"], item.data["time"]) == (
        "Kenyan troops", "Dhobley", "Afmadow", "on Tuesday")
    assert item.data["sources"] == ["officials"]
    assert item.data["evidence"] == "Kenyan troops moved from Dhobley to Afmadow on Tuesday"
    assert _count(item) is None


def test_a_sender_names_the_force_and_its_backer() -> None:
    item = _item("Russia has deployed about 300 special forces to Libya, two officials said.")
    assert item.data["actor"] == "Russian special forces"
    assert item.data["actor_affiliation"] == "Russia"
    assert item.sender == "Russia"
    assert _count(item) == (300, "about", "forces")
    assert item.data["sources"] == ["two officials"]


def test_a_collective_counts_what_it_collects() -> None:
    item = _item("A group of 230 officers arrived in Haiti to support the military mission.")
    assert item.data["actor"] == "officers"
    assert _count(item) == (230, "exactly", "officers")
    assert item.data["purpose"] == "to support the military mission"
    assert item.destinations == ["Haiti"]


def test_a_carried_force_is_the_actor() -> None:
    item = _item("A convoy carrying 150 peacekeepers reached Goma.")
    assert (item.data["actor"], item.data["destination"]) == ("peacekeepers", "Goma")
    assert _count(item) == (150, "exactly", "peacekeepers")


def test_a_vague_count_keeps_its_unit_without_a_value() -> None:
    item = _item("Hundreds of fighters crossed into Syria on Monday.")
    assert _count(item) == (None, "unspecified", "fighters")
    assert item.generic  # "fighters" may repeat an earlier mover


@pytest.mark.parametrize("key", ["actor", "actor_affiliation", "origin", "destination", "route", "count", "time",
                                 "purpose", "sources", "evidence"])
def test_data_holds_only_contract_fields(key) -> None:
    item = _item("Kenyan troops moved from Dhobley to Afmadow on Tuesday, officials said.")
    assert key in item.data
    assert not any(k.startswith("_") for k in item.data)


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("About 200 Kenyan soldiers and 150 Ugandan troops crossed into Somalia on Monday.",
         [("Kenyan soldiers", 200), ("Ugandan troops", 150)]),
        ("Some 40 Russian warships as well as 12 Chinese submarines entered the strait.",
         [("Russian warships", 40), ("Chinese submarines", 12)]),
        ("Fifty police officers, along with 43 soldiers, landed in Honiara.", [("police officers", 50), ("soldiers", 43)]),
        # people and their equipment are one move
        ("The ministry said 300 troops and 20 tanks crossed the river.", [("troops and 20 tanks", 300)]),
    ],
)
def test_each_counted_force_in_a_coordination_is_its_own_move(text, moves) -> None:
    from summarizer.strategies.staged import Staged

    article = _HEAD + text + "\n"
    draft, _ = Staged().extract(article, None)
    assert [(m.actor, m.count.value) for m in draft.movements] == moves
    assert all(m.evidence in article for m in draft.movements)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Armed men dressed in navy uniforms entered the airport on Friday.", "Armed men dressed in navy uniforms"),
        ("Combat elements belonging to the 9th Army left Gori on Monday.", "Combat elements belonging to the 9th Army"),
        ("Soldiers wearing blue helmets reached the town.", "Soldiers wearing blue helmets"),
    ],
)
def test_a_participle_that_says_who_they_are_is_part_of_the_actor(text, actor) -> None:
    assert _item(text).data["actor"] == actor


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("Kenya and Uganda sent troops into Somalia on Monday.", [("Kenyan troops", "Kenya"), ("Ugandan troops", "Uganda")]),
        # a number makes the force joint: one move
        ("Russia and Belarus have deployed 3,000 troops to the border.", [("Russian troops", "Russia and Belarus")]),
    ],
)
def test_each_of_two_senders_of_an_uncounted_force_moves_its_own(text, moves) -> None:
    from summarizer.strategies.staged import Staged

    draft, _ = Staged().extract(_HEAD + text + "\n", None)
    assert [(m.actor, m.actor_affiliation) for m in draft.movements] == moves


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A convoy of trucks and buses transporting Wagner mercenaries has reached Belarus.", "Wagner mercenaries"),
        ("Ten planes carrying Belarusian peacekeepers lifted off from Minsk.", "Belarusian peacekeepers"),
        ("The Kremlin said it had started the withdrawal of its troops from Georgia.", "Russian troops"),  # the seat
        ("Azerbaijan accused Armenia of massing troops in the disputed territory.", "Armenian troops"),  # no verb
    ],
)
def test_the_actor_is_who_moved_not_their_vehicles_or_the_verb(text, actor) -> None:
    from summarizer.strategies.staged import Staged

    draft, _ = Staged().extract(_HEAD + text + "\n", None)
    assert [m.actor for m in draft.movements] == [actor]


def test_a_count_the_parser_hangs_on_a_month_is_the_force_s_count() -> None:
    # "June 840" is no date: over 31 it is no day, and under four digits no year
    item = _item("Since early June 840 soldiers have left the region.")
    assert _count(item) == (840, "exactly", "soldiers")
