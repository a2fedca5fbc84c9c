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


def test_purchase_orders_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "66910bfc-15cc-4692-bd4c-cc8f671e653c",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552523977238)/",
        "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 2},
        "PurchaseOrders": [
            {
                "PurchaseOrderID": "f9627f0d-b715-4039-bb6a-96dc3eae5ec5",
                "PurchaseOrderNumber": "PO-0001",
                "DateString": "2019-03-12T00:00:00",
                "Date": "/Date(1552348800000+0000)/",
                "AttentionTo": "Jimmy",
                "HasErrors": False,
                "IsDiscounted": False,
                "Type": "PURCHASEORDER",
                "CurrencyRate": 1.0,
                "CurrencyCode": "NZD",
                "Contact": {
                    "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                    "ContactStatus": "ACTIVE",
                    "Name": "Liam Gallagher",
                    "FirstName": "Liam",
                    "LastName": "Gallagher",
                    "Addresses": [
                        {
                            "AddressType": "POBOX",
                            "City": "Anytown",
                            "Region": "NY",
                            "PostalCode": "10101",
                            "Country": "USA",
                            "AttentionTo": "",
                        }
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "222-2222",
                            "PhoneAreaCode": "212",
                            "PhoneCountryCode": "",
                        },
                        {
                            "PhoneType": "FAX",
                            "PhoneNumber": "333-2233",
                            "PhoneAreaCode": "212",
                            "PhoneCountryCode": "",
                        },
                        {
                            "PhoneType": "MOBILE",
                            "PhoneNumber": "444-3433",
                            "PhoneAreaCode": "212",
                            "PhoneCountryCode": "",
                        },
                    ],
                    "UpdatedDateUTC": "/Date(1551747281053+0000)/",
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "Status": "DELETED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "UnitAmount": 20.0,
                        "TaxAmount": 0.0,
                        "LineAmount": 20.0,
                        "Tracking": [],
                        "Quantity": 1.0,
                        "LineItemID": "0f7b54b8-bfa4-4c5d-9c22-73dbd5796e54",
                    }
                ],
                "SubTotal": 20.0,
                "TotalTax": 0.0,
                "Total": 20.0,
                "UpdatedDateUTC": "/Date(1552522703443+0000)/",
                "HasAttachments": False,
            },
            {
                "PurchaseOrderID": "6afa2e02-c514-4964-ab89-b5c0179b8c50",
                "PurchaseOrderNumber": "PO-0002",
                "DateString": "2019-03-12T00:00:00",
                "Date": "/Date(1552348800000+0000)/",
                "AttentionTo": "Jimmy",
                "HasErrors": False,
                "IsDiscounted": False,
                "Type": "PURCHASEORDER",
                "CurrencyRate": 1.0,
                "CurrencyCode": "NZD",
                "Contact": {
                    "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                    "ContactStatus": "ACTIVE",
                    "Name": "Liam Gallagher",
                    "FirstName": "Liam",
                    "LastName": "Gallagher",
                    "Addresses": [
                        {
                            "AddressType": "POBOX",
                            "City": "Anytown",
                            "Region": "NY",
                            "PostalCode": "10101",
                            "Country": "USA",
                            "AttentionTo": "",
                        }
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "222-2222",
                            "PhoneAreaCode": "212",
                            "PhoneCountryCode": "",
                        },
                        {
                            "PhoneType": "FAX",
                            "PhoneNumber": "333-2233",
                            "PhoneAreaCode": "212",
                            "PhoneCountryCode": "",
                        },
                        {
                            "PhoneType": "MOBILE",
                            "PhoneNumber": "444-3433",
                            "PhoneAreaCode": "212",
                            "PhoneCountryCode": "",
                        },
                    ],
                    "UpdatedDateUTC": "/Date(1551747281053+0000)/",
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "Status": "DELETED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "UnitAmount": 20.0,
                        "TaxAmount": 0.0,
                        "LineAmount": 20.0,
                        "Tracking": [],
                        "Quantity": 1.0,
                        "LineItemID": "3e4ec232-32b9-491b-84dd-48fb9aa8916f",
                    }
                ],
                "SubTotal": 20.0,
                "TotalTax": 0.0,
                "Total": 20.0,
                "UpdatedDateUTC": "/Date(1552522834733+0000)/",
                "HasAttachments": False,
            },
        ],
    }
    model = PurchaseOrders.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_purchase_orders_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/PurchaseOrders"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "66910bfc-15cc-4692-bd4c-cc8f671e653c",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552523977238)/",
                "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 2},
                "PurchaseOrders": [
                    {
                        "PurchaseOrderID": "f9627f0d-b715-4039-bb6a-96dc3eae5ec5",
                        "PurchaseOrderNumber": "PO-0001",
                        "DateString": "2019-03-12T00:00:00",
                        "Date": "/Date(1552348800000+0000)/",
                        "AttentionTo": "Jimmy",
                        "HasErrors": False,
                        "IsDiscounted": False,
                        "Type": "PURCHASEORDER",
                        "CurrencyRate": 1.0,
                        "CurrencyCode": "NZD",
                        "Contact": {
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "ContactStatus": "ACTIVE",
                            "Name": "Liam Gallagher",
                            "FirstName": "Liam",
                            "LastName": "Gallagher",
                            "Addresses": [
                                {
                                    "AddressType": "POBOX",
                                    "City": "Anytown",
                                    "Region": "NY",
                                    "PostalCode": "10101",
                                    "Country": "USA",
                                    "AttentionTo": "",
                                }
                            ],
                            "Phones": [
                                {
                                    "PhoneType": "DEFAULT",
                                    "PhoneNumber": "222-2222",
                                    "PhoneAreaCode": "212",
                                    "PhoneCountryCode": "",
                                },
                                {
                                    "PhoneType": "FAX",
                                    "PhoneNumber": "333-2233",
                                    "PhoneAreaCode": "212",
                                    "PhoneCountryCode": "",
                                },
                                {
                                    "PhoneType": "MOBILE",
                                    "PhoneNumber": "444-3433",
                                    "PhoneAreaCode": "212",
                                    "PhoneCountryCode": "",
                                },
                            ],
                            "UpdatedDateUTC": "/Date(1551747281053+0000)/",
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "Status": "DELETED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Foobar",
                                "UnitAmount": 20.0,
                                "TaxAmount": 0.0,
                                "LineAmount": 20.0,
                                "Tracking": [],
                                "Quantity": 1.0,
                                "LineItemID": "0f7b54b8-bfa4-4c5d-9c22-73dbd5796e54",
                            }
                        ],
                        "SubTotal": 20.0,
                        "TotalTax": 0.0,
                        "Total": 20.0,
                        "UpdatedDateUTC": "/Date(1552522703443+0000)/",
                        "HasAttachments": False,
                    },
                    {
                        "PurchaseOrderID": "6afa2e02-c514-4964-ab89-b5c0179b8c50",
                        "PurchaseOrderNumber": "PO-0002",
                        "DateString": "2019-03-12T00:00:00",
                        "Date": "/Date(1552348800000+0000)/",
                        "AttentionTo": "Jimmy",
                        "HasErrors": False,
                        "IsDiscounted": False,
                        "Type": "PURCHASEORDER",
                        "CurrencyRate": 1.0,
                        "CurrencyCode": "NZD",
                        "Contact": {
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "ContactStatus": "ACTIVE",
                            "Name": "Liam Gallagher",
                            "FirstName": "Liam",
                            "LastName": "Gallagher",
                            "Addresses": [
                                {
                                    "AddressType": "POBOX",
                                    "City": "Anytown",
                                    "Region": "NY",
                                    "PostalCode": "10101",
                                    "Country": "USA",
                                    "AttentionTo": "",
                                }
                            ],
                            "Phones": [
                                {
                                    "PhoneType": "DEFAULT",
                                    "PhoneNumber": "222-2222",
                                    "PhoneAreaCode": "212",
                                    "PhoneCountryCode": "",
                                },
                                {
                                    "PhoneType": "FAX",
                                    "PhoneNumber": "333-2233",
                                    "PhoneAreaCode": "212",
                                    "PhoneCountryCode": "",
                                },
                                {
                                    "PhoneType": "MOBILE",
                                    "PhoneNumber": "444-3433",
                                    "PhoneAreaCode": "212",
                                    "PhoneCountryCode": "",
                                },
                            ],
                            "UpdatedDateUTC": "/Date(1551747281053+0000)/",
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "Status": "DELETED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Foobar",
                                "UnitAmount": 20.0,
                                "TaxAmount": 0.0,
                                "LineAmount": 20.0,
                                "Tracking": [],
                                "Quantity": 1.0,
                                "LineItemID": "3e4ec232-32b9-491b-84dd-48fb9aa8916f",
                            }
                        ],
                        "SubTotal": 20.0,
                        "TotalTax": 0.0,
                        "Total": 20.0,
                        "UpdatedDateUTC": "/Date(1552522834733+0000)/",
                        "HasAttachments": False,
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.purchase_orders.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_purchase_orders_list(seen[0])
    assert isinstance(result, PurchaseOrders)


def test_purchase_orders_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "66910bfc-15cc-4692-bd4c-cc8f671e653c",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552523977238)/",
                    "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 2},
                    "PurchaseOrders": [
                        {
                            "PurchaseOrderID": "f9627f0d-b715-4039-bb6a-96dc3eae5ec5",
                            "PurchaseOrderNumber": "PO-0001",
                            "DateString": "2019-03-12T00:00:00",
                            "Date": "/Date(1552348800000+0000)/",
                            "AttentionTo": "Jimmy",
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "Type": "PURCHASEORDER",
                            "CurrencyRate": 1.0,
                            "CurrencyCode": "NZD",
                            "Contact": {
                                "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                                "ContactStatus": "ACTIVE",
                                "Name": "Liam Gallagher",
                                "FirstName": "Liam",
                                "LastName": "Gallagher",
                                "Addresses": [
                                    {
                                        "AddressType": "POBOX",
                                        "City": "Anytown",
                                        "Region": "NY",
                                        "PostalCode": "10101",
                                        "Country": "USA",
                                        "AttentionTo": "",
                                    }
                                ],
                                "Phones": [
                                    {
                                        "PhoneType": "DEFAULT",
                                        "PhoneNumber": "222-2222",
                                        "PhoneAreaCode": "212",
                                        "PhoneCountryCode": "",
                                    },
                                    {
                                        "PhoneType": "FAX",
                                        "PhoneNumber": "333-2233",
                                        "PhoneAreaCode": "212",
                                        "PhoneCountryCode": "",
                                    },
                                    {
                                        "PhoneType": "MOBILE",
                                        "PhoneNumber": "444-3433",
                                        "PhoneAreaCode": "212",
                                        "PhoneCountryCode": "",
                                    },
                                ],
                                "UpdatedDateUTC": "/Date(1551747281053+0000)/",
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "Status": "DELETED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "Foobar",
                                    "UnitAmount": 20.0,
                                    "TaxAmount": 0.0,
                                    "LineAmount": 20.0,
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "LineItemID": "0f7b54b8-bfa4-4c5d-9c22-73dbd5796e54",
                                }
                            ],
                            "SubTotal": 20.0,
                            "TotalTax": 0.0,
                            "Total": 20.0,
                            "UpdatedDateUTC": "/Date(1552522703443+0000)/",
                            "HasAttachments": False,
                        },
                        {
                            "PurchaseOrderID": "6afa2e02-c514-4964-ab89-b5c0179b8c50",
                            "PurchaseOrderNumber": "PO-0002",
                            "DateString": "2019-03-12T00:00:00",
                            "Date": "/Date(1552348800000+0000)/",
                            "AttentionTo": "Jimmy",
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "Type": "PURCHASEORDER",
                            "CurrencyRate": 1.0,
                            "CurrencyCode": "NZD",
                            "Contact": {
                                "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                                "ContactStatus": "ACTIVE",
                                "Name": "Liam Gallagher",
                                "FirstName": "Liam",
                                "LastName": "Gallagher",
                                "Addresses": [
                                    {
                                        "AddressType": "POBOX",
                                        "City": "Anytown",
                                        "Region": "NY",
                                        "PostalCode": "10101",
                                        "Country": "USA",
                                        "AttentionTo": "",
                                    }
                                ],
                                "Phones": [
                                    {
                                        "PhoneType": "DEFAULT",
                                        "PhoneNumber": "222-2222",
                                        "PhoneAreaCode": "212",
                                        "PhoneCountryCode": "",
                                    },
                                    {
                                        "PhoneType": "FAX",
                                        "PhoneNumber": "333-2233",
                                        "PhoneAreaCode": "212",
                                        "PhoneCountryCode": "",
                                    },
                                    {
                                        "PhoneType": "MOBILE",
                                        "PhoneNumber": "444-3433",
                                        "PhoneAreaCode": "212",
                                        "PhoneCountryCode": "",
                                    },
                                ],
                                "UpdatedDateUTC": "/Date(1551747281053+0000)/",
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "Status": "DELETED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "Foobar",
                                    "UnitAmount": 20.0,
                                    "TaxAmount": 0.0,
                                    "LineAmount": 20.0,
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "LineItemID": "3e4ec232-32b9-491b-84dd-48fb9aa8916f",
                                }
                            ],
                            "SubTotal": 20.0,
                            "TotalTax": 0.0,
                            "Total": 20.0,
                            "UpdatedDateUTC": "/Date(1552522834733+0000)/",
                            "HasAttachments": False,
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.purchase_orders.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
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
            xero_tenant_id="YOUR_XERO_TENANT_ID",
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
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
            xero_tenant_id="YOUR_XERO_TENANT_ID",
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
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
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
            xero_tenant_id="YOUR_XERO_TENANT_ID",
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
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
            xero_tenant_id="YOUR_XERO_TENANT_ID",
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
        == "/base" + "/PurchaseOrders/00000000-0000-0000-0000-000000000000/pdf"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_get_as_pdf_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.purchase_orders.get_as_pdf(
            purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_purchase_orders_get_as_pdf(seen[0])
    assert result == b"content"


def test_purchase_orders_get_as_pdf_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.purchase_orders.get_as_pdf(
                purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_get_as_pdf(seen[0])
    assert result == b"content"


def _check_purchase_orders_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.purchase_orders.get(
            purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_purchase_orders_get(seen[0])
    assert isinstance(result, PurchaseOrders)


def test_purchase_orders_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.purchase_orders.get(
                purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
        == "/base" + "/PurchaseOrders/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "PurchaseOrders": [{"AttentionTo": "Peter Parker", "LineItems": [], "Contact": {}}]
    }


def test_purchase_orders_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.purchase_orders.update(
            purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
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
                purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
            purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            purchase_orders=[
                PurchaseOrder(attention_to="Peter Parker", line_items=[], contact=Contact())
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_purchase_orders_get_by_number(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/PurchaseOrders/PO1234"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_get_by_number_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.purchase_orders.get_by_number(
            purchase_order_number="PO1234",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_purchase_orders_get_by_number(seen[0])
    assert isinstance(result, PurchaseOrders)


def test_purchase_orders_get_by_number_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.purchase_orders.get_by_number(
                purchase_order_number="PO1234",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_get_by_number(seen[0])
    assert isinstance(result, PurchaseOrders)


def test_purchase_orders_get_history_response_example_200_0_round_trips() -> None:
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


def _check_purchase_orders_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_get_history_sends_the_documented_request() -> None:
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
        result = client.purchase_orders.get_history(
            purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_purchase_orders_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_purchase_orders_get_history_async_sends_the_same_request() -> None:
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
            return await client.purchase_orders.get_history(
                purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_purchase_orders_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_purchase_orders_create_history_response_example_200_0_round_trips() -> None:
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


def _check_purchase_orders_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_purchase_orders_create_history_sends_the_documented_request() -> None:
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
        result = client.purchase_orders.create_history(
            purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_purchase_orders_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_purchase_orders_create_history_async_sends_the_same_request() -> None:
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
            return await client.purchase_orders.create_history(
                purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
            purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_purchase_orders_get_attachments_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "dfc29f55-8ddd-4921-a82c-bcc0798d207f",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1602100184437)/",
        "Attachments": [
            {
                "AttachmentID": "dce4eaa7-c8a9-4867-9434-95832b427d3b",
                "FileName": "xero-dev1.png",
                "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/2D_2.png",
                "MimeType": "image/png",
                "ContentLength": 98715,
            },
            {
                "AttachmentID": "e58bd37b-e47f-451a-a42c-f946ef229c3e",
                "FileName": "xero-dev2.png",
                "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/2D.png",
                "MimeType": "image/png",
                "ContentLength": 82529,
            },
            {
                "AttachmentID": "c8faa564-223f-45e4-a5a1-94430a5b52c1",
                "FileName": "xero-dev3.png",
                "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/Screen%20Shot%202020-09-12%20at%204.31.14%20pm.png",
                "MimeType": "image/png",
                "ContentLength": 146384,
            },
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_purchase_orders_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/00000000-0000-0000-0000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "dfc29f55-8ddd-4921-a82c-bcc0798d207f",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1602100184437)/",
                "Attachments": [
                    {
                        "AttachmentID": "dce4eaa7-c8a9-4867-9434-95832b427d3b",
                        "FileName": "xero-dev1.png",
                        "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/2D_2.png",
                        "MimeType": "image/png",
                        "ContentLength": 98715,
                    },
                    {
                        "AttachmentID": "e58bd37b-e47f-451a-a42c-f946ef229c3e",
                        "FileName": "xero-dev2.png",
                        "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/2D.png",
                        "MimeType": "image/png",
                        "ContentLength": 82529,
                    },
                    {
                        "AttachmentID": "c8faa564-223f-45e4-a5a1-94430a5b52c1",
                        "FileName": "xero-dev3.png",
                        "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/Screen%20Shot%202020-09-12%20at%204.31.14%20pm.png",
                        "MimeType": "image/png",
                        "ContentLength": 146384,
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.purchase_orders.get_attachments(
            purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_purchase_orders_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_purchase_orders_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "dfc29f55-8ddd-4921-a82c-bcc0798d207f",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1602100184437)/",
                    "Attachments": [
                        {
                            "AttachmentID": "dce4eaa7-c8a9-4867-9434-95832b427d3b",
                            "FileName": "xero-dev1.png",
                            "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/2D_2.png",
                            "MimeType": "image/png",
                            "ContentLength": 98715,
                        },
                        {
                            "AttachmentID": "e58bd37b-e47f-451a-a42c-f946ef229c3e",
                            "FileName": "xero-dev2.png",
                            "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/2D.png",
                            "MimeType": "image/png",
                            "ContentLength": 82529,
                        },
                        {
                            "AttachmentID": "c8faa564-223f-45e4-a5a1-94430a5b52c1",
                            "FileName": "xero-dev3.png",
                            "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/Screen%20Shot%202020-09-12%20at%204.31.14%20pm.png",
                            "MimeType": "image/png",
                            "ContentLength": 146384,
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.purchase_orders.get_attachments(
                purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
        + "/PurchaseOrders/00000000-0000-0000-0000-000000000000/Attachments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.purchase_orders.get_attachment_by_id(
            purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
            attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_purchase_orders_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_purchase_orders_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.purchase_orders.get_attachment_by_id(
                purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
                attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_purchase_orders_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.purchase_orders.get_attachment_by_file_name(
            purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_purchase_orders_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_purchase_orders_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.purchase_orders.get_attachment_by_file_name(
                purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_purchase_orders_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_purchase_orders_create_attachment_by_file_name_response_example_200_0_round_trips() -> (
    None
):
    example: object = {
        "Id": "c728a4a4-179e-4bbd-a2d5-63e7f9ceba92",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1602099934723)/",
        "Attachments": [
            {
                "AttachmentID": "e58bd37b-e47f-451a-a42c-f946ef229c3e",
                "FileName": "xero-dev.png",
                "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/2D.png",
                "MimeType": "image/png",
                "ContentLength": 82529,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_purchase_orders_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "c728a4a4-179e-4bbd-a2d5-63e7f9ceba92",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1602099934723)/",
                "Attachments": [
                    {
                        "AttachmentID": "e58bd37b-e47f-451a-a42c-f946ef229c3e",
                        "FileName": "xero-dev.png",
                        "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/2D.png",
                        "MimeType": "image/png",
                        "ContentLength": 82529,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.purchase_orders.create_attachment_by_file_name(
            purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_purchase_orders_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_purchase_orders_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "c728a4a4-179e-4bbd-a2d5-63e7f9ceba92",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1602099934723)/",
                    "Attachments": [
                        {
                            "AttachmentID": "e58bd37b-e47f-451a-a42c-f946ef229c3e",
                            "FileName": "xero-dev.png",
                            "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/2D.png",
                            "MimeType": "image/png",
                            "ContentLength": 82529,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.purchase_orders.create_attachment_by_file_name(
                purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
            purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_purchase_orders_update_attachment_by_file_name_response_example_200_0_round_trips() -> (
    None
):
    example: object = {
        "Id": "aeff9be0-54c2-45dd-8e3d-aa4f8af0fbd7",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1602100086197)/",
        "Attachments": [
            {
                "AttachmentID": "dce4eaa7-c8a9-4867-9434-95832b427d3b",
                "FileName": "xero-dev.png",
                "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/2D_2.png",
                "MimeType": "image/png",
                "ContentLength": 98715,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_purchase_orders_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/PurchaseOrders/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_purchase_orders_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "aeff9be0-54c2-45dd-8e3d-aa4f8af0fbd7",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1602100086197)/",
                "Attachments": [
                    {
                        "AttachmentID": "dce4eaa7-c8a9-4867-9434-95832b427d3b",
                        "FileName": "xero-dev.png",
                        "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/2D_2.png",
                        "MimeType": "image/png",
                        "ContentLength": 98715,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.purchase_orders.update_attachment_by_file_name(
            purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_purchase_orders_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_purchase_orders_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "aeff9be0-54c2-45dd-8e3d-aa4f8af0fbd7",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1602100086197)/",
                    "Attachments": [
                        {
                            "AttachmentID": "dce4eaa7-c8a9-4867-9434-95832b427d3b",
                            "FileName": "xero-dev.png",
                            "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/2D_2.png",
                            "MimeType": "image/png",
                            "ContentLength": 98715,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.purchase_orders.update_attachment_by_file_name(
                purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
            purchase_order_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
