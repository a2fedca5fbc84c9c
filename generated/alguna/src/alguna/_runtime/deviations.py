"""Keeping what a response sent where it deviates from its document (the lenient parse).

A response is validated strictly first (see `firstpass`). When that fails and the client is
not strict, each error is located in the decoded JSON: the objects on the way to the deviating
value, each with its key on that way, and the value itself. A second, lax validation then lets
the model built from each such object keep what it received (as the field's value, or as an
extra field when it has no such field; a map or a list typed item by item, the deviating items
as received) while every other value still becomes typed. A deviating value is kept even where
the lax validation would convert it (`"2"` for an integer). A list or a map at the top of the
body is kept item by item the same way. Objects are told apart by identity, so only the models
whose data deviated are touched, and a member of a union that fails for other reasons still
fails.
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

__all__ = [
    "Deviation",
    "Found",
    "is_container",
    "keeping",
    "kept",
    "locate",
    "salvaged",
    "targets",
]

# What the second pass keeps (see `Found`), while it runs
_FOUND: ContextVar[Found | None] = ContextVar("found", default=None)

# model class -> its fields by wire name
_FIELDS: dict[type, dict[str, _Field]] = {}

# type -> its adapter
_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


@dataclass(frozen=True)
class Deviation:
    """One value of a response that does not match its documented type."""

    location: str  # where in the JSON body: `$.items[2].amount`
    message: str  # pydantic's word on it, without the value


@dataclass(frozen=True)
class Found:
    """Where a response deviates, by the identity of the decoded JSON's containers.

    `holders`: each object on the way to a deviating value, with its keys on that way;
    `containers`: every object or list on such a way; `leaves`: (container, key or index) of
    each deviating value itself, which is kept as received even where a lax validation
    would convert it (`"2"` for an integer).
    """

    holders: Mapping[int, frozenset[str]]
    containers: frozenset[int]
    leaves: frozenset[tuple[int, Any]]

    def is_leaf(self, container: Any, key: Any) -> bool:
        return (id(container), key) in self.leaves


def locate(data: Any, errors: Sequence[Mapping[str, Any]]) -> tuple[Found, list[Deviation]] | None:
    """The places in `data` that `errors` (pydantic's, on `data`) are about; None when an
    error is about the body itself."""
    holders: dict[int, set[str]] = {}
    containers: set[int] = set()
    leaves: set[tuple[int, Any]] = set()
    deviations: list[Deviation] = []
    seen: set[str] = set()
    for error in errors:
        way, path = _spot(data, tuple(error["loc"]), error["type"] == "missing")
        if path == "$":
            return None
        # every object on the way: the model holding a map or a list keeps it, typed inside
        for node, key in way:
            containers.add(id(node))
            if isinstance(node, Mapping):
                holders.setdefault(id(node), set()).add(key)
        leaves.add((id(way[-1][0]), way[-1][1]))
        if path not in seen:  # once per place, however many union members it failed
            seen.add(path)
            deviations.append(Deviation(path, str(error["msg"])))
    found = Found(
        {k: frozenset(v) for k, v in holders.items()}, frozenset(containers), frozenset(leaves)
    )
    return found, deviations


def _spot(data: Any, loc: tuple[Any, ...], missing: bool) -> tuple[list[tuple[Any, Any]], str]:
    """Follow an error's location through the data: the containers on the way with their keys
    (or indexes), and the JSON path reached.

    A location also names the union members and validators it went through; those parts are
    not keys of the data and are passed over. A missing field counts only where no union
    member was passed over (a member that does not fit lacks fields of its own)."""
    node, path, passed_over = data, "$", False
    way: list[tuple[Any, Any]] = []
    for i, part in enumerate(loc):
        if isinstance(node, Mapping) and isinstance(part, str) and part in node:
            way.append((node, part))
            node = node[part]
            path += f".{part}"
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            way.append((node, part))
            node = node[part]
            path += f"[{part}]"
        elif missing and i == len(loc) - 1 and not passed_over and isinstance(node, Mapping):
            way.append((node, str(part)))
            return way, f"{path}.{part}"
        else:
            passed_over = True
    return way, path


@contextmanager
def keeping(found: Found) -> Iterator[None]:
    """While inside: the models built from the objects in `found` keep their deviating values."""
    token = _FOUND.set(found)
    try:
        yield
    finally:
        _FOUND.reset(token)


def targets(data: Any) -> frozenset[str] | None:
    """The deviating keys of this object of the response being parsed, if it has any."""
    found = _FOUND.get()
    return None if found is None else found.holders.get(id(data))


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
            values[field.name] = _kept_at(data, wire, field.tp)
        else:
            values[field.name] = field.adapter.validate_python(value)
    sent = set(values)  # a missing field is None but not set: a dump must not invent it
    for wire in keys - data.keys():
        if wire in fields:
            values[fields[wire].name] = None
    instance = cls.model_construct(sent, **values)
    if extra:
        instance.__pydantic_extra__ = {**(instance.__pydantic_extra__ or {}), **extra}
    return instance


@dataclass(frozen=True)
class _Field:
    name: str
    tp: Any

    @property
    def adapter(self) -> pydantic.TypeAdapter[Any]:
        return _adapter(self.tp)


def _kept_at(container: Any, key: Any, tp: Any) -> Any:
    """The value at `container[key]`: as received where it deviates, else salvaged."""
    value = container[key]
    found = _FOUND.get()
    if found is not None and found.is_leaf(container, key):
        return value
    return salvaged(tp, value)


def salvaged(tp: Any, value: Any) -> Any:
    """`value` validated as `tp` when it can be; a list or a map on the way to a deviating
    value item by item (those deviating as received, the others salvaged); else the value as
    received."""
    found = _FOUND.get()
    if found is not None and id(value) in found.containers:
        # validated as a whole, a lax validation would convert what deviates inside
        item = _item_type(tp, list)
        if item is not None and isinstance(value, list):
            return [_kept_at(value, i, item) for i in range(len(value))]
        item = _item_type(tp, dict)
        if item is not None and isinstance(value, dict):
            return {k: _kept_at(value, k, item) for k in value}
    try:
        return _adapter(tp).validate_python(value)
    except pydantic.ValidationError:
        pass
    item = _item_type(tp, list)
    if item is not None and isinstance(value, list):
        return [salvaged(item, v) for v in value]
    item = _item_type(tp, dict)
    if item is not None and isinstance(value, dict):
        return {k: salvaged(item, v) for k, v in value.items()}
    return value


def is_container(tp: Any, value: Any) -> bool:
    """Whether `value` is the list or map that `tp` expects (its items may still deviate)."""
    return (_item_type(tp, list) is not None and isinstance(value, list)) or (
        _item_type(tp, dict) is not None and isinstance(value, dict)
    )


def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    """A cached adapter (building one compiles a validator: far costlier than using it)."""
    try:
        return _ADAPTERS[tp]
    except KeyError:
        adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(tp)
        _ADAPTERS[tp] = adapter
        return adapter
    except TypeError:
        return pydantic.TypeAdapter(tp)


def _fields(cls: type[pydantic.BaseModel]) -> dict[str, _Field]:
    """The model's fields by wire name (built once per class)."""
    try:
        return _FIELDS[cls]
    except KeyError:
        pass
    # A model first validated inside another type's validator (a response's TypeAdapter) is
    # not built itself: its fields may still be forward references to names defined after
    # it in the models module (a union alias). Building it resolves them in that module.
    cls.model_rebuild()
    fields: dict[str, _Field] = {}
    for name, info in cls.model_fields.items():
        extras: list[Any] = list(info.metadata)
        if info.discriminator is not None:
            extras.append(pydantic.Field(discriminator=info.discriminator))
        tp: Any = Annotated[(info.annotation, *extras)] if extras else info.annotation
        fields[info.alias or name] = _Field(name, tp)
    _FIELDS[cls] = fields
    return fields


def _item_type(tp: Any, container: type) -> Any:
    """`X` for `list[X]` (or `dict[str, X]`), also when optional or annotated, else None."""
    origin = typing.get_origin(tp)
    if origin is Annotated:
        return _item_type(typing.get_args(tp)[0], container)
    if origin is container:
        return typing.get_args(tp)[-1]
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        return _item_type(members[0], container) if len(members) == 1 else None
    return None
