"""Tests of the `payments` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import (
    Account,
    Error,
    HistoryRecord,
    HistoryRecords,
    Invoice,
    Payment,
    Payments,
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


def _check_payments_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Payments"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_payments_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.payments.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_payments_list(seen[0])
    assert isinstance(result, Payments)


def test_payments_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.payments.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_payments_list(seen[0])
    assert isinstance(result, Payments)


def test_payments_create_payments_request_example_round_trips() -> None:
    example: object = {
        "Payments": [
            {
                "Invoice": {"LineItems": [], "InvoiceID": "00000000-0000-0000-0000-000000000000"},
                "Account": {"Code": "970"},
                "Date": "2019-03-12",
                "Amount": 1,
            }
        ]
    }
    model = Payments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_payments_create_payments_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "83b5715a-6a77-4c16-b5b8-2da08b5fde44",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552432238716)/",
        "Payments": [
            {
                "PaymentID": "61ed71fc-01bf-4eb8-8419-8a18789ff45f",
                "Date": "/Date(1552348800000+0000)/",
                "BankAmount": 1.0,
                "Amount": 1.0,
                "CurrencyRate": 1.0,
                "PaymentType": "ACCRECPAYMENT",
                "Status": "AUTHORISED",
                "UpdatedDateUTC": "/Date(1552432238623+0000)/",
                "UpdatedDateUTCString": "2019-03-12T23:10:38Z",
                "HasAccount": True,
                "IsReconciled": False,
                "Account": {
                    "AccountID": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                    "Code": "970",
                    "Name": "Owner A Funds Introduced",
                },
                "Invoice": {
                    "Type": "ACCREC",
                    "InvoiceID": "c7c37b83-ac95-45ea-88ba-8ad83a5f22fe",
                    "InvoiceNumber": "INV-0004",
                    "Reference": "",
                    "Prepayments": [],
                    "Overpayments": [],
                    "AmountDue": 229.0,
                    "AmountPaid": 1.0,
                    "SentToContact": False,
                    "CurrencyRate": 1.0,
                    "HasErrors": False,
                    "IsDiscounted": False,
                    "Contact": {
                        "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                        "Name": "Barney Rubble-83203",
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2018-10-10T00:00:00",
                    "Date": "/Date(1539129600000+0000)/",
                    "DueDateString": "2018-10-18T00:00:00",
                    "DueDate": "/Date(1539820800000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "boo",
                            "UnitAmount": 200.0,
                            "TaxType": "OUTPUT2",
                            "TaxAmount": 30.0,
                            "LineAmount": 200.0,
                            "AccountCode": "200",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "LineItemID": "173dfdb9-43b5-4bd2-ae25-9419e662a3a7",
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 200.0,
                    "TotalTax": 30.0,
                    "Total": 230.0,
                    "UpdatedDateUTC": "/Date(1552432238623+0000)/",
                    "UpdatedDateUTCString": "2019-03-12T23:10:38Z",
                    "CurrencyCode": "NZD",
                },
                "HasValidationErrors": True,
                "ValidationErrors": [
                    {"Message": "Payment amount exceeds the amount outstanding on this document"}
                ],
            }
        ],
    }
    model = Payments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_payments_create_payments(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Payments"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Payments": [
            {
                "Invoice": {"LineItems": [], "InvoiceID": "00000000-0000-0000-0000-000000000000"},
                "Account": {"Code": "970"},
                "Date": "2019-03-12",
                "Amount": 1,
            }
        ]
    }


def test_payments_create_payments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "83b5715a-6a77-4c16-b5b8-2da08b5fde44",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552432238716)/",
                "Payments": [
                    {
                        "PaymentID": "61ed71fc-01bf-4eb8-8419-8a18789ff45f",
                        "Date": "/Date(1552348800000+0000)/",
                        "BankAmount": 1.0,
                        "Amount": 1.0,
                        "CurrencyRate": 1.0,
                        "PaymentType": "ACCRECPAYMENT",
                        "Status": "AUTHORISED",
                        "UpdatedDateUTC": "/Date(1552432238623+0000)/",
                        "UpdatedDateUTCString": "2019-03-12T23:10:38Z",
                        "HasAccount": True,
                        "IsReconciled": False,
                        "Account": {
                            "AccountID": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                            "Code": "970",
                            "Name": "Owner A Funds Introduced",
                        },
                        "Invoice": {
                            "Type": "ACCREC",
                            "InvoiceID": "c7c37b83-ac95-45ea-88ba-8ad83a5f22fe",
                            "InvoiceNumber": "INV-0004",
                            "Reference": "",
                            "Prepayments": [],
                            "Overpayments": [],
                            "AmountDue": 229.0,
                            "AmountPaid": 1.0,
                            "SentToContact": False,
                            "CurrencyRate": 1.0,
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "Contact": {
                                "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                                "Name": "Barney Rubble-83203",
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2018-10-10T00:00:00",
                            "Date": "/Date(1539129600000+0000)/",
                            "DueDateString": "2018-10-18T00:00:00",
                            "DueDate": "/Date(1539820800000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "boo",
                                    "UnitAmount": 200.0,
                                    "TaxType": "OUTPUT2",
                                    "TaxAmount": 30.0,
                                    "LineAmount": 200.0,
                                    "AccountCode": "200",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "LineItemID": "173dfdb9-43b5-4bd2-ae25-9419e662a3a7",
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 200.0,
                            "TotalTax": 30.0,
                            "Total": 230.0,
                            "UpdatedDateUTC": "/Date(1552432238623+0000)/",
                            "UpdatedDateUTCString": "2019-03-12T23:10:38Z",
                            "CurrencyCode": "NZD",
                        },
                        "HasValidationErrors": True,
                        "ValidationErrors": [
                            {
                                "Message": "Payment amount exceeds the amount outstanding on this document"
                            }
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.payments.create_payments(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            payments=[
                Payment(
                    invoice=Invoice(
                        line_items=[], invoice_id=UUID("00000000-0000-0000-0000-000000000000")
                    ),
                    account=Account(code="970"),
                    date="2019-03-12",
                    amount=1,
                )
            ],
        )
    assert len(seen) == 1
    _check_payments_create_payments(seen[0])
    assert isinstance(result, Payments)


def test_payments_create_payments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "83b5715a-6a77-4c16-b5b8-2da08b5fde44",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552432238716)/",
                    "Payments": [
                        {
                            "PaymentID": "61ed71fc-01bf-4eb8-8419-8a18789ff45f",
                            "Date": "/Date(1552348800000+0000)/",
                            "BankAmount": 1.0,
                            "Amount": 1.0,
                            "CurrencyRate": 1.0,
                            "PaymentType": "ACCRECPAYMENT",
                            "Status": "AUTHORISED",
                            "UpdatedDateUTC": "/Date(1552432238623+0000)/",
                            "UpdatedDateUTCString": "2019-03-12T23:10:38Z",
                            "HasAccount": True,
                            "IsReconciled": False,
                            "Account": {
                                "AccountID": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                "Code": "970",
                                "Name": "Owner A Funds Introduced",
                            },
                            "Invoice": {
                                "Type": "ACCREC",
                                "InvoiceID": "c7c37b83-ac95-45ea-88ba-8ad83a5f22fe",
                                "InvoiceNumber": "INV-0004",
                                "Reference": "",
                                "Prepayments": [],
                                "Overpayments": [],
                                "AmountDue": 229.0,
                                "AmountPaid": 1.0,
                                "SentToContact": False,
                                "CurrencyRate": 1.0,
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "Contact": {
                                    "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                                    "Name": "Barney Rubble-83203",
                                    "ContactPersons": [],
                                    "HasValidationErrors": False,
                                },
                                "DateString": "2018-10-10T00:00:00",
                                "Date": "/Date(1539129600000+0000)/",
                                "DueDateString": "2018-10-18T00:00:00",
                                "DueDate": "/Date(1539820800000+0000)/",
                                "Status": "AUTHORISED",
                                "LineAmountTypes": "Exclusive",
                                "LineItems": [
                                    {
                                        "Description": "boo",
                                        "UnitAmount": 200.0,
                                        "TaxType": "OUTPUT2",
                                        "TaxAmount": 30.0,
                                        "LineAmount": 200.0,
                                        "AccountCode": "200",
                                        "Tracking": [],
                                        "Quantity": 1.0,
                                        "LineItemID": "173dfdb9-43b5-4bd2-ae25-9419e662a3a7",
                                        "ValidationErrors": [],
                                    }
                                ],
                                "SubTotal": 200.0,
                                "TotalTax": 30.0,
                                "Total": 230.0,
                                "UpdatedDateUTC": "/Date(1552432238623+0000)/",
                                "UpdatedDateUTCString": "2019-03-12T23:10:38Z",
                                "CurrencyCode": "NZD",
                            },
                            "HasValidationErrors": True,
                            "ValidationErrors": [
                                {
                                    "Message": "Payment amount exceeds the amount outstanding on this document"
                                }
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.payments.create_payments(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                payments=[
                    Payment(
                        invoice=Invoice(
                            line_items=[], invoice_id=UUID("00000000-0000-0000-0000-000000000000")
                        ),
                        account=Account(code="970"),
                        date="2019-03-12",
                        amount=1,
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_payments_create_payments(seen[0])
    assert isinstance(result, Payments)


def test_payments_create_payments_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.payments.create_payments(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            payments=[
                Payment(
                    invoice=Invoice(
                        line_items=[], invoice_id=UUID("00000000-0000-0000-0000-000000000000")
                    ),
                    account=Account(code="970"),
                    date="2019-03-12",
                    amount=1,
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_payments_create_payment_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "83b5715a-6a77-4c16-b5b8-2da08b5fde44",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552432238716)/",
        "Payments": [
            {
                "PaymentID": "61ed71fc-01bf-4eb8-8419-8a18789ff45f",
                "Date": "/Date(1552348800000+0000)/",
                "BankAmount": 1.0,
                "Amount": 1.0,
                "CurrencyRate": 1.0,
                "PaymentType": "ACCRECPAYMENT",
                "Status": "AUTHORISED",
                "UpdatedDateUTC": "/Date(1552432238623+0000)/",
                "UpdatedDateUTCString": "2019-03-12T23:10:38Z",
                "HasAccount": True,
                "IsReconciled": False,
                "Account": {
                    "AccountID": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                    "Code": "970",
                    "Name": "Owner A Funds Introduced",
                },
                "Invoice": {
                    "Type": "ACCREC",
                    "InvoiceID": "c7c37b83-ac95-45ea-88ba-8ad83a5f22fe",
                    "InvoiceNumber": "INV-0004",
                    "Reference": "",
                    "Prepayments": [],
                    "Overpayments": [],
                    "AmountDue": 229.0,
                    "AmountPaid": 1.0,
                    "SentToContact": False,
                    "CurrencyRate": 1.0,
                    "HasErrors": False,
                    "IsDiscounted": False,
                    "Contact": {
                        "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                        "Name": "Barney Rubble-83203",
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2018-10-10T00:00:00",
                    "Date": "/Date(1539129600000+0000)/",
                    "DueDateString": "2018-10-18T00:00:00",
                    "DueDate": "/Date(1539820800000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "boo",
                            "UnitAmount": 200.0,
                            "TaxType": "OUTPUT2",
                            "TaxAmount": 30.0,
                            "LineAmount": 200.0,
                            "AccountCode": "200",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "LineItemID": "173dfdb9-43b5-4bd2-ae25-9419e662a3a7",
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 200.0,
                    "TotalTax": 30.0,
                    "Total": 230.0,
                    "UpdatedDateUTC": "/Date(1552432238623+0000)/",
                    "UpdatedDateUTCString": "2019-03-12T23:10:38Z",
                    "CurrencyCode": "NZD",
                },
                "HasValidationErrors": True,
                "ValidationErrors": [
                    {"Message": "Payment amount exceeds the amount outstanding on this document"}
                ],
            }
        ],
    }
    model = Payments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_payments_create_payment(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Payments"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_payments_create_payment_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "83b5715a-6a77-4c16-b5b8-2da08b5fde44",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552432238716)/",
                "Payments": [
                    {
                        "PaymentID": "61ed71fc-01bf-4eb8-8419-8a18789ff45f",
                        "Date": "/Date(1552348800000+0000)/",
                        "BankAmount": 1.0,
                        "Amount": 1.0,
                        "CurrencyRate": 1.0,
                        "PaymentType": "ACCRECPAYMENT",
                        "Status": "AUTHORISED",
                        "UpdatedDateUTC": "/Date(1552432238623+0000)/",
                        "UpdatedDateUTCString": "2019-03-12T23:10:38Z",
                        "HasAccount": True,
                        "IsReconciled": False,
                        "Account": {
                            "AccountID": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                            "Code": "970",
                            "Name": "Owner A Funds Introduced",
                        },
                        "Invoice": {
                            "Type": "ACCREC",
                            "InvoiceID": "c7c37b83-ac95-45ea-88ba-8ad83a5f22fe",
                            "InvoiceNumber": "INV-0004",
                            "Reference": "",
                            "Prepayments": [],
                            "Overpayments": [],
                            "AmountDue": 229.0,
                            "AmountPaid": 1.0,
                            "SentToContact": False,
                            "CurrencyRate": 1.0,
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "Contact": {
                                "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                                "Name": "Barney Rubble-83203",
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2018-10-10T00:00:00",
                            "Date": "/Date(1539129600000+0000)/",
                            "DueDateString": "2018-10-18T00:00:00",
                            "DueDate": "/Date(1539820800000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "boo",
                                    "UnitAmount": 200.0,
                                    "TaxType": "OUTPUT2",
                                    "TaxAmount": 30.0,
                                    "LineAmount": 200.0,
                                    "AccountCode": "200",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "LineItemID": "173dfdb9-43b5-4bd2-ae25-9419e662a3a7",
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 200.0,
                            "TotalTax": 30.0,
                            "Total": 230.0,
                            "UpdatedDateUTC": "/Date(1552432238623+0000)/",
                            "UpdatedDateUTCString": "2019-03-12T23:10:38Z",
                            "CurrencyCode": "NZD",
                        },
                        "HasValidationErrors": True,
                        "ValidationErrors": [
                            {
                                "Message": "Payment amount exceeds the amount outstanding on this document"
                            }
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.payments.create_payment(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_payments_create_payment(seen[0])
    assert isinstance(result, Payments)


def test_payments_create_payment_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "83b5715a-6a77-4c16-b5b8-2da08b5fde44",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552432238716)/",
                    "Payments": [
                        {
                            "PaymentID": "61ed71fc-01bf-4eb8-8419-8a18789ff45f",
                            "Date": "/Date(1552348800000+0000)/",
                            "BankAmount": 1.0,
                            "Amount": 1.0,
                            "CurrencyRate": 1.0,
                            "PaymentType": "ACCRECPAYMENT",
                            "Status": "AUTHORISED",
                            "UpdatedDateUTC": "/Date(1552432238623+0000)/",
                            "UpdatedDateUTCString": "2019-03-12T23:10:38Z",
                            "HasAccount": True,
                            "IsReconciled": False,
                            "Account": {
                                "AccountID": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                "Code": "970",
                                "Name": "Owner A Funds Introduced",
                            },
                            "Invoice": {
                                "Type": "ACCREC",
                                "InvoiceID": "c7c37b83-ac95-45ea-88ba-8ad83a5f22fe",
                                "InvoiceNumber": "INV-0004",
                                "Reference": "",
                                "Prepayments": [],
                                "Overpayments": [],
                                "AmountDue": 229.0,
                                "AmountPaid": 1.0,
                                "SentToContact": False,
                                "CurrencyRate": 1.0,
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "Contact": {
                                    "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                                    "Name": "Barney Rubble-83203",
                                    "ContactPersons": [],
                                    "HasValidationErrors": False,
                                },
                                "DateString": "2018-10-10T00:00:00",
                                "Date": "/Date(1539129600000+0000)/",
                                "DueDateString": "2018-10-18T00:00:00",
                                "DueDate": "/Date(1539820800000+0000)/",
                                "Status": "AUTHORISED",
                                "LineAmountTypes": "Exclusive",
                                "LineItems": [
                                    {
                                        "Description": "boo",
                                        "UnitAmount": 200.0,
                                        "TaxType": "OUTPUT2",
                                        "TaxAmount": 30.0,
                                        "LineAmount": 200.0,
                                        "AccountCode": "200",
                                        "Tracking": [],
                                        "Quantity": 1.0,
                                        "LineItemID": "173dfdb9-43b5-4bd2-ae25-9419e662a3a7",
                                        "ValidationErrors": [],
                                    }
                                ],
                                "SubTotal": 200.0,
                                "TotalTax": 30.0,
                                "Total": 230.0,
                                "UpdatedDateUTC": "/Date(1552432238623+0000)/",
                                "UpdatedDateUTCString": "2019-03-12T23:10:38Z",
                                "CurrencyCode": "NZD",
                            },
                            "HasValidationErrors": True,
                            "ValidationErrors": [
                                {
                                    "Message": "Payment amount exceeds the amount outstanding on this document"
                                }
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.payments.create_payment(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_payments_create_payment(seen[0])
    assert isinstance(result, Payments)


def test_payments_create_payment_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.payments.create_payment(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_payments_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Payments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_payments_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.payments.get(
            payment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_payments_get(seen[0])
    assert isinstance(result, Payments)


def test_payments_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.payments.get(
                payment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_payments_get(seen[0])
    assert isinstance(result, Payments)


def test_payments_delete_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "ee23328c-4a8b-4ee7-8fb6-9796ffab9cb0",
        "Status": "OK",
        "ProviderName": "provider-name",
        "DateTimeUTC": "/Date(1583945852489)/",
        "Payments": [
            {
                "PaymentID": "c94c996b-1ab3-4ff3-ad19-1cdc77f30817",
                "Date": "/Date(1567382400000+0000)/",
                "BankAmount": 2.0,
                "Amount": 2.0,
                "Reference": "foobar",
                "CurrencyRate": 1.0,
                "PaymentType": "APCREDITPAYMENT",
                "Status": "DELETED",
                "UpdatedDateUTC": "/Date(1583945852373+0000)/",
                "UpdatedDateUTCString": "2020-03-11T16:57:32Z",
                "HasAccount": True,
                "IsReconciled": False,
                "Account": {
                    "AccountID": "57f261f0-e32d-4a7f-be82-22cd992c6367",
                    "Code": "033",
                    "Name": "Checking account",
                },
                "Invoice": {
                    "Type": "ACCPAYCREDIT",
                    "InvoiceID": "dba68ebc-c05a-4e2d-b97d-964349e5b8d6",
                    "InvoiceNumber": "",
                    "Reference": "",
                    "Prepayments": [],
                    "Overpayments": [],
                    "AmountDue": 22.0,
                    "AmountPaid": 0.0,
                    "SentToContact": False,
                    "CurrencyRate": 1.0,
                    "IsDiscounted": False,
                    "HasErrors": False,
                    "Contact": {
                        "ContactID": "216830cb-9a68-487e-928b-c1a7ccc4fc81",
                        "Name": "FooBar73005",
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2017-01-02T00:00:00",
                    "Date": "/Date(1483315200000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Sample Item72716",
                            "UnitAmount": 20.0,
                            "TaxType": "INPUT",
                            "TaxAmount": 2.0,
                            "LineAmount": 20.0,
                            "AccountCode": "400",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 20.0,
                    "TotalTax": 2.0,
                    "Total": 22.0,
                    "UpdatedDateUTC": "/Date(1583945852363+0000)/",
                    "UpdatedDateUTCString": "2020-03-11T16:57:32Z",
                    "CurrencyCode": "AUD",
                },
                "HasValidationErrors": False,
            }
        ],
    }
    model = Payments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_payments_delete(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Payments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_payments_delete_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "ee23328c-4a8b-4ee7-8fb6-9796ffab9cb0",
                "Status": "OK",
                "ProviderName": "provider-name",
                "DateTimeUTC": "/Date(1583945852489)/",
                "Payments": [
                    {
                        "PaymentID": "c94c996b-1ab3-4ff3-ad19-1cdc77f30817",
                        "Date": "/Date(1567382400000+0000)/",
                        "BankAmount": 2.0,
                        "Amount": 2.0,
                        "Reference": "foobar",
                        "CurrencyRate": 1.0,
                        "PaymentType": "APCREDITPAYMENT",
                        "Status": "DELETED",
                        "UpdatedDateUTC": "/Date(1583945852373+0000)/",
                        "UpdatedDateUTCString": "2020-03-11T16:57:32Z",
                        "HasAccount": True,
                        "IsReconciled": False,
                        "Account": {
                            "AccountID": "57f261f0-e32d-4a7f-be82-22cd992c6367",
                            "Code": "033",
                            "Name": "Checking account",
                        },
                        "Invoice": {
                            "Type": "ACCPAYCREDIT",
                            "InvoiceID": "dba68ebc-c05a-4e2d-b97d-964349e5b8d6",
                            "InvoiceNumber": "",
                            "Reference": "",
                            "Prepayments": [],
                            "Overpayments": [],
                            "AmountDue": 22.0,
                            "AmountPaid": 0.0,
                            "SentToContact": False,
                            "CurrencyRate": 1.0,
                            "IsDiscounted": False,
                            "HasErrors": False,
                            "Contact": {
                                "ContactID": "216830cb-9a68-487e-928b-c1a7ccc4fc81",
                                "Name": "FooBar73005",
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2017-01-02T00:00:00",
                            "Date": "/Date(1483315200000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "Sample Item72716",
                                    "UnitAmount": 20.0,
                                    "TaxType": "INPUT",
                                    "TaxAmount": 2.0,
                                    "LineAmount": 20.0,
                                    "AccountCode": "400",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 20.0,
                            "TotalTax": 2.0,
                            "Total": 22.0,
                            "UpdatedDateUTC": "/Date(1583945852363+0000)/",
                            "UpdatedDateUTCString": "2020-03-11T16:57:32Z",
                            "CurrencyCode": "AUD",
                        },
                        "HasValidationErrors": False,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.payments.delete(
            payment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            status="xxxxxx",
        )
    assert len(seen) == 1
    _check_payments_delete(seen[0])
    assert isinstance(result, Payments)


def test_payments_delete_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "ee23328c-4a8b-4ee7-8fb6-9796ffab9cb0",
                    "Status": "OK",
                    "ProviderName": "provider-name",
                    "DateTimeUTC": "/Date(1583945852489)/",
                    "Payments": [
                        {
                            "PaymentID": "c94c996b-1ab3-4ff3-ad19-1cdc77f30817",
                            "Date": "/Date(1567382400000+0000)/",
                            "BankAmount": 2.0,
                            "Amount": 2.0,
                            "Reference": "foobar",
                            "CurrencyRate": 1.0,
                            "PaymentType": "APCREDITPAYMENT",
                            "Status": "DELETED",
                            "UpdatedDateUTC": "/Date(1583945852373+0000)/",
                            "UpdatedDateUTCString": "2020-03-11T16:57:32Z",
                            "HasAccount": True,
                            "IsReconciled": False,
                            "Account": {
                                "AccountID": "57f261f0-e32d-4a7f-be82-22cd992c6367",
                                "Code": "033",
                                "Name": "Checking account",
                            },
                            "Invoice": {
                                "Type": "ACCPAYCREDIT",
                                "InvoiceID": "dba68ebc-c05a-4e2d-b97d-964349e5b8d6",
                                "InvoiceNumber": "",
                                "Reference": "",
                                "Prepayments": [],
                                "Overpayments": [],
                                "AmountDue": 22.0,
                                "AmountPaid": 0.0,
                                "SentToContact": False,
                                "CurrencyRate": 1.0,
                                "IsDiscounted": False,
                                "HasErrors": False,
                                "Contact": {
                                    "ContactID": "216830cb-9a68-487e-928b-c1a7ccc4fc81",
                                    "Name": "FooBar73005",
                                    "ContactPersons": [],
                                    "HasValidationErrors": False,
                                },
                                "DateString": "2017-01-02T00:00:00",
                                "Date": "/Date(1483315200000+0000)/",
                                "Status": "AUTHORISED",
                                "LineAmountTypes": "Exclusive",
                                "LineItems": [
                                    {
                                        "Description": "Sample Item72716",
                                        "UnitAmount": 20.0,
                                        "TaxType": "INPUT",
                                        "TaxAmount": 2.0,
                                        "LineAmount": 20.0,
                                        "AccountCode": "400",
                                        "Tracking": [],
                                        "Quantity": 1.0,
                                        "ValidationErrors": [],
                                    }
                                ],
                                "SubTotal": 20.0,
                                "TotalTax": 2.0,
                                "Total": 22.0,
                                "UpdatedDateUTC": "/Date(1583945852363+0000)/",
                                "UpdatedDateUTCString": "2020-03-11T16:57:32Z",
                                "CurrencyCode": "AUD",
                            },
                            "HasValidationErrors": False,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.payments.delete(
                payment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                status="xxxxxx",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_payments_delete(seen[0])
    assert isinstance(result, Payments)


def test_payments_delete_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.payments.delete(
            payment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            status="xxxxxx",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_payments_get_history_response_example_200_0_round_trips() -> None:
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


def _check_payments_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Payments/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_payments_get_history_sends_the_documented_request() -> None:
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
        result = client.payments.get_history(
            payment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_payments_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_payments_get_history_async_sends_the_same_request() -> None:
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
            return await client.payments.get_history(
                payment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_payments_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_payments_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_payments_create_history_response_example_200_0_round_trips() -> None:
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


def test_payments_create_history_response_example_400_1_round_trips() -> None:
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


def _check_payments_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Payments/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_payments_create_history_sends_the_documented_request() -> None:
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
        result = client.payments.create_history(
            payment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_payments_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_payments_create_history_async_sends_the_same_request() -> None:
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
            return await client.payments.create_history(
                payment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_payments_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_payments_create_history_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.payments.create_history(
            payment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
