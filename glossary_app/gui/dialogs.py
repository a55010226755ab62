"""Small dialogs: edit/add an entry, export, and the import report.

None of them is run with ``exec()``: callers ``open()`` them and react to
``accepted``, so the event loop (and headless tests) never block.
"""

from __future__ import annotations

from pathlib import Path

from glossary_app.gui.i18n import tr
from glossary_app.gui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
)


def split_tags(text: str) -> list[str]:
    """Tags typed as "a, b c" (commas, ideographic commas or spaces) -> ["a", "b", "c"]."""
    out: list[str] = []
    for t in text.replace("，", ",").replace("、", ",").replace(",", " ").split():
        t = t.lstrip("#")
        if t and t not in out:
            out.append(t)
    return out


class EntryDialog(QDialog):
    """Edit an entry's display forms, notes and tags, or add a new entry.

    ``values()`` returns only the fields, leaving the decision of what changed
    to the caller.
    """

    def __init__(self, parent=None, entry=None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.zh = QLineEdit(entry.zh or "" if entry else "")
        self.en = QLineEdit(entry.en or "" if entry else "")
        self.abbr = QLineEdit(entry.abbr or "" if entry else "")
        self.notes = QPlainTextEdit(entry.notes if entry else "")
        self.notes.setTabChangesFocus(True)
        self.tags = QLineEdit(", ".join(entry.tags) if entry else "")
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(5)]
        for label, w in zip(self._labels, (self.abbr, self.en, self.zh, self.notes, self.tags)):
            label.setBuddy(w)
            self.form.addRow(label, w)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(480, 320)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(tr("Edit entry") if self.entry else tr("Add entry"))
        for label, text in zip(self._labels, (tr("&Abbreviation:"), tr("&English:"), tr("&Chinese:"), tr("&Notes:"), tr("&Tags:"))):
            label.setText(text)
        for w, name in ((self.abbr, tr("Abbreviation")), (self.en, tr("English")), (self.zh, tr("Chinese")), (self.notes, tr("Notes")), (self.tags, tr("Tags"))):
            w.setAccessibleName(name)
        self.tags.setPlaceholderText(tr("comma-separated, e.g. lung, trial"))

    def values(self) -> dict:
        """The fields as the core's edit/add functions take them."""
        return {
            "zh": self.zh.text().strip(),
            "en": self.en.text().strip(),
            "abbr": self.abbr.text().strip(),
            "notes": self.notes.toPlainText().strip(),
            "tags": split_tags(self.tags.text()),
        }

    def _accept(self) -> None:
        v = self.values()
        if not (v["zh"] or v["en"] or v["abbr"]):
            self.error.setText(tr("Give at least one of abbreviation, English or Chinese."))
            return
        self.accept()


class ExportDialog(QDialog):
    """Choose an export format, a file and options; the formats come from the registry.

    The dialog does not write anything itself: ``request()`` returns what the
    user chose and the window runs the export off the UI thread.
    """

    def __init__(self, parent=None, default_dir: str = "", favourites_available: bool = True) -> None:
        from glossary_app.export.registry import formats

        super().__init__(parent)
        self.formats = formats()
        self.format = QComboBox()
        for name, fmt in self.formats.items():
            self.format.addItem(fmt.label, name)
        self.path = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_file)
        self.include_hidden = QCheckBox()
        self.only_favourites = QCheckBox()
        self.only_favourites.setEnabled(favourites_available)
        self._default_dir = default_dir
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self._labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self._labels[0], self.format)
        form.addRow(self._labels[1], row)
        self._labels[0].setBuddy(self.format)
        self._labels[1].setBuddy(self.path)
        form.addRow("", self.include_hidden)
        form.addRow("", self.only_favourites)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._fix_extension)
        self.resize(560, 200)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(tr("Export glossary"))
        self._labels[0].setText(tr("&Format:"))
        self._labels[1].setText(tr("&File:"))
        self.browse.setText(tr("&Browse…"))
        self.include_hidden.setText(tr("Include &hidden entries"))
        self.only_favourites.setText(tr("Only &favourites"))
        self.format.setAccessibleName(tr("Export format"))
        self.path.setAccessibleName(tr("Export file"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Export"))

    def current_format(self):
        """The chosen format object."""
        return self.formats[self.format.currentData()]

    def choose_file(self) -> None:
        """Ask for the target file with the platform's save dialog."""
        fmt = self.current_format()
        start = self.path.text() or str(Path(self._default_dir or Path.home()) / f"glossary{fmt.extension}")
        path, _ = QFileDialog.getSaveFileName(self, tr("Export to"), start, fmt.file_filter)
        if path:
            self.path.setText(path)
            self._fix_extension()

    def _fix_extension(self) -> None:
        text = self.path.text().strip()
        if text:
            ext = self.current_format().extension
            p = Path(text)
            if p.suffix.lower() != ext:
                self.path.setText(str(p.with_suffix(ext)) if p.suffix else text + ext)

    def request(self) -> dict:
        """{"format": name, "path": Path, "include_hidden": bool, "only_favourites": bool}."""
        return {
            "format": self.format.currentData(),
            "path": Path(self.path.text().strip()),
            "include_hidden": self.include_hidden.isChecked(),
            "only_favourites": self.only_favourites.isChecked(),
        }

    def _accept(self) -> None:
        if not self.path.text().strip():
            self.error.setText(tr("Choose a file to export to."))
            return
        parent = Path(self.path.text().strip()).expanduser().parent
        if not parent.is_dir():
            self.error.setText(tr("The folder {folder} does not exist.").format(folder=parent))
            return
        self.accept()


class ImportReportDialog(QDialog):
    """What an import did, with one row per refused file and the reason."""

    def __init__(self, report, parent=None) -> None:
        from glossary_app.gui.qt import QListWidget, QListWidgetItem

        super().__init__(parent)
        self.report = report
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.refused = QListWidget()
        for path, reason in report.refused:
            item = QListWidgetItem(f"{Path(path).name} — {reason}")
            item.setToolTip(path)
            self.refused.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.refused, 1)
        lay.addWidget(self.buttons)
        self.refused.setVisible(bool(report.refused))
        self.resize(620, 360 if report.refused else 160)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        r = self.report
        self.setWindowTitle(tr("Import report"))
        lines = [
            tr("Documents mined: {n} · unchanged: {u} · definitions found: {d} · entries in the glossary: {e}").format(
                n=r.documents, u=r.unchanged, d=r.definitions, e=r.entries
            )
        ]
        if r.cancelled:
            lines.append(tr("Cancelled: the documents mined so far are kept; the rest were not read."))
        if r.refused:
            lines.append(tr("Files refused: {n}").format(n=len(r.refused)))
        self.summary.setText("\n".join(lines))
        self.refused.setAccessibleName(tr("Refused files"))
