"""Tests of the `repeating_invoices` operations, generated from the document's examples."""

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
    Error,
    HistoryRecord,
    HistoryRecords,
    RepeatingInvoices,
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


def test_repeating_invoices_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "b336833d-a3a8-4a67-ab4c-6280b3ad87b0",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1553805183228)/",
        "RepeatingInvoices": [
            {
                "Schedule": {
                    "Period": 1,
                    "Unit": "MONTHLY",
                    "DueDate": 10,
                    "DueDateType": "OFFOLLOWINGMONTH",
                    "StartDate": "/Date(1555286400000+0000)/",
                    "EndDate": "/Date(1569801600000+0000)/",
                    "NextScheduledDate": "/Date(1555286400000+0000)/",
                },
                "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                "Type": "ACCREC",
                "Reference": "[Week]",
                "HasAttachments": True,
                "ApprovedForSending": False,
                "SendCopy": False,
                "MarkAsSent": False,
                "IncludePDF": False,
                "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                "Contact": {
                    "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                    "Name": "Liam Gallagher",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "Status": "AUTHORISED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "Description": "Guitars Fender Strat",
                        "UnitAmount": 5000.0,
                        "TaxType": "OUTPUT2",
                        "TaxAmount": 750.0,
                        "LineAmount": 5000.0,
                        "AccountCode": "200",
                        "Tracking": [],
                        "Quantity": 1.0,
                        "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                        "DiscountEnteredAsPercent": True,
                    }
                ],
                "SubTotal": 5000.0,
                "TotalTax": 750.0,
                "Total": 5750.0,
                "CurrencyCode": "NZD",
            }
        ],
    }
    model = RepeatingInvoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_repeating_invoices_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/RepeatingInvoices"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_repeating_invoices_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "b336833d-a3a8-4a67-ab4c-6280b3ad87b0",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1553805183228)/",
                "RepeatingInvoices": [
                    {
                        "Schedule": {
                            "Period": 1,
                            "Unit": "MONTHLY",
                            "DueDate": 10,
                            "DueDateType": "OFFOLLOWINGMONTH",
                            "StartDate": "/Date(1555286400000+0000)/",
                            "EndDate": "/Date(1569801600000+0000)/",
                            "NextScheduledDate": "/Date(1555286400000+0000)/",
                        },
                        "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                        "Type": "ACCREC",
                        "Reference": "[Week]",
                        "HasAttachments": True,
                        "ApprovedForSending": False,
                        "SendCopy": False,
                        "MarkAsSent": False,
                        "IncludePDF": False,
                        "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                        "Contact": {
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "Name": "Liam Gallagher",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Guitars Fender Strat",
                                "UnitAmount": 5000.0,
                                "TaxType": "OUTPUT2",
                                "TaxAmount": 750.0,
                                "LineAmount": 5000.0,
                                "AccountCode": "200",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                                "DiscountEnteredAsPercent": True,
                            }
                        ],
                        "SubTotal": 5000.0,
                        "TotalTax": 750.0,
                        "Total": 5750.0,
                        "CurrencyCode": "NZD",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.repeating_invoices.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_repeating_invoices_list(seen[0])
    assert isinstance(result, RepeatingInvoices)


def test_repeating_invoices_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "b336833d-a3a8-4a67-ab4c-6280b3ad87b0",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1553805183228)/",
                    "RepeatingInvoices": [
                        {
                            "Schedule": {
                                "Period": 1,
                                "Unit": "MONTHLY",
                                "DueDate": 10,
                                "DueDateType": "OFFOLLOWINGMONTH",
                                "StartDate": "/Date(1555286400000+0000)/",
                                "EndDate": "/Date(1569801600000+0000)/",
                                "NextScheduledDate": "/Date(1555286400000+0000)/",
                            },
                            "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                            "Type": "ACCREC",
                            "Reference": "[Week]",
                            "HasAttachments": True,
                            "ApprovedForSending": False,
                            "SendCopy": False,
                            "MarkAsSent": False,
                            "IncludePDF": False,
                            "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                            "Contact": {
                                "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                                "Name": "Liam Gallagher",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "Guitars Fender Strat",
                                    "UnitAmount": 5000.0,
                                    "TaxType": "OUTPUT2",
                                    "TaxAmount": 750.0,
                                    "LineAmount": 5000.0,
                                    "AccountCode": "200",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                                    "DiscountEnteredAsPercent": True,
                                }
                            ],
                            "SubTotal": 5000.0,
                            "TotalTax": 750.0,
                            "Total": 5750.0,
                            "CurrencyCode": "NZD",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.repeating_invoices.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_repeating_invoices_list(seen[0])
    assert isinstance(result, RepeatingInvoices)


def test_repeating_invoices_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "b336833d-a3a8-4a67-ab4c-6280b3ad87b0",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1553805183228)/",
        "RepeatingInvoices": [
            {
                "Schedule": {
                    "Period": 1,
                    "Unit": "MONTHLY",
                    "DueDate": 10,
                    "DueDateType": "OFFOLLOWINGMONTH",
                    "StartDate": "/Date(1555286400000+0000)/",
                    "EndDate": "/Date(1569801600000+0000)/",
                    "NextScheduledDate": "/Date(1555286400000+0000)/",
                },
                "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                "Type": "ACCREC",
                "Reference": "[Week]",
                "HasAttachments": True,
                "ApprovedForSending": False,
                "SendCopy": False,
                "MarkAsSent": False,
                "IncludePDF": False,
                "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                "Contact": {
                    "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                    "Name": "Liam Gallagher",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "Status": "AUTHORISED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "Description": "Guitars Fender Strat",
                        "UnitAmount": 5000.0,
                        "TaxType": "OUTPUT2",
                        "TaxAmount": 750.0,
                        "LineAmount": 5000.0,
                        "AccountCode": "200",
                        "Tracking": [],
                        "Quantity": 1.0,
                        "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                        "DiscountEnteredAsPercent": True,
                    }
                ],
                "SubTotal": 5000.0,
                "TotalTax": 750.0,
                "Total": 5750.0,
                "CurrencyCode": "NZD",
            }
        ],
    }
    model = RepeatingInvoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_repeating_invoices_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/RepeatingInvoices"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_repeating_invoices_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "b336833d-a3a8-4a67-ab4c-6280b3ad87b0",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1553805183228)/",
                "RepeatingInvoices": [
                    {
                        "Schedule": {
                            "Period": 1,
                            "Unit": "MONTHLY",
                            "DueDate": 10,
                            "DueDateType": "OFFOLLOWINGMONTH",
                            "StartDate": "/Date(1555286400000+0000)/",
                            "EndDate": "/Date(1569801600000+0000)/",
                            "NextScheduledDate": "/Date(1555286400000+0000)/",
                        },
                        "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                        "Type": "ACCREC",
                        "Reference": "[Week]",
                        "HasAttachments": True,
                        "ApprovedForSending": False,
                        "SendCopy": False,
                        "MarkAsSent": False,
                        "IncludePDF": False,
                        "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                        "Contact": {
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "Name": "Liam Gallagher",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Guitars Fender Strat",
                                "UnitAmount": 5000.0,
                                "TaxType": "OUTPUT2",
                                "TaxAmount": 750.0,
                                "LineAmount": 5000.0,
                                "AccountCode": "200",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                                "DiscountEnteredAsPercent": True,
                            }
                        ],
                        "SubTotal": 5000.0,
                        "TotalTax": 750.0,
                        "Total": 5750.0,
                        "CurrencyCode": "NZD",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.repeating_invoices.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_repeating_invoices_create(seen[0])
    assert isinstance(result, RepeatingInvoices)


def test_repeating_invoices_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "b336833d-a3a8-4a67-ab4c-6280b3ad87b0",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1553805183228)/",
                    "RepeatingInvoices": [
                        {
                            "Schedule": {
                                "Period": 1,
                                "Unit": "MONTHLY",
                                "DueDate": 10,
                                "DueDateType": "OFFOLLOWINGMONTH",
                                "StartDate": "/Date(1555286400000+0000)/",
                                "EndDate": "/Date(1569801600000+0000)/",
                                "NextScheduledDate": "/Date(1555286400000+0000)/",
                            },
                            "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                            "Type": "ACCREC",
                            "Reference": "[Week]",
                            "HasAttachments": True,
                            "ApprovedForSending": False,
                            "SendCopy": False,
                            "MarkAsSent": False,
                            "IncludePDF": False,
                            "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                            "Contact": {
                                "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                                "Name": "Liam Gallagher",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "Guitars Fender Strat",
                                    "UnitAmount": 5000.0,
                                    "TaxType": "OUTPUT2",
                                    "TaxAmount": 750.0,
                                    "LineAmount": 5000.0,
                                    "AccountCode": "200",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                                    "DiscountEnteredAsPercent": True,
                                }
                            ],
                            "SubTotal": 5000.0,
                            "TotalTax": 750.0,
                            "Total": 5750.0,
                            "CurrencyCode": "NZD",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.repeating_invoices.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_repeating_invoices_create(seen[0])
    assert isinstance(result, RepeatingInvoices)


def test_repeating_invoices_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.repeating_invoices.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_repeating_invoices_update_or_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "b336833d-a3a8-4a67-ab4c-6280b3ad87b0",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1553805183228)/",
        "RepeatingInvoices": [
            {
                "Schedule": {
                    "Period": 1,
                    "Unit": "MONTHLY",
                    "DueDate": 10,
                    "DueDateType": "OFFOLLOWINGMONTH",
                    "StartDate": "/Date(1555286400000+0000)/",
                    "EndDate": "/Date(1569801600000+0000)/",
                    "NextScheduledDate": "/Date(1555286400000+0000)/",
                },
                "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                "Type": "ACCREC",
                "Reference": "[Week]",
                "HasAttachments": True,
                "ApprovedForSending": False,
                "SendCopy": False,
                "MarkAsSent": False,
                "IncludePDF": False,
                "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                "Contact": {
                    "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                    "Name": "Liam Gallagher",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "Status": "AUTHORISED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "Description": "Guitars Fender Strat",
                        "UnitAmount": 5000.0,
                        "TaxType": "OUTPUT2",
                        "TaxAmount": 750.0,
                        "LineAmount": 5000.0,
                        "AccountCode": "200",
                        "Tracking": [],
                        "Quantity": 1.0,
                        "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                        "DiscountEnteredAsPercent": True,
                    }
                ],
                "SubTotal": 5000.0,
                "TotalTax": 750.0,
                "Total": 5750.0,
                "CurrencyCode": "NZD",
            }
        ],
    }
    model = RepeatingInvoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_repeating_invoices_update_or_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/RepeatingInvoices"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_repeating_invoices_update_or_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "b336833d-a3a8-4a67-ab4c-6280b3ad87b0",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1553805183228)/",
                "RepeatingInvoices": [
                    {
                        "Schedule": {
                            "Period": 1,
                            "Unit": "MONTHLY",
                            "DueDate": 10,
                            "DueDateType": "OFFOLLOWINGMONTH",
                            "StartDate": "/Date(1555286400000+0000)/",
                            "EndDate": "/Date(1569801600000+0000)/",
                            "NextScheduledDate": "/Date(1555286400000+0000)/",
                        },
                        "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                        "Type": "ACCREC",
                        "Reference": "[Week]",
                        "HasAttachments": True,
                        "ApprovedForSending": False,
                        "SendCopy": False,
                        "MarkAsSent": False,
                        "IncludePDF": False,
                        "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                        "Contact": {
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "Name": "Liam Gallagher",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Guitars Fender Strat",
                                "UnitAmount": 5000.0,
                                "TaxType": "OUTPUT2",
                                "TaxAmount": 750.0,
                                "LineAmount": 5000.0,
                                "AccountCode": "200",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                                "DiscountEnteredAsPercent": True,
                            }
                        ],
                        "SubTotal": 5000.0,
                        "TotalTax": 750.0,
                        "Total": 5750.0,
                        "CurrencyCode": "NZD",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.repeating_invoices.update_or_create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_repeating_invoices_update_or_create(seen[0])
    assert isinstance(result, RepeatingInvoices)


def test_repeating_invoices_update_or_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "b336833d-a3a8-4a67-ab4c-6280b3ad87b0",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1553805183228)/",
                    "RepeatingInvoices": [
                        {
                            "Schedule": {
                                "Period": 1,
                                "Unit": "MONTHLY",
                                "DueDate": 10,
                                "DueDateType": "OFFOLLOWINGMONTH",
                                "StartDate": "/Date(1555286400000+0000)/",
                                "EndDate": "/Date(1569801600000+0000)/",
                                "NextScheduledDate": "/Date(1555286400000+0000)/",
                            },
                            "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                            "Type": "ACCREC",
                            "Reference": "[Week]",
                            "HasAttachments": True,
                            "ApprovedForSending": False,
                            "SendCopy": False,
                            "MarkAsSent": False,
                            "IncludePDF": False,
                            "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                            "Contact": {
                                "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                                "Name": "Liam Gallagher",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "Guitars Fender Strat",
                                    "UnitAmount": 5000.0,
                                    "TaxType": "OUTPUT2",
                                    "TaxAmount": 750.0,
                                    "LineAmount": 5000.0,
                                    "AccountCode": "200",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                                    "DiscountEnteredAsPercent": True,
                                }
                            ],
                            "SubTotal": 5000.0,
                            "TotalTax": 750.0,
                            "Total": 5750.0,
                            "CurrencyCode": "NZD",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.repeating_invoices.update_or_create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_repeating_invoices_update_or_create(seen[0])
    assert isinstance(result, RepeatingInvoices)


def test_repeating_invoices_update_or_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.repeating_invoices.update_or_create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_repeating_invoices_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "d9ac3755-7b81-4e3a-bef0-fa8a4f171442",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1553805184820)/",
        "RepeatingInvoices": [
            {
                "Schedule": {
                    "Period": 1,
                    "Unit": "MONTHLY",
                    "DueDate": 10,
                    "DueDateType": "OFFOLLOWINGMONTH",
                    "StartDate": "/Date(1555286400000+0000)/",
                    "EndDate": "/Date(1569801600000+0000)/",
                    "NextScheduledDate": "/Date(1555286400000+0000)/",
                },
                "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                "Type": "ACCREC",
                "Reference": "[Week]",
                "HasAttachments": True,
                "Attachments": [
                    {
                        "AttachmentID": "2a488b0f-3966-4b6e-a7e1-b6d3286351f2",
                        "FileName": "HelloWorld.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Invoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/HelloWorld.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    },
                    {
                        "AttachmentID": "48294e40-bfd2-4027-a365-f034383cb7aa",
                        "FileName": "foobar.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Invoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/foobar.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    },
                    {
                        "AttachmentID": "528e978a-87b8-44c4-9465-9456ec2f7ee6",
                        "FileName": "helo-heros.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Invoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/helo-heros.jpg",
                        "MimeType": "image/jpeg",
                        "ContentLength": 2878711,
                    },
                ],
                "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                "Contact": {
                    "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                    "Name": "Liam Gallagher",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "Status": "AUTHORISED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "Description": "Guitars Fender Strat",
                        "UnitAmount": 5000.0,
                        "TaxType": "OUTPUT2",
                        "TaxAmount": 750.0,
                        "LineAmount": 5000.0,
                        "AccountCode": "200",
                        "Tracking": [],
                        "Quantity": 1.0,
                        "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                        "DiscountEnteredAsPercent": True,
                    }
                ],
                "SubTotal": 5000.0,
                "TotalTax": 750.0,
                "Total": 5750.0,
                "CurrencyCode": "NZD",
            }
        ],
    }
    model = RepeatingInvoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_repeating_invoices_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/RepeatingInvoices/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_repeating_invoices_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "d9ac3755-7b81-4e3a-bef0-fa8a4f171442",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1553805184820)/",
                "RepeatingInvoices": [
                    {
                        "Schedule": {
                            "Period": 1,
                            "Unit": "MONTHLY",
                            "DueDate": 10,
                            "DueDateType": "OFFOLLOWINGMONTH",
                            "StartDate": "/Date(1555286400000+0000)/",
                            "EndDate": "/Date(1569801600000+0000)/",
                            "NextScheduledDate": "/Date(1555286400000+0000)/",
                        },
                        "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                        "Type": "ACCREC",
                        "Reference": "[Week]",
                        "HasAttachments": True,
                        "Attachments": [
                            {
                                "AttachmentID": "2a488b0f-3966-4b6e-a7e1-b6d3286351f2",
                                "FileName": "HelloWorld.jpg",
                                "Url": "https://api.xero.com/api.xro/2.0/Invoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/HelloWorld.jpg",
                                "MimeType": "image/jpg",
                                "ContentLength": 2878711,
                            },
                            {
                                "AttachmentID": "48294e40-bfd2-4027-a365-f034383cb7aa",
                                "FileName": "foobar.jpg",
                                "Url": "https://api.xero.com/api.xro/2.0/Invoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/foobar.jpg",
                                "MimeType": "image/jpg",
                                "ContentLength": 2878711,
                            },
                            {
                                "AttachmentID": "528e978a-87b8-44c4-9465-9456ec2f7ee6",
                                "FileName": "helo-heros.jpg",
                                "Url": "https://api.xero.com/api.xro/2.0/Invoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/helo-heros.jpg",
                                "MimeType": "image/jpeg",
                                "ContentLength": 2878711,
                            },
                        ],
                        "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                        "Contact": {
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "Name": "Liam Gallagher",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Guitars Fender Strat",
                                "UnitAmount": 5000.0,
                                "TaxType": "OUTPUT2",
                                "TaxAmount": 750.0,
                                "LineAmount": 5000.0,
                                "AccountCode": "200",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                                "DiscountEnteredAsPercent": True,
                            }
                        ],
                        "SubTotal": 5000.0,
                        "TotalTax": 750.0,
                        "Total": 5750.0,
                        "CurrencyCode": "NZD",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.repeating_invoices.get(
            repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_repeating_invoices_get(seen[0])
    assert isinstance(result, RepeatingInvoices)


def test_repeating_invoices_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "d9ac3755-7b81-4e3a-bef0-fa8a4f171442",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1553805184820)/",
                    "RepeatingInvoices": [
                        {
                            "Schedule": {
                                "Period": 1,
                                "Unit": "MONTHLY",
                                "DueDate": 10,
                                "DueDateType": "OFFOLLOWINGMONTH",
                                "StartDate": "/Date(1555286400000+0000)/",
                                "EndDate": "/Date(1569801600000+0000)/",
                                "NextScheduledDate": "/Date(1555286400000+0000)/",
                            },
                            "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                            "Type": "ACCREC",
                            "Reference": "[Week]",
                            "HasAttachments": True,
                            "Attachments": [
                                {
                                    "AttachmentID": "2a488b0f-3966-4b6e-a7e1-b6d3286351f2",
                                    "FileName": "HelloWorld.jpg",
                                    "Url": "https://api.xero.com/api.xro/2.0/Invoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/HelloWorld.jpg",
                                    "MimeType": "image/jpg",
                                    "ContentLength": 2878711,
                                },
                                {
                                    "AttachmentID": "48294e40-bfd2-4027-a365-f034383cb7aa",
                                    "FileName": "foobar.jpg",
                                    "Url": "https://api.xero.com/api.xro/2.0/Invoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/foobar.jpg",
                                    "MimeType": "image/jpg",
                                    "ContentLength": 2878711,
                                },
                                {
                                    "AttachmentID": "528e978a-87b8-44c4-9465-9456ec2f7ee6",
                                    "FileName": "helo-heros.jpg",
                                    "Url": "https://api.xero.com/api.xro/2.0/Invoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/helo-heros.jpg",
                                    "MimeType": "image/jpeg",
                                    "ContentLength": 2878711,
                                },
                            ],
                            "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                            "Contact": {
                                "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                                "Name": "Liam Gallagher",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "Guitars Fender Strat",
                                    "UnitAmount": 5000.0,
                                    "TaxType": "OUTPUT2",
                                    "TaxAmount": 750.0,
                                    "LineAmount": 5000.0,
                                    "AccountCode": "200",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                                    "DiscountEnteredAsPercent": True,
                                }
                            ],
                            "SubTotal": 5000.0,
                            "TotalTax": 750.0,
                            "Total": 5750.0,
                            "CurrencyCode": "NZD",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.repeating_invoices.get(
                repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_repeating_invoices_get(seen[0])
    assert isinstance(result, RepeatingInvoices)


def test_repeating_invoices_update_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "b336833d-a3a8-4a67-ab4c-6280b3ad87b0",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1553805183228)/",
        "RepeatingInvoices": [
            {
                "Schedule": {
                    "Period": 1,
                    "Unit": "MONTHLY",
                    "DueDate": 10,
                    "DueDateType": "OFFOLLOWINGMONTH",
                    "StartDate": "/Date(1555286400000+0000)/",
                    "EndDate": "/Date(1569801600000+0000)/",
                    "NextScheduledDate": "/Date(1555286400000+0000)/",
                },
                "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                "Type": "ACCREC",
                "Reference": "[Week]",
                "HasAttachments": True,
                "ApprovedForSending": False,
                "SendCopy": False,
                "MarkAsSent": False,
                "IncludePDF": False,
                "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                "Contact": {
                    "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                    "Name": "Liam Gallagher",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "Status": "DELETED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "Description": "Guitars Fender Strat",
                        "UnitAmount": 5000.0,
                        "TaxType": "OUTPUT2",
                        "TaxAmount": 750.0,
                        "LineAmount": 5000.0,
                        "AccountCode": "200",
                        "Tracking": [],
                        "Quantity": 1.0,
                        "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                        "DiscountEnteredAsPercent": True,
                    }
                ],
                "SubTotal": 5000.0,
                "TotalTax": 750.0,
                "Total": 5750.0,
                "CurrencyCode": "NZD",
            }
        ],
    }
    model = RepeatingInvoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_repeating_invoices_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/RepeatingInvoices/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_repeating_invoices_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "b336833d-a3a8-4a67-ab4c-6280b3ad87b0",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1553805183228)/",
                "RepeatingInvoices": [
                    {
                        "Schedule": {
                            "Period": 1,
                            "Unit": "MONTHLY",
                            "DueDate": 10,
                            "DueDateType": "OFFOLLOWINGMONTH",
                            "StartDate": "/Date(1555286400000+0000)/",
                            "EndDate": "/Date(1569801600000+0000)/",
                            "NextScheduledDate": "/Date(1555286400000+0000)/",
                        },
                        "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                        "Type": "ACCREC",
                        "Reference": "[Week]",
                        "HasAttachments": True,
                        "ApprovedForSending": False,
                        "SendCopy": False,
                        "MarkAsSent": False,
                        "IncludePDF": False,
                        "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                        "Contact": {
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "Name": "Liam Gallagher",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "Status": "DELETED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Guitars Fender Strat",
                                "UnitAmount": 5000.0,
                                "TaxType": "OUTPUT2",
                                "TaxAmount": 750.0,
                                "LineAmount": 5000.0,
                                "AccountCode": "200",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                                "DiscountEnteredAsPercent": True,
                            }
                        ],
                        "SubTotal": 5000.0,
                        "TotalTax": 750.0,
                        "Total": 5750.0,
                        "CurrencyCode": "NZD",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.repeating_invoices.update(
            repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_repeating_invoices_update(seen[0])
    assert isinstance(result, RepeatingInvoices)


def test_repeating_invoices_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "b336833d-a3a8-4a67-ab4c-6280b3ad87b0",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1553805183228)/",
                    "RepeatingInvoices": [
                        {
                            "Schedule": {
                                "Period": 1,
                                "Unit": "MONTHLY",
                                "DueDate": 10,
                                "DueDateType": "OFFOLLOWINGMONTH",
                                "StartDate": "/Date(1555286400000+0000)/",
                                "EndDate": "/Date(1569801600000+0000)/",
                                "NextScheduledDate": "/Date(1555286400000+0000)/",
                            },
                            "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                            "Type": "ACCREC",
                            "Reference": "[Week]",
                            "HasAttachments": True,
                            "ApprovedForSending": False,
                            "SendCopy": False,
                            "MarkAsSent": False,
                            "IncludePDF": False,
                            "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                            "Contact": {
                                "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                                "Name": "Liam Gallagher",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "Status": "DELETED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "Guitars Fender Strat",
                                    "UnitAmount": 5000.0,
                                    "TaxType": "OUTPUT2",
                                    "TaxAmount": 750.0,
                                    "LineAmount": 5000.0,
                                    "AccountCode": "200",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                                    "DiscountEnteredAsPercent": True,
                                }
                            ],
                            "SubTotal": 5000.0,
                            "TotalTax": 750.0,
                            "Total": 5750.0,
                            "CurrencyCode": "NZD",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.repeating_invoices.update(
                repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_repeating_invoices_update(seen[0])
    assert isinstance(result, RepeatingInvoices)


def test_repeating_invoices_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.repeating_invoices.update(
            repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_repeating_invoices_get_attachments_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "b88b807b-3087-474b-a4f9-d8f1b4f5a899",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1553805762049)/",
        "Attachments": [
            {
                "AttachmentID": "2a488b0f-3966-4b6e-a7e1-b6d3286351f2",
                "FileName": "HelloWorld.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/HelloWorld.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            },
            {
                "AttachmentID": "48294e40-bfd2-4027-a365-f034383cb7aa",
                "FileName": "foobar.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/foobar.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            },
            {
                "AttachmentID": "528e978a-87b8-44c4-9465-9456ec2f7ee6",
                "FileName": "helo-heros.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/helo-heros.jpg",
                "MimeType": "image/jpeg",
                "ContentLength": 2878711,
            },
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_repeating_invoices_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/RepeatingInvoices/00000000-0000-0000-0000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_repeating_invoices_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "b88b807b-3087-474b-a4f9-d8f1b4f5a899",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1553805762049)/",
                "Attachments": [
                    {
                        "AttachmentID": "2a488b0f-3966-4b6e-a7e1-b6d3286351f2",
                        "FileName": "HelloWorld.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/HelloWorld.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    },
                    {
                        "AttachmentID": "48294e40-bfd2-4027-a365-f034383cb7aa",
                        "FileName": "foobar.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/foobar.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    },
                    {
                        "AttachmentID": "528e978a-87b8-44c4-9465-9456ec2f7ee6",
                        "FileName": "helo-heros.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/helo-heros.jpg",
                        "MimeType": "image/jpeg",
                        "ContentLength": 2878711,
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.repeating_invoices.get_attachments(
            repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_repeating_invoices_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_repeating_invoices_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "b88b807b-3087-474b-a4f9-d8f1b4f5a899",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1553805762049)/",
                    "Attachments": [
                        {
                            "AttachmentID": "2a488b0f-3966-4b6e-a7e1-b6d3286351f2",
                            "FileName": "HelloWorld.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/HelloWorld.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        },
                        {
                            "AttachmentID": "48294e40-bfd2-4027-a365-f034383cb7aa",
                            "FileName": "foobar.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/foobar.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        },
                        {
                            "AttachmentID": "528e978a-87b8-44c4-9465-9456ec2f7ee6",
                            "FileName": "helo-heros.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/helo-heros.jpg",
                            "MimeType": "image/jpeg",
                            "ContentLength": 2878711,
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.repeating_invoices.get_attachments(
                repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_repeating_invoices_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def _check_repeating_invoices_get_attachment_by_id(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/RepeatingInvoices/00000000-0000-0000-0000-000000000000/Attachments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_repeating_invoices_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.repeating_invoices.get_attachment_by_id(
            repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_repeating_invoices_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_repeating_invoices_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.repeating_invoices.get_attachment_by_id(
                repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_repeating_invoices_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_repeating_invoices_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/RepeatingInvoices/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_repeating_invoices_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.repeating_invoices.get_attachment_by_file_name(
            repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_repeating_invoices_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_repeating_invoices_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.repeating_invoices.get_attachment_by_file_name(
                repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_repeating_invoices_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_repeating_invoices_create_attachment_by_file_name_response_example_200_0_round_trips() -> (
    None
):
    example: object = {
        "Id": "219de8c0-ee70-48af-a000-594eba14b417",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1553805866696)/",
        "Attachments": [
            {
                "AttachmentID": "e078e56c-9a2b-4f6c-a1fa-5d19b0dab611",
                "FileName": "foobar.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/foobar.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_repeating_invoices_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/RepeatingInvoices/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_repeating_invoices_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "219de8c0-ee70-48af-a000-594eba14b417",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1553805866696)/",
                "Attachments": [
                    {
                        "AttachmentID": "e078e56c-9a2b-4f6c-a1fa-5d19b0dab611",
                        "FileName": "foobar.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/foobar.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.repeating_invoices.create_attachment_by_file_name(
            repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_repeating_invoices_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_repeating_invoices_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "219de8c0-ee70-48af-a000-594eba14b417",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1553805866696)/",
                    "Attachments": [
                        {
                            "AttachmentID": "e078e56c-9a2b-4f6c-a1fa-5d19b0dab611",
                            "FileName": "foobar.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/foobar.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.repeating_invoices.create_attachment_by_file_name(
                repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_repeating_invoices_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_repeating_invoices_create_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.repeating_invoices.create_attachment_by_file_name(
            repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_repeating_invoices_update_attachment_by_file_name_response_example_200_0_round_trips() -> (
    None
):
    example: object = {
        "Id": "61b24d5c-4d6e-468f-9de1-abbc234b239a",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1553805873362)/",
        "Attachments": [
            {
                "AttachmentID": "d086d5f4-9c3d-4edc-a87e-906248eeb652",
                "FileName": "HelloWorld.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/HelloWorld.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_repeating_invoices_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/RepeatingInvoices/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_repeating_invoices_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "61b24d5c-4d6e-468f-9de1-abbc234b239a",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1553805873362)/",
                "Attachments": [
                    {
                        "AttachmentID": "d086d5f4-9c3d-4edc-a87e-906248eeb652",
                        "FileName": "HelloWorld.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/HelloWorld.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.repeating_invoices.update_attachment_by_file_name(
            repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_repeating_invoices_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_repeating_invoices_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "61b24d5c-4d6e-468f-9de1-abbc234b239a",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1553805873362)/",
                    "Attachments": [
                        {
                            "AttachmentID": "d086d5f4-9c3d-4edc-a87e-906248eeb652",
                            "FileName": "HelloWorld.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/HelloWorld.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.repeating_invoices.update_attachment_by_file_name(
                repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_repeating_invoices_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_repeating_invoices_update_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.repeating_invoices.update_attachment_by_file_name(
            repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_repeating_invoices_get_history_response_example_200_0_round_trips() -> None:
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


def _check_repeating_invoices_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/RepeatingInvoices/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_repeating_invoices_get_history_sends_the_documented_request() -> None:
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
        result = client.repeating_invoices.get_history(
            repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_repeating_invoices_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_repeating_invoices_get_history_async_sends_the_same_request() -> None:
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
            return await client.repeating_invoices.get_history(
                repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_repeating_invoices_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_repeating_invoices_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_repeating_invoices_create_history_response_example_200_0_round_trips() -> None:
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


def _check_repeating_invoices_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/RepeatingInvoices/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_repeating_invoices_create_history_sends_the_documented_request() -> None:
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
        result = client.repeating_invoices.create_history(
            repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_repeating_invoices_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_repeating_invoices_create_history_async_sends_the_same_request() -> None:
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
            return await client.repeating_invoices.create_history(
                repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_repeating_invoices_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_repeating_invoices_create_history_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.repeating_invoices.create_history(
            repeating_invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
