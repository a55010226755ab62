"""Start the desktop app: QApplication, settings, theme, language, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from glossary_app.gui.qt import QApplication, QMessageBox, QSettings, Qt

ORGANIZATION = "glossary-app"
APPLICATION = "Oncology Glossary"


def ensure_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created with the app's names on first call)."""
    # The search and job threads run Python too; a shorter GIL switch interval
    # (default 5 ms) lets the GUI thread paint sooner while they work.
    sys.setswitchinterval(0.001)
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("glossary-app")
    return app


def create_window(db_path: Path, settings: QSettings | None = None):
    """Build the main window with the saved theme and language applied, and start it.

    Returns the shown :class:`MainWindow`. Used by :func:`run`, the tests, the
    screenshot script and the benchmark, so all of them exercise one path.
    """
    from glossary_app.gui import theme
    from glossary_app.gui.i18n import LanguageSwitcher
    from glossary_app.gui.main_window import MainWindow, app_icon

    app = ensure_app()
    settings = settings if settings is not None else QSettings()
    theme.apply_theme(app, str(settings.value("ui/theme", "system")))
    LanguageSwitcher.for_app(app).set_language(str(settings.value("ui/language", "en")))
    app.setWindowIcon(app_icon())
    window = MainWindow(db_path, settings)
    window.startup()
    window.show()
    window.activateWindow()
    window.search_box.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    return window


def run(db_path: Path) -> int:
    """Open the window on ``db_path`` and run the event loop; returns the exit status."""
    from glossary_app.store import StoreError

    app = ensure_app()
    try:
        window = create_window(Path(db_path))
    except StoreError as e:
        QMessageBox.critical(None, APPLICATION, str(e))
        print(f"glossary: {e}", file=sys.stderr)
        return 1
    rc = app.exec()
    del window
    return rc
