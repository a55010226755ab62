"""Bilingual (Chinese-English) oncology glossary: miner, store, lookup, study."""

__version__ = "0.1.0"
