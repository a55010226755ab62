"""Score the English definition finder on en-dev: (long form, abbreviation) pairs.

Usage: .venv/bin/python benchmarks/score_en_dev.py [EN_DEV_DIR] [--details] [--pseudo [N]]

EN_DEV_DIR defaults to ../shared/gold/en-dev relative to the repository root;
it holds docs/*.txt (doc id = file stem) and gold.jsonl.

Besides the overall score it prints the score on two splits of the corpus
(MEDSTRACT vs the Schwartz & Hearst corpus, and even vs odd PubMed id), so a
change tuned on one half can be confirmed on the other. Speed is reported as
wall-clock and as CPU time of this process (the latter does not depend on
what else the machine is running).

``--pseudo`` estimates, without gold labels, how often the finder fires by
chance, in the spirit of Ab3P's pseudo-precision: every parenthetical's
content is put after the left context of a parenthetical from another
document, N times (default 10), and the firings are counted against the
firings on the real texts, overall and per confidence band. Parentheticals
whose definition lies wholly inside the parenthesis (`(long form, SF)`) keep
their content when moved, so they are left out of the count.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary_app.mining import english  # noqa: E402
from glossary_app.mining.english import find_english_definitions  # noqa: E402
from glossary_app.mining.evaluation import load_gold, score_pairs  # noqa: E402
from glossary_app.mining.parens import find_parentheticals  # noqa: E402


def _doc_number(doc: str) -> int:
    digits = re.sub(r"\D", "", doc)
    return int(digits) if digits else 0


SPLITS = {
    "medstract": lambda d: d.startswith("medstract"),
    "sh": lambda d: d.startswith("sh"),
    "even id": lambda d: _doc_number(d) % 2 == 0,
    "odd id": lambda d: _doc_number(d) % 2 == 1,
}


def _band(conf: float) -> str:
    lo = min(0.9, int(conf * 10) / 10)
    return f"{lo:.1f}-{lo + 0.1:.1f}"


def pseudo_precision(texts: list[tuple[str, str]], rounds: int, seed: int = 0) -> str:
    """Chance firings when short forms are moved after random left contexts."""
    cands = []
    for doc, text in texts:
        for p in find_parentheticals(text, square=True):
            if english.chinese_context(text, p.open):
                continue
            lo = english._left_bound(text, p.open)
            cands.append((doc, text[lo : p.open], text[p.open : p.close + 1], text[p.close + 1 : p.close + 60]))

    def fire(left: str, par: str, right: str):
        t = left + par + right
        for p in find_parentheticals(t, square=True):
            if p.open == len(left):
                d = english.english_definition(t, p)
                if d is not None and min(d.en_span[0], d.abbr_span[0]) < p.open:
                    return d  # something came from the (moved) left context
                return None
        return None

    real: Counter = Counter()
    for _, left, par, right in cands:
        d = fire(left, par, right)
        if d is not None:
            real[_band(d.confidence)] += 1
    rng = random.Random(seed)
    chance: Counter = Counter()
    for _ in range(rounds):
        for doc, _, par, right in cands:
            other = rng.choice(cands)
            while other[0] == doc and len(texts) > 1:
                other = rng.choice(cands)
            d = fire(other[1], par, right)
            if d is not None:
                chance[_band(d.confidence)] += 1
    lines = [f"pseudo-precision ({len(cands)} parentheticals, {rounds} random pairings each; definitions using the left context)"]
    for band in sorted(set(real) | set(chance)):
        r, c = real[band], chance[band] / rounds
        pp = f"{1 - c / r:.3f}" if r else "-"
        lines.append(f"  conf {band}: real {r:5d}  chance {c:6.1f}  pseudo-P {pp}")
    r, c = sum(real.values()), sum(chance.values()) / rounds
    lines.append(f"  all     : real {r:5d}  chance {c:6.1f}  pseudo-P {1 - c / r if r else 0:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("en_dev", nargs="?", default=str(ROOT.parent / "shared" / "gold" / "en-dev"))
    ap.add_argument("--details", action="store_true", help="list misses and false hits")
    ap.add_argument("--pseudo", nargs="?", type=int, const=10, default=0, metavar="N",
                    help="estimate chance firings from N random pairings (default 10)")
    args = ap.parse_args(argv)
    base = Path(args.en_dev)
    gold = load_gold(base / "gold.jsonl")
    docs = sorted((base / "docs").glob("*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in docs]
    chars = sum(len(t) for _, t in texts)
    t0, c0 = time.perf_counter(), time.process_time()
    pred = []
    for doc, text in texts:
        for d in find_english_definitions(text):
            pred.append({"doc": doc, "zh": None, "en": d.en, "abbr": d.abbr})
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    rep = score_pairs(gold, pred)
    s = rep.scores["pairs"]
    print(f"en-dev {base}: {len(texts)} docs, {chars:,} chars")
    print(f"pairs  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  (TP {s.tp}, FP {s.fp}, FN {s.fn})")
    for name, keep in SPLITS.items():
        g = [r for r in gold if keep(r["doc"])]
        p = [r for r in pred if keep(r["doc"])]
        h = score_pairs(g, p).scores["pairs"]
        print(f"  {name:10} P {h.precision:.3f}  R {h.recall:.3f}  F1 {h.f1:.3f}  (TP {h.tp}, FP {h.fp}, FN {h.fn})")
    print(f"speed  {chars / elapsed / 1e6:.2f} M chars/s wall ({elapsed:.2f} s), {chars / cpu / 1e6:.2f} M chars/s CPU ({cpu:.2f} s)")
    if args.pseudo:
        print(pseudo_precision(texts, args.pseudo))
    if args.details:
        print(rep.format_text(details=True, limit=10_000))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
