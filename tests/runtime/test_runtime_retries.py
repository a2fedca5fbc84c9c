"""Retries: when a request is repeated, how long the client waits, and never a duplicate write."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from rtpkg._runtime import (
    ApiConnectionError,
    ApiTimeoutError,
    Call,
    ClientStatusError,
    Param,
    ResponseSpec,
    ServerStatusError,
)
from rtpkg._runtime import retries as retries_module

OK = {"200": ResponseSpec(dict, "json")}


def script(
    *steps: httpx.Response | Exception,
) -> tuple[Callable[[httpx.Request], httpx.Response], list[httpx.Request]]:
    """A handler answering with `steps` in turn (an exception is raised), and what it saw."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        step = steps[min(len(seen), len(steps)) - 1]
        if isinstance(step, Exception):
            raise step
        return step

    return handler, seen


def post(**kw: object) -> Call[dict[str, object]]:
    return Call(
        method="POST",
        path="/invoices",
        operation_id="createInvoice",
        json={"a": 1},
        responses=OK,
        **kw,
    )  # type: ignore[arg-type]


def get() -> Call[dict[str, object]]:
    return Call(method="GET", path="/invoices", operation_id="listInvoices", responses=OK)


def test_get_answered_500_is_retried_until_it_succeeds(make, waits) -> None:
    handler, seen = script(
        httpx.Response(500), httpx.Response(503), httpx.Response(200, json={"ok": True})
    )
    result = make(handler).request(get())
    assert result.data == {"ok": True}
    assert result.retries_taken == 2
    assert len(seen) == 3
    assert len(waits) == 2


def test_post_answered_500_is_sent_once_without_an_idempotency_key(make, waits) -> None:
    handler, seen = script(httpx.Response(500, json={"error": "boom"}))
    with pytest.raises(ServerStatusError) as info:
        make(handler).request(post())
    assert len(seen) == 1
    assert waits == []
    assert "not retried" in str(info.value)
    assert "Idempotency-Key" not in seen[0].headers


def test_post_answered_500_is_retried_with_the_same_idempotency_key(make) -> None:
    handler, seen = script(httpx.Response(500), httpx.Response(502), httpx.Response(200, json={}))
    result = make(handler, idempotency_header="Idempotency-Key").request(post())
    assert result.retries_taken == 2
    keys = [r.headers["Idempotency-Key"] for r in seen]
    assert len(keys) == 3
    assert len(set(keys)) == 1
    assert len(keys[0]) == 36  # a uuid4


def test_each_logical_call_gets_its_own_idempotency_key(make) -> None:
    handler, seen = script(httpx.Response(200, json={}))
    harness = make(handler, idempotency_header="Idempotency-Key")
    harness.request(post())
    harness.request(post())
    assert seen[0].headers["Idempotency-Key"] != seen[1].headers["Idempotency-Key"]


def test_caller_idempotency_key_is_sent_and_makes_the_post_retryable(make) -> None:
    handler, seen = script(httpx.Response(500), httpx.Response(200, json={}))
    result = make(handler).request(post(), {"idempotency_key": "order-42"})
    assert result.retries_taken == 1
    assert [r.headers["Idempotency-Key"] for r in seen] == ["order-42", "order-42"]


def test_configured_idempotency_header_name_is_used(make) -> None:
    handler, seen = script(httpx.Response(200, json={}))
    make(handler, idempotency_header="X-Idempotency-Token").request(
        post(), {"idempotency_key": "k1"}
    )
    assert seen[0].headers["X-Idempotency-Token"] == "k1"
    assert "Idempotency-Key" not in seen[0].headers


def test_get_carries_no_generated_idempotency_key(make) -> None:
    handler, seen = script(httpx.Response(200, json={}))
    make(handler, idempotency_header="Idempotency-Key").request(get())
    assert "Idempotency-Key" not in seen[0].headers


def test_post_answered_429_is_retried_even_without_a_key(make, waits) -> None:
    handler, seen = script(
        httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200, json={})
    )
    result = make(handler).request(post())
    assert result.retries_taken == 1
    assert waits == [3.0]
    assert len(seen) == 2


def test_retry_after_as_http_date_is_honoured(make, waits) -> None:
    when = datetime.now(UTC) + timedelta(seconds=20)
    handler, _ = script(
        httpx.Response(503, headers={"Retry-After": format_datetime(when, usegmt=True)}),
        httpx.Response(200, json={}),
    )
    make(handler).request(get())
    assert len(waits) == 1
    assert 17 <= waits[0] <= 20


def test_retry_after_ms_wins_over_retry_after(make, waits) -> None:
    handler, _ = script(
        httpx.Response(429, headers={"retry-after-ms": "250", "Retry-After": "9"}),
        httpx.Response(200, json={}),
    )
    make(handler).request(get())
    assert waits == [0.25]


def test_429_without_retry_after_waits_for_the_rate_limit_reset(make, waits) -> None:
    handler, _ = script(
        httpx.Response(
            429,
            headers={
                "X-RateLimit-Limit": "100",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": "7",
            },
        ),
        httpx.Response(200, json={}),
    )
    make(handler).request(get())
    assert waits == [7.0]


def test_a_wait_longer_than_the_cap_is_not_waited_for(make, waits) -> None:
    handler, seen = script(httpx.Response(429, headers={"Retry-After": "3600"}))
    with pytest.raises(ClientStatusError) as info:
        make(handler).request(get())
    assert len(seen) == 1
    assert waits == []
    assert "3600" in str(info.value)
    assert info.value.status_code == 429


def test_retries_stop_at_max_retries_and_the_last_error_is_raised(make, waits) -> None:
    handler, seen = script(httpx.Response(500))
    with pytest.raises(ServerStatusError) as info:
        make(handler, max_retries=3).request(get())
    assert len(seen) == 4
    assert len(waits) == 3
    assert "after 3 retries" in str(info.value)


def test_max_retries_per_call_overrides_the_client(make) -> None:
    handler, seen = script(httpx.Response(500))
    with pytest.raises(ServerStatusError):
        make(handler, max_retries=5).request(get(), {"max_retries": 0})
    assert len(seen) == 1


def test_default_is_two_retries(make) -> None:
    handler, seen = script(httpx.Response(500))
    with pytest.raises(ServerStatusError):
        make(handler).request(get())
    assert len(seen) == 3


@pytest.mark.parametrize("status", [400, 404, 409, 422, 501])
def test_statuses_a_repetition_cannot_fix_are_not_retried(make, status: int) -> None:
    handler, seen = script(httpx.Response(status))
    with pytest.raises((ClientStatusError, ServerStatusError)):
        make(handler).request(get())
    assert len(seen) == 1


def test_post_is_retried_after_a_connect_error(make) -> None:
    handler, seen = script(httpx.ConnectError("refused"), httpx.Response(200, json={}))
    result = make(handler).request(post())
    assert result.retries_taken == 1
    assert len(seen) == 2


def test_post_is_not_retried_after_a_read_timeout(make) -> None:
    handler, seen = script(httpx.ReadTimeout("slow"), httpx.Response(200, json={}))
    with pytest.raises(ApiTimeoutError) as info:
        make(handler).request(post())
    assert len(seen) == 1
    assert "may have reached the server" in str(info.value)
    assert isinstance(info.value, ApiConnectionError)


def test_post_with_idempotency_key_is_retried_after_a_read_timeout(make) -> None:
    handler, seen = script(httpx.ReadTimeout("slow"), httpx.Response(200, json={}))
    make(handler, idempotency_header="Idempotency-Key").request(post())
    assert len(seen) == 2
    assert seen[0].headers["Idempotency-Key"] == seen[1].headers["Idempotency-Key"]


def test_get_is_retried_after_a_read_error_then_gives_up(make) -> None:
    handler, seen = script(httpx.ReadError("reset by peer"))
    with pytest.raises(ApiConnectionError) as info:
        make(handler).request(get())
    assert len(seen) == 3
    assert not isinstance(info.value, ApiTimeoutError)
    assert isinstance(info.value.__cause__, httpx.ReadError)


def test_backoff_grows_exponentially_with_jitter_and_is_capped(monkeypatch) -> None:
    monkeypatch.setattr(retries_module.random, "random", lambda: 0.0)
    assert [retries_module.backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    monkeypatch.setattr(retries_module.random, "random", lambda: 1.0)
    assert retries_module.backoff(0) == 0.375


def test_file_upload_is_rewound_before_a_retry(make) -> None:
    import io

    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.read())
        return httpx.Response(503 if len(bodies) == 1 else 200, json={})

    upload = io.BytesIO(b"%PDF-1.7 invoice")
    call = Call(
        method="PUT",
        path="/invoices/1/attachment",
        operation_id="upload",
        files={"file": ("invoice.pdf", upload, "application/pdf")},
        responses=OK,
        idempotency_header="Idempotency-Key",
    )
    make(handler).request(call)
    assert len(bodies) == 2
    assert b"%PDF-1.7 invoice" in bodies[1]


def put(**kw: object) -> Call[dict[str, object]]:
    return Call(
        method="PUT",
        path="/Invoices",
        operation_id="createInvoices",
        json={"a": 1},
        responses=OK,
        **kw,
    )  # type: ignore[arg-type]


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", "POST"])
def test_a_write_that_timed_out_is_not_sent_again_without_a_key(make, method) -> None:
    handler, seen = script(httpx.ReadTimeout("slow"), httpx.Response(200, json={}))
    call = Call(method=method, path="/Invoices", operation_id="write", responses=OK)
    with pytest.raises(ApiTimeoutError) as info:
        make(handler).request(call)
    assert len(seen) == 1
    assert f"the {method} request may have reached the server" in str(info.value)


def test_a_put_documenting_its_idempotency_header_is_resent_with_one_generated_key(make) -> None:
    handler, seen = script(
        httpx.ReadTimeout("slow"), httpx.Response(503), httpx.Response(200, json={})
    )
    result = make(handler).request(put(idempotency_header="Idempotency-Key"))
    assert result.retries_taken == 2
    keys = {r.headers["Idempotency-Key"] for r in seen}
    assert len(seen) == 3 and len(keys) == 1
    assert len(keys.pop()) == 36  # a uuid4, made for this call


def test_the_callers_key_in_the_operations_own_parameter_is_the_one_repeated(make) -> None:
    handler, seen = script(httpx.Response(503), httpx.Response(200, json={}))
    call = put(
        idempotency_header="Idempotency-Key",
        headers=[Param("Idempotency-Key", "invoice-7", style="simple", explode=False)],
    )
    make(handler).request(call)
    assert [r.headers["Idempotency-Key"] for r in seen] == ["invoice-7", "invoice-7"]


def test_a_put_without_a_documented_header_gets_no_key(make) -> None:
    handler, seen = script(httpx.Response(200, json={}))
    make(handler).request(put())
    assert "Idempotency-Key" not in seen[0].headers


def test_a_read_the_provider_treats_as_unsafe_is_not_repeated(make) -> None:
    handler, seen = script(httpx.ReadError("reset"), httpx.Response(200, json={}))
    call = Call(method="GET", path="/send", operation_id="send", responses=OK, unsafe=True)
    with pytest.raises(ApiConnectionError):
        make(handler).request(call)
    assert len(seen) == 1


def test_a_write_that_never_left_is_sent_again_without_a_key(make) -> None:
    handler, seen = script(httpx.ConnectError("refused"), httpx.Response(200, json={}))
    make(handler).request(put())
    assert len(seen) == 2
