"""What the conversion of one document's schemas shares: the models defined so far (as
`Definition`s, completed as the conversion goes), the namer, what was skipped and warned of,
and the direction (request or response) a model is reached in.

`SchemaConverter` (schemas.py) is put together from this state, the unions (unions.py) and
the object models (objects.py); each part calls the core conversion through `_convert`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from codegen.errors import InputError, Problem
from codegen.ir.class_names import RESERVED_CLASS_NAMES
from codegen.ir.model import Condition, Field, Skipped, TypeRef
from codegen.ir.names import Namer
from codegen.ir.shapes import (
    def_refs,
)


@dataclass
class Definition:
    name: str
    kind: str
    schema: dict[str, Any] = field(default_factory=dict)
    description: str | None = None
    fields: tuple[Field, ...] = ()
    conditions: tuple[Condition, ...] = ()
    strict: bool = False
    in_request: bool = False
    in_response: bool = False
    source: str = ""
    # a discriminated union (kind "alias"): the property and each variant's tag values
    discriminator: str | None = None
    variants: tuple[tuple[str, tuple[str, ...]], ...] = ()


class ConverterState:
    """The state of one document's conversion, and what every part of it uses."""

    def __init__(
        self,
        document: dict[str, Any],
        file: str,
        runtime_module: str,
        recorded: dict[str, str] | None = None,
    ) -> None:
        self.doc = document
        self.file = file
        self.runtime_module = runtime_module  # e.g. "bookeeping._runtime"
        # names of the last generation by place (see stable.py): kept from new things
        self._recorded = dict(recorded or {})
        self._unclaimed = set(self._recorded.values()) - RESERVED_CLASS_NAMES
        self.namer = Namer(RESERVED_CLASS_NAMES | self._unclaimed)
        self.defs: dict[str, Definition] = {}
        self._by_pointer: dict[str, str] = {}  # component pointer -> model name
        self._by_shape: dict[tuple[str, str], str] = {}  # (base name, canonical json) -> name
        self.skipped: list[Skipped] = []
        self.warnings: list[Problem] = []
        self._direction: str = ""
        # (the place `convert` was given, the JSON pointer of the schema there)
        self._place: tuple[str, str] = ("", "")
        # component pointers being converted inline (not as a model) right now: meeting one
        # again means a recursion that no class breaks
        self._inline: set[str] = set()
        self._recursive_warned: set[str] = set()
        self._children: dict[str, list[str]] | None = None  # see _extensions

    # -- the core conversion, in schemas.py ---------------------------------------------

    def resolve(self, schema: Any) -> dict[str, Any]:
        """Follow `$ref`s to the schema itself (for reading properties)."""
        raise NotImplementedError

    def _convert(
        self, schema: Any, hint: str, where: str, parent: str
    ) -> tuple[dict[str, Any], TypeRef]:
        raise NotImplementedError

    # -- shared by every part -----------------------------------------------------------

    def _warn(self, where: str, message: str, hint: str = "") -> None:
        problem = Problem(self.file, self._pointer(where), message, hint)
        if problem not in self.warnings:
            self.warnings.append(problem)

    def _pointer(self, where: str) -> str:
        """The JSON pointer of a place in the schema being converted (a component's is one)."""
        place, pointer = self._place
        if place != pointer and (where == place or where.startswith(place + "/")):
            where = pointer + where[len(place) :]
        return where.removeprefix("#")

    def _recorded_name(self, place: str) -> str | None:
        """The name this place had in the last generation, when no other place took it."""
        name = self._recorded.get(place)
        if name is None or name not in self._unclaimed:
            return None
        self._unclaimed.discard(name)  # already in the namer
        return name

    def _mark(self, name: str) -> None:
        d = self.defs.get(name)
        if d is None:
            return
        if self._direction == "request" and not d.in_request:
            d.in_request = True
            self._mark_children(d)
        elif self._direction == "response" and not d.in_response:
            d.in_response = True
            self._mark_children(d)

    def _mark_children(self, d: Definition) -> None:
        for ref in def_refs(d.schema):
            self._mark(ref)
        if d.kind == "object":  # a parent picks its children: they are used where it is
            for child, _ in d.variants:
                self._mark(child)

    def _properties(
        self, schema: dict[str, Any], within: tuple[str, ...] = ()
    ) -> tuple[dict[str, Any], list[str]]:
        """Own and inherited (`allOf`) properties and required names, in document order."""
        props: dict[str, Any] = {}
        required: list[str] = []
        for member in schema.get("allOf") or []:
            ref = member.get("$ref") if isinstance(member, dict) else None
            if isinstance(ref, str) and ref in within:
                raise InputError(
                    [
                        Problem(
                            self.file,
                            ref.removeprefix("#"),
                            "a schema that inherits from itself (allOf)",
                            "remove the reference to itself from its allOf",
                        )
                    ]
                )
            inner = (*within, ref) if isinstance(ref, str) else within
            sub_props, sub_req = self._properties(self.resolve(member), inner)
            props.update(sub_props)
            required += [r for r in sub_req if r not in required]
        props.update(schema.get("properties") or {})
        required += [r for r in schema.get("required") or [] if r not in required]
        return props, required
