"""Plain data that flows out of the miner: documents, sentences, definitions.

These are the contracts between the miner, the store and the CLI; nothing
here knows about SQLite or Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass(frozen=True)
class Definition:
    """One place where a document pairs a term with its translation or abbreviation.

    Offsets are character offsets into the document text as read (decoded,
    markup stripped). ``start``/``end`` cover the whole definition, from the
    first character of the first term to the closing parenthesis. Each field
    that is present has its own span, and ``" ".join(text[s:e].split())``
    equals the field (runs of whitespace, e.g. a line break inside a long
    form, are collapsed in the reported value).
    """

    zh: str | None
    en: str | None
    abbr: str | None
    start: int
    end: int
    confidence: float
    zh_span: Span | None = None
    en_span: Span | None = None
    abbr_span: Span | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: offsets into the document text, and its language."""

    start: int
    end: int
    lang: str  # "zh" or "en"


@dataclass
class ReadDocument:
    """A file read from disk and turned into plain text."""

    path: str
    text: str
    encoding: str
    format: str  # "text", "markdown" or "html"
    title: str
    language: str  # "zh", "en" or "mixed"
    sha256: str  # of the raw bytes, so an unchanged file is skipped cheaply


@dataclass
class MinedDocument:
    """Everything the miner learned from one document, ready for the store."""

    document: ReadDocument
    sentences: list[Sentence] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
