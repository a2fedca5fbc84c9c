"""The example data of one API, computed once, before any product is rendered.

`example_data` builds, for every operation, the values it is called with (from the document's
examples, else from samples of its types) and its test case, or why it has none. The tests,
the README (whose blocks run against the same answers) and the report read this one object;
none of them builds example data of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from codegen.emit.data.calls import NoValue, call_arguments
from codegen.emit.data.cases import OpTest, op_test
from codegen.ir.model import Api, Operation, Resource

__all__ = ["ExampleData", "OpTest", "OperationData", "example_data"]


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
    # by operation id, in the order of the API's resources and their operations
    operations: Mapping[str, OperationData]

    def of(self, op: Operation) -> OperationData:
        return self.operations[op.operation_id]

    def cases(self, resource: Resource) -> list[tuple[Operation, OpTest]]:
        """The resource's operations that have a test, with their cases."""
        return [(op, case) for op in resource.operations if (case := self.of(op).case) is not None]

    def untested(self) -> list[tuple[Operation, str]]:
        """The operations that get no generated test, each with the reason (for the report)."""
        return [(d.op, d.untested) for d in self.operations.values() if d.untested is not None]


def example_data(api: Api) -> ExampleData:
    out: dict[str, OperationData] = {}
    for resource in api.resources:
        for op in resource.operations:
            case = op_test(api, resource, op)
            if isinstance(case, OpTest):
                out[op.operation_id] = OperationData(resource, op, case.args, case, None)
                continue
            # shown in the README, but not run: no valid value is known for some argument
            try:
                args = tuple(call_arguments(api, op, strict=True))
            except NoValue:
                args = tuple(call_arguments(api, op))
            out[op.operation_id] = OperationData(resource, op, args, None, case)
    return ExampleData(MappingProxyType(out))
