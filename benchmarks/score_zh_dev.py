"""Score the Chinese definition miner on the hand-annotated Chinese sets.

Usage: .venv/bin/python benchmarks/score_zh_dev.py [--details]

It scores, with the same reader and scorer as
`.venv/bin/python -m glossary_app eval benchmarks/data/zh_dev.jsonl benchmarks/data/zh_dev`:

- zh-dev (benchmarks/data/zh_dev, 32 documents, 246 sentences): the set the
  Chinese boundary rules were developed on;
- zh-dev-heldout (benchmarks/data/zh_dev_heldout, 12 documents, 83
  sentences): written after the first round of rules and scored once before
  the second round (first run: triples P 0.875 R 0.885);
- zh-dev-heldout2 (benchmarks/data/zh_dev_heldout2, 10 documents, 60
  sentences): written after the second round and scored once before the
  last round (first run: triples P 0.877 R 0.877; the code before any of
  this work: 0.643 / 0.632);
- zh-dev-heldout3 (benchmarks/data/zh_dev_heldout3, 14 documents, 107
  sentences): structured abstracts with their English abstract, reviews,
  case and pathology reports, guideline excerpts with 《》 and 「」, nursing,
  TCM-adjacent and radiology papers, web pages with their furniture,
  definitions repeated with and without the English, two documents in
  traditional script; written after the third round and scored once before
  the fourth (first run: triples P 0.862 R 0.848);
- zh-dev-heldout4 (benchmarks/data/zh_dev_heldout4, 11 documents, 90
  sentences): haematologic malignancies, paediatric oncology, radiotherapy
  physics, a molecular pathology report, a trial protocol, health economics,
  a cancer registry report, surgical technique, nuclear medicine and
  palliative care; written after the fourth round and scored once before the
  fifth (first run: triples P 0.887 R 0.872);
- zh-dev-heldout5 (benchmarks/data/zh_dev_heldout5, 8 documents, 58
  sentences): thyroid cancer, soft-tissue sarcoma, neuro-oncology, cervical
  screening, melanoma, cachexia and nutrition, endoscopy, radiomics, with
  many terms after a framing verb; written after the fifth round and scored
  once before the sixth (first run: triples P 0.768 R 0.754);
- the seeds (../shared/gold/seeds.jsonl), which must stay at P, R >= 0.95.

Rebuild the sets from their annotated source with
`.venv/bin/python benchmarks/data/zh_dev_build.py` and
`.venv/bin/python benchmarks/data/zh_dev_heldout3_build.py` (and `..._heldout4_build.py`, `..._heldout5_build.py`). Also prints the mining
speed over the Chinese documents and how confidence tracks correctness.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary_app.cli.mining_cmd import definition_rows  # noqa: E402
from glossary_app.mining.evaluation import _norm_row, load_gold, score  # noqa: E402

SETS = [
    ("zh-dev", ROOT / "benchmarks/data/zh_dev.jsonl", ROOT / "benchmarks/data/zh_dev"),
    ("zh-dev-heldout", ROOT / "benchmarks/data/zh_dev_heldout.jsonl", ROOT / "benchmarks/data/zh_dev_heldout"),
    ("zh-dev-heldout2", ROOT / "benchmarks/data/zh_dev_heldout2.jsonl", ROOT / "benchmarks/data/zh_dev_heldout2"),
    ("zh-dev-heldout3", ROOT / "benchmarks/data/zh_dev_heldout3.jsonl", ROOT / "benchmarks/data/zh_dev_heldout3"),
    ("zh-dev-heldout4", ROOT / "benchmarks/data/zh_dev_heldout4.jsonl", ROOT / "benchmarks/data/zh_dev_heldout4"),
    ("zh-dev-heldout5", ROOT / "benchmarks/data/zh_dev_heldout5.jsonl", ROOT / "benchmarks/data/zh_dev_heldout5"),
    ("seeds", ROOT.parent / "shared/gold/seeds.jsonl", ROOT / "seeds"),
]


def main(argv: list[str] | None = None) -> int:
    """Print triples and zh scores for each set; with --details, misses and false hits."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--details", action="store_true", help="list misses and false hits")
    args = ap.parse_args(argv)
    buckets: dict[float, list[int]] = {}
    for name, gold_path, docs in SETS:
        if not gold_path.exists() or not docs.exists():
            continue
        gold = load_gold(gold_path)
        t0 = time.perf_counter()
        rows, _ = definition_rows([str(docs)])
        elapsed = time.perf_counter() - t0
        rep = score(gold, rows)
        t, z = rep.scores["triples"], rep.scores["zh"]
        print(
            f"{name:16s} triples P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f} | "
            f"zh P {z.precision:.3f} R {z.recall:.3f} | {elapsed:.2f} s"
        )
        if args.details:
            for title, found in (("misses", rep.misses), ("false hits", rep.false_hits)):
                print(f"  {title} ({len(found)}):")
                for row in found:
                    print("    " + "\t".join("-" if v is None else str(v) for v in row))
        gold_t = {(str(r["doc"]),) + _norm_row(r) for r in gold}
        for r in rows:
            if r.get("zh") and "confidence" in r:
                doc = Path(str(r["doc"])).stem.split("_")[0] if name == "seeds" else Path(str(r["doc"])).stem
                ok = (doc,) + _norm_row(r) in gold_t
                b = buckets.setdefault(round(float(r["confidence"]), 1), [0, 0])
                b[ok] += 1
    if buckets:
        print("confidence of Chinese terms (all sets): bucket -> right/total")
        for c in sorted(buckets):
            wrong, right = buckets[c]
            print(f"  {c:.1f}: {right}/{wrong + right}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
