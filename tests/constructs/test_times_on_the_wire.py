"""`format: time` on the wire: RFC 3339's `full-time` has a UTC offset, as a `date-time` has.

`data/op-naive-times.yaml`: a naive `datetime.time` is refused before anything is sent,
wherever it would go (path, query, an array or deepObject query, header, cookie, a JSON body
at any depth, form and multipart fields), the rule a naive `datetime` already follows; an
aware one is sent with its offset. The generated tests and README build aware times, and an
example time without an offset is reported as contradicting its schema. Sync and async,
through `httpx.MockTransport`.
"""

from __future__ import annotations

import asyncio
import datetime
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from test_wire_values import BASE, Built, built, parts, run_package_tests

__all__ = ["built"]  # the fixture

STEM = "op-naive-times"
PLUS_TWO = datetime.timezone(datetime.timedelta(hours=2))
AWARE = datetime.time(9, 30, tzinfo=datetime.UTC)
LOCAL = datetime.time(11, 30, 15, tzinfo=PLUS_TWO)
NAIVE = datetime.time(9, 30)
SLOT = {"status_code": 201, "json": {"starts": "09:30:00Z"}}


def _send(b: Built, sync: bool, call: Callable[[Any], Any]) -> list[httpx.Request]:
    """The requests `call(client)` sends, through a sync or an async client."""
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return (
            httpx.Response(**SLOT) if request.url.path.startswith("/slots") else httpx.Response(204)
        )

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


def slot_args(b: Built, **change: Any) -> dict[str, Any]:
    models = b.pkg.models
    args: dict[str, Any] = {
        "opens": LOCAL,
        "closes": AWARE,
        "starts": AWARE,
        "breaks": [AWARE, LOCAL],
        "window": models.Window(from_=AWARE),
        "x_cutoff": LOCAL,
        "last": AWARE,
        "rows": [models.Row(at=AWARE), models.Row(at=LOCAL)],
        "byday": {"mon": LOCAL},
        "alt": AWARE,
    }
    return {**args, **change}


SYNC = pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])


@SYNC
def test_an_aware_time_is_sent_with_its_offset_everywhere(
    built: Callable[[str], Built], sync: bool
) -> None:
    b = built(STEM)
    [request] = _send(b, sync, lambda c: c.slots.create(**slot_args(b)))
    path, _, query = request.url.raw_path.decode().partition("?")
    assert path == "/slots/11%3A30%3A15%2B02%3A00"
    assert [(unquote(k), unquote(v)) for k, v in (p.split("=") for p in query.split("&"))] == [
        ("closes", "09:30:00+00:00"),
        ("breaks", "09:30:00+00:00"),
        ("breaks", "11:30:15+02:00"),
        ("window[from]", "09:30:00Z"),
    ]
    assert request.headers["x-cutoff"] == "11:30:15+02:00"
    assert request.headers["cookie"] == "last=09%3A30%3A00%2B00%3A00"
    assert json.loads(request.content) == {
        "starts": "09:30:00Z",
        "rows": [{"at": "09:30:00Z"}, {"at": "11:30:15+02:00"}],
        "byday": {"mon": "11:30:15+02:00"},
        "alt": "09:30:00Z",
    }
    [form] = _send(b, sync, lambda c: c.reminders.create(at=LOCAL))
    assert form.content == b"at=11%3A30%3A15%2B02%3A00"
    [multipart] = _send(b, sync, lambda c: c.notes.create(at=AWARE, text="hi"))
    assert parts(multipart) == [("at", None, b"09:30:00+00:00"), ("text", None, b"hi")]


def test_a_time_read_from_a_response_keeps_its_offset(built: Callable[[str], Built]) -> None:
    b = built(STEM)
    slot = b.client(httpx.Response(201, json={"starts": "11:30:15+02:00"})).slots.create(
        **slot_args(b)
    )
    assert slot.starts == LOCAL and slot.starts.utcoffset() == datetime.timedelta(hours=2)


NAIVE_PLACES: dict[str, Callable[[Built], Callable[[Any], Any]]] = {
    "path": lambda b: lambda c: c.slots.create(**slot_args(b, opens=NAIVE)),
    "query": lambda b: lambda c: c.slots.create(**slot_args(b, closes=NAIVE)),
    "array query": lambda b: lambda c: c.slots.create(**slot_args(b, breaks=[AWARE, NAIVE])),
    "deepObject": lambda b: (
        lambda c: c.slots.create(**slot_args(b, window=b.pkg.models.Window(from_=NAIVE)))
    ),
    "header": lambda b: lambda c: c.slots.create(**slot_args(b, x_cutoff=NAIVE)),
    "cookie": lambda b: lambda c: c.slots.create(**slot_args(b, last=NAIVE)),
    "body": lambda b: lambda c: c.slots.create(**slot_args(b, starts=NAIVE)),
    "body list": lambda b: (
        lambda c: c.slots.create(
            **slot_args(b, rows=[b.pkg.models.Row(at=AWARE), b.pkg.models.Row(at=NAIVE)])
        )
    ),
    "body map": lambda b: lambda c: c.slots.create(**slot_args(b, byday={"mon": NAIVE})),
    "body oneOf": lambda b: lambda c: c.slots.create(**slot_args(b, alt=NAIVE)),
    "form": lambda b: lambda c: c.reminders.create(at=NAIVE),
    "multipart": lambda b: lambda c: c.notes.create(at=NAIVE, text="hi"),
}


@SYNC
@pytest.mark.parametrize("where", sorted(NAIVE_PLACES))
def test_a_naive_time_is_refused_before_sending(
    built: Callable[[str], Built], sync: bool, where: str
) -> None:
    b = built(STEM)
    seen: list[httpx.Request] = []
    with pytest.raises(ValueError, match=r"naive time 09:30:00\b.*UTC offset.*time zone"):
        seen = _send(b, sync, NAIVE_PLACES[where](b))
    assert seen == []


def test_the_generated_tests_and_readme_build_aware_times(built: Callable[[str], Built]) -> None:
    b = built(STEM)
    tests = (b.out / "tests" / "test_slots.py").read_text(encoding="utf-8")
    readme = (b.out / "README.md").read_text(encoding="utf-8")
    assert "from datetime import time" in tests and "from datetime import time" in readme
    assert 'closes=time.fromisoformat("03:04:05Z")' in tests
    assert 'at=time.fromisoformat("03:04:05Z")' in readme
    # the document's example sends a naive time: reported, and not used
    [warning] = [w for w in b.result.api.warnings if "is not a 'time'" in w.message]
    assert (warning.where, warning.hint) == (
        "/paths/~1slots~1{opens}/post",
        "the tests use data built from the schema instead",
    )
    assert "09:30:00" not in tests and "09:30:00" not in readme
    done = run_package_tests(b)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " 0 passed" not in done.stdout and "passed" in done.stdout
