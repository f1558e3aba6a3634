"""Session 12: "a confirmation makes the confirming party a source, not a denier" (the codebook). Who confirms a
move named by a noun ("confirmed the arrival of the soldiers") reports it and did not send it; a named party that
confirms after a bare "the ministry" is another source, not a repeat. Invented names; near misses beside them."""

from summarizer import summarize


def _moves(text: str) -> list:
    return summarize(text, strategy="learned").movements


def test_who_confirms_a_named_arrival_is_its_source_not_its_sender():
    moves = _moves("Troops arrive in Port Mirna\n\nThe Tarvian interior ministry confirmed the arrival of 400 Kordovan "
                   "soldiers in Port Mirna on Monday.")
    assert len(moves) == 1
    assert moves[0].sources == ["the Tarvian interior ministry"]
    assert "ministry" not in moves[0].actor


def test_a_confirmation_of_an_earlier_move_adds_its_source_to_that_move():
    moves = _moves("Troops arrive in Port Mirna\n\nThe Kordovan army sent 400 soldiers to Port Mirna on Monday, "
                   "Kordova's defence ministry said. The Tarvian interior ministry confirmed the arrival of the soldiers.")
    assert len(moves) == 1
    assert moves[0].sources == ["Kordova's defence ministry", "the Tarvian interior ministry"]


def test_a_named_party_confirming_after_a_bare_ministry_is_not_dropped():
    moves = _moves("Troops arrive in Port Mirna\n\nThe Kordovan army sent 400 soldiers to Port Mirna on Monday, "
                   "the ministry said. The soldiers arrived on Tuesday, the Tarvian interior ministry confirmed.")
    assert len(moves) == 1
    assert "the Tarvian interior ministry" in moves[0].sources


def test_who_starts_a_named_move_sent_the_force_and_the_bare_ministry_repeats_the_named_one():
    moves = _moves("Troops leave Tarsk\n\nKordova began the withdrawal of its 300 soldiers from Tarsk on Monday, "
                   "Kordova's defence ministry said. The soldiers reached the border on Tuesday, the ministry said.")
    assert len(moves) == 1
    assert moves[0].sources == ["Kordova's defence ministry"]
    assert "Kordova" in moves[0].actor


def test_a_title_keeps_the_name_set_off_after_it_and_a_name_its_title():
    moves = _moves("Troops leave Tarsk\n\nThe Minister of Information, Mr. Ivan Petrov, said that 300 Kordovan "
                   "soldiers had left Tarsk on Monday.")
    assert moves[0].sources == ["the Minister of Information, Mr. Ivan Petrov"]
    moves = _moves("Troops leave Tarsk\n\nIvan Petrov, a spokesman for the border guards, said that 300 Kordovan "
                   "soldiers had left Tarsk on Monday.")
    assert moves[0].sources == ["Ivan Petrov, a spokesman for the border guards"]
    # a clause after the name is no title
    moves = _moves("Troops leave Tarsk\n\nIvan Petrov, who spoke to reporters, said that 300 Kordovan soldiers had "
                   "left Tarsk on Monday.")
    assert moves[0].sources == ["Ivan Petrov"]


def test_who_gives_information_that_a_force_moved_is_its_source():
    moves = _moves("Troops leave Tarsk\n\nThe Kordovan interior minister has provided information that 300 Kordovan "
                   "soldiers had left Tarsk on Monday.")
    assert len(moves) == 1
    assert moves[0].sources == ["the Kordovan interior minister"]


def test_a_speaker_with_a_participle_aside_before_the_say_verb_is_the_source():
    moves = _moves("Peacekeepers leave\n\nA 300-strong Kordovan infantry unit handed its camp at Tarsk over to the "
                   "army on Monday and left for Port Mirna, a spokesperson for the mission, known as UNTAR, told "
                   "reporters by telephone.")
    assert len(moves) == 1
    assert moves[0].sources == ["a spokesperson for the mission"]


def test_the_spokesperson_is_the_one_who_spoke_before():
    moves = _moves("Peacekeepers leave\n\nA Kordovan unit of 300 soldiers left Tarsk on Monday, a UNTAR spokesperson "
                   "told reporters.\n\nAbout 200 Fijian peacekeepers began pulling out of Port Mirna on Tuesday, the "
                   "spokesperson said.")
    assert len(moves) == 2
    assert moves[1].sources == ["a UNTAR spokesperson"]


def test_a_bare_force_sent_by_an_unnamed_nation_or_body_is_the_senders_force_not_the_sender():
    moves = _moves("Army sent in\n\nThe government sent in the army to restore order in Tarsk after days of riots.")
    assert [m.actor for m in moves] == ["government's army"]
    moves = _moves("Troops sent in\n\nRussia sent in troops to restore order in Tarsk.")
    assert [m.actor for m in moves] == ["Russian troops"]  # a nation names its force by its demonym
