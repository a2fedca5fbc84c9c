"""Values some APIs write on the wire in a form of their own, as typed Python values.

`MsJsonDate` is the Microsoft JSON date: `/Date(1552327126164)/` or `/Date(1551747281053+0000)/`,
the milliseconds since 1970-01-01T00:00:00Z, optionally followed by the writer's UTC offset.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, SupportsIndex

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

__all__ = ["MsJsonDate"]

_PATTERN = re.compile(r"^/Date\((?P<ms>-?\d+)(?:(?P<sign>[+-])(?P<hh>\d{2})(?P<mm>\d{2}))?\)/$")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_MS = timedelta(milliseconds=1)


class MsJsonDate(datetime):
    """An aware `datetime` read from, and written as, a Microsoft JSON date.

    A value read from the wire is written back exactly as it was read: `/Date(…+0000)/` keeps
    its offset, `/Date(…)/` stays without one. Its time zone is the offset it carries (UTC
    when it has none), so `value.hour` is the writer's local hour.

    A value made in Python (any aware `datetime` given to a field of this type, or an
    `MsJsonDate` built directly or by `replace()`) is written `/Date(<ms>)/`: the form without
    an offset, which every reader of the format accepts, and whose instant the offset would
    not change anyway. Microseconds below a millisecond are dropped (rounding down). A naive
    `datetime` is refused: the instant it means is unknown.
    """

    _wire: str | None = None  # the text it was read from, if it was read

    @classmethod
    def parse(cls, text: str) -> MsJsonDate:
        """`/Date(1551747281053+0000)/` -> that instant, in the offset's time zone."""
        match = _PATTERN.match(text)
        if match is None:
            raise ValueError(f"not a Microsoft JSON date such as /Date(1552327126164)/: {text!r}")
        zone = UTC
        if match["sign"]:
            hours, minutes = int(match["hh"]), int(match["mm"])
            if hours > 23 or minutes > 59:
                raise ValueError(f"the offset of {text!r} is out of range")
            offset = timedelta(hours=hours, minutes=minutes)
            zone = timezone(-offset if match["sign"] == "-" else offset)
        try:
            local = (_EPOCH + int(match["ms"]) * _ONE_MS).astimezone(zone)
        except OverflowError:
            raise ValueError(f"{text!r} is out of the range of dates Python holds") from None
        value = cls._of(local)
        value._wire = text
        return value

    @classmethod
    def from_datetime(cls, value: datetime) -> MsJsonDate:
        """The same instant and time zone; written as `/Date(<ms>)/`."""
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("a naive datetime has no instant: give it a time zone")
        return cls._of(value)

    def to_wire(self) -> str:
        """The text it was read from, or `/Date(<ms>)/` for a value made in Python."""
        if self._wire is not None:
            return self._wire
        return f"/Date({(self._plain() - _EPOCH) // _ONE_MS})/"

    def _plain(self) -> datetime:
        """The same value as a plain `datetime` (whose arithmetic type checkers know)."""
        return datetime.fromisoformat(self.isoformat())

    @classmethod
    def _of(cls, value: datetime) -> MsJsonDate:
        return cls(
            value.year,
            value.month,
            value.day,
            value.hour,
            value.minute,
            value.second,
            value.microsecond,
            tzinfo=value.tzinfo,
            fold=value.fold,
        )

    # copies and pickles keep the wire form (datetime's own would drop it)
    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[Any, ...]:
        if self._wire is not None:
            return (MsJsonDate.parse, (self._wire,))
        return (MsJsonDate.from_datetime, (self._plain(),))

    def __reduce__(self) -> tuple[Any, ...]:
        return self.__reduce_ex__(2)

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            _validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                _serialize, when_used="always"
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "string", "format": "ms-json-date"}


def _validate(value: Any) -> MsJsonDate:
    if isinstance(value, MsJsonDate):
        return value
    if isinstance(value, str):
        return MsJsonDate.parse(value)
    if isinstance(value, datetime):
        return MsJsonDate.from_datetime(value)
    raise ValueError(f"expected a Microsoft JSON date string or an aware datetime, not {value!r}")


# it reads the JSON text itself (see `firstpass`)
_validate.__codegen_json_safe__ = True  # type: ignore[attr-defined]


def _serialize(value: Any) -> str:
    if isinstance(value, MsJsonDate):
        return value.to_wire()
    if isinstance(value, datetime):  # set without validation (`model_construct`)
        return MsJsonDate.from_datetime(value).to_wire()
    return str(value)
