"""Study mode in the GUI: review screen, statistics charts, the study window.

The main window calls :func:`install_study_action` once; it adds "Study…"
(Ctrl+T) to the Study menu, which opens (or raises) one
:class:`~glossary_app.gui.study.study_window.StudyWindow` on the main
window's store.
"""

from __future__ import annotations

from glossary_app.gui.i18n import tr
from glossary_app.gui.qt import QAction, QKeySequence


def install_study_action(main_window) -> QAction:
    """Add the "Study…" action (Ctrl+T) to ``main_window`` and return it."""
    action = QAction(main_window)
    action.setObjectName("study")
    action.setText(tr("&Study…"))
    action.setToolTip(tr("Review flashcards of the glossary (spaced repetition)"))
    action.setShortcut(QKeySequence("Ctrl+T"))
    action.triggered.connect(lambda: open_study_window(main_window))
    main_window.add_study_action(action)
    return action


def open_study_window(main_window):
    """Show the study window for ``main_window``'s store (one per main window)."""
    from glossary_app.gui.study.study_window import StudyWindow

    window = getattr(main_window, "study_window", None)
    if window is None:
        window = StudyWindow(main_window.store, parent=main_window)
        main_window.study_window = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window
