"""Tests of the `overpayments` operations, generated from the document's examples."""

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
    Contact,
    Error,
    HistoryRecord,
    HistoryRecords,
    Invoice,
    InvoiceType,
    Overpayments,
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


def test_overpayments_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "c0ce675e-e5bc-4b2a-a20e-76a9eaedf89d",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552428951416)/",
        "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 5},
        "Overpayments": [
            {
                "OverpaymentID": "098b4dcb-5622-4699-87f8-9d40c4ccceb3",
                "ID": "098b4dcb-5622-4699-87f8-9d40c4ccceb3",
                "Type": "SPEND-OVERPAYMENT",
                "Reference": "Reference for payment1",
                "RemainingCredit": 500.0,
                "Allocations": [],
                "Payments": [],
                "HasAttachments": False,
                "Contact": {
                    "ContactID": "af3ffcc1-c578-4658-82f3-5d8d458cc7af",
                    "Name": "Daddy Warbucks",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "DateString": "2019-03-12T00:00:00",
                "Date": "/Date(1552348800000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "NoTax",
                "LineItems": [],
                "SubTotal": 500.0,
                "TotalTax": 0.0,
                "Total": 500.0,
                "UpdatedDateUTC": "/Date(1552428535123+0000)/",
                "UpdatedDateUTCString": "2019-03-12T22:08:55Z",
                "CurrencyCode": "NZD",
            },
            {
                "OverpaymentID": "2a8bda49-8908-473b-8bcf-1f90990460eb",
                "ID": "2a8bda49-8908-473b-8bcf-1f90990460eb",
                "Type": "RECEIVE-OVERPAYMENT",
                "Reference": "Reference for payment2",
                "RemainingCredit": 20.0,
                "Allocations": [],
                "Payments": [],
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
                "DateString": "2019-03-13T00:00:00",
                "Date": "/Date(1552435200000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "NoTax",
                "LineItems": [],
                "SubTotal": 20.0,
                "TotalTax": 0.0,
                "Total": 20.0,
                "UpdatedDateUTC": "/Date(1552428568250+0000)/",
                "UpdatedDateUTCString": "2019-03-12T22:09:28Z",
                "CurrencyCode": "NZD",
            },
            {
                "OverpaymentID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                "ID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                "Type": "SPEND-OVERPAYMENT",
                "Reference": "Reference for payment3",
                "RemainingCredit": 3000.0,
                "Allocations": [],
                "Payments": [],
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
                "DateString": "2019-03-12T00:00:00",
                "Date": "/Date(1552348800000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "NoTax",
                "LineItems": [],
                "SubTotal": 3000.0,
                "TotalTax": 0.0,
                "Total": 3000.0,
                "UpdatedDateUTC": "/Date(1552428781527+0000)/",
                "UpdatedDateUTCString": "2019-03-12T22:13:01Z",
                "CurrencyCode": "NZD",
            },
            {
                "OverpaymentID": "0859adbc-ea00-40cd-a877-258cf8644975",
                "ID": "0859adbc-ea00-40cd-a877-258cf8644975",
                "Type": "RECEIVE-OVERPAYMENT",
                "Reference": "Reference for payment4",
                "RemainingCredit": 20.0,
                "Allocations": [],
                "Payments": [],
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
                "DateString": "2019-03-13T00:00:00",
                "Date": "/Date(1552435200000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "NoTax",
                "LineItems": [],
                "SubTotal": 20.0,
                "TotalTax": 0.0,
                "Total": 20.0,
                "UpdatedDateUTC": "/Date(1552428842190+0000)/",
                "UpdatedDateUTCString": "2019-03-12T22:14:02Z",
                "CurrencyCode": "NZD",
            },
            {
                "OverpaymentID": "687b877f-634a-415d-92b2-74e62977de30",
                "ID": "687b877f-634a-415d-92b2-74e62977de30",
                "Type": "RECEIVE-OVERPAYMENT",
                "Reference": "Reference for payment5",
                "RemainingCredit": 20.0,
                "Allocations": [],
                "Payments": [],
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
                "DateString": "2019-03-13T00:00:00",
                "Date": "/Date(1552435200000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "NoTax",
                "LineItems": [],
                "SubTotal": 20.0,
                "TotalTax": 0.0,
                "Total": 20.0,
                "UpdatedDateUTC": "/Date(1552428950730+0000)/",
                "UpdatedDateUTCString": "2019-03-12T22:15:50Z",
                "CurrencyCode": "NZD",
            },
        ],
    }
    model = Overpayments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_overpayments_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Overpayments"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_overpayments_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "c0ce675e-e5bc-4b2a-a20e-76a9eaedf89d",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552428951416)/",
                "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 5},
                "Overpayments": [
                    {
                        "OverpaymentID": "098b4dcb-5622-4699-87f8-9d40c4ccceb3",
                        "ID": "098b4dcb-5622-4699-87f8-9d40c4ccceb3",
                        "Type": "SPEND-OVERPAYMENT",
                        "Reference": "Reference for payment1",
                        "RemainingCredit": 500.0,
                        "Allocations": [],
                        "Payments": [],
                        "HasAttachments": False,
                        "Contact": {
                            "ContactID": "af3ffcc1-c578-4658-82f3-5d8d458cc7af",
                            "Name": "Daddy Warbucks",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2019-03-12T00:00:00",
                        "Date": "/Date(1552348800000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "NoTax",
                        "LineItems": [],
                        "SubTotal": 500.0,
                        "TotalTax": 0.0,
                        "Total": 500.0,
                        "UpdatedDateUTC": "/Date(1552428535123+0000)/",
                        "UpdatedDateUTCString": "2019-03-12T22:08:55Z",
                        "CurrencyCode": "NZD",
                    },
                    {
                        "OverpaymentID": "2a8bda49-8908-473b-8bcf-1f90990460eb",
                        "ID": "2a8bda49-8908-473b-8bcf-1f90990460eb",
                        "Type": "RECEIVE-OVERPAYMENT",
                        "Reference": "Reference for payment2",
                        "RemainingCredit": 20.0,
                        "Allocations": [],
                        "Payments": [],
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
                        "DateString": "2019-03-13T00:00:00",
                        "Date": "/Date(1552435200000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "NoTax",
                        "LineItems": [],
                        "SubTotal": 20.0,
                        "TotalTax": 0.0,
                        "Total": 20.0,
                        "UpdatedDateUTC": "/Date(1552428568250+0000)/",
                        "UpdatedDateUTCString": "2019-03-12T22:09:28Z",
                        "CurrencyCode": "NZD",
                    },
                    {
                        "OverpaymentID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                        "ID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                        "Type": "SPEND-OVERPAYMENT",
                        "Reference": "Reference for payment3",
                        "RemainingCredit": 3000.0,
                        "Allocations": [],
                        "Payments": [],
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
                        "DateString": "2019-03-12T00:00:00",
                        "Date": "/Date(1552348800000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "NoTax",
                        "LineItems": [],
                        "SubTotal": 3000.0,
                        "TotalTax": 0.0,
                        "Total": 3000.0,
                        "UpdatedDateUTC": "/Date(1552428781527+0000)/",
                        "UpdatedDateUTCString": "2019-03-12T22:13:01Z",
                        "CurrencyCode": "NZD",
                    },
                    {
                        "OverpaymentID": "0859adbc-ea00-40cd-a877-258cf8644975",
                        "ID": "0859adbc-ea00-40cd-a877-258cf8644975",
                        "Type": "RECEIVE-OVERPAYMENT",
                        "Reference": "Reference for payment4",
                        "RemainingCredit": 20.0,
                        "Allocations": [],
                        "Payments": [],
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
                        "DateString": "2019-03-13T00:00:00",
                        "Date": "/Date(1552435200000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "NoTax",
                        "LineItems": [],
                        "SubTotal": 20.0,
                        "TotalTax": 0.0,
                        "Total": 20.0,
                        "UpdatedDateUTC": "/Date(1552428842190+0000)/",
                        "UpdatedDateUTCString": "2019-03-12T22:14:02Z",
                        "CurrencyCode": "NZD",
                    },
                    {
                        "OverpaymentID": "687b877f-634a-415d-92b2-74e62977de30",
                        "ID": "687b877f-634a-415d-92b2-74e62977de30",
                        "Type": "RECEIVE-OVERPAYMENT",
                        "Reference": "Reference for payment5",
                        "RemainingCredit": 20.0,
                        "Allocations": [],
                        "Payments": [],
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
                        "DateString": "2019-03-13T00:00:00",
                        "Date": "/Date(1552435200000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "NoTax",
                        "LineItems": [],
                        "SubTotal": 20.0,
                        "TotalTax": 0.0,
                        "Total": 20.0,
                        "UpdatedDateUTC": "/Date(1552428950730+0000)/",
                        "UpdatedDateUTCString": "2019-03-12T22:15:50Z",
                        "CurrencyCode": "NZD",
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.overpayments.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_overpayments_list(seen[0])
    assert isinstance(result, Overpayments)


def test_overpayments_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "c0ce675e-e5bc-4b2a-a20e-76a9eaedf89d",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552428951416)/",
                    "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 5},
                    "Overpayments": [
                        {
                            "OverpaymentID": "098b4dcb-5622-4699-87f8-9d40c4ccceb3",
                            "ID": "098b4dcb-5622-4699-87f8-9d40c4ccceb3",
                            "Type": "SPEND-OVERPAYMENT",
                            "Reference": "Reference for payment1",
                            "RemainingCredit": 500.0,
                            "Allocations": [],
                            "Payments": [],
                            "HasAttachments": False,
                            "Contact": {
                                "ContactID": "af3ffcc1-c578-4658-82f3-5d8d458cc7af",
                                "Name": "Daddy Warbucks",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2019-03-12T00:00:00",
                            "Date": "/Date(1552348800000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "NoTax",
                            "LineItems": [],
                            "SubTotal": 500.0,
                            "TotalTax": 0.0,
                            "Total": 500.0,
                            "UpdatedDateUTC": "/Date(1552428535123+0000)/",
                            "UpdatedDateUTCString": "2019-03-12T22:08:55Z",
                            "CurrencyCode": "NZD",
                        },
                        {
                            "OverpaymentID": "2a8bda49-8908-473b-8bcf-1f90990460eb",
                            "ID": "2a8bda49-8908-473b-8bcf-1f90990460eb",
                            "Type": "RECEIVE-OVERPAYMENT",
                            "Reference": "Reference for payment2",
                            "RemainingCredit": 20.0,
                            "Allocations": [],
                            "Payments": [],
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
                            "DateString": "2019-03-13T00:00:00",
                            "Date": "/Date(1552435200000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "NoTax",
                            "LineItems": [],
                            "SubTotal": 20.0,
                            "TotalTax": 0.0,
                            "Total": 20.0,
                            "UpdatedDateUTC": "/Date(1552428568250+0000)/",
                            "UpdatedDateUTCString": "2019-03-12T22:09:28Z",
                            "CurrencyCode": "NZD",
                        },
                        {
                            "OverpaymentID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                            "ID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                            "Type": "SPEND-OVERPAYMENT",
                            "Reference": "Reference for payment3",
                            "RemainingCredit": 3000.0,
                            "Allocations": [],
                            "Payments": [],
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
                            "DateString": "2019-03-12T00:00:00",
                            "Date": "/Date(1552348800000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "NoTax",
                            "LineItems": [],
                            "SubTotal": 3000.0,
                            "TotalTax": 0.0,
                            "Total": 3000.0,
                            "UpdatedDateUTC": "/Date(1552428781527+0000)/",
                            "UpdatedDateUTCString": "2019-03-12T22:13:01Z",
                            "CurrencyCode": "NZD",
                        },
                        {
                            "OverpaymentID": "0859adbc-ea00-40cd-a877-258cf8644975",
                            "ID": "0859adbc-ea00-40cd-a877-258cf8644975",
                            "Type": "RECEIVE-OVERPAYMENT",
                            "Reference": "Reference for payment4",
                            "RemainingCredit": 20.0,
                            "Allocations": [],
                            "Payments": [],
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
                            "DateString": "2019-03-13T00:00:00",
                            "Date": "/Date(1552435200000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "NoTax",
                            "LineItems": [],
                            "SubTotal": 20.0,
                            "TotalTax": 0.0,
                            "Total": 20.0,
                            "UpdatedDateUTC": "/Date(1552428842190+0000)/",
                            "UpdatedDateUTCString": "2019-03-12T22:14:02Z",
                            "CurrencyCode": "NZD",
                        },
                        {
                            "OverpaymentID": "687b877f-634a-415d-92b2-74e62977de30",
                            "ID": "687b877f-634a-415d-92b2-74e62977de30",
                            "Type": "RECEIVE-OVERPAYMENT",
                            "Reference": "Reference for payment5",
                            "RemainingCredit": 20.0,
                            "Allocations": [],
                            "Payments": [],
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
                            "DateString": "2019-03-13T00:00:00",
                            "Date": "/Date(1552435200000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "NoTax",
                            "LineItems": [],
                            "SubTotal": 20.0,
                            "TotalTax": 0.0,
                            "Total": 20.0,
                            "UpdatedDateUTC": "/Date(1552428950730+0000)/",
                            "UpdatedDateUTCString": "2019-03-12T22:15:50Z",
                            "CurrencyCode": "NZD",
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.overpayments.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_overpayments_list(seen[0])
    assert isinstance(result, Overpayments)


def test_overpayments_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "46c9e8e2-9410-4e75-9297-f0ca8fa76c32",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1553278835158)/",
        "Overpayments": [
            {
                "OverpaymentID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                "ID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                "CurrencyRate": 1.0,
                "Type": "SPEND-OVERPAYMENT",
                "Reference": "Reference for payment",
                "RemainingCredit": 2999.0,
                "Allocations": [
                    {
                        "Amount": 1.0,
                        "Date": "/Date(1552348800000+0000)/",
                        "Invoice": {
                            "InvoiceID": "c45720a1-ade3-4a38-a064-d15489be6841",
                            "InvoiceNumber": "",
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
                        "AttachmentID": "247dd942-5245-47a7-adb1-4d9ea075b431",
                        "FileName": "giphy.gif",
                        "Url": "https://api.xero.com/api.xro/2.0/banktransaction/ed7f6041-c915-4667-bd1d-54c48e92161e/Attachments/giphy.gif",
                        "MimeType": "image/gif",
                        "ContentLength": 495727,
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
                "DateString": "2019-03-12T00:00:00",
                "Date": "/Date(1552348800000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "NoTax",
                "LineItems": [
                    {
                        "Description": "Broken TV deposit",
                        "UnitAmount": 3000.0,
                        "TaxType": "NONE",
                        "TaxAmount": 0.0,
                        "LineAmount": 3000.0,
                        "AccountCode": "800",
                        "Tracking": [],
                        "Quantity": 1.0,
                        "DiscountEnteredAsPercent": True,
                        "ValidationErrors": [],
                    }
                ],
                "SubTotal": 3000.0,
                "TotalTax": 0.0,
                "Total": 3000.0,
                "UpdatedDateUTC": "/Date(1552428952890+0000)/",
                "UpdatedDateUTCString": "2019-03-12T22:15:52Z",
                "CurrencyCode": "NZD",
            }
        ],
    }
    model = Overpayments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_overpayments_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Overpayments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_overpayments_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "46c9e8e2-9410-4e75-9297-f0ca8fa76c32",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1553278835158)/",
                "Overpayments": [
                    {
                        "OverpaymentID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                        "ID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                        "CurrencyRate": 1.0,
                        "Type": "SPEND-OVERPAYMENT",
                        "Reference": "Reference for payment",
                        "RemainingCredit": 2999.0,
                        "Allocations": [
                            {
                                "Amount": 1.0,
                                "Date": "/Date(1552348800000+0000)/",
                                "Invoice": {
                                    "InvoiceID": "c45720a1-ade3-4a38-a064-d15489be6841",
                                    "InvoiceNumber": "",
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
                                "AttachmentID": "247dd942-5245-47a7-adb1-4d9ea075b431",
                                "FileName": "giphy.gif",
                                "Url": "https://api.xero.com/api.xro/2.0/banktransaction/ed7f6041-c915-4667-bd1d-54c48e92161e/Attachments/giphy.gif",
                                "MimeType": "image/gif",
                                "ContentLength": 495727,
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
                        "DateString": "2019-03-12T00:00:00",
                        "Date": "/Date(1552348800000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "NoTax",
                        "LineItems": [
                            {
                                "Description": "Broken TV deposit",
                                "UnitAmount": 3000.0,
                                "TaxType": "NONE",
                                "TaxAmount": 0.0,
                                "LineAmount": 3000.0,
                                "AccountCode": "800",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "DiscountEnteredAsPercent": True,
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 3000.0,
                        "TotalTax": 0.0,
                        "Total": 3000.0,
                        "UpdatedDateUTC": "/Date(1552428952890+0000)/",
                        "UpdatedDateUTCString": "2019-03-12T22:15:52Z",
                        "CurrencyCode": "NZD",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.overpayments.get(
            overpayment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_overpayments_get(seen[0])
    assert isinstance(result, Overpayments)


def test_overpayments_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "46c9e8e2-9410-4e75-9297-f0ca8fa76c32",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1553278835158)/",
                    "Overpayments": [
                        {
                            "OverpaymentID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                            "ID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                            "CurrencyRate": 1.0,
                            "Type": "SPEND-OVERPAYMENT",
                            "Reference": "Reference for payment",
                            "RemainingCredit": 2999.0,
                            "Allocations": [
                                {
                                    "Amount": 1.0,
                                    "Date": "/Date(1552348800000+0000)/",
                                    "Invoice": {
                                        "InvoiceID": "c45720a1-ade3-4a38-a064-d15489be6841",
                                        "InvoiceNumber": "",
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
                                    "AttachmentID": "247dd942-5245-47a7-adb1-4d9ea075b431",
                                    "FileName": "giphy.gif",
                                    "Url": "https://api.xero.com/api.xro/2.0/banktransaction/ed7f6041-c915-4667-bd1d-54c48e92161e/Attachments/giphy.gif",
                                    "MimeType": "image/gif",
                                    "ContentLength": 495727,
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
                            "DateString": "2019-03-12T00:00:00",
                            "Date": "/Date(1552348800000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "NoTax",
                            "LineItems": [
                                {
                                    "Description": "Broken TV deposit",
                                    "UnitAmount": 3000.0,
                                    "TaxType": "NONE",
                                    "TaxAmount": 0.0,
                                    "LineAmount": 3000.0,
                                    "AccountCode": "800",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "DiscountEnteredAsPercent": True,
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 3000.0,
                            "TotalTax": 0.0,
                            "Total": 3000.0,
                            "UpdatedDateUTC": "/Date(1552428952890+0000)/",
                            "UpdatedDateUTCString": "2019-03-12T22:15:52Z",
                            "CurrencyCode": "NZD",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.overpayments.get(
                overpayment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_overpayments_get(seen[0])
    assert isinstance(result, Overpayments)


def test_overpayments_create_allocations_request_example_round_trips() -> None:
    example: object = {
        "Allocations": [
            {
                "Invoice": {
                    "InvoiceID": "00000000-0000-0000-0000-000000000000",
                    "LineItems": [],
                    "Contact": {},
                    "Type": "ACCPAY",
                },
                "Amount": 10.0,
                "Date": "2019-03-12",
            }
        ]
    }
    model = Allocations.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_overpayments_create_allocations_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "3b7f7be2-384a-4703-bcfb-c56e9116c914",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552428952968)/",
        "Allocations": [
            {
                "Amount": 1.0,
                "Date": "/Date(1552348800000+0000)/",
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
                "Overpayment": {
                    "OverpaymentID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                    "ID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                    "LineItems": [],
                },
                "ValidationErrors": [],
            }
        ],
    }
    model = Allocations.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_overpayments_create_allocations(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Overpayments/00000000-0000-0000-0000-000000000000/Allocations"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Allocations": [
            {
                "Invoice": {
                    "InvoiceID": "00000000-0000-0000-0000-000000000000",
                    "LineItems": [],
                    "Contact": {},
                    "Type": "ACCPAY",
                },
                "Amount": 10.0,
                "Date": "2019-03-12",
            }
        ]
    }


def test_overpayments_create_allocations_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "3b7f7be2-384a-4703-bcfb-c56e9116c914",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552428952968)/",
                "Allocations": [
                    {
                        "Amount": 1.0,
                        "Date": "/Date(1552348800000+0000)/",
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
                        "Overpayment": {
                            "OverpaymentID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                            "ID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                            "LineItems": [],
                        },
                        "ValidationErrors": [],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.overpayments.create_allocations(
            overpayment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            allocations=[
                Allocation(
                    invoice=Invoice(
                        invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                        line_items=[],
                        contact=Contact(),
                        type=InvoiceType("ACCPAY"),
                    ),
                    amount=10.0,
                    date="2019-03-12",
                )
            ],
        )
    assert len(seen) == 1
    _check_overpayments_create_allocations(seen[0])
    assert isinstance(result, Allocations)


def test_overpayments_create_allocations_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "3b7f7be2-384a-4703-bcfb-c56e9116c914",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552428952968)/",
                    "Allocations": [
                        {
                            "Amount": 1.0,
                            "Date": "/Date(1552348800000+0000)/",
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
                            "Overpayment": {
                                "OverpaymentID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                                "ID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                                "LineItems": [],
                            },
                            "ValidationErrors": [],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.overpayments.create_allocations(
                overpayment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                allocations=[
                    Allocation(
                        invoice=Invoice(
                            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                            line_items=[],
                            contact=Contact(),
                            type=InvoiceType("ACCPAY"),
                        ),
                        amount=10.0,
                        date="2019-03-12",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_overpayments_create_allocations(seen[0])
    assert isinstance(result, Allocations)


def test_overpayments_create_allocations_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.overpayments.create_allocations(
            overpayment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            allocations=[
                Allocation(
                    invoice=Invoice(
                        invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                        line_items=[],
                        contact=Contact(),
                        type=InvoiceType("ACCPAY"),
                    ),
                    amount=10.0,
                    date="2019-03-12",
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_overpayments_delete_allocations(request: httpx.Request) -> None:
    assert request.method == "DELETE"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/Overpayments/00000000-0000-0000-0000-000000000000/Allocations/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_overpayments_delete_allocations_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {"Amount": 1.5, "Invoice": {}, "Date": "xxxxxx"}, seen)) as client:
        result = client.overpayments.delete_allocations(
            overpayment_id=UUID("00000000-0000-0000-0000-000000000000"),
            allocation_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_overpayments_delete_allocations(seen[0])
    assert isinstance(result, Allocation)


def test_overpayments_delete_allocations_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(200, {"Amount": 1.5, "Invoice": {}, "Date": "xxxxxx"}, seen)
        ) as client:
            return await client.overpayments.delete_allocations(
                overpayment_id=UUID("00000000-0000-0000-0000-000000000000"),
                allocation_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_overpayments_delete_allocations(seen[0])
    assert isinstance(result, Allocation)


def test_overpayments_get_history_response_example_200_0_round_trips() -> None:
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


def _check_overpayments_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Overpayments/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_overpayments_get_history_sends_the_documented_request() -> None:
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
        result = client.overpayments.get_history(
            overpayment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_overpayments_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_overpayments_get_history_async_sends_the_same_request() -> None:
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
            return await client.overpayments.get_history(
                overpayment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_overpayments_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_overpayments_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_overpayments_create_history_response_example_200_0_round_trips() -> None:
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


def test_overpayments_create_history_response_example_400_1_round_trips() -> None:
    example: object = {
        "ErrorNumber": 10,
        "Type": "ValidationException",
        "Message": "A validation exception occurred",
        "Elements": [
            {
                "DateUTCString": "2019-03-12T22:30:13",
                "DateUTC": "/Date(1552429813667)/",
                "Details": "Hello World",
                "ValidationErrors": [
                    {
                        "Message": "The document with the supplied id was not found for this endpoint."
                    }
                ],
            }
        ],
    }
    model = Error.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_overpayments_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Overpayments/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_overpayments_create_history_sends_the_documented_request() -> None:
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
        result = client.overpayments.create_history(
            overpayment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_overpayments_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_overpayments_create_history_async_sends_the_same_request() -> None:
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
            return await client.overpayments.create_history(
                overpayment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_overpayments_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_overpayments_create_history_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.overpayments.create_history(
            overpayment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
