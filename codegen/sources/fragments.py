"""The fragment rule: a path key with `#name` is one variant of an operation, not a URL.

Some providers publish one page per "tool" that all share a single endpoint, and write the
tool's name into the path as a fragment: `POST /projects/{project_id}/tools/#XERO_CREATE_INVOICE`
with a body `{"tool": "XERO_CREATE_INVOICE", "parameters": {...}}`. A fragment is never sent
to a server, so the real path is the part before `#` (without its trailing `/`) and the
fragment names the value of a request-body property. Every such operation is marked with
`x-codegen-variants`; several on one real path and method become one operation whose body is
a `oneOf` of the variants' bodies, discriminated by that property.

Other providers write request *parameters* into the fragment: `/#X-Amz-Target=Svc.Op` (a
header with that value), `/tags/{arn}#tagKeys` (a query parameter that must be present),
`#a&b`, `#Action=X&Version=Y`. Each such path key is an operation of its own, often one of
several on the same real path and method, so it cannot become a path of its own here: the
key is kept as it is, and the intermediate model reads the fragment (`parameter_fragment`).
"""

from __future__ import annotations

import copy
from typing import Any
from urllib.parse import unquote

from codegen.errors import InputError, Problem, pointer
from codegen.refs import MISSING, follow, ref_parts
from codegen.sources.variants import (
    VARIANTS_KEY,
    conflict,
    merge_parameters,
    merge_variant_operations,
)

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_MAX_REF_HOPS = 32


def split_fragment(path: str) -> tuple[str, str | None]:
    """`/a/b/#X` -> (`/a/b`, `X`); a path without `#` -> (path, None)."""
    if "#" not in path:
        return path, None
    real, _, fragment = path.partition("#")
    if len(real) > 1 and real.endswith("/"):
        real = real[:-1]
    return real, fragment


def parameter_fragment(fragment: str) -> list[tuple[str, str | None]]:
    """`a=1&b` -> `[("a", "1"), ("b", None)]`: the parameters a fragment names, percent-decoded."""
    out: list[tuple[str, str | None]] = []
    for part in fragment.split("&"):
        name, eq, value = part.partition("=")
        out.append((unquote(name), unquote(value) if eq else None))
    return out


def find_parameter(name: str, params: list[Any]) -> dict[str, Any] | None:
    """The non-path parameter a fragment's `name` means; header names match in any case."""
    candidates = [p for p in params if isinstance(p, dict) and p.get("in") != "path"]
    for p in candidates:
        if p.get("name") == name:
            return p
    for p in candidates:
        if p.get("in") == "header" and str(p.get("name")).lower() == name.lower():
            return p
    return None


def names_parameters(fragment: str, params: list[Any]) -> bool:
    """Whether a fragment names request parameters rather than a body property's value.

    `name=value` and `a&b` are always parameters; a bare word only when the operation
    declares a parameter of that name (`#tagKeys`), else it is a value (`#XERO_CREATE_INVOICE`).
    """
    if "=" in fragment or "&" in fragment:
        return True
    return find_parameter(unquote(fragment), params) is not None


def apply_fragment_rule(doc: dict[str, Any], file: str) -> list[Problem]:
    """Rewrite `doc["paths"]` in place so that every key is a real path; return warnings.

    Keys whose fragment names parameters are the exception: they stay as they are.
    """
    paths = doc.get("paths")
    if not isinstance(paths, dict) or not any("#" in key for key in paths):
        return []
    warnings: list[Problem] = []
    problems: list[Problem] = []
    new_paths: dict[str, Any] = {}
    grouped: dict[tuple[str, str], list[tuple[str, str, dict[str, Any]]]] = {}
    for key, item in paths.items():
        real, fragment = split_fragment(key)
        if not isinstance(item, dict):
            new_paths[real] = item  # not a path item: the validator reports it with its pointer
            continue
        if fragment is not None:
            item = _keep_parameter_operations(doc, key, item, fragment, new_paths)
            if item is None:
                continue
        target = new_paths.setdefault(real, {})
        for field, value in item.items():
            where = pointer("paths", key, field)
            if field in HTTP_METHODS and isinstance(value, dict):
                if fragment is not None:
                    try:
                        value = make_variant(value, fragment, doc, file, pointer("paths", key))
                    except InputError as err:  # every unmapped fragment is reported at once
                        problems.extend(err.problems)
                        continue
                grouped.setdefault((real, field), []).append((file, where, value))
                target.setdefault(field, None)  # a placeholder keeps the document's order
            elif field not in target:
                target[field] = copy.deepcopy(value)
            elif field == "parameters" and isinstance(value, list):
                target[field] = merge_parameters(target[field], value, file, where, warnings)
            elif target[field] != value:
                warnings.append(conflict(file, where, f"`{field}` of path {real}"))
    if problems:
        raise InputError(problems)
    for (real, method), ops in grouped.items():
        if len(ops) == 1:
            new_paths[real][method] = ops[0][2]
            continue
        merged, merge_warnings = merge_variant_operations(ops, method, real)
        new_paths[real][method] = merged
        warnings.extend(merge_warnings)
    doc["paths"] = new_paths
    return warnings


def _keep_parameter_operations(
    doc: dict[str, Any], key: str, item: dict[str, Any], fragment: str, new_paths: dict[str, Any]
) -> dict[str, Any] | None:
    """Put the operations whose fragment names parameters under `key` as they are.

    Returns what is left for the body-property rule (None when nothing is).
    """
    shared = [resolve_local(doc, p) for p in item.get("parameters") or []]
    kept = [
        method
        for method, op in item.items()
        if method in HTTP_METHODS
        and isinstance(op, dict)
        and names_parameters(
            fragment, shared + [resolve_local(doc, p) for p in op.get("parameters") or []]
        )
    ]
    if not kept:
        return item
    new_paths[key] = {
        field: copy.deepcopy(value)
        for field, value in item.items()
        if field not in HTTP_METHODS or field in kept
    }
    rest = {field: value for field, value in item.items() if field not in kept}
    return rest if any(field in HTTP_METHODS for field in rest) else None


def make_variant(
    op: dict[str, Any], fragment: str, doc: dict[str, Any], file: str, where: str
) -> dict[str, Any]:
    """The operation with its body property pinned to `fragment`, marked as one variant."""
    op = copy.deepcopy(op)
    body = resolve_local(doc, op.get("requestBody"))
    content = body.get("content") if isinstance(body, dict) else None
    found: tuple[str, str | None] | None = None
    if isinstance(content, dict):
        body = copy.deepcopy(body)  # a shared `$ref` body is copied, never changed in place
        for media in body["content"].values():
            if not isinstance(media, dict):
                continue
            schema = resolve_local(doc, media.get("schema"))
            if not isinstance(schema, dict):
                continue
            pinned = _pin_property(schema, fragment, doc)
            if pinned is not None:
                media["schema"], prop, arguments = pinned
                found = found or (prop, arguments)
    if found is None:
        hint = (
            "a `#fragment` in a path names the value of a body property such as "
            f"`tool: {{type: string, default: {fragment}}}`, or request parameters "
            "(`name=value`, `a&b`, or the name of a parameter the operation declares)"
        )
        raise InputError(
            [
                Problem(
                    file,
                    where,
                    f"the path fragment `#{fragment}` could not be mapped: no request-body "
                    f"property has `{fragment}` as its default, const or only enum value",
                    hint=hint,
                )
            ]
        )
    op["requestBody"] = body
    prop, arguments = found
    op[VARIANTS_KEY] = {
        "property": prop,
        "arguments": arguments,
        "variants": [
            {
                "value": fragment,
                "operationId": op.get("operationId"),
                "summary": op.get("summary"),
                "description": op.get("description"),
            }
        ],
    }
    return op


def resolve_local(doc: dict[str, Any], node: Any) -> Any:
    """Follow `{"$ref": "#/..."}` inside the document; anything else is returned as it is."""
    for _ in range(_MAX_REF_HOPS):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        parts = ref_parts(node["$ref"])
        target = MISSING if parts is None else follow(doc, parts)
        if target is MISSING:
            return node  # not local, or broken: the validator reports it
        node = target
    return node


def _pin_property(
    schema: dict[str, Any], fragment: str, doc: dict[str, Any]
) -> tuple[dict[str, Any], str, str | None] | None:
    """(schema with the property made `const`, property, arguments envelope) or None."""
    props = schema.get("properties")
    if not isinstance(props, dict):
        return None
    for name, raw in props.items():
        prop = resolve_local(doc, raw)
        if not isinstance(prop, dict):
            continue
        if fragment in (prop.get("const"), prop.get("default")) or prop.get("enum") == [fragment]:
            schema = copy.deepcopy(schema)
            schema["properties"][name] = {**copy.deepcopy(prop), "const": fragment}
            required = schema.setdefault("required", [])
            if name not in required:  # a discriminating property is always sent
                required.append(name)
            others = [other for other in props if other != name]
            arguments = None
            if len(others) == 1:
                other = resolve_local(doc, props[others[0]])
                if isinstance(other, dict) and (
                    other.get("type") == "object" or "properties" in other
                ):
                    arguments = others[0]
            return schema, name, arguments
    return None
