"""Every schema's `default` judged against its schema; one the schema rejects is left out.

A default its own schema rejects would be written into the models as it stands, where it
contradicts the field's annotation (`when: datetime = "nope"` fails `mypy --strict` and
reaches callers as a string). So each one, wherever its schema is (a component, a parameter,
a request or response body, a header, a callback, a map's values), is left out with a
warning naming its place and saying why, in the words of openapi-spec-validator: the same
validator class, format checker and regular-expression engine, and the first error it
reports (the closest branch of a `oneOf`). That validator judges only the defaults of
component schemas, parameters and response bodies; the rest went unjudged before.

Most defaults fit: a compiled validator (jsonschema-rs) says so first, with the schema's
own `format` checked apart; only a default it rejects, or one whose schema may hold formats
it leaves unchecked (behind a `$ref`, inside a combination or a container), is judged by the
Python validator, which gives the words. Done before validation, this is also what spares a
document whose only fault is a default the full validator's minutes (`validate.py`).
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import jsonschema_rs

from codegen import patterns
from codegen.assemble.quick_check import DATA, schema_roots, subschemas
from codegen.errors import Problem, pointer, shown

if TYPE_CHECKING:
    from jsonschema import FormatChecker
    from jsonschema.protocols import Validator
    from referencing import Registry

_DOCUMENT = "urn:codegen:document"
MAX_MESSAGE = 300
# keywords under which a scalar's schema may hold a format the compiled check leaves out
_COMBINED = ("$ref", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "$dynamicRef")


def _regex_format(value: object) -> bool:
    return not isinstance(value, str) or patterns.compiles(value)


@functools.cache
def formats() -> FormatChecker:
    """Formats as the full validator judges a value, but a `regex` by the models' engine and
    a `time` as RFC 3339's full-time, with its offset, as the models and the examples' check
    read it (openapi-schema-validator's is JSON Schema draft 3's, `10:00:00` and no offset)."""
    # imported here: openapi-schema-validator takes longer to import than most documents
    # take to check, and only a default that does not fit needs it
    from openapi_schema_validator import oas31_format_checker

    from codegen.ir.formats import FORMATS

    checker = copy.copy(oas31_format_checker)
    checker.checkers = {
        **oas31_format_checker.checkers,
        "regex": (_regex_format, ()),
        "time": FORMATS.checkers["time"],
    }
    return checker


@functools.cache
def value_validator() -> type[Validator]:
    """The OpenAPI 3.1 dialect's validator, with `pattern` by the models' engine."""
    from jsonschema.validators import extend
    from openapi_schema_validator import OAS31Validator

    validator: type[Validator] = extend(OAS31Validator, {"pattern": patterns.pattern_keyword})
    return validator


def drop_rejected_defaults(doc: dict[str, Any], owner: Callable[[str], str]) -> list[Problem]:
    """Leave out of `doc` every default its schema rejects; a warning for each, by pointer.
    `owner(json_pointer)` names the file a part came from."""
    judge = _Judge(doc)
    rejected: dict[str, tuple[dict[str, Any], str]] = {}
    for place, schema in _schemas_with_defaults(doc):
        where = pointer(*place, "default")
        if where not in rejected:
            message = judge.rejects(schema, schema["default"])
            if message is not None:
                rejected[where] = (schema, message)
    return [
        left_out(owner, where, schema.pop("default", None), message)
        for where, (schema, message) in sorted(rejected.items())
    ]


def left_out(owner: Callable[[str], str], where: str, value: Any, message: str) -> Problem:
    """The warning for the default `value` at `where`, left out for what its schema says of
    it (`message`, as the validators word it)."""
    return Problem(
        owner(where),
        where,
        f"the default {shown(value)} does not fit its schema ({shortened(message)}): left out",
        hint="correct the default by an overlay",
    )


def shortened(message: str) -> str:
    """A validator's message cut at `MAX_MESSAGE` characters (one quoting a whole schema
    or value can run to pages)."""
    return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 1] + "…"


def _schemas_with_defaults(doc: dict[str, Any]) -> Iterator[tuple[list[str], dict[str, Any]]]:
    """Every schema object holding a `default`, with its place (a schema reached twice, as
    a YAML alias makes it, at the first)."""
    seen: set[int] = set()
    for root_place, root in schema_roots(doc):
        # a place is kept as (parent's place, the keys below it) and spelt out only for a
        # schema with a default: most of a large document's schemas have none
        stack: list[tuple[Any, tuple[str, ...], Any]] = [(None, tuple(root_place), root)]
        while stack:
            entry = stack.pop()
            schema = entry[2]
            if not isinstance(schema, dict) or id(schema) in seen:
                continue
            seen.add(id(schema))
            if "default" in schema:
                yield _spelt(entry), schema
            for rel, child in subschemas(schema):  # a loop: cheaper than a generator here
                stack.append((entry, rel, child))


def _spelt(entry: tuple[Any, tuple[str, ...], Any]) -> list[str]:
    parts: list[str] = []
    while entry is not None:
        parts[:0] = entry[1]
        entry = entry[0]
    return parts


class _Judge:
    """Defaults against their schemas, `$ref`s resolved in the document itself."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def rejects(self, schema: dict[str, Any], value: Any) -> str | None:
        """What the full validator says first of `value` against `schema`; None if it fits."""
        form = schema.get("format")
        if isinstance(form, str) and not formats().conforms(value, form):
            return self._said(schema, value)
        subschema = _rebase({k: v for k, v in schema.items() if k != "default"})
        text = json.dumps(subschema)
        if isinstance(value, dict | list):
            unchecked = '"format"' in text
        else:
            unchecked = any(key in schema for key in _COMBINED)
        # the document only for a schema that may refer to a part of it (a key, or a string,
        # `$ref` or `$dynamicRef`): handing it over converts all of it (a twentieth of a
        # second on GitHub's description)
        refers = '"$ref"' in text or '"$dynamicRef"' in text
        registry = self.compiled if refers else None
        try:
            compiled = jsonschema_rs.validator_for(
                subschema, registry=registry, validate_formats=False
            )
            fits = bool(compiled.is_valid(value))
        except (jsonschema_rs.ValidationError, jsonschema_rs.ReferencingError, ValueError):
            fits = False  # the Python validator will say what it makes of this schema
        return self._said(schema, value) if unchecked or not fits else None

    def _said(self, schema: dict[str, Any], value: Any) -> str | None:
        from jsonschema.exceptions import best_match

        validator = value_validator()(
            _rebase(schema), registry=self.registry, format_checker=formats()
        )
        try:
            error = next(iter(validator.iter_errors(value)), None)
        # a schema no validator can use (an unknown type, a reference to nothing): the
        # structure check reports it, with its place
        except Exception:  # noqa: BLE001
            return None
        if error is None:
            return None
        if error.context:
            error = best_match(error.context)  # the branch of a oneOf that came closest
        return error.message

    @functools.cached_property
    def compiled(self) -> jsonschema_rs.Registry:
        """The document for the compiled validator's references (made at its first use)."""
        return jsonschema_rs.Registry([(_DOCUMENT, self.doc)])

    @functools.cached_property
    def registry(self) -> Registry:
        """The document for the Python validator's references (made at its first use)."""
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        resource = Resource.from_contents(self.doc, default_specification=DRAFT202012)
        return Registry().with_resource(_DOCUMENT, resource)


def _rebase(node: Any) -> Any:
    """Local `$ref`s pointed at the document, since the schema is checked out of its place."""
    if isinstance(node, dict):
        out = {k: _rebase(v) if k not in DATA else v for k, v in node.items()}
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            out["$ref"] = _DOCUMENT + ref
        return out
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node
