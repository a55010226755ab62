"""A source document, shown as plain text with one sentence and term highlighted."""

from __future__ import annotations

from glossary_app.gui.i18n import tr
from glossary_app.gui.qt import (
    QColor,
    QLabel,
    QPlainTextEdit,
    Qt,
    QTextCharFormat,
    QTextCursor,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from glossary_app.gui.theme import TERM_HIGHLIGHT, current_theme


class DocumentView(QWidget):
    """A window with a document's title and text.

    The text is set with ``setPlainText`` (never as HTML): a document holding
    ``<img src=...>`` shows those characters. Highlights are extra selections,
    which colour ranges without touching the text.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        f = self.title_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        self.title_label.setFont(f)
        self.path_label = QLabel()
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.title_label)
        lay.addWidget(self.path_label)
        lay.addWidget(self.text, 1)
        self.resize(760, 620)
        self.doc_id: int | None = None
        self.highlight: tuple[int, int] | None = None
        self.sentence: tuple[int, int] | None = None
        self._plain = ""
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.text.setAccessibleName(tr("Document text"))
        self.title_label.setAccessibleName(tr("Document title"))
        if self.doc_id is None:
            self.setWindowTitle(tr("Document"))

    def show_document(self, doc: dict, term: tuple[int, int] | None = None, sentence: tuple[int, int] | None = None) -> None:
        """Show ``doc`` (a Store.document() row); highlight the ``term`` and
        ``sentence`` spans (offsets into the document text) and scroll there."""
        self.doc_id = doc["id"]
        title = doc.get("title") or doc.get("stem") or ""
        self.setWindowTitle(tr("{title} — Document").format(title=title))
        self.title_label.setText(title)
        self.path_label.setText(doc.get("path") or "")
        self._plain = doc.get("text") or ""
        self.text.setPlainText(self._plain)
        self.highlight, self.sentence = term, sentence
        selections = []
        if sentence:
            fmt = QTextCharFormat()
            fmt.setBackground(self.palette().alternateBase().color().darker(108))
            selections.append(self._selection(sentence, fmt))
        if term:
            bg, fg = TERM_HIGHLIGHT[current_theme()]
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(bg))
            fmt.setForeground(QColor(fg))
            fmt.setFontWeight(700)
            selections.append(self._selection(term, fmt))
        self.text.setExtraSelections(selections)
        if term:
            cur = self.text.textCursor()
            cur.setPosition(self._qt_pos(term[0]))
            self.text.setTextCursor(cur)
            self.text.centerCursor()

    def _selection(self, span: tuple[int, int], fmt: QTextCharFormat):
        sel = QTextEdit.ExtraSelection()
        cur = self.text.textCursor()
        n = self.text.document().characterCount() - 1
        cur.setPosition(max(0, min(self._qt_pos(span[0]), n)))
        cur.setPosition(max(0, min(self._qt_pos(span[1]), n)), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cur
        sel.format = fmt
        return sel

    def _qt_pos(self, offset: int) -> int:
        # Store offsets count code points; Qt positions count UTF-16 units, which
        # differ after any character outside the BMP (rare CJK, emoji).
        prefix = self._plain[:offset]
        return len(prefix.encode("utf-16-le")) // 2

    def highlighted_text(self) -> str:
        """The text the term highlight covers in the widget (for tests and accessibility)."""
        sels = self.text.extraSelections()
        if not self.highlight or not sels:
            return ""
        return sels[-1].cursor.selectedText()
