"""Study mode in the GUI: review screen, statistics charts, the study window.

The main window calls :func:`install_study_action` once; it adds "Study…"
(Ctrl+T) to the Study menu, which opens (or raises) one
:class:`~glossary_app.gui.study.study_window.StudyWindow` on the main
window's store.
"""

from __future__ import annotations

from glossary_app.gui.i18n import tr
from glossary_app.gui.qt import QAction, QEvent, QKeySequence, QObject


class StudyLauncher(QObject):
    """Opens the study window for its parent main window.

    A QObject with a bound-method slot rather than a lambda: PySide6 6.12
    corrupts memory when an object whose signals hold lambdas capturing it
    is deleted.
    """

    def __init__(self, main_window, action: QAction) -> None:
        super().__init__(main_window)
        self.main_window = main_window
        self.action = action
        action.triggered.connect(self.open)
        main_window.installEventFilter(self)  # to follow language switches
        self.retranslate()

    def retranslate(self) -> None:
        """The action's texts in the current language, its shortcut in the tooltip."""
        self.action.setText(tr("&Study…"))
        tip = tr("Review flashcards of the glossary (spaced repetition)")
        keys = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.action.setToolTip(f"{tip} ({keys})")
        self.action.setStatusTip(tip)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open(self, _checked: bool = False):
        """Show (creating on first use) the study window; returns it."""
        from glossary_app.gui.study.study_window import StudyWindow

        mw = self.main_window
        window = getattr(mw, "study_window", None)
        if window is None:
            # The main window's curate() puts edits made from a card on its undo stack.
            window = StudyWindow(mw.store, parent=mw, curate=getattr(mw, "_curate", None))
            mw.study_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window


def install_study_action(main_window) -> QAction:
    """Add the "Study…" action (Ctrl+T) to ``main_window`` and return it."""
    action = QAction(main_window)
    action.setObjectName("study")
    action.setShortcut(QKeySequence("Ctrl+T"))
    main_window.study_launcher = StudyLauncher(main_window, action)
    main_window.add_study_action(action)
    return action


def open_study_window(main_window):
    """Show the study window for ``main_window`` (after :func:`install_study_action`)."""
    return main_window.study_launcher.open()
