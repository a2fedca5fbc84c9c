"""Tests of the `invoices` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from coperniq import AsyncClient, Client
from coperniq.errors import AuthenticationError, BadRequestError
from coperniq.models import CalculationMethod, CreateInvoiceResponse

BASE_URL = "https://api.example.test/base"


def _client(handler: httpx.MockTransport) -> Client:
    return Client(
        api_key="test-api_key",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.Client(transport=handler),
    )


def _async_client(handler: httpx.MockTransport) -> AsyncClient:
    return AsyncClient(
        api_key="test-api_key",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.AsyncClient(transport=handler),
    )


def _answer(status: int, body: object, seen: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if body is None:
            return httpx.Response(status)
        if isinstance(body, str) and not body.startswith(("{", "[")):
            return httpx.Response(status, content=body.encode())
        return httpx.Response(status, json=body)

    return httpx.MockTransport(handle)


def _check_invoices_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/invoices"
    assert request.headers["x-api-key"] == "test-api_key"


def test_invoices_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.invoices.create(
            record_id=1,
            calculation_method=CalculationMethod("LINE_ITEMS"),
            line_items=[{}],
        )
    assert len(seen) == 1
    _check_invoices_create(seen[0])
    assert isinstance(result, CreateInvoiceResponse)


def test_invoices_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.invoices.create(
                record_id=1,
                calculation_method=CalculationMethod("LINE_ITEMS"),
                line_items=[{}],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_create(seen[0])
    assert isinstance(result, CreateInvoiceResponse)


def test_invoices_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with (
        _client(_answer(400, {"message": "error"}, seen)) as client,
        pytest.raises(BadRequestError) as caught,
    ):
        client.invoices.create(
            record_id=1,
            calculation_method=CalculationMethod("LINE_ITEMS"),
            line_items=[{}],
        )
    assert caught.value.status_code == 400


def test_invoices_create_401_raises_AuthenticationError() -> None:
    seen: list[httpx.Request] = []
    with (
        _client(_answer(401, {"message": "error"}, seen)) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.invoices.create(
            record_id=1,
            calculation_method=CalculationMethod("LINE_ITEMS"),
            line_items=[{}],
        )
    assert caught.value.status_code == 401
