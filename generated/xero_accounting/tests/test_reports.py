"""Tests of the `reports` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
from uuid import UUID

import httpx

from xero_accounting import AsyncClient, Client
from xero_accounting.models import Reports, ReportWithRows

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


def test_reports_get_ten_ninety_nine_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "8b474ddb-9ef4-457c-8640-1c0e3670ea0e",
        "Status": "OK",
        "ProviderName": "Java Public Example",
        "DateTimeUTC": "/Date(1691540171754)/",
        "Reports": [
            {
                "ReportName": "1099-NEC report",
                "ReportDate": "1 Jan 2023 to 31 Dec 2023",
                "Fields": [],
                "Contacts": [
                    {
                        "Box1": 0.0,
                        "Box2": 0.0,
                        "Box4": 1150.0,
                        "Name": "Bank West",
                        "FederalTaxIDType": "SSN",
                        "City": "Pinehaven",
                        "Zip": "12345",
                        "State": "CA",
                        "Email": "jack@bowest.com",
                        "StreetAddress": "Procurement Services\r\nGPO 1234\r\n\r\n\r\n",
                        "TaxID": "234-22-2223",
                        "ContactId": "81d5706a-8057-4338-8511-747cd85f4c68",
                        "LegalName": "Jack Sparrow",
                        "BusinessName": "Bank West",
                        "FederalTaxClassification": "PARTNERSHIP",
                    }
                ],
            },
            {
                "ReportName": "1099-MISC report",
                "ReportDate": "1 Jan 2023 to 31 Dec 2023",
                "Fields": [],
                "Contacts": [
                    {
                        "Box1": 0.0,
                        "Box2": 0.0,
                        "Box3": 1000.0,
                        "Box4": 0.0,
                        "Box5": 0.0,
                        "Box6": 0.0,
                        "Box7": 0.0,
                        "Box8": 0.0,
                        "Box9": 0.0,
                        "Box10": 0.0,
                        "Box11": 0.0,
                        "Box14": 0.0,
                        "Name": "Bank West",
                        "FederalTaxIDType": "SSN",
                        "City": "Pinehaven",
                        "Zip": "12345",
                        "State": "CA",
                        "Email": "jack@bowest.com",
                        "StreetAddress": "Procurement Services\r\nGPO 1234\r\n\r\n\r\n",
                        "TaxID": "234-22-2223",
                        "ContactId": "81d5706a-8057-4338-8511-747cd85f4c68",
                        "LegalName": "Jack Sparrow",
                        "BusinessName": "Bank West",
                        "FederalTaxClassification": "PARTNERSHIP",
                    },
                    {
                        "Box1": 0.0,
                        "Box2": 0.0,
                        "Box3": 1000.0,
                        "Box4": 0.0,
                        "Box5": 0.0,
                        "Box6": 0.0,
                        "Box7": 0.0,
                        "Box8": 0.0,
                        "Box9": 0.0,
                        "Box10": 0.0,
                        "Box11": 0.0,
                        "Box14": 0.0,
                        "Name": "Hoyt Productions",
                        "FederalTaxIDType": "SSN",
                        "City": "Oaktown",
                        "Zip": "45123",
                        "State": "NY",
                        "Email": "accounts@hoytmadeupdemo.com",
                        "StreetAddress": "100 Rusty Ridge Road\r\nSuite 100\r\n\r\n\r\n",
                        "TaxID": "123-45-6780",
                        "ContactId": "19732b6a-9a5c-4651-b33c-3f8f682e2a2b",
                        "LegalName": "Raymond Holt",
                        "BusinessName": "Hoyt productions",
                        "FederalTaxClassification": "S_CORP",
                    },
                    {
                        "Box1": 5543.75,
                        "Box2": 0.0,
                        "Box3": 0.0,
                        "Box4": 0.0,
                        "Box5": 0.0,
                        "Box6": 0.0,
                        "Box7": 0.0,
                        "Box8": 0.0,
                        "Box9": 0.0,
                        "Box10": 0.0,
                        "Box11": 0.0,
                        "Box14": 0.0,
                        "Name": "Truxton Property Management",
                        "FederalTaxIDType": "EIN",
                        "City": "Coppertown",
                        "Zip": "21321",
                        "State": "FL",
                        "Email": "accounts@truxtonmadeupdemo.com",
                        "StreetAddress": "1000 Copper Avenue\r\nSuite 1000\r\n\r\n\r\n",
                        "TaxID": "33-3332233",
                        "ContactId": "018355fc-c67e-4352-b443-ef3873031983",
                        "LegalName": "Jake Peralta",
                        "BusinessName": "Truxton Property Management",
                        "FederalTaxClassification": "C_CORP",
                    },
                ],
            },
        ],
    }
    model = Reports.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_reports_get_ten_ninety_nine(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/TenNinetyNine"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_ten_ninety_nine_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "8b474ddb-9ef4-457c-8640-1c0e3670ea0e",
                "Status": "OK",
                "ProviderName": "Java Public Example",
                "DateTimeUTC": "/Date(1691540171754)/",
                "Reports": [
                    {
                        "ReportName": "1099-NEC report",
                        "ReportDate": "1 Jan 2023 to 31 Dec 2023",
                        "Fields": [],
                        "Contacts": [
                            {
                                "Box1": 0.0,
                                "Box2": 0.0,
                                "Box4": 1150.0,
                                "Name": "Bank West",
                                "FederalTaxIDType": "SSN",
                                "City": "Pinehaven",
                                "Zip": "12345",
                                "State": "CA",
                                "Email": "jack@bowest.com",
                                "StreetAddress": "Procurement Services\r\nGPO 1234\r\n\r\n\r\n",
                                "TaxID": "234-22-2223",
                                "ContactId": "81d5706a-8057-4338-8511-747cd85f4c68",
                                "LegalName": "Jack Sparrow",
                                "BusinessName": "Bank West",
                                "FederalTaxClassification": "PARTNERSHIP",
                            }
                        ],
                    },
                    {
                        "ReportName": "1099-MISC report",
                        "ReportDate": "1 Jan 2023 to 31 Dec 2023",
                        "Fields": [],
                        "Contacts": [
                            {
                                "Box1": 0.0,
                                "Box2": 0.0,
                                "Box3": 1000.0,
                                "Box4": 0.0,
                                "Box5": 0.0,
                                "Box6": 0.0,
                                "Box7": 0.0,
                                "Box8": 0.0,
                                "Box9": 0.0,
                                "Box10": 0.0,
                                "Box11": 0.0,
                                "Box14": 0.0,
                                "Name": "Bank West",
                                "FederalTaxIDType": "SSN",
                                "City": "Pinehaven",
                                "Zip": "12345",
                                "State": "CA",
                                "Email": "jack@bowest.com",
                                "StreetAddress": "Procurement Services\r\nGPO 1234\r\n\r\n\r\n",
                                "TaxID": "234-22-2223",
                                "ContactId": "81d5706a-8057-4338-8511-747cd85f4c68",
                                "LegalName": "Jack Sparrow",
                                "BusinessName": "Bank West",
                                "FederalTaxClassification": "PARTNERSHIP",
                            },
                            {
                                "Box1": 0.0,
                                "Box2": 0.0,
                                "Box3": 1000.0,
                                "Box4": 0.0,
                                "Box5": 0.0,
                                "Box6": 0.0,
                                "Box7": 0.0,
                                "Box8": 0.0,
                                "Box9": 0.0,
                                "Box10": 0.0,
                                "Box11": 0.0,
                                "Box14": 0.0,
                                "Name": "Hoyt Productions",
                                "FederalTaxIDType": "SSN",
                                "City": "Oaktown",
                                "Zip": "45123",
                                "State": "NY",
                                "Email": "accounts@hoytmadeupdemo.com",
                                "StreetAddress": "100 Rusty Ridge Road\r\nSuite 100\r\n\r\n\r\n",
                                "TaxID": "123-45-6780",
                                "ContactId": "19732b6a-9a5c-4651-b33c-3f8f682e2a2b",
                                "LegalName": "Raymond Holt",
                                "BusinessName": "Hoyt productions",
                                "FederalTaxClassification": "S_CORP",
                            },
                            {
                                "Box1": 5543.75,
                                "Box2": 0.0,
                                "Box3": 0.0,
                                "Box4": 0.0,
                                "Box5": 0.0,
                                "Box6": 0.0,
                                "Box7": 0.0,
                                "Box8": 0.0,
                                "Box9": 0.0,
                                "Box10": 0.0,
                                "Box11": 0.0,
                                "Box14": 0.0,
                                "Name": "Truxton Property Management",
                                "FederalTaxIDType": "EIN",
                                "City": "Coppertown",
                                "Zip": "21321",
                                "State": "FL",
                                "Email": "accounts@truxtonmadeupdemo.com",
                                "StreetAddress": "1000 Copper Avenue\r\nSuite 1000\r\n\r\n\r\n",
                                "TaxID": "33-3332233",
                                "ContactId": "018355fc-c67e-4352-b443-ef3873031983",
                                "LegalName": "Jake Peralta",
                                "BusinessName": "Truxton Property Management",
                                "FederalTaxClassification": "C_CORP",
                            },
                        ],
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.reports.get_ten_ninety_nine(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_reports_get_ten_ninety_nine(seen[0])
    assert isinstance(result, Reports)


def test_reports_get_ten_ninety_nine_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "8b474ddb-9ef4-457c-8640-1c0e3670ea0e",
                    "Status": "OK",
                    "ProviderName": "Java Public Example",
                    "DateTimeUTC": "/Date(1691540171754)/",
                    "Reports": [
                        {
                            "ReportName": "1099-NEC report",
                            "ReportDate": "1 Jan 2023 to 31 Dec 2023",
                            "Fields": [],
                            "Contacts": [
                                {
                                    "Box1": 0.0,
                                    "Box2": 0.0,
                                    "Box4": 1150.0,
                                    "Name": "Bank West",
                                    "FederalTaxIDType": "SSN",
                                    "City": "Pinehaven",
                                    "Zip": "12345",
                                    "State": "CA",
                                    "Email": "jack@bowest.com",
                                    "StreetAddress": "Procurement Services\r\nGPO 1234\r\n\r\n\r\n",
                                    "TaxID": "234-22-2223",
                                    "ContactId": "81d5706a-8057-4338-8511-747cd85f4c68",
                                    "LegalName": "Jack Sparrow",
                                    "BusinessName": "Bank West",
                                    "FederalTaxClassification": "PARTNERSHIP",
                                }
                            ],
                        },
                        {
                            "ReportName": "1099-MISC report",
                            "ReportDate": "1 Jan 2023 to 31 Dec 2023",
                            "Fields": [],
                            "Contacts": [
                                {
                                    "Box1": 0.0,
                                    "Box2": 0.0,
                                    "Box3": 1000.0,
                                    "Box4": 0.0,
                                    "Box5": 0.0,
                                    "Box6": 0.0,
                                    "Box7": 0.0,
                                    "Box8": 0.0,
                                    "Box9": 0.0,
                                    "Box10": 0.0,
                                    "Box11": 0.0,
                                    "Box14": 0.0,
                                    "Name": "Bank West",
                                    "FederalTaxIDType": "SSN",
                                    "City": "Pinehaven",
                                    "Zip": "12345",
                                    "State": "CA",
                                    "Email": "jack@bowest.com",
                                    "StreetAddress": "Procurement Services\r\nGPO 1234\r\n\r\n\r\n",
                                    "TaxID": "234-22-2223",
                                    "ContactId": "81d5706a-8057-4338-8511-747cd85f4c68",
                                    "LegalName": "Jack Sparrow",
                                    "BusinessName": "Bank West",
                                    "FederalTaxClassification": "PARTNERSHIP",
                                },
                                {
                                    "Box1": 0.0,
                                    "Box2": 0.0,
                                    "Box3": 1000.0,
                                    "Box4": 0.0,
                                    "Box5": 0.0,
                                    "Box6": 0.0,
                                    "Box7": 0.0,
                                    "Box8": 0.0,
                                    "Box9": 0.0,
                                    "Box10": 0.0,
                                    "Box11": 0.0,
                                    "Box14": 0.0,
                                    "Name": "Hoyt Productions",
                                    "FederalTaxIDType": "SSN",
                                    "City": "Oaktown",
                                    "Zip": "45123",
                                    "State": "NY",
                                    "Email": "accounts@hoytmadeupdemo.com",
                                    "StreetAddress": "100 Rusty Ridge Road\r\nSuite 100\r\n\r\n\r\n",
                                    "TaxID": "123-45-6780",
                                    "ContactId": "19732b6a-9a5c-4651-b33c-3f8f682e2a2b",
                                    "LegalName": "Raymond Holt",
                                    "BusinessName": "Hoyt productions",
                                    "FederalTaxClassification": "S_CORP",
                                },
                                {
                                    "Box1": 5543.75,
                                    "Box2": 0.0,
                                    "Box3": 0.0,
                                    "Box4": 0.0,
                                    "Box5": 0.0,
                                    "Box6": 0.0,
                                    "Box7": 0.0,
                                    "Box8": 0.0,
                                    "Box9": 0.0,
                                    "Box10": 0.0,
                                    "Box11": 0.0,
                                    "Box14": 0.0,
                                    "Name": "Truxton Property Management",
                                    "FederalTaxIDType": "EIN",
                                    "City": "Coppertown",
                                    "Zip": "21321",
                                    "State": "FL",
                                    "Email": "accounts@truxtonmadeupdemo.com",
                                    "StreetAddress": "1000 Copper Avenue\r\nSuite 1000\r\n\r\n\r\n",
                                    "TaxID": "33-3332233",
                                    "ContactId": "018355fc-c67e-4352-b443-ef3873031983",
                                    "LegalName": "Jake Peralta",
                                    "BusinessName": "Truxton Property Management",
                                    "FederalTaxClassification": "C_CORP",
                                },
                            ],
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.reports.get_ten_ninety_nine(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_ten_ninety_nine(seen[0])
    assert isinstance(result, Reports)


def test_reports_get_aged_payables_by_contact_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "5a33f9d4-44a6-4467-a812-4f025506ee35",
        "Status": "OK",
        "ProviderName": "Java Public Example",
        "DateTimeUTC": "/Date(1555971088085)/",
        "Reports": [
            {
                "ReportName": "Aged Payables By Contact",
                "ReportType": "AgedPayablesByContact",
                "ReportTitles": [
                    "Invoices",
                    "ABC",
                    "From 10 October 2017 to 22 April 2019",
                    "Showing payments to 22 April 2019",
                ],
                "ReportDate": "22 April 2019",
                "UpdatedDateUTC": "/Date(1555971088085)/",
                "Fields": [],
                "Rows": [
                    {
                        "RowType": "Header",
                        "Cells": [
                            {"Value": "Date"},
                            {"Value": "Reference"},
                            {"Value": "Due Date"},
                            {"Value": ""},
                            {"Value": "Total"},
                            {"Value": "Paid"},
                            {"Value": "Credited"},
                            {"Value": "Due"},
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "2017-10-10T00:00:00"},
                                    {"Value": "Opening Balance"},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": "0.00"},
                                ],
                            }
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "2018-10-09T00:00:00",
                                        "Attributes": [
                                            {
                                                "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "2018-10-23T00:00:00",
                                        "Attributes": [
                                            {
                                                "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "181 days overdue",
                                        "Attributes": [
                                            {
                                                "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "250.00",
                                        "Attributes": [
                                            {
                                                "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "250.00",
                                        "Attributes": [
                                            {
                                                "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "SummaryRow",
                                "Cells": [
                                    {"Value": "Total"},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": "250.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "250.00"},
                                ],
                            },
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "",
                        "Rows": [
                            {
                                "RowType": "SummaryRow",
                                "Cells": [
                                    {"Value": "Closing Balance"},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": "250.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "250.00"},
                                ],
                            }
                        ],
                    },
                ],
            }
        ],
    }
    model = ReportWithRows.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_reports_get_aged_payables_by_contact(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/AgedPayablesByContact"
    )
    assert request.url.params["contactId"] == "00000000-0000-0000-0000-000000000000"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_aged_payables_by_contact_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "5a33f9d4-44a6-4467-a812-4f025506ee35",
                "Status": "OK",
                "ProviderName": "Java Public Example",
                "DateTimeUTC": "/Date(1555971088085)/",
                "Reports": [
                    {
                        "ReportName": "Aged Payables By Contact",
                        "ReportType": "AgedPayablesByContact",
                        "ReportTitles": [
                            "Invoices",
                            "ABC",
                            "From 10 October 2017 to 22 April 2019",
                            "Showing payments to 22 April 2019",
                        ],
                        "ReportDate": "22 April 2019",
                        "UpdatedDateUTC": "/Date(1555971088085)/",
                        "Fields": [],
                        "Rows": [
                            {
                                "RowType": "Header",
                                "Cells": [
                                    {"Value": "Date"},
                                    {"Value": "Reference"},
                                    {"Value": "Due Date"},
                                    {"Value": ""},
                                    {"Value": "Total"},
                                    {"Value": "Paid"},
                                    {"Value": "Credited"},
                                    {"Value": "Due"},
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "2017-10-10T00:00:00"},
                                            {"Value": "Opening Balance"},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": "0.00"},
                                        ],
                                    }
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "2018-10-09T00:00:00",
                                                "Attributes": [
                                                    {
                                                        "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "2018-10-23T00:00:00",
                                                "Attributes": [
                                                    {
                                                        "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "181 days overdue",
                                                "Attributes": [
                                                    {
                                                        "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "250.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "250.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "SummaryRow",
                                        "Cells": [
                                            {"Value": "Total"},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": "250.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "250.00"},
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "",
                                "Rows": [
                                    {
                                        "RowType": "SummaryRow",
                                        "Cells": [
                                            {"Value": "Closing Balance"},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": "250.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "250.00"},
                                        ],
                                    }
                                ],
                            },
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.reports.get_aged_payables_by_contact(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
        )
    assert len(seen) == 1
    _check_reports_get_aged_payables_by_contact(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_aged_payables_by_contact_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "5a33f9d4-44a6-4467-a812-4f025506ee35",
                    "Status": "OK",
                    "ProviderName": "Java Public Example",
                    "DateTimeUTC": "/Date(1555971088085)/",
                    "Reports": [
                        {
                            "ReportName": "Aged Payables By Contact",
                            "ReportType": "AgedPayablesByContact",
                            "ReportTitles": [
                                "Invoices",
                                "ABC",
                                "From 10 October 2017 to 22 April 2019",
                                "Showing payments to 22 April 2019",
                            ],
                            "ReportDate": "22 April 2019",
                            "UpdatedDateUTC": "/Date(1555971088085)/",
                            "Fields": [],
                            "Rows": [
                                {
                                    "RowType": "Header",
                                    "Cells": [
                                        {"Value": "Date"},
                                        {"Value": "Reference"},
                                        {"Value": "Due Date"},
                                        {"Value": ""},
                                        {"Value": "Total"},
                                        {"Value": "Paid"},
                                        {"Value": "Credited"},
                                        {"Value": "Due"},
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "2017-10-10T00:00:00"},
                                                {"Value": "Opening Balance"},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": "0.00"},
                                            ],
                                        }
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "2018-10-09T00:00:00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "2018-10-23T00:00:00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "181 days overdue",
                                                    "Attributes": [
                                                        {
                                                            "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "250.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "250.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "SummaryRow",
                                            "Cells": [
                                                {"Value": "Total"},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": "250.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "250.00"},
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "",
                                    "Rows": [
                                        {
                                            "RowType": "SummaryRow",
                                            "Cells": [
                                                {"Value": "Closing Balance"},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": "250.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "250.00"},
                                            ],
                                        }
                                    ],
                                },
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.reports.get_aged_payables_by_contact(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_aged_payables_by_contact(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_aged_receivables_by_contact_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "b977b607-955d-47cb-92fd-7c29b3dd755c",
        "Status": "OK",
        "ProviderName": "Java Public Example",
        "DateTimeUTC": "/Date(1556032862815)/",
        "Reports": [
            {
                "ReportName": "Aged Receivables By Contact",
                "ReportType": "AgedReceivablesByContact",
                "ReportTitles": [
                    "Invoices",
                    "ABC",
                    "From 10 October 2017 to 23 April 2019",
                    "Showing payments to 23 April 2019",
                ],
                "ReportDate": "23 April 2019",
                "UpdatedDateUTC": "/Date(1556032862815)/",
                "Fields": [],
                "Rows": [
                    {
                        "RowType": "Header",
                        "Cells": [
                            {"Value": "Date"},
                            {"Value": "Number"},
                            {"Value": "Due Date"},
                            {"Value": ""},
                            {"Value": "Total"},
                            {"Value": "Paid"},
                            {"Value": "Credited"},
                            {"Value": "Due"},
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "2017-10-10T00:00:00"},
                                    {"Value": "Opening Balance"},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": "0.00"},
                                ],
                            }
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "2018-05-13T00:00:00",
                                        "Attributes": [
                                            {
                                                "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "IV1242016",
                                        "Attributes": [
                                            {
                                                "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "2018-06-22T00:00:00",
                                        "Attributes": [
                                            {
                                                "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "305 days overdue",
                                        "Attributes": [
                                            {
                                                "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "100.00",
                                        "Attributes": [
                                            {
                                                "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "100.00",
                                        "Attributes": [
                                            {
                                                "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "2019-04-23T00:00:00",
                                        "Attributes": [
                                            {
                                                "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "INV-0086",
                                        "Attributes": [
                                            {
                                                "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "2019-05-07T00:00:00",
                                        "Attributes": [
                                            {
                                                "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "50.00",
                                        "Attributes": [
                                            {
                                                "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "50.00",
                                        "Attributes": [
                                            {
                                                "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                "Id": "invoiceID",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "SummaryRow",
                                "Cells": [
                                    {"Value": "Total"},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": "150.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "150.00"},
                                ],
                            },
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "",
                        "Rows": [
                            {
                                "RowType": "SummaryRow",
                                "Cells": [
                                    {"Value": "Closing Balance"},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": "150.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "150.00"},
                                ],
                            }
                        ],
                    },
                ],
            }
        ],
    }
    model = ReportWithRows.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_reports_get_aged_receivables_by_contact(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Reports/AgedReceivablesByContact"
    )
    assert request.url.params["contactId"] == "00000000-0000-0000-0000-000000000000"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_aged_receivables_by_contact_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "b977b607-955d-47cb-92fd-7c29b3dd755c",
                "Status": "OK",
                "ProviderName": "Java Public Example",
                "DateTimeUTC": "/Date(1556032862815)/",
                "Reports": [
                    {
                        "ReportName": "Aged Receivables By Contact",
                        "ReportType": "AgedReceivablesByContact",
                        "ReportTitles": [
                            "Invoices",
                            "ABC",
                            "From 10 October 2017 to 23 April 2019",
                            "Showing payments to 23 April 2019",
                        ],
                        "ReportDate": "23 April 2019",
                        "UpdatedDateUTC": "/Date(1556032862815)/",
                        "Fields": [],
                        "Rows": [
                            {
                                "RowType": "Header",
                                "Cells": [
                                    {"Value": "Date"},
                                    {"Value": "Number"},
                                    {"Value": "Due Date"},
                                    {"Value": ""},
                                    {"Value": "Total"},
                                    {"Value": "Paid"},
                                    {"Value": "Credited"},
                                    {"Value": "Due"},
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "2017-10-10T00:00:00"},
                                            {"Value": "Opening Balance"},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": "0.00"},
                                        ],
                                    }
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "2018-05-13T00:00:00",
                                                "Attributes": [
                                                    {
                                                        "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "IV1242016",
                                                "Attributes": [
                                                    {
                                                        "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "2018-06-22T00:00:00",
                                                "Attributes": [
                                                    {
                                                        "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "305 days overdue",
                                                "Attributes": [
                                                    {
                                                        "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "100.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "100.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "2019-04-23T00:00:00",
                                                "Attributes": [
                                                    {
                                                        "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "INV-0086",
                                                "Attributes": [
                                                    {
                                                        "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "2019-05-07T00:00:00",
                                                "Attributes": [
                                                    {
                                                        "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "50.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "50.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                        "Id": "invoiceID",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "SummaryRow",
                                        "Cells": [
                                            {"Value": "Total"},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": "150.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "150.00"},
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "",
                                "Rows": [
                                    {
                                        "RowType": "SummaryRow",
                                        "Cells": [
                                            {"Value": "Closing Balance"},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": "150.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "150.00"},
                                        ],
                                    }
                                ],
                            },
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.reports.get_aged_receivables_by_contact(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
        )
    assert len(seen) == 1
    _check_reports_get_aged_receivables_by_contact(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_aged_receivables_by_contact_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "b977b607-955d-47cb-92fd-7c29b3dd755c",
                    "Status": "OK",
                    "ProviderName": "Java Public Example",
                    "DateTimeUTC": "/Date(1556032862815)/",
                    "Reports": [
                        {
                            "ReportName": "Aged Receivables By Contact",
                            "ReportType": "AgedReceivablesByContact",
                            "ReportTitles": [
                                "Invoices",
                                "ABC",
                                "From 10 October 2017 to 23 April 2019",
                                "Showing payments to 23 April 2019",
                            ],
                            "ReportDate": "23 April 2019",
                            "UpdatedDateUTC": "/Date(1556032862815)/",
                            "Fields": [],
                            "Rows": [
                                {
                                    "RowType": "Header",
                                    "Cells": [
                                        {"Value": "Date"},
                                        {"Value": "Number"},
                                        {"Value": "Due Date"},
                                        {"Value": ""},
                                        {"Value": "Total"},
                                        {"Value": "Paid"},
                                        {"Value": "Credited"},
                                        {"Value": "Due"},
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "2017-10-10T00:00:00"},
                                                {"Value": "Opening Balance"},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": "0.00"},
                                            ],
                                        }
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "2018-05-13T00:00:00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "IV1242016",
                                                    "Attributes": [
                                                        {
                                                            "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "2018-06-22T00:00:00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "305 days overdue",
                                                    "Attributes": [
                                                        {
                                                            "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "100.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "100.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "2019-04-23T00:00:00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "INV-0086",
                                                    "Attributes": [
                                                        {
                                                            "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "2019-05-07T00:00:00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "50.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "50.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                            "Id": "invoiceID",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "SummaryRow",
                                            "Cells": [
                                                {"Value": "Total"},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": "150.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "150.00"},
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "",
                                    "Rows": [
                                        {
                                            "RowType": "SummaryRow",
                                            "Cells": [
                                                {"Value": "Closing Balance"},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": "150.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "150.00"},
                                            ],
                                        }
                                    ],
                                },
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.reports.get_aged_receivables_by_contact(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_aged_receivables_by_contact(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_balance_sheet_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "2ddba304-6ed3-4da4-b185-3b6289699653",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1555099412778)/",
        "Reports": [
            {
                "ReportName": "Balance Sheet",
                "ReportType": "BalanceSheet",
                "ReportTitles": [
                    "Balance Sheet",
                    "Dev Evangelist - Sid Test 3 (NZ-2016-02)",
                    "As at 30 April 2019",
                ],
                "ReportDate": "12 April 2019",
                "UpdatedDateUTC": "/Date(1555099412778)/",
                "Fields": [],
                "Rows": [
                    {
                        "RowType": "Header",
                        "Cells": [
                            {"Value": ""},
                            {"Value": "30 Apr 2019"},
                            {"Value": "31 Mar 2019"},
                            {"Value": "28 Feb 2019"},
                        ],
                    },
                    {"RowType": "Section", "Title": "Assets", "Rows": []},
                    {
                        "RowType": "Section",
                        "Title": "Bank",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Country Savings",
                                        "Attributes": [
                                            {
                                                "Value": "041207d2-3d61-4e5d-8c1a-b9236955a71c",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "-1850.00",
                                        "Attributes": [
                                            {
                                                "Value": "041207d2-3d61-4e5d-8c1a-b9236955a71c",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "-1850.00",
                                        "Attributes": [
                                            {
                                                "Value": "041207d2-3d61-4e5d-8c1a-b9236955a71c",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "041207d2-3d61-4e5d-8c1a-b9236955a71c",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "My Big Bank",
                                        "Attributes": [
                                            {
                                                "Value": "300f3bde-3a5c-4035-9ec5-45b09777679a",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "2146.37",
                                        "Attributes": [
                                            {
                                                "Value": "300f3bde-3a5c-4035-9ec5-45b09777679a",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "2020.00",
                                        "Attributes": [
                                            {
                                                "Value": "300f3bde-3a5c-4035-9ec5-45b09777679a",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "300f3bde-3a5c-4035-9ec5-45b09777679a",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "SummaryRow",
                                "Cells": [
                                    {"Value": "Total Bank"},
                                    {"Value": "296.37"},
                                    {"Value": "170.00"},
                                    {"Value": "0.00"},
                                ],
                            },
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "Current Assets",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Accounts Receivable",
                                        "Attributes": [
                                            {
                                                "Value": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "154355.72",
                                        "Attributes": [
                                            {
                                                "Value": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "154351.78",
                                        "Attributes": [
                                            {
                                                "Value": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "356.50",
                                        "Attributes": [
                                            {
                                                "Value": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Inventory",
                                        "Attributes": [
                                            {
                                                "Value": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "25000.00",
                                        "Attributes": [
                                            {
                                                "Value": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "25000.00",
                                        "Attributes": [
                                            {
                                                "Value": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "SummaryRow",
                                "Cells": [
                                    {"Value": "Total Current Assets"},
                                    {"Value": "179355.72"},
                                    {"Value": "179351.78"},
                                    {"Value": "356.50"},
                                ],
                            },
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "Fixed Assets",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Office Equipment",
                                        "Attributes": [
                                            {
                                                "Value": "7132cab3-ce56-4389-8e47-8f60d4c137f8",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "-119.00",
                                        "Attributes": [
                                            {
                                                "Value": "7132cab3-ce56-4389-8e47-8f60d4c137f8",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "-119.00",
                                        "Attributes": [
                                            {
                                                "Value": "7132cab3-ce56-4389-8e47-8f60d4c137f8",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "7132cab3-ce56-4389-8e47-8f60d4c137f8",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "SummaryRow",
                                "Cells": [
                                    {"Value": "Total Fixed Assets"},
                                    {"Value": "-119.00"},
                                    {"Value": "-119.00"},
                                    {"Value": "0.00"},
                                ],
                            },
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "",
                        "Rows": [
                            {
                                "RowType": "SummaryRow",
                                "Cells": [
                                    {"Value": "Total Assets"},
                                    {"Value": "179533.09"},
                                    {"Value": "179402.78"},
                                    {"Value": "356.50"},
                                ],
                            }
                        ],
                    },
                    {"RowType": "Section", "Title": "Liabilities", "Rows": []},
                    {
                        "RowType": "Section",
                        "Title": "Current Liabilities",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Accounts Payable",
                                        "Attributes": [
                                            {
                                                "Value": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "-3469.00",
                                        "Attributes": [
                                            {
                                                "Value": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "-3469.00",
                                        "Attributes": [
                                            {
                                                "Value": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "-184.00",
                                        "Attributes": [
                                            {
                                                "Value": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "GST",
                                        "Attributes": [
                                            {
                                                "Value": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "-2446.21",
                                        "Attributes": [
                                            {
                                                "Value": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "-2461.89",
                                        "Attributes": [
                                            {
                                                "Value": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "76.50",
                                        "Attributes": [
                                            {
                                                "Value": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "SummaryRow",
                                "Cells": [
                                    {"Value": "Total Current Liabilities"},
                                    {"Value": "-5915.21"},
                                    {"Value": "-5930.89"},
                                    {"Value": "-107.50"},
                                ],
                            },
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "",
                        "Rows": [
                            {
                                "RowType": "SummaryRow",
                                "Cells": [
                                    {"Value": "Total Liabilities"},
                                    {"Value": "-5915.21"},
                                    {"Value": "-5930.89"},
                                    {"Value": "-107.50"},
                                ],
                            }
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Net Assets"},
                                    {"Value": "185448.30"},
                                    {"Value": "185333.67"},
                                    {"Value": "464.00"},
                                ],
                            }
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "Equity",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Current Year Earnings",
                                        "Attributes": [
                                            {
                                                "Value": "00000000-0000-0000-0000-000000000000",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "114.62",
                                        "Attributes": [
                                            {
                                                "Value": "00000000-0000-0000-0000-000000000000",
                                                "Id": "account",
                                            },
                                            {"Value": "4/1/2019", "Id": "fromDate"},
                                            {"Value": "4/30/2019", "Id": "toDate"},
                                        ],
                                    },
                                    {
                                        "Value": "156621.67",
                                        "Attributes": [
                                            {
                                                "Value": "00000000-0000-0000-0000-000000000000",
                                                "Id": "account",
                                            },
                                            {"Value": "4/1/2018", "Id": "fromDate"},
                                            {"Value": "3/31/2019", "Id": "toDate"},
                                        ],
                                    },
                                    {
                                        "Value": "500.00",
                                        "Attributes": [
                                            {
                                                "Value": "00000000-0000-0000-0000-000000000000",
                                                "Id": "account",
                                            },
                                            {"Value": "4/1/2018", "Id": "fromDate"},
                                            {"Value": "2/28/2019", "Id": "toDate"},
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Owner A Drawings",
                                        "Attributes": [
                                            {
                                                "Value": "136ebd08-60ea-4592-8982-be92c153b53a",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "28752.00",
                                        "Attributes": [
                                            {
                                                "Value": "136ebd08-60ea-4592-8982-be92c153b53a",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "28752.00",
                                        "Attributes": [
                                            {
                                                "Value": "136ebd08-60ea-4592-8982-be92c153b53a",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "136ebd08-60ea-4592-8982-be92c153b53a",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Owner A Funds Introduced",
                                        "Attributes": [
                                            {
                                                "Value": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "-50.00",
                                        "Attributes": [
                                            {
                                                "Value": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "-50.00",
                                        "Attributes": [
                                            {
                                                "Value": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "-46.00",
                                        "Attributes": [
                                            {
                                                "Value": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Retained Earnings",
                                        "Attributes": [
                                            {
                                                "Value": "7fc16c06-c342-4f32-995f-889b5f9996fd",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "156631.67",
                                        "Attributes": [
                                            {
                                                "Value": "7fc16c06-c342-4f32-995f-889b5f9996fd",
                                                "Id": "account",
                                            },
                                            {"Value": "", "Id": "fromDate"},
                                            {"Value": "4/30/2019", "Id": "toDate"},
                                        ],
                                    },
                                    {
                                        "Value": "10.00",
                                        "Attributes": [
                                            {
                                                "Value": "7fc16c06-c342-4f32-995f-889b5f9996fd",
                                                "Id": "account",
                                            },
                                            {"Value": "", "Id": "fromDate"},
                                            {"Value": "3/31/2019", "Id": "toDate"},
                                        ],
                                    },
                                    {
                                        "Value": "10.00",
                                        "Attributes": [
                                            {
                                                "Value": "7fc16c06-c342-4f32-995f-889b5f9996fd",
                                                "Id": "account",
                                            },
                                            {"Value": "", "Id": "fromDate"},
                                            {"Value": "2/28/2019", "Id": "toDate"},
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "SummaryRow",
                                "Cells": [
                                    {"Value": "Total Equity"},
                                    {"Value": "185448.29"},
                                    {"Value": "185333.67"},
                                    {"Value": "464.00"},
                                ],
                            },
                        ],
                    },
                ],
            }
        ],
    }
    model = ReportWithRows.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_reports_get_balance_sheet(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/BalanceSheet"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_balance_sheet_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "2ddba304-6ed3-4da4-b185-3b6289699653",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1555099412778)/",
                "Reports": [
                    {
                        "ReportName": "Balance Sheet",
                        "ReportType": "BalanceSheet",
                        "ReportTitles": [
                            "Balance Sheet",
                            "Dev Evangelist - Sid Test 3 (NZ-2016-02)",
                            "As at 30 April 2019",
                        ],
                        "ReportDate": "12 April 2019",
                        "UpdatedDateUTC": "/Date(1555099412778)/",
                        "Fields": [],
                        "Rows": [
                            {
                                "RowType": "Header",
                                "Cells": [
                                    {"Value": ""},
                                    {"Value": "30 Apr 2019"},
                                    {"Value": "31 Mar 2019"},
                                    {"Value": "28 Feb 2019"},
                                ],
                            },
                            {"RowType": "Section", "Title": "Assets", "Rows": []},
                            {
                                "RowType": "Section",
                                "Title": "Bank",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Country Savings",
                                                "Attributes": [
                                                    {
                                                        "Value": "041207d2-3d61-4e5d-8c1a-b9236955a71c",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "-1850.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "041207d2-3d61-4e5d-8c1a-b9236955a71c",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "-1850.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "041207d2-3d61-4e5d-8c1a-b9236955a71c",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "041207d2-3d61-4e5d-8c1a-b9236955a71c",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "My Big Bank",
                                                "Attributes": [
                                                    {
                                                        "Value": "300f3bde-3a5c-4035-9ec5-45b09777679a",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "2146.37",
                                                "Attributes": [
                                                    {
                                                        "Value": "300f3bde-3a5c-4035-9ec5-45b09777679a",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "2020.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "300f3bde-3a5c-4035-9ec5-45b09777679a",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "300f3bde-3a5c-4035-9ec5-45b09777679a",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "SummaryRow",
                                        "Cells": [
                                            {"Value": "Total Bank"},
                                            {"Value": "296.37"},
                                            {"Value": "170.00"},
                                            {"Value": "0.00"},
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "Current Assets",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Accounts Receivable",
                                                "Attributes": [
                                                    {
                                                        "Value": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "154355.72",
                                                "Attributes": [
                                                    {
                                                        "Value": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "154351.78",
                                                "Attributes": [
                                                    {
                                                        "Value": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "356.50",
                                                "Attributes": [
                                                    {
                                                        "Value": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Inventory",
                                                "Attributes": [
                                                    {
                                                        "Value": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "25000.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "25000.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "SummaryRow",
                                        "Cells": [
                                            {"Value": "Total Current Assets"},
                                            {"Value": "179355.72"},
                                            {"Value": "179351.78"},
                                            {"Value": "356.50"},
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "Fixed Assets",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Office Equipment",
                                                "Attributes": [
                                                    {
                                                        "Value": "7132cab3-ce56-4389-8e47-8f60d4c137f8",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "-119.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "7132cab3-ce56-4389-8e47-8f60d4c137f8",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "-119.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "7132cab3-ce56-4389-8e47-8f60d4c137f8",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "7132cab3-ce56-4389-8e47-8f60d4c137f8",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "SummaryRow",
                                        "Cells": [
                                            {"Value": "Total Fixed Assets"},
                                            {"Value": "-119.00"},
                                            {"Value": "-119.00"},
                                            {"Value": "0.00"},
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "",
                                "Rows": [
                                    {
                                        "RowType": "SummaryRow",
                                        "Cells": [
                                            {"Value": "Total Assets"},
                                            {"Value": "179533.09"},
                                            {"Value": "179402.78"},
                                            {"Value": "356.50"},
                                        ],
                                    }
                                ],
                            },
                            {"RowType": "Section", "Title": "Liabilities", "Rows": []},
                            {
                                "RowType": "Section",
                                "Title": "Current Liabilities",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Accounts Payable",
                                                "Attributes": [
                                                    {
                                                        "Value": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "-3469.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "-3469.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "-184.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "GST",
                                                "Attributes": [
                                                    {
                                                        "Value": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "-2446.21",
                                                "Attributes": [
                                                    {
                                                        "Value": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "-2461.89",
                                                "Attributes": [
                                                    {
                                                        "Value": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "76.50",
                                                "Attributes": [
                                                    {
                                                        "Value": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "SummaryRow",
                                        "Cells": [
                                            {"Value": "Total Current Liabilities"},
                                            {"Value": "-5915.21"},
                                            {"Value": "-5930.89"},
                                            {"Value": "-107.50"},
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "",
                                "Rows": [
                                    {
                                        "RowType": "SummaryRow",
                                        "Cells": [
                                            {"Value": "Total Liabilities"},
                                            {"Value": "-5915.21"},
                                            {"Value": "-5930.89"},
                                            {"Value": "-107.50"},
                                        ],
                                    }
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Net Assets"},
                                            {"Value": "185448.30"},
                                            {"Value": "185333.67"},
                                            {"Value": "464.00"},
                                        ],
                                    }
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "Equity",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Current Year Earnings",
                                                "Attributes": [
                                                    {
                                                        "Value": "00000000-0000-0000-0000-000000000000",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "114.62",
                                                "Attributes": [
                                                    {
                                                        "Value": "00000000-0000-0000-0000-000000000000",
                                                        "Id": "account",
                                                    },
                                                    {"Value": "4/1/2019", "Id": "fromDate"},
                                                    {"Value": "4/30/2019", "Id": "toDate"},
                                                ],
                                            },
                                            {
                                                "Value": "156621.67",
                                                "Attributes": [
                                                    {
                                                        "Value": "00000000-0000-0000-0000-000000000000",
                                                        "Id": "account",
                                                    },
                                                    {"Value": "4/1/2018", "Id": "fromDate"},
                                                    {"Value": "3/31/2019", "Id": "toDate"},
                                                ],
                                            },
                                            {
                                                "Value": "500.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "00000000-0000-0000-0000-000000000000",
                                                        "Id": "account",
                                                    },
                                                    {"Value": "4/1/2018", "Id": "fromDate"},
                                                    {"Value": "2/28/2019", "Id": "toDate"},
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Owner A Drawings",
                                                "Attributes": [
                                                    {
                                                        "Value": "136ebd08-60ea-4592-8982-be92c153b53a",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "28752.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "136ebd08-60ea-4592-8982-be92c153b53a",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "28752.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "136ebd08-60ea-4592-8982-be92c153b53a",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "136ebd08-60ea-4592-8982-be92c153b53a",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Owner A Funds Introduced",
                                                "Attributes": [
                                                    {
                                                        "Value": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "-50.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "-50.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "-46.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Retained Earnings",
                                                "Attributes": [
                                                    {
                                                        "Value": "7fc16c06-c342-4f32-995f-889b5f9996fd",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "156631.67",
                                                "Attributes": [
                                                    {
                                                        "Value": "7fc16c06-c342-4f32-995f-889b5f9996fd",
                                                        "Id": "account",
                                                    },
                                                    {"Value": "", "Id": "fromDate"},
                                                    {"Value": "4/30/2019", "Id": "toDate"},
                                                ],
                                            },
                                            {
                                                "Value": "10.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "7fc16c06-c342-4f32-995f-889b5f9996fd",
                                                        "Id": "account",
                                                    },
                                                    {"Value": "", "Id": "fromDate"},
                                                    {"Value": "3/31/2019", "Id": "toDate"},
                                                ],
                                            },
                                            {
                                                "Value": "10.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "7fc16c06-c342-4f32-995f-889b5f9996fd",
                                                        "Id": "account",
                                                    },
                                                    {"Value": "", "Id": "fromDate"},
                                                    {"Value": "2/28/2019", "Id": "toDate"},
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "SummaryRow",
                                        "Cells": [
                                            {"Value": "Total Equity"},
                                            {"Value": "185448.29"},
                                            {"Value": "185333.67"},
                                            {"Value": "464.00"},
                                        ],
                                    },
                                ],
                            },
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.reports.get_balance_sheet(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_reports_get_balance_sheet(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_balance_sheet_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "2ddba304-6ed3-4da4-b185-3b6289699653",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1555099412778)/",
                    "Reports": [
                        {
                            "ReportName": "Balance Sheet",
                            "ReportType": "BalanceSheet",
                            "ReportTitles": [
                                "Balance Sheet",
                                "Dev Evangelist - Sid Test 3 (NZ-2016-02)",
                                "As at 30 April 2019",
                            ],
                            "ReportDate": "12 April 2019",
                            "UpdatedDateUTC": "/Date(1555099412778)/",
                            "Fields": [],
                            "Rows": [
                                {
                                    "RowType": "Header",
                                    "Cells": [
                                        {"Value": ""},
                                        {"Value": "30 Apr 2019"},
                                        {"Value": "31 Mar 2019"},
                                        {"Value": "28 Feb 2019"},
                                    ],
                                },
                                {"RowType": "Section", "Title": "Assets", "Rows": []},
                                {
                                    "RowType": "Section",
                                    "Title": "Bank",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Country Savings",
                                                    "Attributes": [
                                                        {
                                                            "Value": "041207d2-3d61-4e5d-8c1a-b9236955a71c",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "-1850.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "041207d2-3d61-4e5d-8c1a-b9236955a71c",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "-1850.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "041207d2-3d61-4e5d-8c1a-b9236955a71c",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "041207d2-3d61-4e5d-8c1a-b9236955a71c",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "My Big Bank",
                                                    "Attributes": [
                                                        {
                                                            "Value": "300f3bde-3a5c-4035-9ec5-45b09777679a",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "2146.37",
                                                    "Attributes": [
                                                        {
                                                            "Value": "300f3bde-3a5c-4035-9ec5-45b09777679a",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "2020.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "300f3bde-3a5c-4035-9ec5-45b09777679a",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "300f3bde-3a5c-4035-9ec5-45b09777679a",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "SummaryRow",
                                            "Cells": [
                                                {"Value": "Total Bank"},
                                                {"Value": "296.37"},
                                                {"Value": "170.00"},
                                                {"Value": "0.00"},
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "Current Assets",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Accounts Receivable",
                                                    "Attributes": [
                                                        {
                                                            "Value": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "154355.72",
                                                    "Attributes": [
                                                        {
                                                            "Value": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "154351.78",
                                                    "Attributes": [
                                                        {
                                                            "Value": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "356.50",
                                                    "Attributes": [
                                                        {
                                                            "Value": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Inventory",
                                                    "Attributes": [
                                                        {
                                                            "Value": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "25000.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "25000.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "SummaryRow",
                                            "Cells": [
                                                {"Value": "Total Current Assets"},
                                                {"Value": "179355.72"},
                                                {"Value": "179351.78"},
                                                {"Value": "356.50"},
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "Fixed Assets",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Office Equipment",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7132cab3-ce56-4389-8e47-8f60d4c137f8",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "-119.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7132cab3-ce56-4389-8e47-8f60d4c137f8",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "-119.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7132cab3-ce56-4389-8e47-8f60d4c137f8",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7132cab3-ce56-4389-8e47-8f60d4c137f8",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "SummaryRow",
                                            "Cells": [
                                                {"Value": "Total Fixed Assets"},
                                                {"Value": "-119.00"},
                                                {"Value": "-119.00"},
                                                {"Value": "0.00"},
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "",
                                    "Rows": [
                                        {
                                            "RowType": "SummaryRow",
                                            "Cells": [
                                                {"Value": "Total Assets"},
                                                {"Value": "179533.09"},
                                                {"Value": "179402.78"},
                                                {"Value": "356.50"},
                                            ],
                                        }
                                    ],
                                },
                                {"RowType": "Section", "Title": "Liabilities", "Rows": []},
                                {
                                    "RowType": "Section",
                                    "Title": "Current Liabilities",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Accounts Payable",
                                                    "Attributes": [
                                                        {
                                                            "Value": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "-3469.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "-3469.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "-184.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "GST",
                                                    "Attributes": [
                                                        {
                                                            "Value": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "-2446.21",
                                                    "Attributes": [
                                                        {
                                                            "Value": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "-2461.89",
                                                    "Attributes": [
                                                        {
                                                            "Value": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "76.50",
                                                    "Attributes": [
                                                        {
                                                            "Value": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "SummaryRow",
                                            "Cells": [
                                                {"Value": "Total Current Liabilities"},
                                                {"Value": "-5915.21"},
                                                {"Value": "-5930.89"},
                                                {"Value": "-107.50"},
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "",
                                    "Rows": [
                                        {
                                            "RowType": "SummaryRow",
                                            "Cells": [
                                                {"Value": "Total Liabilities"},
                                                {"Value": "-5915.21"},
                                                {"Value": "-5930.89"},
                                                {"Value": "-107.50"},
                                            ],
                                        }
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Net Assets"},
                                                {"Value": "185448.30"},
                                                {"Value": "185333.67"},
                                                {"Value": "464.00"},
                                            ],
                                        }
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "Equity",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Current Year Earnings",
                                                    "Attributes": [
                                                        {
                                                            "Value": "00000000-0000-0000-0000-000000000000",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "114.62",
                                                    "Attributes": [
                                                        {
                                                            "Value": "00000000-0000-0000-0000-000000000000",
                                                            "Id": "account",
                                                        },
                                                        {"Value": "4/1/2019", "Id": "fromDate"},
                                                        {"Value": "4/30/2019", "Id": "toDate"},
                                                    ],
                                                },
                                                {
                                                    "Value": "156621.67",
                                                    "Attributes": [
                                                        {
                                                            "Value": "00000000-0000-0000-0000-000000000000",
                                                            "Id": "account",
                                                        },
                                                        {"Value": "4/1/2018", "Id": "fromDate"},
                                                        {"Value": "3/31/2019", "Id": "toDate"},
                                                    ],
                                                },
                                                {
                                                    "Value": "500.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "00000000-0000-0000-0000-000000000000",
                                                            "Id": "account",
                                                        },
                                                        {"Value": "4/1/2018", "Id": "fromDate"},
                                                        {"Value": "2/28/2019", "Id": "toDate"},
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Owner A Drawings",
                                                    "Attributes": [
                                                        {
                                                            "Value": "136ebd08-60ea-4592-8982-be92c153b53a",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "28752.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "136ebd08-60ea-4592-8982-be92c153b53a",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "28752.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "136ebd08-60ea-4592-8982-be92c153b53a",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "136ebd08-60ea-4592-8982-be92c153b53a",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Owner A Funds Introduced",
                                                    "Attributes": [
                                                        {
                                                            "Value": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "-50.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "-50.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "-46.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Retained Earnings",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7fc16c06-c342-4f32-995f-889b5f9996fd",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "156631.67",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7fc16c06-c342-4f32-995f-889b5f9996fd",
                                                            "Id": "account",
                                                        },
                                                        {"Value": "", "Id": "fromDate"},
                                                        {"Value": "4/30/2019", "Id": "toDate"},
                                                    ],
                                                },
                                                {
                                                    "Value": "10.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7fc16c06-c342-4f32-995f-889b5f9996fd",
                                                            "Id": "account",
                                                        },
                                                        {"Value": "", "Id": "fromDate"},
                                                        {"Value": "3/31/2019", "Id": "toDate"},
                                                    ],
                                                },
                                                {
                                                    "Value": "10.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7fc16c06-c342-4f32-995f-889b5f9996fd",
                                                            "Id": "account",
                                                        },
                                                        {"Value": "", "Id": "fromDate"},
                                                        {"Value": "2/28/2019", "Id": "toDate"},
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "SummaryRow",
                                            "Cells": [
                                                {"Value": "Total Equity"},
                                                {"Value": "185448.29"},
                                                {"Value": "185333.67"},
                                                {"Value": "464.00"},
                                            ],
                                        },
                                    ],
                                },
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.reports.get_balance_sheet(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_balance_sheet(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_bank_summary_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "ae58d0ec-9c5c-455f-b96e-690107579257",
        "Status": "OK",
        "ProviderName": "Java Public Example",
        "DateTimeUTC": "/Date(1556035526223)/",
        "Reports": [
            {
                "ReportName": "Bank Summary",
                "ReportType": "BankSummary",
                "ReportTitles": [
                    "Bank Summary",
                    "MindBody Test 10 (AU-2016-02)",
                    "From 1 April 2019 to 30 April 2019",
                ],
                "ReportDate": "23 April 2019",
                "UpdatedDateUTC": "/Date(1556035526223)/",
                "Fields": [],
                "Rows": [
                    {
                        "RowType": "Header",
                        "Cells": [
                            {"Value": "Bank Accounts"},
                            {"Value": "Opening Balance"},
                            {"Value": "Cash Received"},
                            {"Value": "Cash Spent"},
                            {"Value": "Closing Balance"},
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Big City Bank",
                                        "Attributes": [
                                            {
                                                "Value": "03f9cf1e-2deb-4bf1-b0a8-b57f08672eb8",
                                                "Id": "accountID",
                                            }
                                        ],
                                    },
                                    {"Value": "0.00"},
                                    {
                                        "Value": "110.00",
                                        "Attributes": [
                                            {
                                                "Value": "03f9cf1e-2deb-4bf1-b0a8-b57f08672eb8",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "100.00",
                                        "Attributes": [
                                            {
                                                "Value": "03f9cf1e-2deb-4bf1-b0a8-b57f08672eb8",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {"Value": "10.00"},
                                ],
                            },
                            {
                                "RowType": "SummaryRow",
                                "Cells": [
                                    {"Value": "Total"},
                                    {"Value": "0.00"},
                                    {"Value": "110.00"},
                                    {"Value": "100.00"},
                                    {"Value": "10.00"},
                                ],
                            },
                        ],
                    },
                ],
            }
        ],
    }
    model = ReportWithRows.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_reports_get_bank_summary(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/BankSummary"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_bank_summary_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "ae58d0ec-9c5c-455f-b96e-690107579257",
                "Status": "OK",
                "ProviderName": "Java Public Example",
                "DateTimeUTC": "/Date(1556035526223)/",
                "Reports": [
                    {
                        "ReportName": "Bank Summary",
                        "ReportType": "BankSummary",
                        "ReportTitles": [
                            "Bank Summary",
                            "MindBody Test 10 (AU-2016-02)",
                            "From 1 April 2019 to 30 April 2019",
                        ],
                        "ReportDate": "23 April 2019",
                        "UpdatedDateUTC": "/Date(1556035526223)/",
                        "Fields": [],
                        "Rows": [
                            {
                                "RowType": "Header",
                                "Cells": [
                                    {"Value": "Bank Accounts"},
                                    {"Value": "Opening Balance"},
                                    {"Value": "Cash Received"},
                                    {"Value": "Cash Spent"},
                                    {"Value": "Closing Balance"},
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Big City Bank",
                                                "Attributes": [
                                                    {
                                                        "Value": "03f9cf1e-2deb-4bf1-b0a8-b57f08672eb8",
                                                        "Id": "accountID",
                                                    }
                                                ],
                                            },
                                            {"Value": "0.00"},
                                            {
                                                "Value": "110.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "03f9cf1e-2deb-4bf1-b0a8-b57f08672eb8",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "100.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "03f9cf1e-2deb-4bf1-b0a8-b57f08672eb8",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {"Value": "10.00"},
                                        ],
                                    },
                                    {
                                        "RowType": "SummaryRow",
                                        "Cells": [
                                            {"Value": "Total"},
                                            {"Value": "0.00"},
                                            {"Value": "110.00"},
                                            {"Value": "100.00"},
                                            {"Value": "10.00"},
                                        ],
                                    },
                                ],
                            },
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.reports.get_bank_summary(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_reports_get_bank_summary(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_bank_summary_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "ae58d0ec-9c5c-455f-b96e-690107579257",
                    "Status": "OK",
                    "ProviderName": "Java Public Example",
                    "DateTimeUTC": "/Date(1556035526223)/",
                    "Reports": [
                        {
                            "ReportName": "Bank Summary",
                            "ReportType": "BankSummary",
                            "ReportTitles": [
                                "Bank Summary",
                                "MindBody Test 10 (AU-2016-02)",
                                "From 1 April 2019 to 30 April 2019",
                            ],
                            "ReportDate": "23 April 2019",
                            "UpdatedDateUTC": "/Date(1556035526223)/",
                            "Fields": [],
                            "Rows": [
                                {
                                    "RowType": "Header",
                                    "Cells": [
                                        {"Value": "Bank Accounts"},
                                        {"Value": "Opening Balance"},
                                        {"Value": "Cash Received"},
                                        {"Value": "Cash Spent"},
                                        {"Value": "Closing Balance"},
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Big City Bank",
                                                    "Attributes": [
                                                        {
                                                            "Value": "03f9cf1e-2deb-4bf1-b0a8-b57f08672eb8",
                                                            "Id": "accountID",
                                                        }
                                                    ],
                                                },
                                                {"Value": "0.00"},
                                                {
                                                    "Value": "110.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "03f9cf1e-2deb-4bf1-b0a8-b57f08672eb8",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "100.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "03f9cf1e-2deb-4bf1-b0a8-b57f08672eb8",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {"Value": "10.00"},
                                            ],
                                        },
                                        {
                                            "RowType": "SummaryRow",
                                            "Cells": [
                                                {"Value": "Total"},
                                                {"Value": "0.00"},
                                                {"Value": "110.00"},
                                                {"Value": "100.00"},
                                                {"Value": "10.00"},
                                            ],
                                        },
                                    ],
                                },
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.reports.get_bank_summary(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_bank_summary(seen[0])
    assert isinstance(result, ReportWithRows)


def _check_reports_get_from_id(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Reports/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_from_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.reports.get_from_id(
            report_id="00000000-0000-0000-0000-000000000000",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_reports_get_from_id(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_from_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.reports.get_from_id(
                report_id="00000000-0000-0000-0000-000000000000",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_from_id(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_budget_summary_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "9f1e2722-0d98-4669-890f-f8f4217c968b",
        "Status": "OK",
        "ProviderName": "provider-name",
        "DateTimeUTC": "/Date(1573755037865)/",
        "Reports": [
            {
                "ReportName": "Budget Summary",
                "ReportType": "BudgetSummary",
                "ReportTitles": [
                    "Overall Budget",
                    "Budget Summary",
                    "Online Test 11",
                    "November 2019 to October 2022",
                ],
                "ReportDate": "14 November 2019",
                "UpdatedDateUTC": "/Date(1573755037865)/",
                "Fields": [],
                "Rows": [
                    {
                        "RowType": "Header",
                        "Cells": [
                            {"Value": "Account"},
                            {"Value": "Jan-20"},
                            {"Value": "Apr-20"},
                            {"Value": "Jul-20"},
                            {"Value": "Oct-20"},
                            {"Value": "Jan-21"},
                            {"Value": "Apr-21"},
                            {"Value": "Jul-21"},
                            {"Value": "Oct-21"},
                            {"Value": "Jan-22"},
                            {"Value": "Apr-22"},
                            {"Value": "Jul-22"},
                            {"Value": "Oct-22"},
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "",
                        "Rows": [
                            {
                                "RowType": "SummaryRow",
                                "Cells": [
                                    {"Value": "Gross Profit"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                ],
                            }
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "",
                        "Rows": [
                            {
                                "RowType": "SummaryRow",
                                "Cells": [
                                    {"Value": "Total Expenses"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                ],
                            }
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "",
                        "Rows": [
                            {
                                "RowType": "SummaryRow",
                                "Cells": [
                                    {"Value": "Net Profit"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                ],
                            }
                        ],
                    },
                ],
            }
        ],
    }
    model = ReportWithRows.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_reports_get_budget_summary(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/BudgetSummary"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_budget_summary_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "9f1e2722-0d98-4669-890f-f8f4217c968b",
                "Status": "OK",
                "ProviderName": "provider-name",
                "DateTimeUTC": "/Date(1573755037865)/",
                "Reports": [
                    {
                        "ReportName": "Budget Summary",
                        "ReportType": "BudgetSummary",
                        "ReportTitles": [
                            "Overall Budget",
                            "Budget Summary",
                            "Online Test 11",
                            "November 2019 to October 2022",
                        ],
                        "ReportDate": "14 November 2019",
                        "UpdatedDateUTC": "/Date(1573755037865)/",
                        "Fields": [],
                        "Rows": [
                            {
                                "RowType": "Header",
                                "Cells": [
                                    {"Value": "Account"},
                                    {"Value": "Jan-20"},
                                    {"Value": "Apr-20"},
                                    {"Value": "Jul-20"},
                                    {"Value": "Oct-20"},
                                    {"Value": "Jan-21"},
                                    {"Value": "Apr-21"},
                                    {"Value": "Jul-21"},
                                    {"Value": "Oct-21"},
                                    {"Value": "Jan-22"},
                                    {"Value": "Apr-22"},
                                    {"Value": "Jul-22"},
                                    {"Value": "Oct-22"},
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "",
                                "Rows": [
                                    {
                                        "RowType": "SummaryRow",
                                        "Cells": [
                                            {"Value": "Gross Profit"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                        ],
                                    }
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "",
                                "Rows": [
                                    {
                                        "RowType": "SummaryRow",
                                        "Cells": [
                                            {"Value": "Total Expenses"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                        ],
                                    }
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "",
                                "Rows": [
                                    {
                                        "RowType": "SummaryRow",
                                        "Cells": [
                                            {"Value": "Net Profit"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                        ],
                                    }
                                ],
                            },
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.reports.get_budget_summary(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_reports_get_budget_summary(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_budget_summary_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "9f1e2722-0d98-4669-890f-f8f4217c968b",
                    "Status": "OK",
                    "ProviderName": "provider-name",
                    "DateTimeUTC": "/Date(1573755037865)/",
                    "Reports": [
                        {
                            "ReportName": "Budget Summary",
                            "ReportType": "BudgetSummary",
                            "ReportTitles": [
                                "Overall Budget",
                                "Budget Summary",
                                "Online Test 11",
                                "November 2019 to October 2022",
                            ],
                            "ReportDate": "14 November 2019",
                            "UpdatedDateUTC": "/Date(1573755037865)/",
                            "Fields": [],
                            "Rows": [
                                {
                                    "RowType": "Header",
                                    "Cells": [
                                        {"Value": "Account"},
                                        {"Value": "Jan-20"},
                                        {"Value": "Apr-20"},
                                        {"Value": "Jul-20"},
                                        {"Value": "Oct-20"},
                                        {"Value": "Jan-21"},
                                        {"Value": "Apr-21"},
                                        {"Value": "Jul-21"},
                                        {"Value": "Oct-21"},
                                        {"Value": "Jan-22"},
                                        {"Value": "Apr-22"},
                                        {"Value": "Jul-22"},
                                        {"Value": "Oct-22"},
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "",
                                    "Rows": [
                                        {
                                            "RowType": "SummaryRow",
                                            "Cells": [
                                                {"Value": "Gross Profit"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                            ],
                                        }
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "",
                                    "Rows": [
                                        {
                                            "RowType": "SummaryRow",
                                            "Cells": [
                                                {"Value": "Total Expenses"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                            ],
                                        }
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "",
                                    "Rows": [
                                        {
                                            "RowType": "SummaryRow",
                                            "Cells": [
                                                {"Value": "Net Profit"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                            ],
                                        }
                                    ],
                                },
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.reports.get_budget_summary(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_budget_summary(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_executive_summary_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "068d3505-ac37-43f3-8135-f912a5963d8a",
        "Status": "OK",
        "ProviderName": "provider-name",
        "DateTimeUTC": "/Date(1573755038314)/",
        "Reports": [
            {
                "ReportName": "Executive Summary",
                "ReportType": "ExecutiveSummary",
                "ReportTitles": [
                    "Executive Summary",
                    "Online Test 11",
                    "For the month of November 2019",
                ],
                "ReportDate": "14 November 2019",
                "UpdatedDateUTC": "/Date(1573755038314)/",
                "Fields": [],
                "Rows": [
                    {
                        "RowType": "Header",
                        "Cells": [
                            {"Value": ""},
                            {"Value": "Nov 2019"},
                            {"Value": "Oct 2019"},
                            {"Value": "Variance"},
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "Cash",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Cash received"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.0%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Cash spent"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.0%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Cash surplus (deficit)"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.0%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Closing bank balance"},
                                    {"Value": "79.01"},
                                    {"Value": "79.01"},
                                    {"Value": "0.0%"},
                                ],
                            },
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "Profitability",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Income"},
                                    {"Value": "40.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.0%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Direct costs"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.0%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Gross profit (loss)"},
                                    {"Value": "40.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.0%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Other Income"},
                                    {"Value": "0.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.0%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Expenses"},
                                    {"Value": "205.40"},
                                    {"Value": "0.00"},
                                    {"Value": "0.0%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Profit (loss)"},
                                    {"Value": "-165.40"},
                                    {"Value": "0.00"},
                                    {"Value": "0.0%"},
                                ],
                            },
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "Balance Sheet",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Debtors"},
                                    {"Value": "590.00"},
                                    {"Value": "550.00"},
                                    {"Value": "7.3%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Creditors"},
                                    {"Value": "-44.00"},
                                    {"Value": "-44.00"},
                                    {"Value": "0.0%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Net assets"},
                                    {"Value": "594.16"},
                                    {"Value": "759.56"},
                                    {"Value": "-21.8%"},
                                ],
                            },
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "Income",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Number of invoices issued"},
                                    {"Value": "1"},
                                    {"Value": "0"},
                                    {"Value": "0.0%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Average value of invoices"},
                                    {"Value": "40.00"},
                                    {"Value": "0.00"},
                                    {"Value": "0.0%"},
                                ],
                            },
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "Performance",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Gross profit margin"},
                                    {"Value": "100.0%"},
                                    {"Value": ""},
                                    {"Value": "0.0%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Net profit margin"},
                                    {"Value": "-413.5%"},
                                    {"Value": ""},
                                    {"Value": "0.0%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Return on investment (p.a.)"},
                                    {"Value": "-334.1%"},
                                    {"Value": "0.0%"},
                                    {"Value": "0.0%"},
                                ],
                            },
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "Position",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Average debtors days"},
                                    {"Value": "442.50"},
                                    {"Value": "0"},
                                    {"Value": "0.0%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Average creditors days"},
                                    {"Value": "-6.426484907497565725413826680"},
                                    {"Value": "0"},
                                    {"Value": "0.0%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Short term cash forecast"},
                                    {"Value": "634.00"},
                                    {"Value": "594.00"},
                                    {"Value": "6.7%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Current assets to liabilities"},
                                    {"Value": "4.0729764675459012154124644427"},
                                    {"Value": "-62.034024896265560165975103734"},
                                    {"Value": "106.6%"},
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {"Value": "Term assets to liabilities"},
                                    {"Value": ""},
                                    {"Value": ""},
                                    {"Value": "0.0%"},
                                ],
                            },
                        ],
                    },
                ],
            }
        ],
    }
    model = ReportWithRows.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_reports_get_executive_summary(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/ExecutiveSummary"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_executive_summary_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "068d3505-ac37-43f3-8135-f912a5963d8a",
                "Status": "OK",
                "ProviderName": "provider-name",
                "DateTimeUTC": "/Date(1573755038314)/",
                "Reports": [
                    {
                        "ReportName": "Executive Summary",
                        "ReportType": "ExecutiveSummary",
                        "ReportTitles": [
                            "Executive Summary",
                            "Online Test 11",
                            "For the month of November 2019",
                        ],
                        "ReportDate": "14 November 2019",
                        "UpdatedDateUTC": "/Date(1573755038314)/",
                        "Fields": [],
                        "Rows": [
                            {
                                "RowType": "Header",
                                "Cells": [
                                    {"Value": ""},
                                    {"Value": "Nov 2019"},
                                    {"Value": "Oct 2019"},
                                    {"Value": "Variance"},
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "Cash",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Cash received"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Cash spent"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Cash surplus (deficit)"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Closing bank balance"},
                                            {"Value": "79.01"},
                                            {"Value": "79.01"},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "Profitability",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Income"},
                                            {"Value": "40.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Direct costs"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Gross profit (loss)"},
                                            {"Value": "40.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Other Income"},
                                            {"Value": "0.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Expenses"},
                                            {"Value": "205.40"},
                                            {"Value": "0.00"},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Profit (loss)"},
                                            {"Value": "-165.40"},
                                            {"Value": "0.00"},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "Balance Sheet",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Debtors"},
                                            {"Value": "590.00"},
                                            {"Value": "550.00"},
                                            {"Value": "7.3%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Creditors"},
                                            {"Value": "-44.00"},
                                            {"Value": "-44.00"},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Net assets"},
                                            {"Value": "594.16"},
                                            {"Value": "759.56"},
                                            {"Value": "-21.8%"},
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "Income",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Number of invoices issued"},
                                            {"Value": "1"},
                                            {"Value": "0"},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Average value of invoices"},
                                            {"Value": "40.00"},
                                            {"Value": "0.00"},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "Performance",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Gross profit margin"},
                                            {"Value": "100.0%"},
                                            {"Value": ""},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Net profit margin"},
                                            {"Value": "-413.5%"},
                                            {"Value": ""},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Return on investment (p.a.)"},
                                            {"Value": "-334.1%"},
                                            {"Value": "0.0%"},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "Position",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Average debtors days"},
                                            {"Value": "442.50"},
                                            {"Value": "0"},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Average creditors days"},
                                            {"Value": "-6.426484907497565725413826680"},
                                            {"Value": "0"},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Short term cash forecast"},
                                            {"Value": "634.00"},
                                            {"Value": "594.00"},
                                            {"Value": "6.7%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Current assets to liabilities"},
                                            {"Value": "4.0729764675459012154124644427"},
                                            {"Value": "-62.034024896265560165975103734"},
                                            {"Value": "106.6%"},
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {"Value": "Term assets to liabilities"},
                                            {"Value": ""},
                                            {"Value": ""},
                                            {"Value": "0.0%"},
                                        ],
                                    },
                                ],
                            },
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.reports.get_executive_summary(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_reports_get_executive_summary(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_executive_summary_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "068d3505-ac37-43f3-8135-f912a5963d8a",
                    "Status": "OK",
                    "ProviderName": "provider-name",
                    "DateTimeUTC": "/Date(1573755038314)/",
                    "Reports": [
                        {
                            "ReportName": "Executive Summary",
                            "ReportType": "ExecutiveSummary",
                            "ReportTitles": [
                                "Executive Summary",
                                "Online Test 11",
                                "For the month of November 2019",
                            ],
                            "ReportDate": "14 November 2019",
                            "UpdatedDateUTC": "/Date(1573755038314)/",
                            "Fields": [],
                            "Rows": [
                                {
                                    "RowType": "Header",
                                    "Cells": [
                                        {"Value": ""},
                                        {"Value": "Nov 2019"},
                                        {"Value": "Oct 2019"},
                                        {"Value": "Variance"},
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "Cash",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Cash received"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Cash spent"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Cash surplus (deficit)"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Closing bank balance"},
                                                {"Value": "79.01"},
                                                {"Value": "79.01"},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "Profitability",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Income"},
                                                {"Value": "40.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Direct costs"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Gross profit (loss)"},
                                                {"Value": "40.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Other Income"},
                                                {"Value": "0.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Expenses"},
                                                {"Value": "205.40"},
                                                {"Value": "0.00"},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Profit (loss)"},
                                                {"Value": "-165.40"},
                                                {"Value": "0.00"},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "Balance Sheet",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Debtors"},
                                                {"Value": "590.00"},
                                                {"Value": "550.00"},
                                                {"Value": "7.3%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Creditors"},
                                                {"Value": "-44.00"},
                                                {"Value": "-44.00"},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Net assets"},
                                                {"Value": "594.16"},
                                                {"Value": "759.56"},
                                                {"Value": "-21.8%"},
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "Income",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Number of invoices issued"},
                                                {"Value": "1"},
                                                {"Value": "0"},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Average value of invoices"},
                                                {"Value": "40.00"},
                                                {"Value": "0.00"},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "Performance",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Gross profit margin"},
                                                {"Value": "100.0%"},
                                                {"Value": ""},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Net profit margin"},
                                                {"Value": "-413.5%"},
                                                {"Value": ""},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Return on investment (p.a.)"},
                                                {"Value": "-334.1%"},
                                                {"Value": "0.0%"},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "Position",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Average debtors days"},
                                                {"Value": "442.50"},
                                                {"Value": "0"},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Average creditors days"},
                                                {"Value": "-6.426484907497565725413826680"},
                                                {"Value": "0"},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Short term cash forecast"},
                                                {"Value": "634.00"},
                                                {"Value": "594.00"},
                                                {"Value": "6.7%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Current assets to liabilities"},
                                                {"Value": "4.0729764675459012154124644427"},
                                                {"Value": "-62.034024896265560165975103734"},
                                                {"Value": "106.6%"},
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {"Value": "Term assets to liabilities"},
                                                {"Value": ""},
                                                {"Value": ""},
                                                {"Value": "0.0%"},
                                            ],
                                        },
                                    ],
                                },
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.reports.get_executive_summary(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_executive_summary(seen[0])
    assert isinstance(result, ReportWithRows)


def _check_reports_get_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.reports.get_list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_reports_get_list(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.reports.get_list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_list(seen[0])
    assert isinstance(result, ReportWithRows)


def _check_reports_get_profit_and_loss(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/ProfitAndLoss"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_profit_and_loss_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.reports.get_profit_and_loss(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_reports_get_profit_and_loss(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_profit_and_loss_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.reports.get_profit_and_loss(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_profit_and_loss(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_trial_balance_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "0b3ee35e-b97c-4b3c-b7e2-9a465233e329",
        "Status": "OK",
        "ProviderName": "Java Public Example",
        "DateTimeUTC": "/Date(1556129558740)/",
        "Reports": [
            {
                "ReportName": "Trial Balance",
                "ReportType": "TrialBalance",
                "ReportTitles": [
                    "Trial Balance",
                    "Dev Evangelist - Sid Test 1 (US-2016-06)",
                    "As at 24 April 2019",
                ],
                "ReportDate": "24 April 2019",
                "UpdatedDateUTC": "/Date(1556129558724)/",
                "Fields": [],
                "Rows": [
                    {
                        "RowType": "Header",
                        "Cells": [
                            {"Value": "Account"},
                            {"Value": "Debit"},
                            {"Value": "Credit"},
                            {"Value": "YTD Debit"},
                            {"Value": "YTD Credit"},
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "Revenue",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Big Expense (002)",
                                        "Attributes": [
                                            {
                                                "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "80.00",
                                        "Attributes": [
                                            {
                                                "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Sales (400)",
                                        "Attributes": [
                                            {
                                                "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "200.00",
                                        "Attributes": [
                                            {
                                                "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "1020.22",
                                        "Attributes": [
                                            {
                                                "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Sales-35325 (1302)",
                                        "Attributes": [
                                            {
                                                "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "1000.00",
                                        "Attributes": [
                                            {
                                                "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "1000.00",
                                        "Attributes": [
                                            {
                                                "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "Expenses",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Foobar14043 (123)",
                                        "Attributes": [
                                            {
                                                "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "40.00",
                                        "Attributes": [
                                            {
                                                "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "MyExp51937 (1231239)",
                                        "Attributes": [
                                            {
                                                "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "80.00",
                                        "Attributes": [
                                            {
                                                "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "Assets",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Accounts Receivable (120)",
                                        "Attributes": [
                                            {
                                                "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "1190.00",
                                        "Attributes": [
                                            {
                                                "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "36555.04",
                                        "Attributes": [
                                            {
                                                "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Business Wells Fargo (088)",
                                        "Attributes": [
                                            {
                                                "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "7639.04",
                                        "Attributes": [
                                            {
                                                "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Generic Cash Clearing (8003)",
                                        "Attributes": [
                                            {
                                                "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "1443.00",
                                        "Attributes": [
                                            {
                                                "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Generic Credit Card Clearing (8002)",
                                        "Attributes": [
                                            {
                                                "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "96.49",
                                        "Attributes": [
                                            {
                                                "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Generic Inventory (1400)",
                                        "Attributes": [
                                            {
                                                "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "160.00",
                                        "Attributes": [
                                            {
                                                "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "My Savings (090)",
                                        "Attributes": [
                                            {
                                                "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "219.92",
                                        "Attributes": [
                                            {
                                                "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Payment Wall Clearing Account (8001)",
                                        "Attributes": [
                                            {
                                                "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "1.00",
                                        "Attributes": [
                                            {
                                                "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "Liabilities",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Accounts Payable (200)",
                                        "Attributes": [
                                            {
                                                "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "9223.00",
                                        "Attributes": [
                                            {
                                                "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Deferred Revenue (2300)",
                                        "Attributes": [
                                            {
                                                "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "1854.24",
                                        "Attributes": [
                                            {
                                                "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Rounding (260)",
                                        "Attributes": [
                                            {
                                                "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.01",
                                        "Attributes": [
                                            {
                                                "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Sales Tax (220)",
                                        "Attributes": [
                                            {
                                                "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "1578.35",
                                        "Attributes": [
                                            {
                                                "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Suspense (250)",
                                        "Attributes": [
                                            {
                                                "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "10.00",
                                        "Attributes": [
                                            {
                                                "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "41.00",
                                        "Attributes": [
                                            {
                                                "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Unpaid Expense Claims (210)",
                                        "Attributes": [
                                            {
                                                "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "135.00",
                                        "Attributes": [
                                            {
                                                "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "Equity",
                        "Rows": [
                            {
                                "RowType": "Row",
                                "Cells": [
                                    {
                                        "Value": "Retained Earnings (320)",
                                        "Attributes": [
                                            {
                                                "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                "Id": "account",
                                            }
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                "Id": "account",
                                            },
                                            {"Value": "", "Id": "fromDate"},
                                            {"Value": "12/31/2018", "Id": "toDate"},
                                        ],
                                    },
                                    {
                                        "Value": "0.00",
                                        "Attributes": [
                                            {
                                                "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                "Id": "account",
                                            },
                                            {"Value": "", "Id": "fromDate"},
                                            {"Value": "12/31/2018", "Id": "toDate"},
                                        ],
                                    },
                                    {
                                        "Value": "",
                                        "Attributes": [
                                            {
                                                "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                "Id": "account",
                                            },
                                            {"Value": "", "Id": "fromDate"},
                                            {"Value": "12/31/2018", "Id": "toDate"},
                                        ],
                                    },
                                    {
                                        "Value": "30871.69",
                                        "Attributes": [
                                            {
                                                "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                "Id": "account",
                                            },
                                            {"Value": "", "Id": "fromDate"},
                                            {"Value": "12/31/2018", "Id": "toDate"},
                                        ],
                                    },
                                ],
                            }
                        ],
                    },
                    {
                        "RowType": "Section",
                        "Title": "",
                        "Rows": [
                            {
                                "RowType": "SummaryRow",
                                "Cells": [
                                    {"Value": "Total"},
                                    {"Value": "1200.00"},
                                    {"Value": "1200.00"},
                                    {"Value": "46019.00"},
                                    {"Value": "46019.00"},
                                ],
                            }
                        ],
                    },
                ],
            }
        ],
    }
    model = ReportWithRows.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_reports_get_trial_balance(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/TrialBalance"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_trial_balance_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "0b3ee35e-b97c-4b3c-b7e2-9a465233e329",
                "Status": "OK",
                "ProviderName": "Java Public Example",
                "DateTimeUTC": "/Date(1556129558740)/",
                "Reports": [
                    {
                        "ReportName": "Trial Balance",
                        "ReportType": "TrialBalance",
                        "ReportTitles": [
                            "Trial Balance",
                            "Dev Evangelist - Sid Test 1 (US-2016-06)",
                            "As at 24 April 2019",
                        ],
                        "ReportDate": "24 April 2019",
                        "UpdatedDateUTC": "/Date(1556129558724)/",
                        "Fields": [],
                        "Rows": [
                            {
                                "RowType": "Header",
                                "Cells": [
                                    {"Value": "Account"},
                                    {"Value": "Debit"},
                                    {"Value": "Credit"},
                                    {"Value": "YTD Debit"},
                                    {"Value": "YTD Credit"},
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "Revenue",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Big Expense (002)",
                                                "Attributes": [
                                                    {
                                                        "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "80.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Sales (400)",
                                                "Attributes": [
                                                    {
                                                        "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "200.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "1020.22",
                                                "Attributes": [
                                                    {
                                                        "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Sales-35325 (1302)",
                                                "Attributes": [
                                                    {
                                                        "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "1000.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "1000.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "Expenses",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Foobar14043 (123)",
                                                "Attributes": [
                                                    {
                                                        "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "40.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "MyExp51937 (1231239)",
                                                "Attributes": [
                                                    {
                                                        "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "80.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "Assets",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Accounts Receivable (120)",
                                                "Attributes": [
                                                    {
                                                        "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "1190.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "36555.04",
                                                "Attributes": [
                                                    {
                                                        "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Business Wells Fargo (088)",
                                                "Attributes": [
                                                    {
                                                        "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "7639.04",
                                                "Attributes": [
                                                    {
                                                        "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Generic Cash Clearing (8003)",
                                                "Attributes": [
                                                    {
                                                        "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "1443.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Generic Credit Card Clearing (8002)",
                                                "Attributes": [
                                                    {
                                                        "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "96.49",
                                                "Attributes": [
                                                    {
                                                        "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Generic Inventory (1400)",
                                                "Attributes": [
                                                    {
                                                        "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "160.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "My Savings (090)",
                                                "Attributes": [
                                                    {
                                                        "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "219.92",
                                                "Attributes": [
                                                    {
                                                        "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Payment Wall Clearing Account (8001)",
                                                "Attributes": [
                                                    {
                                                        "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "1.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "Liabilities",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Accounts Payable (200)",
                                                "Attributes": [
                                                    {
                                                        "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "9223.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Deferred Revenue (2300)",
                                                "Attributes": [
                                                    {
                                                        "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "1854.24",
                                                "Attributes": [
                                                    {
                                                        "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Rounding (260)",
                                                "Attributes": [
                                                    {
                                                        "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.01",
                                                "Attributes": [
                                                    {
                                                        "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Sales Tax (220)",
                                                "Attributes": [
                                                    {
                                                        "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "1578.35",
                                                "Attributes": [
                                                    {
                                                        "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Suspense (250)",
                                                "Attributes": [
                                                    {
                                                        "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "10.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "41.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Unpaid Expense Claims (210)",
                                                "Attributes": [
                                                    {
                                                        "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "135.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                        ],
                                    },
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "Equity",
                                "Rows": [
                                    {
                                        "RowType": "Row",
                                        "Cells": [
                                            {
                                                "Value": "Retained Earnings (320)",
                                                "Attributes": [
                                                    {
                                                        "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                        "Id": "account",
                                                    }
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                        "Id": "account",
                                                    },
                                                    {"Value": "", "Id": "fromDate"},
                                                    {"Value": "12/31/2018", "Id": "toDate"},
                                                ],
                                            },
                                            {
                                                "Value": "0.00",
                                                "Attributes": [
                                                    {
                                                        "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                        "Id": "account",
                                                    },
                                                    {"Value": "", "Id": "fromDate"},
                                                    {"Value": "12/31/2018", "Id": "toDate"},
                                                ],
                                            },
                                            {
                                                "Value": "",
                                                "Attributes": [
                                                    {
                                                        "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                        "Id": "account",
                                                    },
                                                    {"Value": "", "Id": "fromDate"},
                                                    {"Value": "12/31/2018", "Id": "toDate"},
                                                ],
                                            },
                                            {
                                                "Value": "30871.69",
                                                "Attributes": [
                                                    {
                                                        "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                        "Id": "account",
                                                    },
                                                    {"Value": "", "Id": "fromDate"},
                                                    {"Value": "12/31/2018", "Id": "toDate"},
                                                ],
                                            },
                                        ],
                                    }
                                ],
                            },
                            {
                                "RowType": "Section",
                                "Title": "",
                                "Rows": [
                                    {
                                        "RowType": "SummaryRow",
                                        "Cells": [
                                            {"Value": "Total"},
                                            {"Value": "1200.00"},
                                            {"Value": "1200.00"},
                                            {"Value": "46019.00"},
                                            {"Value": "46019.00"},
                                        ],
                                    }
                                ],
                            },
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.reports.get_trial_balance(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_reports_get_trial_balance(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_trial_balance_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "0b3ee35e-b97c-4b3c-b7e2-9a465233e329",
                    "Status": "OK",
                    "ProviderName": "Java Public Example",
                    "DateTimeUTC": "/Date(1556129558740)/",
                    "Reports": [
                        {
                            "ReportName": "Trial Balance",
                            "ReportType": "TrialBalance",
                            "ReportTitles": [
                                "Trial Balance",
                                "Dev Evangelist - Sid Test 1 (US-2016-06)",
                                "As at 24 April 2019",
                            ],
                            "ReportDate": "24 April 2019",
                            "UpdatedDateUTC": "/Date(1556129558724)/",
                            "Fields": [],
                            "Rows": [
                                {
                                    "RowType": "Header",
                                    "Cells": [
                                        {"Value": "Account"},
                                        {"Value": "Debit"},
                                        {"Value": "Credit"},
                                        {"Value": "YTD Debit"},
                                        {"Value": "YTD Credit"},
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "Revenue",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Big Expense (002)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "80.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Sales (400)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "200.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "1020.22",
                                                    "Attributes": [
                                                        {
                                                            "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Sales-35325 (1302)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "1000.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "1000.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "Expenses",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Foobar14043 (123)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "40.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "MyExp51937 (1231239)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "80.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "Assets",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Accounts Receivable (120)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "1190.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "36555.04",
                                                    "Attributes": [
                                                        {
                                                            "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Business Wells Fargo (088)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "7639.04",
                                                    "Attributes": [
                                                        {
                                                            "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Generic Cash Clearing (8003)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "1443.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Generic Credit Card Clearing (8002)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "96.49",
                                                    "Attributes": [
                                                        {
                                                            "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Generic Inventory (1400)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "160.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "My Savings (090)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "219.92",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Payment Wall Clearing Account (8001)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "1.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "Liabilities",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Accounts Payable (200)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "9223.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Deferred Revenue (2300)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "1854.24",
                                                    "Attributes": [
                                                        {
                                                            "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Rounding (260)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.01",
                                                    "Attributes": [
                                                        {
                                                            "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Sales Tax (220)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "1578.35",
                                                    "Attributes": [
                                                        {
                                                            "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Suspense (250)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "10.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "41.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Unpaid Expense Claims (210)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "135.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "Equity",
                                    "Rows": [
                                        {
                                            "RowType": "Row",
                                            "Cells": [
                                                {
                                                    "Value": "Retained Earnings (320)",
                                                    "Attributes": [
                                                        {
                                                            "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                            "Id": "account",
                                                        }
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                            "Id": "account",
                                                        },
                                                        {"Value": "", "Id": "fromDate"},
                                                        {"Value": "12/31/2018", "Id": "toDate"},
                                                    ],
                                                },
                                                {
                                                    "Value": "0.00",
                                                    "Attributes": [
                                                        {
                                                            "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                            "Id": "account",
                                                        },
                                                        {"Value": "", "Id": "fromDate"},
                                                        {"Value": "12/31/2018", "Id": "toDate"},
                                                    ],
                                                },
                                                {
                                                    "Value": "",
                                                    "Attributes": [
                                                        {
                                                            "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                            "Id": "account",
                                                        },
                                                        {"Value": "", "Id": "fromDate"},
                                                        {"Value": "12/31/2018", "Id": "toDate"},
                                                    ],
                                                },
                                                {
                                                    "Value": "30871.69",
                                                    "Attributes": [
                                                        {
                                                            "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                            "Id": "account",
                                                        },
                                                        {"Value": "", "Id": "fromDate"},
                                                        {"Value": "12/31/2018", "Id": "toDate"},
                                                    ],
                                                },
                                            ],
                                        }
                                    ],
                                },
                                {
                                    "RowType": "Section",
                                    "Title": "",
                                    "Rows": [
                                        {
                                            "RowType": "SummaryRow",
                                            "Cells": [
                                                {"Value": "Total"},
                                                {"Value": "1200.00"},
                                                {"Value": "1200.00"},
                                                {"Value": "46019.00"},
                                                {"Value": "46019.00"},
                                            ],
                                        }
                                    ],
                                },
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.reports.get_trial_balance(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_trial_balance(seen[0])
    assert isinstance(result, ReportWithRows)
