"""The house rules of the layout, enforced: no Qt below gui/, no SQL outside store/."""

import ast
import re
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "glossary_app"


def modules():
    for path in sorted(PKG.rglob("*.py")):
        yield path.relative_to(PKG), ast.parse(path.read_text(encoding="utf-8"))


def imported_names(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_no_qt_outside_gui():
    offenders = []
    for rel, tree in modules():
        if rel.parts[0] == "gui" or rel.parts[:2] == ("cli", "gui_cmd.py"):
            continue
        for name in imported_names(tree):
            if name.startswith(("PySide6", "glossary_app.gui", "shiboken6")):
                offenders.append(f"{rel}: {name}")
    assert offenders == []


_SQL = re.compile(
    r"^\s*(select\b.*\bfrom\b|insert\s+(or\s+\w+\s+)?into\b|update\s+\w+\s+set\b|delete\s+from\b"
    r"|create\s+(table|index|virtual|trigger|unique)\b|drop\s+(table|index)\b|pragma\s+\w+)",
    re.I | re.S,
)


def test_no_sql_outside_store():
    offenders = []
    for rel, tree in modules():
        if rel.parts[0] == "store":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL.match(node.value):
                offenders.append(f"{rel}:{node.lineno}: {node.value[:40]!r}")
    assert offenders == []


def test_the_core_does_not_import_the_cli():
    offenders = [
        f"{rel}: {name}"
        for rel, tree in modules()
        if rel.parts[0] in ("mining", "store", "search", "study", "export")
        for name in imported_names(tree)
        if name.startswith("glossary_app.cli")
    ]
    assert offenders == []
