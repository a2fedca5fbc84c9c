"""Variant operations merged: several operations on one real path and method, each a variant
of a request-body property (see `codegen.sources.fragments`), become one operation whose body
is a `oneOf` of the variants' bodies, discriminated by that property. Parameters are merged by
name and place, here and for a fragment's path item; on a conflict the first is kept, with a
warning."""

from __future__ import annotations

import copy
import re
from typing import Any

from codegen.errors import InputError, Problem, pointer

# marks an operation that is one variant of a request-body property
VARIANTS_KEY = "x-codegen-variants"

# the keys a merged operation builds itself; every other key is merged first-wins
_BUILT_KEYS = {
    "operationId",
    "summary",
    "description",
    "requestBody",
    "parameters",
    "responses",
    "tags",
    VARIANTS_KEY,
}


def merge_variant_operations(
    ops: list[tuple[str, str, dict[str, Any]]], method: str, path: str
) -> tuple[dict[str, Any], list[Problem]]:
    """One operation from several variant operations (`(file, pointer, operation)` each).

    The request body becomes a `oneOf` of the variants' bodies; parameters, responses and the
    other fields are merged, identical ones kept once and, on a conflict, the first kept with
    a warning. Operations that are not all variants of one property cannot be merged.
    """
    where = pointer("paths", path, method)
    plain = [(file, at) for file, at, op in ops if VARIANTS_KEY not in op]
    if plain:
        files = " and ".join(sorted({file for file, _, _ in ops}))
        raise InputError(
            [
                Problem(
                    plain[0][0],
                    plain[0][1],
                    f"{method.upper()} {path} is defined twice (in {files})",
                    hint="keep one definition, or remove one by an overlay",
                )
            ]
        )
    props = {op[VARIANTS_KEY]["property"] for _, _, op in ops}
    if len(props) > 1:
        raise InputError(
            [
                Problem(
                    ops[0][0],
                    where,
                    f"the variants of {method.upper()} {path} are named by "
                    f"different body properties ({', '.join(sorted(props))})",
                )
            ]
        )
    prop = props.pop()
    warnings: list[Problem] = []
    variants: list[dict[str, Any]] = []
    seen: dict[Any, str] = {}
    bodies: dict[str, list[Any]] = {}
    media_extra: dict[str, dict[str, Any]] = {}
    required = False
    merged: dict[str, Any] = {}
    for file, at, op in ops:
        info = op[VARIANTS_KEY]
        for variant in info["variants"]:
            if variant["value"] in seen:
                raise InputError(
                    [
                        Problem(
                            file,
                            at,
                            f"variant `{variant['value']}` of {method.upper()} "
                            f"{path} is defined twice (also in {seen[variant['value']]})",
                        )
                    ]
                )
            seen[variant["value"]] = file
            variants.append(copy.deepcopy(variant))
        body = op.get("requestBody") or {}
        required = required or bool(body.get("required"))
        for media_type, media in (body.get("content") or {}).items():
            schema = media.get("schema")
            several = len(info["variants"]) > 1 and isinstance(schema, dict) and "oneOf" in schema
            bodies.setdefault(media_type, []).extend(
                copy.deepcopy(schema["oneOf"]) if several else [copy.deepcopy(schema)]
            )
            extra = media_extra.setdefault(media_type, {})
            for key, value in media.items():
                if key != "schema":
                    _first_wins(extra, key, value, file, f"{at}/requestBody/content", warnings)
        for key, value in body.items():
            if key not in ("content", "required"):
                _first_wins(
                    merged.setdefault("requestBody", {}),
                    key,
                    value,
                    file,
                    f"{at}/requestBody",
                    warnings,
                )
        for key, value in op.items():
            if key not in _BUILT_KEYS:
                _first_wins(merged, key, value, file, at, warnings)
        merged["parameters"] = merge_parameters(
            merged.get("parameters", []), op.get("parameters") or [], file, at, warnings
        )
        responses = merged.setdefault("responses", {})
        for status, response in (op.get("responses") or {}).items():
            _first_wins(responses, status, response, file, f"{at}/responses", warnings)
    arguments = {op[VARIANTS_KEY]["arguments"] for _, _, op in ops}
    if len(arguments) > 1:
        warnings.append(
            Problem(
                ops[0][0],
                where,
                f"the variants of {method.upper()} {path} do not share "
                "one arguments envelope; none is recorded",
            )
        )
    request_body = merged.pop("requestBody", {})
    request_body["required"] = required
    request_body["content"] = {
        media_type: {
            "schema": {"oneOf": schemas, "discriminator": {"propertyName": prop}},
            **media_extra[media_type],
        }
        for media_type, schemas in bodies.items()
    }
    out: dict[str, Any] = {"operationId": operation_id_for(method, path)}
    tags = _union([], [tag for _, _, op in ops for tag in op.get("tags") or []])
    if tags:
        out["tags"] = tags
    parameters = merged.pop("parameters")
    if parameters:
        out["parameters"] = parameters
    out["requestBody"] = request_body
    out["responses"] = merged.pop("responses")
    out.update(merged)
    out[VARIANTS_KEY] = {
        "property": prop,
        "arguments": arguments.pop() if len(arguments) == 1 else None,
        "variants": variants,
    }
    return out, warnings


def operation_id_for(method: str, path: str) -> str:
    """`post` `/projects/{project_id}/tools` -> `post_projects_project_id_tools`."""
    words = re.sub(r"[^0-9A-Za-z]+", "_", path).strip("_")
    return f"{method.lower()}_{words}" if words else method.lower()


def _first_wins(
    into: dict[str, Any], key: str, value: Any, file: str, where: str, warnings: list[Problem]
) -> None:
    if key not in into:
        into[key] = copy.deepcopy(value)
    elif into[key] != value:
        warnings.append(conflict(file, where + pointer(key), f"`{key}`"))


def _union(kept: list[Any], new: list[Any]) -> list[Any]:
    return kept + [item for item in new if item not in kept]


def merge_parameters(
    kept: list[Any], new: list[Any], file: str, where: str, warnings: list[Problem]
) -> list[Any]:
    out = list(kept)
    index = {_param_key(p): i for i, p in enumerate(out)}
    for param in new:
        key = _param_key(param)
        if key not in index:
            index[key] = len(out)
            out.append(copy.deepcopy(param))
        elif out[index[key]] != param:
            warnings.append(conflict(file, f"{where}/parameters", f"parameter `{key[0]}`"))
    return out


def _param_key(param: Any) -> tuple[str, str]:
    if isinstance(param, dict) and "$ref" in param:
        return str(param["$ref"]), "$ref"
    if isinstance(param, dict):
        return str(param.get("name")), str(param.get("in"))
    return repr(param), ""


def conflict(file: str, where: str, what: str) -> Problem:
    return Problem(
        file,
        where,
        f"{what} differs between variants of one operation; the first one is kept",
        hint="make them agree, or correct it by an overlay",
    )
