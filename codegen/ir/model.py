"""The intermediate model: what the emitters need to know about one API, and nothing raw.

Built once from the assembled OpenAPI 3.1 document by `codegen.ir.build`. Every name here is
already a safe Python identifier and unique where it must be; every annotation is already the
text the generated code will carry. Templates only loop over these objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from codegen.errors import Problem

ParamLocation = Literal["path", "query", "header", "cookie"]
BodyKind = Literal["json", "form", "multipart", "binary", "text"]
ResponseKind = Literal["json", "binary", "text", "empty"]


@dataclass(frozen=True)
class TypeRef:
    """A Python type as the generated code writes it.

    `annotation` is the exact text (`list[LineItem] | None`); `models` names the generated
    model classes it mentions, `imports` the other names it needs as `module:name` pairs.
    `enums` lists the `Literal`s in it that are enums (not constants), each with the Python
    types of the new values a response may bring (`("Literal[1, 2]", ("float", "int"))`):
    its text cannot tell `enum: [1]` from `const: 1`.
    """

    annotation: str
    models: tuple[str, ...] = ()
    imports: tuple[str, ...] = ()
    enums: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Field:
    """A property of a model, or a body property offered as a keyword argument."""

    wire_name: str
    py_name: str
    type: TypeRef
    required: bool
    description: str | None = None
    default: Any = None
    has_default: bool = False
    read_only: bool = False
    write_only: bool = False


@dataclass(frozen=True)
class Condition:
    """A JSON Schema `if`/`then`/`else` rule carried by a model, enforced before sending."""

    description: str
    if_schema: dict[str, Any]
    then_schema: dict[str, Any] | None
    else_schema: dict[str, Any] | None


@dataclass(frozen=True)
class Model:
    """A named schema: a class in the generated models module.

    `json_schema` is the schema datamodel-code-generator is handed (without the formats that
    have no Python type of their own, `emit/models/extras.py`): references point at
    `#/$defs/<Model name>`, inline objects and enums are already hoisted to models of their own.
    """

    name: str
    kind: Literal["object", "enum", "alias"]
    json_schema: dict[str, Any]
    description: str | None = None
    fields: tuple[Field, ...] = ()
    conditions: tuple[Condition, ...] = ()
    strict: bool = False  # additionalProperties: false
    in_request: bool = False
    in_response: bool = False
    source: str = ""  # JSON pointer of the schema it was built from
    # kind "alias": a discriminated union; the property (wire name) that picks the variant and
    # each variant (a model name) with the values that pick it
    discriminator: str | None = None
    variants: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Parameter:
    """A parameter of an operation.

    A `fixed` one is no argument of the method: the client always sends `value`, because the
    document allows only that value or the path's fragment names it (`#X-Amz-Target=...`).
    """

    wire_name: str
    py_name: str
    location: ParamLocation
    required: bool
    type: TypeRef
    description: str | None = None
    style: str = "simple"
    explode: bool = False
    default: Any = None
    has_default: bool = False
    fixed: bool = False
    value: Any = None
    # the fewest items an array value may have (`minItems`; one for a required array, which
    # an empty list would leave out): the client refuses a shorter list
    min_items: int = 0
    # the most items an array value may have (`maxItems`): the client refuses a longer list
    max_items: int | None = None
    # the schema's constraints the client checks before sending (`param_checks.py`)
    checks: tuple[tuple[str, Any], ...] = ()
    # the document's example of the parameter, `(value,)` when it satisfies the schema
    example: tuple[Any, ...] = ()
    # the schema as converted (references to `#/$defs/<Model name>`), for sample values
    json_schema: dict[str, Any] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class PartEncoding:
    """How one body property is written (the media type's `encoding`): the content type of a
    multipart file part, the style of a form field; None where the document says nothing."""

    wire_name: str
    content_type: str | None = None
    style: str | None = None
    explode: bool | None = None


@dataclass(frozen=True)
class RequestBody:
    """The body of a request.

    `fields` are the body's properties offered as keyword arguments (an object body), and
    `fixed` the properties the client fills in itself (a tool name picked by the method).
    `wrapper` names the property the keyword arguments are collected under, when the body
    is an envelope such as `{"tool": ..., "parameters": {...}}`. A body that is not an
    object with properties is passed whole, as `body`. `content_types` lists the documented
    content types the caller may choose from (`content_type` first, the default), when there
    are several the same arguments can be sent as.
    """

    kind: BodyKind
    content_type: str
    required: bool
    type: TypeRef | None
    model: str | None
    fields: tuple[Field, ...] = ()
    fixed: tuple[tuple[str, Any], ...] = ()
    wrapper: str | None = None
    wrapper_model: str | None = None
    description: str | None = None
    content_types: tuple[str, ...] = ()
    encoding: tuple[PartEncoding, ...] = ()


@dataclass(frozen=True)
class Header:
    wire_name: str
    type: TypeRef
    description: str | None = None


@dataclass(frozen=True)
class Response:
    """A documented response. `status` is `200`, `4XX` or `default`; `other_content_types`
    are the documented content types besides the one the client parses."""

    status: str
    description: str
    kind: ResponseKind
    content_type: str | None
    type: TypeRef | None
    model: str | None
    headers: tuple[Header, ...] = ()
    other_content_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class ErrorClass:
    """One exception class per documented error status (shared by all operations)."""

    status: str
    class_name: str
    description: str
    type: TypeRef | None


@dataclass(frozen=True)
class Example:
    """An example from the document, for the generated tests and README."""

    kind: Literal["request", "response"]
    value: Any
    status: str | None = None
    name: str = "default"
    content_type: str = "application/json"
    valid: bool = True  # False: it contradicts its schema (the report says how); tests skip it
    # the media type's schema as the document writes it, for checking an example whose
    # body or response has no model of its own (an array, a string)
    schema: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Pagination:
    """How an operation pages, from the manifest's hint (`x-codegen-pagination`).

    `param` is the argument carrying the page token (a page number, a cursor or an offset)
    and `limit` the one carrying the page size, both as Python names; `items` and
    `next_cursor` are dotted wire paths into a page; `item_type` is the type of one item.
    """

    style: Literal["page", "cursor", "offset"]
    param: str
    items: str
    item_type: TypeRef
    next_cursor: str | None = None
    limit: str | None = None


@dataclass(frozen=True)
class Operation:
    operation_id: str
    py_name: str
    http_method: str
    path: str
    summary: str | None
    description: str | None
    deprecated: bool
    parameters: tuple[Parameter, ...]
    body: RequestBody | None
    responses: tuple[Response, ...]
    success: Response | None
    errors: tuple[str, ...]  # statuses of this operation's documented errors
    security: tuple[tuple[str, ...], ...]
    examples: tuple[Example, ...] = ()
    pagination: Pagination | None = None
    source: str = ""
    # the header this operation takes an idempotency key in, when it documents one
    idempotency_header: str | None = None
    # a read the provider does not treat as safe to repeat (the manifest's `unsafe_operations`)
    unsafe: bool = False


@dataclass(frozen=True)
class Resource:
    """A group of operations: `client.<attr>.<method>(...)`."""

    attr: str
    class_name: str
    module: str
    description: str | None
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class Server:
    url: str
    name: str  # Environment member name, e.g. EU
    description: str | None = None


@dataclass(frozen=True)
class SecurityScheme:
    """An auth scheme: `kind` is bearer, api_key, basic or oauth2_client_credentials."""

    key: str
    kind: Literal["bearer", "api_key", "basic", "oauth2_client_credentials", "oauth2_token"]
    py_name: str  # the client's constructor argument
    location: Literal["header", "query", "cookie"] = "header"
    param_name: str = "Authorization"
    description: str | None = None
    env_var: str | None = None
    token_url: str | None = None
    scopes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """Something in the document that was not generated, and why."""

    what: str
    where: str
    reason: str


@dataclass(frozen=True)
class PackageInfo:
    name: str  # import name
    distribution: str
    version: str
    provider: str
    description: str = ""
    # package metadata from the manifest, carried into pyproject.toml
    license: str = ""
    urls: tuple[tuple[str, str], ...] = ()
    authors: tuple[tuple[str, str], ...] = ()  # (name, email), either may be empty
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Api:
    package: PackageInfo
    title: str
    version: str
    description: str | None
    servers: tuple[Server, ...]
    security_schemes: tuple[SecurityScheme, ...]
    security: tuple[tuple[str, ...], ...]
    resources: tuple[Resource, ...]
    models: tuple[Model, ...]
    errors: tuple[ErrorClass, ...]
    idempotency_header: str | None = None
    # the provider's own rate-limit headers: window -> field -> header name (or a number)
    rate_limit_headers: dict[str, dict[str, str | int]] = field(default_factory=dict)
    constant_headers: tuple[tuple[str, str], ...] = ()
    warnings: tuple[Problem, ...] = ()
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for r in self.resources for op in r.operations)

    def model(self, name: str) -> Model:
        found = self.find_model(name)
        if found is None:
            raise KeyError(name)
        return found

    def find_model(self, name: str) -> Model | None:
        return self._models_by_name.get(name)

    @cached_property
    def _models_by_name(self) -> dict[str, Model]:
        # looked up for every sample and example value: an index, not a scan
        return {m.name: m for m in self.models}
