"""`glossary` with no arguments and `glossary gui` open the window; --db picks the file."""

from __future__ import annotations

import pytest

from glossary_app.cli import main as cli_main


@pytest.fixture
def opened(monkeypatch):
    calls = []
    import glossary_app.gui.app as app

    monkeypatch.setattr(app, "run", lambda path: calls.append(path) or 0)
    return calls


@pytest.mark.parametrize(
    "argv",
    [["--db", "{db}"], ["gui", "--db", "{db}"], ["--db", "{db}", "gui"]],
)
def test_no_command_and_gui_open_the_window_on_the_chosen_db(opened, tmp_path, argv):
    db = tmp_path / "other.db"
    assert cli_main.main([a.format(db=db) for a in argv]) == 0
    assert opened == [db]


def test_default_database_comes_from_the_environment(opened, tmp_path, monkeypatch):
    monkeypatch.setenv("GLOSSARY_DB", str(tmp_path / "env.db"))
    assert cli_main.main([]) == 0
    assert opened == [tmp_path / "env.db"]


def test_gui_help_is_documented(capsys):
    with pytest.raises(SystemExit):
        cli_main.main(["gui", "--help"])
    assert "window" in capsys.readouterr().out


def test_gui_command_runs_the_real_window_and_returns_when_it_closes(small_db, qtbot, monkeypatch):
    from glossary_app.gui.qt import QApplication, QTimer
    from glossary_app.gui.main_window import MainWindow

    shown = []

    def close_when_ready():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0]._result is not None and windows[0].job is None:
            shown.append(windows[0].windowTitle())
            windows[0].close()  # the last window closing ends app.exec()
        else:
            QTimer.singleShot(20, close_when_ready)

    QTimer.singleShot(20, close_when_ready)
    assert cli_main.main(["gui", "--db", str(small_db)]) == 0
    assert shown and small_db.name in shown[0]


def test_an_unusable_database_is_reported_not_a_traceback(tmp_path, monkeypatch, capsys):
    from glossary_app.gui.qt import QMessageBox

    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a, **k: shown.append(a[2])))
    assert cli_main.main(["--db", str(bad)]) == 1
    assert shown and "not a usable glossary" in shown[0]
    assert "not a usable glossary" in capsys.readouterr().err
