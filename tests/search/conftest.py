"""Fixtures for lookup tests: a small hand-made glossary (no miner needed)."""

from __future__ import annotations

import pytest

from tests.search.handmade import fill


@pytest.fixture
def glossary(fresh_store):
    """The hand-made corpus mined into a fresh store; entries rebuilt."""
    fill(fresh_store, extra={"/corpus/a.txt": "PFS and OS were measured; PFS improved in the PFS analysis."})
    return fresh_store


@pytest.fixture
def searcher(glossary):
    from glossary_app.search import Searcher

    return Searcher(glossary)
