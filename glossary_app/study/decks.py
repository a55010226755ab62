"""Decks: which entries a study session draws its cards from.

A deck is a selection, not a container: ``all``, ``favourites``,
``verified``, ``tag:NAME``, ``doc:STEM`` (a source document), ``search:QUERY``
(a search run through :class:`glossary_app.search.Searcher`) or ``deck:NAME``
(a saved deck, e.g. a saved search). Cards are shared between decks, so a
card graded in "favourites" is also done in "all".
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("all", "favourites", "verified", "tag", "document", "search")
_PREFIXES = {"tag": "tag", "doc": "document", "document": "document", "search": "search", "deck": "saved"}
SEARCH_LIMIT = 5000  # a saved search deck holds at most this many entries


@dataclass(frozen=True)
class Deck:
    """A deck selection. ``kind`` is one of :data:`KINDS` or ``saved``;
    ``value`` is the tag, document stem/id, query, or saved deck name."""

    kind: str = "all"
    value: str | None = None

    @classmethod
    def parse(cls, text: str) -> "Deck":
        """``all``, ``favourites``, ``verified``, ``tag:X``, ``doc:X``,
        ``search:X`` or ``deck:X`` (as typed on the command line)."""
        text = (text or "all").strip()
        if text in ("all", "favourites", "favorites", "verified"):
            return cls("favourites" if text == "favorites" else text)
        prefix, sep, value = text.partition(":")
        if sep and prefix in _PREFIXES and value.strip():
            return cls(_PREFIXES[prefix], value.strip())
        raise ValueError(
            f"unknown deck {text!r}; use all, favourites, verified, tag:NAME, doc:STEM, search:QUERY or deck:NAME"
        )

    def __str__(self) -> str:
        if self.value is None:
            return self.kind
        prefix = {"document": "doc", "saved": "deck"}.get(self.kind, self.kind)
        return f"{prefix}:{self.value}"


def resolve(store, deck: Deck) -> Deck:
    """A saved deck (``deck:NAME``) replaced by the selection it stands for."""
    if deck.kind != "saved":
        return deck
    for d in store.study.decks():
        if d["name"] == deck.value:
            return Deck(d["kind"], d["value"])
    raise ValueError(f"no saved deck called {deck.value!r}")


def save_deck(store, name: str, deck: Deck, now) -> int:
    """Save ``deck`` under ``name`` (e.g. a saved search); returns its id."""
    deck = resolve(store, deck)
    if not name.strip():
        raise ValueError("a saved deck needs a name")
    return store.study.save_deck(name.strip(), deck.kind, deck.value, now)


def deck_entries(store, deck: Deck) -> list[tuple[int, str | None, str | None, str | None]]:
    """(entry_id, zh, en, abbr) of the visible entries in ``deck``, in study
    order (most frequent first; a search deck keeps the search's ranking)."""
    deck = resolve(store, deck)
    if deck.kind == "search":
        from glossary_app.search import Searcher  # the lookup engine; imported on use

        hits = Searcher(store).search(deck.value or "", SEARCH_LIMIT)
        ids = list(dict.fromkeys(h.entry_id for h in hits if h.entry_id))  # 0 = dictionary-only hit
        return store.study.entry_fields(ids)
    return store.study.deck_entries(deck.kind, deck.value)
