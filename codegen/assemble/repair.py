"""Repairs before validation, for faults local enough to correct safely.

- A schema's `default`, `example` or `enum` value whose JSON type contradicts the schema's
  `type` is read as that type when it spells a value of it (`"10"` for `type: integer`,
  `"false"` for `type: boolean`, `1` for `type: string`); a default that spells none is
  left out (a client must not send a default its own model rejects). Other values that
  spell none stay: the tests do not use an example that contradicts its schema.
- A `pattern` (or a `patternProperties` key) that no regular-expression engine of the
  generated models compiles is left out: it could check nothing.

Each repair is a warning naming the file and the JSON pointer. Run after the overlays, so
that a provider's own correction wins; the contradictions in the originals are reported
by `lint` all the same.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any

from codegen import patterns
from codegen.assemble.lint import ARTICLE, declared_types, fits, json_type, schema_name
from codegen.assemble.walk import Path, Trail, iter_objects, path_of
from codegen.errors import Problem, pointer, shown

_INTEGER = re.compile(r"[+-]?\d+")
NOT_READ = object()  # what `read_as` gives for a value that spells none of the types


def repair_document(doc: dict[str, Any], owner: Callable[[str], str]) -> list[Problem]:
    """Repair `doc` in place; a warning for each repair. `owner(pointer)` names the file."""
    warnings: list[Problem] = []
    for trail, node in iter_objects(doc):
        types = declared_types(node)
        if types:
            if isinstance(node.get("enum"), list):  # first: a default is checked against it
                warnings.extend(_repair_enum(doc, node, trail, types, owner))
            for key in ("default", "example"):
                if key in node:
                    warnings.extend(_repair_value(doc, node, key, trail, types, owner))
        pattern = node.get("pattern")
        if isinstance(pattern, str) and not patterns.compiles(pattern):
            del node["pattern"]
            where = pointer(*path_of(trail), "pattern")
            warnings.append(_unusable_pattern(owner(where), where, pattern))
        extra = node.get("patternProperties")
        if isinstance(extra, dict):
            for key in [k for k in extra if not patterns.compiles(k)]:
                del extra[key]
                where = pointer(*path_of(trail), "patternProperties", key)
                warnings.append(_unusable_pattern(owner(where), where, key))
    return warnings


def read_as(value: Any, types: list[str]) -> Any:
    """`value` as one of `types` when it spells a value of it, else `NOT_READ`."""
    for kind in types:
        if isinstance(value, str):
            text = value.strip()
            if kind == "integer" and _INTEGER.fullmatch(text):
                return int(text)
            if kind == "number":
                if _INTEGER.fullmatch(text):
                    return int(text)
                try:
                    number = float(text)
                except ValueError:
                    continue
                if math.isfinite(number):
                    return number
            if kind == "boolean" and text.lower() in ("true", "false"):
                return text.lower() == "true"
            if kind in ("array", "object") and text[:1] in ("[", "{"):
                try:
                    parsed = json.loads(text)
                except ValueError:
                    continue
                if json_type(parsed) == kind:
                    return parsed
        elif kind == "string" and isinstance(value, (bool, int, float)):
            return json.dumps(value)  # 1 -> "1", true -> "true": JSON's spelling
    return NOT_READ


def _repair_value(
    doc: dict[str, Any],
    schema: dict[str, Any],
    key: str,
    trail: Trail,
    types: list[str],
    owner: Callable[[str], str],
) -> list[Problem]:
    value = schema[key]
    kind = json_type(value)
    if fits(value, kind, types):
        return []
    path = path_of(trail)
    where = pointer(*path, key)
    declared = types[0] if len(types) == 1 else "[" + ", ".join(types) + "]"
    said = (
        f"{_subject(doc, path)} is declared `type: {declared}` but its {key} is "
        f"{ARTICLE[kind]}, {shown(value)}"
    )
    hint = "correct the schema (or the value) by an overlay"
    read = read_as(value, types)
    if read is not NOT_READ:
        schema[key] = read
        return [Problem(owner(where), where, f"{said}: read as {shown(read)}", hint)]
    if key == "default":
        del schema[key]
        return [Problem(owner(where), where, f"{said}: left out", hint)]
    return []  # an example of another type: `lint` reports it, the tests do not use it


def _repair_enum(
    doc: dict[str, Any],
    schema: dict[str, Any],
    trail: Trail,
    types: list[str],
    owner: Callable[[str], str],
) -> list[Problem]:
    values: list[Any] = schema["enum"]
    wrong = [i for i, v in enumerate(values) if not fits(v, json_type(v), types)]
    read = {i: read_as(values[i], types) for i in wrong}
    done = [i for i in wrong if read[i] is not NOT_READ]
    if not done:
        return []  # values of another type that spell none of the type: as the document says
    path = path_of(trail)
    where = pointer(*path, "enum")
    declared = types[0] if len(types) == 1 else "[" + ", ".join(types) + "]"
    before = ", ".join(shown(values[i]) for i in done)
    for i in done:
        values[i] = read[i]
    after = ", ".join(shown(values[i]) for i in done)
    return [
        Problem(
            owner(where),
            where,
            f"{_subject(doc, path)} is declared `type: {declared}` but its enum has values "
            f"of another type, {before}: read as {after}",
            "correct the schema (or the values) by an overlay",
        )
    ]


def _subject(doc: dict[str, Any], path: Path) -> str:
    """What the schema at `path` is the schema of: a property, a parameter, or a place."""
    if len(path) >= 3 and path[-1] == "schema" and path[-3] == "parameters":
        param: Any = doc
        for part in path[:-1]:
            if isinstance(param, dict):
                param = param.get(part)
            elif isinstance(param, list) and isinstance(part, int):
                param = param[part]
            else:
                param = None
        if isinstance(param, dict) and isinstance(param.get("name"), str):
            return f"the parameter `{param['name']}`"
    return f"`{schema_name(path)}`"


def _unusable_pattern(file: str, where: str, pattern: str) -> Problem:
    return Problem(
        file,
        where,
        f"the pattern {shown(pattern)} is no regular expression that Python or the "
        "models' engine (Rust regex) compiles: left out",
        hint="correct the pattern by an overlay",
    )
