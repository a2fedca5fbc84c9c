"""What one operation call needs, as plain data: the generated methods build a `Call`."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, Generic, Literal, TypeAlias, TypeVar

__all__ = ["Call", "Encoding", "FileContent", "FileInput", "Param", "ResponseSpec"]

T = TypeVar("T")

# These are built anew for every call: plain dataclasses, since a frozen one's `__init__`
# costs three times as much. Nothing changes one once it is built.

FileContent: TypeAlias = bytes | IO[bytes] | os.PathLike[str]
# A file of a multipart body: its content, or (file name, content[, content type]).
FileInput: TypeAlias = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)


@dataclass
class ResponseSpec:
    """How to read one documented response.

    `type` is anything pydantic can validate (a model class, `list[Model]`, a union, `str`),
    or None to keep the decoded JSON as it is. `media_type` (optional) is what the request
    asks for in its `Accept` header. `enums` names the `Literal`s in `type` that are enums,
    with the types of the new values a response may bring (`{Literal[1]: (int,)}`); any
    other `Literal` is a constant.
    """

    type: Any
    kind: Literal["json", "binary", "text", "empty"]
    media_type: str | None = None
    enums: Mapping[Any, tuple[type, ...]] = field(default_factory=dict, hash=False)


@dataclass
class Param:
    """A parameter value with its OpenAPI serialization `style` and `explode`.

    Styles: path `simple`/`label`/`matrix`; query `form`/`spaceDelimited`/`pipeDelimited`/
    `deepObject`; header `simple`; cookie `form`; and `json` in every place, for a parameter
    described by JSON `content`: its value as JSON text. None values are not sent. A list shorter
    than `min_items` is refused before sending (the document's `minItems`; one for a
    required array, which an empty list would leave out of the request), and one longer
    than `max_items` (the document's `maxItems`). `checks` are the schema's constraints on the
    value (or on each item of a list) as `(keyword, value)` pairs, checked before sending
    (see `constraints`).
    """

    name: str
    value: Any
    style: str = "form"
    explode: bool = True
    min_items: int = 0
    max_items: int | None = None
    checks: tuple[tuple[str, Any], ...] = ()


@dataclass
class Encoding:
    """How one property of a form or multipart body is written (OpenAPI's Encoding Object).

    `content_type` is the one media type of a multipart file part when the caller does not
    give one; `style` and `explode` serialize a field of an `x-www-form-urlencoded` body
    as they would a query parameter (`deepObject` gives `meta[key]=value`).
    """

    content_type: str | None = None
    style: str = "form"
    explode: bool = True


@dataclass
class Call(Generic[T]):
    """Everything one operation call needs; `T` is the type of its successful result.

    `path` is the template (`/projects/{project_id}/tools`); `path_params` values are
    percent-encoded, so an id such as `../admin` cannot change the path (give a `Param` as
    the value for the `label` or `matrix` style). Response and error keys are a status
    (`200`), a range (`2XX`) or `default`. `security` lists alternatives, each the scheme keys
    that must all apply; no alternatives, or an empty one, means no credentials are needed.

    The body is one of `json`, `form`, `files` (multipart: files, objects and fields),
    `content` (bytes or text as is), or `body`, which is written as `content_type` says: a
    form, multipart, bytes or text as is, else JSON (for an operation that documents several
    content types and lets the caller choose). `encoding` is keyed by body property name.
    """

    method: str
    path: str
    operation_id: str
    path_params: Mapping[str, Any] = field(default_factory=dict)
    query: Sequence[Param] = ()
    headers: Sequence[Param] = ()
    cookies: Sequence[Param] = ()
    json: Any = None
    # a mapping or a model (its fields by wire name)
    form: Any = None
    files: Any = None
    content: bytes | str | IO[bytes] | None = None
    content_type: str | None = None
    body: Any = None
    encoding: Mapping[str, Encoding] = field(default_factory=dict)
    responses: Mapping[str, ResponseSpec] = field(default_factory=dict)
    error_bodies: Mapping[str, Any] = field(default_factory=dict)
    security: Sequence[Sequence[str]] = ()
    idempotency_header: str | None = None
    unsafe: bool = False

    def __class_getitem__(cls, item: Any) -> Any:
        # `Call[Invoice](...)` in the generated code is for type checkers: at run time it is
        # `Call` itself, not an alias that each call would go through (and that would set
        # `__orig_class__` on every instance).
        return cls
