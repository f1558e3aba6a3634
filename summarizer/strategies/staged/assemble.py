"""Turn candidate claims into draft items: movements, denials, casualties.

Each item's evidence is a slice of the article (`article[start:end]`), so it is
an exact quote by construction: the tightest clause that states the claim,
without a trailing attribution ("..., two Iraqi security sources said").
"""

from __future__ import annotations

import re
from collections import Counter

from dataclasses import dataclass, field
from typing import Any

from schemas import CountDraft
from summarizer.numbers import MONTH_NAMES, read_count, sole_force_count
from summarizer.strategies.staged import fields
from summarizer.strategies.staged.armed import carried_force
from summarizer.strategies.staged.candidates import (COORDINATED_SENDER, COUNTRY_AS_FORCE, GOAL_PREPS, MoveClaim, accusing_verb,
                                                      claim_witness,
                                                      clause_root,
                                                      country_of, coordinated_forces,
                                                      counted_head, flight_object, gap_goals, gapped_group,
                                                      is_movement_verb)
from summarizer.strategies.staged.lexicons import pairs_cased, words
from summarizer.strategies.staged.sentences import ParsedArticle, Sentence
from summarizer.strategies.staged.types import ClaimStatus

Token = Any
_LEADING_DROP = {"DET", "NUM", "PUNCT"}
_QUALIFIER_WORDS = {"about", "around", "approximately", "roughly", "some", "nearly", "almost", "up", "to", "as",
                    "many", "more", "than", "at", "least", "over", "estimated", "an", "a", "between", "and",
                    "hundreds", "thousands", "dozens", "of", "several", "tens", "first", "further", "additional",
                    "extra", "new", "fresh", "another", "second", "least", "most", "only", "strong"}  # fmt: skip


@dataclass
class Item:
    """A draft item before validation: the contract fields (`data`, passed as-is to the draft model),
    the evidence offsets, and the rules' working state, which never reaches the brief."""

    kind: str  # movement | denial | casualty
    start: int
    end: int
    sentence: Sentence
    data: dict[str, Any] = field(default_factory=dict)
    claim: MoveClaim | None = None
    generic: bool = False  # actor is a bare noun ("the fighters") that may repeat an earlier mover
    definite: bool = False  # "the troops", "the brigade's paratroopers" without a count: a re-mention
    only_merge: bool = False  # kept only if it folds into an earlier move
    # movement: sentences whose counts are context to it, for the key events (an earlier count the same source
    # updated later, the total in place after it)
    context_counts: list[str] = field(default_factory=list)
    # Movement: every destination the verbs name (the destination question picks among them), the sender's
    # name ("Belarus has moved ..."), an actor named from a quote's "we"/"our units", and an origin read from
    # the mover's "from X" rather than from the verb (a re-mention's verb origin replaces it).
    destinations: list[str] = field(default_factory=list)
    sender: str | None = None
    first_person: bool = False
    weak_origin: bool = False
    strong: bool = False  # denial: a strong cue ("denied", a negated move); a weak one needs a related sentence
    judged_only: bool = False  # denial: strong only because a sentence model said so (not enough for relevance)
    referred: bool = False  # denial: only named by a noun ("months of denials by X"), what it denies unstated
    clause: str | None = None  # denial: the disputing clause, when the evidence was widened to its sentence
    not_a_move: bool = False  # denial: what is denied is a deed or a plan, not a move ("denied shelling villages")
    # denial named only by a noun ("the figure", "the accusations"): the claim told before it, as a clause
    toll_claim: str | None = None
    claim_before: str | None = None
    claim_before_sentence: int | None = None
    # denial: (`what` as read, the same claim with its subject named) for after linking ("sending troops" ->
    # "that Kordova was sending troops")
    reader_what: tuple[str, str] | None = None
    casualty_kind: str | None = None  # casualty: "killed" or "wounded" (casualties repeat per kind and count)


def evidence_tokens(verbs: list[Token], mover: Token | None, sentence: Any, sender: Token | None = None) -> list[Token]:
    """The clause of the claim: mover (and sender) and verb chain, minus attribution and other clauses."""
    says = words("attribution_verbs")
    keep: set[int] = set()
    if sender is not None and sender.lower_ not in fields.PRONOUNS:
        keep.update(t.i for t in fields.phrase(sender, stop_deps=frozenset({"punct", "relcl"})))
    if mover is not None and mover.lower_ not in fields.PRONOUNS:
        keep.update(t.i for t in fields.phrase(mover, stop_deps=frozenset({"punct", "relcl"})))
    for verb in verbs:
        keep.add(verb.i)
        if verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in verb.children):
            # "the city of Izium, which Russian forces seized": the place taken is the antecedent
            keep.update(t.i for t in fields.phrase(verb.head, stop_deps=frozenset({"punct", "relcl"})))
        for child in verb.children:
            if child in verbs or (child.dep_ in {"nsubj", "nsubjpass"} and child != mover and child != sender
                                  and (mover is None or mover not in child.subtree)):
                continue  # another subject; but "the pullout of Russian forces ... is ongoing" holds the mover
            if child.dep_ in {"parataxis", "ccomp", "conj", "advcl"} and (
                child.lemma_.lower() in says or fields._subject(child) is not None or child.lower_ in {"while", "but"}
            ):
                continue
            if child.dep_ in {"cc", "punct", "mark"}:
                continue
            if child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_.lower() in says | {"add", "say"}:
                continue
            keep.update(t.i for t in child.subtree)
    tokens = [t for t in sentence if t.i in keep]
    if not tokens:
        return []
    low, high = tokens[0].i, tokens[-1].i
    # Cut at an attribution that falls inside the range (", officials said,").
    doc = sentence.doc
    span = [doc[i] for i in range(low, high + 1)]
    while span and (span[-1].is_punct or span[-1].dep_ == "cc" or span[-1].lower_ in {"and", "but"}):
        span.pop()
    while span and (span[0].is_punct or span[0].dep_ == "cc"):
        span.pop(0)
    if span and span[0].like_num and span[0].i > span[0].sent.start and doc[span[0].i - 1].lower_ in _HEDGES_BEFORE_A_NUMBER:
        # "said between 3,000 and 4,000 soldiers had crossed", with "between" parsed as the saying verb's own
        # preposition: the hedge is part of the count the evidence must show
        span.insert(0, doc[span[0].i - 1])
    # "..., a senior army officer told Reuters": a speaker the parser hung on the clause is attribution, not claim
    after = span[-1].i + 1 if span else len(doc)
    after += 1 if after < len(doc) and doc[after].text == "," else 0
    speaker = fields._stranded_speaker(doc[after]) if after < len(doc) and doc[after].lemma_.lower() in says else None
    if speaker is not None:
        cut = min(t.i for t in fields.phrase(speaker)) - 1
        span = [t for t in span if t.i < cut]
    return span


_HEDGES_BEFORE_A_NUMBER = frozenset({"between", "about", "around", "some", "nearly", "almost", "roughly",
                                     "approximately"})


def offsets(sentence: Sentence, tokens: list[Token]) -> tuple[int, int]:
    if not tokens:
        return sentence.start, sentence.end
    return sentence.offsets(tokens[0], tokens[-1])


def _witness(claim: MoveClaim) -> list[str]:
    """The watcher or accuser the claim names, as a source of last resort."""
    witness = claim_witness(claim.verb)
    if witness is None or witness.lower_ in fields.PRONOUNS:
        return []
    return fields.split_sources(witness)


def actor_text(mover: Token) -> str:
    """The actor as written for a bare mover (a pronoun's antecedent): its phrase, without a leading "the"."""
    return re.sub(r"^(?:the|The)\s+", "", fields.span_text(actor_tokens(mover)[0]) or mover.text)


_WHERE_PREPS = {"over", "near", "around", "off", "across", "along", "through"}


def actor_tokens(mover: Token) -> tuple[list[Token], Token]:
    """(tokens naming who moved, the counted noun)."""
    head = counted_head(mover)
    if mover.lower_ in {"who", "which", "that"}:
        mover = mover.head
        head = counted_head(mover)
    tokens = fields.phrase(head, stop_deps=frozenset({"relcl", "acl", "punct", "advcl", "appos"}))
    tokens = [t for t in tokens if t.i >= head.left_edge.i]
    # "armed men dressed in Black Sea Fleet uniforms", "elements belonging to the 58th Army": a participle that
    # says who they are is part of the name (one that moves them, "troops deployed to X", is the claim's verb)
    for clause in (c for c in head.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"} and c.i == tokens[-1].i + 1):
        if is_movement_verb(clause) or clause.lemma_.lower() in words("carrying_verbs"):
            continue
        tail = [t for t in clause.subtree if not (t.dep_ in {"relcl", "advcl", "punct"} and t.head == clause)]
        tokens += fields._contiguous(clause, tail)
    # "flew a platoon of soldiers to Eteringbang": the place is the destination, not part of the name
    # and "bombers over the Bering Sea", "ships around the country": where they were is no part of it either
    place_preps = [c for c in head.children if c.dep_ in {"prep", "dative"} and (c.lower_ in GOAL_PREPS or (
        c.lower_ in _WHERE_PREPS and any(g.dep_ == "pobj" and fields._looks_like_place(g) for g in c.children)))]
    # "an amphibious ready group with thousands of Marines aboard to the eastern Mediterranean": the goal the
    # parser hangs deeper in the phrase is the destination too, never part of who moved
    # (not "elements belonging to the 9th Army", "fighters loyal to the general": whose they are)
    place_preps += [t for t in tokens if t.dep_ == "prep" and t.head != head and t.lower_ in GOAL_PREPS
                    and t.head.pos_ not in {"VERB", "ADJ"}
                    and any(g.dep_ == "pobj" and g.ent_type_ != "ORG" and (g.ent_type_ in {"GPE", "LOC"} or fields._looks_like_place(g))
                            for g in t.children)]
    cut = {t.i for prep in place_preps for t in prep.subtree}
    tokens = [t for t in tokens if t.i not in cut]
    # "200 Kenyan soldiers and 150 Ugandan troops": the second force is a move of its own (split_coordinated)
    for other in coordinated_forces(mover):
        cut = {t.i for t in other.subtree}
        tokens = [t for t in tokens if t.i not in cut]
        while tokens and tokens[-1] != head and tokens[-1].pos_ in {"CCONJ", "ADP", "PUNCT", "ADV"}:
            tokens.pop()
    while tokens and tokens[0] != head and (tokens[0].pos_ in _LEADING_DROP or tokens[0].lower_ in _QUALIFIER_WORDS or tokens[0].ent_type_ == "CARDINAL"):
        tokens.pop(0)
    return tokens, head


def count_of(mover: Token, head: Token) -> CountDraft | None:
    """The quantity on the mover's phrase, counted in the head noun."""
    top = mover if mover.i <= head.i else head
    prefix = [t for t in top.subtree if t.i <= head.i]
    unit_tokens = [c for c in head.children if c.dep_ == "compound" and c.i < head.i] + [head]
    unit = " ".join(t.text for t in sorted(unit_tokens, key=lambda t: t.i))
    if any(t.lower_.endswith("-strong") or t.lower_ == "strong" for t in head.subtree):
        prefix = list(head.subtree)
    stray = _number_on_a_month(min(prefix, key=lambda t: t.i)) if prefix else None
    if stray is not None and not any(t.like_num for t in prefix):
        prefix = [stray, *prefix]
    prefix = _hedge_before(prefix) + prefix
    try:
        return read_count(token_text(prefix), unit)
    except ValueError:
        return None


# Words that hedge a number from before it; the parser may hang them on the verb ("said between 3,000 and 4,000
# soldiers had crossed": "between" under "said"), and the count loses its range.
_HEDGE_WORDS = {"between", "about", "around", "nearly", "almost", "approximately", "roughly", "some", "over", "under",
                "than", "more", "fewer", "less", "at", "least", "most", "up", "to", "as", "many", "estimated", "an"}


def _hedge_before(prefix: list[Token]) -> list[Token]:
    """The hedge words right before a count that opens the mover's phrase (at most three: "as many as")."""
    if not prefix:
        return []
    first = min(prefix, key=lambda t: t.i)
    if not first.like_num:
        return []
    found: list[Token] = []
    doc = first.doc
    i = first.i - 1
    while i >= max(0, first.i - 3) and doc[i].lower_ in _HEDGE_WORDS and doc[i] not in prefix:
        found.insert(0, doc[i])
        i -= 1
    return found


def _number_on_a_month(first: Token) -> Token | None:
    """"Since the first of July 675 personnel have left": the parser hangs the count on the month. A number
    right before the phrase, on a month, that can be neither a day (over 31) nor a year (four digits)."""
    if first.i == 0:
        return None
    before = first.doc[first.i - 1]
    if before.pos_ != "NUM" or before.head.lower_ not in MONTH_NAMES or before.head.i != before.i - 1:
        return None
    digits = before.text.replace(",", "")
    if not digits.isdigit() or int(digits) <= 31 or (len(digits) == 4 and before.text.isdigit()):
        return None
    return before


def token_text(tokens: list[Token]) -> str:
    """The article's own text from the first token to the last ("twenty-five", "3,000-4,000" stay whole)."""
    if not tokens:
        return ""
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return first.doc.text[first.idx : last.idx + len(last.text)]


def count_in_context(head: Token) -> tuple[CountDraft | None, Token | None]:
    """A mover without a number of its own that the sentence sizes elsewhere: "a convoy carrying nearly
    150 peacekeepers" (the carried force, returned too), "instructors, numbering around a hundred"."""
    for clause in (c for c in head.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"):
        lemma = clause.lemma_.lower()
        if lemma in words("carrying_verbs"):
            carried = next((c for c in clause.children if c.dep_ == "dobj"), None)
            if carried is not None and (carried.lemma_.lower() in words("armed_forces") or counted_head(carried).lemma_.lower() in words("armed_forces")):
                found = count_of(carried, counted_head(carried))
                if found is not None:
                    return found, carried
        if lemma in words("size_verbs"):
            size = next((c for c in clause.children if c.dep_ in {"dobj", "npadvmod", "attr"}), None)
            if size is None:
                prep = next((c for c in clause.children if c.dep_ == "prep"), None)
                size = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                words_ = [prep, *size.subtree] if size is not None else []
            else:
                words_ = list(size.subtree)
            if size is not None:
                return read_count(token_text(words_), head.text), None
    return None, None


def count_people_over_craft(movements: list[Item]) -> None:
    """"20 tanks and 300 troops crossed": one move (the craft go with the force), sized by its people, as the
    codebook keeps craft as the count only when they are the only count."""
    craft = words("platform_nouns")
    for item in movements:
        count, claim = item.data["count"], item.claim
        if count is None or claim is None or claim.mover is None or counted_head(claim.mover).lemma_.lower() not in craft:
            continue
        for conj in claim.mover.conjuncts:
            head = counted_head(conj)
            if head.lemma_.lower() in words("armed_forces") and head.lemma_.lower() not in craft:
                people = count_of(conj, head)
                if people is not None and people.value != count.value:
                    item.data["count"] = people
                    break


def count_apart_from_mover(movements: list[Item], text: str) -> None:
    """A move with no number on its mover takes the one force count its sentence states elsewhere ("the arriving
    detachment is made up of approx. 200 troops"), when no other move of that sentence could own the number.
    The evidence then reaches the figure, so a reader finds the count in the quote."""
    per_sentence = Counter(item.sentence.index for item in movements)
    for item in movements:
        if item.data["count"] is not None or per_sentence[item.sentence.index] != 1:
            continue
        found = sole_force_count(item.sentence.text)
        if found is None:
            continue
        item.data["count"], first, last = found
        item.start = min(item.start, item.sentence.start + first)
        item.end = max(item.end, item.sentence.start + last)
        item.data["evidence"] = text[item.start : item.end]


def _resolve_sender(claim: MoveClaim, previous_source: str | None) -> tuple[str | None, Token | None]:
    """Who sent the force, with "it"/"its" read as the party the sentence quotes."""
    sender = claim.sender
    mover = claim.mover
    if sender is None:
        # "Burundi's president said his soldiers had crossed": the speaker's force, named by the speaker
        sender = next((c for c in mover.children if c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her"}), None)
    if sender is None:
        return None, None
    if sender.lower_ not in fields.PRONOUNS | {"his", "her"}:
        if COORDINATED_SENDER in claim.notes:  # one move per sender: "Kenya" and "Uganda", not "Kenya and Uganda"
            cut = {t.i for c in sender.children if c.dep_ in {"conj", "cc", "punct", "preconj"} for t in c.subtree}
            return fields.span_text([t for t in fields.phrase(sender) if t.i not in cut]), sender
        return fields.span_text(fields.phrase(sender)), sender
    head = clause_root(claim.verb)
    for _ in range(3):
        if head.head == head:
            break
        head = head.head
        if head.lemma_.lower() in words("attribution_verbs"):
            subject = fields._subject(head)
            if subject is not None and subject.lower_ not in fields.PRONOUNS:
                return fields.span_text(fields.phrase(subject)), subject
    return previous_source, None


def _country_in(tokens: list[Token] | None, text: str | None) -> str | None:
    to_demonym, to_country = fields.demonyms()
    if tokens:  # "Papua New Guinea", several words: the whole name, not the "Guinea" inside it
        named = fields.country_in_text(fields.span_text(tokens))
        if named is not None and (" " in named or "-" in named):
            return named
    for token in tokens or []:
        if token.ent_type_ == "GPE" and token.text in to_demonym and not fields.within_longer_name(token):
            return token.text
    for token in tokens or []:  # "Rwandan army spokesman Ronald Rwivanga": the demonym names the country
        if token.ent_type_ == "NORP" and to_country.get(token.text) in to_demonym:
            return to_country[token.text]
    if text:
        named = fields.country_in_text(text)
        if named is not None:
            return named
    for seat, country in pairs_cased("capitals").items():  # "Moscow", "the Kremlin": that country's government
        if text and country in to_demonym and re.search(rf"\b{re.escape(seat)}\b", text):
            return country
    return None


_CONVEYING_PREPS = {"aboard", "on", "in", "by", "onboard", "on board"}
_CONVEYANCES = {"transport", "transports", "airliner", "bus", "truck", "lorry", "train", "ferry"}


def count_by_conveyance(movements: list[Item]) -> None:
    """Last, after merging and linking (a re-mention "the soldiers arrive in three boats" is one by its mover, not
    by its craft): a move still without a count takes the number of craft that carried it, when the text gives one."""
    for item in movements:
        if item.data["count"] is None and item.claim is not None:
            item.data["count"] = _conveyance_count(item.claim.verbs)


def _conveyance_count(verbs: list[Token]) -> CountDraft | None:
    """A force with no number that travels "aboard three Il-76 military transports" or "on one Russian Il-76": the
    craft are the only count the text gives, which the codebook keeps."""
    for verb in verbs:
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _CONVEYING_PREPS):
            craft = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if craft is None or not any(c.dep_ == "nummod" for c in craft.children):
                continue
            lemma = craft.lemma_.lower()
            # a type designation ("Il-76", "C-130") names an aircraft without a noun
            designated = re.fullmatch(r"[A-Z][A-Za-z]*-\d+[A-Za-z]*s?", craft.text) is not None
            if lemma in words("platform_nouns") or lemma in _CONVEYANCES or designated:
                return count_of(craft, craft)
    return None


def _actor_from_sender(
    actor_toks: list[Token], actor: str, sender_text: str, sender: Token | None, sentence: Sentence, bare: bool
) -> str:
    """Forces sent by someone are named by the sender: "Myanmar's military", "Brazilian soldiers",
    "Russian soldiers and dozens of armoured vehicles"."""
    noun = (" ".join(t.text for t in actor_toks if t.pos_ in {"NOUN", "PROPN", "ADJ"}) or actor) if bare else actor
    sender_text = re.sub(r"^The\s+", "the ", sender_text)  # "fighter jets of the US military", mid-phrase
    head_lemma = sender.lemma_.lower() if sender is not None else sender_text.split()[-1].lower()
    if head_lemma in words("armed_forces"):
        country = _country_in(list(sender.subtree) if sender is not None else None, sender_text)
        own = any(t.dep_ == "poss" and t.lower_ in {"its", "their"} for t in actor_toks)  # not "X's military sent soldiers"
        if bare and own and country is not None and noun.split()[-1].lower() in {"troops", "soldiers", "forces", "personnel"}:
            return f"{fields.demonyms()[0][country]} {noun}"  # "Israel's military ... its troops": Israeli troops
        return sender_text if bare else f"{actor} of {sender_text}"
    country = _country_in(list(sender.subtree) if sender is not None else None, sender_text)
    if country is None and head_lemma in words("office_nouns"):
        country = _country_in([t for t in sentence.span if t.ent_type_ == "GPE"], None)
    if country is not None:
        return f"{fields.demonyms()[0][country]} {noun}"
    if bare and noun and noun.lower() != sender_text.lower():
        # "the government sent in the army", "the junta is ferrying troops": the sender's force, not the sender
        return _owned_by(sender_text, noun)
    return sender_text if bare else f"{actor} of {sender_text}"


def _first_person_actor(mover: Token, actor_toks: list[Token], sentence: Sentence, article: ParsedArticle) -> tuple[str, str] | None:
    """(actor, speaker) for a speaker's own force: '"Our units entered X," the ministry said' -> the
    ministry's units ("Russian units" when the speaker names a country)."""
    head = counted_head(mover)
    mine = head.lemma_.lower() in {"we", "i"} or any(
        c.dep_ == "poss" and c.lower_ in {"our", "my"} for t in (mover, head) for c in t.children
    )
    if not mine:
        return None
    found = fields.sources_in(sentence.span) or [s for s in [fields.quote_speaker(article, sentence)] if s]
    if not found:
        return None
    speaker = found[0]
    noun = " ".join(t.text for t in actor_toks if t.lower_ not in {"our", "my", "we", "i"} and t.pos_ in {"NOUN", "PROPN", "ADJ"})
    noun = noun or "forces"
    country = _country_in(None, speaker)
    if country is not None:
        return f"{fields.demonyms()[0][country]} {noun}", speaker
    return _owned_by(speaker, noun), speaker


def _owned_by(owner: str, noun: str) -> str:
    """"the ministry", "units" -> "ministry's units"; "the Houthis", "fighters" -> "Houthis' fighters"."""
    owner = re.sub(r"^(?:the|a|an)\s+", "", owner, flags=re.I)
    return f"{owner}'s {noun}" if not owner.endswith("s") else f"{owner}' {noun}"


_UNIT_HEADS = {"division", "brigade", "regiment", "battalion", "corps", "army", "fleet", "squadron", "company", "group",
               "force", "forces", "legion", "command", "district", "unit", "guard", "marines"}


def _with_unit_aside(actor: str, head: Token) -> str:
    """"The soldiers, from the 82nd Airborne Division, began leaving": the aside between commas names whose
    soldiers they are ("soldiers from the 82nd Airborne Division"); "The troops, part of the 3rd Brigade," too.
    Only a named unit: "the soldiers, from the north," says where they came from."""
    for child in head.children:
        if child.i < head.i or child.i == 0 or child.doc[child.i - 1].text != ",":
            continue
        holder = child
        if child.dep_ == "appos" and child.lower_ == "part":
            holder = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if holder is None or holder.dep_ != "prep" or holder.lower_ not in {"from", "of"}:
            continue
        unit = fields._pobj(holder)
        if unit is None or unit.pos_ != "PROPN" or unit.lower_ not in _UNIT_HEADS:
            continue
        name = fields.span_text(fields.phrase(unit))
        return f"{actor} from {name}" if holder.lower_ == "from" else f"{actor} of {name}"
    return actor


def _origin_of_mover(head: Token, claim: MoveClaim, sentence: Sentence) -> list[str]:
    """Where a force comes from when the verb does not say: "police officers from Papua New Guinea landed"."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.ent_type_ in {"GPE", "LOC"}:
            return [fields.span_text(fields.phrase(obj))]
    return []  # the country that sent a force is its sender, not its origin (the codebook's gold agrees)


_FACELESS = {"personnel", "people", "member", "staff", "man", "individual", "person"}
_UNIT_NOUNS = {"detachment", "contingent", "unit", "battalion", "company", "squadron", "platoon", "team", "task",
               "taskforce", "brigade", "regiment", "column", "battery"}


def _with_collectives_nation(actor: str, actor_toks: list[Token], mover: Token, head: Token) -> str:
    """"A Rwandan battalion of 850 soldiers": the nation on the unit is the soldiers' ("Rwandan soldiers"), when the
    counted people name no one themselves."""
    if head == mover or any(t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE", "ORG"} for t in actor_toks):
        return actor
    nations = {n for c in mover.children if c.i < mover.i and c.dep_ in {"amod", "compound", "poss", "nmod"}
               for n in [_nation(c)] if n is not None}
    if len(nations) != 1:
        return actor
    return f"{nations.pop()[1]} {actor}"


def movement_item(claim: MoveClaim, article: ParsedArticle, previous_source: str | None) -> Item:
    sentence = claim.sentence
    mover = claim.mover
    actor_toks, head = actor_tokens(mover)
    actor_toks = [t for t in actor_toks if t not in claim.verbs]  # "accused Armenia of massing troops": not "massing troops"
    accusing = accusing_verb(claim.verb)
    # "of massing troops in the valley" read as troops that are massing: the place on "troops" is where they massed
    misread_places = [c for c in claim.verb.head.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "near", "along", "on"}] \
        if accusing is not None and claim.verb.dep_ == "amod" else []
    actor_toks = [t for t in actor_toks if not any(t in prep.subtree for prep in misread_places)]
    if claim.verb.lemma_.lower() in words("withdrawal_verbs") or (
            claim.verb.lemma_.lower() in words("sending_verbs") and mover.dep_ == "dobj"):
        # "pulled out 1,000 of its troops from eastern Congo", "redeployed an armoured brigade from Hatay to the
        # border": the place they left, hung on the troops, is the origin (read as such), not who they are; for an
        # arrival, "police officers from Fiji landed", it names them
        withdrawal = claim.verb.lemma_.lower() in words("withdrawal_verbs")
        # a place only: "soldiers from the SADC mission" says whose they are, and with a sending verb so may a
        # country ("moved peacekeepers from Bangladesh into the zone")
        left = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                if g.dep_ == "pobj" and fields._looks_like_place(g) and not any(
                    t.lemma_.lower() in words("armed_forces") | {"mission", "command", "group", "company", "army"} for t in g.subtree)
                and (withdrawal or fields.span_text(fields.phrase(g)) not in fields.country_names())
                for t in c.subtree}
        actor_toks = [t for t in actor_toks if t.i not in left]
    actor = fields.span_text(actor_toks) or mover.text
    if head != mover and head.lemma_.lower() in _FACELESS and mover.lemma_.lower() in _UNIT_NOUNS and not any(
            t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE", "ORG"} for t in actor_toks):
        # "The detachment of about 140 personnel": the detachment says who they are; "personnel" says nothing
        actor = mover.text
    actor = _with_collectives_nation(actor, actor_toks, mover, head)
    actor = _with_unit_aside(actor, head)
    generic = all(t.pos_ in {"NOUN", "DET", "ADJ", "NUM", "PRON"} and t.ent_type_ not in {"NORP", "GPE", "ORG"} for t in actor_toks)
    generic = generic and len([t for t in actor_toks if t.pos_ == "NOUN"]) <= 1 and not any(t.dep_ == "prep" for t in actor_toks)
    whose = any(c.lower_ == "whose" for c in mover.children)
    root = clause_root(claim.verb)
    if whose and root.dep_ == "relcl":
        actor, generic = fields.span_text(fields.phrase(root.head)), False
    elif generic or (claim.sender is not None and not any(t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE", "ORG"} for t in actor_toks)):
        sender_text, sender_token = _resolve_sender(claim, previous_source)
        if sender_text:
            actor, generic = _actor_from_sender(actor_toks, actor, sender_text, sender_token, sentence, generic), False
    sender_name, _ = _resolve_sender(claim, previous_source) if claim.sender is not None else (None, None)
    first_person = _first_person_actor(mover, actor_toks, sentence, article)
    if first_person is not None:
        actor, sender_name, generic = first_person[0], first_person[1], False
    if COUNTRY_AS_FORCE in claim.notes:  # "Russia withdrew from Kherson": Russian forces
        country = country_of(mover)
        actor = f"{fields.demonyms()[0].get(country, country)} forces"
    actor = re.sub(r"^(?:the|The)\s+", "", actor)  # "RSF", not "The RSF": the name as an analyst writes it
    origins, dests, routes = fields.places(claim.verbs)
    # "accusing Armenia of massing troops in the disputed territory": the parser hangs the place, and often the
    # gerund itself, on the accusing verb; the accusation's clause is the claim's evidence and its places are the move's
    if accusing is not None and not (origins or dests or routes):
        origins, dests, routes = fields.places([accusing] + [claim.verb.head] * bool(misread_places),
                                               read_as=claim.verb.lemma_.lower())
    group = gapped_group(claim.verb)
    if mover in group:
        # "to Haiti and 200 soldiers to Somalia": each force goes to the goal told after it, before the next force
        bound = next((t.i for t in group if t.i > mover.i), len(sentence.span.doc))
        cut = {t.i for force in group if force.i > mover.i for t in force.subtree}
        cut |= {t.i for force in group for t in force.doc[force.i - 1 : force.i] if t.dep_ == "cc"}
        cut |= {c.i for force in group for c in force.head.children if c.dep_ == "cc" and c.i < force.i}
        dests = [fields.span_text(t for t in fields.place_phrase(goal) if t.i not in cut)
                 for goal in gap_goals(claim.verb) if mover.i < goal.i < bound]
    if not dests:
        dests = _exercise_place(claim, article)
    if not dests and claim.verb.lemma_.lower() not in words("withdrawal_verbs"):
        # "took up positions there", "arrived there": the place just named, when one is; else the headline's
        there = any(t.lower_ == "there" and t.dep_ == "advmod" for v in claim.verbs for t in v.children)
        dests = [p for p in [_place_of_there(article, sentence, "there")] if p != "there"] if there else []
        dests = dests or _headline_destination(article, claim, actor)
    weak_origin = not origins
    if not origins:
        origins = _origin_of_mover(head, claim, sentence)
    weak_origin = weak_origin and bool(origins)
    mover_ids = {t.i for t in mover.subtree} - {t.i for v in claim.verbs for t in v.subtree}
    count = count_of(mover, head)
    if count is None:
        count, carried = count_in_context(head)
        if carried is not None and generic:
            actor = fields.span_text(actor_tokens(carried)[0]) or actor  # "a convoy carrying 150 peacekeepers"
    carried = carried_force(mover)
    if carried is not None and head.lemma_.lower() not in words("armed_forces") and first_person is None:
        # "a convoy of trucks and buses transporting Wagner mercenaries": who moved are the mercenaries
        actor = fields.span_text(actor_tokens(carried)[0]) or actor
    flights = flight_object(claim.verb)
    if flights is not None:
        count = count_of(flights, flights)
    tokens = evidence_tokens(claim.verbs + ([accusing] if accusing is not None else []), mover, sentence.span, claim.sender)
    start, end = offsets(sentence, tokens)
    # "the area", "the capital": the place as the article named it ("the Catatumbo border area")
    origins = [_area_just_named(article, sentence, fields.named_mention(article, sentence.index, _place_of_there(article, sentence, o)))
               for o in origins]
    dests = [_area_just_named(article, sentence, _named_place(article, sentence.index, _place_of_there(article, sentence, d)))
             for d in dests]
    data = {
        "actor": actor,
        "actor_affiliation": fields.affiliation_of(list(mover.subtree), sentence.span),
        "origin": origins[0] if origins else None,
        "destination": "; ".join(dict.fromkeys(dests[-2:])) if dests else None,
        "route": "; ".join(routes) if routes else None,
        "count": count,
        "time": fields.time_of(claim.verbs, mover_ids),
        "purpose": fields.purpose_of(claim.verbs, mover_ids),
        "sources": fields.sources_in(sentence.span, {v.i for v in claim.verbs} - _attesting(claim), previous_source, mover_ids)
        or [s for s in [fields.quote_speaker(article, sentence)] if s] or _witness(claim),
        "evidence": article.text[start:end],
    }
    # A surname or "the ministry" tells a reader of the item alone nothing: name it as the article did.
    data["sources"] = fields.merge_sources([], [_short_form(article, fields.named_mention(article, sentence.index, s))
                                                for s in data["sources"]])
    if data["actor_affiliation"] is None and sender_name and first_person is None and claim.sender is not None:
        data["actor_affiliation"] = sender_name  # "Russia has deployed special forces": Russia backs them
    definite = claim.sender is None and any(
        (c.dep_ == "det" and c.lower_ in {"the", "these", "those"}) or (c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"})
        for c in mover.children
    )
    item = Item("movement", start, end, sentence, data, claim, generic, destinations=dests, sender=sender_name,
                first_person=first_person is not None, weak_origin=weak_origin)
    item.definite = definite and (count is None)
    return item


def _attesting(claim: MoveClaim) -> set[int]:
    """"The interior ministry confirmed the arrival of the soldiers": the verb that names the move is a report of
    it, and its subject is a source (a confirmation makes the confirming party a source, says the codebook)."""
    verb = claim.verb
    if verb.lemma_.lower() not in words("attribution_verbs") or claim.mover is None:
        return set()
    named = any(c.dep_ == "dobj" and claim.mover in c.subtree for c in verb.children)
    return {verb.i} if named else set()


def _nation_of_claim(claim: MoveClaim, actor: str) -> str | None:
    """The country whose force moves: the sender's ("Turkey has sent ...") or the actor's demonym ("Turkish soldiers")."""
    if claim.sender is not None:
        nation = _nation(claim.sender)
        if nation is not None:
            return nation[0]
    to_country = fields.demonyms()[1]
    return next((to_country[w] for w in actor.split() if w in to_country), None)


def _headline_destination(article: ParsedArticle, claim: MoveClaim, actor: str) -> list[str]:
    """"Turkey sends more troops to Libya" over "Turkey has sent about 300 more soldiers to support the government":
    a sending whose body sentence names no place goes where the headline sends the same nation's force."""
    nation = _nation_of_claim(claim, actor)
    if nation is None or not article.headline:
        return []
    headline = _headline_doc(article)
    for verb in (t for t in headline if is_movement_verb(t)):
        _, dests, _ = fields.places([verb])
        if not dests:
            continue
        movers = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
        movers += [verb.head] if verb.dep_ == "acl" else []  # "Syrian fighters flown into Libya"
        owners = [t for m in movers for t in m.subtree if t.pos_ in {"PROPN", "ADJ", "NOUN"}]
        if any((_nation(t) or ("", ""))[0] == nation for t in owners):
            return [dests[-1]]
    return []


_THERE_WINDOW = 2  # sentences back; further "there" may be anywhere the story went


_BARE_AREAS = {"the area", "the region", "the zone"}


def _area_just_named(article: ParsedArticle, sentence: Sentence, place: str) -> str:
    """"the area", "the region" that no named place around it resolves: where the text just sent a force, as
    for "there" ("deployed 3,000 soldiers to the province of Esmeraldas ... began arriving in the region")."""
    if place.lower() not in _BARE_AREAS:
        return place
    found = _place_of_there(article, sentence, "there", before=sentence.span.start)
    return place if found == "there" else found


def _place_of_there(article: ParsedArticle, sentence: Sentence, place: str, before: int | None = None) -> str:
    """"there" ("From there, a column moved ...", "a base there") is the place the text just sent a force to:
    the destination of the nearest movement verb before it, in its own sentence or the two before."""
    if not re.search(r"(?:^|\s)there$", place, flags=re.I):
        return place
    there = next((t for t in sentence.span if t.lower_ == "there" and t.dep_ != "expl"), None)
    limit = before if before is not None else there.i if there is not None else sentence.span.start
    spans = [sentence.span[: limit - sentence.span.start]]
    spans += [s.span for s in reversed(article.sentences[max(0, sentence.index - _THERE_WINDOW): sentence.index])]
    for span in spans:
        for verb in reversed([t for t in span if is_movement_verb(t)]):
            origins, dests, _ = fields.places([verb])
            if not dests and verb.lemma_.lower() in words("withdrawal_verbs"):
                dests = origins  # "troops withdrew from Ber ... rebels moved into the area": the place left
            if dests:
                named = dests[-1]
                return named if place.lower() == "there" else f"{place[: -len('there')]}in {named}"
    return place


def _named_place(article: ParsedArticle, before: int, place: str) -> str:
    """A destination as the article named it, keeping the word that says how near ("around the country" ->
    "around Taiwan")."""
    first, _, rest = place.partition(" ")
    if first in {"around", "near", "within", "towards", "across", "along", "throughout", "outside", "inside"} and rest:
        return f"{first} {fields.named_mention(article, before, rest)}"
    return fields.named_mention(article, before, place)


def movement_fields(article: ParsedArticle, sentence: Sentence, previous_source: str | None) -> list[Item]:
    """The movements one sentence reports, with their fields, for a sentence ANY detector flagged as
    reporting a move (a learned classifier, say): every (mover, movement verb) pair of the sentence that
    is not negated, the rules' own status and armed-force checks set aside. [] when no pair has a mover."""
    from summarizer.strategies.staged.candidates import find_moves

    claims = [c for c in find_moves(ParsedArticle(article.text, [sentence], article.headline, article.year))
              if c.mover is not None and c.status != ClaimStatus.NEGATED]
    reported = [c for c in claims if c.status == ClaimStatus.MOVEMENT] or claims
    return [movement_item(c, article, previous_source) for c in reported]


def _strip_attribution(tokens: list[Token]) -> list[Token]:
    """Drop ", X said" and ", according to X" from the end of a clause."""
    says = words("attribution_verbs")
    cut = len(tokens)
    for i, token in enumerate(tokens):
        if i > 2 and token.is_punct and token.text == ",":
            rest = tokens[i + 1 :]
            if any(t.lemma_.lower() in says and t.pos_ == "VERB" for t in rest[:8]) or (rest and rest[0].lower_ == "according"):
                if not any(t.lemma_.lower() in {"kill", "wound", "injure", "die"} for t in rest):
                    cut = i
                    break
    out = tokens[:cut]
    while out and (out[-1].is_punct or out[-1].dep_ == "cc"):
        out.pop()
    return out


# ---------------------------------------------------------------------------------------------------------
# A bare actor ("troops", "the ships") named by its nation from the nearby text, as an analyst would write it
# for a reader who sees the item alone: "Colombia dispatches army ... 9,000 troops deployed" -> "Colombian troops".

_US_NAMES = {"US", "U.S.", "United States", "America", "American", "USA"}
_IRREGULARS = {"gunman", "militant", "rebel", "insurgent", "jihadist", "guerrilla", "mercenary", "attacker", "assailant",
               "fighter", "militia", "militiaman", "bandit", "volunteer", "paramilitary"}
_NATION_WINDOW = 3  # sentences before the item's own; further back a bare "troops" may belong to anyone


def _nation(token: Token) -> tuple[str, str] | None:
    """(country, the word to write before a force) for a token naming a nation: "Nigerian" -> (Nigeria,
    Nigerian), "U.S." -> (United States, U.S.), "Russia" / "Moscow" -> (Russia, Russian)."""
    to_demonym, to_country = fields.demonyms()
    text = token.text
    if text in _US_NAMES:
        return "United States", "U.S."
    if text in to_country:
        return to_country[text], text
    country = country_of(token)
    if country in _US_NAMES:
        return "United States", "U.S."
    if country is not None and country in to_demonym:
        return country, to_demonym[country]
    return None


def _reports(token: Token) -> bool:
    """Is the force the subject of a say-verb ("..., the Norwegian armed forces said")?"""
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in words("attribution_verbs")


def _national_forces(span: Any, before: int | None = None, reporters: bool = True) -> list[tuple[str, str]]:
    """The nations whose forces a sentence names: "the Nigerian Army", "Russia's troops", "U.S. warships",
    and "Colombia dispatches army" (a nation sending a force). Tokens from `before` on are not read; with
    `reporters` False, a force that only reports ("the Norwegian armed forces said") is not read either."""
    forces = words("armed_forces") | words("platform_nouns")
    found = []
    for token in span:
        if before is not None and token.i >= before:
            break
        if token.pos_ not in {"NOUN", "PROPN"} or token.lemma_.lower() not in forces and token.lower_ not in forces and not (
                token.pos_ == "PROPN" and token.lower_.endswith("s") and token.lower_[:-1] in forces):  # "Royal Marines"
            continue
        if not reporters and _reports(token):
            continue
        owners = [c for c in token.children if c.dep_ in {"amod", "compound", "poss", "nmod"}]
        if token.dep_ in {"dobj", "nsubjpass"}:  # "Colombia dispatches army", "troops were sent by Russia"
            owners += [c for c in token.head.children if c.dep_ == "nsubj"]
            owners += [o for p in token.head.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
        for owner in [o for owner in owners for o in (owner, *owner.conjuncts)]:  # "Armenian and Azerbaijani forces"
            nation = _nation(owner)
            if nation is not None:
                found.append(nation)
    for entity in span.ents:  # "the International Force for East Timor (Interfet)": a force of no one nation
        if entity.label_ == "ORG" and (before is None or entity.end <= before) and any(
                t.lower_ in _MULTINATIONAL_HEADS for t in entity) and not any(_nation(t) for t in entity):
            found.append((entity.text, ""))  # blocks a nation named beside it; names no one itself
    return found


_MULTINATIONAL_HEADS = {"force", "forces", "mission", "coalition", "alliance", "command", "brigade", "corps"}


def _has_name(actor: str, sentence: Sentence) -> bool:
    """Does the actor name anyone ("Kenyan troops", "M23", "the 82nd")? A capitalised first word is a name
    only when the parse says so ("Ground troops" opening a sentence is not)."""
    for word in re.findall(r"[\w.'-]+", actor):
        if any(c.isdigit() for c in word):
            return True
        if word[:1].isupper():
            tokens = [t for t in sentence.span if t.text == word]
            if not tokens or any(t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"} for t in tokens):
                return True
    return False


def _headline_doc(article: ParsedArticle) -> Any:
    from summarizer.strategies.staged.sentences import nlp

    return nlp()(article.headline) if article.headline else None


_SPELLED_OUT_MAX_WORDS = 5  # longer official names ("the United Nations Multidimensional ...") read worse than the acronym


def _short_form(article: ParsedArticle, name: str) -> str:
    """A long official name the article abbreviates ("the United Nations Multidimensional Integrated Stabilization
    Mission in Mali (MINUSMA)") is cited by its acronym, as the article then cites it; shorter names stay whole."""
    bare = re.sub(r"^the\s+", "", name, flags=re.I)
    if len(bare.split()) <= _SPELLED_OUT_MAX_WORDS:
        return name
    found = re.search(rf"{re.escape(bare)}(?:\s+(?:in|of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
                      rf"\s+\(([A-Z][A-Z0-9-]{{1,9}})\)", article.text)
    return found.group(1) if found else name


def spell_out_acronyms(movements: list[Item], article: ParsedArticle) -> None:
    """An acronym the article spelled out once ("the Rapid Support Forces (RSF)") is written out in an actor, so
    the item read alone says who: "RSF fighters" -> "Rapid Support Forces (RSF) fighters"."""
    for item in movements:
        actor = item.data["actor"]
        for acronym in set(re.findall(r"\b[A-Z]{2,6}\b", actor)):
            if f"({acronym})" in actor:
                continue
            found = re.search(rf"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the)\s+)*)+)\({acronym}\)", article.text)
            if found is None:
                continue
            name = found.group(1).strip()
            if len(name.split()) <= _SPELLED_OUT_MAX_WORDS and name.upper() != name:
                item.data["actor"] = re.sub(rf"\b{acronym}\b", f"{name} ({acronym})", actor, count=1)


def name_bare_actors(movements: list[Item], article: ParsedArticle) -> None:
    """Give a bare force ("troops", "tanks and self-propelled howitzers") the nation the text around it names
    for forces, nearest first: the item's own sentence before its mover, then up to three sentences back,
    then the headline. Two nations at the nearest place that names any leave the actor as written."""
    headline: Any = False
    for item in movements:
        actor = item.data["actor"]
        claim = item.claim
        if item.first_person or claim is None or claim.mover is None or _has_name(actor, item.sentence):
            continue
        head = counted_head(claim.mover)
        carried = carried_force(claim.mover)
        if carried is not None and head.lemma_.lower() not in words("armed_forces"):
            head = counted_head(carried)  # "buses carrying troops": the troops are named
        lemma = head.lemma_.lower()
        if lemma not in words("armed_forces") | words("armed_ambiguous") | words("platform_nouns") or lemma in _IRREGULARS:
            # "men": the text may mean anyone's; "gunmen", "rebels": no nation's forces by default, but the one
            # named force just before ("Wagner fighters ... the mercenaries") names them
            _name_from_antecedent(item, head, article)
            continue
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        if owner is not None and _name_from_antecedent(item, head, article):
            continue  # "the division's paratroopers": the division just named says more than a nation would
        index = item.sentence.index
        spans = [(item.sentence.span, claim.mover.left_edge.i)]
        spans += [(s.span, None) for s in reversed(article.sentences[max(0, index - _NATION_WINDOW): index])]
        if headline is False:
            headline = _headline_doc(article)
        if headline is not None:
            spans.append((headline, None))
        places = [(_national_forces(span, before=before), span, before) for span, before in spans]
        # the article's one nation under arms, however far back ("the Nigerian Army said ..." ten lines up)
        places.append(([n for s in article.sentences[: max(0, index - _NATION_WINDOW)] for n in _national_forces(s.span)], None, None))
        for found, span, before in places:
            if not found:
                continue
            if len({country for country, _ in found}) > 1 and span is not None:
                # "1,000 British Royal Marines arrived ..., the Norwegian armed forces said": the force that moved
                # names "the marines" after it, not the one that reports
                moving = _national_forces(span, before=before, reporters=False)
                found = moving if len({country for country, _ in moving}) == 1 else found
            if len({country for country, _ in found}) == 1 and found[0][1]:
                if found[0][1].lower() not in actor.lower().split():  # the parse missed the nation it already has
                    item.data["actor"] = f"{found[0][1]} {actor[:1].lower()}{actor[1:]}"  # "Troops" opened a sentence
            elif not any(demonym for _, demonym in found):
                # only a force of no one nation ("the 3rd Separate Assault Brigade"): "the brigade's troops" are its
                _name_from_antecedent(item, head, article)
            break
        else:
            _name_from_antecedent(item, head, article)  # no nation named anywhere: a named force may be


# A re-mention ("the mercenaries", "the unit", "the contingent", "the group's destroyers") takes the name of the
# force the text just named ("Wagner fighters", "a Russian airborne unit", "the USS Carl Vinson carrier strike
# group"): only a force of its kind (a regular force for "the soldiers", an irregular one for "the militants";
# "the men", "the unit" for either), and only when the nearest sentence naming any such force names one.
_ANTECEDENT_WINDOW = 2
_EITHER_KIND = {"man", "unit", "contingent", "detachment", "force", "column", "group", "team", "element", "personnel"}


def force_kind(lemma: str) -> str | None:
    if lemma in _EITHER_KIND or lemma in words("collective_nouns"):
        return "either"
    if lemma in _IRREGULARS:
        return "irregular"
    if lemma in words("armed_forces") | words("platform_nouns"):
        return "regular"
    return None


def _capital_of_sentence(token: Token) -> bool:
    """"Rebels of the ..." opening a sentence: tagged a name only for its capital."""
    return token.is_sent_start and token.pos_ == "PROPN" and force_kind(token.lower_.rstrip("s")) is not None


def _name_run(token: Token) -> list[Token]:
    """The name on a force's phrase nearest its noun: "Syrian National Army" in "Turkish-backed Syrian National
    Army fighters", "Islamic State" in "the Islamic State group's fighters", "Russian" in "a Russian airborne unit"."""
    named = lambda t: t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "ORG", "GPE"} and t.pos_ != "DET"  # noqa: E731
    before = [t for t in token.subtree if t.i < token.i]
    if any(t.dep_ == "conj" for t in before):
        return []  # "Russian and Ukrainian troops": two parties, neither is the re-mention's
    if token.pos_ == "PROPN" and not _capital_of_sentence(token):  # "the 101st Airborne Division": the name is the whole phrase
        return [t for t in before if t.dep_ not in {"det", "poss"} and t.i >= max((d.i + 1 for d in before if d.dep_ in {"det", "poss"}), default=0)] + [token]
    run: list[Token] = []
    for t in reversed(before):
        if named(t) and not t.is_punct and t.lower_ not in {"'s", "’s"}:
            if run and run[0].i != t.i + 1:
                break
            run.insert(0, t)
        elif run:
            break
        elif t.lower_ in {"'s", "’s"}:
            continue
    doc = token.doc
    if run and run[-1].i + 2 < token.i and doc[run[-1].i + 1].text == "-" and doc[run[-1].i + 2].lower_ in fields.BACKING:
        run += [doc[run[-1].i + 1], doc[run[-1].i + 2]]  # "Iranian-backed militias": backed by Iran, not Iranian
    return run


def _named_forces(span: Any, before: int | None = None) -> list[tuple[str, str]]:
    """(name, kind) for each force noun of a sentence that carries a name ("Wagner fighters" -> Wagner)."""
    found = []
    for token in span:
        if before is not None and token.i >= before:
            break
        if token.pos_ not in {"NOUN", "PROPN"} or (token.dep_ in {"compound", "amod"} and token.head.pos_ in {"NOUN", "PROPN"}):
            continue  # "Airborne" in "the 101st Airborne Division" is part of the division's name
        kind = force_kind(token.lemma_.lower()) or (force_kind(token.lower_.rstrip("s")) if _capital_of_sentence(token) else None)
        if kind is None:
            continue
        run = _name_run(token)
        if not run:
            # "Rebels of the National Liberation Front": the name after "of" (a group, not a country's "troops of Chad")
            owner = next((fields._pobj(c) for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if owner is not None and owner.pos_ == "PROPN" and owner.ent_type_ not in {"GPE", "LOC", "NORP"}:
                run = [t for t in fields.phrase(owner) if t.dep_ != "det" or t.i > owner.left_edge.i]
                run = [t for t in run if t.i >= min(t.i for t in run if t.dep_ != "det")]
        if run:
            found.append((fields.span_text(run), kind))
    return found


def _name_from_antecedent(item: Item, head: Token, article: ParsedArticle) -> bool:
    """Name a bare re-mention by the one force the nearest sentence names (see above); True when it did."""
    claim = item.claim
    actor = item.data["actor"]
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    wanted = owner if owner is not None else head
    kind = force_kind(wanted.lemma_.lower())
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in wanted.children)
    if kind is None or not definite or _name_run(wanted):
        return False
    index = item.sentence.index
    places = [_named_forces(item.sentence.span, before=claim.mover.left_edge.i)]
    places += [_named_forces(s.span) for s in reversed(article.sentences[max(0, index - _ANTECEDENT_WINDOW): index])]
    for found in places:
        found = [(name, k) for name, k in found if kind == "either" or k in {kind, "either"}]
        if owner is not None:  # "the division's paratroopers": the force named a division, not "Russian forces"
            found = [(name, k) for name, k in found if name.split()[-1].lower() == owner.lower_] or found
        if not found:
            continue
        if len({name for name, _ in found}) != 1:
            return False
        name = found[0][0]
        if owner is not None:  # "the group's destroyers" -> "the Carl Vinson group's destroyers"
            named_owner = name if name.split()[-1].lower() == owner.lower_ else f"{name} {owner.text}"
            item.data["actor"] = re.sub(rf"^(?:the\s+)?{re.escape(owner.text)}", named_owner, actor, flags=re.I)
        else:
            item.data["actor"] = f"{name} {actor[:1].lower()}{actor[1:]}"
        return True
    return False



def destination_from_context(movements: list[Item]) -> None:
    """After merging: a move that names no place goes where the same nation's force last went in the article
    ("Australia dispatched 23 personnel to Honiara ... Another 50 Australian police were expected to touch down on
    Sunday"). A withdrawal or a move told from its origin keeps none: the codebook names a destination only when
    the text does, and a force leaving somewhere is not going where its sender went before. Another nation's move
    lends nothing: two nations in one story often go to different places."""
    nations = [_nation_of_claim(m.claim, m.data["actor"]) if m.claim is not None else None for m in movements]
    for n, item in enumerate(movements):
        if item.data.get("destination") or item.data.get("origin") or nations[n] is None:
            continue
        if item.claim.verb.lemma_.lower() in words("withdrawal_verbs"):
            continue
        earlier = next((e for e, nation in zip(reversed(movements[:n]), reversed(nations[:n]), strict=True)
                        if e.data.get("destination") and nation == nations[n]), None)
        if earlier is not None:
            item.data["destination"] = earlier.data["destination"]


def _exercise_place(claim: MoveClaim, article: ParsedArticle) -> list[str]:
    """Where forces taking part in an exercise are: the place told on the exercise ("started joint drills along the
    eastern flank", "held drills near Varnel"), or, for a country holding its own exercise and no place told, the
    country itself ("Ukraine kicked off its own joint military exercises": in Ukraine, where a nation drills unless
    the text names somewhere else)."""
    from summarizer.strategies.staged.candidates import exercise_role, exercise_nouns_of

    if exercise_role(claim.verb) != "participant":
        return []
    drills = exercise_nouns_of(claim.verb)
    dests = _ground_of(drills)
    if not dests and any(c.dep_ == "det" and c.lower_ in {"the", "these"} for d in drills for c in d.children):
        # "Sweden began drills near Varnel ... 300 US Marines joined the drills": the drills told before, on their ground
        for sentence in reversed(article.sentences[: claim.sentence.index]):
            held = [t for t in sentence.span if exercise_role(t) == "participant"]
            dests = next((found for t in held for found in [_ground_of(exercise_nouns_of(t)) or fields.places([t])[1]]
                          if found), [])
            if dests or held:
                break
    if dests or COUNTRY_AS_FORCE not in claim.notes:
        return dests
    country = country_of(claim.mover)
    return [country] if country else []


def _ground_of(drills: list) -> list[str]:
    """The place told on exercise nouns: "drills along the border", "an exercise in the Varn Sea"."""
    _, dests, routes = fields.places(drills) if drills else ([], [], [])
    dests = dests or routes  # "drills along the border": the exercise's ground
    # "an exercise in the Varn Sea", "drills at Camp Osk": where a drill is held is where its forces went
    return dests or [fields.span_text(fields.place_phrase(g)) for d in drills for c in d.children
                     if c.dep_ == "prep" and c.lower_ in {"in", "at"} for g in c.children
                     if g.dep_ == "pobj" and fields._place_like(g) and not fields._is_time(g)]
