"""Save PNG screenshots of the main window, headless.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py [--out screenshots] [--db FILE]

Shots: first launch (mining the seeds, progress shown), light theme, dark
theme, Chinese UI, the examples (concordance) view in both languages, a source
document with its highlight, and the dictionary fallback. Without --db the
window starts on a new database and mines the built-in seeds itself. Also
renders the app icon's PNG sizes from resources/icons/glossary.svg
(``--icons``), so the PNGs are reproducible from the SVG.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def render_icons() -> list[Path]:
    """resources/icons/glossary.svg -> glossary-256.png and glossary-64.png."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from glossary_app.gui.app import ensure_app
    from glossary_app.paths import resources_dir

    ensure_app()
    icons = resources_dir() / "icons"
    renderer = QSvgRenderer(str(icons / "glossary.svg"))
    out = []
    for n in (256, 64):
        img = QImage(n, n, QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        renderer.render(p)
        p.end()
        path = icons / f"glossary-{n}.png"
        img.save(str(path))
        out.append(path)
    return out


def _settle(qapp, window, predicate=lambda: True, timeout=60.0) -> None:
    import time

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        qapp.processEvents()
        if predicate():
            break
        time.sleep(0.01)
    for _ in range(20):
        qapp.processEvents()


def take(out: Path, db: Path | None) -> list[Path]:
    """Open the window on ``db`` (default: freshly mined seeds) and save the shots."""
    from glossary_app.gui.app import create_window, ensure_app
    from glossary_app.gui.qt import QSettings

    app = ensure_app()
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="glossary-shots-"))
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/theme", "light")
    first_launch = db is None
    db = db or tmp / "glossary.db"
    w = create_window(db, settings)
    w.resize(1280, 800)
    saved: list[Path] = []

    def shot(name: str, widget=None) -> None:
        _settle(app, w)
        path = out / f"{name}.png"
        (widget or w).grab().save(str(path))
        saved.append(path)

    if first_launch:
        # A new database: the window mines the built-in seeds itself, with progress.
        _settle(app, w, lambda: w.job is not None and w.progress.maximum() > 0 and w.progress.value() > 0)
        path = out / "first-launch-progress.png"
        w.grab().save(str(path))
        saved.append(path)
    _settle(app, w, lambda: w._result is not None and w.job is None, timeout=300)

    def lookup(query: str) -> None:
        w.set_query(query)
        _settle(app, w, lambda: w._result is not None and w._result.query == query)
        # The detail pane follows the selection a moment later: wait for it.
        _settle(
            app,
            w,
            lambda: (w.current_entry() is None and not w.model.rowCount())
            or (w.detail.entry is not None and w.current_entry() is not None and w.detail.entry.id == w.current_entry().id),
        )

    lookup("PFS")
    shot("main-light")
    w.actions["theme_dark"].trigger()
    shot("main-dark")
    w.actions["theme_light"].trigger()
    w.actions["lang_zh_CN"].trigger()
    lookup("表皮生长因子")
    shot("main-chinese-ui")
    w.actions["lang_en"].trigger()
    lookup("EGFR")
    w.right_splitter.setSizes([220, 560])
    w.examples_tabs.setCurrentIndex(0)
    shot("examples-en")
    w.examples_tabs.setCurrentIndex(1)
    shot("examples-zh")
    view = w.examples_tabs.currentWidget()
    if view.model().rowCount():
        doc = w.open_example(view.example_at(0))
        doc.resize(800, 600)
        shot("document", doc)
        doc.close()
    # Dialogs, opened without blocking (as the window opens them).
    lookup("PFS")
    dlg = w.edit_current()
    dlg.notes.setPlainText("Primary endpoint in most phase III trials.")
    shot("dialog-edit-entry", dlg)
    dlg.reject()
    dlg = w.export_dialog()
    dlg.path.setText(str(Path.home() / "glossary.csv"))
    shot("dialog-export", dlg)
    dlg.reject()
    # A real import through the window: one paper and two files it refuses.
    inbox = tmp / "inbox"
    inbox.mkdir()
    (inbox / "trial.txt").write_text(
        "Objective response rate (ORR) was 45%. 客观缓解率（objective response rate，ORR）为45%。\n", encoding="utf-8"
    )
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.7\n" + bytes(300))
    (inbox / "figure.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    w.import_paths([inbox])
    _settle(app, w, lambda: w.job is None and getattr(w, "report_dialog", None) is not None, timeout=120)
    shot("dialog-import-report", w.report_dialog)
    w.report_dialog.close()

    lookup("感冒")  # not in the glossary: the dictionary fallback
    shot("dictionary-fallback")
    # Menus show every action's shortcut; one in each language.
    from glossary_app.gui.qt import QPoint

    for lang, menu in (("en", w.entry_menu), ("zh_CN", w.lookup_menu)):
        w.set_language(lang)
        menu.popup(w.mapToGlobal(QPoint(10, 30)))
        _settle(app, w)
        shot(f"menu-{menu.objectName() or 'menu'}-{lang}", menu)
        menu.hide()
    w.set_language("en")
    w.close()
    return saved


def main(argv=None) -> int:
    """Command line: where to save, which database."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "screenshots")
    ap.add_argument("--db", type=Path, default=None, help="glossary to show (default: the seeds, mined now)")
    ap.add_argument("--icons", action="store_true", help="only re-render the icon PNGs from the SVG")
    args = ap.parse_args(argv)
    paths = render_icons() if args.icons else take(args.out, args.db)
    for p in paths:
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
