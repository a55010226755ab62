"""The Qt shim keeps the process alive through PySide6's stolen references to None."""

from __future__ import annotations

import subprocess
import sys


def test_many_void_calls_do_not_kill_the_interpreter():
    # In a fresh process, so that nothing else keeps None's count high:
    # 200k void calls steal 200k references, far more than None starts with.
    code = (
        "import sys, glossary_app.gui.qt as qt\n"
        "app = qt.QApplication([])\n"
        "a = qt.QAction(None)\n"
        "for _ in range(200_000):\n"
        "    a.setEnabled(True)\n"
        "print('alive')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}, cwd=str(__import__("pathlib").Path(__file__).resolve().parents[2]))
    assert proc.returncode == 0, proc.stderr[-800:]
    assert "alive" in proc.stdout
