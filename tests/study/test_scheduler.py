"""Scheduling with a controllable clock: fsrs intervals, same-day relearning,
limits, undo, suspend/bury, restarts, re-mining and rebuilding from the log."""

from __future__ import annotations

from datetime import timedelta

import fsrs
import pytest

from glossary_app.store import open_store
from glossary_app.study.decks import Deck
from glossary_app.study.scheduler import LEARNING, RELEARNING, REVIEW, Study, format_interval
from glossary_app.study.settings import StudySettings, load_settings, save_settings
from tests.study.builders import TERMS, build_document
from tests.study.conftest import T0

EGFR = "epidermal growth factor receptor"


def snapshot(store):
    return sorted(
        (c.entry_id, c.direction, c.state, c.step, c.stability, c.difficulty, c.due, c.last_review)
        for c in store.study.cards()
    )


def test_repeated_good_grows_the_interval_exactly_as_fsrs_computes(exact):
    store, ids = exact
    study = Study(store)
    reference = fsrs.Scheduler(enable_fuzzing=False)  # fsrs defaults = our defaults
    ref_card = fsrs.Card(card_id=1)
    now = T0
    intervals = []
    for _ in range(8):
        card = study.answer(ids[EGFR], "zh_en", 3, now)
        ref_card, _ = reference.review_card(ref_card, fsrs.Rating.Good, review_datetime=now)
        assert card.due == ref_card.due
        assert card.stability == pytest.approx(ref_card.stability, rel=1e-12)
        assert card.difficulty == pytest.approx(ref_card.difficulty, rel=1e-12)
        assert card.state == int(ref_card.state)
        intervals.append(card.due - now)
        now = card.due
    # Two learning steps (10 m, then graduation), then strictly growing day intervals.
    assert intervals[0] == timedelta(minutes=10)
    days = [i.days for i in intervals[1:]]
    assert days == sorted(days) and len(set(days)) == len(days)
    assert store.study.card(ids[EGFR], "zh_en").state == REVIEW


def test_desired_retention_and_steps_reach_fsrs(exact):
    store, ids = exact
    settings = StudySettings(
        enable_fuzzing=False, timezone="UTC", desired_retention=0.8, learning_steps_min=[5], relearning_steps_min=[3]
    )
    study = Study(store, settings)
    reference = fsrs.Scheduler(
        desired_retention=0.8, learning_steps=(timedelta(minutes=5),), relearning_steps=(timedelta(minutes=3),),
        enable_fuzzing=False,
    )
    ref = fsrs.Card(card_id=9)
    now = T0
    for rating in (3, 3, 3, 1, 3):
        card = study.answer(ids[EGFR], "en_zh", rating, now)
        ref, _ = reference.review_card(ref, fsrs.Rating(rating), review_datetime=now)
        assert card.due == ref.due
        now = card.due


def test_again_brings_a_card_back_the_same_day(exact):
    store, ids = exact
    study = Study(store)
    eid = ids[EGFR]
    now = T0
    for _ in range(3):  # learn and graduate to review
        now = study.answer(eid, "zh_en", 3, now).due
    card = study.answer(eid, "zh_en", 1, now)  # forgotten in review
    assert card.state == RELEARNING and card.due == now + timedelta(minutes=10)
    assert study.queue(Deck(), now).learning_later[0].key == (eid, "zh_en")
    back = study.next_card(Deck(), card.due)
    assert back is not None and back.key == (eid, "zh_en") and back.kind == "relearning"
    assert study.clock.study_day(card.due) == study.clock.study_day(now)
    # A new card failed at once comes back after the first learning step.
    failed = study.answer(ids["overall survival"], "zh_en", 1, T0)
    assert failed.state == LEARNING and failed.due == T0 + timedelta(minutes=1)


def test_learning_cards_are_shown_early_only_when_nothing_else_is_left(exact):
    store, ids = exact
    study = Study(store, StudySettings(enable_fuzzing=False, timezone="UTC", new_per_day=1))
    first = study.next_card(Deck(), T0)
    study.answer(first.entry_id, first.direction, 3, T0)  # due in 10 minutes; the new limit is used up
    nxt = study.next_card(Deck(), T0 + timedelta(minutes=1))
    assert nxt is not None and nxt.key == first.key  # learn-ahead: 9 minutes early
    too_early = Study(store, StudySettings(enable_fuzzing=False, timezone="UTC", new_per_day=1, learn_ahead_min=0))
    assert too_early.next_card(Deck(), T0 + timedelta(minutes=1)) is None


def test_daily_new_card_limit_holds_and_resets_on_the_next_day(exact):
    store, _ = exact
    study = Study(store, StudySettings(enable_fuzzing=False, timezone="UTC", new_per_day=2))
    q = study.queue(Deck(), T0)
    assert len(q.new) == 2 and q.new_available > 2
    for c in q.new:
        study.answer(c.entry_id, c.direction, 4, T0)  # Easy: straight to review
    later = study.queue(Deck(), T0 + timedelta(hours=5))
    assert later.new == [] and later.new_done_today == 2
    tomorrow = study.queue(Deck(), T0 + timedelta(days=1))
    assert len(tomorrow.new) == 2 and tomorrow.new_done_today == 0
    # The CLI/GUI can override the limit for one session.
    assert len(study.queue(Deck(), T0 + timedelta(hours=5), new_limit=5).new) == 3


def test_daily_review_limit_holds(exact):
    store, _ = exact
    study = Study(store)
    for c in study.queue(Deck(), T0, new_limit=100).new:
        study.answer(c.entry_id, c.direction, 4, T0)  # Easy: review in some days
    far = T0 + timedelta(days=60)
    capped = Study(store, StudySettings(enable_fuzzing=False, timezone="UTC", reviews_per_day=2))
    q = capped.queue(Deck(), far)
    assert q.review_due > 2 and len(q.review) == 2
    for c in q.review:
        capped.answer(c.entry_id, c.direction, 3, far)
    assert capped.queue(Deck(), far + timedelta(minutes=1)).review == []
    assert capped.queue(Deck(), far + timedelta(minutes=1)).reviews_done_today == 2


def test_new_siblings_wait_for_another_day(exact):
    store, ids = exact
    study = Study(store, StudySettings(enable_fuzzing=False, timezone="UTC", new_per_day=100))
    q = study.queue(Deck(), T0)
    assert len({c.entry_id for c in q.new}) == len(q.new)  # one direction per entry per day
    study.answer(ids[EGFR], "zh_en", 3, T0)
    assert ids[EGFR] not in {c.entry_id for c in study.queue(Deck(), T0).new}
    assert ids[EGFR] in {c.entry_id for c in study.queue(Deck(), T0 + timedelta(days=1)).new}


def test_review_cards_are_due_from_the_start_of_their_local_study_day(glossary):
    store, ids = glossary
    save_settings(store, StudySettings(enable_fuzzing=False, timezone="Asia/Shanghai", day_start_hour=4))
    study = Study(store)
    eid = ids[EGFR]
    card = study.answer(eid, "zh_en", 4, T0)  # Easy on a new card: a multi-day interval
    due_day = study.clock.study_day(card.due)
    day_start = study.clock.day_start(due_day)  # 04:00 Shanghai = 20:00 UTC the day before
    assert day_start.hour == 20
    assert not any(c.entry_id == eid for c in study.queue(Deck(), day_start - timedelta(seconds=1)).review)
    assert any(c.entry_id == eid for c in study.queue(Deck(), day_start).review)


def test_undo_restores_the_card_and_the_limits(exact):
    store, ids = exact
    study = Study(store)
    eid = ids[EGFR]
    first = study.answer(eid, "zh_en", 3, T0)
    before = snapshot(store)
    study.answer(eid, "zh_en", 1, T0 + timedelta(minutes=10))
    undone = study.undo(T0 + timedelta(minutes=11))
    assert undone.rating == 1
    assert snapshot(store) == before
    assert store.study.card(eid, "zh_en").due == first.due
    # Undoing the first grade makes it a new card again, with no row and no count.
    study.undo(T0 + timedelta(minutes=12))
    assert store.study.card(eid, "zh_en") is None
    assert study.queue(Deck(), T0).new_done_today == 0
    assert study.undo(T0) is None


def test_the_undo_history_survives_a_restart(exact, tmp_path):
    store, ids = exact
    Study(store).answer(ids[EGFR], "zh_en", 3, T0)
    path = store.path
    store.close()
    again = open_store(path)
    try:
        assert Study(again).undo(T0).rating == 3
        assert again.study.card(ids[EGFR], "zh_en") is None
    finally:
        again.close()


def test_suspend_and_bury(exact):
    store, ids = exact
    study = Study(store)
    eid = ids[EGFR]
    study.suspend(eid, "zh_en", T0)
    q = study.queue(Deck(), T0)
    assert (eid, "zh_en") not in {c.key for c in q.new} and q.suspended == 1
    study.suspend(eid, "zh_en", T0, suspended=False)
    assert store.study.card(eid, "zh_en") is None  # nothing left to remember: the row goes
    study.bury(eid, "zh_en", T0)
    assert study.queue(Deck(), T0).buried == 1
    tomorrow = study.clock.next_day_start(T0)
    assert (eid, "zh_en") in {c.key for c in study.queue(Deck(), tomorrow).new}
    assert store.study.card(eid, "zh_en").buried_until == tomorrow


def test_each_review_is_logged(exact):
    store, ids = exact
    study = Study(store)
    eid = ids[EGFR]
    now = T0
    for rating in (3, 3):
        now = study.answer(eid, "zh_en", rating, now, duration_ms=1500).due
    card = study.answer(eid, "zh_en", 2, now + timedelta(days=3))
    log = store.study.reviews(with_cards=True)
    assert [g.rating for g in log] == [3, 3, 2]
    assert [g.state_before for g in log] == [0, LEARNING, REVIEW]
    assert [g.state_after for g in log] == [LEARNING, REVIEW, REVIEW]
    assert log[0].card_before is None and log[1].card_before["state"] == LEARNING
    assert log[2].elapsed_days == (now + timedelta(days=3) - log[1].reviewed_at).days
    assert log[2].due_after == card.due and log[0].duration_ms == 1500
    assert log[2].card_after["stability"] == card.stability


def test_state_survives_a_restart(exact):
    store, ids = exact
    study = Study(store)
    now = T0
    for c in study.queue(Deck(), T0).new:
        study.answer(c.entry_id, c.direction, 3, now)
    study.suspend(ids["chemotherapy"], "en_zh", now)
    before, queue_before = snapshot(store), study.queue(Deck(), now + timedelta(minutes=10)).counts
    path = store.path
    store.close()
    reopened = open_store(path)
    try:
        assert snapshot(reopened) == before
        assert Study(reopened).queue(Deck(), now + timedelta(minutes=10)).counts == queue_before
        assert reopened.study.card(ids["chemotherapy"], "en_zh").suspended
    finally:
        reopened.close()


def test_state_survives_a_remine_and_keeps_studied_entries(exact):
    store, ids = exact
    study = Study(store)
    now = T0
    for eid in ids.values():
        for c in study.deck_cards(Deck()):
            if c[0] == eid:
                study.answer(*c, 3, now)
    before = snapshot(store)
    # Re-mine: the document changes (chemotherapy is gone, a new term arrives).
    terms = [t for t in TERMS if t[1] != "chemotherapy"] + [("放疗", "radiotherapy", "RT")]
    store.replace_document(build_document("/docs/onc.txt", terms))
    store.rebuild_entries()
    assert snapshot(store) == before
    chemo = store.entry(ids["chemotherapy"])
    assert chemo is not None and chemo.retired  # kept for its study data
    assert {e.en for e in store.entries(store.entry_ids())} >= {EGFR, "radiotherapy"}
    assert ids[EGFR] == next(e.id for e in store.entries(store.entry_ids()) if e.en == EGFR)


def test_the_log_rebuilds_the_state(glossary):
    store, ids = glossary
    save_settings(store, StudySettings(timezone="UTC"))  # fuzzing on, as users have it
    study = Study(store)
    now = T0
    for day in range(40):
        t = now + timedelta(days=day)
        for c in list(study.queue(Deck(), t).learning) + study.queue(Deck(), t).review + study.queue(Deck(), t).new:
            study.answer(c.entry_id, c.direction, 1 if (day + c.entry_id) % 7 == 0 else 3, t)
        t += timedelta(minutes=15)
        for c in study.queue(Deck(), t).learning:
            study.answer(c.entry_id, c.direction, 3, t)
    assert len(store.study.reviews()) > 30
    study.suspend(ids[EGFR], "zh_en", now)
    before = snapshot(store)
    store.db.execute("delete from cards where entry_id != ?", [ids[EGFR]])  # lose most of the table
    store.study.replace_card_states({c.id: {"state": 0} for c in store.study.cards()}, now)
    assert snapshot(store) != before
    assert study.rebuild_from_log(now) > 0
    assert snapshot(store) == before
    assert store.study.card(ids[EGFR], "zh_en").suspended  # flags are not scheduling state


def test_replaying_the_log_matches_an_unfuzzed_history(exact):
    store, ids = exact
    study = Study(store)
    now = T0
    for rating in (3, 3, 1, 3, 3, 4):
        now = study.answer(ids[EGFR], "en_zh", rating, now).due + timedelta(hours=2)
    before = snapshot(store)
    study.rebuild_from_log(now, replay=True)
    assert snapshot(store) == before
    # Replaying with a new desired retention reschedules (like Anki's "reschedule on change").
    Study(store, StudySettings(enable_fuzzing=False, timezone="UTC", desired_retention=0.97)).rebuild_from_log(
        now, replay=True
    )
    assert store.study.card(ids[EGFR], "en_zh").due < dict(((b[0], b[1]), b[6]) for b in before)[(ids[EGFR], "en_zh")]


def test_preview_matches_answer_without_fuzz(exact):
    store, ids = exact
    study = Study(store)
    preview = study.preview(ids[EGFR], "zh_en", T0)
    assert preview[1] == T0 + timedelta(minutes=1) and preview[3] == T0 + timedelta(minutes=10)
    assert preview[4] - T0 >= timedelta(days=1)
    assert study.answer(ids[EGFR], "zh_en", 4, T0).due == preview[4]
    assert [format_interval(timedelta(minutes=m)) for m in (1, 10, 180, 60 * 24 * 3, 60 * 24 * 90, 60 * 24 * 800)] == [
        "1m", "10m", "3h", "3d", "3.0mo", "2.2y"
    ]


def test_naive_datetimes_are_refused(exact):
    store, ids = exact
    with pytest.raises(ValueError):
        Study(store).answer(ids[EGFR], "zh_en", 3, T0.replace(tzinfo=None))


def test_settings_round_trip_and_validation(fresh_store):
    s = StudySettings(desired_retention=0.85, new_per_day=5, directions=["en_zh"], timezone="Europe/Berlin")
    save_settings(fresh_store, s)
    assert load_settings(fresh_store) == s
    for bad in ({"desired_retention": 0.5}, {"day_start_hour": 24}, {"directions": ["x"]}, {"timezone": "Mars/Base"}):
        with pytest.raises(Exception):
            StudySettings(**bad)


def test_merging_entries_keeps_study_progress(exact):
    store, ids = exact
    study = Study(store)
    os_, pfs, orr = ids["overall survival"], ids["progression-free survival"], ids["objective response rate"]
    studied = study.answer(pfs, "en_zh", 4, T0)  # progress on the entry that will be merged away
    study.answer(orr, "zh_en", 3, T0)
    study.answer(os_, "zh_en", 4, T0)  # the target already has this direction
    store.curation.merge(os_, pfs)
    keys = set(study.deck_cards(Deck()))
    assert all(e != pfs for e, _ in keys)
    moved = store.study.card(os_, "en_zh")
    assert moved is not None and moved.id == studied.id and moved.due == studied.due
    # The target's own card of a direction wins; the merged one stays put.
    store.curation.merge(os_, orr)
    study.deck_cards(Deck())
    assert store.study.card(orr, "zh_en") is not None
    assert store.study.card(os_, "zh_en").last_review == T0
