"""Concordance (KWIC) model: left context | term | right context, sortable by either side."""

from __future__ import annotations

from glossary_app.gui.i18n import tr
from glossary_app.gui.qt import QAbstractTableModel, QColor, QFont, QModelIndex, QSortFilterProxyModel, Qt
from glossary_app.gui.theme import TERM_HIGHLIGHT, current_theme

SORT_ROLE = Qt.ItemDataRole.UserRole + 10
EXAMPLE_ROLE = Qt.ItemDataRole.UserRole + 11

LEFT, TERM, RIGHT, SOURCE = range(4)

# How much context each side shows; the views elide what does not fit.
CONTEXT_CHARS = {"en": 90, "zh": 40}


def _one_line(text: str) -> str:
    return " ".join(text.split())


class KwicModel(QAbstractTableModel):
    """Examples of one entry in one language, split around the mention.

    Sorting (through :class:`KwicSortProxy`) uses :data:`SORT_ROLE`: the left
    context is compared from the term outwards (reversed), so rows group by the
    word just before the term (AntConc's 1L), the right context from the term
    onwards (1R).
    """

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._examples: list = []

    def set_examples(self, examples: list) -> None:
        """Replace the rows with ``examples`` (store.Example objects)."""
        self.beginResetModel()
        self._examples = list(examples)
        self.endResetModel()

    def example_at(self, row: int):
        """The Example on ``row`` (None when out of range)."""
        return self._examples[row] if 0 <= row < len(self._examples) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._examples)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("Left context"), tr("Term"), tr("Right context"), tr("Source")][section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return [
                tr("Sort by the words just before the term"),
                tr("Sort by the term as written"),
                tr("Sort by the words just after the term"),
                tr("Sort by document"),
            ][section]
        return None

    def parts(self, row: int) -> tuple[str, str, str]:
        """(left, term, right) of a row, whole sentence, on one line."""
        ex = self._examples[row]
        return (_one_line(ex.text[: ex.start]), _one_line(ex.text[ex.start : ex.end]), _one_line(ex.text[ex.end :]))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._examples)):
            return None
        ex = self._examples[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            left, term, right = self.parts(index.row())
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{left}【{term}】{right}\n— {ex.doc_title}"
            n = CONTEXT_CHARS.get(self.lang, 60)
            if col == LEFT:
                if role == SORT_ROLE:
                    return left[::-1].lower().lstrip()
                return ("…" + left[-n:]) if len(left) > n else left
            if col == TERM:
                return term.lower() if role == SORT_ROLE else term
            if col == RIGHT:
                if role == SORT_ROLE:
                    return right.lower()
                return (right[:n] + "…") if len(right) > n else right
            if col == SOURCE:
                return ex.doc_stem if role == SORT_ROLE else ex.doc_title
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            if col == LEFT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col == TERM:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        elif col == TERM and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(TERM_HIGHLIGHT[current_theme()][0])
        elif col == TERM and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(TERM_HIGHLIGHT[current_theme()][1])
        elif col == TERM and role == Qt.ItemDataRole.FontRole:
            f = QFont()
            f.setBold(True)
            return f
        elif role == EXAMPLE_ROLE:
            return ex
        return None


class KwicSortProxy(QSortFilterProxyModel):
    """Sorts concordance rows by :data:`SORT_ROLE`, ties broken by the other side.

    WordSmith's convention: a main sort on one side, ties broken on the other,
    so equal right contexts still come out ordered by their left context.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left, right) -> bool:
        a, b = left.data(SORT_ROLE) or "", right.data(SORT_ROLE) or ""
        if a != b:
            return a < b
        other = RIGHT if left.column() == LEFT else LEFT
        src = self.sourceModel()
        a2 = src.index(left.row(), other).data(SORT_ROLE) or ""
        b2 = src.index(right.row(), other).data(SORT_ROLE) or ""
        return a2 < b2
