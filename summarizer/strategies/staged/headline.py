"""The headline summary and the other key events, written from the extracted items.

The summary is a template over the first movements and the first denial:
"At least 300 fighters moved from X into Syria late on Sunday, according to
two Iraqi security sources; the head of ... denied it." Analysts read the
count, who, where, and who says so first, so those lead.
"""

from __future__ import annotations


from summarizer.strategies.staged.assemble import Item

_MAX_EVENTS = 6
_MAX_EVENT_CHARS = 220

_QUALIFIER_WORDS = {"at_least": "at least", "about": "about", "at_most": "up to", "exactly": ""}


def _count_words(count) -> str:
    if count is None:
        return ""
    if count.qualifier == "range":
        return f"{count.low:,} to {count.high:,}"
    if count.qualifier == "unspecified":
        return "an unspecified number of"
    words = _QUALIFIER_WORDS.get(count.qualifier, "")
    return f"{words} {count.value:,}".strip()


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def describe_movement(data: dict) -> str:
    count = data["count"]
    actor = data["actor"]
    number = _count_words(count)
    who = actor
    if number:
        unit_word = count.unit.split()[-1].lower() if count.unit else ""
        who = f"{number} {actor}" if unit_word and unit_word in actor.lower() else f"{number} {count.unit} ({actor})"
    parts = [who, "moved"]
    if data.get("origin"):
        parts.append(f"from {data['origin']}")
    if data.get("destination"):
        parts.append("to " + data["destination"].replace("; ", " and on to "))
    if data.get("time"):
        first = data["time"].split()[0].lower()
        leads = {"on", "in", "at", "over", "late", "early", "during", "since", "by", "this", "last", "overnight"}
        parts.append(data["time"] if first in leads else f"({data['time']})")
    text = " ".join(parts)
    if data["sources"]:
        text += f", according to {data['sources'][0]}"
    return text


def headline_summary(movements: list[Item], denials: list[Item], casualties: list[Item], lead: str | None) -> str:
    if not movements:
        base = (lead or "").strip()
        base = base if len(base) <= 240 else base[:237].rsplit(" ", 1)[0] + "..."
        return f"No movement of armed forces is reported. {base}".strip()
    text = describe_movement(movements[0].data)
    if len(movements) > 1:
        second = movements[1].data
        text += f"; {describe_movement(second)}" if len(movements) == 2 else f"; {len(movements) - 1} other movements are reported, including {describe_movement(second)}"
    if denials:
        denier = denials[0].data["denier"]
        text += f". {_sentence_case(denier)} denied or disputed it"
    killed = [c for c in casualties if c.data["_kind"] == "killed" and c.data["count"] is not None and c.data["count"].value]
    if killed:
        text += f"; {killed[0].data['count'].value} people were reported killed"
    return _sentence_case(text.strip()) + "."


def other_key_events(texts: list[str]) -> list[str]:
    events: list[str] = []
    for text in texts:
        text = " ".join(text.split())
        if len(text) > _MAX_EVENT_CHARS:
            text = text[: _MAX_EVENT_CHARS - 3].rsplit(" ", 1)[0] + "..."
        if text and text not in events:
            events.append(text)
        if len(events) >= _MAX_EVENTS:
            break
    return events
