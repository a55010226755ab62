"""CSV export: what Excel and spreadsheets read."""

import csv

import pytest

from glossary_app.export.registry import ExportOptions, formats, get_format


def test_csv_has_a_bom_and_the_expected_columns(seed_store, tmp_path):
    path = tmp_path / "g.csv"
    n = get_format("csv").write(seed_store, path, ExportOptions())
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == n == seed_store.entry_count()
    assert {"abbreviation", "english", "chinese", "pinyin", "sources", "occurrences"} <= set(rows[0])
    pfs = next(r for r in rows if r["abbreviation"] == "PFS")
    assert pfs["chinese"] == "无进展生存期" and pfs["pinyin"].startswith("wú")
    assert "progression" in pfs["other_english"] and int(pfs["occurrences"]) > 0


def test_a_failed_export_leaves_no_partial_file(seed_store, tmp_path, monkeypatch):
    path = tmp_path / "g.csv"
    path.write_text("old export", encoding="utf-8")

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr("glossary_app.export.csv_format.entry_row", boom)
    with pytest.raises(RuntimeError):
        get_format("csv").write(seed_store, path, ExportOptions())
    assert path.read_text(encoding="utf-8") == "old export"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".export-")]


def test_unknown_format_names_the_known_ones():
    with pytest.raises(ValueError, match="csv"):
        get_format("xlsx")
    assert "csv" in formats()


def test_exported_file_has_ordinary_permissions(seed_store, tmp_path):
    import os
    import stat

    path = tmp_path / "g.csv"
    get_format("csv").write(seed_store, path, ExportOptions())
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
