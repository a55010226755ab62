"""Statistics from a known history: forecast, reviews per day, true retention, states."""

from __future__ import annotations

from datetime import timedelta

from glossary_app.study.clock import DayClock
from glossary_app.study.decks import Deck
from glossary_app.study.scheduler import Study
from glossary_app.study.stats import compute_stats
from tests.study.conftest import T0

EGFR = "epidermal growth factor receptor"


def test_stats_of_a_known_history(exact):
    store, ids = exact
    study = Study(store)
    eid, os_ = ids[EGFR], ids["overall survival"]
    # Day 0: EGFR zh_en learned to review (Good, Good); OS zh_en failed once then Good.
    t = T0
    t = study.answer(eid, "zh_en", 3, t).due
    egfr = study.answer(eid, "zh_en", 3, t)
    study.answer(os_, "zh_en", 1, T0)
    study.answer(os_, "zh_en", 3, T0 + timedelta(minutes=1))
    # On its due day EGFR is reviewed and forgotten: a review-state grade that failed.
    review_time = egfr.due
    study.answer(eid, "zh_en", 1, review_time)
    study.suspend(ids["chemotherapy"], "zh_en", T0)

    now = review_time + timedelta(minutes=1)
    stats = compute_stats(store, now, study=study, history_days=7)
    day0 = study.clock.study_day(T0)
    today = study.clock.study_day(now)
    assert stats.today == today
    per_day = {d.day: d for d in stats.reviews_per_day}
    assert per_day[day0].learning == 4 and per_day[day0].again == 1
    assert per_day[today].review == 1 and per_day[today].again == 1
    assert stats.total_reviews == 5 and stats.reviewed_today == 1
    all_time = stats.retention[-1]
    assert (all_time.passed, all_time.total, all_time.rate) == (0, 1, 0.0)
    assert stats.retention[0].label == "Today" and stats.retention[0].total == 1
    assert stats.weekly_retention[-1][1:] == (0, 1)
    # EGFR relearning (due today), OS learning (due on day 0 -> overdue -> today).
    assert stats.by_state["relearning"] == 1 and stats.by_state["learning"] == 1
    assert stats.by_state["suspended"] == 1
    n_cards = len(study.deck_cards(Deck()))
    assert sum(stats.by_state.values()) == n_cards
    assert stats.due_today == 2 and stats.forecast[0] == (today, 2)
    assert len(stats.forecast) == 30 and sum(n for _, n in stats.forecast) == 2


def test_forecast_counts_future_reviews_on_their_study_day(exact):
    store, ids = exact
    study = Study(store)
    card = study.answer(ids[EGFR], "en_zh", 4, T0)  # Easy: due in some days
    stats = compute_stats(store, T0, study=study)
    offset = (study.clock.study_day(card.due) - study.clock.study_day(T0)).days
    assert offset >= 1
    assert stats.forecast[offset][1] == 1 and stats.due_today == 0
    assert stats.by_state["young"] == 1


def test_retention_separates_young_and_mature(exact):
    store, ids = exact
    study = Study(store)
    eid = ids[EGFR]
    t = T0
    card = study.answer(eid, "zh_en", 4, t)
    while (card.due - card.last_review).days < 21:
        t = card.due
        card = study.answer(eid, "zh_en", 3, t)
    young_reviews = len([g for g in store.study.reviews() if g.state_before == 2])
    study.answer(eid, "zh_en", 3, card.due)  # first review of a mature card: passed
    stats = compute_stats(store, card.due, study=study)
    all_time = stats.retention[-1]
    assert all_time.mature_total == 1 and all_time.mature_passed == 1
    assert all_time.young_total == young_reviews and all_time.rate == 1.0
    assert stats.by_state["mature"] == 1


def test_day_clock_boundaries():
    from datetime import date, datetime, timezone
    from zoneinfo import ZoneInfo

    clock = DayClock(4, ZoneInfo("Europe/Berlin"))
    # 03:59 local on 10 March is still 9 March's study day; 04:00 starts the 10th.
    assert clock.study_day(datetime(2026, 3, 10, 2, 59, tzinfo=timezone.utc)) == date(2026, 3, 9)
    assert clock.study_day(datetime(2026, 3, 10, 3, 0, tzinfo=timezone.utc)) == date(2026, 3, 10)
    # Across the spring DST change the day start moves with local time.
    assert clock.day_start(date(2026, 3, 28)).hour == 3  # CET
    assert clock.day_start(date(2026, 3, 29)).hour == 2  # CEST (clocks went forward at 01:00 UTC)
    start, end = clock.bounds(datetime(2026, 3, 28, 12, tzinfo=timezone.utc))
    assert end - start == timedelta(hours=23)
