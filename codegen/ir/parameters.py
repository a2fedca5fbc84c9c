"""An operation's parameters: merged with its path's, named, typed, and fixed when the
document allows one value only (`const`, a one-value `enum`, a path fragment naming it)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from codegen.errors import InputError, Problem, pointer
from codegen.ir.context import BuildContext
from codegen.ir.model import Parameter, Skipped, TypeRef
from codegen.ir.names import Namer, field_name
from codegen.ir.param_checks import parameter_checks
from codegen.ir.param_examples import parameter_example
from codegen.sources.fragments import find_parameter, parameter_fragment


def parameters(
    ctx: BuildContext,
    shared: list[Any],
    own: list[Any],
    where: str,
    path: str,
    fragment: str | None = None,
) -> tuple[Parameter, ...]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    # where each parameter is written (a JSON pointer), for what is reported of its example
    places: dict[tuple[str, str], str] = {}
    listed = [(where.rsplit("/", 1)[0], i, raw) for i, raw in enumerate(shared)]
    listed += [(where, i, raw) for i, raw in enumerate(own)]
    for base, i, raw in listed:
        p = ctx.schemas.resolve(raw) if "$ref" in raw else raw
        if "name" not in p or "in" not in p:
            raise InputError([Problem(ctx.file, where, "a parameter without `name` or `in`")])
        merged[(p["name"], p["in"])] = p
        ref = raw.get("$ref")
        places[(p["name"], p["in"])] = (
            ref.removeprefix("#") if isinstance(ref, str) else f"{base}/parameters/{i}"
        )
    fixes = _fragment_fixes(ctx, merged, fragment, where) if fragment is not None else {}
    namer = Namer({"self", "request_options", "body"})
    declared = {name for name, loc in merged if loc == "path"}
    for name in re.findall(r"\{([^}]+)\}", path):
        if name not in declared:
            raise InputError(
                [
                    Problem(
                        ctx.file,
                        where,
                        f"path parameter {{{name}}} is not declared",
                        "add it to the operation's `parameters` (in: path)",
                    )
                ]
            )
    ordered = sorted(
        merged.values(), key=lambda p: (p["in"] != "path", not p.get("required", False))
    )
    # (parameter, schema, (fixed value,) or None) for every parameter that is generated
    slots: list[tuple[dict[str, Any], Any, tuple[Any] | None]] = []
    for p in ordered:
        loc = p["in"]
        if loc not in ("path", "query", "header", "cookie"):
            ctx.skipped.append(
                Skipped(f"parameter {p['name']}", where, f"unknown location {loc!r}")
            )
            continue
        schema = p.get("schema")
        if schema is None and "content" in p:
            media: dict[str, Any] = next(iter(p["content"].values()), {})
            schema = media.get("schema", {})
        fixed: tuple[Any] | None = None
        if (p["name"], loc) in fixes:
            fixed = (fixes[(p["name"], loc)],)
        elif loc != "path" and p.get("required"):
            fixed = _single_value(ctx, schema)
        slots.append((p, schema, fixed))
    # fixed parameters are no arguments: they are named last, so none pushes an argument
    # to a suffixed name
    py_names: dict[int, str] = {}
    for i, (p, _, fixed) in sorted(enumerate(slots), key=lambda e: e[1][2] is not None):
        py_names[i] = namer.unique(field_name(p["name"]), sep="_")
    out = []
    for i, (p, schema, fixed) in enumerate(slots):
        loc = p["in"]
        converted: dict[str, Any] | None = None
        example: tuple[Any, ...] = ()
        if fixed is None:
            written = places[(p["name"], loc)] + (
                "/schema"
                if p.get("schema") is not None
                else pointer("content", next(iter(p.get("content") or {"": 0})), "schema")
            )
            converted, tref = ctx.schemas.convert(
                schema or {}, p["name"], where, "request", written
            )
            tref = ids_as_text(tref)
            example = parameter_example(ctx, p, schema, places[(p["name"], loc)])
        else:
            tref = TypeRef(type(fixed[0]).__name__)
        style = p.get("style") or ("form" if loc in ("query", "cookie") else "simple")
        if p.get("schema") is None and _json_content(p.get("content")):
            style = "json"  # serialized by its media type, as JSON text, not by a style
        has_default = isinstance(schema, dict) and "default" in schema
        resolved = ctx.schemas.resolve(schema) if isinstance(schema, dict) else {}
        array = resolved.get("type") == "array"
        min_items = resolved.get("minItems") if array else None
        max_items = resolved.get("maxItems") if array else None
        required = bool(p.get("required")) or loc == "path" or fixed is not None
        out.append(
            Parameter(
                wire_name=p["name"],
                py_name=py_names[i],
                location=loc,
                required=required,
                type=tref,
                description=p.get("description") or (schema or {}).get("description"),
                style=style,
                explode=bool(p.get("explode", style == "form")),
                default=schema.get("default") if has_default else None,
                has_default=has_default,
                fixed=fixed is not None,
                value=fixed[0] if fixed is not None else None,
                min_items=max(
                    min_items if isinstance(min_items, int) else 0, int(array and required)
                ),
                max_items=max_items if isinstance(max_items, int) else None,
                checks=(
                    parameter_checks(resolved, ctx.schemas.resolve)
                    if fixed is None and style != "json"
                    else ()
                ),
                example=example,
                json_schema=converted,
            )
        )
    return tuple(out)


_UUID = re.compile(r"\bUUID\b")


def ids_as_text(tref: TypeRef) -> TypeRef:
    """A `UUID` parameter (or body argument) also takes the id as text: users hold ids as
    strings, and the wire form is the same."""
    if "uuid:UUID" not in tref.imports:
        return tref
    return TypeRef(_UUID.sub("UUID | str", tref.annotation), tref.models, tref.imports)


def _single_value(ctx: BuildContext, schema: Any) -> tuple[Any] | None:
    """`(value,)` when a schema allows one value only (`const`, or a one-value `enum`)."""
    schema = ctx.schemas.resolve(schema) if isinstance(schema, dict) else {}
    if "const" in schema:
        values = [schema["const"]]
    else:
        values = schema.get("enum") if isinstance(schema.get("enum"), list) else []
    if len(values) != 1:
        return None
    value = values[0]
    if isinstance(value, date):  # a YAML date: sent as the text the document wrote
        value = value.isoformat()
    # a value of another kind (null, an object) stays an argument: its serialization
    # is the caller's to choose
    return (value,) if isinstance(value, str | int | float) else None


def _fragment_fixes(
    ctx: BuildContext, merged: dict[tuple[str, str], dict[str, Any]], fragment: str, where: str
) -> dict[tuple[str, str], Any]:
    """The parameters a path's fragment fixes (`#X-Amz-Target=Svc.Op`), with their values.

    A bare name (`#tagKeys`) only tells operations on one path apart, and must be a
    declared parameter. A `name=value` the operation does not declare is added as a query
    parameter, the fragment reading like a query string (`#Action=X&Version=Y`).
    """
    fixes: dict[tuple[str, str], Any] = {}
    problems: list[Problem] = []
    for name, value in parameter_fragment(fragment):
        p = find_parameter(name, list(merged.values()))
        if p is None and value is None:
            problems.append(
                Problem(
                    ctx.file,
                    where,
                    f"the path fragment `#{fragment}` names `{name}`, which is not a query, "
                    "header or cookie parameter of the operation",
                    "declare the parameter, or correct the path by an overlay",
                )
            )
            continue
        if p is None:
            p = {"name": name, "in": "query", "required": True, "schema": {"type": "string"}}
            merged[(name, "query")] = p
            ctx.warnings.append(
                Problem(
                    ctx.file,
                    where,
                    f"the path fragment `#{fragment}` names `{name}`, which the operation "
                    f"does not declare; the client sends it as the query parameter "
                    f"{name}={value}",
                    "declare the parameter (in: query or header) by an overlay",
                )
            )
        if value is not None:
            fixes[(p["name"], p["in"])] = _fragment_value(ctx, p, value, fragment, where)
    if problems:
        raise InputError(problems)
    return fixes


def _fragment_value(
    ctx: BuildContext, p: dict[str, Any], value: str, fragment: str, where: str
) -> Any:
    """The fragment's text as a value of the parameter's type (`5` for an integer)."""
    schema = ctx.schemas.resolve(p.get("schema") or {})
    allowed = [schema["const"]] if "const" in schema else schema.get("enum")
    if isinstance(allowed, list):
        for option in allowed:
            text = str(option).lower() if isinstance(option, bool) else str(option)
            if text == value and isinstance(option, str | int | float):
                return option
        ctx.warnings.append(
            Problem(
                ctx.file,
                where,
                f"the path fragment `#{fragment}` fixes `{p['name']}` to {value!r}, which "
                "its schema does not allow; the client sends the fragment's value",
                "make the path and the parameter's schema agree by an overlay",
            )
        )
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "integer" in kinds and re.fullmatch(r"-?\d+", value):
        return int(value)
    if "number" in kinds and re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", value):
        return float(value) if any(c in value for c in ".eE") else int(value)
    if "boolean" in kinds and value in ("true", "false"):
        return value == "true"
    return value


def _json_content(content: Any) -> bool:
    """Is a parameter's `content` (its one media type) JSON (`application/json`, `*+json`)?"""
    if not isinstance(content, dict) or not content:
        return False
    media = str(next(iter(content))).split(";")[0].strip().lower()
    return media == "application/json" or media.endswith("+json")
