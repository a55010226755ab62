"""`glossary mine`, `glossary definitions`, `glossary eval`: the miner on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from glossary_app.cli.common import CommandError, add_db_option, open_store_for


def register(sub) -> None:
    """Add the mining commands to the CLI."""
    p = sub.add_parser(
        "mine",
        help="mine documents into the glossary",
        description="Mine files or folders (text, Markdown, HTML; UTF-8/16, GB18030, Big5) into the glossary. "
        "With no PATH, the built-in seed documents. Unchanged files are skipped; changed ones replace their old data. "
        "Example: glossary mine papers/ --db my.db",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the built-in seeds)")
    p.add_argument("--prune", action="store_true", help="forget documents under the given folders whose files are gone")
    add_db_option(p)
    p.set_defaults(func=cmd_mine)

    p = sub.add_parser(
        "definitions",
        help="print the definitions found in documents (no database)",
        description="Print every definition occurrence found in the documents, one JSON object per line. "
        "Example: glossary definitions seeds/ --format jsonl",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", choices=["jsonl", "tsv"], default="jsonl")
    p.set_defaults(func=cmd_definitions)

    p = sub.add_parser(
        "eval",
        help="score the miner against a gold file",
        description="Precision, recall and F1 of the definitions found in PATH against GOLD.jsonl, "
        "for whole triples and for each field, with misses and false hits. "
        "Example: glossary eval ../shared/gold/seeds.jsonl seeds/",
    )
    p.add_argument("gold", metavar="GOLD.jsonl")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--quiet", action="store_true", help="only the score table, no lists of misses")
    p.set_defaults(func=cmd_eval)


def cmd_mine(args: argparse.Namespace) -> int:
    from glossary_app.cli.terminal_progress import TerminalProgress
    from glossary_app.mining.pipeline import mine_paths
    from glossary_app.paths import seeds_dir

    paths = [Path(p) for p in args.paths] or [seeds_dir()]
    store = open_store_for(args)
    try:
        report = mine_paths(store, paths, TerminalProgress(), prune_missing=args.prune)
    finally:
        store.close()
    print(
        f"{report.documents} documents mined, {report.unchanged} unchanged, {report.removed} removed, "
        f"{report.definitions} definitions, {report.entries} entries, {len(report.refused)} refused, "
        f"{report.seconds:.2f} s"
    )
    for path, reason in report.refused:
        print(f"refused: {path}: {reason}", file=sys.stderr)
    if report.refused and not report.documents and not report.unchanged:
        return 2
    return 0


def definition_rows(paths: list[str]):
    """(row dict, refused list) for `definitions` and `eval`: one row per
    definition occurrence, with the gold files' field names."""
    from glossary_app.mining.pipeline import mine_document
    from glossary_app.mining.reader import RefusedFile, iter_input_files, read_document

    files, refused = iter_input_files([Path(p) for p in paths])
    refused = [(str(p), r) for p, r in refused]
    rows = []
    for path in files:
        try:
            doc = read_document(path)
        except RefusedFile as e:
            refused.append((str(path), str(e)))
            continue
        mined = mine_document(doc)
        for d in mined.definitions:
            sentence = next((doc.text[s.start : s.end] for s in mined.sentences if s.start <= d.start < s.end), None)
            rows.append(
                {
                    "doc": Path(path).stem,
                    "zh": d.zh,
                    "en": d.en,
                    "abbr": d.abbr,
                    "start": d.start,
                    "end": d.end,
                    "sentence": sentence,
                    "confidence": round(d.confidence, 3),
                }
            )
    return rows, refused


def cmd_definitions(args: argparse.Namespace) -> int:
    rows, refused = definition_rows(args.paths)
    for path, reason in refused:
        print(f"refused: {path}: {reason}", file=sys.stderr)
    out = sys.stdout
    for r in rows:
        if args.format == "jsonl":
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            out.write("\t".join("" if r[k] is None else str(r[k]) for k in ("doc", "zh", "en", "abbr", "start", "end", "confidence")) + "\n")
    return 2 if refused and not rows else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from glossary_app.mining.evaluation import load_gold, score

    try:
        gold = load_gold(args.gold)
    except (OSError, ValueError) as e:
        raise CommandError(f"cannot read gold file {args.gold}: {e}") from e
    rows, refused = definition_rows(args.paths)
    for path, reason in refused:
        print(f"refused: {path}: {reason}", file=sys.stderr)
    report = score(gold, rows)
    # Misses first and the score table last, so the end of the output (what
    # a terminal or `tail` shows) is the score.
    if not args.quiet:
        for title, found in (("misses", report.misses), ("false hits", report.false_hits)):
            print(f"{title} ({len(found)}):")
            for row in found:
                print("  " + "\t".join("-" if v is None else str(v) for v in row))
            print()
    print(report.format_text(details=False))
    return 0
