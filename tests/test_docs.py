"""Documentation matches the code: every command has an example in its help and a README entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from stancegraph.cli import main

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_help_shows_an_example(name):
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output and f"stancegraph {name}" in result.output


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_documented_in_the_readme(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"stancegraph {name}" in readme, f"README.md does not mention `stancegraph {name}`"


def test_readme_gives_the_two_setup_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install -e ." in readme and "stancegraph build data/" in readme
    assert "pip install -e '.[test]'" in readme and "pytest" in readme


def test_every_named_query_documents_what_it_answers():
    from stancegraph.queries import list_queries

    for info in list_queries():
        assert info.summary, f"{info.name}.rq has no comment saying what it answers"
