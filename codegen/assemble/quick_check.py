"""A fast verdict on an assembled document: nothing for validation to report, or maybe something.

openapi-spec-validator takes minutes on a description of GitHub's size. Most documents are
valid, so they are first checked here, in a fraction of a second: the structure of the whole
document, every schema included, against the OpenAPI 3.1 schema by a compiled validator
(jsonschema-rs), then, in one walk of our own, what that schema cannot say and the full
validator checks (see `validate.py`): path parameters against the path templates, parameters
declared twice, tag names used twice, local `$ref`s that lead nowhere, patterns the models' regular-expression engine cannot compile,
and defaults their schema rejects.

Only a document this check finds something in goes through the full validator, whose
diagnostics (file, JSON pointer, message) are the ones reported. The check may be stricter
than the full validator, never more lenient: a false alarm costs time, not a verdict.

One finding is answered here: a default that fits its schema but for the schema's own
`format` (GitHub's `default: ""` on its `format: uri` properties). The full validator says
of it exactly what the format checker says, at the default's place, and `validate.py` leaves
such a default out with a warning; the check gives that place and message itself, so a
document whose only faults are these needs no full validation.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema_rs

from codegen import patterns
from codegen.refs import ref_parts

if TYPE_CHECKING:
    from jsonschema import FormatChecker


def _regex_format(value: object) -> bool:
    return not isinstance(value, str) or patterns.compiles(value)


@functools.cache
def formats() -> FormatChecker:
    """Formats as the full validator judges a value: a `regex` by the models' engine."""
    # imported here: openapi-schema-validator takes longer to import than most documents
    # take to check, and only a default with a format needs it
    from openapi_schema_validator import oas31_format_checker

    checker = copy.copy(oas31_format_checker)
    checker.checkers = {**oas31_format_checker.checkers, "regex": (_regex_format, ())}
    return checker


_DOCUMENT = "urn:codegen:document"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{([^{}]+)\}")
# keywords whose value is one schema, or a list or map of schemas
_ONE = ("items", "not", "additionalProperties", "contains", "propertyNames", "if", "then", "else",
        "unevaluatedItems", "unevaluatedProperties", "contentSchema")  # fmt: skip
_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAP = ("properties", "patternProperties", "$defs", "dependentSchemas")
# values that are data, not OpenAPI: a key named `schema` in them is no schema
_DATA = ("example", "examples", "default", "enum", "const")


@dataclass
class Verdict:
    """What the quick check found: `clean` when nothing but `formats` needs the full
    validator; `formats` the defaults that fit their schema but for its own `format`, each
    as (place in the document, the format checker's message)."""

    clean: bool
    formats: list[tuple[list[str], str]] = field(default_factory=list)


def inspect(doc: dict[str, Any]) -> Verdict:
    """The quick check's verdict on `doc` (see the module's docstring)."""
    if not _structure().is_valid(doc):
        return Verdict(clean=False)
    verdict = Verdict(clean=True)
    for finding in _findings(doc):
        if isinstance(finding, str):
            return Verdict(clean=False)
        verdict.formats.append(finding)
    return verdict


def looks_valid(doc: dict[str, Any]) -> bool:
    """True when the full validator would find nothing to report in `doc`."""
    verdict = inspect(doc)
    return verdict.clean and not verdict.formats


@functools.cache
def _structure() -> jsonschema_rs.Validator:
    """The OpenAPI 3.1 schema, with each Schema Object checked against JSON Schema 2020-12
    (the OpenAPI dialect's base) rather than accepted as any object."""
    # the schema file openapi-spec-validator ships, found without importing the package
    spec = find_spec("openapi_spec_validator")
    if spec is None or spec.origin is None:
        raise RuntimeError("openapi-spec-validator is not installed")
    package = Path(spec.origin).parent
    schema = json.loads(
        (package / "resources" / "schemas" / "v3.1" / "schema.json").read_text(encoding="utf-8")
    )
    schema["$defs"]["schema"] = {
        "$dynamicAnchor": "meta",
        "$ref": "https://json-schema.org/draft/2020-12/schema",
    }
    # formats are ours to judge (a `pattern` compiles for the models' engine: `patterns`)
    return jsonschema_rs.validator_for(schema, validate_formats=False)


# a finding: what the full validator must judge (said in words), or a default failing only
# its schema's format (its place and the format checker's message)
_Finding = str | tuple[list[str], str]
_REJECTED = "a default its schema rejects"


def _findings(doc: dict[str, Any]) -> Iterator[_Finding]:
    yield from _refs(doc, doc)
    yield from _tags(doc)
    for url, item in (doc.get("paths") or {}).items():
        yield from _operations(doc, url, item)
    defaults = _Defaults(doc)
    used = _used_components(doc)
    for place, schema in _schemas(doc):
        yield from _schema(place, _judged_root(place, used), schema, defaults)


def _used_components(doc: dict[str, Any]) -> set[tuple[str, ...]]:
    """The shared parameters and responses the operations name (by `$ref`), as places."""
    used: set[tuple[str, ...]] = set()
    for item in (doc.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        named = list(item.get("parameters") or [])
        for method in _METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                named.extend(operation.get("parameters") or [])
                named.extend((operation.get("responses") or {}).values())
        for node in named:
            ref = node.get("$ref") if isinstance(node, dict) else None
            parts = ref_parts(ref) if isinstance(ref, str) else None
            if parts:
                used.add(tuple(parts))
    return used


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str):
        parts = ref_parts(ref)
        node = doc
        for part in parts or ():
            node = node.get(part) if isinstance(node, dict) else None
    return node


def _refs(doc: dict[str, Any], node: Any) -> Iterator[str]:
    stack = [node]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and _resolve(doc, node) is None:
                yield f"unresolved $ref {ref}"
            stack.extend(v for k, v in node.items() if k not in _DATA)
        elif isinstance(node, list):
            stack.extend(node)


def _tags(doc: dict[str, Any]) -> Iterator[str]:
    names = [t.get("name") for t in doc.get("tags") or [] if isinstance(t, dict)]
    if len(names) != len(set(names)):
        yield "a tag name used twice"


def _operations(doc: dict[str, Any], url: str, item: dict[str, Any]) -> Iterator[str]:
    shared = [_resolve(doc, p) for p in item.get("parameters") or []]
    if _twice(shared):
        yield f"{url}: a parameter declared twice"
    in_url = set(_TEMPLATE.findall(url))
    for method in _METHODS:
        operation = item.get(method)
        if not isinstance(operation, dict):
            continue
        own = [_resolve(doc, p) for p in operation.get("parameters") or []]
        if _twice(own):
            yield f"{url} {method}: a parameter declared twice"
        declared = {
            p.get("name") for p in shared + own if isinstance(p, dict) and p.get("in") == "path"
        }
        if declared != in_url:
            yield f"{url} {method}: path parameters do not match the template"


def _twice(parameters: list[Any]) -> bool:
    keys = [(p.get("name"), p.get("in")) for p in parameters if isinstance(p, dict)]
    return len(keys) != len(set(keys))


def _schemas(doc: dict[str, Any]) -> Iterator[tuple[list[str], Any]]:
    """Every Schema Object the document holds where the full validator looks for them,
    with its place."""
    for name, schema in ((doc.get("components") or {}).get("schemas") or {}).items():
        yield ["components", "schemas", name], schema
    stack: list[tuple[list[str], Any]] = [
        ([key], doc.get(key)) for key in ("paths", "webhooks", "components")
    ]
    while stack:
        place, node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "schema":
                    yield [*place, key], value
                elif key not in _DATA and key != "schemas":
                    stack.append(([*place, key], value))
        elif isinstance(node, list):
            stack.extend(([*place, str(i)], value) for i, value in enumerate(node))


class _Defaults:
    """Defaults checked against their schemas, `$ref`s resolved in the document itself."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.registry = jsonschema_rs.Registry([(_DOCUMENT, doc)])

    def judge(self, schema: dict[str, Any], value: Any) -> tuple[bool, str] | None:
        """None when the default `value` fits `schema`; (True, the format checker's message)
        when it fits but for the schema's own format; otherwise (False, what is wrong)."""
        form = schema.get("format")
        # formats judged as the full validator judges them (which checks some, not all)
        if not isinstance(form, str) or formats().conforms(value, form):
            return None if self.fits(schema, value) else (False, _REJECTED)
        rest = {k: v for k, v in schema.items() if k != "format"}
        if isinstance(value, dict | list) or "$ref" in rest or '"format"' in json.dumps(rest):
            return False, _REJECTED  # other formats may be judged too: the full validator's
        if not self.fits(rest, value):
            return False, _REJECTED
        from jsonschema.exceptions import FormatError  # loaded with `formats()` already

        try:
            formats().check(value, form)
        except FormatError as error:
            return True, error.message
        return None

    def fits(self, schema: dict[str, Any], value: Any) -> bool:
        """Whether `value` fits `schema`, its top-level format aside."""
        subschema = _rebase({k: v for k, v in schema.items() if k != "default"})
        if isinstance(value, dict | list) and '"format"' in json.dumps(subschema):
            return False  # formats deeper down: left to the full validator
        try:
            validator = jsonschema_rs.validator_for(
                subschema, registry=self.registry, validate_formats=False
            )
        except (jsonschema_rs.ValidationError, jsonschema_rs.ReferencingError, ValueError):
            return False  # the full validator will say what it makes of this schema
        return bool(validator.is_valid(value))


def _rebase(node: Any) -> Any:
    """Local `$ref`s pointed at the document, since the schema is checked out of its place."""
    if isinstance(node, dict):
        out = {k: _rebase(v) if k not in _DATA else v for k, v in node.items()}
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            out["$ref"] = _DOCUMENT + ref
        return out
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


def _judged_root(place: list[str], used: set[tuple[str, ...]]) -> bool:
    """Whether the full validator judges the defaults in the schema at `place`: a component
    schema, a parameter's, a response content's (shared ones where an operation names them;
    request bodies, headers, callbacks and webhooks not at all)."""
    if len(place) == 3 and place[:2] == ["components", "schemas"]:
        return True
    if place[-1] != "schema":
        return False
    if place[0] == "components":
        parameter = len(place) == 4 and place[1] == "parameters"
        response = len(place) == 6 and place[1] == "responses" and place[3] == "content"
        return (parameter or response) and tuple(place[:3]) in used
    if len(place) in (5, 6) and place[-3] == "parameters":
        return True
    return len(place) == 8 and place[3] == "responses" and place[5] == "content"


# the keywords the full validator descends through to judge defaults (not `$defs`,
# `additionalProperties`, `prefixItems`...: a default there is left to it)
_JUDGED_BELOW = frozenset(("allOf", "anyOf", "oneOf", "not", "items", "properties"))


def _schema(
    root_place: list[str], judged_root: bool, root: Any, defaults: _Defaults
) -> Iterator[_Finding]:
    """What is wrong in the schema at `root_place`; `judged_root`: whether the full
    validator judges its defaults (`_judged_root`)."""
    stack = [(root_place, judged_root, root)]
    seen: set[int] = set()
    while stack:
        place, judged, schema = stack.pop()
        if not isinstance(schema, dict) or id(schema) in seen:
            continue
        seen.add(id(schema))
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and not patterns.compiles(pattern):
            yield f"pattern {pattern!r} does not compile"
        for key in schema.get("patternProperties") or {}:
            if not patterns.compiles(key):
                yield f"pattern {key!r} does not compile"
        verdict = defaults.judge(schema, schema["default"]) if "default" in schema else None
        if verdict is not None:
            only_format, text = verdict
            yield ([*place, "default"], text) if only_format and judged else text
        for key in _ONE:
            if key in schema:
                stack.append(([*place, key], judged and key in _JUDGED_BELOW, schema[key]))
        for key in _LIST:
            if isinstance(schema.get(key), list):
                below = judged and key in _JUDGED_BELOW
                stack.extend(([*place, key, str(i)], below, v) for i, v in enumerate(schema[key]))
        for key in _MAP:
            if isinstance(schema.get(key), dict):
                below = judged and key in _JUDGED_BELOW
                stack.extend(([*place, key, k], below, v) for k, v in schema[key].items())
