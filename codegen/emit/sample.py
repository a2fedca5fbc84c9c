"""Sample JSON data built from a model's schema, for operations the document gives no example.

Required properties only, the first enum value, a value of the right format. Deterministic.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser of the re module, public under this name since 3.11
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

from codegen.ir.model import Api
from codegen.runtime_rules import matches

_FORMATS = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "decimal": "1.5",
    "email": "user@example.com",
    "uri": "https://example.com",
}


def sample(api: Api, schema: dict[str, Any], depth: int = 0) -> Any:
    """A JSON value that satisfies `schema` (a model's JSON Schema with `#/$defs/` refs)."""
    if depth > 12:
        return None
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        model = api.model(name)
        value = sample(api, model.json_schema, depth + 1)
        for rule in model.conditions:  # conditional requirements: satisfy what applies
            if isinstance(value, dict) and matches(rule.if_schema, value) and rule.then_schema:
                _satisfy(api, rule.then_schema, value, model.json_schema, depth)
        return value
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0] if schema["enum"] else None
    for key in ("anyOf", "oneOf"):
        if key in schema:
            members = [m for m in schema[key] if m.get("type") != "null"] or schema[key]
            return sample(api, members[0], depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for member in schema["allOf"]:
            value = sample(api, member, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    if "customTypePath" in schema and schema["customTypePath"].endswith("MsJsonDate"):
        return "/Date(1704164645000+0000)/"
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        return {
            name: sample(api, props[name], depth + 1)
            for name in schema.get("required") or []
            if name in props
        }
    if kind == "array":
        count = int(schema.get("minItems", 0))
        return [sample(api, schema.get("items") or {}, depth + 1) for _ in range(count)]
    if kind == "string":
        if schema.get("format") in _FORMATS:
            return _FORMATS[schema["format"]]
        if isinstance(schema.get("pattern"), str):
            text = matching(schema["pattern"])
            if text is not None:
                return text
        length = max(int(schema.get("minLength", 0)), 6)
        if "maxLength" in schema:
            length = min(length, int(schema["maxLength"]))
        return "x" * length
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1.5))
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return {}


def matching(pattern: str) -> str | None:
    """A short string the regular expression matches (searched, as JSON Schema does), or None."""
    try:
        parsed = sre_parse.parse(pattern)
        text = _walk(parsed)
    except (re.error, ValueError, RecursionError):
        return None
    return text if re.search(pattern, text) else None


def _walk(items: Any) -> str:
    out = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "NOT_LITERAL":
            out.append("a" if chr(arg) != "a" else "b")
        elif name == "ANY":
            out.append("a")
        elif name == "IN":
            out.append(_in(arg))
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, _high, sub = arg
            out.append(_walk(sub) * int(low))
        elif name == "SUBPATTERN":
            out.append(_walk(arg[-1]))
        elif name == "BRANCH":
            out.append(_walk(arg[1][0]))
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        else:
            raise ValueError(name)
    return "".join(out)


def _in(items: Any) -> str:
    negate = any(str(op) == "NEGATE" for op, _ in items)
    for op, arg in items:
        name = str(op)
        if negate:
            break
        if name == "LITERAL":
            return chr(arg)
        if name == "RANGE":
            return chr(arg[0])
        if name == "CATEGORY":
            return {"CATEGORY_DIGIT": "0", "CATEGORY_SPACE": " "}.get(str(arg), "a")
    return "a"  # a negated class: any letter the class does not list would do; "a" is typical


def _satisfy(
    api: Api, branch: dict[str, Any], value: dict[str, Any], schema: dict[str, Any], depth: int
) -> None:
    """Add to `value` what the `then` branch of a rule requires (first alternative of an anyOf)."""
    props = schema.get("properties") or {}
    for name in branch.get("required") or []:
        constraint = (branch.get("properties") or {}).get(name) or {}
        if name not in value and name in props:
            value[name] = sample(api, {**props[name], **constraint}, depth + 1)
    for name, constraint in (branch.get("properties") or {}).items():
        if name in value and name in props and not matches(constraint, value[name]):
            value[name] = sample(api, {**props[name], **constraint}, depth + 1)
    for sub in branch.get("allOf") or []:
        _satisfy(api, sub, value, schema, depth)
    alternatives = branch.get("anyOf") or branch.get("oneOf") or []
    if alternatives and not any(matches(alt, value) for alt in alternatives):
        _satisfy(api, alternatives[0], value, schema, depth)
