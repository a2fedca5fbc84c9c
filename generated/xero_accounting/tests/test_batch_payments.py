"""Tests of the `batch_payments` operations, generated from the document's examples."""

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
    BatchPayment,
    BatchPaymentDelete,
    BatchPaymentDeleteByUrlParam,
    BatchPayments,
    Contact,
    Error,
    HistoryRecord,
    HistoryRecords,
    Invoice,
    InvoiceType,
    Payment,
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


def _check_batch_payments_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/BatchPayments"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_batch_payments_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.batch_payments.list(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_batch_payments_list(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.batch_payments.list(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_batch_payments_list(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_create_request_example_round_trips() -> None:
    example: object = {
        "BatchPayments": [
            {
                "Account": {"AccountID": "00000000-0000-0000-0000-000000000000"},
                "Reference": "ref",
                "Date": "2018-08-01",
                "Payments": [
                    {
                        "Account": {"Code": "001"},
                        "Date": "2019-12-31",
                        "Amount": 500,
                        "Invoice": {
                            "InvoiceID": "00000000-0000-0000-0000-000000000000",
                            "LineItems": [],
                            "Contact": {},
                            "Type": "ACCPAY",
                        },
                    }
                ],
            }
        ]
    }
    model = BatchPayments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_batch_payments_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/BatchPayments"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "BatchPayments": [
            {
                "Account": {"AccountID": "00000000-0000-0000-0000-000000000000"},
                "Reference": "ref",
                "Date": "2018-08-01",
                "Payments": [
                    {
                        "Account": {"Code": "001"},
                        "Date": "2019-12-31",
                        "Amount": 500,
                        "Invoice": {
                            "InvoiceID": "00000000-0000-0000-0000-000000000000",
                            "LineItems": [],
                            "Contact": {},
                            "Type": "ACCPAY",
                        },
                    }
                ],
            }
        ]
    }


def test_batch_payments_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.batch_payments.create(
            xero_tenant_id="my-xero-tenant-id",
            batch_payments=[
                BatchPayment(
                    account=Account(account_id=UUID("00000000-0000-0000-0000-000000000000")),
                    reference="ref",
                    date="2018-08-01",
                    payments=[
                        Payment(
                            account=Account(code="001"),
                            date="2019-12-31",
                            amount=500,
                            invoice=Invoice(
                                invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                                line_items=[],
                                contact=Contact(),
                                type=InvoiceType("ACCPAY"),
                            ),
                        )
                    ],
                )
            ],
        )
    assert len(seen) == 1
    _check_batch_payments_create(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.batch_payments.create(
                xero_tenant_id="my-xero-tenant-id",
                batch_payments=[
                    BatchPayment(
                        account=Account(account_id=UUID("00000000-0000-0000-0000-000000000000")),
                        reference="ref",
                        date="2018-08-01",
                        payments=[
                            Payment(
                                account=Account(code="001"),
                                date="2019-12-31",
                                amount=500,
                                invoice=Invoice(
                                    invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                                    line_items=[],
                                    contact=Contact(),
                                    type=InvoiceType("ACCPAY"),
                                ),
                            )
                        ],
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_batch_payments_create(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.batch_payments.create(
            xero_tenant_id="my-xero-tenant-id",
            batch_payments=[
                BatchPayment(
                    account=Account(account_id=UUID("00000000-0000-0000-0000-000000000000")),
                    reference="ref",
                    date="2018-08-01",
                    payments=[
                        Payment(
                            account=Account(code="001"),
                            date="2019-12-31",
                            amount=500,
                            invoice=Invoice(
                                invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                                line_items=[],
                                contact=Contact(),
                                type=InvoiceType("ACCPAY"),
                            ),
                        )
                    ],
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_batch_payments_delete_request_example_round_trips() -> None:
    example: object = {
        "BatchPaymentID": "9bf296e9-0748-4d29-a3dc-24dde1098030",
        "Status": "DELETED",
    }
    model = BatchPaymentDelete.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_batch_payments_delete(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/BatchPayments"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "BatchPaymentID": "9bf296e9-0748-4d29-a3dc-24dde1098030",
        "Status": "DELETED",
    }


def test_batch_payments_delete_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.batch_payments.delete(
            xero_tenant_id="my-xero-tenant-id",
            batch_payment_id=UUID("9bf296e9-0748-4d29-a3dc-24dde1098030"),
            status="DELETED",
        )
    assert len(seen) == 1
    _check_batch_payments_delete(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_delete_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.batch_payments.delete(
                xero_tenant_id="my-xero-tenant-id",
                batch_payment_id=UUID("9bf296e9-0748-4d29-a3dc-24dde1098030"),
                status="DELETED",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_batch_payments_delete(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_delete_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.batch_payments.delete(
            xero_tenant_id="my-xero-tenant-id",
            batch_payment_id=UUID("9bf296e9-0748-4d29-a3dc-24dde1098030"),
            status="DELETED",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_batch_payments_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BatchPayments/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_batch_payments_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.batch_payments.get(
            batch_payment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_batch_payments_get(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.batch_payments.get(
                batch_payment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_batch_payments_get(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_delete_by_url_param_request_example_round_trips() -> None:
    example: object = {"Status": "DELETED"}
    model = BatchPaymentDeleteByUrlParam.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_batch_payments_delete_by_url_param(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BatchPayments/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"Status": "DELETED"}


def test_batch_payments_delete_by_url_param_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.batch_payments.delete_by_url_param(
            batch_payment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            status="DELETED",
        )
    assert len(seen) == 1
    _check_batch_payments_delete_by_url_param(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_delete_by_url_param_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.batch_payments.delete_by_url_param(
                batch_payment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                status="DELETED",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_batch_payments_delete_by_url_param(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_delete_by_url_param_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.batch_payments.delete_by_url_param(
            batch_payment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            status="DELETED",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_batch_payments_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BatchPayments/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_batch_payments_get_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.batch_payments.get_history(
            batch_payment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_batch_payments_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_batch_payments_get_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.batch_payments.get_history(
                batch_payment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_batch_payments_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_batch_payments_create_history_record_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_batch_payments_create_history_record(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BatchPayments/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_batch_payments_create_history_record_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.batch_payments.create_history_record(
            batch_payment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_batch_payments_create_history_record(seen[0])
    assert isinstance(result, HistoryRecords)


def test_batch_payments_create_history_record_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.batch_payments.create_history_record(
                batch_payment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_batch_payments_create_history_record(seen[0])
    assert isinstance(result, HistoryRecords)


def test_batch_payments_create_history_record_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.batch_payments.create_history_record(
            batch_payment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
