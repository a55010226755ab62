"""`glossary study` and `glossary export --format apkg` through the real CLI entry point."""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta

import pytest

from glossary_app.cli.main import main
from glossary_app.store import open_store
from glossary_app.study import clock
from tests.study.builders import build_store
from tests.study.conftest import T0


@pytest.fixture
def db(tmp_path, monkeypatch):
    """A glossary file with the builder's terms and a frozen clock."""
    path = tmp_path / "g.db"
    store = open_store(path)
    ids = build_store(store)
    store.close()
    now = {"t": T0}
    monkeypatch.setattr(clock, "utc_now", lambda: now["t"])
    return path, ids, now


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_study_prints_what_is_due(db, capsys):
    path, _, _ = db
    code, out, _ = run(capsys, "study", "--db", str(path), "--set", "new_per_day=3", "--set", "timezone=UTC")
    assert code == 0 and "new_per_day = 3" in out
    code, out, _ = run(capsys, "study", "--db", str(path))
    assert code == 0
    assert out.splitlines()[0] == "all: 3 new, 0 learning, 0 to review today"
    assert "表皮生长因子受体" in out and "Chinese → English" in out
    code, out, _ = run(capsys, "study", "--db", str(path), "--direction", "abbr_full", "--new", "10")
    assert "Abbreviation → full forms" in out and "Chinese → English" not in out and "EGFR" in out


def test_review_in_the_terminal_grades_undoes_and_logs(db, capsys, monkeypatch):
    path, ids, now = db
    run(capsys, "study", "--db", str(path), "--set", "new_per_day=2", "--set", "timezone=UTC")
    # Card A: show, Good. Card B: show, undo (takes A's Good back). A is new
    # again and comes first: show, Again. Then quit at the next card.
    code, out, _ = run(
        capsys, "study", "--db", str(path), "--review", stdin="\n3\n\nu\n\n1\n\nq\n", monkeypatch=monkeypatch
    )
    assert code == 0
    assert "1 Again (1m)" in out and "3 Good (10m)" in out
    assert "undone: Good" in out
    store = open_store(path)
    try:
        log = store.study.reviews()
        assert [g.rating for g in log] == [1]
    finally:
        store.close()
    # Later the same day, the failed card is due again.
    now["t"] = T0 + timedelta(minutes=2)
    code, out, _ = run(capsys, "study", "--db", str(path))
    assert "1 learning" in out.splitlines()[0]
    assert any(line.split()[:2] == ["learning", "now"] for line in out.splitlines())


def test_stats_decks_and_rebuild(db, capsys):
    path, ids, _ = db
    code, out, _ = run(capsys, "study", "--db", str(path), "--deck", "search:EGFR", "--save-deck", "egfr")
    assert code == 0 and "saved deck 'egfr'" in out
    code, out, _ = run(capsys, "study", "--db", str(path), "--decks")
    assert out.strip() == "egfr\tsearch:EGFR"
    code, out, _ = run(capsys, "study", "--db", str(path), "--stats")
    assert code == 0 and "True retention" in out and "All time" in out
    code, out, _ = run(capsys, "study", "--db", str(path), "--rebuild")
    assert code == 0 and "rebuilt 0 cards" in out


def test_bad_input_is_one_line_not_a_traceback(db, capsys):
    path, _, _ = db
    code, _, err = run(capsys, "study", "--db", str(path), "--deck", "everything")
    assert code == 2 and err.startswith("glossary: unknown deck")
    code, _, err = run(capsys, "study", "--db", str(path), "--set", "desired_retention=2")
    assert code == 2 and "desired retention" in err
    code, _, err = run(capsys, "study", "--db", str(path), "--deck", "deck:nope")
    assert code == 1 and "no saved deck" in err


def test_export_format_apkg(db, capsys, tmp_path):
    path, _, _ = db
    out_file = tmp_path / "deck.apkg"
    code, _, err = run(capsys, "export", "--db", str(path), "--format", "apkg", "-o", str(out_file))
    assert code == 0 and "6 entries written" in err
    with zipfile.ZipFile(out_file) as z:
        assert "collection.anki2" in z.namelist()
    code, _, err = run(capsys, "export", "--db", str(path), "--format", "apkg")
    assert code != 0 and "binary format" in err
