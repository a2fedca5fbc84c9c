"""Breaking the cycles of a document's schemas, where Prism may skip its checks.

Prism (5.14) dereferences the document, writes each cycle back as a reference to the place
(in `#/paths/...`) where it met the schema first, then gathers the references of each
operation under names made of the place's last segment: `items`, `items_2`, ... `items_20`.
Past twenty of one name it gives up, and the reference stays pointing into the document,
where its validator (ajv) cannot resolve it. The schema then does not compile, and Prism
skips the check without a word: the log still says that the request "passed the validation
rules", and an answer that breaks its schema goes out as it is. The failed compilation is
not cached either, so each such request costs seconds. Xero's schemas (invoices, payments,
credit notes, allocations, each referring to the others) reach that limit in 48 places.

Whether one operation reaches it depends on every path through the cycles, so the served
copies have no cycles at all: each is broken at one reference, preferably the items of an
array (the data around it stays checkable and finite), else an optional property. Only as
few references are cut as it takes; each cut is listed with the cycle it closed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from contract.errors import ContractError

_PREFIX = "#/components/schemas/"
_COMBINERS = ("anyOf", "oneOf", "allOf")


@dataclass(frozen=True)
class Reference:
    """A `$ref` from one component schema to another, where it sits in the document."""

    source: str  # the component that holds the reference
    path: tuple[str | int, ...]  # from the document's root to the `$ref` object
    target: str
    kind: Literal["items", "property", "other"]

    @property
    def pointer(self) -> str:
        return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in self.path)


@dataclass(frozen=True)
class Cut:
    """A reference the served copy does without, and the cycle it closed."""

    reference: Reference
    cycle: tuple[str, ...]  # component names, from the target back to the source

    def describe(self, how: str) -> str:
        loop = " -> ".join((*self.cycle, self.cycle[0]))
        return (
            f"{self.reference.pointer} ({self.reference.target}) closes the cycle {loop}, "
            f"which Prism cannot check: {how}"
        )


def references(document: dict[str, Any]) -> list[Reference]:
    """Every reference between component schemas, in the document's order."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    found: list[Reference] = []
    for name, schema in schemas.items():
        found += _walk(name, schema, ("components", "schemas", name))
    return found


def _walk(source: str, node: Any, path: tuple[str | int, ...]) -> Iterator[Reference]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_PREFIX):
            target = ref[len(_PREFIX) :].split("/", 1)[0].replace("~1", "/").replace("~0", "~")
            yield Reference(source, path, target, _kind(path))
        for key, value in node.items():
            yield from _walk(source, value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(source, value, (*path, i))


def _kind(path: tuple[str | int, ...]) -> Literal["items", "property", "other"]:
    """Where the reference sits, looking through anyOf/oneOf/allOf wrappers (nullable)."""
    k = len(path)
    while k >= 2 and isinstance(path[k - 1], int) and path[k - 2] in _COMBINERS:
        k -= 2
    if k >= 1 and path[k - 1] == "items":
        return "items"
    if k >= 2 and path[k - 2] == "properties":
        return "property"
    return "other"


def _owner(path: tuple[str | int, ...], kind: str) -> tuple[tuple[str | int, ...], str | int]:
    """The schema that holds the array (`items`) or the property, and the key of the latter."""
    k = len(path)
    while k >= 2 and isinstance(path[k - 1], int) and path[k - 2] in _COMBINERS:
        k -= 2
    if kind == "items":
        return path[: k - 1], "items"
    return path[: k - 2], path[k - 1]


def find_cuts(document: dict[str, Any]) -> list[Cut]:
    """Few references (chosen greedily, in the document's order) whose removal leaves no cycle.

    Array items are cut first, then optional properties; a cycle through neither cannot be
    served as finite data and is an error. A cut that later cuts made needless is restored.
    """
    graph = _Graph(references(document))
    cuts: list[int] = []
    for preferred in ("items", "property"):
        for i, ref in enumerate(graph.refs):
            if ref.kind != preferred or (preferred == "property" and _required(document, ref)):
                continue
            if graph.path(ref.target, ref.source) is not None:
                graph.live.discard(i)
                cuts.append(i)
    for i in sorted(graph.live):
        ref = graph.refs[i]
        cycle = graph.path(ref.target, ref.source)
        if cycle is not None:
            raise ContractError(
                f"{ref.pointer}: the cycle {' -> '.join([ref.source, *cycle])} has no array and "
                "no optional property to break it at: no finite data fits it"
            )
    for i in reversed(list(cuts)):  # restore a cut that later ones made needless
        ref = graph.refs[i]
        if graph.path(ref.target, ref.source) is None:
            graph.live.add(i)
            cuts.remove(i)
    out = []
    for i in cuts:
        ref = graph.refs[i]
        graph.live.add(i)
        cycle = graph.path(ref.target, ref.source) or [ref.target]
        graph.live.discard(i)
        out.append(Cut(ref, tuple(cycle)))
    return out


class _Graph:
    """Component schemas joined by their references; `live` are the ones not cut."""

    def __init__(self, refs: list[Reference]) -> None:
        self.refs = refs
        self.live = set(range(len(refs)))
        self._out: dict[str, list[int]] = {}
        for i, ref in enumerate(refs):
            self._out.setdefault(ref.source, []).append(i)

    def path(self, start: str, goal: str) -> list[str] | None:
        """The components on a shortest path of live references from `start` to `goal`."""
        previous: dict[str, str | None] = {start: None}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            if node == goal:
                path = []
                at: str | None = node
                while at is not None:
                    path.append(at)
                    at = previous[at]
                return path[::-1]
            for i in self._out.get(node, ()):
                target = self.refs[i].target
                if i in self.live and target not in previous:
                    previous[target] = node
                    queue.append(target)
        return None


def _required(document: dict[str, Any], ref: Reference) -> bool:
    owner, key = _owner(ref.path, ref.kind)
    node = _get(document, owner)
    return isinstance(node, dict) and key in (node.get("required") or [])


def apply_cuts(document: dict[str, Any], cuts: list[Cut], mode: str) -> list[str]:
    """Cut the references in `document` (changed in place); what each cut does, in words.

    The cut place accepts any value: an array loses its `items`, a property its schema.
    Prism's dynamic mode makes up data from the schema, every optional property and item
    included; an array without `items` it makes up empty, and a property it does not know
    of it leaves out, so what it answers still fits the client's models. The static copy
    answers examples, which may well fill the place: there the property stays, as `{}`.
    """
    changes = []
    for cut in cuts:
        ref = cut.reference
        owner_path, key = _owner(ref.path, ref.kind)
        owner = _get(document, owner_path)
        if ref.kind == "items":
            owner.pop("items", None)
            changes.append(cut.describe("served as an array of any items"))
        elif mode == "dynamic" and owner.get("additionalProperties") is not False:
            (owner.get("properties") or {}).pop(key, None)
            changes.append(cut.describe("served as a property the schema does not name"))
        else:
            _set(document, ref.path, {})
            changes.append(cut.describe("served as any value"))
    return changes


def _get(document: dict[str, Any], path: tuple[str | int, ...]) -> Any:
    node: Any = document
    for part in path:
        node = node[part]
    return node


def _set(document: dict[str, Any], path: tuple[str | int, ...], value: Any) -> None:
    _get(document, path[:-1])[path[-1]] = value
