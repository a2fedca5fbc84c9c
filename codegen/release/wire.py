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
from codegen.release.wire_schemas import (
    REQUEST,
    RESPONSE,
    Json,
    Schemas,
    change,
    deref,
    strip_docs,
)

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def wire_changes(old: Json, new: Json) -> list[Change]:
    """Every change between two OpenAPI documents, sorted by kind and place."""
    differ = _Differ(old, new)
    out = [*differ.servers(), *differ.security(), *differ.operations()]
    return sorted(set(out), key=lambda c: (c.kind != BREAKING, c.kind != FEATURE, c.where, c.what))


class _Differ:
    def __init__(self, old: Json, new: Json) -> None:
        self.old, self.new = old, new
        self.seen: dict[str, set[tuple[str, str]]] = {REQUEST: set(), RESPONSE: set()}

    def servers(self) -> Iterator[Change]:
        old = {s.get("url") for s in self.old.get("servers") or []}
        new = {s.get("url") for s in self.new.get("servers") or []}
        for url in sorted(new - old):
            yield change(FEATURE, "servers", f"server {url} added", "a new server is a feature")
        for url in sorted(old - new):
            yield change(
                BREAKING, "servers", f"server {url} removed", "a removed server is breaking"
            )

    def security(self) -> Iterator[Change]:
        old = (self.old.get("components") or {}).get("securitySchemes") or {}
        new = (self.new.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(set(new) - set(old)):
            yield change(
                FEATURE,
                "security",
                f"scheme {name} added",
                "a new way to authenticate is a feature",
            )
        for name in sorted(set(old) - set(new)):
            yield change(
                BREAKING,
                "security",
                f"scheme {name} removed",
                "a removed security scheme is breaking",
            )
        for name in sorted(set(old) & set(new)):
            if strip_docs(old[name]) != strip_docs(new[name]):
                yield change(
                    BREAKING,
                    "security",
                    f"scheme {name} changed",
                    "a changed security scheme is breaking",
                )
        if _requirements(self.old.get("security")) != _requirements(self.new.get("security")):
            yield change(
                BREAKING,
                "security",
                "the default security requirement changed",
                "changed credentials are breaking",
            )

    def operations(self) -> Iterator[Change]:
        old, new = _operations(self.old), _operations(self.new)
        for key in sorted(set(new) - set(old)):
            yield change(FEATURE, key, "operation added", "a new operation is a feature")
        for key in sorted(set(old) - set(new)):
            yield change(BREAKING, key, "operation removed", "a removed operation is breaking")
        for key in sorted(set(old) & set(new)):
            yield from self._operation(key, old[key], new[key])

    def _operation(self, key: str, old: Json, new: Json) -> Iterator[Change]:
        for field in ("summary", "description"):
            if old.get(field) != new.get(field):
                yield change(FIX, key, f"{field} changed", "documentation only")
        if _requirements(old.get("security")) != _requirements(new.get("security")):
            yield change(
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
                yield change(
                    BREAKING, where, "added, required", "a new required parameter is breaking"
                )
            else:
                yield change(
                    FEATURE, where, "added, optional", "a new optional parameter is a feature"
                )
        for loc, name in sorted(set(old) - set(new), key=str):
            yield change(
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
                    yield change(
                        BREAKING,
                        where,
                        "became required",
                        "a parameter that became required is breaking",
                    )
                else:
                    yield change(
                        FEATURE,
                        where,
                        "became optional",
                        "a parameter that became optional is a feature",
                    )
            if o.get("description") != n.get("description"):
                yield change(FIX, where, "description changed", "documentation only")
            yield from Schemas(self.old, self.new, REQUEST, self.seen[REQUEST]).compare(
                where, o.get("schema") or {}, n.get("schema") or {}
            )

    def _params(self, doc: Json, op: Json) -> list[Json]:
        params = [
            deref(doc, p)
            for p in [*(op.get("x-path-parameters") or []), *(op.get("parameters") or [])]
        ]
        return [p for p in params if isinstance(p, dict)]

    def _request_body(self, key: str, old: Json | None, new: Json | None) -> Iterator[Change]:
        where = f"{key} request body"
        old = deref(self.old, old) if old else None
        new = deref(self.new, new) if new else None
        if old is None and new is None:
            return
        if old is None or new is None:
            if new is not None:
                kind = BREAKING if new.get("required") else FEATURE
                yield change(
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
                yield change(BREAKING, where, "removed", "a removed request body is breaking")
            return
        if bool(old.get("required")) != bool(new.get("required")) and new.get("required"):
            yield change(
                BREAKING,
                where,
                "became required",
                "a request body that became required is breaking",
            )
        yield from self._content(where, old.get("content") or {}, new.get("content") or {}, REQUEST)

    def _responses(self, key: str, old: Json, new: Json) -> Iterator[Change]:
        for status in sorted(set(new) - set(old)):
            yield change(
                FEATURE,
                f"{key} response {status}",
                "status added",
                "a newly documented status is a feature",
            )
        for status in sorted(set(old) - set(new)):
            yield change(
                BREAKING,
                f"{key} response {status}",
                "status removed",
                "a removed status is breaking (its result type or error class goes)",
            )
        for status in sorted(set(old) & set(new)):
            o, n = deref(self.old, old[status]), deref(self.new, new[status])
            where = f"{key} response {status}"
            if o.get("description") != n.get("description"):
                yield change(FIX, where, "description changed", "documentation only")
            yield from self._content(
                where, o.get("content") or {}, n.get("content") or {}, RESPONSE
            )
            yield from self._headers(where, o.get("headers") or {}, n.get("headers") or {})

    def _headers(self, where: str, old: Json, new: Json) -> Iterator[Change]:
        """A response's headers, by name whatever its case: what a client reads from them."""
        old = {name.lower(): (name, deref(self.old, h)) for name, h in old.items()}
        new = {name.lower(): (name, deref(self.new, h)) for name, h in new.items()}
        for key in sorted(set(new) - set(old)):
            at = f"{where} header `{new[key][0]}`"
            yield change(FEATURE, at, "header added", "a new response header is a feature")
        for key in sorted(set(old) - set(new)):
            at = f"{where} header `{old[key][0]}`"
            yield change(BREAKING, at, "header removed", "a removed response header is breaking")
        for key in sorted(set(old) & set(new)):
            (_, o), (name, n) = old[key], new[key]
            if not isinstance(o, dict) or not isinstance(n, dict):
                continue
            at = f"{where} header `{name}`"
            if o.get("description") != n.get("description"):
                yield change(FIX, at, "description changed", "documentation only")
            yield from Schemas(self.old, self.new, RESPONSE, self.seen[RESPONSE]).compare(
                at, o.get("schema") or {}, n.get("schema") or {}
            )

    def _content(self, where: str, old: Json, new: Json, direction: str) -> Iterator[Change]:
        for ct in sorted(set(new) - set(old)):
            yield change(
                FEATURE, where, f"content type {ct} added", "a new content type is a feature"
            )
        for ct in sorted(set(old) - set(new)):
            yield change(
                BREAKING, where, f"content type {ct} removed", "a removed content type is breaking"
            )
        for ct in sorted(set(old) & set(new)):
            label = where if len(old) == 1 else f"{where} ({ct})"
            yield from Schemas(self.old, self.new, direction, self.seen[direction]).compare(
                label, (old[ct] or {}).get("schema") or {}, (new[ct] or {}).get("schema") or {}
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


def _requirements(security: Any) -> str:
    return json.dumps(security, sort_keys=True)
