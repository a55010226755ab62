"""The glossary store: one SQLite file, written through sqlite-utils.

All SQL of the application lives in this package. Open a store with
:func:`open_store`; the :class:`Store` methods are the API for everything
above (mining pipeline, search, study, GUI, CLI).
"""

from glossary_app.store.store import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
