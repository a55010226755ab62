"""Mining files into a store, end to end."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_app.mining.extract import extract_definitions
from glossary_app.mining.pipeline import mine_paths
from glossary_app.progress import CancelFlag, Progress
from glossary_app.store import open_store

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def test_seeds_make_a_cross_language_glossary(seed_store):
    ids = seed_store.entry_ids()
    entries = seed_store.entries(ids)
    pfs = [e for e in entries if e.abbr == "PFS"]
    assert len(pfs) == 1, "PFS from the English abstracts and the Chinese paper is one entry"
    pfs = pfs[0]
    assert "无进展生存期" in {f.text for f in pfs.forms_of("zh")}
    stems = {s["stem"][:3] for s in pfs.sources}
    assert {"000", "003"} <= stems
    zh_examples = seed_store.examples(pfs.id, lang="zh")
    en_examples = seed_store.examples(pfs.id, lang="en")
    assert zh_examples and en_examples
    assert len(seed_store.examples(pfs.id)) > len(pfs.sources), "examples include sentences that only mention the term"


def test_remining_unchanged_files_is_idempotent(seed_store):
    before = seed_store.stats()
    ids = seed_store.entry_ids()
    report = mine_paths(seed_store, [SEEDS])
    assert report.documents == 0 and report.unchanged == 5
    assert seed_store.stats() == before and seed_store.entry_ids() == ids


def test_a_changed_document_replaces_only_its_own_data(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Overall survival (OS) was longer. Disease control rate (DCR) was 80%.", encoding="utf-8")
    b.write_text("无进展生存期（progression free survival, PFS）延长。", encoding="utf-8")
    store = open_store(tmp_path / "g.db")
    mine_paths(store, [tmp_path])
    b_defs = store.definitions(store.documents()[1]["id"])
    a.write_text("Overall survival (OS) was longer.", encoding="utf-8")
    report = mine_paths(store, [tmp_path])
    assert report.documents == 1 and report.unchanged == 1
    assert {d["abbr"] for d in store.definitions(store.documents()[0]["id"])} == {"OS"}
    assert store.definitions(store.documents()[1]["id"]) == b_defs
    assert {e.abbr for e in store.entries(store.entry_ids())} == {"OS", "PFS"}
    a.unlink()
    report = mine_paths(store, [tmp_path], prune_missing=True)
    assert report.removed == 1
    assert {e.abbr for e in store.entries(store.entry_ids())} == {"PFS"}


def test_bad_files_are_refused_and_the_run_goes_on(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ok.txt").write_text("Overall survival (OS) was longer.", encoding="utf-8")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    messages = []

    class Spy(Progress):
        def message(self, text):
            messages.append(text)

    store = open_store(tmp_path / "g.db")
    report = mine_paths(store, [docs], Spy())
    assert report.documents == 1
    assert {Path(p).name for p, _ in report.refused} == {"empty.txt", "image.png"}
    assert all(reason and "\n" not in reason for _, reason in report.refused)
    assert len(messages) >= 2


def test_cancel_stops_between_documents_and_leaves_a_consistent_database(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    terms = ["overall survival (OS)", "disease control rate (DCR)", "objective response rate (ORR)",
             "progression-free survival (PFS)", "tyrosine kinase inhibitor (TKI)"]
    for i, t in enumerate(terms):
        (docs / f"d{i}.txt").write_text(f"The {t} was measured in arm {i}.", encoding="utf-8")
    store = open_store(tmp_path / "g.db")
    flag = CancelFlag()

    class CancelAfterTwo(CancelFlag):
        done = 0

        def advance(self, n=1, item=""):
            self.done += n
            if self.done == 2:
                self.cancel()

    report = mine_paths(store, [docs], CancelAfterTwo())
    assert report.cancelled and report.documents == 2
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.stats()["entries"] == 2 and not store.entries_dirty
    report = mine_paths(store, [docs], flag)
    assert report.documents == 3 and report.unchanged == 2


def test_a_run_killed_mid_way_is_completed_by_the_next(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(40):
        (corpus / f"d{i:02}.txt").write_text(
            ("无进展生存期（progression free survival, PFS）和总生存期（overall survival, OS）。" * 200) + f"编号{i}。",
            encoding="utf-8",
        )
    db = tmp_path / "g.db"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "glossary_app", "mine", str(corpus), "--db", str(db)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    # Kill it once some documents are stored but before it is done.
    deadline = time.time() + 60
    while time.time() < deadline:
        time.sleep(0.05)
        if db.exists():
            try:
                import sqlite3

                n = sqlite3.connect(db, timeout=0.1).execute("select count(*) from documents").fetchone()[0]
            except Exception:
                n = 0
            if n >= 3:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    store = open_store(db)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert 0 < store.stats()["documents"] < 40
    store.close()
    store = open_store(db)
    report = mine_paths(store, [corpus])
    assert store.stats()["documents"] == 40 and not store.entries_dirty
    assert {e.abbr for e in store.entries(store.entry_ids())} == {"PFS", "OS"}
    assert report.documents + report.unchanged == 40


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_extraction_never_raises_and_offsets_point_at_the_text(text):
    for d in extract_definitions(text):
        assert 0 <= d.start <= d.end <= len(text)
        for value, span in ((d.zh, d.zh_span), (d.en, d.en_span), (d.abbr, d.abbr_span)):
            if value is not None:
                assert span is not None
                assert " ".join(text[span[0] : span[1]].split()) == value


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["（", "(", ")", "）", "无进展生存期", "progression free survival", "PFS", ",", "，", " ", "\n", "[12]", "的", "P<0.05", "α", "-"]),
        max_size=30,
    ).map("".join)
)
def test_extraction_survives_definition_shaped_noise(text):
    for d in extract_definitions(text):
        for value, span in ((d.zh, d.zh_span), (d.en, d.en_span), (d.abbr, d.abbr_span)):
            if value is not None:
                assert " ".join(text[span[0] : span[1]].split()) == value
