"""Schemas of the document -> named models and Python type annotations.

One pass: each schema reached from a component or an operation is converted once into
(a) the JSON Schema fragment handed to datamodel-code-generator, where every object and
enum is a `$ref` to a named definition, and (b) the `TypeRef` the client code annotates with.
Inline objects and enums are hoisted and named from where they stand (`lineItems` ->
`LineItem`); structurally identical hoisted schemas share one model.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from codegen.errors import InputError, Problem
from codegen.ir.model import Condition, Field, Model, Skipped, TypeRef
from codegen.ir.names import Namer, field_name, pascal, singular
from codegen.ir.shapes import (
    conditions,
    def_refs,
    escape_pointer,
    is_model,
    lift_annotations,
    literal_type,
    literal_values,
    number_type,
    plain_type,
    split_null,
    string_type,
    title_and_description,
    union_ref,
    variant_suffix,
    with_null,
)
from codegen.refs import MISSING, canonical_ref, follow, local_ref, ref_parts

# names too vague to stand alone: a nested `data` object is named after its parent
_GENERIC = frozenset(
    [
        "Data",
        "Result",
        "Results",
        "Item",
        "Items",
        "Meta",
        "MetaData",
        "Metadata",
        "Attributes",
        "Value",
        "Values",
        "Body",
        "Payload",
        "Response",
        "Request",
        "Parameters",
        "Params",
        "Options",
        "Config",
        "Settings",
        "Properties",
        "Info",
        "Details",
        "Type",
        "Status",
        "Kind",
        "Object",
        "Entry",
        "Entries",
        "Content",
        "Record",
        "Records",
        "Node",
        "Nodes",
        "Error",
        "Errors",
        "Code",
        "Mode",
        "State",
        "Category",
        "Level",
        "Role",
        "Format",
        "Method",
        "Direction",
        "Unit",
        "Reason",
        "Name",
        "Id",
        "Key",
        "Tag",
        "Tags",
        "Link",
        "Links",
        "Message",
        "Description",
    ]
)
# names the generated modules import or define beside the models: a schema never takes them
RESERVED_CLASS_NAMES = frozenset(
    [
        # what datamodel-code-generator may import from pydantic, typing and the standard
        # library, and what the models module imports for its aliases
        *[
            "AliasChoices",
            "AnyUrl",
            "AwareDatetime",
            "Base64Bytes",
            "Base64Encoder",
            "Base64Str",
            "EmailStr",
        ],
        *[
            "EncodedBytes",
            "FutureDate",
            "FutureDatetime",
            "NaiveDatetime",
            "NegativeFloat",
            "NegativeInt",
        ],
        *["NonNegativeFloat", "NonNegativeInt", "NonPositiveFloat", "NonPositiveInt", "PastDate"],
        *[
            "PastDatetime",
            "PositiveFloat",
            "PositiveInt",
            "SecretStr",
            "SerializeAsAny",
            "StrictBool",
        ],
        *[
            "StrictBytes",
            "StrictFloat",
            "StrictInt",
            "StrictStr",
            "StringConstraints",
            "TypeAdapter",
            "UUID1",
        ],
        *[
            "UUID3",
            "UUID4",
            "UUID5",
            "ValidationInfo",
            "ValidatorFunctionWrapHandler",
        ],
        *[
            "ClassVar",
            "Dict",
            "FrozenSet",
            "IPv4Address",
            "IPv4Network",
            "IPv6Address",
            "IPv6Network",
            "IntEnum",
        ],
        *[
            "List",
            "Mapping",
            "Optional",
            "Path",
            "Sequence",
            "Set",
            "StrEnum",
            "SupportsIndex",
            "Tuple",
            "TypeAlias",
        ],
        "Union",
        "Any",
        "Literal",
        "BinaryIO",
        "Annotated",
        "Self",
        "Enum",
        "Decimal",
        "UUID",
        "Field",
        "ConfigDict",
        "RootModel",
        "BaseModel",
        "StrictModel",
        "OpenStrEnum",
        "OpenEnum",
        "OpenIntEnum",
        "PolymorphicModel",
        "UnknownVariant",
        "Rule",
        "MsJsonDate",
        "Call",
        "Param",
        "ApiResponse",
        "RequestOptions",
        "ResponseSpec",
        "SyncCore",
        "AsyncCore",
        "NotGiven",
        "Client",
        "AsyncClient",
        "Environment",
        "RateLimit",
        "ApiError",
        "ApiConnectionError",
        "ApiTimeoutError",
        "ApiStatusError",
        "ClientStatusError",
        "ServerStatusError",
        "BadRequestError",
        "UnauthorizedError",
        "PaymentRequiredError",
        "ForbiddenError",
        "NotFoundError",
        "MethodNotAllowedError",
        "NotAcceptableError",
        "RequestTimeoutError",
        "ConflictError",
        "GoneError",
        "PreconditionFailedError",
        "PayloadTooLargeError",
        "UnsupportedMediaTypeError",
        "UnprocessableEntityError",
        "LockedError",
        "RateLimitError",
        "InternalServerError",
        "NotImplementedServerError",
        "BadGatewayError",
        "ServiceUnavailableError",
        "GatewayTimeoutError",
        "ClientError",
        "ServerError",
    ]
)


@dataclass
class _Def:
    name: str
    kind: str
    schema: dict[str, Any] = field(default_factory=dict)
    description: str | None = None
    fields: tuple[Field, ...] = ()
    conditions: tuple[Condition, ...] = ()
    strict: bool = False
    in_request: bool = False
    in_response: bool = False
    source: str = ""
    # a discriminated union (kind "alias"): the property and each variant's tag values
    discriminator: str | None = None
    variants: tuple[tuple[str, tuple[str, ...]], ...] = ()


class SchemaConverter:
    """Converts the schemas of one document; `models()` gives the result."""

    def __init__(
        self,
        document: dict[str, Any],
        file: str,
        runtime_module: str,
        recorded: dict[str, str] | None = None,
    ) -> None:
        self.doc = document
        self.file = file
        self.runtime_module = runtime_module  # e.g. "bookeeping._runtime"
        # names of the last generation by place (see stable.py): kept from new things
        self._recorded = dict(recorded or {})
        self._unclaimed = set(self._recorded.values()) - RESERVED_CLASS_NAMES
        self.namer = Namer(RESERVED_CLASS_NAMES | self._unclaimed)
        self.defs: dict[str, _Def] = {}
        self._by_pointer: dict[str, str] = {}  # component pointer -> model name
        self._by_shape: dict[tuple[str, str], str] = {}  # (base name, canonical json) -> name
        self.skipped: list[Skipped] = []
        self.warnings: list[Problem] = []
        self._direction: str = ""
        # component pointers being converted inline (not as a model) right now: meeting one
        # again means a recursion that no class breaks
        self._inline: set[str] = set()
        self._recursive_warned: set[str] = set()
        self._children: dict[str, list[str]] | None = None  # see _extensions

    # -- entry points ------------------------------------------------------------------

    def resolve(self, schema: Any) -> dict[str, Any]:
        """Follow `$ref`s to the schema itself (for reading properties)."""
        seen: list[str] = []
        while isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if ref in seen:
                raise self._alias_cycle_error(seen[seen.index(ref) :] + [ref])
            seen.append(ref)
            schema = self._target(ref)
        return schema if isinstance(schema, dict) else {}

    def convert(
        self, schema: Any, hint: str, where: str, direction: str
    ) -> tuple[dict[str, Any], TypeRef]:
        """Convert a schema reached from an operation; `direction` is request or response."""
        previous, self._direction = self._direction, direction
        try:
            return self._convert(schema, hint, where, parent="")
        finally:
            self._direction = previous

    def component(self, key: str) -> str | None:
        """The model name of `#/components/schemas/<key>` (None for a plain type such as a
        map or a list, which stays inline where it is used), converting it if needed."""
        ref = local_ref("components", "schemas", key)
        self._convert({"$ref": ref}, key, ref, parent="")
        return self._by_pointer.get(ref)

    def fields_of(self, model: str) -> tuple[Field, ...]:
        """The fields of a converted object model (none for a parent that its discriminator
        turns into its children: such a body is given as a model, the child's)."""
        d = self.defs.get(model)
        return d.fields if d is not None and d.kind == "object" and not d.variants else ()

    def models(self) -> tuple[Model, ...]:
        out = []
        for d in sorted(self.defs.values(), key=lambda d: d.name):
            schema = _directional_required(d) if d.kind == "object" else dict(d.schema)
            out.append(
                Model(
                    name=d.name,
                    kind=d.kind,  # type: ignore[arg-type]
                    json_schema=schema,
                    description=d.description,
                    fields=d.fields,
                    conditions=d.conditions,
                    strict=d.strict,
                    in_request=d.in_request,
                    in_response=d.in_response,
                    source=d.source,
                    discriminator=d.discriminator,
                    variants=d.variants,
                )
            )
        return tuple(out)

    def is_strict(self, name: str) -> bool:
        return self.defs[name].strict

    # -- the conversion ------------------------------------------------------------------

    def _target(self, ref: str) -> Any:
        parts = ref_parts(ref)
        if parts is None:
            raise InputError(
                [
                    Problem(
                        self.file,
                        ref,
                        "only references inside the document are supported",
                        "bundle external files into the document first",
                    )
                ]
            )
        node = follow(self.doc, parts)
        if node is MISSING:
            raise InputError(
                [Problem(self.file, ref, "reference to nowhere: no such place in the document")]
            )
        return node

    def _alias_cycle_error(self, cycle: list[str]) -> InputError:
        names = " -> ".join(c.rsplit("/", 1)[-1] for c in cycle)
        return InputError(
            [
                Problem(
                    self.file,
                    cycle[0].removeprefix("#"),
                    f"a reference cycle through nothing but $ref and allOf ({names}): "
                    "the schema is defined by itself",
                    "point one of these references at a real schema, or let the recursion "
                    "go through a property",
                )
            ]
        )

    def _recursive_inline(self, ref: str) -> tuple[dict[str, Any], TypeRef]:
        """A component met again while it is being converted inline (no class in between)."""
        cycle = self._transparent_cycle(ref, ref, [])
        if cycle is not None:
            raise self._alias_cycle_error([ref, *cycle])
        # a recursive list or union type (`Json: oneOf [string, array of Json]`) holds values,
        # but an inline annotation cannot name itself: its inner level is typed Any
        if ref not in self._recursive_warned:
            self._recursive_warned.add(ref)
            self.warnings.append(
                Problem(
                    self.file,
                    ref.removeprefix("#"),
                    "a recursive type that is no object: its recursive part is typed Any",
                    "give the recursion an object schema with properties to get a model",
                )
            )
        return {}, TypeRef("Any", imports=("typing:Any",))

    def _transparent_cycle(self, start: str, ref: str, path: list[str]) -> list[str] | None:
        """The references leading from `ref` back to `start` through nothing but references
        and `allOf` members (a chain of aliases), or None when every way passes a value."""
        pending = [self._target(ref)]
        while pending:
            node = pending.pop()
            if not isinstance(node, dict):
                continue
            inner = node.get("$ref")
            if isinstance(inner, str):
                inner = canonical_ref(inner)
                if inner == start:
                    return [*path, inner]
                if inner in path:
                    continue
                found = self._transparent_cycle(start, inner, [*path, inner])
                if found is not None:
                    return found
            members = node.get("allOf")
            if isinstance(members, list):
                pending.extend(members)
        return None

    def _mark(self, name: str) -> None:
        d = self.defs.get(name)
        if d is None:
            return
        if self._direction == "request" and not d.in_request:
            d.in_request = True
            self._mark_children(d)
        elif self._direction == "response" and not d.in_response:
            d.in_response = True
            self._mark_children(d)

    def _mark_children(self, d: _Def) -> None:
        for ref in def_refs(d.schema):
            self._mark(ref)
        if d.kind == "object":  # a parent picks its children: they are used where it is
            for child, _ in d.variants:
                self._mark(child)

    def _convert(
        self, schema: Any, hint: str, where: str, parent: str
    ) -> tuple[dict[str, Any], TypeRef]:
        if schema is True or schema is None or schema == {}:
            return {}, TypeRef("Any", imports=("typing:Any",))
        if schema is False or not isinstance(schema, dict):
            return {}, TypeRef("Any", imports=("typing:Any",))
        schema = lift_annotations(schema)
        if "$ref" in schema:
            return self._convert_ref(schema, hint, where)
        if self._only_null(schema):
            return {**title_and_description(schema), "type": "null"}, TypeRef("None")
        schema = self._null_members(schema)
        nullable, schema = split_null(schema)
        if "$ref" in schema:
            out, ref = self._convert_ref(schema, hint, where)
        else:
            out, ref = self._convert_non_null(schema, hint, where, parent)
        if nullable:
            return with_null(out, ref)
        return out, ref

    def _null_members(self, schema: dict[str, Any]) -> dict[str, Any]:
        """A union's members that admit nothing but null (`enum: [null]`, `const: null`,
        directly or through a reference, as Django REST framework writes nullable choices)
        spelled `{type: null}`, which `split_null` understands."""
        for key in ("oneOf", "anyOf"):
            members = schema.get(key)
            if isinstance(members, list) and any(self._only_null(m) for m in members):
                spelled = [{"type": "null"} if self._only_null(m) else m for m in members]
                return {**schema, key: spelled}
        return schema

    def _only_null(self, schema: Any) -> bool:
        if not isinstance(schema, dict):
            return False
        if "$ref" in schema:
            ref = canonical_ref(schema["$ref"])
            if ref in self._inline or ref_parts(ref) is None:
                return False
            target = follow(self.doc, ref_parts(ref) or [])
            return target is not schema and self._only_null(target)
        return (
            schema.get("enum") == [None]
            or ("const" in schema and schema["const"] is None)
            or schema.get("type") == "null"
        )

    def _convert_ref(
        self, schema: dict[str, Any], hint: str, where: str
    ) -> tuple[dict[str, Any], TypeRef]:
        ref = canonical_ref(schema["$ref"])  # one spelling per place: one model per place
        if ref not in self._by_pointer:
            target = self._target(ref)
            key = (ref_parts(ref) or [""])[-1]
            if (
                ref.startswith("#/components/schemas/")
                and isinstance(target, dict)
                and (is_model(target) or ref in self._extensions())
            ):
                name = self._recorded_name(ref) or self.namer.unique(pascal(key))
                self._by_pointer[ref] = name
                self.defs[name] = _Def(name, "object", source=ref)  # placeholder for recursion
                self._define(name, target, ref)
            else:
                # a component that is a plain type (string, list...) stays an inline type
                if ref in self._inline:
                    return self._recursive_inline(ref)
                self._inline.add(ref)
                try:
                    inline, tref = self._convert(target, pascal(key), ref, parent="")
                finally:
                    self._inline.discard(ref)
                if len(schema) > 1:
                    inline = {**inline, **title_and_description(schema)}
                return inline, tref
        name = self._by_pointer[ref]
        self._mark(name)
        out: dict[str, Any] = {"$ref": f"#/$defs/{name}"}
        if schema.get("description"):
            out = {"allOf": [out], "description": schema["description"]}
        return out, TypeRef(name, models=(name,))

    def _convert_non_null(
        self, schema: dict[str, Any], hint: str, where: str, parent: str
    ) -> tuple[dict[str, Any], TypeRef]:
        if is_model(schema):
            name = self._hoist(schema, hint, where, parent)
            out: dict[str, Any] = {"$ref": f"#/$defs/{name}"}
            desc = self.defs[name].description
            if schema.get("description") and schema.get("description") != desc:
                out = {"allOf": [out], "description": schema["description"]}
            return out, TypeRef(name, models=(name,))
        if "const" in schema:
            value = schema["const"]
            out = {**title_and_description(schema), "const": value}
            return out, literal_type([value]) if literal_values([value]) else plain_type(schema)
        if "enum" in schema:
            values = schema["enum"]
            if literal_values(values):
                # numbers, booleans or a mix with strings: a Literal in the model as in the
                # method's signature (string-only enums are classes of their own)
                out = {
                    **title_and_description(schema),
                    "enum": values,
                    "x-enum-field-as-literal": True,
                }
                return out, literal_type(values)
            return {**title_and_description(schema), "enum": values}, plain_type(schema)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._union(schema, key, hint, where, parent)
        if "allOf" in schema:
            members = schema["allOf"]
            if len(members) == 1:
                out, tref = self._convert(members[0], hint, where + "/allOf/0", parent)
                return {**out, **title_and_description(schema)} if "$ref" not in out else out, tref
            name = self._hoist(schema, hint, where, parent)
            return {"$ref": f"#/$defs/{name}"}, TypeRef(name, models=(name,))
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            if len(kinds) == 1:
                return self._convert_non_null({**schema, "type": kinds[0]}, hint, where, parent)
            members = [{**schema, "type": k} for k in kinds]
            return self._union(
                {"anyOf": members, **title_and_description(schema)}, "anyOf", hint, where, parent
            )
        if kind == "array" or ("items" in schema and kind is None):
            item_hint = singular(hint) if singular(hint) != hint else hint + "Item"
            out, item = self._convert(schema.get("items", {}), item_hint, where + "/items", parent)
            result = {**title_and_description(schema), "type": "array", "items": out}
            for key in ("minItems", "maxItems", "uniqueItems"):
                if key in schema:
                    result[key] = schema[key]
            return result, TypeRef(f"list[{item.annotation}]", item.models, item.imports)
        if kind == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties", True)
            if isinstance(extra, dict) and extra:
                out, value = self._convert(
                    extra, singular(hint) + "Value", where + "/additionalProperties", parent
                )
                result = {
                    **title_and_description(schema),
                    "type": "object",
                    "additionalProperties": out,
                }
                return result, TypeRef(
                    f"dict[str, {value.annotation}]", value.models, value.imports
                )
            return (
                {**title_and_description(schema), "type": "object"},
                TypeRef("dict[str, Any]", imports=("typing:Any",)),
            )
        if kind == "string":
            return string_type(schema, self.runtime_module)
        if kind in ("integer", "number", "boolean", "null"):
            return number_type(schema, kind)
        return {**title_and_description(schema)}, TypeRef("Any", imports=("typing:Any",))

    def _union(
        self, schema: dict[str, Any], key: str, hint: str, where: str, parent: str
    ) -> tuple[dict[str, Any], TypeRef]:
        outs: list[dict[str, Any]] = []
        refs: list[TypeRef] = []
        for i, member in enumerate(schema[key]):
            member_hint = hint if len(schema[key]) == 1 else f"{hint}{variant_suffix(member, i)}"
            out, ref = self._convert(member, member_hint, f"{where}/{key}/{i}", parent)
            outs.append(out)
            refs.append(ref)
        disc = schema.get("discriminator")
        if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
            alias = self._discriminated(schema[key], refs, disc, hint, where, parent)
            if alias is not None:
                out = {"$ref": f"#/$defs/{alias}"}
                if schema.get("description"):
                    out = {"allOf": [out], "description": schema["description"]}
                return out, TypeRef(alias, models=(alias,))
        return {**title_and_description(schema), key: outs}, union_ref(refs)

    def _discriminated(
        self,
        members: list[Any],
        refs: list[TypeRef],
        disc: dict[str, Any],
        hint: str,
        where: str,
        parent: str,
    ) -> str | None:
        """A named alias for a union whose variant the discriminator property picks; None
        (a plain union, with a warning) when some variant cannot be picked by a value."""
        prop: str = disc["propertyName"]
        names = [r.annotation for r in refs]
        if not all(n in self.defs and self.defs[n].kind == "object" for n in names):
            self._warn(where, f"the discriminator {prop!r} needs object alternatives: ignored")
            return None
        tags: dict[str, str] = {}  # wire value -> variant
        for value, target in (disc.get("mapping") or {}).items():
            target = str(target)
            pointer = (
                canonical_ref(target)
                if target.startswith("#")
                else local_ref("components", "schemas", target)
            )
            name = self._by_pointer.get(pointer)
            if name not in names:
                self._warn(
                    where,
                    f"the discriminator maps {value!r} to {target}, which is none of the "
                    "alternatives: left out",
                )
                continue
            tags.setdefault(str(value), name)
        for member, name in zip(members, names, strict=True):
            if name in tags.values():
                continue
            values = self._tag_values(member, prop)
            if not values:
                self._warn(
                    where,
                    f"no value of {prop!r} selects the alternative {name}: the union is "
                    "decided by shape instead",
                    "map a value to it under discriminator/mapping",
                )
                return None
            for value in values:
                tags.setdefault(value, name)
        variants = tuple(
            (n, tuple(v for v, t in tags.items() if t == n)) for n in dict.fromkeys(names)
        )
        schema = {
            "oneOf": [{"$ref": f"#/$defs/{n}"} for n, _ in variants],
            "discriminator": {
                "propertyName": prop,
                "mapping": {v: f"#/$defs/{n}" for v, n in tags.items()},
            },
        }
        base = pascal(hint)
        if parent and base in _GENERIC and not base.startswith(parent):
            base = parent + base
        shape_key = (base, json.dumps(schema, sort_keys=True))
        name = self._by_shape.get(shape_key)
        if name is None:
            name = self._recorded_name(where) or self.namer.unique(base)
            self._by_shape[shape_key] = name
            self.defs[name] = _Def(
                name, "alias", schema, source=where, discriminator=prop, variants=variants
            )
        self._mark(name)
        return name

    def _tag_values(self, member: Any, prop: str) -> list[str]:
        """The discriminator values of an unmapped alternative: the constant or enum of its
        property when it has one, else (OpenAPI's implicit mapping) its component name."""
        resolved = self.resolve(member) if isinstance(member, dict) else {}
        props, _ = self._properties(resolved)
        sub = self.resolve(props.get(prop)) if isinstance(props.get(prop), dict) else {}
        if isinstance(sub.get("const"), str):
            return [sub["const"]]
        if isinstance(sub.get("enum"), list) and sub["enum"]:
            return [v for v in sub["enum"] if isinstance(v, str)]
        ref = member.get("$ref") if isinstance(member, dict) else None
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            return [(ref_parts(ref) or [""])[-1]]
        return []

    def _warn(self, where: str, message: str, hint: str = "") -> None:
        problem = Problem(self.file, where.removeprefix("#"), message, hint)
        if problem not in self.warnings:
            self.warnings.append(problem)

    def _recorded_name(self, place: str) -> str | None:
        """The name this place had in the last generation, when no other place took it."""
        name = self._recorded.get(place)
        if name is None or name not in self._unclaimed:
            return None
        self._unclaimed.discard(name)  # already in the namer
        return name

    def _hoist(self, schema: dict[str, Any], hint: str, where: str, parent: str) -> str:
        base = pascal(hint)
        if parent and base in _GENERIC and not base.startswith(parent):
            base = parent + base
        # descriptions differ from place to place; the shape decides whether two are one model
        canonical = json.dumps(
            {k: v for k, v in schema.items() if k not in ("description", "title")},
            sort_keys=True,
            default=str,
        )
        shape_key = (base, canonical)
        if shape_key in self._by_shape:
            name = self._by_shape[shape_key]
            self._mark(name)
            return name
        recorded = self._recorded_name(where)
        if recorded is not None:
            name = recorded
        else:
            if base in self.namer and parent and not base.startswith(parent):
                base = parent + base
            name = self.namer.unique(base)
        self._by_shape[shape_key] = name
        self.defs[name] = _Def(name, "object", source=where)
        self._define(name, schema, where)
        return name

    def _define(self, name: str, schema: dict[str, Any], where: str) -> None:
        # a class breaks any recursion through it: what is inline above it is not reentered
        outer, self._inline = self._inline, set()
        try:
            self._define_model(name, schema, where)
        finally:
            self._inline = outer

    def _define_model(self, name: str, schema: dict[str, Any], where: str) -> None:
        d = self.defs[name]
        d.description = schema.get("description") or schema.get("title")
        self._mark(name)
        disc = schema.get("discriminator")
        if isinstance(disc, dict) and not ("oneOf" in schema or "anyOf" in schema):
            self._parent_of_children(d, disc, where)
        if "enum" in schema and is_model(schema):
            d.kind = "enum"
            d.schema = {
                k: v for k, v in schema.items() if k in ("type", "enum", "description", "title")
            }
            d.schema.pop("title", None)
            if isinstance(d.schema.get("type"), list):
                d.schema["type"] = "string"
            d.schema["enum"] = [v for v in schema["enum"] if v is not None]
            return
        props, required = self._properties(schema)
        for undeclared in [r for r in required if r not in props]:
            # kept: the server promises the name, the document just forgot to type it
            self._warn(
                where,
                f"{undeclared!r} is required but not declared as a property: "
                "kept as a required field of any type",
                "declare it under properties",
            )
            props[undeclared] = {}
        d.strict = schema.get("additionalProperties") is False
        d.fields = self._fields(props, required, name, where)
        d.conditions = conditions(schema)
        out: dict[str, Any] = {"type": "object"}
        if d.description:
            out["description"] = d.description
        if "allOf" in schema and any("$ref" in m for m in schema["allOf"]):
            out = self._inheritance(name, schema, where, props, required)
        else:
            out["properties"] = self._schema_props(props, name, where)
            if required:
                out["required"] = [r for r in required if r in props]
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self._convert(
                    extra, name + "Value", where + "/additionalProperties", parent=name
                )[0]
                out["additionalProperties"] = value
        d.schema = out

    def _extensions(self) -> dict[str, list[str]]:
        """The components that extend, through `allOf`, a parent whose discriminator picks
        them (the layout of the OpenAPI specification's own discriminator examples): child
        pointer -> its parents' pointers. Each becomes a class even with no own property."""
        if self._children is None:
            self._children = {}
            schemas = (self.doc.get("components") or {}).get("schemas") or {}
            for key, schema in schemas.items() if isinstance(schemas, dict) else ():
                members = schema.get("allOf") if isinstance(schema, dict) else None
                for member in members if isinstance(members, list) else ():
                    ref = member.get("$ref") if isinstance(member, dict) else None
                    if not isinstance(ref, str) or ref_parts(ref) is None:
                        continue
                    parent = follow(self.doc, ref_parts(ref) or [])
                    if isinstance(parent, dict) and _discriminates_children(parent):
                        child = local_ref("components", "schemas", key)
                        self._children.setdefault(child, []).append(canonical_ref(ref))
        return self._children

    def _parent_of_children(self, d: _Def, disc: dict[str, Any], where: str) -> None:
        """A parent's discriminator: its value picks the child class a body parses into; an
        unknown value (a child added later) parses as the parent itself, keeping the data."""
        prop = disc.get("propertyName")
        children = [c for c, parents in self._extensions().items() if where in parents]
        if not isinstance(prop, str) or not children:
            self._warn(
                where,
                f"the discriminator of {d.name}, a parent schema that no schema extends "
                "through allOf, is ignored: it parses as itself",
                "list the alternatives under oneOf with the discriminator",
            )
            return
        tags: dict[str, str] = {}  # wire value -> class
        for value, target in (disc.get("mapping") or {}).items():
            pointer = (
                canonical_ref(str(target))
                if str(target).startswith("#")
                else local_ref("components", "schemas", str(target))
            )
            if pointer in children or pointer == where:
                tags.setdefault(str(value), pointer)
        for child in children:
            if child not in tags.values():  # OpenAPI's implicit mapping: the component name
                tags.setdefault((ref_parts(child) or [""])[-1], child)
        names = {
            p: self._convert({"$ref": p}, "", p, parent="")[1].annotation for p in tags.values()
        }
        d.discriminator = prop
        d.variants = tuple(
            (names[p], tuple(v for v, t in tags.items() if t == p))
            for p in dict.fromkeys(tags.values())
        )

    def _inheritance(
        self,
        name: str,
        schema: dict[str, Any],
        where: str,
        props: dict[str, Any],
        required: list[str],
    ) -> dict[str, Any]:
        """`allOf` with references: the references stay bases (for datamodel-code-generator's
        subclasses); one member declares the rest. Required-ness is the union over the whole
        composition: an inherited property that this schema requires is declared again here,
        required, as is one that no member declares."""
        members: list[dict[str, Any]] = []
        inherited: dict[str, Any] = {}
        inherited_required: set[str] = set()
        places: dict[str, str] = {}  # an own property -> where it is declared
        for i, member in enumerate(schema["allOf"]):
            if not isinstance(member, dict):
                continue
            if "$ref" in member:
                members.append(self._convert(member, name, f"{where}/allOf/{i}", parent=name)[0])
                parent_props, parent_required = self._properties(self.resolve(member))
                inherited.update(parent_props)
                inherited_required.update(parent_required)
            elif "if" not in member:
                for prop in self._properties(member)[0]:
                    places[prop] = f"{where}/allOf/{i}"
        places.update({prop: where for prop in schema.get("properties") or {}})
        for prop in required:
            if prop not in places and prop not in inherited_required:
                places[prop] = where  # required here, declared by a parent or by no one
        own = [prop for prop in props if prop in places]
        if own:
            declared: dict[str, Any] = {}
            for prop in own:
                declared.update(self._schema_props({prop: props[prop]}, name, places[prop]))
            narrowed = [r for r in required if r in places]
            members.append(
                {
                    "type": "object",
                    "properties": declared,
                    **({"required": narrowed} if narrowed else {}),  # all the composition's
                }
            )
        d = self.defs[name]
        return {"allOf": members, **({"description": d.description} if d.description else {})}

    def _schema_props(self, props: dict[str, Any], owner: str, where: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for prop, sub in props.items():
            converted, _ = self._convert(
                sub, prop, f"{where}/properties/{escape_pointer(prop)}", parent=owner
            )
            if isinstance(sub, dict):
                for flag in ("readOnly", "writeOnly", "default", "title"):
                    if flag in sub and flag not in converted:
                        converted = {**converted, flag: sub[flag]}
            out[prop] = converted
        return out

    def _properties(
        self, schema: dict[str, Any], within: tuple[str, ...] = ()
    ) -> tuple[dict[str, Any], list[str]]:
        """Own and inherited (`allOf`) properties and required names, in document order."""
        props: dict[str, Any] = {}
        required: list[str] = []
        for member in schema.get("allOf") or []:
            ref = member.get("$ref") if isinstance(member, dict) else None
            if isinstance(ref, str) and ref in within:
                raise InputError(
                    [
                        Problem(
                            self.file,
                            ref.removeprefix("#"),
                            "a schema that inherits from itself (allOf)",
                            "remove the reference to itself from its allOf",
                        )
                    ]
                )
            inner = (*within, ref) if isinstance(ref, str) else within
            sub_props, sub_req = self._properties(self.resolve(member), inner)
            props.update(sub_props)
            required += [r for r in sub_req if r not in required]
        props.update(schema.get("properties") or {})
        required += [r for r in schema.get("required") or [] if r not in required]
        return props, required

    def _fields(
        self, props: dict[str, Any], required: list[str], owner: str, where: str
    ) -> tuple[Field, ...]:
        namer = Namer()
        fields = []
        for prop, sub in props.items():
            sub = lift_annotations(sub) if isinstance(sub, dict) else sub
            _, tref = self._convert(
                sub, prop, f"{where}/properties/{escape_pointer(prop)}", parent=owner
            )
            resolved = self.resolve(sub) if isinstance(sub, dict) else {}
            is_required = prop in required
            nullable = split_null(resolved)[0] if resolved else False
            if nullable and "None" not in tref.annotation.split(" | "):
                tref = TypeRef(f"{tref.annotation} | None", tref.models, tref.imports)
            has_default = isinstance(sub, dict) and "default" in sub
            fields.append(
                Field(
                    wire_name=prop,
                    py_name=namer.unique(field_name(prop), sep="_"),
                    type=tref,
                    required=is_required,
                    description=(sub.get("description") if isinstance(sub, dict) else None)
                    or resolved.get("description"),
                    default=sub.get("default") if has_default else None,
                    has_default=has_default,
                    read_only=bool(
                        resolved.get("readOnly") or (isinstance(sub, dict) and sub.get("readOnly"))
                    ),
                    write_only=bool(
                        resolved.get("writeOnly")
                        or (isinstance(sub, dict) and sub.get("writeOnly"))
                    ),
                )
            )
        return tuple(fields)


def _directional_required(d: _Def) -> dict[str, Any]:
    """The model's schema with OpenAPI's rule for required properties: a readOnly one is
    required in responses only, a writeOnly one in requests only. One class serves both ways,
    so in a model used in requests a readOnly property is optional (and never sent, see the
    runtime), and in a model used in responses a writeOnly property is optional."""
    drop = set()
    if d.in_request:
        drop |= {f.wire_name for f in d.fields if f.read_only}
    if d.in_response:
        drop |= {f.wire_name for f in d.fields if f.write_only}
    if not drop:
        return dict(d.schema)

    def without(schema: dict[str, Any]) -> dict[str, Any]:
        out = dict(schema)
        if isinstance(out.get("required"), list):
            out["required"] = [r for r in out["required"] if r not in drop]
            if not out["required"]:
                del out["required"]
        if isinstance(out.get("allOf"), list):
            out["allOf"] = [without(m) if isinstance(m, dict) else m for m in out["allOf"]]
        return out

    return without(d.schema)


def _discriminates_children(schema: dict[str, Any]) -> bool:
    """A discriminator on a schema that lists no alternatives: its children extend it."""
    return isinstance(schema.get("discriminator"), dict) and not (
        "oneOf" in schema or "anyOf" in schema
    )
