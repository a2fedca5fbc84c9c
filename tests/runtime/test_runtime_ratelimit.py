"""Rate-limit state and server-directed waits, from every family of headers providers use."""

from __future__ import annotations

import httpx
import pytest
from rtpkg._runtime.ratelimit import parse_rate_limit, server_wait

NOW = 1_700_000_000.0


def limit(headers: dict[str, str]) -> tuple[int | None, int | None, float | None] | None:
    state = parse_rate_limit(httpx.Headers(headers), NOW)
    return None if state is None else (state.limit, state.remaining, state.reset)


def test_no_rate_limit_headers() -> None:
    assert parse_rate_limit(httpx.Headers({"content-type": "application/json"}), NOW) is None


def test_x_ratelimit_with_delta_epoch_and_epoch_ms_resets() -> None:
    base = {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "42"}
    assert limit({**base, "X-RateLimit-Reset": "30"}) == (100, 42, 30.0)
    assert limit({**base, "X-RateLimit-Reset": str(int(NOW + 90))}) == (100, 42, 90.0)
    assert limit({**base, "X-RateLimit-Reset": str(int((NOW + 5) * 1000))}) == (100, 42, 5.0)


def test_ietf_fields_and_structured_successors() -> None:
    assert limit({"RateLimit-Limit": "10", "RateLimit-Remaining": "1", "RateLimit-Reset": "4"}) == (
        10,
        1,
        4.0,
    )
    assert limit({"RateLimit-Limit": "10, 10;w=1", "RateLimit-Remaining": "3"}) == (10, 3, None)
    structured = {"RateLimit": '"default";r=5;t=12', "RateLimit-Policy": '"default";q=50;w=60'}
    assert limit(structured) == (50, 5, 12.0)
    assert limit({"RateLimit": "limit=20, remaining=0, reset=8"}) == (20, 0, 8.0)


def test_bookeeping_daily_and_minutely_windows_report_the_scarcer() -> None:
    headers = {
        "x-rate-limiter-daily-limit": "1500",
        "x-rate-limiter-daily-usage": "106",
        "x-rate-limiter-minutely-limit": "25",
        "x-rate-limiter-minutely-usage": "24",
        "x-rate-limiter-operation-type": "write",
    }
    state = parse_rate_limit(httpx.Headers(headers), NOW)
    assert state is not None
    assert (state.limit, state.remaining, state.reset) == (25, 1, None)
    assert state.raw["x-rate-limiter-operation-type"] == "write"
    assert list(state.raw) == sorted(state.raw)
    headers["x-rate-limiter-daily-usage"] = "1500"
    assert limit(headers) == (1500, 0, None)


def test_window_named_after_the_field_and_a_general_reset() -> None:
    headers = {
        "X-RateLimit-Limit-Minute": "60",
        "X-RateLimit-Remaining-Minute": "0",
        "X-RateLimit-Limit-Hour": "1000",
        "X-RateLimit-Remaining-Hour": "500",
        "RateLimit-Reset": "20",
    }
    assert limit(headers) == (60, 0, 20.0)


def test_github_style_used_and_reset_after() -> None:
    assert limit({"x-ratelimit-limit": "60", "x-ratelimit-used": "58"}) == (60, 2, None)
    assert limit({"x-ratelimit-remaining": "0", "x-ratelimit-reset-after": "1.5"}) == (None, 0, 1.5)


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"Retry-After": "7"}, 7.0),
        ({"Retry-After": "Tue, 14 Nov 2023 22:13:40 GMT"}, 20.0),
        ({"Retry-After": "Tue, 14 Nov 2000 22:13:40 GMT"}, 0.0),
        ({"retry-after-ms": "1500", "Retry-After": "9"}, 1.5),
        ({"Retry-After": "soon"}, None),
        ({}, None),
    ],
)
def test_server_wait(headers: dict[str, str], wait: float | None) -> None:
    assert server_wait(httpx.Headers(headers), NOW) == wait


XERO = {
    "minute": {"remaining": "X-MinLimit-Remaining", "limit": 60},
    "day": {"remaining": "X-DayLimit-Remaining", "limit": 5000},
    "app_minute": {"remaining": "X-AppMinLimit-Remaining", "limit": 10000},
}


def test_a_providers_own_header_names_from_its_manifest() -> None:
    headers = httpx.Headers(
        {
            "X-MinLimit-Remaining": "0",
            "X-DayLimit-Remaining": "4200",
            "X-AppMinLimit-Remaining": "9000",
            "Retry-After": "17",
            "X-Rate-Limit-Problem": "minute",
        }
    )
    state = parse_rate_limit(headers, NOW, XERO)
    assert state is not None
    assert (state.limit, state.remaining, state.reset) == (60, 0, 17.0)
    assert state.raw["x-daylimit-remaining"] == "4200"
    assert state.raw["retry-after"] == "17"
    # without the manifest's names, only the standard ones are understood
    plain = parse_rate_limit(headers, NOW)
    assert plain is not None and plain.remaining is None and plain.reset == 17.0


def test_a_provider_window_with_none_of_its_headers_is_not_reported() -> None:
    headers = httpx.Headers({"X-DayLimit-Remaining": "10"})
    state = parse_rate_limit(headers, NOW, XERO)
    assert state is not None and (state.limit, state.remaining) == (5000, 10)


def test_retry_after_alone_is_a_rate_limit_with_its_reset() -> None:
    assert limit({"Retry-After": "5"}) == (None, None, 5.0)


def test_each_window_is_reported_by_its_name() -> None:
    headers = httpx.Headers(
        {"X-MinLimit-Remaining": "0", "X-DayLimit-Remaining": "4200", "Retry-After": "17"}
    )
    state = parse_rate_limit(headers, NOW, XERO)
    assert state is not None
    # the scarcest decides the top level; each window keeps what it reports
    assert {name: (w.limit, w.remaining) for name, w in state.windows.items()} == {
        "minute": (60, 0),
        "day": (5000, 4200),
    }
    family = parse_rate_limit(
        httpx.Headers(
            {
                "x-rate-limiter-daily-limit": "1500",
                "x-rate-limiter-daily-usage": "106",
                "x-ratelimit-remaining": "3",
            }
        ),
        NOW,
    )
    assert family is not None
    assert {name: (w.limit, w.remaining) for name, w in family.windows.items()} == {
        "daily": (1500, 1394),
        "default": (None, 3),
    }
