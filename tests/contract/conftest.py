"""Fixtures of the contract tests: Prism servers that are always stopped, the summary table."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the `contract` package sits at the project root, not installed
    sys.path.insert(0, str(ROOT))

from codegen.pipeline import generate_document
from codegen.write import write_tree
from contract.calls import Outcome
from contract.errors import PrismError
from contract.prism import Mode, PrismGroup, PrismServer
from contract.providers import Provider, discover
from contract.table import format_table

OUTCOMES = pytest.StashKey[list[Outcome]]()
CHANGES = pytest.StashKey[list[str]]()
CONSTRUCTS = Path(__file__).parent / "data" / "constructs.yaml"


class _Servers(PrismGroup):
    """Prism servers that fail the test, saying why, when one cannot start."""

    def start(self, documents: Sequence[tuple[Path, Mode]]) -> list[PrismServer]:
        try:
            return super().start(documents)
        except PrismError as e:
            pytest.fail(f"Prism could not start: {e}", pytrace=False)


@pytest.fixture
def prism() -> Iterator[PrismGroup]:
    """Start Prism servers, all loading at once (`prism.start([(document, mode), ...])`).

    Every server started is stopped at the end, whether the test passed or not.
    """
    servers = _Servers()
    try:
        yield servers
    finally:
        servers.stop()


@pytest.fixture
def table(request: pytest.FixtureRequest) -> list[Outcome]:
    """The calls to list in the summary at the end of the run."""
    return request.config.stash.setdefault(OUTCOMES, [])


@pytest.fixture
def served_changes(request: pytest.FixtureRequest) -> list[str]:
    """What the documents Prism served change, to list in the summary at the end of the run."""
    return request.config.stash.setdefault(CHANGES, [])


@pytest.fixture(scope="session")
def constructs(tmp_path_factory: pytest.TempPathFactory) -> Provider:
    """The package generated from the constructs document (tests/contract/data)."""
    out = tmp_path_factory.mktemp("generated")
    write_tree(generate_document(CONSTRUCTS, "constructs").files, out / "constructs")
    (provider,) = discover(out)
    return provider


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    changes = terminalreporter.config.stash.get(CHANGES, [])
    if changes:
        terminalreporter.write_sep("=", "contract: what the documents Prism served change, and why")
        for line in changes:
            terminalreporter.write_line(line)
    outcomes = terminalreporter.config.stash.get(OUTCOMES, [])
    if outcomes:
        terminalreporter.write_sep("=", "contract: each operation and the status Prism returned")
        terminalreporter.write_line(format_table(outcomes))
