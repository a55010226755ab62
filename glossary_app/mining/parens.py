"""Parenthetical candidates in any text, and the filter that drops noise.

Finding candidates is cheap and must be robust: real documents (PDF copies,
web pages) mix full-width and half-width marks, nest parentheses, break
content across lines, put a citation marker right before the closing mark
and sometimes lose the closing mark altogether. Every opening mark is
scanned on its own, so one bad parenthesis never hides the rest of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

OPEN = "(（"
CLOSE = ")）"
_MAX_DEPTH = 6
_LOOKAHEAD = 200  # as Schwartz & Hearst's Java: give up on a parenthesis after 200 chars

# Where content stops when the closing mark was lost: a Chinese sentence end,
# a paragraph break, or Chinese text after a Latin-only content.
_HARD_STOP = frozenset("。！？")
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# A citation marker at the end of the content: `[12]`, `[\n12]`, `[3, 5-7]`, `[15–16]`.
_TRAILING_CITATION = re.compile(r"\[\s*\d[\d\s,，\-–—~～]*\]\s*$")
_OPEN_MARKS_RE = re.compile(r"[(（]")
_OPEN_SQUARE_RE = re.compile(r"[(（\[]")


@dataclass(frozen=True)
class Parenthetical:
    """One parenthetical: ``text[open]`` is the opening mark, ``text[close]`` the
    closing mark (or, when the mark was lost, ``close`` is where the content
    ends); ``text[inner_start:inner_end]`` is the content, trimmed of
    surrounding whitespace and of a trailing citation marker."""

    open: int
    close: int
    inner_start: int
    inner_end: int


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace and a trailing citation marker from ``text[start:end]``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == "]":
        m = _TRAILING_CITATION.search(text, start, end)
        if m is not None and m.end() == end:
            end = m.start()
            while end > start and text[end - 1].isspace():
                end -= 1
    return start, end


def _scan_square(text: str, i: int, n: int) -> Parenthetical | None:
    """The bracketed span opened by ``[`` at ``text[i]``; no lost-mark recovery."""
    depth = 0
    for j in range(i + 1, min(n, i + 1 + _LOOKAHEAD)):
        c = text[j]
        if c == "[":
            depth += 1
            if depth > _MAX_DEPTH:
                return None
        elif c == "]":
            if depth == 0:
                s, e = _trim(text, i + 1, j)
                return Parenthetical(i, j, s, e)
            depth -= 1
        elif c in _HARD_STOP or c in ")）" and depth == 0:
            return None
    return None


def _scan(text: str, i: int, n: int) -> Parenthetical | None:
    """The parenthetical opened at ``text[i]``, balanced locally, or None."""
    depth = 0
    limit = min(n, i + 1 + _LOOKAHEAD)
    saw_latin = False
    ran_into_cjk = -1  # where Latin content first ran into Chinese text
    j = i + 1
    stopped = False
    while j < limit:
        c = text[j]
        if c in OPEN:
            if ran_into_cjk >= 0 and depth == 0:
                stopped = True  # a new parenthesis in the Chinese prose: ours lost its mark
                break
            depth += 1
            if depth > _MAX_DEPTH:
                return None  # `((((((…`: not prose; keeps pathological input linear
        elif c in CLOSE:
            if depth == 0:
                s, e = _trim(text, i + 1, j)
                return Parenthetical(i, j, s, e)
            depth -= 1
        elif c in _HARD_STOP or (c == "\n" and j + 1 < n and text[j + 1] == "\n"):
            stopped = True
            break
        elif c.isascii():
            if c.isalpha():
                saw_latin = True
        elif saw_latin and ran_into_cjk < 0 and depth == 0 and _CJK_RE.match(c):
            ran_into_cjk = j  # `(neuroendocrine carcinoma,NEC[3]根据…` -- or just `(G1级)`
        j += 1
    if not stopped and j < n:
        return None  # nothing ended it within the look-ahead
    # Closing mark lost: keep the content only when it is short and unnested,
    # which is what a lost mark looks like (`(neuroendocrine carcinoma,NEC[3]。`).
    end = ran_into_cjk if ran_into_cjk >= 0 else j
    if depth != 0 and ran_into_cjk < 0:
        return None
    s, e = _trim(text, i + 1, end)
    if e <= s or e - s > 80 or "\n" in text[s:e]:
        return None
    return Parenthetical(i, e, s, e)


def find_parentheticals(text: str, square: bool = False) -> list[Parenthetical]:
    """Every parenthetical in ``text``, in order of its opening mark.

    Full-width and half-width marks pair freely; nested parentheses are
    balanced locally (``(V(T))`` is one parenthetical, and the inner ``(T)`` is
    reported too); content may span line breaks; a citation marker before the
    closing mark is left out of the content. A parenthesis without a closing
    mark within ~200 characters ends at a sentence end or a paragraph break
    when its content is short, and is skipped otherwise. With ``square``,
    square brackets count too (English abstracts write `Neurturin [NTN]`);
    citation markers among them are noise for :func:`is_noise`. Never raises.
    """
    if not isinstance(text, str) or not text:
        return []
    out: list[Parenthetical] = []
    n = len(text)
    for m in (_OPEN_SQUARE_RE if square else _OPEN_MARKS_RE).finditer(text):
        i = m.start()
        p = _scan_square(text, i, n) if text[i] == "[" else _scan(text, i, n)
        if p is not None and p.inner_end > p.inner_start:
            out.append(p)
    return out


# ---------------------------------------------------------------------------
# Noise

_NUM = r"[-+−–]?\d+(?:[.,·]\d+)*"
_UNITS = (
    r"(?:%|‰|°C?|℃|mg|g|kg|μg|µg|ug|ng|pg|ml|mL|μl|µl|ul|l|L|dl|dL|mmol|μmol|µmol|nmol|pmol|mol|M|mM|μM|µM|nM|pM|"
    r"mm|cm|m|km|μm|µm|nm|kb|bp|kbp|Mb|kDa|kD|Da|Gy|cGy|Hz|kHz|MHz|h|hr|hrs|min|s|sec|ms|d|days?|weeks?|wk|wks|"
    r"months?|mo|years?|yr|yrs|y|times|fold|x|×|IU|U|mU|mmHg|bpm|cases?|patients?|pts|mg/kg|mg/m2|mg/m²|g/L|g/l|"
    r"mg/L|mg/dl|mg/dL|ng/ml|ng/mL|U/L|U/l|IU/L|μg/L|μmol/L|mmol/L|kg/m2|kg/m²|例|个|次|岁|月|年|天|周|小时|分钟)"
)
_NUMERIC_ITEM = re.compile(
    rf"^(?:[<>≤≥~～≈±]?\s*{_NUM}\s*(?:{_UNITS})?(?:\s*(?:[-–—~～/]|to|vs\.?|and|or|±)\s*{_NUM}\s*(?:{_UNITS})?)?)$"
)
_STAT = re.compile(
    r"(?:^|[\s,;(\[])(?:p|n|r|r2|r²|t|z|f|χ2|χ²|chi2|df|or|hr|rr|aor|ahr|irr|auc|ci|sd|se|sem|iqr|mean|median|range|"
    r"kappa|κ|β|rho|ρ|i2|i²|k|q)\s*(?:[=<>≤≥≈]|&lt;|&gt;)",
    re.IGNORECASE,
)
_STAT_WORDS = re.compile(
    r"\b(?:95\s*%|99\s*%|CI|IQR|SD|SEM|mean|median|range|P\s*value|vs\.?|versus)\b", re.IGNORECASE
)
_CITATION = re.compile(
    r"^(?:\[?\s*\d+(?:\s*[-–—,，~～]\s*\d+)*\s*\]?"
    r"|(?:[Rr]efs?\.?|[Rr]eferences?|[Ff]igs?\.?|[Ff]igures?|[Tt]ables?|[Ss]upplementary|[Ss]uppl\.?|[Ee]q\.?|"
    r"[Ee]quation|[Ss]ee|[Cc]hapter|[Ss]ection|[Aa]ppendix)(?:\s|$|\d).*)$"
)
_LEADING_STAT = re.compile(r"^(?:mean|median|range|average|total|up to|about|approximately|aged?)\b", re.IGNORECASE)
_COMPARISON = re.compile(r"[<>≤≥=＜＞]\s*[-+−]?\d")  # `Ki-67<10%`, `HPF>20`: a measurement
_ASIDE = re.compile(r"^(?:e\.\s?g\.|i\.\s?e\.|viz\.|cf\.|ibid)", re.IGNORECASE)
_AUTHOR_YEAR = re.compile(r"(?:et al\.?|\b(?:19|20)\d\d[a-z]?\s*$)", re.IGNORECASE)
_ENUM = re.compile(r"^(?:[a-zA-Z]|[ivxIVX]{1,4}|\d{1,2}|[a-z]\d|\d[a-z])$")
_RATIO = re.compile(rf"^{_NUM}\s*[:/]\s*{_NUM}$")
_NO_LETTER = re.compile(r"^[^A-Za-z\u0370-\u03ff\u3400-\u9fff]*$")


@lru_cache(maxsize=8192)
def is_noise(inner: str) -> bool:
    """True when a parenthetical's content cannot be part of a definition.

    Statistics (``P<0.05``, ``n=61``, ``6.1%``, ``AUC=0.80``,
    ``OR= 0.83, 95% CI [0.7, 0.9]``), citations and figure/table references,
    plain numbers, years, ranges, ratios, measurements with units, enumeration
    markers (``a``, ``ii``, ``3``), author-year references and content
    without any letter.
    """
    s = " ".join(inner.split())
    if not s:
        return True
    if _NO_LETTER.match(s):
        return True  # numbers, ranges, percentages, punctuation
    if _ENUM.match(s):
        return True
    if _NUMERIC_ITEM.match(s) or _RATIO.match(s):
        return True
    if _STAT.search(s) or _COMPARISON.search(s):
        return True
    if _CITATION.match(s):
        return True
    if _ASIDE.match(s):
        return True
    if _AUTHOR_YEAR.search(s) and (" " in s or "," in s):
        return True
    # Mostly digits and statistics words: `95% CI 0.7-0.9`, `mean 12.3 months`.
    digits = sum(ch.isdigit() for ch in s)
    if digits * 2 >= len(s) and _STAT_WORDS.search(s):
        return True
    if digits and (_LEADING_STAT.match(s) or " vs" in s):
        return True  # `mean 12.3 months`, `22个月 vs. 12个月`
    if "%" in s and digits >= 2 and (digits + s.count("%") + s.count(".")) * 2 >= len(s.replace(" ", "")):
        return True
    return False
