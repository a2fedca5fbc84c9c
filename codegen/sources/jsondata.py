"""Turning what YAML loaded into plain JSON data.

YAML reads `200:` as an integer key and `2024-01-31` as a date; OpenAPI is JSON, where keys
are strings and dates are strings. One pass here keeps every later step (validation, JSON
output, comparisons) from tripping over them.
"""

from __future__ import annotations

import datetime
from typing import Any

# values kept as they are, told by their exact type without a call (most of a document)
_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_json_data(value: Any) -> Any:
    """A copy of `value` with string keys and ISO date strings; other values unchanged.

    A dict or list met twice (a YAML alias) is copied twice: the copy is a tree."""
    if isinstance(value, dict):
        return {
            k if type(k) is str else _key(k): v if type(v) in _PLAIN else to_json_data(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [v if type(v) in _PLAIN else to_json_data(v) for v in value]
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
