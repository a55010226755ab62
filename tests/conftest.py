"""Shared fixtures: fresh stores, the seed corpus, headless Qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """No test touches the real per-user database, settings or temp caches."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("GLOSSARY_DB", str(home / "glossary.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture
def fresh_store(tmp_path):
    """An empty, migrated store in a temporary file."""
    from glossary_app.store import open_store

    store = open_store(tmp_path / "glossary.db")
    yield store
    store.close()


@pytest.fixture(scope="session")
def seed_db_template(tmp_path_factory):
    """The seeds mined once per test session (copy it with ``seed_store``)."""
    from glossary_app.mining.pipeline import mine_paths
    from glossary_app.store import open_store

    path = tmp_path_factory.mktemp("seeded") / "seeds.db"
    store = open_store(path)
    mine_paths(store, [SEEDS])
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


@pytest.fixture
def seed_store(seed_db_template, tmp_path):
    """A private copy of the seed glossary, free to modify."""
    import shutil

    from glossary_app.store import open_store

    path = tmp_path / "seeds.db"
    shutil.copy(seed_db_template, path)
    store = open_store(path)
    yield store
    store.close()
