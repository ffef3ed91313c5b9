"""Meta-tests: every setting and command is documented, the public API is declared, the quickstart works as written."""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from types import ModuleType

import click
import pytest

import dossier
from dossier import settings
from dossier.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
CLI_DOCS = ROOT / "docs" / "cli.md"
SETTINGS_DOCS = ROOT / "docs" / "settings.md"

COMMANDS = sorted(main.commands)


def _help_lines(command: click.Command) -> list[str]:
    return [line.strip() for line in (command.help or "").strip().splitlines()]


def _example(command: click.Command) -> str:
    examples = [line.removeprefix("Example: ") for line in _help_lines(command) if line.startswith("Example: ")]
    assert len(examples) == 1, f"help of {command.name!r} should have exactly one 'Example:' line"
    return examples[0]


def _command(name: str) -> click.Command:
    return main if name == "dossier" else main.commands[name]


def _section(name: str) -> str:
    """Return the part of docs/cli.md under the heading of one command ("dossier" for the group)."""
    text = CLI_DOCS.read_text()
    heading = "## `dossier`\n" if name == "dossier" else f"## `dossier {name}`\n"
    assert heading in text, f"docs/cli.md has no section {heading.strip()!r}"
    return text.split(heading, 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize("setting", settings.SETTINGS, ids=lambda s: s.name)
def test_settings_documented_with_env_default_and_help(setting: settings.Setting) -> None:
    rows = [line for line in SETTINGS_DOCS.read_text().splitlines() if line.startswith(f"| `{setting.name}` |")]
    assert len(rows) == 1, f"docs/settings.md should have one table row for {setting.name}"
    row = rows[0]
    assert f"| `{setting.env}` |" in row
    assert setting.env == "DOSSIER_" + setting.name.upper()
    assert (f"`{setting.default}`" if setting.default != "" else "| empty |") in row
    assert f"| {setting.help} |" in row


def test_settings_docs_name_no_unknown_setting() -> None:
    documented = re.findall(r"^\| `([a-z_]+)` \| `DOSSIER_", SETTINGS_DOCS.read_text(), flags=re.M)
    assert documented == [s.name for s in settings.SETTINGS]


@pytest.mark.parametrize("name", ["dossier", *COMMANDS])
def test_cli_help_has_summary_and_example(name: str) -> None:
    command = _command(name)
    lines = _help_lines(command)
    assert lines and lines[0].endswith("."), f"help of {name!r} should open with a one-line summary"
    assert len(lines) > 1 and lines[1] == "", f"the summary of {name!r} should be one line followed by a blank one"
    example = _example(command)
    assert example.startswith("dossier ")
    if name != "dossier":
        assert name in example.split(), f"the example of {name!r} should run {name!r}: {example!r}"
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"option {param.opts[0]} of {name!r} has no help text"


@pytest.mark.parametrize("name", ["dossier", *COMMANDS])
def test_cli_docs_cover_command_example_and_options(name: str) -> None:
    command = _command(name)
    section = _section(name)
    assert _help_lines(command)[0] in section
    assert f"$ {_example(command)}\n" in section
    for param in command.params:
        if isinstance(param, click.Option):
            for flag in param.opts:
                assert re.search(rf"(^|[\s,]){re.escape(flag)}\b", section, flags=re.M), \
                    f"docs/cli.md does not mention {flag} of {name!r}"


def test_cli_docs_have_no_stale_commands() -> None:
    documented = re.findall(r"^## `dossier ([a-z-]+)`$", CLI_DOCS.read_text(), flags=re.M)
    assert documented == list(main.commands)


def test_all_matches_public_names() -> None:
    public = {name for name, value in vars(dossier).items()
              if not name.startswith("_") and not isinstance(value, ModuleType)}
    assert set(dossier.__all__) == public | {"__version__"}
    assert len(dossier.__all__) == len(set(dossier.__all__))
    assert dossier.__version__ == tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    for name in public:
        assert getattr(dossier, name).__doc__, f"dossier.{name} has no docstring"


def test_readme_quickstart_is_the_two_scripts() -> None:
    text = README.read_text()
    quickstart = text.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^\$ (\S.*)$", quickstart, flags=re.M)
    assert commands[:2] == ["./scripts/demo", "./scripts/test"]
    for link in ("docs/cli.md", "docs/settings.md"):
        assert f"]({link})" in text
        assert (ROOT / link).is_file()


def test_ci_run_calls_scripts_test() -> None:
    run = (ROOT / ".ci" / "run").read_text().splitlines()
    assert run[0] == "#!/usr/bin/env bash"
    assert "set -euo pipefail" in run
    assert run[-1] == "exec ./scripts/test"
    for script in (".ci/run", "scripts/install", "scripts/demo", "scripts/test"):
        path = ROOT / script
        assert os.access(path, os.X_OK), f"{script} is not executable"
        assert "set -euo pipefail" in path.read_text().splitlines(), f"{script} does not stop on errors"
    assert "./scripts/install" in (ROOT / "scripts" / "test").read_text()
    assert "./scripts/install" in (ROOT / "scripts" / "demo").read_text()


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_constraints_pin_every_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = [*project["dependencies"], *[d for deps in project["optional-dependencies"].values() for d in deps]]
    lines = [line for line in (ROOT / "constraints.txt").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    pins = {}
    for line in lines:
        # An environment marker may pick another exact version for an older Python (Debian 12's is 3.11.2).
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)==([0-9][A-Za-z0-9.+!-]*)(?:; python_full_version [<>=]+ \"[0-9.]+\")?",
                             line)
        assert match, f"constraints.txt line {line!r} is not an exact pin"
        pins[_normalise(match[1])] = match[2]
    for requirement in wanted:
        name = _normalise(re.match(r"[A-Za-z0-9_.-]+", requirement)[0])
        assert name in pins, f"{name} is a dependency in pyproject.toml but is not pinned in constraints.txt"
