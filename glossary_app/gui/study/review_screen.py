"""The review screen: front, answer, grading, undo, edit, suspend and bury.

Keys (Anki's where Anki has one):

==================  ===================================================
Space / Enter       show the answer; on the answer side, grade Good
1 2 3 4             Again, Hard, Good, Easy (on the answer side)
H                   show or hide the cloze hint on the front
Ctrl+Z / Z          undo the last grade (the card comes back)
E                   edit the entry (the dialog is opened, never exec'd)
@                   suspend the card
\\-                  bury the card until tomorrow
==================  ===================================================

All scheduling goes through :class:`glossary_app.study.scheduler.Study`;
the screen holds only the card on display.
"""

from __future__ import annotations

import html
import time

from glossary_app.gui.dialogs import EntryDialog
from glossary_app.gui.i18n import tr
from glossary_app.gui.qt import (
    QFont,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
)
from glossary_app.study.cards import CardContent, card_content
from glossary_app.study.clock import utc_now
from glossary_app.study.decks import Deck
from glossary_app.study.scheduler import RATINGS, DueCard, Study, format_interval
from glossary_app.study.settings import DIRECTION_LABELS

RATING_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}


class ReviewScreen(QWidget):
    """Shows one card at a time from ``deck``.

    Args:
        store: the open glossary store (GUI thread).
        deck: which entries to study.
        now_fn: returns the current aware UTC datetime (tests pass a fixed clock).
        curate: optional ``curate(label, fn) -> bool`` that applies a curation
            change ``fn(store.curation)`` (the main window passes its own, so
            an edit made from a card lands on its undo stack); by default the
            change is applied directly.

    Signals:
        card_changed: a new card (or none: ``None``) is on screen.
        answered: a grade was saved; carries the updated card row.
        entry_edited: the entry behind the card was edited; carries its id.
    """

    card_changed = Signal(object)
    answered = Signal(object)
    entry_edited = Signal(int)

    def __init__(self, store, deck: Deck = Deck(), now_fn=utc_now, directions=None, parent=None, curate=None) -> None:
        super().__init__(parent)
        self.store = store
        self.curate = curate
        self.deck = deck
        self.directions = directions
        self.now_fn = now_fn
        self.current: DueCard | None = None
        self._queue = None
        self.content: CardContent | None = None
        self.answer_shown = False
        self.hint_shown = False
        self.edit_dialog: EntryDialog | None = None
        self._shown_at = time.monotonic()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self.load_next()

    # -- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        self.counts_label = QLabel()
        self.kind_label = QLabel()
        self.front_label = QLabel()
        self.front_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.front_label.setTextFormat(Qt.TextFormat.PlainText)
        self.front_label.setWordWrap(True)
        self.front_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.font())
        big.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 2.2)
        self.front_label.setFont(big)
        self.front_label.setAccessibleName(tr("Card front"))
        self.prompt_label = QLabel()
        self.prompt_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label = QLabel()
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setAccessibleName(tr("Hint"))
        self.answer_view = QTextBrowser()
        self.answer_view.setOpenLinks(False)
        self.answer_view.setFrameShape(QFrame.Shape.NoFrame)
        self.answer_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.answer_view.setAccessibleName(tr("Answer"))
        self.done_label = QLabel()
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_label.setWordWrap(True)

        self.show_button = QPushButton(tr("Show answer (Space)"))
        self.show_button.clicked.connect(self.show_answer)
        self.grade_buttons: dict[int, QPushButton] = {}
        grades = QHBoxLayout()
        for r, name in RATINGS.items():
            b = QPushButton()
            b.setAccessibleName(tr(name))
            b.setProperty("rating", r)
            # A bound method, not a lambda: PySide6 6.12 corrupts memory when a
            # widget with lambda slots capturing it is deleted.
            b.clicked.connect(self._grade_clicked)
            self.grade_buttons[r] = b
            grades.addWidget(b)
        self.undo_button = QPushButton(tr("Undo (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        self.edit_button = QPushButton(tr("Edit (E)"))
        self.edit_button.clicked.connect(self.edit_entry)
        self.suspend_button = QPushButton(tr("Suspend (@)"))
        self.suspend_button.clicked.connect(self.suspend)
        self.bury_button = QPushButton(tr("Bury (-)"))
        self.bury_button.clicked.connect(self.bury)
        self.hint_button = QPushButton(tr("Hint (H)"))
        self.hint_button.clicked.connect(self.toggle_hint)
        tools = QHBoxLayout()
        for b in (self.undo_button, self.edit_button, self.suspend_button, self.bury_button, self.hint_button):
            tools.addWidget(b)
        tools.addStretch(1)
        tools.addWidget(self.counts_label)
        # Buttons never take focus: keys must reach the screen itself.
        for b in (self.show_button, *self.grade_buttons.values(), self.undo_button, self.edit_button,
                  self.suspend_button, self.bury_button, self.hint_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        lay = QVBoxLayout(self)
        lay.addLayout(tools)
        lay.addWidget(self.kind_label)
        lay.addStretch(1)
        lay.addWidget(self.front_label)
        lay.addWidget(self.prompt_label)
        lay.addWidget(self.hint_label)
        lay.addWidget(self.done_label)
        lay.addWidget(self.answer_view, 3)
        lay.addWidget(self.show_button)
        lay.addLayout(grades)

    # -- state -----------------------------------------------------------------------
    def study(self) -> Study:
        """A Study over the store with the current settings (re-read each time,
        so a settings change applies to the next card)."""
        return Study(self.store)

    def set_deck(self, deck: Deck, directions=None) -> None:
        """Study another deck (and optionally other directions)."""
        self.deck = deck
        self.directions = directions
        self.load_next()

    def load_next(self) -> None:
        """Put the next due card on screen (or the "done" message)."""
        study = self.study()
        self._queue = study.queue(self.deck, self.now_fn(), directions=self.directions)
        self._show_card(study.pick(self._queue, self.now_fn()), study)

    def _show_card(self, card: DueCard | None, study: Study) -> None:
        content = None
        while card is not None:
            content = card_content(self.store, card.entry_id, card.direction, cloze_hint=True)
            if content is not None:
                break
            # The entry was hidden or lost its form since the queue was built: skip it today.
            study.bury(card.entry_id, card.direction, self.now_fn())
            self._queue = study.queue(self.deck, self.now_fn(), directions=self.directions)
            card = study.pick(self._queue, self.now_fn())
        self.current = card
        self.content = content
        self.answer_shown = False
        self.hint_shown = bool(card is not None and study.settings.cloze_hint)
        self._shown_at = time.monotonic()
        self._render(study)
        self.card_changed.emit(card)

    def _render(self, study: Study | None = None) -> None:
        study = study or self.study()
        now = self.now_fn()
        q = self._queue  # built by load_next / undo: one queue per card shown
        new, learning, review = q.counts
        self.counts_label.setText(tr("New {new} · Learning {learning} · Review {review}").format(
            new=new, learning=learning, review=review))
        has_card = self.current is not None
        for w in (self.front_label, self.prompt_label, self.kind_label):
            w.setVisible(has_card)
        self.done_label.setVisible(not has_card)
        for b in (self.edit_button, self.suspend_button, self.bury_button, self.hint_button):
            b.setEnabled(has_card)
        self.undo_button.setEnabled(self.store.study.last_review() is not None)
        if not has_card:
            later = q.learning_later[0].due if q.learning_later else None
            msg = tr("Congratulations! Nothing more is due in this deck now.")
            if later is not None:
                msg += " " + tr("A learning card comes back in {interval}.").format(interval=format_interval(later - now))
            self.done_label.setText(msg)
            self.hint_label.hide()
            self.answer_view.hide()
            self.show_button.hide()
            for b in self.grade_buttons.values():
                b.hide()
            return
        c = self.content
        self.kind_label.setText(f"{tr(self.current.kind.capitalize())} · {tr(DIRECTION_LABELS[c.direction])}")
        self.front_label.setText(c.front)
        self.prompt_label.setText(tr(c.prompt))
        self.hint_label.setText(c.hint.cloze if c.hint else "")
        self.hint_label.setVisible(self.hint_shown and c.hint is not None and not self.answer_shown)
        self.hint_button.setEnabled(c.hint is not None)
        self.answer_view.setVisible(self.answer_shown)
        self.answer_view.setHtml(answer_html(c) if self.answer_shown else "")
        self.show_button.setVisible(not self.answer_shown)
        if self.answer_shown:
            preview = study.preview(self.current.entry_id, self.current.direction, now)
            for r, b in self.grade_buttons.items():
                b.setText(f"{r} {tr(RATINGS[r])}\n{format_interval(preview[r] - now)}")
        for b in self.grade_buttons.values():
            b.setVisible(self.answer_shown)

    # -- actions ---------------------------------------------------------------------
    def show_answer(self) -> None:
        """Reveal the back of the card."""
        if self.current is None or self.answer_shown:
            return
        self.answer_shown = True
        self._render()

    def toggle_hint(self) -> None:
        """Show or hide the cloze sentence on the front."""
        if self.current is None:
            return
        self.hint_shown = not self.hint_shown
        self._render()

    def _grade_clicked(self) -> None:
        self.grade(int(self.sender().property("rating")))

    def grade(self, rating: int) -> None:
        """Grade the card on screen (only once its answer is shown) and move on."""
        if self.current is None or not self.answer_shown:
            return
        study = self.study()
        duration = int((time.monotonic() - self._shown_at) * 1000)
        row = study.answer(self.current.entry_id, self.current.direction, rating, self.now_fn(), duration_ms=duration)
        self.answered.emit(row)
        self.load_next()

    def undo(self) -> None:
        """Take back the last grade and show that card again, front first."""
        study = self.study()
        undone = study.undo(self.now_fn())
        if undone is None:
            return
        row = self.store.study.card(undone.entry_id, undone.direction)
        kind = {0: "new", 1: "learning", 2: "review", 3: "relearning"}[undone.state_before]
        self._queue = study.queue(self.deck, self.now_fn(), directions=self.directions)
        self._show_card(DueCard(undone.entry_id, undone.direction, kind, row), study)

    def edit_entry(self) -> None:
        """Open the entry editor for the card's entry (non-blocking)."""
        if self.current is None:
            return
        entry = self.store.entry(self.current.entry_id)
        if entry is None:
            return
        self.edit_dialog = EntryDialog(self, entry)
        self.edit_dialog.accepted.connect(self._save_edit)
        self.edit_dialog.open()

    def _save_edit(self) -> None:
        dialog, self.edit_dialog = self.edit_dialog, None
        if dialog is None or self.current is None:
            return
        entry, values = dialog.entry, dialog.values()
        # Only what changed: unchanged fields would become user overrides (pins).
        changes = {k: values[k] for k in ("zh", "en", "abbr", "notes") if (getattr(entry, k) or "") != values[k]}
        if list(entry.tags) != values["tags"]:
            changes["tags"] = values["tags"]
        if not changes:
            return
        if self.curate is not None:
            label = tr("Edit {name}").format(name=entry.en or entry.zh or entry.abbr)
            if not self.curate(label, _Edit(entry.id, changes)):
                return
        else:
            self.store.curation.edit(entry.id, **changes)
        self.entry_edited.emit(entry.id)
        content = card_content(self.store, self.current.entry_id, self.current.direction, cloze_hint=True)
        if content is None:  # the edit removed what this card asks for
            self.load_next()
            return
        self.content = content
        self._render()

    def suspend(self) -> None:
        """Suspend the card on screen and move on."""
        if self.current is not None:
            self.study().suspend(self.current.entry_id, self.current.direction, self.now_fn())
            self.load_next()

    def bury(self) -> None:
        """Bury the card on screen until tomorrow and move on."""
        if self.current is not None:
            self.study().bury(self.current.entry_id, self.current.direction, self.now_fn())
            self.load_next()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        key, mods, text = event.key(), event.modifiers(), event.text()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods & ~Qt.KeyboardModifier.KeypadModifier:
            if self.answer_shown:
                self.grade(3)
            else:
                self.show_answer()
        elif key in RATING_KEYS and self.answer_shown:
            self.grade(RATING_KEYS[key])
        elif key == Qt.Key.Key_Z and (mods & Qt.KeyboardModifier.ControlModifier or not mods):
            self.undo()
        elif key == Qt.Key.Key_E and not mods:
            self.edit_entry()
        elif key == Qt.Key.Key_H and not mods:
            self.toggle_hint()
        elif text == "@":
            self.suspend()
        elif text == "-":
            self.bury()
        else:
            super().keyPressEvent(event)


class _Edit:
    """A curation change for ``curate(label, fn)``: ``fn(curation)`` edits one entry."""

    def __init__(self, entry_id: int, changes: dict) -> None:
        self.entry_id, self.changes = entry_id, changes

    def __call__(self, curation) -> None:
        curation.edit(self.entry_id, **self.changes)


def answer_html(c: CardContent) -> str:
    """The back of a card as HTML: every form, pinyin, the example, notes."""
    e = html.escape
    parts = []
    if c.zh_forms:
        zh = "<br>".join(
            f"<span style='font-size:x-large'>{e(t)}</span>" + (f" &nbsp;<span style='color:#2a6'>{e(p)}</span>" if p else "")
            for t, p in c.zh_forms
        )
        parts.append(f"<p>{zh}</p>")
    if c.en_forms:
        parts.append("<p style='font-size:large'>" + "<br>".join(e(t) for t in c.en_forms) + "</p>")
    if c.abbr_forms:
        parts.append("<p><b>" + ", ".join(e(t) for t in c.abbr_forms) + "</b></p>")
    if c.example:
        x = c.example
        sentence = e(x.text[: x.start]) + "<b><u>" + e(x.text[x.start : x.end]) + "</u></b>" + e(x.text[x.end :])
        parts.append(f"<p>{sentence}<br><span style='color:gray'>— {e(x.source)}</span></p>")
    if c.notes:
        parts.append("<p style='color:gray'>" + e(c.notes).replace("\n", "<br>") + "</p>")
    return "<div align=center>" + "".join(parts) + "</div>"
