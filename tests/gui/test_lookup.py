"""Typing finds entries by English, Chinese, pinyin and abbreviation; keys move and open."""

from __future__ import annotations

from glossary_app.gui.qt import QApplication, Qt
from glossary_app.gui.results_model import ABBR, EN, MATCH, PINYIN_ROLE, ZH
from tests.gui.helpers import rows, search


def _abbrs(window):
    return [e.abbr for e in rows(window)]


def test_search_box_has_focus_on_start(window, qtbot):
    qtbot.waitUntil(lambda: window.search_box.hasFocus())
    assert window.model.rowCount() >= 4  # the empty query lists the glossary


def test_finds_by_english(window, qtbot):
    search(qtbot, window, "progression")
    assert _abbrs(window)[0] == "PFS"
    assert "progression" in window.model.index(0, EN).data().lower()


def test_finds_by_chinese_typed_through_the_input_method(window, qtbot):
    search(qtbot, window, "表皮生长")
    assert window.search_box.text() == "表皮生长"
    assert _abbrs(window)[0] == "EGFR"
    assert window.model.index(0, ZH).data() == "表皮生长因子受体"


def test_finds_by_pinyin_and_shows_pinyin(window, qtbot):
    search(qtbot, window, "wujinzhan")
    assert _abbrs(window)[0] == "PFS"
    assert window.model.index(0, ZH).data() == "无进展生存期"
    assert window.model.index(0, ZH).data(PINYIN_ROLE).startswith("wú jìn zhǎn")
    assert window.model.index(0, MATCH).data()  # why it matched is shown


def test_finds_by_abbreviation_and_says_why(window, qtbot):
    search(qtbot, window, "egfr")
    assert _abbrs(window)[0] == "EGFR"
    assert window.model.index(0, ABBR).data() == "EGFR"
    why = window.model.index(0, MATCH).data()
    assert why and "EGFR" in why.upper()


def test_results_follow_typing_without_blocking(window, qtbot):
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "o")
    qtbot.keyClicks(window.search_box, "s")
    # Typing never waits for the search: the box already holds both letters.
    assert window.search_box.text() == "os"
    qtbot.waitUntil(lambda: window._result is not None and window._result.query == "os")
    assert "OS" in _abbrs(window)


def test_arrow_keys_move_enter_opens_escape_clears(window, qtbot):
    search(qtbot, window, "survival")
    assert window.model.rowCount() >= 2
    assert window.results.currentIndex().row() == 0
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.results.currentIndex().row() == 1
    qtbot.keyClick(window.search_box, Qt.Key.Key_Up)
    assert window.results.currentIndex().row() == 0
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    second = window.current_entry()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.detail.entry.id == second.id
    assert window.history()[-1] == ("survival", second.id)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""


def test_ctrl_l_and_ctrl_f_return_to_the_search_box(window, qtbot):
    for keys in ("Ctrl+L", "Ctrl+F"):
        window.results.setFocus()
        qtbot.waitUntil(lambda: window.results.hasFocus())
        qtbot.keyClick(window.results, keys[-1], Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.search_box.hasFocus())


def test_detail_pane_shows_forms_pinyin_sources_and_counts(window, qtbot):
    search(qtbot, window, "PFS")
    qtbot.waitUntil(lambda: window.detail.entry is not None and window.detail.entry.abbr == "PFS")
    text = window.detail.toPlainText()
    for expected in ("PFS", "Progression-free survival", "progression-free survival", "无进展生存期", "wú jìn zhǎn",
                     "FLAURA trial report", "FLAURA 试验报告", "not verified", "Occurrences"):
        assert expected in text, expected


def test_dictionary_fallback_when_the_word_is_not_in_the_glossary(window, qtbot):
    result = search(qtbot, window, "肿瘤")
    assert window.model.rowCount() == 0
    text = window.detail.toPlainText()
    assert "Not in the glossary: 肿瘤" in text
    # CC-CEDICT knows 肿瘤 (tumour): its gloss is shown.
    assert result.dictionary and "tumor" in text.lower()


def test_back_and_forward(window, qtbot):
    search(qtbot, window, "EGFR")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    egfr = window.current_entry().id
    search(qtbot, window, "TMB")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    tmb = window.current_entry().id
    window.actions["back"].trigger()
    qtbot.waitUntil(lambda: window.current_entry() is not None and window.current_entry().id == egfr)
    assert window.search_box.text() == "EGFR"
    window.actions["forward"].trigger()
    qtbot.waitUntil(lambda: window.current_entry() is not None and window.current_entry().id == tmb)
