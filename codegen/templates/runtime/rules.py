"""Conditional requirements (JSON Schema `if`/`then`/`else`) checked before a request is sent.

The generated models module attaches `Rule`s to the models whose schema carries them; the
base model checks them whenever a model is built by the caller. Only the keywords such rules
use are evaluated: properties, required, const, enum, type, anyOf, allOf, oneOf, not,
minItems.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Rule:
    """A named `if`/`then`/`else` rule over a model's wire-format data."""

    description: str
    if_: Mapping[str, Any]
    then: Mapping[str, Any] | None = None
    else_: Mapping[str, Any] | None = None

    def violated(self, data: Mapping[str, Any]) -> bool:
        branch = self.then if matches(self.if_, data) else self.else_
        return branch is not None and not matches(branch, data)


class RuleViolation(ValueError):
    """A conditional requirement of the API is not met; the message names the rule."""


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


def matches(schema: Mapping[str, Any] | bool, value: Any) -> bool:
    """Does `value` (JSON data) satisfy `schema`, for the keywords listed above?"""
    if isinstance(schema, bool):
        return schema
    if "const" in schema and value != schema["const"]:
        return False
    if "enum" in schema and value not in schema["enum"]:
        return False
    kind = schema.get("type")
    if kind is not None:
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(_is_type(value, k) for k in kinds):
            return False
    if isinstance(value, dict):
        if any(name not in value for name in schema.get("required", ())):
            return False
        for name, sub in (schema.get("properties") or {}).items():
            if name in value and not matches(sub, value[name]):
                return False
    if isinstance(value, list) and len(value) < int(schema.get("minItems", 0)):
        return False
    if "allOf" in schema and not all(matches(s, value) for s in schema["allOf"]):
        return False
    if "anyOf" in schema and not any(matches(s, value) for s in schema["anyOf"]):
        return False
    if "oneOf" in schema and sum(1 for s in schema["oneOf"] if matches(s, value)) != 1:
        return False
    return not ("not" in schema and matches(schema["not"], value))


def _is_type(value: Any, kind: str) -> bool:
    if kind == "null":
        return value is None
    if isinstance(value, bool) and kind in ("integer", "number"):
        return False
    return isinstance(value, _TYPES.get(kind, (object,)))


def check(rules: tuple[Rule, ...], data: Mapping[str, Any], model: str) -> None:
    """Raise `RuleViolation` naming every rule `data` breaks."""
    broken = [r.description for r in rules if r.violated(data)]
    if broken:
        raise RuleViolation(f"{model}: " + "; ".join(broken))
