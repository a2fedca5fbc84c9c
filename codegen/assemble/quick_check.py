"""A fast verdict on an assembled document: nothing for validation to report, or maybe something.

openapi-spec-validator takes minutes on a description of GitHub's size. Most documents are
valid, so they are first checked here, in a fraction of a second: the structure of the whole
document against the OpenAPI 3.1 schema by a compiled validator (jsonschema-rs), every Schema
Object against the OpenAPI 3.1 dialect's meta-schema as the full validator checks it (its base
vocabulary's `discriminator`, `xml` and `externalDocs` included, and the formats of `$ref`,
`$id`, `pattern`...: a pattern is one the models' regular-expression engine compiles), then,
in one walk of our own, what that schema cannot say and the full validator checks (see
`validate.py`): path parameters against the path templates, parameters declared twice, tag
names used twice, local `$ref`s that lead nowhere, or to no schema where the structure check
does not look for one. Defaults are judged before, by `defaults.py`.

Only a document this check finds something in goes through the full validator, whose
diagnostics (file, JSON pointer, message) are the ones reported. The check may be stricter
than the full validator, never more lenient: a false alarm costs time, not a verdict.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import jsonschema_rs
from jsonschema import FormatChecker

from codegen import heap, patterns
from codegen.assemble.walk import NAME_MAPS
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
_DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base"  # a Schema Object's by default
_JSON_SCHEMA = "https://json-schema.org/draft/2020-12/schema"


def looks_valid(doc: dict[str, Any]) -> bool:
    """True when the full validator would find nothing to report in `doc`."""
    if not _structure_fits(doc):
        return False
    return next(_findings(doc), None) is None


def only_path_parameter_faults(doc: dict[str, Any]) -> bool:
    """True when all the full validator would report in `doc` is path parameters that do not
    match their path template (which `path_parameters.py` words as it does)."""
    if not _structure_fits(doc):
        return False
    return all(finding == _PATH_PARAMETERS for finding in _findings(doc))


def _structure_fits(doc: dict[str, Any]) -> bool:
    """Whether `doc` passes `_structure`, judged in a thread of its own: the buffer jsonschema-rs
    keeps per thread grows with the document (16 MB on GitHub's description), and would be
    held beside the model writer's process otherwise."""
    validator = _structure()  # compiled and kept in this thread, as the formats' caches are
    return bool(heap.in_own_thread(lambda: validator.is_valid(doc)))


@functools.cache
def _structure() -> jsonschema_rs.Validator:
    """The OpenAPI 3.1 schema, with each Schema Object checked against the OpenAPI 3.1
    dialect (JSON Schema 2020-12 and the base vocabulary: `discriminator`, `xml`,
    `externalDocs`) and the formats of its keywords (`$ref`, `pattern`, ...), as the full
    validator checks it, rather than accepted as any object."""
    schema = _shipped("openapi_spec_validator", "resources/schemas/v3.1/schema.json")
    _drop_formats(schema)  # the full validator leaves the document's own formats unchecked
    schema["$defs"]["schema"] = {"$dynamicAnchor": "meta", "$ref": _DIALECT}
    # a Schema Object of another dialect, or a document naming one, is checked by that
    # dialect's meta-schema there: the full validator's to judge
    dialects = {"enum": [_DIALECT, _JSON_SCHEMA]}
    schema["$defs"]["schema"]["properties"] = {
        "$schema": dialects,
        # nor is a schema's reference to a parameter, a response...: judged there as theirs
        "$ref": {"pattern": "^(?!#/components/(?!schemas/)[^/]*/[^/]*$)"},
    }
    schema["properties"]["jsonSchemaDialect"] = dialects
    return jsonschema_rs.validator_for(
        schema, registry=_dialects(), validate_formats=True, formats=_SCHEMA_FORMATS
    )


@functools.cache
def _dialects() -> jsonschema_rs.Registry:
    """The OpenAPI 3.1 dialect and its base vocabulary, as openapi-schema-validator ships them."""
    dialect = _shipped("openapi_schema_validator", "schemas/oas3.1/metaschema.json")
    base = _shipped("openapi_schema_validator", "schemas/oas3.1/vocabularies/base")
    return jsonschema_rs.Registry([(dialect["$id"], dialect), (base["$id"], base)])


def _shipped(package: str, path: str) -> Any:
    """A JSON file `package` ships, found without importing it (slow to import)."""
    spec = find_spec(package)
    if spec is None or spec.origin is None:
        raise RuntimeError(f"{package} is not installed")
    return json.loads((Path(spec.origin).parent / path).read_text(encoding="utf-8"))


def _drop_formats(node: Any) -> None:
    if isinstance(node, dict):
        if isinstance(node.get("format"), str):
            del node["format"]
        for value in node.values():
            _drop_formats(value)
    elif isinstance(node, list):
        for value in node:
            _drop_formats(value)


_URIS = FormatChecker(("uri", "uri-reference"))  # jsonschema's, which the full validator uses


@functools.lru_cache(maxsize=16384)  # the same few thousand references, many times over
def _uri_reference(value: str) -> bool:
    return _URIS.conforms(value, "uri-reference")


@functools.lru_cache(maxsize=1024)
def _uri(value: str) -> bool:
    return _URIS.conforms(value, "uri")


# the formats the meta-schemas use, judged as the full validator judges a schema: a `pattern`
# by the models' regular-expression engine (`patterns`)
_SCHEMA_FORMATS: dict[str, Callable[[str], bool]] = {
    "uri": _uri,
    "uri-reference": _uri_reference,
    "regex": patterns.compiles,
}


def _findings(doc: dict[str, Any]) -> Iterator[str]:
    yield from _refs(doc, doc)
    yield from _tags(doc)
    for url, item in (doc.get("paths") or {}).items():
        item = resolve(doc, item)  # a path item may be a reference, which the validator follows
        if isinstance(item, dict):
            yield from _operations(doc, url, item)


def resolve(doc: dict[str, Any], node: Any) -> Any:
    """What `node` is, its local `$ref`s followed (a reference to a reference too); None
    where one leads nowhere, back to itself, or out of the document (another file's, an
    anchor's: the full validator cannot follow those)."""
    for _ in range(_MAX_HOPS):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str):
            return node
        parts = ref_parts(ref)
        if parts is None:
            return None
        node = doc
        for part in parts:
            node = node.get(part) if isinstance(node, dict) else None
    return None


def _refs(doc: dict[str, Any], node: Any) -> Iterator[str]:
    faults: dict[str, str] = {}  # by reference: the same few are written many times
    # (node, whether its keys are names: a property or a status may be called `default`)
    stack: list[tuple[Any, bool]] = [(node, False)]
    while stack:
        node, names = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                fault = faults.get(ref)
                if fault is None:
                    fault = faults[ref] = _fault(doc, ref, resolve(doc, node))
                if fault:
                    yield fault
            # plain loops: a generator per node costs as much as the rest of the walk
            for key, value in node.items():
                if isinstance(value, (dict, list)) and (names or key not in DATA):
                    stack.append((value, not names and key in NAME_MAPS))
        elif isinstance(node, list):
            for value in node:
                if isinstance(value, (dict, list)):
                    stack.append((value, False))


def _fault(doc: dict[str, Any], ref: str, target: Any) -> str:
    """What is wrong with `ref` leading to `target`: nothing (""), nowhere, a place no
    structure is checked in (an extension, an example), or a place the structure check does
    not judge as a schema (a path's parameter) that would not pass as one: the full validator
    judges what a reference leads to as a schema, a parameter, a response... by where the
    reference is."""
    if target is None:
        return f"unresolved $ref {ref}"
    parts = ref_parts(ref) or []
    if len(parts) == 3 and ref.startswith("#/components/"):
        # a component schema is judged there; to a parameter, a response... no schema leads
        # (`_structure`); what lies deeper may be no schema (`#/components/schemas/A/allOf`)
        return ""
    if any(part.startswith("x-") or part in _ANY_VALUE for part in parts):
        return f"$ref {ref} leads where any value passes the structure check"
    return "" if _dialect().is_valid(target) else f"$ref {ref} leads to no valid schema"


# keys under which the structure check takes any value (data; an example's `value`)
_ANY_VALUE = frozenset((*DATA, "value"))


@functools.cache
def _dialect() -> jsonschema_rs.Validator:
    """The OpenAPI 3.1 dialect's meta-schema alone (a Schema Object's, see `_structure`)."""
    return jsonschema_rs.validator_for(
        {"$ref": _DIALECT}, registry=_dialects(), validate_formats=True, formats=_SCHEMA_FORMATS
    )


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
    components = doc.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if isinstance(schemas, dict):  # anything else is the structure check's to report
        for name, schema in schemas.items():
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
