"""A fast verdict on an assembled document: nothing for validation to report, or maybe something.

openapi-spec-validator takes minutes on a description of GitHub's size. Most documents are
valid, so they are first checked here, in a fraction of a second: the structure of the whole
document, every schema included, against the OpenAPI 3.1 schema by a compiled validator
(jsonschema-rs), then, in one walk of our own, what that schema cannot say and the full
validator checks (see `validate.py`): path parameters against the path templates, parameters
declared twice, tag names used twice, local `$ref`s that lead nowhere, patterns the models'
regular-expression engine cannot compile. Defaults are judged before, by `defaults.py`.

Only a document this check finds something in goes through the full validator, whose
diagnostics (file, JSON pointer, message) are the ones reported. The check may be stricter
than the full validator, never more lenient: a false alarm costs time, not a verdict.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import jsonschema_rs

from codegen import patterns
from codegen.refs import ref_parts

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{([^{}]+)\}")
# keywords whose value is one schema, or a list or map of schemas
ONE = ("items", "not", "additionalProperties", "contains", "propertyNames", "if", "then", "else",
       "unevaluatedItems", "unevaluatedProperties", "contentSchema")  # fmt: skip
LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
MAP = ("properties", "patternProperties", "$defs", "dependentSchemas")
_MAX_HOPS = 32  # references followed in a row before a loop of them is assumed
_PATH_PARAMETERS = "path parameters that do not match their template"
# values that are data, not OpenAPI: a key named `schema` in them is no schema
DATA = ("example", "examples", "default", "enum", "const")


def looks_valid(doc: dict[str, Any]) -> bool:
    """True when the full validator would find nothing to report in `doc`."""
    if not _structure().is_valid(doc):
        return False
    return next(_findings(doc), None) is None


def only_path_parameter_faults(doc: dict[str, Any]) -> bool:
    """True when all the full validator would report in `doc` is path parameters that do not
    match their path template (which `path_parameters.py` words as it does)."""
    if not _structure().is_valid(doc):
        return False
    return all(finding == _PATH_PARAMETERS for finding in _findings(doc))


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
    for _, schema in schema_roots(doc):
        yield from _schema(schema)


def resolve(doc: dict[str, Any], node: Any) -> Any:
    """What `node` is, its local `$ref`s followed (a reference to a reference too); None
    where one leads nowhere or back to itself."""
    for _ in range(_MAX_HOPS):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str):
            return node
        node = doc
        for part in ref_parts(ref) or ():
            node = node.get(part) if isinstance(node, dict) else None
    return None


def _refs(doc: dict[str, Any], node: Any) -> Iterator[str]:
    leads_nowhere: dict[str, bool] = {}  # by reference: the same few are written many times
    stack = [node]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                nowhere = leads_nowhere.get(ref)
                if nowhere is None:
                    nowhere = leads_nowhere[ref] = resolve(doc, node) is None
                if nowhere:
                    yield f"unresolved $ref {ref}"
            stack.extend(
                v for k, v in node.items() if isinstance(v, (dict, list)) and k not in DATA
            )
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, (dict, list)))


def _tags(doc: dict[str, Any]) -> Iterator[str]:
    names = [t.get("name") for t in doc.get("tags") or [] if isinstance(t, dict)]
    if len(names) != len(set(names)):
        yield "a tag name used twice"


def _operations(doc: dict[str, Any], url: str, item: dict[str, Any]) -> Iterator[str]:
    shared = [resolve(doc, p) for p in item.get("parameters") or []]
    if _twice(shared):
        yield f"{url}: a parameter declared twice"
    in_url = set(_TEMPLATE.findall(url))
    for method in _METHODS:
        operation = item.get(method)
        if not isinstance(operation, dict):
            continue
        own = [resolve(doc, p) for p in operation.get("parameters") or []]
        if _twice(own):
            yield f"{url} {method}: a parameter declared twice"
        declared = {
            p.get("name") for p in shared + own if isinstance(p, dict) and p.get("in") == "path"
        }
        if declared != in_url:
            yield _PATH_PARAMETERS


def _twice(parameters: list[Any]) -> bool:
    keys = [(p.get("name"), p.get("in")) for p in parameters if isinstance(p, dict)]
    return len(keys) != len(set(keys))


def schema_roots(doc: dict[str, Any]) -> Iterator[tuple[list[str], Any]]:
    """Every Schema Object the document holds outside other schemas, with its place: the
    components' schemas, and each `schema` of a parameter, a header, a media type."""
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
                elif isinstance(value, (dict, list)) and key not in DATA and key != "schemas":
                    stack.append(([*place, key], value))  # a string holds no schema
        elif isinstance(node, list):
            stack.extend(
                ([*place, str(i)], value)
                for i, value in enumerate(node)
                if isinstance(value, (dict, list))
            )


_SCHEMA_KEYS = {**dict.fromkeys(ONE, 1), **dict.fromkeys(LIST, 2), **dict.fromkeys(MAP, 3)}


def subschemas(schema: dict[str, Any]) -> Iterator[tuple[tuple[str, ...], Any]]:
    """The schemas directly inside `schema`, each with its place relative to it."""
    for key, value in schema.items():
        kind = _SCHEMA_KEYS.get(key)
        if kind == 1:
            yield (key,), value
        elif kind == 2 and isinstance(value, list):
            yield from (((key, str(i)), v) for i, v in enumerate(value))
        elif kind == 3 and isinstance(value, dict):
            yield from (((key, name), v) for name, v in value.items())


def _schema(root: Any) -> Iterator[str]:
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
        stack.extend(child for _, child in subschemas(schema))
