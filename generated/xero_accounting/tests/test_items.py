"""Tests of the `items` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import Error, HistoryRecord, HistoryRecords, Item, Items, Purchase

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


def _check_items_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Items"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_items_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.items.list(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_items_list(seen[0])
    assert isinstance(result, Items)


def test_items_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.items.list(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_items_list(seen[0])
    assert isinstance(result, Items)


def test_items_create_request_example_round_trips() -> None:
    example: object = {
        "Items": [
            {
                "Code": "code123",
                "Name": "Item Name XYZ",
                "Description": "Foobar",
                "InventoryAssetAccountCode": "140",
                "PurchaseDetails": {"COGSAccountCode": "500"},
            }
        ]
    }
    model = Items.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_items_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Items"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Items": [
            {
                "Code": "code123",
                "Name": "Item Name XYZ",
                "Description": "Foobar",
                "InventoryAssetAccountCode": "140",
                "PurchaseDetails": {"COGSAccountCode": "500"},
            }
        ]
    }


def test_items_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.items.create(
            xero_tenant_id="my-xero-tenant-id",
            items=[
                Item(
                    code="code123",
                    name="Item Name XYZ",
                    description="Foobar",
                    inventory_asset_account_code="140",
                    purchase_details=Purchase(cogs_account_code="500"),
                )
            ],
        )
    assert len(seen) == 1
    _check_items_create(seen[0])
    assert isinstance(result, Items)


def test_items_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.items.create(
                xero_tenant_id="my-xero-tenant-id",
                items=[
                    Item(
                        code="code123",
                        name="Item Name XYZ",
                        description="Foobar",
                        inventory_asset_account_code="140",
                        purchase_details=Purchase(cogs_account_code="500"),
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_items_create(seen[0])
    assert isinstance(result, Items)


def test_items_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.items.create(
            xero_tenant_id="my-xero-tenant-id",
            items=[
                Item(
                    code="code123",
                    name="Item Name XYZ",
                    description="Foobar",
                    inventory_asset_account_code="140",
                    purchase_details=Purchase(cogs_account_code="500"),
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_items_update_or_create_request_example_round_trips() -> None:
    example: object = {
        "Items": [
            {"Code": "ItemCode123", "Name": "ItemName XYZ", "Description": "Item Description ABC"}
        ]
    }
    model = Items.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_items_update_or_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Items"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Items": [
            {"Code": "ItemCode123", "Name": "ItemName XYZ", "Description": "Item Description ABC"}
        ]
    }


def test_items_update_or_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.items.update_or_create(
            xero_tenant_id="my-xero-tenant-id",
            items=[
                Item(code="ItemCode123", name="ItemName XYZ", description="Item Description ABC")
            ],
        )
    assert len(seen) == 1
    _check_items_update_or_create(seen[0])
    assert isinstance(result, Items)


def test_items_update_or_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.items.update_or_create(
                xero_tenant_id="my-xero-tenant-id",
                items=[
                    Item(
                        code="ItemCode123", name="ItemName XYZ", description="Item Description ABC"
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_items_update_or_create(seen[0])
    assert isinstance(result, Items)


def test_items_update_or_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.items.update_or_create(
            xero_tenant_id="my-xero-tenant-id",
            items=[
                Item(code="ItemCode123", name="ItemName XYZ", description="Item Description ABC")
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_items_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Items/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_items_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.items.get(
            item_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_items_get(seen[0])
    assert isinstance(result, Items)


def test_items_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.items.get(
                item_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_items_get(seen[0])
    assert isinstance(result, Items)


def test_items_update_request_example_round_trips() -> None:
    example: object = {"Items": [{"Code": "ItemCode123", "Description": "Description 123"}]}
    model = Items.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_items_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Items/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Items": [{"Code": "ItemCode123", "Description": "Description 123"}]
    }


def test_items_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.items.update(
            item_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            items=[Item(code="ItemCode123", description="Description 123")],
        )
    assert len(seen) == 1
    _check_items_update(seen[0])
    assert isinstance(result, Items)


def test_items_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.items.update(
                item_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                items=[Item(code="ItemCode123", description="Description 123")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_items_update(seen[0])
    assert isinstance(result, Items)


def test_items_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.items.update(
            item_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            items=[Item(code="ItemCode123", description="Description 123")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_items_delete(request: httpx.Request) -> None:
    assert request.method == "DELETE"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Items/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_items_delete_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(204, None, seen)) as client:
        client.items.delete(
            item_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_items_delete(seen[0])


def test_items_delete_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> None:
        async with _async_client(_answer(204, None, seen)) as client:
            await client.items.delete(
                item_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    asyncio.run(run())
    assert len(seen) == 1
    _check_items_delete(seen[0])


def test_items_delete_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.items.delete(
            item_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_items_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Items/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_items_get_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.items.get_history(
            item_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_items_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_items_get_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.items.get_history(
                item_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_items_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_items_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_items_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Items/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_items_create_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.items.create_history(
            item_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_items_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_items_create_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.items.create_history(
                item_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_items_create_history(seen[0])
    assert isinstance(result, HistoryRecords)
