"""Local references: `$ref: "#/components/schemas/Foo"` and the JSON pointers they hold.

A `$ref` is a URI, so its fragment is a JSON pointer in URI-fragment form (RFC 6901 §6):
percent-encoded first (`#/paths/~1items~1%7Bid%7D`), then `~1` for `/` and `~0` for `~`.
Everything that follows a reference decodes it here, the way the validator does, so that
two spellings of one place are one place.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

from codegen.errors import Problem, pointer

MISSING: Any = object()  # what `follow` gives for a place the document does not have


def ref_parts(ref: str) -> list[str] | None:
    """The keys `ref` leads through (`#/a~1b/c%20d` -> `["a/b", "c d"]`), or None when it is
    not a pointer into this document (another file, or a plain-name anchor `#foo`)."""
    parts = _parts(ref)
    return None if parts is None else list(parts)  # a list of its own for each caller


# a large document names the same few thousand targets tens of thousands of times
@functools.lru_cache(maxsize=16384)
def _parts(ref: str) -> tuple[str, ...] | None:
    if not ref.startswith("#"):
        return None
    fragment = unquote(ref[1:])  # percent-decoding comes before the `~` escapes (§6)
    if not fragment:
        return ()
    if not fragment.startswith("/"):
        return None
    return tuple(part.replace("~1", "/").replace("~0", "~") for part in fragment[1:].split("/"))


def local_ref(*parts: object) -> str:
    """The reference to `parts` in one spelling: `~0`/`~1` escapes, and `%` as `%25` so that
    decoding gives the parts back (a key may hold a `%`)."""
    return "#" + pointer(*parts).replace("%", "%25")


@functools.lru_cache(maxsize=16384)  # as `_parts`: the same targets, many times
def canonical_ref(ref: str) -> str:
    """`ref` in the one spelling `local_ref` writes; a reference that is not local as it is."""
    parts = ref_parts(ref)
    return ref if parts is None else local_ref(*parts)


def follow(doc: Any, parts: list[str]) -> Any:
    """The node `parts` lead to in `doc` (list items by index), or `MISSING`."""
    node = doc
    for part in parts:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return MISSING
    return node


def alias_cycle_problems(doc: Any, owner: Callable[[str], str]) -> list[Problem]:
    """Chains of references that lead back to where they began through nothing but
    references and `allOf` members (`A: {$ref: B}`, `B: {$ref: A}`): a schema defined by
    itself, which a validator follows forever. A recursion
    through a property, an item or an alternative (`Node.children: [Node]`) is no such cycle.
    `owner(json_pointer)` names the file a place came from."""
    spellings: set[str] = set()  # decoded once each: the same few are written many times

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                spellings.add(ref)
            for value in node.values():
                if isinstance(value, (dict, list)):  # a call per string costs more than a check
                    collect(value)
        elif isinstance(node, list):
            for value in node:
                if isinstance(value, (dict, list)):
                    collect(value)

    def edges(node: Any) -> list[str]:
        out: list[str] = []
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref_parts(ref) is not None:
                out.append(canonical_ref(ref))
            members = node.get("allOf")
            if isinstance(members, list):
                for member in members:
                    out.extend(edges(member))
        return out

    collect(doc)
    targets = {canonical_ref(ref) for ref in spellings if ref_parts(ref) is not None}
    graph = {t: edges(follow(doc, ref_parts(t) or [])) for t in sorted(targets)}
    cycles: dict[tuple[str, ...], list[str]] = {}
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def visit(ref: str) -> None:
        state[ref] = 1
        path.append(ref)
        for nxt in graph.get(ref, []):
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt) :]
                start = cycle.index(min(cycle))  # one spelling per cycle, whatever the entry
                cycles.setdefault(tuple(cycle[start:] + cycle[:start]), cycle)
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[ref] = 2

    for ref in graph:
        if ref not in state:
            visit(ref)
    problems = []
    for key in sorted(cycles):
        where = pointer(*(ref_parts(key[0]) or []))
        names = " -> ".join(r.rsplit("/", 1)[-1] for r in [*key, key[0]])
        problems.append(
            Problem(
                owner(where),
                where,
                f"a reference cycle through nothing but $ref and allOf ({names}): "
                "the schema is defined by itself",
                "point one of these references at a real schema, or let the recursion go "
                "through a property",
            )
        )
    return problems


# values that are data, where a "$ref" key is just data
_DATA_KEYS = {"example", "default", "const", "enum", "value"}
_NAME_MAPS = {"properties", "patternProperties", "schemas", "examples", "parameters"}


def dangling_ref_problems(doc: Any, owner: Callable[[str], str]) -> list[Problem]:
    """Local references to places the document does not have, and references to other
    files, one line each: the file, the JSON pointer of the `$ref`, and the target (never the
    document itself)."""
    problems: list[Problem] = []

    # a place is kept as (the parent's place, the key below it), spelt out only for a problem
    def walk(node: Any, place: tuple[Any, ...]) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                problem = _dangling(doc, ref, place, owner)
                if problem is not None:
                    problems.append(problem)
            names = bool(place) and place[1] in _NAME_MAPS  # keys are names, not keywords
            for key, value in node.items():
                if not isinstance(value, (dict, list)):
                    continue  # most values: nothing to walk
                if names or not (key in _DATA_KEYS or str(key).startswith("x-")):
                    walk(value, (place, str(key)))
        elif isinstance(node, list) and not (place and place[1] == "examples"):
            for i, value in enumerate(node):
                if isinstance(value, (dict, list)):
                    walk(value, (place, str(i)))

    walk(doc, ())
    return problems


def _dangling(
    doc: Any, ref: str, place: tuple[Any, ...], owner: Callable[[str], str]
) -> Problem | None:
    """The problem with the `$ref` at `place`, if it leads out of the document or nowhere."""
    target = ref_parts(ref)
    if target is not None and follow(doc, target) is not MISSING:
        return None
    parts: list[str] = []
    while place:
        place, key = place
        parts.append(key)
    where = pointer(*reversed(parts), "$ref")
    if target is None:  # another file's, or an anchor's, which nothing here reads
        return Problem(
            owner(where),
            where,
            f"only references inside the document are supported: {ref!r}",
            hint="bundle external files into the document first",
        )
    return Problem(
        owner(where),
        where,
        f"reference to nowhere: {ref!r}, and the document has no {pointer(*target) or '/'}",
        hint="define the target, or correct the reference by an overlay",
    )
