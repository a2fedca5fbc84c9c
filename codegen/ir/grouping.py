"""Operations -> resources: which resource an operation belongs to (its tag, else its path),
the resources' attribute names, and method names that do not repeat the resource's
(`invoices.create`, `invoices.list`, `invoices.get_as_pdf`)."""

from __future__ import annotations

import keyword
import re
from typing import Any

from codegen.ir.model import Operation, Resource
from codegen.ir.names import Namer, field_name, pascal, singular, snake, words
from codegen.sources.fragments import HTTP_METHODS

_VERSION_SEGMENT = re.compile(r"^(v\d+(\.\d+)*|api|rest|public-api)$", re.IGNORECASE)
# an API with one tag and more operations than this is grouped by its paths instead
_ONE_TAG_MAX = 20
# the client's own attributes, which a resource must not shadow
_CLIENT_RESERVED = frozenset({"close", "with_options", "base_url", "environment"})


class Grouping:
    """Groups the operations of one document into resources."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self._tags_useful: bool | None = None
        # (operation, why it keeps its full name): reported as warnings
        self.notes: list[tuple[Operation, str]] = []

    def group(self, path: str, op: dict[str, Any]) -> str:
        """The resource an operation belongs to: its tag, else the first collection of its path.

        Tool-call variants group under the collection they are posted to (`.../tools`). One
        tag over a large API (Xero's `Accounting`) groups nothing, so paths decide there.
        """
        static = [
            s
            for s in path.split("/")
            if s and not s.startswith("{") and not _VERSION_SEGMENT.match(s)
        ]
        if op.get("x-codegen-variants"):
            return static[-1] if static else "default"
        tags = op.get("tags") or []
        if tags and self._tags_group():
            return str(tags[0])
        return static[0] if static else "default"

    def resources(self, operations: list[tuple[str, Operation]]) -> tuple[Resource, ...]:
        groups: dict[str, list[Operation]] = {}
        for group, op in operations:
            groups.setdefault(group, []).append(op)
        attrs = Namer(_CLIENT_RESERVED)
        tags = {
            t.get("name"): t.get("description")
            for t in self.doc.get("tags") or []
            if isinstance(t, dict)
        }
        out = []
        for group in sorted(groups, key=lambda g: snake(g)):
            attr = attrs.unique(field_name(group), sep="_")
            ops = _short_method_names(groups[group], attr, self.notes)
            out.append(
                Resource(
                    attr=attr,
                    class_name=pascal(attr) + "Resource",
                    module=attr,
                    description=tags.get(group),
                    operations=tuple(ops),
                )
            )
        return tuple(out)

    def _tags_group(self) -> bool:
        if self._tags_useful is None:
            ops = [
                op
                for item in (self.doc.get("paths") or {}).values()
                if isinstance(item, dict)
                for method, op in item.items()
                if method in HTTP_METHODS and isinstance(op, dict)
            ]
            firsts = {str((op.get("tags") or [""])[0]) for op in ops} - {""}
            self._tags_useful = len(firsts) > 1 or len(ops) <= _ONE_TAG_MAX
        return self._tags_useful


# an operation named only by its HTTP method (`post /invoices` in `invoices`) does this
_METHOD_ACTIONS = {
    "GET": "get",
    "POST": "create",
    "PUT": "update",
    "PATCH": "update",
    "DELETE": "delete",
}
# a read named by one of these verbs alone is `list` on a collection, `get` on one item
_READ_VERBS = frozenset({"get", "list", "fetch", "retrieve", "read", "find"})
# the resource class's own attributes, which a method must not take
_RESOURCE_RESERVED = frozenset({"with_raw_response", "with_streaming_response"})


def _forms(resource: str) -> list[list[str]]:
    """The ways an operation name spells its resource: as named, singular, plural."""
    base = words(resource)
    if not base:
        return []
    last = base[-1]
    one = singular(last)
    many = last if last != one else (last[:-1] + "ies" if last.endswith("y") else last + "s")
    forms = {tuple(base), (*base[:-1], one), (*base[:-1], many)}
    # the longest first, so that `invoice_items` is taken whole before `invoice`
    return [list(f) for f in sorted(forms, key=lambda f: (-len(f), f))]


def _strip(parts: list[str], forms: list[list[str]]) -> tuple[list[str], list[str]] | None:
    """The name without the first mention of its resource, and the form mentioned; None when
    it has none."""
    for form in forms:
        for start in range(len(parts) - len(form) + 1):
            if parts[start : start + len(form)] == form:
                return parts[:start] + parts[start + len(form) :], form
    return None


def _lists(op: Operation, form: list[str]) -> bool:
    """Whether a read returns many: it pages, answers an array, or names its resource in the
    plural; a read of one item (`/invoices/{id}`) never does."""
    if op.path.rstrip("/").endswith("}"):
        return False
    success = op.success.type.annotation if op.success and op.success.type else ""
    return bool(op.pagination or success.startswith("list[") or singular(form[-1]) != form[-1])


def short_name(op: Operation, resource: str) -> str:
    """What `op` is called inside its resource: the operation's name without the resource's
    (`get_invoice_as_pdf` -> `get_as_pdf`), the common actions as `list`, `get`, `create`,
    `update`, `delete`. A name that does not mention its resource is kept."""
    parts = op.py_name.split("_")
    found = _strip(parts, _forms(resource))
    if found is None:
        return op.py_name
    rest, form = found
    if not rest:
        rest = [_METHOD_ACTIONS.get(op.http_method, op.http_method.lower())]
    if rest == ["post"] and op.http_method == "POST":
        rest = ["create"]
    if op.http_method == "GET" and (rest in ([v] for v in _READ_VERBS) or rest == ["get", "all"]):
        rest = ["list" if _lists(op, form) else "get"]
    name = "_".join(rest)
    if keyword.iskeyword(name) or name[0].isdigit() or name in _RESOURCE_RESERVED:
        return op.py_name
    return name


def _short_method_names(
    ops: list[Operation], resource: str, notes: list[tuple[Operation, str]]
) -> list[Operation]:
    """Each operation under its short name; operations that would share one keep their
    full names, and the clash goes into `notes`. A pure function of the operations."""
    proposals = [short_name(op, resource) for op in ops]
    full = {op.py_name for op in ops}
    counts = {p: proposals.count(p) for p in proposals}
    out = []
    for op, short in zip(ops, proposals, strict=True):
        clash = counts[short] > 1 or (short != op.py_name and short in full)
        if clash and short != op.py_name:
            others = [
                o.py_name for o, p in zip(ops, proposals, strict=True) if p == short and o is not op
            ]
            with_ = f" (as would {', '.join(others)})" if others else " (another method has it)"
            notes.append(
                (
                    op,
                    f"method `{resource}.{short}` is ambiguous{with_}; kept as `{resource}.{op.py_name}`",
                )
            )
        name = op.py_name if clash else short
        if name in _RESOURCE_RESERVED:
            # the operation's own name is the resource's attribute: a trailing underscore, as
            # PEP 8 has it for names that would clash, so the derived variants stay reachable
            taken = full | set(proposals)
            kept = name
            while name in taken or name in _RESOURCE_RESERVED:
                name += "_"
            notes.append(
                (op, f"method `{resource}.{kept}` is the resource's own attribute; named `{name}`")
            )
        out.append(op if name == op.py_name else Operation(**{**op.__dict__, "py_name": name}))
    return out
