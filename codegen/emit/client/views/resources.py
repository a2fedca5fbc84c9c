"""One resource module as its template prints it: the operations' views and the imports."""

from __future__ import annotations

import builtins
import re
from dataclasses import dataclass, replace

from codegen.emit.client.views.imports import Imports
from codegen.emit.client.views.operations import OpView, op_view
from codegen.emit.client.views.paging import paging_methods
from codegen.emit.text import docstring, export_order
from codegen.ir.model import Api, Resource


@dataclass(frozen=True)
class ResourceView:
    attr: str
    class_name: str
    module: str
    doc: str
    ops: tuple[OpView, ...]
    imports: tuple[str, ...]
    runtime_names: tuple[str, ...]
    given_names: tuple[str, ...]
    pages: bool  # some operation pages: the module imports the runtime's pagination
    exports: tuple[str, ...]
    streaming: bool = False  # some operation streams: the resource has `with_streaming_response`


def _unshadowed(ops: tuple[OpView, ...]) -> tuple[tuple[OpView, ...], bool]:
    """Annotations that name a builtin a method shadows (`list`) spelled `builtins.list`.

    In a class body, type checkers read `list[str]` after `def list(...)` as the method.
    """
    names = {op.name for op in ops} | {
        n for op in ops if op.paging for n in (op.paging.items_name, op.paging.pages_name)
    }
    shadowed = sorted(n for n in names if isinstance(getattr(builtins, n, None), type))
    if not shadowed:
        return ops, False
    pattern = re.compile(r"(?<![\w.])(" + "|".join(shadowed) + r")\b")

    def fix(text: str) -> str:
        return pattern.sub(r"builtins.\1", text)

    out = []
    for op in ops:
        args = tuple(replace(a, annotation=fix(a.annotation)) for a in op.args)
        paging = op.paging and replace(op.paging, item_type=fix(op.paging.item_type))
        out.append(replace(op, args=args, returns=fix(op.returns), paging=paging))
    # `import builtins` only where an annotation needed it
    return tuple(out), tuple(out) != ops


def resource_view(api: Api, resource: Resource) -> ResourceView:
    imports = Imports()
    methods = paging_methods(resource)
    ops = tuple(
        op_view(op, imports, methods.get(op.py_name), api.idempotency_header)
        for op in resource.operations
    )
    ops, uses_builtins = _unshadowed(ops)
    imports.names.add("functools:cached_property")
    pkg = api.package.name
    lines = tuple(
        line.replace(f"from {pkg}._runtime", "from .._runtime")
        for line in imports.lines("..models")
    )
    if uses_builtins:
        lines = ("import builtins", *lines)
    doc = resource.description or f"Operations on {resource.attr.replace('_', ' ')}."
    runtime = [
        "AsyncCore",
        "Call",
        "RequestOptions",
        "ResponseSpec",
        "SyncCore",
        "async_to_raw_response_wrapper",
        "to_raw_response_wrapper",
    ]
    if any("Param(" in line for op in ops for line in op.builder_lines):
        runtime.append("Param")
    given_names = []
    if any("NOT_GIVEN" in a.default for op in ops for a in op.args if a.default):
        given_names += ["NOT_GIVEN", "NotGiven"]
    if any("given(" in line for op in ops for line in op.builder_lines):
        given_names.append("given")
    if any("Encoding(" in line for op in ops for line in op.builder_lines):
        runtime.append("Encoding")
    streaming = any(op.streams for op in ops)
    if streaming:
        runtime += ["async_to_streamed_response_wrapper", "to_streamed_response_wrapper"]
    return ResourceView(
        attr=resource.attr,
        class_name=resource.class_name,
        module=resource.module,
        doc=docstring(doc, 4),
        ops=ops,
        imports=lines,
        runtime_names=tuple(sorted(set(runtime))),
        given_names=tuple(given_names),
        pages=any(op.paging for op in ops),
        exports=tuple(
            export_order(
                [
                    f"{prefix}{resource.class_name}{suffix}"
                    for prefix in ("", "Async")
                    for suffix in ("", "WithRawResponse")
                    + (("WithStreamingResponse",) if streaming else ())
                ]
            )
        ),
        streaming=streaming,
    )
