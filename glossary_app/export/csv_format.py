"""CSV export: UTF-8 with a BOM so that Excel shows Chinese correctly."""

from __future__ import annotations

import csv
from pathlib import Path

from glossary_app.export.registry import ExportOptions, write_atomically

COLUMNS = [
    "abbreviation",
    "english",
    "chinese",
    "pinyin",
    "other_english",
    "other_chinese",
    "other_abbreviations",
    "sources",
    "occurrences",
    "verified",
    "notes",
    "tags",
]


def entry_row(entry) -> dict:
    """One entry as a flat CSV row (lists joined with "; ")."""

    def others(kind: str, main: str | None) -> str:
        seen = []
        for f in entry.forms_of(kind):
            if f.text != main and f.text not in seen:
                seen.append(f.text)
        return "; ".join(seen)

    return {
        "abbreviation": entry.abbr or "",
        "english": entry.en or "",
        "chinese": entry.zh or "",
        "pinyin": entry.pinyin or "",
        "other_english": others("en", entry.en),
        "other_chinese": others("zh", entry.zh),
        "other_abbreviations": others("abbr", entry.abbr),
        "sources": "; ".join(s["stem"] for s in entry.sources),
        "occurrences": entry.occurrences,
        "verified": "yes" if entry.verified else "",
        "notes": entry.notes,
        "tags": "; ".join(entry.tags),
    }


class CsvFormat:
    """Glossary as CSV, one row per entry."""

    name = "csv"
    label = "CSV (Excel, spreadsheets)"
    extension = ".csv"
    file_filter = "CSV files (*.csv)"

    def write(self, store, path: Path, options: ExportOptions) -> int:
        """Write every (visible) entry; returns the number of rows."""
        ids = options.entry_ids if options.entry_ids is not None else store.entry_ids(include_hidden=options.include_hidden)
        count = 0

        def write(tmp: Path) -> None:
            nonlocal count
            # utf-8-sig writes the BOM Excel needs to read UTF-8.
            with open(tmp, "w", encoding="utf-8-sig", newline="") as fp:
                writer = csv.DictWriter(fp, fieldnames=COLUMNS)
                writer.writeheader()
                for i in range(0, len(ids), 500):
                    for entry in store.entries(ids[i : i + 500]):
                        writer.writerow(entry_row(entry))
                        count += 1

        write_atomically(path, write)
        return count
