"""Tests of the `prepayments` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import (
    Allocation,
    Allocations,
    Error,
    HistoryRecord,
    HistoryRecords,
    Invoice,
    Prepayments,
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


def _check_prepayments_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Prepayments"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_prepayments_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.prepayments.list(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_prepayments_list(seen[0])
    assert isinstance(result, Prepayments)


def test_prepayments_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.prepayments.list(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_prepayments_list(seen[0])
    assert isinstance(result, Prepayments)


def _check_prepayments_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Prepayments/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_prepayments_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.prepayments.get(
            prepayment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_prepayments_get(seen[0])
    assert isinstance(result, Prepayments)


def test_prepayments_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.prepayments.get(
                prepayment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_prepayments_get(seen[0])
    assert isinstance(result, Prepayments)


def test_prepayments_create_allocations_request_example_round_trips() -> None:
    example: object = {
        "Allocations": [
            {
                "Invoice": {"LineItems": [], "InvoiceID": "00000000-0000-0000-0000-000000000000"},
                "Amount": 1,
                "Date": "2019-01-10",
            }
        ]
    }
    model = Allocations.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_prepayments_create_allocations(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Prepayments/00000000-0000-4000-8000-000000000000/Allocations"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Allocations": [
            {
                "Invoice": {"LineItems": [], "InvoiceID": "00000000-0000-0000-0000-000000000000"},
                "Amount": 1,
                "Date": "2019-01-10",
            }
        ]
    }


def test_prepayments_create_allocations_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.prepayments.create_allocations(
            prepayment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            allocations=[
                Allocation(
                    invoice=Invoice(
                        line_items=[], invoice_id=UUID("00000000-0000-0000-0000-000000000000")
                    ),
                    amount=1,
                    date="2019-01-10",
                )
            ],
        )
    assert len(seen) == 1
    _check_prepayments_create_allocations(seen[0])
    assert isinstance(result, Allocations)


def test_prepayments_create_allocations_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.prepayments.create_allocations(
                prepayment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                allocations=[
                    Allocation(
                        invoice=Invoice(
                            line_items=[], invoice_id=UUID("00000000-0000-0000-0000-000000000000")
                        ),
                        amount=1,
                        date="2019-01-10",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_prepayments_create_allocations(seen[0])
    assert isinstance(result, Allocations)


def test_prepayments_create_allocations_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.prepayments.create_allocations(
            prepayment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            allocations=[
                Allocation(
                    invoice=Invoice(
                        line_items=[], invoice_id=UUID("00000000-0000-0000-0000-000000000000")
                    ),
                    amount=1,
                    date="2019-01-10",
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_prepayments_delete_allocations(request: httpx.Request) -> None:
    assert request.method == "DELETE"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/Prepayments/00000000-0000-4000-8000-000000000000/Allocations/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_prepayments_delete_allocations_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {"Amount": 1.5, "Invoice": {}, "Date": "xxxxxx"}, seen)) as client:
        result = client.prepayments.delete_allocations(
            prepayment_id=UUID("00000000-0000-4000-8000-000000000000"),
            allocation_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_prepayments_delete_allocations(seen[0])
    assert isinstance(result, Allocation)


def test_prepayments_delete_allocations_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(200, {"Amount": 1.5, "Invoice": {}, "Date": "xxxxxx"}, seen)
        ) as client:
            return await client.prepayments.delete_allocations(
                prepayment_id=UUID("00000000-0000-4000-8000-000000000000"),
                allocation_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_prepayments_delete_allocations(seen[0])
    assert isinstance(result, Allocation)


def _check_prepayments_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Prepayments/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_prepayments_get_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.prepayments.get_history(
            prepayment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_prepayments_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_prepayments_get_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.prepayments.get_history(
                prepayment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_prepayments_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_prepayments_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_prepayments_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Prepayments/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_prepayments_create_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.prepayments.create_history(
            prepayment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_prepayments_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_prepayments_create_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.prepayments.create_history(
                prepayment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_prepayments_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_prepayments_create_history_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.prepayments.create_history(
            prepayment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
