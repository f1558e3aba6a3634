"""Session 12: a denial of a party's account ("Tarvia's statement was false") disputes the moves the article tells on
that party's word, among the moves of the force it names; near miss: an account that every move is told on picks out
nothing, and the force the denial names decides."""

from summarizer import summarize


def test_a_denial_of_a_partys_statement_targets_the_move_told_on_its_word():
    brief = summarize("Warship sails\n\nThe Kordovan destroyer Vell sailed through waters near the Mirn Islands on "
                      "Monday, the navy said. Tarvia said it had expelled the destroyer. The Kordovan navy said "
                      "Tarvia's statement was false and the ship had continued its operations.", strategy="learned")
    told_by_tarvia = [i for i, m in enumerate(brief.movements) if m.sources == ["Tarvia"]]
    assert len(brief.movements) == 2 and len(told_by_tarvia) == 1
    assert [d.targets for d in brief.denials] == [told_by_tarvia]


def test_an_account_every_move_is_told_on_picks_out_nothing_and_the_named_force_decides():
    brief = summarize("Troops cross border\n\nAbout 300 Kordovan soldiers crossed into Tarvia on Monday, Tarvia's "
                      "defence ministry said. Kordova's foreign ministry called Tarvia's claims \"lies\".",
                      strategy="learned")
    assert len(brief.movements) == 1
    assert [d.targets for d in brief.denials] == [[0]]
