"""The first pass over a response body: strict JSON validation, with no Python hook per object.

pydantic's strict mode, on JSON input, refuses a value of the wrong JSON type (`"2"` for an
integer, `"yes"` for a boolean, `1` for a string) and still reads what JSON can only carry as
text (a date-time, a UUID, a decimal string, an enum value) from that text. The models' own
hooks that only matter elsewhere are left out of this validator: the lenient pass's
`_keep_deviations` (see `deviations`) and the checks of what a caller builds, which do nothing
on a response. A body that conforms is then read by pydantic-core alone.

A hook that is kept (a polymorphic parent picking its child, an unknown variant) receives the
data as Python objects, which strict validation reads by Python's rules: a date there must be a
`date`, not its text. Such a type is not `exact`; the errors only Python's rules raise are then
told apart (`python_only`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pydantic
import pydantic_core

__all__ = [
    "STRICT_PASS",
    "FirstPass",
    "first_pass",
    "narrowed",
    "python_only",
    "response_only",
    "whole_number",
]

# the key of the validation context that says the first pass runs (`FirstPass.validate`): a
# hook that validates again (a parent picking its child) is as strict
STRICT_PASS = "codegen_strict_pass"

# a function node of a core schema: the function is under "function" -> "function"
_FUNCTIONS = {"function-after", "function-before", "function-wrap", "function-plain"}
_PASSING = {"function-after", "function-before", "function-wrap"}  # they have an inner schema

# The errors strict validation gives a JSON string (a date's text, a UUID's) only where a hook
# has turned the JSON into Python data
_PYTHON_ONLY = {
    "date_type",
    "datetime_type",
    "time_type",
    "time_delta_type",
    "uuid_type",
    "bytes_type",
    "is_instance_of",
    "enum",
}


def response_only(function: Any) -> Any:
    """Marks a model hook that the first pass leaves out: one that does nothing on a response,
    or that only the second, lenient pass needs."""
    function.__codegen_response_skip__ = True
    return function


@dataclass(frozen=True)
class FirstPass:
    validator: pydantic_core.SchemaValidator
    exact: bool  # no hook reads JSON text as Python data (see the module's docstring)

    def validate(self, content: bytes) -> Any:
        """The body as its type, if it conforms (else `pydantic.ValidationError`)."""
        return self.validator.validate_json(content, strict=True, context=_CONTEXT)


_CONTEXT = {STRICT_PASS: True}


def first_pass(adapter: pydantic.TypeAdapter[Any]) -> FirstPass:
    """The strict validator of a response's type, built from its adapter's core schema."""
    if not isinstance(adapter.core_schema, dict):  # deferred: built when first used
        adapter.rebuild(force=True)
    found = {"exact": True}
    schema = _strip(adapter.core_schema, found)
    return FirstPass(pydantic_core.SchemaValidator(schema), found["exact"])


def whole_number(error: Mapping[str, Any]) -> bool:
    """Whether `error` is strict mode's refusal of a number with a zero fraction (`2.0`) as an
    integer: JSON Schema counts it as one, and the lax pass reads it so."""
    value = error.get("input")
    return error["type"] == "int_type" and type(value) is float and value.is_integer()


def python_only(error: Mapping[str, Any]) -> bool:
    """Whether `error` (pydantic's, with its input) is one that only Python's rules give."""
    return error["type"] in _PYTHON_ONLY and isinstance(error.get("input"), str)


def narrowed(error: pydantic.ValidationError, errors: list[Any]) -> pydantic.ValidationError:
    """`error` with only `errors` (some of its own, and others'), when they can be told
    again; else `error` itself."""
    try:
        return pydantic_core.ValidationError.from_exception_data(
            error.title,
            [
                {
                    "type": e["type"],
                    "loc": e["loc"],
                    "input": e.get("input"),
                    "ctx": e.get("ctx", {}),
                }
                for e in errors
            ],
        )
    except (KeyError, TypeError, ValueError):  # an error type of our own, say
        return error


def _strip(node: Any, found: dict[str, bool]) -> Any:
    if isinstance(node, list):
        return [_strip(item, found) for item in node]
    if not isinstance(node, dict):
        return node
    kind = node.get("type")
    if isinstance(kind, str) and kind in _FUNCTIONS and isinstance(node.get("function"), dict):
        function = node["function"]["function"]
        if kind in _PASSING and getattr(function, "__codegen_response_skip__", False):
            inner = _strip(node["schema"], found)
            return {**inner, "ref": node["ref"]} if "ref" in node else inner
        if kind != "function-after" and not getattr(function, "__codegen_json_safe__", False):
            found["exact"] = False
    # a serializer is a schema of its own kind, left as it is
    return {
        key: value if key in ("serialization", "metadata") else _strip(value, found)
        for key, value in node.items()
    }
