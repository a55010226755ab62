"""The study window: pick a deck and directions, review, see statistics, set options.

Opened from the main window's Study menu (Ctrl+T, see
:func:`glossary_app.gui.study.install_study_action`) or on its own with a
store. It shares the caller's store connection, so edits made from a card
show up in the main window.
"""

from __future__ import annotations

from glossary_app.gui.i18n import tr
from glossary_app.gui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from glossary_app.gui.study.review_screen import ReviewScreen
from glossary_app.gui.study.stats_view import StatsView
from glossary_app.study.clock import utc_now
from glossary_app.study.decks import Deck, save_deck
from glossary_app.study.settings import DIRECTION_LABELS, DIRECTIONS, StudySettings, load_settings, save_settings


class StudyWindow(QMainWindow):
    """Deck bar on top; Review, Statistics and Options tabs below.

    ``curate`` is passed to the review screen (see :class:`ReviewScreen`).
    Public attributes used by tests and the main window: ``deck_combo``,
    ``search_deck``, ``direction_boxes``, ``tabs``, ``review``, ``stats``,
    ``options``.
    """

    def __init__(self, store, now_fn=utc_now, parent=None, curate=None) -> None:
        super().__init__(parent)
        self.store = store
        self.now_fn = now_fn
        self.setWindowTitle(tr("Study"))
        settings = load_settings(store)

        self.deck_combo = QComboBox()
        self.deck_combo.setAccessibleName(tr("Deck"))
        self.search_deck = QLineEdit()
        self.search_deck.setPlaceholderText(tr("Search deck: type a query, Enter"))
        self.search_deck.returnPressed.connect(self._use_search_deck)
        self.save_deck_button = QPushButton(tr("Save deck"))
        self.save_deck_button.clicked.connect(self._save_search_deck)
        self.direction_boxes: dict[str, QCheckBox] = {}
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Deck:")))
        bar.addWidget(self.deck_combo, 1)
        bar.addWidget(self.search_deck, 1)
        bar.addWidget(self.save_deck_button)
        for d in DIRECTIONS:
            box = QCheckBox(tr(DIRECTION_LABELS[d]))
            box.setChecked(d in settings.directions)
            box.toggled.connect(self._directions_changed)
            self.direction_boxes[d] = box
            bar.addWidget(box)

        self.review = ReviewScreen(store, Deck(), now_fn=now_fn, curate=curate)
        self.stats = StatsView(store, Deck(), now_fn=now_fn)
        self.options = OptionsForm(store)
        self.options.saved.connect(self._settings_saved)
        # Bound-method slots only: lambdas capturing self crash PySide6 6.12 on deletion.
        self.review.entry_edited.connect(self._entry_edited)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.review, tr("Review"))
        self.tabs.addTab(self.stats, tr("Statistics"))
        self.tabs.addTab(self.options, tr("Options"))
        self.tabs.currentChanged.connect(self._tab_changed)

        central = QWidget()
        lay = QVBoxLayout(central)
        lay.addLayout(bar)
        lay.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.resize(900, 640)
        self._fill_decks()
        self.deck_combo.currentIndexChanged.connect(self._deck_changed)
        self.review.setFocus()

    # -- decks -----------------------------------------------------------------------
    def _fill_decks(self) -> None:
        current = self.deck_combo.currentData()
        self.deck_combo.blockSignals(True)
        self.deck_combo.clear()
        self.deck_combo.addItem(tr("All cards"), "all")
        self.deck_combo.addItem(tr("Favourites"), "favourites")
        self.deck_combo.addItem(tr("Verified only"), "verified")
        for tag in self.store.study.tags():
            self.deck_combo.addItem(tr("Tag: {tag}").format(tag=tag), str(Deck("tag", tag)))
        for doc in self.store.documents():
            self.deck_combo.addItem(tr("Document: {name}").format(name=doc["title"] or doc["stem"]), str(Deck("document", doc["stem"])))
        for d in self.store.study.decks():
            self.deck_combo.addItem(tr("Saved: {name}").format(name=d["name"]), str(Deck("saved", d["name"])))
        if current is not None and current.startswith("search:"):
            self.deck_combo.addItem(tr("Search: {query}").format(query=current[7:]), current)
        i = self.deck_combo.findData(current) if current is not None else 0
        self.deck_combo.setCurrentIndex(max(0, i))
        self.deck_combo.blockSignals(False)

    def current_deck(self) -> Deck:
        """The deck chosen in the deck bar."""
        return Deck.parse(self.deck_combo.currentData() or "all")

    def select_deck(self, deck: Deck) -> None:
        """Choose ``deck`` (adding it to the list if it is an unsaved search)."""
        text = str(deck)
        i = self.deck_combo.findData(text)
        if i < 0:
            self.deck_combo.addItem(tr("Search: {query}").format(query=deck.value) if deck.kind == "search" else text, text)
            i = self.deck_combo.count() - 1
        self.deck_combo.setCurrentIndex(i)

    def _use_search_deck(self) -> None:
        query = self.search_deck.text().strip()
        if query:
            self.select_deck(Deck("search", query))

    def _save_search_deck(self) -> None:
        deck = self.current_deck()
        name = self.search_deck.text().strip() or deck.value or str(deck)
        save_deck(self.store, name, deck, self.now_fn())
        self._fill_decks()
        self.select_deck(Deck("saved", name))

    def directions(self) -> list[str]:
        """The checked directions (all three if none is checked)."""
        return [d for d, b in self.direction_boxes.items() if b.isChecked()] or list(DIRECTIONS)

    def _directions_changed(self, _checked: bool = False) -> None:
        # The choice is a setting, so the CLI and the next session see it too.
        settings = load_settings(self.store)
        settings.directions = self.directions()
        save_settings(self.store, settings)
        self._deck_changed()

    def _entry_edited(self, _entry_id: int) -> None:
        self._fill_decks()  # tags may have changed

    def _deck_changed(self, _index: int | None = None) -> None:
        deck = self.current_deck()
        self.review.set_deck(deck)
        if self.tabs.currentWidget() is self.stats:
            self.stats.set_deck(deck)
        else:
            self.stats.deck = deck

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.stats:
            self.stats.refresh()
        elif self.tabs.currentWidget() is self.review:
            self.review.load_next()
            self.review.setFocus()

    def _settings_saved(self) -> None:
        settings = load_settings(self.store)
        for d, box in self.direction_boxes.items():
            box.blockSignals(True)
            box.setChecked(d in settings.directions)
            box.blockSignals(False)
        self.review.load_next()


class OptionsForm(QWidget):
    """Desired retention, daily limits, steps and the day boundary, saved to the store."""

    saved = Signal()

    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label in (
            ("desired_retention", tr("Desired retention (0.70–0.99):")),
            ("new_per_day", tr("New cards per day:")),
            ("reviews_per_day", tr("Reviews per day:")),
            ("learning_steps_min", tr("Learning steps (minutes):")),
            ("relearning_steps_min", tr("Relearning steps (minutes):")),
            ("day_start_hour", tr("Next day starts at (hour):")),
            ("timezone", tr("Time zone (empty = this computer's):")),
        ):
            edit = QLineEdit()
            edit.setAccessibleName(label.rstrip(":"))
            self.fields[key] = edit
            form.addRow(label, edit)
        self.fuzz = QCheckBox(tr("Spread reviews a little (fuzz)"))
        self.hint = QCheckBox(tr("Show the example with the term blanked on the front"))
        form.addRow(self.fuzz)
        form.addRow(self.hint)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.save_button)
        lay.addStretch(1)
        self.load()

    def load(self) -> None:
        """Fill the fields from the stored settings."""
        s = load_settings(self.store)
        for key, edit in self.fields.items():
            value = getattr(s, key)
            edit.setText(", ".join(f"{v:g}" for v in value) if isinstance(value, list) else str(value))
        self.fuzz.setChecked(s.enable_fuzzing)
        self.hint.setChecked(s.cloze_hint)
        self.error.clear()

    def save(self) -> bool:
        """Validate and store the fields; shows the problem and returns False if any."""
        values = load_settings(self.store).to_dict()
        try:
            values["desired_retention"] = float(self.fields["desired_retention"].text())
            values["new_per_day"] = int(self.fields["new_per_day"].text())
            values["reviews_per_day"] = int(self.fields["reviews_per_day"].text())
            values["day_start_hour"] = int(self.fields["day_start_hour"].text())
            for key in ("learning_steps_min", "relearning_steps_min"):
                values[key] = [float(x) for x in self.fields[key].text().replace("，", ",").split(",") if x.strip()]
            values["timezone"] = self.fields["timezone"].text().strip()
            values["enable_fuzzing"] = self.fuzz.isChecked()
            values["cloze_hint"] = self.hint.isChecked()
            settings = StudySettings.from_dict(values)
        except Exception as e:  # ValueError from parsing or validation, unknown zone
            self.error.setText(tr("Not saved: {problem}").format(problem=e))
            return False
        save_settings(self.store, settings)
        self.error.clear()
        self.saved.emit()
        return True
