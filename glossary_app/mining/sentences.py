"""Split document text into sentences, Chinese and English, with offsets into the text.

One compiled regex finds every candidate boundary in the whole text; Python
only looks at the candidates (a few per sentence), so splitting runs at tens
of MB/s. Rules:

* Chinese: after 。！？；(and ｡), with any run of them and any closing quotes
  or brackets kept in the sentence (``他说："好。"`` stays whole). Half-width
  ``.!?;`` end a sentence when Chinese follows (``治疗有效.患者``), except
  after a digit (``1.研究对象`` is a numbered heading) or an abbreviation.
* Line breaks are hard boundaries, except a wrapped English line: a break
  after a lowercase letter, comma or hyphen and before a lowercase letter
  joins the two lines (``the epidermal growth\\nfactor receptor``); and
  breaks inside a citation bracket (``升[\\n\\n1]。``, scraped web pages).
* English: ``.!?`` then whitespace then a capital (optionally after an opening
  quote or bracket), but not after abbreviations (``e.g.``, ``et al.``,
  ``Fig.``, ``vs.``) or single-letter initials (``J. Smith``, ``U.S.``).
  Abstracts scraped without spaces (``carcinoma(HCC).Methods According``)
  split where a lowercase word, ``)``, ``]`` or ``%`` meets ``.`` and a
  capitalised word. Decimals (``0.05``) never match, and neither do list
  numbers at a line start or after a colon (``Conclusions:1. Compared``).
* No sentence is longer than :data:`MAX_SENTENCE` characters: longer runs are
  cut at the last whitespace (or comma) before the cap.
"""

from __future__ import annotations

import re

from glossary_app.mining.model import Sentence

__all__ = ["split_sentences", "MAX_SENTENCE"]

MAX_SENTENCE = 1000

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_HAS_CJK = re.compile(f"[{_HAN}\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf]")
_CLOSE_CHARS = "”’」』）》〕】〉〗｝»\"')]}"
_CLOSERS = re.escape(_CLOSE_CHARS)  # for use inside a character class
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de"

_ZH_STOPS = "。！？；｡"
_OTHER_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Every alternative starts by consuming one character of this class, so the
# regex engine can skip to candidates in C instead of trying each alternative
# at every position (3x faster on English text).
_FIRST = re.escape(_ZH_STOPS + ".!?;．\n" + _OTHER_BREAKS)

_BOUNDARY = re.compile(
    rf"[{_FIRST}](?:"
    # Chinese terminators always end a sentence; the sentence keeps its closers.
    rf"(?<=[{_ZH_STOPS}])(?P<zh>[{_ZH_STOPS}]*[{_CLOSERS}]*)"
    # Line breaks inside a citation bracket are scraping debris (`升[\n\n1]。`): skip them all.
    rf"|(?<=\[\n)(?P<cite>\s*)(?=\d{{1,4}}(?:\s*[,，\-–~]\s*\d{{1,4}})*\])"
    # A line break, unless it only wraps an English line (lowercase/comma/hyphen -> lowercase).
    rf"|(?<=\n)(?P<nl>)(?:(?<![a-z,\-]\n)|(?![ \t]*[a-z]))"
    rf"|(?<=[{_OTHER_BREAKS}])(?P<br>)"
    # Half-width terminators (and the full-width stop ．) right before Chinese.
    # Both this and the English rule only start at the first character of a
    # run of terminators (the `(?<![...].)`): retrying inside a run of 20,000
    # dots would be quadratic.
    rf"|(?<=[.!?;．])(?<![.!?;．].)(?P<hw>[.!?;．]*[{_CLOSERS}]*)(?=[ \t\u3000]*[{_HAN}「『《【〈])"
    # English: terminator, whitespace, optional opener, capital.
    rf"|(?<=[.!?])(?<![.!?;．].)(?P<en>[.!?]*[{_CLOSERS}]*)(?=\s+[\"“‘(\[«]?[{_CAPITAL}])"
    # Run-on without a space: `word.Capital`, `(HCC).Methods`, `45%.The`.
    rf"|(?<=[a-z)\]%][.!?])(?P<run>)(?=[A-Z](?:[a-z]|\s))"
    ")"
)

_WORD_BEFORE = re.compile(r"[A-Za-z]+\Z")
# Words that end with a period without ending the sentence. Case matters:
# "No. 5" is an abbreviation, "no." at the end of a sentence is not.
_ABBREVIATIONS = frozenset(
    """
    al vs Vs v cf Cf Fig Figs fig figs Tab Eq Eqs eq Ref Refs ref No Nos Vol vol pp ca approx Approx
    Dr Drs Mr Mrs Ms Prof Jr Sr St Inc Ltd Co Corp Dept Univ Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct
    Nov Dec Suppl suppl resp viz ed eds Ed Eds Sec Sect Ch Chap Mt Gen Rev Ph incl esp Nr nr
    """.split()
)
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)
_LAST_COMMA = re.compile(r".*[，,、；;：:]", re.DOTALL)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation or an initial."""
    m = _WORD_BEFORE.search(text, max(0, dot - 32), dot)
    if m is None:
        return False  # ")." / "5." / "%." end sentences
    word = m.group()
    if word in _ABBREVIATIONS:
        return True
    if len(word) == 1:
        before = text[m.start() - 1] if m.start() else " "
        # "J." and "U.S." (initials), "e.g."/"i.e." (a chain of letters and dots),
        # "p. 5"; but "Figure 1a." ends a sentence.
        return word.isupper() or before == "." or not before.isalnum()
    return False


def _is_list_number(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` follows a list number: 1-2 digits at a line start or after a colon."""
    j = dot - 1
    while j >= 0 and dot - j <= 3 and text[j].isdigit():
        j -= 1
    if dot - j > 3:
        return False  # three or more digits: a year or a count ("from 2004 to 2016.")
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in ":：\n"


def _boundaries(text: str) -> list[int]:
    """Positions where one sentence ends and the next may begin, in order."""
    ends: list[int] = []
    append = ends.append
    for m in _BOUNDARY.finditer(text):
        kind = m.lastgroup
        if kind == "zh":
            append(m.end())
        elif kind == "nl" or kind == "br":
            append(m.start())
        elif kind == "cite":
            continue
        else:
            start = m.start()
            first = text[start]
            if first == "." or first == "．":
                if start and text[start - 1].isdigit():
                    if kind == "hw" or _is_list_number(text, start):
                        continue  # "1.研究对象", "3.5倍", "Conclusions:1. Compared": numbering
                if (kind == "run" or m.group().rstrip(_CLOSE_CHARS) in (".", "．")) and _is_abbreviation(text, start):
                    continue
            append(m.end())
    return ends


def _cut(text: str, start: int, end: int) -> int:
    """Where to cut an over-long sentence: after the last whitespace or comma in the cap."""
    lo, hi = start + MAX_SENTENCE // 2, start + MAX_SENTENCE
    m = _LAST_SPACE.match(text, lo, hi)
    if m is not None:
        return m.end() - 1
    m = _LAST_COMMA.match(text, lo, hi)
    if m is not None:
        return m.end()
    return hi


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences.

    Each sentence's ``start``/``end`` index into ``text`` (``text[start:end]``
    is the sentence), with leading and trailing whitespace excluded. The
    sentences are non-empty, in order and non-overlapping; the text between
    them is whitespace. ``lang`` is ``"zh"`` if the sentence has CJK
    characters, else ``"en"``. Never raises on any ``str``.
    """
    out: list[Sentence] = []
    has_cjk = _HAS_CJK.search
    prev = 0
    ends = _boundaries(text)
    ends.append(len(text))
    for b in ends:
        if b <= prev:
            continue
        seg = text[prev:b]
        stripped = seg.lstrip()
        if not stripped:
            prev = b
            continue
        start = prev + len(seg) - len(stripped)
        end = start + len(stripped.rstrip())
        prev = b
        while end - start > MAX_SENTENCE:
            cut = _cut(text, start, end)
            piece_end = cut
            while text[piece_end - 1].isspace():
                piece_end -= 1
            out.append(Sentence(start, piece_end, "zh" if has_cjk(text, start, piece_end) else "en"))
            start = cut
            while text[start].isspace():
                start += 1
        out.append(Sentence(start, end, "zh" if has_cjk(text, start, end) else "en"))
    return out
