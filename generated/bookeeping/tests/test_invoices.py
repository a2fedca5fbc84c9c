"""Tests of the `invoices` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
from datetime import datetime

import httpx
import pytest

from bookeeping import AsyncClient, Client
from bookeeping.errors import AuthenticationError, BadRequestError, ConflictError, RateLimitError
from bookeeping.models import (
    CreateInvoiceAuthenticationErrorBody,
    CreateInvoiceBadRequestErrorBody,
    CreateInvoiceConflictErrorBody,
    CreateInvoiceRateLimitErrorBody,
    CreateInvoiceResponse,
    Discount,
    DiscountType,
    LineItem,
    Tax,
    TaxType,
)

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
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/v1/invoices"
    assert request.headers["authorization"] == "Bearer test-api_key"


def test_invoices_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.invoices.create(
            discount=Discount(type=DiscountType("PERCENTAGE"), value=1.5),
            invoice_date=datetime.fromisoformat("2024-01-02T03:04:05Z"),
            due_date=datetime.fromisoformat("2024-01-02T03:04:05Z"),
            line_items=[
                LineItem(
                    id="xxxxxx",
                    name="xxxxxx",
                    quantity=1.5,
                    unit_price=1.5,
                    tax=Tax(type=TaxType("PERCENTAGE"), value=1.5),
                    discount=Discount(type=DiscountType("PERCENTAGE"), value=1.5),
                )
            ],
            note="xxxxxx",
            counter_party="000000000000000000000000",
            invoice_id="xxxxxx",
            currency="xxxxxx",
        )
    assert len(seen) == 1
    _check_invoices_create(seen[0])
    assert isinstance(result, CreateInvoiceResponse)


def test_invoices_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.invoices.create(
                discount=Discount(type=DiscountType("PERCENTAGE"), value=1.5),
                invoice_date=datetime.fromisoformat("2024-01-02T03:04:05Z"),
                due_date=datetime.fromisoformat("2024-01-02T03:04:05Z"),
                line_items=[
                    LineItem(
                        id="xxxxxx",
                        name="xxxxxx",
                        quantity=1.5,
                        unit_price=1.5,
                        tax=Tax(type=TaxType("PERCENTAGE"), value=1.5),
                        discount=Discount(type=DiscountType("PERCENTAGE"), value=1.5),
                    )
                ],
                note="xxxxxx",
                counter_party="000000000000000000000000",
                invoice_id="xxxxxx",
                currency="xxxxxx",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_create(seen[0])
    assert isinstance(result, CreateInvoiceResponse)


def test_invoices_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.invoices.create(
            discount=Discount(type=DiscountType("PERCENTAGE"), value=1.5),
            invoice_date=datetime.fromisoformat("2024-01-02T03:04:05Z"),
            due_date=datetime.fromisoformat("2024-01-02T03:04:05Z"),
            line_items=[
                LineItem(
                    id="xxxxxx",
                    name="xxxxxx",
                    quantity=1.5,
                    unit_price=1.5,
                    tax=Tax(type=TaxType("PERCENTAGE"), value=1.5),
                    discount=Discount(type=DiscountType("PERCENTAGE"), value=1.5),
                )
            ],
            note="xxxxxx",
            counter_party="000000000000000000000000",
            invoice_id="xxxxxx",
            currency="xxxxxx",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, CreateInvoiceBadRequestErrorBody)


def test_invoices_create_401_raises_AuthenticationError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(401, {}, seen)) as client, pytest.raises(AuthenticationError) as caught:
        client.invoices.create(
            discount=Discount(type=DiscountType("PERCENTAGE"), value=1.5),
            invoice_date=datetime.fromisoformat("2024-01-02T03:04:05Z"),
            due_date=datetime.fromisoformat("2024-01-02T03:04:05Z"),
            line_items=[
                LineItem(
                    id="xxxxxx",
                    name="xxxxxx",
                    quantity=1.5,
                    unit_price=1.5,
                    tax=Tax(type=TaxType("PERCENTAGE"), value=1.5),
                    discount=Discount(type=DiscountType("PERCENTAGE"), value=1.5),
                )
            ],
            note="xxxxxx",
            counter_party="000000000000000000000000",
            invoice_id="xxxxxx",
            currency="xxxxxx",
        )
    assert caught.value.status_code == 401
    assert isinstance(caught.value.body, CreateInvoiceAuthenticationErrorBody)


def test_invoices_create_409_raises_ConflictError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(409, {}, seen)) as client, pytest.raises(ConflictError) as caught:
        client.invoices.create(
            discount=Discount(type=DiscountType("PERCENTAGE"), value=1.5),
            invoice_date=datetime.fromisoformat("2024-01-02T03:04:05Z"),
            due_date=datetime.fromisoformat("2024-01-02T03:04:05Z"),
            line_items=[
                LineItem(
                    id="xxxxxx",
                    name="xxxxxx",
                    quantity=1.5,
                    unit_price=1.5,
                    tax=Tax(type=TaxType("PERCENTAGE"), value=1.5),
                    discount=Discount(type=DiscountType("PERCENTAGE"), value=1.5),
                )
            ],
            note="xxxxxx",
            counter_party="000000000000000000000000",
            invoice_id="xxxxxx",
            currency="xxxxxx",
        )
    assert caught.value.status_code == 409
    assert isinstance(caught.value.body, CreateInvoiceConflictErrorBody)


def test_invoices_create_429_raises_RateLimitError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(429, {}, seen)) as client, pytest.raises(RateLimitError) as caught:
        client.invoices.create(
            discount=Discount(type=DiscountType("PERCENTAGE"), value=1.5),
            invoice_date=datetime.fromisoformat("2024-01-02T03:04:05Z"),
            due_date=datetime.fromisoformat("2024-01-02T03:04:05Z"),
            line_items=[
                LineItem(
                    id="xxxxxx",
                    name="xxxxxx",
                    quantity=1.5,
                    unit_price=1.5,
                    tax=Tax(type=TaxType("PERCENTAGE"), value=1.5),
                    discount=Discount(type=DiscountType("PERCENTAGE"), value=1.5),
                )
            ],
            note="xxxxxx",
            counter_party="000000000000000000000000",
            invoice_id="xxxxxx",
            currency="xxxxxx",
        )
    assert caught.value.status_code == 429
    assert isinstance(caught.value.body, CreateInvoiceRateLimitErrorBody)
