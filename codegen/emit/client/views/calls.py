"""The body of an operation's builder function: its keyword arguments -> a runtime `Call`
(path, query, header and cookie parameters, the body, the responses it expects)."""

from __future__ import annotations

from codegen.emit.client.views.arguments import content_type_arg, validated_as
from codegen.emit.client.views.imports import Imports
from codegen.emit.client.views.own_names import OwnNames
from codegen.emit.text import literal
from codegen.ir.model import Operation, Parameter, PartEncoding, RequestBody


def builder_lines(op: Operation, result: str, imports: Imports, own: OwnNames) -> list[str]:
    """The body of the function that turns keyword arguments into a `Call`; every name it
    reads but the arguments is written as `own` spells it."""
    lines: list[str] = []
    kw: list[str] = [
        f"method={literal(op.http_method)}",
        f"path={literal(op.path)}",
        f"operation_id={literal(op.operation_id)}",
    ]
    path = [p for p in op.parameters if p.location == "path"]
    if path:
        kw.append("path_params={" + ", ".join(_path_param(p, own) for p in path) + "}")
    for loc, key in (("query", "query"), ("header", "headers"), ("cookie", "cookies")):
        params = [p for p in op.parameters if p.location == loc]
        if params:
            items = ", ".join(
                _param(p, literal(p.value) if p.fixed else p.py_name, own) for p in params
            )
            kw.append(f"{key}=[{items}]")
    body = op.body
    if body is not None:
        lines += _body_lines(body, kw, content_type_arg(op), own)
    responses = []
    for r in op.responses:
        if r is op.success or r.status.startswith("2"):
            rtype = own.code(r.type.annotation) if r.type else "None"
            # JSON is asked for by default; other media types are named in `Accept`
            media = f", {literal(r.content_type)}" if r.kind in ("binary", "text") else ""
            if r.type and r.type.enums:  # what tells its enums from its constants
                media += (
                    ", enums={"
                    + ", ".join(
                        f"{own.code(ann)}: ({', '.join(own.name(t) for t in types)},)"
                        for ann, types in r.type.enums
                    )
                    + "}"
                )
            responses.append(
                f"{literal(r.status)}: {own.name('ResponseSpec')}({rtype}, {literal(r.kind)}{media})"
            )
    if responses:
        kw.append("responses={" + ", ".join(responses) + "}")
    errors = []
    for r in op.responses:
        if r.status in op.errors and r.type is not None:
            imports.add(r.type)
            errors.append(f"{literal(r.status)}: {own.code(r.type.annotation)}")
    if errors:
        kw.append("error_bodies={" + ", ".join(errors) + "}")
    if op.security:
        kw.append("security=" + literal([list(s) for s in op.security]))
    if op.idempotency_header:
        kw.append(f"idempotency_header={literal(op.idempotency_header)}")
    if op.unsafe:
        kw.append("unsafe=True")
    lines.append(f"return {own.name('Call')}[{own.code(result)}](")
    lines += [f"    {k}," for k in kw]
    lines.append(")")
    return lines


def _param(p: Parameter, value: str, own: OwnNames) -> str:
    least = f", min_items={p.min_items}" if p.min_items else ""
    least += f", max_items={p.max_items}" if p.max_items is not None else ""
    least += f", checks={literal(p.checks)}" if p.checks else ""
    return f"{own.name('Param')}({literal(p.wire_name)}, {value}, style={literal(p.style)}, explode={p.explode}{least})"


def _path_param(p: Parameter, own: OwnNames) -> str:
    value = literal(p.value) if p.fixed else p.py_name
    # `label`, `matrix`, `minItems`, `maxItems` and constraints need the runtime to know more
    # (an empty value is refused anyway)
    if p.style != "simple" or p.explode or p.min_items > 1 or p.max_items is not None or p.checks:
        value = _param(p, value, own)
    return f"{literal(p.wire_name)}: {value}"


def _body_lines(body: RequestBody, kw: list[str], choice: str, own: OwnNames) -> list[str]:
    lines: list[str] = []
    content_type = choice if body.content_types else literal(body.content_type)
    if body.kind in ("binary", "text"):
        kw.append("content=body")
        kw.append(f"content_type={content_type}")
        return lines
    if body.fields:
        entries = ", ".join(f"{literal(f.wire_name)}: {f.py_name}" for f in body.fields)
        data = f"{own.name('given')}({{{entries}}})"
        if body.wrapper:
            fixed = "".join(f"{literal(k)}: {literal(v)}, " for k, v in body.fixed)
            data = f"{{{fixed}{literal(body.wrapper)}: {data}}}"
        elif body.fixed:
            fixed = "".join(f"{literal(k)}: {literal(v)}, " for k, v in body.fixed)
            data = f"{{{fixed}**{data}}}"
        target = validated_as(body)
        local = own.name("data")
        lines.append(f"{local} = {data}")
        value = f"{own.name(target)}.model_validate({local})" if target else local
    else:
        value = "body"
    if body.content_types:  # the runtime writes it as the chosen content type says
        kw.append(f"body={value}")
    elif body.kind == "json":
        kw.append(f"json={value}")
    elif body.kind == "form":
        kw.append(f"form={value}")
    else:
        kw.append(f"files={value}")
    if body.content_types or body.content_type != "application/json":
        kw.append(f"content_type={content_type}")
    if body.encoding:
        kw.append("encoding={" + ", ".join(_encoding(e, own) for e in body.encoding) + "}")
    return lines


def _encoding(e: PartEncoding, own: OwnNames) -> str:
    args = [f"content_type={literal(e.content_type)}"] if e.content_type else []
    if e.style is not None:
        args.append(f"style={literal(e.style)}")
    if e.explode is not None:
        args.append(f"explode={e.explode}")
    return f"{literal(e.wire_name)}: {own.name('Encoding')}({', '.join(args)})"
