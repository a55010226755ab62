"""Lookup: one query string, in any script, ranked hits (no Qt)."""
