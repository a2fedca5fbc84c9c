"""Schemas of the document -> named models and Python type annotations.

One pass: each schema reached from a component or an operation is converted once into
(a) the JSON Schema fragment handed to datamodel-code-generator, where every object and
enum is a `$ref` to a named definition, and (b) the `TypeRef` the client code annotates with.
Inline objects and enums are hoisted and named from where they stand (`lineItems` ->
`LineItem`); structurally identical hoisted schemas share one model.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from codegen.errors import InputError, Problem
from codegen.ir.class_names import GENERIC_NAMES
from codegen.ir.model import Field, Model, TypeRef
from codegen.ir.names import pascal, singular
from codegen.ir.objects import Objects, directional_required
from codegen.ir.schema_state import Definition
from codegen.ir.shapes import (
    enum_literal_type,
    is_model,
    lift_annotations,
    literal_type,
    literal_values,
    merge_plain,
    number_type,
    plain_type,
    split_null,
    string_type,
    title_and_description,
    with_null,
)
from codegen.ir.unions import Unions
from codegen.refs import MISSING, canonical_ref, follow, local_ref, ref_parts


class SchemaConverter(Unions, Objects):
    """Converts the schemas of one document; `models()` gives the result."""

    # -- entry points ------------------------------------------------------------------

    def resolve(self, schema: Any) -> dict[str, Any]:
        """Follow `$ref`s to the schema itself (for reading properties)."""
        seen: list[str] = []
        while isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if ref in seen:
                raise self._alias_cycle_error(seen[seen.index(ref) :] + [ref])
            seen.append(ref)
            schema = self._target(ref)
        return schema if isinstance(schema, dict) else {}

    def convert(
        self, schema: Any, hint: str, where: str, direction: str, pointer: str = ""
    ) -> tuple[dict[str, Any], TypeRef]:
        """Convert a schema reached from an operation; `direction` is request or response.

        `where` is the place the models hoisted from it are recorded by (`codegen-names.json`,
        which must keep its keys); `pointer`, where it differs, is the schema's own JSON
        pointer (`.../responses/200/content/application~1json/schema`), which warnings name.
        """
        previous = self._direction, self._place
        self._direction, self._place = direction, (where, pointer or where)
        try:
            return self._convert(schema, hint, where, parent="")
        finally:
            self._direction, self._place = previous

    def component(self, key: str) -> str | None:
        """The model name of `#/components/schemas/<key>` (None for a plain type such as a
        map or a list, which stays inline where it is used), converting it if needed."""
        ref = local_ref("components", "schemas", key)
        self._convert({"$ref": ref}, key, ref, parent="")
        return self._by_pointer.get(ref)

    def fields_of(self, model: str) -> tuple[Field, ...]:
        """The fields of a converted object model (none for a parent that its discriminator
        turns into its children: such a body is given as a model, the child's)."""
        d = self.defs.get(model)
        return d.fields if d is not None and d.kind == "object" and not d.variants else ()

    def models(self) -> tuple[Model, ...]:
        out = []
        for d in sorted(self.defs.values(), key=lambda d: d.name):
            schema = directional_required(d) if d.kind == "object" else dict(d.schema)
            out.append(
                Model(
                    name=d.name,
                    kind=d.kind,  # type: ignore[arg-type]
                    json_schema=schema,
                    description=d.description,
                    fields=d.fields,
                    conditions=d.conditions,
                    strict=d.strict,
                    in_request=d.in_request,
                    in_response=d.in_response,
                    source=d.source,
                    discriminator=d.discriminator,
                    variants=d.variants,
                )
            )
        return tuple(out)

    def is_strict(self, name: str) -> bool:
        return self.defs[name].strict

    # -- the conversion ------------------------------------------------------------------

    def _target(self, ref: str) -> Any:
        parts = ref_parts(ref)
        if parts is None:
            raise InputError(
                [
                    Problem(
                        self.file,
                        ref,
                        "only references inside the document are supported",
                        "bundle external files into the document first",
                    )
                ]
            )
        node = follow(self.doc, parts)
        if node is MISSING:
            raise InputError(
                [Problem(self.file, ref, "reference to nowhere: no such place in the document")]
            )
        return node

    def _alias_cycle_error(self, cycle: list[str]) -> InputError:
        names = " -> ".join(c.rsplit("/", 1)[-1] for c in cycle)
        return InputError(
            [
                Problem(
                    self.file,
                    cycle[0].removeprefix("#"),
                    f"a reference cycle through nothing but $ref and allOf ({names}): "
                    "the schema is defined by itself",
                    "point one of these references at a real schema, or let the recursion "
                    "go through a property",
                )
            ]
        )

    def _recursive_inline(self, ref: str) -> tuple[dict[str, Any], TypeRef]:
        """A component met again while it is being converted inline (no class in between)."""
        cycle = self._transparent_cycle(ref, ref, [])
        if cycle is not None:
            raise self._alias_cycle_error([ref, *cycle])
        # a recursive list or union type (`Json: oneOf [string, array of Json]`) holds values,
        # but an inline annotation cannot name itself: its inner level is typed Any
        if ref not in self._recursive_warned:
            self._recursive_warned.add(ref)
            self.warnings.append(
                Problem(
                    self.file,
                    ref.removeprefix("#"),
                    "a recursive type that is no object: its recursive part is typed Any",
                    "give the recursion an object schema with properties to get a model",
                )
            )
        return {}, TypeRef("Any", imports=("typing:Any",))

    def _transparent_cycle(self, start: str, ref: str, path: list[str]) -> list[str] | None:
        """The references leading from `ref` back to `start` through nothing but references
        and `allOf` members (a chain of aliases), or None when every way passes a value."""
        pending = [self._target(ref)]
        while pending:
            node = pending.pop()
            if not isinstance(node, dict):
                continue
            inner = node.get("$ref")
            if isinstance(inner, str):
                inner = canonical_ref(inner)
                if inner == start:
                    return [*path, inner]
                if inner in path:
                    continue
                found = self._transparent_cycle(start, inner, [*path, inner])
                if found is not None:
                    return found
            members = node.get("allOf")
            if isinstance(members, list):
                pending.extend(members)
        return None

    def _convert(
        self, schema: Any, hint: str, where: str, parent: str
    ) -> tuple[dict[str, Any], TypeRef]:
        if schema is True or schema is None or schema == {}:
            return {}, TypeRef("Any", imports=("typing:Any",))
        if schema is False or not isinstance(schema, dict):
            return {}, TypeRef("Any", imports=("typing:Any",))
        schema = lift_annotations(schema)
        if "$ref" in schema:
            return self._convert_ref(schema, hint, where)
        if self._only_null(schema):
            return {**title_and_description(schema), "type": "null"}, TypeRef("None")
        schema = self._null_members(schema)
        self._null_in_string_enum(schema, where)
        nullable, schema = split_null(schema)
        if "$ref" in schema:
            out, ref = self._convert_ref(schema, hint, where)
        else:
            out, ref = self._convert_non_null(schema, hint, where, parent)
        if nullable:
            return with_null(out, ref)
        return out, ref

    def _plain_composition(self, schema: dict[str, Any]) -> dict[str, Any] | None:
        """An `allOf` of plain values as the one schema it means, or None (no such `allOf`,
        or a class). Beside a reference to an enum class, narrower keywords add nothing the
        class could hold: the reference stands alone, and the enum keeps its class."""
        members = schema.get("allOf")
        if (
            not isinstance(members, list)
            or len(members) < 2
            or not all(isinstance(m, dict) for m in members)
            or set(schema) - {"allOf", "title", "description"}
        ):
            return None
        enums = [m for m in members if "$ref" in m and is_model(self.resolve(m))]
        resolved = [self.resolve(m) for m in members if m not in enums]
        merged = merge_plain(resolved)
        if merged is None or len(enums) > 1 or (enums and "enum" in merged):
            return None
        return dict(enums[0]) if enums else merged

    def _null_in_string_enum(self, schema: dict[str, Any], where: str) -> None:
        """A warning at a string enum listing null: YAML's `~` or `Null`, meant as text?"""
        values = schema.get("enum")
        if (
            schema.get("type") == "string"
            and isinstance(values, list)
            and None in values
            and schema.get("nullable") is not True
        ):
            self._warn(
                f"{where}/enum/{values.index(None)}",
                "a value of this string enum is null (YAML reads `~`, `null`, `Null`, `NULL` "
                "and an empty value as null): the enum is read as nullable",
                "quote the value (`'~'`) if the text is meant",
            )

    def _null_members(self, schema: dict[str, Any]) -> dict[str, Any]:
        """A union's members that admit nothing but null (`enum: [null]`, `const: null`,
        directly or through a reference, as Django REST framework writes nullable choices)
        spelled `{type: null}`, which `split_null` understands."""
        for key in ("oneOf", "anyOf"):
            members = schema.get(key)
            if isinstance(members, list) and any(self._only_null(m) for m in members):
                spelled = [{"type": "null"} if self._only_null(m) else m for m in members]
                return {**schema, key: spelled}
        return schema

    def _only_null(self, schema: Any) -> bool:
        if not isinstance(schema, dict):
            return False
        if "$ref" in schema:
            ref = canonical_ref(schema["$ref"])
            if ref in self._inline or ref_parts(ref) is None:
                return False
            target = follow(self.doc, ref_parts(ref) or [])
            return target is not schema and self._only_null(target)
        return (
            schema.get("enum") == [None]
            or ("const" in schema and schema["const"] is None)
            or schema.get("type") == "null"
        )

    def _convert_ref(
        self, schema: dict[str, Any], hint: str, where: str
    ) -> tuple[dict[str, Any], TypeRef]:
        ref = canonical_ref(schema["$ref"])  # one spelling per place: one model per place
        if ref not in self._by_pointer:
            target = self._target(ref)
            key = (ref_parts(ref) or [""])[-1]
            if (
                ref.startswith("#/components/schemas/")
                and isinstance(target, dict)
                and (is_model(target) or ref in self._extensions())
                and self._plain_composition(target) is None
            ):
                name = self._recorded_name(ref) or self.namer.unique(pascal(key))
                self._null_in_string_enum(target, ref)
                self._by_pointer[ref] = name
                self.defs[name] = Definition(
                    name, "object", source=ref
                )  # placeholder for recursion
                self._define(name, target, ref)
            else:
                # a component that is a plain type (string, list...) stays an inline type
                if ref in self._inline:
                    return self._recursive_inline(ref)
                self._inline.add(ref)
                try:
                    inline, tref = self._convert(target, pascal(key), ref, parent="")
                finally:
                    self._inline.discard(ref)
                if len(schema) > 1:
                    inline = {**inline, **title_and_description(schema)}
                return inline, tref
        name = self._by_pointer[ref]
        self._mark(name)
        out: dict[str, Any] = {"$ref": f"#/$defs/{name}"}
        if schema.get("description"):
            out = {"allOf": [out], "description": schema["description"]}
        target = self._target(ref)
        if isinstance(target, dict) and split_null(target)[0]:
            # a nullable component (3.0's `nullable: true` on it): its class is not, every
            # reference to it is
            return with_null(out, TypeRef(name, models=(name,)))
        return out, TypeRef(name, models=(name,))

    def _convert_non_null(
        self, schema: dict[str, Any], hint: str, where: str, parent: str
    ) -> tuple[dict[str, Any], TypeRef]:
        plain = self._plain_composition(schema)
        if plain is not None:
            merged, tref = self._convert(plain, hint, where, parent)
            notes = title_and_description(schema) if "$ref" not in merged else {}
            return {**merged, **notes}, tref
        if is_model(schema):
            name = self._hoist(schema, hint, where, parent)
            out: dict[str, Any] = {"$ref": f"#/$defs/{name}"}
            desc = self.defs[name].description
            if schema.get("description") and schema.get("description") != desc:
                out = {"allOf": [out], "description": schema["description"]}
            return out, TypeRef(name, models=(name,))
        if "const" in schema:
            # a constant stays closed in responses too: it is what tells apart the variants
            # of a union (an open one would let any object of the union parse as the first)
            value = schema["const"]
            out = {**title_and_description(schema), "const": value}
            return out, literal_type([value]) if literal_values([value]) else plain_type(schema)
        if "enum" in schema:
            values = schema["enum"]
            if literal_values(values):
                # numbers, booleans or a mix with strings: a Literal in the model as in the
                # method's signature (string-only enums are classes of their own), which a
                # response may outgrow (`x-codegen-open`: by values of these Python types)
                tref = enum_literal_type(values, schema)
                out = {
                    **title_and_description(schema),
                    "enum": values,
                    "x-enum-field-as-literal": True,
                    "x-codegen-open": list(tref.enums[0][1]),
                }
                return out, tref
            # no Literal or enum class spells these (objects, lists, numbers with a fraction
            # beside strings): the field keeps the plain type, any of the values still parses
            self._warn(
                where,
                f"enum values {values!r} are not all strings or all numbers: "
                "typed by the schema's type alone",
                "give the enum values of the schema's one type",
            )
            tref = plain_type(schema)
            plain = {"type": schema["type"]} if tref.annotation != "Any" else {}
            return {**title_and_description(schema), **plain}, tref
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._union(schema, key, hint, where, parent)
        if "allOf" in schema:
            members = schema["allOf"]
            if len(members) == 1:
                out, tref = self._convert(members[0], hint, where + "/allOf/0", parent)
                return {**out, **title_and_description(schema)} if "$ref" not in out else out, tref
            name = self._hoist(schema, hint, where, parent)
            return {"$ref": f"#/$defs/{name}"}, TypeRef(name, models=(name,))
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            if len(kinds) == 1:
                return self._convert_non_null({**schema, "type": kinds[0]}, hint, where, parent)
            members = [{**schema, "type": k} for k in kinds]
            return self._union(
                {"anyOf": members, **title_and_description(schema)}, "anyOf", hint, where, parent
            )
        if kind == "array" or ("items" in schema and kind is None):
            item_hint = singular(hint) if singular(hint) != hint else hint + "Item"
            out, item = self._convert(schema.get("items", {}), item_hint, where + "/items", parent)
            result = {**title_and_description(schema), "type": "array", "items": out}
            for key in ("minItems", "maxItems", "uniqueItems"):
                if key in schema:
                    result[key] = schema[key]
            return result, replace(item, annotation=f"list[{item.annotation}]")
        if kind == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties", True)
            if isinstance(extra, dict) and extra:
                out, value = self._convert(
                    extra, singular(hint) + "Value", where + "/additionalProperties", parent
                )
                result = {
                    **title_and_description(schema),
                    "type": "object",
                    "additionalProperties": out,
                }
                return result, replace(value, annotation=f"dict[str, {value.annotation}]")
            return (
                {**title_and_description(schema), "type": "object"},
                TypeRef("dict[str, Any]", imports=("typing:Any",)),
            )
        if kind == "string":
            return string_type(schema, self.runtime_module)
        if kind in ("integer", "number", "boolean", "null"):
            return number_type(schema, kind)
        return {**title_and_description(schema)}, TypeRef("Any", imports=("typing:Any",))

    def _hoist(self, schema: dict[str, Any], hint: str, where: str, parent: str) -> str:
        base = pascal(hint)
        if parent and base in GENERIC_NAMES and not base.startswith(parent):
            base = parent + base
        # descriptions differ from place to place; the shape decides whether two are one model
        canonical = json.dumps(
            {k: v for k, v in schema.items() if k not in ("description", "title")},
            sort_keys=True,
            default=str,
        )
        shape_key = (base, canonical)
        if shape_key in self._by_shape:
            name = self._by_shape[shape_key]
            self._mark(name)
            return name
        recorded = self._recorded_name(where)
        if recorded is not None:
            name = recorded
        else:
            if base in self.namer and parent and not base.startswith(parent):
                base = parent + base
            name = self.namer.unique(base)
        self._by_shape[shape_key] = name
        self.defs[name] = Definition(name, "object", source=where)
        self._define(name, schema, where)
        return name
