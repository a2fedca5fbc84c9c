"""Enums of numbers open wherever a response holds them (issue 15, item 2).

`data/schema-open-enums-top-level.yaml`: an integer enum as the whole body, as the items of a
list and the values of a map that are the body, in a union of numbers and strings, and as a
model's field. A new value of the enum's JSON type parses as it came, with no warning (it is
no deviation); a value of another JSON type is still a deviation. Sync and async alike,
through the generated clients over `httpx.MockTransport`.

`data/schema-one-value-enums.yaml`: the same for enums of one value and number enums that
list whole numbers only, beside constants, which stay closed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pydantic
import pytest
from test_schemas import Built, built

__all__ = ["built"]  # the fixture

# a warning of pydantic's or of the client's own (`-W error`) would fail the call
pytestmark = pytest.mark.filterwarnings("error")

BODIES: dict[str, Any] = {
    "/level": 9,
    "/levels": [1, 9],
    "/levels-by-name": {"low": 1, "new": 7},
    "/codes": [1, "one", 2, "two"],
    "/alarm": {"level": 4},
}


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=BODIES[request.url.path])


def _call_sync(b: Built, op: str, **kw: Any) -> Any:
    http = httpx.Client(transport=httpx.MockTransport(_answer))
    with b.pkg.Client(base_url="https://api.test", http_client=http, max_retries=0, **kw) as c:
        return _method(c, op)()


def _call_async(b: Built, op: str, **kw: Any) -> Any:
    async def call() -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(_answer))
        async with b.pkg.AsyncClient(
            base_url="https://api.test", http_client=http, max_retries=0, **kw
        ) as c:
            return await _method(c, op)()

    return asyncio.run(call())


def _method(client: Any, op: str) -> Any:
    for name in op.split("."):
        client = getattr(client, name)
    return client


CALLS = pytest.mark.parametrize("call", [_call_sync, _call_async], ids=["sync", "async"])


@CALLS
@pytest.mark.parametrize(
    ("op", "path"),
    [
        ("level.get", "/level"),
        ("levels.list", "/levels"),
        ("levels_by_name.get", "/levels-by-name"),
        ("codes.list", "/codes"),
    ],
)
def test_a_new_value_of_a_number_enum_parses_wherever_the_body_holds_it(
    built: Callable[[str], Built],
    call: Callable[..., Any],
    op: str,
    path: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    b = built("open-enums-top-level")
    with caplog.at_level(logging.WARNING, logger=b.pkg.__name__):
        assert call(b, op) == BODIES[path]
        # strict validation refuses deviations, and a new value of the right type is none
        assert call(b, op, strict_response_validation=True) == BODIES[path]
    assert not caplog.records


@CALLS
def test_the_same_enum_as_a_field_is_open_too_and_only_in_responses(
    built: Callable[[str], Built], call: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    b = built("open-enums-top-level")
    with caplog.at_level(logging.WARNING, logger=b.pkg.__name__):
        assert call(b, "alarm.get").level == 4
    assert not caplog.records
    with pytest.raises(pydantic.ValidationError):
        b.models.Alarm(level=4)


@CALLS
def test_a_value_of_another_json_type_is_still_a_deviation(
    built: Callable[[str], Built], call: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    b = built("open-enums-top-level")
    BODIES["/levels"] = [1, "high"]
    try:
        with caplog.at_level(logging.WARNING, logger=b.pkg.__name__):
            assert call(b, "levels.list") == [1, "high"]
        (record,) = caplog.records
        assert "$[1]: " in record.getMessage()
        with pytest.raises(b.error("ResponseValidationError")):
            call(b, "levels.list", strict_response_validation=True)
    finally:
        BODIES["/levels"] = [1, 9]


# -- enums of one value, number enums of whole numbers, constants ----------------------------

ONE_VALUE: dict[str, Any] = {
    "/version": 2,
    "/weights": [1, 2.5],
    "/settings": {
        "version": 2,
        "rate": 0.75,
        "flag": False,
        "scale": 2.5,
        "levels": {"low": 7, "new": 8},
    },
}


def _one_value_answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=ONE_VALUE[request.url.path])


def _one_value_call(b: Built, op: str, *, use_async: bool, **kw: Any) -> Any:
    if not use_async:
        http = httpx.Client(transport=httpx.MockTransport(_one_value_answer))
        with b.pkg.Client(base_url="https://api.test", http_client=http, max_retries=0, **kw) as c:
            return _method(c, op)()

    async def call() -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(_one_value_answer))
        async with b.pkg.AsyncClient(
            base_url="https://api.test", http_client=http, max_retries=0, **kw
        ) as c:
            return await _method(c, op)()

    return asyncio.run(call())


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("op", "path"),
    [("version.get", "/version"), ("weights.list", "/weights"), ("settings.list", "/settings")],
)
def test_an_enum_of_one_value_or_of_whole_numbers_is_open_too(
    built: Callable[[str], Built],
    use_async: bool,
    op: str,
    path: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    b = built("one-value-enums")
    with caplog.at_level(logging.WARNING, logger=b.pkg.__name__):
        for strict in (False, True):  # a new value of the enum's type is no deviation
            got = _one_value_call(b, op, use_async=use_async, strict_response_validation=strict)
            if isinstance(got, pydantic.BaseModel):
                got = got.model_dump(mode="json", by_alias=True, exclude_unset=True)
            assert got == ONE_VALUE[path]
    assert not caplog.records


def test_those_enums_refuse_new_values_in_what_is_sent(built: Callable[[str], Built]) -> None:
    settings = built("one-value-enums").models.Settings
    for field, value in [("version", 2), ("flag", False), ("scale", 2.5), ("levels", {"a": 8})]:
        with pytest.raises(pydantic.ValidationError):
            settings(**{field: value})
    assert settings(version=1, scale=2, levels={"a": 7}).scale == 2


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_constant_stays_closed_in_a_response(
    built: Callable[[str], Built], use_async: bool, caplog: pytest.LogCaptureFixture
) -> None:
    b = built("one-value-enums")
    ONE_VALUE["/answer"] = 43
    ONE_VALUE["/settings"] = {**ONE_VALUE["/settings"], "kind": 3}
    try:
        with pytest.raises(b.error("ResponseValidationError")):
            _one_value_call(b, "answer.get", use_async=use_async)
        with caplog.at_level(logging.WARNING, logger=b.pkg.__name__):
            assert _one_value_call(b, "settings.list", use_async=use_async).kind == 3
        (record,) = caplog.records
        assert "$.kind: " in record.getMessage()
        with pytest.raises(b.error("ResponseValidationError")):
            _one_value_call(
                b, "settings.list", use_async=use_async, strict_response_validation=True
            )
        ONE_VALUE["/answer"] = 42
        assert _one_value_call(b, "answer.get", use_async=use_async) == 42
    finally:
        del ONE_VALUE["/answer"]
        ONE_VALUE["/settings"] = {k: v for k, v in ONE_VALUE["/settings"].items() if k != "kind"}
