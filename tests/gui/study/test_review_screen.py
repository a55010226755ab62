"""The review screen driven from the keyboard: show, grade, undo, edit, suspend, bury."""

from __future__ import annotations

from datetime import timedelta

import pytest

from glossary_app.gui.qt import Qt
from glossary_app.gui.study.review_screen import ReviewScreen
from glossary_app.study.decks import Deck
from tests.gui.helpers import type_text

from tests.gui.conftest import QT_LOG_IGNORE

# Any Qt warning fails these tests, as in the rest of the GUI suite.
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

EGFR = "epidermal growth factor receptor"


@pytest.fixture
def screen(qtbot, glossary, clock):
    store, ids = glossary
    w = ReviewScreen(store, Deck(), now_fn=clock)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.setFocus()
    return w


def test_space_shows_the_answer_with_every_form_pinyin_and_an_example(qtbot, screen, glossary):
    store, ids = glossary
    assert screen.current.key == (ids[EGFR], "zh_en")  # most frequent first; zh_en first direction
    assert screen.front_label.text() == "表皮生长因子受体"
    assert screen.answer_view.isHidden() and not screen.grade_buttons[3].isVisible()
    assert screen.hint_label.isVisible() and "［…］" in screen.hint_label.text()
    assert "epidermal" not in screen.hint_label.text()
    qtbot.keyClick(screen, Qt.Key.Key_1)  # grades are ignored on the front
    assert store.study.reviews() == []
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert screen.answer_shown and screen.answer_view.isVisible()
    text = screen.answer_view.toPlainText()
    assert "表皮生长因子受体" in text and EGFR in text and "EGFR" in text
    assert "biǎo pí" in text and "Patients with a high" in text
    assert screen.grade_buttons[3].isVisible()
    assert screen.grade_buttons[1].text().endswith("1m") and screen.grade_buttons[3].text().endswith("10m")
    assert not screen.hint_label.isVisible()


def test_grade_with_number_keys_and_enter(qtbot, screen, glossary, clock):
    store, ids = glossary
    first = screen.current.key
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    with qtbot.waitSignal(screen.answered):
        qtbot.keyClick(screen, Qt.Key.Key_4)
    log = store.study.reviews()
    assert [(g.entry_id, g.direction, g.rating) for g in log] == [(*first, 4)]
    assert screen.current.key != first and not screen.answer_shown
    # Enter on the answer side is Good, as in Anki.
    second = screen.current.key
    qtbot.keyClick(screen, Qt.Key.Key_Enter)
    qtbot.keyClick(screen, Qt.Key.Key_Enter)
    assert store.study.reviews()[-1].rating == 3 and store.study.reviews()[-1].entry_id == second[0]
    assert "Learning 1" in screen.counts_label.text()


def test_undo_brings_the_last_card_back_front_first(qtbot, screen, glossary):
    store, ids = glossary
    first = screen.current.key
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.keyClick(screen, Qt.Key.Key_2)
    assert screen.current.key != first
    qtbot.keyClick(screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.current.key == first and not screen.answer_shown
    assert store.study.reviews() == [] and store.study.card(*first) is None
    assert not screen.undo_button.isEnabled()


def test_edit_the_entry_from_the_card(qtbot, screen, glossary):
    store, ids = glossary
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.keyClick(screen, Qt.Key.Key_E)
    dialog = screen.edit_dialog
    assert dialog is not None and dialog.isVisible() and dialog.entry.id == ids[EGFR]
    dialog.en.clear()
    type_text(qtbot, dialog.en, "EGF receptor")
    dialog.notes.setFocus()
    type_text(qtbot, dialog.notes, "靶点")
    with qtbot.waitSignal(screen.entry_edited):
        dialog.buttons.accepted.emit()
    entry = store.entry(ids[EGFR])
    assert entry.en == "EGF receptor" and entry.notes == "靶点"
    assert screen.current.key == (ids[EGFR], "zh_en") and screen.answer_shown
    text = screen.answer_view.toPlainText()
    assert "EGF receptor" in text and "靶点" in text


def test_accepting_the_editor_unchanged_changes_nothing(qtbot, screen, glossary):
    store, ids = glossary
    history = store.db.execute("select count(*) from history").fetchone()[0]
    screen.edit_entry()
    screen.edit_dialog.buttons.accepted.emit()
    assert store.db.execute("select count(*) from history").fetchone()[0] == history
    assert store.db.execute("select count(*) from user_entries").fetchone()[0] == 0


def test_suspend_and_bury_from_the_keyboard(qtbot, screen, glossary, clock):
    store, ids = glossary
    first = screen.current.key
    qtbot.keyClick(screen, "@")
    assert store.study.card(*first).suspended and screen.current.key != first
    second = screen.current.key
    qtbot.keyClick(screen, Qt.Key.Key_Minus)
    assert store.study.card(*second).buried_until is not None
    assert screen.current.key not in (first, second)
    clock.t += timedelta(days=1)
    screen.load_next()
    assert screen.current.key == second  # back the next day; the suspended one is not


def test_done_message_and_learning_card_coming_back(qtbot, glossary, clock):
    store, ids = glossary
    w = ReviewScreen(store, Deck.parse("doc:nowhere"), now_fn=clock)
    qtbot.addWidget(w)
    assert w.current is None and w.done_label.isVisibleTo(w) and "Nothing more" in w.done_label.text()
    w.set_deck(Deck())
    w.show_answer()
    w.grade(3)  # learning: back in 10 minutes
    for _ in range(30):
        if w.current is None:
            break
        w.show_answer()
        w.grade(4)
    assert w.current is None or w.current.kind == "learning"
