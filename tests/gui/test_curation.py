"""Edit, verify, hide, merge, add, star: each persists and each is undoable."""

from __future__ import annotations

from glossary_app.gui.qt import QDialogButtonBox, Qt
from tests.gui.helpers import rows, search


def _select(window, qtbot, query, abbr):
    search(qtbot, window, query)
    qtbot.waitUntil(lambda: window.current_entry() is not None and window.current_entry().abbr == abbr)
    return window.current_entry()


def _press_undo(window, qtbot, redo=False):
    # From the results list: in the search box Ctrl+Z edits the text, as it should.
    window.results.setFocus()
    qtbot.waitUntil(window.results.hasFocus)
    mods = Qt.KeyboardModifier.ControlModifier | (Qt.KeyboardModifier.ShiftModifier if redo else Qt.KeyboardModifier.NoModifier)
    qtbot.keyClick(window.results, Qt.Key.Key_Z, mods)


def test_an_edit_persists_across_closing_and_reopening(open_window, small_db, settings, qtbot):
    w = open_window(small_db)
    e = _select(w, qtbot, "TMB", "TMB")
    dlg = w.edit_current()
    assert dlg.isVisible() and dlg.en.text() == "Tumour mutational burden"
    dlg.zh.setText("肿瘤突变负荷")
    dlg.notes.setPlainText("FDA cut-off: 10 mut/Mb")
    dlg.tags.setText("biomarker, immunotherapy")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: w.current_entry() is not None and w.current_entry().zh == "肿瘤突变负荷")
    assert "FDA cut-off" in w.detail.toPlainText()
    w.close()

    w2 = open_window(small_db)
    # Reopens where it left off: same query, same entry.
    assert w2.search_box.text() == "TMB"
    qtbot.waitUntil(lambda: w2.current_entry() is not None and w2.current_entry().id == e.id)
    qtbot.waitUntil(lambda: w2.detail.entry is not None)
    assert w2.current_entry().zh == "肿瘤突变负荷"
    assert w2.detail.entry.tags == ["biomarker", "immunotherapy"]
    assert "FDA cut-off: 10 mut/Mb" in w2.detail.toPlainText()
    search(qtbot, w2, "肿瘤突变")
    assert rows(w2)[0].id == e.id


def test_undo_and_redo_an_edit_with_the_keyboard(window, qtbot):
    e = _select(window, qtbot, "OS", "OS")
    dlg = window.edit_current()
    dlg.en.setText("OS (overall survival)")
    dlg.accept()
    qtbot.waitUntil(lambda: window.current_entry().en == "OS (overall survival)")
    assert window.actions["undo"].isEnabled()
    assert "OS (overall survival)" in window.actions["undo"].text() or window.undo_stack.undoText()
    _press_undo(window, qtbot)
    qtbot.waitUntil(lambda: window.store.entry(e.id).en != "OS (overall survival)")
    qtbot.waitUntil(lambda: window.current_entry().en.lower() == "overall survival")
    _press_undo(window, qtbot, redo=True)
    qtbot.waitUntil(lambda: window.store.entry(e.id).en == "OS (overall survival)")


def test_verify_and_undo(window, qtbot):
    e = _select(window, qtbot, "EGFR", "EGFR")
    window.actions["verify"].trigger()
    assert window.store.entry(e.id).verified
    qtbot.waitUntil(lambda: "✓" in window.detail.toPlainText())
    window.actions["undo"].trigger()
    assert not window.store.entry(e.id).verified


def test_hide_removes_from_results_and_undo_brings_it_back(window, qtbot):
    e = _select(window, qtbot, "TMB", "TMB")
    window.actions["hide"].trigger()
    assert window.store.entry(e.id).hidden
    qtbot.waitUntil(lambda: all(x.id != e.id for x in rows(window)))
    window.actions["show_hidden"].setChecked(True)
    qtbot.waitUntil(lambda: any(x.id == e.id for x in rows(window)))
    window.actions["show_hidden"].setChecked(False)
    window.actions["undo"].trigger()
    assert not window.store.entry(e.id).hidden
    qtbot.waitUntil(lambda: any(x.id == e.id for x in rows(window)))


def test_merge_selected_entries_and_undo(window, qtbot):
    search(qtbot, window, "survival")
    ids = [x.id for x in rows(window)]
    pfs = next(x for x in rows(window) if x.abbr == "PFS")
    os_ = next(x for x in rows(window) if x.abbr == "OS")
    window.results.selectionModel().clearSelection()
    window.results.selectRow(ids.index(os_.id))
    window.results.setCurrentIndex(window.model.index(ids.index(pfs.id), 0))
    window.results.selectionModel().select(window.model.index(ids.index(os_.id), 0),
                                           window.results.selectionModel().SelectionFlag.Select
                                           | window.results.selectionModel().SelectionFlag.Rows)
    assert set(window.selected_entry_ids()) == {pfs.id, os_.id} and window.selected_entry_ids()[0] == pfs.id
    window.actions["merge"].trigger()
    qtbot.waitUntil(lambda: all(x.id != os_.id for x in rows(window)))
    merged = window.store.entry(pfs.id)
    assert "OS" in {f.text for f in merged.forms_of("abbr")}
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: any(x.id == os_.id for x in rows(window)))
    assert "OS" not in {f.text for f in window.store.entry(pfs.id).forms_of("abbr")}


def test_add_entry_then_undo(window, qtbot):
    search(qtbot, window, "brachytherapy")
    assert window.model.rowCount() == 0
    dlg = window.add_entry_dialog()
    assert dlg.en.text() == "brachytherapy"  # prefilled from the search box
    dlg.zh.setText("近距离放射治疗")
    dlg.accept()
    qtbot.waitUntil(lambda: window.current_entry() is not None and window.current_entry().zh == "近距离放射治疗")
    new_id = window.current_entry().id
    qtbot.waitUntil(lambda: "added by you" in window.detail.toPlainText())
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: all(x.id != new_id for x in rows(window)))


def test_empty_entry_is_refused_by_the_dialog(window, qtbot):
    dlg = window.add_entry_dialog()
    dlg.en.setText("")
    dlg.zh.setText("")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.isVisible() and dlg.error.text()
    dlg.reject()


def test_star_and_the_favourites_list(window, qtbot):
    e = _select(window, qtbot, "EGFR", "EGFR")
    window.actions["favourite"].trigger()
    qtbot.waitUntil(lambda: window.current_entry().favourite)
    assert window.model.index(window.results.currentIndex().row(), 0).data() == "★"
    window.actions["favourites"].trigger()
    qtbot.waitUntil(lambda: window._result.mode == "favourites")
    assert [x.id for x in rows(window)] == [e.id]
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: window._result.mode == "favourites" and window.model.rowCount() == 0)


def test_undo_reaches_back_into_the_previous_session(open_window, small_db, qtbot):
    w = open_window(small_db)
    e = _select(w, qtbot, "OS", "OS")
    w.actions["verify"].trigger()
    assert w.store.entry(e.id).verified
    w.close()

    w2 = open_window(small_db)
    # The core kept the history; the window's undo stack mirrors it.
    assert w2.actions["undo"].isEnabled() and w2.undo_stack.count() >= 1
    qtbot.waitUntil(lambda: w2.current_entry() is not None and w2.current_entry().id == e.id)
    _press_undo(w2, qtbot)
    assert not w2.store.entry(e.id).verified
    qtbot.waitUntil(lambda: "not verified" in w2.detail.toPlainText())
    _press_undo(w2, qtbot, redo=True)
    assert w2.store.entry(e.id).verified
