"""Anki package export (.apkg, written with genanki).

One note per entry, with a field for every form, pinyin and a corpus
example, and three card templates (Chinese → English, English → Chinese,
abbreviation → full forms). Anki only makes a card when its front is not
empty, so an entry without Chinese gets no Chinese cards, exactly as in the
app's own study mode.

Re-exporting updates notes in Anki instead of duplicating them: the model
id and deck id are fixed, and each note's guid is ``guid_for("glossary-app",
entry_id)`` (entry ids survive re-mining).

genanki's ``Package.write_to_file`` leaves its temporary SQLite file behind;
we write the collection into a private temporary directory instead, zip it
ourselves, and the directory goes away.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import sqlite3
import tempfile
import time
import zipfile
from pathlib import Path

import genanki

from glossary_app.export.registry import ExportOptions, write_atomically
from glossary_app.study.cards import choose_examples

MODEL_ID = 1735000001  # fixed forever: Anki matches the note type by id
DECK_ID = 1735000002
DECK_NAME = "Oncology glossary"
GUID_NAMESPACE = "glossary-app"

FIELDS = [
    "Term",  # sort field: the main form, never empty
    "Chinese",
    "Pinyin",
    "English",
    "Abbreviation",
    "ChineseForms",
    "EnglishForms",
    "AbbreviationForms",
    "Example",
    "ExampleCloze",
    "ExampleSource",
    "Notes",
    "EntryId",
]

_BACK = """{{FrontSide}}<hr id=answer>
<div class=zh>{{Chinese}}</div>
{{#Pinyin}}<div class=pinyin>{{Pinyin}}</div>{{/Pinyin}}
<div class=en>{{English}}</div>
{{#Abbreviation}}<div class=abbr>{{Abbreviation}}</div>{{/Abbreviation}}
<div class=forms>{{ChineseForms}}<br>{{EnglishForms}}<br>{{AbbreviationForms}}</div>
{{#Example}}<div class=example>{{Example}}<div class=source>{{ExampleSource}}</div></div>{{/Example}}
{{#Notes}}<div class=notes>{{Notes}}</div>{{/Notes}}"""

_HINT = "{{#ExampleCloze}}<div class=hint>{{ExampleCloze}}</div>{{/ExampleCloze}}"

TEMPLATES = [
    {
        "name": "Chinese → English",
        "qfmt": "{{#Chinese}}<div class=front>{{Chinese}}</div><div class=prompt>English?</div>" + _HINT + "{{/Chinese}}",
        "afmt": _BACK,
    },
    {
        "name": "English → Chinese",
        "qfmt": "{{#Chinese}}{{#English}}<div class=front>{{English}}</div><div class=prompt>中文？</div>"
        + _HINT + "{{/English}}{{/Chinese}}",
        "afmt": _BACK,
    },
    {
        "name": "Abbreviation → full forms",
        "qfmt": "{{#Abbreviation}}<div class=front>{{Abbreviation}}</div><div class=prompt>Full form?</div>"
        + _HINT + "{{/Abbreviation}}",
        "afmt": _BACK,
    },
]

CSS = """.card { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif;
  font-size: 22px; text-align: center; }
.front { font-size: 34px; } .prompt { color: #888; font-size: 15px; }
.hint, .example { font-size: 17px; margin-top: 12px; } .source, .forms { color: #888; font-size: 14px; }
.pinyin { color: #2a6; }"""


def model() -> genanki.Model:
    """The note type (fixed id, so Anki updates it on re-import)."""
    return genanki.Model(
        MODEL_ID, "Oncology glossary (glossary-app)", fields=[{"name": f} for f in FIELDS], templates=TEMPLATES, css=CSS
    )


def _tag(text: str) -> str:
    # Anki tags cannot contain spaces.
    return re.sub(r"\s+", "_", text.strip())


def note_fields(entry, examples) -> dict[str, str]:
    """An entry's note fields (HTML-escaped), keyed by field name."""
    e = html.escape
    zh_forms = list(dict.fromkeys([entry.zh] + [f.text for f in entry.forms_of("zh")] if entry.zh else []))
    pinyins = {f.text: f.pinyin for f in entry.forms_of("zh")}
    en_forms = list(dict.fromkeys(x for x in [entry.en] + [f.text for f in entry.forms_of("en")] if x))
    abbr_forms = list(dict.fromkeys(x for x in [entry.abbr] + [f.text for f in entry.forms_of("abbr")] if x))
    example, hint = choose_examples(examples, "zh_en", zh_forms + en_forms + abbr_forms)
    ex_html = ""
    if example:
        t = example.text
        ex_html = e(t[: example.start]) + "<b>" + e(t[example.start : example.end]) + "</b>" + e(t[example.end :])
    return {
        "Term": e(entry.zh or entry.en or entry.abbr or ""),
        "Chinese": e(entry.zh or ""),
        "Pinyin": e(entry.pinyin or ""),
        "English": e(entry.en or ""),
        "Abbreviation": e(entry.abbr or ""),
        "ChineseForms": "; ".join(e(t) + (f" ({e(pinyins[t])})" if pinyins.get(t) else "") for t in zh_forms),
        "EnglishForms": "; ".join(e(t) for t in en_forms),
        "AbbreviationForms": "; ".join(e(t) for t in abbr_forms),
        "Example": ex_html,
        "ExampleCloze": e(hint.cloze) if hint else "",
        "ExampleSource": e(example.source) if example else "",
        "Notes": e(entry.notes or "").replace("\n", "<br>"),
        "EntryId": str(entry.id),
    }


class ApkgFormat:
    """Anki deck package: one note per entry, cards in three directions.

    ``options.extra`` may hold ``deck_name`` (default "Oncology glossary")
    and ``deck`` (a study deck such as ``favourites`` or ``tag:lung``).
    """

    name = "apkg"
    label = "Anki deck (.apkg)"
    extension = ".apkg"
    file_filter = "Anki deck packages (*.apkg)"

    def write(self, store, path: Path, options: ExportOptions) -> int:
        """Write the package to ``path`` atomically; returns the number of notes."""
        ids = self._entry_ids(store, options)
        deck = genanki.Deck(DECK_ID, options.extra.get("deck_name", DECK_NAME))
        note_type = model()
        for i in range(0, len(ids), 500):
            for entry in store.entries(ids[i : i + 500]):
                if not any((entry.zh and (entry.en or entry.abbr), entry.abbr and (entry.en or entry.zh))):
                    continue  # a note that makes no card would only confuse Anki
                fields = note_fields(entry, store.examples(entry.id, limit=30))
                deck.add_note(
                    genanki.Note(
                        model=note_type,
                        fields=[fields[f] for f in FIELDS],
                        tags=["glossary"] + [_tag(t) for t in entry.tags if t.strip()],
                        guid=genanki.guid_for(GUID_NAMESPACE, entry.id),
                    )
                )
        package = genanki.Package(deck)
        write_atomically(path, lambda tmp: _write_package(package, tmp))
        return len(deck.notes)

    @staticmethod
    def _entry_ids(store, options: ExportOptions) -> list[int]:
        if options.entry_ids is not None:
            return list(options.entry_ids)
        if options.extra.get("deck"):
            from glossary_app.study.decks import Deck, deck_entries

            return [row[0] for row in deck_entries(store, Deck.parse(options.extra["deck"]))]
        return store.entry_ids(include_hidden=options.include_hidden)


def _write_package(package: genanki.Package, out: Path, timestamp: float | None = None) -> None:
    """What ``Package.write_to_file`` does, minus the leaked temp file."""
    timestamp = time.time() if timestamp is None else timestamp
    with tempfile.TemporaryDirectory(prefix="glossary-apkg-") as tmp:
        db_path = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(db_path)
        try:
            package.write_to_db(conn.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            conn.commit()
        finally:
            conn.close()
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.write(db_path, "collection.anki2")
            z.writestr("media", json.dumps({}))
