"""`glossary export`: write the glossary in any registered format."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from glossary_app.cli.common import CommandError, add_db_option, ensure_mined, open_store_for


def register(sub) -> None:
    """Add the export command; its --format choices come from the registry."""
    from glossary_app.export.registry import formats

    names = list(formats())
    p = sub.add_parser(
        "export",
        help="export the glossary (" + ", ".join(names) + ")",
        description="Export the glossary. Without -o, text formats go to standard output. "
        "Example: glossary export --format csv -o glossary.csv",
    )
    p.add_argument("--format", choices=names, default="csv")
    p.add_argument("-o", "--output", metavar="FILE", type=Path, help="output file (default: standard output for text formats)")
    p.add_argument("--include-hidden", action="store_true", help="also export entries marked hidden")
    add_db_option(p)
    p.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from glossary_app.export.registry import ExportOptions, get_format

    fmt = get_format(args.format)
    store = open_store_for(args)
    try:
        ensure_mined(store)
        options = ExportOptions(include_hidden=args.include_hidden)
        if args.output is None:
            if fmt.extension not in (".csv", ".tsv", ".txt", ".json", ".jsonl", ".xml", ".tbx"):
                raise CommandError(f"{fmt.name} is a binary format: give a file with -o")
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / ("export" + fmt.extension)
                count = fmt.write(store, path, options)
                sys.stdout.buffer.write(path.read_bytes())
                sys.stdout.flush()
        else:
            if args.output.is_dir():
                raise CommandError(f"{args.output} is a directory")
            if not args.output.parent.exists():
                raise CommandError(f"folder {args.output.parent} does not exist")
            try:
                count = fmt.write(store, args.output, options)
            except OSError as e:
                raise CommandError(f"cannot write {args.output}: {e.strerror or e}") from e
            print(f"{count} entries written to {args.output}", file=sys.stderr)
    finally:
        store.close()
    return 0
