"""Tests of the `purchase_orders` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import (
    Attachments,
    Contact,
    Error,
    HistoryRecord,
    HistoryRecords,
    LineItem,
    PurchaseOrder,
    PurchaseOrders,
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


def _check_purchase_orders_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/PurchaseOrders"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.purchase_orders.list(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_purchase_orders_list(seen[0])
    assert isinstance(result, PurchaseOrders)


def test_purchase_orders_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.purchase_orders.list(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_list(seen[0])
    assert isinstance(result, PurchaseOrders)


def test_purchase_orders_create_request_example_round_trips() -> None:
    example: object = {
        "PurchaseOrders": [
            {
                "Contact": {"ContactID": "00000000-0000-0000-0000-000000000000"},
                "LineItems": [
                    {"Description": "Foobar", "Quantity": 1, "UnitAmount": 20, "AccountCode": "710"}
                ],
                "Date": "2019-03-13",
            }
        ]
    }
    model = PurchaseOrders.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_purchase_orders_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/PurchaseOrders"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "PurchaseOrders": [
            {
                "Contact": {"ContactID": "00000000-0000-0000-0000-000000000000"},
                "LineItems": [
                    {"Description": "Foobar", "Quantity": 1, "UnitAmount": 20, "AccountCode": "710"}
                ],
                "Date": "2019-03-13",
            }
        ]
    }


def test_purchase_orders_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.purchase_orders.create(
            xero_tenant_id="my-xero-tenant-id",
            purchase_orders=[
                PurchaseOrder(
                    contact=Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000")),
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=1, unit_amount=20, account_code="710"
                        )
                    ],
                    date="2019-03-13",
                )
            ],
        )
    assert len(seen) == 1
    _check_purchase_orders_create(seen[0])
    assert isinstance(result, PurchaseOrders)


def test_purchase_orders_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.purchase_orders.create(
                xero_tenant_id="my-xero-tenant-id",
                purchase_orders=[
                    PurchaseOrder(
                        contact=Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000")),
                        line_items=[
                            LineItem(
                                description="Foobar", quantity=1, unit_amount=20, account_code="710"
                            )
                        ],
                        date="2019-03-13",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_create(seen[0])
    assert isinstance(result, PurchaseOrders)


def test_purchase_orders_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.purchase_orders.create(
            xero_tenant_id="my-xero-tenant-id",
            purchase_orders=[
                PurchaseOrder(
                    contact=Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000")),
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=1, unit_amount=20, account_code="710"
                        )
                    ],
                    date="2019-03-13",
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_purchase_orders_update_or_create_request_example_round_trips() -> None:
    example: object = {
        "PurchaseOrders": [
            {
                "Contact": {"ContactID": "00000000-0000-0000-0000-000000000000"},
                "LineItems": [
                    {"Description": "Foobar", "Quantity": 1, "UnitAmount": 20, "AccountCode": "710"}
                ],
                "Date": "2019-03-13",
            }
        ]
    }
    model = PurchaseOrders.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_purchase_orders_update_or_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/PurchaseOrders"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "PurchaseOrders": [
            {
                "Contact": {"ContactID": "00000000-0000-0000-0000-000000000000"},
                "LineItems": [
                    {"Description": "Foobar", "Quantity": 1, "UnitAmount": 20, "AccountCode": "710"}
                ],
                "Date": "2019-03-13",
            }
        ]
    }


def test_purchase_orders_update_or_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.purchase_orders.update_or_create(
            xero_tenant_id="my-xero-tenant-id",
            purchase_orders=[
                PurchaseOrder(
                    contact=Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000")),
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=1, unit_amount=20, account_code="710"
                        )
                    ],
                    date="2019-03-13",
                )
            ],
        )
    assert len(seen) == 1
    _check_purchase_orders_update_or_create(seen[0])
    assert isinstance(result, PurchaseOrders)


def test_purchase_orders_update_or_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.purchase_orders.update_or_create(
                xero_tenant_id="my-xero-tenant-id",
                purchase_orders=[
                    PurchaseOrder(
                        contact=Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000")),
                        line_items=[
                            LineItem(
                                description="Foobar", quantity=1, unit_amount=20, account_code="710"
                            )
                        ],
                        date="2019-03-13",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_update_or_create(seen[0])
    assert isinstance(result, PurchaseOrders)


def test_purchase_orders_update_or_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.purchase_orders.update_or_create(
            xero_tenant_id="my-xero-tenant-id",
            purchase_orders=[
                PurchaseOrder(
                    contact=Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000")),
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=1, unit_amount=20, account_code="710"
                        )
                    ],
                    date="2019-03-13",
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_purchase_orders_get_as_pdf(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/00000000-0000-4000-8000-000000000000/pdf"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_get_as_pdf_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.purchase_orders.get_as_pdf(
            purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_purchase_orders_get_as_pdf(seen[0])
    assert result == b"content"


def test_purchase_orders_get_as_pdf_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.purchase_orders.get_as_pdf(
                purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_get_as_pdf(seen[0])
    assert result == b"content"


def _check_purchase_orders_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.purchase_orders.get(
            purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_purchase_orders_get(seen[0])
    assert isinstance(result, PurchaseOrders)


def test_purchase_orders_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.purchase_orders.get(
                purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_get(seen[0])
    assert isinstance(result, PurchaseOrders)


def test_purchase_orders_update_request_example_round_trips() -> None:
    example: object = {
        "PurchaseOrders": [{"AttentionTo": "Peter Parker", "LineItems": [], "Contact": {}}]
    }
    model = PurchaseOrders.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_purchase_orders_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "PurchaseOrders": [{"AttentionTo": "Peter Parker", "LineItems": [], "Contact": {}}]
    }


def test_purchase_orders_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.purchase_orders.update(
            purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            purchase_orders=[
                PurchaseOrder(attention_to="Peter Parker", line_items=[], contact=Contact())
            ],
        )
    assert len(seen) == 1
    _check_purchase_orders_update(seen[0])
    assert isinstance(result, PurchaseOrders)


def test_purchase_orders_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.purchase_orders.update(
                purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                purchase_orders=[
                    PurchaseOrder(attention_to="Peter Parker", line_items=[], contact=Contact())
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_update(seen[0])
    assert isinstance(result, PurchaseOrders)


def test_purchase_orders_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.purchase_orders.update(
            purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            purchase_orders=[
                PurchaseOrder(attention_to="Peter Parker", line_items=[], contact=Contact())
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_purchase_orders_get_by_number(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/my-purchaseordernumber"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_get_by_number_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.purchase_orders.get_by_number(
            purchase_order_number="my-purchaseordernumber",
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_purchase_orders_get_by_number(seen[0])
    assert isinstance(result, PurchaseOrders)


def test_purchase_orders_get_by_number_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.purchase_orders.get_by_number(
                purchase_order_number="my-purchaseordernumber",
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_get_by_number(seen[0])
    assert isinstance(result, PurchaseOrders)


def _check_purchase_orders_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_get_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.purchase_orders.get_history(
            purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_purchase_orders_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_purchase_orders_get_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.purchase_orders.get_history(
                purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_purchase_orders_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_purchase_orders_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_purchase_orders_create_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.purchase_orders.create_history(
            purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_purchase_orders_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_purchase_orders_create_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.purchase_orders.create_history(
                purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_purchase_orders_create_history_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.purchase_orders.create_history(
            purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_purchase_orders_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/00000000-0000-4000-8000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.purchase_orders.get_attachments(
            purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_purchase_orders_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_purchase_orders_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.purchase_orders.get_attachments(
                purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def _check_purchase_orders_get_attachment_by_id(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/PurchaseOrders/00000000-0000-4000-8000-000000000000/Attachments/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["contenttype"] == "my-contenttype"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.purchase_orders.get_attachment_by_id(
            purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
            attachment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            content_type="my-contenttype",
        )
    assert len(seen) == 1
    _check_purchase_orders_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_purchase_orders_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.purchase_orders.get_attachment_by_id(
                purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
                attachment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                content_type="my-contenttype",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_purchase_orders_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["contenttype"] == "my-contenttype"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.purchase_orders.get_attachment_by_file_name(
            purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            content_type="my-contenttype",
        )
    assert len(seen) == 1
    _check_purchase_orders_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_purchase_orders_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.purchase_orders.get_attachment_by_file_name(
                purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                content_type="my-contenttype",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def _check_purchase_orders_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.purchase_orders.create_attachment_by_file_name(
            purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert len(seen) == 1
    _check_purchase_orders_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_purchase_orders_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.purchase_orders.create_attachment_by_file_name(
                purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_purchase_orders_create_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.purchase_orders.create_attachment_by_file_name(
            purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_purchase_orders_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.purchase_orders.update_attachment_by_file_name(
            purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert len(seen) == 1
    _check_purchase_orders_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_purchase_orders_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.purchase_orders.update_attachment_by_file_name(
                purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_purchase_orders_update_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.purchase_orders.update_attachment_by_file_name(
            purchase_order_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
