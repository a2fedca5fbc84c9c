"""Example calls as Python source, for the generated tests and README.

A request example (wire JSON) becomes keyword arguments with typed values: nested objects
become model constructors, enum values `Enum("VALUE")`, date-times `datetime.fromisoformat`
(times `time.fromisoformat`).
Where an operation has no example, placeholder values are built from its types.
"""

from __future__ import annotations

import ast
import json
import math
import re
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any
from uuid import UUID

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from jsonschema.validators import extend

from codegen import patterns
from codegen.emit.data.annotations import options as union_options
from codegen.emit.data.fit import fitting_first
from codegen.emit.data.format_text import format_text
from codegen.emit.data.sample import distinct, sample
from codegen.emit.text import literal
from codegen.ir.formats import FORMATS
from codegen.ir.model import Api, Field, Model, Operation, Parameter, TypeRef

# fixed values, so generated tests and READMEs read the same on every run
_PLACEHOLDER = {
    "str": '"string"',
    "int": "1",
    "float": "1.5",
    "bool": "True",
    "datetime": 'datetime.fromisoformat("2024-01-02T03:04:05+00:00")',
    "date": 'date.fromisoformat("2024-01-02")',
    "time": 'time.fromisoformat("03:04:05+00:00")',  # aware: a naive one is refused
    "Decimal": 'Decimal("1.5")',
    "UUID": 'UUID("00000000-0000-4000-8000-000000000000")',
    "bytes": 'b"content"',
    "FileInput": 'b"content"',  # a multipart file property's argument
    "Any": "{}",
    "dict[str, Any]": "{}",
}
# patterns as the generated models run them (`\p{L}` is Rust regex, not Python's `re`)
_Validator = extend(Draft202012Validator, {"pattern": patterns.pattern_keyword})


class NoValue(Exception):
    """No valid value can be built for a required argument; the message says which and why."""


def call_arguments(api: Api, op: Operation, *, strict: bool = False) -> list[tuple[str, str]]:
    """(argument, Python source of its value) for the operation's required arguments and example.

    Where no valid value can be built for a required argument, the README shows `...`;
    with `strict` (the generated tests, which send what they build) `NoValue` is raised."""
    example = next((e.value for e in op.examples if e.kind == "request" and e.valid), None)
    if example is None and op.body is not None and op.body.model:
        example = sample(api, {"$ref": f"#/$defs/{op.body.model}"})
        if strict and (problem := invalid(api, op.body.model, example)):
            raise NoValue(f"the request body: no valid sample of {op.body.model} ({problem})")
    args: list[tuple[str, str]] = []
    for p in op.parameters:
        if p.required and not p.fixed:  # a fixed parameter is no argument
            value = _param_argument(api, p)
            args.append((p.py_name, _checked(value, f"parameter `{p.wire_name}`", p.type, strict)))
    body = op.body
    if body is None:
        return args
    if not body.fields:
        if body.required:
            ref = body.type or TypeRef("Any")
            value = _value(api, example, body.type) if example is not None else None
            value = value or _checked(_placeholder(api, ref), "the request body", ref, strict)
            args.append(("body", value))
        return args
    data = example
    if isinstance(data, dict) and body.wrapper:
        data = data.get(body.wrapper)
    for f in body.fields:
        if isinstance(data, dict) and f.wire_name in data:
            args.append((f.py_name, _value(api, data[f.wire_name], f.type)))
        elif f.required:
            value = _placeholder(api, f.type)
            args.append(
                (f.py_name, _checked(value, f"body property `{f.wire_name}`", f.type, strict))
            )
    return args


def _checked(value: str | None, what: str, ref: TypeRef, strict: bool) -> str:
    if value is not None:
        return value
    if strict:
        raise NoValue(f"{what}: no valid value of {ref.annotation} can be built")
    return "..."


def _value(api: Api, value: Any, ref: TypeRef | None) -> str:
    if ref is None:
        return literal(value)
    if value is None:
        return "None"
    for option in fitting_first(api, union_options(ref.annotation), value):
        model = api.find_model(option)
        if model is not None and model.kind == "object" and isinstance(value, dict):
            variant = _variant(model, value)
            if variant not in (None, option):  # a parent's discriminator names a child
                return _value(api, value, TypeRef(variant, (variant,)))
            return _construct(api, option, value, model.fields)
        if model is not None and model.kind == "alias" and isinstance(value, dict):
            # a discriminated union: the variant its discriminator value picks
            variant = _variant(model, value)
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
        if option == "time" and isinstance(value, str):
            return f"time.fromisoformat({literal(value)})"
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
        if option in ("bytes", "FileInput") and isinstance(value, str):
            # a file's content, which a schema's sample or example gives as text
            return _bytes_literal(value.encode())
    return literal(value)


def _bytes_literal(data: bytes) -> str:
    """`b"..."`, quoted as the formatter would (README code is not formatted)."""
    text = repr(data)
    if text.startswith("b'") and '"' not in text:
        return 'b"' + text[2:-1].replace("\\'", "'") + '"'
    return text


def _construct(api: Api, name: str, value: dict[str, Any], fields: tuple[Field, ...]) -> str:
    by_wire = {f.wire_name: f for f in fields}
    parts = []
    for key, v in value.items():
        f = by_wire.get(key)
        if f is None:
            continue
        parts.append(f"{f.py_name}={_value(api, v, f.type)}")
    return f"{name}({', '.join(parts)})"


def _param_argument(api: Api, p: Parameter) -> str | None:
    """The parameter's example, else a value built from its schema that the schema allows
    (checked here, as the body's sample is): a readable text where a string will do."""
    if p.example:
        return _value(api, p.example[0], p.type)
    if p.json_schema is None:
        return _param_placeholder(api, p.type, p.wire_name, p.min_items)
    value = _param_sample(api, p.json_schema, p.wire_name, p.min_items)
    if invalid_value(api, p.json_schema, value) is not None:
        return None
    return _value(api, value, p.type)


def _param_sample(
    api: Api, schema: dict[str, Any], wire_name: str, count: int, variant: int = 0
) -> Any:
    """`my-<name>` where the schema allows it and its format, if any, has neither samples of
    its own nor a type (`phone`); else the schema's sample. An array of `count` items (at least
    its `minItems`), different ones if `uniqueItems`."""
    readable = "my-" + "-".join(w for w in re.split(r"[^0-9a-zA-Z]+", wire_name.lower()) if w)
    readable += f"-{variant + 1}" if variant else ""
    fmt = schema.get("format")
    if (
        format_text(fmt) is None
        and fmt != "binary"
        and invalid_value(api, schema, readable) is None
    ):
        return readable
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        items, count = schema["items"], max(count, int(schema.get("minItems", 0)))
        if schema.get("uniqueItems") is True:
            return distinct(lambda n: _param_sample(api, items, wire_name, 0, n), count)
        return [_param_sample(api, items, wire_name, 0)] * count
    return sample(api, schema, variant=variant)


def _param_placeholder(api: Api, ref: TypeRef, wire_name: str, min_items: int = 0) -> str | None:
    """A readable value for a required parameter: `project_id="my-project-id"`; an array
    gets the fewest items it may be sent with (an empty one is refused, as it sends nothing)."""
    first = (union_options(ref.annotation) or ["Any"])[0]
    if min_items and first.startswith("list[") and first.endswith("]"):
        inner = first[len("list[") : -1]
        item = _param_placeholder(api, TypeRef(inner, ref.models, ref.imports), wire_name)
        return None if item is None else "[" + ", ".join([item] * min_items) + "]"
    if first == "str":
        return literal(
            "my-" + "-".join(w for w in re.split(r"[^0-9a-zA-Z]+", wire_name.lower()) if w)
        )
    return _placeholder(api, ref)


def _placeholder(api: Api, ref: TypeRef) -> str | None:
    """A valid value of the type, or None when none can be built."""
    options = union_options(ref.annotation)
    first = options[0] if options else "Any"
    if first.startswith("list["):
        return "[]"
    if first.startswith("dict["):
        return "{}"
    if first.startswith("Literal["):
        return first[len("Literal[") :].split(",")[0].rstrip("]")
    if first in _PLACEHOLDER:
        return _PLACEHOLDER[first]
    model = api.find_model(first)
    if model is None:
        return None
    value = sample(api, {"$ref": f"#/$defs/{first}"})
    if invalid(api, first, value):
        return None
    return _value(api, value, TypeRef(first, (first,)))


# per API: its validator, and the answers given so far by the JSON text of schema and value
# (a large document asks the same of the same sample thousands of times: GitHub's, 6,763
# questions, 321 of them different)
_defs: dict[int, tuple[Api, Any, dict[str, str | None]]] = {}


def invalid(api: Api, model: str, value: Any) -> str | None:
    """Why `value` is no valid instance of the model (by its JSON Schema), or None."""
    return invalid_value(api, {"$ref": f"#/$defs/{model}"}, value)


def invalid_value(api: Api, schema: dict[str, Any], value: Any) -> str | None:
    """Why `value` is no instance of `schema` (whose references lead to the models), or None."""
    entry = _defs.get(id(api))
    if entry is None or entry[0] is not api:
        _defs.clear()  # one API at a time: the entry keeps it alive, so its id stays its own
        defs = {"$defs": {m.name: m.json_schema for m in api.models}}
        entry = _defs[id(api)] = (api, _Validator(defs, format_checker=FORMATS), {})
    validator, answers = entry[1], entry[2]
    # JSON data's text keeps what the answer depends on (types, the order of keys); other
    # values (a tuple, a number key) are asked afresh
    key = json.dumps([schema, value]) if _plain(schema) and _plain(value) else None
    if key is not None and key in answers:
        return answers[key]
    error = best_match(validator.evolve(schema={**validator.schema, **schema}).iter_errors(value))
    answer = None
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path)
        answer = f"{where}: {error.message}" if where else error.message
    if key is not None:
        answers[key] = answer
    return answer


def _plain(value: Any) -> bool:
    """Whether `value` is JSON data, told apart from any other by its JSON text."""
    kind = type(value)
    if kind is dict:
        return all(type(k) is str and _plain(v) for k, v in value.items())
    if kind is list:
        return all(_plain(v) for v in value)
    if kind is float:
        return math.isfinite(value)
    return kind is str or kind is int or kind is bool or value is None


def wire_text(code: str) -> str | None:
    """How a placeholder or literal argument appears in a URL or header, when that is plain:
    as the runtime writes it (`Enum("a")` as `a`, a datetime in ISO 8601)."""
    call = re.fullmatch(r"([A-Za-z_][\w.]*)\((.*)\)", code, flags=re.DOTALL)
    if call is not None:
        try:
            inner = ast.literal_eval(call.group(2))
        except (ValueError, SyntaxError):
            return None
        if not isinstance(inner, str | int | float) or isinstance(inner, bool):
            return None
        make = {
            "datetime.fromisoformat": lambda v: datetime.fromisoformat(v).isoformat(),
            "date.fromisoformat": lambda v: date.fromisoformat(v).isoformat(),
            "time.fromisoformat": lambda v: time.fromisoformat(v).isoformat(),
            "Decimal": lambda v: str(Decimal(v)),
            "UUID": lambda v: str(UUID(v)),
        }.get(call.group(1))
        if make is not None:
            return make(str(inner)) if isinstance(inner, str) else make(inner)
        # an enum member, `Status("active")`: the value itself
        return str(inner) if call.group(1)[:1].isupper() and "." not in call.group(1) else None
    try:
        value = ast.literal_eval(code)
    except (ValueError, SyntaxError):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, str | int | float) else None


def _variant(model: Model, value: dict[str, Any]) -> str | None:
    """The class a discriminator value picks (of a union, or among a parent's children)."""
    tag = value.get(model.discriminator or "")
    return next((n for n, tags in model.variants if tag in tags), None)
