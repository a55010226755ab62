"""Curation: edits, flags, manual entries, merges, splits; history, undo and
redo of each; re-mining keeps every user change."""

from __future__ import annotations

import pytest

from glossary_app.search import Searcher
from glossary_app.store import open_store
from tests.search.handmade import DOCS, entry_by, fill, make_doc


@pytest.fixture
def store(fresh_store):
    fill(fresh_store)
    return fresh_store


def remine(store, more: dict | None = None) -> None:
    """A re-mining run: every document stored again (changed text, so
    definition ids change), optional new documents, entries rebuilt."""
    docs = {**DOCS, **(more or {})}
    for path, defs in docs.items():
        store.replace_document(make_doc(path, defs, extra="Re-mined."))
    store.rebuild_entries()


def live_with(store, **kw) -> list[int]:
    (field, value), = kw.items()
    return [e.id for e in store.entries(store.entry_ids(include_hidden=True)) if getattr(e, field) == value]


def form_texts(store, eid) -> set[str]:
    return {f.text for f in store.entry(eid).forms}


def display(store, eid):
    e = store.entry(eid)
    return (e.zh, e.en, e.abbr, e.notes, e.tags, e.verified, e.hidden, e.favourite)


# -- edit ---------------------------------------------------------------------
def test_edit_changes_only_given_fields(store):
    pfs = entry_by(store, abbr="PFS")
    before = store.entry(pfs)
    store.curation.edit(pfs, en="progression free survival time", notes="primary endpoint", tags=["endpoint", "time"])
    e = store.entry(pfs)
    assert e.en == "progression free survival time" and e.notes == "primary endpoint"
    assert e.tags == ["endpoint", "time"]
    assert (e.zh, e.abbr) == (before.zh, before.abbr)
    assert "progression free survival time" in form_texts(store, pfs)  # pinned form: findable
    h = store.curation.history(1)[0]
    assert h["action"] == "edit" and h["entry_id"] == pfs and h["label"] == "Edit entry PFS"
    assert h["old"]["en"] == "progression-free survival" and h["new"]["en"] == "progression free survival time"
    assert h["old"]["tags"] == [] and h["new"]["tags"] == ["endpoint", "time"]


def test_edit_empty_value_restores_mined_value(store):
    pfs = entry_by(store, abbr="PFS")
    store.curation.edit(pfs, abbr="mPFS")
    assert store.entry(pfs).abbr == "mPFS"
    store.curation.edit(pfs, abbr="")
    assert store.entry(pfs).abbr == "PFS"


def test_edit_errors_write_nothing(store):
    pfs, os_ = entry_by(store, abbr="PFS"), entry_by(store, abbr="OS")
    n = len(store.curation.history())
    with pytest.raises(KeyError, match="no entry"):
        store.curation.edit(999999, en="x")
    with pytest.raises(KeyError):
        store.curation.edit("abc", en="x")
    with pytest.raises(ValueError, match="nothing to change"):
        store.curation.edit(pfs)
    with pytest.raises(ValueError, match="merge"):
        store.curation.edit(pfs, en="overall survival")  # another entry's form
    with pytest.raises(ValueError, match="Chinese"):
        store.curation.edit(pfs, zh="not chinese")
    with pytest.raises(ValueError):
        store.curation.edit(pfs, en="!!!")
    with pytest.raises(ValueError):
        store.curation.edit(pfs, en="x" * 1000)
    assert len(store.curation.history()) == n
    assert store.entry(os_).en == "overall survival"


def test_edit_shared_abbreviation_is_allowed(store):
    # Two concepts share PR; giving a third entry the abbreviation is fine.
    orr = entry_by(store, abbr="ORR")
    store.curation.edit(orr, abbr="PR")
    assert store.entry(orr).abbr == "PR"
    assert len(live_with(store, abbr="PR")) == 3


# -- flags ------------------------------------------------------------------------
@pytest.mark.parametrize("method,attr", [("set_verified", "verified"), ("set_hidden", "hidden"), ("set_favourite", "favourite")])
def test_flags_and_their_undo(store, method, attr):
    os_ = entry_by(store, abbr="OS")
    getattr(store.curation, method)(os_)
    assert getattr(store.entry(os_), attr) is True
    getattr(store.curation, method)(os_, False)
    assert getattr(store.entry(os_), attr) is False
    assert store.curation.undo() is not None
    assert getattr(store.entry(os_), attr) is True
    assert store.curation.undo() is not None
    assert getattr(store.entry(os_), attr) is False
    assert store.curation.redo() is not None
    assert getattr(store.entry(os_), attr) is True


def test_hidden_entry_leaves_lists_and_counts(store):
    os_ = entry_by(store, abbr="OS")
    n = store.entry_count()
    store.curation.set_hidden(os_)
    assert store.entry_count() == n - 1 and os_ not in store.entry_ids()
    assert store.curation.undo_status() == ("Hide OS", None)


# -- add ----------------------------------------------------------------------
def test_add_entry_and_undo(store):
    n = store.entry_count()
    eid = store.curation.add_entry(zh="肿瘤微环境", en="tumor microenvironment", abbr="TME", notes="manual", tags="tme, micro")
    e = store.entry(eid)
    assert (e.origin, e.zh, e.en, e.abbr, e.notes, e.tags) == ("user", "肿瘤微环境", "tumor microenvironment", "TME", "manual", ["tme", "micro"])
    assert e.pinyin == "zhǒng liú wēi huán jìng"
    assert [h.entry_id for h in Searcher(store).search("tme")] == [eid]
    assert Searcher(store).search("zlwhj")[0].entry_id == eid
    assert store.curation.undo() == "Add entry TME"
    assert store.entry(eid) is None and store.entry_count() == n
    assert all(h.entry_id != eid for h in Searcher(store).search("tme"))
    assert store.curation.redo() == "Add entry TME"
    assert store.entry(eid).en == "tumor microenvironment" and store.entry_count() == n + 1


def test_add_entry_errors(store):
    with pytest.raises(ValueError, match="at least one"):
        store.curation.add_entry()
    with pytest.raises(ValueError, match="merge"):
        store.curation.add_entry(en="Overall survival")


# -- merge ----------------------------------------------------------------------
def test_merge_and_undo(store):
    pfs, dfs = entry_by(store, abbr="PFS"), entry_by(store, abbr="DFS")
    store.curation.edit(dfs, notes="dfs note", tags=["b"])
    store.curation.edit(pfs, notes="pfs note", tags=["a"])
    store.curation.set_favourite(dfs)
    n = store.entry_count()
    dfs_forms, pfs_forms = form_texts(store, dfs), form_texts(store, pfs)
    store.curation.merge(pfs, dfs)
    e = store.entry(pfs)
    assert form_texts(store, pfs) == pfs_forms | dfs_forms
    assert e.notes == "pfs note\n\ndfs note" and e.tags == ["a", "b"] and e.favourite
    assert store.entry_count() == n - 1 and dfs not in store.entry_ids()
    assert e.definition_count == 4  # 3 PFS + 1 DFS definitions
    assert store.curation.undo_status()[0] == "Merge DFS into PFS"
    with pytest.raises(KeyError, match="merged into"):
        store.curation.edit(dfs, notes="x")

    assert store.curation.undo() == "Merge DFS into PFS"
    assert store.entry_count() == n and dfs in store.entry_ids()
    assert form_texts(store, dfs) == dfs_forms and form_texts(store, pfs) == pfs_forms
    assert store.entry(dfs).notes == "dfs note" and store.entry(dfs).favourite
    assert store.entry(pfs).notes == "pfs note" and not store.entry(pfs).favourite
    assert store.curation.redo() == "Merge DFS into PFS"
    assert form_texts(store, pfs) == pfs_forms | dfs_forms and store.entry_count() == n - 1


def test_merge_errors(store):
    pfs = entry_by(store, abbr="PFS")
    with pytest.raises(ValueError):
        store.curation.merge(pfs, pfs)
    with pytest.raises(KeyError):
        store.curation.merge(pfs, 424242)


# -- split ------------------------------------------------------------------------
def test_split_form_and_undo(store):
    # Make an entry with two Chinese forms by merging, then split one back out.
    pfs, dfs = entry_by(store, abbr="PFS"), entry_by(store, abbr="DFS")
    store.curation.merge(pfs, dfs)
    form = next(f for f in store.entry(pfs).forms if f.text == "无病生存期")
    n = store.entry_count()
    new_id = store.curation.split_form(pfs, form.id)
    assert "无病生存期" in form_texts(store, new_id) and "无病生存期" not in form_texts(store, pfs)
    assert store.entry_count() == n + 1
    assert Searcher(store).search("无病生存期")[0].entry_id == new_id
    label = store.curation.undo()
    assert label.startswith("Split 无病生存期")
    assert store.entry(new_id) is None and "无病生存期" in form_texts(store, pfs)
    assert store.curation.redo() == label
    assert store.entry(new_id) is not None and "无病生存期" in form_texts(store, new_id)


def test_split_errors(store):
    tumor = entry_by(store, en="tumor")
    os_ = entry_by(store, abbr="OS")
    with pytest.raises(KeyError):
        store.curation.split_form(tumor, 999999)
    os_form = store.entry(os_).forms[0]
    with pytest.raises(KeyError):
        store.curation.split_form(tumor, os_form.id)  # not its form
    only = store.curation.add_entry(en="lonely term")
    with pytest.raises(ValueError, match="only form"):
        store.curation.split_form(only, store.entry(only).forms[0].id)


# -- history, undo, redo -----------------------------------------------------
def test_undo_redo_chain_and_new_action_drops_redo(store):
    cur = store.curation
    assert cur.undo() is None and cur.redo() is None and cur.undo_status() == (None, None)
    pfs = entry_by(store, abbr="PFS")
    cur.edit(pfs, notes="one")
    cur.edit(pfs, notes="two")
    assert cur.undo() == "Edit entry PFS" and store.entry(pfs).notes == "one"
    assert cur.undo_status() == ("Edit entry PFS", "Edit entry PFS")
    cur.edit(pfs, notes="three")  # a new action: the undone "two" cannot come back
    assert cur.redo() is None
    assert [h["state"] for h in cur.history()] == ["done", "dropped", "done"]
    assert cur.undo() and store.entry(pfs).notes == "one"
    assert cur.undo() and store.entry(pfs).notes == ""


def test_undo_survives_restart(store, tmp_path):
    pfs = entry_by(store, abbr="PFS")
    store.curation.edit(pfs, en="progression free survival time")
    path = store.path
    store.close()
    again = open_store(path)
    try:
        assert again.curation.undo_status()[0] == "Edit entry PFS"
        assert again.curation.undo() == "Edit entry PFS"
        assert again.entry(pfs).en == "progression-free survival"
        assert "progression free survival time" not in form_texts(again, pfs)
    finally:
        again.close()
        store.db = open_store(path).db  # let the fixture close something


def test_undo_of_every_kind_restores_everything(store):
    cur = store.curation
    snapshot = {eid: display(store, eid) for eid in store.entry_ids(include_hidden=True)}
    forms = {eid: form_texts(store, eid) for eid in snapshot}
    pfs, dfs, os_, egfr = (entry_by(store, abbr=a) for a in ("PFS", "DFS", "OS", "EGFR"))
    cur.edit(pfs, zh="無進展存活期", en="PFS time", abbr="PFS1", notes="n", tags=["t"])
    cur.set_verified(pfs)
    cur.set_hidden(os_)
    cur.set_favourite(egfr)
    new = cur.add_entry(zh="肿瘤微环境", en="tumor microenvironment")
    cur.merge(pfs, dfs)
    split_form = next(f for f in store.entry(pfs).forms if f.text == "disease-free survival")
    cur.split_form(pfs, split_form.id)
    while cur.undo():
        pass
    assert {eid: display(store, eid) for eid in store.entry_ids(include_hidden=True)} == snapshot
    assert {eid: form_texts(store, eid) for eid in snapshot} == forms
    assert store.entry(new) is None


# -- re-mining keeps user changes ---------------------------------------------
def test_remine_keeps_every_user_change(store):
    cur = store.curation
    pfs, dfs, os_, egfr, orr = (entry_by(store, abbr=a) for a in ("PFS", "DFS", "OS", "EGFR", "ORR"))
    cur.edit(pfs, en="progression free survival time", notes="endpoint", tags=["e"])
    cur.edit(egfr, zh="表皮生長因子受體")  # traditional spelling as the user's display form
    cur.set_verified(pfs)
    cur.set_hidden(os_)
    cur.set_favourite(orr)
    tme = cur.add_entry(zh="肿瘤微环境", en="tumor microenvironment", abbr="TME", notes="manual")
    cur.merge(pfs, dfs)
    before = {eid: display(store, eid) for eid in store.entry_ids(include_hidden=True)}
    n = store.entry_count(include_hidden=True)

    # Re-mine: every document again (new definition ids), plus a new document
    # that defines terms the user curated (hidden, merged-away, manual).
    remine(store, {"/corpus/d.txt": [("总生存期", "overall survival", "OS"), ("无病生存期", "disease-free survival", "DFS"),
                                      ("肿瘤微环境", "tumor microenvironment", "TME")]})
    after = {eid: display(store, eid) for eid in store.entry_ids(include_hidden=True)}
    assert after == before  # nothing overwritten, nothing new, nothing lost
    assert store.entry_count(include_hidden=True) == n
    assert os_ not in store.entry_ids() and store.entry(os_).hidden  # not resurrected
    assert live_with(store, en="overall survival") == [os_]  # not duplicated
    assert dfs not in store.entry_ids(include_hidden=True)  # still merged
    assert {"无病生存期", "disease-free survival", "DFS"} <= form_texts(store, pfs)
    assert live_with(store, en="tumor microenvironment") == [tme]  # manual entry not duplicated
    assert store.entry(tme).definition_count == 1  # ...and the new document's definition joined it
    assert "表皮生長因子受體" in form_texts(store, egfr)
    # Lookup agrees.
    s = Searcher(store)
    assert [h.entry_id for h in s.search("dfs")] == [pfs]
    assert os_ not in [h.entry_id for h in s.search("overall survival")]
    # Undo still works after the re-mine.
    assert cur.undo() == "Merge DFS into PFS"
    assert dfs in store.entry_ids() and "无病生存期" in form_texts(store, dfs)


def test_remine_keeps_split(store):
    cur = store.curation
    pfs, dfs = entry_by(store, abbr="PFS"), entry_by(store, abbr="DFS")
    cur.merge(pfs, dfs)
    form = next(f for f in store.entry(pfs).forms if f.text == "无病生存期")
    new_id = cur.split_form(pfs, form.id)
    remine(store)
    assert "无病生存期" in form_texts(store, new_id) and "无病生存期" not in form_texts(store, pfs)
    assert len(live_with(store, zh="无病生存期")) == 1
