"""`glossary` on a machine with no screen explains itself instead of aborting."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display detection is for Linux")
def test_no_display_is_a_clear_error(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["GLOSSARY_DB"] = str(tmp_path / "g.db")
    proc = subprocess.run([sys.executable, "-m", "glossary_app"], env=env, capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 2
    assert "no display" in proc.stderr and "glossary lookup" in proc.stderr
    assert "Traceback" not in proc.stderr
