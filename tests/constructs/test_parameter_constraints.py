"""Parameters are checked against their schema's constraints before anything is sent.

`data/op-param-constraints.yaml`: a path, query, header or cookie parameter (or an item of an
array one) that breaks its `pattern` (on the engine a model would use: `\\p{L}` on Rust's,
lookahead on Python's), `enum`, bounds, `multipleOf` or length is refused with a `ValueError`
naming the operation, the parameter and the constraint, and no request leaves, as the same
constraint on a body property refuses it; a value that keeps them is sent as given.

`data/op-date-params.yaml`: a `datetime` given where a `date` is documented follows pydantic's
rule in parameters as in bodies: at midnight it is that date, with a time of day it is
refused. Sync and async, through `httpx.MockTransport`.
"""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Callable
from typing import Any

import httpx
import pydantic
import pytest
from test_wire_values import BASE, Built, built

__all__ = ["built"]  # the fixture

SYNC = pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
MINUS_FIVE = datetime.timezone(datetime.timedelta(hours=-5))
MIDNIGHT = datetime.datetime(2024, 1, 1, tzinfo=MINUS_FIVE)
LATE = datetime.datetime(2024, 1, 1, 23, tzinfo=MINUS_FIVE)


def _send(b: Built, sync: bool, call: Callable[[Any], Any]) -> list[httpx.Request]:
    """The requests `call(client)` sends, through a sync or an async client."""
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(204)

    if sync:
        http = httpx.Client(transport=httpx.MockTransport(handle))
        with b.pkg.Client(base_url=BASE, max_retries=0, http_client=http) as client:
            call(client)
    else:

        async def run() -> None:
            http = httpx.AsyncClient(transport=httpx.MockTransport(handle))
            async with b.pkg.AsyncClient(base_url=BASE, max_retries=0, http_client=http) as c:
                await call(c)

        asyncio.run(run())
    return seen


GOOD = {
    "code": "été",
    "q": "abc",
    "lvl": "low",
    "n": 4,
    "ratio": 0.5,
    "tags": ["ab", "cd"],
    "x_ref": "a-b",
    "session": "abc",
}


@SYNC
def test_values_that_keep_the_constraints_are_sent_as_given(
    built: Callable[[str], Built], sync: bool
) -> None:
    b = built("op-param-constraints")
    (request,) = _send(b, sync, lambda c: c.items.create(**GOOD))
    assert str(request.url) == (
        f"{BASE}/items/%C3%A9t%C3%A9?q=abc&lvl=low&n=4&ratio=0.5&tags=ab&tags=cd"
    )
    assert request.headers["X-Ref"] == "a-b"
    assert request.headers["Cookie"] == "session=abc"
    # an enum member is its value
    (request,) = _send(b, sync, lambda c: c.items.create(code="a", lvl=b.pkg.Level.HIGH))
    assert str(request.url) == f"{BASE}/items/a?lvl=high"


BROKEN = [
    # (argument, value, the parameter named, what the error says)
    ("code", "a1", "'code'", "should match pattern '^\\p{L}+$'"),
    ("q", "ABC", "'q'", "should match pattern '^[a-z]+$'"),
    ("q", "abcdef", "'q'", "at most 5 characters"),
    ("lvl", "zz", "'lvl'", "should be 'low' or 'high'"),
    ("n", 12, "'n'", "less than or equal to 10"),
    ("n", 0, "'n'", "greater than or equal to 1"),
    ("n", 3, "'n'", "multiple of 2"),
    ("ratio", 1, "'ratio'", "less than 1"),
    ("ratio", 0.0, "'ratio'", "greater than 0"),
    ("tags", ["ab", "c"], "'tags'[1]", "at least 2 characters"),
    ("x_ref", "tmp-a", "'X-Ref'", "should match pattern '^(?!tmp-)[a-z-]+$'"),
    ("session", "ab", "'session'", "at least 3 characters"),
]


@SYNC
@pytest.mark.parametrize(
    ("arg", "value", "name", "says"), BROKEN, ids=[f"{a}={v}" for a, v, *_ in BROKEN]
)
def test_a_value_that_breaks_a_constraint_is_refused_before_sending(
    built: Callable[[str], Built], sync: bool, arg: str, value: Any, name: str, says: str
) -> None:
    b = built("op-param-constraints")
    seen: list[httpx.Request] = []
    with pytest.raises(ValueError) as caught:
        seen = _send(b, sync, lambda c: c.items.create(**{**GOOD, arg: value}))
    message = str(caught.value)
    assert not isinstance(caught.value, pydantic.ValidationError)
    shown = value[-1] if isinstance(value, list) else value  # the item that breaks it
    assert message.startswith(f"createItem: parameter {name} is not sent: {shown!r} breaks its")
    assert says in message
    assert seen == []


@SYNC
@pytest.mark.parametrize(("arg", "value"), [("q", "ABC"), ("lvl", "zz"), ("n", 12)])
def test_the_same_constraint_on_a_body_property_refuses_it_too(
    built: Callable[[str], Built], sync: bool, arg: str, value: Any
) -> None:
    b = built("op-param-constraints")
    with pytest.raises(pydantic.ValidationError, match=arg):
        _send(b, sync, lambda c: c.items.create(code="a", **{f"{arg}_body": value}))


@SYNC
def test_a_datetime_at_midnight_is_sent_as_its_date_in_parameters_and_body(
    built: Callable[[str], Built], sync: bool
) -> None:
    b = built("op-date-params")
    two = datetime.date(2024, 1, 2)

    def call(c: Any) -> Any:
        return c.days.update(
            day=MIDNIGHT, since=MIDNIGHT, days=[MIDNIGHT, two], x_day=MIDNIGHT, on=MIDNIGHT
        )

    (request,) = _send(b, sync, call)
    assert str(request.url) == (
        f"{BASE}/days/2024-01-01?since=2024-01-01&days=2024-01-01&days=2024-01-02"
    )
    assert request.headers["X-Day"] == "2024-01-01"
    assert request.content == b'{"on":"2024-01-01"}'


@SYNC
@pytest.mark.parametrize(
    ("arg", "value", "name"),
    [
        ("day", LATE, "'day'"),
        ("since", LATE, "'since'"),
        ("days", [datetime.date(2024, 1, 2), LATE], "'days'[1]"),
        ("x_day", LATE, "'X-Day'"),
    ],
    ids=["path", "query", "query-array", "header"],
)
def test_a_datetime_with_a_time_of_day_is_refused_where_a_date_is_documented(
    built: Callable[[str], Built], sync: bool, arg: str, value: Any, name: str
) -> None:
    b = built("op-date-params")
    seen: list[httpx.Request] = []
    args = {"day": datetime.date(2024, 1, 1), arg: value}
    with pytest.raises(ValueError) as caught:
        seen = _send(b, sync, lambda c: c.days.update(**args))
    assert str(caught.value) == (
        f"updateDay: parameter {name} is not sent: 2024-01-01T23:00:00-05:00 breaks its "
        "schema: Datetimes provided to dates should have zero time - e.g. be exact dates"
    )
    assert seen == []
    # the body's rule is the same one
    with pytest.raises(pydantic.ValidationError, match="date_from_datetime_inexact"):
        _send(b, sync, lambda c: c.days.update(day=datetime.date(2024, 1, 1), on=LATE))
