"""Progress protocol owned by the core: long jobs report through it, UIs implement it.

The CLI prints a bar, the GUI turns the calls into Qt signals and sets the
cancel flag from a button; the core never knows which.
"""

from __future__ import annotations


class Progress:
    """Do-nothing progress sink; subclass and override what you need.

    Contract: ``start`` is called once with the number of steps (or None when
    unknown), ``advance`` after each step, ``message`` with short human text.
    Long jobs poll ``cancelled()`` between units of work that are each one
    transaction, so stopping never leaves a half-written unit.
    """

    def start(self, total: int | None, label: str = "") -> None:
        """A job of ``total`` steps begins."""

    def advance(self, n: int = 1, item: str = "") -> None:
        """``n`` more steps are done; ``item`` names the last one."""

    def message(self, text: str) -> None:
        """Something worth telling the user happened (e.g. a refused file)."""

    def finish(self) -> None:
        """The job ended (normally or after a cancel)."""

    def cancelled(self) -> bool:
        """True when the user asked to stop; checked between units of work."""
        return False


class CancelFlag(Progress):
    """A Progress that only carries a cancel flag (handy in tests and scripts)."""

    def __init__(self) -> None:
        self._cancel = False

    def cancel(self) -> None:
        """Ask the running job to stop at the next unit boundary."""
        self._cancel = True

    def cancelled(self) -> bool:
        return self._cancel
