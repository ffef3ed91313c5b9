"""Fixtures shared by every test: the shared corpus, a fresh archive, and a CLI runner."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dossier import Archive
from dossier.cli import main

# The corpus is shared between checkouts and never copied into the repository.
CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """Return the shared test corpus folder; fails (never skips) when it is missing."""
    root = CORPUS.resolve()
    if not (root / "SOURCES.md").is_file():
        pytest.fail(f"the shared corpus is missing at {root}: the tests read real files from "
                    "../shared/corpus next to the repository; restore it there")
    return root


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    """Return a new, empty archive in tmp_path/archive, closed after the test."""
    with Archive.init(tmp_path / "archive") as opened:
        yield opened


@pytest.fixture
def run_cli() -> Callable[..., Result]:
    """Return a function that runs `dossier ARGS...` in-process and returns click's Result."""

    def run(*args: str | Path, env: Mapping[str, str | None] | None = None, input: str | None = None) -> Result:
        # A wide terminal keeps rich from wrapping table cells, so tests can match whole names.
        runner = CliRunner(env={"COLUMNS": "400", **(env or {})})
        return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)

    return run
