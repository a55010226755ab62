"""Score the English definition finder on en-dev: (long form, abbreviation) pairs.

Usage: .venv/bin/python benchmarks/score_en_dev.py [EN_DEV_DIR] [--details]

EN_DEV_DIR defaults to ../shared/gold/en-dev relative to the repository root;
it holds docs/*.txt (doc id = file stem) and gold.jsonl.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary_app.mining.english import find_english_definitions  # noqa: E402
from glossary_app.mining.evaluation import load_gold, score_pairs  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("en_dev", nargs="?", default=str(ROOT.parent / "shared" / "gold" / "en-dev"))
    ap.add_argument("--details", action="store_true", help="list misses and false hits")
    args = ap.parse_args(argv)
    base = Path(args.en_dev)
    gold = load_gold(base / "gold.jsonl")
    docs = sorted((base / "docs").glob("*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in docs]
    chars = sum(len(t) for _, t in texts)
    t0 = time.perf_counter()
    pred = []
    for doc, text in texts:
        for d in find_english_definitions(text):
            pred.append({"doc": doc, "zh": None, "en": d.en, "abbr": d.abbr})
    elapsed = time.perf_counter() - t0
    rep = score_pairs(gold, pred)
    s = rep.scores["pairs"]
    print(f"en-dev {base}: {len(texts)} docs, {chars:,} chars")
    print(f"pairs  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  (TP {s.tp}, FP {s.fp}, FN {s.fn})")
    print(f"speed  {chars / elapsed / 1e6:.2f} M chars/s ({elapsed:.2f} s)")
    if args.details:
        print(rep.format_text(details=True, limit=10_000))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
