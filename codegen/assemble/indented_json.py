"""`json.dumps(value, indent=2, ensure_ascii=False)`, the same text in half the time.

With `indent`, the standard library encodes in Python, through a generator per container;
a large document (GitHub's 13 MB) spends most of a second there. This writes the same text
straight into one buffer, each string through the library's C encoder. A value of any type
but `dict`, `list`, `str`, `int`, `bool`, `None` and a finite `float` (a subclass, a tuple, a
non-string key...) is left to the library, for the whole value, so the text never differs.
"""

from __future__ import annotations

import io
import json
import math
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any


class _Unusual(Exception):
    """A value this module leaves to the standard library."""


def indented_json(value: Any, end: str = "") -> str:
    """The text of `value`, and `end` after it."""
    out = io.StringIO()
    try:
        _write(out.write, value, "\n")
    except _Unusual:
        return json.dumps(value, indent=2, ensure_ascii=False) + end
    out.write(end)
    return out.getvalue()


def _write(write: Any, value: Any, newline: str) -> None:
    """`value` at the depth whose line break and indentation is `newline`."""
    kind = type(value)
    if kind is str:
        write(encode_basestring(value))
    elif kind is dict:
        if not value:
            write("{}")
            return
        inner = newline + "  "
        first = True
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual
            write(("{" if first else ",") + inner + encode_basestring(key) + ": ")
            first = False
            _write(write, item, inner)
        write(newline + "}")
    elif kind is list:
        if not value:
            write("[]")
            return
        inner = newline + "  "
        first = True
        for item in value:
            write(("[" if first else ",") + inner)
            first = False
            _write(write, item, inner)
        write(newline + "]")
    elif value is None:
        write("null")
    elif value is True:
        write("true")
    elif value is False:
        write("false")
    elif kind is int:
        write(int.__repr__(value))
    elif kind is float and math.isfinite(value):
        write(float.__repr__(value))
    else:
        raise _Unusual
