"""Tests of the `credit_notes` operations, generated from the document's examples."""

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
    Attachments,
    Contact,
    CreditNote,
    CreditNotes,
    CreditNoteStatus,
    CreditNoteType,
    Error,
    HistoryRecord,
    HistoryRecords,
    Invoice,
    LineItem,
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


def test_credit_notes_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "306379b0-3d75-4c77-953a-be08fa0efae8",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551812506620)/",
        "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 2},
        "CreditNotes": [
            {
                "CreditNoteID": "249f15fa-f2a7-4acc-8769-0984103f2225",
                "CreditNoteNumber": "CN-0005",
                "Payments": [
                    {
                        "PaymentID": "6b037c9b-2e5d-4905-84d3-eabfb3438242",
                        "Date": "/Date(1552521600000+0000)/",
                        "Amount": 2.0,
                        "Reference": "Too much",
                        "CurrencyRate": 1.0,
                        "HasAccount": False,
                        "HasValidationErrors": False,
                    }
                ],
                "ID": "249f15fa-f2a7-4acc-8769-0984103f2225",
                "CurrencyRate": 1.0,
                "Type": "ACCRECCREDIT",
                "Reference": "US Tour",
                "RemainingCredit": 32.5,
                "Allocations": [],
                "HasAttachments": True,
                "Contact": {
                    "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                    "Name": "Liam Gallagher",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "DateString": "2019-03-05T00:00:00",
                "Date": "/Date(1551744000000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [],
                "SubTotal": 30.0,
                "TotalTax": 4.5,
                "Total": 34.5,
                "UpdatedDateUTC": "/Date(1551812346157+0000)/",
                "UpdatedDateUTCString": "2019-03-05T18:59:06Z",
                "CurrencyCode": "NZD",
            },
            {
                "CreditNoteID": "f8021bd2-9a6a-4c19-8477-163da0b9290f",
                "CreditNoteNumber": "",
                "Payments": [],
                "ID": "f8021bd2-9a6a-4c19-8477-163da0b9290f",
                "CurrencyRate": 1.0,
                "Type": "ACCPAYCREDIT",
                "Reference": "",
                "RemainingCredit": 46.0,
                "Allocations": [],
                "HasAttachments": False,
                "Contact": {
                    "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                    "Name": "Liam Gallagher",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "DateString": "2019-01-05T00:00:00",
                "Date": "/Date(1546646400000+0000)/",
                "Status": "DRAFT",
                "LineAmountTypes": "Exclusive",
                "LineItems": [],
                "SubTotal": 40.0,
                "TotalTax": 6.0,
                "Total": 46.0,
                "UpdatedDateUTC": "/Date(1551812506153+0000)/",
                "UpdatedDateUTCString": "2019-03-05T19:01:46Z",
                "CurrencyCode": "NZD",
            },
        ],
    }
    model = CreditNotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_credit_notes_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/CreditNotes"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "306379b0-3d75-4c77-953a-be08fa0efae8",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551812506620)/",
                "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 2},
                "CreditNotes": [
                    {
                        "CreditNoteID": "249f15fa-f2a7-4acc-8769-0984103f2225",
                        "CreditNoteNumber": "CN-0005",
                        "Payments": [
                            {
                                "PaymentID": "6b037c9b-2e5d-4905-84d3-eabfb3438242",
                                "Date": "/Date(1552521600000+0000)/",
                                "Amount": 2.0,
                                "Reference": "Too much",
                                "CurrencyRate": 1.0,
                                "HasAccount": False,
                                "HasValidationErrors": False,
                            }
                        ],
                        "ID": "249f15fa-f2a7-4acc-8769-0984103f2225",
                        "CurrencyRate": 1.0,
                        "Type": "ACCRECCREDIT",
                        "Reference": "US Tour",
                        "RemainingCredit": 32.5,
                        "Allocations": [],
                        "HasAttachments": True,
                        "Contact": {
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "Name": "Liam Gallagher",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2019-03-05T00:00:00",
                        "Date": "/Date(1551744000000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [],
                        "SubTotal": 30.0,
                        "TotalTax": 4.5,
                        "Total": 34.5,
                        "UpdatedDateUTC": "/Date(1551812346157+0000)/",
                        "UpdatedDateUTCString": "2019-03-05T18:59:06Z",
                        "CurrencyCode": "NZD",
                    },
                    {
                        "CreditNoteID": "f8021bd2-9a6a-4c19-8477-163da0b9290f",
                        "CreditNoteNumber": "",
                        "Payments": [],
                        "ID": "f8021bd2-9a6a-4c19-8477-163da0b9290f",
                        "CurrencyRate": 1.0,
                        "Type": "ACCPAYCREDIT",
                        "Reference": "",
                        "RemainingCredit": 46.0,
                        "Allocations": [],
                        "HasAttachments": False,
                        "Contact": {
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "Name": "Liam Gallagher",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2019-01-05T00:00:00",
                        "Date": "/Date(1546646400000+0000)/",
                        "Status": "DRAFT",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [],
                        "SubTotal": 40.0,
                        "TotalTax": 6.0,
                        "Total": 46.0,
                        "UpdatedDateUTC": "/Date(1551812506153+0000)/",
                        "UpdatedDateUTCString": "2019-03-05T19:01:46Z",
                        "CurrencyCode": "NZD",
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.credit_notes.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_credit_notes_list(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "306379b0-3d75-4c77-953a-be08fa0efae8",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551812506620)/",
                    "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 2},
                    "CreditNotes": [
                        {
                            "CreditNoteID": "249f15fa-f2a7-4acc-8769-0984103f2225",
                            "CreditNoteNumber": "CN-0005",
                            "Payments": [
                                {
                                    "PaymentID": "6b037c9b-2e5d-4905-84d3-eabfb3438242",
                                    "Date": "/Date(1552521600000+0000)/",
                                    "Amount": 2.0,
                                    "Reference": "Too much",
                                    "CurrencyRate": 1.0,
                                    "HasAccount": False,
                                    "HasValidationErrors": False,
                                }
                            ],
                            "ID": "249f15fa-f2a7-4acc-8769-0984103f2225",
                            "CurrencyRate": 1.0,
                            "Type": "ACCRECCREDIT",
                            "Reference": "US Tour",
                            "RemainingCredit": 32.5,
                            "Allocations": [],
                            "HasAttachments": True,
                            "Contact": {
                                "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                                "Name": "Liam Gallagher",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2019-03-05T00:00:00",
                            "Date": "/Date(1551744000000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [],
                            "SubTotal": 30.0,
                            "TotalTax": 4.5,
                            "Total": 34.5,
                            "UpdatedDateUTC": "/Date(1551812346157+0000)/",
                            "UpdatedDateUTCString": "2019-03-05T18:59:06Z",
                            "CurrencyCode": "NZD",
                        },
                        {
                            "CreditNoteID": "f8021bd2-9a6a-4c19-8477-163da0b9290f",
                            "CreditNoteNumber": "",
                            "Payments": [],
                            "ID": "f8021bd2-9a6a-4c19-8477-163da0b9290f",
                            "CurrencyRate": 1.0,
                            "Type": "ACCPAYCREDIT",
                            "Reference": "",
                            "RemainingCredit": 46.0,
                            "Allocations": [],
                            "HasAttachments": False,
                            "Contact": {
                                "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                                "Name": "Liam Gallagher",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2019-01-05T00:00:00",
                            "Date": "/Date(1546646400000+0000)/",
                            "Status": "DRAFT",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [],
                            "SubTotal": 40.0,
                            "TotalTax": 6.0,
                            "Total": 46.0,
                            "UpdatedDateUTC": "/Date(1551812506153+0000)/",
                            "UpdatedDateUTCString": "2019-03-05T19:01:46Z",
                            "CurrencyCode": "NZD",
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.credit_notes.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_list(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_create_request_example_round_trips() -> None:
    example: object = {
        "CreditNotes": [
            {
                "Type": "ACCPAYCREDIT",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "Date": "2019-01-05",
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "Quantity": 2.0,
                        "UnitAmount": 20.0,
                        "AccountCode": "400",
                    }
                ],
            }
        ]
    }
    model = CreditNotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_credit_notes_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "5e57a661-42da-4a19-96a0-00405a0e946d",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551812702713)/",
        "CreditNotes": [
            {
                "CreditNoteID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                "CreditNoteNumber": "",
                "Payments": [],
                "ID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                "CurrencyRate": 1.0,
                "Type": "ACCPAYCREDIT",
                "Reference": "",
                "RemainingCredit": 46.0,
                "Allocations": [],
                "Contact": {
                    "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                    "ContactStatus": "ACTIVE",
                    "Name": "Liam Gallagher",
                    "FirstName": "Liam",
                    "LastName": "Gallagher",
                    "EmailAddress": "liam@rockstar.com",
                    "BankAccountDetails": "",
                    "Addresses": [
                        {
                            "AddressType": "STREET",
                            "City": "",
                            "Region": "",
                            "PostalCode": "",
                            "Country": "",
                            "AttentionTo": "",
                        },
                        {
                            "AddressType": "POBOX",
                            "City": "Anytown",
                            "Region": "NY",
                            "PostalCode": "10101",
                            "Country": "USA",
                            "AttentionTo": "",
                        },
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "222-2222",
                            "PhoneAreaCode": "212",
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
                "DateString": "2019-01-05T00:00:00",
                "Date": "/Date(1546646400000+0000)/",
                "Status": "DRAFT",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "UnitAmount": 20.0,
                        "TaxType": "INPUT2",
                        "TaxAmount": 6.0,
                        "LineAmount": 40.0,
                        "AccountCode": "400",
                        "Tracking": [],
                        "Quantity": 2.0,
                        "ValidationErrors": [],
                    }
                ],
                "SubTotal": 40.0,
                "TotalTax": 6.0,
                "Total": 46.0,
                "UpdatedDateUTC": "/Date(1551812702650+0000)/",
                "UpdatedDateUTCString": "2019-03-05T19:05:02Z",
                "CurrencyCode": "NZD",
                "StatusAttributeString": "OK",
                "ValidationErrors": [
                    {
                        "Message": "An existing Credit Note with the specified CreditNoteID could not be found"
                    }
                ],
            }
        ],
    }
    model = CreditNotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_credit_notes_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/CreditNotes"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "CreditNotes": [
            {
                "Type": "ACCPAYCREDIT",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "Date": "2019-01-05",
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "Quantity": 2.0,
                        "UnitAmount": 20.0,
                        "AccountCode": "400",
                    }
                ],
            }
        ]
    }


def test_credit_notes_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "5e57a661-42da-4a19-96a0-00405a0e946d",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551812702713)/",
                "CreditNotes": [
                    {
                        "CreditNoteID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                        "CreditNoteNumber": "",
                        "Payments": [],
                        "ID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                        "CurrencyRate": 1.0,
                        "Type": "ACCPAYCREDIT",
                        "Reference": "",
                        "RemainingCredit": 46.0,
                        "Allocations": [],
                        "Contact": {
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "ContactStatus": "ACTIVE",
                            "Name": "Liam Gallagher",
                            "FirstName": "Liam",
                            "LastName": "Gallagher",
                            "EmailAddress": "liam@rockstar.com",
                            "BankAccountDetails": "",
                            "Addresses": [
                                {
                                    "AddressType": "STREET",
                                    "City": "",
                                    "Region": "",
                                    "PostalCode": "",
                                    "Country": "",
                                    "AttentionTo": "",
                                },
                                {
                                    "AddressType": "POBOX",
                                    "City": "Anytown",
                                    "Region": "NY",
                                    "PostalCode": "10101",
                                    "Country": "USA",
                                    "AttentionTo": "",
                                },
                            ],
                            "Phones": [
                                {
                                    "PhoneType": "DEFAULT",
                                    "PhoneNumber": "222-2222",
                                    "PhoneAreaCode": "212",
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
                        "DateString": "2019-01-05T00:00:00",
                        "Date": "/Date(1546646400000+0000)/",
                        "Status": "DRAFT",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Foobar",
                                "UnitAmount": 20.0,
                                "TaxType": "INPUT2",
                                "TaxAmount": 6.0,
                                "LineAmount": 40.0,
                                "AccountCode": "400",
                                "Tracking": [],
                                "Quantity": 2.0,
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 40.0,
                        "TotalTax": 6.0,
                        "Total": 46.0,
                        "UpdatedDateUTC": "/Date(1551812702650+0000)/",
                        "UpdatedDateUTCString": "2019-03-05T19:05:02Z",
                        "CurrencyCode": "NZD",
                        "StatusAttributeString": "OK",
                        "ValidationErrors": [
                            {
                                "Message": "An existing Credit Note with the specified CreditNoteID could not be found"
                            }
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.credit_notes.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            credit_notes=[
                CreditNote(
                    type=CreditNoteType("ACCPAYCREDIT"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    date="2019-01-05",
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=2.0, unit_amount=20.0, account_code="400"
                        )
                    ],
                )
            ],
        )
    assert len(seen) == 1
    _check_credit_notes_create(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "5e57a661-42da-4a19-96a0-00405a0e946d",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551812702713)/",
                    "CreditNotes": [
                        {
                            "CreditNoteID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                            "CreditNoteNumber": "",
                            "Payments": [],
                            "ID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                            "CurrencyRate": 1.0,
                            "Type": "ACCPAYCREDIT",
                            "Reference": "",
                            "RemainingCredit": 46.0,
                            "Allocations": [],
                            "Contact": {
                                "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                                "ContactStatus": "ACTIVE",
                                "Name": "Liam Gallagher",
                                "FirstName": "Liam",
                                "LastName": "Gallagher",
                                "EmailAddress": "liam@rockstar.com",
                                "BankAccountDetails": "",
                                "Addresses": [
                                    {
                                        "AddressType": "STREET",
                                        "City": "",
                                        "Region": "",
                                        "PostalCode": "",
                                        "Country": "",
                                        "AttentionTo": "",
                                    },
                                    {
                                        "AddressType": "POBOX",
                                        "City": "Anytown",
                                        "Region": "NY",
                                        "PostalCode": "10101",
                                        "Country": "USA",
                                        "AttentionTo": "",
                                    },
                                ],
                                "Phones": [
                                    {
                                        "PhoneType": "DEFAULT",
                                        "PhoneNumber": "222-2222",
                                        "PhoneAreaCode": "212",
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
                            "DateString": "2019-01-05T00:00:00",
                            "Date": "/Date(1546646400000+0000)/",
                            "Status": "DRAFT",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "Foobar",
                                    "UnitAmount": 20.0,
                                    "TaxType": "INPUT2",
                                    "TaxAmount": 6.0,
                                    "LineAmount": 40.0,
                                    "AccountCode": "400",
                                    "Tracking": [],
                                    "Quantity": 2.0,
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 40.0,
                            "TotalTax": 6.0,
                            "Total": 46.0,
                            "UpdatedDateUTC": "/Date(1551812702650+0000)/",
                            "UpdatedDateUTCString": "2019-03-05T19:05:02Z",
                            "CurrencyCode": "NZD",
                            "StatusAttributeString": "OK",
                            "ValidationErrors": [
                                {
                                    "Message": "An existing Credit Note with the specified CreditNoteID could not be found"
                                }
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.credit_notes.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                credit_notes=[
                    CreditNote(
                        type=CreditNoteType("ACCPAYCREDIT"),
                        contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                        date="2019-01-05",
                        line_items=[
                            LineItem(
                                description="Foobar",
                                quantity=2.0,
                                unit_amount=20.0,
                                account_code="400",
                            )
                        ],
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_create(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.credit_notes.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            credit_notes=[
                CreditNote(
                    type=CreditNoteType("ACCPAYCREDIT"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    date="2019-01-05",
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=2.0, unit_amount=20.0, account_code="400"
                        )
                    ],
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_credit_notes_update_or_create_request_example_round_trips() -> None:
    example: object = {
        "CreditNotes": [
            {
                "Type": "ACCPAYCREDIT",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "Date": "2019-01-05",
                "Status": "AUTHORISED",
                "Reference": "HelloWorld",
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "Quantity": 2.0,
                        "UnitAmount": 20.0,
                        "AccountCode": "400",
                    }
                ],
            }
        ]
    }
    model = CreditNotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_credit_notes_update_or_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "5e57a661-42da-4a19-96a0-00405a0e946d",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551812702713)/",
        "CreditNotes": [
            {
                "CreditNoteID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                "CreditNoteNumber": "",
                "Payments": [],
                "ID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                "CurrencyRate": 1.0,
                "Type": "ACCPAYCREDIT",
                "Reference": "",
                "SentToContact": True,
                "RemainingCredit": 46.0,
                "Allocations": [],
                "Contact": {
                    "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                    "ContactStatus": "ACTIVE",
                    "Name": "Liam Gallagher",
                    "FirstName": "Liam",
                    "LastName": "Gallagher",
                    "EmailAddress": "liam@rockstar.com",
                    "BankAccountDetails": "",
                    "Addresses": [
                        {
                            "AddressType": "STREET",
                            "City": "",
                            "Region": "",
                            "PostalCode": "",
                            "Country": "",
                            "AttentionTo": "",
                        },
                        {
                            "AddressType": "POBOX",
                            "City": "Anytown",
                            "Region": "NY",
                            "PostalCode": "10101",
                            "Country": "USA",
                            "AttentionTo": "",
                        },
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "222-2222",
                            "PhoneAreaCode": "212",
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
                "DateString": "2019-01-05T00:00:00",
                "Date": "/Date(1546646400000+0000)/",
                "Status": "DRAFT",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "UnitAmount": 20.0,
                        "TaxType": "INPUT2",
                        "TaxAmount": 6.0,
                        "LineAmount": 40.0,
                        "AccountCode": "400",
                        "Tracking": [],
                        "Quantity": 2.0,
                        "ValidationErrors": [],
                    }
                ],
                "SubTotal": 40.0,
                "TotalTax": 6.0,
                "Total": 46.0,
                "UpdatedDateUTC": "/Date(1551812702650+0000)/",
                "UpdatedDateUTCString": "2019-03-05T19:05:02Z",
                "CurrencyCode": "NZD",
                "StatusAttributeString": "OK",
                "ValidationErrors": [
                    {
                        "Message": "An existing Credit Note with the specified CreditNoteID could not be found"
                    }
                ],
            }
        ],
    }
    model = CreditNotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_credit_notes_update_or_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/CreditNotes"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "CreditNotes": [
            {
                "Type": "ACCPAYCREDIT",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "Date": "2019-01-05",
                "Status": "AUTHORISED",
                "Reference": "HelloWorld",
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "Quantity": 2.0,
                        "UnitAmount": 20.0,
                        "AccountCode": "400",
                    }
                ],
            }
        ]
    }


def test_credit_notes_update_or_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "5e57a661-42da-4a19-96a0-00405a0e946d",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551812702713)/",
                "CreditNotes": [
                    {
                        "CreditNoteID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                        "CreditNoteNumber": "",
                        "Payments": [],
                        "ID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                        "CurrencyRate": 1.0,
                        "Type": "ACCPAYCREDIT",
                        "Reference": "",
                        "SentToContact": True,
                        "RemainingCredit": 46.0,
                        "Allocations": [],
                        "Contact": {
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "ContactStatus": "ACTIVE",
                            "Name": "Liam Gallagher",
                            "FirstName": "Liam",
                            "LastName": "Gallagher",
                            "EmailAddress": "liam@rockstar.com",
                            "BankAccountDetails": "",
                            "Addresses": [
                                {
                                    "AddressType": "STREET",
                                    "City": "",
                                    "Region": "",
                                    "PostalCode": "",
                                    "Country": "",
                                    "AttentionTo": "",
                                },
                                {
                                    "AddressType": "POBOX",
                                    "City": "Anytown",
                                    "Region": "NY",
                                    "PostalCode": "10101",
                                    "Country": "USA",
                                    "AttentionTo": "",
                                },
                            ],
                            "Phones": [
                                {
                                    "PhoneType": "DEFAULT",
                                    "PhoneNumber": "222-2222",
                                    "PhoneAreaCode": "212",
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
                        "DateString": "2019-01-05T00:00:00",
                        "Date": "/Date(1546646400000+0000)/",
                        "Status": "DRAFT",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Foobar",
                                "UnitAmount": 20.0,
                                "TaxType": "INPUT2",
                                "TaxAmount": 6.0,
                                "LineAmount": 40.0,
                                "AccountCode": "400",
                                "Tracking": [],
                                "Quantity": 2.0,
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 40.0,
                        "TotalTax": 6.0,
                        "Total": 46.0,
                        "UpdatedDateUTC": "/Date(1551812702650+0000)/",
                        "UpdatedDateUTCString": "2019-03-05T19:05:02Z",
                        "CurrencyCode": "NZD",
                        "StatusAttributeString": "OK",
                        "ValidationErrors": [
                            {
                                "Message": "An existing Credit Note with the specified CreditNoteID could not be found"
                            }
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.credit_notes.update_or_create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            credit_notes=[
                CreditNote(
                    type=CreditNoteType("ACCPAYCREDIT"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    date="2019-01-05",
                    status=CreditNoteStatus("AUTHORISED"),
                    reference="HelloWorld",
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=2.0, unit_amount=20.0, account_code="400"
                        )
                    ],
                )
            ],
        )
    assert len(seen) == 1
    _check_credit_notes_update_or_create(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_update_or_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "5e57a661-42da-4a19-96a0-00405a0e946d",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551812702713)/",
                    "CreditNotes": [
                        {
                            "CreditNoteID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                            "CreditNoteNumber": "",
                            "Payments": [],
                            "ID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                            "CurrencyRate": 1.0,
                            "Type": "ACCPAYCREDIT",
                            "Reference": "",
                            "SentToContact": True,
                            "RemainingCredit": 46.0,
                            "Allocations": [],
                            "Contact": {
                                "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                                "ContactStatus": "ACTIVE",
                                "Name": "Liam Gallagher",
                                "FirstName": "Liam",
                                "LastName": "Gallagher",
                                "EmailAddress": "liam@rockstar.com",
                                "BankAccountDetails": "",
                                "Addresses": [
                                    {
                                        "AddressType": "STREET",
                                        "City": "",
                                        "Region": "",
                                        "PostalCode": "",
                                        "Country": "",
                                        "AttentionTo": "",
                                    },
                                    {
                                        "AddressType": "POBOX",
                                        "City": "Anytown",
                                        "Region": "NY",
                                        "PostalCode": "10101",
                                        "Country": "USA",
                                        "AttentionTo": "",
                                    },
                                ],
                                "Phones": [
                                    {
                                        "PhoneType": "DEFAULT",
                                        "PhoneNumber": "222-2222",
                                        "PhoneAreaCode": "212",
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
                            "DateString": "2019-01-05T00:00:00",
                            "Date": "/Date(1546646400000+0000)/",
                            "Status": "DRAFT",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "Foobar",
                                    "UnitAmount": 20.0,
                                    "TaxType": "INPUT2",
                                    "TaxAmount": 6.0,
                                    "LineAmount": 40.0,
                                    "AccountCode": "400",
                                    "Tracking": [],
                                    "Quantity": 2.0,
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 40.0,
                            "TotalTax": 6.0,
                            "Total": 46.0,
                            "UpdatedDateUTC": "/Date(1551812702650+0000)/",
                            "UpdatedDateUTCString": "2019-03-05T19:05:02Z",
                            "CurrencyCode": "NZD",
                            "StatusAttributeString": "OK",
                            "ValidationErrors": [
                                {
                                    "Message": "An existing Credit Note with the specified CreditNoteID could not be found"
                                }
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.credit_notes.update_or_create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                credit_notes=[
                    CreditNote(
                        type=CreditNoteType("ACCPAYCREDIT"),
                        contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                        date="2019-01-05",
                        status=CreditNoteStatus("AUTHORISED"),
                        reference="HelloWorld",
                        line_items=[
                            LineItem(
                                description="Foobar",
                                quantity=2.0,
                                unit_amount=20.0,
                                account_code="400",
                            )
                        ],
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_update_or_create(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_update_or_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.credit_notes.update_or_create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            credit_notes=[
                CreditNote(
                    type=CreditNoteType("ACCPAYCREDIT"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    date="2019-01-05",
                    status=CreditNoteStatus("AUTHORISED"),
                    reference="HelloWorld",
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=2.0, unit_amount=20.0, account_code="400"
                        )
                    ],
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_credit_notes_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "dd5c5da7-08ab-486a-ac34-aea295f1614b",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551812703811)/",
        "CreditNotes": [
            {
                "CreditNoteID": "249f15fa-f2a7-4acc-8769-0984103f2225",
                "CreditNoteNumber": "CN-0005",
                "Payments": [
                    {
                        "PaymentID": "6b037c9b-2e5d-4905-84d3-eabfb3438242",
                        "Date": "/Date(1552521600000+0000)/",
                        "Amount": 2.0,
                        "Reference": "Too much",
                        "CurrencyRate": 1.0,
                        "HasAccount": False,
                        "HasValidationErrors": False,
                    }
                ],
                "ID": "249f15fa-f2a7-4acc-8769-0984103f2225",
                "CurrencyRate": 1.0,
                "Type": "ACCRECCREDIT",
                "Reference": "US Tour",
                "RemainingCredit": 32.5,
                "Allocations": [],
                "HasAttachments": True,
                "Attachments": [
                    {
                        "AttachmentID": "9b9c9b62-069e-4f5a-a172-183195f084bb",
                        "FileName": "Screen Shot 2019-03-04 at 9.00.06 AM.png",
                        "Url": "https://api.xero.com/api.xro/2.0/creditnotes/249f15fa-f2a7-4acc-8769-0984103f2225/Attachments/Screen%20Shot%202019-03-04%20at%209.00.06%20AM.png",
                        "MimeType": "image/png",
                        "ContentLength": 82334,
                    }
                ],
                "Contact": {
                    "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                    "ContactStatus": "ACTIVE",
                    "Name": "Liam Gallagher",
                    "FirstName": "Liam",
                    "LastName": "Gallagher",
                    "EmailAddress": "liam@rockstar.com",
                    "BankAccountDetails": "",
                    "Addresses": [
                        {
                            "AddressType": "STREET",
                            "City": "",
                            "Region": "",
                            "PostalCode": "",
                            "Country": "",
                            "AttentionTo": "",
                        },
                        {
                            "AddressType": "POBOX",
                            "City": "Anytown",
                            "Region": "NY",
                            "PostalCode": "10101",
                            "Country": "USA",
                            "AttentionTo": "",
                        },
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "222-2222",
                            "PhoneAreaCode": "212",
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
                "DateString": "2019-03-05T00:00:00",
                "Date": "/Date(1551744000000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "Description": "Mic Stand",
                        "UnitAmount": 30.0,
                        "TaxType": "OUTPUT2",
                        "TaxAmount": 4.5,
                        "LineAmount": 30.0,
                        "AccountCode": "200",
                        "Tracking": [],
                        "Quantity": 1.0,
                        "ValidationErrors": [],
                    }
                ],
                "SubTotal": 30.0,
                "TotalTax": 4.5,
                "Total": 34.5,
                "UpdatedDateUTC": "/Date(1551812346157+0000)/",
                "UpdatedDateUTCString": "2019-03-05T18:59:06Z",
                "CurrencyCode": "NZD",
            }
        ],
    }
    model = CreditNotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_credit_notes_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "dd5c5da7-08ab-486a-ac34-aea295f1614b",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551812703811)/",
                "CreditNotes": [
                    {
                        "CreditNoteID": "249f15fa-f2a7-4acc-8769-0984103f2225",
                        "CreditNoteNumber": "CN-0005",
                        "Payments": [
                            {
                                "PaymentID": "6b037c9b-2e5d-4905-84d3-eabfb3438242",
                                "Date": "/Date(1552521600000+0000)/",
                                "Amount": 2.0,
                                "Reference": "Too much",
                                "CurrencyRate": 1.0,
                                "HasAccount": False,
                                "HasValidationErrors": False,
                            }
                        ],
                        "ID": "249f15fa-f2a7-4acc-8769-0984103f2225",
                        "CurrencyRate": 1.0,
                        "Type": "ACCRECCREDIT",
                        "Reference": "US Tour",
                        "RemainingCredit": 32.5,
                        "Allocations": [],
                        "HasAttachments": True,
                        "Attachments": [
                            {
                                "AttachmentID": "9b9c9b62-069e-4f5a-a172-183195f084bb",
                                "FileName": "Screen Shot 2019-03-04 at 9.00.06 AM.png",
                                "Url": "https://api.xero.com/api.xro/2.0/creditnotes/249f15fa-f2a7-4acc-8769-0984103f2225/Attachments/Screen%20Shot%202019-03-04%20at%209.00.06%20AM.png",
                                "MimeType": "image/png",
                                "ContentLength": 82334,
                            }
                        ],
                        "Contact": {
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "ContactStatus": "ACTIVE",
                            "Name": "Liam Gallagher",
                            "FirstName": "Liam",
                            "LastName": "Gallagher",
                            "EmailAddress": "liam@rockstar.com",
                            "BankAccountDetails": "",
                            "Addresses": [
                                {
                                    "AddressType": "STREET",
                                    "City": "",
                                    "Region": "",
                                    "PostalCode": "",
                                    "Country": "",
                                    "AttentionTo": "",
                                },
                                {
                                    "AddressType": "POBOX",
                                    "City": "Anytown",
                                    "Region": "NY",
                                    "PostalCode": "10101",
                                    "Country": "USA",
                                    "AttentionTo": "",
                                },
                            ],
                            "Phones": [
                                {
                                    "PhoneType": "DEFAULT",
                                    "PhoneNumber": "222-2222",
                                    "PhoneAreaCode": "212",
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
                        "DateString": "2019-03-05T00:00:00",
                        "Date": "/Date(1551744000000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Mic Stand",
                                "UnitAmount": 30.0,
                                "TaxType": "OUTPUT2",
                                "TaxAmount": 4.5,
                                "LineAmount": 30.0,
                                "AccountCode": "200",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 30.0,
                        "TotalTax": 4.5,
                        "Total": 34.5,
                        "UpdatedDateUTC": "/Date(1551812346157+0000)/",
                        "UpdatedDateUTCString": "2019-03-05T18:59:06Z",
                        "CurrencyCode": "NZD",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.credit_notes.get(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_credit_notes_get(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "dd5c5da7-08ab-486a-ac34-aea295f1614b",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551812703811)/",
                    "CreditNotes": [
                        {
                            "CreditNoteID": "249f15fa-f2a7-4acc-8769-0984103f2225",
                            "CreditNoteNumber": "CN-0005",
                            "Payments": [
                                {
                                    "PaymentID": "6b037c9b-2e5d-4905-84d3-eabfb3438242",
                                    "Date": "/Date(1552521600000+0000)/",
                                    "Amount": 2.0,
                                    "Reference": "Too much",
                                    "CurrencyRate": 1.0,
                                    "HasAccount": False,
                                    "HasValidationErrors": False,
                                }
                            ],
                            "ID": "249f15fa-f2a7-4acc-8769-0984103f2225",
                            "CurrencyRate": 1.0,
                            "Type": "ACCRECCREDIT",
                            "Reference": "US Tour",
                            "RemainingCredit": 32.5,
                            "Allocations": [],
                            "HasAttachments": True,
                            "Attachments": [
                                {
                                    "AttachmentID": "9b9c9b62-069e-4f5a-a172-183195f084bb",
                                    "FileName": "Screen Shot 2019-03-04 at 9.00.06 AM.png",
                                    "Url": "https://api.xero.com/api.xro/2.0/creditnotes/249f15fa-f2a7-4acc-8769-0984103f2225/Attachments/Screen%20Shot%202019-03-04%20at%209.00.06%20AM.png",
                                    "MimeType": "image/png",
                                    "ContentLength": 82334,
                                }
                            ],
                            "Contact": {
                                "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                                "ContactStatus": "ACTIVE",
                                "Name": "Liam Gallagher",
                                "FirstName": "Liam",
                                "LastName": "Gallagher",
                                "EmailAddress": "liam@rockstar.com",
                                "BankAccountDetails": "",
                                "Addresses": [
                                    {
                                        "AddressType": "STREET",
                                        "City": "",
                                        "Region": "",
                                        "PostalCode": "",
                                        "Country": "",
                                        "AttentionTo": "",
                                    },
                                    {
                                        "AddressType": "POBOX",
                                        "City": "Anytown",
                                        "Region": "NY",
                                        "PostalCode": "10101",
                                        "Country": "USA",
                                        "AttentionTo": "",
                                    },
                                ],
                                "Phones": [
                                    {
                                        "PhoneType": "DEFAULT",
                                        "PhoneNumber": "222-2222",
                                        "PhoneAreaCode": "212",
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
                            "DateString": "2019-03-05T00:00:00",
                            "Date": "/Date(1551744000000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "Mic Stand",
                                    "UnitAmount": 30.0,
                                    "TaxType": "OUTPUT2",
                                    "TaxAmount": 4.5,
                                    "LineAmount": 30.0,
                                    "AccountCode": "200",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 30.0,
                            "TotalTax": 4.5,
                            "Total": 34.5,
                            "UpdatedDateUTC": "/Date(1551812346157+0000)/",
                            "UpdatedDateUTCString": "2019-03-05T18:59:06Z",
                            "CurrencyCode": "NZD",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.credit_notes.get(
                credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_get(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_update_request_example_round_trips() -> None:
    example: object = {
        "CreditNotes": [
            {
                "Type": "ACCPAYCREDIT",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "Date": "2019-01-05",
                "Status": "AUTHORISED",
                "Reference": "HelloWorld",
                "SentToContact": True,
                "LineItems": [
                    {"Description": "Foobar", "Quantity": 2, "UnitAmount": 20, "AccountCode": "400"}
                ],
            }
        ]
    }
    model = CreditNotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_credit_notes_update_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "db2f7659-6044-418d-a4c6-d4b93eba4e1e",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551812704253)/",
        "CreditNotes": [
            {
                "CreditNoteID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                "CreditNoteNumber": "",
                "Payments": [],
                "ID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                "CurrencyRate": 1.0,
                "Type": "ACCPAYCREDIT",
                "Reference": "HelloWorld",
                "RemainingCredit": 46.0,
                "Allocations": [],
                "Contact": {
                    "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                    "ContactStatus": "ACTIVE",
                    "Name": "Liam Gallagher",
                    "FirstName": "Liam",
                    "LastName": "Gallagher",
                    "EmailAddress": "liam@rockstar.com",
                    "BankAccountDetails": "",
                    "Addresses": [
                        {
                            "AddressType": "STREET",
                            "City": "",
                            "Region": "",
                            "PostalCode": "",
                            "Country": "",
                            "AttentionTo": "",
                        },
                        {
                            "AddressType": "POBOX",
                            "City": "Anytown",
                            "Region": "NY",
                            "PostalCode": "10101",
                            "Country": "USA",
                            "AttentionTo": "",
                        },
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "222-2222",
                            "PhoneAreaCode": "212",
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
                "DateString": "2019-01-05T00:00:00",
                "Date": "/Date(1546646400000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "UnitAmount": 20.0,
                        "TaxType": "INPUT2",
                        "TaxAmount": 6.0,
                        "LineAmount": 40.0,
                        "AccountCode": "400",
                        "Tracking": [],
                        "Quantity": 2.0,
                        "ValidationErrors": [],
                    }
                ],
                "SubTotal": 40.0,
                "TotalTax": 6.0,
                "Total": 46.0,
                "UpdatedDateUTC": "/Date(1551812704223+0000)/",
                "UpdatedDateUTCString": "2019-03-05T19:05:04Z",
                "CurrencyCode": "NZD",
            }
        ],
    }
    model = CreditNotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_credit_notes_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "CreditNotes": [
            {
                "Type": "ACCPAYCREDIT",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "Date": "2019-01-05",
                "Status": "AUTHORISED",
                "Reference": "HelloWorld",
                "LineItems": [
                    {"Description": "Foobar", "Quantity": 2, "UnitAmount": 20, "AccountCode": "400"}
                ],
            }
        ]
    }


def test_credit_notes_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "db2f7659-6044-418d-a4c6-d4b93eba4e1e",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551812704253)/",
                "CreditNotes": [
                    {
                        "CreditNoteID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                        "CreditNoteNumber": "",
                        "Payments": [],
                        "ID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                        "CurrencyRate": 1.0,
                        "Type": "ACCPAYCREDIT",
                        "Reference": "HelloWorld",
                        "RemainingCredit": 46.0,
                        "Allocations": [],
                        "Contact": {
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "ContactStatus": "ACTIVE",
                            "Name": "Liam Gallagher",
                            "FirstName": "Liam",
                            "LastName": "Gallagher",
                            "EmailAddress": "liam@rockstar.com",
                            "BankAccountDetails": "",
                            "Addresses": [
                                {
                                    "AddressType": "STREET",
                                    "City": "",
                                    "Region": "",
                                    "PostalCode": "",
                                    "Country": "",
                                    "AttentionTo": "",
                                },
                                {
                                    "AddressType": "POBOX",
                                    "City": "Anytown",
                                    "Region": "NY",
                                    "PostalCode": "10101",
                                    "Country": "USA",
                                    "AttentionTo": "",
                                },
                            ],
                            "Phones": [
                                {
                                    "PhoneType": "DEFAULT",
                                    "PhoneNumber": "222-2222",
                                    "PhoneAreaCode": "212",
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
                        "DateString": "2019-01-05T00:00:00",
                        "Date": "/Date(1546646400000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Foobar",
                                "UnitAmount": 20.0,
                                "TaxType": "INPUT2",
                                "TaxAmount": 6.0,
                                "LineAmount": 40.0,
                                "AccountCode": "400",
                                "Tracking": [],
                                "Quantity": 2.0,
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 40.0,
                        "TotalTax": 6.0,
                        "Total": 46.0,
                        "UpdatedDateUTC": "/Date(1551812704223+0000)/",
                        "UpdatedDateUTCString": "2019-03-05T19:05:04Z",
                        "CurrencyCode": "NZD",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.credit_notes.update(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            credit_notes=[
                CreditNote(
                    type=CreditNoteType("ACCPAYCREDIT"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    date="2019-01-05",
                    status=CreditNoteStatus("AUTHORISED"),
                    reference="HelloWorld",
                    sent_to_contact=True,
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=2, unit_amount=20, account_code="400"
                        )
                    ],
                )
            ],
        )
    assert len(seen) == 1
    _check_credit_notes_update(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "db2f7659-6044-418d-a4c6-d4b93eba4e1e",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551812704253)/",
                    "CreditNotes": [
                        {
                            "CreditNoteID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                            "CreditNoteNumber": "",
                            "Payments": [],
                            "ID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                            "CurrencyRate": 1.0,
                            "Type": "ACCPAYCREDIT",
                            "Reference": "HelloWorld",
                            "RemainingCredit": 46.0,
                            "Allocations": [],
                            "Contact": {
                                "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                                "ContactStatus": "ACTIVE",
                                "Name": "Liam Gallagher",
                                "FirstName": "Liam",
                                "LastName": "Gallagher",
                                "EmailAddress": "liam@rockstar.com",
                                "BankAccountDetails": "",
                                "Addresses": [
                                    {
                                        "AddressType": "STREET",
                                        "City": "",
                                        "Region": "",
                                        "PostalCode": "",
                                        "Country": "",
                                        "AttentionTo": "",
                                    },
                                    {
                                        "AddressType": "POBOX",
                                        "City": "Anytown",
                                        "Region": "NY",
                                        "PostalCode": "10101",
                                        "Country": "USA",
                                        "AttentionTo": "",
                                    },
                                ],
                                "Phones": [
                                    {
                                        "PhoneType": "DEFAULT",
                                        "PhoneNumber": "222-2222",
                                        "PhoneAreaCode": "212",
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
                            "DateString": "2019-01-05T00:00:00",
                            "Date": "/Date(1546646400000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "Foobar",
                                    "UnitAmount": 20.0,
                                    "TaxType": "INPUT2",
                                    "TaxAmount": 6.0,
                                    "LineAmount": 40.0,
                                    "AccountCode": "400",
                                    "Tracking": [],
                                    "Quantity": 2.0,
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 40.0,
                            "TotalTax": 6.0,
                            "Total": 46.0,
                            "UpdatedDateUTC": "/Date(1551812704223+0000)/",
                            "UpdatedDateUTCString": "2019-03-05T19:05:04Z",
                            "CurrencyCode": "NZD",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.credit_notes.update(
                credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                credit_notes=[
                    CreditNote(
                        type=CreditNoteType("ACCPAYCREDIT"),
                        contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                        date="2019-01-05",
                        status=CreditNoteStatus("AUTHORISED"),
                        reference="HelloWorld",
                        sent_to_contact=True,
                        line_items=[
                            LineItem(
                                description="Foobar", quantity=2, unit_amount=20, account_code="400"
                            )
                        ],
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_update(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.credit_notes.update(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            credit_notes=[
                CreditNote(
                    type=CreditNoteType("ACCPAYCREDIT"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    date="2019-01-05",
                    status=CreditNoteStatus("AUTHORISED"),
                    reference="HelloWorld",
                    sent_to_contact=True,
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=2, unit_amount=20, account_code="400"
                        )
                    ],
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_credit_notes_get_attachments_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "2bb15054-3868-4f85-a9c6-0402ec8c1201",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551822670731)/",
        "Attachments": [
            {
                "AttachmentID": "b7eb1fc9-a0f9-4e8e-9373-6689f5350832",
                "FileName": "HelloWorld.png",
                "Url": "https://api.xero.com/api.xro/2.0/CreditNotes/249f15fa-f2a7-4acc-8769-0984103f2225/Attachments/HelloWorld.png",
                "MimeType": "image/png",
                "ContentLength": 76091,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_credit_notes_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-0000-0000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "2bb15054-3868-4f85-a9c6-0402ec8c1201",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551822670731)/",
                "Attachments": [
                    {
                        "AttachmentID": "b7eb1fc9-a0f9-4e8e-9373-6689f5350832",
                        "FileName": "HelloWorld.png",
                        "Url": "https://api.xero.com/api.xro/2.0/CreditNotes/249f15fa-f2a7-4acc-8769-0984103f2225/Attachments/HelloWorld.png",
                        "MimeType": "image/png",
                        "ContentLength": 76091,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.credit_notes.get_attachments(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_credit_notes_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_credit_notes_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "2bb15054-3868-4f85-a9c6-0402ec8c1201",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551822670731)/",
                    "Attachments": [
                        {
                            "AttachmentID": "b7eb1fc9-a0f9-4e8e-9373-6689f5350832",
                            "FileName": "HelloWorld.png",
                            "Url": "https://api.xero.com/api.xro/2.0/CreditNotes/249f15fa-f2a7-4acc-8769-0984103f2225/Attachments/HelloWorld.png",
                            "MimeType": "image/png",
                            "ContentLength": 76091,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.credit_notes.get_attachments(
                credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def _check_credit_notes_get_attachment_by_id(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/CreditNotes/00000000-0000-0000-0000-000000000000/Attachments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.credit_notes.get_attachment_by_id(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_credit_notes_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_credit_notes_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.credit_notes.get_attachment_by_id(
                credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
                attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_credit_notes_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.credit_notes.get_attachment_by_file_name(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_credit_notes_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_credit_notes_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.credit_notes.get_attachment_by_file_name(
                credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_credit_notes_create_attachment_by_file_name_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "22a8d402-5dea-40ed-9d01-26896429f649",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551822953320)/",
        "Attachments": [
            {
                "AttachmentID": "91bbae3f-5de5-4e3d-875f-8662f25897bd",
                "FileName": "sample5.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/CreditNotes/249f15fa-f2a7-4acc-8769-0984103f2225/Attachments/sample5.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_credit_notes_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "22a8d402-5dea-40ed-9d01-26896429f649",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551822953320)/",
                "Attachments": [
                    {
                        "AttachmentID": "91bbae3f-5de5-4e3d-875f-8662f25897bd",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/CreditNotes/249f15fa-f2a7-4acc-8769-0984103f2225/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.credit_notes.create_attachment_by_file_name(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_credit_notes_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_credit_notes_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "22a8d402-5dea-40ed-9d01-26896429f649",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551822953320)/",
                    "Attachments": [
                        {
                            "AttachmentID": "91bbae3f-5de5-4e3d-875f-8662f25897bd",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/CreditNotes/249f15fa-f2a7-4acc-8769-0984103f2225/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.credit_notes.create_attachment_by_file_name(
                credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_credit_notes_create_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.credit_notes.create_attachment_by_file_name(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_credit_notes_update_attachment_by_file_name_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "27253066-8c4d-4e34-a251-7a749b72de40",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551828247939)/",
        "Attachments": [
            {
                "AttachmentID": "103e49f1-e47c-4b4d-b5e8-77d9d00fa70a",
                "FileName": "HelloWorld.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/CreditNotes/249f15fa-f2a7-4acc-8769-0984103f2225/Attachments/HelloWorld.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_credit_notes_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "27253066-8c4d-4e34-a251-7a749b72de40",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551828247939)/",
                "Attachments": [
                    {
                        "AttachmentID": "103e49f1-e47c-4b4d-b5e8-77d9d00fa70a",
                        "FileName": "HelloWorld.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/CreditNotes/249f15fa-f2a7-4acc-8769-0984103f2225/Attachments/HelloWorld.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.credit_notes.update_attachment_by_file_name(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_credit_notes_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_credit_notes_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "27253066-8c4d-4e34-a251-7a749b72de40",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551828247939)/",
                    "Attachments": [
                        {
                            "AttachmentID": "103e49f1-e47c-4b4d-b5e8-77d9d00fa70a",
                            "FileName": "HelloWorld.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/CreditNotes/249f15fa-f2a7-4acc-8769-0984103f2225/Attachments/HelloWorld.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.credit_notes.update_attachment_by_file_name(
                credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_credit_notes_update_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.credit_notes.update_attachment_by_file_name(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_credit_notes_get_as_pdf(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-0000-0000-000000000000/pdf"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_get_as_pdf_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.credit_notes.get_as_pdf(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_credit_notes_get_as_pdf(seen[0])
    assert result == b"content"


def test_credit_notes_get_as_pdf_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.credit_notes.get_as_pdf(
                credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_get_as_pdf(seen[0])
    assert result == b"content"


def test_credit_notes_create_allocation_request_example_round_trips() -> None:
    example: object = {
        "Allocations": [
            {
                "Invoice": {"LineItems": [], "InvoiceID": "c45720a1-ade3-4a38-a064-d15489be6841"},
                "Amount": 1,
                "Date": "2019-03-05",
            }
        ]
    }
    model = Allocations.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_credit_notes_create_allocation_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "73452751-6eaa-4bcb-86f5-4c013316f4cf",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551828543255)/",
        "Allocations": [
            {
                "Amount": 1.0,
                "Date": "/Date(1551744000000+0000)/",
                "Invoice": {
                    "InvoiceID": "c45720a1-ade3-4a38-a064-d15489be6841",
                    "Payments": [],
                    "CreditNotes": [],
                    "Prepayments": [],
                    "Overpayments": [],
                    "HasErrors": False,
                    "IsDiscounted": False,
                    "LineItems": [],
                    "ValidationErrors": [],
                },
                "CreditNote": {
                    "CreditNoteID": "7be578f5-63af-45c8-9b00-dcc4732baf0b",
                    "ID": "7be578f5-63af-45c8-9b00-dcc4732baf0b",
                    "LineItems": [],
                },
                "ValidationErrors": [],
            }
        ],
    }
    model = Allocations.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_credit_notes_create_allocation(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-0000-0000-000000000000/Allocations"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Allocations": [
            {
                "Invoice": {"LineItems": [], "InvoiceID": "c45720a1-ade3-4a38-a064-d15489be6841"},
                "Amount": 1,
                "Date": "2019-03-05",
            }
        ]
    }


def test_credit_notes_create_allocation_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "73452751-6eaa-4bcb-86f5-4c013316f4cf",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551828543255)/",
                "Allocations": [
                    {
                        "Amount": 1.0,
                        "Date": "/Date(1551744000000+0000)/",
                        "Invoice": {
                            "InvoiceID": "c45720a1-ade3-4a38-a064-d15489be6841",
                            "Payments": [],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "LineItems": [],
                            "ValidationErrors": [],
                        },
                        "CreditNote": {
                            "CreditNoteID": "7be578f5-63af-45c8-9b00-dcc4732baf0b",
                            "ID": "7be578f5-63af-45c8-9b00-dcc4732baf0b",
                            "LineItems": [],
                        },
                        "ValidationErrors": [],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.credit_notes.create_allocation(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            allocations=[
                Allocation(
                    invoice=Invoice(
                        line_items=[], invoice_id=UUID("c45720a1-ade3-4a38-a064-d15489be6841")
                    ),
                    amount=1,
                    date="2019-03-05",
                )
            ],
        )
    assert len(seen) == 1
    _check_credit_notes_create_allocation(seen[0])
    assert isinstance(result, Allocations)


def test_credit_notes_create_allocation_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "73452751-6eaa-4bcb-86f5-4c013316f4cf",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551828543255)/",
                    "Allocations": [
                        {
                            "Amount": 1.0,
                            "Date": "/Date(1551744000000+0000)/",
                            "Invoice": {
                                "InvoiceID": "c45720a1-ade3-4a38-a064-d15489be6841",
                                "Payments": [],
                                "CreditNotes": [],
                                "Prepayments": [],
                                "Overpayments": [],
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "LineItems": [],
                                "ValidationErrors": [],
                            },
                            "CreditNote": {
                                "CreditNoteID": "7be578f5-63af-45c8-9b00-dcc4732baf0b",
                                "ID": "7be578f5-63af-45c8-9b00-dcc4732baf0b",
                                "LineItems": [],
                            },
                            "ValidationErrors": [],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.credit_notes.create_allocation(
                credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                allocations=[
                    Allocation(
                        invoice=Invoice(
                            line_items=[], invoice_id=UUID("c45720a1-ade3-4a38-a064-d15489be6841")
                        ),
                        amount=1,
                        date="2019-03-05",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_create_allocation(seen[0])
    assert isinstance(result, Allocations)


def test_credit_notes_create_allocation_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.credit_notes.create_allocation(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            allocations=[
                Allocation(
                    invoice=Invoice(
                        line_items=[], invoice_id=UUID("c45720a1-ade3-4a38-a064-d15489be6841")
                    ),
                    amount=1,
                    date="2019-03-05",
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_credit_notes_delete_allocations(request: httpx.Request) -> None:
    assert request.method == "DELETE"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/CreditNotes/00000000-0000-0000-0000-000000000000/Allocations/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_delete_allocations_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {"Amount": 1.5, "Invoice": {}, "Date": "xxxxxx"}, seen)) as client:
        result = client.credit_notes.delete_allocations(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            allocation_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_credit_notes_delete_allocations(seen[0])
    assert isinstance(result, Allocation)


def test_credit_notes_delete_allocations_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(200, {"Amount": 1.5, "Invoice": {}, "Date": "xxxxxx"}, seen)
        ) as client:
            return await client.credit_notes.delete_allocations(
                credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
                allocation_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_delete_allocations(seen[0])
    assert isinstance(result, Allocation)


def test_credit_notes_get_history_response_example_200_0_round_trips() -> None:
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


def _check_credit_notes_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_get_history_sends_the_documented_request() -> None:
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
        result = client.credit_notes.get_history(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_credit_notes_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_credit_notes_get_history_async_sends_the_same_request() -> None:
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
            return await client.credit_notes.get_history(
                credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_credit_notes_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_credit_notes_create_history_response_example_200_0_round_trips() -> None:
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


def _check_credit_notes_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_credit_notes_create_history_sends_the_documented_request() -> None:
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
        result = client.credit_notes.create_history(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_credit_notes_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_credit_notes_create_history_async_sends_the_same_request() -> None:
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
            return await client.credit_notes.create_history(
                credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_credit_notes_create_history_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.credit_notes.create_history(
            credit_note_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
