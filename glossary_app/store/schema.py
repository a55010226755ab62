"""The glossary's SQLite schema, as sqlite-utils migrations.

Two layers live in one file:

* the **mined layer** (documents, sentences, definitions, mentions, and the
  entries/forms derived from them) can be deleted and rebuilt from the
  documents at any time;
* the **user layer** (``user_*`` tables, ``history``, study tables) is what
  the user made. Mining never writes to it.

Each migration runs once per database, in order, inside a transaction; add new
ones at the end and never edit an applied one.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

SCHEMA_VERSION = 1

migrations = Migrations("glossary")


@migrations()
def m001_initial(db: Database) -> None:
    """Mined layer, user layer and metadata."""
    db["meta"].create({"key": str, "value": str}, pk="key")

    # -- mined layer -----------------------------------------------------
    db["documents"].create(
        {
            "id": int,
            "path": str,  # absolute path as given; unique
            "stem": str,  # file name without extension: the doc id of gold files
            "title": str,
            "language": str,  # zh / en / mixed
            "format": str,  # text / markdown / html
            "encoding": str,
            "sha256": str,
            "size": int,
            "text": str,  # the decoded text that all offsets refer to
            "mined_at": str,
        },
        pk="id",
        not_null={"path", "stem", "text", "sha256"},
    )
    db["documents"].create_index(["path"], unique=True)

    db["sentences"].create(
        {"id": int, "doc_id": int, "idx": int, "start": int, "end": int, "lang": str, "text": str},
        pk="id",
        foreign_keys=[("doc_id", "documents", "id")],
    )
    db["sentences"].create_index(["doc_id", "idx"], unique=True)

    db["definitions"].create(
        {
            "id": int,
            "doc_id": int,
            "sentence_id": int,
            "zh": str,
            "en": str,
            "abbr": str,
            "start": int,
            "end": int,
            "zh_start": int,
            "zh_end": int,
            "en_start": int,
            "en_end": int,
            "abbr_start": int,
            "abbr_end": int,
            "confidence": float,
            "entry_id": int,  # set when entries are (re)built
        },
        pk="id",
        foreign_keys=[("doc_id", "documents", "id"), ("sentence_id", "sentences", "id")],
    )
    db["definitions"].create_index(["doc_id"])
    db["definitions"].create_index(["entry_id"])

    # Entries keep their ids across re-mining (the user layer points at them);
    # forms are rebuilt from definitions plus the user's own forms.
    db["entries"].create(
        {
            "id": int,
            "origin": str,  # mined / user
            "abbr": str,  # display values (user overrides already applied)
            "en": str,
            "zh": str,
            "pinyin": str,
            "occurrences": int,  # mentions in the corpus
            "definition_count": int,
            "doc_count": int,
            "confidence": float,
            "created_at": str,
            "retired": int,  # 1 = no longer backed by any document (kept for user data)
        },
        pk="id",
        defaults={"retired": 0, "occurrences": 0, "definition_count": 0, "doc_count": 0},
    )

    db["forms"].create(
        {
            "id": int,
            "entry_id": int,
            "kind": str,  # zh / en / abbr
            "text": str,  # as written
            "key": str,  # normalize.*_key of the text
            "simplified": str,  # zh forms: simplified script; others: the text
            "pinyin": str,  # zh forms: tone-marked pinyin
            "pinyin_plain": str,
            "initials": str,
            "count": int,  # definitions using this exact form
            "origin": str,  # mined / user
        },
        pk="id",
        foreign_keys=[("entry_id", "entries", "id")],
    )
    db["forms"].create_index(["entry_id"])
    db["forms"].create_index(["kind", "key"])

    db["mentions"].create(
        {
            "id": int,
            "entry_id": int,
            "form_id": int,
            "doc_id": int,
            "sentence_id": int,
            "start": int,  # offsets into the document text
            "end": int,
            "is_definition": int,
        },
        pk="id",
    )
    db["mentions"].create_index(["entry_id", "is_definition"])
    db["mentions"].create_index(["doc_id"])

    # -- user layer (never written by mining) -------------------------------
    db["user_entries"].create(
        {
            "entry_id": int,
            "zh": str,  # overrides; NULL = use the mined value
            "en": str,
            "abbr": str,
            "notes": str,
            "tags": str,  # JSON list
            "verified": int,
            "hidden": int,
            "favourite": int,
            "updated_at": str,
        },
        pk="entry_id",
        defaults={"verified": 0, "hidden": 0, "favourite": 0},
    )
    # Pins tie a form (by kind and key) to an entry: how merges, splits and
    # manual entries survive re-mining.
    db["user_pins"].create(
        {"kind": str, "key": str, "entry_id": int, "text": str, "created_at": str},
        pk=("kind", "key"),
    )
    # Merged-away entries redirect to the entry they were merged into.
    db["user_merges"].create({"from_id": int, "into_id": int, "created_at": str}, pk="from_id")
    db["history"].create(
        {
            "id": int,
            "at": str,
            "action": str,
            "entry_id": int,
            "payload": str,  # JSON: what is needed to undo and redo
            "undone": int,
        },
        pk="id",
        defaults={"undone": 0},
    )
