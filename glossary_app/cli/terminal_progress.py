"""A progress bar for terminals (the CLI's side of the core's Progress protocol)."""

from __future__ import annotations

import sys
import time

from glossary_app.progress import Progress


class TerminalProgress(Progress):
    """Draws `Mining [#####.....] 3/5 name` on stderr when it is a terminal;
    elsewhere (pipes, CI logs) prints only messages."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.total: int | None = None
        self.done = 0
        self.label = ""
        self._last = 0.0

    def start(self, total: int | None, label: str = "") -> None:
        self.total, self.done, self.label = total, 0, label

    def advance(self, n: int = 1, item: str = "") -> None:
        self.done += n
        now = time.monotonic()
        if self.tty and (now - self._last > 0.05 or self.done == self.total):
            self._last = now
            width = 30
            frac = self.done / self.total if self.total else 0
            bar = "#" * int(frac * width) + "." * (width - int(frac * width))
            name = item[-40:]
            self.stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total or '?'} {name:<40}")
            self.stream.flush()

    def message(self, text: str) -> None:
        if self.tty:
            self.stream.write("\r" + " " * 100 + "\r")
        self.stream.write(text + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\r" + " " * 100 + "\r")
            self.stream.flush()
