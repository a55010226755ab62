"""Flashcards and FSRS spaced-repetition scheduling (no Qt, no SQL).

Entry points:

* :class:`~glossary_app.study.scheduler.Study`: today's queue, grading,
  undo, suspend/bury, rebuilding card state from the review log;
* :func:`~glossary_app.study.cards.card_content`: what a card shows;
* :class:`~glossary_app.study.decks.Deck`: which entries a session uses;
* :func:`~glossary_app.study.stats.compute_stats`: numbers for the charts;
* :class:`~glossary_app.study.settings.StudySettings`: retention, steps,
  limits, day boundary.

The study tables are reached through ``store.study``
(:class:`glossary_app.store.study_store.StudyStore`). Every function takes
the current time as an aware datetime, so tests control the clock.
"""
