"""The store's mined layer: replacing, removing, rebuilding entries."""

import pytest

from glossary_app.mining.model import Definition, MinedDocument, ReadDocument, Sentence
from glossary_app.store import StoreError, open_store

EN = "Objective response rate(ORR) and progression-free survival (PFS) were measured. PFS was long."
ZH = "无进展生存期(progression free survival,PFS)延长。患者的无进展生存期较长。"


def doc(path, text, defs, sha=None):
    sentences = []
    start = 0
    for part in text.replace("。", "。\n").replace(". ", ".\n").split("\n"):
        if part.strip():
            s = text.index(part.strip(), start)
            sentences.append(Sentence(s, s + len(part.strip()), "zh" if "生" in part else "en"))
            start = s + len(part.strip())
    return MinedDocument(ReadDocument(path, text, "utf-8", "text", path, "en", sha or ("h" + path + text[:5])), sentences, defs)


def en_doc(sha=None):
    return doc(
        "/docs/a.txt",
        EN,
        [
            Definition(None, "Objective response rate", "ORR", 0, 28, 0.9, None, (0, 23), (24, 27)),
            Definition(None, "progression-free survival", "PFS", 33, 65, 0.9, None, (33, 58), (60, 63)),
        ],
        sha,
    )


def zh_doc():
    return doc("/docs/b.txt", ZH, [Definition("无进展生存期", "progression free survival", "PFS", 0, 37, 0.9, (0, 6), (7, 32), (33, 36))])


def entries_by_abbr(store):
    return {e.abbr: e for e in store.entries(store.entry_ids())}


def test_cross_language_definitions_merge_into_one_entry(fresh_store):
    fresh_store.replace_document(en_doc())
    fresh_store.replace_document(zh_doc())
    fresh_store.rebuild_entries()
    pfs = entries_by_abbr(fresh_store)["PFS"]
    assert pfs.zh == "无进展生存期"
    assert {f.text for f in pfs.forms_of("en")} == {"progression-free survival", "progression free survival"}
    assert {s["stem"] for s in pfs.sources} == {"a", "b"}
    assert pfs.pinyin == "wú jìn zhǎn shēng cún qī"
    # every sentence mentioning a form is an example, definitions first
    examples = fresh_store.examples(pfs.id)
    assert [x.is_definition for x in examples][:2] == [True, True]
    assert {x.text[x.start : x.end] for x in examples} >= {"PFS", "无进展生存期"}
    assert fresh_store.examples(pfs.id, lang="zh") and all(x.lang == "zh" for x in fresh_store.examples(pfs.id, lang="zh"))


def test_remining_is_idempotent_and_keeps_entry_ids(fresh_store):
    fresh_store.replace_document(en_doc())
    fresh_store.replace_document(zh_doc())
    fresh_store.rebuild_entries()
    before = {e.abbr: e.id for e in fresh_store.entries(fresh_store.entry_ids())}
    stats = fresh_store.stats()
    fresh_store.replace_document(en_doc())
    fresh_store.replace_document(zh_doc())
    fresh_store.rebuild_entries()
    assert {e.abbr: e.id for e in fresh_store.entries(fresh_store.entry_ids())} == before
    assert fresh_store.stats() == stats


def test_removed_document_takes_only_its_own_data(fresh_store):
    fresh_store.replace_document(en_doc())
    fresh_store.replace_document(zh_doc())
    fresh_store.rebuild_entries()
    pfs_id = entries_by_abbr(fresh_store)["PFS"].id
    assert fresh_store.remove_document("/docs/b.txt")
    assert fresh_store.entries_dirty
    fresh_store.rebuild_entries()
    by_abbr = entries_by_abbr(fresh_store)
    assert by_abbr["PFS"].id == pfs_id and by_abbr["PFS"].zh is None
    assert "ORR" in by_abbr
    assert fresh_store.stats()["documents"] == 1
    assert not fresh_store.remove_document("/docs/none.txt")


def test_user_data_keeps_an_entry_whose_documents_are_gone(fresh_store):
    fresh_store.replace_document(zh_doc())
    fresh_store.rebuild_entries()
    pfs_id = entries_by_abbr(fresh_store)["PFS"].id
    fresh_store.db["user_entries"].insert({"entry_id": pfs_id, "notes": "check dose", "verified": 1})
    fresh_store.remove_document("/docs/b.txt")
    fresh_store.rebuild_entries()
    kept = fresh_store.entry(pfs_id)
    assert kept is not None and kept.retired and kept.notes == "check dose" and kept.verified


def test_a_failed_document_write_changes_nothing(fresh_store, monkeypatch):
    fresh_store.replace_document(en_doc())
    before = fresh_store.stats()
    bad = zh_doc()
    bad.definitions.append("not a definition")  # breaks half-way through the write
    with pytest.raises(AttributeError):
        fresh_store.replace_document(bad)
    assert fresh_store.stats() == before
    assert fresh_store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a usable glossary"):
        open_store(bad)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "g.db"
    open_store(path).db.execute("PRAGMA user_version=999")
    with pytest.raises(StoreError, match="newer version"):
        open_store(path)
