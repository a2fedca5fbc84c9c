"""The constraints of a parameter's schema that the client checks before sending.

A body is checked by its model; a parameter is a bare value, so its schema's constraints go
with it to the runtime (`_runtime/constraints.py`) as a tuple of `(keyword, value)` pairs, a
constant of the generated module: `pattern`, `enum`, the numeric bounds, `multipleOf`,
`minLength`/`maxLength`, the `type` they apply to, and `date` for `format: date` (a
`datetime` given for one is read as pydantic reads it in a body). An array parameter's pairs
are its items'.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from codegen.patterns import python_regex, rust_regex

Checks = tuple[tuple[str, Any], ...]

_BOUNDS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
)
_TYPES = ("string", "integer", "number")


def parameter_checks(schema: Any, resolve: Callable[[Any], Any]) -> Checks:
    """The pairs for a parameter's (resolved) schema, or for its items when it is an array;
    none when nothing is to be checked."""
    if not isinstance(schema, dict):
        return ()
    if schema.get("type") == "array":
        items = schema.get("items")
        schema = resolve(items) if isinstance(items, dict) else {}
        if not isinstance(schema, dict):
            return ()
    out: list[tuple[str, Any]] = []
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and all(_scalar(v) for v in enum):
        out.append(("enum", tuple(enum)))
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        # the engine the models would run it on: a pattern neither compiles is left out, as
        # the models leave it out
        if rust_regex(pattern) is not None:
            out.append(("pattern", pattern))
        elif python_regex(pattern) is not None:
            out.append(("pattern_re", pattern))
    for key in _BOUNDS:
        value = schema.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            out.append((key, value))
    if schema.get("format") == "date":
        out.append(("date", True))
    if not out:
        return ()
    kind = schema.get("type")
    if isinstance(kind, list):  # 3.1's `[integer, "null"]`: None is never sent
        kind = next((k for k in kind if k != "null"), None)
    if kind in _TYPES:
        out.append(("type", kind))
    return tuple(out)


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)
