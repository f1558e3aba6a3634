"""Turn what a user hands us (bytes, a file, a string) into article text, or refuse clearly.

Offsets in the brief count characters of the text returned here, so this is
the one place that may change the input: decoding bytes, extracting the text
of an HTML page. A plain `str` passed to `summarize()` is kept as it is.
"""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

from summarizer.errors import InputError

# Magic numbers of formats people paste by mistake.
_BINARY_MAGIC = {
    b"%PDF": "a PDF",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}
_HTML_START = re.compile(r"^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, *, name: str = "input") -> str:
    """UTF-8 (with or without BOM) or UTF-16/32 with a BOM; anything else is refused."""
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name} is {kind}, not text; extract the article text first")
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name} starts with a {codec} byte-order mark but is not valid {codec}: {exc.reason}") from None
    if b"\x00" in data[:4096]:
        raise InputError(f"{name} contains NUL bytes: it is binary, or UTF-16 without a byte-order mark")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        guess = _guess_encoding(data)
        hint = f" (it looks like {guess})" if guess else ""
        raise InputError(
            f"{name} is not UTF-8{hint}: invalid byte at position {exc.start}; "
            f"convert it first, e.g. iconv -f {guess or 'latin1'} -t utf-8"
        ) from None


def _guess_encoding(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a core dependency
        return None
    best = from_bytes(data[:65536]).best()
    return best.encoding if best is not None else None


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2048]))


def html_to_text(html: str, *, name: str = "input") -> str:
    """The article body of an HTML page, by trafilatura (boilerplate removed)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise InputError(f"{name} is HTML with no article text that could be extracted")
    return text


def validate_article(text: str, *, max_chars: int, name: str = "input") -> str:
    """Refuse what cannot be an article. Returns the text unchanged."""
    if not isinstance(text, str):
        raise InputError(f"{name} must be text (str), not {type(text).__name__}; decode bytes first")
    if not text.strip():
        raise InputError(f"{name} is empty or only whitespace; give the article text")
    if len(text) > max_chars:
        raise InputError(
            f"{name} has {len(text):,} characters, more than max_article_chars={max_chars:,}; "
            "split it or raise the limit"
        )
    controls = len(_CONTROL.findall(text))
    if controls > max(10, len(text) // 100):
        raise InputError(f"{name} holds {controls} control characters: it is not article text")
    letters = sum(ch.isalpha() for ch in text)
    if letters < 3:
        raise InputError(f"{name} has no words to summarize")
    return text


def article_from_bytes(data: bytes, *, max_chars: int, name: str = "input") -> str:
    text = decode_bytes(data, name=name)
    if looks_like_html(text):
        text = html_to_text(text, name=name)
    return validate_article(text, max_chars=max_chars, name=name)


def read_article(source: str | Path, *, max_chars: int) -> str:
    """Read a file path, or '-' for standard input."""
    if str(source) == "-":
        return article_from_bytes(sys.stdin.buffer.read(), max_chars=max_chars, name="standard input")
    path = Path(source)
    if path.is_dir():
        raise InputError(f"{str(path)!r} is a directory; give a text file (or use 'summarizer batch')")
    try:
        size = path.stat().st_size
        if size > max_chars * 4 + 1024:
            raise InputError(
                f"{str(path)!r} is {size:,} bytes, more than max_article_chars allows; split it or raise the limit"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"file {str(path)!r} not found") from None
    except PermissionError:
        raise InputError(f"file {str(path)!r} cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise InputError(f"{str(path)!r} is a directory; give a text file") from None
    return article_from_bytes(data, max_chars=max_chars, name=f"file {str(path)!r}")
