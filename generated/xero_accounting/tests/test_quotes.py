"""Tests of the `quotes` operations, generated from the document's examples."""

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
    Quote,
    Quotes,
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


def test_quotes_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "bb583e7e-9b6b-471e-88da-4cbfcfad7a57",
        "Status": "OK",
        "ProviderName": "Adams OAuth2 App",
        "DateTimeUTC": "/Date(1571876635477)/",
        "Quotes": [
            {
                "QuoteID": "be59294f-2a9c-4cee-8c64-0f0ddbc1883a",
                "QuoteNumber": "QU-0001",
                "Reference": "REF-123",
                "Terms": "Not valid after the expiry date",
                "Contact": {"ContactID": "060816db-0ed7-44de-ab58-8fee9316fcd5", "Name": "Adam"},
                "LineItems": [
                    {
                        "LineItemID": "ccf5e45c-73b6-4659-83e8-520f4c6126fd",
                        "AccountCode": "200",
                        "Description": "Fish out of Water",
                        "UnitAmount": 19.95,
                        "DiscountRate": 10.0,
                        "LineAmount": 17.96,
                        "ItemCode": "BOOK",
                        "Quantity": 1.0,
                        "TaxAmount": 2.69,
                        "TaxType": "OUTPUT2",
                        "Tracking": [
                            {
                                "TrackingCategoryID": "351953c4-8127-4009-88c3-f9cd8c9cbe9f",
                                "TrackingOptionID": "ce205173-7387-4651-9726-2cf4c5405ba2",
                                "Name": "Region",
                                "Option": "Eastside",
                            }
                        ],
                    }
                ],
                "Date": "/Date(1571875200000)/",
                "DateString": "2019-10-24T00:00:00",
                "ExpiryDate": "/Date(1571961600000)/",
                "ExpiryDateString": "2019-10-25T00:00:00",
                "Status": "ACCEPTED",
                "CurrencyRate": 0.937053,
                "CurrencyCode": "AUD",
                "SubTotal": 17.96,
                "TotalTax": 2.69,
                "Total": 20.65,
                "TotalDiscount": 1.99,
                "Title": "Your Quote",
                "Summary": "Please buy this",
                "BrandingThemeID": "4c82c365-35cb-467f-bb11-dce1f2f2f67c",
                "UpdatedDateUTC": "/Date(1571869373890)/",
                "LineAmountTypes": "EXCLUSIVE",
            }
        ],
    }
    model = Quotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_quotes_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Quotes"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_quotes_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "bb583e7e-9b6b-471e-88da-4cbfcfad7a57",
                "Status": "OK",
                "ProviderName": "Adams OAuth2 App",
                "DateTimeUTC": "/Date(1571876635477)/",
                "Quotes": [
                    {
                        "QuoteID": "be59294f-2a9c-4cee-8c64-0f0ddbc1883a",
                        "QuoteNumber": "QU-0001",
                        "Reference": "REF-123",
                        "Terms": "Not valid after the expiry date",
                        "Contact": {
                            "ContactID": "060816db-0ed7-44de-ab58-8fee9316fcd5",
                            "Name": "Adam",
                        },
                        "LineItems": [
                            {
                                "LineItemID": "ccf5e45c-73b6-4659-83e8-520f4c6126fd",
                                "AccountCode": "200",
                                "Description": "Fish out of Water",
                                "UnitAmount": 19.95,
                                "DiscountRate": 10.0,
                                "LineAmount": 17.96,
                                "ItemCode": "BOOK",
                                "Quantity": 1.0,
                                "TaxAmount": 2.69,
                                "TaxType": "OUTPUT2",
                                "Tracking": [
                                    {
                                        "TrackingCategoryID": "351953c4-8127-4009-88c3-f9cd8c9cbe9f",
                                        "TrackingOptionID": "ce205173-7387-4651-9726-2cf4c5405ba2",
                                        "Name": "Region",
                                        "Option": "Eastside",
                                    }
                                ],
                            }
                        ],
                        "Date": "/Date(1571875200000)/",
                        "DateString": "2019-10-24T00:00:00",
                        "ExpiryDate": "/Date(1571961600000)/",
                        "ExpiryDateString": "2019-10-25T00:00:00",
                        "Status": "ACCEPTED",
                        "CurrencyRate": 0.937053,
                        "CurrencyCode": "AUD",
                        "SubTotal": 17.96,
                        "TotalTax": 2.69,
                        "Total": 20.65,
                        "TotalDiscount": 1.99,
                        "Title": "Your Quote",
                        "Summary": "Please buy this",
                        "BrandingThemeID": "4c82c365-35cb-467f-bb11-dce1f2f2f67c",
                        "UpdatedDateUTC": "/Date(1571869373890)/",
                        "LineAmountTypes": "EXCLUSIVE",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.quotes.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_quotes_list(seen[0])
    assert isinstance(result, Quotes)


def test_quotes_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "bb583e7e-9b6b-471e-88da-4cbfcfad7a57",
                    "Status": "OK",
                    "ProviderName": "Adams OAuth2 App",
                    "DateTimeUTC": "/Date(1571876635477)/",
                    "Quotes": [
                        {
                            "QuoteID": "be59294f-2a9c-4cee-8c64-0f0ddbc1883a",
                            "QuoteNumber": "QU-0001",
                            "Reference": "REF-123",
                            "Terms": "Not valid after the expiry date",
                            "Contact": {
                                "ContactID": "060816db-0ed7-44de-ab58-8fee9316fcd5",
                                "Name": "Adam",
                            },
                            "LineItems": [
                                {
                                    "LineItemID": "ccf5e45c-73b6-4659-83e8-520f4c6126fd",
                                    "AccountCode": "200",
                                    "Description": "Fish out of Water",
                                    "UnitAmount": 19.95,
                                    "DiscountRate": 10.0,
                                    "LineAmount": 17.96,
                                    "ItemCode": "BOOK",
                                    "Quantity": 1.0,
                                    "TaxAmount": 2.69,
                                    "TaxType": "OUTPUT2",
                                    "Tracking": [
                                        {
                                            "TrackingCategoryID": "351953c4-8127-4009-88c3-f9cd8c9cbe9f",
                                            "TrackingOptionID": "ce205173-7387-4651-9726-2cf4c5405ba2",
                                            "Name": "Region",
                                            "Option": "Eastside",
                                        }
                                    ],
                                }
                            ],
                            "Date": "/Date(1571875200000)/",
                            "DateString": "2019-10-24T00:00:00",
                            "ExpiryDate": "/Date(1571961600000)/",
                            "ExpiryDateString": "2019-10-25T00:00:00",
                            "Status": "ACCEPTED",
                            "CurrencyRate": 0.937053,
                            "CurrencyCode": "AUD",
                            "SubTotal": 17.96,
                            "TotalTax": 2.69,
                            "Total": 20.65,
                            "TotalDiscount": 1.99,
                            "Title": "Your Quote",
                            "Summary": "Please buy this",
                            "BrandingThemeID": "4c82c365-35cb-467f-bb11-dce1f2f2f67c",
                            "UpdatedDateUTC": "/Date(1571869373890)/",
                            "LineAmountTypes": "EXCLUSIVE",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.quotes.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_quotes_list(seen[0])
    assert isinstance(result, Quotes)


def test_quotes_create_request_example_round_trips() -> None:
    example: object = {
        "Quotes": [
            {
                "Contact": {"ContactID": "00000000-0000-0000-0000-000000000000"},
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "Quantity": 1,
                        "UnitAmount": 20,
                        "AccountCode": "12775",
                    }
                ],
                "Date": "2020-02-01",
            }
        ]
    }
    model = Quotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_quotes_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "SummarizeErrors": False,
        "Id": "29571f5a-bf73-4bb6-9de5-86be44e6bf2e",
        "Status": "OK",
        "ProviderName": "provider-name",
        "DateTimeUTC": "/Date(1580607782916)/",
        "Quotes": [
            {
                "QuoteID": "60031d53-6488-4321-9cbd-c1db6dbf9ba4",
                "QuoteNumber": "QU-0008",
                "Terms": "",
                "Contact": {
                    "ContactID": "6a65f055-b0e0-471a-a933-d1ffdd89393f",
                    "Name": "John Smith-82160",
                    "EmailAddress": "",
                },
                "LineItems": [
                    {
                        "LineItemID": "26995857-0eea-45fb-b46c-f8ea896ec46e",
                        "AccountCode": "12775",
                        "Description": "Foobar",
                        "UnitAmount": 20.0,
                        "LineAmount": 20.0,
                        "ItemCode": "",
                        "Quantity": 1.0,
                        "TaxAmount": 0.0,
                        "Tracking": [],
                    }
                ],
                "Date": "/Date(1580515200000)/",
                "DateString": "2020-02-01T00:00:00",
                "Status": "DRAFT",
                "CurrencyRate": 1.0,
                "CurrencyCode": "USD",
                "SubTotal": 20.0,
                "TotalTax": 0.0,
                "Total": 20.0,
                "UpdatedDateUTC": "/Date(1580607782913)/",
                "LineAmountTypes": "EXCLUSIVE",
                "StatusAttributeString": "OK",
            }
        ],
    }
    model = Quotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_quotes_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Quotes"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Quotes": [
            {
                "Contact": {"ContactID": "00000000-0000-0000-0000-000000000000"},
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "Quantity": 1,
                        "UnitAmount": 20,
                        "AccountCode": "12775",
                    }
                ],
                "Date": "2020-02-01",
            }
        ]
    }


def test_quotes_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "SummarizeErrors": False,
                "Id": "29571f5a-bf73-4bb6-9de5-86be44e6bf2e",
                "Status": "OK",
                "ProviderName": "provider-name",
                "DateTimeUTC": "/Date(1580607782916)/",
                "Quotes": [
                    {
                        "QuoteID": "60031d53-6488-4321-9cbd-c1db6dbf9ba4",
                        "QuoteNumber": "QU-0008",
                        "Terms": "",
                        "Contact": {
                            "ContactID": "6a65f055-b0e0-471a-a933-d1ffdd89393f",
                            "Name": "John Smith-82160",
                            "EmailAddress": "",
                        },
                        "LineItems": [
                            {
                                "LineItemID": "26995857-0eea-45fb-b46c-f8ea896ec46e",
                                "AccountCode": "12775",
                                "Description": "Foobar",
                                "UnitAmount": 20.0,
                                "LineAmount": 20.0,
                                "ItemCode": "",
                                "Quantity": 1.0,
                                "TaxAmount": 0.0,
                                "Tracking": [],
                            }
                        ],
                        "Date": "/Date(1580515200000)/",
                        "DateString": "2020-02-01T00:00:00",
                        "Status": "DRAFT",
                        "CurrencyRate": 1.0,
                        "CurrencyCode": "USD",
                        "SubTotal": 20.0,
                        "TotalTax": 0.0,
                        "Total": 20.0,
                        "UpdatedDateUTC": "/Date(1580607782913)/",
                        "LineAmountTypes": "EXCLUSIVE",
                        "StatusAttributeString": "OK",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.quotes.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            quotes=[
                Quote(
                    contact=Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000")),
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=1, unit_amount=20, account_code="12775"
                        )
                    ],
                    date="2020-02-01",
                )
            ],
        )
    assert len(seen) == 1
    _check_quotes_create(seen[0])
    assert isinstance(result, Quotes)


def test_quotes_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "SummarizeErrors": False,
                    "Id": "29571f5a-bf73-4bb6-9de5-86be44e6bf2e",
                    "Status": "OK",
                    "ProviderName": "provider-name",
                    "DateTimeUTC": "/Date(1580607782916)/",
                    "Quotes": [
                        {
                            "QuoteID": "60031d53-6488-4321-9cbd-c1db6dbf9ba4",
                            "QuoteNumber": "QU-0008",
                            "Terms": "",
                            "Contact": {
                                "ContactID": "6a65f055-b0e0-471a-a933-d1ffdd89393f",
                                "Name": "John Smith-82160",
                                "EmailAddress": "",
                            },
                            "LineItems": [
                                {
                                    "LineItemID": "26995857-0eea-45fb-b46c-f8ea896ec46e",
                                    "AccountCode": "12775",
                                    "Description": "Foobar",
                                    "UnitAmount": 20.0,
                                    "LineAmount": 20.0,
                                    "ItemCode": "",
                                    "Quantity": 1.0,
                                    "TaxAmount": 0.0,
                                    "Tracking": [],
                                }
                            ],
                            "Date": "/Date(1580515200000)/",
                            "DateString": "2020-02-01T00:00:00",
                            "Status": "DRAFT",
                            "CurrencyRate": 1.0,
                            "CurrencyCode": "USD",
                            "SubTotal": 20.0,
                            "TotalTax": 0.0,
                            "Total": 20.0,
                            "UpdatedDateUTC": "/Date(1580607782913)/",
                            "LineAmountTypes": "EXCLUSIVE",
                            "StatusAttributeString": "OK",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.quotes.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                quotes=[
                    Quote(
                        contact=Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000")),
                        line_items=[
                            LineItem(
                                description="Foobar",
                                quantity=1,
                                unit_amount=20,
                                account_code="12775",
                            )
                        ],
                        date="2020-02-01",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_quotes_create(seen[0])
    assert isinstance(result, Quotes)


def test_quotes_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.quotes.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            quotes=[
                Quote(
                    contact=Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000")),
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=1, unit_amount=20, account_code="12775"
                        )
                    ],
                    date="2020-02-01",
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_quotes_update_or_create_request_example_round_trips() -> None:
    example: object = {
        "Quotes": [
            {
                "Contact": {"ContactID": "00000000-0000-0000-0000-000000000000"},
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "Quantity": 1,
                        "UnitAmount": 20,
                        "AccountCode": "12775",
                    }
                ],
                "Date": "2020-02-01",
            }
        ]
    }
    model = Quotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_quotes_update_or_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "SummarizeErrors": False,
        "Id": "b425754f-0512-481d-827b-c8958db7667e",
        "Status": "OK",
        "ProviderName": "provider-name",
        "DateTimeUTC": "/Date(1580607783833)/",
        "Quotes": [
            {
                "QuoteID": "fd53e0b7-4d24-4c20-be85-043a62ea5847",
                "QuoteNumber": "QU-0009",
                "Terms": "",
                "Contact": {
                    "ContactID": "6a65f055-b0e0-471a-a933-d1ffdd89393f",
                    "Name": "John Smith-82160",
                    "EmailAddress": "",
                },
                "LineItems": [
                    {
                        "LineItemID": "898c7fd6-0d94-4ac0-ace8-87e350a042de",
                        "AccountCode": "12775",
                        "Description": "Foobar",
                        "UnitAmount": 20.0,
                        "LineAmount": 20.0,
                        "ItemCode": "",
                        "Quantity": 1.0,
                        "TaxAmount": 0.0,
                        "Tracking": [],
                    }
                ],
                "Date": "/Date(1580515200000)/",
                "DateString": "2020-02-01T00:00:00",
                "Status": "DRAFT",
                "CurrencyRate": 1.0,
                "CurrencyCode": "USD",
                "SubTotal": 20.0,
                "TotalTax": 0.0,
                "Total": 20.0,
                "UpdatedDateUTC": "/Date(1580607783467)/",
                "LineAmountTypes": "EXCLUSIVE",
                "StatusAttributeString": "OK",
            }
        ],
    }
    model = Quotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_quotes_update_or_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Quotes"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Quotes": [
            {
                "Contact": {"ContactID": "00000000-0000-0000-0000-000000000000"},
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "Quantity": 1,
                        "UnitAmount": 20,
                        "AccountCode": "12775",
                    }
                ],
                "Date": "2020-02-01",
            }
        ]
    }


def test_quotes_update_or_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "SummarizeErrors": False,
                "Id": "b425754f-0512-481d-827b-c8958db7667e",
                "Status": "OK",
                "ProviderName": "provider-name",
                "DateTimeUTC": "/Date(1580607783833)/",
                "Quotes": [
                    {
                        "QuoteID": "fd53e0b7-4d24-4c20-be85-043a62ea5847",
                        "QuoteNumber": "QU-0009",
                        "Terms": "",
                        "Contact": {
                            "ContactID": "6a65f055-b0e0-471a-a933-d1ffdd89393f",
                            "Name": "John Smith-82160",
                            "EmailAddress": "",
                        },
                        "LineItems": [
                            {
                                "LineItemID": "898c7fd6-0d94-4ac0-ace8-87e350a042de",
                                "AccountCode": "12775",
                                "Description": "Foobar",
                                "UnitAmount": 20.0,
                                "LineAmount": 20.0,
                                "ItemCode": "",
                                "Quantity": 1.0,
                                "TaxAmount": 0.0,
                                "Tracking": [],
                            }
                        ],
                        "Date": "/Date(1580515200000)/",
                        "DateString": "2020-02-01T00:00:00",
                        "Status": "DRAFT",
                        "CurrencyRate": 1.0,
                        "CurrencyCode": "USD",
                        "SubTotal": 20.0,
                        "TotalTax": 0.0,
                        "Total": 20.0,
                        "UpdatedDateUTC": "/Date(1580607783467)/",
                        "LineAmountTypes": "EXCLUSIVE",
                        "StatusAttributeString": "OK",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.quotes.update_or_create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            quotes=[
                Quote(
                    contact=Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000")),
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=1, unit_amount=20, account_code="12775"
                        )
                    ],
                    date="2020-02-01",
                )
            ],
        )
    assert len(seen) == 1
    _check_quotes_update_or_create(seen[0])
    assert isinstance(result, Quotes)


def test_quotes_update_or_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "SummarizeErrors": False,
                    "Id": "b425754f-0512-481d-827b-c8958db7667e",
                    "Status": "OK",
                    "ProviderName": "provider-name",
                    "DateTimeUTC": "/Date(1580607783833)/",
                    "Quotes": [
                        {
                            "QuoteID": "fd53e0b7-4d24-4c20-be85-043a62ea5847",
                            "QuoteNumber": "QU-0009",
                            "Terms": "",
                            "Contact": {
                                "ContactID": "6a65f055-b0e0-471a-a933-d1ffdd89393f",
                                "Name": "John Smith-82160",
                                "EmailAddress": "",
                            },
                            "LineItems": [
                                {
                                    "LineItemID": "898c7fd6-0d94-4ac0-ace8-87e350a042de",
                                    "AccountCode": "12775",
                                    "Description": "Foobar",
                                    "UnitAmount": 20.0,
                                    "LineAmount": 20.0,
                                    "ItemCode": "",
                                    "Quantity": 1.0,
                                    "TaxAmount": 0.0,
                                    "Tracking": [],
                                }
                            ],
                            "Date": "/Date(1580515200000)/",
                            "DateString": "2020-02-01T00:00:00",
                            "Status": "DRAFT",
                            "CurrencyRate": 1.0,
                            "CurrencyCode": "USD",
                            "SubTotal": 20.0,
                            "TotalTax": 0.0,
                            "Total": 20.0,
                            "UpdatedDateUTC": "/Date(1580607783467)/",
                            "LineAmountTypes": "EXCLUSIVE",
                            "StatusAttributeString": "OK",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.quotes.update_or_create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                quotes=[
                    Quote(
                        contact=Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000")),
                        line_items=[
                            LineItem(
                                description="Foobar",
                                quantity=1,
                                unit_amount=20,
                                account_code="12775",
                            )
                        ],
                        date="2020-02-01",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_quotes_update_or_create(seen[0])
    assert isinstance(result, Quotes)


def test_quotes_update_or_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.quotes.update_or_create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            quotes=[
                Quote(
                    contact=Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000")),
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=1, unit_amount=20, account_code="12775"
                        )
                    ],
                    date="2020-02-01",
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_quotes_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "SummarizeErrors": True,
        "Id": "e3626c45-77f1-4ab0-ba9b-3593c7bcd25c",
        "Status": "OK",
        "ProviderName": "provider-name",
        "DateTimeUTC": "/Date(1580607864786)/",
        "Quotes": [
            {
                "QuoteID": "1f90e77a-7b88-4462-874f-1aa675be8fef",
                "QuoteNumber": "QU-0007",
                "Reference": "MyQuote",
                "Terms": "These are my terms",
                "Contact": {
                    "ContactID": "4bc3ecb2-8e2a-4267-a171-0e0ce7e5ac2a",
                    "Name": "ABC Limited",
                    "EmailAddress": "john.smith@gmail.com",
                    "FirstName": "John",
                    "LastName": "Smith",
                },
                "LineItems": [
                    {
                        "LineItemID": "09b47d9f-f78d-4bab-b226-957f55bfb1b5",
                        "AccountCode": "400",
                        "Description": "Half day training - Microsoft Office",
                        "UnitAmount": 500.0,
                        "LineAmount": 500.0,
                        "ItemCode": "Train-MS",
                        "Quantity": 1.0,
                        "TaxAmount": 0.0,
                        "TaxType": "NONE",
                        "Tracking": [
                            {
                                "TrackingCategoryID": "9bd3f506-6d91-4625-81f0-0f9147f099f4",
                                "TrackingOptionID": "d30e2a0d-ae6f-4806-88ca-d8ebdba2af73",
                                "Name": "Avengers",
                                "Option": "IronMan",
                            }
                        ],
                    }
                ],
                "Date": "/Date(1580515200000)/",
                "DateString": "2020-02-01T00:00:00",
                "ExpiryDate": "/Date(1581724800000)/",
                "ExpiryDateString": "2020-02-15T00:00:00",
                "Status": "DRAFT",
                "CurrencyRate": 1.54715,
                "CurrencyCode": "NZD",
                "SubTotal": 500.0,
                "TotalTax": 0.0,
                "Total": 500.0,
                "TotalDiscount": 0.0,
                "Title": "",
                "Summary": "",
                "BrandingThemeID": "324587a9-7eed-46c0-ad64-fa941a1b5b3e",
                "UpdatedDateUTC": "/Date(1580607757040)/",
                "LineAmountTypes": "EXCLUSIVE",
            }
        ],
    }
    model = Quotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_quotes_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Quotes/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_quotes_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "SummarizeErrors": True,
                "Id": "e3626c45-77f1-4ab0-ba9b-3593c7bcd25c",
                "Status": "OK",
                "ProviderName": "provider-name",
                "DateTimeUTC": "/Date(1580607864786)/",
                "Quotes": [
                    {
                        "QuoteID": "1f90e77a-7b88-4462-874f-1aa675be8fef",
                        "QuoteNumber": "QU-0007",
                        "Reference": "MyQuote",
                        "Terms": "These are my terms",
                        "Contact": {
                            "ContactID": "4bc3ecb2-8e2a-4267-a171-0e0ce7e5ac2a",
                            "Name": "ABC Limited",
                            "EmailAddress": "john.smith@gmail.com",
                            "FirstName": "John",
                            "LastName": "Smith",
                        },
                        "LineItems": [
                            {
                                "LineItemID": "09b47d9f-f78d-4bab-b226-957f55bfb1b5",
                                "AccountCode": "400",
                                "Description": "Half day training - Microsoft Office",
                                "UnitAmount": 500.0,
                                "LineAmount": 500.0,
                                "ItemCode": "Train-MS",
                                "Quantity": 1.0,
                                "TaxAmount": 0.0,
                                "TaxType": "NONE",
                                "Tracking": [
                                    {
                                        "TrackingCategoryID": "9bd3f506-6d91-4625-81f0-0f9147f099f4",
                                        "TrackingOptionID": "d30e2a0d-ae6f-4806-88ca-d8ebdba2af73",
                                        "Name": "Avengers",
                                        "Option": "IronMan",
                                    }
                                ],
                            }
                        ],
                        "Date": "/Date(1580515200000)/",
                        "DateString": "2020-02-01T00:00:00",
                        "ExpiryDate": "/Date(1581724800000)/",
                        "ExpiryDateString": "2020-02-15T00:00:00",
                        "Status": "DRAFT",
                        "CurrencyRate": 1.54715,
                        "CurrencyCode": "NZD",
                        "SubTotal": 500.0,
                        "TotalTax": 0.0,
                        "Total": 500.0,
                        "TotalDiscount": 0.0,
                        "Title": "",
                        "Summary": "",
                        "BrandingThemeID": "324587a9-7eed-46c0-ad64-fa941a1b5b3e",
                        "UpdatedDateUTC": "/Date(1580607757040)/",
                        "LineAmountTypes": "EXCLUSIVE",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.quotes.get(
            quote_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_quotes_get(seen[0])
    assert isinstance(result, Quotes)


def test_quotes_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "SummarizeErrors": True,
                    "Id": "e3626c45-77f1-4ab0-ba9b-3593c7bcd25c",
                    "Status": "OK",
                    "ProviderName": "provider-name",
                    "DateTimeUTC": "/Date(1580607864786)/",
                    "Quotes": [
                        {
                            "QuoteID": "1f90e77a-7b88-4462-874f-1aa675be8fef",
                            "QuoteNumber": "QU-0007",
                            "Reference": "MyQuote",
                            "Terms": "These are my terms",
                            "Contact": {
                                "ContactID": "4bc3ecb2-8e2a-4267-a171-0e0ce7e5ac2a",
                                "Name": "ABC Limited",
                                "EmailAddress": "john.smith@gmail.com",
                                "FirstName": "John",
                                "LastName": "Smith",
                            },
                            "LineItems": [
                                {
                                    "LineItemID": "09b47d9f-f78d-4bab-b226-957f55bfb1b5",
                                    "AccountCode": "400",
                                    "Description": "Half day training - Microsoft Office",
                                    "UnitAmount": 500.0,
                                    "LineAmount": 500.0,
                                    "ItemCode": "Train-MS",
                                    "Quantity": 1.0,
                                    "TaxAmount": 0.0,
                                    "TaxType": "NONE",
                                    "Tracking": [
                                        {
                                            "TrackingCategoryID": "9bd3f506-6d91-4625-81f0-0f9147f099f4",
                                            "TrackingOptionID": "d30e2a0d-ae6f-4806-88ca-d8ebdba2af73",
                                            "Name": "Avengers",
                                            "Option": "IronMan",
                                        }
                                    ],
                                }
                            ],
                            "Date": "/Date(1580515200000)/",
                            "DateString": "2020-02-01T00:00:00",
                            "ExpiryDate": "/Date(1581724800000)/",
                            "ExpiryDateString": "2020-02-15T00:00:00",
                            "Status": "DRAFT",
                            "CurrencyRate": 1.54715,
                            "CurrencyCode": "NZD",
                            "SubTotal": 500.0,
                            "TotalTax": 0.0,
                            "Total": 500.0,
                            "TotalDiscount": 0.0,
                            "Title": "",
                            "Summary": "",
                            "BrandingThemeID": "324587a9-7eed-46c0-ad64-fa941a1b5b3e",
                            "UpdatedDateUTC": "/Date(1580607757040)/",
                            "LineAmountTypes": "EXCLUSIVE",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.quotes.get(
                quote_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_quotes_get(seen[0])
    assert isinstance(result, Quotes)


def test_quotes_update_request_example_round_trips() -> None:
    example: object = {
        "Quotes": [
            {
                "Reference": "I am an update",
                "Contact": {"ContactID": "00000000-0000-0000-0000-000000000000"},
                "Date": "2020-02-01",
            }
        ]
    }
    model = Quotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_quotes_update_response_example_200_0_round_trips() -> None:
    example: object = {
        "SummarizeErrors": True,
        "Id": "be4f43a7-ef02-497a-96c2-fc0bc047a82a",
        "Status": "OK",
        "ProviderName": "provider-name",
        "DateTimeUTC": "/Date(1580605644385)/",
        "Quotes": [
            {
                "QuoteID": "8ce6b14c-ef87-4f45-93f0-853137c6d0e1",
                "QuoteNumber": "QU-0008",
                "Reference": "I am an update",
                "Terms": "",
                "Contact": {
                    "ContactID": "8ed7dd03-4e6a-4078-a807-c5309abfec52",
                    "Name": "Orlena Greenville 35",
                    "EmailAddress": "",
                },
                "LineItems": [
                    {
                        "LineItemID": "be69f44e-9c72-4fcd-9152-0174867cce49",
                        "AccountCode": "12775",
                        "Description": "Foobar",
                        "UnitAmount": 20.0,
                        "LineAmount": 20.0,
                        "ItemCode": "",
                        "Quantity": 1.0,
                        "TaxAmount": 0.0,
                        "Tracking": [],
                    }
                ],
                "Date": "/Date(1580515200000)/",
                "DateString": "2020-02-01T00:00:00",
                "Status": "DRAFT",
                "CurrencyRate": 1.0,
                "CurrencyCode": "USD",
                "SubTotal": 20.0,
                "TotalTax": 0.0,
                "Total": 20.0,
                "UpdatedDateUTC": "/Date(1580605644360)/",
                "LineAmountTypes": "EXCLUSIVE",
            }
        ],
    }
    model = Quotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_quotes_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Quotes/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Quotes": [
            {
                "Reference": "I am an update",
                "Contact": {"ContactID": "00000000-0000-0000-0000-000000000000"},
                "Date": "2020-02-01",
            }
        ]
    }


def test_quotes_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "SummarizeErrors": True,
                "Id": "be4f43a7-ef02-497a-96c2-fc0bc047a82a",
                "Status": "OK",
                "ProviderName": "provider-name",
                "DateTimeUTC": "/Date(1580605644385)/",
                "Quotes": [
                    {
                        "QuoteID": "8ce6b14c-ef87-4f45-93f0-853137c6d0e1",
                        "QuoteNumber": "QU-0008",
                        "Reference": "I am an update",
                        "Terms": "",
                        "Contact": {
                            "ContactID": "8ed7dd03-4e6a-4078-a807-c5309abfec52",
                            "Name": "Orlena Greenville 35",
                            "EmailAddress": "",
                        },
                        "LineItems": [
                            {
                                "LineItemID": "be69f44e-9c72-4fcd-9152-0174867cce49",
                                "AccountCode": "12775",
                                "Description": "Foobar",
                                "UnitAmount": 20.0,
                                "LineAmount": 20.0,
                                "ItemCode": "",
                                "Quantity": 1.0,
                                "TaxAmount": 0.0,
                                "Tracking": [],
                            }
                        ],
                        "Date": "/Date(1580515200000)/",
                        "DateString": "2020-02-01T00:00:00",
                        "Status": "DRAFT",
                        "CurrencyRate": 1.0,
                        "CurrencyCode": "USD",
                        "SubTotal": 20.0,
                        "TotalTax": 0.0,
                        "Total": 20.0,
                        "UpdatedDateUTC": "/Date(1580605644360)/",
                        "LineAmountTypes": "EXCLUSIVE",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.quotes.update(
            quote_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            quotes=[
                Quote(
                    reference="I am an update",
                    contact=Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000")),
                    date="2020-02-01",
                )
            ],
        )
    assert len(seen) == 1
    _check_quotes_update(seen[0])
    assert isinstance(result, Quotes)


def test_quotes_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "SummarizeErrors": True,
                    "Id": "be4f43a7-ef02-497a-96c2-fc0bc047a82a",
                    "Status": "OK",
                    "ProviderName": "provider-name",
                    "DateTimeUTC": "/Date(1580605644385)/",
                    "Quotes": [
                        {
                            "QuoteID": "8ce6b14c-ef87-4f45-93f0-853137c6d0e1",
                            "QuoteNumber": "QU-0008",
                            "Reference": "I am an update",
                            "Terms": "",
                            "Contact": {
                                "ContactID": "8ed7dd03-4e6a-4078-a807-c5309abfec52",
                                "Name": "Orlena Greenville 35",
                                "EmailAddress": "",
                            },
                            "LineItems": [
                                {
                                    "LineItemID": "be69f44e-9c72-4fcd-9152-0174867cce49",
                                    "AccountCode": "12775",
                                    "Description": "Foobar",
                                    "UnitAmount": 20.0,
                                    "LineAmount": 20.0,
                                    "ItemCode": "",
                                    "Quantity": 1.0,
                                    "TaxAmount": 0.0,
                                    "Tracking": [],
                                }
                            ],
                            "Date": "/Date(1580515200000)/",
                            "DateString": "2020-02-01T00:00:00",
                            "Status": "DRAFT",
                            "CurrencyRate": 1.0,
                            "CurrencyCode": "USD",
                            "SubTotal": 20.0,
                            "TotalTax": 0.0,
                            "Total": 20.0,
                            "UpdatedDateUTC": "/Date(1580605644360)/",
                            "LineAmountTypes": "EXCLUSIVE",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.quotes.update(
                quote_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                quotes=[
                    Quote(
                        reference="I am an update",
                        contact=Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000")),
                        date="2020-02-01",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_quotes_update(seen[0])
    assert isinstance(result, Quotes)


def test_quotes_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.quotes.update(
            quote_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            quotes=[
                Quote(
                    reference="I am an update",
                    contact=Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000")),
                    date="2020-02-01",
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_quotes_get_history_response_example_200_0_round_trips() -> None:
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


def _check_quotes_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Quotes/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_quotes_get_history_sends_the_documented_request() -> None:
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
        result = client.quotes.get_history(
            quote_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_quotes_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_quotes_get_history_async_sends_the_same_request() -> None:
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
            return await client.quotes.get_history(
                quote_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_quotes_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_quotes_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_quotes_create_history_response_example_200_0_round_trips() -> None:
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


def _check_quotes_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Quotes/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_quotes_create_history_sends_the_documented_request() -> None:
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
        result = client.quotes.create_history(
            quote_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_quotes_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_quotes_create_history_async_sends_the_same_request() -> None:
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
            return await client.quotes.create_history(
                quote_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_quotes_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_quotes_create_history_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.quotes.create_history(
            quote_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_quotes_get_as_pdf(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Quotes/00000000-0000-0000-0000-000000000000/pdf"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_quotes_get_as_pdf_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.quotes.get_as_pdf(
            quote_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_quotes_get_as_pdf(seen[0])
    assert result == b"content"


def test_quotes_get_as_pdf_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.quotes.get_as_pdf(
                quote_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_quotes_get_as_pdf(seen[0])
    assert result == b"content"


def test_quotes_get_attachments_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "439c1573-3cd8-4697-a9f6-81fa651ee8f3",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550852630329)/",
        "Attachments": [
            {
                "AttachmentID": "52a643be-cd5c-489f-9778-53a9fd337756",
                "FileName": "sample5.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/Quotes/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_quotes_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Quotes/00000000-0000-0000-0000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_quotes_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "439c1573-3cd8-4697-a9f6-81fa651ee8f3",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550852630329)/",
                "Attachments": [
                    {
                        "AttachmentID": "52a643be-cd5c-489f-9778-53a9fd337756",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Quotes/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.quotes.get_attachments(
            quote_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_quotes_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_quotes_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "439c1573-3cd8-4697-a9f6-81fa651ee8f3",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550852630329)/",
                    "Attachments": [
                        {
                            "AttachmentID": "52a643be-cd5c-489f-9778-53a9fd337756",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Quotes/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.quotes.get_attachments(
                quote_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_quotes_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def _check_quotes_get_attachment_by_id(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/Quotes/00000000-0000-0000-0000-000000000000/Attachments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_quotes_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.quotes.get_attachment_by_id(
            quote_id=UUID("00000000-0000-0000-0000-000000000000"),
            attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_quotes_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_quotes_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.quotes.get_attachment_by_id(
                quote_id=UUID("00000000-0000-0000-0000-000000000000"),
                attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_quotes_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_quotes_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Quotes/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_quotes_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.quotes.get_attachment_by_file_name(
            quote_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_quotes_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_quotes_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.quotes.get_attachment_by_file_name(
                quote_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_quotes_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_quotes_create_attachment_by_file_name_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "724cdff5-bcd1-4c5c-977e-e864c24258e0",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550856817769)/",
        "Attachments": [
            {
                "AttachmentID": "ab95b276-9dce-4925-9077-439818ba270f",
                "FileName": "sample5.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/Quotes/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_quotes_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Quotes/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_quotes_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "724cdff5-bcd1-4c5c-977e-e864c24258e0",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550856817769)/",
                "Attachments": [
                    {
                        "AttachmentID": "ab95b276-9dce-4925-9077-439818ba270f",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Quotes/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.quotes.create_attachment_by_file_name(
            quote_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_quotes_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_quotes_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "724cdff5-bcd1-4c5c-977e-e864c24258e0",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550856817769)/",
                    "Attachments": [
                        {
                            "AttachmentID": "ab95b276-9dce-4925-9077-439818ba270f",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Quotes/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.quotes.create_attachment_by_file_name(
                quote_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_quotes_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_quotes_create_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.quotes.create_attachment_by_file_name(
            quote_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_quotes_update_attachment_by_file_name_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "c8d6413a-1da2-4faa-9848-21f60443e906",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550859714477)/",
        "Attachments": [
            {
                "AttachmentID": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                "FileName": "sample5.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/Quotes/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_quotes_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Quotes/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_quotes_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "c8d6413a-1da2-4faa-9848-21f60443e906",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550859714477)/",
                "Attachments": [
                    {
                        "AttachmentID": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Quotes/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.quotes.update_attachment_by_file_name(
            quote_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_quotes_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_quotes_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "c8d6413a-1da2-4faa-9848-21f60443e906",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550859714477)/",
                    "Attachments": [
                        {
                            "AttachmentID": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Quotes/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.quotes.update_attachment_by_file_name(
                quote_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_quotes_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_quotes_update_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.quotes.update_attachment_by_file_name(
            quote_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
