"""The results list: a table model over entries found by the search thread."""

from __future__ import annotations

from glossary_app.gui.i18n import tr
from glossary_app.gui.qt import (
    QAbstractTableModel,
    QApplication,
    QColor,
    QFont,
    QModelIndex,
    QPalette,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
)
from glossary_app.gui.workers import ResultRow

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PINYIN_ROLE = Qt.ItemDataRole.UserRole + 2  # the Chinese column's pinyin, drawn after the characters

# Column order of the results table; Chinese and its pinyin share a column.
STAR, ABBR, EN, ZH, MATCH = range(5)


_REASON_LABELS: dict[str, dict[str, str]] = {}


def reason_label(reason: str | None) -> str:
    """The match reason as the user reads it (translated; cached per language)."""
    from glossary_app.gui.qt import QLocale

    lang = QLocale().name()
    labels = _REASON_LABELS.get(lang)
    if labels is None:
        labels = _REASON_LABELS[lang] = {
            "exact": tr("exact"),
            "prefix": tr("prefix"),
            "word prefix": tr("word prefix"),
            "substring": tr("substring"),
            "pinyin": tr("pinyin"),
            "initials": tr("pinyin initials"),
            "fuzzy": tr("similar spelling"),
            "dictionary": tr("dictionary"),
        }
    return labels.get(reason or "", reason or "")


class ResultsModel(QAbstractTableModel):
    """Rows of :class:`ResultRow` (entry + match reason), replaced wholesale per search.

    The search thread fetches the first screenful of entries; further hits are
    fetched in batches through Qt's ``canFetchMore``/``fetchMore`` as the user
    scrolls. ``data()`` never touches the database.
    """

    BATCH = 50

    def __init__(self, parent=None, loader=None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []
        self._more: list = []
        # loader(hits) -> list[ResultRow]: reads entries on the GUI thread's connection.
        self._loader = loader

    # -- content ------------------------------------------------------------
    def set_rows(self, rows: list[ResultRow], more: list | None = None) -> None:
        """Replace every row; ``more`` are hits whose rows are fetched lazily."""
        self.beginResetModel()
        self._rows = list(rows)
        self._more = list(more or [])
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._more)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        """Fetch the next batch of hits the search thread left unfetched (the view
        calls this when the user scrolls near the end)."""
        if parent.isValid() or not self._more or self._loader is None:
            return
        batch, self._more = self._more[: self.BATCH], self._more[self.BATCH :]
        rows = self._loader(batch)
        if rows:
            n = len(self._rows)
            self.beginInsertRows(QModelIndex(), n, n + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def fetch_all(self) -> None:
        """Fetch every pending hit (e.g. before selecting a row far down)."""
        while self.canFetchMore():
            self.fetchMore()

    def row_of(self, entry_id: int) -> int:
        """Row index of an entry, or -1."""
        for i, r in enumerate(self._rows):
            if r.entry.id == entry_id:
                return i
        return -1

    def entry_at(self, row: int):
        """The entry on ``row`` (None when out of range)."""
        return self._rows[row].entry if 0 <= row < len(self._rows) else None

    def result_at(self, row: int) -> ResultRow | None:
        """The whole result on ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def update_entry(self, entry) -> None:
        """Refresh one row in place after an edit (no reset, the selection stays)."""
        i = self.row_of(entry.id)
        if i >= 0:
            self._rows[i].entry = entry
            self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    # -- Qt model interface ---------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return ["★", tr("Abbr."), tr("English"), tr("Chinese · pinyin"), tr("Why it matched")][section]
        if role == Qt.ItemDataRole.ToolTipRole and section == STAR:
            return tr("Favourite")
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Called hundreds of times per paint: unhandled roles leave at once, and
        # colours/fonts are built once (see _style()).
        if role not in _HANDLED_ROLES:
            return None
        r = index.row()
        if not 0 <= r < len(self._rows):
            return None
        row = self._rows[r]
        e, col = row.entry, index.column()
        if role == _DISPLAY:
            if col == EN:
                return (e.en or "") + ("  ✓" if e.verified else "")
            if col == ZH:
                return e.zh or ""
            if col == ABBR:
                return e.abbr or ""
            if col == MATCH:
                if not row.reason:
                    return ""
                label = reason_label(row.reason)
                return f"{label}: {row.matched}" if row.matched else label
            return "★" if e.favourite else ""
        if role == _FOREGROUND:
            if col == STAR and e.favourite:
                return _style()["star"]
            if e.hidden or col == MATCH:
                return _style()["dim"]
            return None
        if role == _FONT:
            return _style()["bold"] if col == ABBR else None
        if role == ENTRY_ID_ROLE:
            return e.id
        if role == PINYIN_ROLE:
            return e.pinyin or "" if col == ZH else ""
        if role == _TOOLTIP:
            parts = [p for p in (e.abbr, e.en, e.zh, e.pinyin) if p]
            if e.verified:
                parts.append(tr("verified"))
            if e.hidden:
                parts.append(tr("hidden"))
            return " · ".join(parts)
        # AccessibleTextRole
        if col == ZH:
            return " ".join(x for x in (e.zh, e.pinyin) if x)
        return self.data(index, _DISPLAY) or self.data(index, _TOOLTIP)


_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_HANDLED_ROLES = frozenset(
    {_DISPLAY, _FOREGROUND, _FONT, _TOOLTIP, ENTRY_ID_ROLE, PINYIN_ROLE, Qt.ItemDataRole.AccessibleTextRole}
)
_STYLE: dict = {}


def _style() -> dict:
    """Colours and fonts of the results table, built on first use (needs the QApplication)."""
    if not _STYLE:
        bold = QFont()
        bold.setBold(True)
        _STYLE.update(star=QColor("#d4a017"), dim=QColor("#8d8f94"), bold=bold)
    return _STYLE


class ChinesePinyinDelegate(QStyledItemDelegate):
    """Paints the Chinese column as the characters followed by their pinyin in a
    dimmer colour, elided together at the right.

    Reads the row straight from the model (no ``index.data()`` round trips) and
    draws only the panel and two strings: it runs for every visible row on
    every keystroke.
    """

    def __init__(self, model: "ResultsModel", parent=None) -> None:
        super().__init__(parent)
        self._model = model

    def paint(self, painter, option, index) -> None:
        entry = self._model.entry_at(index.row())
        if entry is None:
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        # Selection, hover and alternate-row background, as the default delegate draws them.
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        zh, pinyin = entry.zh or "", entry.pinyin or ""
        rect = option.rect.adjusted(4, 0, -4, 0)
        fm = option.fontMetrics
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        painter.save()
        painter.setPen(pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        zh_shown = fm.elidedText(zh, Qt.TextElideMode.ElideRight, rect.width())
        align = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        painter.drawText(rect, align, zh_shown)
        used = fm.horizontalAdvance(zh_shown + "  ") if zh_shown else 0
        rest = rect.width() - used
        if pinyin and zh_shown == zh and rest > 2 * fm.horizontalAdvance("…"):
            if not selected:
                painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect.adjusted(used, 0, 0, 0), align, fm.elidedText(pinyin, Qt.TextElideMode.ElideRight, rest))
        painter.restore()

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        entry = self._model.entry_at(index.row())
        if entry is not None and entry.pinyin:
            size.setWidth(size.width() + option.fontMetrics.horizontalAdvance("  " + entry.pinyin))
        return size
