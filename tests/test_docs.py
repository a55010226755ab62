"""Docs that cannot drift: every CLI command has help and appears in README."""

import re
from pathlib import Path

from glossary_app.cli.main import build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def commands():
    parser = build_parser()
    (action,) = [a for a in parser._actions if a.dest == "command"]
    return action.choices


def test_every_command_has_help():
    missing = [name for name, p in commands().items() if not (p.description or "").strip()]
    assert missing == []


def test_every_command_is_in_the_readme():
    missing = [name for name in commands() if not re.search(rf"`glossary {name}\b", README)]
    assert missing == []


def test_readme_quick_start_test_command_is_what_ci_runs():
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash .ci/run" in README
    assert "python -m pytest -q" in ci and "python -m pytest -q" in README
