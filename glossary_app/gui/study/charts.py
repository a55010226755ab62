"""Bar charts drawn with QPainter (PySide6-Essentials has no QtCharts).

One widget, :class:`BarChart`, covers every study chart: stacked series
(reviews per day by kind), a single series (forecast, weekly retention) or
one colour per bar (cards by state). The data is kept as plain lists, so
tests can read back exactly what is drawn, and :meth:`BarChart.paint` can
draw on any paint device (the benchmark renders into a pixmap).
"""

from __future__ import annotations

from dataclasses import dataclass

from glossary_app.gui.qt import QColor, QFont, QPainter, QPixmap, QSize, Qt, QWidget


@dataclass
class Series:
    """One stacked layer: its name (for the legend), colour and a value per bar."""

    name: str
    color: str
    values: list[float]


class BarChart(QWidget):
    """A titled bar chart with stacked series, a y axis and sparse x labels.

    Args:
        title: shown above the plot.
        y_max: fixed top of the y axis (e.g. 100 for percentages); None = from the data.
        y_suffix: appended to axis numbers ("%").
    """

    MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 40, 10, 26, 34

    def __init__(self, title: str = "", y_max: float | None = None, y_suffix: str = "", parent=None) -> None:
        super().__init__(parent)
        self.title = title
        self.y_max = y_max
        self.y_suffix = y_suffix
        self.labels: list[str] = []
        self.series: list[Series] = []
        self.bar_colors: list[str] | None = None
        self.setMinimumSize(260, 170)
        self.setAccessibleName(title)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(420, 220)

    def set_data(self, labels: list[str], series: list[Series], bar_colors: list[str] | None = None) -> None:
        """Replace the data: one label per bar, series stacked bottom-up;
        ``bar_colors`` colours each bar of a single series separately."""
        if any(len(s.values) != len(labels) for s in series):
            raise ValueError("every series needs one value per label")
        self.labels, self.series, self.bar_colors = list(labels), list(series), bar_colors
        self.setAccessibleDescription(
            "; ".join(f"{lab}: {sum(s.values[i] for s in series):g}" for i, lab in enumerate(labels))
        )
        self.update()

    def totals(self) -> list[float]:
        """Height of each stacked bar."""
        return [sum(s.values[i] for s in self.series) for i in range(len(self.labels))]

    # -- drawing ------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt name)
        p = QPainter(self)
        try:
            self.paint(p, self.width(), self.height())
        finally:
            p.end()

    def render_pixmap(self, width: int = 420, height: int = 220) -> QPixmap:
        """The chart drawn into a new pixmap (for export and benchmarks)."""
        pm = QPixmap(width, height)
        pm.fill(self.palette().color(self.backgroundRole()))
        p = QPainter(pm)
        try:
            self.paint(p, width, height)
        finally:
            p.end()
        return pm

    def paint(self, p: QPainter, width: int, height: int) -> None:
        """Draw the whole chart on ``p`` in a ``width`` × ``height`` box."""
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text_color = self.palette().color(self.foregroundRole())
        grid = QColor(text_color)
        grid.setAlpha(40)
        font = QFont(self.font())
        p.setFont(font)
        p.setPen(text_color)
        p.drawText(0, 0, width, self.MARGIN_TOP - 6, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)

        left, top = self.MARGIN_LEFT, self.MARGIN_TOP
        plot_w = max(1, width - left - self.MARGIN_RIGHT)
        plot_h = max(1, height - top - self.MARGIN_BOTTOM)
        totals = self.totals()
        top_value = self.y_max if self.y_max is not None else _nice_ceiling(max(totals, default=0))

        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        p.setFont(small)
        for i in range(5):  # horizontal grid lines and y labels
            y = top + plot_h - round(plot_h * i / 4)
            p.setPen(grid)
            p.drawLine(left, y, left + plot_w, y)
            p.setPen(text_color)
            value = top_value * i / 4
            label = f"{value:.0f}" if top_value >= 4 or value == 0 else f"{value:.1f}"
            p.drawText(0, y - 8, left - 4, 16, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label + self.y_suffix)

        n = len(self.labels)
        if n and top_value > 0:
            slot = plot_w / n
            bar_w = max(1, int(slot * 0.8))
            for i in range(n):
                x = left + int(i * slot + (slot - bar_w) / 2)
                base = 0.0
                for k, s in enumerate(self.series):
                    v = s.values[i]
                    if v <= 0:
                        continue
                    y0 = top + plot_h - round(plot_h * min(base, top_value) / top_value)
                    y1 = top + plot_h - round(plot_h * min(base + v, top_value) / top_value)
                    color = self.bar_colors[i] if self.bar_colors and len(self.series) == 1 else s.color
                    p.fillRect(x, y1, bar_w, max(1, y0 - y1), QColor(color))
                    base += v
            # Sparse x labels: at most ~8, always the first and the last.
            p.setPen(text_color)
            step = max(1, round(n / 8))
            for i in range(0, n, step):
                cx = left + int((i + 0.5) * slot)
                p.drawText(cx - 40, top + plot_h + 2, 80, 16, Qt.AlignmentFlag.AlignHCenter, self.labels[i])
        elif not n:
            p.drawText(left, top, plot_w, plot_h, Qt.AlignmentFlag.AlignCenter, "—")

        if len(self.series) > 1:  # legend along the bottom
            x = left
            for s in self.series:
                p.fillRect(x, height - 13, 10, 10, QColor(s.color))
                p.setPen(text_color)
                p.drawText(x + 14, height - 16, 120, 16, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, s.name)
                x += 24 + p.fontMetrics().horizontalAdvance(s.name)
        p.setFont(font)


def _nice_ceiling(value: float) -> float:
    """A round axis top at or above ``value`` whose quarter is also round
    (grid steps of 1, 2, 5 × 10^k, so every axis label is a whole number)."""
    magnitude = 1
    while True:
        for m in (1, 2, 5):
            if m * magnitude * 4 >= value:
                return m * magnitude * 4
        magnitude *= 10
