"""Path parameters against their path templates, worded as openapi-spec-validator words them.

A document whose only fault is a path parameter missing from an operation (or declared for
a name its template lacks) is reported from here rather than by the full validator, whose
minutes on a large document would tell the same thing (`validate.py`). The checks follow
its own: each operation of each path, in the document's order; the template's names read
as Python's `string.Formatter` reads them; the names missing from the parameters, sorted,
then the declared names missing from the template, sorted.
"""

from __future__ import annotations

import string
from typing import Any

from codegen.assemble.quick_check import resolve
from codegen.errors import pointer

# the operations of a Path Item Object, as the full validator knows them
_OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def unresolved_path_parameters(doc: dict[str, Any]) -> list[tuple[str, str]] | None:
    """(the operation's JSON pointer, the message) for each path parameter a template and
    its operation's parameters do not agree on; None for a template the full validator's
    reading of would fail (it is left to the full validator)."""
    found: list[tuple[str, str]] = []
    for url, item in (doc.get("paths") or {}).items():
        item = resolve(doc, item)  # a reference to a path item, followed as the validator does
        if not isinstance(item, dict):
            continue
        try:
            in_url = {field for _, field, _, _ in string.Formatter().parse(url) if field}
        except ValueError:  # an unmatched brace
            return None
        shared = _path_names(doc, item.get("parameters"))
        for method, operation in item.items():
            if method not in _OPERATIONS or not isinstance(operation, dict):
                continue
            declared = shared | _path_names(doc, operation.get("parameters"))
            for name in [*sorted(in_url - declared), *sorted(declared - in_url)]:
                message = (
                    f"Path parameter '{name}' for '{method}' operation in '{url}' was not "
                    "resolved"
                )
                found.append((pointer("paths", url, method), message))
    return found


def _path_names(doc: dict[str, Any], parameters: Any) -> set[str]:
    resolved = (resolve(doc, p) for p in parameters or [])
    return {str(p.get("name")) for p in resolved if isinstance(p, dict) and p.get("in") == "path"}
