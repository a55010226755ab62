"""Study statistics computed from the cards and the review log (no Qt, no SQL).

* **Forecast**: cards due on each of the next days (today includes overdue
  cards and learning cards due later today).
* **Reviews per day**: grades per study day, split by the card's state
  before the grade (learning, review, relearning), plus how many were Again.
* **True retention**: the share of *review-state* cards that were not
  forgotten (rating Hard/Good/Easy), as Anki's "true retention" table
  defines it; young (last interval < 21 days) and mature apart.
* **Cards by state**: new, learning, relearning, young, mature, suspended, buried.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from glossary_app.store.study_store import NEW
from glossary_app.study.clock import ensure_utc
from glossary_app.study.decks import Deck
from glossary_app.study.scheduler import LEARNING, RELEARNING, REVIEW, Study

MATURE_DAYS = 21  # Anki's line between young and mature cards


@dataclass
class DayReviews:
    """Grades on one study day, by the card's state before the grade."""

    day: date
    learning: int = 0  # new and learning cards
    review: int = 0
    relearning: int = 0
    again: int = 0
    duration_ms: int = 0

    @property
    def total(self) -> int:
        """All grades that day."""
        return self.learning + self.review + self.relearning


@dataclass
class Retention:
    """Passed/total review-state grades over a period (young and mature apart)."""

    label: str
    passed: int = 0
    total: int = 0
    young_passed: int = 0
    young_total: int = 0
    mature_passed: int = 0
    mature_total: int = 0

    @property
    def rate(self) -> float | None:
        """passed / total, or None when there were no reviews."""
        return self.passed / self.total if self.total else None


@dataclass
class StudyStats:
    """Everything the statistics view draws."""

    today: date
    due_today: int
    forecast: list[tuple[date, int]]
    reviews_per_day: list[DayReviews]
    retention: list[Retention]  # today, yesterday, last week, month, year, all time
    weekly_retention: list[tuple[date, int, int]]  # (week start, passed, total)
    by_state: dict[str, int] = field(default_factory=dict)
    total_reviews: int = 0
    reviewed_today: int = 0
    time_today_ms: int = 0


def compute_stats(
    store, now: datetime, deck: Deck = Deck(), forecast_days: int = 30, history_days: int = 30,
    study: Study | None = None,
) -> StudyStats:
    """Statistics of ``deck`` at ``now`` (``history_days`` of reviews per day,
    ``forecast_days`` of forecast). The retention table always covers the
    whole log."""
    now = ensure_utc(now)
    study = study or Study(store)
    clock = study.clock
    today = clock.study_day(now)
    _, end_today = clock.bounds(now)

    keys = set(study.deck_cards(deck))
    rows = [r for r in store.study.cards() if r.key in keys]
    stored = {r.key for r in rows}

    by_state = {"new": len(keys - stored), "learning": 0, "relearning": 0, "young": 0, "mature": 0, "suspended": 0, "buried": 0}
    forecast = [0] * forecast_days
    for r in rows:
        if r.suspended:
            by_state["suspended"] += 1
            continue
        buried = r.buried_until is not None and r.buried_until > now
        if buried:
            by_state["buried"] += 1
        if r.state == NEW:
            if not buried:
                by_state["new"] += 1
            continue
        if not buried:
            if r.state == LEARNING:
                by_state["learning"] += 1
            elif r.state == RELEARNING:
                by_state["relearning"] += 1
            else:
                interval = (r.due - r.last_review).days if r.last_review else 0
                by_state["mature" if interval >= MATURE_DAYS else "young"] += 1
        due = r.due
        if buried:
            due = max(due, r.buried_until)
        offset = max(0, (clock.study_day(due) - today).days)
        if offset < forecast_days:
            forecast[offset] += 1

    logs = [g for g in store.study.reviews() if (g.entry_id, g.direction) in keys]
    first_day = today - timedelta(days=history_days - 1)
    per_day = {first_day + timedelta(days=i): DayReviews(first_day + timedelta(days=i)) for i in range(history_days)}
    periods = [
        ("Today", today, today),
        ("Yesterday", today - timedelta(days=1), today - timedelta(days=1)),
        ("Last week", today - timedelta(days=6), today),
        ("Last month", today - timedelta(days=29), today),
        ("Last year", today - timedelta(days=364), today),
        ("All time", date.min, date.max),
    ]
    retention = [Retention(label) for label, _, _ in periods]
    weekly: dict[date, list[int]] = {}
    last_interval: dict[int, float] = {}  # card -> interval given by its previous grade
    reviewed_today = time_today = 0
    for g in logs:
        day = clock.study_day(g.reviewed_at)
        bucket = per_day.get(day)
        if bucket is not None:
            if g.state_before == REVIEW:
                bucket.review += 1
            elif g.state_before == RELEARNING:
                bucket.relearning += 1
            else:
                bucket.learning += 1
            bucket.again += g.rating == 1
            bucket.duration_ms += g.duration_ms or 0
        if day == today:
            reviewed_today += 1
            time_today += g.duration_ms or 0
        if g.state_before == REVIEW:
            passed = g.rating > 1
            mature = last_interval.get(g.card_id, 0) >= MATURE_DAYS
            for ret, (_, lo, hi) in zip(retention, periods):
                if lo <= day <= hi:
                    ret.total += 1
                    ret.passed += passed
                    if mature:
                        ret.mature_total += 1
                        ret.mature_passed += passed
                    else:
                        ret.young_total += 1
                        ret.young_passed += passed
            week = day - timedelta(days=day.weekday())
            w = weekly.setdefault(week, [0, 0])
            w[0] += passed
            w[1] += 1
        last_interval[g.card_id] = g.scheduled_days

    return StudyStats(
        today=today,
        due_today=forecast[0] if forecast else 0,
        forecast=[(today + timedelta(days=i), n) for i, n in enumerate(forecast)],
        reviews_per_day=[per_day[d] for d in sorted(per_day)],
        retention=retention,
        weekly_retention=[(w, p, t) for w, (p, t) in sorted(weekly.items())],
        by_state=by_state,
        total_reviews=len(logs),
        reviewed_today=reviewed_today,
        time_today_ms=time_today,
    )
