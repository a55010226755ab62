"""`glossary lookup`: reasons, forms, pinyin, examples; --json for scripts."""

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
    fill(store, extra={"/corpus/a.txt": "PFS was longer. PFS again."})
    store.close()
    return path


def run(capsys, *argv):
    code = main([*argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_output_says_why_and_shows_forms_pinyin_examples(db, capsys):
    code, out, err = run(capsys, "lookup", "pfs", "--db", str(db))
    assert code == 0 and err == ""
    first = out.splitlines()[0]
    assert first.startswith("#") and "PFS" in first and "exact: abbreviation 'PFS'" in first
    assert "pinyin: wú jìn zhǎn shēng cún qī" in out
    assert "zh: 无进展生存期" in out and "en: progression-free survival" in out
    examples = [line for line in out.splitlines() if line.strip().startswith("e.g.")]
    assert len(examples) == 2 and all("[" in line and "]" in line for line in examples)


def test_examples_option(db, capsys):
    _, out, _ = run(capsys, "lookup", "pfs", "--examples", "0", "--db", str(db))
    assert "e.g." not in out


@pytest.mark.parametrize("query,reason", [("無進展", "prefix"), ("wu jin zhan", "pinyin"), ("wjzscq", "initials"),
                                          ("free survival", "word prefix"), ("progresion free survival", "fuzzy")])
def test_reasons_in_text(db, capsys, query, reason):
    _, out, _ = run(capsys, "lookup", query, "--db", str(db))
    assert f"({reason}:" in out.splitlines()[0]


def test_json_is_the_ranked_list(db, capsys):
    code, out, _ = run(capsys, "lookup", "free survival", "--json", "--db", str(db))
    data = json.loads(out)
    assert code == 0 and [d["english"][0] for d in data] == ["progression-free survival", "disease-free survival"]
    d = data[0]
    assert {"id", "abbreviations", "english", "chinese", "pinyin", "reason"} <= set(d)
    assert d["abbreviations"] == ["PFS"] and d["chinese"] == ["无进展生存期"]
    assert d["pinyin"] == ["wú jìn zhǎn shēng cún qī"] and d["reason"] == "word prefix"
    store = open_store(db)
    try:
        assert d["id"] == entry_by(store, abbr="PFS")
    finally:
        store.close()


def test_json_limit_and_dictionary_fallback(db, capsys):
    _, out, _ = run(capsys, "lookup", "p", "--json", "--limit", "3", "--db", str(db))
    assert len(json.loads(out)) == 3
    _, out, _ = run(capsys, "lookup", "香蕉", "--json", "--db", str(db))
    data = json.loads(out)
    assert data[0]["reason"] == "dictionary" and data[0]["id"] is None and "banana" in data[0]["english"]
    _, out, _ = run(capsys, "lookup", "香蕉", "--db", str(db))
    assert out.startswith("[CC-CEDICT, not in the glossary]")


@pytest.mark.parametrize("query", ['"', "NEAR(", "a AND b*", "😀", "'; drop table entries; --", "(", ""])
def test_hostile_queries_exit_normally(db, capsys, query):
    code, out, err = run(capsys, "lookup", query, "--json", "--db", str(db))
    assert code == 0 and isinstance(json.loads(out), list) and err == ""


def test_bad_options_are_one_line_errors(db, capsys):
    code, _, err = run(capsys, "lookup", "pfs", "--limit", "0", "--db", str(db))
    assert code == 1 and err.count("\n") == 1 and "limit" in err and "Traceback" not in err


def test_hidden_only_with_flag(db, capsys):
    store = open_store(db)
    os_ = entry_by(store, abbr="OS")
    store.curation.set_hidden(os_)
    store.close()
    _, out, _ = run(capsys, "lookup", "overall survival", "--json", "--db", str(db))
    assert os_ not in [d["id"] for d in json.loads(out)]
    _, out, _ = run(capsys, "lookup", "overall survival", "--json", "--hidden", "--db", str(db))
    assert json.loads(out)[0]["id"] == os_ and json.loads(out)[0]["hidden"] is True
