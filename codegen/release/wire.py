"""The wire contract's changes: one OpenAPI document (the committed `openapi.json`) against
another, in its users' terms, each classified with the rule that decided it.

Requests and responses are judged differently: what a client sends may only get more
lenient without breaking it, what it receives may only get richer. Enums of the generated
packages are open, so a new value in a response is a feature.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from codegen.release.changes import BREAKING, FEATURE, FIX, Change

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
REQUEST, RESPONSE = "request", "response"
_COMPONENT = "#/components/schemas/"
Json = dict[str, Any]


def wire_changes(old: Json, new: Json) -> list[Change]:
    """Every change between two OpenAPI documents, sorted by kind and place."""
    differ = _Differ(old, new)
    out = [*differ.servers(), *differ.security(), *differ.operations()]
    return sorted(set(out), key=lambda c: (c.kind != BREAKING, c.kind != FEATURE, c.where, c.what))


def _change(kind: str, where: str, what: str, rule: str) -> Change:
    return Change(kind, "wire", where, what, rule)


class _Differ:
    def __init__(self, old: Json, new: Json) -> None:
        self.old, self.new = old, new
        self.seen: dict[str, set[tuple[str, str]]] = {REQUEST: set(), RESPONSE: set()}

    def servers(self) -> Iterator[Change]:
        old = {s.get("url") for s in self.old.get("servers") or []}
        new = {s.get("url") for s in self.new.get("servers") or []}
        for url in sorted(new - old):
            yield _change(FEATURE, "servers", f"server {url} added", "a new server is a feature")
        for url in sorted(old - new):
            yield _change(
                BREAKING, "servers", f"server {url} removed", "a removed server is breaking"
            )

    def security(self) -> Iterator[Change]:
        old = (self.old.get("components") or {}).get("securitySchemes") or {}
        new = (self.new.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(set(new) - set(old)):
            yield _change(
                FEATURE,
                "security",
                f"scheme {name} added",
                "a new way to authenticate is a feature",
            )
        for name in sorted(set(old) - set(new)):
            yield _change(
                BREAKING,
                "security",
                f"scheme {name} removed",
                "a removed security scheme is breaking",
            )
        for name in sorted(set(old) & set(new)):
            if _strip_docs(old[name]) != _strip_docs(new[name]):
                yield _change(
                    BREAKING,
                    "security",
                    f"scheme {name} changed",
                    "a changed security scheme is breaking",
                )
        if _requirements(self.old.get("security")) != _requirements(self.new.get("security")):
            yield _change(
                BREAKING,
                "security",
                "the default security requirement changed",
                "changed credentials are breaking",
            )

    def operations(self) -> Iterator[Change]:
        old, new = _operations(self.old), _operations(self.new)
        for key in sorted(set(new) - set(old)):
            yield _change(FEATURE, key, "operation added", "a new operation is a feature")
        for key in sorted(set(old) - set(new)):
            yield _change(BREAKING, key, "operation removed", "a removed operation is breaking")
        for key in sorted(set(old) & set(new)):
            yield from self._operation(key, old[key], new[key])

    def _operation(self, key: str, old: Json, new: Json) -> Iterator[Change]:
        for field in ("summary", "description"):
            if old.get(field) != new.get(field):
                yield _change(FIX, key, f"{field} changed", "documentation only")
        if _requirements(old.get("security")) != _requirements(new.get("security")):
            yield _change(
                BREAKING, key, "security requirement changed", "changed credentials are breaking"
            )
        yield from self._parameters(key, old, new)
        yield from self._request_body(key, old.get("requestBody"), new.get("requestBody"))
        yield from self._responses(key, old.get("responses") or {}, new.get("responses") or {})

    def _parameters(self, key: str, old_op: Json, new_op: Json) -> Iterator[Change]:
        old = {(p.get("in"), p.get("name")): p for p in self._params(self.old, old_op)}
        new = {(p.get("in"), p.get("name")): p for p in self._params(self.new, new_op)}
        for loc, name in sorted(set(new) - set(old), key=str):
            where = f"{key} {loc} parameter `{name}`"
            if new[(loc, name)].get("required"):
                yield _change(
                    BREAKING, where, "added, required", "a new required parameter is breaking"
                )
            else:
                yield _change(
                    FEATURE, where, "added, optional", "a new optional parameter is a feature"
                )
        for loc, name in sorted(set(old) - set(new), key=str):
            yield _change(
                BREAKING,
                f"{key} {loc} parameter `{name}`",
                "removed",
                "a removed parameter is breaking",
            )
        for pk in sorted(set(old) & set(new), key=str):
            o, n = old[pk], new[pk]
            where = f"{key} {pk[0]} parameter `{pk[1]}`"
            if bool(o.get("required")) != bool(n.get("required")):
                if n.get("required"):
                    yield _change(
                        BREAKING,
                        where,
                        "became required",
                        "a parameter that became required is breaking",
                    )
                else:
                    yield _change(
                        FEATURE,
                        where,
                        "became optional",
                        "a parameter that became optional is a feature",
                    )
            if o.get("description") != n.get("description"):
                yield _change(FIX, where, "description changed", "documentation only")
            yield from _Schemas(self.old, self.new, REQUEST, self.seen[REQUEST]).compare(
                where, o.get("schema") or {}, n.get("schema") or {}
            )

    def _params(self, doc: Json, op: Json) -> list[Json]:
        params = [
            _deref(doc, p)
            for p in [*(op.get("x-path-parameters") or []), *(op.get("parameters") or [])]
        ]
        return [p for p in params if isinstance(p, dict)]

    def _request_body(self, key: str, old: Json | None, new: Json | None) -> Iterator[Change]:
        where = f"{key} request body"
        old = _deref(self.old, old) if old else None
        new = _deref(self.new, new) if new else None
        if old is None and new is None:
            return
        if old is None or new is None:
            if new is not None:
                kind = BREAKING if new.get("required") else FEATURE
                yield _change(
                    kind,
                    where,
                    "added",
                    (
                        "a new required request body is breaking"
                        if kind == BREAKING
                        else "a new optional request body is a feature"
                    ),
                )
            else:
                yield _change(BREAKING, where, "removed", "a removed request body is breaking")
            return
        if bool(old.get("required")) != bool(new.get("required")) and new.get("required"):
            yield _change(
                BREAKING,
                where,
                "became required",
                "a request body that became required is breaking",
            )
        yield from self._content(where, old.get("content") or {}, new.get("content") or {}, REQUEST)

    def _responses(self, key: str, old: Json, new: Json) -> Iterator[Change]:
        for status in sorted(set(new) - set(old)):
            yield _change(
                FEATURE,
                f"{key} response {status}",
                "status added",
                "a newly documented status is a feature",
            )
        for status in sorted(set(old) - set(new)):
            yield _change(
                BREAKING,
                f"{key} response {status}",
                "status removed",
                "a removed status is breaking (its result type or error class goes)",
            )
        for status in sorted(set(old) & set(new)):
            o, n = _deref(self.old, old[status]), _deref(self.new, new[status])
            where = f"{key} response {status}"
            if o.get("description") != n.get("description"):
                yield _change(FIX, where, "description changed", "documentation only")
            yield from self._content(
                where, o.get("content") or {}, n.get("content") or {}, RESPONSE
            )
            yield from self._headers(where, o.get("headers") or {}, n.get("headers") or {})

    def _headers(self, where: str, old: Json, new: Json) -> Iterator[Change]:
        """A response's headers, by name whatever its case: what a client reads from them."""
        old = {name.lower(): (name, _deref(self.old, h)) for name, h in old.items()}
        new = {name.lower(): (name, _deref(self.new, h)) for name, h in new.items()}
        for key in sorted(set(new) - set(old)):
            at = f"{where} header `{new[key][0]}`"
            yield _change(FEATURE, at, "header added", "a new response header is a feature")
        for key in sorted(set(old) - set(new)):
            at = f"{where} header `{old[key][0]}`"
            yield _change(BREAKING, at, "header removed", "a removed response header is breaking")
        for key in sorted(set(old) & set(new)):
            (_, o), (name, n) = old[key], new[key]
            if not isinstance(o, dict) or not isinstance(n, dict):
                continue
            at = f"{where} header `{name}`"
            if o.get("description") != n.get("description"):
                yield _change(FIX, at, "description changed", "documentation only")
            yield from _Schemas(self.old, self.new, RESPONSE, self.seen[RESPONSE]).compare(
                at, o.get("schema") or {}, n.get("schema") or {}
            )

    def _content(self, where: str, old: Json, new: Json, direction: str) -> Iterator[Change]:
        for ct in sorted(set(new) - set(old)):
            yield _change(
                FEATURE, where, f"content type {ct} added", "a new content type is a feature"
            )
        for ct in sorted(set(old) - set(new)):
            yield _change(
                BREAKING, where, f"content type {ct} removed", "a removed content type is breaking"
            )
        for ct in sorted(set(old) & set(new)):
            label = where if len(old) == 1 else f"{where} ({ct})"
            yield from _Schemas(self.old, self.new, direction, self.seen[direction]).compare(
                label, (old[ct] or {}).get("schema") or {}, (new[ct] or {}).get("schema") or {}
            )


class _Schemas:
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
            yield _change(FIX, at, "description changed", "documentation only")
        old_type, new_type = _type_of(self.old_doc, old), _type_of(self.new_doc, new)
        if old_type != new_type:
            what = f"type changed from {old_type} to {new_type}"
            # a type that only gained kinds (`integer` -> `integer | null`) still holds
            # what it held: more lenient for what is sent, a surprise in what is received
            old_kinds, new_kinds = _kinds(old_type), _kinds(new_type)
            if old_kinds < new_kinds and request:
                yield _change(FEATURE, at, what, "a request type that accepts more is a feature")
            elif new_kinds < old_kinds and not request:
                rule = "a response type that holds less is a feature (what it holds, it held)"
                yield _change(FEATURE, at, what, rule)
            else:
                yield _change(BREAKING, at, what, "a changed type is breaking")
                return
        yield from self._enum(at, old.get("enum"), new.get("enum"))
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_req, new_req = set(old.get("required") or ()), set(new.get("required") or ())
        for name in sorted(set(new_props) - set(old_props)):
            p = _join(path, name)
            if not request:
                yield _change(
                    FEATURE,
                    f"{where} `{p}`",
                    "property added",
                    "a new response property is a feature",
                )
            elif name in new_req:
                yield _change(
                    BREAKING,
                    f"{where} `{p}`",
                    "property added, required",
                    "a new required request property is breaking",
                )
            else:
                yield _change(
                    FEATURE,
                    f"{where} `{p}`",
                    "property added, optional",
                    "a new optional request property is a feature",
                )
        for name in sorted(set(old_props) - set(new_props)):
            rule = f"a removed {self.direction} property is breaking"
            yield _change(BREAKING, f"{where} `{_join(path, name)}`", "property removed", rule)
        for name in sorted(set(old_props) & set(new_props)):
            p = _join(path, name)
            was, now = name in old_req, name in new_req
            if was != now:
                breaks = now if request else was
                rule = (
                    f"a {self.direction} property that became {'required' if now else 'optional'} "
                    f"is {'breaking' if breaks else 'a feature'}"
                )
                yield _change(
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
                yield _change(
                    FEATURE,
                    at,
                    "no longer limited to enum values",
                    "a lifted restriction is a feature",
                )
            elif new is not None:
                yield _change(
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
            yield _change(FEATURE, at, f"enum value(s) {_values(added)} added", rule)
        if removed:
            yield _change(
                BREAKING,
                at,
                f"enum value(s) {_values(removed)} removed",
                "a removed enum value is breaking (its enum member goes)",
            )


def _operations(doc: Json) -> dict[str, Json]:
    out: dict[str, Json] = {}
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                # path-level parameters belong to every operation under the path
                out[f"{method.upper()} {path}"] = {
                    **op,
                    "x-path-parameters": item.get("parameters") or [],
                }
    return out


def _deref(doc: Json, node: Any, depth: int = 0) -> Any:
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
    schema = _deref(doc, schema)
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


def _strip_docs(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _strip_docs(v) for k, v in node.items() if k not in ("description", "summary")}
    return node


def _requirements(security: Any) -> str:
    return json.dumps(security, sort_keys=True)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _values(values: list[Any]) -> str:
    return ", ".join(json.dumps(v) for v in values)
