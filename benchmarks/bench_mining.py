"""Mining speed and quality, printed as a table.

    .venv/bin/python benchmarks/bench_mining.py [--mb 20] [--en-dev ../shared/gold/en-dev]

Rows:
* seeds -> fresh database, in a new process (dictionary loading included);
* throughput on >= 20 MB of mixed Chinese/English documents (the seeds and the
  en-dev abstracts, repeated as separate documents): our extraction
  (sentences + definitions) next to a plain `jieba.lcut` pass over the same
  text, and the whole pipeline into a database (storage and mention index);
* English only: our extractor next to the PyPI `abbreviations` package
  (Schwartz-Hearst), speed and en-dev precision/recall side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def seeds_into_fresh_db(tmp: Path, cache: Path, name: str) -> float:
    """Seconds for `glossary mine` of the seeds into a fresh database, in a new
    process whose cache directory is ``cache`` (empty = first run ever: the
    CC-CEDICT and jieba caches are built too)."""
    db = tmp / f"{name}.db"
    env = dict(os.environ, GLOSSARY_DB=str(db), XDG_CACHE_HOME=str(cache))
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "glossary_app", "mine", "--db", str(db)], check=True, env=env, capture_output=True)
    return time.perf_counter() - t0


def corpus(mb: float, en_dev: Path) -> list[tuple[str, str]]:
    """(name, text) documents totalling at least ``mb`` MB of UTF-8."""
    from glossary_app.mining.reader import read_document

    base = [(p.stem, read_document(p).text) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if en_dev.is_dir():
        base += [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((en_dev / "docs").glob("*.txt"))]
    docs, size, i = [], 0, 0
    while size < mb * 1e6:
        name, text = base[i % len(base)]
        docs.append((f"{name}-{i}", text))
        size += len(text.encode("utf-8"))
        i += 1
    return docs


def mb_of(docs) -> float:
    return sum(len(t.encode("utf-8")) for _, t in docs) / 1e6


def time_extraction(docs) -> float:
    from glossary_app.mining.extract import extract_definitions
    from glossary_app.mining.sentences import split_sentences

    extract_definitions("预热（warm up, WU）")  # load jieba and the lexicon outside the timing
    t0 = time.perf_counter()
    for _, text in docs:
        split_sentences(text)
        extract_definitions(text)
    return time.perf_counter() - t0


def time_jieba(docs) -> float:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    t0 = time.perf_counter()
    for _, text in docs:
        jieba.lcut(text)
    return time.perf_counter() - t0


def time_pipeline(docs, tmp: Path) -> float:
    from glossary_app.mining.pipeline import mine_paths
    from glossary_app.store import open_store

    folder = tmp / "corpus"
    folder.mkdir()
    for name, text in docs:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    store = open_store(tmp / "pipeline.db")
    t0 = time.perf_counter()
    mine_paths(store, [folder])
    elapsed = time.perf_counter() - t0
    store.close()
    return elapsed


def en_dev_scores(en_dev: Path):
    """(ours P, R, F1, chars/s), (abbreviations P, R, F1, chars/s) on en-dev."""
    from glossary_app.mining.english import find_english_definitions
    from glossary_app.mining.evaluation import load_gold, score_pairs

    gold = load_gold(en_dev / "gold.jsonl")
    docs = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((en_dev / "docs").glob("*.txt"))]
    chars = sum(len(t) for _, t in docs)

    t0 = time.perf_counter()
    ours = [{"doc": n, "zh": None, "en": d.en, "abbr": d.abbr} for n, t in docs for d in find_english_definitions(t)]
    t_ours = time.perf_counter() - t0

    rows = []
    t_theirs = None
    try:
        from abbreviations import schwartz_hearst

        t0 = time.perf_counter()
        for n, t in docs:
            for sf, lf in schwartz_hearst.extract_abbreviation_definition_pairs(doc_text=t).items():
                rows.append({"doc": n, "zh": None, "en": lf, "abbr": sf})
        t_theirs = time.perf_counter() - t0
    except ImportError:
        pass
    ours_score = score_pairs(gold, ours).scores["pairs"]
    theirs_score = score_pairs(gold, rows).scores["pairs"] if t_theirs else None
    return ours_score, chars / t_ours, theirs_score, (chars / t_theirs if t_theirs else None)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--en-dev", type=Path, default=ROOT.parent / "shared" / "gold" / "en-dev")
    ap.add_argument("--skip-pipeline", action="store_true", help="skip the slowest row (whole pipeline into a database)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        rows = []
        cache = tmp / "cache"
        first = seeds_into_fresh_db(tmp, cache, "first")
        again = seeds_into_fresh_db(tmp, cache, "again")
        rows.append(("seeds -> fresh database, first run ever (builds dictionary caches)", f"{first:.2f} s", "target < 3 s"))
        rows.append(("seeds -> fresh database, dictionaries cached (new process)", f"{again:.2f} s", "target < 3 s"))
        docs = corpus(args.mb, args.en_dev)
        size = mb_of(docs)
        t_ex = time_extraction(docs)
        t_jb = time_jieba(docs)
        rows.append((f"extraction: sentences + definitions, {size:.1f} MB, {len(docs)} docs", f"{size / t_ex:.2f} MB/s", "target >= 2 MB/s"))
        rows.append((f"plain jieba.lcut over the same {size:.1f} MB", f"{size / t_jb:.2f} MB/s", "ours must not be slower"))
        if not args.skip_pipeline:
            t_pl = time_pipeline(docs, tmp)
            rows.append((f"whole pipeline into SQLite (+ entries, mention index), {size:.1f} MB", f"{size / t_pl:.2f} MB/s", ""))
        if args.en_dev.is_dir():
            ours, ours_speed, theirs, theirs_speed = en_dev_scores(args.en_dev)
            rows.append(("en-dev, ours: P / R / F1", f"{ours.precision:.3f} / {ours.recall:.3f} / {ours.f1:.3f}", f"{ours_speed / 1e6:.1f} M chars/s"))
            if theirs:
                rows.append(("en-dev, abbreviations 0.2.5: P / R / F1", f"{theirs.precision:.3f} / {theirs.recall:.3f} / {theirs.f1:.3f}", f"{theirs_speed / 1e6:.1f} M chars/s"))
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'result':>24}  note")
    for name, result, note in rows:
        print(f"{name:<{width}}  {result:>24}  {note}")


if __name__ == "__main__":
    main()
