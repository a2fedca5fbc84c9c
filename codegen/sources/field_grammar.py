"""The grammar of one field line on a rendered documentation page.

Pages rendered from an API definition print each field as one run-together line:
`<name><type phrase>[Required|Optional][constraints]`, for example `recordIdintegerRequired>=1`,
`descriptionstring or nullOptional` or `createdAtstringformat: "date-time"`. The type phrase
is one of a closed set (`TYPE_PHRASES`, and `list of <plural>` of those), and `<phrase> or null`
makes it nullable. The name runs into the phrase, so the split chosen is the one that gives
the longest known phrase ending where Required/Optional or the constraints begin.
"""

from __future__ import annotations

import copy
import json
import math
import re
from dataclasses import dataclass
from typing import Any

# phrase -> JSON Schema; `enum` is a string whose values the page gives in its prose, if at all
TYPE_PHRASES: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "long": {"type": "integer", "format": "int64"},
    "double": {"type": "number", "format": "double"},
    "float": {"type": "number", "format": "float"},
    "boolean": {"type": "boolean"},
    "datetime": {"type": "string", "format": "date-time"},
    "date": {"type": "string", "format": "date"},
    "uuid": {"type": "string", "format": "uuid"},
    "base64": {"type": "string", "contentEncoding": "base64"},
    "enum": {"type": "string"},
    "object": {"type": "object"},
    "any": {},
}
# containers: `list of objects`, `set of strings`
_CONTAINERS = {"list of": False, "set of": True}  # -> uniqueItems
_PLURAL = {"any": "any"}  # everything else takes an `s`


def _phrases() -> dict[str, tuple[str, str | None]]:
    """Every printable phrase -> (base phrase, container or None)."""
    out: dict[str, tuple[str, str | None]] = {p: (p, None) for p in TYPE_PHRASES}
    for container in _CONTAINERS:
        for base in TYPE_PHRASES:
            out[f"{container} {_PLURAL.get(base, base + 's')}"] = (base, container)
    return out


_ALL_PHRASES = _phrases()
# longest first, so that the alternation prefers `list of objects` over `objects`
_PHRASE_ALT = "|".join(re.escape(p) for p in sorted(_ALL_PHRASES, key=lambda p: (-len(p), p)))
_NAME = r"(?P<name>[A-Za-z_$][\w$.\-]*?)"
_HEAD = rf"{_NAME}(?P<phrase>{_PHRASE_ALT})(?P<null> or null)?"
_CONSTRAINT = (
    r"(?P<op>>=|<=|>|<)\s*(?P<num>-?\d+(?:\.\d+)?)(?:\s*(?P<unit>characters?|items?))?"
    r'|format:\s*"(?P<fmt>[^"]*)"'
    r"|Defaults to\s+(?P<default>\S+)"
)
_ONE_CONSTRAINT = re.compile(rf"\s*(?:{_CONSTRAINT})")
_STRICT = re.compile(rf"^{_HEAD}(?P<req>Required|Optional)?(?P<cons>(?:\s*(?:{_CONSTRAINT}))*)\s*$")
_HEAD_ONLY = re.compile(rf"^{_HEAD}$")
_HEAD_REST = re.compile(rf"^{_HEAD}(?P<rest>.+)$")
# an identifier, maybe followed by lower-case words (a type phrase), glued to the flag
_GLUED_FLAG = re.compile(
    r"^(?P<head>[A-Za-z_$][\w$.\-]*(?: [a-z]+)*?)(?P<flag>Required|Optional)(?P<rest>(?:[<>]|format:|Defaults).*|\s*)$"
)
_BASE_ALT = "|".join(sorted(TYPE_PHRASES, key=lambda p: (-len(p), p)))
# a lower-case identifier glued to a base phrase and then ` or` or a constraint
_GLUED_PHRASE = re.compile(rf"^[a-z_$][\w$.\-]*?(?:{_BASE_ALT})(?: or\b|format:|[<>])")
_IDENT_START = re.compile(r"^[a-z_$][\w$.\-]*$")
_CONTAINER_START = re.compile(r"^[A-Za-z_$][\w$.\-]*?(?:list|set) of ")

_BOUNDS = {">=": "minimum", "<=": "maximum", ">": "exclusiveMinimum", "<": "exclusiveMaximum"}
_LENGTHS = {">=": "minLength", "<=": "maxLength"}
_COUNTS = {">=": "minItems", "<=": "maxItems"}


@dataclass(frozen=True)
class FieldLine:
    """One field line read: its name, schema, and what the page says of its presence."""

    name: str
    phrase: str  # the type phrase as printed, `or null` included
    schema: dict[str, Any]
    required: bool | None  # None: the line says neither Required nor Optional
    is_enum: bool  # the schema (or its items) is an enum whose values the prose may give
    is_object: bool  # an object (or objects) whose properties the page does not list


class GrammarError(ValueError):
    """A line that looks like a field line but does not follow the grammar."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def looks_like_field(line: str) -> bool:
    """Whether a line is meant as a field line (descriptions are prose, with spaces).

    One lower-case token (`idinteger`), a token glued to Required/Optional
    (`amountmoneyRequired`), to a type phrase and ` or` or a constraint (`typeenum or nul`),
    or to `list of` is meant as a field line: when it does not parse, that is an error.
    """
    text = line.strip()
    return any(
        rule.match(text) for rule in (_IDENT_START, _GLUED_FLAG, _GLUED_PHRASE, _CONTAINER_START)
    )


def parse_field_line(line: str) -> FieldLine:
    """Read one field line; raise `GrammarError` saying what could not be read."""
    text = line.strip()
    match = _STRICT.match(text)
    if match is None:
        raise _diagnose(text)
    phrase = match["phrase"]
    base, container = _ALL_PHRASES[phrase]
    schema = copy.deepcopy(TYPE_PHRASES[base])
    if container is not None:
        schema = {"type": "array", "items": schema}
        if _CONTAINERS[container]:
            schema["uniqueItems"] = True
    for cons in _ONE_CONSTRAINT.finditer(match["cons"]):
        _apply_constraint(schema, cons, text)
    nullable = match["null"] is not None
    if nullable:
        _make_nullable(schema)
    req = match["req"]
    return FieldLine(
        name=match["name"],
        phrase=phrase + (match["null"] or ""),
        schema=schema,
        required=None if req is None else req == "Required",
        is_enum=base == "enum",
        is_object=base == "object",
    )


def known_phrases() -> list[str]:
    return sorted(TYPE_PHRASES) + ["list of <plural>", "set of <plural>", "<phrase> or null"]


def _diagnose(text: str) -> GrammarError:
    glued = _GLUED_FLAG.match(text)
    if glued is not None and _HEAD_ONLY.match(glued["head"]):
        return GrammarError(
            f"cannot read the constraints {glued['rest'].strip()!r} in field line {text!r}",
            _CONSTRAINTS_HINT,
        )
    if glued is None and (rest := _HEAD_REST.match(text)) is not None:
        return GrammarError(
            f"cannot read {rest['rest']!r} after the type phrase {rest['phrase']!r} "
            f"in field line {text!r}",
            f"expected Required, Optional or constraints ({_CONSTRAINTS_HINT})",
        )
    head = glued["head"] if glued else text
    return GrammarError(
        f"no known type phrase ends {head!r} in field line {text!r}",
        f"known type phrases: {', '.join(known_phrases())}",
    )


_CONSTRAINTS_HINT = (
    'constraints are >=N, <=N, >N, <N (optionally "characters"/"items"), '
    'format: "<name>" and "Defaults to <value>"'
)


def _apply_constraint(schema: dict[str, Any], cons: re.Match[str], text: str) -> None:
    if cons["fmt"] is not None:
        target = schema["items"] if schema.get("type") == "array" else schema
        target["format"] = cons["fmt"]
    elif cons["default"] is not None:
        schema["default"] = _scalar(cons["default"])
    else:
        op, unit = cons["op"], cons["unit"] or ""
        number = _scalar(cons["num"])
        kind = schema.get("type")
        if unit.startswith("character") or (not unit and kind == "string"):
            key = _LENGTHS.get(op)
        elif unit.startswith("item") or (not unit and kind == "array"):
            key = _COUNTS.get(op)
        else:
            key = _BOUNDS[op]
        if key is None:  # `>3 characters`: JSON Schema lengths are inclusive
            raise GrammarError(
                f"cannot read the constraint {cons.group().strip()!r} in {text!r}",
                "lengths and counts are written with >= or <=",
            )
        schema[key] = number


def _scalar(text: str) -> Any:
    """`1` -> 1, `0.5` -> 0.5, `true` -> True, anything else (`NaN`, `1e999`, which JSON
    cannot hold) stays the text."""
    try:
        value = json.loads(text)
    except ValueError:
        return text.strip('"')
    return text if isinstance(value, float) and not math.isfinite(value) else value


def _make_nullable(schema: dict[str, Any]) -> None:
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
