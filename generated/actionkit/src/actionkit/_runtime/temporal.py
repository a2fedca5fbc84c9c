"""Date-times and times a response sends that Python's `datetime` and `time` cannot hold
exactly.

RFC 3339 allows any number of digits below the second and a leap second (`23:59:60`);
`datetime` and `time` hold microseconds and no second 60. Such a value of a `date-time` or
`time` property is read as the nearest earlier value Python holds (digits below the
microsecond dropped, a leap second as `23:59:59.999999`), and a warning on the package's logger names the model, the
property and the text received, so that nothing is lost without a word. Only a body whose
text may hold one (`finer_times`, one search of its bytes) is looked at property by property.
"""

from __future__ import annotations

import datetime
import logging
import re
import types
import typing
from collections.abc import Callable, Mapping
from contextvars import ContextVar, Token
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import pydantic

__all__ = ["finer_times", "held", "leap_second", "looking"]

_LOGGER = logging.getLogger(__name__.rpartition("._runtime.")[0] or __name__)

# a date-time of RFC 3339, its second and its fraction apart
_DATE_TIME = re.compile(
    r"(\d{4}-\d\d-\d\dT\d\d:\d\d:)(\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)", re.ASCII | re.IGNORECASE
)

# a time of RFC 3339 (`full-time`; also without its offset, which `time` reads as naive)
_TIME = re.compile(r"(\d\d:\d\d:)(\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)?", re.ASCII | re.IGNORECASE)

# what may be one: a second 60, or a seventh digit of a fraction (searched for first: cheap)
_FINER = re.compile(r":60|\.\d{7}")
_FINER_BYTES = re.compile(rb":60|\.\d{7}")

# while a body that may hold such a date-time is parsed: the (place, text) warned of, each once
# however many passes read it
_LOOKING: ContextVar[set[tuple[str, str]] | None] = ContextVar("looking", default=None)

Shape = Literal["one", "list", "map"]

# model class -> {wire name: how its field holds date-times}, for the fields that do
_FIELDS: dict[type, dict[str, Shape]] = {}


class finer_times:  # a class rather than a @contextmanager: entered for every response
    """While inside: the models parsed look for date-times and times finer than Python's, when
    `content` (the body) may hold one."""

    __slots__ = ("_on", "_token")

    def __init__(self, content: bytes) -> None:
        self._on = _FINER_BYTES.search(content) is not None
        self._token: Token[set[tuple[str, str]] | None] | None = None

    @property
    def on(self) -> bool:
        """Whether the body may hold such a date-time."""
        return self._on

    def __enter__(self) -> None:
        if self._on:
            self._token = _LOOKING.set(set())

    def __exit__(self, *exc_info: object) -> None:
        if self._token is not None:
            _LOOKING.reset(self._token)


def leap_second(error: Mapping[str, Any]) -> bool:
    """Whether `error` (pydantic's, with its input) is a date-time's or a time's refusal of a
    leap second, which the lax pass reads (see `held`)."""
    value = error.get("input")
    if not str(error["type"]).startswith(("datetime", "time")) or not isinstance(value, str):
        return False
    match = _DATE_TIME.fullmatch(value) or _TIME.fullmatch(value)
    return match is not None and match.group(2) == "60"


def looking() -> bool:
    """Whether the body being parsed may hold a date-time finer than `datetime`."""
    return _LOOKING.get() is not None


def held(cls: type[pydantic.BaseModel], data: Any) -> Any:
    """`data` for `cls`, each date-time or time that Python cannot hold exactly replaced by
    the nearest earlier one it holds, with a warning (a new dict when one is replaced)."""
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = _FIELDS[cls] = _date_time_fields(cls)
    if not fields or type(data) is not dict:
        return data
    out = data
    for wire, shape in fields.items():
        value = data.get(wire)
        if shape == "one":
            if type(value) is not str or not _FINER.search(value):
                continue  # by far the most common case: a value `datetime` holds
            new = _held(value, f"{cls.__name__}.{wire}")
        elif shape == "list" and type(value) is list:
            new = value
            for i, item in enumerate(value):
                if type(item) is str and _FINER.search(item):
                    if new is value:
                        new = list(value)
                    new[i] = _held(item, f"{cls.__name__}.{wire}[{i}]")
        elif shape == "map" and type(value) is dict:
            new = value
            for key, item in value.items():
                if type(item) is str and _FINER.search(item):
                    if new is value:
                        new = dict(value)
                    new[key] = _held(item, f"{cls.__name__}.{wire}.{key}")
        else:
            continue
        if new is not value:
            if out is data:
                out = dict(data)
            out[wire] = new
    return out


def _held(value: str, where: str) -> Any:
    """The value itself, or the `datetime` or `time` nearest below a leap second, with a
    warning (digits below the microsecond are left to pydantic, which drops them)."""
    match = _DATE_TIME.fullmatch(value)
    parse: Callable[[str], datetime.datetime | datetime.time] = datetime.datetime.fromisoformat
    kind = "date-time"
    if match is None:
        match = _TIME.fullmatch(value)
        kind, parse = "time", datetime.time.fromisoformat
        if match is None:
            return value
    head, second, fraction, offset = match.groups()
    offset = offset or ""
    leap = second == "60"
    if not leap and len(fraction or "") <= 6:
        return value
    if leap:
        read = parse(f"{head}59.999999{offset}".upper())
    else:
        read = parse(f"{head}{second}.{fraction[:6]}{offset}".upper())
    warned = _LOOKING.get()
    if warned is None or (where, value) not in warned:  # once, whatever the passes
        if warned is not None:
            warned.add((where, value))
        _LOGGER.warning(
            "%s: the %s %r %s, which Python's %s does not hold: read as %s",
            where,
            kind,
            value,
            "is a leap second" if leap else "has digits below the microsecond",
            "datetime" if kind == "date-time" else "time",
            read.isoformat(),
        )
    return read if leap else value


def _date_time_fields(cls: type[pydantic.BaseModel]) -> dict[str, Shape]:
    out: dict[str, Shape] = {}
    for name, info in cls.model_fields.items():
        shape = _shape(info.annotation)
        if shape is not None:
            out[info.alias or name] = shape
    return out


def _shape(tp: Any) -> Shape | None:
    """How a type holds `datetime`s or `time`s: itself (also in a union), as list items or
    map values."""
    if tp is datetime.datetime or tp is datetime.time:  # exactly: a subclass reads itself
        return "one"
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Annotated:
        return _shape(args[0])
    if origin in (typing.Union, types.UnionType):
        shapes = {_shape(arg) for arg in args} - {None}
        return next(iter(sorted(shapes, key=str))) if shapes else None
    if origin is list and args and _shape(args[0]) == "one":
        return "list"
    if origin is dict and len(args) == 2 and _shape(args[1]) == "one":
        return "map"
    return None
