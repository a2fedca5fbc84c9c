"""Operations -> resources: which resource an operation belongs to (its tag, else its path),
the resources' attribute names, and short method names (`invoices.create`)."""

from __future__ import annotations

import re
from typing import Any

from codegen.ir.model import Operation, Resource
from codegen.ir.names import Namer, field_name, pascal, snake, words
from codegen.sources.fragments import HTTP_METHODS

# words that are a whole verb: `create_invoice` in `invoices` reads better as `invoices.create`
_VERBS = frozenset(
    [
        "create",
        "get",
        "list",
        "update",
        "delete",
        "retrieve",
        "patch",
        "put",
        "post",
        "remove",
        "add",
        "replace",
        "upsert",
        "search",
        "find",
        "fetch",
        "read",
        "write",
        "cancel",
        "void",
        "send",
    ]
)
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
            ops = _short_method_names(groups[group], attr)
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


def _short_method_names(ops: list[Operation], resource: str) -> list[Operation]:
    """`create_invoice` in `invoices` -> `create`, when the rest is a verb phrase and stays unique."""
    resource_words = words(resource)
    singular_words = (
        [*resource_words[:-1], resource_words[-1].rstrip("s")] if resource_words else []
    )
    proposals: list[str] = []
    for op in ops:
        parts = op.py_name.split("_")
        short = op.py_name
        for tail in (resource_words, singular_words):
            head = parts[: len(parts) - len(tail)]
            if tail and head and parts[len(head) :] == tail and _is_verb_phrase(head):
                short = "_".join(head)
        proposals.append(short)
    counts = {p: proposals.count(p) for p in proposals}
    out = []
    for op, short in zip(ops, proposals, strict=True):
        name = (
            short
            if counts[short] == 1 and short not in {o.py_name for o in ops if o is not op}
            else op.py_name
        )
        out.append(op if name == op.py_name else Operation(**{**op.__dict__, "py_name": name}))
    return out


def _is_verb_phrase(words_: list[str]) -> bool:
    """`create`, `update_or_create`: verbs joined by and/or, nothing else."""
    return (
        words_[0] in _VERBS
        and words_[-1] in _VERBS
        and all(w in _VERBS or w in ("or", "and") for w in words_)
    )
