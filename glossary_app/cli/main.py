"""`glossary` entry point: parses the command line and dispatches to a command module.

Each command module exposes ``register(subparsers)``, which adds its
sub-commands and sets ``func`` on them; ``func(args) -> int`` returns the exit
status. Errors meant for the user are raised as :class:`CommandError` and
printed as one line on stderr, never as a traceback.
"""

from __future__ import annotations

import argparse
import sys

from glossary_app import __version__
from glossary_app.cli import common, curate_cmd, export_cmd, gui_cmd, lookup_cmd, mining_cmd, study_cmd


# Static imports (not discovered by name) so that packagers see every module.
COMMAND_MODULES = [mining_cmd, lookup_cmd, curate_cmd, export_cmd, study_cmd, gui_cmd]


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (also used to check that the docs cover every command)."""
    parser = argparse.ArgumentParser(
        prog="glossary",
        description="Chinese-English oncology glossary: mine documents, look terms up, study them.",
        epilog="Run `glossary` with no command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"glossary {__version__}")
    common.add_db_option(parser, top_level=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the process exit status."""
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        # No command: open the window if the GUI is installed, else explain.
        gui = parser._subparsers._group_actions[0].choices.get("gui") if parser._subparsers else None
        if gui is None:
            parser.print_help()
            return 0
        args = parser.parse_args([*argv, "gui"])
    try:
        return int(args.func(args) or 0)
    except common.CommandError as e:
        print(f"glossary: {e}", file=sys.stderr)
        return e.status
    except KeyboardInterrupt:
        print("glossary: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
