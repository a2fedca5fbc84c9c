"""Walking every object of an OpenAPI document that may hold schema keywords.

Two things make a naive walk wrong. Values such as `example`, `default` or `enum` are data:
an example may well contain `"nullable": true`. And the keys of some maps are names, not
keywords: a property may be called `default`, and `default` is also a response status.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

# keywords whose value is data, never a schema or an OpenAPI object
DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})
# keywords whose value maps names (property names, statuses, media types...) to objects
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "dependentSchemas",
        "$defs",
        "definitions",
        "paths",
        "webhooks",
        "callbacks",
        "responses",
        "content",
        "encoding",
        "headers",
        "links",
        "schemas",
        "parameters",
        "requestBodies",
        "securitySchemes",
        "pathItems",
    }
)

Path = tuple[str | int, ...]
# where an object stands, as a linked list: `()` for the walk's root, else (the trail of the
# object holding it, its key or index); `path_of` spells it out as a `Path`
Trail = tuple[()] | tuple["Trail", str | int]


def iter_objects(node: Any) -> Iterator[tuple[Trail, dict[str, Any]]]:
    """Every object under `node` that is not data, with its trail, children before parent.

    Children come first so that a caller may rewrite an object once it has been yielded;
    which children an object has is read before its first child is yielded. An object met
    twice (a YAML alias) is yielded once per place.

    Most values are strings and numbers, and few objects need their place: only objects and
    lists are pushed, and a place is a two-item trail rather than a copied path. An explicit
    stack rather than recursion: nested generators cost a hop per level per object.
    """
    stack: list[tuple[Any, Trail, bool]] = [(node, (), False)]
    pop = stack.pop
    push = stack.append
    while stack:
        current, trail, expanded = pop()
        if expanded:
            yield trail, current
            continue
        if isinstance(current, list):
            for i in range(len(current) - 1, -1, -1):
                item = current[i]
                if isinstance(item, (dict, list)):
                    push((item, (trail, i), False))
            continue
        if not isinstance(current, dict):
            continue
        push((current, trail, True))
        children: list[tuple[Any, Trail, bool]] = []
        add = children.append
        for key, value in current.items():
            if isinstance(value, dict):
                if key in DATA_KEYS or key.startswith("x-"):
                    continue
                if key in NAME_MAPS:
                    holder: Trail = (trail, key)
                    for name, child in value.items():
                        if isinstance(child, (dict, list)):
                            add((child, (holder, name), False))
                else:
                    add((value, (trail, key), False))
            elif isinstance(value, list):
                if key in DATA_KEYS or key.startswith("x-"):
                    continue
                add((value, (trail, key), False))
        children.reverse()
        stack.extend(children)


def path_of(trail: Trail) -> Path:
    """The path a trail spells: ('paths', '/a', 'get') for ((((), 'paths'), '/a'), 'get')."""
    parts: list[str | int] = []
    while trail:
        trail, key = trail
        parts.append(key)
    parts.reverse()
    return tuple(parts)


def path_tail(trail: Trail, count: int) -> Path:
    """The last `count` parts of the trail's path (all of them when it is shorter)."""
    parts: list[str | int] = []
    while trail and len(parts) < count:
        trail, key = trail
        parts.append(key)
    parts.reverse()
    return tuple(parts)
