"""Read files from disk into plain text: decoding, format detection, markup stripping.

Everything the miner sees goes through :func:`read_document`. A file that
cannot be read as text raises :class:`RefusedFile` with a one-line reason
for the user; no other exception type escapes for a bad file.

Decoding prefers UTF-8 (and BOM-marked UTF-16/32). Files that are not UTF-8
are decoded with each Chinese legacy encoding (GB18030, which covers GBK and
GB2312, and Big5) plus charset-normalizer's guess, and the candidate whose
text reads most like real text wins. charset-normalizer alone is not trusted
for Chinese: on short texts it picks Big5 for GBK or cp949 (Korean) for both.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import stat
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path

from glossary_app.mining.model import ReadDocument

__all__ = ["RefusedFile", "decode_bytes", "read_document", "iter_input_files"]

MAX_FILE_BYTES = 256 * 1024 * 1024  # a text file larger than this is almost surely not prose
TITLE_MAX = 120


class RefusedFile(Exception):
    """A file that is not read; ``str(e)`` is a one-line reason for the user."""


# --------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------

# Signatures of common binary formats, so the reason names what the file is.
_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "binary file (PNG image)"),
    (b"\xff\xd8\xff", "binary file (JPEG image)"),
    (b"GIF87a", "binary file (GIF image)"),
    (b"GIF89a", "binary file (GIF image)"),
    (b"II*\x00", "binary file (TIFF image)"),
    (b"MM\x00*", "binary file (TIFF image)"),
    (b"%PDF-", "a PDF file (not supported; convert it to text first)"),
    (b"PK\x03\x04", "binary file (ZIP archive, e.g. .docx/.xlsx/.epub; not supported)"),
    (b"PK\x05\x06", "binary file (ZIP archive)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "binary file (old Office document, e.g. .doc/.xls; not supported)"),
    (b"\x1f\x8b", "binary file (gzip archive)"),
    (b"BZh", "binary file (bzip2 archive)"),
    (b"\xfd7zXZ\x00", "binary file (xz archive)"),
    (b"7z\xbc\xaf\x27\x1c", "binary file (7-Zip archive)"),
    (b"Rar!\x1a\x07", "binary file (RAR archive)"),
    (b"\x7fELF", "binary file (executable)"),
    (b"MZ", "binary file (Windows executable)"),
    (b"SQLite format 3\x00", "binary file (SQLite database)"),
    (b"\x00asm", "binary file (WebAssembly)"),
]

_BOMS: list[tuple[bytes, str]] = [
    # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]

# Control characters that do not belong in text (tab, LF, CR, VT, FF are allowed).
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS_RE = re.compile(r"\r\n?|[\x0b\x0c\u2028\u2029]")
_LINE_BREAK_CHARS = "\r\x0b\x0c\u2028\u2029"


def _magic_reason(data: bytes) -> str | None:
    for sig, reason in _MAGIC:
        if data.startswith(sig):
            if sig == b"MZ" and b"\x00" not in data[:512]:
                continue  # a text that happens to start with "MZ"
            return reason
    if data[4:8] == b"ftyp":
        return "binary file (MP4/MOV video or audio)"
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "binary file (RIFF media)"
    if data.startswith(b"ID3"):
        return "binary file (MP3 audio)"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 codec for BOM-less UTF-16 (NULs on one byte parity only), else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    zeros = even + odd
    # ASCII-heavy UTF-16 has a NUL in nearly every other byte; binary has NULs on both sides.
    if zeros < len(data) // 8:
        return None
    if odd >= 0.95 * zeros:
        return "utf-16-le"
    if even >= 0.95 * zeros:
        return "utf-16-be"
    return None


_CJK_PUNCT = frozenset("，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕…—·～％＋－＝／０１２３４５６７８９℃※№")
# Pinyin tone letters: GBK has them, and in Chinese papers they are as normal as Han.
_PINYIN = frozenset("āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüńňḿ")


def _plausibility(text: str, foreign: bool = False, damaged: bool = False) -> float:
    """How much ``text`` reads like real text, from -1 to 1, judged on its non-ASCII characters.

    Mis-decoded Chinese turns into rare Han characters, kana, bopomofo, box
    drawing, Cyrillic, full-width Latin letters or private-use characters;
    correctly decoded Chinese is mostly common characters and CJK punctuation.
    ASCII is ignored because every candidate encoding decodes it the same way.
    With ``foreign`` (a non-Chinese codec such as cp1251), letters of other
    alphabets count as text; with ``damaged``, replacement characters are
    neutral (they are counted, but the caller handicaps the decoding).
    """
    common = _common_han()
    score = 0.0
    n = 0
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            continue
        n += 1
        if ch in common or ch in _CJK_PUNCT or ch in _PINYIN:
            score += 1.0
        elif foreign and 0x0370 <= o <= 0x0FFF:
            score += 0.5  # Greek, Cyrillic, Hebrew, Arabic ... from a codec made for them
        elif 0x4E00 <= o <= 0x9FFF or 0x0370 <= o <= 0x03FF:
            pass  # a rare Han character, or Greek (TNF-α): neither evidence for nor against
        elif 0x2160 <= o <= 0x217F:
            score += 1.0  # Roman numerals (Ⅲ期), common in Chinese papers
        elif 0x2460 <= o <= 0x24FF:
            score += 0.8  # circled and bracketed numbers (①, ⑴); a little below Ⅲ, which Big5 makes ⒒ in GB
        elif 0xC0 <= o <= 0x24F or 0xA0 <= o <= 0xBF or 0x2010 <= o <= 0x2044 or 0x2190 <= o <= 0x22FF:
            score += 0.5  # accented Latin, Latin-1 symbols, typographic punctuation, arrows, maths
        elif 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF20 or 0xFF3B <= o <= 0xFF40 or o in (0x20AC, 0x2122):
            score += 0.5  # other CJK symbols, full-width digits and punctuation
        elif damaged and o == 0xFFFD:
            pass
        elif 0xAC00 <= o <= 0xD7A3:
            score += 0.2  # Hangul: only a Korean encoding produces these
        elif 0x3040 <= o <= 0x30FF or 0xFF21 <= o <= 0xFF5A:
            score -= 0.5  # kana, full-width Latin letters: what Big5 and GBK make of each other
        else:
            # Private use, controls, bopomofo, box drawing, Cyrillic, CJK
            # extension A, the replacement character: signs of the wrong codec.
            score -= 1.0
    return score / n if n else 1.0


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _charset_normalizer_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # a detector failure must not become a crash on a user file
        return None
    return best.encoding if best is not None else None


def _finish_text(text: str) -> str:
    """Line endings to ``\\n``; refuse text with many control characters, drop the rest."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if any(c in text for c in _LINE_BREAK_CHARS):  # a C scan each; most files have none
        text = _LINE_BREAKS_RE.sub("\n", text)
    cleaned, controls = _CONTROL_RE.subn("", text)
    if controls > 2 + len(text) // 100:
        raise RefusedFile("binary file (many control characters)")
    return cleaned


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode raw file bytes to text; returns ``(text, encoding name)``.

    Accepts UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM (and
    BOM-less UTF-16 that is clearly so), GB18030/GBK/GB2312 and Big5 without
    a BOM, and other single-byte encodings charset-normalizer recognises.
    Line endings become ``\\n``; stray control characters are removed.

    Raises:
        RefusedFile: empty data, binary data (known binary signatures, NUL
            bytes outside UTF-16/32, many control characters) or bytes that
            are not text in any supported encoding.
    """
    if not data:
        raise RefusedFile("empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            # Tolerate a damaged byte or two (a file cut mid-character), not a wrong BOM.
            if text.count("\ufffd") > max(1, len(text) // 2000):
                raise RefusedFile(f"not valid {codec.replace('-sig', '')} despite its byte-order mark")
            return _finish_text(text), codec
    reason = _magic_reason(data)
    if reason:
        raise RefusedFile(reason)
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        text = _strict(data, codec) if codec else None
        if text is None:
            raise RefusedFile("binary file (contains NUL bytes)")
        return _finish_text(text), codec

    text = _strict(data, "utf-8")
    if text is not None:
        if len(data) <= _SHORT and _plausibility(text) < 0:
            # A few GBK characters can happen to be valid UTF-8 (摘要 reads as
            # Armenian and Cyrillic); on short files let clearly better Chinese win.
            legacy = _best_legacy(data)
            if legacy and legacy[0] >= 0.9:
                return _finish_text(legacy[2]), legacy[1]
        return _finish_text(text), "utf-8"

    best = _best_legacy(data)
    if best is None:
        raise RefusedFile("not text in any supported encoding")
    score, codec, text = best
    if score < -0.25:
        raise RefusedFile("not text in any supported encoding")
    return _finish_text(text), codec


_LATIN_GUESSES = frozenset(
    {"cp1250", "cp1252", "cp1254", "cp1257", "cp775", "cp850", "cp437", "latin_1", "mac_roman", "mac_latin2"}
    | {f"iso8859_{n}" for n in (1, 2, 3, 4, 9, 10, 13, 14, 15, 16)}
)
_SHORT = 64  # bytes; below this a UTF-8 decoding is double-checked


def _best_legacy(data: bytes) -> tuple[float, str, str] | None:
    """The most plausible decoding other than strict UTF-8, as ``(score, codec, text)``.

    Candidates, best first on ties: GB18030 (a superset of GBK and GB2312),
    Big5, charset-normalizer's guess, and UTF-8/GB18030/Big5 with a few
    broken byte sequences replaced (a file cut mid-character). Mainland GB
    text wins over Big5 when nothing tells them apart (a two-character file).
    """
    # (codec, text, kind): kind 0 = strict Chinese, 1 = detector's guess, 2 = damaged.
    candidates: list[tuple[str, str, int]] = []
    gb = _strict(data, "gb18030")
    if gb is not None:
        candidates.append(("gb18030", gb, 0))
    for codec in ("big5", "cp950", "big5hkscs"):
        b5 = _strict(data, codec)
        if b5 is not None:
            candidates.append((codec, b5, 0))
            break
    guess = _charset_normalizer_guess(data)
    if guess and guess.lower() in _LATIN_GUESSES:
        # The detector often says cp1250 (Central European) for English with a
        # few accented letters; in this corpus Western Windows text is far likelier.
        guess = "cp1252" if _strict(data, "cp1252") is not None else guess
    if guess and guess.lower().replace("-", "_") not in ("gb18030", "big5", "cp950", "big5hkscs", "utf_8"):
        other = _strict(data, guess)
        # EBCDIC and UTF-16/32 guesses do not read ASCII as ASCII: never right here.
        if other is not None and _strict(_ASCII_PROBE.encode(), guess) == _ASCII_PROBE:
            candidates.append((guess, other, 1))
    strict = {c for c, _, k in candidates if k == 0}
    for codec in ("utf-8", "gb18030", "big5"):
        if codec in strict:
            continue
        # One bad sequence per 2,000 characters is damage; more means another
        # encoding. A prefix tells most files apart before paying for all of it.
        head = data[:65536].decode(codec, errors="replace")
        if head.count("\ufffd") > max(1, len(head) // 2000) + 1:  # +1: the prefix may cut a character
            continue
        text = data.decode(codec, errors="replace")
        if text.count("\ufffd") <= max(1, len(text) // 2000):
            candidates.append((codec, text, 2))
    if not candidates:
        return None
    # The detector's guess is handicapped (a single-byte codec turns GB bytes into
    # plausible-looking accented letters; it only needs to win where GB/Big5
    # fail), and so is a damaged decoding.
    scored = [
        (_plausibility(t[:100_000], foreign=kind == 1, damaged=kind == 2) - _HANDICAP[kind], -i, codec, t)
        for i, (codec, t, kind) in enumerate(candidates)
    ]
    score, _, codec, text = max(scored)
    return score, codec, text


_HANDICAP = (0.0, 0.3, 0.2)
_ASCII_PROBE = "The quick brown fox, 0123456789 (a+b=c).\n"


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------

_HTML_SNIFF_RE = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
    re.IGNORECASE | re.DOTALL,
)

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "select", "iframe", "object"})
_PARAGRAPH_TAGS = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl",
        "section", "article", "header", "footer", "figure", "main", "aside", "nav", "form",
        "fieldset", "address", "details", "hr",
    }
)  # fmt: skip
_LINE_TAGS = frozenset(
    {
        "br", "div", "li", "tr", "dt", "dd", "figcaption", "caption", "summary", "legend",
        "thead", "tbody", "tfoot", "center", "option", "body", "html", "title", "label",
    }
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
_BREAK, _PARA, _CELL = "\x00L", "\x00P", "\x00T"  # markers; NUL never survives decoding


class _HtmlText(HTMLParser):
    """Collects visible text; block elements become line breaks, table cells tabs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip: dict[str, int] = {}
        self.pre = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.h1_depth = 0
        self.h1_parts: list[str] | None = None

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP_TAGS:
            self.skip[tag] = self.skip.get(tag, 0) + 1
            return
        if tag == "title":
            self.in_title = True
        elif self.in_title and (tag == "body" or tag in _PARAGRAPH_TAGS or tag in _LINE_TAGS):
            self.in_title = False  # an unclosed <title> must not swallow the page
        if tag == "h1" and self.h1_parts is None:
            self.h1_parts = []
            self.h1_depth = 1
        elif tag == "pre":
            self.pre += 1
        self._block(tag)

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag not in _SKIP_TAGS:
            self._block(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            if self.skip.get(tag):
                self.skip[tag] -= 1
            return
        if tag == "title":
            self.in_title = False
        elif tag == "h1" and self.h1_depth:
            self.h1_depth = 0
        elif tag == "pre" and self.pre:
            self.pre -= 1
        self._block(tag)

    def _block(self, tag: str) -> None:
        if tag in _PARAGRAPH_TAGS:
            self.parts.append(_PARA)
        elif tag in _LINE_TAGS:
            self.parts.append(_BREAK)
        elif tag in _CELL_TAGS:
            self.parts.append(_CELL)

    def handle_data(self, data: str) -> None:
        if any(self.skip.values()):
            return
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.h1_depth and self.h1_parts is not None:
            self.h1_parts.append(data)
        if self.pre:
            data = data.replace("\n", _BREAK)
        self.parts.append(data)


_HTML_SPACE_RE = re.compile(r"[ \t\n\r\f\xa0]+")


def _collapse(s: str) -> str:
    return _HTML_SPACE_RE.sub(" ", s).strip()


def _join_lines(lines: Iterable[str]) -> str:
    """Lines to text: trailing spaces dropped, at most one blank line in a row, no blank ends."""
    out: list[str] = []
    blank = False
    for line in lines:
        line = line.rstrip()
        if not line.strip():
            blank = bool(out)
            continue
        if blank:
            out.append("")
            blank = False
        out.append(line)
    return "\n".join(out)


def _html_to_text(source: str) -> tuple[str, str]:
    """Visible text of an HTML document and its title (``<title>``, else first ``<h1>``)."""
    parser = _HtmlText()
    parser.feed(source)
    parser.close()
    raw = "".join(parser.parts)
    # HTML whitespace in text collapses to one space; markers then become breaks.
    lines: list[str] = []
    for para in raw.split(_PARA):
        for line in para.split(_BREAK):
            cells = [_collapse(c) for c in line.split(_CELL)]
            line = "\t".join(c for c in cells if c)
            if line:  # several breaks in a row (</li><li>) are one break, not a blank line
                lines.append(line)
        lines.append("")
    title = _collapse("".join(parser.title_parts)) or _collapse("".join(parser.h1_parts or []))
    return _join_lines(lines), title


# --------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------

_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX_RE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_RE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_HR_RE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_QUOTE_RE = re.compile(r"^( {0,3}>[ ]?)+")
_BULLET_RE = re.compile(r"^([ \t]*)[-*+][ \t]+(?:\[[ xX]\][ \t]+)?")
_REFDEF_RE = re.compile(r"^ {0,3}\[[^\]^]+\]:[ \t]*\S+.*$")
_FOOTDEF_RE = re.compile(r"^ {0,3}\[\^[^\]]+\]:[ \t]*")
_TABLE_SEP_RE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|^[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$")
_HTML_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FM_TITLE_RE = re.compile(r"^title:[ \t]*['\"]?(.*?)['\"]?[ \t]*$", re.MULTILINE)

_CODE_SPAN_RE = re.compile(r"(`+)(.+?)\1")
_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])")
_IMAGE_RE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")
_URL = r"<?[^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*>?"
_LINK_RE = re.compile(r"\[([^\]]*)\]\(\s*" + _URL + r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)")
_REFLINK_RE = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_FOOTREF_RE = re.compile(r"\[\^[^\]]+\]")
_AUTOLINK_RE = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+|[^@>\s]+@[^>\s]+\.[^>\s]+)>")
_INLINE_HTML_RE = re.compile(
    r"</?(?:a|abbr|b|big|br|center|cite|code|del|div|em|font|i|img|ins|kbd|mark|p|q|s|small|span|"
    r"strike|strong|sub|sup|u|table|thead|tbody|tr|td|th|ul|ol|li|h[1-6]|hr|blockquote|pre|details|"
    r"summary|figure|figcaption|dl|dt|dd)\b[^<>]*>",
    re.IGNORECASE,
)
_STRONG_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_STRIKE_RE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_EM_STAR_RE = re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*")
_EM_UNDER_RE = re.compile(r"(?<![0-9A-Za-z_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![0-9A-Za-z_])")
_PLACEHOLDER_BASE = 0xF0000  # escaped punctuation is parked in plane-15 private use meanwhile


_MD_SPECIAL = re.compile(r"[*_`\[\]<>&!~\\]")


def _md_inline(s: str) -> str:
    """Strip inline Markdown from one line, keeping the text."""
    if not _MD_SPECIAL.search(s):
        return s  # most prose lines have no inline markup at all
    escaped = "\\" in s
    if escaped:
        s = _ESCAPE_RE.sub(lambda m: chr(_PLACEHOLDER_BASE + ord(m.group(1))), s)
    if "`" in s:
        out: list[str] = []
        pos = 0
        for m in _CODE_SPAN_RE.finditer(s):
            out.append(_md_prose(s[pos : m.start()]))
            code = m.group(2)
            out.append(code[1:-1] if len(code) > 2 and code[0] == code[-1] == " " else code)
            pos = m.end()
        out.append(_md_prose(s[pos:]))
        s = "".join(out)
    else:
        s = _md_prose(s)
    return s.translate(_UNPARK) if escaped else s


_UNPARK = {_PLACEHOLDER_BASE + c: chr(c) for c in range(0x21, 0x7F)}


def _md_prose(s: str) -> str:
    # Each rule runs only if its marker character is present: cheap `in` tests
    # keep long Markdown files near the speed of plain text.
    if "[" in s:
        s = _IMAGE_RE.sub("", s)
        s = _LINK_RE.sub(r"\1", s)
        s = _REFLINK_RE.sub(r"\1", s)
        s = _FOOTREF_RE.sub("", s)
    if "<" in s:
        s = _AUTOLINK_RE.sub(r"\1", s)
        s = _INLINE_HTML_RE.sub("", s)
    for _ in range(3):  # nested emphasis, e.g. ***both***
        if "*" not in s and "_" not in s and "~" not in s:
            break
        before = s
        s = _STRONG_RE.sub(r"\2", s)
        s = _STRIKE_RE.sub(r"\1", s)
        s = _EM_STAR_RE.sub(r"\1", s)
        s = _EM_UNDER_RE.sub(r"\1", s)
        if s == before:
            break
    return html.unescape(s) if "&" in s else s


def _table_cells(line: str) -> str:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    cells = re.split(r"(?<!\\)\|", line)
    return "\t".join(_md_inline(c.strip()) for c in cells)


def _markdown_to_text(source: str) -> tuple[str, str]:
    """Text of a Markdown document and its first heading (or front-matter title)."""
    title = ""
    fm = _FRONT_MATTER_RE.match(source)
    if fm:
        t = _FM_TITLE_RE.search(fm.group(1))
        title = t.group(1).strip() if t else ""
        source = source[fm.end() :]
    source = _HTML_COMMENT_RE.sub("", source)
    lines = source.split("\n")
    out: list[str] = []
    heading = ""
    fence: str | None = None
    in_table = False
    for i, line in enumerate(lines):
        if fence is not None:
            m = _FENCE_RE.match(line)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not line.strip()[len(m.group(1)) :]:
                fence = None
            else:
                out.append(line)
            continue
        m = _FENCE_RE.match(line)
        if m:
            fence = m.group(1)
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if "|" in line and _TABLE_SEP_RE.match(line):
            continue  # the |---|:---:| row under a table header
        if in_table and "|" in line and line.strip():
            out.append(_table_cells(line))
            continue
        in_table = False
        if "|" in line and _TABLE_SEP_RE.match(nxt):
            in_table = True
            out.append(_table_cells(line))
            continue
        q = _QUOTE_RE.match(line)
        if q:
            line = line[q.end() :]
        if _HR_RE.match(line) or (_SETEXT_RE.match(line) and line.strip()):
            out.append("")  # a rule or a setext underline (its heading line is already out)
            continue
        a = _ATX_RE.match(line)
        if a:
            text = _md_inline(a.group(1) or "").strip()
            heading = heading or text
            out.append(text)
            out.append("")
            continue
        if _REFDEF_RE.match(line):
            continue
        f = _FOOTDEF_RE.match(line)
        if f:
            line = line[f.end() :]
        b = _BULLET_RE.match(line)
        if b:
            line = b.group(1) + line[b.end() :]
        text = _md_inline(line)
        if not heading and text.strip() and _SETEXT_RE.match(nxt) and nxt.strip() and not _TABLE_SEP_RE.match(nxt):
            heading = text.strip()
        out.append(text)
    return _join_lines(out), heading or title


# --------------------------------------------------------------------------
# Title and language
# --------------------------------------------------------------------------

_HAN_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
_LATIN_RUN_RE = re.compile(r"[A-Za-z\u00c0-\u00ff]+")
# Page furniture that should not become a title: loaders, browser nags, menus,
# issue headers. English words are whole words ("Research" is not "search").
_FURNITURE_RE = re.compile(
    r"\b(?:loading|browser|javascript|cookies?|skip to|table of contents?|menu|sign in|log in|search|"
    r"copyright|all rights reserved|share|home ?page|download|website|volume\s*\d+.*issue)\b|"
    r"加载中|浏览器|继续浏览|目录|菜单|登录|搜索|版权所有|分享|打印|返回|首页|复制成功|复制链接|网站|下载",
    re.IGNORECASE,
)
_TITLE_STRIP = " \t|•*-·>#=_~【】[]"


def _count(regex: re.Pattern[str], text: str) -> int:
    return sum(map(len, regex.findall(text)))


def _han_runs(text: str) -> int:
    return _count(_HAN_RUN_RE, text)


def _is_meaningful(line: str) -> bool:
    s = line.strip(_TITLE_STRIP)
    han = _han_runs(s)
    latin = _count(_LATIN_RUN_RE, s)
    if han < 4 and not (latin >= 12 and len(s.split()) >= 3):
        return False
    if len(s) < 80 and _FURNITURE_RE.search(s):
        return False
    return True


def _trim_title(s: str) -> str:
    s = " ".join(s.split()).strip(_TITLE_STRIP)
    if len(s) <= TITLE_MAX:
        return s
    cut = s.rfind(" ", TITLE_MAX // 2, TITLE_MAX)
    return s[: cut if cut > 0 else TITLE_MAX - 1].rstrip(" ,;:，、") + "…"


def _first_line_title(text: str) -> str:
    first = ""
    for line in text.split("\n", 200)[:200]:
        if not line.strip():
            continue
        first = first or line
        if _is_meaningful(line):
            return line
    return first


_LANGUAGE_SAMPLE = 1 << 19  # characters


def _language(text: str) -> str:
    """ "zh", "en" or "mixed" by the share of Han characters against Latin letters."""
    if len(text) > _LANGUAGE_SAMPLE:
        # Counting is ~50 ms per MB; 64 evenly spread slices tell the share as well.
        step = len(text) // 64
        size = _LANGUAGE_SAMPLE // 64
        text = "\n".join(text[i : i + size] for i in range(0, len(text), step))
    han = _han_runs(text)
    latin = _count(_LATIN_RUN_RE, text)
    # A Han character carries about as much as four Latin letters (an English
    # word with its space is ~6, a Chinese word ~1.7 characters). At 0.6 a
    # Chinese paper with an English abstract and English references is "zh".
    weight = han / (han + latin / 4) if han or latin else 0.0
    if weight >= 0.6:
        return "zh"
    if weight <= 0.2:
        return "en"
    return "mixed"


# --------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------

_HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
_MD_EXT = {".md", ".markdown", ".mdown", ".mkd", ".mkdn"}


def _os_reason(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "file not found"
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, IsADirectoryError):
        return "a directory"
    return f"cannot read file ({e.strerror or e.__class__.__name__})"


def read_document(path: str | os.PathLike[str]) -> ReadDocument:
    """Read one file into plain text with its format, title, language and hash.

    The format comes from the extension (``.md``/``.markdown`` → Markdown,
    ``.html``/``.htm`` → HTML) or, for any other extension, from the content
    (a document that starts like HTML is HTML; anything else that decodes as
    text is plain text). Markup is stripped; offsets elsewhere in the miner
    refer to the returned ``text``.

    Raises:
        RefusedFile: the file is missing, unreadable, a directory, binary,
            empty, or has no text left after markup is removed.
    """
    p = Path(path)
    try:
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            raise RefusedFile("a directory")
        if not stat.S_ISREG(st.st_mode):
            raise RefusedFile("not a regular file")  # e.g. a FIFO, which would block on read
        if st.st_size > MAX_FILE_BYTES:
            raise RefusedFile(f"file too large ({st.st_size // 2**20} MB; the limit is {MAX_FILE_BYTES // 2**20} MB)")
        data = p.read_bytes()
    except OSError as e:
        raise RefusedFile(_os_reason(e)) from None
    except ValueError as e:  # e.g. an embedded NUL in the path
        raise RefusedFile(f"invalid path ({e})") from None

    text, encoding = decode_bytes(data)
    ext = p.suffix.lower()
    try:
        if ext in _MD_EXT:
            fmt = "markdown"
            text, title = _markdown_to_text(text)
        elif ext in _HTML_EXT or _HTML_SNIFF_RE.match(text[:4096]):
            fmt = "html"
            text, title = _html_to_text(text)
        else:
            fmt, title = "text", ""
    except Exception as e:  # markup the parsers choke on is a bad file, not a crash of the run
        raise RefusedFile(f"could not parse the markup ({e.__class__.__name__})") from None
    if not text.strip():
        raise RefusedFile("no text left after removing markup" if fmt != "text" else "empty file (only whitespace)")
    title = _trim_title(title or _first_line_title(text))
    return ReadDocument(
        path=str(p),
        text=text,
        encoding=encoding,
        format=fmt,
        title=title,
        language=_language(text),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def iter_input_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Expand files and folders into the files to read, and the paths refused up front.

    Folders are walked recursively in sorted order; hidden files and folders
    (names starting with ``.``) inside them are skipped, symlinked folders are
    not followed (no loops). A path given explicitly is kept even if hidden.
    Each file appears once. Refused: missing paths, unreadable folders,
    things that are neither files nor folders.

    Returns:
        ``(files, refused)`` where ``refused`` holds ``(path, reason)`` pairs.
    """
    files: list[Path] = []
    refused: list[tuple[Path, str]] = []
    seen: set[str] = set()

    def add(f: Path) -> None:
        key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            files.append(f)

    for raw in paths:
        p = Path(raw)
        try:
            st = p.stat()
        except OSError as e:
            refused.append((p, _os_reason(e)))
            continue
        except ValueError as e:
            refused.append((p, f"invalid path ({e})"))
            continue
        if stat.S_ISREG(st.st_mode):
            add(p)
        elif stat.S_ISDIR(st.st_mode):
            found: list[Path] = []

            def on_error(e: OSError) -> None:
                refused.append((Path(e.filename or p), _os_reason(e)))

            for root, dirs, names in os.walk(p, onerror=on_error):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in names:
                    if name.startswith("."):
                        continue
                    f = Path(root) / name
                    try:
                        fst = f.stat()
                    except OSError as e:
                        refused.append((f, _os_reason(e)))
                        continue
                    if stat.S_ISREG(fst.st_mode):
                        found.append(f)
                    else:
                        refused.append((f, "not a regular file"))
            for f in sorted(found, key=lambda f: f.relative_to(p).parts):
                add(f)
        else:
            refused.append((p, "not a regular file"))
    return files, refused


# --------------------------------------------------------------------------
# Common Han characters, for judging candidate decodings
# --------------------------------------------------------------------------

_COMMON: frozenset[str] | None = None


def _common_han() -> frozenset[str]:
    global _COMMON
    if _COMMON is None:
        _COMMON = frozenset(_COMMON_SIMPLIFIED + _COMMON_TRADITIONAL_EXTRA + _COMMON_MEDICAL_EXTRA)
    return _COMMON


# The 2,500 most frequent simplified characters by word frequency in jieba's
# dictionary (they cover ~98% of the Han characters in the seed papers), and
# the traditional forms of those that differ (OpenCC s2t/s2tw/s2hk).
_COMMON_SIMPLIFIED = (
    "一是人了不在有大中国和为这上他个地年来我会以到时要出的生学说道民家子也成行下们于后就发自之对得主长可过天作分方用多你着部"
    "能市等业全里工公经本都而高政法面门动日进区事代那去心小同北定开产前其军还然起种所如现理机体表力好外与文当两实重新三么只山"
    "水关明从化平建又制南内西没此将员名手最东头者月间无安看见各城十相但已些正口通想度加第她合院物性战由位常点海意场武使次二向"
    "治因立数样身情入原问把路被并利石老教万知级量任江及应省资委务元美特期世湖回系比气汉总展电科金先声提品设或义王社很统处四首"
    "共马形己儿司太目基领队直计别女权话少流命至报米给打变果书清活几州华解议更称程今决张导术府才保交放管结师便走达族反再题色五"
    "京河接条规式县白它改风光运信受什组听布百济党指论强做取技黄神选记斯真却职号界件花类何眼兵传带空干农边据集联古广完质阳难增"
    "历史专官每住商即步认车台林必死游举线言皇土团收考求德叫近备研争非具李众连调感转笑革该持始英克士尔让拉思根格造较际亲单朝红"
    "型价校约器字段周亚深候则功属积快图火千准究往极育装许参半令吃观鱼精办像帝八复影告远群包整构料随划算象容示投势热值夫网望源"
    "息语股铁断派速怎需片爱律纪支早况病境证编越局推满且列觉服双未居除乐企引标确织初青志率项飞球节察龙响药站施均消客失轻存低甚"
    "般击曾防请离落显罗营足素视护副食创余照兴占巴虽洲村费易试星木黑左宝置跟央识维采六底宫房音环案批切斗富乡另倒若按查故突责严"
    "桥模仅胜杀围席态破承招杨负层须父供续状域似依银范修找九致密终血旅钱赛独细效玉冲获习医演毛尽脸弹楼艺航陆右协七攻镇检写苏宗"
    "章注阿抗弟坐验封紧劳户优财养适陈喜卫排射哥油刻留急降念云微伤例景拿绝阶座刘刚害印亿沙母酒助闻超审待压升送监策略限竟香配藏"
    "敌呢差仍兰温园树征善波哪词岛止预怕继皮执味份角草男普答益谁船惊核街夏宣掌田久著画辑奇尼剑吧谈背免孩礼材愿洋春架筑括晚乱乎"
    "讲尚良友临激刀夜室既敢邦挥昌板胡欧福港叶简苦担句岁荆贵娘守辖威宜衣帮块堂额错剧充欢够孙班呼阵销坚练脚退读测吴希宁换版异某"
    "顾曲楚典朱毒菜判救宋茶洪含顺啊鲜败货矿端兄归冷忙买险康评肉吗厂永哈沉散遗停笔假输牛洞松渐顶训录否述毕督控丰献姑忽爷互亮纳"
    "襄登咱钟伯臣雄季脑介鄂召饭暗扩祖齐短烈赶牌恩诉移诗础露届蒙静喝盘卖植授伊湾博痛减穿逐秘庭陵固禁票灵杂姓泽吸侧庆妈遇追甲馆"
    "补唐炮沿殿刺怪彩俄旧警索岸轮妇载靠附毫怀软骨探雷旁罪枪牙迎序慢盛雨墙恶谷顿危稳熟概酸操诸绿佛荣针托宽折野付午肯库厚缺罢耳"
    "屋嘴末谢巨培页瓦款犯困店智拥雪翻圣戏旗吉婚奖岩疑币圆歌廷健卡烧析讨跑烟误仙疗舞亡闭汽伸脱秋姐繁侵川莫麻秀借寻私岗卷跳丽横"
    "驻套兼您君丁束纸夺袁灯坏坦丝径购阴床瞧择墓宪峰遍鲁庙掉丹桃御舰避售怒课播拔奥延虚隐粮络遭摇潜庄混厅婆奴鼓赵访睡震予童徐韦"
    "殖抓拜吨扬址洛休纵逃染纷贸透汇灭蛋森仪塔距狐融郡缓聚盖拍迹忠释润粉涓孔岭搜紫虑促抵钢塞寺津液码虎坛珍硬梁奔累役偏迫锛凡损"
    "壁哭替税综伦冰盟挂韩竞乌尤弱铺妹秦尊竹珠迅脉泥鬼纯睛刑途隆潮幅杯握谋剂幸奉乘抱朋谓频崇壮骑紝恐享鸡虫绍铜呈泛械摆欲奶敬措"
    "爆暴签猛郭嘉障缩亦废搞胞埃曰撤暖寒订俗绩阻盐萨勒忘奏孝贴灰梅触玩默醒胸莲篇柱裁啦淡抢捕闹纺截讯朗誉雅忍梦伙勇峡徒丈尾迷唱"
    "泉泰佳残闪伍呀疾署剩贼冠倾豆申贫诺麦泪羊尖辈镜涉贡爹缘摩妻殊贝零映甘骂糖岳饮奋棉雕跃汗冒渡努赞启阁斤裂患伏池鹿洗劲晋倍圈"
    "媒箭沟锋胆凭挑抬闯隔弄曹汤苗迁叹唯振储贯彻桌祭符僧衡炸旋喊凤黎郎援肥磁忌赏辽祥董仁辛瑞询敏浪貌毁昨巧腿抽荷陷焦净腹弃乃湘"
    "亩滑狗冬宏皆番尸伟桂览恢龄绕趣晶坡魏摸伴墨浓绪舍蓝荡阅井鸿旦惯症鸟窗扎辞聘穷堰宇键荒递恨隶厉杜闲腰袭侍灾涨叔湿寨幕豪郑磨"
    "浮薄券赤腐译租氧戴邓煤肠牧孤诏妙旨堡册锅胖柳阔吹丘趋锦颜悬陶拳诚尺晓插蒋艇勤穴摄燕垂罚辆戒稀腾粗袋绘炎氏肩枝狂泊估杭扑臂"
    "哲寡偷懂琴悲盾炒稍矛愈籍颁吐呆违亭眉撞贷刊巡屈堆曼饰碎滚悉寄浜迟描污辅魔烦鼻盗餐幼凉仗冈澳驾銆菌肚肃爸仰抚慈扶盆仿炼纲倘"
    "碗杰忧惜扫暂祝跨渔宾漫寿猪涌凝邻赴恰劝仇践顷赋悄莱拟贤愤姆乏轰粒逼傅陕昆溶葬燃魂挺腊耐犹辉乳陪颇斜棋殑熊浅沈姊返翼丧拖惨"
    "俊驱袖惠涂添牵咸详碰割侯纤柔档糊岂跪拒覆绣吓宿偶揭赖烤卢娃颗邮扇伐循衰弦凯羽枚帅锁疏搭俱帐胶赫鐨埋蒸壳剉彼脏箱浙弯瓜挡拱"
    "筹疆肿膜刷杆凶债甜泡玄贾谱夹乾遣薪灌咬尘填廊钻丛狼牢脊熙卒碑漠躲削徽踏贺朵遵狠菲撒扰蛇锡炉纹匹亏鉴慕跌慌穆邀芳爬豫吾奸棒"
    "淮捷耕艘齿醉脂兽滴盈卵滋柴溪妃浠碍瓶辩遂怨拨肌俘挖恒励鸣肝腔偿秒拦允塑拆靖耗凌披胁吏纽烂尝垸辟耶艰佩敦疼荐厘匠柏悠壤拾乔"
    "轴妖喷掩璃孟轨歇猜晨坊桑堤畅瞎氨辨鞋昏恭畜浩迪雾丢咨擦窝洁飘捉搬奈肤愁砖辣幽嘛赢藕挤舒狮耀诊扣篮尿唤梯勾霍舌侠筋枢屏衙殷"
    "栏纠链恋惧笼寸冶弥晃叙吊哩稿娜剥拼欺榜囊汪逆骗堪猎棺胎俩郊掘匆缝乙藻携慧函辱扯嫩癌悟滩祸秉慰驰狱砍糕漏吞纬茅渠催踪叛浑牲"
    "杖鞭腺邪欣汝碳彭咐椒绳颈漆遥夷郁斑忆阀卑宴抑逻嫁扭胃仔恼贪兆庸屽僭疯侦鹰驶斩鹤猴蜂瘦赐闷柄椅轿拓扮砂傻粘辐啥鏄伪抛玻昂圳"
    "侨吟刃饱吕玛碱冯仓钦哼庞儒叉泄臭艾蓉鼠祯捧舱坝芙瘤勃敲帽吻契舟夸葡剪抖霸艳宸聪仆躺瑶谦炭卧袍猫珊溜漂衔苍坑串浆碧巷咽铸押"
    "惩迈锐颤疲滨履盒宅喀饿缠翁幻逢扁旱罕怜姻蓄磷惟槸帕掠稻劫撑姿肾胀慎哨摔谨鹅丑塘肺镑趁蜀兑哦贞禧葛仲惑蔡踢妥筒诞禀朴祀饼萄"
    "狭澶杩赔绵诱卜陀呵抹疫辰顽蓬摊倡浦账矩翠煌茂畏劣氛廉鸭瓷戈秩弗悔尉挣拐鼎芦睁脾聊株枯纱幺冻唇茫哀芬轩蛮醇棍晕嫂宙酷郧欠稷"
    "鹏孕槽栖吩姚昭罐叠墩盼舆芒酬斥捐斋簡眠脆萧璋皱卿蚀淋卓翰钉棣丫宰阐翅沃挨霖哄爵涔衫逊铭戚旺硕擅嫌赌隋肖饶沪雇罩煎丐掷誓摘"
    "竴冤坤屁竭屾宛菱厌矮潭渊俺崖氢棚喇涵裕溃堵媳抄鍙怔蒂肢瑜泌甫檐鏈寂颠撰逝霜羞铅佐帖硫蹈鍦瞬痕爽挽禅娶柯屯韵婴悦肴螺凑兹烛"
    "歼毅杉慨钧渗蜜遮窑谐厦柜匈喉愧栽扔苯谊肆霞吵屼笉夕壶赚尹窄弓谭盲勋饲窟俞嗣煮巾裤膨奠瞪珞愚膏喘姜膀蔬糟僚匾妄畴喂沔耻牺旭"
    "妨硅崩雌陛卸砸贩竖佸攀晒伞惹裹屠汁擒鳞佣渴浣叩龟雀掀唉泼亥僵屡瞒哊璇厮刮钩桐谅隙丞盯霉侄逸浸爪阙坟咳宠脖彪朕虹衍甸鳍讼虾"
    "芝涛巩熔峻怖嘿磕洒掏枣滞鈥舅昔哑焕娱芯衷捞卦旬矣茨蜡喻挪婶琉枕娇豹厨傲腕巢氯燥焚"
)
_COMMON_TRADITIONAL_EXTRA = (
    "國為這個來會時學說們於後發對長過業裡經門動進區開產軍還種現機體與當兩實麼關從內沒將員東頭間無見戰點場數樣問並萬級應資務氣"
    "漢總電聲設義統處馬兒領隊計別權話報給變書幾華議稱決張導術結師達題條規縣風運組聽濟黨論強黃選記卻職號類傳帶幹農邊據聯廣質陽"
    "難歷專認車臺遊舉線團備爭眾連調轉該爾讓較際親單紅價約亞則屬積圖準極裝許參觀魚辦復遠構隨劃勢熱網語鐵斷愛紀況證編滿覺雙樂標"
    "確織項飛節龍響藥輕擊請離顯羅營視護創餘興佔雖費試寶識維採宮環鬥鄉責嚴橋僅勝殺圍態楊負層須續狀銀範終錢賽獨細衝獲習醫盡臉彈"
    "樓藝陸協鎮檢寫蘇驗緊勞戶優財養適陳衛雲傷絕階劉剛億聞審壓監敵蘭溫園樹徵詞島預繼執誰驚畫輯劍談禮願築亂講臨揮歐葉擔歲荊貴轄"
    "幫塊額錯劇歡夠孫陣銷堅練腳讀測吳寧換異顧順鮮敗貨礦歸買險評嗎廠遺筆輸漸頂訓錄畢豐獻爺納鍾腦飯擴齊趕訴詩礎屆靜盤賣灣減靈雜"
    "澤側慶媽館補舊輪婦載懷軟槍牆惡頓穩諸綠榮針託寬庫罷謝頁擁聖戲獎巖幣圓燒討煙誤療閉脫尋崗麗橫駐紙奪燈壞絲徑購陰擇憲魯廟艦課"
    "奧虛隱糧絡搖潛莊廳趙訪韋噸揚縱紛貿匯滅儀緩蓋跡釋潤嶺慮鋼碼壇錛損稅綜倫掛韓競烏鋪脈純謀劑謂頻壯騎雞蟲紹銅擺籤縮廢訂績鹽薩"
    "貼觸蓮搶鬧紡訊譽夢夥峽殘閃賊傾貧諾麥淚輩鏡貢緣貝罵嶽飲奮躍贊啟閣勁晉溝鋒膽憑闖湯遷嘆儲貫徹鳳賞遼詢毀淨棄畝屍偉覽齡繞濃緒"
    "藍蕩閱鴻慣鳥辭窮鍵遞隸厲閒襲災漲溼鄭譯鄧腸詔冊鍋闊趨錦顏懸誠曉蔣攝罰輛騰繪撲頒違貸飾滾遲汙輔煩盜涼岡駕肅撫煉綱傑憂掃暫漁"
    "賓壽豬湧鄰勸踐頃賦萊擬賢憤轟陝臘猶輝頗淺喪慘驅塗牽鹹詳纖檔豈繡嚇賴盧顆郵凱帥鎖帳膠殼髒彎擋籌腫兇債賈譜夾塵鑽叢賀擾錫爐紋"
    "虧鑑齒獸礙辯撥恆勵鳴償攔脅紐爛嘗闢艱薦釐喬軸噴軌暢霧丟諮窩潔飄膚磚贏擠獅診籃喚俠樞欄糾戀懼籠彌敘剝騙獵倆縫攜灘禍馳獄緯蹤"
    "渾繩頸遙鬱憶閥邏惱貪瘋偵鷹駛斬鶴賜悶轎輻偽拋僑飽呂瑪鹼馮倉欽龐洩禎艙壩誇豔聰僕瑤謙臥貓銜蒼漿鑄懲邁銳顫濱餓纏憐撐腎脹謹鵝"
    "醜鎊兌貞誕稟樸餅狹榪賠綿誘頑攤賬鴨掙蘆睜紗凍軒蠻暈鄖鵬棲疊輿齋蕭皺蝕釘闡遜銘碩賭饒滬僱擲厭淵氫潰簷顛鉛禪韻嬰悅餚湊茲燭殲"
    "鈞滲窯諧廈櫃誼壺賺譚勳飼褲疇恥犧販豎曬傘鱗傭龜潑屢瞞廝鉤諒黴闕墳寵鰭訟蝦濤鞏灑棗滯啞煥娛撈蠟嬸嬌廚爲裏衆喫羣祕牀峯啓僞脣"
    "説衞閲濕敍鋭鈎"
)
# Oncology and pharmacology characters outside the 2,500 (靶, 瘘, 嘧啶 ...), both scripts.
_COMMON_MEDICAL_EXTRA = (
    "靶酶酪胰栓铂肽唑胺凋髓胚疡瘘梗钇氟嘧啶嗪镥羧瘢疣痣癣疹脓瘀瘫痫痹瘙痒胱龈茎睾丸褐硼仑磺胍嘌呤苷酯醛酮酚烷烯炔羟酰巯脲肟腙"
    "痊膦砷钆碘锝铯钴镭氡氚氙钯铱镓铟锶钐铼钬镧铈灶筛紊剜匿泵疱疽痈癫痰衄呕泻疝痔瘕瘿痂疖疔瘰疬癜癍瘊痦疥疮皲痉挛嗜钙钾钠镁锌"
    "硒锰钼酐胨腓胫桡肱髂骶椎颅颌颞蝶鞍蛛鉑瘍瘻釔鑥癬膿癱癇痺癢齦莖睪侖羥巰釓鍀銫鈷鐳鈀銥鎵銦鍶釤錸鑭鈰篩皰癰癲嘔瀉癭癤癧瘡皸"
    "痙攣鈣鉀鈉鎂鋅錳鉬腖脛橈顱頜顳竈"
)
