"""Contradictions inside a document: a schema whose own example or default is of another type.

Run on each piece as read, before any overlay: the report keeps naming the provider's
mistake after an overlay has corrected it. Only the JSON type is compared (an object
example for `type: array`...); deeper checks would flag the partial examples docs are full of.
"""

from __future__ import annotations

import json
import re
from typing import Any

from codegen.assemble.walk import Path, iter_objects, path_of
from codegen.errors import Problem, pointer
from codegen.sources.base import Piece

_JSON_TYPES = {"object", "array", "string", "integer", "number", "boolean", "null"}
# `(example: "...")` as some docs write an example into a description
_DESCRIBED_EXAMPLE = re.compile(r"\(example:\s*\"(.*?)\"\s*\)", re.DOTALL)
ARTICLE = {
    "object": "an object",
    "array": "an array",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "null": "null",
}


def lint_piece(piece: Piece) -> list[Problem]:
    """Warnings for every schema of the piece whose example or default contradicts its type."""
    warnings: list[Problem] = []
    for trail, schema in iter_objects(piece.openapi):
        types = declared_types(schema)
        if not types:
            continue
        path: Path | None = None  # spelled out for a warning only: most schemas have none
        for place, what, value in _examples(schema, types):
            kind = json_type(value)
            if not fits(value, kind, types):
                path = path_of(trail) if path is None else path
                declared = types[0] if len(types) == 1 else "[" + ", ".join(types) + "]"
                warnings.append(
                    Problem(
                        piece.file,
                        pointer(*path, *place),
                        f"`{schema_name(path)}` is declared `type: {declared}` but its {what} is "
                        f"{ARTICLE[kind]}",
                        hint="correct the schema (or the value) by an overlay",
                    )
                )
    return warnings


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def declared_types(schema: dict[str, Any]) -> list[str]:
    """The JSON types the schema declares, `null` among them when it is `nullable`; none
    when it is no schema (a security scheme's `type: http`) or has no type to check."""
    declared = schema.get("type")
    if isinstance(declared, str):  # most typed schemas: one type, no list to go through
        types = [declared] if declared in _JSON_TYPES else []
    elif isinstance(declared, list) and all(t in _JSON_TYPES for t in declared):
        types = list(declared)
    else:
        return []
    if types and schema.get("nullable") is True and "null" not in types:
        types.append("null")
    return types


def _examples(schema: dict[str, Any], types: list[str]) -> list[tuple[Path, str, Any]]:
    """(place in the schema, what it is, value) for each example and default the schema gives:
    (('example',), 'example', 3), (('examples', 0), 'example', 3)..."""
    found: list[tuple[Path, str, Any]] = []
    if "example" in schema:
        found.append((("example",), "example", schema["example"]))
    if isinstance(schema.get("examples"), list):
        found.extend((("examples", i), "example", v) for i, v in enumerate(schema["examples"]))
    if "default" in schema:
        found.append((("default",), "default", schema["default"]))
    description = schema.get("description")
    if isinstance(description, str) and "string" not in types:
        # the text of a described example is a string by nature; only JSON of another type
        # can contradict a non-string schema
        for match in _DESCRIBED_EXAMPLE.finditer(description):
            try:
                value = json.loads(match.group(1).strip())
            except ValueError:
                continue
            found.append((("description",), "example", value))
    return found


def fits(value: Any, kind: str, types: list[str]) -> bool:
    if kind in types:
        return True
    if kind == "integer" and "number" in types:
        return True
    return kind == "number" and "integer" in types and float(value).is_integer()


def schema_name(path: Path) -> str:
    if len(path) >= 2 and path[-2] == "properties":
        return str(path[-1])
    return pointer(*path) or "the document"
