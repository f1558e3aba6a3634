"""Casualties: people reported killed or wounded, one entry per toll.

Cues are verbs ("killed seven", "were wounded", "died", "shot dead", "lost
their lives", "left one rebel dead and another injured", "claimed the lives of
20", "lost 3 men", "neutralised 12 terrorists", "paid the supreme price"),
counted nouns ("nine dead", "19 bodies", "100 wounded", "the deaths of 7
miners", "22 people with gunshot wounds") and tolls ("the death toll rose to
45", "the number of dead at 31"). A toll needs a quantity (a number, "a", "dozens",
"many"): "killing civilians" says who suffered, not how many, and is not a toll.
Not tolls either: warnings ("could kill thousands"), tolls dated before the story
("the 1994 genocide ... were killed", "two years ago", "in January" in a June
story) and a group's record ("the militia, which has killed dozens"). Each toll
gets who (with "its soldiers" read as the speaker's: "Israel said seven of its
soldiers" -> "Israeli soldiers"), where (a place in the toll's own clause) and
cause (who or what killed: the subject of an active verb, "by X", or the event
"in Israeli airstrikes"). Coordinated victims with their own counts ("two
soldiers and two civilians") and the parts of a toll ("at least 763 of them in
Lebanon and 130 in Israel") are tolls of their own.

`casualty_items(article, sentence)` reads every toll of one sentence, whatever
else the sentence reports, so a toll is kept even when no movement was found in
it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from schemas import CountDraft
from summarizer.numbers import MONTHS_IN_ORDER, read_count
from summarizer.strategies.staged import fields
from summarizer.strategies.staged.assemble import Item, _strip_attribution, offsets, token_text
from summarizer.strategies.staged.candidates import counted_head
from summarizer.strategies.staged.lexicons import pairs, words
from summarizer.strategies.staged.sentences import ParsedArticle, Sentence

Token = Any
_STATE_WORDS = {"dead": "killed", "injured": "wounded", "wounded": "wounded"}  # "shot dead", "left ... injured"
_VAGUE = {"many", "several", "numerous", "scores", "dozens", "hundreds", "thousands"}
# Nouns of events that kill ("killed in Israeli airstrikes") are the casualty_events lexicon.


def _victim_of(token: Token) -> Token | None:
    """Who was hit by a casualty verb: its object, its passive subject, or the noun a participle modifies."""
    victim = next((c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    lemma = token.lemma_.lower()
    if victim is None and lemma == "die":
        victim = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if victim is None and (token.tag_ == "VBN" or (token.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in token.children))):
        # "more than 70 wounded" parsed with the number as subject ("— 100 wounded," even as a past tense with no
        # object); "residents injured" as a participle
        victim = next((c for c in token.children if c.dep_ == "nsubj"
                       and (c.like_num or c.lower_ in _VAGUE | {"another", "others"} or _numbered(c))), None)
        if victim is None and token.dep_ == "acl":
            victim = token.head
    if victim is None and token.dep_ == "conj" and any(c.lower_ == "another" for c in token.children):
        victim = next(c for c in token.children if c.lower_ == "another")  # "one rebel dead and another injured"
    return victim


def _cue(token: Token) -> tuple[str, Token] | None:
    """(kind, victim) when the token reports a toll."""
    kinds = pairs("casualty_cues")
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and any(c.dep_ == "neg" for c in token.children):
        return None
    if token.pos_ == "VERB" and _unrealised(token):
        return None
    if token.pos_ == "VERB" and lemma in {"claim", "take", "cost"}:  # "the strike claimed the lives of 20 civilians"
        lives = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() == "life"), None)
        of = next((g for c in lives.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None) if lives is not None else None
        return ("killed", of) if of is not None else None
    if token.pos_ == "VERB" and lemma == "pay" and any(  # "five soldiers paid the supreme price": military obituary
        c.dep_ == "dobj" and c.lemma_.lower() == "price" and any(a.lower_ in {"ultimate", "supreme"} for a in c.children)
        for c in token.children
    ):
        victim = next((c for c in token.children if c.dep_ == "nsubj"), None)
        return ("killed", victim) if victim is not None and victim.lower_ not in fields.PRONOUNS else None
    if token.pos_ == "VERB" and lemma in _PEOPLE_ONLY_CUES:  # "12 terrorists were neutralised", not "the threat"
        victim = _victim_of(token)
        return ("killed", victim) if victim is not None and counted_head(victim).lemma_.lower() in _people_nouns() else None
    if token.pos_ == "NOUN" and lemma in {"wound", "injury"} and token.dep_ == "pobj":
        # "22 people with gunshot wounds were taken to hospital", "six soldiers were treated for injuries"
        prep = token.head
        holder = prep.head
        if prep.lower_ == "with" and holder.pos_ == "NOUN" and any(c.like_num or c.lower_ in _VAGUE for c in holder.subtree if c.i < holder.i):
            return "wounded", holder
        if prep.lower_ == "for" and holder.lemma_.lower() == "treat":
            victim = next((c for c in holder.children if c.dep_ in {"nsubjpass", "dobj"}), None)
            return ("wounded", victim) if victim is not None and victim.lower_ not in fields.PRONOUNS else None
        return None
    if token.pos_ == "VERB" and lemma == "lose":  # "the army lost 3 men": people lost, not ground or contracts
        lost = next((c for c in token.children if c.dep_ == "dobj"), None)  # "lost 12 of our men"
        if lost is not None and any(counted_head(g).lemma_.lower() in _people_nouns() and (g.like_num or _numbered(g))
                                    for g in _victim_groups(lost)):
            return "killed", lost  # the groups that are not people are dropped with the toll's groups
    if token.pos_ == "VERB" and lemma == "lose" and any(c.lemma_.lower() == "life" for c in token.children if c.dep_ == "dobj"):
        victim = next((c for c in token.children if c.dep_ == "nsubj"), None)  # "19 civilians lost their lives"
        return ("killed", victim) if victim is not None and victim.lower_ not in fields.PRONOUNS else None
    if token.pos_ == "VERB" and lemma == "lose" and any(c.lemma_.lower() == "life" for c in token.children if c.dep_ == "nsubjpass"):
        return "killed", next(c for c in token.children if c.dep_ == "nsubjpass")  # "900 lives have been lost"
    if token.pos_ == "VERB" and lemma not in kinds:
        state = next((c for c in token.children if c.dep_ in {"oprd", "acomp"} and c.lower_ in _STATE_WORDS), None)
        if state is not None:  # "were shot dead", "left one rebel dead"
            victim = next((c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}), None)
            if victim is None and token.dep_ == "acl":  # "many residents left injured"
                victim = token.head
            if victim is None and token.dep_ == "pcomp":  # "with dozens of traders left wounded"
                victim = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if victim is None:  # "left at least eight soldiers dead", parsed as a small clause on "dead"
                victim = next((c for c in state.children if c.dep_ == "nsubj"), None)
            if victim is None and any(c.like_num for c in state.children):  # "left 23 dead"
                victim = state
            if victim is not None and victim.lower_ not in fields.PRONOUNS:
                return _STATE_WORDS[state.lower_], victim
        return None
    if token.pos_ == "VERB" and lemma in kinds and lemma not in words("casualty_nouns"):
        victim = _victim_of(token)
        if victim is None or victim.lower_ in fields.PRONOUNS - {"who"}:
            return None
        if victim.lower_ == "who":
            victim = token.head
        return kinds[lemma], victim
    if token.pos_ == "NOUN" and lemma in _TOLL_NOUNS:  # "the death toll rose to 45", "a toll of 12"
        kind = _toll_kind(token)
        number = _toll_number(token) if kind is not None else None
        if number is None or any(t.ent_type_ == "MONEY" or t.lower_ in {"%", "percent"} for t in number.subtree):
            return None
        if token.head.pos_ in {"VERB", "AUX"} and _unrealised(token.head):
            return None  # "the death toll could rise to 100"
        return kind, number
    if token.pos_ == "NOUN" and lemma in {"injury", "wound"} and token.dep_ == "dobj" and token.head.lemma_.lower() in {
        "sustain", "suffer", "receive"
    }:  # "three soldiers sustained injuries", "seven others suffered minor injuries"
        victim = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        return ("wounded", victim) if victim is not None and victim.lower_ not in fields.PRONOUNS | {"who"} else None
    if token.pos_ in {"NOUN", "ADJ"} and token.dep_ == "pobj" and token.head.lower_ == "among" and (
        token.lower_ in words("casualty_nouns")
    ):  # "seven civilians were among the dead"
        victim = next((c for c in token.head.head.children if c.dep_ in {"nsubj", "attr"} and c.i != token.i), None)
        kind = "wounded" if token.lower_ in {"injured", "wounded"} else "killed"
        return (kind, victim) if victim is not None and victim.lower_ not in fields.PRONOUNS else None
    if token.pos_ == "NOUN" and (lemma in _DEATH_NOUNS or token.lower_ in _DEATH_NOUNS):
        # "the bodies of 19 villagers were found", "confirmed the deaths of 7 miners", "the killing of 3 soldiers"
        of = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is not None and _numbered(of):
            return "killed", of
    if token.pos_ in {"NOUN", "ADJ"} and (lemma in words("casualty_nouns") or token.lower_ in words("casualty_nouns")):
        if token.dep_ in {"oprd", "acomp"}:
            return None  # "shot dead": read from its verb
        if token.dep_ == "amod" and token.head.pos_ == "NOUN" and any(c.like_num for c in token.head.children):
            # "left 7 people dead", "three dead soldiers"
            return ("wounded" if token.lower_ in {"injured", "wounded"} else "killed"), token.head
        numbered = any(c.dep_ == "nummod" or c.like_num for c in token.children)
        before = token.doc[token.i - 1] if token.i > 0 else None
        if numbered or (before is not None and before.like_num):
            kind = "wounded" if token.lower_ in {"injured", "wounded"} else "killed"
            return kind, token
    return None


# Modal auxiliaries: "could kill thousands", "would die if the dam broke" warn of a toll, they do not report one
# ("may have been killed" does: a perfect "have" makes it a report of what happened).
_MODALS = {"can", "could", "would", "will", "might", "may", "shall", "should", "must"}


def _unrealised(verb: Token) -> bool:
    """A warning, threat or aim ("could kill thousands", "vowed to kill them all"), not a reported toll."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lemma_.lower() == "have" for a in auxes):
        return False
    return any(a.lower_ in _MODALS or a.lower_ == "to" or a.lower_ == "'ll" for a in auxes)


# Nouns of a death that name their dead with "of": "the deaths of 7 miners", "the massacre of 30 villagers".
_DEATH_NOUNS = {"body", "death", "killing", "killings", "massacre", "murder"}
# Military euphemisms for killing that also take things ("neutralised an explosive device", "eliminated jobs"):
# a toll only when people are the object.
_PEOPLE_ONLY_CUES = {"neutralise", "neutralize", "eliminate", "execute"}


def _numbered(noun: Token) -> bool:
    """"40 people", "a dozen soldiers": a noun with its own count."""
    return any(c.dep_ == "nummod" or c.like_num for c in noun.children)


def _people_nouns() -> frozenset[str]:
    """People a toll can count: members of forces (not their tanks or ships), and the casualty_victims lexicon."""
    return (words("armed_forces") - words("platform_nouns")) | words("person_nouns") | words("casualty_victims")


_TOLL_NOUNS = {"toll", "tally", "number"}


def _toll_kind(toll: Token) -> str | None:
    """"the death toll", "the toll": killed; "the number of dead", "the number of people injured": what they count.
    A number of anything else ("the number of troops rose to 300") is no toll."""
    counted = next((g for c in toll.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
    if counted is not None:
        said = [counted] + [c for c in counted.children if c.dep_ in {"acl", "amod"}]
        for word in said:
            kind = pairs("casualty_cues").get(word.lemma_.lower()) or pairs("casualty_cues").get(word.lower_)
            if kind is not None:
                return kind
            if word.lower_ in {"casualties", "fatalities", "victims"}:
                return "killed"
    if toll.lemma_.lower() == "number" or (counted is not None and not counted.like_num):
        return None  # "the number of troops", "the toll of the war on the economy"
    return "wounded" if any(c.lemma_.lower() in {"injury", "wound"} for c in toll.children) else "killed"


def _toll_number(toll: Token) -> Token | None:
    """The figure of a toll: "a toll of 12", "the toll rose to 45", "the death toll stands at 45", "reached 45"."""
    for prep in (c for c in toll.children if c.dep_ == "prep" and c.lower_ == "of"):
        number = next((g for g in prep.children if g.dep_ == "pobj" and g.like_num), None)
        if number is not None:
            return number
    verb = toll.head  # "brought the death toll to 60", "put the toll at 23": the figure hangs on the verb
    if toll.dep_ in {"nsubj", "nsubjpass", "dobj"} and verb.pos_ in {"VERB", "AUX"}:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in {"to", "at"}:
                number = next((g for g in child.children if g.dep_ == "pobj" and g.like_num), None)
                if number is not None:
                    return number
            if child.dep_ in {"dobj", "attr"} and child.like_num and toll.dep_ != "dobj":
                return child
    return None


def _background(tokens: list[Token]) -> bool:
    """A toll dated before the story by a relative time: "last month", "two years ago", "in the past three years"
    (a toll "last week" or "in the past 24 hours" may be the story's own)."""
    for t in tokens:
        before = [t.doc[i].lower_ for i in range(max(t.sent.start, t.i - 3), t.i)]
        if t.lower_ == "ago" and before and t.doc[t.i - 1].lemma_.lower() in {"month", "year", "decade"}:
            return True
        if t.lemma_.lower() in {"month", "year", "decade"} and before and before[-1] == "last":
            return True
        if t.lemma_.lower() in {"year", "decade"} and {"past", "last"} & set(before) and t.tag_ == "NNS":
            return True
    return False


@lru_cache(maxsize=64)
def _story_month(text: str) -> int | None:
    """The month of the story's dateline ("Meridian Wire, Bukavu, Jun 16 2025" -> 6), when it has one."""
    from summarizer.strategies.staged.sentences import _DATELINE

    for line in text.splitlines()[:4]:
        if _DATELINE.match(line.strip()):
            for word in re.findall(r"[a-z]+", line.lower()):  # "jun", "sept", "june"
                for number, name in enumerate(MONTHS_IN_ORDER, 1):
                    if word in {name, name[:3], name[:4]}:
                        return number
    return None


def _months_before(tokens: list[Token], story_month: int | None) -> bool:
    """A toll dated two months or more before the story's dateline ("killed in the fighting for Goma in January" in a
    June story): background. A running toll "since January" is the story's own."""
    if story_month is None:
        return False
    for t in tokens:
        if t.lower_ in MONTHS_IN_ORDER and t.ent_type_ == "DATE" and t.head.lower_ in {"in", "on", "during"}:
            if MONTHS_IN_ORDER.index(t.lower_) + 1 <= story_month - 2:
                return True
    return False


def _record_of(root: Token, cue: Token) -> bool:
    """"the militia, which has killed dozens of people in recent weeks": a group's record told in a relative clause
    (a perfect tense on a group) is background; "a strike that killed seven" and "the fighting, which has killed
    80" tell the event's own toll."""
    verb = cue if cue.pos_ == "VERB" else None
    if verb is None or verb.dep_ != "relcl" or _is_passive(verb):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return perfect and verb.head.lemma_.lower() not in words("casualty_events")


def _clause_root(token: Token) -> Token:
    if token.pos_ != "VERB":  # "a lower toll of nine dead": the verb that reports the toll
        head = token
        while head.pos_ not in {"VERB", "AUX"} and head.head != head:
            head = head.head
        return head
    if token.dep_ == "acl":  # "left many residents injured": the verb that holds the victims
        head = token.head
        while head.pos_ not in {"VERB", "AUX"} and head.head != head:
            head = head.head
        return head
    if token.dep_ == "ccomp" and token.head.pos_ == "VERB" and token.head.lemma_.lower() not in words("attribution_verbs"):
        return token.head  # "the blast left at least 40 people injured"
    if token.dep_ == "relcl" and not _is_passive(token):
        return token.head  # "a strike ... that killed seven": the strike's phrase
    if token.dep_ in {"advcl", "conj"} and token.head.pos_ == "VERB" and fields._subject(token) is None:
        return token.head  # "attacked the town, killing at least nine"; "killed 14 and wounded 37"
    return token


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _clause(root: Token, cue: Token) -> list[Token]:
    """The root's subtree without other clauses that carry their own subject, nor a coordinated toll of its own
    ("At least 12 soldiers were killed | and 30 wounded in the attack": the wounded are the next item)."""
    drop: set[int] = set()
    for child in (c for holder in {root, cue} for c in holder.children):  # "..., killing 9 | and wounding 12"
        if child.dep_ in {"conj", "parataxis"} and child.i > cue.i and cue.i not in {t.i for t in child.subtree}:
            if any(_cue(t) for t in child.subtree):
                drop.update(t.i for t in child.subtree)
                if child.head == cue:
                    drop.update(c.i for c in cue.children if c.dep_ == "cc" and c.i < child.i)
    for child in root.children:
        if child.dep_ in {"conj", "ccomp", "parataxis", "advcl"} and fields._subject(child) is not None and child.i > root.i:
            if not any(_cue(t) for t in child.subtree):
                drop.update(t.i for t in child.subtree)
    tokens = [t for t in root.subtree if t.i not in drop]
    if root.dep_ == "relcl":  # "Meghalaya, where two persons were killed ...": the clause, not its antecedent
        tokens = [t for t in tokens if not (t.dep_ == "advmod" and t.lower_ in {"where", "when"})]
    return _strip_attribution(tokens)


def _cause(root: Token, cue: Token, victim: Token) -> Token | None:
    """Who or what caused the toll: active subject, "by X", or the killing event ("in Israeli airstrikes")."""
    verb = cue if cue.pos_ == "VERB" else root
    for holder in (verb, root):
        agent = next((c for c in holder.children if c.dep_ == "agent"), None)
        if agent is not None:
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in {"in", "during", "from"}):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in words("casualty_events"):
                return obj
    if root.pos_ != "VERB":
        return root if root.i != victim.i else None
    if _is_passive(verb) or verb.lemma_.lower() == "die":
        return None
    subject = fields._subject(verb) or (fields._subject(root) if root is not verb else None)
    if subject is None and root.dep_ == "relcl" and verb is root:
        subject = root.head
    if subject is None or subject.lower_ in fields.PRONOUNS or subject.i == victim.i:
        return None
    return subject


def _place_tokens(token: Token) -> bool:
    return token.ent_type_ in {"GPE", "LOC", "FAC"} and token.dep_ not in {"amod", "compound", "poss", "nmod"}


def _where(root: Token, clause: list[Token], sentence: Sentence, skip: set[int]) -> str | None:
    """The first place in the toll's clause: a place entity, or "in/at/near X" with a place noun."""
    ids = {t.i for t in clause} - skip
    found: list[tuple[int, str]] = []
    for ent in sentence.span.ents:
        if ent.label_ in {"GPE", "LOC", "FAC"} and ent.root.i in ids and _place_tokens(ent.root):
            found.append((ent.start, ent.text))
    for token in clause:
        if token.i in skip:
            continue
        if token.dep_ == "prep" and token.lower_ in {"in", "at", "on", "near"}:
            obj = next((c for c in token.children if c.dep_ == "pobj"), None)
            if obj is not None and fields._looks_like_place(obj) and not fields._is_time(obj) and obj.lemma_.lower() not in words("casualty_events"):
                found.append((obj.left_edge.i, fields.span_text(fields.phrase(obj))))
        if token.dep_ == "dobj" and token.head == root and fields._looks_like_place(token):
            found.append((token.left_edge.i - 1000, fields.span_text(fields.phrase(token))))  # "attacked the village of X"
    if not found and root.dep_ == "relcl" and any(c.lower_ == "where" for c in root.children):
        return fields.span_text(fields.phrase(root.head))  # "in Meghalaya, where two persons were killed"
    if found:
        return min(found)[1]
    says = words("attribution_verbs")
    for ent in sentence.span.ents:  # a place elsewhere in the sentence, unless it is the reporting party
        if ent.label_ in {"GPE", "LOC", "FAC"} and _place_tokens(ent.root) and ent.root.i not in skip:
            if not (ent.root.dep_ in {"nsubj", "nsubjpass"} and ent.root.head.lemma_.lower() in says):
                return ent.text
    return None


def _speaker(token: Token) -> Token | None:
    says = words("attribution_verbs")
    head = token
    for _ in range(6):
        if head.head == head:
            return None
        head = head.head
        if head.lemma_.lower() in says:
            subject = fields._subject(head)
            return subject if subject is not None and subject.lower_ not in fields.PRONOUNS else None
    return None


def _victim_groups(victim: Token) -> list[Token]:
    """The victims, with each coordinated group that has its own count ("two soldiers and two civilians",
    "a commander and two of his guards"): one toll each."""
    groups = [victim]
    for conj in (c for c in victim.children if c.dep_ == "conj"):
        if conj.like_num or any(c.like_num or (c.dep_ == "det" and c.lower_ in {"a", "an"}) for c in conj.children):
            groups.append(conj)
    return groups


def _cue_phrase(cue: Token) -> set[int]:
    """The cue's words when they sit inside the victims' phrase ("7 people dead in Kobani", "people with gunshot
    wounds"): they say what happened, not who it happened to."""
    if cue.dep_ == "amod":
        return {t.i for t in cue.subtree}
    if cue.dep_ == "pobj" and cue.head.lower_ == "with":
        return {t.i for t in cue.head.subtree}
    return set()


def _who(victim: Token, head: Token, cue: Token, others: set[int] = frozenset()) -> str | None:
    """The victims' phrase without the number: "seven of its soldiers" -> "its soldiers", with
    "its"/"their" read as the party that reports the toll ("Israel said ..." -> "Israeli soldiers")."""
    noun = victim
    if victim.like_num or victim.lower_ in _VAGUE | {"another", "others", "some", "many", "total"}:
        pobj = next((g for c in victim.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        if pobj is not None:
            noun = pobj
        elif head is not victim and not head.like_num:
            noun = head
        elif victim.lower_ == "another":  # "one rebel dead and another injured": another rebel
            holder, sibling = cue, None
            for _ in range(3):
                holder = holder.head
                sibling = next((c for c in holder.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "NOUN"), None)
                if sibling is not None or holder.head == holder:
                    break
            noun = sibling or victim
    if noun.like_num:
        return None  # "wounded 11 in Kherson City": a bare number names no one (the place is where, not who)
    inside = _cue_phrase(cue) | others  # "7 people dead in Kobani", "people with gunshot wounds": not who
    inside |= _things_beside(noun)
    tokens = [t for t in fields.phrase(noun) if t.i not in inside and not t.like_num and t.ent_type_ != "CARDINAL" and t.lower_ not in _VAGUE]
    tokens = [t for t in tokens if not (t.dep_ == "quantmod" or t.lower_ in {"more", "than", "least", "at", "nearly", "about", "around", "some", "up", "to", "between"})]
    tokens = [t for t in tokens if not (t.dep_ in {"cc", "prep"} and t.head.like_num)]  # "between 10 and 15", "scores of"
    while tokens and tokens[0].lower_ == "of":
        tokens = tokens[1:]
    possessive = next((t for t in tokens if t.lower_ in {"its", "their"} and t.dep_ == "poss"), None)
    text = fields.span_text(tokens)
    if noun.lemma_.lower() in {"life", "another", "other"} or noun.lower_ in words("casualty_nouns") or noun.lemma_.lower() in words("casualty_nouns"):
        return None  # "left 23 dead": the count's own word, nobody named
    if possessive is not None:
        speaker = _speaker(cue)
        if speaker is not None and speaker.lemma_.lower() in {"statement", "report", "communique", "release", "post"}:
            speaker = next((c for c in speaker.children if c.dep_ in {"compound", "poss"}), None)  # "A Hezbollah statement"
        if speaker is not None:
            # "The army" -> army soldiers; "Taliban officials" -> Taliban fighters (who speaks for the side, not it)
            name = fields.span_text([t for t in fields.phrase(speaker) if t.dep_ != "det" and not (
                t.lemma_.lower() in _SPOKESPEOPLE and t.i != speaker.left_edge.i)])
            name = fields.demonyms()[0].get(name, name)
            rest = fields.span_text([t for t in tokens if t.i > possessive.i])
            text = f"{name} {rest}".strip()
    return text or None


# Who speaks for a side: dropped from its name when a toll says "their fighters"
_SPOKESPEOPLE = frozenset({"official", "officials", "authority", "authorities", "spokesman", "spokeswoman",
                           "spokesperson", "source", "sources", "leader", "leaders"})


def _things_beside(noun: Token) -> set[int]:
    """Uncounted things coordinated with the victims ("killed more than 100 soldiers and captured weapons"): what
    else the deed took, not who was hit."""
    found: set[int] = set()
    for conj in (c for c in noun.children if c.dep_ == "conj"):
        if conj.lemma_.lower() not in _people_nouns() and not any(g.like_num for g in conj.children):
            found |= {t.i for t in conj.subtree} | {c.i for c in noun.children if c.dep_ == "cc"}
    return found


def _count(victim: Token, head: Token, token: Token, noun: str, kind: str) -> CountDraft | None:
    prefix = [t for t in victim.subtree if t.i <= head.i]
    if victim is token and token.i > 0 and token.doc[token.i - 1].like_num:
        prefix = [t for t in token.doc[max(0, token.i - 4) : token.i + 1] if t.sent == token.sent]
    if victim.like_num and token.tag_ == "VBN":  # "more than 70 wounded"
        prefix = list(victim.subtree)
    count = read_count(token_text(prefix), f"{noun} {kind}")
    if count is None and (victim.lower_ == "another" or any(c.lower_ == "another" for c in victim.children)):
        count = CountDraft(value=1, qualifier="exactly", unit=f"{noun} {kind}")
    if count is None and any(t.lower_ in _VAGUE for t in prefix):
        count = CountDraft(qualifier="unspecified", unit=f"{noun} {kind}")
    if count is None and head.tag_ in {"NN", "NNP"} and any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children
    ):  # "a Turkish soldier was killed", "a second soldier died": one
        count = CountDraft(value=1, qualifier="exactly", unit=f"{noun} {kind}")
    return count


def casualty_items(article: ParsedArticle, sentence: Sentence) -> list[Item]:
    items: list[Item] = []
    for token in sentence.span:
        found = _cue(token)
        if found is None:
            continue
        kind, victim = found
        root = _clause_root(token)
        dated = list(root.subtree) + (list(root.head.subtree) if root.dep_ == "relcl" else [])
        if article.year and any(  # "the 1994 genocide, in which some 800,000 people were killed"
            t.like_num and t.text.isdigit() and len(t.text) == 4 and 1900 < int(t.text) < article.year
            for t in dated
        ):
            continue
        if _background(dated) or _record_of(root, token) or _months_before(dated, _story_month(article.text)):
            continue
        if any(c.dep_ == "det" and c.lower_ == "no" for c in victim.children) or victim.lower_ in {"none", "nobody"}:
            continue  # "where no one was hurt"
        if counted_head(victim).lemma_.lower() in words("casualty_non_victims"):
            continue  # "the drought killed 3,000 cattle"
        groups = _victim_groups(victim)
        if token.lemma_.lower() in _PEOPLE_ONLY_CUES | {"lose"}:  # "lost 14 tanks and 300 men": the men
            groups = [g for g in groups if counted_head(g).lemma_.lower() in _people_nouns()] or [victim]
        coordinated = {t.i for g in groups[1:] for t in g.subtree} | {c.i for c in victim.children if c.dep_ == "cc"}
        own = {g.i: ({t.i for t in g.subtree} - coordinated if g is victim else {t.i for t in g.subtree}) for g in groups}
        parts = _breakdowns(root, victim, token)
        part_ids = {t.i for part in parts for t in _part_tokens(part)}
        for group in groups:
            others = {t.i for t in victim.subtree} - own[group.i] if len(groups) > 1 else set()
            item = _toll_item(article, sentence, token, kind, group, root, others, part_ids)
            if item is not None:
                items.append(item)
        for part in parts:
            item = _part_item(article, sentence, kind, part)
            if item is not None:
                items.append(item)
    return items


# "20 wounded, two of them critically": how badly some were hurt, a detail of the toll and no toll of its own
_SEVERITY = frozenset({"critically", "seriously", "severely", "gravely", "badly", "lightly", "slightly", "mortally"})


def _breakdowns(root: Token, victim: Token, cue: Token) -> list[Token]:
    """Figures that split a toll: "Nearly 900 lives have been lost, at least 763 of them in Lebanon and 130 in
    Israel", "300 people were killed, 200 of them civilians": each is a toll of its own. Not a split of another
    toll in the clause ("nine were killed and 20 wounded, two of them ...": the wounded's), nor of severity."""
    inside = {t.i for t in victim.subtree}
    parts: list[Token] = []
    for t in root.subtree:
        if any(c.lower_ in _SEVERITY for c in t.children) or _splits_another(t, cue):
            continue
        if t.like_num and t.i not in inside and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in {"them", "whom"} for g in c.children)
            for c in t.children
        ):
            parts.append(t)
            parts.extend(c for c in t.children if c.dep_ == "conj" and c.like_num)
    return parts


def _splits_another(part: Token, cue: Token) -> bool:
    """Does the figure hang on another toll's verb before `cue` ("... and 20 wounded, two of them"; "killed 40
    people, 12 of them children, and wounded 60": the 12 are the killed's)?"""
    head = part.head
    while head != cue:
        if head.pos_ == "VERB" and _cue(head) is not None:
            return True
        if head.head == head:
            return False
        head = head.head
    return False


def _part_tokens(part: Token) -> list[Token]:
    """A breakdown's own words: "at least 763 of them in Lebanon", "130 in Israel", "200 of them civilians"."""
    tokens = [t for t in part.subtree if not any(a.dep_ in {"conj", "cc"} and a.head == part and t in a.subtree
                                                  for a in part.children)]
    if part.dep_ == "nsubj" and part.head.pos_ == "NOUN" and part.head.i > part.i:  # "200 of them civilians"
        tokens += [t for t in part.head.subtree if t.i > tokens[-1].i]
    return sorted(tokens, key=lambda t: t.i)


def _part_item(article: ParsedArticle, sentence: Sentence, kind: str, part: Token) -> Item | None:
    tokens = _part_tokens(part)
    count = read_count(token_text([t for t in tokens if t.i <= part.i]), "")
    if count is None:
        return None
    noun = part.head.text if part.dep_ == "nsubj" and part.head.pos_ == "NOUN" else "people"
    count.unit = f"{noun} {kind}"
    start, end = offsets(sentence, tokens)
    places = [t for t in tokens if t.ent_type_ in {"GPE", "LOC", "FAC"}]
    return Item("casualty", start, end, sentence, {
        "count": count,
        "who": noun if noun != "people" else None,
        "where": fields.span_text(fields.phrase(places[0])) if places else None,
        "cause": None,
        "evidence": article.text[start:end],
    }, casualty_kind=kind)


def _toll_item(article: ParsedArticle, sentence: Sentence, token: Token, kind: str, group: Token, root: Token,
               others: set[int], parts: set[int] = frozenset()) -> Item | None:
    """One toll: the group counted, with who, where, cause and the clause as evidence."""
    head = counted_head(group)
    noun = head.text if head.pos_ in {"NOUN", "PROPN"} and not head.like_num else "people"
    if noun.lower() in _VAGUE or noun.lower() in {"others", "other", "dead", "bodies", "body", "injured", "wounded", "casualties", "fatalities", "lives", "life", "another"}:
        noun = "people"
    count = _count(group, head, token, noun, kind)
    if count is None:
        return None
    clause = _clause(root, token)
    if parts:  # "Nearly 900 lives have been lost in the conflict | , at least 763 of them in Lebanon ..."
        clause = [t for t in clause if t.i < min(parts) or t.i > max(parts)]
        while clause and (clause[-1].is_punct or clause[-1].dep_ == "cc"):
            clause.pop()
    if not clause:
        return None
    start, end = offsets(sentence, clause)
    cause = _cause(root, token, group)
    if cause is not None and cause.pos_ == "AUX":  # "seven civilians were among the dead": nothing did it
        cause = None
    if group is token or token.pos_ != "VERB":  # "confirmed the deaths of 7 miners": who confirmed did not kill
        cause = cause if cause is not None and cause.pos_ == "NOUN" and cause.lemma_.lower() in words("casualty_events") else None
    who = _who(group, head, token, others)
    skip = {t.i for t in group.subtree} - _cue_phrase(token)
    return Item("casualty", start, end, sentence, {
        "count": count,
        "who": who,
        "where": _where(root, clause, sentence, skip),
        "cause": fields.span_text(fields.phrase(cause)) if cause is not None else None,
        "evidence": article.text[start:end],
    }, casualty_kind=kind)
