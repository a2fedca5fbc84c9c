"""Turning Python values into the text of paths, query strings, headers, cookies and bodies.

Implements the OpenAPI parameter styles (`simple`, `label`, `matrix`, `form`,
`spaceDelimited`, `pipeDelimited`, `deepObject`) with their `explode` variants, and a
parameter's JSON `content` (`json`) as JSON text.
"""

from __future__ import annotations

import datetime
import enum
import json
import uuid
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import pydantic
from pydantic_core import to_jsonable_python

from .call import Param

__all__ = [
    "cookie_header",
    "form_body",
    "form_pairs",
    "header_value",
    "json_body",
    "jsonable",
    "path_value",
    "query_items",
    "query_pairs",
    "refuse_naive",
    "scalar_text",
]

# What the path template may not be changed by: every reserved character is encoded.
_PATH_SAFE = ""


def jsonable(value: Any) -> Any:
    """Plain JSON data for a value to send; models are dumped by wire name with only what was
    set, without their readOnly properties. A naive `datetime` in it is refused."""
    refuse_naive(value)
    return _jsonable(value)


def refuse_naive(value: Any, where: str = "") -> None:
    """Raise `ValueError` for a naive `datetime` or `time` anywhere in a value to send.

    RFC 3339's `date-time` and `full-time` need a UTC offset, and a naive `datetime` or
    `time` has none: sending it without one is not RFC 3339, and sending it as UTC would be a
    guess at the time meant. So one is refused before anything is sent; give it a time zone
    (`datetime.now(UTC)`, `value.replace(tzinfo=...)`). A `time` in a zone whose offset
    depends on the date (a `ZoneInfo`) has no offset either.
    """
    if isinstance(value, datetime.datetime | datetime.time):
        if value.utcoffset() is None:
            place = f" at {where}" if where else ""
            kind, what = (
                ("datetime", "date-time")
                if isinstance(value, datetime.datetime)
                else ("time", "time")
            )
            raise ValueError(
                f"naive {kind} {value.isoformat()}{place}: a {what} is sent with its UTC "
                "offset, so give it a time zone (e.g. tzinfo=datetime.UTC)"
            )
    elif isinstance(value, pydantic.BaseModel):
        for name in value.model_fields_set:
            refuse_naive(getattr(value, name), f"{where}.{name}" if where else name)
        for name, item in (value.model_extra or {}).items():
            refuse_naive(item, f"{where}.{name}" if where else name)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            refuse_naive(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list | tuple | set | frozenset):
        for i, item in enumerate(value):
            refuse_naive(item, f"{where}[{i}]")


def _jsonable(value: Any) -> Any:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(
            mode="json", by_alias=True, exclude_unset=True, exclude=_read_only(value)
        )
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return to_jsonable_python(value, by_alias=True)


def _read_only(value: Any) -> Any:
    """What `model_dump(exclude=...)` leaves out of a value to send: the readOnly properties
    of every model in it (None when there are none)."""
    if isinstance(value, pydantic.BaseModel):
        names: frozenset[str] = getattr(type(value), "__read_only__", frozenset())
        out: dict[Any, Any] = {}
        for name, info in type(value).model_fields.items():
            if (info.alias or name) in names:
                out[name] = True
            elif (inner := _read_only(getattr(value, name))) is not None:
                out[name] = inner
        return out or None
    if isinstance(value, list | tuple):
        items = {i: inner for i, v in enumerate(value) if (inner := _read_only(v)) is not None}
        return items or None
    if isinstance(value, Mapping):
        entries = {k: inner for k, v in value.items() if (inner := _read_only(v)) is not None}
        return entries or None
    return None


def json_body(value: Any) -> bytes:
    """The bytes of a JSON request body (UTF-8, compact)."""
    return json.dumps(jsonable(value), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def scalar_text(value: Any) -> str:
    """The text of one primitive value as OpenAPI sends it (`true`, not `True`)."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float | Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        refuse_naive(value)
        return value.isoformat()
    data = jsonable(value)
    if isinstance(data, str):
        return data
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _shape(value: Any) -> list[Any] | dict[str, Any] | Any:
    """A list, a dict of present items, or the scalar itself."""
    if isinstance(value, pydantic.BaseModel):
        value = jsonable(value)
    if isinstance(value, Mapping):
        return {str(k): v for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple | set | frozenset):
        items = [v for v in value if v is not None]
        return sorted(items, key=scalar_text) if isinstance(value, set | frozenset) else items
    return value


def json_text(value: Any) -> str:
    """A parameter whose document gives it JSON `content`: its value as compact JSON text
    (ASCII, so that it can also stand in a header)."""
    return json.dumps(jsonable(value), separators=(",", ":"))


def path_value(name: str, value: Any, style: str = "simple", explode: bool = False) -> str:
    """One path parameter, percent-encoded so that it stays inside its own segment."""
    if style == "json":
        return quote(json_text(value), safe=_PATH_SAFE)

    def enc(item: Any) -> str:
        text = quote(scalar_text(item), safe=_PATH_SAFE)
        # `.` and `..` would otherwise be resolved as relative segments.
        return text.replace(".", "%2E") if text.strip(".") == "" else text

    shaped = _shape(value)
    if isinstance(shaped, dict):
        pairs = [(enc(k), enc(v)) for k, v in shaped.items()]
        if style == "matrix":
            if explode:
                return "".join(f";{k}={v}" for k, v in pairs)
            return f";{name}=" + ",".join(f"{k},{v}" for k, v in pairs)
        items = [f"{k}={v}" for k, v in pairs] if explode else [x for kv in pairs for x in kv]
    elif isinstance(shaped, list):
        items = [enc(v) for v in shaped]
        if style == "matrix":
            if explode:
                return "".join(f";{name}={v}" for v in items)
            return f";{name}=" + ",".join(items)
    else:
        items = [enc(shaped)]
        if style == "matrix":
            return f";{name}={items[0]}"
    if style == "label":
        return "." + ("." if explode else ",").join(items)
    if style != "simple":
        raise ValueError(f"path parameter {name!r}: unsupported style {style!r}")
    return ",".join(items)


def _query_parts(param: Param) -> list[tuple[str, list[str], str]]:
    """A parameter's query items as (name, values, delimiter): the values are joined by the
    delimiter, which is part of the syntax (kept literal on the wire), not of a value."""
    if param.value is None:
        return []
    shaped = _shape(param.value)
    name, style, explode = param.name, param.style, param.explode
    if style == "json":
        return [(name, [json_text(param.value)], "")]
    if style == "deepObject":
        if not isinstance(shaped, dict):
            raise ValueError(f"query parameter {name!r}: deepObject needs an object value")
        return [(k, [v], "") for k, v in _deep_pairs(name, shaped)]
    delimiter = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}.get(style)
    if delimiter is None:
        raise ValueError(f"query parameter {name!r}: unsupported style {style!r}")
    if isinstance(shaped, dict):
        if explode:
            if style != "form":
                raise ValueError(
                    f"query parameter {name!r}: style {style!r} cannot send an exploded object"
                )
            return [(k, [scalar_text(v)], "") for k, v in shaped.items()]
        flat = [x for k, v in shaped.items() for x in (k, scalar_text(v))]
        return [(name, flat, delimiter)] if flat else []
    if isinstance(shaped, list):
        texts = [scalar_text(v) for v in shaped]
        if not texts:
            return []
        if explode:  # every style repeats the name for an exploded list
            return [(name, [t], "") for t in texts]
        return [(name, texts, delimiter)]
    return [(name, [scalar_text(shaped)], "")]


def query_pairs(param: Param) -> list[tuple[str, str]]:
    """The query string pairs of one parameter as text (none when its value is None)."""
    return [(name, delimiter.join(values)) for name, values, delimiter in _query_parts(param)]


def query_items(param: Param) -> list[tuple[str, str]]:
    """One parameter's query string items, each as (name, `name=value` percent-encoded).

    Every name and value is percent-encoded (a space is `%20`), while the delimiters of the
    `form` (`,`), `spaceDelimited` (`%20`) and `pipeDelimited` (`%7C`) styles are not part of
    a value: `ids=a%2Cb,c` is the list `["a,b", "c"]`, as RFC 6570 expands it.
    """
    return [
        (name, f"{_enc(name)}={_DELIMITERS.get(delimiter, '').join(_enc(v) for v in values)}")
        for name, values, delimiter in _query_parts(param)
    ]


# How each style's delimiter is written: a comma may stand in a query as it is (RFC 3986), a
# space and a pipe may not.
_DELIMITERS = {",": ",", " ": "%20", "|": "%7C"}


def _enc(text: str) -> str:
    return quote(text, safe="")


def _deep_pairs(prefix: str, data: Mapping[str, Any]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for key, value in data.items():
        shaped = _shape(value)
        if isinstance(shaped, dict):
            pairs.extend(_deep_pairs(f"{prefix}[{key}]", shaped))
        elif isinstance(shaped, list):
            pairs.extend((f"{prefix}[{key}][]", scalar_text(v)) for v in shaped)
        else:
            pairs.append((f"{prefix}[{key}]", scalar_text(shaped)))
    return pairs


def header_value(param: Param) -> str | None:
    """A header parameter in the `simple` style, or None when it is not sent."""
    if param.value is None:
        return None
    if param.style == "json":
        return json_text(param.value)
    shaped = _shape(param.value)
    if isinstance(shaped, dict):
        if param.explode:
            return ",".join(f"{k}={scalar_text(v)}" for k, v in shaped.items())
        return ",".join(x for k, v in shaped.items() for x in (k, scalar_text(v)))
    if isinstance(shaped, list):
        return ",".join(scalar_text(v) for v in shaped)
    return scalar_text(shaped)


def cookie_header(params: Sequence[Param]) -> str | None:
    """The `Cookie` header for cookie parameters (`form` style), or None when there are none."""
    parts: list[str] = []
    for param in params:
        if param.value is None:
            continue
        shaped = _shape(param.value)
        if param.style == "json":
            text = json_text(param.value)
        elif isinstance(shaped, dict):
            text = ",".join(x for k, v in shaped.items() for x in (k, scalar_text(v)))
        elif isinstance(shaped, list):
            text = ",".join(scalar_text(v) for v in shaped)
        else:
            text = scalar_text(shaped)
        parts.append(f"{param.name}={quote(text, safe='')}")
    return "; ".join(parts) if parts else None


def form_pairs(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Fields of a multipart body as text (None not sent)."""
    pairs: list[tuple[str, str]] = []
    for name, value in data.items():
        pairs.extend(query_pairs(Param(name=name, value=value)))
    return pairs


def form_body(
    data: Mapping[str, Any], styles: Mapping[str, tuple[str, bool]] | None = None
) -> bytes:
    """An `application/x-www-form-urlencoded` body, encoded like a query string.

    Each field is serialized as a query parameter in the `form` style (exploded) unless
    `styles` gives its `(style, explode)` from the document's `encoding` (`deepObject`, say).
    """
    items: list[str] = []
    for name, value in data.items():
        style, explode = (styles or {}).get(name, ("form", True))
        items.extend(item for _, item in query_items(Param(name, value, style, explode)))
    return "&".join(items).encode("ascii")
