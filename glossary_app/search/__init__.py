"""Lookup: one query string, in any script, ranked hits that say why (no Qt).

>>> from glossary_app.search import Searcher
>>> hits = Searcher(store).search("pfs")      # doctest: +SKIP
>>> hits[0].reason, hits[0].matched           # doctest: +SKIP
('exact', 'PFS')

:func:`dictionary_lookup` answers from CC-CEDICT for words the glossary lacks.
"""

from glossary_app.search.dictionary import DictionaryEntry, dictionary_lookup
from glossary_app.search.searcher import REASONS, Hit, Searcher

__all__ = ["DictionaryEntry", "Hit", "REASONS", "Searcher", "dictionary_lookup"]
