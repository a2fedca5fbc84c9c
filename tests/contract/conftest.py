"""Fixtures of the contract tests: Prism servers that are always stopped, the summary table."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the `contract` package sits at the project root, not installed
    sys.path.insert(0, str(ROOT))

from codegen.emit.writer import write_tree
from codegen.pipeline import generate_document
from contract.calls import Outcome
from contract.documents import served_document
from contract.errors import PrismError
from contract.prism import Mode, PrismServer
from contract.providers import Loaded, Provider, discover
from contract.table import format_table

OUTCOMES = pytest.StashKey[list[Outcome]]()
CONSTRUCTS = Path(__file__).parent / "data" / "constructs.yaml"

StartPrism = Callable[[Loaded, Sequence[Mode]], list[PrismServer]]


@pytest.fixture
def prism(tmp_path: Path) -> Iterator[StartPrism]:
    """Start a Prism server for a provider in each of the given modes, all loading at once.

    Every server started is stopped at the end, whether the test passed or not. A Prism that
    cannot start fails the test, saying why.
    """
    started: list[PrismServer] = []

    def start(loaded: Loaded, modes: Sequence[Mode]) -> list[PrismServer]:
        servers = [PrismServer(served_document(loaded, m, tmp_path), m) for m in modes]
        started.extend(servers)
        try:
            for server in servers:
                server.launch()
            return [server.wait_until_listening() for server in servers]
        except PrismError as e:
            pytest.fail(f"Prism could not start for {loaded.provider.name}: {e}", pytrace=False)

    try:
        yield start
    finally:
        for server in started:
            server.stop()


@pytest.fixture
def table(request: pytest.FixtureRequest) -> list[Outcome]:
    """The calls to list in the summary at the end of the run."""
    return request.config.stash.setdefault(OUTCOMES, [])


@pytest.fixture(scope="session")
def constructs(tmp_path_factory: pytest.TempPathFactory) -> Provider:
    """The package generated from the constructs document (tests/contract/data)."""
    out = tmp_path_factory.mktemp("generated")
    write_tree(generate_document(CONSTRUCTS, "constructs").files, out / "constructs")
    (provider,) = discover(out)
    return provider


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    outcomes = terminalreporter.config.stash.get(OUTCOMES, [])
    if outcomes:
        terminalreporter.write_sep("=", "contract: each operation and the status Prism returned")
        terminalreporter.write_line(format_table(outcomes))
