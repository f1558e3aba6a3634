"""Repeats across an article: which later mentions re-tell an earlier move (folded in, adding fields) and which
are moves of their own. Invented texts, each fix with variants from other regions and near misses."""

from __future__ import annotations

from tests.staged_support import moves


def _brief(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [(m.origin, m.destination, m.count.value if m.count else None) for m in moves(text)]


# A bare re-mention by the class of a named ship ("The frigate" after "the frigate HDMS ...") is that ship.

def test_the_class_of_a_named_frigate_re_mentions_it():
    text = ("The Danish frigate HDMS Peter Willemoes arrived in Aarhus on Friday. The frigate sailed from Korsør "
            "on Wednesday, the navy said.")
    assert _brief(text) == [("Korsør", "Aarhus", None)]


def test_the_class_of_a_named_ship_re_mentions_it_in_the_baltic():
    text = ("TALLINN, June 3 (Reuters) - The Norwegian frigate HNoMS Fridtjof Nansen arrived in Tallinn on Tuesday, "
            "the Estonian navy said. The frigate had sailed from Bergen last week. Officials said the visit was routine.")
    assert _brief(text) == [("Bergen", "Tallinn", None)]


def test_another_named_ship_is_not_a_re_mention():
    text = ("The Dutch frigate HNLMS Tromp arrived at Souda Bay on Monday. The German frigate FGS Hessen "
            "left Wilhelmshaven on Tuesday, the navy said.")
    assert len(moves(text)) == 2


# "N soldiers of the brigade" count the men of the uncounted brigade told just before: one move, with its number.

def test_soldiers_of_the_uncounted_battalion_are_its_move():
    text = ("An Armenian peacekeeping battalion has started returning from Kosovo, the ministry said on Friday. "
            "About 300 soldiers of the battalion landed in Yerevan on Thursday night, it added.")
    assert _brief(text) == [("Kosovo", "Yerevan", 300)]


def test_soldiers_of_the_uncounted_brigade_are_its_move():
    text = ("TBILISI - A Georgian mountain brigade has started returning from Afghanistan, the defence ministry "
            "said. Some 800 soldiers of the brigade arrived at Tbilisi airport on Saturday, it said.")
    assert _brief(text) == [("Afghanistan", "Tbilisi airport", 800)]


def test_part_of_a_counted_brigade_stays_apart():
    text = ("A 3,000-strong Russian brigade has begun returning to Pskov, the ministry said. About 1,500 soldiers "
            "of the brigade have arrived back, it said.")
    assert [m.count.value for m in moves(text)] == [3000, 1500]


# A lead naming only who moved ("Burundian troops flew in") is told in full by the same nation's move after it.

def test_a_bare_lead_is_told_by_the_counted_landing_after_it():
    text = ("Burundian troops flew in on Sunday. About 1,000 Burundian soldiers landed at Goma airport, a "
            "Congolese army spokesman said. They will deploy north of the city.")
    assert _brief(text) == [(None, "Goma airport", 1000)]


def test_a_bare_arrival_lead_in_central_africa():
    text = ("BANGUI - Rwandan troops have arrived, the government said. Some 600 Rwandan soldiers landed at Bangui "
            "M'Poko airport on Thursday, a UN official said.")
    found = moves(text)
    assert _brief(text) == [(None, "Bangui M'Poko airport", 600)]
    assert "a UN official" in found[0].sources


def test_a_withdrawal_lead_is_not_the_deployment_after_it():
    text = ("Ugandan troops have withdrawn, the army said. Some 2,000 Ugandan soldiers were deployed to Beni, a "
            "spokesman said.")
    assert len(moves(text)) == 2


def test_a_lead_with_its_own_place_keeps_a_further_landing_apart():
    text = "Kenyan troops entered Somalia on Monday. About 300 Kenyan troops also landed at Kismayo airport, officials said."
    assert len(moves(text)) == 2


# Another side's force is never a re-mention: a regular army and irregular fighters, or two named groups.

def test_separatists_withdrawing_are_not_the_army_moving_in():
    text = ("YAOUNDE - Cameroonian soldiers moved into the town of Bamenda on Monday, the army said. Separatist "
            "fighters withdrew into the forest, residents said.")
    found = moves(text)
    assert len(found) == 2 and "residents" not in found[0].sources


def test_jihadists_retreating_are_not_the_soldiers_advancing():
    text = ("Nigerian soldiers moved into Gwoza on Tuesday, the army said. Jihadist fighters retreated into the "
            "Sambisa forest, residents said.")
    found = moves(text)
    assert len(found) == 2 and "residents" not in found[0].sources


def test_bare_separatists_after_the_army_add_nothing_to_its_move():
    # (a bare "the separatists" with no antecedent of their kind is left out upstream: only its folding is tested)
    text = ("Cameroonian soldiers moved into the town of Bamenda on Monday, the army said. The separatists "
            "withdrew into the forest, residents said.")
    assert moves(text)[0].sources == ["Cameroonian army"]


def test_the_same_side_re_mention_still_folds():
    text = ("Separatist fighters withdrew from Bamenda on Monday, the army said. The fighters retreated into the "
            "forest, residents said.")
    found = moves(text)
    assert len(found) == 1 and "residents" in found[0].sources


def test_bare_rebels_far_back_re_mention_the_rebels_not_the_army_just_before():
    text = ("Hundreds of M23 rebels moved south from Kamanyola toward Uvira on Sunday, residents said. "
            "The fighting forced thousands to flee. Aid agencies warned of a crisis. Prices rose in the markets. "
            "Kenyan soldiers arrived in Goma on Monday, the army said. The rebels marched into Uvira on Tuesday, "
            "witnesses said.")
    found = moves(text)
    assert [m.actor for m in found] == ["M23 rebels", "Kenyan soldiers"]
    assert "witnesses" not in found[1].sources


def test_the_class_of_a_ship_named_in_a_relative_clause_re_mentions_it():
    text = ("Britain has sent a second warship to the eastern Mediterranean, the Ministry of Defence said on Monday. "
            "The destroyer HMS Duncan left Portsmouth on Sunday and is expected to reach Cyprus by the end of the "
            "week, the ministry said. The ship will join the frigate HMS Kent, which arrived in Limassol on Friday. "
            "The frigate had sailed from Gibraltar last week, a navy spokesman said.")
    kent = [m for m in moves(text) if "Kent" in m.actor]
    assert len(moves(text)) == 3 and (kent[0].origin, kent[0].destination) == ("Gibraltar", "Limassol")


def test_the_convoy_re_mentions_the_soldiers_it_carried():
    text = ("GAO, Mali - A convoy of Malian soldiers left Gao on Monday morning, a security source said. The convoy "
            "was seen passing through Bourem later in the day, according to residents.")
    found = moves(text)
    assert len(found) == 1 and found[0].origin == "Gao" and "residents" in found[0].sources
