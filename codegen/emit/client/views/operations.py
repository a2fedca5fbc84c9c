"""One operation's methods as the resource templates print them: signature, docstring,
return type, builder, and whether it pages or streams."""

from __future__ import annotations

from dataclasses import dataclass

from codegen.emit.client.views.arguments import Arg, arguments, content_type_arg
from codegen.emit.client.views.calls import builder_lines
from codegen.emit.client.views.imports import Imports
from codegen.emit.client.views.own_names import OwnNames
from codegen.emit.client.views.paging import PagingView, paging_view
from codegen.emit.text import comment_text, docstring
from codegen.ir.model import Operation


@dataclass(frozen=True)
class OpView:
    name: str
    builder: str
    args: tuple[Arg, ...]
    forward: str
    returns: str
    doc: str
    builder_lines: tuple[str, ...]
    deprecated: bool
    call_var: str = "call"  # the methods' local holding the `Call` (clear of the arguments)
    pages_var: str = "pages"
    paging: PagingView | None = None
    streams: bool = False  # also offered by `with_streaming_response` (a file or text result)


def op_view(
    op: Operation,
    imports: Imports,
    paging_names: tuple[str, str] | None,
    client_idempotency_header: str | None = None,
    own: OwnNames | None = None,
) -> OpView:
    own = own or OwnNames(frozenset())
    args = tuple(
        Arg(a.name, own.spelling.code(a.annotation), a.default) for a in arguments(op, imports)
    )
    result = _result_type(op, imports)
    streams = any(
        (r is op.success or r.status.startswith("2"))
        and (r.kind in ("binary", "text") or bool(r.other_content_types))
        for r in op.responses
    )
    forward = ", ".join(f"{a.name}={a.name}" for a in args)
    return OpView(
        name=op.py_name,
        builder=f"_{op.py_name}_call",
        args=args,
        forward=forward,
        returns=own.spelling.code(result),
        doc=docstring(_op_doc(op, args, client_idempotency_header), 8),
        builder_lines=tuple(builder_lines(op, result, imports, own)),
        deprecated=op.deprecated,
        call_var=own.name("call"),
        pages_var=own.name("pages") if op.pagination else "pages",
        paging=paging_view(op, args, imports, paging_names, own.spelling.code),
        streams=streams,
    )


def _result_type(op: Operation, imports: Imports) -> str:
    types = []
    for r in op.responses:
        if r.status.startswith("2") or (r is op.success):
            imports.add(r.type)
            ann = r.type.annotation if r.type else "None"
            if ann not in types:
                types.append(ann)
    if not types:
        return "None"
    if "Any" in types:
        imports.names.add("typing:Any")
        return "Any"
    return " | ".join(types)


_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


def retry_policy(op: Operation, client_header: str | None) -> str | None:
    """What the docstring says about repeating this call, for the ones that are writes (or
    reads the provider does not treat as safe)."""
    if op.http_method in _SAFE_METHODS and not op.unsafe:
        return None
    header = op.idempotency_header or (
        client_header if op.http_method not in _SAFE_METHODS else None
    )
    if header:
        return (
            f"Retries: sent again after a failure with the same `{header}` key (a fresh one "
            "per call unless you pass your own)."
        )
    return (
        "Retries: never sent twice unless the failure proves it did not reach the server "
        '(or the server answered 429); `request_options={"idempotency_key": ...}` makes '
        "it safe to repeat."
    )


def _op_doc(op: Operation, args: tuple[Arg, ...], client_header: str | None = None) -> str:
    parts = []
    head = op.summary or f"{op.http_method} {op.path}"
    parts.append(head.strip())
    if op.description and op.description.strip() != head.strip():
        parts.append(op.description.strip())
    if op.deprecated:
        parts.append("Deprecated: the API marks this operation as deprecated.")
    described: list[str] = []
    docs = {p.py_name: p.description for p in op.parameters}
    if op.body:
        docs.update({f.py_name: f.description for f in op.body.fields})
        if op.body.content_types:
            docs[content_type_arg(op)] = "the content type the body is sent as"
    for a in args:
        text = comment_text(docs.get(a.name))
        if text:
            described.append(f"    {a.name}: {text}")
    if described:
        parts.append("Args:\n" + "\n".join(described))
    sent = [
        f"{p.location} `{comment_text(p.wire_name)}{': ' if p.location == 'header' else '='}"
        f"{comment_text(str(p.value).lower() if isinstance(p.value, bool) else str(p.value))}`"
        for p in op.parameters
        if p.fixed
    ]
    if sent:
        parts.append("Always sends " + ", ".join(sent) + ".")
    policy = retry_policy(op, client_header)
    if policy:
        parts.append(policy)
    parts.append(f"`{op.http_method} {op.path}` (operation `{op.operation_id}`).")
    return "\n\n".join(parts)
