"""The one module that imports the Qt binding; every GUI module imports from here.

Keeping the binding behind one module means a version check happens once,
the rest of the GUI names only what it uses, and a future binding switch is
one file.
"""

from __future__ import annotations

from PySide6 import __version_info__ as PYSIDE_VERSION
from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QEvent,
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

__all__ = [name for name in dir() if not name.startswith("_")]
