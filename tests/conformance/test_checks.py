"""The conformance check itself: it judges the operation's request, whatever the client sends
before it (a client-credentials token request), and it finds a request the document refuses."""

from __future__ import annotations

import copy
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from conformance_checks import Findings, check_operations

from codegen.pipeline import generate_document
from codegen.write import write_tree
from contract.providers import Loaded, Provider, load

DATA = Path(__file__).parents[1] / "constructs" / "data"


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Loaded]:
    name = "checks_oauth2_json_body"
    out = tmp_path_factory.mktemp("checks") / name
    write_tree(generate_document(DATA / "op-oauth2-json-body.yaml", name).files, out)
    yield load(Provider(name, out, name))
    for mod in [m for m in sys.modules if m.startswith(name)]:
        del sys.modules[mod]


def test_the_operation_request_is_judged_not_the_token_request(loaded: Loaded) -> None:
    found = Findings()
    check_operations(loaded, 5, True, found)
    assert not found.failures, "\n".join(found.failures)
    assert found.operations == 1 and found.examples > 0


def test_a_body_the_document_refuses_is_a_failure(loaded: Loaded) -> None:
    """The same client, judged by a document that also requires a property the client never
    sends: the check reports the operation."""
    document = copy.deepcopy(loaded.document)
    document["components"]["schemas"]["Event"]["required"].append("never_sent")
    found = Findings()
    check_operations(replace(loaded, document=document), 5, True, found)
    assert found.failures and "createEvent" in found.failures[0]
    assert "never_sent" in found.failures[0]
