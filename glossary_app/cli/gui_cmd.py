"""`glossary gui`: open the desktop window (also what `glossary` alone does)."""

from __future__ import annotations

import argparse

from glossary_app.cli import common


def register(sub) -> None:
    """Add the ``gui`` command."""
    p = sub.add_parser(
        "gui",
        help="open the lookup window (the default when no command is given)",
        description="Open the desktop lookup window. On first use the built-in documents "
        "are mined, with progress shown in the window.",
    )
    common.add_db_option(p)
    p.set_defaults(func=run)


def _no_display() -> bool:
    """True on a Linux machine with no screen and no Qt platform chosen: Qt
    would abort the process there (SIGABRT) instead of raising."""
    import os
    import sys

    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(args: argparse.Namespace) -> int:
    """Open the window on the chosen database; returns the exit status."""
    if _no_display():
        raise common.CommandError(
            "no display to open the window on; use the command line instead "
            "(`glossary lookup PFS`, `glossary --help`), or set QT_QPA_PLATFORM=offscreen",
            status=2,
        )
    try:
        from glossary_app.gui.app import run as run_gui
    except ImportError as e:  # PySide6 or a system library is missing
        raise common.CommandError(f"the window cannot start: {e}") from e
    path = common.db_path(args)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise common.CommandError(f"cannot create {path.parent}: {e.strerror or e}") from e
    return run_gui(path)
