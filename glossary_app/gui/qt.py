"""The one module that imports the Qt binding; every GUI module imports from here.

Keeping the binding behind one module means a version check happens once,
the rest of the GUI names only what it uses, and a future binding switch is
one file.
"""

from __future__ import annotations

import sys

from PySide6 import __version_info__ as PYSIDE_VERSION
from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QItemSelectionModel,
    QLibraryInfo,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QThread,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QBrush,
    QClipboard,
    QColor,
    QDesktopServices,
    QFont,
    QFontDatabase,
    QFontInfo,
    QRawFont,
    QTextLayout,
    QGuiApplication,
    QIcon,
    QInputMethodEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStatusBar,
    QStyle,
    QStyledItemDelegate,
    QStyleFactory,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if PYSIDE_VERSION < (6, 5):  # pragma: no cover - guarded by the pinned dependency
    raise ImportError(f"PySide6 >= 6.5 is needed, found {'.'.join(map(str, PYSIDE_VERSION))}")



def _immortalize_singletons() -> None:
    """Make None, True and False unkillable on Python < 3.12.

    The PySide6 6.12 wheels return ``Py_None`` (and the bool singletons) from
    void/bool calls without taking a reference, as is correct only where they
    are immortal (Python 3.12+, PEP 683). On 3.11 every ``QAction.setEnabled()``
    or ``QModelIndex.data()`` of an empty role steals one reference, and after
    a few thousand calls the interpreter aborts with "none_dealloc:
    deallocating None". Measured here: -1 reference per ``setEnabled`` call,
    -5 per repaint of the results table.

    These singletons are never legitimately freed, so giving them a huge
    reference count (what 3.12 does with its immortal marker) is safe and
    costs nothing; it only changes what ``sys.getrefcount`` reports.
    """
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):  # immortal already / debug build
        return
    import ctypes

    for obj in (None, True, False, Ellipsis, NotImplemented):
        refcnt = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is PyObject's first field
        if refcnt.value < 1 << 60:
            refcnt.value += 1 << 60


_immortalize_singletons()

__all__ = [name for name in dir() if not name.startswith("_") and name != "sys"]
