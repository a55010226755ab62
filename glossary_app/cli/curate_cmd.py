"""`glossary edit/verify/hide/favourite/add/merge/split/history/undo/redo`: curation on the command line.

Each command is one call to ``store.curation`` (the same functions the window
uses), so every change is in the history and can be undone from either.
"""

from __future__ import annotations

import argparse
import json
import sys

from glossary_app.cli.common import CommandError, add_db_option, open_store_for


def register(sub) -> None:
    """Add the curation commands to the CLI."""

    def entry_arg(p, name="id", help_="entry id (as shown by `glossary lookup`)"):
        p.add_argument(name, type=int, metavar=name.upper(), help=help_)

    def form_opts(p):
        p.add_argument("--zh", help="Chinese form")
        p.add_argument("--en", help="English form")
        p.add_argument("--abbr", help="abbreviation")
        p.add_argument("--notes", help="free-text notes")
        p.add_argument("--tags", help="comma-separated tags (replaces the old ones)")

    p = sub.add_parser(
        "edit",
        help="change an entry's Chinese, English, abbreviation, notes or tags",
        description="Change the fields given; the others stay. An empty value (--en '') brings the mined value back. "
        "Example: glossary edit 12 --en 'progression-free survival' --tags endpoint",
    )
    entry_arg(p)
    form_opts(p)
    add_db_option(p)
    p.set_defaults(func=cmd_edit)

    for name, flag, help_, off_help in (
        ("verify", "verified", "mark an entry as checked", "remove the mark"),
        ("hide", "hidden", "hide a false positive from lookup and lists", "show it again"),
        ("favourite", "favourite", "star an entry", "remove the star"),
    ):
        p = sub.add_parser(name, help=help_, description=f"{help_[0].upper() + help_[1:]}. Example: glossary {name} 12")
        entry_arg(p)
        p.add_argument("--off", action="store_true", help=off_help)
        add_db_option(p)
        p.set_defaults(func=cmd_flag, flag=flag)

    p = sub.add_parser(
        "add",
        help="add an entry by hand",
        description="Add a manual entry; at least one of --zh, --en, --abbr. "
        "Example: glossary add --zh 肿瘤微环境 --en 'tumor microenvironment' --abbr TME",
    )
    form_opts(p)
    add_db_option(p)
    p.set_defaults(func=cmd_add)

    p = sub.add_parser(
        "merge",
        help="merge one entry into another",
        description="Entry FROM joins entry INTO (forms, definitions, notes, tags). Example: glossary merge 12 40",
    )
    entry_arg(p, "into", "the entry that stays")
    entry_arg(p, "from_id", "the entry merged into it")
    add_db_option(p)
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser(
        "split",
        help="move one form of an entry into a new entry",
        description="FORM is the form's text as shown by `glossary lookup` (or its form id). "
        "Example: glossary split 12 'PFS rate'",
    )
    entry_arg(p)
    p.add_argument("form", metavar="FORM")
    add_db_option(p)
    p.set_defaults(func=cmd_split)

    p = sub.add_parser("history", help="list recent changes", description="Recent curation changes, newest first.")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(p)
    p.set_defaults(func=cmd_history)

    p = sub.add_parser("undo", help="undo the last change", description="Undo the most recent change.")
    add_db_option(p)
    p.set_defaults(func=cmd_undo)
    p = sub.add_parser("redo", help="redo the last undone change", description="Redo the change undone last.")
    add_db_option(p)
    p.set_defaults(func=cmd_redo)


def _run(args, action):
    """Open the store, run ``action(curation, store)``, map core errors to one line."""
    store = open_store_for(args, must_exist=True)
    try:
        return action(store.curation, store)
    except KeyError as e:
        raise CommandError(e.args[0] if e.args else str(e)) from None
    except ValueError as e:
        raise CommandError(str(e)) from None
    finally:
        store.close()


def _tags(args):
    return None if args.tags is None else [t for t in args.tags.split(",")]


def cmd_edit(args: argparse.Namespace) -> int:
    def act(cur, store):
        cur.edit(args.id, zh=args.zh, en=args.en, abbr=args.abbr, notes=args.notes, tags=_tags(args))
        e = store.entry(args.id)
        print(f"#{e.id}  " + "  ".join(x for x in (e.abbr, e.en, e.zh) if x))
        return 0

    return _run(args, act)


def cmd_flag(args: argparse.Namespace) -> int:
    def act(cur, store):
        setter = {"verified": cur.set_verified, "hidden": cur.set_hidden, "favourite": cur.set_favourite}[args.flag]
        setter(args.id, not args.off)
        print(cur.history(1)[0]["label"])
        return 0

    return _run(args, act)


def cmd_add(args: argparse.Namespace) -> int:
    def act(cur, store):
        eid = cur.add_entry(zh=args.zh, en=args.en, abbr=args.abbr, notes=args.notes or "", tags=_tags(args) or ())
        print(eid)
        return 0

    return _run(args, act)


def cmd_merge(args: argparse.Namespace) -> int:
    def act(cur, store):
        cur.merge(args.into, args.from_id)
        print(cur.history(1)[0]["label"])
        return 0

    return _run(args, act)


def cmd_split(args: argparse.Namespace) -> int:
    def act(cur, store):
        e = store.entry(args.id)
        if e is None:
            raise KeyError(f"no entry with id {args.id}")
        matches = [f for f in e.forms if f.text == args.form or str(f.id) == args.form]
        if not matches:
            shown = ", ".join(repr(f.text) for f in e.forms)
            raise KeyError(f"entry {args.id} has no form {args.form!r} (its forms: {shown})")
        new_id = cur.split_form(args.id, matches[0].id)
        print(new_id)
        return 0

    return _run(args, act)


def cmd_history(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CommandError("--limit must be at least 1")

    def act(cur, store):
        rows = cur.history(args.limit)
        if args.json:
            json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return 0
        if not rows:
            print("no changes yet")
        for r in rows:
            state = "" if r["state"] == "done" else f" ({r['state']})"
            change = ""
            if r["old"] or r["new"]:
                change = f"  {json.dumps(r['old'], ensure_ascii=False)} -> {json.dumps(r['new'], ensure_ascii=False)}"
            print(f"{r['at']}  #{r['entry_id']}  {r['label']}{state}{change}")
        return 0

    return _run(args, act)


def cmd_undo(args: argparse.Namespace) -> int:
    def act(cur, store):
        label = cur.undo()
        if label is None:
            raise CommandError("nothing to undo")
        print(f"undone: {label}")
        return 0

    return _run(args, act)


def cmd_redo(args: argparse.Namespace) -> int:
    def act(cur, store):
        label = cur.redo()
        if label is None:
            raise CommandError("nothing to redo")
        print(f"redone: {label}")
        return 0

    return _run(args, act)
