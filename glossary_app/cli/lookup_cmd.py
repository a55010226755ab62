"""`glossary lookup`: the instant search on the command line."""

from __future__ import annotations

import argparse
import json
import sys

from glossary_app.cli.common import CommandError, add_db_option, ensure_mined, open_store_for


def register(sub) -> None:
    """Add the lookup command to the CLI."""
    p = sub.add_parser(
        "lookup",
        help="look a term up (abbreviation, English, 中文, 繁體, pinyin or initials)",
        description="Look a term up in the glossary, in any script: abbreviation (pfs, PD-L1), English words, "
        "Chinese (simplified or traditional), pinyin with or without tones (wujinzhan, wú jìn zhǎn) or pinyin "
        "initials (wjzscq). Each hit says why it matched. Words not in the glossary fall back to the CC-CEDICT "
        "dictionary. Example: glossary lookup 'free survival' --limit 5",
    )
    p.add_argument("query", metavar="QUERY", help="what to look up (quote it if it has spaces)")
    p.add_argument("--limit", type=int, default=None, help="most hits to show (default 10; 50 with --json)")
    p.add_argument("--examples", type=int, default=2, metavar="N", help="example sentences per entry (default 2)")
    p.add_argument("--hidden", action="store_true", help="include entries you hid")
    p.add_argument("--json", action="store_true", help="print the ranked hits as a JSON list (for scripts)")
    add_db_option(p)
    p.set_defaults(func=cmd_lookup)


def _entry_json(entry, hit) -> dict:
    forms = lambda kind: [f.text for f in entry.forms_of(kind)]  # noqa: E731
    pinyin = []
    for f in entry.forms_of("zh"):
        if f.pinyin and f.pinyin not in pinyin:
            pinyin.append(f.pinyin)
    return {
        "id": entry.id,
        "abbreviations": forms("abbr"),
        "english": forms("en"),
        "chinese": forms("zh"),
        "pinyin": pinyin,
        "display": {"abbr": entry.abbr, "en": entry.en, "zh": entry.zh, "pinyin": entry.pinyin},
        "reason": hit.reason,
        "field": hit.field,
        "matched": hit.matched,
        "verified": entry.verified,
        "hidden": entry.hidden,
        "occurrences": entry.occurrences,
    }


def _dictionary_json(hit) -> dict:
    d = hit.dictionary
    chinese = [d.simplified] + ([d.traditional] if d.traditional != d.simplified else [])
    return {
        "id": None,
        "abbreviations": [],
        "english": list(d.glosses),
        "chinese": chinese,
        "pinyin": [d.pinyin],
        "reason": "dictionary",
        "field": "dictionary",
        "matched": hit.matched,
        "source": "CC-CEDICT",
    }


def cmd_lookup(args: argparse.Namespace) -> int:
    from glossary_app.search import Searcher

    limit = args.limit if args.limit is not None else (50 if args.json else 10)
    if not 1 <= limit <= 10000:
        raise CommandError("--limit must be between 1 and 10000")
    if args.examples < 0:
        raise CommandError("--examples cannot be negative")
    store = open_store_for(args)
    try:
        ensure_mined(store, quiet=args.json)
        hits = Searcher(store).search(args.query, limit=limit, include_hidden=args.hidden)
        entries = {e.id: e for e in store.entries([h.entry_id for h in hits if h.entry_id])}
        if args.json:
            out = []
            for h in hits:
                if h.dictionary is not None:
                    out.append(_dictionary_json(h))
                elif h.entry_id in entries:
                    out.append(_entry_json(entries[h.entry_id], h))
            json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return 0
        if not hits:
            print(f"nothing found for {args.query!r}")
            return 0
        for h in hits:
            if h.dictionary is not None:
                _print_dictionary(h)
            elif h.entry_id in entries:
                _print_entry(store, entries[h.entry_id], h, args.examples)
    finally:
        store.close()
    return 0


def _why(h) -> str:
    what = {"abbr": "abbreviation", "en": "English", "zh": "Chinese", "pinyin": "pinyin", "initials": "initials"}
    return f"{h.reason}: {what.get(h.field, h.field)} {h.matched!r}"


def _print_entry(store, e, h, n_examples: int) -> None:
    title = "  ".join(x for x in (e.abbr, e.en, e.zh) if x)
    flags = "".join(f" [{f}]" for f, on in (("verified", e.verified), ("hidden", e.hidden)) if on)
    print(f"#{e.id}  {title}{flags}    ({_why(h)})")
    if e.pinyin:
        print(f"    pinyin: {e.pinyin}")
    for kind, label in (("abbr", "abbr"), ("en", "en"), ("zh", "zh")):
        forms = e.forms_of(kind)
        if forms:
            print(f"    {label}: " + " | ".join(f.text for f in forms))
    if e.notes:
        print(f"    notes: {e.notes}")
    if n_examples:
        for ex in store.examples(e.id, limit=n_examples):
            text = ex.text.replace("\n", " ")
            marked = text[: ex.start] + "[" + text[ex.start : ex.end] + "]" + text[ex.end :]
            if len(marked) > 160:
                lo = max(0, ex.start - 60)
                marked = ("…" if lo else "") + marked[lo : lo + 160] + "…"
            print(f"    e.g. {marked}  ({ex.doc_stem})")


def _print_dictionary(h) -> None:
    d = h.dictionary
    heads = d.simplified + (f" ({d.traditional})" if d.traditional != d.simplified else "")
    print(f"[CC-CEDICT, not in the glossary]  {heads}  {d.pinyin}")
    print("    " + "; ".join(d.glosses))
