"""The models pass Qt's model tester; results below the fold are fetched as the user scrolls."""

from __future__ import annotations

from glossary_app.gui.qt import Qt
from glossary_app.gui.results_model import ResultsModel
from glossary_app.gui.workers import SearchWorker
from tests.gui.helpers import search


def test_results_and_concordance_models_pass_the_model_tester(window, qtbot, qtmodeltester):
    search(qtbot, window, "survival")
    qtmodeltester.check(window.model)
    qtbot.waitUntil(lambda: window.concordance_en.kwic.rowCount() > 0)
    qtmodeltester.check(window.concordance_en.kwic)
    qtmodeltester.check(window.concordance_en.proxy)


def test_rows_below_the_fold_are_fetched_when_scrolled_to(window, qtbot, monkeypatch):
    monkeypatch.setattr(SearchWorker, "FIRST", 1)
    monkeypatch.setattr(ResultsModel, "BATCH", 1)
    result = search(qtbot, window, "s")
    assert len(result.rows) == 1 and len(result.more) >= 1
    expected = [result.rows[0].entry.id] + [h.entry_id for h in result.more]
    # The view asks for more when the user scrolls to the end.
    for _ in range(len(expected)):
        window.results.scrollToBottom()
        qtbot.wait(5)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(expected))
    assert not window.model.canFetchMore()
    assert [window.model.entry_at(r).id for r in range(len(expected))] == expected
    assert window.model.index(len(expected) - 1, 2).data(Qt.ItemDataRole.DisplayRole)
