"""Tests of the `journals` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
from uuid import UUID

import httpx

from xero_accounting import AsyncClient, Client
from xero_accounting.models import Journals

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


def test_journals_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "49a09a97-df50-4679-8043-02c86e0dcf5f",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552335214210)/",
        "Journals": [
            {
                "JournalID": "1b31feeb-aa23-404c-8c19-24c827c53661",
                "JournalDate": "/Date(1539993600000+0000)/",
                "JournalNumber": 1,
                "CreatedDateUTC": "/Date(1541176243467+0000)/",
                "Reference": "Red Fish, Blue Fish",
                "SourceID": "d4956132-ed94-4dd7-9eaa-aa22dfdf06f2",
                "SourceType": "ACCREC",
                "JournalLines": [
                    {
                        "JournalLineID": "81e6b1bf-d812-4f87-8dc4-698558ae043e",
                        "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                        "AccountCode": "610",
                        "AccountType": "CURRENT",
                        "AccountName": "Accounts Receivable",
                        "Description": "",
                        "NetAmount": 40.0,
                        "GrossAmount": 40.0,
                        "TaxAmount": 0.0,
                        "TrackingCategories": [],
                    },
                    {
                        "JournalLineID": "ad221a8c-ebee-4c1b-88ed-d574e27e8803",
                        "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                        "AccountCode": "200",
                        "AccountType": "REVENUE",
                        "AccountName": "Sales",
                        "Description": "Acme Tires",
                        "NetAmount": -40.0,
                        "GrossAmount": -40.0,
                        "TaxAmount": 0.0,
                        "TaxType": "NONE",
                        "TaxName": "No GST",
                        "TrackingCategories": [],
                    },
                ],
            },
            {
                "JournalID": "2be66e45-805b-46de-921d-c67e1d3dad2a",
                "JournalDate": "/Date(1539993600000+0000)/",
                "JournalNumber": 9,
                "CreatedDateUTC": "/Date(1541176504083+0000)/",
                "Reference": "Red Fish, Blue Fish",
                "SourceID": "046d8a6d-1ae1-4b4d-9340-5601bdf41b87",
                "SourceType": "ACCREC",
                "JournalLines": [
                    {
                        "JournalLineID": "ba8a5680-a753-4a35-b3dd-0bc72e5c26a1",
                        "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                        "AccountCode": "610",
                        "AccountType": "CURRENT",
                        "AccountName": "Accounts Receivable",
                        "Description": "",
                        "NetAmount": 40.0,
                        "GrossAmount": 40.0,
                        "TaxAmount": 0.0,
                        "TrackingCategories": [],
                    },
                    {
                        "JournalLineID": "09a0b9b9-0222-4e24-8c31-efef472e22f1",
                        "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                        "AccountCode": "200",
                        "AccountType": "REVENUE",
                        "AccountName": "Sales",
                        "Description": "Acme Tires",
                        "NetAmount": -40.0,
                        "GrossAmount": -40.0,
                        "TaxAmount": 0.0,
                        "TaxType": "NONE",
                        "TaxName": "No GST",
                        "TrackingCategories": [],
                    },
                ],
            },
            {
                "JournalID": "d0ed2957-ebba-4d3a-8367-ae9ccd574885",
                "JournalDate": "/Date(1543449600000+0000)/",
                "JournalNumber": 14,
                "CreatedDateUTC": "/Date(1541176592673+0000)/",
                "SourceID": "99ea7f6b-c513-4066-bc27-b7c65dcd76c2",
                "SourceType": "ACCRECPAYMENT",
                "JournalLines": [
                    {
                        "JournalLineID": "1bdae2b7-3035-40ec-b344-b12b1c23adc4",
                        "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                        "AccountCode": "610",
                        "AccountType": "CURRENT",
                        "AccountName": "Accounts Receivable",
                        "Description": "",
                        "NetAmount": -46.0,
                        "GrossAmount": -46.0,
                        "TaxAmount": 0.0,
                        "TrackingCategories": [],
                    },
                    {
                        "JournalLineID": "353be85e-ae79-4bb3-9483-5ea7682fc0a3",
                        "AccountID": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                        "AccountCode": "970",
                        "AccountType": "EQUITY",
                        "AccountName": "Owner A Funds Introduced",
                        "Description": "",
                        "NetAmount": 46.0,
                        "GrossAmount": 46.0,
                        "TaxAmount": 0.0,
                        "TrackingCategories": [],
                    },
                ],
            },
            {
                "JournalID": "772e8133-7f12-4edc-ab98-aa6dceb16c9d",
                "JournalDate": "/Date(1552262400000+0000)/",
                "JournalNumber": 30,
                "CreatedDateUTC": "/Date(1552333389227+0000)/",
                "Reference": "",
                "SourceID": "5376633d-0456-43a3-8234-e457a3f50a12",
                "SourceType": "ACCPAY",
                "JournalLines": [
                    {
                        "JournalLineID": "33469836-642f-4973-a708-0e99339dff4a",
                        "AccountID": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                        "AccountCode": "800",
                        "AccountType": "CURRLIAB",
                        "AccountName": "Accounts Payable",
                        "Description": "",
                        "NetAmount": -28750.0,
                        "GrossAmount": -28750.0,
                        "TaxAmount": 0.0,
                        "TrackingCategories": [],
                    },
                    {
                        "JournalLineID": "4f3b6462-5cf6-4b55-a2ae-de4039878215",
                        "AccountID": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                        "AccountCode": "630",
                        "AccountType": "CURRENT",
                        "AccountName": "Inventory",
                        "Description": "Brand new Fender Strats",
                        "NetAmount": 25000.0,
                        "GrossAmount": 28750.0,
                        "TaxAmount": 3750.0,
                        "TaxType": "INPUT2",
                        "TaxName": "15% GST on Expenses",
                        "TrackingCategories": [],
                    },
                    {
                        "JournalLineID": "534e822e-d441-48a7-8e57-5ad54729e83e",
                        "AccountID": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                        "AccountCode": "820",
                        "AccountType": "CURRLIAB",
                        "AccountName": "GST",
                        "Description": "",
                        "NetAmount": 3750.0,
                        "GrossAmount": 3750.0,
                        "TaxAmount": 0.0,
                        "TrackingCategories": [],
                    },
                ],
            },
        ],
    }
    model = Journals.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_journals_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Journals"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_journals_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "49a09a97-df50-4679-8043-02c86e0dcf5f",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552335214210)/",
                "Journals": [
                    {
                        "JournalID": "1b31feeb-aa23-404c-8c19-24c827c53661",
                        "JournalDate": "/Date(1539993600000+0000)/",
                        "JournalNumber": 1,
                        "CreatedDateUTC": "/Date(1541176243467+0000)/",
                        "Reference": "Red Fish, Blue Fish",
                        "SourceID": "d4956132-ed94-4dd7-9eaa-aa22dfdf06f2",
                        "SourceType": "ACCREC",
                        "JournalLines": [
                            {
                                "JournalLineID": "81e6b1bf-d812-4f87-8dc4-698558ae043e",
                                "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                "AccountCode": "610",
                                "AccountType": "CURRENT",
                                "AccountName": "Accounts Receivable",
                                "Description": "",
                                "NetAmount": 40.0,
                                "GrossAmount": 40.0,
                                "TaxAmount": 0.0,
                                "TrackingCategories": [],
                            },
                            {
                                "JournalLineID": "ad221a8c-ebee-4c1b-88ed-d574e27e8803",
                                "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                                "AccountCode": "200",
                                "AccountType": "REVENUE",
                                "AccountName": "Sales",
                                "Description": "Acme Tires",
                                "NetAmount": -40.0,
                                "GrossAmount": -40.0,
                                "TaxAmount": 0.0,
                                "TaxType": "NONE",
                                "TaxName": "No GST",
                                "TrackingCategories": [],
                            },
                        ],
                    },
                    {
                        "JournalID": "2be66e45-805b-46de-921d-c67e1d3dad2a",
                        "JournalDate": "/Date(1539993600000+0000)/",
                        "JournalNumber": 9,
                        "CreatedDateUTC": "/Date(1541176504083+0000)/",
                        "Reference": "Red Fish, Blue Fish",
                        "SourceID": "046d8a6d-1ae1-4b4d-9340-5601bdf41b87",
                        "SourceType": "ACCREC",
                        "JournalLines": [
                            {
                                "JournalLineID": "ba8a5680-a753-4a35-b3dd-0bc72e5c26a1",
                                "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                "AccountCode": "610",
                                "AccountType": "CURRENT",
                                "AccountName": "Accounts Receivable",
                                "Description": "",
                                "NetAmount": 40.0,
                                "GrossAmount": 40.0,
                                "TaxAmount": 0.0,
                                "TrackingCategories": [],
                            },
                            {
                                "JournalLineID": "09a0b9b9-0222-4e24-8c31-efef472e22f1",
                                "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                                "AccountCode": "200",
                                "AccountType": "REVENUE",
                                "AccountName": "Sales",
                                "Description": "Acme Tires",
                                "NetAmount": -40.0,
                                "GrossAmount": -40.0,
                                "TaxAmount": 0.0,
                                "TaxType": "NONE",
                                "TaxName": "No GST",
                                "TrackingCategories": [],
                            },
                        ],
                    },
                    {
                        "JournalID": "d0ed2957-ebba-4d3a-8367-ae9ccd574885",
                        "JournalDate": "/Date(1543449600000+0000)/",
                        "JournalNumber": 14,
                        "CreatedDateUTC": "/Date(1541176592673+0000)/",
                        "SourceID": "99ea7f6b-c513-4066-bc27-b7c65dcd76c2",
                        "SourceType": "ACCRECPAYMENT",
                        "JournalLines": [
                            {
                                "JournalLineID": "1bdae2b7-3035-40ec-b344-b12b1c23adc4",
                                "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                "AccountCode": "610",
                                "AccountType": "CURRENT",
                                "AccountName": "Accounts Receivable",
                                "Description": "",
                                "NetAmount": -46.0,
                                "GrossAmount": -46.0,
                                "TaxAmount": 0.0,
                                "TrackingCategories": [],
                            },
                            {
                                "JournalLineID": "353be85e-ae79-4bb3-9483-5ea7682fc0a3",
                                "AccountID": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                "AccountCode": "970",
                                "AccountType": "EQUITY",
                                "AccountName": "Owner A Funds Introduced",
                                "Description": "",
                                "NetAmount": 46.0,
                                "GrossAmount": 46.0,
                                "TaxAmount": 0.0,
                                "TrackingCategories": [],
                            },
                        ],
                    },
                    {
                        "JournalID": "772e8133-7f12-4edc-ab98-aa6dceb16c9d",
                        "JournalDate": "/Date(1552262400000+0000)/",
                        "JournalNumber": 30,
                        "CreatedDateUTC": "/Date(1552333389227+0000)/",
                        "Reference": "",
                        "SourceID": "5376633d-0456-43a3-8234-e457a3f50a12",
                        "SourceType": "ACCPAY",
                        "JournalLines": [
                            {
                                "JournalLineID": "33469836-642f-4973-a708-0e99339dff4a",
                                "AccountID": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                "AccountCode": "800",
                                "AccountType": "CURRLIAB",
                                "AccountName": "Accounts Payable",
                                "Description": "",
                                "NetAmount": -28750.0,
                                "GrossAmount": -28750.0,
                                "TaxAmount": 0.0,
                                "TrackingCategories": [],
                            },
                            {
                                "JournalLineID": "4f3b6462-5cf6-4b55-a2ae-de4039878215",
                                "AccountID": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                "AccountCode": "630",
                                "AccountType": "CURRENT",
                                "AccountName": "Inventory",
                                "Description": "Brand new Fender Strats",
                                "NetAmount": 25000.0,
                                "GrossAmount": 28750.0,
                                "TaxAmount": 3750.0,
                                "TaxType": "INPUT2",
                                "TaxName": "15% GST on Expenses",
                                "TrackingCategories": [],
                            },
                            {
                                "JournalLineID": "534e822e-d441-48a7-8e57-5ad54729e83e",
                                "AccountID": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                "AccountCode": "820",
                                "AccountType": "CURRLIAB",
                                "AccountName": "GST",
                                "Description": "",
                                "NetAmount": 3750.0,
                                "GrossAmount": 3750.0,
                                "TaxAmount": 0.0,
                                "TrackingCategories": [],
                            },
                        ],
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.journals.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_journals_list(seen[0])
    assert isinstance(result, Journals)


def test_journals_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "49a09a97-df50-4679-8043-02c86e0dcf5f",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552335214210)/",
                    "Journals": [
                        {
                            "JournalID": "1b31feeb-aa23-404c-8c19-24c827c53661",
                            "JournalDate": "/Date(1539993600000+0000)/",
                            "JournalNumber": 1,
                            "CreatedDateUTC": "/Date(1541176243467+0000)/",
                            "Reference": "Red Fish, Blue Fish",
                            "SourceID": "d4956132-ed94-4dd7-9eaa-aa22dfdf06f2",
                            "SourceType": "ACCREC",
                            "JournalLines": [
                                {
                                    "JournalLineID": "81e6b1bf-d812-4f87-8dc4-698558ae043e",
                                    "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                    "AccountCode": "610",
                                    "AccountType": "CURRENT",
                                    "AccountName": "Accounts Receivable",
                                    "Description": "",
                                    "NetAmount": 40.0,
                                    "GrossAmount": 40.0,
                                    "TaxAmount": 0.0,
                                    "TrackingCategories": [],
                                },
                                {
                                    "JournalLineID": "ad221a8c-ebee-4c1b-88ed-d574e27e8803",
                                    "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                                    "AccountCode": "200",
                                    "AccountType": "REVENUE",
                                    "AccountName": "Sales",
                                    "Description": "Acme Tires",
                                    "NetAmount": -40.0,
                                    "GrossAmount": -40.0,
                                    "TaxAmount": 0.0,
                                    "TaxType": "NONE",
                                    "TaxName": "No GST",
                                    "TrackingCategories": [],
                                },
                            ],
                        },
                        {
                            "JournalID": "2be66e45-805b-46de-921d-c67e1d3dad2a",
                            "JournalDate": "/Date(1539993600000+0000)/",
                            "JournalNumber": 9,
                            "CreatedDateUTC": "/Date(1541176504083+0000)/",
                            "Reference": "Red Fish, Blue Fish",
                            "SourceID": "046d8a6d-1ae1-4b4d-9340-5601bdf41b87",
                            "SourceType": "ACCREC",
                            "JournalLines": [
                                {
                                    "JournalLineID": "ba8a5680-a753-4a35-b3dd-0bc72e5c26a1",
                                    "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                    "AccountCode": "610",
                                    "AccountType": "CURRENT",
                                    "AccountName": "Accounts Receivable",
                                    "Description": "",
                                    "NetAmount": 40.0,
                                    "GrossAmount": 40.0,
                                    "TaxAmount": 0.0,
                                    "TrackingCategories": [],
                                },
                                {
                                    "JournalLineID": "09a0b9b9-0222-4e24-8c31-efef472e22f1",
                                    "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                                    "AccountCode": "200",
                                    "AccountType": "REVENUE",
                                    "AccountName": "Sales",
                                    "Description": "Acme Tires",
                                    "NetAmount": -40.0,
                                    "GrossAmount": -40.0,
                                    "TaxAmount": 0.0,
                                    "TaxType": "NONE",
                                    "TaxName": "No GST",
                                    "TrackingCategories": [],
                                },
                            ],
                        },
                        {
                            "JournalID": "d0ed2957-ebba-4d3a-8367-ae9ccd574885",
                            "JournalDate": "/Date(1543449600000+0000)/",
                            "JournalNumber": 14,
                            "CreatedDateUTC": "/Date(1541176592673+0000)/",
                            "SourceID": "99ea7f6b-c513-4066-bc27-b7c65dcd76c2",
                            "SourceType": "ACCRECPAYMENT",
                            "JournalLines": [
                                {
                                    "JournalLineID": "1bdae2b7-3035-40ec-b344-b12b1c23adc4",
                                    "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                    "AccountCode": "610",
                                    "AccountType": "CURRENT",
                                    "AccountName": "Accounts Receivable",
                                    "Description": "",
                                    "NetAmount": -46.0,
                                    "GrossAmount": -46.0,
                                    "TaxAmount": 0.0,
                                    "TrackingCategories": [],
                                },
                                {
                                    "JournalLineID": "353be85e-ae79-4bb3-9483-5ea7682fc0a3",
                                    "AccountID": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                    "AccountCode": "970",
                                    "AccountType": "EQUITY",
                                    "AccountName": "Owner A Funds Introduced",
                                    "Description": "",
                                    "NetAmount": 46.0,
                                    "GrossAmount": 46.0,
                                    "TaxAmount": 0.0,
                                    "TrackingCategories": [],
                                },
                            ],
                        },
                        {
                            "JournalID": "772e8133-7f12-4edc-ab98-aa6dceb16c9d",
                            "JournalDate": "/Date(1552262400000+0000)/",
                            "JournalNumber": 30,
                            "CreatedDateUTC": "/Date(1552333389227+0000)/",
                            "Reference": "",
                            "SourceID": "5376633d-0456-43a3-8234-e457a3f50a12",
                            "SourceType": "ACCPAY",
                            "JournalLines": [
                                {
                                    "JournalLineID": "33469836-642f-4973-a708-0e99339dff4a",
                                    "AccountID": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                    "AccountCode": "800",
                                    "AccountType": "CURRLIAB",
                                    "AccountName": "Accounts Payable",
                                    "Description": "",
                                    "NetAmount": -28750.0,
                                    "GrossAmount": -28750.0,
                                    "TaxAmount": 0.0,
                                    "TrackingCategories": [],
                                },
                                {
                                    "JournalLineID": "4f3b6462-5cf6-4b55-a2ae-de4039878215",
                                    "AccountID": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                    "AccountCode": "630",
                                    "AccountType": "CURRENT",
                                    "AccountName": "Inventory",
                                    "Description": "Brand new Fender Strats",
                                    "NetAmount": 25000.0,
                                    "GrossAmount": 28750.0,
                                    "TaxAmount": 3750.0,
                                    "TaxType": "INPUT2",
                                    "TaxName": "15% GST on Expenses",
                                    "TrackingCategories": [],
                                },
                                {
                                    "JournalLineID": "534e822e-d441-48a7-8e57-5ad54729e83e",
                                    "AccountID": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                    "AccountCode": "820",
                                    "AccountType": "CURRLIAB",
                                    "AccountName": "GST",
                                    "Description": "",
                                    "NetAmount": 3750.0,
                                    "GrossAmount": 3750.0,
                                    "TaxAmount": 0.0,
                                    "TrackingCategories": [],
                                },
                            ],
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.journals.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_journals_list(seen[0])
    assert isinstance(result, Journals)


def test_journals_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "39ab8367-eb14-420d-83a9-e01ddddd21f8",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552335613002)/",
        "Journals": [
            {
                "JournalID": "1b31feeb-aa23-404c-8c19-24c827c53661",
                "JournalDate": "/Date(1539993600000+0000)/",
                "JournalNumber": 1,
                "CreatedDateUTC": "/Date(1541176243467+0000)/",
                "Reference": "Red Fish, Blue Fish",
                "JournalLines": [
                    {
                        "JournalLineID": "81e6b1bf-d812-4f87-8dc4-698558ae043e",
                        "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                        "AccountCode": "610",
                        "AccountType": "CURRENT",
                        "AccountName": "Accounts Receivable",
                        "Description": "",
                        "NetAmount": 40.0,
                        "GrossAmount": 40.0,
                        "TaxAmount": 0.0,
                        "TaxType": "",
                        "TaxName": "",
                        "TrackingCategories": [],
                    },
                    {
                        "JournalLineID": "ad221a8c-ebee-4c1b-88ed-d574e27e8803",
                        "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                        "AccountCode": "200",
                        "AccountType": "REVENUE",
                        "AccountName": "Sales",
                        "Description": "Acme Tires",
                        "NetAmount": -40.0,
                        "GrossAmount": -40.0,
                        "TaxAmount": 0.0,
                        "TaxType": "NONE",
                        "TaxName": "No GST",
                        "TrackingCategories": [],
                    },
                ],
            }
        ],
    }
    model = Journals.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_journals_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Journals/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_journals_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "39ab8367-eb14-420d-83a9-e01ddddd21f8",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552335613002)/",
                "Journals": [
                    {
                        "JournalID": "1b31feeb-aa23-404c-8c19-24c827c53661",
                        "JournalDate": "/Date(1539993600000+0000)/",
                        "JournalNumber": 1,
                        "CreatedDateUTC": "/Date(1541176243467+0000)/",
                        "Reference": "Red Fish, Blue Fish",
                        "JournalLines": [
                            {
                                "JournalLineID": "81e6b1bf-d812-4f87-8dc4-698558ae043e",
                                "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                "AccountCode": "610",
                                "AccountType": "CURRENT",
                                "AccountName": "Accounts Receivable",
                                "Description": "",
                                "NetAmount": 40.0,
                                "GrossAmount": 40.0,
                                "TaxAmount": 0.0,
                                "TaxType": "",
                                "TaxName": "",
                                "TrackingCategories": [],
                            },
                            {
                                "JournalLineID": "ad221a8c-ebee-4c1b-88ed-d574e27e8803",
                                "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                                "AccountCode": "200",
                                "AccountType": "REVENUE",
                                "AccountName": "Sales",
                                "Description": "Acme Tires",
                                "NetAmount": -40.0,
                                "GrossAmount": -40.0,
                                "TaxAmount": 0.0,
                                "TaxType": "NONE",
                                "TaxName": "No GST",
                                "TrackingCategories": [],
                            },
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.journals.get(
            journal_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_journals_get(seen[0])
    assert isinstance(result, Journals)


def test_journals_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "39ab8367-eb14-420d-83a9-e01ddddd21f8",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552335613002)/",
                    "Journals": [
                        {
                            "JournalID": "1b31feeb-aa23-404c-8c19-24c827c53661",
                            "JournalDate": "/Date(1539993600000+0000)/",
                            "JournalNumber": 1,
                            "CreatedDateUTC": "/Date(1541176243467+0000)/",
                            "Reference": "Red Fish, Blue Fish",
                            "JournalLines": [
                                {
                                    "JournalLineID": "81e6b1bf-d812-4f87-8dc4-698558ae043e",
                                    "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                    "AccountCode": "610",
                                    "AccountType": "CURRENT",
                                    "AccountName": "Accounts Receivable",
                                    "Description": "",
                                    "NetAmount": 40.0,
                                    "GrossAmount": 40.0,
                                    "TaxAmount": 0.0,
                                    "TaxType": "",
                                    "TaxName": "",
                                    "TrackingCategories": [],
                                },
                                {
                                    "JournalLineID": "ad221a8c-ebee-4c1b-88ed-d574e27e8803",
                                    "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                                    "AccountCode": "200",
                                    "AccountType": "REVENUE",
                                    "AccountName": "Sales",
                                    "Description": "Acme Tires",
                                    "NetAmount": -40.0,
                                    "GrossAmount": -40.0,
                                    "TaxAmount": 0.0,
                                    "TaxType": "NONE",
                                    "TaxName": "No GST",
                                    "TrackingCategories": [],
                                },
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.journals.get(
                journal_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_journals_get(seen[0])
    assert isinstance(result, Journals)


def test_journals_get_by_number_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "39ab8367-eb14-420d-83a9-e01ddddd21f8",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552335613002)/",
        "Journals": [
            {
                "JournalID": "1b31feeb-aa23-404c-8c19-24c827c53661",
                "JournalDate": "/Date(1539993600000+0000)/",
                "JournalNumber": 1,
                "CreatedDateUTC": "/Date(1541176243467+0000)/",
                "Reference": "Red Fish, Blue Fish",
                "JournalLines": [
                    {
                        "JournalLineID": "81e6b1bf-d812-4f87-8dc4-698558ae043e",
                        "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                        "AccountCode": "610",
                        "AccountType": "CURRENT",
                        "AccountName": "Accounts Receivable",
                        "Description": "",
                        "NetAmount": 40.0,
                        "GrossAmount": 40.0,
                        "TaxAmount": 0.0,
                        "TaxType": "",
                        "TaxName": "",
                        "TrackingCategories": [],
                    },
                    {
                        "JournalLineID": "ad221a8c-ebee-4c1b-88ed-d574e27e8803",
                        "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                        "AccountCode": "200",
                        "AccountType": "REVENUE",
                        "AccountName": "Sales",
                        "Description": "Acme Tires",
                        "NetAmount": -40.0,
                        "GrossAmount": -40.0,
                        "TaxAmount": 0.0,
                        "TaxType": "NONE",
                        "TaxName": "No GST",
                        "TrackingCategories": [],
                    },
                ],
            }
        ],
    }
    model = Journals.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_journals_get_by_number(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Journals/1000"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_journals_get_by_number_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "39ab8367-eb14-420d-83a9-e01ddddd21f8",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552335613002)/",
                "Journals": [
                    {
                        "JournalID": "1b31feeb-aa23-404c-8c19-24c827c53661",
                        "JournalDate": "/Date(1539993600000+0000)/",
                        "JournalNumber": 1,
                        "CreatedDateUTC": "/Date(1541176243467+0000)/",
                        "Reference": "Red Fish, Blue Fish",
                        "JournalLines": [
                            {
                                "JournalLineID": "81e6b1bf-d812-4f87-8dc4-698558ae043e",
                                "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                "AccountCode": "610",
                                "AccountType": "CURRENT",
                                "AccountName": "Accounts Receivable",
                                "Description": "",
                                "NetAmount": 40.0,
                                "GrossAmount": 40.0,
                                "TaxAmount": 0.0,
                                "TaxType": "",
                                "TaxName": "",
                                "TrackingCategories": [],
                            },
                            {
                                "JournalLineID": "ad221a8c-ebee-4c1b-88ed-d574e27e8803",
                                "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                                "AccountCode": "200",
                                "AccountType": "REVENUE",
                                "AccountName": "Sales",
                                "Description": "Acme Tires",
                                "NetAmount": -40.0,
                                "GrossAmount": -40.0,
                                "TaxAmount": 0.0,
                                "TaxType": "NONE",
                                "TaxName": "No GST",
                                "TrackingCategories": [],
                            },
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.journals.get_by_number(
            journal_number=1000,
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_journals_get_by_number(seen[0])
    assert isinstance(result, Journals)


def test_journals_get_by_number_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "39ab8367-eb14-420d-83a9-e01ddddd21f8",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552335613002)/",
                    "Journals": [
                        {
                            "JournalID": "1b31feeb-aa23-404c-8c19-24c827c53661",
                            "JournalDate": "/Date(1539993600000+0000)/",
                            "JournalNumber": 1,
                            "CreatedDateUTC": "/Date(1541176243467+0000)/",
                            "Reference": "Red Fish, Blue Fish",
                            "JournalLines": [
                                {
                                    "JournalLineID": "81e6b1bf-d812-4f87-8dc4-698558ae043e",
                                    "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                    "AccountCode": "610",
                                    "AccountType": "CURRENT",
                                    "AccountName": "Accounts Receivable",
                                    "Description": "",
                                    "NetAmount": 40.0,
                                    "GrossAmount": 40.0,
                                    "TaxAmount": 0.0,
                                    "TaxType": "",
                                    "TaxName": "",
                                    "TrackingCategories": [],
                                },
                                {
                                    "JournalLineID": "ad221a8c-ebee-4c1b-88ed-d574e27e8803",
                                    "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                                    "AccountCode": "200",
                                    "AccountType": "REVENUE",
                                    "AccountName": "Sales",
                                    "Description": "Acme Tires",
                                    "NetAmount": -40.0,
                                    "GrossAmount": -40.0,
                                    "TaxAmount": 0.0,
                                    "TaxType": "NONE",
                                    "TaxName": "No GST",
                                    "TrackingCategories": [],
                                },
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.journals.get_by_number(
                journal_number=1000,
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_journals_get_by_number(seen[0])
    assert isinstance(result, Journals)
