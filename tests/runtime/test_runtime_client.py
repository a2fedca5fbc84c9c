"""The cores end to end over a mock transport: requests as built, responses as parsed."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest
from pydantic import Field
from rtpkg._runtime import (
    ApiResponse,
    ApiStatusError,
    AsyncCore,
    BaseModel,
    Call,
    ClientConfig,
    ClientStatusError,
    OpenStrEnum,
    Param,
    ResponseSpec,
    ResponseValidationError,
    ServerStatusError,
    StrictModel,
    SyncCore,
)


class Status(OpenStrEnum):
    DRAFT = "draft"
    PAID = "paid"


class Invoice(BaseModel):
    invoice_id: str = Field(alias="invoiceId")
    status: Status


class LineItem(StrictModel):
    description: str
    quantity: int
    unit_price: str | None = Field(default=None, alias="unitPrice")


class Conflict(BaseModel):
    error: str
    message: str


class TooManyRequests(ClientStatusError):
    status = "429"


class Conflicting(ClientStatusError):
    status = "409"


class AnyClientError(ClientStatusError):
    status = "4XX"


def echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"invoiceId": "inv_1", "status": "paid"})


def invoice_call(**kw: Any) -> Call[Invoice]:
    values: dict[str, Any] = {
        "method": "GET",
        "path": "/invoices/{invoice_id}",
        "operation_id": "getInvoice",
        "path_params": {"invoice_id": "inv_1"},
        "responses": {"200": ResponseSpec(Invoice, "json")},
    }
    values.update(kw)
    return Call(**values)


def capture(status: int = 200, **kw: Any) -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(status, **kw)

    return handler, seen


# -- requests ---------------------------------------------------------------------------


def test_url_joins_base_path_and_encoded_path_parameters(make) -> None:
    handler, seen = capture(json={"invoiceId": "x", "status": "paid"})
    make(handler).request(invoice_call(path_params={"invoice_id": "../admin?x=1#y"}))
    assert seen[0].url.raw_path == b"/v1/invoices/..%2Fadmin%3Fx%3D1%23y"


def test_a_dot_segment_path_parameter_cannot_climb(make) -> None:
    handler, seen = capture(json={"invoiceId": "x", "status": "paid"})
    make(handler).request(invoice_call(path_params={"invoice_id": ".."}))
    assert seen[0].url.raw_path == b"/v1/invoices/%2E%2E"


@pytest.mark.parametrize("value", [None, ""])
def test_missing_or_empty_path_parameter_is_refused_before_sending(make, value: Any) -> None:
    handler, seen = capture()
    with pytest.raises(ValueError, match="path parameter 'invoice_id'"):
        make(handler).request(invoice_call(path_params={"invoice_id": value}))
    assert seen == []


def test_query_headers_and_cookies_are_serialized_and_none_dropped(make) -> None:
    handler, seen = capture(json={})
    call = Call(
        method="GET",
        path="/invoices",
        operation_id="list",
        query=[
            Param("status", ["draft", "paid"]),
            Param("ids", [1, 2], explode=False),
            Param("archived", False),
            Param("page", None),
            Param("filter", {"customer": "c1"}, style="deepObject"),
        ],
        headers=[Param("xero-tenant-id", "t-1", style="simple"), Param("X-Skip", None)],
        cookies=[Param("session_hint", "a b")],
        responses={"200": ResponseSpec(None, "json")},
    )
    make(handler).request(call)
    request = seen[0]
    assert request.url.params.multi_items() == [
        ("status", "draft"),
        ("status", "paid"),
        ("ids", "1,2"),
        ("archived", "false"),
        ("filter[customer]", "c1"),
    ]
    assert request.headers["xero-tenant-id"] == "t-1"
    assert "x-skip" not in request.headers
    assert request.headers["cookie"] == "session_hint=a%20b"
    assert request.headers["accept"] == "application/json"


def test_json_body_is_dumped_by_wire_name_with_only_the_fields_set(make) -> None:
    handler, seen = capture(json={})
    item = LineItem(description="Tyres", quantity=2)
    call = Call(method="POST", path="/items", operation_id="add", json=item)
    make(handler).request(call)
    assert json.loads(seen[0].content) == {"description": "Tyres", "quantity": 2}
    assert seen[0].headers["content-type"] == "application/json"
    item2 = LineItem(description="Tyres", quantity=2, unit_price="20.00")
    make(handler).request(Call(method="POST", path="/items", operation_id="add", json=[item2]))
    assert json.loads(seen[1].content) == [
        {"description": "Tyres", "quantity": 2, "unitPrice": "20.00"}
    ]


def test_form_multipart_and_raw_bodies(make) -> None:
    handler, seen = capture(json={})
    harness = make(handler)
    harness.request(Call(method="POST", path="/t", operation_id="f", form={"a": "1", "b": None}))
    assert seen[0].content == b"a=1"
    assert seen[0].headers["content-type"] == "application/x-www-form-urlencoded"
    harness.request(
        Call(
            method="POST",
            path="/t",
            operation_id="m",
            files={"file": ("a.txt", b"hello", "text/plain"), "note": "n1"},
            content_type="multipart/form-data",
        )
    )
    assert seen[1].headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="note"' in seen[1].content and b"hello" in seen[1].content
    harness.request(Call(method="PUT", path="/t", operation_id="r", content=b"\x00\x01"))
    assert seen[2].content == b"\x00\x01"
    assert seen[2].headers["content-type"] == "application/octet-stream"


def test_header_precedence_defaults_then_call_then_extra_headers(make) -> None:
    handler, seen = capture(json={"invoiceId": "x", "status": "paid"})
    harness = make(
        handler,
        default_headers={"X-Env": "default", "X-Keep": "kept"},
        user_agent="rtpkg/1.0",
    )
    call = invoice_call(headers=[Param("X-Env", "call", style="simple")])
    harness.request(call, {"extra_headers": {"X-Env": "extra"}, "extra_query": {"debug": "1"}})
    request = seen[0]
    assert request.headers["x-env"] == "extra"
    assert request.headers["x-keep"] == "kept"
    assert request.headers["user-agent"] == "rtpkg/1.0"
    assert request.url.params["debug"] == "1"


def test_unknown_request_option_is_refused(make) -> None:
    handler, seen = capture(json={})
    with pytest.raises(TypeError, match="max_retry"):
        make(handler).request(invoice_call(), {"max_retry": 1})
    assert seen == []


def test_timeouts_default_per_client_and_per_call(make) -> None:
    handler, seen = capture(json={"invoiceId": "x", "status": "paid"})
    make(handler).request(invoice_call())
    assert seen[0].extensions["timeout"] == {
        "connect": 10.0,
        "read": 60.0,
        "write": 60.0,
        "pool": 60.0,
    }
    make(handler, timeout=5.0).request(invoice_call())
    assert seen[1].extensions["timeout"]["read"] == 5.0
    assert seen[1].extensions["timeout"]["connect"] == 5.0
    make(handler, timeout=5.0).request(invoice_call(), {"timeout": httpx.Timeout(1.5)})
    assert seen[2].extensions["timeout"]["read"] == 1.5


# -- responses --------------------------------------------------------------------------


def test_raw_response_is_available_next_to_the_typed_result(make) -> None:
    handler, seen = capture(
        json={"invoiceId": "inv_1", "status": "paid"},
        headers={"X-Request-Id": "req_123", "x-ratelimit-remaining": "9"},
    )
    result: ApiResponse[Invoice] = make(handler).request(invoice_call())
    assert isinstance(result.data, Invoice)
    assert result.data.status is Status.PAID
    assert result.status_code == 200
    assert result.request_id == "req_123"
    assert result.headers["x-request-id"] == "req_123"
    assert json.loads(result.content) == {"invoiceId": "inv_1", "status": "paid"}
    assert json.loads(result.text) == {"invoiceId": "inv_1", "status": "paid"}
    assert result.rate_limit is not None and result.rate_limit.remaining == 9
    assert result.retries_taken == 0
    assert result.elapsed >= 0
    assert len(seen) == 1


def test_response_with_extra_field_and_unknown_enum_value_parses_and_keeps_them(make) -> None:
    handler, _ = capture(json={"invoiceId": "inv_1", "status": "voided", "riskScore": 0.3})
    invoice = make(handler).request(invoice_call()).data
    assert invoice.model_extra == {"riskScore": 0.3}
    assert isinstance(invoice.status, Status)
    assert invoice.status.value == "voided"
    assert invoice.model_dump(mode="json") == {
        "invoiceId": "inv_1",
        "status": "voided",
        "riskScore": 0.3,
    }


def test_strict_response_model_accepts_an_added_field(make) -> None:
    handler, _ = capture(json=[{"description": "a", "quantity": 1, "discount": "5%"}])
    call = Call(
        method="GET",
        path="/items",
        operation_id="items",
        responses={"2XX": ResponseSpec(list[LineItem], "json")},
    )
    items = make(handler).request(call).data
    assert items[0].model_extra == {"discount": "5%"}


def test_response_spec_is_chosen_by_status_then_range_then_default(make) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return {
            "/a": httpx.Response(201, text="created"),
            "/b": httpx.Response(202, content=b"\x89PNG"),
            "/c": httpx.Response(304),
        }[request.url.path.removeprefix("/v1")]

    responses = {
        "201": ResponseSpec(str, "text"),
        "2XX": ResponseSpec(bytes, "binary"),
        "default": ResponseSpec(None, "empty"),
    }
    harness = make(handler)
    results = [
        harness.request(Call(method="GET", path=p, operation_id="x", responses=responses)).data
        for p in ("/a", "/b", "/c")
    ]
    assert results == ["created", b"\x89PNG", None]


def test_success_body_not_matching_its_type_is_kept_and_logged(make, caplog) -> None:
    handler, _ = capture(json={"invoiceId": 5}, headers={"request-id": "r9"})
    with caplog.at_level(logging.WARNING, logger="rtpkg"):
        data = make(handler).request(invoice_call()).data
    assert type(data) is Invoice and data.invoice_id == 5
    assert data.status is None and "status" not in data.model_fields_set  # required, not sent
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert "getInvoice: the 200 response of GET" in record.getMessage()
    assert "(request id r9)" in record.getMessage()
    assert record.getMessage().endswith(
        "kept: $.invoiceId: Input should be a valid string; $.status: Field required"
    )


def test_success_body_not_matching_its_type_raises_when_strict(make) -> None:
    handler, _ = capture(json={"invoiceId": 5}, headers={"request-id": "r9"})
    with pytest.raises(ResponseValidationError) as info:
        make(handler, strict_response_validation=True).request(invoice_call())
    error = info.value
    assert error.body == {"invoiceId": 5}
    assert "status" in str(error) and "r9" in str(error)
    assert error.response.status_code == 200


def test_error_class_by_exact_status_then_range_then_general(make) -> None:
    errors = {"429": TooManyRequests, "409": Conflicting, "4XX": AnyClientError}

    def handler(request: httpx.Request) -> httpx.Response:
        status = int(request.url.path.rsplit("/", 1)[1])
        return httpx.Response(status, json={"error": "E", "message": "m"})

    harness = make(handler, errors=errors, max_retries=0)
    raised = {}
    for status in (409, 429, 418, 500):
        with pytest.raises(ApiStatusError) as info:
            harness.request(Call(method="GET", path=f"/s/{status}", operation_id="s"))
        raised[status] = type(info.value)
    assert raised == {
        409: Conflicting,
        429: TooManyRequests,
        418: AnyClientError,
        500: ServerStatusError,
    }


def test_status_error_carries_parsed_body_headers_request_id_and_rate_limit(make) -> None:
    handler, _ = capture(
        409,
        json={"error": "ConflictError", "message": "invoice exists", "extra": 1},
        headers={
            "x-request-id": "req_9",
            "x-rate-limiter-minutely-limit": "25",
            "x-rate-limiter-minutely-usage": "3",
        },
    )
    call = invoice_call(method="POST", error_bodies={"409": Conflict})
    with pytest.raises(ClientStatusError) as info:
        make(handler).request(call)
    error = info.value
    assert error.status_code == 409
    assert isinstance(error.body, Conflict) and error.body.message == "invoice exists"
    assert error.request_id == "req_9"
    assert error.headers["x-request-id"] == "req_9"
    assert error.response.status_code == 409
    assert error.rate_limit is not None and error.rate_limit.remaining == 22
    text = str(error)
    assert "409" in text and "POST" in text and "https://api.example.test/v1/invoices/inv_1" in text
    assert "req_9" in text


def test_error_body_falls_back_to_json_then_text(make) -> None:
    harness = make(lambda r: httpx.Response(400, json={"unexpected": True}), max_retries=0)
    with pytest.raises(ClientStatusError) as info:
        harness.request(invoice_call(error_bodies={"400": Conflict}))
    assert info.value.body == {"unexpected": True}
    harness = make(lambda r: httpx.Response(502, text="<html>Bad gateway</html>"), max_retries=0)
    with pytest.raises(ServerStatusError) as info2:
        harness.request(invoice_call(error_bodies={"default": Conflict}))
    assert info2.value.body == "<html>Bad gateway</html>"


# -- lifecycle ---------------------------------------------------------------------------


def _config() -> ClientConfig:
    return ClientConfig(base_url="https://api.example.test", auth={}, errors={}, logger_name="t")


def test_sync_core_closes_only_the_client_it_created() -> None:
    with SyncCore(_config()) as core:
        own = core.http_client
    assert own.is_closed
    given = httpx.Client()
    with SyncCore(_config(), given):
        pass
    assert not given.is_closed
    given.close()


def test_async_core_closes_only_the_client_it_created() -> None:
    import asyncio

    async def scenario() -> tuple[bool, bool]:
        async with AsyncCore(_config()) as core:
            own = core.http_client
        given = httpx.AsyncClient()
        async with AsyncCore(_config(), given):
            pass
        closed = given.is_closed
        await given.aclose()
        return own.is_closed, closed

    assert asyncio.run(scenario()) == (True, False)


def test_sync_core_makes_its_client_once_at_first_use_even_from_many_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    made: list[httpx.Client] = []
    real = httpx.Client

    def counting(*args: Any, **kwargs: Any) -> httpx.Client:
        made.append(real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(httpx, "Client", counting)
    core = SyncCore(_config())
    assert made == []  # nothing made until a request needs it
    with ThreadPoolExecutor(8) as pool:
        seen = set(pool.map(lambda _: id(core.http_client), range(32)))
    assert len(made) == 1 and seen == {id(made[0])}
    core.close()
    assert made[0].is_closed


def test_wrong_kind_of_http_client_is_refused() -> None:
    with pytest.raises(TypeError, match="httpx.Client"):
        SyncCore(_config(), httpx.AsyncClient())  # type: ignore[arg-type]


@pytest.mark.parametrize("url", ["api.example.test", "ftp://x", "/relative"])
def test_base_url_must_be_absolute_http(url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        ClientConfig(base_url=url, auth={}, errors={}, logger_name="t")


def test_sync_core_is_shared_by_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"invoiceId": request.url.path[-3:], "status": "paid"})

    client = httpx.Client(transport=httpx.MockTransport(handler))
    core = SyncCore(_config(), client)
    ids = [f"i{n:02d}" for n in range(40)]
    with ThreadPoolExecutor(8) as pool:
        results = list(
            pool.map(lambda i: core.request(invoice_call(path_params={"invoice_id": i})), ids)
        )
    assert [r.data.invoice_id for r in results] == ids
    client.close()


def test_async_core_is_shared_by_tasks() -> None:
    import asyncio

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"invoiceId": request.url.path[-3:], "status": "paid"})

    async def scenario() -> list[str]:
        client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with AsyncCore(_config(), client) as core:
            calls = [
                core.request(invoice_call(path_params={"invoice_id": f"i{n:02d}"}))
                for n in range(40)
            ]
            results = await asyncio.gather(*calls)
        await client.aclose()
        return [r.data.invoice_id for r in results]

    assert asyncio.run(scenario()) == [f"i{n:02d}" for n in range(40)]


# -- redirects ---------------------------------------------------------------------------


def test_same_origin_redirect_is_followed_with_credentials(make) -> None:
    from rtpkg._runtime import ApiKeyAuth

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        if request.url.path == "/v1/invoices":
            return httpx.Response(303, headers={"Location": "/v1/invoices/inv_9?view=full"})
        return httpx.Response(200, json={"invoiceId": "inv_9", "status": "draft"})

    auth = {"K": ApiKeyAuth("k-123", name="x-api-key", location="header")}
    call = Call(
        method="POST",
        path="/invoices",
        operation_id="create",
        json={"a": 1},
        responses={"200": ResponseSpec(Invoice, "json")},
        security=[["K"]],
    )
    result = make(handler, auth=auth).request(call)
    assert result.data.invoice_id == "inv_9"
    assert result.retries_taken == 0
    follow = seen[1]
    assert (follow.method, str(follow.url)) == (
        "GET",
        "https://api.example.test/v1/invoices/inv_9?view=full",
    )
    assert follow.content == b"" and "content-type" not in follow.headers
    assert follow.headers["x-api-key"] == "k-123"


def test_redirect_to_another_host_is_not_followed(make) -> None:
    from rtpkg._runtime import ApiKeyAuth

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "https://elsewhere.test/collect"})

    auth = {"K": ApiKeyAuth("k-123", name="x-api-key", location="header")}
    with pytest.raises(ApiStatusError) as info:
        make(handler, auth=auth).request(invoice_call(security=[["K"]]))
    assert len(seen) == 1
    assert type(info.value) is ApiStatusError
    assert info.value.status_code == 302
    assert "https://elsewhere.test/collect: not followed" in str(info.value)


def test_redirect_loop_stops(make) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(307, headers={"Location": request.url.path})

    with pytest.raises(ApiStatusError, match="too many redirects"):
        make(handler).request(invoice_call())
    assert len(seen) == 6


def test_documented_redirect_is_a_result(make) -> None:
    handler, seen = capture(302, headers={"Location": "https://files.test/x.pdf"})
    call = invoice_call(responses={"302": ResponseSpec(None, "empty")})
    result = make(handler).request(call)
    assert result.status_code == 302
    assert result.headers["location"] == "https://files.test/x.pdf"
    assert len(seen) == 1


def test_status_error_survives_pickling(make) -> None:
    import pickle

    handler, _ = capture(
        409, json={"error": "ConflictError", "message": "exists"}, headers={"x-request-id": "r-1"}
    )
    with pytest.raises(Conflicting) as info:
        make(handler, errors={"409": Conflicting}).request(invoice_call())
    copy = pickle.loads(pickle.dumps(info.value))
    assert type(copy) is Conflicting
    assert (copy.status_code, copy.request_id, copy.body) == (409, "r-1", info.value.body)
    assert str(copy) == str(info.value)
