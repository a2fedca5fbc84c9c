"""A value of the wrong JSON type in a response is a deviation, never silently converted.

`data/schema-lax-coercion.yaml`, through a real HTTP server on 127.0.0.1: `"2"` for an
integer, `"yes"` for a boolean, `1` for a string, `"3.5"` for a number, `1.5` for an integer.
With `strict_response_validation=True` the call raises `ResponseValidationError` naming each
such field; by default each value is kept as the server sent it and logged as a deviation.
Values JSON carries as text (date-time, date, uuid, decimal, enum values) parse into their
types either way. Sync and async alike; also inside a parent whose discriminator picks its
child.
"""

from __future__ import annotations

import asyncio
import datetime
import decimal
import logging
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from json_server import json_server
from test_schemas import Built, built

__all__ = ["built"]  # the fixture

pytestmark = pytest.mark.filterwarnings("error")

TEXT_VALUES = {
    "amount": "1.50",
    "at": "2024-01-02T03:04:05Z",
    "day": "2024-01-02",
    "id": "12345678-1234-5678-1234-567812345678",
    "level": "low",
    "grade": 2,
    "total": 3,
    "side": 2.0,  # an integer, as JSON Schema counts one
}
WRONG_TYPES = {
    "side": "2",
    "ok": "yes",
    "name": 1,
    "sizes": {"a": 1, "b": "2"},
    "tags": ["x", 5],
    "parts": [{"qty": "1"}, {"qty": 2}],
}
BODIES: dict[str, Any] = {
    "/readings": {**TEXT_VALUES, **WRONG_TYPES},
    "/samples": TEXT_VALUES,
    "/counts": [1, "2", 3.5],
    "/shapes": {
        "kind": "Circle",
        "radius": "2",
        "drawn": "2024-01-02",
        "at": "2024-01-02T03:04:05Z",
    },
}
WHERE = {
    "$.side": "Input should be a valid integer",
    "$.ok": "Input should be a valid boolean",
    "$.name": "Input should be a valid string",
    "$.sizes.b": "Input should be a valid integer",
    "$.tags[1]": "Input should be a valid string",
    "$.parts[0].qty": "Input should be a valid integer",
}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """Answers a GET of a path in `BODIES` with its body as JSON; yields its base URL."""
    with json_server(lambda path: BODIES[path]) as url:
        yield url


def _call_sync(b: Built, url: str, op: str, **kw: Any) -> Any:
    with b.pkg.Client(base_url=url, max_retries=0, **kw) as client:
        return _method(client, op)()


def _call_async(b: Built, url: str, op: str, **kw: Any) -> Any:
    async def call() -> Any:
        async with b.pkg.AsyncClient(base_url=url, max_retries=0, **kw) as client:
            return await _method(client, op)()

    return asyncio.run(call())


def _method(client: Any, op: str) -> Any:
    for name in op.split("."):
        client = getattr(client, name)
    return client


CALLS = pytest.mark.parametrize("call", [_call_sync, _call_async], ids=["sync", "async"])


def _kept(caplog: pytest.LogCaptureFixture) -> dict[str, str]:
    """The places and messages of the one deviation warning logged."""
    (record,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    parts = record.getMessage().split("kept: ")[1].split("; ")
    return dict(part.split(": ", 1) for part in parts)


def _assert_text_values_typed(reading: Any, m: Any) -> None:
    assert reading.amount == decimal.Decimal("1.50")
    assert reading.at == datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert reading.day == datetime.date(2024, 1, 2)
    assert reading.id == uuid.UUID("12345678-1234-5678-1234-567812345678")
    assert reading.level is m.ReadingLevel.LOW and reading.grade == 2
    assert reading.total == 3.0 and type(reading.total) is float


@CALLS
def test_strict_validation_refuses_values_of_the_wrong_json_type(
    built: Callable[[str], Built], server: str, call: Callable[..., Any]
) -> None:
    b = built("lax-coercion")
    with pytest.raises(b.error("ResponseValidationError")) as caught:
        call(b, server, "readings.get", strict_response_validation=True)
    error: Any = caught.value
    assert {tuple(e["loc"]) for e in error.errors} == {
        ("side",),
        ("ok",),
        ("name",),
        ("sizes", "b"),
        ("tags", 1),
        ("parts", 0, "qty"),
    }
    assert "side: Input should be a valid integer" in str(error)
    # a top-level list: "2" and 3.5 for integers
    with pytest.raises(b.error("ResponseValidationError")) as caught:
        call(b, server, "counts.list", strict_response_validation=True)
    assert {tuple(e["loc"]) for e in caught.value.errors} == {(1,), (2,)}  # type: ignore[attr-defined]


@CALLS
def test_strict_validation_reads_what_json_carries_as_text(
    built: Callable[[str], Built],
    server: str,
    call: Callable[..., Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    b = built("lax-coercion")
    with caplog.at_level(logging.WARNING, logger=b.pkg.__name__):
        reading = call(b, server, "samples.get", strict_response_validation=True)
    _assert_text_values_typed(reading, b.models)
    assert reading.side == 2 and type(reading.side) is int
    assert not caplog.records


@CALLS
def test_lenient_parsing_keeps_values_of_the_wrong_json_type_as_sent(
    built: Callable[[str], Built],
    server: str,
    call: Callable[..., Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    b = built("lax-coercion")
    m = b.models
    with caplog.at_level(logging.WARNING, logger=b.pkg.__name__):
        reading = call(b, server, "readings.get")
    assert type(reading) is m.Reading
    assert (reading.side, reading.ok, reading.name) == ("2", "yes", 1)
    assert reading.sizes == {"a": 1, "b": "2"} and reading.tags == ["x", 5]
    first, second = reading.parts
    assert type(first) is m.Part and first.qty == "1"
    assert type(second) is m.Part and second.qty == 2
    _assert_text_values_typed(reading, m)
    assert _kept(caplog) == WHERE
    assert reading.model_dump(mode="json", exclude_unset=True) == BODIES["/readings"]


@CALLS
def test_lenient_parsing_keeps_the_items_of_a_top_level_list_as_sent(
    built: Callable[[str], Built],
    server: str,
    call: Callable[..., Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    b = built("lax-coercion")
    with caplog.at_level(logging.WARNING, logger=b.pkg.__name__):
        counts = call(b, server, "counts.list")
    assert counts == [1, "2", 3.5] and type(counts[2]) is float
    assert set(_kept(caplog)) == {"$[1]", "$[2]"}


@CALLS
def test_a_child_picked_by_its_parents_discriminator_is_as_strict(
    built: Callable[[str], Built],
    server: str,
    call: Callable[..., Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    b = built("lax-coercion")
    m = b.models
    with pytest.raises(b.error("ResponseValidationError")) as caught:
        call(b, server, "shapes.get", strict_response_validation=True)
    # the date and the date-time, read from their text, are not among the errors
    assert [tuple(e["loc"]) for e in caught.value.errors] == [("radius",)]  # type: ignore[attr-defined]
    with caplog.at_level(logging.WARNING, logger=b.pkg.__name__):
        shape = call(b, server, "shapes.get")
    assert type(shape) is m.Circle and shape.radius == "2"
    assert shape.drawn == datetime.date(2024, 1, 2)
    assert shape.at == datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert _kept(caplog) == {"$.radius": "Input should be a valid integer"}
