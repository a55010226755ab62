"""Import (menu, drag-and-drop) off the UI thread with progress and Cancel; CSV export."""

from __future__ import annotations

import csv

from PySide6.QtCore import QPointF

from glossary_app.gui.qt import QFileDialog, QMimeData, Qt, QUrl
from tests.gui.helpers import rows, search

DOC = "Objective response rate (ORR{i}) improved. The ORR{i} was 40%.\n"


def _write_corpus(folder, n=40):
    folder.mkdir()
    for i in range(n):
        (folder / f"doc{i:03d}.txt").write_text(DOC.format(i=i) * 3, encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    return folder


def _consistent(store):
    from glossary_app.store import open_store

    s = open_store(store) if not hasattr(store, "db") else store
    docs = s.documents()
    stats = s.stats()
    assert not s.entries_dirty
    assert all(s.document(d["id"])["text"] for d in docs)
    return len(docs), stats


def test_import_from_the_menu_shows_progress_and_a_report(window, qtbot, tmp_path, monkeypatch):
    folder = _write_corpus(tmp_path / "corpus", n=3)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    window.actions["verify"].trigger()
    assert window.actions["undo"].isEnabled()
    with qtbot.waitSignal(window.job_finished, timeout=30000) as blocker:
        window.actions["import_folder"].trigger()
        assert window.progress.isVisible() and window.cancel_button.isVisible()
        assert not window.actions["import_files"].isEnabled()  # one job at a time
        # No database writes from the window while the miner writes.
        assert not window.actions["undo"].isEnabled() and not window.actions["edit"].isEnabled()
    assert window.actions["undo"].isEnabled()
    report = blocker.args[0]
    assert report.documents == 3 and not report.cancelled
    assert not window.progress.isVisible()
    # Per-file report: the PNG was refused, with a reason.
    assert [p for p, _ in report.refused if p.endswith("picture.png")]
    dlg = window.report_dialog
    assert dlg.isVisible() and dlg.refused.count() == len(report.refused)
    assert "picture.png" in dlg.refused.item(0).text()
    search(qtbot, window, "ORR1")
    assert rows(window) and "ORR1" in {f.text for f in rows(window)[0].forms_of("abbr")}


def test_cancel_leaves_a_consistent_database(window, qtbot, tmp_path):
    folder = _write_corpus(tmp_path / "many", n=60)
    before, _ = _consistent(window.store)
    job = window.import_paths([folder])

    def cancel_once(_n, _item):
        # The user clicks Cancel while the first documents are being mined.
        if window.cancel_button.isEnabled():
            window.cancel_button.click()

    job.advanced.connect(cancel_once)
    with qtbot.waitSignal(window.job_finished, timeout=60000) as blocker:
        pass
    assert not window.cancel_button.isVisible()
    report = blocker.args[0]
    assert report.cancelled
    assert 1 <= report.documents < 60
    n_docs, stats = _consistent(window.store)
    assert n_docs == before + report.documents
    # What was stored is findable (entries were rebuilt after the cancel).
    search(qtbot, window, "ORR0")
    assert rows(window)


def test_drag_and_drop_files_imports_them(window, qtbot, tmp_path):
    from glossary_app.gui.qt import QApplication
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    folder = _write_corpus(tmp_path / "dropped", n=2)
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(folder / "doc000.txt")), QUrl.fromLocalFile(str(folder / "doc001.txt"))])
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, md, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, md, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.job_finished, timeout=30000) as blocker:
        QApplication.sendEvent(window, drop)
    assert blocker.args[0].documents == 2
    # Dropped on the search box, files are imported too, not pasted as text.
    (folder / "doc002.txt").write_text("Disease control rate (DCR) was 80%.\n", encoding="utf-8")
    md2 = QMimeData()
    md2.setUrls([QUrl.fromLocalFile(str(folder))])
    window.search_box.clear()
    enter2 = QDragEnterEvent(QPointF(5, 5), Qt.DropAction.CopyAction, md2, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.search_box, enter2)
    assert enter2.isAccepted()
    drop2 = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, md2, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.job_finished, timeout=30000) as blocker:
        QApplication.sendEvent(window.search_box, drop2)
    assert blocker.args[0].documents == 1 and blocker.args[0].unchanged == 2
    assert window.search_box.text() == ""


def test_export_csv_from_the_dialog(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "out" / "my glossary"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "CSV files (*.csv)")))
    dlg = window.export_dialog()
    assert dlg.format.count() >= 1 and dlg.format.currentData() == "csv"
    dlg.browse.click()
    assert dlg.path.text().endswith("my glossary.csv")  # the format's extension is added
    with qtbot.waitSignal(window.job_finished, timeout=30000) as blocker:
        dlg.accept()
    kind, n, path = blocker.args[0]
    assert kind == "export" and n == window.store.entry_count()
    with open(path, encoding="utf-8-sig", newline="") as fp:
        got = list(csv.DictReader(fp))
    assert {r["abbreviation"] for r in got} >= {"PFS", "EGFR", "OS", "TMB"}
    assert any(r["chinese"] == "表皮生长因子受体" for r in got)


def test_closing_during_an_import_stops_cleanly(open_window, small_db, qtbot, tmp_path):
    from glossary_app.store import open_store

    w = open_window(small_db)
    folder = _write_corpus(tmp_path / "closing", n=60)
    job = w.import_paths([folder])
    qtbot.waitUntil(lambda: w.progress.value() >= 1, timeout=30000)
    w.close()
    assert job.isFinished()
    store = open_store(small_db)
    try:
        n_docs, _ = _consistent(store)
        assert 3 < n_docs <= 63  # the small glossary's 3 and the imported ones
    finally:
        store.close()
