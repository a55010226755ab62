"""Behaviour of the gold scorer."""

import json

import pytest

from glossary_app.mining.evaluation import EvalReport, load_gold, norm_en, norm_zh, score, score_pairs


def row(doc, zh=None, en=None, abbr=None):
    return {"doc": doc, "zh": zh, "en": en, "abbr": abbr}


def write_jsonl(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_gold_reads_rows_and_notes(tmp_path):
    p = write_jsonl(
        tmp_path / "gold.jsonl",
        [
            json.dumps(row("003", "无进展生存期", "progression free survival", "PFS"), ensure_ascii=False),
            "",
            json.dumps({**row("004", None, "Sema domain", None), "zh": "Sema区", "note": "domain"}, ensure_ascii=False),
        ],
    )
    rows = load_gold(p)
    assert [r["doc"] for r in rows] == ["003", "004"]
    assert rows[0]["zh"] == "无进展生存期" and rows[0]["abbr"] == "PFS"
    assert rows[1]["note"] == "domain"


def test_load_gold_broken_line_names_the_line(tmp_path):
    p = write_jsonl(tmp_path / "gold.jsonl", [json.dumps(row("001", en="a b", abbr="AB")), "{not json"])
    with pytest.raises(ValueError, match="line 2"):
        load_gold(p)


@pytest.mark.parametrize("bad", ['["a list"]', '{"zh": "x", "en": "y"}', '{"doc": "1", "en": 3, "abbr": "X"}'])
def test_load_gold_rejects_wrong_shapes(tmp_path, bad):
    p = write_jsonl(tmp_path / "gold.jsonl", [bad])
    with pytest.raises(ValueError, match="line 1"):
        load_gold(p)


def test_normalisation():
    assert norm_en("Progression-Free  Survival") == norm_en("progression free survival")
    assert norm_en("ＰＦＳ") == "pfs"  # NFKC: full-width letters
    assert norm_en("non\u2013small cell") == "non small cell"  # en dash counts as hyphen
    assert norm_zh("無進展生存期") == norm_zh("无进展生存期")  # traditional -> simplified
    assert norm_zh(" 胰腺 神经内分泌肿瘤 ") == "胰腺 神经内分泌肿瘤"
    assert norm_en(None) is None and norm_zh(None) is None


def test_perfect_prediction():
    gold = [row("003", "无进展生存期", "progression free survival", "PFS"), row("003", "世界卫生组织", "World Health Organization", "WHO")]
    rep = score(gold, [dict(r) for r in gold])
    for name in ("triples", "zh", "en", "abbr", "pairs"):
        s = rep.scores[name]
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
    assert rep.misses == [] and rep.false_hits == []


def test_doc_id_prefix_matching_and_normalised_equality():
    gold = [row("003", "无进展生存期", "progression free survival", "PFS")]
    pred = [row("003_8b8d5d7cd801511d", "無進展生存期", "Progression-free survival", "pfs")]
    rep = score(gold, pred)
    assert rep.scores["triples"].tp == 1 and rep.scores["triples"].fp == 0


def test_doc_ids_must_match_exactly_or_by_prefix_and_underscore():
    gold = [row("003", en="overall survival", abbr="OS")]
    pred = [row("0030", en="overall survival", abbr="OS"), row("004_abc", en="overall survival", abbr="OS")]
    rep = score(gold, pred)
    assert rep.scores["pairs"].tp == 0
    assert rep.scores["pairs"].fp == 2
    assert rep.scores["pairs"].fn == 1


def test_duplicates_count_once_and_fields_score_separately():
    gold = [row("1", "肝细胞癌", "hepatocellular carcinoma", "HCC"), row("1", "总生存期", "overall survival", "OS")]
    pred = [
        row("1", "肝细胞癌", "hepatocellular carcinoma", "HCC"),
        row("1", "肝细胞癌", "Hepatocellular  carcinoma", "HCC"),  # the same after normalisation
        row("1", "晚期总生存期", "overall survival", "OS"),  # zh boundary wrong, pair right
    ]
    rep = score(gold, pred)
    t = rep.scores["triples"]
    assert (t.tp, t.fp, t.fn) == (1, 1, 1)
    assert rep.scores["pairs"].tp == 2 and rep.scores["pairs"].fp == 0
    assert rep.scores["en"].tp == 2
    z = rep.scores["zh"]
    assert (z.tp, z.fp, z.fn) == (1, 1, 1)
    assert rep.scores["triples"].precision == 0.5
    assert ("1", "总生存期", "overall survival", "os") in rep.misses
    assert ("1", "晚期总生存期", "overall survival", "os") in rep.false_hits


def test_null_fields_are_not_values():
    gold = [row("1", "雷帕霉素靶蛋白", None, "mTOR")]
    pred = [row("1", "雷帕霉素靶蛋白", "mammalian target of rapamycin", "mTOR")]
    rep = score(gold, pred)
    assert rep.scores["en"].fp == 1 and rep.scores["en"].fn == 0
    assert rep.scores["pairs"].fp == 1 and rep.scores["pairs"].fn == 0
    assert rep.scores["zh"].tp == 1 and rep.scores["abbr"].tp == 1
    assert rep.scores["triples"].tp == 0


def test_empty_inputs_give_zero_scores():
    rep = score([], [])
    assert rep.scores["triples"].f1 == 0.0
    rep = score([row("1", en="a b", abbr="AB")], [])
    assert rep.scores["pairs"].recall == 0.0 and rep.scores["pairs"].fn == 1


def test_score_pairs_ignores_rows_without_both_fields():
    gold = [row("sh-1", None, "tumor necrosis factor", "TNF"), row("sh-1", "肿瘤坏死因子", None, "TNF")]
    pred = [row("sh-1", "肿瘤坏死因子", "Tumor-necrosis factor", "TNF"), row("sh-2", None, "interleukin 2", "IL-2")]
    rep = score_pairs(gold, pred)
    s = rep.scores["pairs"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    assert rep.false_hits == [("sh-2", "interleukin 2", "il 2")]


def test_format_text_has_table_and_details():
    gold = [row("1", "总生存期", "overall survival", "OS")]
    pred = [row("1", None, "overall survival", "OS"), row("1", None, "stable disease", "SD")]
    rep = score(gold, pred)
    assert isinstance(rep, EvalReport)
    text = rep.format_text()
    for word in ("triples", "zh", "en", "abbr", "pairs", "misses (1)", "false hits (2)", "stable disease"):
        assert word in text
    short = rep.format_text(details=False)
    assert "misses" not in short and "pairs" in short
