"""Helpers for driving the window like a user."""

from __future__ import annotations

import re


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user: ASCII as key clicks, anything else as an input-method commit
    (qtbot.keyClicks aborts the process on non-ASCII here)."""
    from glossary_app.gui.qt import QApplication, QInputMethodEvent

    for chunk in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            ev = QInputMethodEvent()
            ev.setCommitString(chunk)
            QApplication.sendEvent(widget, ev)


def search(qtbot, window, text: str):
    """Clear the box, type ``text`` and wait until its results are on screen."""
    window.search_box.clear()
    window.search_box.setFocus()
    type_text(qtbot, window.search_box, text)
    qtbot.waitUntil(lambda: window._result is not None and window._result.query == text, timeout=5000)
    return window._result


def rows(window) -> list:
    """The entries shown in the results, top to bottom."""
    return [window.model.entry_at(r) for r in range(window.model.rowCount())]
