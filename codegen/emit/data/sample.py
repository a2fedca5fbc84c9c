"""Sample JSON data built from a model's schema, for operations the document gives no example.

Required properties only, the first enum value, a value of the right format, one item in a
required array (an empty one shows nothing of what it holds), distinct items where the array
asks for `uniqueItems`. Deterministic.

`variant` asks for the n-th of a series of values that differ where the schema lets them
(the n-th enum value, a later date, `user1@example.com`, 2 for 1): the items of a unique array.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

from codegen import patterns
from codegen.emit.data.format_text import format_text
from codegen.emit.data.pattern_text import matching
from codegen.ir.model import Api, Model
from codegen.runtime_rules import matches

__all__ = ["distinct", "matching", "number", "sample"]

# variants tried beyond the items asked for before a unique array is given up (then the
# sample's check reports its repeated items: an enum with fewer values than `minItems`)
_SPARE_VARIANTS = 8


def sample(api: Api, schema: dict[str, Any], depth: int = 0, variant: int = 0) -> Any:
    """A JSON value that satisfies `schema` (a model's JSON Schema with `#/$defs/` refs); its
    `variant`-th where the schema allows several."""
    if depth > 12:
        return None
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        model = api.model(name)
        value = sample(api, model.json_schema, depth + 1, variant)
        for rule in model.conditions:  # conditional requirements: satisfy what applies
            if isinstance(value, dict) and matches(rule.if_schema, value) and rule.then_schema:
                _satisfy(api, rule.then_schema, value, model.json_schema, depth)
        return value
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        values = schema["enum"]
        return values[variant % len(values)] if values else None
    for key in ("anyOf", "oneOf"):
        if key in schema:
            members = [m for m in schema[key] if m.get("type") != "null"] or schema[key]
            value = sample(api, members[0], depth + 1, variant)
            disc = schema.get("discriminator") or {}
            first = members[0].get("$ref")
            tags = [v for v, ref in (disc.get("mapping") or {}).items() if ref == first]
            if tags and isinstance(value, dict):  # the value that picks this alternative
                value[disc["propertyName"]] = tags[0]
            return value
    if "allOf" in schema:
        one = _merged_object(api, schema)
        if one is not None:
            # one object: a member may require what another member (or a model it
            # extends) describes, so members sampled one by one would leave it out
            flat, models = one
            value = sample(api, flat, depth + 1, variant)
            for model in models:
                for rule in model.conditions:
                    if matches(rule.if_schema, value) and rule.then_schema:
                        _satisfy(api, rule.then_schema, value, flat, depth)
            return value
        values = [sample(api, member, depth + 1, variant) for member in schema["allOf"]]
        if any(not isinstance(value, dict) for value in values):
            return _narrowest(api, schema["allOf"], values, depth, variant)
        merged: dict[str, Any] = {}
        for value in values:
            merged.update(value)
        return merged
    if "customTypePath" in schema and schema["customTypePath"].endswith("MsJsonDate"):
        return "/Date(1704164645000+0000)/"
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        return _object(api, schema, depth, variant)
    if kind == "array":
        count = int(schema.get("minItems", 0))
        items = schema.get("items") or {}
        if schema.get("uniqueItems") is True and count > 1:
            return distinct(lambda n: sample(api, items, depth + 1, n), count, variant)
        if variant and not count and schema.get("maxItems") != 0:
            return [sample(api, items, depth + 1, variant - 1)]  # told apart from `[]`
        return [sample(api, items, depth + 1, variant) for _ in range(count)]
    if kind == "string":
        return _text(schema, variant)
    if kind in ("integer", "number"):
        return number(schema, kind == "integer", variant)
    if kind == "boolean":
        return variant % 2 == 0
    if kind == "null":
        return None
    return variant or {}  # any value: an empty object, then numbers to tell them apart


def _object(api: Api, schema: dict[str, Any], depth: int, variant: int) -> dict[str, Any]:
    """The required properties; a later variant whose required properties cannot differ from
    the first's (an enum of one value) also has one optional property, in turn, told apart."""
    props = schema.get("properties") or {}
    required = [n for n in schema.get("required") or [] if n in props]

    def of(n: int) -> dict[str, Any]:
        return {
            name: sample(api, _one_item_at_least(props[name]), depth + 1, n) for name in required
        }

    value = of(variant)
    optional = [n for n in props if n not in required and not props[n].get("readOnly")]
    if variant and optional and value == of(0):
        name = optional[(variant - 1) % len(optional)]
        value[name] = sample(api, props[name], depth + 1, (variant - 1) // len(optional))
    return value


def _narrowest(api: Api, members: list[Any], values: list[Any], depth: int, variant: int) -> Any:
    """The value of an `allOf` of schemas of no object (a property a child narrows: a parent's
    `string`, the child's enum) that every member allows: sampled from the members' keywords
    together (the later, narrower, ones winning), else one member's sample, the later first;
    else the first member's that is no object, as the check then reports."""
    resolved = [
        (
            api.model(m["$ref"].rsplit("/", 1)[-1]).json_schema
            if isinstance(m, dict) and "$ref" in m
            else m
        )
        for m in members
    ]
    together: dict[str, Any] = {}
    for member in resolved:
        if isinstance(member, dict):
            together.update(member)
    candidates = [sample(api, together, depth + 1, variant), *reversed(values)]
    for value in candidates:
        if all(matches(member, value) for member in resolved):
            return value
    return next(v for v in values if not isinstance(v, dict))


def distinct(make: Callable[[int], Any], count: int, first: int = 0) -> list[Any]:
    """`count` different values, `make(n)` for n from `first` on, repeated ones passed over (by
    their JSON); within a few more tries than asked for, or the list with a value repeated."""
    values: list[Any] = []
    seen: set[str] = set()
    for n in range(first, first + count + _SPARE_VARIANTS):
        value = make(n)
        key = json.dumps(value, sort_keys=True, default=str)
        if key not in seen:
            seen.add(key)
            values.append(value)
            if len(values) == count:
                return values
    return values + [values[0]] * (count - len(values))


def _text(schema: dict[str, Any], variant: int) -> str:
    """A string the schema's format, pattern and length bounds allow (the format first)."""
    low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
    formatted = format_text(schema.get("format"), variant)
    if formatted is not None and _fits(schema, formatted):
        return formatted
    if isinstance(schema.get("pattern"), str):
        text = matching(schema["pattern"], low + variant, high) if variant else None
        text = text or matching(schema["pattern"], low, high)
        if text is not None:
            return text
    length = max(low, 6)
    if high is not None:
        length = min(length, int(high))
    tail = str(variant) if variant else ""
    if len(tail) > length:  # too short for the number: one letter other than `x`
        tail = "abcdefghijklmnopqrstuvwyz"[variant % 25] * bool(length)
    return "x" * (length - len(tail)) + tail


def _fits(schema: dict[str, Any], text: str) -> bool:
    pattern = schema.get("pattern")
    high = schema.get("maxLength")
    return (
        len(text) >= int(schema.get("minLength", 0))
        and (high is None or len(text) <= int(high))
        and (not isinstance(pattern, str) or patterns.search(pattern, text) is not False)
    )


def number(schema: dict[str, Any], integer: bool, variant: int = 0) -> int | float:
    """The first of a few candidates (1 or 1.5, then values at and beside the bounds and
    multiples of `multipleOf` next to them) that every numeric keyword of `schema` allows;
    the bound itself when none does (a contradictory schema, which the check then reports).
    Its `variant`-th is `variant` steps (`multipleOf`, else 1) above it, or below, if allowed."""
    bounds = [schema.get(k) for k in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum")]
    low, xlow, high, xhigh = (b if _is_number(b) else None for b in bounds)
    step = schema.get("multipleOf") if _is_number(schema.get("multipleOf")) else None
    edges = [b for b in (low, xlow, high, xhigh) if b is not None]
    candidates: list[float] = [1 if integer else 1.5]
    for edge in edges:
        candidates += [edge, edge + 1, edge - 1, edge + 0.5, edge - 0.5]
        if step:
            candidates += [math.ceil(edge / step) * step, math.floor(edge / step) * step]
            candidates += [candidates[-2] + step, candidates[-1] - step]
    if step:
        candidates.append(step)

    def allowed(v: float) -> bool:
        return (
            (not integer or float(v).is_integer())
            and (low is None or v >= low)
            and (xlow is None or v > xlow)
            and (high is None or v <= high)
            and (xhigh is None or v < xhigh)
            and (not step or math.isclose(round(v / step) * step, v))
        )

    value = next((v for v in candidates if allowed(v)), edges[0] if edges else candidates[0])
    shift = variant * (step or 1)
    shifted = [value + shift, value - shift]
    if not integer and variant > 1:  # a range too narrow for whole steps: halves, quarters, ...
        fraction = (step or 1) / 2 ** (variant - 1)
        shifted += [value + fraction, value - fraction]
    value = next((v for v in shifted if variant and allowed(v)), value)
    return int(value) if integer else float(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _one_item_at_least(schema: dict[str, Any]) -> dict[str, Any]:
    """A required array's schema asking for one item at least, where it allows one."""
    kind = schema.get("type")
    array = kind == "array" or (isinstance(kind, list) and "array" in kind)
    if not array or "minItems" in schema or schema.get("maxItems") == 0 or "items" not in schema:
        return schema
    return {**schema, "type": "array", "minItems": 1}


_NOT_OBJECT = ("enum", "const", "anyOf", "oneOf", "items", "not")


def _merged_object(
    api: Api, schema: dict[str, Any], seen: frozenset[str] = frozenset()
) -> tuple[dict[str, Any], list[Model]] | None:
    """An `allOf` of objects as one object schema: every member's properties (a property
    described by several members: all its descriptions), every member's `required`; with the
    models it extends, whose conditions still apply. None when a member is no object."""
    props: dict[str, list[Any]] = {}
    required: list[str] = []
    models: list[Model] = []
    parts = [{k: v for k, v in schema.items() if k != "allOf"}, *schema["allOf"]]
    for part in parts:
        if not isinstance(part, dict):
            return None
        if "$ref" in part:
            name = part["$ref"].rsplit("/", 1)[-1]
            if name in seen:
                return None
            model = api.model(name)
            models.append(model)
            part = {**model.json_schema, **{k: v for k, v in part.items() if k != "$ref"}}
            seen = seen | {name}
        if "allOf" in part:
            inner = _merged_object(api, part, seen)
            if inner is None:
                return None
            part, more = inner
            models += more
        kind = part.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if any(k in part for k in _NOT_OBJECT) or kind not in (None, "object"):
            return None
        for name, prop in (part.get("properties") or {}).items():
            props.setdefault(name, []).append(prop)
        required += [r for r in part.get("required") or [] if r not in required]
    if not props and not required:
        return None  # nothing of an object: the members decide as before
    flat = {
        "type": "object",
        "properties": {n: p[0] if len(p) == 1 else {"allOf": p} for n, p in props.items()},
        "required": required,
    }
    return flat, models


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
