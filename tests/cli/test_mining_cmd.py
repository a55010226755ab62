"""The mining commands as a user runs them: exit codes, output, errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from glossary_app.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def test_mine_prints_a_summary_and_is_idempotent(tmp_path, capsys):
    db = tmp_path / "g.db"
    assert main(["mine", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "5 documents mined" in out and "entries" in out and " s" in out
    assert main(["mine", "--db", str(db)]) == 0
    assert "0 documents mined, 5 unchanged" in capsys.readouterr().out


def test_definitions_jsonl_uses_the_gold_field_names(capsys):
    assert main(["definitions", str(SEEDS / "004_23368472832e1450.txt"), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and set(rows[0]) == {"doc", "zh", "en", "abbr", "start", "end", "sentence", "confidence"}
    text = (SEEDS / "004_23368472832e1450.txt").read_text(encoding="utf-8")
    for r in rows:
        assert r["doc"] == "004_23368472832e1450"
        assert 0 <= r["start"] < r["end"] <= len(text)
    assert any(r["zh"] == "表皮生长因子受体酪氨酸激酶抑制剂" and r["abbr"] == "EGFR-TKI" for r in rows)


def test_eval_scores_against_gold_and_ends_with_the_table(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"doc": "a", "zh": None, "en": "overall survival", "abbr": "OS"}) + "\n"
        + json.dumps({"doc": "a", "zh": None, "en": "disease control rate", "abbr": "DCR"}) + "\n",
        encoding="utf-8",
    )
    doc = tmp_path / "a.txt"
    doc.write_text("Overall survival (OS) improved; the objective response rate (ORR) too.", encoding="utf-8")
    assert main(["eval", str(gold), str(doc)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-6].split()[:3] == ["P", "R", "F1"]
    triples = out[-5].split()
    assert triples[0] == "triples" and triples[1:4] == ["0.500", "0.500", "0.500"]
    assert any("disease control rate" in line for line in out), "misses are listed"


def test_broken_gold_file_is_one_line_and_nonzero(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "a", "en": "x"\nnot json\n', encoding="utf-8")
    assert main(["eval", str(gold), str(SEEDS)]) != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("glossary:") and len(err.splitlines()) == 1


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02PK\x03\x04binary"])
def test_bad_input_exits_nonzero_without_traceback(tmp_path, content):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    proc = subprocess.run(
        [sys.executable, "-m", "glossary_app", "mine", str(bad), "--db", str(tmp_path / "g.db")],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "refused" in proc.stderr


def test_not_a_database_is_a_clear_error(tmp_path, capsys):
    db = tmp_path / "g.db"
    db.write_bytes(b"not sqlite at all" * 64)
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "x.csv")]) == 1
    assert "not a usable glossary" in capsys.readouterr().err
    assert db.read_bytes() == b"not sqlite at all" * 64


def test_export_csv_to_a_file(tmp_path, capsys):
    db = tmp_path / "g.db"
    out = tmp_path / "g.csv"
    assert main(["export", "--format", "csv", "-o", str(out), "--db", str(db)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "无进展生存期" in out.read_text(encoding="utf-8-sig")
