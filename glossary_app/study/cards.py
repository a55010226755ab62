"""Which cards an entry makes, and what a card shows on its front and back.

Directions:

* ``zh_en``  Chinese → English: front the Chinese term; needs a Chinese form
  and an English or abbreviation form.
* ``en_zh``  English → Chinese: front the English term; needs both.
* ``abbr_full``  abbreviation → full forms: front the abbreviation; needs an
  abbreviation and a full form in either language.

An entry with no Chinese form makes no Chinese card; hidden entries make
none (the store never returns them for decks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from glossary_app.study.settings import DIRECTIONS

BLANK = "［…］"


def directions_for(zh: str | None, en: str | None, abbr: str | None, wanted=DIRECTIONS) -> list[str]:
    """The directions (among ``wanted``, in that order) that an entry with
    these display forms can make a card for."""
    ok = {
        "zh_en": bool(zh) and bool(en or abbr),
        "en_zh": bool(zh) and bool(en),
        "abbr_full": bool(abbr) and bool(en or zh),
    }
    return [d for d in wanted if ok.get(d)]


@dataclass
class ExampleSentence:
    """A corpus sentence for a card, with the mention's span and a cloze version."""

    text: str
    start: int
    end: int
    lang: str
    source: str  # document stem
    cloze: str  # the sentence with every form of the entry blanked


@dataclass
class CardContent:
    """Everything a review screen (or an Anki note) shows for one card."""

    entry_id: int
    direction: str
    front: str
    prompt: str  # what the learner is asked, e.g. "English?"
    zh_forms: list[tuple[str, str]] = field(default_factory=list)  # (text, pinyin)
    en_forms: list[str] = field(default_factory=list)
    abbr_forms: list[str] = field(default_factory=list)
    zh: str | None = None
    en: str | None = None
    abbr: str | None = None
    pinyin: str | None = None
    example: ExampleSentence | None = None
    hint: ExampleSentence | None = None  # a cloze sentence suitable for the front
    notes: str = ""
    sources: list[str] = field(default_factory=list)


_PROMPTS = {"zh_en": "English?", "en_zh": "中文？", "abbr_full": "Full form?"}


def _unique(items):
    seen, out = set(), []
    for x in items:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def blank_forms(sentence: str, forms: list[str]) -> tuple[str, int]:
    """``sentence`` with every occurrence of any of ``forms`` replaced by a
    blank (Latin forms matched case-insensitively, longest first, whole words
    only); returns the text and how many blanks were made."""
    forms = sorted(_unique(forms), key=len, reverse=True)
    if not forms:
        return sentence, 0
    parts = []
    for f in forms:
        p = re.escape(f)
        # Word boundaries only make sense around Latin letters; Chinese has none.
        if re.match(r"\w", f[0], re.ASCII):
            p = r"(?<![A-Za-z0-9])" + p
        if re.match(r"\w", f[-1], re.ASCII):
            p = p + r"(?![A-Za-z0-9])"
        parts.append(p)
    return re.subn("|".join(parts), BLANK, sentence, flags=re.IGNORECASE)


def card_content(store, entry_id: int, direction: str, cloze_hint: bool = True, max_examples: int = 30) -> CardContent | None:
    """What the card (entry, direction) shows; None if the entry is gone or
    can no longer make that card (e.g. its Chinese form was removed)."""
    entry = store.entry(entry_id)
    if entry is None or entry.hidden or direction not in directions_for(entry.zh, entry.en, entry.abbr):
        return None
    zh_forms = _unique([entry.zh] + [f.text for f in entry.forms_of("zh")])
    pinyin_of = {f.text: f.pinyin for f in entry.forms_of("zh")}
    en_forms = _unique([entry.en] + [f.text for f in entry.forms_of("en")])
    abbr_forms = _unique([entry.abbr] + [f.text for f in entry.forms_of("abbr")])
    front = {"zh_en": entry.zh, "en_zh": entry.en, "abbr_full": entry.abbr}[direction]
    content = CardContent(
        entry_id=entry_id,
        direction=direction,
        front=front,
        prompt=_PROMPTS[direction],
        zh_forms=[(t, pinyin_of.get(t) or (entry.pinyin if t == entry.zh else "") or "") for t in zh_forms],
        en_forms=en_forms,
        abbr_forms=abbr_forms,
        zh=entry.zh,
        en=entry.en,
        abbr=entry.abbr,
        pinyin=entry.pinyin,
        notes=entry.notes,
        sources=[s["stem"] for s in entry.sources],
    )
    content.example, content.hint = choose_examples(
        store.examples(entry_id, limit=max_examples), direction, zh_forms + en_forms + abbr_forms, cloze_hint
    )
    return content


def choose_examples(examples, direction: str, all_forms: list[str], cloze_hint: bool = True):
    """(answer example, front hint) from an entry's example sentences.

    The answer shows the first example, preferring the language of the answer.
    The hint must not give the answer away: it is a sentence in which every
    form of the entry could be blanked, preferring ordinary usage over the
    defining sentence (which usually spells out every form).
    """
    if not examples:
        return None, None
    answer_lang = "zh" if direction == "en_zh" else "en"
    ranked = sorted(examples, key=lambda e: e.lang != answer_lang)  # stable: keeps definitions first

    def sentence(e) -> ExampleSentence:
        cloze, _ = blank_forms(e.text, all_forms)
        return ExampleSentence(e.text, e.start, e.end, e.lang, e.doc_stem, cloze)

    example = sentence(ranked[0])
    hint = None
    if cloze_hint:
        # Usage sentences first, then definitions; the answer language first within each.
        for e in sorted(examples, key=lambda e: (e.is_definition, e.lang != answer_lang)):
            s = sentence(e)
            if BLANK in s.cloze and not any(f.lower() in s.cloze.lower() for f in all_forms if len(f) > 1):
                hint = s
                break
    return example, hint
