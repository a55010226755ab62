"""Study widgets can be deleted cleanly (PySide6 6.12 corrupts memory when a
deleted widget's signals hold lambdas that capture it)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = textwrap.dedent(
    """
    import gc, os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, {root!r})
    from glossary_app.gui.qt import QApplication
    from glossary_app.gui.study.study_window import StudyWindow
    from glossary_app.store import open_store
    from tests.study.builders import build_store
    app = QApplication([])
    store = open_store({db!r})
    build_store(store)
    for _ in range(3):
        w = StudyWindow(store)
        w.show()
        w.tabs.setCurrentWidget(w.stats)
        app.processEvents()
        w.close()
        del w
        gc.collect()
    store.close()
    print("clean")
    """
)


def test_study_window_is_deleted_without_corruption(tmp_path):
    script = SCRIPT.format(root=str(ROOT), db=str(tmp_path / "g.db"))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "clean"
    assert "shared QObject was deleted directly" not in done.stderr
