"""Property tests: any grade sequence matches fsrs step by step, and undo walks it back exactly."""

from __future__ import annotations

from datetime import timedelta

import fsrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary_app.study.scheduler import Study
from tests.study.conftest import T0

EGFR = "epidermal growth factor receptor"

grades = st.lists(
    st.tuples(st.integers(1, 4), st.integers(0, 60 * 24 * 40)),  # (rating, minutes after the card is due)
    min_size=1,
    max_size=12,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=grades)
def test_any_history_matches_fsrs_and_undoes_to_nothing(exact, history):
    store, ids = exact
    study = Study(store)
    reference = fsrs.Scheduler(enable_fuzzing=False)
    ref = fsrs.Card(card_id=1)
    now = T0
    states = []
    for rating, late in history:
        card = study.answer(ids[EGFR], "en_zh", rating, now)
        ref, _ = reference.review_card(ref, fsrs.Rating(rating), review_datetime=now)
        assert (card.state, card.step, card.due) == (int(ref.state), ref.step, ref.due)
        assert card.stability == ref.stability and card.difficulty == ref.difficulty
        states.append((card.state, card.step, card.stability, card.difficulty, card.due))
        now = card.due + timedelta(minutes=late)
    # The log rebuilds the final state ...
    study.rebuild_from_log(now)
    c = store.study.card(ids[EGFR], "en_zh")
    assert (c.state, c.step, c.stability, c.difficulty, c.due) == states[-1]
    # ... and undo walks back through every intermediate state to a virtual new card.
    for expected in reversed(states[:-1]):
        study.undo(now)
        c = store.study.card(ids[EGFR], "en_zh")
        assert (c.state, c.step, c.stability, c.difficulty, c.due) == expected
    study.undo(now)
    assert store.study.card(ids[EGFR], "en_zh") is None
    assert store.study.reviews() == []
