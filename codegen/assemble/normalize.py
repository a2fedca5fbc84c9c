"""OpenAPI 3.0 -> 3.1: the schema keywords whose meaning changed.

- `nullable: true` becomes `null` in a type array (`type: [string, 'null']`, and `null`
  among the `enum` values); a `$ref` or a composition, which has no type to extend, becomes
  `anyOf: [<the schema>, {type: 'null'}]`.
- boolean `exclusiveMinimum`/`exclusiveMaximum` become the numeric bound they qualified.
- a reference to a parameter, response, header... drops the keys beside its `$ref`: 3.0
  ignores them, 3.1 forbids all but `summary` and `description`. (Beside a schema's `$ref`
  3.1 allows any keyword, so those stay.)

Applying it to a 3.1 document changes nothing (the 3.0 forms do not occur there).
"""

from __future__ import annotations

from typing import Any

from codegen.assemble.walk import Path, iter_objects, path_tail

OPENAPI_VERSION = "3.1.0"

# maps and lists whose members are OpenAPI objects (not schemas) when they are references
_OBJECT_COLLECTIONS = {
    "parameters",
    "responses",
    "headers",
    "examples",
    "links",
    "callbacks",
    "requestBodies",
    "securitySchemes",
    "pathItems",
}
_SCHEMA_NAME_MAPS = {"properties", "patternProperties", "dependentSchemas", "$defs", "definitions"}
_REFERENCE_KEYS = {"$ref", "summary", "description"}
_COMPOSITIONS = ("allOf", "oneOf", "anyOf", "not")
# annotations stay beside the `anyOf` wrapper; everything else is the non-null branch
_ANNOTATIONS = {
    "title",
    "description",
    "default",
    "example",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
    "externalDocs",
    "xml",
}


def to_openapi_31(doc: dict[str, Any]) -> dict[str, Any]:
    """Normalize `doc` in place to OpenAPI 3.1.0 and return it."""
    from_30 = str(doc.get("openapi", "")).startswith("3.0")
    for trail, node in iter_objects(doc):
        if from_30 and "$ref" in node and _is_object_reference(path_tail(trail, 3)):
            for key in [k for k in node if k not in _REFERENCE_KEYS]:
                del node[key]
            continue
        if isinstance(node.get("nullable"), bool):
            _nullable(node)
        if "exclusiveMinimum" in node or "exclusiveMaximum" in node:  # few schemas
            _numeric_bounds(node)
    doc["openapi"] = OPENAPI_VERSION
    return doc


def _numeric_bounds(schema: dict[str, Any]) -> None:
    """A boolean exclusive bound (3.0) becomes the number it qualified, or goes."""
    for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(schema.get(bound), bool) and schema.pop(bound) and limit in schema:
            schema[bound] = schema.pop(limit)


def _nullable(schema: dict[str, Any]) -> None:
    if not schema.pop("nullable"):
        return
    if "$ref" in schema or any(key in schema for key in _COMPOSITIONS):
        branch = {
            k: schema.pop(k)
            for k in list(schema)
            if k not in _ANNOTATIONS and not k.startswith("x-")
        }
        schema["anyOf"] = [branch, {"type": "null"}]
        return
    kind = schema.get("type")
    if isinstance(kind, str) and kind != "null":
        schema["type"] = [kind, "null"]
    elif isinstance(kind, list) and "null" not in kind:
        schema["type"] = [*kind, "null"]
    enum = schema.get("enum")
    if isinstance(enum, list) and None not in enum:
        enum.append(None)


def _is_object_reference(path: Path) -> bool:
    """Whether the object at `path` (its last three parts are enough) stands where a
    parameter, response... (not a schema) goes."""
    if path and path[-1] == "requestBody":
        return True
    if len(path) < 2 or path[-2] not in _OBJECT_COLLECTIONS:
        return False
    # `properties: {parameters: {items: ...}}`: there `parameters` is a property's name
    return len(path) < 3 or path[-3] not in _SCHEMA_NAME_MAPS
