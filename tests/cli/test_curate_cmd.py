"""Curation commands: edit, verify, hide, favourite, add, merge, split, history, undo, redo."""

from __future__ import annotations

import json

import pytest

from glossary_app.cli.main import main
from glossary_app.store import open_store
from tests.search.handmade import entry_by, fill


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "g.db"
    store = open_store(path)
    fill(store)
    store.close()
    return path


def run(capsys, db, *argv):
    code = main([*argv, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def with_store(db, fn):
    store = open_store(db)
    try:
        return fn(store)
    finally:
        store.close()


def ids(db):
    return with_store(db, lambda s: {a: entry_by(s, abbr=a) for a in ("PFS", "DFS", "OS", "EGFR")})


def test_edit_and_undo(db, capsys):
    pfs = ids(db)["PFS"]
    code, out, err = run(capsys, db, "edit", str(pfs), "--en", "progression free survival time", "--tags", "a, b",
                         "--notes", "endpoint")
    assert code == 0 and err == "" and "progression free survival time" in out
    e = with_store(db, lambda s: s.entry(pfs))
    assert (e.en, e.tags, e.notes) == ("progression free survival time", ["a", "b"], "endpoint")
    code, out, _ = run(capsys, db, "undo")
    assert code == 0 and out.strip() == "undone: Edit entry PFS"
    assert with_store(db, lambda s: s.entry(pfs).en) == "progression-free survival"
    code, out, _ = run(capsys, db, "redo")
    assert code == 0 and out.strip() == "redone: Edit entry PFS"


@pytest.mark.parametrize("cmd,attr", [("verify", "verified"), ("hide", "hidden"), ("favourite", "favourite")])
def test_flags(db, capsys, cmd, attr):
    os_ = ids(db)["OS"]
    assert run(capsys, db, cmd, str(os_))[0] == 0
    assert getattr(with_store(db, lambda s: s.entry(os_)), attr) is True
    assert run(capsys, db, cmd, str(os_), "--off")[0] == 0
    assert getattr(with_store(db, lambda s: s.entry(os_)), attr) is False


def test_add_merge_split_history(db, capsys):
    m = ids(db)
    code, out, _ = run(capsys, db, "add", "--zh", "肿瘤微环境", "--en", "tumor microenvironment", "--abbr", "TME")
    new = int(out.strip())
    assert code == 0 and with_store(db, lambda s: s.entry(new).abbr) == "TME"
    code, out, _ = run(capsys, db, "merge", str(m["PFS"]), str(m["DFS"]))
    assert code == 0 and out.strip() == "Merge DFS into PFS"
    code, out, _ = run(capsys, db, "split", str(m["PFS"]), "无病生存期")
    split_id = int(out.strip())
    assert with_store(db, lambda s: s.entry(split_id).zh) == "无病生存期"
    code, out, _ = run(capsys, db, "history")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3
    assert "Split 无病生存期 out of PFS" in lines[0] and "Merge DFS into PFS" in lines[1] and "Add entry TME" in lines[2]
    code, out, _ = run(capsys, db, "history", "--json", "--limit", "1")
    rows = json.loads(out)
    assert len(rows) == 1 and rows[0]["action"] == "split" and {"at", "old", "new", "label"} <= set(rows[0])
    for _ in range(3):
        assert run(capsys, db, "undo")[0] == 0
    assert with_store(db, lambda s: (s.entry(new), m["DFS"] in s.entry_ids())) == (None, True)


@pytest.mark.parametrize(
    "argv,message",
    [
        (["edit", "999999", "--en", "x"], "no entry with id 999999"),
        (["edit", "1"], "nothing to change"),
        (["hide", "424242"], "no entry"),
        (["merge", "1", "1"], "cannot merge an entry into itself"),
        (["add"], "at least one"),
        (["add", "--en", "overall survival"], "merge the entries instead"),
        (["split", "1", "no such form"], "has no form"),
        (["undo"], "nothing to undo"),
        (["redo"], "nothing to redo"),
        (["history", "--limit", "0"], "--limit"),
    ],
)
def test_errors_are_one_line_and_change_nothing(db, capsys, argv, message):
    before = with_store(db, lambda s: (s.stats(), len(s.curation.history())))
    code, out, err = run(capsys, db, *argv)
    assert code == 1 and message in err and err.count("\n") == 1 and "Traceback" not in err
    assert with_store(db, lambda s: (s.stats(), len(s.curation.history()))) == before


def test_missing_database_is_a_clear_error(tmp_path, capsys):
    code = main(["undo", "--db", str(tmp_path / "none.db")])
    _, err = capsys.readouterr()
    assert code == 1 and "no glossary at" in err and not (tmp_path / "none.db").exists()


def test_non_numeric_id_is_a_usage_error(db, capsys):
    with pytest.raises(SystemExit) as e:
        main(["edit", "abc", "--en", "x", "--db", str(db)])
    assert e.value.code == 2
    assert "invalid int value" in capsys.readouterr().err
