"""Reading response bodies into the documented types (no I/O: the body is already read)."""

from __future__ import annotations

import functools
import importlib
import json
import types
from collections.abc import Mapping
from typing import Any, TypeVar

import httpx
import pydantic

from .call import ResponseSpec
from .deviations import Deviation, is_container, keeping, locate, salvaged
from .temporal import finer_times

__all__ = ["decode_body", "parse_error_body", "parse_success", "select", "type_adapter"]

V = TypeVar("V")

# Building a TypeAdapter compiles a validator: far costlier than using it, so keep them.
_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def type_adapter(
    tp: Any, enums: Mapping[Any, tuple[type, ...]] | None = None
) -> pydantic.TypeAdapter[Any]:
    """A cached `TypeAdapter` for a response's type, its enum `Literal`s (`enums`, see
    `ResponseSpec`) open to new values (types that cannot be hashed get a fresh one)."""
    key = (tp, *enums.items()) if enums else tp
    try:
        return _ADAPTERS[key]
    except KeyError:
        adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(_models().opened(tp, enums or {}))
        _ADAPTERS[key] = adapter
        return adapter
    except TypeError:
        return pydantic.TypeAdapter(_models().opened(tp, enums or {}))


@functools.cache
def _models() -> types.ModuleType:
    # imported with the first response, not above: the client is made without pydantic's models
    return importlib.import_module(".models", __package__)


def select(mapping: Mapping[str, V], status_code: int) -> V | None:
    """The entry for a status: exact (`404`), then its range (`4XX`), then `default`."""
    for key in (str(status_code), f"{status_code // 100}XX", "default"):
        if key in mapping:
            return mapping[key]
    return None


def decode_body(response: httpx.Response) -> Any:
    """The body as JSON data when it parses, else as text; None when empty."""
    if not response.content.strip():
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return response.text


def parse_success(
    spec: ResponseSpec | None,
    response: httpx.Response,
    *,
    strict: bool = False,
    deviations: list[Deviation] | None = None,
) -> Any:
    """The typed result of a successful response.

    Unknown enum values and extra fields are accepted (see `lenient`). A value that does not
    match its type is kept as received where it is (on the model, in the map or the list that
    holds it), and described in `deviations`; with `strict`, or when the body itself is not of
    its type (an object where a list is expected), `pydantic.ValidationError` is raised instead. `ValueError` when a
    body declared as JSON is not JSON.
    """
    if spec is None or spec.kind == "empty":
        return None
    if spec.kind == "binary":
        return response.content
    if spec.kind == "text":
        return response.text
    if not response.content.strip():
        return None
    if spec.type is None:
        return json.loads(response.content)
    adapter = type_adapter(spec.type, spec.enums)
    with _models().lenient(), finer_times(response.content):
        try:
            return adapter.validate_json(response.content)
        except pydantic.ValidationError as exc:
            if strict:
                raise
            error = exc
        # the second, slower pass: only for a response that deviates
        data = json.loads(response.content)
        found = locate(data, error.errors(include_url=False, include_input=False))
        if found is None:
            raise error
        with keeping(found[0]):
            try:
                result = adapter.validate_python(data)
            except pydantic.ValidationError:
                # a list or a map at the top: its items are kept one by one
                if not is_container(spec.type, data):
                    raise error from None
                result = salvaged(_models().opened(spec.type, spec.enums), data)
    if deviations is not None:
        deviations.extend(found[1])
    return result


def parse_error_body(tp: Any, response: httpx.Response) -> Any:
    """An error body: of its documented type when it matches, else JSON data, else text."""
    data = decode_body(response)
    if tp is None or data is None or isinstance(data, str) and tp is not str:
        return data
    try:
        with _models().lenient():
            return type_adapter(tp).validate_python(data)
    except pydantic.ValidationError:
        return data  # an error must still be reported when its body is not as documented
