"""The statistics view draws what the core computes; the study window ties it together."""

from __future__ import annotations

import pytest

from datetime import timedelta

from glossary_app.gui.study.charts import BarChart, Series, _nice_ceiling
from glossary_app.gui.study.stats_view import STATE_COLORS, StatsView
from glossary_app.gui.study.study_window import StudyWindow
from glossary_app.study.decks import Deck
from glossary_app.study.scheduler import Study
from glossary_app.study.settings import load_settings
from glossary_app.study.stats import compute_stats
from tests.study.conftest import T0

from tests.gui.conftest import QT_LOG_IGNORE

# Any Qt warning fails these tests, as in the rest of the GUI suite.
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

EGFR = "epidermal growth factor receptor"


def make_history(store, days: int = 12):
    study = Study(store)
    for day in range(days):
        t = T0 + timedelta(days=day)
        q = study.queue(Deck(), t)
        for c in q.learning + q.review + q.new:
            study.answer(c.entry_id, c.direction, 1 if (day + c.entry_id) % 5 == 0 else 3, t)
        t += timedelta(minutes=12)
        for c in study.queue(Deck(), t).learning:
            study.answer(c.entry_id, c.direction, 3, t)
    return T0 + timedelta(days=days - 1, hours=1)


def test_stats_view_shows_the_core_numbers(qtbot, glossary, clock):
    store, ids = glossary
    clock.t = make_history(store)
    view = StatsView(store, Deck(), now_fn=clock)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    shown = view.refresh()
    expected = compute_stats(store, clock.t, Deck(), history_days=30)
    assert shown.forecast == expected.forecast
    assert view.forecast_chart.totals() == [n for _, n in expected.forecast]
    assert len(view.forecast_chart.labels) == 30
    assert view.reviews_chart.totals() == [d.total for d in expected.reviews_per_day]
    assert sum(view.reviews_chart.totals()) == expected.total_reviews > 0
    assert [s.name for s in view.reviews_chart.series] == ["Learning", "Review", "Relearning"]
    assert view.states_chart.totals() == [expected.by_state[k] for k in STATE_COLORS]
    weekly = view.retention_chart.series[0].values
    assert weekly and all(0 <= v <= 100 for v in weekly)
    assert "All time" in view.retention_table.text()
    all_time = expected.retention[-1]
    assert f"{100.0 * all_time.passed / all_time.total:.1f}%" in view.retention_table.text()
    assert f"{expected.due_today} due today" in view.summary.text()
    # A year of history: the combo changes the reviews chart's span.
    view.history.setCurrentIndex(2)
    assert len(view.reviews_chart.labels) == 365
    assert not view.grab().isNull()


def test_bar_chart_paints_stacked_bars(qtbot):
    chart = BarChart("t")
    qtbot.addWidget(chart)
    chart.set_data(["a", "b"], [Series("x", "#ff0000", [1, 0]), Series("y", "#0000ff", [2, 3])])
    assert chart.totals() == [3, 3]
    # Axis tops keep every quarter (grid line) a whole number.
    assert [_nice_ceiling(v) for v in (0, 5, 9, 183, 12477)] == [4, 8, 20, 200, 20000]
    image = chart.render_pixmap(200, 150).toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 200, 2) for y in range(0, 150, 2)}
    assert "#ff0000" in colours and "#0000ff" in colours
    try:
        chart.set_data(["a"], [Series("x", "#000", [1, 2])])
    except ValueError:
        pass
    else:
        raise AssertionError("mismatched series accepted")


def test_study_window_decks_options_and_tabs(qtbot, glossary, clock):
    store, ids = glossary
    store.curation.set_favourite(ids["overall survival"])
    store.curation.edit(ids["chemotherapy"], tags=["drugs"])
    w = StudyWindow(store, now_fn=clock)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    labels = [w.deck_combo.itemText(i) for i in range(w.deck_combo.count())]
    assert "Tag: drugs" in labels and any(x.startswith("Document:") for x in labels)
    w.deck_combo.setCurrentIndex(w.deck_combo.findData("favourites"))
    assert w.review.current.entry_id == ids["overall survival"]
    w.deck_combo.setCurrentIndex(w.deck_combo.findData("tag:drugs"))
    assert w.review.current.entry_id == ids["chemotherapy"]
    # A saved search deck (needs the search engine).
    w.search_deck.setText("EGFR")
    w._use_search_deck()
    assert w.current_deck() == Deck("search", "EGFR")
    assert w.review.current is not None and w.review.current.entry_id == ids[EGFR]
    w.save_deck_button.click()
    assert [d["name"] for d in store.study.decks()] == ["EGFR"]
    assert w.current_deck() == Deck("saved", "EGFR")
    # Directions are a stored setting.
    w.direction_boxes["zh_en"].setChecked(False)
    w.direction_boxes["en_zh"].setChecked(False)
    assert load_settings(store).directions == ["abbr_full"]
    assert w.review.current.direction == "abbr_full"
    # Options: invalid input is refused with a message, valid input is stored.
    w.tabs.setCurrentWidget(w.options)
    w.options.fields["desired_retention"].setText("1.5")
    assert not w.options.save() and "retention" in w.options.error.text()
    w.options.fields["desired_retention"].setText("0.85")
    w.options.fields["new_per_day"].setText("7")
    assert w.options.save()
    s = load_settings(store)
    assert (s.desired_retention, s.new_per_day) == (0.85, 7)
    w.tabs.setCurrentWidget(w.stats)
    assert w.stats.stats is not None and w.stats.deck == w.current_deck()
