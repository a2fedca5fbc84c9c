"""Keywords beside a schema's `$ref`: what each OpenAPI version makes of them.

In OpenAPI 3.1 (JSON Schema 2020-12) a `$ref` is one keyword among others, and all apply:
`{$ref: Base, required: [name], properties: {extra: ...}}` is Base *and* the rest. Every later
step reads a schema with a `$ref` as the referenced schema alone, so such a schema is spelled
`allOf: [{$ref: Base}, {required: ..., properties: ...}]`, which they all understand.

In OpenAPI 3.0 a Reference Object is replaced by what it references: the keywords beside it
are ignored. They are left out, with a warning naming the place, so that no later step reads
them otherwise (a component `{$ref: Base, properties: ...}` would become a class of its own).

Annotations stay where they stand, beside the `$ref` or the `allOf`: they describe the place
(a property's description, its example or default, read-only) and constrain nothing. So do
`nullable` (3.0's, honoured beside a reference as users mean it: `normalize` turns it into a
null alternative) and extensions. A keyword the referenced schema states alike (`type:
string` beside a reference to a string enum, as generators write) adds nothing and is left
as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from codegen.assemble.walk import Path, iter_objects, path_of
from codegen.errors import Problem, pointer
from codegen.refs import MISSING, follow, ref_parts

ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "summary",
        "$comment",
        "default",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "externalDocs",
        "xml",
        "nullable",
    }
)
# where an object is a schema: the value of these keywords, a member of these name maps or
# lists; a member of any other name map (a response or parameter named `schema`) is none
_SCHEMA_KEYWORDS = frozenset(
    {
        "schema",
        "items",
        "not",
        "additionalProperties",
        "additionalItems",
        "contains",
        "propertyNames",
        "if",
        "then",
        "else",
        "unevaluatedItems",
        "unevaluatedProperties",
    }
)
_SCHEMA_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_OTHER_MAPS = frozenset(
    {
        "paths",
        "webhooks",
        "callbacks",
        "responses",
        "content",
        "encoding",
        "headers",
        "links",
        "parameters",
        "requestBodies",
        "securitySchemes",
        "pathItems",
        "examples",
        "schemas",  # only `components/schemas` holds schemas, told apart below
    }
)
_ALIAS_DEPTH = 20  # references to references followed at most, for what a target states


def apply_ref_siblings(doc: dict[str, Any], owner: Callable[[str], str]) -> list[Problem]:
    """Rewrite (3.1) or leave out (3.0) the keywords beside every schema's `$ref`, in place;
    a warning for each schema whose keywords are left out. `owner(pointer)` names the file."""
    from_30 = str(doc.get("openapi", "")).startswith("3.0")
    warnings: list[Problem] = []
    for trail, node in iter_objects(doc):
        ref = node.get("$ref")
        if not isinstance(ref, str) or len(node) == 1:
            continue
        path = path_of(trail)
        if not _is_schema(path):
            continue
        said = _stated(doc, ref)
        constraining = [
            key
            for key in node
            if key != "$ref" and key not in ANNOTATIONS and not key.startswith("x-")
        ]
        if all(node[key] == said.get(key, MISSING) for key in constraining):
            continue  # nothing beside the reference, or only what its target says as well
        siblings = {key: node.pop(key) for key in constraining}
        if from_30:
            where = pointer(*path)
            verb, pronoun = ("is", "it") if len(constraining) == 1 else ("are", "them")
            warnings.append(
                Problem(
                    owner(where),
                    where,
                    f"{_listed(constraining)} beside `$ref: {ref}` {verb} ignored by OpenAPI "
                    f"3.0: left out (3.1 would apply {pronoun} as well as the reference)",
                    "to apply both, write `allOf: [{$ref: ...}, {...}]`, by an overlay",
                )
            )
            continue
        node["allOf"] = [{"$ref": node.pop("$ref")}, siblings]
    return warnings


def _is_schema(path: Path) -> bool:
    if len(path) >= 2:
        holder = path[-2]
        if holder in _SCHEMA_MAPS:
            return True
        if holder in _SCHEMA_LISTS and isinstance(path[-1], int):
            return True
        if holder == "schemas":
            return path[:-2] == ("components",)
        if holder in _OTHER_MAPS:
            return False
    return bool(path) and path[-1] in _SCHEMA_KEYWORDS


def _stated(doc: dict[str, Any], ref: str) -> dict[str, Any]:
    """The keywords the schema `ref` leads to states, through references to references."""
    stated: dict[str, Any] = {}
    following: Any = ref
    for _ in range(_ALIAS_DEPTH):
        parts = ref_parts(following) if isinstance(following, str) else None
        target = MISSING if parts is None else follow(doc, parts)
        if not isinstance(target, dict):
            break
        for key, value in target.items():
            stated.setdefault(key, value)
        following = target.get("$ref")
    return stated


def _listed(keys: list[str]) -> str:
    named = [f"`{key}`" for key in keys]
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
