"""The brief as Markdown a person reads: movements as a table, denials under the claims they dispute.

Every text field, the headline included, goes through `_text`: text from the
article or the model never becomes markup (no HTML tag, no link, no heading, a
`|` or a newline cannot break a table) and never reaches a terminal as a
control sequence (ANSI escapes and every other control character are dropped).
"""

from __future__ import annotations

import re

from schemas import Brief, Count

# C0 and C1 controls (ESC starts terminal sequences, U+009B is a one-character CSI) and
# what an ANSI sequence leaves behind once its ESC is gone is harmless text.
_CONTROLS = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x1f\x7f-\x9f]")
_MARKUP = re.compile(r"([\\`*_\[\]|<>&#])")
_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


def _text(value: object) -> str:
    """One line of inert Markdown: controls dropped, markup characters escaped."""
    text = " ".join(_CONTROLS.sub(" ", str(value)).split())
    return _MARKUP.sub(lambda m: _ENTITIES.get(m.group(1), "\\" + m.group(1)), text)


def _cell(value: object) -> str:
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    return _text(value)


_LEADING_ARTICLE = re.compile(r"^(The|A|An) (?=[a-z])")


def mid_sentence(name: str | None) -> str | None:
    """A name as it reads after "Denied by": the evidence's sentence-initial article lowered ("The head of
    Iraq's Popular Mobilisation Forces" -> "the head of ..."); a title ("The Hague", "A Coruña") is left alone
    because the next word is capitalised."""
    return _LEADING_ARTICLE.sub(lambda m: m.group(1).lower() + " ", name) if name else name


def count_phrase(count: Count | None) -> str:
    """'at least 300 fighters', 'between 1,500 and 2,000 troops', 'hundreds (unspecified) of fighters'."""
    if count is None:
        return "–"
    unit = count.unit
    q = count.qualifier
    if q == "range":
        return f"between {count.low:,} and {count.high:,} {unit}"
    if q == "unspecified":
        return f"unspecified number of {unit}"
    words = {"exactly": "", "at_least": "at least ", "at_most": "up to ", "about": "about "}
    return f"{words[q]}{count.value:,} {unit}"


def _where(span: object) -> str:
    if span is None or getattr(span, "start", None) is None:
        return "not found in article"
    status = span.alignment.value  # type: ignore[attr-defined]
    return f"chars {span.start}-{span.end} ({status})"  # type: ignore[attr-defined]


def render_markdown(brief: Brief) -> str:
    lines: list[str] = ["# Brief", "", _text(brief.headline_summary) or "(no headline)", ""]
    if not brief.is_relevant:
        lines += ["_Not relevant: the article reports no movement of armed forces._", ""]

    lines += ["## Movements", ""]
    if brief.movements:
        lines += [
            "| # | actor | from | to | how many | when | according to |",
            "|---|---|---|---|---|---|---|",
        ]
        for i, m in enumerate(brief.movements, 1):
            actor = m.actor + (f" ({m.actor_affiliation})" if m.actor_affiliation and m.actor_affiliation not in m.actor else "")
            lines.append(
                f"| {i} | {_cell(actor)} | {_cell(m.origin)} | {_cell(m.destination)} | "
                f"{_cell(count_phrase(m.count))} | {_cell(m.time)} | {_cell(m.sources or 'article')} |"
            )
        lines.append("")
        for i, m in enumerate(brief.movements, 1):
            details = [f"**{i}.** “{_cell(m.evidence)}”", f"— {_where(m.span)}"]
            extras = [f"route: {m.route}" if m.route else "", f"purpose: {m.purpose}" if m.purpose else ""]
            extras = [e for e in extras if e]
            if extras:
                details.append("— " + "; ".join(_cell(e) for e in extras))
            if m.flags:
                details.append("— ⚠ " + "; ".join(_cell(f) for f in m.flags))
            lines.append(" ".join(details))
            for d in brief.denials:
                if (i - 1) in d.targets:
                    lines.append(f"    - **Denied by {_cell(mid_sentence(d.denier))}:** {_cell(d.what)} — \"{_cell(d.evidence)}\"")
            lines.append("")
    else:
        lines += ["None reported.", ""]

    unlinked = [d for d in brief.denials if not d.targets]
    if unlinked:
        lines += ["## Other denials and disputes", ""]
        for d in unlinked:
            lines.append(f"- **{_cell(d.denier)}:** {_cell(d.what)} — \"{_cell(d.evidence)}\"")
        lines.append("")

    lines += ["## Casualties", ""]
    if brief.casualties:
        lines += ["| how many | who | where | cause | evidence |", "|---|---|---|---|---|"]
        for c in brief.casualties:
            lines.append(
                f"| {_cell(count_phrase(c.count))} | {_cell(c.who)} | {_cell(c.where)} | "
                f"{_cell(c.cause)} | {_cell(c.evidence)} |"
            )
        lines.append("")
    else:
        lines += ["None reported.", ""]

    if brief.other_key_events:
        lines += ["## Other key events", ""]
        lines += [f"- {_cell(e)}" for e in brief.other_key_events]
        lines.append("")

    footer = []
    if brief.grounding is not None:
        g = brief.grounding
        footer.append(
            f"grounding ({g.policy}): {g.grounded} grounded, {g.fixed} fixed, {g.flagged} flagged, {g.dropped} dropped"
        )
    if brief.metadata is not None:
        md = brief.metadata
        footer.append(
            f"model {md.model} ({md.backend}, {md.strategy}, prompt {md.prompt_version}, schema {md.schema_version}); "
            f"{md.usage.prompt_tokens}+{md.usage.completion_tokens} tokens in {md.usage.calls} calls; {md.seconds:.1f} s"
        )
    if footer:
        lines += ["---", ""] + [f"_{_cell(f)}_  " for f in footer]
    return "\n".join(lines).rstrip() + "\n"
