"""Keeping what a response sent where it deviates from its document (the lenient parse).

A response is validated as usual first. When that fails and the client is not strict, each
error is located in the decoded JSON: the object that holds the deviating value and its key.
A second validation then lets the model built from each such object keep the value it
received (as the field's value, or as an extra field when it has no such field) while every
other value still becomes typed. Objects are told apart by identity, so only the models whose
data deviated are touched, and a member of a union that fails for other reasons still fails.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Annotated, Any

import pydantic

__all__ = ["Deviation", "keeping", "kept", "locate", "targets"]

# id() of a JSON object in the response being parsed -> keys whose values deviate
_TARGETS: ContextVar[Mapping[int, frozenset[str]] | None] = ContextVar("targets", default=None)

# model class -> its fields by wire name
_FIELDS: dict[type, dict[str, _Field]] = {}


@dataclass(frozen=True)
class Deviation:
    """One value of a response that does not match its documented type."""

    location: str  # where in the JSON body: `$.items[2].amount`
    message: str  # pydantic's word on it, without the value


def locate(
    data: Any, errors: Sequence[Mapping[str, Any]]
) -> tuple[dict[int, frozenset[str]], list[Deviation]] | None:
    """The objects holding the values that `errors` (pydantic's, on `data`) are about, with
    their keys; None when an error is not inside an object (the body itself deviates)."""
    found: dict[int, set[str]] = {}
    deviations: list[Deviation] = []
    for error in errors:
        spot = _spot(data, tuple(error["loc"]), error["type"] == "missing")
        if spot is None:
            return None
        holder, key, path = spot
        found.setdefault(id(holder), set()).add(key)
        deviations.append(Deviation(path, str(error["msg"])))
    return {k: frozenset(v) for k, v in found.items()}, deviations


def _spot(data: Any, loc: tuple[Any, ...], missing: bool) -> tuple[Any, str, str] | None:
    """Follow an error's location through the data: the last object on the way and its key.

    A location also names the union members and validators it went through; those parts are
    not keys of the data and are passed over. A missing field counts only where no union
    member was passed over (a member that does not fit lacks fields of its own)."""
    node, holder, key, path, passed_over = data, None, "", "$", False
    for i, part in enumerate(loc):
        if isinstance(node, Mapping) and isinstance(part, str) and part in node:
            holder, key, node = node, part, node[part]
            path += f".{part}"
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            path += f"[{part}]"
        elif missing and i == len(loc) - 1 and not passed_over and isinstance(node, Mapping):
            return node, str(part), f"{path}.{part}"
        else:
            passed_over = True
    return None if holder is None else (holder, key, path)


@contextmanager
def keeping(found: Mapping[int, frozenset[str]]) -> Iterator[None]:
    """While inside: the models built from the objects in `found` keep their deviating values."""
    token = _TARGETS.set(found)
    try:
        yield
    finally:
        _TARGETS.reset(token)


def targets(data: Any) -> frozenset[str] | None:
    """The deviating keys of this object of the response being parsed, if it has any."""
    found = _TARGETS.get()
    return None if found is None else found.get(id(data))


def kept(cls: type[pydantic.BaseModel], data: Mapping[str, Any], keys: frozenset[str]) -> Any:
    """An instance of `cls` from `data`, unvalidated at `keys` (their values as received; a
    missing one is None) and validated everywhere else."""
    fields = _fields(cls)
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for wire, value in data.items():
        field = fields.get(wire)
        if field is None:
            extra[wire] = value
        elif wire in keys:
            values[field.name] = field.salvaged(value)
        else:
            values[field.name] = field.adapter.validate_python(value)
    for wire in keys - data.keys():
        if wire in fields:
            values[fields[wire].name] = None
    instance = cls.model_construct(set(values), **values)
    if extra:
        instance.__pydantic_extra__ = {**(instance.__pydantic_extra__ or {}), **extra}
    return instance


@dataclass(frozen=True)
class _Field:
    name: str
    adapter: pydantic.TypeAdapter[Any]
    item: pydantic.TypeAdapter[Any] | None  # for a list: its items' type

    def salvaged(self, value: Any) -> Any:
        """The value validated when it can be; else, for a list, each item that can be (the
        others as received); else the value as received."""
        try:
            return self.adapter.validate_python(value)
        except pydantic.ValidationError:
            if self.item is None or not isinstance(value, list):
                return value
        return [_or_as_is(self.item, v) for v in value]


def _or_as_is(adapter: pydantic.TypeAdapter[Any], value: Any) -> Any:
    try:
        return adapter.validate_python(value)
    except pydantic.ValidationError:
        return value


def _fields(cls: type[pydantic.BaseModel]) -> dict[str, _Field]:
    """The model's fields by wire name (built once per class: adapters are costly to build)."""
    try:
        return _FIELDS[cls]
    except KeyError:
        pass
    fields: dict[str, _Field] = {}
    for name, info in cls.model_fields.items():
        extras: list[Any] = list(info.metadata)
        if info.discriminator is not None:
            extras.append(pydantic.Field(discriminator=info.discriminator))
        tp: Any = Annotated[(info.annotation, *extras)] if extras else info.annotation
        item = _item_type(info.annotation)
        fields[info.alias or name] = _Field(
            name,
            pydantic.TypeAdapter(tp),
            None if item is None else pydantic.TypeAdapter(item),
        )
    _FIELDS[cls] = fields
    return fields


def _item_type(tp: Any) -> Any:
    """`X` for `list[X]` and `list[X] | None`, else None."""
    origin = typing.get_origin(tp)
    if origin is list:
        return typing.get_args(tp)[0]
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        return _item_type(members[0]) if len(members) == 1 else None
    return None
