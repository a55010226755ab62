"""Scoring mined definitions against a gold set (see gold/GUIDELINES.md).

Rows are compared as sets of unique normalised rows per document: NFKC,
whitespace collapsed, English case-insensitive with a hyphen equal to a
space, Chinese compared after traditional-to-simplified conversion. A gold
document id matches a predicted document (a file stem) when they are equal or
when the stem starts with the id followed by `_` (`003` ~ `003_8b8d…`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

FIELDS = ("zh", "en", "abbr")
_DASH = re.compile(r"[\u2010-\u2015\u2212\-]")


def load_gold(path) -> list[dict]:
    """Read a gold jsonl file: one object per line with doc, zh, en, abbr
    (optional note). Blank lines are skipped. Raises ValueError naming the
    line on a broken line."""
    rows = []
    with open(path, encoding="utf-8-sig") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}: line {lineno}: not valid JSON ({e.msg})") from None
            if not isinstance(obj, dict) or "doc" not in obj:
                raise ValueError(f"{path}: line {lineno}: expected an object with a 'doc' field")
            for k in FIELDS:
                v = obj.get(k)
                if v is not None and not isinstance(v, str):
                    raise ValueError(f"{path}: line {lineno}: field {k!r} must be a string or null")
            if sum(obj.get(k) is not None for k in FIELDS) < 1:
                raise ValueError(f"{path}: line {lineno}: zh, en and abbr are all null")
            rows.append({"doc": str(obj["doc"]), **{k: obj.get(k) for k in FIELDS}, **({"note": obj["note"]} if "note" in obj else {})})
    return rows


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def _has_cjk(s: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in s)


def norm_en(value: str | None) -> str | None:
    """English (and abbreviation) matching form: NFKC, lower case, hyphens as
    spaces, whitespace collapsed."""
    if value is None:
        return None
    s = unicodedata.normalize("NFKC", str(value)).lower()
    s = _DASH.sub(" ", s)
    s = " ".join(s.split())
    return s or None


def norm_zh(value: str | None) -> str | None:
    """Chinese matching form: NFKC, whitespace collapsed, traditional to simplified."""
    if value is None:
        return None
    s = " ".join(unicodedata.normalize("NFKC", str(value)).split())
    if _has_cjk(s):
        s = _t2s().convert(s)
    return s or None


_NORM = {"zh": norm_zh, "en": norm_en, "abbr": norm_en}


def _resolve(gold_ids: set[str], pred_doc: str) -> str:
    d = str(pred_doc)
    if "/" in d or "\\" in d or d.endswith(".txt"):
        d = Path(d.replace("\\", "/")).stem
    if d in gold_ids:
        return d
    # `003_8b8d…` is gold `003`: pick the longest gold id that prefixes the stem.
    best = None
    for g in gold_ids:
        if d.startswith(g + "_") and (best is None or len(g) > len(best)):
            best = g
    return best if best is not None else d


@dataclass
class PRF:
    """Counts and precision / recall / F1 for one comparison."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _prf(gold: set, pred: set) -> PRF:
    tp = len(gold & pred)
    return PRF(tp, len(pred) - tp, len(gold) - tp)


@dataclass
class EvalReport:
    """Scores per comparison ("triples", "zh", "en", "abbr", "pairs"), with the
    missed gold rows and false hits of whole triples and of pairs."""

    scores: dict[str, PRF]
    misses: list[tuple] = field(default_factory=list)  # (doc, zh, en, abbr), normalised gold rows not found
    false_hits: list[tuple] = field(default_factory=list)  # predicted rows not in gold
    pair_misses: list[tuple] = field(default_factory=list)  # (doc, en, abbr)
    pair_false_hits: list[tuple] = field(default_factory=list)

    def format_text(self, details: bool = True, limit: int = 200) -> str:
        """A compact table of P/R/F1 per comparison, then (with ``details``) the
        misses and false hits of whole triples."""
        lines = [f"{'':8} {'P':>6} {'R':>6} {'F1':>6} {'TP':>6} {'FP':>6} {'FN':>6}"]
        for name in ("triples", "zh", "en", "abbr", "pairs"):
            s = self.scores.get(name)
            if s is None:
                continue
            lines.append(f"{name:8} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:6d} {s.fp:6d} {s.fn:6d}")
        if details:
            for title, rows in (("misses", self.misses), ("false hits", self.false_hits)):
                lines.append("")
                lines.append(f"{title} ({len(rows)}):")
                for r in rows[:limit]:
                    lines.append("  " + "\t".join("-" if v is None else str(v) for v in r))
                if len(rows) > limit:
                    lines.append(f"  ... {len(rows) - limit} more")
        return "\n".join(lines)


def _norm_row(r: dict) -> tuple:
    return tuple(_NORM[k](r.get(k)) for k in FIELDS)


def score(gold_rows: list[dict], predicted_rows: list[dict]) -> EvalReport:
    """Score predicted rows (dicts with doc, zh, en, abbr) against gold rows.

    Whole triples, each field (the set of (doc, value) for non-null values)
    and (en, abbr) pairs (both non-null) are compared as sets per document."""
    gold_ids = {str(r["doc"]) for r in gold_rows}
    gold_t = {(str(r["doc"]),) + _norm_row(r) for r in gold_rows}
    pred_t = {(_resolve(gold_ids, r.get("doc", "")),) + _norm_row(r) for r in predicted_rows}
    pred_t = {t for t in pred_t if any(v is not None for v in t[1:])}
    scores = {"triples": _prf(gold_t, pred_t)}
    for i, k in enumerate(FIELDS, 1):
        g = {(t[0], t[i]) for t in gold_t if t[i] is not None}
        p = {(t[0], t[i]) for t in pred_t if t[i] is not None}
        scores[k] = _prf(g, p)
    gp = {(t[0], t[2], t[3]) for t in gold_t if t[2] is not None and t[3] is not None}
    pp = {(t[0], t[2], t[3]) for t in pred_t if t[2] is not None and t[3] is not None}
    scores["pairs"] = _prf(gp, pp)
    return EvalReport(
        scores=scores,
        misses=sorted(gold_t - pred_t, key=_sort_key),
        false_hits=sorted(pred_t - gold_t, key=_sort_key),
        pair_misses=sorted(gp - pp, key=_sort_key),
        pair_false_hits=sorted(pp - gp, key=_sort_key),
    )


def _sort_key(t: tuple) -> tuple:
    return tuple("" if v is None else v for v in t)


def score_pairs(gold_rows: list[dict], predicted_rows: list[dict]) -> EvalReport:
    """Score only (en, abbr) pairs, as en-dev measures: gold and predicted rows
    without both an English form and an abbreviation are ignored, and the zh
    field plays no part. ``scores["pairs"]`` holds the result; misses and false
    hits are (doc, en, abbr)."""
    g = [{"doc": r["doc"], "zh": None, "en": r.get("en"), "abbr": r.get("abbr")} for r in gold_rows if r.get("en") and r.get("abbr")]
    p = [{"doc": r.get("doc", ""), "zh": None, "en": r.get("en"), "abbr": r.get("abbr")} for r in predicted_rows if r.get("en") and r.get("abbr")]
    rep = score(g, p)
    pairs = rep.scores["pairs"]
    return EvalReport(
        scores={"pairs": pairs},
        misses=rep.pair_misses,
        false_hits=rep.pair_false_hits,
        pair_misses=rep.pair_misses,
        pair_false_hits=rep.pair_false_hits,
    )
