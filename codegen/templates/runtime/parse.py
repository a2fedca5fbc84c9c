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
from .firstpass import FirstPass, first_pass, narrowed, python_only, whole_number
from .temporal import finer_times, leap_second

__all__ = ["decode_body", "parse_error_body", "parse_success", "select", "type_adapter"]

V = TypeVar("V")

# Building a TypeAdapter compiles a validator: far costlier than using it, so keep them.
_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}
_FIRST: dict[Any, FirstPass] = {}


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


def _first_pass(tp: Any, enums: Mapping[Any, tuple[type, ...]] | None) -> FirstPass:
    key = (tp, *enums.items()) if enums else tp
    try:
        return _FIRST[key]
    except KeyError:
        found = _FIRST[key] = first_pass(type_adapter(tp, enums))
        return found
    except TypeError:
        return first_pass(type_adapter(tp, enums))


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

    A body that conforms to its type passes strict JSON validation (`firstpass`): a value of
    the wrong JSON type (`"2"` for an integer) is a deviation, not converted. Unknown enum
    values and extra fields are accepted (see `lenient`). A value that deviates is kept as
    received where it is (on the model, in the map or the list that holds it), and described
    in `deviations`; with `strict`, or when the body itself is not of its type (an object
    where a list is expected), `pydantic.ValidationError` is raised instead. `ValueError`
    when a body declared as JSON is not JSON.
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
    first = _first_pass(spec.type, spec.enums)
    finer = finer_times(response.content)
    with _models().lenient(), finer:
        try:
            result = first.validate(response.content)
        except pydantic.ValidationError as exc:
            error = exc
        else:
            if not finer.on:
                return result
            # the strict pass drops digits below the microsecond without a word: the lax
            # pass's hooks read them with a warning (see `temporal`)
            return type_adapter(spec.type, spec.enums).validate_json(response.content)
        errors = error.errors(include_url=False)
        # `2.0` is an integer (JSON Schema): not a deviation, in a union's other members either
        wholes = {e["input"] for e in errors if whole_number(e)}
        if wholes:
            errors = [
                e for e in errors if not (type(e.get("input")) is float and e["input"] in wholes)
            ]
        if finer.on:  # a leap second is read by the lax pass's hooks (see `temporal`),
            # and so are the other members of a union that refused its text
            leaps = {e["input"] for e in errors if leap_second(e)}
            errors = [
                e for e in errors if not (type(e.get("input")) is str and e["input"] in leaps)
            ]
        if not first.exact:
            errors = _arbitrate(spec.type, spec.enums, response.content, errors)
        if not errors:  # only what Python's rules refuse, or a leap second: the lax pass reads it
            return type_adapter(spec.type, spec.enums).validate_json(response.content)
        error = narrowed(error, errors)
        if strict:
            raise error
        # the second, slower pass: only for a response that deviates
        data = json.loads(response.content)
        found = locate(data, errors)
        if found is None:
            raise error
        with keeping(found[0]):
            if is_container(spec.type, data):
                # a list or a map at the top: its items are kept one by one
                result = salvaged(_models().opened(spec.type, spec.enums), data)
            else:
                try:
                    result = type_adapter(spec.type, spec.enums).validate_python(data)
                except pydantic.ValidationError:
                    raise error from None
    if deviations is not None:
        deviations.extend(found[1])
    return result


def _arbitrate(
    tp: Any, enums: Mapping[Any, tuple[type, ...]] | None, content: bytes, errors: list[Any]
) -> list[Any]:
    """For a type whose strict pass is not exact: the errors that stand, the strict pass's
    that are not Python's alone with those of a lax pass."""
    kept = [e for e in errors if not python_only(e)]
    try:
        type_adapter(tp, enums).validate_json(content)
    except pydantic.ValidationError as exc:
        places = {tuple(e["loc"]) for e in kept}
        kept += [e for e in exc.errors(include_url=False) if tuple(e["loc"]) not in places]
    return kept


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
