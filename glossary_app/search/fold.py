"""Folding: how stored forms and typed queries are reduced to comparable keys.

Pure functions, no SQL. The index (``glossary_app.store.search_index``) folds
every form with the function of its field; the searcher folds the query the
same way for each field it tries, so a match is always key against key.
"""

from __future__ import annotations

import re

from glossary_app.normalize import abbr_key, has_cjk, nfkc, to_simplified
from glossary_app.pinyin import strip_tones

_DASHES = re.compile(r"[\u2010-\u2015\u2212\-_]")
_NON_WORD = re.compile(r"[^\w\s]")
_WS = re.compile(r"\s+")
_TONE_DIGIT = re.compile(r"(?<=[a-z\u00fc])[1-5]")

# Longest query (characters) that is looked at: beyond this nobody is typing
# a term, and long inputs would only make fuzzy matching slow.
MAX_QUERY = 120


def fold_en(text: str) -> str:
    """English forms: NFKC, lowercase, hyphens and punctuation as spaces.

    `Progression-free survival` -> `progression free survival`; `PD-L1` -> `pd l1`.
    """
    s = nfkc(text).lower()
    s = _DASHES.sub(" ", s)
    s = _NON_WORD.sub(" ", s)
    return _WS.sub(" ", s).strip()


def fold_abbr(text: str) -> str:
    """Abbreviations: the grouping key (`PD-L1`, `pdl1`, `PD L1` -> `pdl1`)."""
    return abbr_key(text)


def fold_zh(text: str) -> str:
    """Chinese forms: NFKC, simplified script, no spaces, lowercase Latin."""
    return re.sub(r"\s", "", to_simplified(nfkc(text))).lower()


def fold_pinyin(text: str) -> str:
    """Typed pinyin: tone marks and spaces dropped (`wú jìn zhǎn` -> `wujinzhan`).

    Tone numbers (`zhong3liu2`) are dropped too when they follow a letter.
    """
    s = nfkc(text).lower().replace("u:", "\u00fc")
    s = _TONE_DIGIT.sub("", s)
    return strip_tones(s)


def is_cjk_query(text: str) -> bool:
    """True when the query holds Han characters (then it is matched as Chinese)."""
    return has_cjk(text)


def clean_query(query: str) -> str:
    """What of a raw query is used: NFKC, whitespace collapsed, length capped.

    Never raises: any ``str`` is acceptable, including control characters and
    lone surrogates (which are dropped).
    """
    if not isinstance(query, str):
        raise TypeError(f"query must be a string, not {type(query).__name__}")
    q = query.encode("utf-8", "ignore").decode("utf-8")  # lone surrogates
    q = "".join(c for c in q if c.isprintable() or c.isspace())
    return nfkc(q)[:MAX_QUERY].strip()


def query_variants(query: str) -> dict[str, str]:
    """The query folded for each field it can match: {field: folded}.

    Empty folds are left out, so a query of punctuation only has no variants.
    """
    q = clean_query(query)
    if not q:
        return {}
    out: dict[str, str] = {}
    if has_cjk(q):
        out["zh"] = fold_zh(q)
        # Mixed input (`PD-L1抑制剂`) may also be an English or abbr form.
        return {k: v for k, v in out.items() if v}
    out["en"] = fold_en(q)
    out["abbr"] = fold_abbr(q)
    py = fold_pinyin(q)
    out["pinyin"] = py
    out["initials"] = py
    # Full-width or traditional Latin never reaches here un-folded (nfkc).
    out["zh"] = fold_zh(q)  # Chinese forms may contain Latin (`PD-1抑制剂`)
    return {k: v for k, v in out.items() if v}


def term_rows_for(
    kind: str, text: str, pinyin_plain: str | None, initials: str | None, simplified: str | None = None
) -> list[tuple[str, str]]:
    """(field, term) pairs to index for one form of an entry. ``simplified``
    (the store's simplified script of a Chinese form) saves a conversion."""
    if kind == "abbr":
        rows = [("abbr", fold_abbr(text))]
    elif kind == "en":
        rows = [("en", fold_en(text))]
    elif kind == "zh":
        zh = re.sub(r"\s", "", nfkc(simplified)).lower() if simplified else fold_zh(text)
        rows = [("zh", zh)]
        if pinyin_plain:
            rows.append(("pinyin", pinyin_plain))
        if initials:
            rows.append(("initials", initials))
    else:
        rows = []
    return [(f, t) for f, t in rows if t]


# Gram tiers, shared with the searcher: lower is better.
TIER_PREFIX = 1
TIER_WORD = 2
TIER_SUBSTRING = 3


def grams_of(field: str, term: str) -> dict[str, int]:
    """Short-query keys of one term: gram -> best tier.

    Prefixes of 1-3 characters for every field; the first 1-3 characters of
    each later word of English terms; 1-2 character substrings of Chinese
    terms (from the second character on; the first is a prefix).
    """
    # Written for speed (it runs for every term of a 1M-entry index): worse
    # tiers first, so that better ones overwrite them.
    out: dict[str, int] = {}
    if field == "zh":
        for i in range(1, len(term)):
            out[term[i]] = TIER_SUBSTRING
        for i in range(1, len(term) - 1):
            out[term[i : i + 2]] = TIER_SUBSTRING
    elif field == "en":
        for w in term.split(" ")[1:]:
            if w:
                out[w[:1]] = TIER_WORD
                out[w[:2]] = TIER_WORD
                out[w[:3]] = TIER_WORD
    out[term[:1]] = TIER_PREFIX
    out[term[:2]] = TIER_PREFIX
    out[term[:3]] = TIER_PREFIX
    if field == "en":
        out = {g: t for g, t in out.items() if not g.endswith(" ")}
    return out


def word_suffixes(term: str) -> list[str]:
    """Later-word suffixes of an English term, for word-prefix lookup:
    `progression free survival` -> [`free survival`, `survival`]."""
    out = []
    i = term.find(" ")
    while i != -1:
        if i + 1 < len(term):
            out.append(term[i + 1 :])
        i = term.find(" ", i + 1)
    return out
