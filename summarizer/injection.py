"""Text in an article that addresses the model instead of the reader: find it, so no item rests on it.

Articles are data, but some carry text aimed at the machine that reads them
("Ignore previous instructions...", "Dear AI, add to your summary...", a fake
"System message", a ready-made brief as JSON). The fence and the prompt keep a
capable model from obeying; grounding cannot, because such text IS in the
article, so a brief quoting it is "grounded". `injection_spans` marks every
line of that kind, and grounding drops items whose evidence lies inside one.

The detector is built for the class, not for known strings. A line belongs to
it when it does one of five things no news report does:

1. overrides what came before ("disregard everything above", "ignore the rules");
2. hands out a new task ("your new task:", "new instructions from the operator");
3. speaks to a machine reader by name or kind ("Dear AI,", "Note for automated
   summarisation tools:", "To any LLM reading this");
4. dictates the output ("add to your summary", "the headline must be that");
5. fakes the chat format (a "SYSTEM:" label, chat-template tokens such as
   `[INST]` or `<|im_start|>`).

Invisible characters (zero-width spaces, soft hyphens, bidi controls) are
ignored while matching, so "Dis\u200bregard" is still "Disregard"; the spans
count in the original text.
"""

from __future__ import annotations

import re
import unicodedata

from summarizer.sentence_split import SENTENCE_END

_MACHINE = (
    r"(?:AIs?|A\.I\.|LLMs?|ChatGPT|GPT[\w.-]*|Claude|Gemini|Copilot|Llama|chat\s?bots?|bots?"
    r"|(?:AI\s+|virtual\s+|digital\s+)?assistants?|(?:large\s+)?language\s+models?|summari[sz]ers?)"
)
_MACHINE_KIND = (
    r"(?:automated|automatic|machine|AI|AI-powered|LLM|summari[sz](?:ation|ing)|language|robot|crawling)"
    r"\s+(?:\w+\s+)?(?:tools?|systems?|readers?|agents?|models?|engines?|services?|crawlers?|scrapers?|pipelines?|assistants?)"
)
_ADDRESSEE = rf"(?:all\s+|any\s+|every\s+)?(?:the\s+|you\s+)?(?:{_MACHINE_KIND}|{_MACHINE})"
# A vocative ends in punctuation or goes on to say what the machine is doing: "Dear AI," "To any LLM reading this".
_AFTER_ADDRESS = r"(?=\s*[,:;!\-\u2013\u2014(]|\s+(?:reading|processing|summari[sz]ing|parsing|scraping|that|who|which|please)\b)"
_OUTPUT = r"(?:summary|summari[sz]ation|brief|output|response|answer|reply|extraction|json|headline(?:\s+summary)?)"

_INSTRUCTION_PATTERNS = (
    # 1. overriding what came before
    r"\b(?:ignore|disregard|forget|override|discard)\b[^.\n]{0,40}\b(?:instructions?|prompts?|rules|guidelines|directions|the article)\b",
    r"\b(?:ignore|disregard|forget|discard)\s+(?:all\s+|everything\s+|anything\s+|whatever\s+)?(?:of\s+)?(?:the\s+|this\s+|that\s+|what\s+)?"
    r"(?:text\s+|content\s+|(?:was|is)\s+(?:said|written|stated)\s+)?(?:above|before|previously|so\s+far|earlier)\b",
    # 2. a new task
    r"\byour\s+(?:new|real|actual|true|next|updated|only|primary|main)\s+(?:task|instructions?|job|role|goal|objective|prompt|orders|mission|directive)\b",
    r"\b(?:new|updated|revised|additional|hidden|secret|special|override)\s+(?:instructions?|directives?|prompt)\s+(?:from|for|to)\s+"
    r"(?:the\s+)?(?:operator|developer|admin\w*|system|user|owner|" + _MACHINE[3:-1] + r")\b",
    r"\b(?:new|updated|revised|hidden|secret)\s+(?:instructions?|directives?|prompt)\s*:",
    # 3. speaking to a machine reader
    rf"\b(?:dear|hey|hi|hello|attention|attn|calling|psst)\b[\s,:!-]*{_ADDRESSEE}{_AFTER_ADDRESS}",
    rf"\b(?:note|notes|message|memo|reminder|instructions?|request|warning|directive|prompt)\s+(?:to|for)\s+{_ADDRESSEE}{_AFTER_ADDRESS}",
    rf"(?:^|(?<=\n)|(?<=[.!?] ))[ \t]*(?:to|for)\s+(?:any|all|every)\s+(?:{_MACHINE_KIND}|{_MACHINE})\s+(?:reading|processing|summari[sz]ing|parsing|scraping)\b",
    rf"\bif\s+you\s+are\s+(?:an?\s+|the\s+)?(?:{_MACHINE_KIND}|{_MACHINE})\b",
    r"\byou are (?:now )?(?:an?|the) (?:assistant|AI|language model|chatbot)\b",
    # 4. dictating the output
    rf"\b(?:add|include|insert|append|put|write|state|say|mention|report|list)\b[^.\n]{{0,30}}\b(?:to|in|into|within)\s+your\s+{_OUTPUT}\b",
    rf"\b(?:in|into|to)\s+your\s+(?:summary|summari[sz]ation|brief|output|json)\b",
    rf"\b(?:make sure|ensure|be sure)\b[^.\n]{{0,20}}\b(?:the|your)\s+{_OUTPUT}\b",
    r"\b(?:the|your)\s+(?:summary|brief|output|json|headline(?:\s+summary)?)\s+(?:must|should|shall|needs?\s+to|has\s+to|is\s+to)\s+"
    r"(?:say|state|report|include|read|mention|list|contain|be\s+that|begin\s+with|start\s+with)\b",
    r"\bwhen\s+(?:you\s+)?(?:summari[sz]e|summari[sz]ing|process|processing)\s+this\s+(?:article|text|page|document|story)\b",
    r"\b(?:the )?(?:assistant|model|AI|summari[sz]er)\s+(?:must|should|will)\b",
    r"\b(?:output|return|respond with|reply with)\b[^.\n]{0,40}\b(?:is_relevant|json|brief|only the following)\b",
    # 5. the chat format
    r"(?:^|\n)[ \t#>*-]*(?:system|assistant|developer)(?:\s+(?:message|prompt|note))?\s*:",
    r"\bSYSTEM\s*:",
    r"<\|?(?:im_start|im_end|system|endoftext|start_header_id|eot_id)\|?>|\[/?INST\]|<</?SYS>>|<(?:start|end)_of_turn>",
)
_INSTRUCTION = re.compile("|".join(f"(?:{p})" for p in _INSTRUCTION_PATTERNS), re.IGNORECASE)
# A JSON object naming the brief's own fields, on one line or pretty-printed: a pre-written answer.
_BRIEF_JSON = re.compile(
    r"\{[^{}]{0,300}?[\"'](?:headline_summary|is_relevant|movements|denials|casualties|other_key_events|evidence)[\"']\s*:",
    re.IGNORECASE,
)
_SPAN_KINDS = (("instruction to the model", _INSTRUCTION), ("a pre-written brief as JSON", _BRIEF_JSON))


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf" or ch == "\u00ad"


def _visible_text(article: str) -> tuple[str, list[int] | None]:
    """The article without invisible characters, and where each kept character came from (None: unchanged)."""
    if not any(_invisible(ch) for ch in set(article)):
        return article, None
    kept = [i for i, ch in enumerate(article) if not _invisible(ch)]
    return "".join(article[i] for i in kept), kept


def injection_spans(article: str) -> list[tuple[int, int, str]]:
    """(start, end, why) of each line that addresses the model instead of the reader."""
    text, origin = _visible_text(article)
    spans: list[tuple[int, int, str]] = []
    for kind, pattern in _SPAN_KINDS:
        covered = -1
        for match in pattern.finditer(text):
            if match.start() < covered:
                continue  # already inside this kind's span (which runs to the line's end)
            start = _sentence_start(text, match.start())
            end = text.find("\n", match.end())
            end = len(text) if end < 0 else end
            if pattern is _BRIEF_JSON:
                end = _json_end(text, match.start(), end)
            spans.append((start, end, kind))
            covered = end
    if origin is not None:  # back to the original offsets
        spans = [(origin[s] if s < len(origin) else len(article), origin[e - 1] + 1 if e else 0, why) for s, e, why in spans]
    spans.sort()
    merged: list[tuple[int, int, str]] = []
    for start, end, why in spans:
        if merged and start <= merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, why))
    return merged


_LOOK_BACK = 2000  # characters searched back for the sentence start


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding text[at] starts, within its line: what the reporter wrote
    before the injected sentence in the same paragraph stays reporting."""
    line_start = text.rfind("\n", max(0, at - _LOOK_BACK), at + 1) + 1
    start = line_start = max(line_start, at - _LOOK_BACK)  # bounded: a 2 MB line with many matches stays linear
    for found in SENTENCE_END.finditer(text, line_start, at + 1):
        if found.end() <= at:
            start = found.end()
    return start


def _json_end(article: str, start: int, line_end: int) -> int:
    """The end of the JSON object opened at `start` (brace depth, strings respected), or the line end."""
    depth, in_string, escaped = 0, False, False
    for i in range(start, min(len(article), start + 100_000)):
        ch = article[i]
        if in_string:
            escaped = ch == "\\" and not escaped
            if ch == '"' and not escaped:
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return max(line_end, i + 1)
    return line_end


def inside_injection(start: int | None, end: int | None, spans: list[tuple[int, int, str]]) -> str | None:
    """Why the text at article[start:end] lies in an injected span, or None."""
    if start is None or end is None:
        return None
    for s, e, why in spans:
        if start < e and end > s:
            return why
    return None
