"""One schema node read on its own, without the document: does it become a model, is it
nullable, what it annotates, and the Python annotation of scalars, literals and unions."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from codegen.errors import pointer
from codegen.ir.model import Condition, TypeRef
from codegen.ir.names import pascal

# formats with a Python type of their own; the rest are plain strings
_STRING_FORMATS: dict[str, tuple[str, str]] = {
    "date-time": ("datetime", "datetime:datetime"),
    "date": ("date", "datetime:date"),
    "time": ("time", "datetime:time"),
    "uuid": ("UUID", "uuid:UUID"),
    "decimal": ("Decimal", "decimal:Decimal"),
    "binary": ("bytes", ""),
}
# formats datamodel-code-generator would turn into types needing extra packages or surprising
# users (EmailStr needs email-validator, AnyUrl is not a str): plain strings and numbers to the
# models, while the IR's schemas keep them for the checks of samples and examples
_PLAIN_FORMATS = frozenset(
    {
        "email",
        "idn-email",
        "uri",
        "url",
        "uri-reference",
        "iri",
        "hostname",
        "ipv4",
        "ipv6",
        "byte",
        "password",
        "duration",
        "int32",
        "int64",
        "float",
        "double",
    }
)
_DROP_KEYS = frozenset(
    {
        "example",
        "examples",
        "xml",
        "externalDocs",
        "discriminator_mapping",
        "deprecated",
        "x-codegen-enum-source",
    }
)
MS_DATE_FORMAT = "ms-json-date"


def escape_pointer(part: str) -> str:
    return pointer(part)[1:]


def is_model(schema: dict[str, Any]) -> bool:
    """Does this schema become a class of its own (an object with properties, or an enum)?"""
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        if values and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
            # numbers with a fraction, which no Literal can spell, are an enum class
            return any(isinstance(v, float) for v in values)
        return bool(values) and all(isinstance(v, str) for v in values)
    if schema.get("properties") or schema.get("allOf") and len(schema["allOf"]) > 1:
        return True
    if schema.get("allOf") and schema.get("required"):
        return True  # `allOf: [X], required: [...]`: X with more required, a class of its own
    return "allOf" in schema and any("if" in m for m in schema["allOf"] if isinstance(m, dict))


_ANNOTATION_KEYS = frozenset(
    {
        "description",
        "title",
        "example",
        "examples",
        "default",
        "readOnly",
        "writeOnly",
        "deprecated",
        "externalDocs",
        "xml",
    }
)


def lift_annotations(schema: dict[str, Any]) -> dict[str, Any]:
    """`allOf: [{$ref: X}, {description: ...}]` (common in generated documents) is X with a
    description: members that only annotate are lifted, and a lone reference stands alone."""
    members = schema.get("allOf")
    if not isinstance(members, list) or len(members) < 2:
        return schema
    notes = [m for m in members if isinstance(m, dict) and m and set(m) <= _ANNOTATION_KEYS]
    if not notes:
        return schema
    rest = [m for m in members if m not in notes]
    lifted: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for note in notes:
        for key, value in note.items():
            lifted.setdefault(key, value)
    if (
        len(rest) == 1
        and set(lifted) <= _ANNOTATION_KEYS
        and isinstance(rest[0], dict)
        and "$ref" in rest[0]
    ):
        return {**rest[0], **{k: v for k, v in lifted.items() if k in ("description", "title")}}
    return {**lifted, "allOf": rest} if rest else lifted


# keywords whose schema is no plain value: an `allOf` holding one is a class or a union
_STRUCTURE_KEYS = frozenset(
    {"properties", "additionalProperties", "patternProperties", "allOf", "oneOf", "anyOf"}
)
_LOWER_BOUNDS = frozenset({"minimum", "exclusiveMinimum", "minLength", "minItems"})
_UPPER_BOUNDS = frozenset({"maximum", "exclusiveMaximum", "maxLength", "maxItems"})


def merge_plain(members: list[dict[str, Any]]) -> dict[str, Any] | None:
    """`allOf` members (references resolved) that are plain values (a number, a string, a
    list) as one schema with the keywords of all, the stricter of two bounds; None when one
    is an object or a composition (a class of its own). `allOf: [{$ref: Amount}, {maximum:
    1000}]` is an Amount of at most 1000, not a class."""
    if any(
        m.get("type") == "object" or _STRUCTURE_KEYS & set(m) or m.get("required") for m in members
    ):
        return None
    merged: dict[str, Any] = {}
    for member in members:
        for key, value in member.items():
            if key not in merged:
                merged[key] = value
            elif key in _LOWER_BOUNDS and isinstance(value, int | float):
                merged[key] = max(merged[key], value)
            elif key in _UPPER_BOUNDS and isinstance(value, int | float):
                merged[key] = min(merged[key], value)
    return merged


def split_null(schema: dict[str, Any]) -> tuple[bool, dict[str, Any]]:
    """(nullable?, the schema without its null alternative)."""
    nullable, rest = _split_null(schema)
    if nullable and isinstance(rest.get("enum"), list) and None in rest["enum"]:
        # `null` among an enum's values is the nullability already split off, not a value
        rest = {**rest, "enum": [v for v in rest["enum"] if v is not None]}
    return nullable, rest


def _split_null(schema: dict[str, Any]) -> tuple[bool, dict[str, Any]]:
    kind = schema.get("type")
    if isinstance(kind, list) and "null" in kind and len(kind) > 1:
        rest = [k for k in kind if k != "null"]
        return True, {**schema, "type": rest[0] if len(rest) == 1 else rest}
    if schema.get("nullable") is True:
        return True, {k: v for k, v in schema.items() if k != "nullable"}
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list) and any(m == {"type": "null"} for m in members):
            rest = [m for m in members if m != {"type": "null"}]
            if len(rest) == 1:
                merged = {k: v for k, v in schema.items() if k != key}
                if "$ref" in rest[0]:
                    return True, {**rest[0], **title_and_description(merged)}
                return True, {**merged, **rest[0]}
            return True, {**schema, key: rest}
    if "enum" in schema and None in schema["enum"]:
        return True, {**schema, "enum": [v for v in schema["enum"] if v is not None]}
    return False, schema


def with_null(out: dict[str, Any], ref: TypeRef) -> tuple[dict[str, Any], TypeRef]:
    """A converted schema and its annotation, allowing null as well."""
    ann = ref.annotation if ref.annotation in ("Any", "None") else f"{ref.annotation} | None"
    if (
        "$ref" in out
        or "allOf" in out
        or "anyOf" in out
        or "oneOf" in out
        or "enum" in out
        or "const" in out
    ):
        desc = {"description": out["description"]} if "description" in out else {}
        inner = {k: v for k, v in out.items() if k != "description"}
        return {"anyOf": [inner, {"type": "null"}], **desc}, replace(ref, annotation=ann)
    kind = out.get("type")
    if isinstance(kind, str):
        return {**out, "type": [kind, "null"]}, replace(ref, annotation=ann)
    return {"anyOf": [out, {"type": "null"}]}, replace(ref, annotation=ann)


def title_and_description(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: schema[k] for k in ("description", "title") if isinstance(schema.get(k), str)}


def literal_values(values: list[Any]) -> bool:
    """Can `Literal[...]` hold these values? (Not floats, lists or objects.)"""
    return bool(values) and all(isinstance(v, str | int) for v in values)


def plain_type(schema: dict[str, Any]) -> TypeRef:
    """The annotation of a constant or enum that no Literal can spell, from its type."""
    kind = schema.get("type")
    plain = {"number": "float", "integer": "int", "boolean": "bool", "string": "str"}
    if isinstance(kind, str) and kind in plain:
        return TypeRef(plain[kind])
    return TypeRef("Any", imports=("typing:Any",))


def literal_type(values: list[Any]) -> TypeRef:
    """The annotation of a constant: one value, and no other is ever right."""
    inner = ", ".join(repr(v) for v in values)
    return TypeRef(f"Literal[{inner}]", imports=("typing:Literal",))


# JSON Schema types -> the Python types of their values
_PYTHON_TYPES = {"integer": ("int",), "number": ("float", "int"), "boolean": ("bool",)}


def enum_literal_type(values: list[Any], schema: dict[str, Any]) -> TypeRef:
    """The annotation of an enum of numbers or booleans (with strings, maybe), as a `Literal`
    whose list a response may outgrow by a value of the same JSON type: the types of its
    values, and of its schema's `type` (`number` takes 2.5 where only 1 and 2 are listed).
    An enum of one value is still an enum: unlike a constant, it may grow."""
    kinds = schema.get("type")
    named = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
    types = {type(v).__name__ for v in values} | {
        t for k in named if isinstance(k, str) for t in _PYTHON_TYPES.get(k, ())
    }
    ref = literal_type(values)
    return TypeRef(
        ref.annotation, imports=ref.imports, enums=((ref.annotation, tuple(sorted(types))),)
    )


def union_ref(refs: list[TypeRef]) -> TypeRef:
    seen: list[str] = []
    for r in refs:
        for part in r.annotation.split(" | ") if "[" not in r.annotation else [r.annotation]:
            if part not in seen:
                seen.append(part)
    if "Any" in seen:
        return TypeRef("Any", imports=("typing:Any",))
    models = tuple(dict.fromkeys(m for r in refs for m in r.models))
    imports = tuple(dict.fromkeys(i for r in refs for i in r.imports))
    enums = tuple(dict.fromkeys(e for r in refs for e in r.enums))
    return TypeRef(" | ".join(seen), models, imports, enums)


def variant_suffix(member: Any, index: int) -> str:
    if isinstance(member, dict):
        if "enum" in member:
            return ""  # `str | InvoiceId`: the enum member takes the plain name
        if isinstance(member.get("title"), str):
            return pascal(member["title"])
        kind = member.get("type")
        if isinstance(kind, str) and kind != "object":
            return pascal(kind)
    return f"Variant{index + 1}"


def conditions(schema: dict[str, Any]) -> tuple[Condition, ...]:
    rules = []
    members = [schema] + [m for m in schema.get("allOf") or [] if isinstance(m, dict)]
    for m in members:
        if "if" in m:
            rules.append(
                Condition(
                    description=str(m.get("description") or "conditional requirement"),
                    if_schema=m["if"],
                    then_schema=m.get("then"),
                    else_schema=m.get("else"),
                )
            )
    return tuple(rules)


def def_refs(schema: Any) -> list[str]:
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                found.append(ref[len("#/$defs/") :])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(schema)
    return found


def string_type(schema: dict[str, Any], runtime_module: str) -> tuple[dict[str, Any], TypeRef]:
    """A string schema for the models, and its annotation (formats with a type of their own
    get it; others are plain strings)."""
    out = {k: v for k, v in schema.items() if k not in _DROP_KEYS and not k.startswith("x-")}
    fmt = schema.get("format")
    if fmt == MS_DATE_FORMAT:
        out.pop("format")
        out.pop("pattern", None)  # the type checks its form itself
        out["customTypePath"] = f"{runtime_module}.wire_types.MsJsonDate"
        return out, TypeRef("MsJsonDate", imports=(f"{runtime_module}.wire_types:MsJsonDate",))
    if fmt in _STRING_FORMATS:
        ann, imp = _STRING_FORMATS[fmt]
        if fmt in ("decimal", "binary"):
            # datamodel-code-generator keeps a string pattern on these; a Decimal has none
            out.pop("pattern", None)
        return out, TypeRef(ann, imports=(imp,) if imp else ())
    return out, TypeRef("str")  # any other format is kept for the checks: see `model_format`


def number_type(schema: dict[str, Any], kind: str) -> tuple[dict[str, Any], TypeRef]:
    """An integer, number, boolean or null schema for the models, and its annotation."""
    out = {k: v for k, v in schema.items() if k not in _DROP_KEYS and not k.startswith("x-")}
    ann = {"integer": "int", "number": "float", "boolean": "bool", "null": "None"}[kind]
    return out, TypeRef(ann)


def model_format(schema: dict[str, Any]) -> bool:
    """Whether the models are to see this converted schema's `format`: one with a Python type
    of its own does; a plain one (`email`, `int32`, `phone`) is for jsonschema's checks of
    samples and examples only, and the models' type stays `str`, `int` or `float`."""
    fmt = schema.get("format")
    if not isinstance(fmt, str):
        return True  # no format, or a property named `format`
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "string" in kinds and fmt not in _STRING_FORMATS:
        return False
    return fmt not in _PLAIN_FORMATS
