"""Settings persist; theme and language switch; shortcuts, accessible names, icon; HTML safety."""

from __future__ import annotations

from glossary_app.gui.qt import QAction, QApplication, QKeySequence, QPalette, Qt
from glossary_app.paths import resources_dir
from tests.gui.helpers import search


def test_theme_switches_and_persists(window, qtbot, settings):
    window.actions["theme_dark"].trigger()
    dark = QApplication.instance().palette().color(QPalette.ColorRole.Base)
    assert dark.lightness() < 80 and settings.value("ui/theme") == "dark"
    window.actions["theme_light"].trigger()
    light = QApplication.instance().palette().color(QPalette.ColorRole.Base)
    assert light.lightness() > 200 and settings.value("ui/theme") == "light"
    window.actions["theme_system"].trigger()
    assert settings.value("ui/theme") == "system"


def test_language_choice_persists_across_restarts(open_window, small_db, qtbot):
    w = open_window(small_db)
    w.actions["lang_zh_CN"].trigger()
    w.actions["theme_dark"].trigger()
    w.close()
    w2 = open_window(small_db)
    assert w2.file_menu.title() == "文件(&F)" and w2.actions["lang_zh_CN"].isChecked()
    assert w2.actions["theme_dark"].isChecked()
    assert QApplication.instance().palette().color(QPalette.ColorRole.Base).lightness() < 80


def test_language_switches_from_the_menu_and_back(window, qtbot, settings):
    assert window.file_menu.title() == "&File"
    window.actions["lang_zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")
    assert window.actions["import_files"].text() == "导入文件(&I)…"
    assert window.search_box.placeholderText() == "搜索英文、中文、拼音或缩写"
    assert window.model.headerData(2, Qt.Orientation.Horizontal) == "英文"
    assert settings.value("ui/language") == "zh_CN"
    search(qtbot, window, "PFS")
    qtbot.waitUntil(lambda: "无进展生存期" in window.detail.toPlainText() and "未核实" in window.detail.toPlainText())
    window.actions["lang_en"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert "not verified" in window.detail.toPlainText()


def test_every_translation_is_compiled_and_complete():
    from glossary_app.gui.i18n import extract_strings
    from xml.etree import ElementTree as ET

    ts = resources_dir() / "i18n" / "glossary_zh_CN.ts"
    qm = ts.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 1
    translated = {
        m.findtext("source"): m.find("translation")
        for m in ET.parse(ts).getroot().iter("message")
    }
    # The study screens (gui/study/, another owner) are translated separately.
    missing = [s for s in extract_strings(exclude=("study",)) if s not in translated or translated[s].get("type") == "unfinished"]
    assert missing == [], "run `python -m glossary_app.gui.i18n` and translate these"


def test_window_state_font_size_and_splitters_persist(open_window, small_db, settings, qtbot):
    w = open_window(small_db)
    w.resize(700, 500)  # inside the offscreen screen (800x600): restoreGeometry clamps to it
    qtbot.waitUntil(lambda: w.width() == 700)
    w.main_splitter.setSizes([250, 450])
    qtbot.wait(10)
    sizes = w.main_splitter.sizes()
    assert abs(sizes[0] - 250) <= 5
    w.actions["font_bigger"].trigger()
    w.actions["font_bigger"].trigger()
    size = w.font_size
    search(qtbot, w, "EGFR")
    sizes = w.main_splitter.sizes()
    w.close()
    w2 = open_window(small_db)
    assert (w2.size().width(), w2.size().height()) == (700, 500)
    assert w2.main_splitter.sizes() == sizes
    assert w2.font_size == size == 12
    assert QApplication.instance().font().pointSize() == 12
    assert w2.search_box.text() == "EGFR"


def test_every_action_has_a_shortcut_shown_in_its_tooltip(window):
    for name, a in window.actions.items():
        assert not a.shortcut().isEmpty(), name
        keys = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys in a.toolTip(), (name, a.toolTip())
    # ... and every menu action is one of them (so its shortcut shows in the menu).
    menu_actions = [a for m in window.menuBar().findChildren(type(window.file_menu)) for a in m.actions()
                    if not a.isSeparator() and a.menu() is None]
    assert menu_actions and all(not a.shortcut().isEmpty() for a in menu_actions)


def test_widgets_have_accessible_names_and_the_app_an_icon(window):
    for w in (window.search_box, window.results, window.detail, window.concordance_en, window.concordance_zh,
              window.examples_tabs, window.progress, window.cancel_button):
        assert w.accessibleName(), w
    assert (resources_dir() / "icons" / "glossary.svg").exists()
    assert not window.windowIcon().isNull()
    assert not window.windowIcon().pixmap(64, 64).isNull()


def test_study_menu_is_ready_for_study_actions(window):
    a = QAction("Review", window)
    a.setShortcut(QKeySequence("Ctrl+R"))
    window.add_study_action(a)
    assert window.study_menu.menuAction().isVisible() and a in window.study_menu.actions()


def test_clipboard_lookup_and_follow_mode(window, qtbot):
    cb = QApplication.clipboard()
    cb.setText("EGFR")
    window.actions["lookup_clipboard"].trigger()
    qtbot.waitUntil(lambda: window._result is not None and window._result.query == "EGFR")
    assert window.current_entry().abbr == "EGFR"
    window.actions["follow_clipboard"].setChecked(True)
    cb.setText("总生存期")
    qtbot.waitUntil(lambda: window.search_box.text() == "总生存期")
    qtbot.waitUntil(lambda: window.current_entry() is not None and window.current_entry().abbr == "OS")
    window.actions["follow_clipboard"].setChecked(False)
    cb.setText("TMB")
    qtbot.wait(50)
    assert window.search_box.text() == "总生存期"


def test_lookup_uses_selected_text_first(window, qtbot):
    search(qtbot, window, "TMB")
    qtbot.waitUntil(lambda: window.concordance_en.model().rowCount() > 0)
    doc = window.open_example(window.concordance_en.example_at(0))
    QApplication.clipboard().setText("ignored")
    cursor = doc.text.textCursor()
    text = doc.text.toPlainText()
    start = text.index("progression-free survival")
    cursor.setPosition(start)
    cursor.setPosition(start + len("progression-free survival"), cursor.MoveMode.KeepAnchor)
    doc.text.setTextCursor(cursor)
    doc.activateWindow()
    doc.text.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is doc.text)
    window.lookup_clipboard()
    qtbot.waitUntil(lambda: window.search_box.text() == "progression-free survival")


def test_f1_lists_every_shortcut(window, qtbot):
    window.results.setFocus()
    qtbot.waitUntil(window.results.hasFocus)
    qtbot.keyClick(window.results, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "_shortcuts_box", None) is not None and window._shortcuts_box.isVisible())
    text = window._shortcuts_box.text()
    for keys in ("Ctrl+L", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+D", "Alt+Left", "Ctrl+Shift+V", "F2"):
        assert keys in text, keys
    window._shortcuts_box.close()
