"""Round s8b: who denies, and which move a denial disputes, read at article level."""

from summarizer import summarize


def _brief(text: str):
    return summarize(text, strategy="learned")


def _denial(text: str):
    brief = _brief(text)
    assert brief.denials, "expected a denial"
    return brief, brief.denials[0]


# -- a negated force is the denial's content, the speaker is the denier --

def test_no_troops_subject_is_not_the_denier():
    _, d = _denial("Belarus rejects Kyiv claim\n\nUkrainian officials said a column of Belarusian armoured vehicles "
                   "had crossed into the Volyn region.\nBelarus said on Monday that no Belarusian troops had crossed "
                   "the border, rejecting a statement by Kyiv.")
    assert d.denier == "Belarus"


def test_no_forces_subject_variant_caucasus():
    _, d = _denial("Georgia denies troop entry\n\nAbkhaz officials said Georgian police units had moved into the "
                   "Kodori gorge overnight.\nGeorgia said on Tuesday that no Georgian forces had entered the gorge, "
                   "dismissing the report as provocation.")
    assert d.denier == "Georgia"
    assert "no Georgian" not in d.denier


# -- "he" is no place the tagger took for a person --

def test_he_added_is_not_a_place_tagged_as_person():
    _, d = _denial("Chad update\n\nN'DJAMENA (Reuters) - Chadian soldiers deployed to Bol on Sunday, a defence "
                   "ministry spokesman said.\nRebels said government troops had also entered Kaiga Kindjiria. "
                   "\"That is a lie,\" he added.")
    assert d.denier != "Kaiga Kindjiria"


def test_he_added_after_officials_is_the_person_named_before():
    _, d = _denial("Kenya update\n\nKenyan troops moved into Mandera on Friday, according to police commander Ali "
                   "Yusuf. Somali officials said Kenyan units had reached Bulo Hawo.\n\"No Kenyan soldier has "
                   "crossed to Bulo Hawo,\" he added.")
    assert d.denier == "Ali Yusuf"


def test_he_said_after_named_person_still_that_person():  # near miss: unchanged
    _, d = _denial("Venezuela\n\nColombian officials said Venezuelan soldiers had crossed into Arauca. Defence "
                   "Minister Vladimir Padrino was asked about the reports. \"That is false,\" he said.")
    assert "Padrino" in d.denier


# -- a pronoun points back --

def test_denied_this_does_not_link_a_later_move():
    b, d = _denial("Border row\n\nResidents of Kalay said gunmen looted the village on Tuesday night.\nThe army "
                   "denied it.\nSeparately, Myanmar troops moved into Tamu on Wednesday, a military source said.")
    assert d.targets == []
    assert "Tamu" not in d.what


def test_denied_the_reports_may_still_point_forward():  # near miss: unchanged
    b, d = _denial("Border row\n\nThe army denied the reports on Wednesday.\nResidents had said that about 200 "
                   "soldiers had arrived in Tamu.")
    assert d.targets == [0]


def test_denied_this_after_a_non_move_claim_links_nothing():
    _, d = _denial("Unrest in central Mali\n\nBAMAKO, Nov 3 (Reuters) - Malian army troops moved into the town of "
                   "Ansongo on Monday, a military spokesman said.\nOn Tuesday, residents said soldiers had burned "
                   "shops and detained dozens of herders at a market in Gao.\nThe army denied this.")
    assert d.targets == []


# -- a denial naming a place disputes the move there --

def test_denial_at_named_place_links_unidentified_move_there():
    b, d = _denial("Turkey says PKK fighters moved south\n\nANKARA (Reuters) - Turkey said on Thursday that PKK "
                   "fighters had moved from Syria into northern Iraq over the past month.\nTurkish officials said a "
                   "group of about 60 militants entered the Avashin valley on Tuesday night.\nThe PKK denied that "
                   "its fighters had entered Avashin, saying the area was held by Iraqi border guards.")
    avashin = [i for i, m in enumerate(b.movements) if m.destination and "Avashin" in m.destination]
    assert avashin and d.targets == avashin


def test_denial_at_named_place_own_force_there_unchanged():  # near miss
    b, d = _denial("Caucasus\n\nAzerbaijani forces moved toward the Armenian border on Monday, Armenian officials "
                   "said. Armenia said Azerbaijani troops also entered the village of Sotk on Tuesday.\nBaku denied "
                   "that its troops had entered Sotk.")
    sotk = [i for i, m in enumerate(b.movements) if m.destination and "Sotk" in m.destination]
    assert sotk and d.targets == sotk


def test_statement_of_position_is_no_denial():
    b = _brief("Belarus\n\nUkrainian officials said Belarusian armoured vehicles had crossed into the Volyn region.\n"
               "\"Our soldiers are now in position along the river,\" a Belarusian commander said.")
    assert not b.denials


def test_now_in_position_near_place_is_no_denial():
    b = _brief("Chad\n\nSudanese officials said Chadian soldiers had entered Geneina.\n\"Our troops are now in "
               "position near Adre,\" a Chadian commander said.")
    assert not b.denials


def test_in_their_positions_is_still_a_denial():  # near miss
    b, d = _denial("Kashmir\n\nPakistani officials said Indian troops had crossed the Line of Control near Uri.\n"
                   "\"Our troops are in their positions,\" an Indian army spokesman said.")
    assert d.targets == [0]


def test_remained_in_barracks_is_still_a_denial():  # near miss
    b, d = _denial("Chad\n\nSudanese officials said Chadian soldiers had entered Geneina.\nChad's army insisted its "
                   "forces remained in their barracks.")
    assert d.targets == [0]


# -- a toll dispute says which toll, as a clause --

def test_figure_dispute_restates_the_toll():
    _, d = _denial("Toll disputed\n\nEthiopian forces moved into the town of Humera on Monday, local officials said. "
                   "Officials said 40 civilians were killed in the fighting.\nThe government said the figure was "
                   "exaggerated.")
    assert d.targets == []
    assert d.what.startswith("that 40 civilians were killed")


def test_toll_called_fabrication_restates_the_toll():
    _, d = _denial("Yemen\n\nHouthi fighters advanced on Marib on Sunday, tribal sources said. The coalition said 25 "
                   "Houthi fighters were killed in airstrikes near the city.\nThe Houthis called the toll a "
                   "fabrication.")
    assert d.targets == []
    assert "25 Houthi fighters were killed" in d.what


def test_troop_figure_dispute_still_targets_the_move():  # near miss
    _, d = _denial("Kashmir\n\nIndia sent 3,000 troops to the Neelum valley sector, Pakistani officials said.\n"
                   "India rejected the figure as exaggerated.")
    assert d.targets == [0]
    assert "3,000 troops" in d.what


# -- a denier named by office speaks for the nation of that office named just before --

def test_minister_by_office_speaks_for_the_ministry_nation():
    b = _brief("Colombia denies troop buildup\n\nBOGOTA (Reuters) - Venezuela's defence minister said on Tuesday "
               "that Colombia had moved 2,000 soldiers to the border near Cucuta in recent days.\nColombia's defence "
               "ministry said the deployment was part of a long-planned operation against drug traffickers and not "
               "aimed at Venezuela.\n\"There is no military buildup against any neighbour,\" Defence Minister "
               "Diego Molano told reporters.")
    molano = [d for d in b.denials if "Molano" in d.denier]
    assert len(b.denials) == 2 and molano and molano[0].targets == [0]


def test_minister_by_office_variant_balkans():
    b = _brief("Kosovo\n\nSerbian troops were moved closer to the Kosovo boundary on Friday, Kosovo's interior "
               "ministry said.\nSerbia's defence ministry said the move was routine.\n\"No unit has been sent "
               "toward the administrative line,\" Defence Minister Milos Vucevic said.")
    minister = [d for d in b.denials if "Vucevic" in d.denier]
    assert minister and minister[0].targets == [0]


def test_other_nations_minister_is_not_read_as_the_same_office():  # near miss
    b = _brief("Kosovo\n\nSerbian troops were moved closer to the Kosovo boundary on Friday, Kosovo's interior "
               "ministry said.\nSerbia's defence ministry said the move was routine.\n\"There is no threat to "
               "anyone,\" Albania's Defence Minister Niko Peleshi said.")
    albania = [d for d in b.denials if "Peleshi" in d.denier]
    assert all(d.targets == [] for d in albania)


# -- "the statement" stands for the other side's claim, like "the report" --

def test_dismissed_the_statement_links_the_move_just_told():
    _, d = _denial("Sudan\n\nThe Rapid Support Forces said on Monday their fighters had advanced to the outskirts of "
                   "El Fasher.\nThe Sudanese army dismissed the statement as \"lies and propaganda\".")
    assert d.targets == [0]
    assert "El Fasher" in d.what


def test_rejected_the_announcement_variant_sahel():
    _, d = _denial("Burkina Faso\n\nJNIM said in an online announcement that its fighters had entered the town of "
                   "Djibo on Friday.\nBurkina Faso's army rejected the announcement as propaganda.")
    assert d.targets == [0]


def test_statement_far_from_any_move_links_nothing():  # near miss
    b = _brief("Sudan\n\nThe Rapid Support Forces said on Monday their fighters had advanced to the outskirts of El "
               "Fasher.\nAid agencies said food prices had tripled in the city.\nThe UN warned of famine in "
               "Darfur.\nTalks in Jeddah stalled on Thursday.\nThe foreign ministry dismissed a statement by the "
               "African Union on the talks as biased.")
    assert all(d.targets == [] for d in b.denials)


# -- "a report that said X": the claim is X --

def test_report_that_said_gives_the_claim():
    _, d = _denial("Rwanda rejects UN report\n\nKIGALI (AFP) - Rwanda on Thursday rejected a UN experts' report that "
                   "said Rwandan troops had crossed into eastern Congo to support M23 rebels near Rutshuru.")
    assert d.what.startswith("that Rwandan troops had crossed")


def test_statement_that_alleged_gives_the_claim():
    _, d = _denial("Guinea\n\nGuinean soldiers entered Sierra Leone near Yenga, a local chief said.\nGuinea dismissed "
                   "a statement that alleged that Guinean soldiers were in Yenga.")
    assert d.what == "that Guinean soldiers were in Yenga"


def test_report_that_its_forces_unchanged():  # near miss
    _, d = _denial("Syria\n\nIranian fighters moved into Deir ez-Zor, a monitor said.\nIran denied a report that its "
                   "fighters had moved into Deir ez-Zor.")
    assert d.what == "that Iran's fighters had moved into Deir ez-Zor"  # "its" is the denier (session 10b)


# -- "the reports" may point at the next sentence's move, but not at another side's --

def test_named_partys_reports_do_not_link_the_other_sides_next_move():
    _, d = _denial("Kurram\n\nTaliban spokesman Zabihullah Mujahid said the reports were \"baseless\" and that no forces "
                   "had been moved.\nPakistani troops were also sent to reinforce border posts near Parachinar, the "
                   "officials said.")
    assert d.targets == []


def test_named_partys_reports_still_link_its_own_next_move():  # near miss
    _, d = _denial("Hlukhiv\n\nThe Kremlin dismissed the reports as fake.\nUkrainian officials had said Russian troops "
                   "had arrived in Hlukhiv.")
    assert d.targets == [0]


def test_unnamed_partys_reports_still_link_the_next_move():  # near miss
    _, d = _denial("Ansongo\n\nThe army denied the reports on Wednesday.\nResidents had said Malian troops had arrived "
                   "in Ansongo.")
    assert d.targets == [0]
