"""Mine files into a store: read, split, extract, store per document, rebuild entries.

Each document is stored in its own transaction; entries are rebuilt once at
the end (and marked dirty until then), so a run stopped at any point leaves a
consistent database that the next run completes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from glossary_app.mining.extract import extract_definitions
from glossary_app.mining.model import MinedDocument, ReadDocument
from glossary_app.mining.reader import RefusedFile, iter_input_files, read_document
from glossary_app.mining.sentences import split_sentences
from glossary_app.progress import Progress


@dataclass
class MiningReport:
    """What a mining run did; the CLI prints it, the GUI shows it."""

    documents: int = 0  # mined (new or changed)
    unchanged: int = 0  # skipped because the content hash matched
    removed: int = 0
    definitions: int = 0
    entries: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    seconds: float = 0.0
    cancelled: bool = False


def mine_document(doc: ReadDocument) -> MinedDocument:
    """Sentences and definitions of one read document (pure: no store)."""
    return MinedDocument(document=doc, sentences=split_sentences(doc.text), definitions=extract_definitions(doc.text))


def mine_paths(
    store,
    paths: list[str | Path],
    progress: Progress | None = None,
    prune_missing: bool = False,
) -> MiningReport:
    """Mine files and folders into ``store``.

    Unchanged documents (same path, same content hash) are skipped, changed
    ones replace only their own data. With ``prune_missing``, documents stored
    from under the given folders whose files are gone are removed.

    Args:
        store: an open :class:`glossary_app.store.Store`.
        paths: files and/or folders.
        progress: receives start/advance/message; its ``cancelled()`` is
            polled between documents.
    """
    progress = progress or Progress()
    report = MiningReport()
    t0 = time.perf_counter()
    files, refused = iter_input_files([Path(p) for p in paths])
    for path, reason in refused:
        report.refused.append((str(path), reason))
        progress.message(f"refused {path}: {reason}")
    known = store.document_hashes()
    progress.start(len(files), "Mining")
    for path in files:
        if progress.cancelled():
            report.cancelled = True
            break
        key = str(Path(path).resolve())
        try:
            doc = read_document(path)
        except RefusedFile as e:
            report.refused.append((str(path), str(e)))
            progress.message(f"refused {path}: {e}")
            progress.advance(1, str(path))
            continue
        doc.path = key
        if known.get(key) == doc.sha256:
            report.unchanged += 1
        else:
            mined = mine_document(doc)
            store.replace_document(mined)
            report.documents += 1
            report.definitions += len(mined.definitions)
        progress.advance(1, str(path))
    if prune_missing and not report.cancelled:
        roots = [str(Path(p).resolve()) for p in paths if Path(p).is_dir()]
        for stored in list(known):
            if any(stored.startswith(r) for r in roots) and not Path(stored).exists():
                store.remove_document(stored)
                report.removed += 1
    # Entries are rebuilt even after a cancel, so what was stored is findable.
    if store.entries_dirty:
        store.rebuild_entries(progress)
    progress.finish()
    report.entries = store.entry_count()
    report.seconds = time.perf_counter() - t0
    return report
