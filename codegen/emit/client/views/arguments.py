"""An operation's keyword arguments: its parameters, its body's fields (or `body`), and the
choice of content type; required ones first."""

from __future__ import annotations

from dataclasses import dataclass

from codegen.emit.client.views.imports import Imports
from codegen.emit.text import literal
from codegen.ir.model import Field, Operation, Parameter, RequestBody


@dataclass(frozen=True)
class Arg:
    name: str
    annotation: str
    default: str | None  # None: required


def arguments(op: Operation, imports: Imports) -> tuple[Arg, ...]:
    required: list[Arg] = []
    optional: list[Arg] = []
    for p in op.parameters:
        if p.fixed:  # the client sends its one value itself
            continue
        imports.add(p.type)
        (required if p.required else optional).append(_param_arg(p))
    body = op.body
    if body is not None:
        if body.fields:
            for f in body.fields:
                imports.add(f.type)
                (required if f.required else optional).append(_field_arg(f))
        else:
            imports.add(body.type)
            ann = body.type.annotation if body.type else "Any"
            if body.required:
                required.append(Arg("body", ann, None))
            else:
                optional.append(Arg("body", _or_none(ann), "None"))
        if validated_as(body):
            imports.models.add(body.model or "")
        if body.content_types:
            imports.names.add("typing:Literal")
            choices = ", ".join(literal(ct) for ct in body.content_types)
            optional.append(
                Arg(content_type_arg(op), f"Literal[{choices}]", literal(body.content_types[0]))
            )
    return tuple(required + optional)


def content_type_arg(op: Operation) -> str:
    """The argument choosing among several request content types (named clear of the rest)."""
    fields = op.body.fields if op.body else ()
    taken = {p.py_name for p in op.parameters} | {f.py_name for f in fields}
    return "content_type" if "content_type" not in taken else "request_content_type"


def validated_as(body: RequestBody) -> str | None:
    """The model the arguments are validated as before sending, if any.

    Not for a multipart body with files: the model's file fields hold bytes, while the
    caller may give a file, a path or a (name, data, type) tuple.
    """
    files = any("FileInput" in f.type.annotation for f in body.fields)
    return None if body.kind == "multipart" and files else body.model


def _param_arg(p: Parameter) -> Arg:
    if p.required:
        return Arg(p.py_name, p.type.annotation, None)
    return Arg(p.py_name, _or_none(p.type.annotation), "None")


def _or_none(annotation: str) -> str:
    """`annotation` that also takes None, once (`X | None`, not `X | None | None`)."""
    if annotation.endswith("| None") or annotation in ("Any", "None"):
        return annotation
    return f"{annotation} | None"


def _field_arg(f: Field) -> Arg:
    if f.required:
        return Arg(f.py_name, f.type.annotation, None)
    ann = f.type.annotation if f.type.annotation == "Any" else f"{f.type.annotation} | NotGiven"
    return Arg(f.py_name, ann, "NOT_GIVEN")
