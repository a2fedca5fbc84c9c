"""Date-times finer than Python's `datetime`, in responses, through a real HTTP server on
127.0.0.1.

`data/schema-fine-date-times.yaml`: RFC 3339 allows digits below the microsecond and a leap
second (`23:59:60`), which `datetime` cannot hold. Such a value is read as the nearest earlier
`datetime`, with one warning on the package's logger naming the model, the property and the
text received: nothing is lost without a word, and it is no deviation (nor an error with
strict validation). Sync and async alike.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pydantic
import pytest
from json_server import json_server
from test_wire_values import Built, built

__all__ = ["built"]  # the fixture

STEM = "schema-fine-date-times"
UTC = datetime.UTC
FINE = {
    "at": "2024-01-01T00:00:00.123456789Z",
    "when": "2016-12-31T23:59:60Z",
    "seen": ["2024-01-01T00:00:00Z", "2016-12-31T23:59:60+01:00"],
    "byday": {"mon": "2024-01-01T00:00:00.1234567+02:00"},
    "inner": {"at": "2016-12-31T23:59:60.5z"},
}
BODIES = {"/fine": FINE, "/deviating": {**FINE, "count": "many"}}
# (where, what), one warning each
WARNED = [
    ("Event.at", "'2024-01-01T00:00:00.123456789Z' has digits below the microsecond"),
    ("Event.when", "'2016-12-31T23:59:60Z' is a leap second"),
    ("Event.seen[1]", "'2016-12-31T23:59:60+01:00' is a leap second"),
    ("Event.byday.mon", "'2024-01-01T00:00:00.1234567+02:00' has digits below the microsecond"),
    ("Inner.at", "'2016-12-31T23:59:60.5z' is a leap second"),
]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """Answers a GET of a path in `BODIES` with its body as JSON; yields its base URL."""
    with json_server(lambda path: BODIES[path.removesuffix("/events")]) as url:
        yield url


def _get(b: Built, base_url: str, sync: bool, **kw: Any) -> Any:
    if sync:
        with b.pkg.Client(base_url=base_url, max_retries=0, **kw) as client:
            return client.events.get()

    async def call() -> Any:
        async with b.pkg.AsyncClient(base_url=base_url, max_retries=0, **kw) as client:
            return await client.events.get()

    return asyncio.run(call())


def _warnings(caplog: pytest.LogCaptureFixture, b: Built) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == b.pkg.__name__]


def _expected() -> list[str]:
    read = [
        "2024-01-01T00:00:00.123456+00:00",
        "2016-12-31T23:59:59.999999+00:00",
        "2016-12-31T23:59:59.999999+01:00",
        "2024-01-01T00:00:00.123456+02:00",
        "2016-12-31T23:59:59.999999+00:00",
    ]
    return [
        f"{where}: the date-time {what}, which Python's datetime does not hold: read as {at}"
        for (where, what), at in zip(WARNED, read, strict=True)
    ]


def _check_values(event: Any) -> None:
    plus = datetime.timezone(datetime.timedelta(hours=1))
    assert event.at == datetime.datetime(2024, 1, 1, 0, 0, 0, 123456, tzinfo=UTC)
    assert event.when == datetime.datetime(2016, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
    assert event.seen == [
        datetime.datetime(2024, 1, 1, tzinfo=UTC),
        datetime.datetime(2016, 12, 31, 23, 59, 59, 999999, tzinfo=plus),
    ]
    assert event.byday["mon"].microsecond == 123456
    assert event.inner.at == datetime.datetime(2016, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)


SYNC = pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])


@SYNC
@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_a_finer_date_time_is_read_as_the_nearest_earlier_one_with_a_warning(
    built: Callable[[str], Built],
    server: str,
    caplog: pytest.LogCaptureFixture,
    sync: bool,
    strict: bool,
) -> None:
    b = built(STEM)
    with caplog.at_level(logging.WARNING):
        event = _get(b, server + "/fine", sync, strict_response_validation=strict)
    _check_values(event)
    assert _warnings(caplog, b) == _expected()  # each once, and no deviation


@SYNC
def test_a_response_that_also_deviates_warns_of_each_date_time_once(
    built: Callable[[str], Built], server: str, caplog: pytest.LogCaptureFixture, sync: bool
) -> None:
    b = built(STEM)
    with caplog.at_level(logging.WARNING):
        event = _get(b, server + "/deviating", sync)
    _check_values(event)
    assert event.count == "many"  # kept as received, on the second pass
    found = _warnings(caplog, b)
    assert found[:-1] == _expected()
    assert "deviates from its documented type" in found[-1] and "$.count" in found[-1]
    assert "$.when" not in found[-1] and "$.inner" not in found[-1]


def test_a_date_time_python_holds_exactly_is_read_without_a_word(
    built: Callable[[str], Built], caplog: pytest.LogCaptureFixture
) -> None:
    b = built(STEM)
    answer = {"at": "2024-01-01T00:00:00.123456Z", "seen": ["2016-12-31T23:59:59+01:00"]}
    with caplog.at_level(logging.WARNING):
        event = b.client(httpx.Response(200, json=answer)).events.get()
    assert _warnings(caplog, b) == []
    assert event.model_dump(mode="json", exclude_unset=True) == answer


def test_a_leap_second_built_in_code_is_refused(built: Callable[[str], Built]) -> None:
    # what the caller builds is checked strictly: only a response is read to the nearest
    with pytest.raises(pydantic.ValidationError, match="when"):
        b = built(STEM)
        b.pkg.models.Event(when="2016-12-31T23:59:60Z")
