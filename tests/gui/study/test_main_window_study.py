"""The main window opens the study window from its Study menu (Ctrl+T)."""

from __future__ import annotations

import pytest

from glossary_app.gui.qt import QApplication, QEvent, Qt
from tests.gui.conftest import QT_LOG_IGNORE

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]


def test_ctrl_t_opens_the_study_window_on_the_same_store(qtbot, window):
    study_actions = [a for a in window.study_menu.actions() if a.objectName() == "study"]
    assert study_actions and study_actions[0].shortcut().toString() == "Ctrl+T"
    assert window.study_menu.menuAction().isVisible()
    assert "Ctrl+T" in study_actions[0].toolTip()
    study_actions[0].setText("stale")
    QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))  # what a language switch sends
    assert study_actions[0].text() == "&Study…"
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "study_window", None) is not None and window.study_window.isVisible())
    sw = window.study_window
    assert sw.store is window.store
    assert sw.review.current is not None
    sw.review.show_answer()
    sw.review.grade(3)
    assert len(window.store.study.reviews()) == 1
    # An edit made from a card goes on the main window's undo stack.
    entry_id = sw.review.current.entry_id
    before = window.store.entry(entry_id).notes
    steps = window.undo_stack.count()
    sw.review.edit_entry()
    sw.review.edit_dialog.notes.setPlainText("from a card")
    sw.review.edit_dialog.buttons.accepted.emit()
    assert window.store.entry(entry_id).notes == "from a card"
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert window.store.entry(entry_id).notes == before
    study_actions[0].trigger()  # a second time raises the same window
    assert window.study_window is sw
    sw.close()
