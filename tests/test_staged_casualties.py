"""Casualty tolls, sentence by sentence: the cue forms, the count, who, where and cause."""

from __future__ import annotations

import pytest

from summarizer.strategies.staged import StagedNoModel
from summarizer.strategies.staged.casualties import casualty_items
from summarizer.strategies.staged.sentences import parse_article


def _tolls(text: str) -> list[tuple]:
    parsed = parse_article(text)
    out = []
    for item in casualty_items(parsed, parsed.sentences[0]):
        d, c = item.data, item.data["count"]
        out.append((item.casualty_kind, c.value, c.qualifier, d["who"], d["where"], d["cause"]))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fighting left one rebel dead and another injured, the army said.",
         [("killed", 1, "exactly", "rebel", None, "The fighting"), ("wounded", 1, "exactly", "rebel", None, "The fighting")]),
        ("Nineteen Lebanese civilians lost their lives in Israeli airstrikes on Saturday.",
         [("killed", 19, "exactly", "Lebanese civilians", None, "Israeli airstrikes")]),
        ("Israel said seven of its soldiers had been killed and more than 70 wounded.",
         [("killed", 7, "exactly", "Israeli soldiers", None, None), ("wounded", 70, "at_least", None, None, None)]),
        ("Six of the herdsmen were arrested while 10 others were shot dead.", [("killed", 10, "exactly", None, None, None)]),
        ("In northern Israel Hezbollah rockets wounded eight people.",
         [("wounded", 8, "exactly", "people", "northern Israel", "Hezbollah rockets")]),
        ("Violence flared in Meghalaya, where two persons were killed in security forces' firing after two groups clashed.",
         [("killed", 2, "exactly", "persons", "Meghalaya", "security forces' firing")]),
        ("A Hezbollah statement said three of its fighters were killed.", [("killed", 3, "exactly", "Hezbollah fighters", None, None)]),
        ("The attack left many residents injured and displaced.", [("wounded", None, "unspecified", "residents", None, "The attack")]),
        ("An airstrike on a market in Idlib killed 12 civilians on Monday.",
         [("killed", 12, "exactly", "civilians", "Idlib", "An airstrike on a market in Idlib")]),
        # a toll noun with its figure
        ("The death toll rose to 45, health officials said.", [("killed", 45, "exactly", None, None, None)]),
        ("The attack brought the death toll to 60.", [("killed", 60, "exactly", None, None, "The attack")]),
        ("Officials put the death toll at 23.", [("killed", 23, "exactly", None, None, None)]),
        # "dead" and "wounded" beside the counted noun, and wounds carried
        ("The clashes left 7 people dead in the border town of Kobani.",
         [("killed", 7, "exactly", "people", "the border town of Kobani", "The clashes")]),
        ("Gunmen raided the market, with dozens of traders left wounded.",
         [("wounded", None, "unspecified", "traders", None, None)]),
        ("Ten people with gunshot wounds were taken to hospital.", [("wounded", 10, "exactly", "people", None, None)]),
        ("Six soldiers were treated for gunshot wounds.", [("wounded", 6, "exactly", "soldiers", None, None)]),
        # lives claimed, men lost, the price paid, enemies neutralised
        ("The strike claimed the lives of 20 civilians, local officials said.",
         [("killed", 20, "exactly", "civilians", None, "The strike")]),
        ("The army said it lost 3 men in the battle.", [("killed", 3, "exactly", "men", None, "the battle")]),
        ("Five soldiers paid the ultimate price in the attack.",
         [("killed", 5, "exactly", "soldiers", None, "the attack")]),
        ("Troops neutralised 12 terrorists in the operation.",
         [("killed", 12, "exactly", "terrorists", None, "the operation")]),
        ("The bodies of 19 villagers were found in a mass grave.", [("killed", 19, "exactly", "villagers", None, None)]),
        ("The number of people killed in the clashes has risen to 62.", [("killed", 62, "exactly", None, None, None)]),
        ("The ministry put the number of dead at 31.", [("killed", 31, "exactly", None, None, None)]),
        ("Local media reported 9 fatalities.", [("killed", 9, "exactly", None, None, None)]),
        ("The attack left 23 dead and dozens injured.",
         [("killed", 23, "exactly", None, None, "The attack"), ("wounded", None, "unspecified", None, None, None)]),
        ("Seven civilians were among the dead.", [("killed", 7, "exactly", "civilians", None, None)]),
        ("Two Indian soldiers were martyred in the exchange of fire.",
         [("killed", 2, "exactly", "Indian soldiers", None, None)]),
        ("Three soldiers sustained injuries in the blast.", [("wounded", 3, "exactly", "soldiers", None, None)]),
        ("Three civilians were maimed by a landmine.", [("wounded", 3, "exactly", "civilians", None, "a landmine")]),
        ("A total of 35 people were killed in the two attacks.",
         [("killed", 35, "exactly", "people", None, "the two attacks")]),
        # coordinated victims with their own counts: one toll each
        ("Fighting near the town killed two soldiers and two civilians, an army spokesman said.",
         [("killed", 2, "exactly", "soldiers", "the town", "Fighting near the town"),
          ("killed", 2, "exactly", "civilians", "the town", "Fighting near the town")]),
        ("A drone strike killed a senior commander and two of his guards.",
         [("killed", 1, "exactly", "a senior commander", None, "A drone strike"),
          ("killed", 2, "exactly", "his guards", None, "A drone strike")]),
        # the event's own running toll, told in a relative clause
        ("The fighting, which has killed 80 people, spread to the capital.",
         [("killed", 80, "exactly", "people", None, "The fighting")]),
        ("The army said three of its soldiers were wounded.", [("wounded", 3, "exactly", "army soldiers", None, None)]),
        ('"We lost 12 of our men," the commander said.', [("killed", 12, "exactly", "our men", None, None)]),
        ("Authorities confirmed the deaths of 7 miners.", [("killed", 7, "exactly", "miners", None, None)]),
        ("The blast left at least 40 people injured.", [("wounded", 40, "at_least", "people", None, None)]),
        ("The militants executed 15 hostages.", [("killed", 15, "exactly", "hostages", None, "The militants")]),
        # a toll split into parts: each part is a toll
        ("Some 300 people were killed, 200 of them civilians.",
         [("killed", 300, "about", "people", None, None), ("killed", 200, "exactly", "civilians", None, None)]),
        ("The army lost 14 tanks and 300 men in the offensive.",
         [("killed", 300, "exactly", "men in the offensive", None, "The army")]),
        ("Police arrested five suspects over the killing of 3 soldiers.", [("killed", 3, "exactly", "soldiers", None, None)]),
        ("The massacre of 30 villagers sparked protests.", [("killed", 30, "exactly", "villagers", None, None)]),
        # "a" is one
        ("A Turkish soldier was killed in a rocket attack on Sunday.",
         [("killed", 1, "exactly", "A Turkish soldier", None, "a rocket attack on Sunday")]),
        ("A second soldier died of his injuries on Wednesday.", [("killed", 1, "exactly", "A second soldier", None, None)]),
        # vague and ranged counts: who without the quantity words
        ("Scores of people were wounded in the bombing.",
         [("wounded", None, "unspecified", "people", None, "the bombing")]),
        ("Between 10 and 15 people died in the clashes.", [("killed", None, "range", "people", None, "the clashes")]),
        ("At least 30 people were killed and dozens wounded when a car bomb exploded in Mogadishu.",
         [("killed", 30, "at_least", "people", "Mogadishu", None), ("wounded", None, "unspecified", None, "Mogadishu", None)]),
        ("Police said 12 people were killed and 30 wounded — 45 wounded, according to hospital sources.",
         [("killed", 12, "exactly", "people", None, None), ("wounded", 30, "exactly", None, None, None),
          ("wounded", 45, "exactly", None, None, None)]),
    ],
)
def test_toll_fields(text, expected) -> None:
    assert _tolls(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Troops killing civilians is a war crime, the envoy said.",  # no quantity
        "No soldiers were killed in the exchange.",
        "The 1994 genocide, in which some 800,000 people were killed, still shapes the region.",
        # warnings, threats and aims are no toll; "may have been killed" is (test_toll_fields)
        "Officials warned that the fighting could kill thousands.",
        "The strike could kill hundreds of civilians, aid groups warned.",
        "He said 40 people would die if the dam broke.",
        "Rebels vowed to kill 50 soldiers for every fighter lost.",
        # verbs that take things as well as people
        "Government forces lost ground to the rebels.",
        "The company lost 3 contracts this year.",
        "Engineers neutralised 12 explosive devices.",
        "The firm eliminated 300 jobs.",
        "The government must pay the price for its failures.",
        "Lawmakers killed the bill in committee on Tuesday.",
        # tolls dated before the story, and a group's record
        "Last month, 30 civilians were killed in a similar attack in the same province.",
        "Two years ago, a massacre in the village killed 171 people.",
        "Attacks in the region have killed 400 people in the past three years.",
        "The rebels, who have killed scores of civilians in recent months, deny targeting residents.",
        # counts of other things, and tolls that are not people
        "The number of troops in the region rose to 300.",
        "The number of displaced people has risen to 20,000.",
        "The toll of the war on the economy reached $3 billion.",
        "The toll rose by 12 percent.",
        "The death toll could rise to 100, officials warned.",
        "Police neutralised three bombs near the stadium.",
        "The unit executed 12 missions in the north.",
        "The army sent 300 soldiers to the border, where no one was hurt.",
        "The drought killed 3,000 cattle.",
        "The soldiers killed time by playing cards.",
        "The bill would kill 2,000 jobs.",
        "Five soldiers were among the 300 troops deployed.",
    ],
)
def test_no_toll(text) -> None:
    parsed = parse_article("Dateline\n\nWire, Mar 3 2025\n\n" + text + "\n")
    assert casualty_items(parsed, parsed.sentences[0]) == []


def test_a_toll_in_a_sentence_without_a_movement_is_kept_when_the_article_reports_one() -> None:
    article = (
        "Clashes\n\nWire, Mar 3 2025\n\n"
        "About 300 soldiers were deployed to the town of Gwamba on Monday, the army said.\n"
        "The fighting left one rebel dead and another injured.\n"
    )
    draft, _ = StagedNoModel().extract(article, None)
    assert len(draft.movements) == 1
    assert [(c.count.value, c.who) for c in draft.casualties] == [(1, "rebel"), (1, "rebel")]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # a coordinated toll is its own item: the first one's evidence stops before it
        ("At least 12 soldiers were killed and 30 wounded in the attack on the base.",
         ["At least 12 soldiers were killed", "30 wounded in the attack on the base"]),
        ("The attack killed 11 people and injured 40 others.",
         ["The attack killed 11 people", "The attack killed 11 people and injured 40 others"]),
        ("The fighting has killed 90 people, at least 60 of them in the capital and 30 in the north.",
         ["The fighting has killed 90 people", "at least 60 of them in the capital", "30 in the north"]),
        ("Gunmen opened fire on a bus, killing 9 passengers and wounding 12.",
         ["Gunmen opened fire on a bus, killing 9 passengers", "killing 9 passengers and wounding 12"]),
    ],
)
def test_coordinated_tolls_are_quoted_apart(text, evidence) -> None:
    parsed = parse_article(text)
    assert [item.data["evidence"] for item in casualty_items(parsed, parsed.sentences[0])] == evidence


def test_a_toll_told_again_is_one_item_and_other_victims_with_the_same_count_are_another() -> None:
    article = (
        "Attack\n\nWire, Mar 3 2025\n\n"
        "Militants killed at least 14 soldiers in an attack on an army base on Sunday, security sources said.\n"
        "About 300 troops were deployed to the area on Monday.\n"
        "The attack, which killed 14 soldiers and wounded 20, was the deadliest this year.\n"
        "Fourteen civilians were also killed in a nearby village.\n"
    )
    draft, _ = StagedNoModel().extract(article, None)
    assert [(c.count.value, c.who) for c in draft.casualties] == [(14, "soldiers"), (20, None), (14, "civilians")]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Fourteen soldiers were killed in the fighting for the city in January.", False),  # months before the story
        ("Fourteen soldiers were killed in the fighting for the city in May.", True),
        ("Fourteen soldiers have been killed since January.", True),  # the running toll
    ],
)
def test_a_toll_months_before_the_dateline_is_background(sentence, kept) -> None:
    parsed = parse_article("Clashes\n\nWire, Bukavu, Jun 16 2025\n\n" + sentence + "\n")
    assert bool(casualty_items(parsed, parsed.sentences[0])) is kept
