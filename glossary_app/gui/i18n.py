"""UI language: the ``tr()`` used for every visible string, and switching translators.

All strings live in one translation context (``glossary``) so that the
catalogue in ``resources/i18n/`` is one flat list. Widgets set their texts in
a ``retranslate()`` method that runs at construction and again on every
``QEvent.LanguageChange``, so switching language needs no restart.

Run ``python -m glossary_app.gui.i18n`` after changing UI strings: it adds new
strings to the ``.ts`` catalogues (keeping existing translations, marking
vanished ones obsolete) and compiles the ``.qm`` files with
``pyside6-lrelease``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from glossary_app.gui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from glossary_app.paths import resources_dir

CONTEXT = "glossary"

#: UI language code -> name shown in the menu (in its own language).
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a UI string in the app's single context."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def i18n_dir() -> Path:
    """Folder of the .ts catalogues and compiled .qm files."""
    return resources_dir() / "i18n"


class LanguageSwitcher:
    """Installs and swaps the app's translators (ours plus Qt's own dialogs').

    Installing or removing a translator makes Qt post ``LanguageChange`` to
    every widget, which is what drives ``retranslate()``.
    """

    def __init__(self, app) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.current = "en"

    @classmethod
    def for_app(cls, app) -> "LanguageSwitcher":
        """The one switcher of ``app`` (created on first use)."""
        sw = getattr(app, "_glossary_language", None)
        if sw is None:
            sw = cls(app)
            app._glossary_language = sw
        return sw

    def set_language(self, code: str) -> bool:
        """Switch to ``code`` (a key of :data:`LANGUAGES`); False if its catalogue is missing."""
        if code not in LANGUAGES:
            code = "en"
        for t in self._installed:
            self._app.removeTranslator(t)
        self._installed = []
        ok = True
        if code != "en":
            ours = QTranslator(self._app)
            ok = ours.load(str(i18n_dir() / f"glossary_{code}.qm"))
            if ok:
                self._app.installTranslator(ours)
                self._installed.append(ours)
            qt_own = QTranslator(self._app)
            # Qt's catalogue translates standard buttons (OK, Cancel) and dialogs.
            if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._app.installTranslator(qt_own)
                self._installed.append(qt_own)
        self.current = code if ok else "en"
        QLocale.setDefault(QLocale(self.current))
        return ok


# -- catalogue maintenance (not used at run time; imports stay local) --------
def extract_strings(root: Path | None = None, exclude: tuple[str, ...] = ()) -> list[str]:
    """Every literal passed to ``tr(...)`` in the GUI package, in first-seen order
    (sub-packages named in ``exclude`` are skipped)."""
    import ast

    root = root or Path(__file__).resolve().parent
    seen: dict[str, None] = {}
    for path in sorted(root.rglob("*.py")):
        if set(path.relative_to(root).parts[:-1]) & set(exclude):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                seen.setdefault(node.args[0].value, None)
    return list(seen)


def update_catalogue(ts_path: Path, language: str, strings: list[str]) -> tuple[int, int]:
    """Merge ``strings`` into a Qt Linguist .ts file; returns (total, untranslated).

    Existing translations are kept; strings no longer in the code are marked
    obsolete rather than deleted, as lupdate does.
    """
    from xml.etree import ElementTree as ET

    old: dict[str, str] = {}
    if ts_path.exists():
        for msg in ET.parse(ts_path).getroot().iter("message"):
            src = msg.findtext("source") or ""
            tr_el = msg.find("translation")
            if tr_el is not None and tr_el.text and tr_el.get("type") not in ("unfinished",):
                old[src] = tr_el.text
            elif tr_el is not None and tr_el.text:
                old.setdefault(src, tr_el.text)
    ts = ET.Element("TS", version="2.1", language=language)
    ctx = ET.SubElement(ts, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    missing = 0
    for s in strings:
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = s
        t = ET.SubElement(msg, "translation")
        if s in old:
            t.text = old[s]
        else:
            t.set("type", "unfinished")
            missing += 1
    for s in old:
        if s not in strings:
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = s
            t = ET.SubElement(msg, "translation", type="vanished")
            t.text = old[s]
    ET.indent(ts)
    body = ET.tostring(ts, encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return len(strings), missing


def compile_catalogue(ts_path: Path) -> Path:
    """Compile a .ts into the .qm next to it with pyside6-lrelease."""
    import shutil
    import subprocess

    exe = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    qm = ts_path.with_suffix(".qm")
    subprocess.run([exe, "-silent", str(ts_path), "-qm", str(qm)], check=True)
    return qm


def main() -> int:
    """Update every catalogue from the code and compile it (the i18n build step)."""
    strings = extract_strings()
    for code in LANGUAGES:
        if code == "en":
            continue
        ts = i18n_dir() / f"glossary_{code}.ts"
        total, missing = update_catalogue(ts, code, strings)
        compile_catalogue(ts)
        print(f"{ts.name}: {total} strings, {missing} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
