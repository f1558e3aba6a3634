"""Turn what a user hands us (bytes, a file, a string) into article text, or refuse clearly.

Offsets in the brief count characters of the text returned here, so this is
the one place that may change the input: decoding bytes, extracting the text
of an HTML page. Offsets are Python `str` indices: Unicode code points after
decoding, a byte-order mark removed, CR and CRLF kept as they are. A plain
`str` passed to `summarize()` is kept as it is, except an HTML page, which is
reduced to its article text exactly as an HTML file is (`prepare_article`).
`utf16_offset` and `byte_offset` convert an offset for JavaScript and byte readers.

Every read is bounded: at most `max_bytes_for(max_chars)` bytes are read from a
file, a FIFO, a device or standard input, so `/dev/zero` is refused, not swallowed.
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
_MIN_HTML_WORDS = 8
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_READ_CHUNK = 1 << 20


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


# Legacy encodings people actually send; charset_normalizer left free guesses
# exotic code pages (cp775 for French) on short texts.
_COMMON_LEGACY = [
    "cp1252", "latin_1", "iso8859_15", "cp1250", "cp1251", "koi8_r", "cp1253", "cp1254",
    "cp1255", "cp1256", "cp1257", "shift_jis", "euc_jp", "gb18030", "big5", "euc_kr",
]  # fmt: skip
_WINDOWS_PUNCTUATION = set("\u201c\u201d\u201e\u2018\u2019\u201a\u2013\u2014\u2026\u00ab\u00bb\u00b0\u20ac\u00a3\u00a0\u2022\u00b7\u00a9\u00ae\u2122")


def _guess_encoding(data: bytes) -> str | None:
    """A hint for the error message: Western text is mostly ASCII letters with a few accented ones."""
    sample = data[:65536]
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    letters = sum(ch.isalpha() for ch in text)
    high = [ch for ch in text if ord(ch) > 127]
    if letters and all(ch.isalpha() or ch in _WINDOWS_PUNCTUATION for ch in high) and len(high) <= 0.3 * letters:
        return "cp1252"
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a core dependency
        return None
    best = from_bytes(sample, cp_isolation=_COMMON_LEGACY).best()
    return best.encoding if best is not None else None


def utf16_offset(article: str, offset: int) -> int:
    """The UTF-16 code-unit offset (JavaScript's string index) of a code-point offset."""
    head = article[:offset]
    return offset + sum(1 for ch in head if ord(ch) > 0xFFFF)


def byte_offset(article: str, offset: int) -> int:
    """The UTF-8 byte offset of a code-point offset."""
    return len(article[:offset].encode("utf-8"))


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2048]))


def html_to_text(html: str, *, name: str = "input") -> str:
    """The article body of an HTML page, by trafilatura (boilerplate removed)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    # With nothing else on the page trafilatura returns the menu ("Home | World"):
    # too few words to be an article, and briefing a menu helps nobody.
    if not text or len(text.split()) < _MIN_HTML_WORDS:
        raise InputError(
            f"{name} is HTML with no article text that could be extracted; save the article's text instead"
        )
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
    surrogate = _LONE_SURROGATE.search(text)
    if surrogate is not None:
        # Not valid Unicode: it cannot be encoded, sent or written; refuse it like undecodable bytes.
        raise InputError(
            f"{name} holds a lone surrogate (U+{ord(surrogate.group()):04X}) at character {surrogate.start():,}: "
            "it is not valid Unicode text; fix the text's encoding"
        )
    controls = len(_CONTROL.findall(text))
    if controls > max(10, len(text) // 100):
        raise InputError(f"{name} holds {controls} control characters: it is not article text")
    letters = sum(ch.isalpha() for ch in text)
    if letters < 3:
        raise InputError(f"{name} has no words to summarize")
    return text


def article_from_bytes(data: bytes, *, max_chars: int, name: str = "input") -> str:
    if len(data) > max_bytes_for(max_chars):
        raise InputError(f"{name} is more than {max_bytes_for(max_chars):,} bytes, more than max_article_chars={max_chars:,} allows; split it or raise the limit")
    text = decode_bytes(data, name=name)
    return prepare_article(text, max_chars=max_chars, name=name)


def prepare_article(text: str, *, max_chars: int, name: str = "input") -> str:
    """The text offsets count in: an HTML page reduced to its article, then validated."""
    if isinstance(text, str) and looks_like_html(text):
        if len(text) > max_chars * 4:
            validate_article(text, max_chars=max_chars, name=name)  # refuse before parsing a huge page
        text = html_to_text(text, name=name)
    return validate_article(text, max_chars=max_chars, name=name)


def max_bytes_for(max_chars: int) -> int:
    """UTF-8 takes at most 4 bytes a character (UTF-32 with its BOM, 4 and 4 more): a longer input cannot fit."""
    return max_chars * 4 + 1024


def read_bounded(handle, limit: int) -> bytes:  # noqa: ANN001 - a binary file object
    """At most limit + 1 bytes: enough to tell "too long" without reading an endless source."""
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = handle.read(min(_READ_CHUNK, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def read_article(source: str | Path, *, max_chars: int) -> str:
    """Read a file path (a regular file, a FIFO, a device), or '-' for standard input; bounded."""
    limit = max_bytes_for(max_chars)
    if str(source) == "-":
        stdin = sys.stdin
        if stdin is None or stdin.closed or not hasattr(stdin, "buffer"):
            raise InputError("standard input is closed; pipe the article in or give a file")
        try:
            data = read_bounded(stdin.buffer, limit)
        except OSError as exc:
            raise InputError(f"standard input cannot be read: {exc.strerror or exc}; pipe the article in or give a file") from None
        return article_from_bytes(data, max_chars=max_chars, name="standard input")
    path = Path(source)
    if path.is_dir():
        raise InputError(f"{str(path)!r} is a directory; give a text file (or use 'summarizer batch')")
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                f"{str(path)!r} is {size:,} bytes, more than max_article_chars allows; split it or raise the limit"
            )
        with path.open("rb") as handle:
            data = read_bounded(handle, limit)  # a device or a FIFO reports no size
    except FileNotFoundError:
        raise InputError(f"file {str(path)!r} not found") from None
    except PermissionError:
        raise InputError(f"file {str(path)!r} cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise InputError(f"{str(path)!r} is a directory; give a text file") from None
    except OSError as exc:
        raise InputError(f"file {str(path)!r} cannot be read: {exc.strerror or exc}") from None
    return article_from_bytes(data, max_chars=max_chars, name=f"file {str(path)!r}")


# Text that addresses the model instead of the reader: see summarizer.injection.
from summarizer.injection import injection_spans, inside_injection  # noqa: E402

__all__ = [
    "article_from_bytes", "byte_offset", "decode_bytes", "html_to_text", "injection_spans", "inside_injection",
    "looks_like_html", "max_bytes_for", "prepare_article", "read_article", "read_bounded", "utf16_offset",
    "validate_article",
]  # fmt: skip
