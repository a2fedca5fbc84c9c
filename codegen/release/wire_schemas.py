"""The schemas' side of the wire contract's changes: one schema against another where a
request sends it or a response receives it, through `$ref`s, `allOf` and unions.

A request's schema may only get more lenient, a response's only richer; a new value of an
(open) enum in a response is a feature.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from codegen.release.changes import BREAKING, FEATURE, FIX, Change

REQUEST, RESPONSE = "request", "response"
_COMPONENT = "#/components/schemas/"
Json = dict[str, Any]


def change(kind: str, where: str, what: str, rule: str) -> Change:
    return Change(kind, "wire", where, what, rule)


class Schemas:
    """Two schemas side by side, property by property, as one direction sees them."""

    def __init__(
        self, old_doc: Json, new_doc: Json, direction: str, seen: set[tuple[str, str]]
    ) -> None:
        self.old_doc, self.new_doc, self.direction = old_doc, new_doc, direction
        self.seen = seen  # pairs of references compared in this direction, for every operation

    def compare(self, where: str, old: Json, new: Json, path: str = "") -> Iterator[Change]:
        refs = (
            (old.get("$ref", ""), new.get("$ref", ""))
            if isinstance(old, dict) and isinstance(new, dict)
            else ("", "")
        )
        if refs[0] and refs[1]:
            if refs in self.seen:  # compared already, or a cycle being compared further up
                return
            self.seen.add(refs)
            if refs[0] == refs[1] and refs[0].startswith(_COMPONENT):
                # a named schema's changes are told once, where its users know it: its model
                name = refs[0][len(_COMPONENT) :].replace("~1", "/").replace("~0", "~")
                where, path = f"schema {name} (in {self.direction}s)", ""
        old, new = _flatten(self.old_doc, old), _flatten(self.new_doc, new)
        at = f"{where} `{path}`" if path else where
        request = self.direction == REQUEST
        if old.get("description") != new.get("description") and path:
            yield change(FIX, at, "description changed", "documentation only")
        old_type, new_type = _type_of(self.old_doc, old), _type_of(self.new_doc, new)
        if old_type != new_type:
            what = f"type changed from {old_type} to {new_type}"
            # a type that only gained kinds (`integer` -> `integer | null`) still holds
            # what it held: more lenient for what is sent, a surprise in what is received
            old_kinds, new_kinds = _kinds(old_type), _kinds(new_type)
            if old_kinds < new_kinds and request:
                yield change(FEATURE, at, what, "a request type that accepts more is a feature")
            elif new_kinds < old_kinds and not request:
                rule = "a response type that holds less is a feature (what it holds, it held)"
                yield change(FEATURE, at, what, rule)
            else:
                yield change(BREAKING, at, what, "a changed type is breaking")
                return
        yield from self._enum(at, old.get("enum"), new.get("enum"))
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_req, new_req = set(old.get("required") or ()), set(new.get("required") or ())
        for name in sorted(set(new_props) - set(old_props)):
            p = join(path, name)
            if not request:
                yield change(
                    FEATURE,
                    f"{where} `{p}`",
                    "property added",
                    "a new response property is a feature",
                )
            elif name in new_req:
                yield change(
                    BREAKING,
                    f"{where} `{p}`",
                    "property added, required",
                    "a new required request property is breaking",
                )
            else:
                yield change(
                    FEATURE,
                    f"{where} `{p}`",
                    "property added, optional",
                    "a new optional request property is a feature",
                )
        for name in sorted(set(old_props) - set(new_props)):
            rule = f"a removed {self.direction} property is breaking"
            yield change(BREAKING, f"{where} `{join(path, name)}`", "property removed", rule)
        for name in sorted(set(old_props) & set(new_props)):
            p = join(path, name)
            was, now = name in old_req, name in new_req
            if was != now:
                breaks = now if request else was
                rule = (
                    f"a {self.direction} property that became {'required' if now else 'optional'} "
                    f"is {'breaking' if breaks else 'a feature'}"
                )
                yield change(
                    BREAKING if breaks else FEATURE,
                    f"{where} `{p}`",
                    f"became {'required' if now else 'optional'}",
                    rule,
                )
            yield from self.compare(where, old_props[name], new_props[name], p)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            yield from self.compare(where, old["items"], new["items"], f"{path}[]")
        if isinstance(old.get("additionalProperties"), dict) and isinstance(
            new.get("additionalProperties"), dict
        ):
            yield from self.compare(
                where, old["additionalProperties"], new["additionalProperties"], f"{path}{{}}"
            )

    def _enum(self, at: str, old: list[Any] | None, new: list[Any] | None) -> Iterator[Change]:
        if old is None or new is None:
            if old is not None:
                yield change(
                    FEATURE,
                    at,
                    "no longer limited to enum values",
                    "a lifted restriction is a feature",
                )
            elif new is not None:
                yield change(
                    BREAKING, at, "now limited to enum values", "a new restriction is breaking"
                )
            return
        added = [v for v in new if v not in old]
        removed = [v for v in old if v not in new]
        if added:
            rule = (
                "a new enum value in a response is a feature: the generated enums are open"
                if self.direction == RESPONSE
                else "a new accepted enum value is a feature"
            )
            yield change(FEATURE, at, f"enum value(s) {_values(added)} added", rule)
        if removed:
            yield change(
                BREAKING,
                at,
                f"enum value(s) {_values(removed)} removed",
                "a removed enum value is breaking (its enum member goes)",
            )


def deref(doc: Json, node: Any, depth: int = 0) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and depth < 50:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            return node
        target: Any = doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, dict) else None
        if target is None:
            return node
        node, depth = target, depth + 1
    return node


def _flatten(doc: Json, schema: Any) -> Json:
    """A schema with its `$ref` followed and its `allOf` parts merged into one."""
    schema = deref(doc, schema)
    if not isinstance(schema, dict):
        return {}
    if "allOf" not in schema:
        return schema
    merged: Json = {k: v for k, v in schema.items() if k != "allOf"}
    props: Json = dict(merged.get("properties") or {})
    required = list(merged.get("required") or [])
    for part in schema["allOf"]:
        part = _flatten(doc, part)
        props.update(part.get("properties") or {})
        required += [r for r in part.get("required") or [] if r not in required]
        for k, v in part.items():
            if k not in ("properties", "required"):
                merged.setdefault(k, v)
    if props:
        merged["properties"] = props
    if required:
        merged["required"] = required
    return merged


def _type_of(doc: Json, schema: Json) -> str:
    """What a schema holds, as a user reads it: `string (date-time)`, `integer | null`, ..."""
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return " | ".join(sorted({_type_of(doc, _flatten(doc, s)) for s in schema[key]}))
    kind = schema.get("type")
    if kind is None:
        kind = "object" if "properties" in schema else ("array" if "items" in schema else "any")
    kinds = sorted(kind) if isinstance(kind, list) else [kind]
    if schema.get("nullable") and "null" not in kinds:
        kinds.append("null")
    text = " | ".join(str(k) for k in kinds)
    return f"{text} ({schema['format']})" if schema.get("format") else text


def _kinds(type_text: str) -> frozenset[str]:
    """The kinds a `_type_of` text names: `integer | null` -> {integer, null}."""
    return frozenset(type_text.split(" | "))


def strip_docs(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: strip_docs(v) for k, v in node.items() if k not in ("description", "summary")}
    return node


def join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _values(values: list[Any]) -> str:
    return ", ".join(json.dumps(v) for v in values)
