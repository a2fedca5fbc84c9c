"""Tests of the `payments` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import (
    Account,
    Error,
    HistoryRecord,
    HistoryRecords,
    Invoice,
    Payment,
    Payments,
)

BASE_URL = "https://api.example.test/base"


def _client(handler: httpx.MockTransport) -> Client:
    return Client(
        access_token="test-access_token",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.Client(transport=handler),
    )


def _async_client(handler: httpx.MockTransport) -> AsyncClient:
    return AsyncClient(
        access_token="test-access_token",
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


def _check_payments_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Payments"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_payments_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.payments.list(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_payments_list(seen[0])
    assert isinstance(result, Payments)


def test_payments_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.payments.list(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_payments_list(seen[0])
    assert isinstance(result, Payments)


def test_payments_create_payments_request_example_round_trips() -> None:
    example: object = {
        "Payments": [
            {
                "Invoice": {"LineItems": [], "InvoiceID": "00000000-0000-0000-0000-000000000000"},
                "Account": {"Code": "970"},
                "Date": "2019-03-12",
                "Amount": 1,
            }
        ]
    }
    model = Payments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_payments_create_payments(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Payments"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Payments": [
            {
                "Invoice": {"LineItems": [], "InvoiceID": "00000000-0000-0000-0000-000000000000"},
                "Account": {"Code": "970"},
                "Date": "2019-03-12",
                "Amount": 1,
            }
        ]
    }


def test_payments_create_payments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.payments.create_payments(
            xero_tenant_id="my-xero-tenant-id",
            payments=[
                Payment(
                    invoice=Invoice(
                        line_items=[], invoice_id=UUID("00000000-0000-0000-0000-000000000000")
                    ),
                    account=Account(code="970"),
                    date="2019-03-12",
                    amount=1,
                )
            ],
        )
    assert len(seen) == 1
    _check_payments_create_payments(seen[0])
    assert isinstance(result, Payments)


def test_payments_create_payments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.payments.create_payments(
                xero_tenant_id="my-xero-tenant-id",
                payments=[
                    Payment(
                        invoice=Invoice(
                            line_items=[], invoice_id=UUID("00000000-0000-0000-0000-000000000000")
                        ),
                        account=Account(code="970"),
                        date="2019-03-12",
                        amount=1,
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_payments_create_payments(seen[0])
    assert isinstance(result, Payments)


def test_payments_create_payments_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.payments.create_payments(
            xero_tenant_id="my-xero-tenant-id",
            payments=[
                Payment(
                    invoice=Invoice(
                        line_items=[], invoice_id=UUID("00000000-0000-0000-0000-000000000000")
                    ),
                    account=Account(code="970"),
                    date="2019-03-12",
                    amount=1,
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_payments_create_payment(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Payments"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_payments_create_payment_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.payments.create_payment(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_payments_create_payment(seen[0])
    assert isinstance(result, Payments)


def test_payments_create_payment_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.payments.create_payment(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_payments_create_payment(seen[0])
    assert isinstance(result, Payments)


def test_payments_create_payment_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.payments.create_payment(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_payments_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Payments/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_payments_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.payments.get(
            payment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_payments_get(seen[0])
    assert isinstance(result, Payments)


def test_payments_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.payments.get(
                payment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_payments_get(seen[0])
    assert isinstance(result, Payments)


def _check_payments_delete(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Payments/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_payments_delete_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.payments.delete(
            payment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            status="xxxxxx",
        )
    assert len(seen) == 1
    _check_payments_delete(seen[0])
    assert isinstance(result, Payments)


def test_payments_delete_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.payments.delete(
                payment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                status="xxxxxx",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_payments_delete(seen[0])
    assert isinstance(result, Payments)


def test_payments_delete_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.payments.delete(
            payment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            status="xxxxxx",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_payments_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Payments/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_payments_get_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.payments.get_history(
            payment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_payments_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_payments_get_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.payments.get_history(
                payment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_payments_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_payments_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_payments_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Payments/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_payments_create_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.payments.create_history(
            payment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_payments_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_payments_create_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.payments.create_history(
                payment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_payments_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_payments_create_history_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.payments.create_history(
            payment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
