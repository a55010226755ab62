"""Instant lookup: one query string, any script, ranked hits that say why.

Routing (what is asked of the index, :mod:`glossary_app.store.search_index`):

* the query is folded once per field (:func:`glossary_app.search.fold.query_variants`):
  English words, abbreviation key, Chinese (simplified), pinyin without tones;
* rank 0, **exact**: a folded form equals the query (full pinyin counts too);
* rank 1, **prefix** (and pinyin / initials prefixes): 1-3 characters read the
  ``search_grams`` fast path, longer queries a range of the term index;
* rank 2, **word prefix** and rank 3, **substring**: 1-2 characters from the
  same gram rows, 3 or more from the FTS5 trigram index;
* rank 4, **fuzzy**: rapidfuzz over the English terms, for typos, only when
  nothing matched as typed;
* rank 5, **dictionary**: CC-CEDICT, only when the glossary has nothing at
  all, so a real word never comes back empty.

Within a rank, entries that occur more often in the corpus come first, then
lower ids: the order is stable. Each entry appears once, with its best reason.
A rank is only computed while fewer than ``limit`` entries were found, which
keeps common short queries fast.
"""

from __future__ import annotations

import threading
from array import array
from dataclasses import dataclass, field

from glossary_app.search.dictionary import DictionaryEntry, dictionary_lookup
from glossary_app.search.fold import MAX_QUERY, TIER_PREFIX, TIER_SUBSTRING, TIER_WORD, query_variants

REASONS = ("exact", "prefix", "word prefix", "substring", "pinyin", "initials", "fuzzy", "dictionary")

_RANK_EXACT, _RANK_FUZZY, _RANK_DICT = 0, 4, 5
_TIER_REASON = {TIER_PREFIX: "prefix", TIER_WORD: "word prefix", TIER_SUBSTRING: "substring"}
# Fuzzy matching: minimum rapidfuzz ratio (0-100), and shortest query tried.
_FUZZY_CUTOFF = 80
_FUZZY_MIN_LEN = 4
# From this length a query may be an unfinished term with a typo.
_FUZZY_PREFIX_LEN = 7
# Substring candidates read from the trigram index, per folded query. Index
# order is weight order as of the last full index build, so the first few
# hundred matches are (nearly) the heaviest; reading all of a common trigram's
# matches would cost tens of milliseconds at 100k entries.
_FTS_CAP = 300


@dataclass(frozen=True)
class Hit:
    """One ranked lookup result.

    ``entry_id`` is 0 for dictionary hits (CC-CEDICT words that are not in
    the glossary); ``dictionary`` then holds the dictionary entry.
    """

    entry_id: int
    reason: str  # one of REASONS
    field: str  # "abbr" / "en" / "zh" / "pinyin" / "initials" / "dictionary"
    matched: str  # the form text that matched, as written
    score: float  # for display/debug; the list order is the ranking
    dictionary: DictionaryEntry | None = field(default=None, compare=False, hash=False)


def _reason(field_: str, rank: int, tier_reason: str) -> str:
    if field_ == "pinyin":
        return "pinyin"
    if field_ == "initials":
        return "initials"
    return tier_reason


def _score(rank: int, weight: int) -> float:
    # Display only: higher is better, rank dominates, corpus frequency breaks ties.
    return round(100.0 - 20 * rank + min(weight, 9999) / 10000, 4)


class Searcher:
    """Lookup over one store. Cheap to construct; the fuzzy matcher's term
    list is loaded on first use and reloaded when the index changes
    (``search_generation`` in the store's meta table)."""

    def __init__(self, store) -> None:
        self.store = store
        self._fuzzy_gen = None
        self._fuzzy: tuple[list[str], list[tuple]] | None = None
        self._lock = threading.Lock()

    # -- public ------------------------------------------------------------
    def generation(self) -> int:
        """The index's change counter: it moves whenever entries are rebuilt
        or curated, so a view can tell that its results may be stale."""
        from glossary_app.store import search_index as si

        return si.generation(self.store)

    def search(self, query: str, limit: int = 50, include_hidden: bool = False) -> list[Hit]:
        """Ranked hits for ``query`` (any text: never a syntax error).

        Args:
            query: what the user typed, in any script.
            limit: most hits returned (1-10000).
            include_hidden: also return entries the user hid.

        Raises:
            ValueError: ``limit`` out of range. TypeError: ``query`` not a str.
        """
        from glossary_app.store import search_index as si

        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 10000:
            raise ValueError(f"limit must be a whole number from 1 to 10000, not {limit!r}")
        variants = query_variants(query)
        if not variants:
            return []
        found: dict[int, Hit] = {}
        order: list[Hit] = []

        def take(cands: list[tuple], presorted: bool = False) -> None:
            # cands: (rank, weight, entry_id, reason, field, text, extra score)
            if not presorted:
                cands.sort(key=lambda c: (c[0], -c[1], c[2]))
            for rank, weight, eid, reason, fld, text, extra in cands:
                if eid not in found:
                    hit = Hit(eid, reason, fld, text, _score(rank, weight) + extra)
                    found[eid] = hit
                    order.append(hit)

        def full() -> bool:
            return len(order) >= limit

        values = sorted(set(variants.values()))
        store = self.store

        # rank 0: exact forms (and full pinyin / initials)
        cands = []
        for eid, fld, text, term, weight in si.exact(store, values, include_hidden):
            if variants.get(fld) == term:
                rank = _RANK_EXACT if fld != "initials" else TIER_PREFIX
                cands.append((rank, weight, eid, _reason(fld, rank, "exact"), fld, text, 0.0))
        take(cands)
        if full():
            return order[:limit]

        need = limit + len(order)
        short = [v for v in values if len(v) <= 3]
        long_ = [v for v in values if len(v) > 3]
        # rank 1-3 for short queries: the gram rows are already in rank order.
        cands = []
        for v in short:
            for tier, eid, fld, text, term, weight in si.grams(store, v, need, include_hidden):
                if self._compatible(variants, fld, term, tier):
                    cands.append((tier, weight, eid, _reason(fld, tier, _TIER_REASON[tier]), fld, text, 0.0))
        # rank 1-2 for longer queries: a range of the term index (whole terms
        # are prefixes, English word-suffix rows are word prefixes).
        for v in long_:
            for eid, fld, text, term, weight, word in si.prefix(store, v, need, include_hidden):
                if variants.get(fld) and term.startswith(variants[fld]):
                    tier = TIER_WORD if word else TIER_PREFIX
                    cands.append((tier, weight, eid, _reason(fld, tier, _TIER_REASON[tier]), fld, text, 0.0))
        take([c for c in cands if c[0] == TIER_PREFIX])
        if full():
            return order[:limit]
        # rank 2: word prefixes (from the grams or the word-suffix rows).
        take([c for c in cands if c[0] == TIER_WORD])
        if full():
            return order[:limit]
        # rank 3: substrings, from the trigram index (3+ characters). Not for
        # English phrases: a phrase of common words is a slow trigram query,
        # and a phrase matching inside a word is not what anyone means.
        rest = [c for c in cands if c[0] == TIER_SUBSTRING]
        if "en" not in variants:  # a Chinese query
            subs = {variants["zh"]} if len(variants.get("zh", "")) >= 3 else set()
        elif " " not in variants["en"]:
            subs = {variants[f] for f in ("en", "abbr") if len(variants.get(f, "")) >= 3}
        else:
            subs = set()
        for v in sorted(subs):
            for eid, fld, text, term, weight in si.substring(store, v, max(_FTS_CAP, 4 * need), include_hidden):
                fv = variants.get(fld)
                if not fv or fv not in term or term.startswith(fv):
                    continue
                tier = TIER_WORD if (" " + fv) in term else TIER_SUBSTRING
                rest.append((tier, weight, eid, _TIER_REASON[tier], fld, text, 0.0))
        take(rest)
        if full():
            return order[:limit]
        # rank 4: typos, only when nothing matched as typed (a query that
        # matches is not a typo, and fuzzy matching costs the most).
        if not order:
            take(self._fuzzy_candidates(variants, limit, include_hidden), presorted=True)
        # rank 5: the general dictionary, when the glossary has nothing at all.
        if not order:
            for i, d in enumerate(dictionary_lookup(query, limit=max(1, limit - len(order)))):
                order.append(Hit(0, "dictionary", "dictionary", d.simplified, _score(_RANK_DICT, 0) - i / 1000, d))
        return order[:limit]

    # -- helpers -----------------------------------------------------------
    @staticmethod
    def _compatible(variants: dict[str, str], fld: str, term: str, tier: int) -> bool:
        """The row was found with the query folded for its own field (a gram
        or prefix found through another field's fold does not count)."""
        fv = variants.get(fld)
        if not fv:
            return False
        if tier == TIER_PREFIX:
            return term.startswith(fv)
        if tier == TIER_WORD:
            return (" " + fv) in term
        return fv in term[1:]

    def _fuzzy_candidates(self, variants: dict[str, str], need: int, include_hidden: bool) -> list[tuple]:
        q = variants.get("en")
        if not q or len(q) < _FUZZY_MIN_LEN or need <= 0:
            return []
        from rapidfuzz import fuzz, process

        from glossary_app.store import search_index as si

        by_initial, everything = self._fuzzy_index()
        bucket = by_initial.get(q[0], ([], []))
        n = len(q) + 1
        # Typos are rarely in the first letter: compare with the terms that
        # share it first (a tenth of the list); then, for a query still being
        # typed (`progresion fr`), with the same length of those terms; with
        # all terms only when that finds nothing. rapidfuzz's C loop with a
        # cutoff does the rest.
        passes = [bucket]
        if len(q) >= _FUZZY_PREFIX_LEN:
            passes.append(([t[:n] for t in bucket[0]], bucket[1]))
        passes.append(everything)
        matches = []
        for terms, ids in passes:
            matches = [
                (ids[i], score)
                for _, score, i in process.extract(
                    q, terms, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=need * 2 + 10
                )
            ]
            if matches:
                break
        if not matches:
            return []
        similarity = dict(matches)
        out = []
        for tid, eid, fld, text, weight, hidden in si.terms_by_id(self.store, list(similarity)):
            if hidden and not include_hidden:
                continue
            out.append((_RANK_FUZZY, weight, eid, "fuzzy", fld, text, similarity[tid] / 100))
        # Most similar first inside the fuzzy rank, then frequency, then id.
        out.sort(key=lambda c: (-c[6], -c[1], c[2]))
        return out

    def _fuzzy_index(self):
        """English terms and their row ids, whole and by first letter; loaded
        once per index generation."""
        from glossary_app.store import search_index as si

        gen = si.generation(self.store)
        with self._lock:
            if self._fuzzy is None or self._fuzzy_gen != gen:
                terms, ids = [], array("q")
                by_initial: dict[str, tuple[list[str], array]] = {}
                for term, tid in si.fuzzy_choices(self.store, ("en",)):
                    terms.append(term)
                    ids.append(tid)
                    bucket = by_initial.setdefault(term[:1], ([], array("q")))
                    bucket[0].append(term)
                    bucket[1].append(tid)
                self._fuzzy = (by_initial, (terms, ids))
                self._fuzzy_gen = gen
            return self._fuzzy


__all__ = ["Hit", "Searcher", "REASONS", "MAX_QUERY"]
