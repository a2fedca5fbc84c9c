"""`send`, what every generated resource method calls, returns the data alone: it skips what
only `request` returns (rate limit, request id, the response object) but decides, retries,
raises and warns exactly as `request` does. And the request's headers are the same however
they reach httpx's request."""

from __future__ import annotations

import enum
import logging
from typing import Any

import httpx
import pytest
from pydantic import Field
from rtpkg._runtime import (
    ApiKeyAuth,
    BaseModel,
    Call,
    ClientConfig,
    ClientStatusError,
    Param,
    ResponseSpec,
    ResponseValidationError,
    SyncCore,
)


class Invoice(BaseModel):
    invoice_id: str = Field(alias="invoiceId")


def _call(**kw: Any) -> Call[Invoice]:
    values: dict[str, Any] = {
        "method": "GET",
        "path": "/invoices/1",
        "operation_id": "getInvoice",
        "responses": {"200": ResponseSpec(Invoice, "json")},
        "security": [["ApiKey"]],
    }
    return Call(**{**values, **kw})


def _answers(*responses: httpx.Response) -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return queue.pop(0)

    return handler, seen


def test_send_returns_the_data_request_returns(make) -> None:
    body = {"invoiceId": "inv_1", "extra": True}
    handler, _ = _answers(httpx.Response(200, json=body), httpx.Response(200, json=body))
    harness = make(handler, auth={"ApiKey": ApiKeyAuth("k", name="X-Key", location="header")})
    data = harness.send(_call())
    whole = harness.request(_call())
    assert type(data) is Invoice and data == whole.data
    assert data.model_extra == {"extra": True}


def test_send_retries_and_raises_as_request_does(make) -> None:
    handler, seen = _answers(
        httpx.Response(503),
        httpx.Response(200, json={"invoiceId": "inv_2"}),
        httpx.Response(404, json={"m": "gone"}, headers={"x-request-id": "r404"}),
    )
    harness = make(handler, auth={"ApiKey": ApiKeyAuth("k", name="X-Key", location="header")})
    assert harness.send(_call()).invoice_id == "inv_2"
    assert len(seen) == 2  # the 503 was retried
    with pytest.raises(ClientStatusError) as info:
        harness.send(_call())
    assert info.value.status_code == 404 and info.value.request_id == "r404"
    assert "r404" in str(info.value)


def test_send_names_the_request_id_when_a_body_deviates(make, caplog) -> None:
    bad = {"invoiceId": 5}
    handler, _ = _answers(
        httpx.Response(200, json=bad, headers={"request-id": "r9"}),
        httpx.Response(200, json=bad, headers={"request-id": "r10"}),
    )
    auth = {"ApiKey": ApiKeyAuth("k", name="X-Key", location="header")}
    with caplog.at_level(logging.WARNING, logger="rtpkg"):
        assert make(handler, auth=auth).send(_call()).invoice_id == 5
    assert "(request id r9)" in caplog.records[0].getMessage()
    with pytest.raises(ResponseValidationError, match="request id r10"):
        make(handler, auth=auth, strict_response_validation=True).send(_call())


def test_the_clients_own_headers_are_overridden_or_kept() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"invoiceId": "x"})

    given = {"User-Agent": "theirs", "Accept": "*/*", "X-Theirs": "kept"}
    http = httpx.Client(transport=httpx.MockTransport(handler), headers=given)
    config = ClientConfig(
        base_url="https://api.example.test/v1",
        auth={"ApiKey": ApiKeyAuth("k", name="X-Key", location="header")},
        errors={},
        logger_name="rtpkg",
        user_agent="ours/1.0",
    )
    core = SyncCore(config, http)
    core.send(_call(headers=[Param("X-Call", "c", style="simple")]))
    with pytest.raises(UnicodeEncodeError):  # as httpx refuses a header that is not ASCII
        core.send(_call(headers=[Param("X-Call", "café", style="simple")]))
    headers = seen[0].headers
    assert headers.get_list("user-agent") == ["ours/1.0"]
    assert headers.get_list("accept") == ["application/json"]
    assert headers["x-theirs"] == "kept" and headers["x-call"] == "c" and headers["x-key"] == "k"
    assert len(seen) == 1


class Color(str, enum.Enum):
    RED = "red"


def test_plain_strings_are_encoded_as_their_style_says(make) -> None:
    handler, seen = _answers(httpx.Response(200, json={"invoiceId": "x"}))
    call = _call(
        security=[],
        query=[
            Param("q", "a b,c&d/é"),
            Param("color", Color.RED),
            Param("piped", "x|y", style="pipeDelimited", explode=False),
        ],
        headers=[Param("X-Color", Color.RED, style="simple"), Param("X-Text", "t t")],
    )
    harness = make(handler)
    harness.send(call)
    request = seen[0]
    assert request.url.query == b"q=a%20b%2Cc%26d%2F%C3%A9&color=red&piped=x%7Cy"
    assert request.headers["x-color"] == "red" and request.headers["x-text"] == "t t"
    with pytest.raises(ValueError, match="deepObject needs an object value"):
        harness.send(_call(security=[], query=[Param("filter", "x", style="deepObject")]))
