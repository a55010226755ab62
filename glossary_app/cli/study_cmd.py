"""`glossary study`: what is due today, study statistics, and grading in the terminal.

A thin shell over :mod:`glossary_app.study`: parse, call the core with the
current time, print.
"""

from __future__ import annotations

import argparse
import sys

from glossary_app.cli.common import CommandError, add_db_option, ensure_mined, open_store_for
from glossary_app.study import clock

_SETTABLE = {
    "desired_retention": float,
    "new_per_day": int,
    "reviews_per_day": int,
    "day_start_hour": int,
    "timezone": str,
    "learn_ahead_min": float,
    "enable_fuzzing": lambda v: v.lower() in ("1", "true", "yes", "on"),
    "cloze_hint": lambda v: v.lower() in ("1", "true", "yes", "on"),
    "learning_steps_min": lambda v: [float(x) for x in v.split(",") if x.strip()],
    "relearning_steps_min": lambda v: [float(x) for x in v.split(",") if x.strip()],
    "directions": lambda v: [x.strip() for x in v.split(",") if x.strip()],
}


def register(sub) -> None:
    """Add the study command to the CLI."""
    p = sub.add_parser(
        "study",
        help="flashcards: print what is due today, or review in the terminal",
        description="Spaced-repetition study (FSRS) of the glossary. Without options, prints today's counts "
        "and the cards due. Decks: all, favourites, verified, tag:NAME, doc:STEM, search:QUERY, deck:NAME. "
        "Example: glossary study --deck favourites --review",
    )
    p.add_argument("--deck", default="all", help="which entries to study (default: all)")
    p.add_argument(
        "--direction", action="append", choices=["zh_en", "en_zh", "abbr_full"],
        help="card direction (repeatable; default: the directions in the settings)",
    )
    p.add_argument("--new", type=int, metavar="N", help="new cards for this session (overrides the daily limit)")
    p.add_argument("--reviews", type=int, metavar="N", help="reviews for this session (overrides the daily limit)")
    p.add_argument("--limit", type=int, default=30, metavar="N", help="list at most N due cards (default 30)")
    p.add_argument("--review", action="store_true", help="review in the terminal: Enter shows, 1-4 grade, u undo, s suspend, b bury, q quit")
    p.add_argument("--stats", action="store_true", help="print statistics: forecast, reviews, true retention, card states")
    p.add_argument("--save-deck", metavar="NAME", help="save --deck under NAME (e.g. a saved search)")
    p.add_argument("--decks", action="store_true", help="list saved decks")
    p.add_argument("--set", action="append", metavar="KEY=VALUE", default=[],
                   help="change a study setting (" + ", ".join(_SETTABLE) + ")")
    p.add_argument("--settings", action="store_true", help="print the study settings")
    p.add_argument("--rebuild", action="store_true", help="rebuild every card's state from the review log")
    add_db_option(p)
    p.set_defaults(func=cmd_study)


def cmd_study(args: argparse.Namespace) -> int:
    from glossary_app.study.decks import Deck, save_deck
    from glossary_app.study.scheduler import Study
    from glossary_app.study.settings import StudySettings, load_settings, save_settings

    try:
        deck = Deck.parse(args.deck)
    except ValueError as e:
        raise CommandError(str(e), status=2) from e
    store = open_store_for(args)
    try:
        ensure_mined(store, quiet=True)
        now = clock.utc_now()
        if args.set:
            values = load_settings(store).to_dict()
            for item in args.set:
                key, sep, value = item.partition("=")
                if not sep or key not in _SETTABLE:
                    raise CommandError(f"--set wants KEY=VALUE with KEY one of: {', '.join(_SETTABLE)}", status=2)
                try:
                    values[key] = _SETTABLE[key](value)
                except ValueError as e:
                    raise CommandError(f"bad value for {key}: {value!r}", status=2) from e
            try:
                save_settings(store, StudySettings.from_dict(values))
            except Exception as e:  # the dataclass validates (range, zone name...)
                raise CommandError(f"setting refused: {e}", status=2) from e
        if args.settings or args.set:
            for k, v in load_settings(store).to_dict().items():
                print(f"{k} = {v}")
            return 0
        if args.save_deck:
            try:
                save_deck(store, args.save_deck, deck, now)
            except ValueError as e:
                raise CommandError(str(e)) from e
            print(f"saved deck {args.save_deck!r} = {deck}")
            return 0
        if args.decks:
            for d in store.study.decks():
                print(f"{d['name']}\t{Deck(d['kind'], d['value'])}")
            return 0
        study = Study(store)
        if args.rebuild:
            n = study.rebuild_from_log(now)
            print(f"rebuilt {n} cards from the review log")
            return 0
        options = {"directions": args.direction, "new_limit": args.new, "review_limit": args.reviews}
        try:
            if args.stats:
                return _print_stats(store, study, deck, now)
            if args.review:
                return _review_loop(store, study, deck, options)
            return _print_due(store, study, deck, now, options, args.limit)
        except ValueError as e:  # e.g. an unknown saved deck
            raise CommandError(str(e)) from e
    finally:
        store.close()


def _front(store, key) -> str:
    entry = store.entry(key[0])
    if entry is None:
        return "?"
    return {"zh_en": entry.zh, "en_zh": entry.en, "abbr_full": entry.abbr}.get(key[1]) or "?"


def _print_due(store, study, deck, now, options, limit: int) -> int:
    from glossary_app.study.settings import DIRECTION_LABELS

    q = study.queue(deck, now, **options)
    new, learning, review = q.counts
    print(f"{deck}: {new} new, {learning} learning, {review} to review today")
    if q.review_due > len(q.review) or q.new_available > len(q.new):
        print(
            f"  (limits: {q.new_done_today} new and {q.reviews_done_today} reviews done today; "
            f"{q.review_due} reviews due in all, {q.new_available} new cards in the deck)"
        )
    shown = (q.learning + q.review + q.new + q.learning_later)[:limit]
    if not shown:
        print("Nothing due. Come back tomorrow.")
        return 0
    local = study.clock.tz
    for c in shown:
        when = "now" if c.due is None or c.due <= now else c.due.astimezone(local).strftime("%H:%M")
        print(f"  {c.kind:<10} {when:>5}  {DIRECTION_LABELS[c.direction]:<26} {_front(store, c.key)}")
    rest = len(q) + len(q.learning_later) - len(shown)
    if rest > 0:
        print(f"  … and {rest} more")
    return 0


def _print_stats(store, study, deck, now) -> int:
    from glossary_app.study.stats import compute_stats

    s = compute_stats(store, now, deck, study=study)
    print(f"{deck}: {s.due_today} due today; {s.reviewed_today} reviewed today")
    print("Cards: " + ", ".join(f"{k} {v}" for k, v in s.by_state.items()))
    print("Forecast (next 7 days): " + ", ".join(f"{d:%a} {n}" for d, n in s.forecast[:7]))
    print("True retention:")
    for r in s.retention:
        rate = f"{r.rate:.1%}" if r.rate is not None else "–"
        print(f"  {r.label:<11} {rate:>6}  ({r.passed}/{r.total})")
    return 0


def _ask(prompt: str) -> str | None:
    print(prompt, end="", flush=True)
    line = sys.stdin.readline()
    return None if line == "" else line.strip().lower()


def _review_loop(store, study, deck, options) -> int:
    from glossary_app.study.cards import card_content
    from glossary_app.study.scheduler import RATINGS, format_interval

    done = 0
    while True:
        now = clock.utc_now()
        card = study.next_card(deck, now, **options)
        if card is None:
            print(f"Done: {done} cards reviewed. " + ("Nothing else is due now." if done else "Nothing is due."))
            return 0
        content = card_content(store, card.entry_id, card.direction, study.settings.cloze_hint)
        if content is None:  # the entry changed under us; skip it for today
            study.bury(card.entry_id, card.direction, now)
            continue
        print()
        print(f"[{card.kind}] {content.front}   {content.prompt}")
        if content.hint:
            print(f"  hint: {content.hint.cloze}")
        if _ask("(Enter: show answer, q: quit) ") in (None, "q"):
            return 0
        print(f"  中文: {'; '.join(t + (f' ({p})' if p else '') for t, p in content.zh_forms) or '–'}")
        print(f"  English: {'; '.join(content.en_forms) or '–'}")
        if content.abbr_forms:
            print(f"  Abbreviation: {'; '.join(content.abbr_forms)}")
        if content.example:
            print(f"  e.g. {content.example.text}  [{content.example.source}]")
        preview = study.preview(card.entry_id, card.direction, now)
        labels = "  ".join(f"{r} {RATINGS[r]} ({format_interval(preview[r] - now)})" for r in RATINGS)
        while True:
            answer = _ask(f"{labels}  u undo  s suspend  b bury  q quit: ")
            if answer in (None, "q"):
                return 0
            if answer in ("1", "2", "3", "4"):
                study.answer(card.entry_id, card.direction, int(answer), clock.utc_now())
                done += 1
                break
            if answer == "u":
                undone = study.undo(clock.utc_now())
                print("  undone: " + (f"{RATINGS[undone.rating]} on {_front(store, (undone.entry_id, undone.direction))}" if undone else "nothing to undo"))
                break
            if answer == "s":
                study.suspend(card.entry_id, card.direction, clock.utc_now())
                print("  suspended")
                break
            if answer == "b":
                study.bury(card.entry_id, card.direction, clock.utc_now())
                print("  buried until tomorrow")
                break
