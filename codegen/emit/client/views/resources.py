"""One resource module as its template prints it: the operations' views and the imports."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from codegen.emit.client.views.arguments import arguments
from codegen.emit.client.views.imports import Imports
from codegen.emit.client.views.operations import OpView, op_view
from codegen.emit.client.views.own_names import OwnNames, Spelling, identifiers, spelling_for
from codegen.emit.client.views.paging import paging_methods
from codegen.emit.models.split import ONE_MODULE, Layout
from codegen.emit.text import docstring, export_order
from codegen.ir.model import Api, Operation, Resource


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


@dataclass(frozen=True)
class Draft:
    """A first draft of a resource's operation views, every name spelt as it is: what the
    module imports, and which names each operation's functions read."""

    imports: Imports
    views: tuple[tuple[OpView, OwnNames], ...]


def draft(api: Api, resource: Resource) -> Draft:
    """The first draft of `resource`'s views (made once: the models each resource imports
    are read from it before the modules are written, and the module's spelling after)."""
    imports = Imports()
    methods = paging_methods(resource)
    views = []
    for op in resource.operations:
        own = OwnNames(frozenset())
        view = op_view(op, imports, methods.get(op.py_name), api.idempotency_header, own)
        views.append((view, own))
    return Draft(imports, tuple(views))


def resource_models(drafts: Mapping[str, Draft]) -> dict[str, frozenset[str]]:
    """The models each resource's module imports, by the module's name (the key of its
    draft): what its operations take and return, and the bodies of their errors."""
    return {module: frozenset(d.imports.models) for module, d in drafts.items()}


def _spelling(resource: Resource, first: Draft) -> Spelling:
    """The first draft tells which names of the module an argument hides in a function that
    reads them, or a method in the class body that reads them."""
    hidden: set[str] = set()
    binders: set[str] = set()
    class_reads: set[str] = set()
    method_names = {"with_raw_response", "with_streaming_response"}
    for view, own in first.views:
        args = {a.name for a in view.args}
        hidden |= own.reads & args
        method_names.add(view.name)
        types = [view.returns, *(a.annotation for a in view.args)]
        if view.paging:
            method_names |= {view.paging.items_name, view.paging.pages_name}
            types.append(view.paging.item_type)
        binders |= args
        class_reads.update(*(identifiers(t) for t in types))
    hidden |= class_reads & method_names
    # a model named like one of the module's classes (`InvoicesResource`) is imported aliased
    imports = first.imports
    hidden |= imports.models & set(_classes(resource.class_name))
    imported = {item.split(":")[1] for item in imports.names} | {"given"} | imports.models
    return spelling_for(hidden, imported, binders | method_names)


def _classes(name: str) -> list[str]:
    """The classes a resource module defines (the streaming ones only when it streams)."""
    return [
        f"{prefix}{name}{suffix}"
        for prefix in ("", "Async")
        for suffix in ("", "WithRawResponse", "WithStreamingResponse")
    ]


def resource_view(
    api: Api, resource: Resource, placed: Layout = ONE_MODULE, first: Draft | None = None
) -> ResourceView:
    """The resource module's view; `placed` tells where its models are imported from, and
    `first` is its first draft (`draft(api, resource)`), made here when not given."""
    methods = paging_methods(resource)
    spelling = _spelling(resource, first or draft(api, resource))
    imports = Imports()
    ops = tuple(
        op_view(
            op,
            imports,
            methods.get(op.py_name),
            api.idempotency_header,
            OwnNames(frozenset(_argument_names(op)), spelling),
        )
        for op in resource.operations
    )
    imports.names.add("functools:cached_property")
    pkg = api.package.name
    lines = tuple(
        line.replace(f"from {pkg}._runtime", "from .._runtime")
        for line in imports.lines(placed.module, spelling.aliased)
    )
    if spelling.qualified:
        alias = " as _builtins" if spelling.builtins_module == "_builtins" else ""
        lines = (f"import builtins{alias}", *lines)
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
        given_names.append("given as _given" if "given" in spelling.aliased else "given")
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
                    c
                    for c in _classes(resource.class_name)
                    if streaming or not c.endswith("WithStreamingResponse")
                ]
            )
        ),
        streaming=streaming,
    )


def _argument_names(op: Operation) -> list[str]:
    return [a.name for a in arguments(op, Imports())]
