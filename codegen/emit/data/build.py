"""Building the example data of an API (see `codegen.emit.data`)."""

from __future__ import annotations

from types import MappingProxyType

from codegen.emit.data.calls import NoValue, call_arguments
from codegen.emit.data.cases import op_test
from codegen.emit.data.model import ExampleData, OperationData, OpTest, key
from codegen.ir.model import Api


def example_data(api: Api) -> ExampleData:
    """Every operation's example call and test case (or why it has none), by `model.key`."""
    out: dict[str, OperationData] = {}
    for resource in api.resources:
        for op in resource.operations:
            case = op_test(api, resource, op)
            if isinstance(case, OpTest):
                out[key(resource, op)] = OperationData(resource, op, case.args, case, None)
                continue
            # shown in the README, but not run: no valid value is known for some argument
            try:
                args = tuple(call_arguments(api, op, strict=True))
            except NoValue:
                args = tuple(call_arguments(api, op))
            out[key(resource, op)] = OperationData(resource, op, args, None, case)
    return ExampleData(MappingProxyType(out))
