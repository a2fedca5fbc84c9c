"""Object models of a document's schemas: a class per object schema with its fields,
inheritance through `allOf` (a parent whose discriminator picks the classes extending it), and
each field's type, default and direction (readOnly, writeOnly)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from codegen.ir.model import Field
from codegen.ir.names import Namer, field_name
from codegen.ir.schema_state import ConverterState, Definition
from codegen.ir.shapes import (
    conditions,
    escape_pointer,
    is_model,
    lift_annotations,
    split_null,
)
from codegen.refs import canonical_ref, follow, local_ref, ref_parts


class Objects(ConverterState):
    def _define(self, name: str, schema: dict[str, Any], where: str) -> None:
        # a class breaks any recursion through it: what is inline above it is not reentered
        outer, self._inline = self._inline, set()
        try:
            self._define_model(name, schema, where)
        finally:
            self._inline = outer

    def _define_model(self, name: str, schema: dict[str, Any], where: str) -> None:
        d = self.defs[name]
        d.description = schema.get("description") or schema.get("title")
        self._mark(name)
        disc = schema.get("discriminator")
        if isinstance(disc, dict) and not ("oneOf" in schema or "anyOf" in schema):
            self._parent_of_children(d, disc, where)
        if "enum" in schema and is_model(schema):
            d.kind = "enum"
            d.schema = {
                k: v for k, v in schema.items() if k in ("type", "enum", "description", "title")
            }
            d.schema.pop("title", None)
            if isinstance(d.schema.get("type"), list):
                d.schema["type"] = "string"
            d.schema["enum"] = [v for v in schema["enum"] if v is not None]
            return
        props, required = self._properties(schema)
        for undeclared in [r for r in required if r not in props]:
            # kept: the server promises the name, the document just forgot to type it
            self._warn(
                where,
                f"{undeclared!r} is required but not declared as a property: "
                "kept as a required field of any type",
                "declare it under properties",
            )
            props[undeclared] = {}
        d.strict = schema.get("additionalProperties") is False
        d.fields, converted = self._fields(props, required, name, where)
        d.conditions = conditions(schema)
        out: dict[str, Any] = {"type": "object"}
        if d.description:
            out["description"] = d.description
        if "allOf" in schema and any("$ref" in m for m in schema["allOf"]):
            out = self._inheritance(name, schema, where, props, required)
        else:
            out["properties"] = converted
            if required:
                out["required"] = [r for r in required if r in props]
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self._convert(
                    extra, name + "Value", where + "/additionalProperties", parent=name
                )[0]
                out["additionalProperties"] = value
        d.schema = out

    def _extensions(self) -> dict[str, list[str]]:
        """The components that extend, through a chain of `allOf` of any length, a parent whose
        discriminator picks them (the layout of the OpenAPI specification's own discriminator
        examples): child pointer -> the pointers of those parents, nearest first. Each becomes
        a class even with no own property."""
        if self._children is None:
            bases: dict[str, list[str]] = {}  # component pointer -> its allOf references
            schemas = (self.doc.get("components") or {}).get("schemas") or {}
            for key, schema in schemas.items() if isinstance(schemas, dict) else ():
                members = schema.get("allOf") if isinstance(schema, dict) else None
                bases[local_ref("components", "schemas", key)] = [
                    canonical_ref(m["$ref"])
                    for m in (members if isinstance(members, list) else ())
                    if isinstance(m, dict)
                    and isinstance(m.get("$ref"), str)
                    and ref_parts(m["$ref"]) is not None
                ]
            self._children = {}
            for child in bases:
                parents = [
                    ref
                    for ref in _ancestors(child, bases)
                    if _discriminates_children(follow(self.doc, ref_parts(ref) or []))
                ]
                if parents:
                    self._children[child] = parents
        return self._children

    def _parent_of_children(self, d: Definition, disc: dict[str, Any], where: str) -> None:
        """A parent's discriminator: its value picks the child class a body parses into; an
        unknown value (a child added later) parses as the parent itself, keeping the data."""
        prop = disc.get("propertyName")
        children = [c for c, parents in self._extensions().items() if where in parents]
        if not isinstance(prop, str) or not children:
            self._warn(
                where,
                f"the discriminator of {d.name}, a parent schema that no schema extends "
                "through allOf, is ignored: it parses as itself",
                "list the alternatives under oneOf with the discriminator",
            )
            return
        tags: dict[str, str] = {}  # wire value -> class
        for value, target in (disc.get("mapping") or {}).items():
            pointer = (
                canonical_ref(str(target))
                if str(target).startswith("#")
                else local_ref("components", "schemas", str(target))
            )
            if pointer in children or pointer == where:
                tags.setdefault(str(value), pointer)
        for child in children:
            if child not in tags.values():  # OpenAPI's implicit mapping: the component name
                tags.setdefault((ref_parts(child) or [""])[-1], child)
        names = {
            p: self._convert({"$ref": p}, "", p, parent="")[1].annotation for p in tags.values()
        }
        d.discriminator = prop
        d.variants = tuple(
            (names[p], tuple(v for v, t in tags.items() if t == p))
            for p in dict.fromkeys(tags.values())
        )

    def _inheritance(
        self,
        name: str,
        schema: dict[str, Any],
        where: str,
        props: dict[str, Any],
        required: list[str],
    ) -> dict[str, Any]:
        """`allOf` with references: the references stay bases (for datamodel-code-generator's
        subclasses); one member declares the rest. Required-ness is the union over the whole
        composition: an inherited property that this schema requires is declared again here,
        required, as is one that no member declares."""
        members: list[dict[str, Any]] = []
        inherited: dict[str, Any] = {}
        inherited_required: set[str] = set()
        places: dict[str, str] = {}  # an own property -> where it is declared
        for i, member in enumerate(schema["allOf"]):
            if not isinstance(member, dict):
                continue
            if "$ref" in member:
                base = self._convert(member, name, f"{where}/allOf/{i}", parent=name)[0]
                members.append(_not_null(base))
                parent_props, parent_required = self._properties(self.resolve(member))
                inherited.update(parent_props)
                inherited_required.update(parent_required)
            elif "if" not in member:
                for prop in self._properties(member)[0]:
                    places[prop] = f"{where}/allOf/{i}"
        places.update({prop: where for prop in schema.get("properties") or {}})
        for prop in required:
            if prop not in places and prop not in inherited_required:
                places[prop] = where  # required here, declared by a parent or by no one
        own = [prop for prop in props if prop in places]
        if own:
            declared: dict[str, Any] = {}
            for prop in own:
                declared.update(self._schema_props({prop: props[prop]}, name, places[prop]))
                if _retyped(props[prop], inherited.get(prop)):
                    # datamodel-code-generator types a redeclared property whose type only
                    # narrows the parent's (integer within number) as the parent's; with a
                    # keyword it does not know beside, it keeps the property's own type
                    declared[prop] = {**declared[prop], OVERRIDE_MARK: True}
            narrowed = [r for r in required if r in places]
            members.append(
                {
                    "type": "object",
                    "properties": declared,
                    **({"required": narrowed} if narrowed else {}),  # all the composition's
                }
            )
        d = self.defs[name]
        return {"allOf": members, **({"description": d.description} if d.description else {})}

    def _schema_props(self, props: dict[str, Any], owner: str, where: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for prop, sub in props.items():
            converted, _ = self._convert(
                sub, prop, f"{where}/properties/{escape_pointer(prop)}", parent=owner
            )
            out[prop] = _with_flags(converted, sub)
        return out

    def _fields(
        self, props: dict[str, Any], required: list[str], owner: str, where: str
    ) -> tuple[tuple[Field, ...], dict[str, Any]]:
        """The fields of the model `owner` declared at `where`, and the JSON Schema of each of
        its properties there (as `_schema_props` gives them): one conversion serves both."""
        namer = Namer()
        fields = []
        schemas: dict[str, Any] = {}
        for prop, sub in props.items():
            converted, tref = self._convert(
                sub, prop, f"{where}/properties/{escape_pointer(prop)}", parent=owner
            )
            schemas[prop] = _with_flags(converted, sub)
            sub = lift_annotations(sub) if isinstance(sub, dict) else sub
            resolved = self.resolve(sub) if isinstance(sub, dict) else {}
            is_required = prop in required
            nullable = split_null(resolved)[0] if resolved else False
            if nullable and "None" not in tref.annotation.split(" | "):
                tref = replace(tref, annotation=f"{tref.annotation} | None")
            has_default = isinstance(sub, dict) and "default" in sub
            fields.append(
                Field(
                    wire_name=prop,
                    py_name=namer.unique(field_name(prop), sep="_"),
                    type=tref,
                    required=is_required,
                    description=(sub.get("description") if isinstance(sub, dict) else None)
                    or resolved.get("description"),
                    default=sub.get("default") if has_default else None,
                    has_default=has_default,
                    read_only=bool(
                        resolved.get("readOnly") or (isinstance(sub, dict) and sub.get("readOnly"))
                    ),
                    write_only=bool(
                        resolved.get("writeOnly")
                        or (isinstance(sub, dict) and sub.get("writeOnly"))
                    ),
                )
            )
        return tuple(fields), schemas


def _with_flags(converted: dict[str, Any], sub: Any) -> dict[str, Any]:
    """A property's converted schema with the keywords of its own place that the models read
    (a reference's target has its own)."""
    if isinstance(sub, dict):
        for flag in ("readOnly", "writeOnly", "default", "title"):
            if flag in sub and flag not in converted:
                converted = {**converted, flag: sub[flag]}
    return converted


def directional_required(d: Definition) -> dict[str, Any]:
    """The model's schema with OpenAPI's rule for required properties: a readOnly one is
    required in responses only, a writeOnly one in requests only. One class serves both ways,
    so in a model used in requests a readOnly property is optional (and never sent, see the
    runtime), and in a model used in responses a writeOnly property is optional."""
    drop = set()
    if d.in_request:
        drop |= {f.wire_name for f in d.fields if f.read_only}
    if d.in_response:
        drop |= {f.wire_name for f in d.fields if f.write_only}
    if not drop:
        return dict(d.schema)

    def without(schema: dict[str, Any]) -> dict[str, Any]:
        out = dict(schema)
        if isinstance(out.get("required"), list):
            out["required"] = [r for r in out["required"] if r not in drop]
            if not out["required"]:
                del out["required"]
        if isinstance(out.get("allOf"), list):
            out["allOf"] = [without(m) if isinstance(m, dict) else m for m in out["allOf"]]
        return out

    return without(d.schema)


def _discriminates_children(schema: Any) -> bool:
    """A discriminator on a schema that lists no alternatives: its children extend it."""
    return (
        isinstance(schema, dict)
        and isinstance(schema.get("discriminator"), dict)
        and not ("oneOf" in schema or "anyOf" in schema)
    )


def _ancestors(pointer: str, bases: dict[str, list[str]]) -> list[str]:
    """Every schema `pointer` extends through allOf, directly or not, nearest first (a cycle
    is walked once)."""
    found: list[str] = []
    frontier = bases.get(pointer, [])
    while frontier:
        step = [ref for ref in dict.fromkeys(frontier) if ref not in found and ref != pointer]
        found += step
        frontier = [base for ref in step for base in bases.get(ref, [])]
    return found


# an extension keyword on a redeclared property (see `_inheritance`); the models ignore it
OVERRIDE_MARK = "x-codegen-override"


def _not_null(base: dict[str, Any]) -> dict[str, Any]:
    """A base class without the null a nullable component's references admit: the
    composition is an object (its own member says so), and a union is no base class."""
    members = base.get("anyOf")
    if isinstance(members, list) and len(members) == 2 and members[1] == {"type": "null"}:
        rest = {k: v for k, v in base.items() if k != "anyOf"}
        return {**members[0], **rest}
    return base


def _retyped(own: Any, parent: Any) -> bool:
    """Does a property declared again by an allOf child give it another `type`?"""
    return (
        isinstance(own, dict)
        and isinstance(parent, dict)
        and "type" in own
        and own.get("type") != parent.get("type")
    )
