"""Normal forms used to match terms: the same key means the same term.

Surface forms are always kept as written; these keys only decide equality
(entry merging, search, evaluation).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WS = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212\-]")


def collapse_ws(text: str) -> str:
    """Runs of whitespace become one space; ends are trimmed."""
    return _WS.sub(" ", text).strip()


def nfkc(text: str) -> str:
    """NFKC (full-width to half-width and friends) with whitespace collapsed."""
    return collapse_ws(unicodedata.normalize("NFKC", text))


def has_cjk(text: str) -> bool:
    """True when the text holds at least one Han character."""
    return _CJK.search(text) is not None


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC  # imported lazily: the GUI start-up does not need it

    return OpenCC("t2s")


@lru_cache(maxsize=1)
def _s2t():
    from opencc import OpenCC

    return OpenCC("s2t")


def to_simplified(text: str) -> str:
    """Traditional characters to simplified (opencc t2s); other text unchanged."""
    return _t2s().convert(text) if has_cjk(text) else text


def to_traditional(text: str) -> str:
    """Simplified characters to traditional (opencc s2t)."""
    return _s2t().convert(text) if has_cjk(text) else text


def english_key(text: str) -> str:
    """Key for English forms: case, hyphen/space and plural variants compare equal.

    `Progression-free survival`, `progression free survival` and
    `progression free survivals` share one key.
    """
    s = nfkc(text).lower()
    s = _DASHES.sub(" ", s)
    s = re.sub(r"[^\w\s/]", " ", s)
    words = s.split()
    if words:
        words[-1] = _singular(words[-1])
    return " ".join(words)


def _singular(word: str) -> str:
    # Only the head noun (last word) is folded; enough for "inhibitors",
    # "neoplasms", "analogs" without a morphology library.
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ys")):
        return word[:-1]
    return word


def abbr_key(text: str) -> str:
    """Key for abbreviations: `PD-L1`, `PDL1`, `pd-l1`, `m TOR`/`mTOR` compare equal;
    a lowercase plural `s` after capitals is dropped (`TRAEs` -> `TRAE`)."""
    s = nfkc(text)
    if len(s) > 2 and s.endswith("s") and s[-2].isupper() or (len(s) > 2 and s.endswith("s") and s[-2].isdigit() and any(c.isupper() for c in s)):
        s = s[:-1]
    s = _DASHES.sub("", s)
    return re.sub(r"[\s.·/]", "", s).lower()


def zh_key(text: str) -> str:
    """Key for Chinese forms: NFKC, simplified, no spaces."""
    return re.sub(r"\s", "", to_simplified(nfkc(text)))


def search_fold(text: str) -> str:
    """Fold any user text for substring search: NFKC, lowercase, simplified."""
    return to_simplified(nfkc(text)).lower()
