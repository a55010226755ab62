"""Where things live: the built-in seeds, bundled resources, the default database."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    # Installed wheels carry a copy under glossary_app/_data; a source
    # checkout (editable install, tests) reads the top-level folder in place.
    inside = _PKG / "_data" / name
    return inside if inside.is_dir() else _PKG.parent / name


def seeds_dir() -> Path:
    """Folder of the built-in seed documents (the default corpus)."""
    return _bundled("seeds")


def resources_dir() -> Path:
    """Folder of icons, translations and other UI resources."""
    return _bundled("resources")


def default_db_path() -> Path:
    """The user's glossary database, in the platform's per-user data directory.

    ``GLOSSARY_DB`` in the environment overrides it (handy for scripts and tests).
    """
    import os

    env = os.environ.get("GLOSSARY_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("glossary-app", appauthor=False)) / "glossary.db"
