"""Session 12: destinations the sentence leaves unsaid or the parser hides. A nation's later move that names no
place goes where the same nation's force went before; "left for their home bases" and "set out for the UN mission
in X" name where the force goes. Invented places; near misses beside them."""

from summarizer import summarize


def _moves(text: str) -> list:
    return summarize(text, strategy="learned").movements


def test_a_nations_later_move_goes_where_its_first_went():
    moves = _moves("Police sent to Tarvia\n\nAustralia dispatched 23 police officers to Port Mirna on Thursday, the "
                   "prime minister said.\n\nAnother 50 Australian soldiers were expected to touch down on Sunday, "
                   "officials said.")
    assert [m.destination for m in moves] == ["Port Mirna", "Port Mirna"]


def test_another_nations_move_borrows_no_destination():
    moves = _moves("Police sent to Tarvia\n\nAustralia dispatched 23 police officers to Port Mirna on Thursday, the "
                   "prime minister said.\n\nAbout 40 Fijian soldiers were expected to touch down on Sunday, "
                   "officials said.")
    assert len(moves) == 2
    assert moves[1].destination is None


def test_a_withdrawal_borrows_no_destination():
    moves = _moves("Troops in Tarvia\n\nAustralia sent 200 soldiers to Port Mirna in March, the ministry said on "
                   "Monday.\n\nOn Monday, 80 Australian soldiers withdrew from the northern outposts, officials said.")
    withdrawal = [m for m in moves if "withdrew" in m.evidence]
    assert len(withdrawal) == 1
    assert withdrawal[0].destination is None


def test_left_for_their_home_bases_is_a_destination():
    moves = _moves("Peacekeepers leave\n\nPeacekeeping units from Armenia have departed Tarsk for their home bases, "
                   "the ministry said on Thursday.")
    assert len(moves) == 1
    assert (moves[0].origin, moves[0].destination) == ("Tarsk", "their home bases")


def test_set_out_for_a_mission_somewhere_is_a_destination_and_a_purpose_is_not():
    moves = _moves("Police unit leaves\n\nSeventy police officers from Bangladesh set out for the UN mission in "
                   "Tarvia on Monday.")
    assert len(moves) == 1
    assert moves[0].destination == "the UN mission in Tarvia"
    moves = _moves("Battalion leaves\n\nThe Kordovan army's 5th battalion left Tarsk for a training mission on "
                   "Monday, the ministry said.")
    assert len(moves) == 1
    assert moves[0].destination is None
