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
