"""Turning what YAML loaded into plain JSON data.

YAML reads `200:` as an integer key and `2024-01-31` as a date; OpenAPI is JSON, where keys
are strings and dates are strings. One pass here keeps every later step (validation, JSON
output, comparisons) from tripping over them.
"""

from __future__ import annotations

import datetime
from typing import Any

from codegen.errors import InputError, Problem, pointer

# values kept as they are, told by their exact type without a call (most of a document)
_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_json_data(value: Any, file: str = "") -> Any:
    """A copy of `value` with string keys and ISO date strings; other values unchanged.

    A dict or list met twice (a YAML alias) is copied twice: the copy is a tree. One that
    holds itself (an alias inside the value its anchor names) is bad input of `file`, at the
    JSON pointer of the alias: no JSON data, and so no OpenAPI document, is infinite."""
    return _copied(value, set(), (), file)


def _copied(value: Any, within: set[int], place: tuple[str, ...], file: str) -> Any:
    """`value` copied as `to_json_data` says; `within` holds the containers it stands in."""
    if isinstance(value, (dict, list)):
        if id(value) in within:
            raise InputError(
                [
                    Problem(
                        file,
                        pointer(*place),
                        "a YAML alias here stands for a value that holds it: the document "
                        "would never end",
                        "write the recursion as a `$ref` to a schema under `components`",
                    )
                ]
            )
        within.add(id(value))
        try:
            if isinstance(value, dict):
                return {
                    (key := k if type(k) is str else _key(k)): (
                        v if type(v) in _PLAIN else _copied(v, within, (*place, key), file)
                    )
                    for k, v in value.items()
                }
            return [
                v if type(v) in _PLAIN else _copied(v, within, (*place, str(i)), file)
                for i, v in enumerate(value)
            ]
        finally:
            within.discard(id(value))
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def _key(key: Any) -> str:
    if isinstance(key, bool):  # YAML `yes:`/`true:` keys; JSON spells them in lower case
        return "true" if key else "false"
    if key is None:
        return "null"
    if isinstance(key, (datetime.date, datetime.datetime)):
        return key.isoformat()
    return str(key)
