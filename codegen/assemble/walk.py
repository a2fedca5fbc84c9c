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


def iter_objects(node: Any) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every object under `node` that is not data, with its path, children before parent.

    Children come first so that a caller may rewrite an object once it has been yielded.
    An explicit stack rather than recursion: nested generators cost a hop per level per
    object, which shows on a large document.
    """
    stack: list[tuple[Path, Any, bool]] = [((), node, False)]
    while stack:
        path, current, expanded = stack.pop()
        if expanded:
            yield path, current
            continue
        if isinstance(current, list):
            stack.extend(
                ((*path, i), item, False) for i, item in reversed(list(enumerate(current)))
            )
            continue
        if not isinstance(current, dict):
            continue
        stack.append((path, current, True))
        children: list[tuple[Path, Any, bool]] = []
        for key, value in current.items():
            if key in DATA_KEYS or key.startswith("x-"):
                continue
            if key in NAME_MAPS and isinstance(value, dict):
                children.extend(((*path, key, name), child, False) for name, child in value.items())
            else:
                children.append(((*path, key), value, False))
        stack.extend(reversed(children))
