"""The example data's shapes, as the renderers read them: each operation's test case and
example call (`ExampleData`), and the names the generated tests' code relies on.

The front computes the data (`codegen.emit.data.build`) where the document's validators are
loaded; this module imports none of them, so the process that renders the package from it
never loads them either.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any
from urllib.parse import urljoin

from codegen.ir.model import Api, Operation, Resource

_STDLIB = {
    "datetime": "datetime",
    "timezone": "datetime",
    "date": "datetime",
    "time": "datetime",
    "Decimal": "decimal",
    "UUID": "uuid",
}


@dataclass(frozen=True)
class ErrorCase:
    status: int
    class_name: str
    body: str
    body_model: str | None


@dataclass(frozen=True)
class OpTest:
    name: str
    resource: str
    method: str
    args: tuple[tuple[str, str], ...]
    request_example: str | None
    request_model: str | None
    # (suffix, model, json literal, what the model dumps of it: a literal, or `example`)
    response_examples: tuple[tuple[str, str, str, str], ...]
    status: int
    response_body: str | None  # a Python literal of the JSON answered, or None for no body
    response_kind: str
    result_model: str | None
    expected_method: str
    expected_path: str
    expected_query: tuple[tuple[str, str], ...]
    expected_headers: tuple[tuple[str, str], ...]
    check_body: bool
    returns_value: bool
    errors: tuple[ErrorCase, ...]
    sent_body: str | None = None  # the request example as sent (readOnly properties left out)
    request_dumped: str = "example"  # what the model dumps of the request example


def value_imports(api: Api, values: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The models and standard-library names (module, names) some value sources use."""
    code = "\n".join(values)
    called = set(re.findall(r"\b([A-Z]\w*)\(", code))
    models = sorted(name for name in called if api.find_model(name) is not None)
    stdlib: dict[str, set[str]] = {}
    for name, module in _STDLIB.items():
        if re.search(rf"\b{name}\b[.(]", code):
            stdlib.setdefault(module, set()).add(name)
    return models, sorted((m, ", ".join(sorted(n))) for m, n in stdlib.items())


TOKEN = "test-token"
TEST_BASE_URL = "https://api.example.test/base"  # the generated tests' clients' base_url
TOKEN_ANSWER = {"access_token": TOKEN, "token_type": "Bearer", "expires_in": 3600}


def token_urls(api: Api) -> list[str]:
    """The token endpoints the tests' mock transport answers (client credentials schemes): a
    relative one resolved (RFC 3986) against each server the tests use, the tests' own
    `TEST_BASE_URL` and the document's last (the README's client)."""
    bases = [TEST_BASE_URL, *(s.url for s in api.servers[-1:])]
    return sorted(
        {
            urljoin(base, s.token_url)  # an absolute URL stays as it is
            for s in api.security_schemes
            if s.kind == "oauth2_client_credentials" and s.token_url
            for base in bases
        }
    )


def key(resource: Resource, op: Operation) -> str:
    """How the client calls the operation (`invoices.list`): one operation's alone."""
    return f"{resource.attr}.{op.py_name}"


@dataclass(frozen=True)
class OperationData:
    """One operation's example call and its test case (None: shown, but not run)."""

    resource: Resource
    op: Operation
    args: tuple[tuple[str, str], ...]  # (argument, Python source of its value)
    case: OpTest | None
    untested: str | None  # why the operation gets no test


@dataclass(frozen=True)
class ExampleData:
    # by the operation's call (`key`: unique in the API, where an operationId given twice
    # is not), in the order of the API's resources and their operations
    operations: Mapping[str, OperationData]

    def of(self, resource: Resource, op: Operation) -> OperationData:
        return self.operations[key(resource, op)]

    def cases(self, resource: Resource) -> list[tuple[Operation, OpTest]]:
        """The resource's operations that have a test, with their cases."""
        return [
            (op, case)
            for op in resource.operations
            if (case := self.of(resource, op).case) is not None
        ]

    def untested(self) -> list[tuple[Operation, str]]:
        """The operations that get no generated test, each with the reason (for the report)."""
        return [(d.op, d.untested) for d in self.operations.values() if d.untested is not None]

    def __reduce__(self) -> tuple[Any, ...]:
        # made in the front's process and read in another: a mapping proxy does not pickle
        return (_example_data, (dict(self.operations),))


def _example_data(operations: dict[str, OperationData]) -> ExampleData:
    return ExampleData(MappingProxyType(operations))
