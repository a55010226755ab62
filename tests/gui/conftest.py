"""GUI fixtures: a small known glossary, isolated settings, the real main window.

Every test in this folder fails on any Qt warning (qutebrowser's
``qt_log_level_fail = WARNING``), applied here rather than in pyproject.toml
so that only the GUI suite is affected.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

GUI_DIR = Path(__file__).resolve().parent

# Offscreen-platform noise that says nothing about our code.
QT_LOG_IGNORE = [
    r"This plugin does not support propagateSizeHints",
    r"This plugin does not support raise",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        path = Path(str(item.fspath)).resolve()
        if GUI_DIR in path.parents and "study" not in path.parts:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*QT_LOG_IGNORE))


@pytest.fixture(scope="session")
def _shared_cache(tmp_path_factory):
    """One cache folder for the GUI session, with the dictionary cache built once
    (building it takes seconds; every test would otherwise rebuild it)."""
    import os

    cache = tmp_path_factory.mktemp("gui-cache")
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(cache)
    try:
        from glossary_app.search import dictionary_lookup

        dictionary_lookup("肿瘤", limit=1)
    finally:
        if old is None:
            os.environ.pop("XDG_CACHE_HOME", None)
        else:
            os.environ["XDG_CACHE_HOME"] = old
    return cache


@pytest.fixture(autouse=True)
def _gui_cache(_shared_cache, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(_shared_cache))


# -- a small glossary with known content --------------------------------------
EN_TEXT = (
    "Progression-free survival (PFS) was the primary endpoint of the trial. "
    "Median PFS was 18.9 months with osimertinib. "
    "The epidermal growth factor receptor (EGFR) mutation predicts response. "
    "Patients with EGFR mutations had longer PFS than expected. "
    "Overall survival (OS) data are immature."
)
ZH_TEXT = (
    "无进展生存期（progression-free survival，PFS）是该试验的主要终点。"
    "奥希替尼组的中位无进展生存期为18.9个月。"
    "表皮生长因子受体（epidermal growth factor receptor，EGFR）突变可预测疗效。"
    "总生存期（overall survival，OS）数据尚不成熟。"
)
HTML_TEXT = (
    "Figure 2 <img src=x onerror=alert(1)> shows <b>progression-free survival</b> by arm. "
    "Tumour mutational burden (TMB) was high."
)


def _sentences(text: str):
    from glossary_app.mining.model import Sentence

    out, start = [], 0
    for m in re.finditer(r"[.。]\s*", text):
        seg = text[start : m.start() + 1]
        lang = "zh" if re.search(r"[\u4e00-\u9fff]", seg) else "en"
        out.append(Sentence(start, m.start() + 1, lang))
        start = m.end()
    return out


def _definition(text: str, zh=None, en=None, abbr=None):
    from glossary_app.mining.model import Definition

    spans = {}
    for name, value in (("zh", zh), ("en", en), ("abbr", abbr)):
        if value:
            i = text.index(value)
            spans[name] = (i, i + len(value))
    start = min(s for s, _ in spans.values())
    end = max(e for _, e in spans.values()) + 1
    return Definition(
        zh=zh, en=en, abbr=abbr, start=start, end=end, confidence=0.9,
        zh_span=spans.get("zh"), en_span=spans.get("en"), abbr_span=spans.get("abbr"),
    )


def _doc(path: str, title: str, text: str, language: str, defs: list[dict]):
    from glossary_app.mining.model import MinedDocument, ReadDocument

    doc = ReadDocument(
        path=path, text=text, encoding="utf-8", format="text", title=title, language=language,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )
    return MinedDocument(document=doc, sentences=_sentences(text), definitions=[_definition(text, **d) for d in defs])


def build_small_glossary(store) -> None:
    """Three documents (English, Chinese, one holding HTML-looking text) with
    PFS, EGFR, OS and TMB defined; entries rebuilt."""
    store.replace_document(
        _doc("/corpus/trial_en.txt", "FLAURA trial report", EN_TEXT, "en", [
            {"en": "Progression-free survival", "abbr": "PFS"},
            {"en": "epidermal growth factor receptor", "abbr": "EGFR"},
            {"en": "Overall survival", "abbr": "OS"},
        ])
    )
    store.replace_document(
        _doc("/corpus/trial_zh.txt", "FLAURA 试验报告", ZH_TEXT, "zh", [
            {"zh": "无进展生存期", "en": "progression-free survival", "abbr": "PFS"},
            {"zh": "表皮生长因子受体", "en": "epidermal growth factor receptor", "abbr": "EGFR"},
            {"zh": "总生存期", "en": "overall survival", "abbr": "OS"},
        ])
    )
    store.replace_document(
        _doc("/corpus/figure.html", "Figure <b>2</b> & notes", HTML_TEXT, "en", [
            {"en": "Tumour mutational burden", "abbr": "TMB"},
        ])
    )
    store.rebuild_entries()


@pytest.fixture(scope="session")
def small_db_template(tmp_path_factory):
    from glossary_app.store import open_store

    path = tmp_path_factory.mktemp("gui-small") / "small.db"
    store = open_store(path)
    build_small_glossary(store)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


@pytest.fixture
def small_db(small_db_template, tmp_path) -> Path:
    """A private copy of the small glossary's file."""
    import shutil

    path = tmp_path / "small.db"
    shutil.copy(small_db_template, path)
    return path


@pytest.fixture
def settings(tmp_path):
    """QSettings in a private ini file (never the user's)."""
    from glossary_app.gui.qt import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(qtbot, settings):
    """Factory: open the real main window on a database and wait for its first results.

    Windows are closed (settings saved, threads stopped) at teardown.
    """
    from glossary_app.gui.app import create_window, ensure_app

    ensure_app()
    opened = []

    def make(db: Path, wait: bool = True, settings_=None):
        w = create_window(db, settings_ if settings_ is not None else settings)
        qtbot.addWidget(w)
        opened.append(w)
        if wait:
            qtbot.waitUntil(lambda: w._result is not None and w.job is None, timeout=20000)
        return w

    yield make
    for w in opened:
        if not w._closed:
            w.close()
    # Back to the defaults so that one test's theme/language never leaks into another.
    from glossary_app.gui import theme
    from glossary_app.gui.i18n import LanguageSwitcher
    from glossary_app.gui.qt import QApplication

    app = QApplication.instance()
    LanguageSwitcher.for_app(app).set_language("en")
    theme.apply_theme(app, "light")
    theme.apply_font_size(app, 10)


@pytest.fixture
def window(open_window, small_db):
    """The main window on the small glossary, first results shown."""
    return open_window(small_db)
