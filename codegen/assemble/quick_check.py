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
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Iterator
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


def looks_valid(doc: dict[str, Any]) -> bool:
    """True when the full validator would find nothing to report in `doc`."""
    if not _structure().is_valid(doc):
        return False
    return next(_findings(doc), None) is None


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


def _findings(doc: dict[str, Any]) -> Iterator[str]:
    yield from _refs(doc, doc)
    yield from _tags(doc)
    for url, item in (doc.get("paths") or {}).items():
        yield from _operations(doc, url, item)
    defaults = _Defaults(doc)
    for schema in _schemas(doc):
        yield from _schema(schema, defaults)


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


def _schemas(doc: dict[str, Any]) -> Iterator[Any]:
    """Every Schema Object the document holds where the full validator looks for them."""
    yield from ((doc.get("components") or {}).get("schemas") or {}).values()
    stack: list[Any] = [doc.get("paths"), doc.get("webhooks"), doc.get("components")]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "schema":
                    yield value
                elif key not in _DATA and key != "schemas":
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)


class _Defaults:
    """Defaults checked against their schemas, `$ref`s resolved in the document itself."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.registry = jsonschema_rs.Registry([(_DOCUMENT, doc)])

    def fits(self, schema: dict[str, Any], value: Any) -> bool:
        subschema = _rebase({k: v for k, v in schema.items() if k != "default"})
        # formats judged as the full validator judges them (which checks some, not all)
        form = schema.get("format")
        if isinstance(form, str) and not formats().conforms(value, form):
            return False
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


def _schema(root: Any, defaults: _Defaults) -> Iterator[str]:
    stack = [root]
    seen: set[int] = set()
    while stack:
        schema = stack.pop()
        if not isinstance(schema, dict) or id(schema) in seen:
            continue
        seen.add(id(schema))
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and not patterns.compiles(pattern):
            yield f"pattern {pattern!r} does not compile"
        for key in schema.get("patternProperties") or {}:
            if not patterns.compiles(key):
                yield f"pattern {key!r} does not compile"
        if "default" in schema and not defaults.fits(schema, schema["default"]):
            yield "a default its schema rejects"
        for key in _ONE:
            if key in schema:
                stack.append(schema[key])
        for key in _LIST:
            if isinstance(schema.get(key), list):
                stack.extend(schema[key])
        for key in _MAP:
            if isinstance(schema.get(key), dict):
                stack.extend(schema[key].values())
