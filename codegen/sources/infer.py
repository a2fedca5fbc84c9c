"""Schemas inferred from JSON examples, for documents that give examples and no schemas.

genson builds the schema of each object from every sample of it; this module decides which
objects are the same model, names them, and refines what genson cannot see:

- models are named from the property that holds them: an object under `Contact` is `Contact`,
  the objects in an array under `LineItems` are `LineItem` (singular). Objects with the same
  name anywhere in the samples (request and response alike) are one model, built from all of
  them, so a model is the union of every sample of it;
- a string gets a `format` only when every value seen there has it and pydantic's type for it
  writes the value back exactly: `uuid`, `date` (exactly `YYYY-MM-DD`), `date-time` (RFC 3339
  with `T` and a zone), and `ms-json-date` (`/Date(1552327126164)/`, `/Date(…+0000)/`);
  values of two formats give an `anyOf` of both;
- an array seen only empty gets open items (`items: {}`); a value seen only as `null` gets an
  open schema; both are noted, since the examples do not show their type;
- no `required` lists: one example shows which fields were sent, not which must be.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

from genson import SchemaBuilder
from pydantic import TypeAdapter, ValidationError

from codegen.errors import pointer
from codegen.sources.naming import item_name, pascal

SCHEMA_REF = "#/components/schemas/"

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")
# what the documents we write promise: milliseconds after 1970 (13 digits reach the year 2286)
# and an optional UTC offset of at most 14 hours, the forms the client type accepts
MS_JSON_DATE_PATTERN = r"^/Date\([0-9]{1,13}(?:[+-](?:0[0-9]|1[0-4])[0-5][0-9])?\)/$"
_MS_JSON_DATE = re.compile(r"^/Date\(-?\d+(?:[+-]\d{4})?\)/$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

# a slot is where a value stands: (model name, property name); the top of a sample is
# (None, the sample's name)
Slot = tuple[str | None, str]


@dataclass(frozen=True)
class Sample:
    """One example body. `locate` turns a JSON pointer inside it into a place in its file."""

    name: str
    value: Any
    locate: Callable[[str], str]


@dataclass
class Inference:
    roots: list[dict[str, Any]]  # the schema of each sample, in the order given
    schemas: dict[str, dict[str, Any]]  # named models, sorted by name
    notes: list[tuple[str, str]] = field(default_factory=list)  # (place, message)


def infer(samples: Sequence[Sample]) -> Inference:
    """Infer the schemas of the samples; see the module's docstring for the rules."""
    seen = _Collector()
    for sample in samples:
        seen.visit(sample.value, (None, sample.name), sample.locate, "", in_array=False)
    notes: dict[Slot, tuple[str, str]] = {}
    shaper = _Shaper(seen, notes)
    schemas: dict[str, dict[str, Any]] = {}
    for name in sorted(seen.objects):
        if not any(seen.objects[name]):  # only `{}` seen: an open object, not a model
            continue
        built = _genson(seen.objects[name])
        properties = built.get("properties", {})
        schemas[name] = {
            "type": "object",
            "properties": {key: shaper.shape(sub, (name, key)) for key, sub in properties.items()},
        }
    roots = [shaper.shape(_genson([s.value]), (None, s.name)) for s in samples]
    return Inference(roots, schemas, [notes[slot] for slot in sorted(notes, key=_slot_key)])


def string_formats(values: Sequence[str]) -> list[str]:
    """The formats every value has, sorted: `[]` (plain strings), one, or several (anyOf)."""
    found: set[str] = set()
    for value in values:
        fmt = _format_of(value)
        if fmt is None:
            return []
        found.add(fmt)
    return sorted(found)


def _with_format(fmt: str) -> dict[str, Any]:
    """A format, and for one no tool knows its pattern, so that validators and mock servers
    that ignore unknown formats still check and produce the right strings."""
    if fmt == "ms-json-date":
        return {"format": fmt, "pattern": MS_JSON_DATE_PATTERN}
    return {"format": fmt}


def _format_of(value: str) -> str | None:
    if _MS_JSON_DATE.match(value):
        return "ms-json-date"
    if _UUID.match(value):
        return "uuid" if str(uuid.UUID(value)) == value else None
    if _DATE.match(value):
        return "date" if round_trips(date, value) else None
    if _DATE_TIME.match(value):
        return "date-time" if round_trips(datetime, value) else None
    return None


@cache
def _adapter(kind: type) -> TypeAdapter[Any]:
    return TypeAdapter(kind)


def round_trips(kind: type, value: str) -> bool:
    """Whether pydantic reads the JSON string as `kind` and writes back exactly the same."""
    adapter = _adapter(kind)
    try:
        parsed = adapter.validate_json(json.dumps(value))
    except ValidationError:
        return False
    return bool(json.loads(adapter.dump_json(parsed)) == value)


def _genson(values: Sequence[Any]) -> dict[str, Any]:
    builder = SchemaBuilder(schema_uri=None)
    for value in values:
        builder.add_object(value)
    schema: dict[str, Any] = builder.to_schema()
    return schema


def _child_name(slot: Slot, in_array: bool) -> str:
    """The model name of an object standing in `slot` (in an array there, or directly)."""
    owner, key = slot
    if owner is None:  # the top of a sample
        return item_name(key) if in_array else key
    name = pascal(key)
    if not name:  # a key with no letters or digits: name it after its owner
        name = f"{owner}Value"
    return item_name(name) if in_array else name


def _slot_key(slot: Slot) -> tuple[str, str]:
    return (slot[0] or "", slot[1])


class _Collector:
    """One walk over the samples: the objects of each model, the strings of each slot."""

    def __init__(self) -> None:
        self.objects: dict[str, list[dict[str, Any]]] = {}
        self.strings: dict[Slot, list[str]] = {}
        self.places: dict[Slot, str] = {}  # where a slot was first met, for notes

    def visit(
        self, value: Any, slot: Slot, locate: Callable[[str], str], at: str, *, in_array: bool
    ) -> None:
        self.places.setdefault(slot, locate(at))
        if isinstance(value, dict):
            name = _child_name(slot, in_array)
            self.objects.setdefault(name, []).append(value)
            for key, sub in value.items():
                self.visit(sub, (name, key), locate, at + pointer(key), in_array=False)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                self.visit(item, slot, locate, at + pointer(index), in_array=True)
        elif isinstance(value, str):
            self.strings.setdefault(slot, []).append(value)


class _Shaper:
    """Turns genson's schema of a slot into the final one: refs, formats, open types."""

    def __init__(self, seen: _Collector, notes: dict[Slot, tuple[str, str]]) -> None:
        self.seen = seen
        self.notes = notes

    def shape(self, node: dict[str, Any], slot: Slot, in_array: bool = False) -> dict[str, Any]:
        if "anyOf" in node:
            members = [self.shape(m, slot, in_array) for m in node["anyOf"]]
            return {"anyOf": members}
        kinds = _kinds(node)
        if kinds == ["null"]:
            self._note(slot, "only null in the examples: its type is left open")
            return {}
        if "object" in kinds:
            return self._object(node, slot, in_array, kinds)
        out: dict[str, Any] = {"type": _type_value(kinds)}
        out.update((k, v) for k, v in node.items() if k not in ("type", "required"))
        if "array" in kinds:
            if "items" in node:
                out["items"] = self.shape(node["items"], slot, in_array=True)
            else:
                self._note(slot, "only empty arrays in the examples: their items are left open")
                out["items"] = {}
        if "string" in kinds:
            return self._string(out, slot, kinds)
        return out

    def _object(
        self, node: dict[str, Any], slot: Slot, in_array: bool, kinds: list[str]
    ) -> dict[str, Any]:
        name = _child_name(slot, in_array)
        has_model = any(self.seen.objects.get(name, []))
        target = {"$ref": SCHEMA_REF + name} if has_model else {"type": "object"}
        others = [k for k in kinds if k != "object"]
        if not others:
            return target
        rest = {k: v for k, v in node.items() if k not in ("properties", "required")}
        rest = self.shape({**rest, "type": _type_value(others)}, slot, in_array)
        return {"anyOf": [target, rest]}

    def _string(self, out: dict[str, Any], slot: Slot, kinds: list[str]) -> dict[str, Any]:
        formats = string_formats(self.seen.strings.get(slot, []))
        if len(formats) == 1:
            out.update(_with_format(formats[0]))
            return out
        if not formats:
            return out
        self._note(slot, f"strings of several formats in the examples: {', '.join(formats)}")
        members: list[dict[str, Any]] = [{"type": "string", **_with_format(f)} for f in formats]
        others = [k for k in kinds if k != "string"]
        if others:
            members.append({"type": _type_value(others)})
        return {"anyOf": members}

    def _note(self, slot: Slot, message: str) -> None:
        owner, key = slot
        label = f"`{key}` of {owner}" if owner else key
        self.notes.setdefault(slot, (self.seen.places.get(slot, ""), f"{label}: {message}"))


def _kinds(node: dict[str, Any]) -> list[str]:
    """The node's types, null last (`["string", "null"]`), as JSON Schema 3.1 writes them."""
    kind = node.get("type", [])
    kinds = [kind] if isinstance(kind, str) else list(kind)
    return sorted(k for k in kinds if k != "null") + (["null"] if "null" in kinds else [])


def _type_value(kinds: list[str]) -> str | list[str]:
    return kinds[0] if len(kinds) == 1 else kinds
