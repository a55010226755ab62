"""Anki export: the package Anki reads, stable ids for re-imports, no leaked temp files."""

from __future__ import annotations

import json
import sqlite3
import tempfile
import zipfile

import genanki
import pytest

from glossary_app.export.apkg_format import DECK_ID, FIELDS, MODEL_ID, ApkgFormat
from glossary_app.export.registry import ExportOptions, formats, get_format
from tests.study.builders import build_store

EGFR = "epidermal growth factor receptor"


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """Point the temp dir at an empty folder, so leftovers are visible."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return tmp


def read_package(path, tmp_path):
    with zipfile.ZipFile(path) as z:
        assert set(z.namelist()) == {"collection.anki2", "media"}
        assert json.loads(z.read("media")) == {}
        db = tmp_path / "unzipped.anki2"
        db.write_bytes(z.read("collection.anki2"))
    conn = sqlite3.connect(db)
    notes = {
        r[0]: (r[1], dict(zip(FIELDS, r[2].split("\x1f"))), r[3].split())
        for r in conn.execute("select guid, mid, flds, tags from notes")
    }
    cards = conn.execute("select n.guid, c.ord, c.did from cards c join notes n on n.id = c.nid").fetchall()
    models = json.loads(conn.execute("select models from col").fetchone()[0])
    conn.close()
    return notes, cards, models


def test_apkg_is_registered():
    assert "apkg" in formats() and get_format("apkg").extension == ".apkg"


def test_export_writes_every_form_pinyin_and_an_example(fresh_store, tmp_path, private_tmp):
    ids = build_store(fresh_store)
    fresh_store.curation.edit(ids[EGFR], tags=["lung cancer"], notes="a <key> target")
    fresh_store.curation.set_hidden(ids["overall survival"])
    out = tmp_path / "glossary.apkg"
    count = ApkgFormat().write(fresh_store, out, ExportOptions())
    assert count == 5  # six entries, one hidden
    assert list(private_tmp.iterdir()) == []  # genanki's temp file did not leak

    notes, cards, models = read_package(out, tmp_path)
    assert str(MODEL_ID) in models and [f["name"] for f in models[str(MODEL_ID)]["flds"]] == FIELDS
    assert {did for _, _, did in cards} == {DECK_ID}
    by_id = {fields["EntryId"]: (guid, fields, tags) for guid, (mid, fields, tags) in notes.items()}
    guid, egfr, tags = by_id[str(ids[EGFR])]
    assert guid == genanki.guid_for("glossary-app", ids[EGFR])
    assert egfr["Chinese"] == "表皮生长因子受体" and egfr["Abbreviation"] == "EGFR"
    assert egfr["Pinyin"].startswith("biǎo pí") and "biǎo pí" in egfr["ChineseForms"]
    assert egfr["EnglishForms"] == EGFR
    assert "<b>" in egfr["Example"] and egfr["ExampleSource"] == "onc"
    assert "［…］" in egfr["ExampleCloze"] and "EGFR" not in egfr["ExampleCloze"]
    assert egfr["Notes"] == "a &lt;key&gt; target"
    assert "lung_cancer" in tags and "glossary" in tags
    # Cards: three directions for EGFR; no Chinese card for an entry without Chinese.
    ords = {}
    for g, o, _ in cards:
        ords.setdefault(g, set()).add(o)
    assert ords[guid] == {0, 1, 2}
    assert ords[by_id[str(ids["hazard ratio"])][0]] == {2}
    assert ords[by_id[str(ids["chemotherapy"])][0]] == {0, 1}


def test_re_export_keeps_note_ids_so_anki_updates(fresh_store, tmp_path, private_tmp):
    build_store(fresh_store)
    a, b = tmp_path / "a.apkg", tmp_path / "b.apkg"
    ApkgFormat().write(fresh_store, a, ExportOptions())
    ApkgFormat().write(fresh_store, b, ExportOptions(extra={"deck_name": "Renamed"}))
    (ta := tmp_path / "ta").mkdir()
    (tb := tmp_path / "tb").mkdir()
    na, ca, _ = read_package(a, ta)
    nb, cb, _ = read_package(b, tb)
    assert set(na) == set(nb)
    assert {c[2] for c in ca} == {c[2] for c in cb} == {DECK_ID}


def test_export_of_one_study_deck(fresh_store, tmp_path, private_tmp):
    ids = build_store(fresh_store)
    fresh_store.curation.set_favourite(ids[EGFR])
    out = tmp_path / "fav.apkg"
    assert ApkgFormat().write(fresh_store, out, ExportOptions(extra={"deck": "favourites"})) == 1
