"""Undo in the window: a QUndoStack whose commands forward to the core's history.

The core owns undo (its history table survives restarts and is shared with
the CLI); the stack here only mirrors this session's steps so that Qt's undo
actions, labels and clean state work as usual. A command is pushed *after*
the core applied the change, so its first ``redo()`` does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from glossary_app.gui.qt import QUndoCommand


class CoreStep(QUndoCommand):
    """``steps`` curation changes the core already made, undone/redone as one.

    Args:
        curation: the store's curation API (``undo()``/``redo()``).
        label: menu text ("Undo <label>").
        on_change: called after every undo/redo so views refresh.
        steps: how many core history items this command covers (a merge of
            three entries is two core steps and one user step).
    """

    def __init__(self, curation, label: str, on_change: Callable[[], None], steps: int = 1) -> None:
        super().__init__(label)
        self._curation = curation
        self._on_change = on_change
        self._steps = steps
        self._applied = True  # the core already did it
        self.silent = False  # True: change only this mirror, not the core (used when seeding)

    def redo(self) -> None:
        if self._applied:
            return
        if self.silent:
            self._applied = True
            return
        for _ in range(self._steps):
            self._curation.redo()
        self._applied = True
        self._on_change()

    def undo(self) -> None:
        if self.silent:
            self._applied = False
            return
        for _ in range(self._steps):
            self._curation.undo()
        self._applied = False
        self._on_change()
