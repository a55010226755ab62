"""Concordance: aligned, highlighted, sortable; double-click opens the document, as text."""

from __future__ import annotations

from glossary_app.gui.kwic_model import LEFT, RIGHT, SOURCE, TERM
from glossary_app.gui.qt import QColor, Qt, QUrl
from tests.gui.helpers import search


def _select(window, qtbot, query, abbr):
    search(qtbot, window, query)
    qtbot.waitUntil(lambda: window.detail.entry is not None and window.detail.entry.abbr == abbr
                    and window.concordance_en.kwic.rowCount() + window.concordance_zh.kwic.rowCount() > 0)


def test_selecting_shows_examples_in_both_languages_with_the_term_highlighted(window, qtbot):
    _select(window, qtbot, "PFS", "PFS")
    en, zh = window.concordance_en, window.concordance_zh
    assert en.model().rowCount() >= 3 and zh.model().rowCount() >= 2
    terms = {en.model().index(r, TERM).data() for r in range(en.model().rowCount())}
    assert "PFS" in terms
    zh_terms = {zh.model().index(r, TERM).data() for r in range(zh.model().rowCount())}
    assert "无进展生存期" in zh_terms
    idx = en.model().index(0, TERM)
    assert isinstance(idx.data(Qt.ItemDataRole.BackgroundRole), QColor)
    assert idx.data(Qt.ItemDataRole.FontRole).bold()
    # Aligned on the term: left context right-aligned, right context left-aligned.
    assert en.model().index(0, LEFT).data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert en.model().index(0, RIGHT).data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignLeft)
    # Each row reads back as the sentence.
    for r in range(en.model().rowCount()):
        ex = en.example_at(r)
        assert ex.text[ex.start : ex.end].lower() == en.model().index(r, TERM).data().lower()


def test_sorting_by_left_and_by_right_context(window, qtbot):
    _select(window, qtbot, "PFS", "PFS")
    view = window.concordance_en
    view.sortByColumn(RIGHT, Qt.SortOrder.AscendingOrder)
    rights = [view.model().index(r, RIGHT).data().lower() for r in range(view.model().rowCount())]
    assert rights == sorted(rights)
    view.sortByColumn(LEFT, Qt.SortOrder.AscendingOrder)
    lefts = [view.kwic.parts(view.proxy.mapToSource(view.model().index(r, 0)).row())[0]
             for r in range(view.model().rowCount())]
    keys = [left[::-1].lower().lstrip() for left in lefts]
    assert keys == sorted(keys)


def test_double_click_opens_the_document_at_the_sentence_highlighted(window, qtbot):
    _select(window, qtbot, "EGFR", "EGFR")
    view = window.concordance_zh
    window.examples_tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.isVisible() and view.viewport().height() > 40)
    assert view.model().rowCount() >= 1
    rect = view.visualRect(view.model().index(0, TERM))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.document_windows))
    doc = window.document_windows[-1]
    assert doc.title_label.text() == "FLAURA 试验报告"
    assert "FLAURA 试验报告" in doc.windowTitle()
    assert doc.highlighted_text() == view.model().index(0, TERM).data()
    assert doc.text.textCursor().position() == doc._qt_pos(doc.highlight[0])


def test_html_in_a_document_shows_as_text(window, qtbot):
    _select(window, qtbot, "TMB", "TMB")
    ex = window.concordance_en.example_at(0)
    doc = window.open_example(ex)
    text = doc.text.toPlainText()
    assert "<img src=x onerror=alert(1)>" in text and "<b>progression-free survival</b>" in text
    assert doc.title_label.text() == "Figure <b>2</b> & notes"
    assert doc.title_label.textFormat() == Qt.TextFormat.PlainText
    assert doc.highlighted_text() == ex.text[ex.start : ex.end] and doc.highlighted_text() in ("TMB", "Tumour mutational burden")
    # The detail pane escapes titles too: the markup appears as characters.
    assert "Figure <b>2</b> & notes" in window.detail.toPlainText()


def test_ctrl_enter_opens_the_selected_example(window, qtbot):
    _select(window, qtbot, "OS", "OS")
    window.examples_tabs.setCurrentWidget(window.concordance_en)
    window.concordance_en.selectRow(0)
    window.actions["open_example"].trigger()
    doc = window.document_windows[-1]
    assert doc.isVisible() and doc.highlighted_text() in ("OS", "Overall survival")
    assert window.concordance_en.model().index(0, SOURCE).data() == "FLAURA trial report"


def test_a_source_link_opens_the_document_at_the_entrys_first_mention(window, qtbot):
    _select(window, qtbot, "EGFR", "EGFR")
    zh_doc = next(s for s in window.detail.entry.sources if s["stem"] == "trial_zh")
    window.detail.anchorClicked.emit(QUrl(f"doc:{zh_doc['doc_id']}"))
    doc = window.document_windows[-1]
    assert doc.isVisible() and doc.title_label.text() == "FLAURA 试验报告"
    assert doc.highlighted_text() in ("表皮生长因子受体", "EGFR", "epidermal growth factor receptor")


def test_examples_are_reachable_and_sortable_from_the_keyboard(window, qtbot):
    _select(window, qtbot, "PFS", "PFS")
    window.examples_tabs.setCurrentWidget(window.concordance_en)
    window.actions["focus_examples"].trigger()
    qtbot.waitUntil(window.concordance_en.hasFocus)
    assert window.concordance_en.currentIndex().row() == 0
    qtbot.keyClick(window.concordance_en, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.concordance_en
    rights = [view.model().index(r, RIGHT).data().lower() for r in range(view.model().rowCount())]
    assert rights == sorted(rights)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    doc = window.document_windows[-1]
    assert doc.isVisible() and doc.highlighted_text().lower() in ("pfs", "progression-free survival")
