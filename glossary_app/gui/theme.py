"""Light, dark and follow-the-system themes, and the UI font size.

Fusion is used everywhere because it honours a custom palette the same way on
every platform (native styles ignore parts of it); the palettes are explicit so
the offscreen platform used in tests and screenshots renders the same colours a
user sees.
"""

from __future__ import annotations

from glossary_app.gui.qt import QApplication, QColor, QFont, QFontInfo, QGuiApplication, QPalette, QStyleFactory, Qt

THEMES = ("system", "light", "dark")

#: Highlight colours for a term in context (background, text), per effective theme.
TERM_HIGHLIGHT = {"light": ("#ffe08a", "#000000"), "dark": ("#8a6d00", "#ffffff")}

# Fonts with CJK coverage, tried in order after the platform default, so that
# Han characters never fall back to a Japanese-variant font when one is present.
CJK_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC"]


def effective_theme(mode: str) -> str:
    """"light" or "dark": what ``mode`` ("system"/"light"/"dark") resolves to now."""
    if mode in ("light", "dark"):
        return mode
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    if dark:
        base, alt, window, text = "#1e1f22", "#26282c", "#2b2d31", "#e6e6e6"
        button, highlight, hl_text, link, dim = "#34363b", "#3d6fb6", "#ffffff", "#8ab4f8", "#8d8f94"
    else:
        base, alt, window, text = "#ffffff", "#f4f5f7", "#eceef1", "#1b1b1b"
        button, highlight, hl_text, link, dim = "#f2f3f5", "#2f6fd0", "#ffffff", "#1a5fb4", "#6b6f76"
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: alt,
        QPalette.ColorRole.ToolTipBase: base,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: dim,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: "#ff5555",
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: hl_text,
        QPalette.ColorRole.Link: link,
        QPalette.ColorRole.LinkVisited: link,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(dim))
    return p


def apply_theme(app: QApplication, mode: str) -> str:
    """Apply ``mode`` to the whole app; returns the effective theme ("light"/"dark")."""
    if app.style().name().lower() != "fusion":
        app.setStyle(QStyleFactory.create("Fusion"))
    eff = effective_theme(mode)
    app.setPalette(_palette(eff == "dark"))
    app.setProperty("glossary_theme", eff)
    return eff


def apply_font_size(app: QApplication, points: int) -> None:
    """Set the UI font size (points), with CJK fallbacks after the Latin family.

    The Latin family comes first and is a *resolved* family name: a generic
    alias such as "Sans Serif" would let fontconfig pick the CJK font for
    Latin text too, and some CJK fonts draw tone-marked vowels (ǎ) blank.
    """
    base = app.property("glossary_base_family")
    if not base:
        base = QFontInfo(app.font()).family()
        app.setProperty("glossary_base_family", base)
    font = QFont(app.font())
    font.setFamilies([base] + [f for f in CJK_FAMILIES if f != base])
    font.setPointSize(max(7, min(32, int(points))))
    app.setFont(font)


def current_theme() -> str:
    """The effective theme last applied ("light" when none was)."""
    app = QApplication.instance()
    return (app.property("glossary_theme") if app else None) or "light"
