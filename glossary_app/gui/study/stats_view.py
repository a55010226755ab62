"""The statistics view: due today and the 30-day forecast, reviews per day,
true retention from the log, and cards by state, as QPainter bar charts.

All numbers come from :func:`glossary_app.study.stats.compute_stats`; this
widget only lays them out.
"""

from __future__ import annotations

import html

from glossary_app.gui.i18n import tr
from glossary_app.gui.qt import QComboBox, QHBoxLayout, QLabel, Qt, QVBoxLayout, QWidget
from glossary_app.gui.study.charts import BarChart, Series
from glossary_app.study.clock import utc_now
from glossary_app.study.decks import Deck
from glossary_app.study.stats import StudyStats, compute_stats

STATE_COLORS = {
    "new": "#5b8def",
    "learning": "#e8a33d",
    "relearning": "#d9534f",
    "young": "#7bc67b",
    "mature": "#2e8b57",
    "suspended": "#b0a040",
    "buried": "#999999",
}
KIND_COLORS = {"learning": "#e8a33d", "review": "#2e8b57", "relearning": "#d9534f"}


class StatsView(QWidget):
    """Charts and a retention table for one deck.

    ``now_fn`` returns the current aware datetime (tests pass a fixed clock).
    """

    def __init__(self, store, deck: Deck = Deck(), now_fn=utc_now, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.deck = deck
        self.now_fn = now_fn
        self.stats: StudyStats | None = None

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.history = QComboBox()
        for days, label in ((30, tr("1 month")), (90, tr("3 months")), (365, tr("1 year"))):
            self.history.addItem(label, days)
        # Bound-method slots only: lambdas capturing self crash PySide6 6.12 on deletion.
        self.history.currentIndexChanged.connect(self._history_changed)
        self.forecast_chart = BarChart(tr("Due: today and the next 30 days"))
        self.reviews_chart = BarChart(tr("Reviews per day"))
        self.retention_chart = BarChart(tr("True retention per week"), y_max=100, y_suffix="%")
        self.states_chart = BarChart(tr("Cards by state"))
        self.retention_table = QLabel()
        self.retention_table.setTextFormat(Qt.TextFormat.RichText)
        self.retention_table.setAccessibleName(tr("True retention"))

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(tr("History:")))
        top.addWidget(self.history)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        row1.addWidget(self.forecast_chart)
        row1.addWidget(self.reviews_chart)
        row2.addWidget(self.retention_chart)
        row2.addWidget(self.states_chart)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(row1, 1)
        lay.addLayout(row2, 1)
        lay.addWidget(self.retention_table)

    def _history_changed(self, _index: int) -> None:
        self.refresh()

    def set_deck(self, deck: Deck) -> None:
        """Show the statistics of another deck."""
        self.deck = deck
        self.refresh()

    def refresh(self) -> StudyStats:
        """Recompute from the store and redraw; returns the numbers shown."""
        days = self.history.currentData() or 30
        s = compute_stats(self.store, self.now_fn(), self.deck, history_days=days)
        self.stats = s
        self.summary.setText(
            tr("{due} due today · {done} reviewed today · {total} reviews in all").format(
                due=s.due_today, done=s.reviewed_today, total=s.total_reviews
            )
        )
        self.forecast_chart.set_data(
            [f"{d.month}/{d.day}" for d, _ in s.forecast], [Series(tr("Due"), "#5b8def", [n for _, n in s.forecast])]
        )
        per_day = s.reviews_per_day
        self.reviews_chart.set_data(
            [f"{d.day.month}/{d.day.day}" for d in per_day],
            [
                Series(tr("Learning"), KIND_COLORS["learning"], [d.learning for d in per_day]),
                Series(tr("Review"), KIND_COLORS["review"], [d.review for d in per_day]),
                Series(tr("Relearning"), KIND_COLORS["relearning"], [d.relearning for d in per_day]),
            ],
        )
        weeks = s.weekly_retention[-26:]
        self.retention_chart.set_data(
            [f"{w.month}/{w.day}" for w, _, _ in weeks],
            [Series(tr("Retention"), "#2e8b57", [100.0 * p / t if t else 0.0 for _, p, t in weeks])],
        )
        names = list(STATE_COLORS)
        self.states_chart.set_data(
            [tr(n.capitalize()) for n in names],
            [Series(tr("Cards"), "#5b8def", [s.by_state.get(n, 0) for n in names])],
            bar_colors=[STATE_COLORS[n] for n in names],
        )
        self.retention_table.setText(self._retention_html(s))
        return s

    @staticmethod
    def _retention_html(s: StudyStats) -> str:
        def pct(p, t):
            return f"{100.0 * p / t:.1f}%" if t else "—"

        rows = "".join(
            f"<tr><td>{html.escape(tr(r.label))}</td><td align=right>{pct(r.young_passed, r.young_total)}</td>"
            f"<td align=right>{pct(r.mature_passed, r.mature_total)}</td>"
            f"<td align=right><b>{pct(r.passed, r.total)}</b></td><td align=right>{r.total}</td></tr>"
            for r in s.retention
        )
        head = "".join(f"<th>{html.escape(h)}</th>" for h in (tr("True retention"), tr("Young"), tr("Mature"), tr("Total"), tr("Reviews")))
        return f"<table cellspacing=0 cellpadding=3><tr>{head}</tr>{rows}</table>"
