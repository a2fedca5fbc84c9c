"""Sample JSON data built from a model's schema, for operations the document gives no example.

Required properties only, the first enum value, a value of the right format, one item in a
required array (an empty one shows nothing of what it holds). Deterministic.
"""

from __future__ import annotations

import math
import re
import warnings
from typing import Any

try:  # the parser of the re module, public under this name since 3.11
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

from codegen import patterns
from codegen.ir.model import Api, Model
from codegen.runtime_rules import matches

# what Rust's regex syntax has and Python's parser lacks; every other escape is matched
# too, so that an escaped `(` or backslash is never read as the start of one of them
_RUST_ONLY = re.compile(r"(\\[pP](?:\{[^}]*\}|[A-Za-z])|\\.)|\(\?<(?![=!])", re.DOTALL)
_CLASS_CANDIDATES = "aA0 _-.,+$é€αя中"

_FORMATS = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05Z",  # RFC 3339's full-time has its offset
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
            value = sample(api, members[0], depth + 1)
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
            value = sample(api, flat, depth + 1)
            for model in models:
                for rule in model.conditions:
                    if matches(rule.if_schema, value) and rule.then_schema:
                        _satisfy(api, rule.then_schema, value, flat, depth)
            return value
        values = [sample(api, member, depth + 1) for member in schema["allOf"]]
        for value in values:
            if not isinstance(value, dict):
                return value  # a member that is no object (an enum with a description) decides
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
        props = schema.get("properties") or {}
        return {
            name: sample(api, _one_item_at_least(props[name]), depth + 1)
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
            text = matching(
                schema["pattern"], int(schema.get("minLength", 0)), schema.get("maxLength")
            )
            if text is not None:
                return text
        length = max(int(schema.get("minLength", 0)), 6)
        if "maxLength" in schema:
            length = min(length, int(schema["maxLength"]))
        return "x" * length
    if kind in ("integer", "number"):
        return number(schema, kind == "integer")
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return {}


def number(schema: dict[str, Any], integer: bool) -> int | float:
    """The first of a few candidates (1 or 1.5, then values at and beside the bounds and
    multiples of `multipleOf` next to them) that every numeric keyword of `schema` allows;
    the bound itself when none does (a contradictory schema, which the check then reports)."""
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


def matching(pattern: str, min_length: int = 0, max_length: int | None = None) -> str | None:
    """A short string the regular expression matches (searched, as JSON Schema does), or None;
    as long as the length bounds ask, repeating what the pattern lets repeat.

    Built from Python's parse of the pattern, or of its Python spelling when it is written
    for the models' Rust engine (`\\p{L}`); checked with the engine the models use."""
    for spelling in (pattern, _python_spelling(pattern)):
        if spelling is None:
            continue
        try:
            with warnings.catch_warnings():  # `[[:alpha:]]` parses, with a FutureWarning
                warnings.simplefilter("ignore")
                parsed = sre_parse.parse(spelling)
            text = _walk(parsed, [0])
            if len(text) < min_length:
                text = _walk(parsed, [min_length - len(text)])
        except (re.error, ValueError, RecursionError, OverflowError):
            continue
        too_long = max_length is not None and len(text) > int(max_length)
        if not too_long and len(text) >= min_length and patterns.search(pattern, text):
            return text
    return None


def _python_spelling(pattern: str) -> str | None:
    """`pattern` with the Rust-only escapes Python's parser rejects replaced: a Unicode class
    (`\\p{L}`, `\\pN`, `\\P{C}`) by one character of it, `(?<name>` by `(?P<name>`, `\\z` by
    `\\Z`. None when nothing needed replacing, or a class has no character we know."""
    unknown = False

    def replace(match: re.Match[str]) -> str:
        nonlocal unknown
        escape = match.group(1)
        if escape is None:
            return "(?P<"
        if escape == "\\z":
            return "\\Z"
        if escape[1] not in "pP":
            return escape
        char = _class_member(escape)
        if char is None:
            unknown = True
            return escape
        return re.escape(char)

    spelled = _RUST_ONLY.sub(replace, pattern)
    return None if unknown or spelled == pattern else spelled


def _class_member(escape: str) -> str | None:
    """A character of the Unicode class `escape` (`\\p{Lu}` -> `A`), by the models' engine."""
    return next((c for c in _CLASS_CANDIDATES if patterns.search(f"^{escape}$", c)), None)


def _walk(items: Any, grow: list[int]) -> str:
    """The shortest text of the parsed pattern, with `grow[0]` more characters (spent, and
    counted down, in the first repeats that allow them)."""
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
            low, high, sub = arg
            unit = _walk(sub, [0])
            count = int(low)
            if grow[0] > 0 and unit and high > low:
                extra = min(int(high) - count, -(-grow[0] // len(unit)))
                count += extra
                grow[0] -= extra * len(unit)
            out.append(unit * count)
        elif name == "SUBPATTERN":
            out.append(_walk(arg[-1], grow))
        elif name == "BRANCH":
            out.append(_walk(arg[1][0], grow))
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
