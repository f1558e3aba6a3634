"""One self-contained HTML page per brief: the article with its evidence highlighted, the brief beside it.

`render_html(brief, article)` returns the page; `write_html(brief, article, path)`
saves it. The page loads nothing from the network: CSS and a small script of
our own are inline, and a Content-Security-Policy admits exactly those two by
their sha256, so a script smuggled into the article (or into a model-written
field) could not run even if escaping failed. Everything from the article or
the model passes through `html.escape`.

Highlights are <mark class="hl"> elements with data-kind (movement, denial,
casualty), data-index (0-based in its group) and data-start/data-end (the
article offsets of the element's own text). Overlapping evidence spans that
cross each other are split into nested pieces; the pieces of one item share
kind and index and carry data-part.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from schemas import Brief, Casualty, Count, Denial, Movement
from summarizer.errors import InputError

_KINDS = (("movement", "movements", "M"), ("denial", "denials", "D"), ("casualty", "casualties", "C"))
_HEDGE_WORDS = {"exactly": "", "at_least": "at least ", "at_most": "up to ", "about": "about "}

_STYLE = """
:root { --mv: #d6e8ff; --mv-line: #1f5fae; --dn: #ffdcd6; --dn-line: #b42318; --cs: #eadcff; --cs-line: #6a3fb5;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330; background: #f6f7f9; }
body { margin: 0; }
header { padding: 16px 24px; background: #fff; border-bottom: 1px solid #dde1e7; }
h1 { font-size: 1.25rem; margin: 0 0 6px; }
h2 { font-size: 1.05rem; margin: 0 0 10px; }
h3 { font-size: .95rem; margin: 18px 0 6px; }
.headline { margin: 0 0 8px; font-size: 1rem; max-width: 110ch; }
.legend span { margin-right: 14px; font-size: .85rem; }
.swatch[data-kind=movement] { background: var(--mv); border: 1px solid var(--mv-line); }
.swatch[data-kind=denial] { background: var(--dn); border: 1px solid var(--dn-line); }
.swatch[data-kind=casualty] { background: var(--cs); border: 1px solid var(--cs-line); }
.swatch { display: inline-block; width: .9em; height: .9em; vertical-align: -2px; margin-right: 4px;
  border-radius: 2px; }
.layout { display: grid; grid-template-columns: minmax(320px, 1fr) minmax(420px, 1.15fr); gap: 18px;
  padding: 18px 24px; }
section { background: #fff; border: 1px solid #dde1e7; border-radius: 8px; padding: 14px 16px; min-width: 0; }
.article-text { white-space: pre-wrap; line-height: 1.65; font-size: .95rem; overflow-wrap: anywhere; }
mark.hl { border-radius: 3px; padding: 1px 0; cursor: pointer; color: inherit; }
mark.hl[data-label]::before { content: attr(data-label); font-size: .68em; font-weight: 700; vertical-align: super;
  margin-right: 2px; }
mark.movement { background: var(--mv); border-bottom: 2px solid var(--mv-line); }
mark.movement[data-label]::before { color: var(--mv-line); }
mark.denial { background: var(--dn); border-bottom: 2px solid var(--dn-line); }
mark.denial[data-label]::before { color: var(--dn-line); }
mark.casualty { background: var(--cs); border-bottom: 2px solid var(--cs-line); }
mark.casualty[data-label]::before { color: var(--cs-line); }
mark.hl mark.hl { border-bottom-width: 4px; }
mark.flagged { outline: 1px dashed #b7791f; }
mark.flash { outline: 3px solid #f6ad55; }
table { border-collapse: collapse; width: 100%; font-size: .84rem; }
th, td { text-align: left; vertical-align: top; padding: 5px 6px; border-bottom: 1px solid #e6e9ee; }
th { background: #f1f3f6; font-weight: 600; }
tr[data-kind] { cursor: pointer; }
tr[data-kind]:hover { background: #fafbfc; }
.badge { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: .75rem; background: #edf2f7; }
.badge.exact { background: #dcfce7; } .badge.normalized { background: #e0f2fe; }
.badge.fuzzy { background: #fef3c7; } .badge.unfound { background: #fee2e2; }
.flags { color: #8a4b08; font-size: .78rem; margin: 3px 0 0; padding-left: 16px; }
.muted { color: #6b7280; }
section ul { font-size: .88rem; padding-left: 20px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; font-size: .84rem; margin: 0; }
dl.meta dt { color: #4b5563; } dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.popover { position: absolute; z-index: 10; max-width: 440px; background: #fff; border: 1px solid #c3c9d3;
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.16); padding: 10px 12px; }
.details[hidden], .popover[hidden] { display: none; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
"""

# Shows an item's details next to its highlight (hover, focus or click to pin),
# and scrolls from a table row to its highlight.
_SCRIPT = """
(function () {
  "use strict";
  var pop = document.getElementById("popover");
  var pinned = null;
  function details(mark) {
    return document.getElementById("details-" + mark.dataset.kind + "-" + mark.dataset.index);
  }
  function show(mark) {
    var source = details(mark);
    if (!source) { return; }
    var copy = source.cloneNode(true);
    copy.hidden = false;
    copy.removeAttribute("id");
    pop.replaceChildren(copy);
    pop.hidden = false;
    var box = mark.getBoundingClientRect();
    var left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - pop.offsetWidth - 8));
    pop.style.left = (window.scrollX + left) + "px";
    pop.style.top = (window.scrollY + box.bottom + 6) + "px";
  }
  function hide() { pinned = null; pop.hidden = true; }
  document.addEventListener("mouseover", function (event) {
    if (pinned) { return; }
    var mark = event.target.closest ? event.target.closest("mark.hl") : null;
    if (mark) { show(mark); } else if (!pop.contains(event.target)) { pop.hidden = true; }
  });
  document.addEventListener("focusin", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.hl") : null;
    if (mark) { show(mark); }
  });
  document.addEventListener("click", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.hl") : null;
    if (mark) { pinned = mark; show(mark); return; }
    var row = event.target.closest ? event.target.closest("tr[data-kind]") : null;
    if (row) {
      var selector = 'mark.hl[data-kind="' + row.dataset.kind + '"][data-index="' + row.dataset.index + '"]';
      var marks = document.querySelectorAll(selector);
      if (marks.length) {
        marks[0].scrollIntoView({block: "center"});
        marks.forEach(function (m) {
          m.classList.add("flash");
          setTimeout(function () { m.classList.remove("flash"); }, 1600);
        });
      }
      return;
    }
    if (!pop.contains(event.target)) { hide(); }
  });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") { hide(); } });
})();
"""


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; script-src '{_sha256(_SCRIPT)}'; style-src '{_sha256(_STYLE)}'; "
    "img-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
)


def _e(value: object) -> str:
    """Escaped text for HTML; None shows as a dash."""
    if value is None or value == "":
        return '<span class="muted">&mdash;</span>'
    return html.escape(str(value), quote=True)


def _article_text(text: str) -> str:
    """Escaped article text; a CR survives only as a character reference (the parser folds CRLF)."""
    return html.escape(text, quote=True).replace("\r", "&#13;")


@dataclass(frozen=True)
class Piece:
    """A stretch of one item's evidence span, rendered as one <mark>."""

    start: int
    end: int
    kind: str
    index: int
    order: int  # position of the item in the page, to nest identical spans stably
    flagged: bool


def laminar_pieces(pieces: Iterable[Piece]) -> list[Piece]:
    """Split crossing spans until every two pieces are nested or disjoint, so they can nest as tags.

    When a starts before b and b crosses a's end, b is cut at a's end.
    """
    work = [p for p in pieces if p.end > p.start]
    changed = True
    while changed:
        changed = False
        for a in work:
            crossing = next((b for b in work if a.start < b.start < a.end < b.end), None)
            if crossing is not None:
                work.remove(crossing)
                work.append(replace(crossing, end=a.end))
                work.append(replace(crossing, start=a.end))
                changed = True
                break
    return sorted(work, key=lambda p: (p.start, -p.end, p.order))


def _open_mark(piece: Piece, label: str | None, part: str) -> str:
    classes = f"hl {piece.kind}" + (" flagged" if piece.flagged else "")
    attrs = (
        f'class="{classes}" tabindex="0" data-kind="{piece.kind}" data-index="{piece.index}" '
        f'data-start="{piece.start}" data-end="{piece.end}" data-part="{part}"'
    )
    return f"<mark {attrs}" + (f' data-label="{label}"' if label else "") + ">"


def _highlighted_article(brief: Brief, article: str) -> str:
    items: list[Piece] = []
    for kind, group, _ in _KINDS:
        for index, item in enumerate(getattr(brief, group)):
            span = item.span
            if span is not None and span.start is not None and span.end is not None:
                items.append(Piece(span.start, span.end, kind, index, len(items), bool(item.flags)))
    pieces = laminar_pieces(items)
    counts: dict[tuple[str, int], int] = {}
    for piece in pieces:
        counts[(piece.kind, piece.index)] = counts.get((piece.kind, piece.index), 0) + 1
    seen: dict[tuple[str, int], int] = {}
    prefix = {kind: letter for kind, _, letter in _KINDS}
    out: list[str] = []
    stack: list[Piece] = []
    cursor = 0

    def close_until(position: int) -> None:
        nonlocal cursor
        while stack and stack[-1].end <= position:
            top = stack.pop()
            out.append(_article_text(article[cursor : top.end]) + "</mark>")
            cursor = top.end

    for piece in pieces:
        close_until(piece.start)
        out.append(_article_text(article[cursor : piece.start]))
        cursor = piece.start
        key = (piece.kind, piece.index)
        seen[key] = seen.get(key, 0) + 1
        label = f"{prefix[piece.kind]}{piece.index + 1}" if seen[key] == 1 else None
        out.append(_open_mark(piece, label, f"{seen[key]}/{counts[key]}"))
        stack.append(piece)
    close_until(len(article))
    out.append(_article_text(article[cursor:]))
    return "".join(out)


def format_count(count: Count | None) -> str:
    """ "at least 300 fighters", "1,500-2,000 troops", "unspecified number of fighters"."""
    if count is None:
        return ""
    if count.qualifier == "range":
        return f"{count.low:,}\u2013{count.high:,} {count.unit}"
    if count.qualifier == "unspecified":
        return f"unspecified number of {count.unit}"
    return f"{_HEDGE_WORDS[count.qualifier]}{count.value:,} {count.unit}"


def _alignment_cell(item: Movement | Denial | Casualty) -> str:
    status = item.span.alignment.value if item.span else "unfound"
    flags = "".join(f"<li>{_e(flag)}</li>" for flag in item.flags)
    return f'<span class="badge {status}">{status}</span>' + (f'<ul class="flags">{flags}</ul>' if flags else "")


def _table(kind: str, headers: Sequence[str], rows: list[tuple[int, list[str]]]) -> str:
    if not rows:
        return '<p class="muted">None.</p>'
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join(
        f'<tr data-kind="{kind}" data-index="{index}">' + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"
        for index, cells in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _details(kind: str, index: int, fields: dict[str, object], item: Movement | Denial | Casualty) -> str:
    """The hidden block the popover copies: every structured field of one item."""
    span = item.span
    where = "not in the article"
    if span is not None and span.start is not None:
        where = f"{span.start}\u2013{span.end}, {span.alignment.value}, score {span.score:.2f}"
    rows = {**fields, "evidence": item.evidence, "span": where, "flags": "; ".join(item.flags) or None}
    body = "".join(f"<dt>{_e(name)}</dt><dd>{_e(value)}</dd>" for name, value in rows.items())
    return f'<div class="details" id="details-{kind}-{index}" hidden><dl class="meta">{body}</dl></div>'


def _brief_tables(brief: Brief) -> tuple[str, str]:
    """The brief's tables, and the hidden detail blocks the popover shows."""
    details: list[str] = []
    movement_rows = []
    for i, m in enumerate(brief.movements):
        actor = _e(m.actor)
        if m.actor_affiliation:
            actor += f'<br><span class="muted">{_e(m.actor_affiliation)}</span>'
        movement_rows.append((i, [f"M{i + 1}", actor, _e(m.origin), _e(m.destination), _e(format_count(m.count)),
                                  _e(m.time), _e("; ".join(m.sources) or "the article"), _alignment_cell(m)]))
        details.append(_details("movement", i, {"movement": f"M{i + 1}", "actor": m.actor,
            "affiliation": m.actor_affiliation, "from": m.origin, "to": m.destination, "route": m.route,
            "count": format_count(m.count) or None, "when": m.time, "purpose": m.purpose,
            "sources": "; ".join(m.sources) or "the article"}, m))  # fmt: skip
    denial_rows = []
    for i, d in enumerate(brief.denials):
        targets = ", ".join(f"M{t + 1}" for t in d.targets)
        denial_rows.append((i, [f"D{i + 1}", _e(d.denier), _e(d.what), _e(targets), _alignment_cell(d)]))
        details.append(_details("denial", i, {"denial": f"D{i + 1}", "denier": d.denier, "what": d.what,
                                              "targets": targets or None}, d))
    casualty_rows = []
    for i, c in enumerate(brief.casualties):
        casualty_rows.append((i, [f"C{i + 1}", _e(format_count(c.count)), _e(c.who), _e(c.where), _e(c.cause),
                                  _alignment_cell(c)]))
        details.append(_details("casualty", i, {"casualty": f"C{i + 1}", "count": format_count(c.count) or None,
                                                "who": c.who, "where": c.where, "cause": c.cause}, c))
    events = "".join(f"<li>{_e(event)}</li>" for event in brief.other_key_events)
    tables = (
        "<h3>Movements</h3>"
        + _table("movement", ["#", "Actor", "From", "To", "Count", "When", "Sources", "Evidence"], movement_rows)
        + "<h3>Denials</h3>"
        + _table("denial", ["#", "Denier", "What", "Targets", "Evidence"], denial_rows)
        + "<h3>Casualties</h3>"
        + _table("casualty", ["#", "Count", "Who", "Where", "Cause", "Evidence"], casualty_rows)
        + "<h3>Other key events</h3>"
        + (f"<ul>{events}</ul>" if events else '<p class="muted">None.</p>')
        + _summary(brief)
    )
    return tables, "".join(details)


def _summary(brief: Brief) -> str:
    rows: dict[str, object] = {"relevant": "yes" if brief.is_relevant else "no"}
    if brief.grounding:
        g = brief.grounding
        by = ", ".join(f"{k} {v}" for k, v in g.by_alignment.items() if v) or None
        rows.update({"grounding policy": g.policy, "grounded": g.grounded, "fixed by re-ask": g.fixed,
                     "flagged": g.flagged, "dropped": g.dropped, "alignment": by})  # fmt: skip
    if brief.metadata:
        m = brief.metadata
        rows.update({"model": m.model, "backend": m.backend, "strategy": m.strategy,
                     "prompt version": m.prompt_version, "schema version": m.schema_version,
                     "article sha256": m.article_sha256[:16] or None,
                     "tokens": f"{m.usage.prompt_tokens:,} in, {m.usage.completion_tokens:,} out",
                     "model calls": m.usage.calls,
                     "seconds": m.seconds, "chunks": m.chunks})  # fmt: skip
    body = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in rows.items())
    return f'<h3>Grounding and metadata</h3><dl class="meta">{body}</dl>'


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"


def render_html(brief: Brief, article: str, *, title: str | None = None) -> str:
    """The whole page as a string: no external resources, strict CSP, every text escaped."""
    title = title or "Brief: " + (_shorten(brief.headline_summary, 90) or "untitled")
    tables, details = _brief_tables(brief)
    legend = "".join(
        f'<span><i class="swatch" data-kind="{kind}"></i>{letter} {group}</span>' for kind, group, letter in _KINDS
    )
    return (
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f'<header><h1>{_e(title)}</h1><p class="headline">{_e(brief.headline_summary)}</p>'
        f'<div class="legend">{legend}</div></header>\n'
        '<main class="layout">\n'
        f'<section aria-label="Article"><h2>Article</h2><div class="article-text" id="article">'
        f"{_highlighted_article(brief, article)}</div></section>\n"
        f'<section aria-label="Brief"><h2>Brief</h2>{tables}</section>\n'
        "</main>\n"
        f'<div id="popover" class="popover" role="tooltip" hidden></div>\n{details}\n'
        f"<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )


def write_html(brief: Brief, article: str, path: str | Path, *, title: str | None = None) -> Path:
    """Write the page to `path` (UTF-8) and return the path."""
    target = Path(path)
    page = render_html(brief, article, title=title)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise InputError(
            f"cannot write the HTML report to {str(target)!r}: {exc.strerror}; give a writable path"
        ) from None
    return target


# For the desk's review page (summarizer.service.page): the same highlights and styles, served as files.
REPORT_STYLE = _STYLE


def highlighted_article(brief: Brief, article: str) -> str:
    """The article as escaped HTML with the brief's evidence marked, as in the static page."""
    return _highlighted_article(brief, article)
