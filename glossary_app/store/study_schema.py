"""Schema of the study (flashcard) tables, as their own sqlite-utils migration set.

The study tables belong to the **user layer**: mining never writes them, and
a card row pins its entry so that re-mining keeps the entry (``retired``)
instead of deleting it (see ``Store._has_study_data``).

* ``cards``: one row per (entry, direction) the user has studied, suspended
  or buried. Cards never touched are *virtual new cards*: they have no row, so
  an untouched entry does not outlive re-mining just because it could be
  studied.
* ``review_log``: one row per grade, with the card's state before and after
  (fsrs ``Card.to_dict()`` JSON), so undo and a rebuild of ``cards`` need
  nothing else.
* ``study_decks``: named decks, including saved searches.
* ``study_settings``: key -> JSON value (desired retention, limits, ...).

Times are UTC ISO 8601 strings written by one function
(``study_store.iso``), so they have a fixed width and compare as text.

Applied by :func:`glossary_app.store.open_store` after the main set. Add
new migrations at the end; never edit an applied one.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("study")


@migrations()
def s001_cards_and_log(db: Database) -> None:
    """Cards, review log, decks and settings."""
    db["cards"].create(
        {
            "id": int,  # also the fsrs card_id
            "entry_id": int,
            "direction": str,  # zh_en / en_zh / abbr_full
            "state": int,  # 0 new, 1 learning, 2 review, 3 relearning (fsrs State + New)
            "step": int,  # learning/relearning step, NULL in review
            "stability": float,
            "difficulty": float,
            "due": str,  # UTC ISO; NULL for new cards
            "last_review": str,
            "suspended": int,
            "buried_until": str,  # UTC ISO of the day boundary the card comes back at
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"entry_id", "direction", "state"},
        defaults={"state": 0, "suspended": 0},
    )
    db["cards"].create_index(["entry_id", "direction"], unique=True)
    db["cards"].create_index(["due"])

    db["review_log"].create(
        {
            "id": int,
            "card_id": int,
            "entry_id": int,
            "direction": str,
            "reviewed_at": str,  # UTC ISO
            "rating": int,  # 1 Again, 2 Hard, 3 Good, 4 Easy
            "duration_ms": int,
            "elapsed_days": int,  # whole days since the previous review (0 for the first)
            "scheduled_days": float,  # interval given by this review, in days
            "state_before": int,
            "state_after": int,
            "due_after": str,
            "stability_after": float,
            "difficulty_after": float,
            "card_before": str,  # JSON (fsrs Card dict); NULL when the card was new
            "card_after": str,  # JSON (fsrs Card dict)
        },
        pk="id",
        not_null={"card_id", "reviewed_at", "rating", "state_after", "card_after"},
    )
    db["review_log"].create_index(["reviewed_at"])
    db["review_log"].create_index(["card_id"])

    db["study_decks"].create(
        {"id": int, "name": str, "kind": str, "value": str, "created_at": str},
        pk="id",
        not_null={"name", "kind"},
    )
    db["study_decks"].create_index(["name"], unique=True)

    db["study_settings"].create({"key": str, "value": str}, pk="key")
