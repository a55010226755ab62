"""Find every mention of every glossary form in the corpus sentences.

One Aho-Corasick pass per sentence over a case- and hyphen-folded copy of the
text (folding keeps lengths, so offsets carry over), then per-kind checks:
English and abbreviations must stand as whole words, abbreviations keep
their case (`OS` is not `os`), Chinese matches anywhere and also in
traditional script.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick

from glossary_app.normalize import to_simplified

_DASH_TO_SPACE = {ord(c): " " for c in "-\u2010\u2011\u2012\u2013\u2014\u2212\n\t\r"}


@dataclass(frozen=True)
class FormPattern:
    """A form to look for: which entry and form it belongs to, and how it is written."""

    form_id: int
    entry_id: int
    kind: str  # zh / en / abbr
    text: str


@dataclass(frozen=True)
class Mention:
    """A form found in a sentence; offsets are into the document text."""

    entry_id: int
    form_id: int
    doc_id: int
    sentence_id: int
    start: int
    end: int


def _fold(text: str) -> str:
    """Lowercase, dashes and line breaks as spaces, traditional as simplified;
    falls back step by step wherever a step would change the length."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    low = low.translate(_DASH_TO_SPACE)
    simp = to_simplified(low)
    return simp if len(simp) == len(low) else low


def _is_word_char(c: str) -> bool:
    return c.isascii() and c.isalnum()


class MentionFinder:
    """Built once from all forms; ``find`` then scans sentences."""

    def __init__(self, forms: Iterable[FormPattern]) -> None:
        self._automaton = ahocorasick.Automaton()
        patterns: dict[str, list[FormPattern]] = {}
        for f in forms:
            if f.kind == "abbr" and len(f.text.strip()) < 2:
                continue  # one-letter abbreviations would match everywhere
            key = _fold(f.text.strip())
            if len(key) < 2:
                continue
            patterns.setdefault(key, []).append(f)
        for key, fs in patterns.items():
            self._automaton.add_word(key, (len(key), fs))
        self._empty = not patterns
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, doc_id: int, sentence_id: int, offset: int, text: str) -> list[Mention]:
        """Mentions in one sentence (``offset`` = the sentence's start in its document).

        Overlapping hits keep the leftmost-longest one: "non-small cell lung
        cancer" is not also a mention of "lung cancer".
        """
        if self._empty or not text:
            return []
        folded = _fold(text)
        hits: list[tuple[int, int, FormPattern]] = []
        for end_idx, (length, forms) in self._automaton.iter(folded):
            start = end_idx - length + 1
            end = end_idx + 1
            for f in forms:
                if self._accept(f, text, start, end):
                    hits.append((start, end, f))
                    break
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[Mention] = []
        last_end = -1
        for start, end, f in hits:
            if start < last_end:
                continue
            last_end = end
            out.append(Mention(f.entry_id, f.form_id, doc_id, sentence_id, offset + start, offset + end))
        return out

    @staticmethod
    def _accept(f: FormPattern, text: str, start: int, end: int) -> bool:
        if f.kind == "zh":
            return True
        # Latin forms must be whole words: "OS" is not inside "DOSE".
        if start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
            return False
        if end < len(text) and _is_word_char(text[end]) and _is_word_char(text[end - 1]):
            # allow a plural s after an abbreviation: "TKIs"
            if not (f.kind == "abbr" and text[end] == "s" and (end + 1 == len(text) or not _is_word_char(text[end + 1]))):
                return False
        if f.kind == "abbr":
            surface = text[start:end].replace(" ", "")
            return surface == f.text.replace(" ", "") or surface.replace("-", "") == f.text.replace("-", "").replace(" ", "")
        return True


def find_mentions(
    forms: Iterable[FormPattern], sentences: Iterable[tuple[int, int, int, str]]
) -> Iterator[Mention]:
    """All mentions of ``forms`` in ``sentences`` given as (sentence_id, doc_id, start, text)."""
    finder = MentionFinder(forms)
    for sentence_id, doc_id, start, text in sentences:
        yield from finder.find(doc_id, sentence_id, start, text)
