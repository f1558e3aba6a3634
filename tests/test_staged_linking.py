"""Linking across sentences: re-mentions fold into the move they repeat, casualties dedupe, denials target moves."""

from __future__ import annotations

from summarizer.strategies.staged import StagedNoModel, linking
from summarizer.strategies.staged.casualties import casualty_items
from summarizer.strategies.staged.sentences import parse_article

_HEAD = "Headline here\n\nWire, Mar 3 2025\n\n"


def _brief(text: str):
    draft, _ = StagedNoModel().extract(_HEAD + text + "\n", None)
    return draft


def test_a_pronoun_re_mention_folds_into_the_move() -> None:
    draft = _brief("Kenyan troops moved to Afmadow on Tuesday. They later advanced to Kismayo.")
    assert [(m.actor, m.destination) for m in draft.movements] == [("Kenyan troops", "Afmadow")]


def test_a_definite_re_mention_replaces_an_origin_read_from_the_mover() -> None:
    # "officers from Benin" gives a weak origin; the re-mention's verb origin ("from Cotonou") wins.
    draft = _brief("Some 150 police officers from Benin arrived in Haiti on Tuesday. "
                   "The Beninese officers landed at the airport from Cotonou.")
    assert [(m.origin, m.destination) for m in draft.movements] == [("Cotonou", "Haiti")]


def test_an_origin_from_the_verb_is_kept() -> None:
    draft = _brief("Some 150 Beninese police officers left from Benin on Tuesday. "
                   "The Beninese officers landed at Port-au-Prince airport from Cotonou.")
    assert len(draft.movements) == 1
    assert draft.movements[0].origin == "Benin"


def test_the_same_toll_twice_is_one_casualty_per_kind() -> None:
    parsed = parse_article(_HEAD + "Two soldiers were killed in an ambush near Gao. Two soldiers were killed in "
                           "the ambush, officials said. Two soldiers were wounded.\n")
    items = [item for sentence in parsed.sentences for item in casualty_items(parsed, sentence)]
    assert [(i.casualty_kind, i.data["count"].value) for i in items] == [("killed", 2), ("killed", 2), ("wounded", 2)]
    kept = linking.dedupe_casualties(items)
    assert [(i.casualty_kind, i.data["count"].value) for i in kept] == [("killed", 2), ("wounded", 2)]


def test_a_denial_targets_the_move_of_the_force_it_names() -> None:
    draft = _brief("About 400 Rwandan troops crossed into Congo on Monday, UN experts said. The troops then moved "
                   "to Goma. Rwanda's spokesperson denied that Rwandan troops had entered Congo.")
    assert [(m.actor, m.destination) for m in draft.movements] == [("Rwandan troops", "Congo")]
    assert [(d.denier, d.what, d.targets) for d in draft.denials] == [
        ("Rwanda's spokesperson", "that Rwandan troops had entered Congo", [0])]
