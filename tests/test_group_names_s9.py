"""Armed groups the lexicon has never heard of, named as the article itself introduces them.

Unseen news brings its own groups. An analyst takes a name as a force's once the article ties it to one: by
apposition ("the youth militia, the Imbonerakure"), as what fighters belong to ("fighters of the X Front"), or
as the acronym it defines for such a name ("(KLF)"); and an armed group's men are its fighters. All names here
are invented, so no lexicon entry can carry a case.
"""

from __future__ import annotations

from summarizer import summarize


def _moves(text: str) -> list:
    return summarize(text, strategy="learned").movements


def _evidence_words(text: str) -> list[str]:
    return [m.evidence for m in _moves(text)]


def test_an_acronym_defined_for_a_group_of_fighters_moves_its_men():
    text = ("Rebels seize border town\n\nFighters of the Kessabu Liberation Front (KLF) entered Dolmaro on Sunday, "
            "residents said. The KLF later moved about 400 men into Harrulu, a local official said.\n")
    moves = _moves(text)
    later = [m for m in moves if "Harrulu" in m.evidence]
    assert len(later) == 1 and later[0].destination == "Harrulu" and later[0].count.value == 400


def test_an_acronym_defined_before_a_force_noun_counts_too():
    text = ("Militia advance\n\nThe Tomvar Popular Army (TPA) militia has fought the government since 2019. "
            "On Tuesday the TPA pushed into Kelbaro district, the governor said.\n")
    assert any("Kelbaro" in e for e in _evidence_words(text))


def test_a_name_in_apposition_to_a_militia_is_the_militia():
    text = ("Militia crosses border\n\nThe ruling party's youth militia, the Barandoro, has been accused of abuses. "
            "The Barandoro crossed into Congo on Tuesday, a UN report said.\n")
    moves = [m for m in _moves(text) if "crossed" in m.evidence]
    assert len(moves) == 1 and moves[0].destination == "Congo"


def test_the_name_first_and_the_militia_after_it_reads_the_same():
    text = ("Border tension\n\nThe Barandoro, a youth militia loyal to the ruling party, has been accused of abuses. "
            "The Barandoro crossed into Congo on Tuesday, a UN report said.\n")
    assert any("crossed into Congo" in e for e in _evidence_words(text))


def test_a_name_beside_no_force_noun_stays_unarmed():
    # near miss: the same sentence with the name tied to a choir, not a militia
    text = ("Choir tours abroad\n\nThe ruling party's youth choir, the Barandoro, has toured the region. "
            "The Barandoro crossed into Congo on Tuesday, a UN report said.\n")
    assert _moves(text) == []


def test_a_state_named_after_of_is_not_made_a_group():
    # near miss: "soldiers of the Republic" does not make every later "the Republic" a force
    text = ("Aid arrives\n\nSoldiers of the Republic guarded the depot on Monday. "
            "The Republic sent aid lorries to Harrulu on Tuesday, officials said.\n")
    assert not any("aid lorries" in e for e in _evidence_words(text))


def test_an_unarmed_senders_men_stay_unarmed():
    # near miss: a company moving its men is no force
    text = ("Mine reopens\n\nThe Kessabu Mining Company moved about 400 men into Harrulu on Monday to reopen the mine, "
            "a spokesman said.\n")
    assert _moves(text) == []


def test_a_ship_named_beside_its_class_is_still_read_by_its_prefix_only():
    # near miss: "its largest cutter, the Teresa Ocampo" does not make a later bare "the Teresa Ocampo" a force
    text = ("Coast guard sails\n\nThe coast guard dispatched its largest cutter, the BRP Teresa Ocampo, to Sabina "
            "Shoal on Wednesday. The shoal became a flashpoint last year, when the Teresa Ocampo anchored there for "
            "five months.\n")
    assert not any("anchored there" in e for e in _evidence_words(text))


def test_a_force_known_by_another_name_moves_under_that_name():
    text = ("Rebels advance\n\nKessabu rebels, known locally as the Wazalendo, have fought the army for months. "
            "The Wazalendo advanced on Harrulu on Sunday, a local chief said.\n")
    moves = [m for m in _moves(text) if "advanced" in m.evidence]
    assert len(moves) == 1 and moves[0].destination == "Harrulu"


def test_a_militia_called_by_a_name_moves_under_it():
    text = ("Militia enters town\n\nA militia called Kessabu Shield has grown in the east. "
            "On Monday Kessabu Shield entered Harrulu, residents said.\n")
    assert any("entered Harrulu" in e for e in _evidence_words(text))


def test_a_private_military_company_and_its_men_are_forces():
    text = ("Mercenaries arrive\n\nContractors from Talvorn Group, a private military company, arrived in Bangassou on "
            "Friday, a UN official said. Talvorn later deployed 80 men to Obo.\n")
    moves = _moves(text)
    assert any("Bangassou" in m.evidence for m in moves)
    later = [m for m in moves if "Obo" in m.evidence]
    assert len(later) == 1 and later[0].count.value == 80


def test_fans_known_by_a_name_and_a_plain_company_stay_unarmed():
    # near misses: what is "known as" a name must be a force; a company must be a military one
    fans = ("Fans travel\n\nScotland supporters, known locally as the Tartan Horde, have followed the team for years. "
            "The Tartan Horde arrived in Harrulu on Sunday, police said.\n")
    firm = ("Firm expands\n\nContractors from Talvorn Group, a private logistics company, arrived in Bangassou on Friday. "
            "Talvorn later deployed 80 men to Obo.\n")
    assert _moves(fans) == [] and _moves(firm) == []
