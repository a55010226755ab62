"""GUI benchmark: process start to first painted results, and keystroke latency.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py
    ... --size 100000 --starts 5 --keystrokes 300 [--db FILE]

What is measured, on a synthetic glossary of ``--size`` entries (built with
bench_lookup's generator and the real lookup index, cached between runs):

* **start, cold**: a new process (``python -c`` that imports the app, as the
  ``glossary`` script does) with an empty bytecode cache and no saved
  settings, from ``Popen`` until the results list has painted its first rows.
* **start, warm**: the same with the bytecode cache filled and the settings of
  a previous session (last query restored), median of ``--starts`` runs.
* **keystroke**: in one window, queries a user would type (English, Chinese,
  pinyin, abbreviations) entered one key at a time; for each key, the time
  from the key event to the paint of the results for that exact text. Keys
  are sent one after another, each waiting for its own results, so no
  latency hides behind coalescing.

Targets: warm start <= 1.0 s, keystroke p95 <= 16 ms (one frame at 60 Hz).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

# The child process: start the app the way `glossary gui` does and report
# (as wall-clock time) the moment the results list painted its first rows.
CHILD = r"""
import sys, time, json
sys.path.insert(0, {root!r})
from glossary_app.gui.app import create_window, ensure_app
from glossary_app.gui.qt import QEvent, QObject, QSettings, QTimer
app = ensure_app()
settings = QSettings({settings!r}, QSettings.Format.IniFormat)
w = create_window({db!r}, settings)
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and w.model.rowCount() > 0:
            print(json.dumps({{"painted": time.time(), "rows": w.model.rowCount(), "query": w.search_box.text()}}), flush=True)
            QTimer.singleShot(0, w.close)
            QTimer.singleShot(0, app.quit)
        return False
f = Painted()
w.results.viewport().installEventFilter(f)
QTimer.singleShot(30000, app.quit)
app.exec()
"""


def ensure_db(path: Path, size: int) -> Path:
    """The synthetic glossary (built once; reused while the file exists)."""
    if path.exists():
        return path
    from bench_lookup import build_store, synth_entries

    t = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    stats = build_store(path, synth_entries(size))
    print(f"built {size:,}-entry glossary in {time.perf_counter() - t:.1f}s ({stats['terms']:,} lookup terms): {path}")
    return path


def start_once(db: Path, settings: Path, pycache: Path | None) -> dict:
    """One process start; returns seconds to first painted results."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if pycache is not None:
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    code = CHILD.format(root=str(ROOT), settings=str(settings), db=str(db))
    t0 = time.time()
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("{")), None)
    if line is None:
        raise RuntimeError(f"the window did not paint results:\n{proc.stderr[-2000:]}")
    got = json.loads(line)
    return {"seconds": got["painted"] - t0, "rows": got["rows"], "query": got["query"]}


def bench_start(db: Path, runs: int, work: Path) -> dict:
    """Cold (no bytecode, no settings) and warm (both present) starts."""
    cold_cache = work / "pycache-cold"
    warm_cache = work / "pycache-warm"
    settings = work / "settings.ini"
    settings.unlink(missing_ok=True)
    cold = start_once(db, settings, cold_cache)
    start_once(db, settings, warm_cache)  # fills the warm bytecode cache
    warm_empty = [start_once(db, settings, warm_cache) for _ in range(runs)]
    # A user reopens where they left off: the last query is restored.
    from PySide6.QtCore import QSettings

    s = QSettings(str(settings), QSettings.Format.IniFormat)
    s.setValue("lookup/query", "receptor")
    s.sync()
    warm = [start_once(db, settings, warm_cache) for _ in range(runs)]
    return {"cold": cold, "warm": warm, "warm_empty": warm_empty}


def type_queries(db: Path, n_keys: int, seed: int = 3) -> list[float]:
    """Keystroke-to-painted-results latencies (ms) in one window."""
    from glossary_app.gui.app import create_window, ensure_app
    from glossary_app.gui.qt import QEvent, QEventLoop, QInputMethodEvent, QObject, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest

    app = ensure_app()
    tmp = Path(tempfile.mkdtemp(prefix="bench-gui-"))
    settings = QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)
    w = create_window(db, settings)
    w.resize(1200, 760)
    loop = QEventLoop()
    state = {"want": None, "painted": None}

    class Watch(QObject):
        """Notes the first paint of the results that answer the text typed so far."""

        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Type.Paint and state["want"] is not None and w._result is not None:
                if w._result.query == state["want"] and state["painted"] is None:
                    state["painted"] = time.perf_counter()
                    QTimer.singleShot(0, loop.quit)
            return False

    watch = Watch()
    w.results.viewport().installEventFilter(watch)

    def wait_for(text: str) -> float | None:
        """Run the event loop until results for ``text`` painted; returns the paint time."""
        if state["painted"] is None:
            guard = QTimer()
            guard.setSingleShot(True)
            guard.timeout.connect(loop.quit)
            guard.start(3000)
            loop.exec()
            guard.stop()
        return state["painted"]

    # Wait for the first results (the empty query) before typing.
    state["want"] = ""
    wait_for("")
    rng = random.Random(seed)
    # Queries drawn from the glossary itself, one kind at a time.
    from glossary_app.store import open_store

    store = open_store(db)
    sample = [e for e in store.entries(rng.sample(store.entry_ids(), 400))]
    store.close()
    pool = []
    for e in sample:
        pool.append(("english", (e.en or "").lower()[: rng.randint(3, 12)]))
        pool.append(("chinese", (e.zh or "")[: rng.randint(1, 4)]))
        pool.append(("pinyin", "".join((e.pinyin or "").split())[: rng.randint(2, 8)]))
        if e.abbr:
            pool.append(("abbr", e.abbr.lower()))
    rng.shuffle(pool)
    latencies: list[float] = []
    worker_ms: list[float] = []
    kinds: dict[str, list[float]] = {}
    w.search_box.setFocus()
    for kind, query in pool:
        if len(latencies) >= n_keys:
            break
        # Start each query from an empty box (Escape clears), not timed.
        state["want"], state["painted"] = "", None
        if w.search_box.text():
            QTest.keyClick(w.search_box, Qt.Key.Key_Escape)
            wait_for("")
        for ch in query:
            want = w.search_box.text() + ch
            state["want"], state["painted"] = want, None
            t0 = time.perf_counter()
            if ch.isascii():
                QTest.keyClick(w.search_box, ch)
            else:
                ev = QInputMethodEvent()
                ev.setCommitString(ch)
                app.sendEvent(w.search_box, ev)
            painted = wait_for(want)
            if painted is None:
                print(f"  no paint for {want!r} within 3 s", file=sys.stderr)
                continue
            ms = (painted - t0) * 1000
            latencies.append(ms)
            worker_ms.append(w._result.seconds * 1000)
            kinds.setdefault(kind, []).append(ms)
    w.close()
    type_queries.by_kind = kinds
    type_queries.worker_ms = worker_ms
    return latencies


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank)."""
    values = sorted(values)
    k = min(len(values) - 1, max(0, int(round(p / 100 * (len(values) - 1)))))
    return values[k]


def main(argv=None) -> int:
    """Run both benchmarks and print a summary with the targets."""
    ap = argparse.ArgumentParser(description="GUI start-up and keystroke latency")
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=None, help="use this glossary instead of the synthetic one")
    ap.add_argument("--starts", type=int, default=5, help="warm starts to time")
    ap.add_argument("--keystrokes", type=int, default=300)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "glossary-bench-gui")
    args = ap.parse_args(argv)

    args.cache.mkdir(parents=True, exist_ok=True)
    db = args.db or ensure_db(args.cache / f"gui_{args.size}.db", args.size)
    work = Path(tempfile.mkdtemp(prefix="bench-gui-start-"))
    starts = bench_start(db, args.starts, work)
    cold = starts["cold"]["seconds"]
    lat = type_queries(db, args.keystrokes)
    print(f"\n== GUI on {db.name} ({args.size:,} entries)")
    print(f"start, cold (no bytecode cache, first launch): {cold:.2f} s")
    for label, key in (("restored query", "warm"), ("empty query, top entries", "warm_empty")):
        vals = [r["seconds"] for r in starts[key]]
        print(
            f"start, warm ({label} {starts[key][0]['query']!r}, median of {len(vals)}): {statistics.median(vals):.2f} s"
            f"  [min {min(vals):.2f}, max {max(vals):.2f}]  target <= 1.0 s: {'ok' if statistics.median(vals) <= 1.0 else 'MISS'}"
        )
    print(
        f"keystroke -> painted results, {len(lat)} keys: p50 {pct(lat, 50):.1f} ms, p95 {pct(lat, 95):.1f} ms,"
        f" p99 {pct(lat, 99):.1f} ms, max {max(lat):.1f} ms  target p95 <= 16 ms: {'ok' if pct(lat, 95) <= 16 else 'MISS'}"
    )
    wm = type_queries.worker_ms
    print(f"  of which in the search thread (search + first screenful of entries): p50 {pct(wm, 50):.1f} ms, p95 {pct(wm, 95):.1f} ms")
    for kind, vals in sorted(getattr(type_queries, "by_kind", {}).items()):
        print(f"  {kind:<8} n={len(vals):<4} p50 {pct(vals, 50):6.1f}  p95 {pct(vals, 95):6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
