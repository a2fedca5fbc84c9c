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


def test_items_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "8487e8d7-5fb3-4f02-b949-dec8f1e38182",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552331874897)/",
        "Items": [
            {
                "ItemID": "c8c54d65-f3f2-452d-926e-bf450b12fb07",
                "Code": "123",
                "Description": "Guitars Fender Strat",
                "UpdatedDateUTC": "/Date(1551981476267+0000)/",
                "PurchaseDetails": {},
                "SalesDetails": {"UnitPrice": 5000.0, "AccountCode": "200", "TaxType": "OUTPUT2"},
                "Name": "Guitars",
                "IsTrackedAsInventory": False,
                "IsSold": True,
                "IsPurchased": False,
            },
            {
                "ItemID": "a4544d51-48f6-441f-a623-99ecbced6ab7",
                "Code": "abc65591",
                "Description": "Barfoo",
                "UpdatedDateUTC": "/Date(1552331873580+0000)/",
                "PurchaseDetails": {},
                "SalesDetails": {},
                "Name": "Hello11350",
                "IsTrackedAsInventory": False,
                "IsSold": True,
                "IsPurchased": True,
            },
        ],
    }
    model = Items.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_items_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Items"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_items_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "8487e8d7-5fb3-4f02-b949-dec8f1e38182",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552331874897)/",
                "Items": [
                    {
                        "ItemID": "c8c54d65-f3f2-452d-926e-bf450b12fb07",
                        "Code": "123",
                        "Description": "Guitars Fender Strat",
                        "UpdatedDateUTC": "/Date(1551981476267+0000)/",
                        "PurchaseDetails": {},
                        "SalesDetails": {
                            "UnitPrice": 5000.0,
                            "AccountCode": "200",
                            "TaxType": "OUTPUT2",
                        },
                        "Name": "Guitars",
                        "IsTrackedAsInventory": False,
                        "IsSold": True,
                        "IsPurchased": False,
                    },
                    {
                        "ItemID": "a4544d51-48f6-441f-a623-99ecbced6ab7",
                        "Code": "abc65591",
                        "Description": "Barfoo",
                        "UpdatedDateUTC": "/Date(1552331873580+0000)/",
                        "PurchaseDetails": {},
                        "SalesDetails": {},
                        "Name": "Hello11350",
                        "IsTrackedAsInventory": False,
                        "IsSold": True,
                        "IsPurchased": True,
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.items.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_items_list(seen[0])
    assert isinstance(result, Items)


def test_items_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "8487e8d7-5fb3-4f02-b949-dec8f1e38182",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552331874897)/",
                    "Items": [
                        {
                            "ItemID": "c8c54d65-f3f2-452d-926e-bf450b12fb07",
                            "Code": "123",
                            "Description": "Guitars Fender Strat",
                            "UpdatedDateUTC": "/Date(1551981476267+0000)/",
                            "PurchaseDetails": {},
                            "SalesDetails": {
                                "UnitPrice": 5000.0,
                                "AccountCode": "200",
                                "TaxType": "OUTPUT2",
                            },
                            "Name": "Guitars",
                            "IsTrackedAsInventory": False,
                            "IsSold": True,
                            "IsPurchased": False,
                        },
                        {
                            "ItemID": "a4544d51-48f6-441f-a623-99ecbced6ab7",
                            "Code": "abc65591",
                            "Description": "Barfoo",
                            "UpdatedDateUTC": "/Date(1552331873580+0000)/",
                            "PurchaseDetails": {},
                            "SalesDetails": {},
                            "Name": "Hello11350",
                            "IsTrackedAsInventory": False,
                            "IsSold": True,
                            "IsPurchased": True,
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.items.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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


def test_items_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "ae7ef7c8-9024-4d42-8d59-5f26ed3f508b",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552331871904)/",
        "Items": [
            {
                "ItemID": "a4544d51-48f6-441f-a623-99ecbced6ab7",
                "Code": "abc65591",
                "Description": "foobar",
                "UpdatedDateUTC": "/Date(1552331871707)/",
                "PurchaseDetails": {},
                "SalesDetails": {},
                "Name": "Hello11350",
                "IsTrackedAsInventory": False,
                "IsSold": True,
                "IsPurchased": True,
                "ValidationErrors": [
                    {"Message": "Price List Item with Code ''abc'' already exists"}
                ],
            }
        ],
    }
    model = Items.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_items_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Items"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
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
    with _client(
        _answer(
            200,
            {
                "Id": "ae7ef7c8-9024-4d42-8d59-5f26ed3f508b",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552331871904)/",
                "Items": [
                    {
                        "ItemID": "a4544d51-48f6-441f-a623-99ecbced6ab7",
                        "Code": "abc65591",
                        "Description": "foobar",
                        "UpdatedDateUTC": "/Date(1552331871707)/",
                        "PurchaseDetails": {},
                        "SalesDetails": {},
                        "Name": "Hello11350",
                        "IsTrackedAsInventory": False,
                        "IsSold": True,
                        "IsPurchased": True,
                        "ValidationErrors": [
                            {"Message": "Price List Item with Code ''abc'' already exists"}
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.items.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
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
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "ae7ef7c8-9024-4d42-8d59-5f26ed3f508b",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552331871904)/",
                    "Items": [
                        {
                            "ItemID": "a4544d51-48f6-441f-a623-99ecbced6ab7",
                            "Code": "abc65591",
                            "Description": "foobar",
                            "UpdatedDateUTC": "/Date(1552331871707)/",
                            "PurchaseDetails": {},
                            "SalesDetails": {},
                            "Name": "Hello11350",
                            "IsTrackedAsInventory": False,
                            "IsSold": True,
                            "IsPurchased": True,
                            "ValidationErrors": [
                                {"Message": "Price List Item with Code ''abc'' already exists"}
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.items.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
            xero_tenant_id="YOUR_XERO_TENANT_ID",
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


def test_items_update_or_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "ae7ef7c8-9024-4d42-8d59-5f26ed3f508b",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552331871904)/",
        "Items": [
            {
                "ItemID": "a4544d51-48f6-441f-a623-99ecbced6ab7",
                "Code": "abc65591",
                "Description": "foobar",
                "UpdatedDateUTC": "/Date(1552331871707)/",
                "PurchaseDetails": {},
                "SalesDetails": {},
                "Name": "Hello11350",
                "IsTrackedAsInventory": False,
                "IsSold": True,
                "IsPurchased": True,
                "ValidationErrors": [
                    {"Message": "Price List Item with Code ''abc'' already exists"}
                ],
            }
        ],
    }
    model = Items.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_items_update_or_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Items"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Items": [
            {"Code": "ItemCode123", "Name": "ItemName XYZ", "Description": "Item Description ABC"}
        ]
    }


def test_items_update_or_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "ae7ef7c8-9024-4d42-8d59-5f26ed3f508b",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552331871904)/",
                "Items": [
                    {
                        "ItemID": "a4544d51-48f6-441f-a623-99ecbced6ab7",
                        "Code": "abc65591",
                        "Description": "foobar",
                        "UpdatedDateUTC": "/Date(1552331871707)/",
                        "PurchaseDetails": {},
                        "SalesDetails": {},
                        "Name": "Hello11350",
                        "IsTrackedAsInventory": False,
                        "IsSold": True,
                        "IsPurchased": True,
                        "ValidationErrors": [
                            {"Message": "Price List Item with Code ''abc'' already exists"}
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.items.update_or_create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
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
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "ae7ef7c8-9024-4d42-8d59-5f26ed3f508b",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552331871904)/",
                    "Items": [
                        {
                            "ItemID": "a4544d51-48f6-441f-a623-99ecbced6ab7",
                            "Code": "abc65591",
                            "Description": "foobar",
                            "UpdatedDateUTC": "/Date(1552331871707)/",
                            "PurchaseDetails": {},
                            "SalesDetails": {},
                            "Name": "Hello11350",
                            "IsTrackedAsInventory": False,
                            "IsSold": True,
                            "IsPurchased": True,
                            "ValidationErrors": [
                                {"Message": "Price List Item with Code ''abc'' already exists"}
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.items.update_or_create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            items=[
                Item(code="ItemCode123", name="ItemName XYZ", description="Item Description ABC")
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_items_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "0bbd8a92-9ba7-4711-8040-8d6a609ca7e8",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552333420160)/",
        "Items": [
            {
                "ItemID": "c8c54d65-f3f2-452d-926e-bf450b12fb07",
                "Code": "123",
                "Description": "Guitars Fender Strat",
                "PurchaseDescription": "Brand new Fender Strats",
                "UpdatedDateUTC": "/Date(1552333309387+0000)/",
                "PurchaseDetails": {
                    "UnitPrice": 2500.0,
                    "COGSAccountCode": "310",
                    "TaxType": "INPUT2",
                },
                "SalesDetails": {"UnitPrice": 5000.0, "AccountCode": "200", "TaxType": "OUTPUT2"},
                "Name": "Guitars",
                "IsTrackedAsInventory": True,
                "InventoryAssetAccountCode": "630",
                "TotalCostPool": 25000.0,
                "QuantityOnHand": 10.0,
                "IsSold": True,
                "IsPurchased": True,
                "ValidationErrors": [],
            }
        ],
    }
    model = Items.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_items_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Items/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_items_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "0bbd8a92-9ba7-4711-8040-8d6a609ca7e8",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552333420160)/",
                "Items": [
                    {
                        "ItemID": "c8c54d65-f3f2-452d-926e-bf450b12fb07",
                        "Code": "123",
                        "Description": "Guitars Fender Strat",
                        "PurchaseDescription": "Brand new Fender Strats",
                        "UpdatedDateUTC": "/Date(1552333309387+0000)/",
                        "PurchaseDetails": {
                            "UnitPrice": 2500.0,
                            "COGSAccountCode": "310",
                            "TaxType": "INPUT2",
                        },
                        "SalesDetails": {
                            "UnitPrice": 5000.0,
                            "AccountCode": "200",
                            "TaxType": "OUTPUT2",
                        },
                        "Name": "Guitars",
                        "IsTrackedAsInventory": True,
                        "InventoryAssetAccountCode": "630",
                        "TotalCostPool": 25000.0,
                        "QuantityOnHand": 10.0,
                        "IsSold": True,
                        "IsPurchased": True,
                        "ValidationErrors": [],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.items.get(
            item_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_items_get(seen[0])
    assert isinstance(result, Items)


def test_items_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "0bbd8a92-9ba7-4711-8040-8d6a609ca7e8",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552333420160)/",
                    "Items": [
                        {
                            "ItemID": "c8c54d65-f3f2-452d-926e-bf450b12fb07",
                            "Code": "123",
                            "Description": "Guitars Fender Strat",
                            "PurchaseDescription": "Brand new Fender Strats",
                            "UpdatedDateUTC": "/Date(1552333309387+0000)/",
                            "PurchaseDetails": {
                                "UnitPrice": 2500.0,
                                "COGSAccountCode": "310",
                                "TaxType": "INPUT2",
                            },
                            "SalesDetails": {
                                "UnitPrice": 5000.0,
                                "AccountCode": "200",
                                "TaxType": "OUTPUT2",
                            },
                            "Name": "Guitars",
                            "IsTrackedAsInventory": True,
                            "InventoryAssetAccountCode": "630",
                            "TotalCostPool": 25000.0,
                            "QuantityOnHand": 10.0,
                            "IsSold": True,
                            "IsPurchased": True,
                            "ValidationErrors": [],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.items.get(
                item_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_items_get(seen[0])
    assert isinstance(result, Items)


def test_items_update_request_example_round_trips() -> None:
    example: object = {"Items": [{"Code": "ItemCode123", "Description": "Description 123"}]}
    model = Items.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_items_update_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "24feb629-6b14-499e-9aa1-fc2c596c0280",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552332558975)/",
        "Items": [
            {
                "ItemID": "a7e87086-e0ae-4df2-83d7-e26e9a6b7786",
                "Code": "abc38306",
                "Description": "Hello Xero",
                "UpdatedDateUTC": "/Date(1552332558924)/",
                "PurchaseDetails": {},
                "SalesDetails": {},
                "Name": "Hello8746",
                "IsTrackedAsInventory": False,
                "IsSold": True,
                "IsPurchased": True,
                "ValidationErrors": [],
            }
        ],
    }
    model = Items.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_items_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Items/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Items": [{"Code": "ItemCode123", "Description": "Description 123"}]
    }


def test_items_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "24feb629-6b14-499e-9aa1-fc2c596c0280",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552332558975)/",
                "Items": [
                    {
                        "ItemID": "a7e87086-e0ae-4df2-83d7-e26e9a6b7786",
                        "Code": "abc38306",
                        "Description": "Hello Xero",
                        "UpdatedDateUTC": "/Date(1552332558924)/",
                        "PurchaseDetails": {},
                        "SalesDetails": {},
                        "Name": "Hello8746",
                        "IsTrackedAsInventory": False,
                        "IsSold": True,
                        "IsPurchased": True,
                        "ValidationErrors": [],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.items.update(
            item_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            items=[Item(code="ItemCode123", description="Description 123")],
        )
    assert len(seen) == 1
    _check_items_update(seen[0])
    assert isinstance(result, Items)


def test_items_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "24feb629-6b14-499e-9aa1-fc2c596c0280",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552332558975)/",
                    "Items": [
                        {
                            "ItemID": "a7e87086-e0ae-4df2-83d7-e26e9a6b7786",
                            "Code": "abc38306",
                            "Description": "Hello Xero",
                            "UpdatedDateUTC": "/Date(1552332558924)/",
                            "PurchaseDetails": {},
                            "SalesDetails": {},
                            "Name": "Hello8746",
                            "IsTrackedAsInventory": False,
                            "IsSold": True,
                            "IsPurchased": True,
                            "ValidationErrors": [],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.items.update(
                item_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
            item_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            items=[Item(code="ItemCode123", description="Description 123")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_items_delete(request: httpx.Request) -> None:
    assert request.method == "DELETE"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Items/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_items_delete_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(204, None, seen)) as client:
        client.items.delete(
            item_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_items_delete(seen[0])


def test_items_delete_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> None:
        async with _async_client(_answer(204, None, seen)) as client:
            await client.items.delete(
                item_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    asyncio.run(run())
    assert len(seen) == 1
    _check_items_delete(seen[0])


def test_items_delete_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.items.delete(
            item_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_items_get_history_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551311321819)/",
        "HistoryRecords": [
            {
                "Changes": "Attached a file",
                "DateUTCString": "2018-11-08T15:01:21",
                "DateUTC": "/Date(1541689281470+0000)/",
                "User": "System Generated",
                "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
            },
            {
                "Changes": "Credit Applied",
                "DateUTCString": "2016-10-17T20:46:01",
                "DateUTC": "/Date(1476737161173+0000)/",
                "User": "System Generated",
                "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
            },
        ],
    }
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_items_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Items/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_items_get_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551311321819)/",
                "HistoryRecords": [
                    {
                        "Changes": "Attached a file",
                        "DateUTCString": "2018-11-08T15:01:21",
                        "DateUTC": "/Date(1541689281470+0000)/",
                        "User": "System Generated",
                        "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                    },
                    {
                        "Changes": "Credit Applied",
                        "DateUTCString": "2016-10-17T20:46:01",
                        "DateUTC": "/Date(1476737161173+0000)/",
                        "User": "System Generated",
                        "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.items.get_history(
            item_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_items_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_items_get_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551311321819)/",
                    "HistoryRecords": [
                        {
                            "Changes": "Attached a file",
                            "DateUTCString": "2018-11-08T15:01:21",
                            "DateUTC": "/Date(1541689281470+0000)/",
                            "User": "System Generated",
                            "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                        },
                        {
                            "Changes": "Credit Applied",
                            "DateUTCString": "2016-10-17T20:46:01",
                            "DateUTC": "/Date(1476737161173+0000)/",
                            "User": "System Generated",
                            "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.items.get_history(
                item_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_items_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_items_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_items_create_history_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550899400362)/",
        "HistoryRecords": [
            {
                "DateUTCString": "2019-02-23T05:23:20",
                "DateUTC": "/Date(1550899400362)/",
                "Details": "Hello World",
                "ValidationErrors": [],
            }
        ],
    }
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_items_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Items/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_items_create_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550899400362)/",
                "HistoryRecords": [
                    {
                        "DateUTCString": "2019-02-23T05:23:20",
                        "DateUTC": "/Date(1550899400362)/",
                        "Details": "Hello World",
                        "ValidationErrors": [],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.items.create_history(
            item_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_items_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_items_create_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550899400362)/",
                    "HistoryRecords": [
                        {
                            "DateUTCString": "2019-02-23T05:23:20",
                            "DateUTC": "/Date(1550899400362)/",
                            "Details": "Hello World",
                            "ValidationErrors": [],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.items.create_history(
                item_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_items_create_history(seen[0])
    assert isinstance(result, HistoryRecords)
