"""Helpers shared by the command modules: errors, the --db option, opening the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from glossary_app.paths import default_db_path


class CommandError(Exception):
    """A user-facing failure: printed as one line, exit status ``status``."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def add_db_option(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    """Add ``--db FILE`` (default: the per-user glossary, or $GLOSSARY_DB).

    Accepted before or after the command; a sub-command's option only
    overrides the top-level one when given.
    """
    parser.add_argument(
        "--db",
        metavar="FILE",
        type=Path,
        default=None if top_level else argparse.SUPPRESS,
        help="glossary database (default: the per-user glossary, or $GLOSSARY_DB)",
    )


def db_path(args: argparse.Namespace) -> Path:
    """The database path the user asked for, or the default one."""
    return args.db or default_db_path()


def open_store_for(args: argparse.Namespace, must_exist: bool = False):
    """Open the store named by ``--db``; a clear CommandError if it cannot be used."""
    from glossary_app.store import StoreError, open_store

    path = db_path(args)
    if must_exist and not path.exists():
        raise CommandError(f"no glossary at {path}; run `glossary mine` first")
    try:
        return open_store(path)
    except StoreError as e:
        raise CommandError(str(e)) from e
    except OSError as e:
        raise CommandError(f"cannot open {path}: {e.strerror or e}") from e


def ensure_mined(store, quiet: bool = False) -> None:
    """First use: mine the built-in seeds so that a new user has a glossary.

    Also finishes an entry rebuild that an interrupted run left pending.
    """
    from glossary_app.mining.pipeline import mine_paths
    from glossary_app.paths import seeds_dir

    if store.stats()["documents"] == 0:
        if not quiet:
            print("First run: mining the built-in seed documents…", file=sys.stderr)
        mine_paths(store, [seeds_dir()])
    elif store.entries_dirty:
        store.rebuild_entries()
