"""Flashcards and FSRS spaced-repetition scheduling (no Qt)."""
