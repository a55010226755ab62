"""First launch mines the built-in seeds with visible progress; no set-up needed."""

from __future__ import annotations

import pytest

from tests.gui.helpers import rows


@pytest.mark.slow
def test_first_launch_mines_the_seeds_with_progress(open_window, tmp_path, qtbot):
    w = open_window(tmp_path / "new.db", wait=False)
    qtbot.waitUntil(lambda: w.job is not None)
    assert w.progress.isVisible() and "built-in" in w.progress_label.text()
    assert "Welcome" in w.detail.toPlainText()
    with qtbot.waitSignal(w.job_finished, timeout=120000) as blocker:
        pass
    report = blocker.args[0]
    assert report.documents >= 1 and report.entries > 0
    assert not w.progress.isVisible()
    qtbot.waitUntil(lambda: w.model.rowCount() > 0)
    assert all(e.id for e in rows(w))
    w.close()
    # The second launch reuses the glossary: no job.
    w2 = open_window(tmp_path / "new.db")
    assert w2.job is None and w2.model.rowCount() > 0
