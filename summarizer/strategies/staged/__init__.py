"""The staged strategy: sentences, cue words, parse-based fields, short model questions.

The embedded default (Gemma 3 270M) cannot write a whole brief, but it can pick
one option among a few. So the work is split into stages, each measured on the
eval (docs/STRATEGIES.md):

1. sentences with offsets (spaCy), headline and dateline skipped;
2. candidate claims from cue lexicons (movement, plan, past, negated, not armed);
3. fields from the parse: actor, count, origin/destination, route, time,
   purpose, sources; evidence is an exact slice of the article;
4. denials, casualties, linking (same force re-mentioned, denial targets);
5. model questions where they pay: is an ambiguous mover an armed force?
6. headline summary and other key events from the items.

`staged_no_model` is the same pipeline without stage 5 (registered in
`summarizer.strategies`, with every built-in strategy).
"""

from __future__ import annotations

import logging
import re
import time
from typing import Any

from pydantic import ValidationError

from schemas import BriefDraft, CasualtyDraft, DenialDraft, MovementDraft, Usage
from summarizer import prompting
from summarizer.numbers import WEEKDAYS
from summarizer.strategies import StrategyResult
from summarizer.strategies.staged import assemble, fields, linking, questions
from summarizer.strategies.staged.armed import counted_head
from summarizer.strategies.staged.candidates import TIMES_OF_DAY, find_moves, split_coordinated, year_of
from summarizer.strategies.staged.casualties import casualty_items
from summarizer.strategies.staged.denials import OUTLOOKS, denial_cue, denial_item, related
from summarizer.strategies.staged.fields import PRONOUNS, sources_in
from summarizer.strategies.staged.headline import finish_brief, headline_summary, other_key_events
from summarizer.strategies.staged.lexicons import lexicon_digest, names, words
from summarizer.strategies.staged.sentences import parse_article
from summarizer.strategies.staged.types import ArmedVerdict, ClaimStatus

_log = logging.getLogger(__name__)
FOLDER = "staged"
# At most this many movements, denials and casualties each. No brief among the
# 69 gold briefs (fixtures, holdout, dev news) holds more than 8 movements, 10
# casualties or 2 denials; a page that yields thousands (50,000 copies of
# "Troops moved.", a 200,000-character line of keywords) is not one article, and
# grounding, linking and the report would each pay for every junk item. Past
# MAX_ITEMS * 4 raw movement mentions the scan stops (mentions merge, so the
# raw count runs higher than the final one).
MAX_ITEMS = 50
_MAX_RAW_MOVEMENTS = MAX_ITEMS * 4
RULES_VERSION = "r13"  # bump when a rule changes meaning; lexicon edits change the digest


class Staged:
    name = "staged"
    use_model = True
    # Model questions that run (see questions.py); each stays only while it beats its rule on the eval.
    questions: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}

    def prompt_version(self) -> str:
        return f"{prompting.prompt_version(FOLDER)}+rules-{RULES_VERSION}-{lexicon_digest()}"

    def run(self, article: str, backend: Any, settings: Any) -> StrategyResult:
        draft, usage = self.extract(article, backend if self.use_model else None)
        return StrategyResult(draft, usage)

    def repair(self, article: str, backend: Any, settings: Any, draft: BriefDraft, problems: list[str]) -> None:
        # Evidence is sliced from the article, so there is nothing a re-ask could fix.
        return None

    def finish_brief(self, brief: Any, article: str) -> None:
        """After grounding (called by the pipeline): the headline and key events from what survived it."""
        finish_brief(brief, article)
    # Hooks for a learned sentence selector (summarizer.learned.strategy); the rules alone have no opinion.
    def select(self, parsed: Any, claims: list) -> list:
        """Add, promote or veto candidate claims before fields are read."""
        return claims

    def judge(self, sentence: Any, kind: str) -> bool | None:
        """Does this sentence report a `kind` ("denial", "casualty")? None leaves it to the rules."""
        return None

    def relevant(self, movements: list) -> bool:
        """Is the article about forces on the move? For the rules: when they kept a movement."""
        return bool(movements)

    def _tick(self, stage: str, started: float) -> float:
        now = time.perf_counter()
        self.timings[stage] = self.timings.get(stage, 0.0) + now - started
        return now

    def extract(self, article: str, backend: Any | None) -> tuple[BriefDraft, Usage]:
        self.timings = {}
        clock = time.perf_counter()
        parsed = parse_article(article)
        clock = self._tick("sentences", clock)
        claims = split_coordinated(find_moves(parsed), parsed)
        clock = self._tick("candidates", clock)
        usage = Usage()
        if backend is not None and "armed_force" in self.questions:
            usage = usage + questions.settle_armed(claims, backend)
            clock = self._tick("model", clock)
        settle_by_trade(claims, parsed)
        settle_by_dispute(claims, parsed)
        settle_by_context(claims)
        claims = self.select(parsed, claims)
        settle_by_told_history(claims, parsed)  # after the model's say: its sentence view cannot see the year before

        movements: list[assemble.Item] = []
        denials: list[assemble.Item] = []
        casualties: list[assemble.Item] = []
        events: list[str] = []
        previous_source: str | None = None
        denied_forces: set[int] = set()  # sentences that deny a move of forces ("no Belarusian troops had crossed")
        by_sentence: dict[int, list] = {}
        for claim in claims:
            by_sentence.setdefault(claim.sentence.index, []).append(claim)
        for sentence in parsed.sentences:
            if len(movements) >= _MAX_RAW_MOVEMENTS or len(casualties) >= _MAX_RAW_MOVEMENTS:
                _log.warning("staged: stopped reading at sentence %d of %d: more than %d item mentions",
                             sentence.index, len(parsed.sentences), _MAX_RAW_MOVEMENTS)
                break
            sentence_claims = by_sentence.get(sentence.index, [])
            for claim in sentence_claims:
                if claim.mover is None:
                    continue
                if claim.armed != ArmedVerdict.YES:
                    # "The Beninese officers landed ... from Cotonou": a re-mention adds fields to a move
                    # already found, even when its own words would not say "armed force".
                    if claim.status == ClaimStatus.MOVEMENT and movements:
                        item = assemble.movement_item(claim, parsed, previous_source)
                        if item.definite:
                            item.only_merge = True
                            movements.append(item)
                    continue
                if claim.status == ClaimStatus.MOVEMENT:
                    item = assemble.movement_item(claim, parsed, previous_source)
                    if item.first_person:
                        pass  # "we"/"our units" in a quote: the speaker's own force, named from the speaker
                    elif claim.antecedent is not None:  # "They were then dispatched to X": who "they" are
                        item.data["actor"] = assemble.actor_text(claim.antecedent)
                        item.generic = True
                    elif claim.mover.lower_ in PRONOUNS and movements:
                        item.data["actor"] = movements[-1].data["actor"]
                        item.generic = True
                    elif claim.mover.lower_ in PRONOUNS:
                        continue
                    movements.append(item)
                elif claim.status in {ClaimStatus.PLAN, ClaimStatus.PAST}:
                    events.append(sentence.text)  # the whole sentence: who plans or offers is part of the news
            negated = any(c.status == ClaimStatus.NEGATED and relevant_so_far(c, movements) and not _stance(c)
                          and (c.armed != ArmedVerdict.NO or _names_a_place(c) or _names_a_moving_force(c, movements))
                          for c in sentence_claims)
            if negated and _disputes(sentence.span) and any(
                    c.status == ClaimStatus.NEGATED and c.armed == ArmedVerdict.YES for c in sentence_claims):
                denied_forces.add(sentence.index)  # (a plain "no unit has been ordered to move" disputes no one)
            says_denial = self.judge(sentence, "denial")
            denial = denial_item(parsed, sentence, negated, previous_source, judged=says_denial is True)
            if denial is not None and says_denial is not False:
                denials.append(denial)
            if self.judge(sentence, "casualty") is not False:
                casualties.extend(casualty_items(parsed, sentence))
            found = sources_in(sentence.span)
            if found:
                previous_source = found[0]
        clock = self._tick("fields", clock)

        if backend is not None and "destination" in self.questions:
            clock = self._tick("fields", clock)
            usage = usage + questions.choose_destinations(movements, backend)
            clock = self._tick("model", clock)
        movements = linking.merge_mentions(movements)[:MAX_ITEMS]
        linking.raise_to_later_totals(movements, parsed)
        events += [text for m in movements for text in m.context_counts]  # counts that are context, not moves
        assemble.count_people_over_craft(movements)
        assemble.count_apart_from_mover(movements, parsed.text)
        denials = [d for d in denials if related(d, movements)][:MAX_ITEMS]
        casualties = linking.dedupe_casualties(casualties)[:MAX_ITEMS]
        # "Yerevan denied that it is fielding any troops there": a denied move of armed forces is news of forces on
        # the move even when the claim itself is not read as a movement; the denial is kept, targeting none
        # (the rules' reading of strength: a model's say-so about one sentence does not make an opinion piece news)
        relevant = self.relevant(movements) or any(
            d.strong and not d.judged_only and not _saw_none(d.sentence.span)
            and (_about_forces(d.data["what"]) or d.sentence.index in denied_forces) for d in denials)
        if not relevant:
            denials, casualties, events = [], [], []
        linking.link_denials(denials, movements)
        denials = linking.merge_repeated_denials(denials)
        assemble.destination_from_context(movements)  # after merging: a re-mention's own place comes first
        assemble.count_by_conveyance(movements)  # after merging: a craft count must not split a re-mention off
        # last: the actor as a reader of the item alone needs it; linking above compared the forces as written
        assemble.name_bare_actors(movements, parsed)
        assemble.spell_out_acronyms(movements, parsed)
        lead = parsed.sentences[0].text if parsed.sentences else parsed.headline
        draft = BriefDraft(
            headline_summary=headline_summary(movements, denials, casualties, lead),
            is_relevant=relevant,
            movements=[MovementDraft(**m.data) for m in movements],
            denials=_valid_items(DenialDraft, denials),
            casualties=_valid_items(CasualtyDraft, casualties),
            other_key_events=other_key_events(events),
        )
        self._tick("linking", clock)
        return draft, usage


def _valid_items(model: Any, items: list[assemble.Item]) -> list[Any]:
    """Drafts of the items the contract accepts. A denial or toll the rules left incomplete (an empty `who` or
    `what` from a parse gone wrong) is dropped with a warning rather than losing the whole brief: nothing points
    at them, unlike movements, which denials target by index."""
    drafts = []
    for item in items:
        try:
            drafts.append(model(**item.data))
        except ValidationError as error:
            _log.warning("staged: dropped a %s the contract rejects (%s): %.80s", item.kind,
                         "; ".join(str(e["loc"][0]) for e in error.errors()), item.data.get("evidence", ""))
    return drafts


def settle_by_context(claims: list) -> None:
    """Without a model: an ambiguous mover ("a group of 230 officers") counts when the article
    already reports a sure movement of armed forces (the context makes the reading military)."""
    # a force said to be stationed there makes the reading as military as one said to move ("Russian soldiers
    # were stationed at the air base ... New Russian instructors touched down in Niamey")
    sure = any(c.status in {ClaimStatus.MOVEMENT, ClaimStatus.PRESENCE} and c.armed == ArmedVerdict.YES for c in claims)
    for claim in claims:
        if claim.armed == ArmedVerdict.MAYBE:
            claim.armed = ArmedVerdict.YES if sure else ArmedVerdict.NO
        elif claim.armed == ArmedVerdict.WEAK and sure and claim.status == ClaimStatus.MOVEMENT and claim.mover is not None \
                and claim.mover.lemma_.lower() in _FORMATIONS:
            # "the first 100-vehicle column had arrived in Tskhinvali" in a story of troops pulling out, "The
            # detachment of about 140 personnel flew in" after Italian jets landed: a column or unit with no word of
            # what it carries or who its people are is the force's (an aid or refugee column says so, and is judged "no";
            # making every weak mover a force cost dev-CV precision 0.89 -> 0.87)
            claim.armed = ArmedVerdict.YES


_FORMATIONS = {"column", "convoy", "detachment", "contingent"}


def settle_by_trade(claims: list, parsed: Any) -> None:
    """"Poland ordered 180 of the tanks ... A ship carrying the first 24 tanks docked at Gdynia": in an article about
    buying or handing over arms, hardware that no force is named as owning is a delivery, not a force on the move."""
    cues = words("arms_trade_cues")
    if not any(t.lemma_.lower() in cues or _orders_hardware(t) for s in parsed.sentences for t in s.span):
        return
    for claim in claims:
        if claim.mover is not None and claim.armed != ArmedVerdict.NO and _unowned_hardware(claim.mover):
            claim.armed = ArmedVerdict.NO
            claim.notes.append("armed: hardware in an arms-trade article")


# The story's own days ("on Sunday", "overnight", "this morning"). Only some of candidates.TIMES_OF_DAY, on purpose:
# "crossed the border in a single night" goes on telling the history before it
_NOW_WORDS = {"today", "tonight", "yesterday", "overnight", "now", "currently", "weekend", "recently", "lately",
              "morning", "afternoon", "evening", "dawn", "dusk"} | WEEKDAYS


def settle_by_told_history(claims: list, parsed: Any) -> None:
    """"... the invasion of Czechoslovakia in August 1968. About 250,000 soldiers crossed the border in a single
    night.": a move told in the plain past with no time of its own, right after a sentence set in an earlier year,
    goes on telling that history (a move of the story's days has its day: "on Sunday", "overnight", "now")."""
    if parsed.year is None:
        return
    old = {s.index for s in parsed.sentences if _names_an_earlier_year(s.span, parsed.year)}
    for claim in claims:
        if claim.status != ClaimStatus.MOVEMENT or claim.sentence.index - 1 not in old:
            continue
        if claim.verb.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass"} for c in claim.verb.children):
            continue  # "are crossing", "have crossed", "was sent": told as news, not as the story told before it
        if any(t.lower_ in _NOW_WORDS or (t.like_num and len(t.text) == 4 and t.text.isdigit()) for t in claim.sentence.span):
            continue
        claim.status = ClaimStatus.PAST
        claim.notes.append("past: goes on from a sentence set in an earlier year")


def _names_an_earlier_year(span: Any, year: int) -> bool:
    """A year before the story's that dates a deed ("in 1968"; not "since 1968"): candidates.year_of's test."""
    return any(year_of(t) and int(t.text) < year for t in span)


def _orders_hardware(token: Any) -> bool:
    """"Poland ordered 180 of the tanks": an order for hardware is a purchase (an order to troops is not)."""
    if token.lemma_.lower() != "order" or token.pos_ != "VERB":
        return False
    platforms = words("platform_nouns")
    return any(c.dep_ == "dobj" and counted_head(c).lemma_.lower() in platforms for c in token.children)


def _unowned_hardware(mover: Any) -> bool:
    """Tanks, ships or aircraft (and what they carry) with no people among them and no owner named: no nationality,
    possessor or proper name other than a model's ("K2 tanks", "a ship carrying howitzers")."""
    platforms = words("platform_nouns")
    people = words("armed_forces") - platforms
    owners = names("armed_group_names")
    head = counted_head(mover)
    if head.lemma_.lower() not in platforms and head.lower_ not in platforms:
        return False
    for token in mover.subtree:
        if (token.lemma_.lower() in people or token.lower_ in people) and not (token.dep_ == "compound" and token.head == head):
            return False  # (a "fighter jet" is a kind of jet: no fighters aboard)
        if token.dep_ == "poss" or token.ent_type_ in {"NORP", "GPE"} or token.text in owners:
            if token.head.dep_ == "pobj" and token.head.head.lower_ == "from":
                continue  # "tanks from South Korea": where the goods come from, not whose they are
            if token.dep_ == "pobj" and token.head.lower_ == "from":
                continue
            if _buyer(token):
                continue  # "tanks bought by Poland": who paid for the goods, not whose force they are
            if any(ch.isdigit() for ch in token.text):
                continue  # "K9 howitzers" tagged a nationality: a model's designation, no owner
            return False
    return True


_BUYING = {"buy", "purchase", "order", "acquire", "procure"}


def _buyer(token: Any) -> bool:
    """The agent of a purchase participle: "Poland" in "tanks bought by Poland"."""
    by = token.head if token.dep_ == "pobj" else None
    return by is not None and by.lower_ == "by" and by.head.lemma_.lower() in _BUYING and by.head.dep_ in {"acl", "relcl"}


def settle_by_dispute(claims: list, parsed: Any) -> None:
    """"Kyiv said Belarusian units were moving south. Minsk said the information was incorrect.": a move of an
    ambiguous force ("units", "reinforcements") that a denial disputes in its own or the next sentence is news of
    armed forces; an undisputed one stays out."""
    # (before settle_by_context: "Armenian units had moved ... Yerevan called the claim absurd" is news of forces
    # even when nothing else in the article is sure to be)
    weak = [c for c in claims if c.armed in {ArmedVerdict.WEAK, ArmedVerdict.MAYBE} and c.status == ClaimStatus.MOVEMENT]
    if not weak:
        return
    disputed = {s.index for s in parsed.sentences if denial_cue(s.span, False) is not None}
    for claim in weak:
        if disputed & {claim.sentence.index, claim.sentence.index + 1}:
            claim.armed = ArmedVerdict.YES
            claim.notes.append("armed: disputed by a denial")


def _stance(claim: Any) -> bool:
    """"Russia said its forces in Mali would not leave": a refusal to move (a modal), not a denial that one happened;
    "with no troops left": a setting."""
    if claim.verb.head.lower_ == "with" or any(c.lower_ == "with" and c.dep_ == "mark" for c in claim.verb.children):
        return True  # "With no troops left in the town, residents fled": a setting, no one denies a move
    if _progress_or_record(claim.verb):
        return True
    return any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in {"could", "might", "may"} for c in claim.verb.children)


# "by nightfall", "by then", "by the deadline": a time the move has not got there by
_BY_WHEN = TIMES_OF_DAY | {"then", "now", "deadline"}


def _progress_or_record(verb: Any) -> bool:
    """A negated move that reports how far a move has got or how it compares, not a dispute of a claim: "the convoy
    had not reached the capital by nightfall", "had not yet arrived", "has never deployed troops this close to the
    border before", "are not expected to take part in combat". "Kordova has never sent troops to Lanmark, the
    ministry said" stays a denial."""
    chain = [verb]
    while chain[-1].dep_ in {"xcomp", "conj"} and chain[-1].head != chain[-1] and len(chain) < 4:
        chain.append(chain[-1].head)
    if any(t.lemma_.lower() in OUTLOOKS for t in chain[1:]):  # "are not expected to take part"
        return True
    for token in chain:
        for child in token.children:
            if child.dep_ == "advmod" and child.lower_ in {"yet", "still", "before", "previously"}:
                return True
            if child.dep_ == "prep" and child.lower_ == "by" and any(
                    g.dep_ == "pobj" and (fields._is_time(g) or g.lemma_.lower() in _BY_WHEN) for g in child.children):
                return True  # "by nightfall", "by Monday": not there yet
    return False


def relevant_so_far(claim: Any, movements: list) -> bool:
    """A weakly armed negated mover ("no additional units") counts once the article has reported a move."""
    return claim.armed != ArmedVerdict.WEAK or bool(movements)


def _names_a_place(claim: Any) -> bool:
    """"no group ... had entered Syria": a negated move to a named place is a denial whoever the mover is."""
    return any(t.ent_type_ in {"GPE", "LOC", "FAC"} for v in claim.verbs for t in v.subtree) and any(
        t.lemma_.lower() in {"say", "tell", "deny", "insist"} for t in claim.sentence.span
    )


def _disputes(span: Any) -> bool:
    """Does the sentence take issue with what someone said ("denied", "rejecting a statement", "dismissing")?"""
    # the denial stage's own verbs (denial_verbs.txt), so a verb added there counts here too
    return any(t.lemma_.lower() in words("denial_verbs") for t in span)


def _saw_none(span: Any) -> bool:
    """"South Korea's military said it had detected no unusual troop movements": an observer seeing no move, with
    no move reported to dispute, is no news of forces on the move (a denial of one is: "Yerevan denied ...")."""
    seeing = words("sighting_verbs") | {"observe", "see", "notice", "record", "register"}
    if _disputes(span):
        return False
    return any(t.lemma_.lower() in seeing and t.pos_ == "VERB" and any(
        c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children) for c in t.children)
        for t in span)


def _about_forces(text: str) -> bool:
    """Does a denied claim name armed forces ("any troops", "its soldiers", "warships")?"""
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(noun)}s?\b", lowered) for noun in words("armed_forces"))


def _names_a_moving_force(claim: Any, movements: list) -> bool:
    """"the Eritreans are not pulling out" after "Eritrean troops began to leave": a people named like a force
    already reported on the move stands for that force."""
    if claim.mover is None:
        return False
    named = linking._names(claim.mover.text)
    return bool(named) and any(named & linking._names(m.data["actor"]) for m in movements)


class StagedNoModel(Staged):
    """The staged pipeline with every model question off: rules only."""

    name = "staged_no_model"
    use_model = False
    questions = ()


class StagedAllQuestions(Staged):
    """Every model question on, whether or not it pays: for measuring them (docs/STRATEGIES.md)."""

    name = "staged_all_questions"
    questions = ("armed_force", "destination")

