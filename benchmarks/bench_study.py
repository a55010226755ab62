"""Study benchmark: a simulated 1,000-card, 365-day history; scheduling and statistics on it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_study.py
    ... --cards 1000 --days 365 --repeat 5 [--keep FILE]

The history is simulated through the real core (``Study.answer``, fuzzing
on, as users have it): every day at 09:00 local time the learner works
through the queue (new cards 20 a day, reviews up to 200), recalling each
card with the probability fsrs predicts (its retrievability) and grading
Again, Hard, Good or Easy accordingly; learning steps are repeated after 10
minutes until none is left for the day.

Then, on the last day, it measures (median of ``--repeat`` runs, each step
on a fresh ``Study``):

* **queue**: build today's queue for the whole deck;
* **next + answer**: pick the next card and grade it (the work behind one
  keypress in the review screen), undone afterwards so every run is alike;
* **stats**: ``compute_stats`` with a 365-day history;
* **render**: the statistics view refreshed with those numbers and its four
  charts painted into a pixmap (``QWidget.grab``).

Target: queue + next/answer + stats + render < 2 s (the issue's bar).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_S = 2.0
_APP = None


def build(path: Path, cards: int, days: int, seed: int) -> dict:
    """Make the glossary and simulate the history; returns counts and timings."""
    import fsrs

    from glossary_app.store import open_store
    from glossary_app.study.decks import Deck
    from glossary_app.study.scheduler import Study, to_fsrs
    from glossary_app.study.settings import StudySettings, save_settings
    from tests.study.builders import build_document, synthetic_terms

    t0 = time.perf_counter()
    store = open_store(path)
    # One direction per entry keeps "cards" equal to entries; 250 terms per document.
    terms = synthetic_terms(cards, seed)
    for i in range(0, cards, 250):
        store.replace_document(build_document(f"/bench/doc{i // 250}.txt", terms[i : i + 250]))
    store.rebuild_entries()
    save_settings(store, StudySettings(directions=["zh_en"], timezone="UTC", new_per_day=20, reviews_per_day=200))
    t_corpus = time.perf_counter() - t0

    rng = random.Random(seed)
    random.seed(seed)  # fsrs's fuzz draws from the global generator: same history every run
    study = Study(store)
    scheduler = study.settings.scheduler()
    start = datetime(2025, 1, 1, 9, 0, tzinfo=timezone.utc)
    t1 = time.perf_counter()
    for day in range(days):
        now = start + timedelta(days=day)
        with store.study.atomic():  # one transaction per day: the simulation is not the measured part
            for _round in range(6):
                q = study.queue(Deck(), now)
                due = q.learning + q.review + q.new if _round == 0 else q.learning
                if not due:
                    break
                for c in due:
                    r = scheduler.get_card_retrievability(to_fsrs(c.row), now) if c.row and c.row.last_review else 0.0
                    if c.kind == "new":
                        rating = rng.choices([1, 2, 3, 4], [0.25, 0.15, 0.5, 0.1])[0]
                    elif rng.random() < max(r, 0.85 if c.kind != "review" else 0.0):
                        rating = rng.choices([2, 3, 4], [0.1, 0.8, 0.1])[0]
                    else:
                        rating = int(fsrs.Rating.Again)
                    study.answer(c.entry_id, c.direction, rating, now, duration_ms=rng.randint(2000, 12000))
                now += timedelta(minutes=11)
    t_sim = time.perf_counter() - t1
    n_reviews = len(store.study.reviews())
    n_cards = len(store.study.cards())
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return {"corpus_s": t_corpus, "simulate_s": t_sim, "reviews": n_reviews, "cards": n_cards,
            "last_day": start + timedelta(days=days)}  # the next morning: a full day is due


def measure(path: Path, now: datetime, repeat: int) -> list[tuple[str, float, str]]:
    """Median timings of the measured steps on the simulated history."""
    from glossary_app.gui.qt import QApplication
    from glossary_app.gui.study.stats_view import StatsView
    from glossary_app.store import open_store
    from glossary_app.study.decks import Deck
    from glossary_app.study.scheduler import Study
    from glossary_app.study.stats import compute_stats

    global _APP  # must outlive every widget
    _APP = app = QApplication.instance() or QApplication([])
    store = open_store(path)
    view = StatsView(store, Deck(), now_fn=lambda: now)
    view.history.setCurrentIndex(2)  # one year of reviews per day
    view.resize(1000, 640)
    times: dict[str, list[float]] = {"queue": [], "next + answer": [], "stats": [], "render": [], "total": []}
    info = {}
    for _ in range(repeat):
        t0 = time.perf_counter()
        q = Study(store).queue(Deck(), now)
        t1 = time.perf_counter()
        study = Study(store)
        card = study.next_card(Deck(), now)
        study.answer(card.entry_id, card.direction, 3, now)
        t2 = time.perf_counter()
        study.undo(now)
        t3 = time.perf_counter()
        s = compute_stats(store, now, Deck(), history_days=365)
        t4 = time.perf_counter()
        view.refresh()
        pixmap = view.grab()
        app.processEvents()
        t5 = time.perf_counter()
        times["queue"].append(t1 - t0)
        times["next + answer"].append(t2 - t1)
        times["stats"].append(t4 - t3)
        times["render"].append(t5 - t4)
        times["total"].append((t1 - t0) + (t2 - t1) + (t4 - t3) + (t5 - t4))
        info = {
            "queue": f"{len(q.learning)} learning, {len(q.review)}/{q.review_due} reviews, {len(q.new)} new",
            "next + answer": f"{card.kind} card graded Good",
            "stats": f"{s.total_reviews} log rows, {s.due_today} due today",
            "render": f"4 charts, {pixmap.width()}x{pixmap.height()} px",
            "total": f"target < {TARGET_S:.1f} s",
        }
    # Widgets go before the application and the store (Qt warns otherwise at exit).
    view.close()
    del view, pixmap
    store.close()
    return [(k, statistics.median(v), info[k]) for k, v in times.items()]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="also copy the simulated database here")
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="bench-study-"))
    try:
        db = tmp / "study.db"
        built = build(db, args.cards, args.days, args.seed)
        if args.keep:
            shutil.copy(db, args.keep)
        rows = measure(db, built["last_day"], args.repeat)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"History: {args.cards} entries -> {built['cards']} cards studied, {built['reviews']} reviews over "
          f"{args.days} days (corpus {built['corpus_s']:.1f} s, simulation {built['simulate_s']:.1f} s, not timed below)")
    print()
    print(f"| step | median of {args.repeat} (ms) | what |")
    print("|---|---:|---|")
    for name, seconds, what in rows:
        print(f"| {name} | {seconds * 1000:.1f} | {what} |")
    total = dict((n, s) for n, s, _ in rows)["total"]
    verdict = "PASS" if total < TARGET_S else "FAIL"
    print()
    print(f"{verdict}: schedule + statistics + render in {total:.3f} s (target < {TARGET_S:.1f} s)")
    return 0 if total < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
