"""Background work: the search thread and one-off jobs (mining, export).

SQLite connections cannot cross threads, so each thread here opens its own
:class:`~glossary_app.store.Store` on the same file (WAL mode lets readers run
beside a writer). Results travel back to the GUI thread as Qt signals on
objects that live in the GUI thread; nothing here touches a widget.
"""

from __future__ import annotations

import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from glossary_app.gui.qt import QThread, Signal
from glossary_app.progress import Progress


@dataclass
class ResultRow:
    """One row of the results list: an entry and why it matched (None when listed, not searched)."""

    entry: object  # glossary_app.store.Entry
    reason: str | None = None
    matched: str | None = None


@dataclass
class SearchResult:
    """What one search produced; built in the search thread, read in the GUI thread."""

    seq: int
    query: str
    mode: str  # "search" or "favourites"
    rows: list[ResultRow] = field(default_factory=list)
    dictionary: list = field(default_factory=list)  # DictionaryEntry, only when the glossary has nothing
    seconds: float = 0.0
    error: str | None = None
    more: list = field(default_factory=list)  # hits below the fold, fetched when scrolled to


def favourite_ids(store) -> list[int]:
    """Ids of the visible starred entries, most frequent first."""
    return [row[0] for row in store.study.deck_entries("favourites")]


@dataclass(frozen=True)
class Listed:
    """An entry listed without a search (top entries, favourites): a hit with no reason."""

    entry_id: int
    reason: str | None = None
    matched: str | None = None


def rows_for_hits(store, hits) -> list[ResultRow]:
    """Result rows (entry + reason) for search hits, in hit order, using ``store``."""
    entries = {e.id: e for e in store.entries([h.entry_id for h in hits])}
    return [ResultRow(entries[h.entry_id], h.reason, h.matched) for h in hits if h.entry_id in entries]


class SearchWorker(QThread):
    """Runs searches on its own thread and connection; the newest request wins.

    ``submit()`` never blocks: it records the request and wakes the thread.
    Requests that arrive while a search runs replace each other, so a fast
    typist queues at most one search, and results of a superseded request are
    never emitted. ``invalidate()`` drops cached data after the glossary changed.
    """

    results = Signal(object)  # SearchResult

    LIMIT = 200  # results listed per query
    FIRST = 30  # rows fetched before the first paint (a screenful and a half)

    def __init__(self, db_path: Path, parent=None) -> None:
        super().__init__(parent)
        self._db_path = Path(db_path)
        self._cond = threading.Condition()
        self._pending: tuple[int, str, str, bool] | None = None
        self._seq = 0
        self._stop = False
        self._stale = True

    # -- GUI thread ---------------------------------------------------------
    def submit(self, query: str, mode: str = "search", include_hidden: bool = False) -> int:
        """Ask for ``query`` (or, with mode "favourites", the starred entries);
        returns the request's sequence number."""
        with self._cond:
            self._seq += 1
            self._pending = (self._seq, query, mode, include_hidden)
            self._cond.notify()
            return self._seq

    @property
    def latest_seq(self) -> int:
        """Sequence number of the newest request (results for older ones are stale)."""
        return self._seq

    def invalidate(self) -> None:
        """The glossary changed: rebuild search structures before the next request."""
        with self._cond:
            self._stale = True

    def stop(self) -> None:
        """End the thread and wait for it."""
        with self._cond:
            self._stop = True
            self._cond.notify()
        self.wait(5000)

    # -- worker thread ------------------------------------------------------
    def run(self) -> None:  # noqa: D102 - QThread entry point
        from glossary_app.store import open_store

        store = open_store(self._db_path)
        searcher = None
        top_ids: dict[bool, list[int]] = {}
        try:
            while True:
                with self._cond:
                    while self._pending is None and not self._stop:
                        self._cond.wait()
                    if self._stop:
                        return
                    seq, query, mode, include_hidden = self._pending
                    self._pending = None
                    stale, self._stale = self._stale, False
                t0 = time.perf_counter()
                result = SearchResult(seq=seq, query=query, mode=mode)
                try:
                    if stale or searcher is None:
                        from glossary_app.search import Searcher

                        searcher = Searcher(store)
                        top_ids = {}
                    if mode == "favourites":
                        listed = [Listed(i) for i in favourite_ids(store)]
                        result.rows = rows_for_hits(store, listed[: self.FIRST])
                        result.more = listed[self.FIRST :]
                    elif query.strip():
                        found = searcher.search(query, limit=self.LIMIT, include_hidden=include_hidden)
                        # Dictionary hits (entry_id 0) come only when the glossary has nothing.
                        hits = [h for h in found if h.entry_id]
                        result.dictionary = [h.dictionary for h in found if not h.entry_id and h.dictionary]
                        # Only the first screenful is fetched here; the rest are
                        # fetched by the model when the user scrolls to them
                        # (fetchMore), so a keystroke waits for ~40 entries, not 200.
                        result.rows = rows_for_hits(store, hits[: self.FIRST])
                        result.more = hits[self.FIRST :]
                    else:
                        if include_hidden not in top_ids:
                            top_ids[include_hidden] = store.entry_ids(include_hidden=include_hidden)[: self.LIMIT]
                        listed = [Listed(i) for i in top_ids[include_hidden]]
                        result.rows = rows_for_hits(store, listed[: self.FIRST])
                        result.more = listed[self.FIRST :]
                except Exception as e:  # a bad query must not kill the thread
                    result.error = f"{type(e).__name__}: {e}"
                    traceback.print_exc()
                result.seconds = time.perf_counter() - t0
                # A newer request already waits: this answer would only flicker.
                if seq != self._seq:
                    continue
                self.results.emit(result)
        finally:
            store.close()


class QtProgress(Progress):
    """The core's Progress protocol turned into signals of a :class:`JobThread`.

    Called from the job's thread; the signals are delivered in the GUI thread.
    ``cancelled()`` reads a flag the Cancel button sets.
    """

    def __init__(self, job: "JobThread") -> None:
        self._job = job

    def start(self, total, label: str = "") -> None:
        self._job.started_steps.emit(-1 if total is None else int(total), label)

    def advance(self, n: int = 1, item: str = "") -> None:
        self._job.advanced.emit(int(n), item)

    def message(self, text: str) -> None:
        self._job.message.emit(text)

    def cancelled(self) -> bool:
        return self._job.cancel_requested


class JobThread(QThread):
    """One long job ``fn(store, progress)`` on its own thread and connection.

    Emits ``done(result)`` or ``failed(message)`` exactly once, in the GUI
    thread. ``cancel()`` only sets a flag that the core polls between units of
    work, each of which is its own transaction, so the database stays consistent.
    """

    started_steps = Signal(int, str)  # total (-1 = unknown), label
    advanced = Signal(int, str)  # steps, item
    message = Signal(str)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path: Path, fn, label: str = "", parent=None) -> None:
        super().__init__(parent)
        self._db_path = Path(db_path)
        self._fn = fn
        self.label = label
        self._cancel = threading.Event()

    @property
    def cancel_requested(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the job to stop at its next safe point."""
        self._cancel.set()

    def run(self) -> None:  # noqa: D102 - QThread entry point
        from glossary_app.store import open_store

        try:
            store = open_store(self._db_path)
        except Exception as e:
            self.failed.emit(str(e))
            return
        try:
            result = self._fn(store, QtProgress(self))
        except Exception as e:
            traceback.print_exc()
            self.failed.emit(f"{type(e).__name__}: {e}")
        else:
            self.done.emit(result)
        finally:
            store.close()


class DictionaryWarmer(QThread):
    """Opens the general dictionary in the background, once, so that the first
    query the glossary lacks does not wait for it.

    On the very first run this builds the dictionary's lookup cache (seconds);
    afterwards it only opens it. Runs on its own thread: the dictionary's
    connection is shareable across threads behind its own lock.
    """

    def run(self) -> None:  # noqa: D102 - QThread entry point
        try:
            from glossary_app.search import dictionary_lookup

            dictionary_lookup("肿瘤", limit=1)
        except Exception:  # the fallback is optional; a broken one must not crash the app
            traceback.print_exc()
