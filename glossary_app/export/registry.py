"""The registry of export formats: the CLI and the export dialog both list it.

A format is a small object with ``name``, ``label``, ``extension``,
``file_filter`` and ``write(store, path, options)``. Adding a format is one
new module plus one line in :data:`FORMATS`. Imports are static so that
packagers see every format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


@dataclass
class ExportOptions:
    """What to export: hidden entries are left out unless asked for."""

    include_hidden: bool = False
    entry_ids: list[int] | None = None  # None = every entry
    extra: dict = field(default_factory=dict)  # format-specific options


class ExportFormat(Protocol):
    """What every export format provides."""

    name: str  # used on the command line: --format NAME
    label: str  # shown in the dialog
    extension: str  # ".csv"
    file_filter: str  # Qt file-dialog filter, e.g. "CSV (*.csv)"

    def write(self, store, path: Path, options: ExportOptions) -> int:
        """Write the export to ``path`` atomically; returns how many items were written."""


def formats() -> dict[str, ExportFormat]:
    """name -> format, in the order the dialog shows them."""
    from glossary_app.export.apkg_format import ApkgFormat
    from glossary_app.export.csv_format import CsvFormat

    found: list[ExportFormat] = [CsvFormat(), ApkgFormat()]
    return {f.name: f for f in found}


def get_format(name: str) -> ExportFormat:
    """The format called ``name``; ValueError naming the known ones otherwise."""
    known = formats()
    if name not in known:
        raise ValueError(f"unknown export format {name!r}; known: {', '.join(known)}")
    return known[name]


def write_atomically(path: Path, write) -> None:
    """Call ``write(tmp_path)`` and move the result over ``path`` only when it
    succeeded, so a failed export never leaves half a file behind."""
    import os
    import tempfile

    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=path.suffix, dir=path.parent or ".")
    os.close(fd)
    try:
        write(Path(tmp))
        # mkstemp makes the file private (0600); an export is an ordinary
        # document the user shares, so give it the usual umask permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
