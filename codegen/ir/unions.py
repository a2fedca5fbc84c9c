"""Unions of a document's schemas: `oneOf`/`anyOf` as Python unions, and a discriminated
union as a type alias whose discriminator property picks the variant (each variant's tag
values read from the mapping or the variant's own `enum`/`const`)."""

from __future__ import annotations

import json
from typing import Any

from codegen.ir.class_names import GENERIC_NAMES
from codegen.ir.model import TypeRef
from codegen.ir.names import pascal
from codegen.ir.schema_state import ConverterState, Definition
from codegen.ir.shapes import (
    title_and_description,
    union_ref,
    variant_suffix,
)
from codegen.refs import canonical_ref, local_ref, ref_parts


class Unions(ConverterState):
    def _union(
        self, schema: dict[str, Any], key: str, hint: str, where: str, parent: str
    ) -> tuple[dict[str, Any], TypeRef]:
        outs: list[dict[str, Any]] = []
        refs: list[TypeRef] = []
        for i, member in enumerate(schema[key]):
            member_hint = hint if len(schema[key]) == 1 else f"{hint}{variant_suffix(member, i)}"
            out, ref = self._convert(member, member_hint, f"{where}/{key}/{i}", parent)
            outs.append(out)
            refs.append(ref)
        disc = schema.get("discriminator")
        if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
            alias = self._discriminated(schema[key], refs, disc, hint, where, parent)
            if alias is not None:
                out = {"$ref": f"#/$defs/{alias}"}
                if schema.get("description"):
                    out = {"allOf": [out], "description": schema["description"]}
                return out, TypeRef(alias, models=(alias,))
        return {**title_and_description(schema), key: outs}, union_ref(refs)

    def _discriminated(
        self,
        members: list[Any],
        refs: list[TypeRef],
        disc: dict[str, Any],
        hint: str,
        where: str,
        parent: str,
    ) -> str | None:
        """A named alias for a union whose variant the discriminator property picks; None
        (a plain union, with a warning) when some variant cannot be picked by a value."""
        prop: str = disc["propertyName"]
        names = [r.annotation for r in refs]
        if not all(n in self.defs and self.defs[n].kind == "object" for n in names):
            self._warn(where, f"the discriminator {prop!r} needs object alternatives: ignored")
            return None
        tags: dict[str, str] = {}  # wire value -> variant
        for value, target in (disc.get("mapping") or {}).items():
            target = str(target)
            pointer = (
                canonical_ref(target)
                if target.startswith("#")
                else local_ref("components", "schemas", target)
            )
            name = self._by_pointer.get(pointer)
            if name not in names:
                self._warn(
                    where,
                    f"the discriminator maps {value!r} to {target}, which is none of the "
                    "alternatives: left out",
                )
                continue
            tags.setdefault(str(value), name)
        for member, name in zip(members, names, strict=True):
            if name in tags.values():
                continue
            values = self._tag_values(member, prop)
            if not values:
                self._warn(
                    where,
                    f"no value of {prop!r} selects the alternative {name}: the union is "
                    "decided by shape instead",
                    "map a value to it under discriminator/mapping",
                )
                return None
            for value in values:
                tags.setdefault(value, name)
        variants = tuple(
            (n, tuple(v for v, t in tags.items() if t == n)) for n in dict.fromkeys(names)
        )
        schema = {
            "oneOf": [{"$ref": f"#/$defs/{n}"} for n, _ in variants],
            "discriminator": {
                "propertyName": prop,
                "mapping": {v: f"#/$defs/{n}" for v, n in tags.items()},
            },
        }
        base = pascal(hint)
        if parent and base in GENERIC_NAMES and not base.startswith(parent):
            base = parent + base
        shape_key = (base, json.dumps(schema, sort_keys=True))
        name = self._by_shape.get(shape_key)
        if name is None:
            name = self._recorded_name(where) or self.namer.unique(base)
            self._by_shape[shape_key] = name
            self.defs[name] = Definition(
                name, "alias", schema, source=where, discriminator=prop, variants=variants
            )
        self._mark(name)
        return name

    def _tag_values(self, member: Any, prop: str) -> list[str]:
        """The discriminator values of an unmapped alternative: the constant or enum of its
        property when it has one, else (OpenAPI's implicit mapping) its component name."""
        resolved = self.resolve(member) if isinstance(member, dict) else {}
        props, _ = self._properties(resolved)
        sub = self.resolve(props.get(prop)) if isinstance(props.get(prop), dict) else {}
        if isinstance(sub.get("const"), str):
            return [sub["const"]]
        if isinstance(sub.get("enum"), list) and sub["enum"]:
            return [v for v in sub["enum"] if isinstance(v, str)]
        ref = member.get("$ref") if isinstance(member, dict) else None
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            return [(ref_parts(ref) or [""])[-1]]
        return []
