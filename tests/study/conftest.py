"""Fixtures for the study core: a small glossary and a controllable clock."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from glossary_app.study.settings import StudySettings, save_settings
from tests.study.builders import build_store

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)  # a Monday, mid-morning UTC


@pytest.fixture
def glossary(fresh_store):
    """(store, {english or chinese: entry_id}) with the builder's six terms."""
    ids = build_store(fresh_store)
    return fresh_store, ids


@pytest.fixture
def exact(glossary):
    """The glossary with fuzzing off (intervals exactly as fsrs computes them)
    and the day starting at 4 am UTC."""
    store, ids = glossary
    save_settings(store, StudySettings(enable_fuzzing=False, timezone="UTC", day_start_hour=4))
    return store, ids
