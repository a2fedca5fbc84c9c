"""Example calls as Python source, for the generated README.

A request example (wire JSON) becomes keyword arguments with typed values: nested objects
become model constructors, enum values `Enum("VALUE")`, date-times `datetime.fromisoformat`.
Where an operation has no example, placeholder values are built from its types.
"""

from __future__ import annotations

import ast
import re
from typing import Any

from codegen.emit.sample import sample
from codegen.emit.views import literal
from codegen.ir.model import Api, Field, Operation, TypeRef

# fixed values, so generated tests and READMEs read the same on every run
_PLACEHOLDER = {
    "str": '"string"',
    "int": "1",
    "float": "1.5",
    "bool": "True",
    "datetime": 'datetime.fromisoformat("2024-01-02T03:04:05+00:00")',
    "date": 'date.fromisoformat("2024-01-02")',
    "Decimal": 'Decimal("1.5")',
    "UUID": 'UUID("00000000-0000-4000-8000-000000000000")',
    "bytes": 'b"content"',
    "Any": "{}",
    "dict[str, Any]": "{}",
}


def call_arguments(api: Api, op: Operation) -> list[tuple[str, str]]:
    """(argument, Python source of its value) for the operation's required arguments and example."""
    example = next((e.value for e in op.examples if e.kind == "request" and e.valid), None)
    if example is None and op.body is not None and op.body.model:
        example = sample(api, {"$ref": f"#/$defs/{op.body.model}"})
    args: list[tuple[str, str]] = []
    for p in op.parameters:
        if p.required and not p.fixed:  # a fixed parameter is no argument
            args.append((p.py_name, _param_placeholder(p.type.annotation, p.wire_name)))
    body = op.body
    if body is None:
        return args
    if not body.fields:
        if body.required:
            placeholder = _placeholder(body.type.annotation if body.type else "Any", "body")
            args.append(
                ("body", _value(api, example, body.type) if example is not None else placeholder)
            )
        return args
    data = example
    if isinstance(data, dict) and body.wrapper:
        data = data.get(body.wrapper)
    for f in body.fields:
        if isinstance(data, dict) and f.wire_name in data:
            args.append((f.py_name, _value(api, data[f.wire_name], f.type)))
        elif f.required:
            args.append((f.py_name, _placeholder(f.type.annotation, f.wire_name)))
    return args


def _value(api: Api, value: Any, ref: TypeRef | None) -> str:
    if ref is None:
        return literal(value)
    options = _options(ref.annotation)
    if value is None:
        return "None"
    for option in options:
        model = _model(api, option)
        if model is not None and model.kind == "object" and isinstance(value, dict):
            return _construct(api, option, value, model.fields)
        if model is not None and model.kind == "alias" and isinstance(value, dict):
            # a discriminated union: the variant its discriminator value picks
            tag = value.get(model.discriminator or "")
            variant = next((n for n, tags in model.variants if tag in tags), None)
            if variant is not None:
                return _value(api, value, TypeRef(variant, (variant,)))
        if model is not None and model.kind == "enum" and isinstance(value, str):
            values = model.json_schema.get("enum") or []
            if value in values:
                return f"{option}({literal(value)})"
        inner = re.fullmatch(r"list\[(.+)\]", option)
        if inner and isinstance(value, list):
            item = TypeRef(inner.group(1), ref.models, ref.imports)
            return "[" + ", ".join(_value(api, v, item) for v in value) + "]"
        if option == "datetime" and isinstance(value, str):
            return f"datetime.fromisoformat({literal(value)})"
        if option == "date" and isinstance(value, str):
            return f"date.fromisoformat({literal(value)})"
        if option == "Decimal" and isinstance(value, str | int | float):
            text = str(value)
            # an integral value reads best as an int (and ruff's FURB157 asks for it)
            return (
                f"Decimal({text})"
                if re.fullmatch(r"-?(0|[1-9]\d*)", text)
                else f"Decimal({literal(text)})"
            )
        if option == "UUID" and isinstance(value, str):
            return f"UUID({literal(value)})"
    return literal(value)


def _construct(api: Api, name: str, value: dict[str, Any], fields: tuple[Field, ...]) -> str:
    by_wire = {f.wire_name: f for f in fields}
    parts = []
    for key, v in value.items():
        f = by_wire.get(key)
        if f is None:
            continue
        parts.append(f"{f.py_name}={_value(api, v, f.type)}")
    return f"{name}({', '.join(parts)})"


def _model(api: Api, name: str):  # type: ignore[no-untyped-def]
    try:
        return api.model(name)
    except KeyError:
        return None


def _options(annotation: str) -> list[str]:
    """Top-level members of a union annotation (brackets respected)."""
    parts, depth, current = [], 0, ""
    for ch in annotation:
        depth += ch == "["
        depth -= ch == "]"
        if ch == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    parts.append(current.strip())
    return [p for p in parts if p and p != "None"]


def _param_placeholder(annotation: str, wire_name: str) -> str:
    """A readable value for a required parameter: `project_id="my-project-id"`."""
    if _options(annotation)[:1] == ["str"]:
        return literal(
            "my-" + "-".join(w for w in re.split(r"[^0-9a-zA-Z]+", wire_name.lower()) if w)
        )
    return _placeholder(annotation, wire_name)


def _placeholder(annotation: str, wire_name: str) -> str:
    first = _options(annotation)[0] if _options(annotation) else "Any"
    if first.startswith("list["):
        return "[]"
    if first.startswith("Literal["):
        return first[len("Literal[") :].split(",")[0].rstrip("]")
    return _PLACEHOLDER.get(first, "...")


def wire_text(code: str) -> str | None:
    """How a placeholder or literal argument appears in a URL or header, when that is plain."""
    match = re.fullmatch(r'UUID\("([0-9a-f-]+)"\)', code)
    if match:
        return match.group(1)
    try:
        value = ast.literal_eval(code)
    except (ValueError, SyntaxError):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, str | int | float) else None
