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


def test_prepayments_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "d7a9ca0c-6159-4c26-ad2e-715440c50b7d",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552489227595)/",
        "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 1},
        "Prepayments": [
            {
                "PrepaymentID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                "ID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                "Type": "RECEIVE-PREPAYMENT",
                "Reference": "INV-0011",
                "InvoiceNumber": "INV-0011",
                "RemainingCredit": 3450.0,
                "Allocations": [],
                "Payments": [],
                "HasAttachments": True,
                "Contact": {
                    "ContactID": "be392c72-c121-4f83-9512-03ac71e54c20",
                    "Name": "Luke Skywalker",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "DateString": "2019-03-13T00:00:00",
                "Date": "/Date(1552435200000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [],
                "SubTotal": 3000.0,
                "TotalTax": 450.0,
                "Total": 3450.0,
                "UpdatedDateUTC": "/Date(1552489187730+0000)/",
                "UpdatedDateUTCString": "2019-03-13T14:59:47Z",
                "CurrencyCode": "NZD",
            }
        ],
    }
    model = Prepayments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_prepayments_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Prepayments"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_prepayments_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "d7a9ca0c-6159-4c26-ad2e-715440c50b7d",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552489227595)/",
                "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 1},
                "Prepayments": [
                    {
                        "PrepaymentID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                        "ID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                        "Type": "RECEIVE-PREPAYMENT",
                        "Reference": "INV-0011",
                        "InvoiceNumber": "INV-0011",
                        "RemainingCredit": 3450.0,
                        "Allocations": [],
                        "Payments": [],
                        "HasAttachments": True,
                        "Contact": {
                            "ContactID": "be392c72-c121-4f83-9512-03ac71e54c20",
                            "Name": "Luke Skywalker",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2019-03-13T00:00:00",
                        "Date": "/Date(1552435200000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [],
                        "SubTotal": 3000.0,
                        "TotalTax": 450.0,
                        "Total": 3450.0,
                        "UpdatedDateUTC": "/Date(1552489187730+0000)/",
                        "UpdatedDateUTCString": "2019-03-13T14:59:47Z",
                        "CurrencyCode": "NZD",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.prepayments.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_prepayments_list(seen[0])
    assert isinstance(result, Prepayments)


def test_prepayments_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "d7a9ca0c-6159-4c26-ad2e-715440c50b7d",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552489227595)/",
                    "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 1},
                    "Prepayments": [
                        {
                            "PrepaymentID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                            "ID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                            "Type": "RECEIVE-PREPAYMENT",
                            "Reference": "INV-0011",
                            "InvoiceNumber": "INV-0011",
                            "RemainingCredit": 3450.0,
                            "Allocations": [],
                            "Payments": [],
                            "HasAttachments": True,
                            "Contact": {
                                "ContactID": "be392c72-c121-4f83-9512-03ac71e54c20",
                                "Name": "Luke Skywalker",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2019-03-13T00:00:00",
                            "Date": "/Date(1552435200000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [],
                            "SubTotal": 3000.0,
                            "TotalTax": 450.0,
                            "Total": 3450.0,
                            "UpdatedDateUTC": "/Date(1552489187730+0000)/",
                            "UpdatedDateUTCString": "2019-03-13T14:59:47Z",
                            "CurrencyCode": "NZD",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.prepayments.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_prepayments_list(seen[0])
    assert isinstance(result, Prepayments)


def test_prepayments_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "18e5f578-ef28-4096-a7aa-d06d65574b99",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1553540376847)/",
        "Prepayments": [
            {
                "PrepaymentID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                "ID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                "CurrencyRate": 1.0,
                "Type": "RECEIVE-PREPAYMENT",
                "BrandingThemeID": "414d4a87-46d6-4cfc-ab42-4e29d22e5076",
                "Reference": "INV-0011",
                "InvoiceNumber": "INV-0011",
                "RemainingCredit": 3449.0,
                "Allocations": [
                    {
                        "Amount": 1.0,
                        "Date": "/Date(1552435200000+0000)/",
                        "Invoice": {
                            "InvoiceID": "c7c37b83-ac95-45ea-88ba-8ad83a5f22fe",
                            "InvoiceNumber": "INV-0004",
                            "Payments": [],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "LineItems": [],
                        },
                    }
                ],
                "Payments": [],
                "HasAttachments": True,
                "Attachments": [
                    {
                        "AttachmentID": "2ca06aa0-3629-474a-9401-553d4b7fa9b0",
                        "FileName": "giphy.gif",
                        "Url": "https://api.xero.com/api.xro/2.0/banktransaction/ce0cddef-cf5a-4e59-b638-f225679115a7/Attachments/giphy.gif",
                        "MimeType": "image/gif",
                        "ContentLength": 495727,
                    }
                ],
                "Contact": {
                    "ContactID": "be392c72-c121-4f83-9512-03ac71e54c20",
                    "ContactStatus": "ACTIVE",
                    "Name": "Luke Skywalker",
                    "EmailAddress": "",
                    "BankAccountDetails": "",
                    "Addresses": [
                        {
                            "AddressType": "STREET",
                            "City": "",
                            "Region": "",
                            "PostalCode": "",
                            "Country": "",
                        },
                        {
                            "AddressType": "POBOX",
                            "City": "",
                            "Region": "",
                            "PostalCode": "",
                            "Country": "",
                        },
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "",
                            "PhoneAreaCode": "",
                            "PhoneCountryCode": "",
                        },
                        {
                            "PhoneType": "DDI",
                            "PhoneNumber": "",
                            "PhoneAreaCode": "",
                            "PhoneCountryCode": "",
                        },
                        {
                            "PhoneType": "FAX",
                            "PhoneNumber": "",
                            "PhoneAreaCode": "",
                            "PhoneCountryCode": "",
                        },
                        {
                            "PhoneType": "MOBILE",
                            "PhoneNumber": "",
                            "PhoneAreaCode": "",
                            "PhoneCountryCode": "",
                        },
                    ],
                    "UpdatedDateUTC": "/Date(1552329691573+0000)/",
                    "ContactGroups": [],
                    "DefaultCurrency": "NZD",
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "DateString": "2019-03-13T00:00:00",
                "Date": "/Date(1552435200000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "Description": "Light Speeder",
                        "UnitAmount": 3000.0,
                        "TaxType": "OUTPUT2",
                        "TaxAmount": 450.0,
                        "LineAmount": 3000.0,
                        "AccountCode": "200",
                        "Tracking": [],
                        "Quantity": 1.0,
                        "DiscountEnteredAsPercent": True,
                        "ValidationErrors": [],
                    }
                ],
                "SubTotal": 3000.0,
                "TotalTax": 450.0,
                "Total": 3450.0,
                "UpdatedDateUTC": "/Date(1552522424850+0000)/",
                "UpdatedDateUTCString": "2019-03-14T00:13:44Z",
                "CurrencyCode": "NZD",
            }
        ],
    }
    model = Prepayments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_prepayments_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Prepayments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_prepayments_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "18e5f578-ef28-4096-a7aa-d06d65574b99",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1553540376847)/",
                "Prepayments": [
                    {
                        "PrepaymentID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                        "ID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                        "CurrencyRate": 1.0,
                        "Type": "RECEIVE-PREPAYMENT",
                        "BrandingThemeID": "414d4a87-46d6-4cfc-ab42-4e29d22e5076",
                        "Reference": "INV-0011",
                        "InvoiceNumber": "INV-0011",
                        "RemainingCredit": 3449.0,
                        "Allocations": [
                            {
                                "Amount": 1.0,
                                "Date": "/Date(1552435200000+0000)/",
                                "Invoice": {
                                    "InvoiceID": "c7c37b83-ac95-45ea-88ba-8ad83a5f22fe",
                                    "InvoiceNumber": "INV-0004",
                                    "Payments": [],
                                    "CreditNotes": [],
                                    "Prepayments": [],
                                    "Overpayments": [],
                                    "HasErrors": False,
                                    "IsDiscounted": False,
                                    "LineItems": [],
                                },
                            }
                        ],
                        "Payments": [],
                        "HasAttachments": True,
                        "Attachments": [
                            {
                                "AttachmentID": "2ca06aa0-3629-474a-9401-553d4b7fa9b0",
                                "FileName": "giphy.gif",
                                "Url": "https://api.xero.com/api.xro/2.0/banktransaction/ce0cddef-cf5a-4e59-b638-f225679115a7/Attachments/giphy.gif",
                                "MimeType": "image/gif",
                                "ContentLength": 495727,
                            }
                        ],
                        "Contact": {
                            "ContactID": "be392c72-c121-4f83-9512-03ac71e54c20",
                            "ContactStatus": "ACTIVE",
                            "Name": "Luke Skywalker",
                            "EmailAddress": "",
                            "BankAccountDetails": "",
                            "Addresses": [
                                {
                                    "AddressType": "STREET",
                                    "City": "",
                                    "Region": "",
                                    "PostalCode": "",
                                    "Country": "",
                                },
                                {
                                    "AddressType": "POBOX",
                                    "City": "",
                                    "Region": "",
                                    "PostalCode": "",
                                    "Country": "",
                                },
                            ],
                            "Phones": [
                                {
                                    "PhoneType": "DEFAULT",
                                    "PhoneNumber": "",
                                    "PhoneAreaCode": "",
                                    "PhoneCountryCode": "",
                                },
                                {
                                    "PhoneType": "DDI",
                                    "PhoneNumber": "",
                                    "PhoneAreaCode": "",
                                    "PhoneCountryCode": "",
                                },
                                {
                                    "PhoneType": "FAX",
                                    "PhoneNumber": "",
                                    "PhoneAreaCode": "",
                                    "PhoneCountryCode": "",
                                },
                                {
                                    "PhoneType": "MOBILE",
                                    "PhoneNumber": "",
                                    "PhoneAreaCode": "",
                                    "PhoneCountryCode": "",
                                },
                            ],
                            "UpdatedDateUTC": "/Date(1552329691573+0000)/",
                            "ContactGroups": [],
                            "DefaultCurrency": "NZD",
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2019-03-13T00:00:00",
                        "Date": "/Date(1552435200000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Light Speeder",
                                "UnitAmount": 3000.0,
                                "TaxType": "OUTPUT2",
                                "TaxAmount": 450.0,
                                "LineAmount": 3000.0,
                                "AccountCode": "200",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "DiscountEnteredAsPercent": True,
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 3000.0,
                        "TotalTax": 450.0,
                        "Total": 3450.0,
                        "UpdatedDateUTC": "/Date(1552522424850+0000)/",
                        "UpdatedDateUTCString": "2019-03-14T00:13:44Z",
                        "CurrencyCode": "NZD",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.prepayments.get(
            prepayment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_prepayments_get(seen[0])
    assert isinstance(result, Prepayments)


def test_prepayments_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "18e5f578-ef28-4096-a7aa-d06d65574b99",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1553540376847)/",
                    "Prepayments": [
                        {
                            "PrepaymentID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                            "ID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                            "CurrencyRate": 1.0,
                            "Type": "RECEIVE-PREPAYMENT",
                            "BrandingThemeID": "414d4a87-46d6-4cfc-ab42-4e29d22e5076",
                            "Reference": "INV-0011",
                            "InvoiceNumber": "INV-0011",
                            "RemainingCredit": 3449.0,
                            "Allocations": [
                                {
                                    "Amount": 1.0,
                                    "Date": "/Date(1552435200000+0000)/",
                                    "Invoice": {
                                        "InvoiceID": "c7c37b83-ac95-45ea-88ba-8ad83a5f22fe",
                                        "InvoiceNumber": "INV-0004",
                                        "Payments": [],
                                        "CreditNotes": [],
                                        "Prepayments": [],
                                        "Overpayments": [],
                                        "HasErrors": False,
                                        "IsDiscounted": False,
                                        "LineItems": [],
                                    },
                                }
                            ],
                            "Payments": [],
                            "HasAttachments": True,
                            "Attachments": [
                                {
                                    "AttachmentID": "2ca06aa0-3629-474a-9401-553d4b7fa9b0",
                                    "FileName": "giphy.gif",
                                    "Url": "https://api.xero.com/api.xro/2.0/banktransaction/ce0cddef-cf5a-4e59-b638-f225679115a7/Attachments/giphy.gif",
                                    "MimeType": "image/gif",
                                    "ContentLength": 495727,
                                }
                            ],
                            "Contact": {
                                "ContactID": "be392c72-c121-4f83-9512-03ac71e54c20",
                                "ContactStatus": "ACTIVE",
                                "Name": "Luke Skywalker",
                                "EmailAddress": "",
                                "BankAccountDetails": "",
                                "Addresses": [
                                    {
                                        "AddressType": "STREET",
                                        "City": "",
                                        "Region": "",
                                        "PostalCode": "",
                                        "Country": "",
                                    },
                                    {
                                        "AddressType": "POBOX",
                                        "City": "",
                                        "Region": "",
                                        "PostalCode": "",
                                        "Country": "",
                                    },
                                ],
                                "Phones": [
                                    {
                                        "PhoneType": "DEFAULT",
                                        "PhoneNumber": "",
                                        "PhoneAreaCode": "",
                                        "PhoneCountryCode": "",
                                    },
                                    {
                                        "PhoneType": "DDI",
                                        "PhoneNumber": "",
                                        "PhoneAreaCode": "",
                                        "PhoneCountryCode": "",
                                    },
                                    {
                                        "PhoneType": "FAX",
                                        "PhoneNumber": "",
                                        "PhoneAreaCode": "",
                                        "PhoneCountryCode": "",
                                    },
                                    {
                                        "PhoneType": "MOBILE",
                                        "PhoneNumber": "",
                                        "PhoneAreaCode": "",
                                        "PhoneCountryCode": "",
                                    },
                                ],
                                "UpdatedDateUTC": "/Date(1552329691573+0000)/",
                                "ContactGroups": [],
                                "DefaultCurrency": "NZD",
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2019-03-13T00:00:00",
                            "Date": "/Date(1552435200000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "Light Speeder",
                                    "UnitAmount": 3000.0,
                                    "TaxType": "OUTPUT2",
                                    "TaxAmount": 450.0,
                                    "LineAmount": 3000.0,
                                    "AccountCode": "200",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "DiscountEnteredAsPercent": True,
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 3000.0,
                            "TotalTax": 450.0,
                            "Total": 3450.0,
                            "UpdatedDateUTC": "/Date(1552522424850+0000)/",
                            "UpdatedDateUTCString": "2019-03-14T00:13:44Z",
                            "CurrencyCode": "NZD",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.prepayments.get(
                prepayment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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


def test_prepayments_create_allocations_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "d4758808-d14d-45d5-851a-52787ae5739a",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552522424927)/",
        "Allocations": [
            {
                "Amount": 1.0,
                "Date": "/Date(1552435200000+0000)/",
                "Invoice": {
                    "InvoiceID": "c7c37b83-ac95-45ea-88ba-8ad83a5f22fe",
                    "Payments": [],
                    "CreditNotes": [],
                    "Prepayments": [],
                    "Overpayments": [],
                    "HasErrors": False,
                    "IsDiscounted": False,
                    "LineItems": [],
                    "ValidationErrors": [],
                },
                "Prepayment": {
                    "PrepaymentID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                    "ID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                    "LineItems": [],
                },
                "ValidationErrors": [],
            }
        ],
    }
    model = Allocations.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_prepayments_create_allocations(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Prepayments/00000000-0000-0000-0000-000000000000/Allocations"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
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
    with _client(
        _answer(
            200,
            {
                "Id": "d4758808-d14d-45d5-851a-52787ae5739a",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552522424927)/",
                "Allocations": [
                    {
                        "Amount": 1.0,
                        "Date": "/Date(1552435200000+0000)/",
                        "Invoice": {
                            "InvoiceID": "c7c37b83-ac95-45ea-88ba-8ad83a5f22fe",
                            "Payments": [],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "LineItems": [],
                            "ValidationErrors": [],
                        },
                        "Prepayment": {
                            "PrepaymentID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                            "ID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                            "LineItems": [],
                        },
                        "ValidationErrors": [],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.prepayments.create_allocations(
            prepayment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
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
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "d4758808-d14d-45d5-851a-52787ae5739a",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552522424927)/",
                    "Allocations": [
                        {
                            "Amount": 1.0,
                            "Date": "/Date(1552435200000+0000)/",
                            "Invoice": {
                                "InvoiceID": "c7c37b83-ac95-45ea-88ba-8ad83a5f22fe",
                                "Payments": [],
                                "CreditNotes": [],
                                "Prepayments": [],
                                "Overpayments": [],
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "LineItems": [],
                                "ValidationErrors": [],
                            },
                            "Prepayment": {
                                "PrepaymentID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                                "ID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                                "LineItems": [],
                            },
                            "ValidationErrors": [],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.prepayments.create_allocations(
                prepayment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
            prepayment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
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
        + "/Prepayments/00000000-0000-0000-0000-000000000000/Allocations/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_prepayments_delete_allocations_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {"Amount": 1.5, "Invoice": {}, "Date": "xxxxxx"}, seen)) as client:
        result = client.prepayments.delete_allocations(
            prepayment_id=UUID("00000000-0000-0000-0000-000000000000"),
            allocation_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
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
                prepayment_id=UUID("00000000-0000-0000-0000-000000000000"),
                allocation_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_prepayments_delete_allocations(seen[0])
    assert isinstance(result, Allocation)


def test_prepayments_get_history_response_example_200_0_round_trips() -> None:
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


def _check_prepayments_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Prepayments/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_prepayments_get_history_sends_the_documented_request() -> None:
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
        result = client.prepayments.get_history(
            prepayment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_prepayments_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_prepayments_get_history_async_sends_the_same_request() -> None:
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
            return await client.prepayments.get_history(
                prepayment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_prepayments_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_prepayments_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_prepayments_create_history_response_example_200_0_round_trips() -> None:
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


def _check_prepayments_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Prepayments/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_prepayments_create_history_sends_the_documented_request() -> None:
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
        result = client.prepayments.create_history(
            prepayment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_prepayments_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_prepayments_create_history_async_sends_the_same_request() -> None:
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
            return await client.prepayments.create_history(
                prepayment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
            prepayment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
