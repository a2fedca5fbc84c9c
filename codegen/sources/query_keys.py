"""Path keys with a query string: `/uploads?convert={convert}`.

A path key of OpenAPI is a path template, with no query; some documents write the query
into it anyway, and declare its parameters `in: path`, `in: query`, or not at all. The
part before `?` is the path. Each `name={param}` of the query is the query parameter
`name`: the declared parameter `param` moves to the query under that name, or, declared
nowhere, one is added (a required string, as the template made it). Each `name=value` is a
query parameter that must have that value. A part that is neither (`{name}=1`, a bare
word) cannot be read safely: its operation is left out. Every rewrite is a warning.
"""

from __future__ import annotations

import copy
import re
from typing import Any
from urllib.parse import unquote

from codegen.errors import Problem, pointer
from codegen.sources.base import record_left_out
from codegen.sources.fragments import HTTP_METHODS, resolve_local

_TEMPLATE = re.compile(r"\{([^{}]+)\}")
_NAME = re.compile(r"[^{}=&]+")


def move_query_out_of_paths(doc: dict[str, Any], file: str) -> list[Problem]:
    """Rewrite `doc["paths"]` in place so that no key holds a query; return warnings."""
    paths = doc.get("paths")
    if not isinstance(paths, dict) or not any(_query_of(key) is not None for key in paths):
        return []
    # the operations of keys without a query keep their place; a query's operation that
    # would be a second one on the same path and method is left out
    taken = {
        (key, method)
        for key, item in paths.items()
        if _query_of(key) is None and isinstance(item, dict)
        for method in HTTP_METHODS
        if method in item
    }
    warnings: list[Problem] = []
    out: dict[str, Any] = {}
    for key, item in paths.items():
        split = _query_of(key)
        if split is None or not isinstance(item, dict):
            _add(doc, out, key, item)
            continue
        real, query = split
        _push_down(doc, item)
        methods = [m for m in HTTP_METHODS if isinstance(item.get(m), dict)]
        for method in methods:
            where = pointer("paths", key, method)
            if (real, method) in taken:
                problem: Problem | None = Problem(
                    file,
                    where,
                    f"{method.upper()} {real} is defined already: this one, whose path holds "
                    f"the query `?{query}`, is left out",
                    hint="merge the two operations by an overlay",
                )
            else:
                problem = _move_query(doc, item[method], query, file, where, warnings)
            if problem is not None:
                del item[method]
                warnings.append(problem)
                record_left_out(doc, f"operation {method.upper()} {key}", problem)
            else:
                taken.add((real, method))
        if methods and not any(m in item for m in methods):
            continue  # every operation was left out (and said so): the path is no more
        _add(doc, out, real, item)
    doc["paths"] = out
    return warnings


def _query_of(key: str) -> tuple[str, str] | None:
    """`/a?x={x}#f` -> (`/a#f`, `x={x}`): the key without its query, and the query."""
    before, hash_, fragment = key.partition("#")  # a fragment comes after the query
    if "?" not in before:
        return None
    path, _, query = before.partition("?")
    return path + hash_ + fragment, query


def _move_query(
    doc: dict[str, Any],
    op: dict[str, Any],
    query: str,
    file: str,
    where: str,
    warnings: list[Problem],
) -> Problem | None:
    """Make the query's parameters the operation's; a Problem when it cannot be read."""
    parts: list[tuple[str, str]] = []
    for part in (p for p in query.split("&") if p):
        name, eq, value = part.partition("=")
        if not eq or not _NAME.fullmatch(name):
            return Problem(
                file,
                where,
                f"the query `{part}` in the path names no parameter as `name={{param}}` or "
                "`name=value`: operation left out",
                hint="give the query parameters under `parameters` by an overlay",
            )
        parts.append((unquote(name), value))
    done: list[str] = []
    for name, value in parts:
        template = _TEMPLATE.fullmatch(value)
        if template is not None:
            done.append(_templated(doc, op, name, template.group(1)))
            continue
        fixed = unquote(value)
        op.setdefault("parameters", []).append(
            {
                "name": name,
                "in": "query",
                "required": True,
                "schema": {"type": "string", "enum": [fixed], "default": fixed},
            }
        )
        done.append(f"`{name}` added, fixed to {fixed!r}")
    warnings.append(
        Problem(
            file,
            where,
            f"the path holds a query string `?{query}`: read as query parameters ("
            + "; ".join(done)
            + ")",
            hint="give the query parameters under `parameters`, not in the path",
        )
    )
    return None


def _templated(doc: dict[str, Any], op: dict[str, Any], name: str, param: str) -> str:
    """Make `name={param}` a query parameter of `op`; what was done, for the warning."""
    declared = _declared(doc, op)
    if any(p.get("in") == "query" and p.get("name") == name for p in declared):
        return f"`{name}` declared in the query"
    for i, p in enumerate(declared):
        if p.get("name") == param and p.get("in") == "path":
            op["parameters"][i] = {**copy.deepcopy(p), "name": name, "in": "query"}
            renamed = f" as `{name}`" if param != name else ""
            return f"`{param}` moved from the path to the query{renamed}"
    op.setdefault("parameters", []).append(
        {"name": name, "in": "query", "required": True, "schema": {"type": "string"}}
    )
    return f"`{name}` added (no parameter declares it)"


def _declared(doc: dict[str, Any], owner: dict[str, Any]) -> list[dict[str, Any]]:
    """The parameters of an operation or path item, references followed (`{}` for a
    parameter that is not an object, so that indexes stay those of the list)."""
    params = owner.get("parameters")
    if not isinstance(params, list):
        return []
    out = []
    for raw in params:
        declared = resolve_local(doc, raw)
        out.append(declared if isinstance(declared, dict) else {})
    return out


def _push_down(doc: dict[str, Any], item: dict[str, Any]) -> None:
    """The path item's own parameters into each of its operations (which may override
    them), so that they go wherever the operations go."""
    shared = item.pop("parameters", None)
    if not isinstance(shared, list):
        return
    for method in HTTP_METHODS:
        op = item.get(method)
        if not isinstance(op, dict):
            continue
        own = {(p.get("name"), p.get("in")) for p in _declared(doc, op)}
        extra = [
            copy.deepcopy(raw)
            for raw, p in zip(shared, _declared(doc, {"parameters": shared}), strict=True)
            if (p.get("name"), p.get("in")) not in own
        ]
        op["parameters"] = [*(op.get("parameters") or []), *extra]


def _add(doc: dict[str, Any], out: dict[str, Any], real: str, item: Any) -> None:
    """Put `item` under `real`, beside the operations already there (none on its methods)."""
    target = out.get(real)
    if not isinstance(target, dict) or not isinstance(item, dict):
        out.setdefault(real, item)
        return
    _push_down(doc, item)
    for field, value in item.items():
        if field in HTTP_METHODS:
            target[field] = value
        else:
            target.setdefault(field, value)
