"""A parameter's constraints (its schema's `pattern`, `enum`, bounds, `multipleOf`,
`minLength`/`maxLength`), checked before anything is sent.

A body is checked by its model; a parameter is a bare value, so the generated code gives its
constraints with it (`Param.checks`), and they are checked here by pydantic with the same
rules (and the same regex engine) a model's field would use. A value that breaks one is
refused with a `ValueError` naming the operation, the parameter and the constraint. A
`datetime` given for a `format: date` parameter is read as pydantic reads it in a body: at
midnight it is that date, at any other time it is refused.
"""

from __future__ import annotations

import datetime
import enum
from dataclasses import replace
from functools import cache
from typing import Annotated, Any, Literal, TypeVar

import pydantic

from .call import Call, Param
from .serialize import scalar_text

__all__ = ["checked"]

Checks = tuple[tuple[str, Any], ...]
T = TypeVar("T")

_TYPES: dict[str, Any] = {"string": str, "integer": int, "number": float}
_NUMERIC = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")
_TEXT = ("pattern", "pattern_re", "minLength", "maxLength")
_FIELD = {
    "pattern": "pattern",
    "pattern_re": "pattern",
    "minimum": "ge",
    "maximum": "le",
    "exclusiveMinimum": "gt",
    "exclusiveMaximum": "lt",
    "multipleOf": "multiple_of",
    "minLength": "min_length",
    "maxLength": "max_length",
}


def checked(call: Call[T]) -> Call[T]:
    """`call`, or a copy whose `datetime`s given for dates are dates; `ValueError` when a
    parameter breaks a constraint of its schema. Costs a look at each parameter when none
    has constraints."""
    changed: dict[str, Any] = {}
    for place in ("query", "headers", "cookies"):
        params = getattr(call, place)
        for i, param in enumerate(params):
            if param.checks and (new := _param(call.operation_id, param)) is not param:
                changed.setdefault(place, list(params))[i] = new
    for key, value in call.path_params.items():
        if not (isinstance(value, Param) and value.checks):
            continue
        if (new := _param(call.operation_id, value)) is not value:
            changed.setdefault("path_params", dict(call.path_params))[key] = new
    return replace(call, **changed) if changed else call


def _param(operation_id: str, param: Param) -> Param:
    """The parameter, or a copy with its dates as dates."""
    value = param.value
    if value is None:
        return param
    adapter, is_date = _adapter(param.checks)
    if isinstance(value, list | tuple | set | frozenset):
        items = list(value)
        new = [
            _one(adapter, is_date, operation_id, param.name, f"[{i}]", v)
            for i, v in enumerate(items)
        ]
        if any(a is not b for a, b in zip(new, items, strict=True)):
            return replace(param, value=new)
        return param
    one = _one(adapter, is_date, operation_id, param.name, "", value)
    return param if one is value else replace(param, value=one)


def _one(
    adapter: pydantic.TypeAdapter[Any],
    is_date: bool,
    operation_id: str,
    name: str,
    where: str,
    item: Any,
) -> Any:
    if item is None:
        return item
    raw = item.value if isinstance(item, enum.Enum) else item
    if not is_date and isinstance(raw, datetime.date | datetime.time):
        return item  # a date-time or time parameter: its type is the check
    try:
        out = adapter.validate_python(raw)
    except pydantic.ValidationError as exc:
        error = exc.errors()[0]
        raise ValueError(
            f"{operation_id}: parameter {name!r}{where} is not sent: {_shown(raw)} breaks its "
            f"schema: {error['msg']}"
        ) from None
    # only a date replaces what was given: any other value is sent as the caller gave it
    return out if is_date and type(raw) is datetime.datetime else item


@cache
def _adapter(checks: Checks) -> tuple[pydantic.TypeAdapter[Any], bool]:
    """A validator of one value under `checks` (built once per parameter), and whether the
    value is a date."""
    given = dict(checks)
    is_date = bool(given.get("date"))
    numeric = any(k in given for k in _NUMERIC)
    kind: Any = _TYPES.get(given.get("type", "number" if numeric else "string"), str)
    keys = _NUMERIC if kind in (int, float) else _TEXT
    fields = {_FIELD[k]: v for k, v in checks if k in keys}
    validators: list[Any] = []
    if "enum" in given:
        kind, fields = _any_of(given["enum"]), {}
    elif is_date:
        kind, fields = datetime.date, {}
    elif kind is str:
        validators.append(pydantic.BeforeValidator(_text))
    engine: Literal["python-re", "rust-regex"] = (
        "python-re" if "pattern_re" in given else "rust-regex"
    )
    # the constraints first, so that they are the type's own (a string's length in characters)
    annotated = _ANNOTATED[(kind, pydantic.Field(**fields), *validators)]
    return pydantic.TypeAdapter(annotated, config=pydantic.ConfigDict(regex_engine=engine)), is_date


# `Annotated` and `Literal` built from values (type checkers read them as type expressions)
_ANNOTATED: Any = Annotated
_LITERAL: Any = Literal


def _any_of(values: tuple[Any, ...]) -> Any:
    return _LITERAL[values]


def _shown(value: Any) -> str:
    return value.isoformat() if isinstance(value, datetime.date) else repr(value)


def _text(value: Any) -> Any:
    """A string parameter's value as it is sent (a `UUID`, say), for its pattern and length."""
    return value if isinstance(value, str) else scalar_text(value)
