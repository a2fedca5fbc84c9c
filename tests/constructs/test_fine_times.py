"""Times (`format: time`) finer than Python's `time`, in responses, through a real HTTP server
on 127.0.0.1.

`data/schema-fine-times.yaml`: RFC 3339 allows digits below the microsecond and a leap second
(`23:59:60`) in a `full-time` too, which `time` cannot hold. Such a value is read as the
nearest earlier `time`, with one warning on the package's logger naming the model, the
property and the text received, as a `date-time` is (`test_fine_date_times.py`): never
truncated without a word, and no deviation (nor an error with strict validation). Sync and
async alike.
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

STEM = "schema-fine-times"
UTC = datetime.UTC
PLUS_ONE = datetime.timezone(datetime.timedelta(hours=1))
FINE = {
    "at": "09:30:00.123456789Z",
    "when": "23:59:60Z",
    "seen": ["09:30:00Z", "23:59:60+01:00"],
    "byday": {"mon": "09:30:00.1234567+02:00"},
    "inner": {"at": "23:59:60.5z"},
}
BODIES = {"/fine": FINE, "/deviating": {**FINE, "count": "many"}}
# (where, what, read as), one warning each
WARNED = [
    ("Slot.at", "'09:30:00.123456789Z' has digits below the microsecond", "09:30:00.123456+00:00"),
    ("Slot.when", "'23:59:60Z' is a leap second", "23:59:59.999999+00:00"),
    ("Slot.seen[1]", "'23:59:60+01:00' is a leap second", "23:59:59.999999+01:00"),
    (
        "Slot.byday.mon",
        "'09:30:00.1234567+02:00' has digits below the microsecond",
        "09:30:00.123456+02:00",
    ),
    ("Inner.at", "'23:59:60.5z' is a leap second", "23:59:59.999999+00:00"),
]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """Answers a GET of a path in `BODIES` with its body as JSON; yields its base URL."""
    with json_server(lambda path: BODIES[path.removesuffix("/slots")]) as url:
        yield url


def _get(b: Built, base_url: str, sync: bool, **kw: Any) -> Any:
    if sync:
        with b.pkg.Client(base_url=base_url, max_retries=0, **kw) as client:
            return client.slots.get()

    async def call() -> Any:
        async with b.pkg.AsyncClient(base_url=base_url, max_retries=0, **kw) as client:
            return await client.slots.get()

    return asyncio.run(call())


def _warnings(caplog: pytest.LogCaptureFixture, b: Built) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == b.pkg.__name__]


def _expected() -> list[str]:
    return [
        f"{where}: the time {what}, which Python's time does not hold: read as {read}"
        for where, what, read in WARNED
    ]


def _check_values(slot: Any) -> None:
    assert slot.at == datetime.time(9, 30, 0, 123456, tzinfo=UTC)
    assert slot.when == datetime.time(23, 59, 59, 999999, tzinfo=UTC)
    assert slot.seen == [
        datetime.time(9, 30, tzinfo=UTC),
        datetime.time(23, 59, 59, 999999, tzinfo=PLUS_ONE),
    ]
    assert slot.byday["mon"].microsecond == 123456
    assert slot.inner.at == datetime.time(23, 59, 59, 999999, tzinfo=UTC)


SYNC = pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])


@SYNC
@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_a_finer_time_is_read_as_the_nearest_earlier_one_with_a_warning(
    built: Callable[[str], Built],
    server: str,
    caplog: pytest.LogCaptureFixture,
    sync: bool,
    strict: bool,
) -> None:
    b = built(STEM)
    with caplog.at_level(logging.WARNING):
        slot = _get(b, server + "/fine", sync, strict_response_validation=strict)
    _check_values(slot)
    assert _warnings(caplog, b) == _expected()  # each once, and no deviation


@SYNC
def test_a_response_that_also_deviates_warns_of_each_time_once(
    built: Callable[[str], Built], server: str, caplog: pytest.LogCaptureFixture, sync: bool
) -> None:
    b = built(STEM)
    with caplog.at_level(logging.WARNING):
        slot = _get(b, server + "/deviating", sync)
    _check_values(slot)
    assert slot.count == "many"  # kept as received, on the second pass
    found = _warnings(caplog, b)
    assert found[:-1] == _expected()
    assert "deviates from its documented type" in found[-1] and "$.count" in found[-1]
    assert "$.when" not in found[-1] and "$.inner" not in found[-1]


def test_a_time_python_holds_exactly_is_read_without_a_word(
    built: Callable[[str], Built], caplog: pytest.LogCaptureFixture
) -> None:
    b = built(STEM)
    answer = {"at": "09:30:00.123456Z", "seen": ["23:59:59+01:00"]}
    with caplog.at_level(logging.WARNING):
        slot = b.client(httpx.Response(200, json=answer)).slots.get()
    assert _warnings(caplog, b) == []
    assert slot.model_dump(mode="json", exclude_unset=True) == answer


def test_a_leap_second_built_in_code_is_refused(built: Callable[[str], Built]) -> None:
    # what the caller builds is checked strictly: only a response is read to the nearest
    b = built(STEM)
    with pytest.raises(pydantic.ValidationError, match="when"):
        b.pkg.models.Slot(when="23:59:60Z")
