"""Property-based conformance of every generated package and every construct document.

`CONFORMANCE_EXAMPLES` sets the examples per model and per operation (a few by default, for
`make test`; `make fuzz` draws many more, and different ones each run).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conformance_checks import Findings, check_models, check_operations

from codegen.pipeline import generate_document
from codegen.write import write_tree
from contract.prism import ROOT
from contract.providers import Provider, discover, load

EXAMPLES = int(os.environ.get("CONFORMANCE_EXAMPLES", "3"))
# `make test` draws the same data every run; `make fuzz` (CONFORMANCE_RANDOM=1) new data
DERANDOMIZE = os.environ.get("CONFORMANCE_RANDOM", "") != "1"
GENERATED = ROOT / "generated"
# the construct documents that are bad input by design (the construct tests check the error)
BAD_INPUT = {"schema-cycle-alias.yaml", "schema-cycle-allof.yaml"}
CONSTRUCTS = sorted(
    p
    for p in (Path(__file__).parents[1] / "constructs" / "data").glob("*.yaml")
    if not p.name.startswith("op-broken") and p.name not in BAD_INPUT
)


def _check(provider: Provider) -> Findings:
    loaded = load(provider)
    found = Findings()
    check_models(loaded, EXAMPLES, DERANDOMIZE, found)
    check_operations(loaded, EXAMPLES, DERANDOMIZE, found)
    print(
        f"{provider.name}: {found.models} models, {found.operations} operations, "
        f"{found.examples} examples ({EXAMPLES} per model and operation)"
    )
    for what in found.undrawable:
        print(f"  not drawable by hypothesis-jsonschema: {what}")
    return found


@pytest.mark.parametrize("provider", discover(GENERATED), ids=lambda p: p.name)
def test_every_generated_package_conforms_to_its_document(provider: Provider) -> None:
    found = _check(provider)
    assert found.models > 0
    assert not found.failures, "\n".join(found.failures)


@pytest.fixture(scope="module")
def construct_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("conformance")
    for mod in [m for m in sys.modules if m.startswith("conf_")]:
        del sys.modules[mod]


@pytest.mark.parametrize("document", CONSTRUCTS, ids=lambda p: p.stem)
def test_every_construct_conforms_to_its_document(document: Path, construct_folder: Path) -> None:
    name = "conf_" + document.stem.replace("-", "_")
    result = generate_document(document, name)
    write_tree(result.files, construct_folder / name)
    found = _check(Provider(name, construct_folder / name, name))
    assert not found.failures, "\n".join(found.failures)
