"""Study GUI fixtures: the builder's glossary, exact (unfuzzed) scheduling, a fixed clock."""

from __future__ import annotations

import pytest

from glossary_app.study.settings import StudySettings, save_settings
from tests.study.builders import build_store
from tests.study.conftest import T0


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, t=T0) -> None:
        self.t = t

    def __call__(self):
        return self.t


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def glossary(fresh_store):
    """(store, {english or chinese: entry_id}), fuzz off, day starting 4 am UTC."""
    ids = build_store(fresh_store)
    save_settings(fresh_store, StudySettings(enable_fuzzing=False, timezone="UTC", new_per_day=20))
    return fresh_store, ids
