"""What one operation call needs, as plain data: the generated methods build a `Call`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

__all__ = ["Call", "Param", "ResponseSpec"]

T = TypeVar("T")


@dataclass(frozen=True)
class ResponseSpec:
    """How to read one documented response.

    `type` is anything pydantic can validate (a model class, `list[Model]`, a union, `str`),
    or None to keep the decoded JSON as it is. `media_type` (optional) is what the request
    asks for in its `Accept` header.
    """

    type: Any
    kind: Literal["json", "binary", "text", "empty"]
    media_type: str | None = None


@dataclass(frozen=True)
class Param:
    """A parameter value with its OpenAPI serialization `style` and `explode`.

    Styles: path `simple`/`label`/`matrix`; query `form`/`spaceDelimited`/`pipeDelimited`/
    `deepObject`; header `simple`; cookie `form`. None values are not sent.
    """

    name: str
    value: Any
    style: str = "form"
    explode: bool = True


@dataclass(frozen=True)
class Call(Generic[T]):
    """Everything one operation call needs; `T` is the type of its successful result.

    `path` is the template (`/projects/{project_id}/tools`); `path_params` values are
    percent-encoded, so an id such as `../admin` cannot change the path (give a `Param` as
    the value for the `label` or `matrix` style). Response and error keys are a status
    (`200`), a range (`2XX`) or `default`. `security` lists alternatives, each the scheme keys
    that must all apply; no alternatives, or an empty one, means no credentials are needed.
    """

    method: str
    path: str
    operation_id: str
    path_params: Mapping[str, Any] = field(default_factory=dict)
    query: Sequence[Param] = ()
    headers: Sequence[Param] = ()
    cookies: Sequence[Param] = ()
    json: Any = None
    form: Mapping[str, Any] | None = None
    files: Mapping[str, Any] | None = None
    content: bytes | str | None = None
    content_type: str | None = None
    responses: Mapping[str, ResponseSpec] = field(default_factory=dict)
    error_bodies: Mapping[str, Any] = field(default_factory=dict)
    security: Sequence[Sequence[str]] = ()
