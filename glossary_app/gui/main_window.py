"""The lookup window: search box, results, entry details and concordance.

Layout::

    [toolbar: back forward | search box | star | import]
    +-----------------+-------------------------------+
    | results         | entry details                 |
    | (abbr, en, zh,  +-------------------------------+
    |  pinyin, why)   | concordance: English | Chinese |
    +-----------------+-------------------------------+
    [status bar: message ................ progress  Cancel]

Searching runs on :class:`SearchWorker` (its own thread and connection), so
typing never waits for the database. Reading one entry, its examples or a
document runs here on the GUI thread's own connection (indexed lookups of a
few ms). Curation goes through ``store.curation`` and is mirrored on a
QUndoStack. Mining and export run as :class:`JobThread` jobs.
"""

from __future__ import annotations

from pathlib import Path

from glossary_app.gui import theme
from glossary_app.gui.detail_pane import DetailPane
from glossary_app.gui.dialogs import EntryDialog, ExportDialog, ImportReportDialog
from glossary_app.gui.document_view import DocumentView
from glossary_app.gui.i18n import LANGUAGES, LanguageSwitcher, tr
from glossary_app.gui.kwic_model import LEFT, RIGHT, SOURCE, TERM, KwicModel, KwicSortProxy
from glossary_app.gui.qt import (
    QAbstractItemView,
    QAction,
    QActionGroup,
    QApplication,
    QByteArray,
    QEvent,
    QFileDialog,
    QHeaderView,
    QIcon,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSettings,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    Qt,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTimer,
    QToolBar,
    QUndoStack,
    QVBoxLayout,
    QWidget,
    Signal,
)
from glossary_app.gui.results_model import ABBR, EN, MATCH, STAR, ZH, ChinesePinyinDelegate, ResultsModel
from glossary_app.gui.undo import CoreStep
from glossary_app.gui.workers import (
    DictionaryWarmer,
    JobThread,
    SearchResult,
    SearchWorker,
    favourite_ids,
    rows_for_hits,
)
from glossary_app.paths import resources_dir

DEFAULT_FONT_SIZE = 10
MAX_LOOKUP_CHARS = 200  # clipboard lookups: a term, not a whole page


def app_icon() -> QIcon:
    """The application icon (SVG, with a PNG fallback for platforms without the SVG plugin)."""
    icon = QIcon()
    for name in ("glossary.svg", "glossary-256.png", "glossary-64.png"):
        p = resources_dir() / "icons" / name
        if p.exists():
            icon.addFile(str(p))
    return icon


class _ElideDelegate(QStyledItemDelegate):
    """Cuts long text where it matters least: the left context at its far (left)
    end so the words next to the term stay visible, a long term in the middle."""

    def __init__(self, mode, parent=None) -> None:
        super().__init__(parent)
        self._mode = mode

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = self._mode


class ConcordanceView(QTableView):
    """A KWIC table: sorted by clicking a header; Enter or double-click opens the source."""

    open_requested = Signal(object)  # store.Example

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.kwic = KwicModel(lang, self)
        self.proxy = KwicSortProxy(self)
        self.proxy.setSourceModel(self.kwic)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # corpus order until the user sorts
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setItemDelegateForColumn(LEFT, _ElideDelegate(Qt.TextElideMode.ElideLeft, self))
        self.setItemDelegateForColumn(TERM, _ElideDelegate(Qt.TextElideMode.ElideMiddle, self))
        h = self.horizontalHeader()
        h.setSectionResizeMode(LEFT, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(TERM, QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(RIGHT, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        h.resizeSection(SOURCE, 140)
        h.setSortIndicatorShown(True)
        self.doubleClicked.connect(lambda idx: self._open(idx.row()))

    def set_examples(self, examples: list) -> None:
        """Show these examples (corpus order until the user sorts)."""
        self.kwic.set_examples(examples)
        self.fit_term_column()

    def fit_term_column(self) -> None:
        """The term column as wide as its longest term, but at most 40 % of the
        view, so both contexts stay readable."""
        want = max(self.sizeHintForColumn(TERM), self.horizontalHeader().sectionSizeHint(TERM)) + 12
        self.horizontalHeader().resizeSection(TERM, min(want, max(80, self.viewport().width() * 2 // 5)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_term_column()

    def example_at(self, view_row: int):
        """The example shown on a view row (after sorting)."""
        src = self.proxy.mapToSource(self.proxy.index(view_row, 0))
        return self.kwic.example_at(src.row())

    def current_example(self):
        """The example on the current row, or None."""
        idx = self.currentIndex()
        return self.example_at(idx.row()) if idx.isValid() else None

    def _open(self, view_row: int) -> None:
        ex = self.example_at(view_row)
        if ex is not None:
            self.open_requested.emit(ex)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    """The glossary lookup window.

    Owns a GUI-thread store connection, a search thread and at most one
    background job (mining or export). Public attributes (``search_box``,
    ``results``, ``detail``, ``concordance_en``/``_zh``, ``undo_stack`` and the
    actions in ``actions``) are what tests and the study window use.

    Signals:
        results_shown: a search result was put on screen (after the model reset).
        job_finished: a background job ended; carries its result (or None on failure).
    """

    results_shown = Signal(object)  # SearchResult
    job_finished = Signal(object)

    def __init__(self, db_path: Path, settings: QSettings | None = None, parent=None) -> None:
        from glossary_app.store import open_store

        super().__init__(parent)
        self.db_path = Path(db_path)
        self.settings = settings if settings is not None else QSettings()
        self.store = open_store(self.db_path)
        self.undo_stack = QUndoStack(self)
        self.language = LanguageSwitcher.for_app(QApplication.instance())
        self.job: JobThread | None = None
        self.last_report = None
        self.document_windows: list[DocumentView] = []
        self._result: SearchResult | None = None
        self._result_query: str | None = None  # query of the result on screen
        self._select_after_search: int | None = None
        self._history: list[tuple[str, int]] = []
        self._history_pos = -1
        self._navigating = False
        self._closed = False
        self._mode = "search"
        self._show_hidden = False
        self._last_clipboard = ""
        self._following_clipboard = False

        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        from glossary_app.gui.study import install_study_action

        install_study_action(self)  # Study menu: "Study…" (Ctrl+T) opens the study window
        self.retranslate()

        self.worker = SearchWorker(self.db_path, self)
        self.worker.results.connect(self._on_results)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.timeout.connect(self._show_current_entry)
        self.undo_stack.indexChanged.connect(lambda _i: self._update_action_states())

    # ------------------------------------------------------------------ build
    def _build_widgets(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        self.search_box.textChanged.connect(self._on_query_changed)
        self.search_box.installEventFilter(self)

        self.model = ResultsModel(self, loader=lambda hits: rows_for_hits(self.store, hits))
        self.results = QTableView()
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setShowGrid(False)
        self.results.setWordWrap(False)
        self.results.setAlternatingRowColors(True)
        self.results.verticalHeader().hide()
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        h = self.results.horizontalHeader()
        h.setSectionResizeMode(EN, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(STAR, QHeaderView.ResizeMode.Fixed)
        h.setHighlightSections(False)
        self.results.setItemDelegateForColumn(ZH, ChinesePinyinDelegate(self.model, self.results))
        for col, width in ((STAR, 26), (ABBR, 80), (ZH, 210), (MATCH, 130)):
            h.resizeSection(col, width)
        self.results.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.results.doubleClicked.connect(lambda _i: self.open_current())
        self.results.installEventFilter(self)

        self.detail = DetailPane()
        self.detail.document_requested.connect(self.open_source)

        self.concordance_en = ConcordanceView("en")
        self.concordance_zh = ConcordanceView("zh")
        for v in (self.concordance_en, self.concordance_zh):
            v.open_requested.connect(self.open_example)
        self.examples_tabs = QTabWidget()
        self.examples_tabs.addTab(self.concordance_en, "")
        self.examples_tabs.addTab(self.concordance_zh, "")
        self.examples_label = QLabel()
        self.examples_label.setTextFormat(Qt.TextFormat.PlainText)
        examples_box = QWidget()
        lay = QVBoxLayout(examples_box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.examples_label)
        lay.addWidget(self.examples_tabs, 1)

        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.addWidget(self.detail)
        self.right_splitter.addWidget(examples_box)
        self.right_splitter.setSizes([320, 300])
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(self.results)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setSizes([600, 680])
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.main_splitter)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.progress_label = QLabel()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_job)
        self.count_label = QLabel()
        sb = self.statusBar()
        sb.addWidget(self.count_label)
        sb.addPermanentWidget(self.progress_label)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_button)
        for w in (self.progress, self.progress_label, self.cancel_button):
            w.hide()

    def _act(self, name: str, slot, shortcuts=(), checkable: bool = False, icon=None) -> QAction:
        a = QAction(self)
        a.setObjectName(name)
        seqs = [QKeySequence(s) for s in shortcuts]
        if seqs:
            a.setShortcuts(seqs)
        a.setCheckable(checkable)
        if icon is not None:
            a.setIcon(self.style().standardIcon(icon))
        (a.toggled if checkable else a.triggered).connect(slot)
        self.addAction(a)  # shortcuts work even while the menu bar is hidden
        self.actions[name] = a
        return a

    def _build_actions(self) -> None:
        self.actions: dict[str, QAction] = {}
        sp = QStyle.StandardPixmap
        A = self._act
        A("import_files", lambda: self.import_dialog(folder=False), ["Ctrl+O"], icon=sp.SP_DialogOpenButton)
        A("import_folder", lambda: self.import_dialog(folder=True), ["Ctrl+Shift+O"], icon=sp.SP_DirOpenIcon)
        A("export", self.export_dialog, ["Ctrl+Shift+E"], icon=sp.SP_DialogSaveButton)
        A("quit", self.close, ["Ctrl+Q"])
        # Own undo/redo actions rather than QUndoStack.createUndoAction(): they
        # must also stay disabled while a job writes to the database.
        A("undo", self.undo, ["Ctrl+Z"])
        A("redo", self.redo, ["Ctrl+Shift+Z", "Ctrl+Y"])
        self.undo_stack.canUndoChanged.connect(lambda _b: self._update_undo_actions())
        self.undo_stack.canRedoChanged.connect(lambda _b: self._update_undo_actions())
        self.undo_stack.undoTextChanged.connect(lambda _t: self._update_undo_actions())
        self.undo_stack.redoTextChanged.connect(lambda _t: self._update_undo_actions())
        A("find", self.focus_search, ["Ctrl+L", "Ctrl+F"])
        A("back", self.go_back, ["Alt+Left"], icon=sp.SP_ArrowBack)
        A("forward", self.go_forward, ["Alt+Right"], icon=sp.SP_ArrowForward)
        A("lookup_clipboard", self.lookup_clipboard, ["Ctrl+Shift+V"])
        A("follow_clipboard", self.set_follow_clipboard, ["Ctrl+Alt+V"], checkable=True)
        A("favourites", self.show_favourites, ["Ctrl+Shift+D"])
        A("open_example", self.open_current_example, ["Ctrl+Return"])
        A("focus_results", lambda: self.results.setFocus(Qt.FocusReason.ShortcutFocusReason), ["Ctrl+1"])
        A("focus_details", lambda: self.detail.setFocus(Qt.FocusReason.ShortcutFocusReason), ["Ctrl+2"])
        A("focus_examples", self.focus_examples, ["Ctrl+3"])
        A("sort_left", lambda: self.sort_examples(LEFT), ["Ctrl+Shift+L"])
        A("sort_right", lambda: self.sort_examples(RIGHT), ["Ctrl+Shift+R"])
        A("edit", self.edit_current, ["F2"])
        A("add", self.add_entry_dialog, ["Ctrl+N"])
        A("verify", self.toggle_verified, ["Ctrl+K"])
        A("hide", self.toggle_hidden, ["Ctrl+H"])
        A("merge", self.merge_selected, ["Ctrl+M"])
        A("favourite", self.toggle_favourite, ["Ctrl+D"])
        A("show_hidden", self.set_show_hidden, ["Ctrl+Shift+H"], checkable=True)
        A("font_bigger", lambda: self.change_font_size(+1), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
        A("font_smaller", lambda: self.change_font_size(-1), [QKeySequence.StandardKey.ZoomOut])
        A("font_reset", lambda: self.change_font_size(0), ["Ctrl+0"])
        self.theme_group = QActionGroup(self)
        for i, mode in enumerate(theme.THEMES):
            a = A(f"theme_{mode}", lambda on, m=mode: on and self.set_theme(m), [f"Ctrl+Alt+{i + 1}"], checkable=True)
            self.theme_group.addAction(a)
        self.language_group = QActionGroup(self)
        for code, key in zip(LANGUAGES, ("Ctrl+Alt+E", "Ctrl+Alt+C")):
            a = A(f"lang_{code}", lambda on, c=code: on and self.set_language(c), [key], checkable=True)
            a.setText(LANGUAGES[code])  # a language is named in itself, never translated
            self.language_group.addAction(a)
        A("shortcuts", self.show_shortcuts, ["F1"])
        A("about", self.show_about, ["Ctrl+Shift+F1"])

    def _build_menus(self) -> None:
        mb = self.menuBar()
        a = self.actions
        self.file_menu = mb.addMenu("")
        self.file_menu.setObjectName("file_menu")
        for n in ("import_files", "import_folder", None, "export", None, "quit"):
            self.file_menu.addSeparator() if n is None else self.file_menu.addAction(a[n])
        self.edit_menu = mb.addMenu("")
        self.edit_menu.setObjectName("edit_menu")
        for n in ("undo", "redo", None, "find"):
            self.edit_menu.addSeparator() if n is None else self.edit_menu.addAction(a[n])
        self.entry_menu = mb.addMenu("")
        self.entry_menu.setObjectName("entry_menu")
        for n in ("edit", "add", None, "verify", "favourite", "hide", "merge"):
            self.entry_menu.addSeparator() if n is None else self.entry_menu.addAction(a[n])
        self.lookup_menu = mb.addMenu("")
        self.lookup_menu.setObjectName("lookup_menu")
        for n in ("back", "forward", None, "lookup_clipboard", "follow_clipboard", None, "favourites", "show_hidden",
                  None, "open_example", "sort_left", "sort_right", None, "focus_results", "focus_details", "focus_examples"):
            self.lookup_menu.addSeparator() if n is None else self.lookup_menu.addAction(a[n])
        self.view_menu = mb.addMenu("")
        self.view_menu.setObjectName("view_menu")
        for n in ("font_bigger", "font_smaller", "font_reset"):
            self.view_menu.addAction(a[n])
        self.view_menu.addSeparator()
        self.theme_menu = self.view_menu.addMenu("")
        for mode in theme.THEMES:
            self.theme_menu.addAction(a[f"theme_{mode}"])
        self.language_menu = self.view_menu.addMenu("")
        for code in LANGUAGES:
            self.language_menu.addAction(a[f"lang_{code}"])
        # The study window adds its actions here (see add_study_action); the
        # menu stays hidden until it has one.
        self.study_menu = mb.addMenu("")
        self.study_menu.setObjectName("study_menu")
        self.study_menu.menuAction().setVisible(False)
        self.help_menu = mb.addMenu("")
        self.help_menu.setObjectName("help_menu")
        self.help_menu.addAction(a["shortcuts"])
        self.help_menu.addAction(a["about"])

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(a["back"])
        self.toolbar.addAction(a["forward"])
        self.toolbar.addWidget(self.search_box)
        self.toolbar.addAction(a["favourite"])
        self.toolbar.addAction(a["import_files"])
        self.addToolBar(self.toolbar)

    def add_study_action(self, action: QAction) -> None:
        """Put a study action in the Study menu (and show the menu)."""
        self.study_menu.addAction(action)
        self.study_menu.menuAction().setVisible(True)
        if not action.shortcut().isEmpty():
            self.addAction(action)

    # ------------------------------------------------------------ translation
    def _action_texts(self) -> dict[str, tuple[str, str]]:
        """name -> (menu text, tooltip) in the current language."""
        return {
            "import_files": (tr("&Import files…"), tr("Mine documents into the glossary")),
            "import_folder": (tr("Import &folder…"), tr("Mine every document in a folder")),
            "export": (tr("&Export…"), tr("Export the glossary to a file")),
            "quit": (tr("&Quit"), tr("Close the window")),
            "find": (tr("&Find"), tr("Go to the search box")),
            "back": (tr("&Back"), tr("Previous entry")),
            "forward": (tr("&Forward"), tr("Next entry")),
            "lookup_clipboard": (tr("Look up &clipboard"), tr("Look up the selected text or the clipboard")),
            "follow_clipboard": (tr("F&ollow clipboard"), tr("Look up whatever is copied")),
            "favourites": (tr("Fa&vourites"), tr("List your favourite entries")),
            "show_hidden": (tr("Show &hidden entries"), tr("Include hidden entries in results")),
            "open_example": (tr("&Open source document"), tr("Open the selected example in its document")),
            "sort_left": (tr("Sort examples by &left context"), tr("Group examples by the words before the term")),
            "sort_right": (tr("Sort examples by &right context"), tr("Group examples by the words after the term")),
            "focus_results": (tr("Go to &results"), tr("Move the keyboard focus to the results list")),
            "focus_details": (tr("Go to &details"), tr("Move the keyboard focus to the entry details")),
            "focus_examples": (tr("Go to e&xamples"), tr("Move the keyboard focus to the examples")),
            "edit": (tr("&Edit entry…"), tr("Edit forms, notes and tags")),
            "add": (tr("&Add entry…"), tr("Add a new entry")),
            "verify": (tr("&Verified"), tr("Mark the entry as checked by you (or unmark it)")),
            "hide": (tr("&Hide"), tr("Hide the entry from results (or show it again)")),
            "merge": (tr("&Merge selected"), tr("Merge the selected entries into the current one")),
            "favourite": (tr("&Star"), tr("Add to favourites (or remove)")),
            "font_bigger": (tr("&Bigger text"), tr("Increase the font size")),
            "font_smaller": (tr("&Smaller text"), tr("Decrease the font size")),
            "font_reset": (tr("&Normal size"), tr("Reset the font size")),
            "theme_system": (tr("&System"), tr("Follow the system's light or dark setting")),
            "theme_light": (tr("&Light"), tr("Light theme")),
            "theme_dark": (tr("&Dark"), tr("Dark theme")),
            "shortcuts": (tr("&Keyboard shortcuts"), tr("List every shortcut")),
            "about": (tr("&About"), tr("About this app")),
        }

    def retranslate(self) -> None:
        """Set every visible text in the current language (also on LanguageChange)."""
        texts = self._action_texts()
        for name, a in self.actions.items():
            if name in texts:
                a.setText(texts[name][0])
                tip = texts[name][1]
            elif name.startswith("lang_"):
                tip = tr("Show the interface in {language}").format(language=a.text())
            else:
                continue  # undo/redo: see _update_undo_actions
            keys = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            a.setToolTip(f"{tip} ({keys})" if keys else tip)
            a.setStatusTip(tip)
        self._update_undo_actions()
        self.file_menu.setTitle(tr("&File"))
        self.edit_menu.setTitle(tr("&Edit"))
        self.entry_menu.setTitle(tr("E&ntry"))
        self.lookup_menu.setTitle(tr("&Lookup"))
        self.view_menu.setTitle(tr("&View"))
        self.theme_menu.setTitle(tr("&Theme"))
        self.language_menu.setTitle(tr("&Language"))
        self.study_menu.setTitle(tr("&Study"))
        self.help_menu.setTitle(tr("&Help"))
        self.toolbar.setWindowTitle(tr("Toolbar"))
        self.search_box.setPlaceholderText(
            tr("Favourites — type to search") if self._mode == "favourites" else tr("Search English, 中文, pinyin or abbreviation")
        )
        self.search_box.setAccessibleName(tr("Search"))
        keys = "Ctrl+L"
        self.search_box.setToolTip(tr("Search the glossary ({keys})").format(keys=keys))
        self.results.setAccessibleName(tr("Results"))
        self.detail.retranslate()
        self.concordance_en.setAccessibleName(tr("English examples"))
        self.concordance_zh.setAccessibleName(tr("Chinese examples"))
        self._update_example_tabs()
        self.examples_tabs.setAccessibleName(tr("Examples in context"))
        self.examples_label.setText(tr("Examples in context — double-click one to open its document"))
        self.cancel_button.setText(tr("Cancel"))
        self.cancel_button.setAccessibleName(tr("Cancel the running job"))
        self.progress.setAccessibleName(tr("Progress"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        for v in (self.concordance_en, self.concordance_zh):
            v.kwic.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        for w in self.document_windows:
            w.retranslate()
        self._update_title()
        self._update_action_states()
        self._update_count()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        self.setWindowTitle(tr("Oncology Glossary — {name}").format(name=self.db_path.name))

    # --------------------------------------------------------------- startup
    def startup(self) -> None:
        """Restore the last session, start searching and, on first use, mine the seeds.

        Call once after construction (before or after ``show()``).
        """
        self.restore_settings()
        self._seed_undo_from_core()
        self.worker.start()
        self.search_box.setFocus()
        # A glossary with neither documents nor entries is a first launch; one
        # with entries but no documents (built elsewhere) is used as it is.
        # Entries are only counted when there are no documents (~20 ms at 100k).
        if not self.store.documents() and not self.store.entry_count(include_hidden=True):
            self.mine_seeds()
        elif self.store.entries_dirty:
            self.start_job(lambda store, p: store.rebuild_entries(p), tr("Finishing an interrupted import…"), report=False)
        self.run_search()
        # After the first paint, not before: start-up time is the user's.
        QTimer.singleShot(1500, self._warm_dictionary)

    def mine_seeds(self) -> JobThread | None:
        """First launch: mine the built-in seed documents, with the progress bar shown."""
        from glossary_app.mining.pipeline import mine_paths
        from glossary_app.paths import seeds_dir

        seeds = seeds_dir()

        def run(store, progress):
            report = mine_paths(store, [seeds], progress)
            # Also build the general dictionary's cache now, while the user waits anyway.
            from glossary_app.search import dictionary_lookup

            dictionary_lookup("肿瘤", limit=1)
            return report

        self.detail.show_welcome()
        return self.start_job(run, tr("Preparing the glossary: mining the built-in documents…"), report=False)

    def _warm_dictionary(self) -> None:
        if self._closed or getattr(self, "_warmer", None) is not None:
            return
        self._warmer = DictionaryWarmer(self)
        self._warmer.start()

    def _seed_undo_from_core(self) -> None:
        """Mirror the core's recent history on the undo stack, so Ctrl+Z after a
        restart undoes yesterday's edit (the core keeps it; the stack only shows it)."""
        items = list(reversed(self.store.curation.history(50)))  # oldest first
        done = [h for h in items if h["state"] == "done"]
        undone = [h for h in items if h["state"] == "undone"]
        cmds = []
        for h in done + undone:
            cmd = CoreStep(self.store.curation, h["label"] or h["action"], self._after_change)
            self.undo_stack.push(cmd)
            cmds.append(cmd)
        # The redo tail: on the stack but already undone in the core.
        for cmd in reversed(cmds[len(done) :]):
            cmd.silent = True
            self.undo_stack.undo()
            cmd.silent = False
        self.undo_stack.setClean()

    def restore_settings(self) -> None:
        """Geometry, splitters, font size, theme, language, last query and selection."""
        s = self.settings
        geo = s.value("window/geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.restoreGeometry(geo)
        else:
            self.resize(1200, 760)
        # Splitter states are applied on first show, once the window has its
        # final size; applied earlier, the first layout pass redistributes them.
        self._splitter_states = {
            key: s.value(key) for key in ("window/main_splitter", "window/right_splitter")
        }
        self.font_size = int(s.value("ui/font_size", DEFAULT_FONT_SIZE) or DEFAULT_FONT_SIZE)
        theme.apply_font_size(QApplication.instance(), self.font_size)
        mode = str(s.value("ui/theme", "system"))
        self.actions[f"theme_{mode if mode in theme.THEMES else 'system'}"].setChecked(True)
        lang = str(s.value("ui/language", "en"))
        self.actions[f"lang_{lang if lang in LANGUAGES else 'en'}"].setChecked(True)
        self.actions["follow_clipboard"].setChecked(s.value("lookup/follow_clipboard", False) in (True, "true"))
        entry = s.value("lookup/entry_id")
        self._select_after_search = int(entry) if entry not in (None, "") else None
        self.search_box.blockSignals(True)
        self.search_box.setText(str(s.value("lookup/query", "") or ""))
        self.search_box.blockSignals(False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        states, self._splitter_states = getattr(self, "_splitter_states", None), None
        if states:
            self._restore_splitters(states)
            # Once more after the platform's first resize of the new window,
            # which would otherwise redistribute the restored sizes.
            QTimer.singleShot(0, lambda: self._restore_splitters(states))

    def _restore_splitters(self, states: dict) -> None:
        if self._closed:
            return
        for key, splitter in (("window/main_splitter", self.main_splitter), ("window/right_splitter", self.right_splitter)):
            state = states.get(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)

    def save_settings(self) -> None:
        """Persist what :meth:`restore_settings` reads."""
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/main_splitter", self.main_splitter.saveState())
        s.setValue("window/right_splitter", self.right_splitter.saveState())
        s.setValue("ui/font_size", self.font_size)
        s.setValue("lookup/query", self.search_box.text())
        entry = self.current_entry()
        s.setValue("lookup/entry_id", entry.id if entry else "")
        s.setValue("lookup/follow_clipboard", self.actions["follow_clipboard"].isChecked())
        s.sync()

    def closeEvent(self, event) -> None:
        if self._closed:
            event.accept()
            return
        self.save_settings()
        if self.job is not None:
            # Stop at the next document boundary and wait: the thread owns a
            # connection and must not outlive the window, nor leave work half-done.
            self.job.cancel()
            self.statusBar().showMessage(tr("Cancelling after the current document…"))
            self.job.wait()
        self.worker.stop()
        self.set_follow_clipboard(False)
        warmer = getattr(self, "_warmer", None)
        if warmer is not None:
            warmer.wait()
        for w in self.document_windows:
            w.close()
        self.store.close()
        self._closed = True
        event.accept()
        super().closeEvent(event)

    # ---------------------------------------------------------------- search
    def _on_query_changed(self, _text: str) -> None:
        if self._mode != "search":
            self._mode = "search"
            self.retranslate()
        if not self._navigating:
            self._select_after_search = None
        self.run_search()

    def run_search(self) -> int:
        """Send the current query (or favourites request) to the search thread."""
        return self.worker.submit(self.search_box.text(), self._mode, include_hidden=self._show_hidden)

    def _on_results(self, result: SearchResult) -> None:
        if result.seq != self.worker.latest_seq or self._closed:
            return  # superseded while in flight
        self._result = result
        keep = self._select_after_search
        if keep is None:
            cur = self.current_entry()
            keep = cur.id if cur is not None and result.query == (self._result_query or "") else None
        self._result_query = result.query
        self.model.set_rows(result.rows, result.more)
        if not result.rows:
            self.concordance_en.set_examples([])
            self.concordance_zh.set_examples([])
            self._update_example_tabs()
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and keep is not None and any(h.entry_id == keep for h in result.more):
            self.model.fetch_all()  # the entry to reselect is below the fold
            row = self.model.row_of(keep)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.results.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.results.scrollTo(self.model.index(row, 0))
        else:
            if result.query.strip() and result.mode == "search":
                self.detail.show_dictionary(result.query.strip(), result.dictionary)
            elif not getattr(self.detail, "_welcome", False):
                self.detail.show_entry(None)
        if result.error:
            self.statusBar().showMessage(tr("Search failed: {error}").format(error=result.error), 8000)
        self._update_count()
        self.results_shown.emit(result)

    def _on_current_row(self, current, _previous) -> None:
        # While typing, results change on every keystroke: the detail pane waits
        # a moment so typing stays smooth; arrow keys and clicks show at once.
        self._detail_timer.start(0 if self.results.hasFocus() else 40)
        self._update_action_states()

    def _show_current_entry(self) -> None:
        if self._closed:
            return
        row = self.results.currentIndex().row()
        res = self.model.result_at(row)
        if res is None:
            return
        entry = self.store.entry(res.entry.id) or res.entry
        self.detail.show_entry(entry)
        self.concordance_en.set_examples(self.store.examples(entry.id, lang="en", limit=300))
        self.concordance_zh.set_examples(self.store.examples(entry.id, lang="zh", limit=300))
        n_en, n_zh = self.concordance_en.kwic.rowCount(), self.concordance_zh.kwic.rowCount()
        self._update_example_tabs()
        if n_en == 0 and n_zh > 0:
            self.examples_tabs.setCurrentIndex(1)
        elif n_zh == 0 and n_en > 0:
            self.examples_tabs.setCurrentIndex(0)
        self._update_action_states()

    def _update_example_tabs(self) -> None:
        n_en, n_zh = self.concordance_en.kwic.rowCount(), self.concordance_zh.kwic.rowCount()
        self.examples_tabs.setTabText(0, tr("English examples") + f" ({n_en})")
        self.examples_tabs.setTabText(1, tr("Chinese examples") + f" ({n_zh})")

    def _update_count(self) -> None:
        r = self._result
        if r is None:
            self.count_label.setText("")
        elif r.mode == "favourites":
            self.count_label.setText(tr("Favourites: {n}").format(n=len(r.rows)))
        else:
            n = len(r.rows) + len(r.more)
            text = tr("Results: {n}").format(n=n) if r.query.strip() else tr("Most frequent entries: {n}").format(n=n)
            self.count_label.setText(text)

    def current_entry(self):
        """The entry on the current results row (None when there is none)."""
        return self.model.entry_at(self.results.currentIndex().row())

    def selected_entry_ids(self) -> list[int]:
        """Ids of the selected rows, the current row first."""
        cur = self.current_entry()
        rows = sorted({i.row() for i in self.results.selectionModel().selectedRows()})
        ids = [self.model.entry_at(r).id for r in rows if self.model.entry_at(r) is not None]
        if cur is not None:
            ids = [cur.id] + [i for i in ids if i != cur.id]
        return ids

    def focus_search(self) -> None:
        """Put the cursor in the search box, text selected for overtyping."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def set_query(self, text: str) -> None:
        """Search for ``text`` as if typed."""
        self.search_box.setText(text)

    def eventFilter(self, obj, event) -> bool:
        # Files dropped on the search box are imported like anywhere else in the
        # window (the line edit would otherwise paste their paths as text).
        if obj is self.search_box and event.type() in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            md = event.mimeData()
            if md.hasUrls() and any(u.isLocalFile() for u in md.urls()):
                (self.dragEnterEvent if event.type() == QEvent.Type.DragEnter else self.dropEvent)(event)
                return True
        if obj is self.search_box and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move_selection(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.open_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.search_box.clear()
                return True
        if obj is self.results and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.open_current()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.focus_search()
                return True
        return super().eventFilter(obj, event)

    def _move_selection(self, key) -> None:
        n = self.model.rowCount()
        if not n:
            return
        row = self.results.currentIndex().row()
        page = max(1, self.results.viewport().height() // max(1, self.results.rowHeight(0)) - 1)
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: page, Qt.Key.Key_PageUp: -page}[key]
        row = max(0, min(n - 1, (row if row >= 0 else -1) + step))
        idx = self.model.index(row, 0)
        self.results.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.results.scrollTo(idx)
        self._detail_timer.start(0)

    def open_current(self) -> None:
        """Open the current result: show it now and record it in the back/forward history."""
        self._detail_timer.stop()
        self._show_current_entry()
        entry = self.current_entry()
        if entry is None:
            return
        item = (self.search_box.text(), entry.id)
        if not self._history or self._history[self._history_pos] != item:
            del self._history[self._history_pos + 1 :]
            self._history.append(item)
            self._history_pos = len(self._history) - 1
        self._update_action_states()

    # --------------------------------------------------------------- history
    def go_back(self) -> None:
        """Return to the previously opened entry."""
        if self._history_pos > 0:
            self._history_pos -= 1
            self._goto_history()

    def go_forward(self) -> None:
        """Go forward again after :meth:`go_back`."""
        if self._history_pos < len(self._history) - 1:
            self._history_pos += 1
            self._goto_history()

    def _goto_history(self) -> None:
        query, entry_id = self._history[self._history_pos]
        self._select_after_search = entry_id
        self._navigating = True
        try:
            if self.search_box.text() == query and self._mode == "search":
                self.run_search()
            else:
                self._mode = "search"
                self.search_box.setText(query)
        finally:
            self._navigating = False
        self._update_action_states()

    def history(self) -> list[tuple[str, int]]:
        """The back/forward list of (query, entry id)."""
        return list(self._history)

    # ------------------------------------------------------------ favourites
    def show_favourites(self) -> None:
        """List the starred entries in the results (typing returns to search)."""
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self._mode = "favourites"
        self.retranslate()
        self.run_search()
        self.results.setFocus()

    # ------------------------------------------------------------- clipboard
    def lookup_clipboard(self) -> None:
        """Look up the text selected in this window, else the clipboard."""
        text = self._selected_text() or QApplication.clipboard().text()
        self._lookup_text(text)

    def _selected_text(self) -> str:
        w = QApplication.focusWidget()
        if isinstance(w, QLineEdit) and w is not self.search_box:
            return w.selectedText()
        if isinstance(w, (QPlainTextEdit, QTextBrowser)):
            return w.textCursor().selectedText()
        return ""

    def _lookup_text(self, text: str) -> None:
        text = " ".join((text or "").split())[:MAX_LOOKUP_CHARS]
        if not text:
            self.statusBar().showMessage(tr("Nothing to look up: the clipboard is empty."), 4000)
            return
        self._mode = "search"
        self.search_box.setText(text)
        self.raise_()
        self.activateWindow()

    def set_follow_clipboard(self, on: bool) -> None:
        """Look up whatever is copied, in any application, while ``on``."""
        cb = QApplication.clipboard()
        if on and not self._following_clipboard:
            self._last_clipboard = cb.text()
            cb.dataChanged.connect(self._on_clipboard_changed)
        elif not on and self._following_clipboard:
            cb.dataChanged.disconnect(self._on_clipboard_changed)
        self._following_clipboard = on

    def _on_clipboard_changed(self) -> None:
        text = QApplication.clipboard().text()
        if text and text != self._last_clipboard:
            self._last_clipboard = text
            self._lookup_text(text)

    # -------------------------------------------------------------- curation
    def curate(self, label: str, fn, steps: int = 1) -> bool:
        """Run one curation change ``fn(store.curation)``, mirror it on the undo
        stack (as ``label``) and refresh the views; False if it was refused.

        The way for other windows (the study window's edit) to change entries
        so that Ctrl+Z here undoes it. ``steps``: how many core history items
        ``fn`` creates.
        """
        if self.job is not None:
            self.statusBar().showMessage(tr("Wait until the import finishes."), 4000)
            return False
        try:
            fn(self.store.curation)
        except (ValueError, KeyError, LookupError) as e:
            self.statusBar().showMessage(tr("Not changed: {error}").format(error=e), 6000)
            return False
        self.undo_stack.push(CoreStep(self.store.curation, label, self._after_change, steps))
        self._after_change()
        return True

    _curate = curate  # the name the study window looks up

    def _after_change(self) -> None:
        """The glossary changed: refresh the current entry and re-run the search."""
        cur = self.current_entry()
        if cur is not None and self._select_after_search is None:
            self._select_after_search = cur.id
        self.worker.invalidate()
        if cur is not None:
            fresh = self.store.entry(cur.id)
            if fresh is not None:
                self.model.update_entry(fresh)
                self.detail.show_entry(fresh)
        self.run_search()

    def edit_current(self) -> EntryDialog | None:
        """Open the edit dialog for the current entry (returns it; not modal-blocking)."""
        entry = self.current_entry()
        if entry is None:
            return None
        entry = self.store.entry(entry.id) or entry
        dlg = EntryDialog(self, entry)

        def save() -> None:
            v = dlg.values()
            changes = {k: v[k] for k in ("zh", "en", "abbr", "notes") if (getattr(entry, k) or "") != v[k]}
            if list(entry.tags) != v["tags"]:
                changes["tags"] = v["tags"]
            if changes:
                self._select_after_search = entry.id
                self.curate(tr("Edit {name}").format(name=entry.en or entry.zh or entry.abbr), lambda c: c.edit(entry.id, **changes))

        dlg.accepted.connect(save)
        dlg.open()
        return dlg

    def add_entry_dialog(self) -> EntryDialog:
        """Open the add-entry dialog, prefilled from the search box."""
        dlg = EntryDialog(self, None)
        q = self.search_box.text().strip()
        if q:
            from glossary_app.normalize import has_cjk

            (dlg.zh if has_cjk(q) else dlg.en).setText(q)

        def add() -> None:
            v = dlg.values()
            new_id: list[int] = []

            def do(c) -> None:
                new_id.append(c.add_entry(zh=v["zh"] or None, en=v["en"] or None, abbr=v["abbr"] or None, notes=v["notes"], tags=tuple(v["tags"])))

            if self.curate(tr("Add {name}").format(name=v["en"] or v["zh"] or v["abbr"]), do):
                self._select_after_search = new_id[0]
                self._mode = "search"
                self.search_box.setText(v["abbr"] or v["en"] or v["zh"])

        dlg.accepted.connect(add)
        dlg.open()
        return dlg

    def toggle_verified(self) -> None:
        """Mark the current entry verified, or unmark it."""
        e = self.current_entry()
        if e is not None:
            label = tr("Unverify {name}") if e.verified else tr("Verify {name}")
            self.curate(label.format(name=e.en or e.zh or e.abbr), lambda c: c.set_verified(e.id, not e.verified))

    def toggle_hidden(self) -> None:
        """Hide the current entry from results, or show it again."""
        e = self.current_entry()
        if e is not None:
            label = tr("Unhide {name}") if e.hidden else tr("Hide {name}")
            self.curate(label.format(name=e.en or e.zh or e.abbr), lambda c: c.set_hidden(e.id, not e.hidden))

    def toggle_favourite(self) -> None:
        """Star the current entry, or unstar it."""
        e = self.current_entry()
        if e is not None:
            label = tr("Unstar {name}") if e.favourite else tr("Star {name}")
            self.curate(label.format(name=e.en or e.zh or e.abbr), lambda c: c.set_favourite(e.id, not e.favourite))

    def merge_selected(self) -> None:
        """Merge every other selected entry into the current one."""
        ids = self.selected_entry_ids()
        if len(ids) < 2:
            self.statusBar().showMessage(tr("Select two or more entries to merge (Ctrl+click or Shift+arrows)."), 5000)
            return
        into, others = ids[0], ids[1:]
        e = self.current_entry()

        def do(c) -> None:
            for other in others:
                c.merge(into, other)

        self._select_after_search = into
        self.curate(tr("Merge {n} entries into {name}").format(n=len(others), name=e.en or e.zh or e.abbr), do, steps=len(others))

    def set_show_hidden(self, on: bool) -> None:
        """Include hidden entries in results while ``on``."""
        self._show_hidden = on
        self.run_search()

    # ------------------------------------------------------- examples & docs
    def open_example(self, example) -> DocumentView | None:
        """Open an example's document with the sentence and term highlighted."""
        start = example.doc_start + example.start
        end = example.doc_start + example.end
        sentence = (example.doc_start, example.doc_start + len(example.text))
        return self.open_document(example.doc_id, (start, end), sentence)

    def open_source(self, doc_id: int) -> DocumentView | None:
        """Open a source document of the shown entry at its first mention there."""
        entry = self.detail.entry
        found = self.store.examples(entry.id, doc_id=doc_id, limit=1) if entry is not None else []
        return self.open_example(found[0]) if found else self.open_document(doc_id)

    def focus_examples(self) -> None:
        """Keyboard focus to the visible concordance, on its first row."""
        view = self.examples_tabs.currentWidget()
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid() and view.model().rowCount():
            view.selectRow(0)

    def sort_examples(self, column: int) -> None:
        """Sort both concordances by the left or right context (AntConc's 1L / 1R)."""
        for v in (self.concordance_en, self.concordance_zh):
            v.sortByColumn(column, Qt.SortOrder.AscendingOrder)

    def open_current_example(self) -> None:
        """Open the selected example of the visible concordance tab."""
        view = self.examples_tabs.currentWidget()
        ex = view.current_example() if view is not None else None
        if ex is None and view is not None and view.model().rowCount():
            ex = view.example_at(0)
        if ex is not None:
            self.open_example(ex)

    def open_document(self, doc_id: int, term=None, sentence=None) -> DocumentView | None:
        """Show a document in its own window (reused if already open)."""
        doc = self.store.document(doc_id)
        if doc is None:
            return None
        self.document_windows = [w for w in self.document_windows if w.isVisible()]
        view = next((w for w in self.document_windows if w.doc_id == doc_id), None)
        if view is None:
            view = DocumentView(self)
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.document_windows.append(view)
        view.show_document(doc, term, sentence)
        view.show()
        view.raise_()
        return view

    # -------------------------------------------------------- import, export
    def import_dialog(self, folder: bool) -> None:
        """Ask for files (or a folder) and mine them."""
        start = str(self.settings.value("import/last_dir", str(Path.home())))
        if folder:
            path = QFileDialog.getExistingDirectory(self, tr("Import a folder"), start)
            paths = [path] if path else []
        else:
            paths, _ = QFileDialog.getOpenFileNames(
                self, tr("Import documents"), start, tr("Documents (*.txt *.md *.markdown *.html *.htm);;All files (*)")
            )
        if paths:
            self.settings.setValue("import/last_dir", str(Path(paths[0]).parent if not folder else Path(paths[0])))
            self.import_paths(paths)

    def import_paths(self, paths: list) -> JobThread | None:
        """Mine files and folders off the UI thread, with progress and Cancel."""
        from glossary_app.mining.pipeline import mine_paths

        paths = [str(p) for p in paths]
        return self.start_job(lambda store, p: mine_paths(store, paths, p), tr("Importing {n} item(s)…").format(n=len(paths)))

    def dragEnterEvent(self, event) -> None:
        md = event.mimeData()
        if md.hasUrls() and any(u.isLocalFile() for u in md.urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def export_dialog(self) -> ExportDialog:
        """Open the export dialog; the export itself runs off the UI thread."""
        dlg = ExportDialog(self, str(self.settings.value("export/last_dir", str(Path.home()))))

        def go() -> None:
            req = dlg.request()
            self.settings.setValue("export/last_dir", str(req["path"].parent))
            self.export_to(req)

        dlg.accepted.connect(go)
        dlg.open()
        return dlg

    def export_to(self, req: dict) -> JobThread | None:
        """Run an export request (as returned by ExportDialog.request())."""
        from glossary_app.export.registry import ExportOptions, get_format

        fmt = get_format(req["format"])
        path = Path(req["path"]).expanduser()

        def run(store, _progress):
            ids = favourite_ids(store) if req.get("only_favourites") else None
            n = fmt.write(store, path, ExportOptions(include_hidden=req.get("include_hidden", False), entry_ids=ids))
            return ("export", n, str(path))

        return self.start_job(run, tr("Exporting to {name}…").format(name=path.name), report=False)

    def start_job(self, fn, label: str, report: bool = True) -> JobThread | None:
        """Run ``fn(store, progress)`` on a JobThread with the progress bar shown."""
        if self.job is not None:
            self.statusBar().showMessage(tr("Another job is still running."), 4000)
            return None
        job = JobThread(self.db_path, fn, label, self)
        job.started_steps.connect(self._on_job_start)
        job.advanced.connect(self._on_job_advance)
        job.message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        job.done.connect(lambda result: self._on_job_done(job, result, report))
        job.failed.connect(lambda msg: self._on_job_failed(job, msg))
        self.job = job
        self.progress_label.setText(label)
        self.progress.setRange(0, 0)  # busy until the job says how many steps
        self.progress.setValue(0)
        for w in (self.progress, self.progress_label, self.cancel_button):
            w.show()
        self.cancel_button.setEnabled(True)
        self._update_action_states()
        job.start()
        return job

    def cancel_job(self) -> None:
        """Ask the running job to stop after the current document."""
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(tr("Cancelling after the current document…"))

    def _on_job_start(self, total: int, label: str) -> None:
        if total >= 0:
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(0)
        else:
            self.progress.setRange(0, 0)

    def _on_job_advance(self, n: int, item: str) -> None:
        if self.progress.maximum() > 0:
            self.progress.setValue(min(self.progress.maximum(), self.progress.value() + n))
        if item:
            self.progress.setToolTip(item)

    def _finish_job(self, job: JobThread) -> None:
        job.wait()
        self.job = None
        for w in (self.progress, self.progress_label, self.cancel_button):
            w.hide()
        self._update_action_states()

    def _on_job_done(self, job: JobThread, result, report: bool) -> None:
        self._finish_job(job)
        if isinstance(result, tuple) and result and result[0] == "export":
            _, n, path = result
            self.statusBar().showMessage(tr("Exported to {path} (entries: {n})").format(n=n, path=path), 8000)
        elif result is not None and hasattr(result, "refused"):
            self.last_report = result
            msg = tr("Documents mined: {n} · refused: {r} · entries: {e}").format(
                n=result.documents, r=len(result.refused), e=result.entries
            )
            if result.cancelled:
                msg = tr("Import cancelled. ") + msg
            self.statusBar().showMessage(msg, 10000)
            if report or result.refused:
                self.report_dialog = ImportReportDialog(result, self)
                self.report_dialog.show()
        # Entries may have been rebuilt: cached searches and the current row are stale.
        self.worker.invalidate()
        cur = self.current_entry()
        if cur is not None and self._select_after_search is None:
            self._select_after_search = cur.id
        self.run_search()
        self.job_finished.emit(result)

    def _on_job_failed(self, job: JobThread, message: str) -> None:
        self._finish_job(job)
        self.statusBar().showMessage(tr("Failed: {error}").format(error=message), 15000)
        self.job_finished.emit(None)

    # ------------------------------------------------------- view settings
    def change_font_size(self, delta: int) -> None:
        """Bigger (+1), smaller (-1) or default (0) text."""
        self.font_size = DEFAULT_FONT_SIZE if delta == 0 else max(7, min(32, self.font_size + delta))
        theme.apply_font_size(QApplication.instance(), self.font_size)
        self.settings.setValue("ui/font_size", self.font_size)

    def set_theme(self, mode: str) -> None:
        """Apply and remember a theme: "system", "light" or "dark"."""
        theme.apply_theme(QApplication.instance(), mode)
        self.settings.setValue("ui/theme", mode)
        if not self.actions[f"theme_{mode}"].isChecked():
            self.actions[f"theme_{mode}"].setChecked(True)
        # Colours baked into rich text and highlights follow the new palette.
        self.detail.retranslate()
        for v in (self.concordance_en, self.concordance_zh):
            v.viewport().update()

    def set_language(self, code: str) -> None:
        """Switch the UI language now and remember it."""
        self.language.set_language(code)
        self.settings.setValue("ui/language", code)
        if not self.actions[f"lang_{code}"].isChecked():
            self.actions[f"lang_{code}"].setChecked(True)

    # ----------------------------------------------------------------- help
    def shortcut_table(self) -> list[tuple[str, str]]:
        """(action text, shortcuts) for every action that has a shortcut."""
        out = []
        for a in self.actions.values():
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in a.shortcuts())
            if keys:
                out.append((a.text().replace("&", ""), keys))
        return out

    def show_shortcuts(self) -> None:
        """A non-modal list of every shortcut."""
        from glossary_app.gui.qt import QMessageBox

        text = "\n".join(f"{keys}\t{name}" for name, keys in self.shortcut_table())
        box = QMessageBox(QMessageBox.Icon.NoIcon, tr("Keyboard shortcuts"), text, QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setModal(False)
        box.show()
        self._shortcuts_box = box

    def show_about(self) -> None:
        """A non-modal About box."""
        from glossary_app import __version__
        from glossary_app.gui.qt import QMessageBox

        stats = self.store.stats()
        text = tr("Oncology Glossary {version}\n{entries} entries from {docs} documents\nDatabase: {path}").format(
            version=__version__, entries=stats["entries"], docs=stats["documents"], path=self.db_path
        )
        box = QMessageBox(QMessageBox.Icon.Information, tr("About"), text, QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setModal(False)
        box.show()
        self._about_box = box

    def undo(self) -> None:
        """Undo the last curation step (also one from an earlier session)."""
        if self.job is None and self.undo_stack.canUndo():
            self.undo_stack.undo()

    def redo(self) -> None:
        """Redo the last undone curation step."""
        if self.job is None and self.undo_stack.canRedo():
            self.undo_stack.redo()

    def _update_undo_actions(self) -> None:
        busy = self.job is not None
        try:
            states = (
                ("undo", self.undo_stack.canUndo(), self.undo_stack.undoText(), tr("&Undo {what}"), tr("Undo the last change")),
                ("redo", self.undo_stack.canRedo(), self.undo_stack.redoText(), tr("&Redo {what}"), tr("Redo the change last undone")),
            )
        except RuntimeError:  # the stack emits while the window is being destroyed
            return
        for name, can, label, text, tip in states:
            a = self.actions[name]
            a.setEnabled(can and not busy)
            a.setText(text.format(what=label).strip() if can else text.format(what="").strip())
            keys = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            a.setToolTip(f"{tip} ({keys})")
            a.setStatusTip(tip)

    def _update_action_states(self) -> None:
        has = self.current_entry() is not None
        busy = self.job is not None
        for n in ("edit", "verify", "hide", "favourite"):
            self.actions[n].setEnabled(has and not busy)
        self.actions["merge"].setEnabled(has and not busy)
        self.actions["add"].setEnabled(not busy)
        for n in ("import_files", "import_folder", "export"):
            self.actions[n].setEnabled(not busy)
        self._update_undo_actions()
        self.actions["back"].setEnabled(self._history_pos > 0)
        self.actions["forward"].setEnabled(self._history_pos < len(self._history) - 1)
        e = self.current_entry()
        self.actions["favourite"].setIcon(QIcon())
        self.actions["favourite"].setText(("★ " if e is not None and e.favourite else "☆ ") + self._action_texts()["favourite"][0])
