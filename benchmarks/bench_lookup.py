"""Lookup benchmark: latency per query kind on synthetic glossaries.

Builds glossaries of realistic synthetic entries (Chinese terms made of
medical morphemes, their English words, abbreviations from the initials,
pinyin, Zipf-like corpus frequencies) straight into a store with bulk SQL,
indexes them with the real lookup index, and times ``Searcher.search`` for
each query kind. Prints p50/p95/p99 (ms) per kind, build times, index size,
database size and memory.

    .venv/bin/python benchmarks/bench_lookup.py                 # 10k, 100k, 1M
    .venv/bin/python benchmarks/bench_lookup.py --sizes 10000,100000 --queries 300

Targets at 100k entries: p95 <= 5 ms for every kind but fuzzy, fuzzy <= 30 ms.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import resource
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from glossary_app.normalize import abbr_key, english_key  # noqa: E402
from glossary_app.pinyin import pinyin_of  # noqa: E402
from glossary_app.search import Searcher  # noqa: E402
from glossary_app.store import open_store, search_index  # noqa: E402

# Chinese morpheme -> English word: terms are built from these, so the
# Chinese, English, abbreviation and pinyin of an entry agree with each other.
MORPHEMES = """
肿瘤 tumor 癌 carcinoma 细胞 cell 受体 receptor 生长 growth 因子 factor 表皮 epidermal 血管 vascular
内皮 endothelial 抑制剂 inhibitor 激酶 kinase 蛋白 protein 抗体 antibody 单克隆 monoclonal 免疫 immune
治疗 therapy 化疗 chemotherapy 放疗 radiotherapy 靶向 targeted 转移 metastatic 晚期 advanced 早期 early
生存 survival 无进展 progression-free 总 overall 缓解 response 客观 objective 完全 complete 部分 partial
疾病 disease 稳定 stable 复发 recurrent 难治 refractory 淋巴 lymphoid 白血病 leukemia 骨髓 myeloid
急性 acute 慢性 chronic 肺 lung 乳腺 breast 结直肠 colorectal 胃 gastric 肝 hepatic 胰腺 pancreatic
前列腺 prostate 卵巢 ovarian 宫颈 cervical 黑色素 melanoma 鳞状 squamous 腺 adeno 小 small 非 non
程序性 programmed 死亡 death 配体 ligand 酪氨酸 tyrosine 突变 mutation 融合 fusion 基因 gene 扩增 amplification
表达 expression 阳性 positive 阴性 negative 风险 risk 比 ratio 危险 hazard 中位 median 时间 time
间隔 interval 剂量 dose 限制性 limiting 毒性 toxicity 不良 adverse 事件 event 相关 related 评估 assessment
标准 criteria 实体 solid 浸润 infiltrating 微环境 microenvironment 新辅助 neoadjuvant 辅助 adjuvant 维持 maintenance
联合 combination 一线 first-line 二线 second-line 方案 regimen 周期 cycle 静脉 intravenous 口服 oral
血小板 platelet 中性粒 neutrophil 减少 reduction 贫血 anemia 疲劳 fatigue 皮疹 rash 腹泻 diarrhea
恶心 nausea 呕吐 vomiting 肝功能 liver-function 肾 renal 心脏 cardiac 神经 neuro 内分泌 endocrine 代谢 metabolic
病理 pathological 影像 imaging 计算机 computed 断层 tomography 磁共振 magnetic-resonance 正电子 positron 发射 emission
活检 biopsy 手术 surgery 切除 resection 根治 radical 姑息 palliative 临床 clinical 试验 trial 随机 randomized
对照 controlled 双盲 double-blind 安慰剂 placebo 队列 cohort 研究 study 分析 analysis 多变量 multivariate 回归 regression
""".split()
PAIRS = list(zip(MORPHEMES[0::2], MORPHEMES[1::2]))
KINDS = ["prefix1", "prefix2", "prefix3", "english", "chinese", "pinyin", "initials", "abbr", "fuzzy"]


def synth_entries(n: int, seed: int = 7):
    """n distinct entries: (zh, en, abbr or None, pinyin marked, plain, initials, occurrences)."""
    rng = random.Random(seed)
    py = {zh: pinyin_of(zh) for zh, _ in PAIRS}
    seen: set[str] = set()
    out = []
    suffixes = ["", "1", "2", "3", "A", "B", "α", "β", "-R", "II"]
    while len(out) < n:
        k = rng.choice((2, 2, 3, 3, 3, 4, 4, 5))
        parts = [rng.choice(PAIRS) for _ in range(k)]
        suffix = rng.choice(suffixes) if len(seen) > len(PAIRS) ** 2 else ""
        zh = "".join(z for z, _ in parts) + suffix
        if zh in seen:
            suffix = str(rng.randint(1, 9999))
            zh += suffix
            if zh in seen:
                continue
        seen.add(zh)
        en = " ".join(e for _, e in parts) + (f" {suffix}" if suffix else "")
        abbr = None
        if rng.random() < 0.6:
            abbr = "".join(w[0] for _, e in parts for w in e.split("-")).upper() + suffix.strip("-")
        marked = " ".join(py[z].marked for z, _ in parts) + (f" {suffix}" if suffix else "")
        plain = "".join(py[z].plain for z, _ in parts) + suffix.lower()
        initials = "".join(py[z].initials for z, _ in parts)
        occ = int(1000 / (1 + rng.paretovariate(1.2) * 10)) + rng.randint(0, 3)
        out.append((zh, en, abbr, marked, plain, initials, occ))
    return out


def build_store(path: Path, entries) -> dict:
    """Bulk-insert entries and forms, then build the real lookup index."""
    store = open_store(path)
    db = store.db
    t0 = time.perf_counter()
    with db.atomic():
        for start in range(0, len(entries), 50_000):  # chunks: flat memory at 1M
            chunk = entries[start : start + 50_000]
            db.conn.executemany(
                "insert into entries (id, origin, abbr, en, zh, pinyin, occurrences, definition_count, doc_count,"
                " created_at, retired) values (?, 'mined', ?, ?, ?, ?, ?, 1, 1, '2026-01-01', 0)",
                [(i, a, e, z, m, o) for i, (z, e, a, m, p, ini, o) in enumerate(chunk, start + 1)],
            )
            forms = []
            for i, (z, e, a, m, p, ini, o) in enumerate(chunk, start + 1):
                forms.append((i, "zh", z, z, z, m, p, ini, o))
                forms.append((i, "en", e, english_key(e), e, None, None, None, o))
                if a:
                    forms.append((i, "abbr", a, abbr_key(a), a, None, None, None, o))
            db.conn.executemany(
                "insert into forms (entry_id, kind, text, key, simplified, pinyin, pinyin_plain, initials, count,"
                " origin) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'mined')",
                forms,
            )
    t1 = time.perf_counter()
    terms = search_index.rebuild(store)
    t2 = time.perf_counter()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stats = {"insert_s": t1 - t0, "index_s": t2 - t1, "terms": terms, **search_index.stats(store)}
    store.close()
    return stats


def typo(rng, s: str) -> str:
    i = rng.randrange(0, len(s) - 1)  # the first letter too: the slow path of fuzzy
    op = rng.choice(("drop", "swap", "double"))
    if op == "drop":
        return s[:i] + s[i + 1 :]
    if op == "swap":
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s[:i] + s[i] + s[i:]


def make_queries(entries, per_kind: int, seed: int = 11) -> dict[str, list[str]]:
    """Queries a user would type, per kind, drawn from the synthetic entries."""
    rng = random.Random(seed)
    pick = lambda: rng.choice(entries)  # noqa: E731
    q: dict[str, list[str]] = {k: [] for k in KINDS}
    for _ in range(per_kind):
        z, e, a, m, p, ini, _o = pick()
        src = rng.choice([x for x in (z, e.lower(), (a or "").lower(), p) if x])
        q["prefix1"].append(src[:1])
        q["prefix2"].append(src[:2])
        q["prefix3"].append(src[:3])
        words = e.split()
        j = rng.randrange(len(words))
        q["english"].append(" ".join(words[j : j + rng.choice((1, 2))]))
        start = rng.randrange(0, max(1, len(z) - 2))
        q["chinese"].append(z[start : start + rng.choice((2, 3, 4))])
        syl = m.split()
        cut = rng.randint(2, min(4, len(syl)))
        q["pinyin"].append(rng.choice((" ".join(syl[:cut]), "".join(syl[:cut]), p[: rng.randint(4, len(p))])))
        q["initials"].append(ini[: rng.randint(2, len(ini))] if len(ini) > 2 else ini)
        q["abbr"].append(a or rng.choice(entries)[2] or "PFS")
        q["fuzzy"].append(typo(rng, e.lower()) if len(e) > 6 else typo(rng, "progression free survival"))
    return q


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, int(round(p / 100 * (len(values) - 1)))))
    return values[k]


def _rss_mb() -> float:
    """Current resident memory of this process (Linux), else the peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _build_child(size: int, per_kind: int, path: Path, out: Path) -> None:
    # Runs in a child process, so the parent's memory shows what lookup
    # needs, not what generating a million entries needed.
    t0 = time.perf_counter()
    entries = synth_entries(size)
    t_gen = time.perf_counter() - t0
    stats = build_store(path, entries)
    stats["generate_s"] = t_gen
    stats["build_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.write_text(json.dumps({"stats": stats, "queries": make_queries(entries, per_kind)}, ensure_ascii=False))


def run(size: int, per_kind: int, workdir: Path) -> None:
    path = workdir / f"bench_{size}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    out = workdir / f"bench_{size}.json"
    child = multiprocessing.get_context("fork").Process(target=_build_child, args=(size, per_kind, path, out))
    child.start()
    try:
        child.join()
    finally:
        if child.is_alive():  # interrupted: do not leave a builder behind
            child.terminate()
            child.join()
    if child.exitcode != 0:
        raise SystemExit(f"building {size} entries failed (exit {child.exitcode})")
    data = json.loads(out.read_text())
    stats, queries = data["stats"], data["queries"]
    db_mb = path.stat().st_size / 1e6
    rss0 = _rss_mb()
    store = open_store(path)
    searcher = Searcher(store)
    searcher.search("warm up typo", limit=50)  # loads the fuzzy term list once
    print(
        f"\n== {size:,} entries: generate {stats['generate_s']:.1f}s, insert {stats['insert_s']:.1f}s,"
        f" index {stats['index_s']:.1f}s; {stats['terms']:,} terms, {stats['grams']:,} grams; db {db_mb:.0f} MB"
    )
    print(f"{'kind':<10} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>7}  hits(avg)  target (ms)")
    for kind in KINDS:
        times, nhits = [], 0
        for q in queries[kind]:
            t = time.perf_counter()
            hits = searcher.search(q, limit=50)
            times.append((time.perf_counter() - t) * 1000)
            nhits += len(hits)
        target = 30.0 if kind == "fuzzy" else 5.0
        verdict = ("ok" if pct(times, 95) <= target else "MISS") if size == 100_000 else ""
        print(
            f"{kind:<10} {pct(times, 50):7.2f} {pct(times, 95):7.2f} {pct(times, 99):7.2f} {max(times):7.2f}"
            f"  {nhits / len(times):8.1f}  p95<={target:g} {verdict}"
        )
    print(
        f"memory: lookup process {_rss_mb():.0f} MB resident (+{_rss_mb() - rss0:.0f} MB for the store and"
        f" fuzzy term list); building peaked at {stats['build_peak_rss_mb']:.0f} MB"
    )
    store.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000", help="comma-separated entry counts")
    ap.add_argument("--queries", type=int, default=200, help="queries per kind")
    ap.add_argument("--dir", type=Path, default=None, help="where to put the databases (default: a temp dir)")
    args = ap.parse_args(argv)
    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        ap.error("--sizes takes whole numbers, e.g. 10000,100000")
    # A plain `kill` ends the run like Ctrl-C: temporary databases are removed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.dir or Path(tmp)
        for size in sizes:
            run(size, args.queries, workdir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
