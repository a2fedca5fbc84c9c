"""Reading JSON text that writes no key twice in one object.

Python's `json` keeps the last of two equal keys without a word, so `"200"` written twice
under `responses` would lose the first response unseen; YAML refuses the same document. A
pairs hook tells the duplicate as the text is read, at C speed (a few hundredths of a
second on a 13 MB document). Only then is the text walked again to place it: the values that
read without a duplicate are skipped whole by the same decoder, so the walk descends into
the one branch that holds it.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from codegen.errors import Problem, pointer


class DuplicateKey(Exception):
    """A key written twice in one JSON object (the first found while reading)."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise DuplicateKey
    return out


DECODER = json.JSONDecoder(object_pairs_hook=_object)


class NonFinite(Exception):
    """A number JSON has not (NaN, an infinity), met as the text is read."""


def _constant(name: str) -> float:
    raise NonFinite(name)


def _finite(text: str) -> float:
    value = float(text)
    if math.isinf(value):  # an exponent, or digits before the point, too many for a float
        raise NonFinite(text)
    return value


# `DECODER`, refusing what reads as no finite number (`NaN`, `Infinity`, `1e999`) as it
# meets it: Python's own reading of those words, and of too large a number, is the one
# test that cannot miss one, and costs a call per number with a point or an exponent
# rather than a search of the whole text
FINITE_DECODER = json.JSONDecoder(
    object_pairs_hook=_object, parse_constant=_constant, parse_float=_finite
)
_SPACE = re.compile(r"[ \t\n\r]*")


@dataclass(frozen=True)
class _Place:
    parts: tuple[str | int, ...]  # the object holding the key, from where the walk began
    key: str
    first: int  # offsets of the key's two spellings in the text
    again: int


def duplicate_key_problem(text: str, file: str, start: int = 0, *, line_offset: int = 0) -> Problem:
    """The problem to report for the JSON value at `text[start:]`, which `DECODER` refused
    with `DuplicateKey`: placed by line and column, as YAML's, and naming the object by
    its JSON pointer (from that value). `line_offset` is added to line numbers."""
    place = _locate(text, start)

    def at(offset: int) -> str:
        line = text.count("\n", 0, offset) + 1 + line_offset
        return f"line {line}, column {offset - text.rfind(chr(10), 0, offset)}"

    holder = pointer(*place.parts)
    return Problem(
        file,
        at(place.again),
        f"the key {place.key!r} again in the object at "
        f"{holder or 'the top level'} (first at {at(place.first)}): "
        "a key may stand once in an object",
        "remove one of them, or merge their values",
    )


def _locate(text: str, start: int) -> _Place:
    """Where the first duplicate key is, in the value at `text[start:]`."""
    parts: list[str | int] = []
    pos = _skip(text, start)
    while True:  # one container per turn: the one whose member holds the duplicate
        opening = text[pos]
        pos = _skip(text, pos + 1)
        seen: dict[str, int] = {}
        index = 0
        while text[pos] not in "]}":
            member: str | int = index
            if opening == "{":
                key, after = DECODER.raw_decode(text, pos)
                if key in seen:
                    return _Place(tuple(parts), key, seen[key], pos)
                seen[key] = pos
                member = key
                pos = _skip(text, _skip(text, after) + 1)  # past the `:`
            try:
                end = DECODER.raw_decode(text, pos)[1]
            except DuplicateKey:
                parts.append(member)
                break
            pos = _skip(text, end)
            if text[pos] == ",":
                pos = _skip(text, pos + 1)
            index += 1
        else:  # pragma: no cover - the decoder found a duplicate this walk did not
            raise AssertionError("no duplicate key where the decoder found one")


def _skip(text: str, pos: int) -> int:
    """The offset of the first character at or after `pos` that is not JSON white space."""
    match = _SPACE.match(text, pos)
    assert match is not None  # `*` matches the empty text too
    return match.end()
