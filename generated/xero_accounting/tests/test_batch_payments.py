"""Tests of the `batch_payments` operations, generated from the document's examples."""

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
    BatchPayment,
    BatchPaymentDelete,
    BatchPaymentDeleteByUrlParam,
    BatchPayments,
    Contact,
    Error,
    HistoryRecord,
    HistoryRecords,
    Invoice,
    InvoiceType,
    Payment,
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


def test_batch_payments_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "6ab84949-4fe5-4788-a135-4d8f690d24d7",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550866184006)/",
        "BatchPayments": [
            {
                "Account": {
                    "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                    "CurrencyCode": "NZD",
                },
                "Reference": "Hello World",
                "BatchPaymentID": "d0e9bbbf-5b8a-48b6-906a-035591fcb061",
                "DateString": "2017-11-28T00:00:00",
                "Date": "/Date(1511827200000+0000)/",
                "Payments": [
                    {
                        "Invoice": {
                            "InvoiceID": "0975dec2-0cf6-498d-9c9f-c6775b45c61d",
                            "CurrencyCode": "NZD",
                            "Payments": [],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "LineItems": [],
                        },
                        "PaymentID": "97ec2ef8-f4d6-4de5-9f2a-385d41cdc2fc",
                        "Amount": 200.0,
                        "BankAmount": 200.0,
                    },
                    {
                        "Invoice": {
                            "InvoiceID": "600982d9-6605-4e11-afa1-d8dec2be7b52",
                            "CurrencyCode": "NZD",
                            "Payments": [],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "LineItems": [],
                        },
                        "PaymentID": "e232795f-b919-4865-a754-12f6ae8402c0",
                        "Amount": 200.0,
                        "BankAmount": 200.0,
                    },
                    {
                        "Invoice": {
                            "InvoiceID": "99a2bd54-4ab1-413c-90bb-57f6464fe5d6",
                            "CurrencyCode": "NZD",
                            "Payments": [],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "LineItems": [],
                        },
                        "PaymentID": "c2d571a5-38ff-4d37-9d43-dfadb4ad53ff",
                        "Amount": 200.0,
                        "BankAmount": 200.0,
                    },
                    {
                        "Invoice": {
                            "InvoiceID": "c81942c8-bfc5-4c88-a21a-b892a4a8c1c5",
                            "CurrencyCode": "NZD",
                            "Payments": [],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "LineItems": [],
                        },
                        "PaymentID": "0f3c18dc-49bd-47a4-a875-03c84a29978f",
                        "Amount": 200.0,
                        "BankAmount": 200.0,
                    },
                    {
                        "Invoice": {
                            "InvoiceID": "6c9a1d89-8319-42f6-87d6-7690e748af85",
                            "CurrencyCode": "NZD",
                            "Payments": [],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "LineItems": [],
                        },
                        "PaymentID": "43541eed-f3ac-44ac-88cb-9fe1cb7ed8b8",
                        "Amount": 200.0,
                        "BankAmount": 200.0,
                    },
                ],
                "Type": "RECBATCH",
                "Status": "AUTHORISED",
                "TotalAmount": 1000.0,
                "UpdatedDateUTC": "/Date(1511893792820+0000)/",
                "IsReconciled": False,
            }
        ],
    }
    model = BatchPayments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_batch_payments_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/BatchPayments"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_batch_payments_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "6ab84949-4fe5-4788-a135-4d8f690d24d7",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550866184006)/",
                "BatchPayments": [
                    {
                        "Account": {
                            "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                            "CurrencyCode": "NZD",
                        },
                        "Reference": "Hello World",
                        "BatchPaymentID": "d0e9bbbf-5b8a-48b6-906a-035591fcb061",
                        "DateString": "2017-11-28T00:00:00",
                        "Date": "/Date(1511827200000+0000)/",
                        "Payments": [
                            {
                                "Invoice": {
                                    "InvoiceID": "0975dec2-0cf6-498d-9c9f-c6775b45c61d",
                                    "CurrencyCode": "NZD",
                                    "Payments": [],
                                    "CreditNotes": [],
                                    "Prepayments": [],
                                    "Overpayments": [],
                                    "HasErrors": False,
                                    "IsDiscounted": False,
                                    "LineItems": [],
                                },
                                "PaymentID": "97ec2ef8-f4d6-4de5-9f2a-385d41cdc2fc",
                                "Amount": 200.0,
                                "BankAmount": 200.0,
                            },
                            {
                                "Invoice": {
                                    "InvoiceID": "600982d9-6605-4e11-afa1-d8dec2be7b52",
                                    "CurrencyCode": "NZD",
                                    "Payments": [],
                                    "CreditNotes": [],
                                    "Prepayments": [],
                                    "Overpayments": [],
                                    "HasErrors": False,
                                    "IsDiscounted": False,
                                    "LineItems": [],
                                },
                                "PaymentID": "e232795f-b919-4865-a754-12f6ae8402c0",
                                "Amount": 200.0,
                                "BankAmount": 200.0,
                            },
                            {
                                "Invoice": {
                                    "InvoiceID": "99a2bd54-4ab1-413c-90bb-57f6464fe5d6",
                                    "CurrencyCode": "NZD",
                                    "Payments": [],
                                    "CreditNotes": [],
                                    "Prepayments": [],
                                    "Overpayments": [],
                                    "HasErrors": False,
                                    "IsDiscounted": False,
                                    "LineItems": [],
                                },
                                "PaymentID": "c2d571a5-38ff-4d37-9d43-dfadb4ad53ff",
                                "Amount": 200.0,
                                "BankAmount": 200.0,
                            },
                            {
                                "Invoice": {
                                    "InvoiceID": "c81942c8-bfc5-4c88-a21a-b892a4a8c1c5",
                                    "CurrencyCode": "NZD",
                                    "Payments": [],
                                    "CreditNotes": [],
                                    "Prepayments": [],
                                    "Overpayments": [],
                                    "HasErrors": False,
                                    "IsDiscounted": False,
                                    "LineItems": [],
                                },
                                "PaymentID": "0f3c18dc-49bd-47a4-a875-03c84a29978f",
                                "Amount": 200.0,
                                "BankAmount": 200.0,
                            },
                            {
                                "Invoice": {
                                    "InvoiceID": "6c9a1d89-8319-42f6-87d6-7690e748af85",
                                    "CurrencyCode": "NZD",
                                    "Payments": [],
                                    "CreditNotes": [],
                                    "Prepayments": [],
                                    "Overpayments": [],
                                    "HasErrors": False,
                                    "IsDiscounted": False,
                                    "LineItems": [],
                                },
                                "PaymentID": "43541eed-f3ac-44ac-88cb-9fe1cb7ed8b8",
                                "Amount": 200.0,
                                "BankAmount": 200.0,
                            },
                        ],
                        "Type": "RECBATCH",
                        "Status": "AUTHORISED",
                        "TotalAmount": 1000.0,
                        "UpdatedDateUTC": "/Date(1511893792820+0000)/",
                        "IsReconciled": False,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.batch_payments.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_batch_payments_list(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "6ab84949-4fe5-4788-a135-4d8f690d24d7",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550866184006)/",
                    "BatchPayments": [
                        {
                            "Account": {
                                "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                "CurrencyCode": "NZD",
                            },
                            "Reference": "Hello World",
                            "BatchPaymentID": "d0e9bbbf-5b8a-48b6-906a-035591fcb061",
                            "DateString": "2017-11-28T00:00:00",
                            "Date": "/Date(1511827200000+0000)/",
                            "Payments": [
                                {
                                    "Invoice": {
                                        "InvoiceID": "0975dec2-0cf6-498d-9c9f-c6775b45c61d",
                                        "CurrencyCode": "NZD",
                                        "Payments": [],
                                        "CreditNotes": [],
                                        "Prepayments": [],
                                        "Overpayments": [],
                                        "HasErrors": False,
                                        "IsDiscounted": False,
                                        "LineItems": [],
                                    },
                                    "PaymentID": "97ec2ef8-f4d6-4de5-9f2a-385d41cdc2fc",
                                    "Amount": 200.0,
                                    "BankAmount": 200.0,
                                },
                                {
                                    "Invoice": {
                                        "InvoiceID": "600982d9-6605-4e11-afa1-d8dec2be7b52",
                                        "CurrencyCode": "NZD",
                                        "Payments": [],
                                        "CreditNotes": [],
                                        "Prepayments": [],
                                        "Overpayments": [],
                                        "HasErrors": False,
                                        "IsDiscounted": False,
                                        "LineItems": [],
                                    },
                                    "PaymentID": "e232795f-b919-4865-a754-12f6ae8402c0",
                                    "Amount": 200.0,
                                    "BankAmount": 200.0,
                                },
                                {
                                    "Invoice": {
                                        "InvoiceID": "99a2bd54-4ab1-413c-90bb-57f6464fe5d6",
                                        "CurrencyCode": "NZD",
                                        "Payments": [],
                                        "CreditNotes": [],
                                        "Prepayments": [],
                                        "Overpayments": [],
                                        "HasErrors": False,
                                        "IsDiscounted": False,
                                        "LineItems": [],
                                    },
                                    "PaymentID": "c2d571a5-38ff-4d37-9d43-dfadb4ad53ff",
                                    "Amount": 200.0,
                                    "BankAmount": 200.0,
                                },
                                {
                                    "Invoice": {
                                        "InvoiceID": "c81942c8-bfc5-4c88-a21a-b892a4a8c1c5",
                                        "CurrencyCode": "NZD",
                                        "Payments": [],
                                        "CreditNotes": [],
                                        "Prepayments": [],
                                        "Overpayments": [],
                                        "HasErrors": False,
                                        "IsDiscounted": False,
                                        "LineItems": [],
                                    },
                                    "PaymentID": "0f3c18dc-49bd-47a4-a875-03c84a29978f",
                                    "Amount": 200.0,
                                    "BankAmount": 200.0,
                                },
                                {
                                    "Invoice": {
                                        "InvoiceID": "6c9a1d89-8319-42f6-87d6-7690e748af85",
                                        "CurrencyCode": "NZD",
                                        "Payments": [],
                                        "CreditNotes": [],
                                        "Prepayments": [],
                                        "Overpayments": [],
                                        "HasErrors": False,
                                        "IsDiscounted": False,
                                        "LineItems": [],
                                    },
                                    "PaymentID": "43541eed-f3ac-44ac-88cb-9fe1cb7ed8b8",
                                    "Amount": 200.0,
                                    "BankAmount": 200.0,
                                },
                            ],
                            "Type": "RECBATCH",
                            "Status": "AUTHORISED",
                            "TotalAmount": 1000.0,
                            "UpdatedDateUTC": "/Date(1511893792820+0000)/",
                            "IsReconciled": False,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.batch_payments.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_batch_payments_list(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_create_request_example_round_trips() -> None:
    example: object = {
        "BatchPayments": [
            {
                "Account": {"AccountID": "00000000-0000-0000-0000-000000000000"},
                "Reference": "ref",
                "Date": "2018-08-01",
                "Payments": [
                    {
                        "Account": {"Code": "001"},
                        "Date": "2019-12-31",
                        "Amount": 500,
                        "Invoice": {
                            "InvoiceID": "00000000-0000-0000-0000-000000000000",
                            "LineItems": [],
                            "Contact": {},
                            "Type": "ACCPAY",
                        },
                    }
                ],
            }
        ]
    }
    model = BatchPayments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_batch_payments_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "424745ed-6356-46ad-87d4-3585f9062fb4",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550865988111)/",
        "BatchPayments": [
            {
                "Account": {
                    "AccountID": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                    "CurrencyCode": "NZD",
                },
                "Reference": "Foobar123",
                "BatchPaymentID": "d318c343-208e-49fe-b04a-45642349bcf1",
                "DateString": "2019-02-22T00:00:00",
                "Date": "/Date(1550793600000+0000)/",
                "Payments": [
                    {
                        "Invoice": {
                            "InvoiceID": "3323652c-155e-433b-8a73-4dde7cfbf410",
                            "CurrencyCode": "NZD",
                            "Payments": [],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "LineItems": [],
                        },
                        "PaymentID": "c05098fa-ae3c-4f00-80ec-0a9df07dedff",
                        "Amount": 1.0,
                        "BankAmount": 1.0,
                    },
                    {
                        "Invoice": {
                            "InvoiceID": "e4abafb4-1f5b-4d9f-80b3-9a7b815bc302",
                            "CurrencyCode": "NZD",
                            "Payments": [],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "LineItems": [],
                        },
                        "PaymentID": "96409489-2f7d-4804-9a6d-6b939b0e038a",
                        "Amount": 1.0,
                        "BankAmount": 1.0,
                    },
                    {
                        "Invoice": {
                            "InvoiceID": "e6039672-b161-40cd-b07b-a0178e7186ad",
                            "CurrencyCode": "NZD",
                            "Payments": [],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "LineItems": [],
                        },
                        "PaymentID": "d2796067-bf71-4f06-b386-81f1454fa866",
                        "Amount": 1.0,
                        "BankAmount": 1.0,
                    },
                ],
                "Type": "RECBATCH",
                "Status": "AUTHORISED",
                "TotalAmount": 3.0,
                "UpdatedDateUTC": "/Date(1550865987783+0000)/",
                "IsReconciled": False,
            }
        ],
    }
    model = BatchPayments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_batch_payments_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/BatchPayments"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "BatchPayments": [
            {
                "Account": {"AccountID": "00000000-0000-0000-0000-000000000000"},
                "Reference": "ref",
                "Date": "2018-08-01",
                "Payments": [
                    {
                        "Account": {"Code": "001"},
                        "Date": "2019-12-31",
                        "Amount": 500,
                        "Invoice": {
                            "InvoiceID": "00000000-0000-0000-0000-000000000000",
                            "LineItems": [],
                            "Contact": {},
                            "Type": "ACCPAY",
                        },
                    }
                ],
            }
        ]
    }


def test_batch_payments_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "424745ed-6356-46ad-87d4-3585f9062fb4",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550865988111)/",
                "BatchPayments": [
                    {
                        "Account": {
                            "AccountID": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                            "CurrencyCode": "NZD",
                        },
                        "Reference": "Foobar123",
                        "BatchPaymentID": "d318c343-208e-49fe-b04a-45642349bcf1",
                        "DateString": "2019-02-22T00:00:00",
                        "Date": "/Date(1550793600000+0000)/",
                        "Payments": [
                            {
                                "Invoice": {
                                    "InvoiceID": "3323652c-155e-433b-8a73-4dde7cfbf410",
                                    "CurrencyCode": "NZD",
                                    "Payments": [],
                                    "CreditNotes": [],
                                    "Prepayments": [],
                                    "Overpayments": [],
                                    "HasErrors": False,
                                    "IsDiscounted": False,
                                    "LineItems": [],
                                },
                                "PaymentID": "c05098fa-ae3c-4f00-80ec-0a9df07dedff",
                                "Amount": 1.0,
                                "BankAmount": 1.0,
                            },
                            {
                                "Invoice": {
                                    "InvoiceID": "e4abafb4-1f5b-4d9f-80b3-9a7b815bc302",
                                    "CurrencyCode": "NZD",
                                    "Payments": [],
                                    "CreditNotes": [],
                                    "Prepayments": [],
                                    "Overpayments": [],
                                    "HasErrors": False,
                                    "IsDiscounted": False,
                                    "LineItems": [],
                                },
                                "PaymentID": "96409489-2f7d-4804-9a6d-6b939b0e038a",
                                "Amount": 1.0,
                                "BankAmount": 1.0,
                            },
                            {
                                "Invoice": {
                                    "InvoiceID": "e6039672-b161-40cd-b07b-a0178e7186ad",
                                    "CurrencyCode": "NZD",
                                    "Payments": [],
                                    "CreditNotes": [],
                                    "Prepayments": [],
                                    "Overpayments": [],
                                    "HasErrors": False,
                                    "IsDiscounted": False,
                                    "LineItems": [],
                                },
                                "PaymentID": "d2796067-bf71-4f06-b386-81f1454fa866",
                                "Amount": 1.0,
                                "BankAmount": 1.0,
                            },
                        ],
                        "Type": "RECBATCH",
                        "Status": "AUTHORISED",
                        "TotalAmount": 3.0,
                        "UpdatedDateUTC": "/Date(1550865987783+0000)/",
                        "IsReconciled": False,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.batch_payments.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            batch_payments=[
                BatchPayment(
                    account=Account(account_id=UUID("00000000-0000-0000-0000-000000000000")),
                    reference="ref",
                    date="2018-08-01",
                    payments=[
                        Payment(
                            account=Account(code="001"),
                            date="2019-12-31",
                            amount=500,
                            invoice=Invoice(
                                invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                                line_items=[],
                                contact=Contact(),
                                type=InvoiceType("ACCPAY"),
                            ),
                        )
                    ],
                )
            ],
        )
    assert len(seen) == 1
    _check_batch_payments_create(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "424745ed-6356-46ad-87d4-3585f9062fb4",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550865988111)/",
                    "BatchPayments": [
                        {
                            "Account": {
                                "AccountID": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                "CurrencyCode": "NZD",
                            },
                            "Reference": "Foobar123",
                            "BatchPaymentID": "d318c343-208e-49fe-b04a-45642349bcf1",
                            "DateString": "2019-02-22T00:00:00",
                            "Date": "/Date(1550793600000+0000)/",
                            "Payments": [
                                {
                                    "Invoice": {
                                        "InvoiceID": "3323652c-155e-433b-8a73-4dde7cfbf410",
                                        "CurrencyCode": "NZD",
                                        "Payments": [],
                                        "CreditNotes": [],
                                        "Prepayments": [],
                                        "Overpayments": [],
                                        "HasErrors": False,
                                        "IsDiscounted": False,
                                        "LineItems": [],
                                    },
                                    "PaymentID": "c05098fa-ae3c-4f00-80ec-0a9df07dedff",
                                    "Amount": 1.0,
                                    "BankAmount": 1.0,
                                },
                                {
                                    "Invoice": {
                                        "InvoiceID": "e4abafb4-1f5b-4d9f-80b3-9a7b815bc302",
                                        "CurrencyCode": "NZD",
                                        "Payments": [],
                                        "CreditNotes": [],
                                        "Prepayments": [],
                                        "Overpayments": [],
                                        "HasErrors": False,
                                        "IsDiscounted": False,
                                        "LineItems": [],
                                    },
                                    "PaymentID": "96409489-2f7d-4804-9a6d-6b939b0e038a",
                                    "Amount": 1.0,
                                    "BankAmount": 1.0,
                                },
                                {
                                    "Invoice": {
                                        "InvoiceID": "e6039672-b161-40cd-b07b-a0178e7186ad",
                                        "CurrencyCode": "NZD",
                                        "Payments": [],
                                        "CreditNotes": [],
                                        "Prepayments": [],
                                        "Overpayments": [],
                                        "HasErrors": False,
                                        "IsDiscounted": False,
                                        "LineItems": [],
                                    },
                                    "PaymentID": "d2796067-bf71-4f06-b386-81f1454fa866",
                                    "Amount": 1.0,
                                    "BankAmount": 1.0,
                                },
                            ],
                            "Type": "RECBATCH",
                            "Status": "AUTHORISED",
                            "TotalAmount": 3.0,
                            "UpdatedDateUTC": "/Date(1550865987783+0000)/",
                            "IsReconciled": False,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.batch_payments.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                batch_payments=[
                    BatchPayment(
                        account=Account(account_id=UUID("00000000-0000-0000-0000-000000000000")),
                        reference="ref",
                        date="2018-08-01",
                        payments=[
                            Payment(
                                account=Account(code="001"),
                                date="2019-12-31",
                                amount=500,
                                invoice=Invoice(
                                    invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                                    line_items=[],
                                    contact=Contact(),
                                    type=InvoiceType("ACCPAY"),
                                ),
                            )
                        ],
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_batch_payments_create(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.batch_payments.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            batch_payments=[
                BatchPayment(
                    account=Account(account_id=UUID("00000000-0000-0000-0000-000000000000")),
                    reference="ref",
                    date="2018-08-01",
                    payments=[
                        Payment(
                            account=Account(code="001"),
                            date="2019-12-31",
                            amount=500,
                            invoice=Invoice(
                                invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                                line_items=[],
                                contact=Contact(),
                                type=InvoiceType("ACCPAY"),
                            ),
                        )
                    ],
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_batch_payments_delete_request_example_round_trips() -> None:
    example: object = {
        "BatchPaymentID": "9bf296e9-0748-4d29-a3dc-24dde1098030",
        "Status": "DELETED",
    }
    model = BatchPaymentDelete.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_batch_payments_delete_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "ee23328c-4a8b-4ee7-8fb6-9796ffab9cb0",
        "Status": "OK",
        "ProviderName": "provider-name",
        "DateTimeUTC": "/Date(1583945852489)/",
        "BatchPayments": [
            {
                "Account": {
                    "AccountID": "efb6e3a4-3156-4cee-bfe1-a282a3cc1d8f",
                    "CurrencyCode": "NZD",
                },
                "BatchPaymentID": "b649632e-2782-4c74-95a5-d994d7140ed9",
                "DateString": "2022-08-01T00:00:00",
                "Date": "/Date(1659312000000+0000)/",
                "Payments": [],
                "Type": "PAYBATCH",
                "Status": "DELETED",
                "TotalAmount": 18.0,
                "UpdatedDateUTC": "/Date(1659377631813+0000)/",
                "IsReconciled": False,
            }
        ],
    }
    model = BatchPayments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_batch_payments_delete(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/BatchPayments"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "BatchPaymentID": "9bf296e9-0748-4d29-a3dc-24dde1098030",
        "Status": "DELETED",
    }


def test_batch_payments_delete_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "ee23328c-4a8b-4ee7-8fb6-9796ffab9cb0",
                "Status": "OK",
                "ProviderName": "provider-name",
                "DateTimeUTC": "/Date(1583945852489)/",
                "BatchPayments": [
                    {
                        "Account": {
                            "AccountID": "efb6e3a4-3156-4cee-bfe1-a282a3cc1d8f",
                            "CurrencyCode": "NZD",
                        },
                        "BatchPaymentID": "b649632e-2782-4c74-95a5-d994d7140ed9",
                        "DateString": "2022-08-01T00:00:00",
                        "Date": "/Date(1659312000000+0000)/",
                        "Payments": [],
                        "Type": "PAYBATCH",
                        "Status": "DELETED",
                        "TotalAmount": 18.0,
                        "UpdatedDateUTC": "/Date(1659377631813+0000)/",
                        "IsReconciled": False,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.batch_payments.delete(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            batch_payment_id=UUID("9bf296e9-0748-4d29-a3dc-24dde1098030"),
            status="DELETED",
        )
    assert len(seen) == 1
    _check_batch_payments_delete(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_delete_async_sends_the_same_request() -> None:
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
                    "BatchPayments": [
                        {
                            "Account": {
                                "AccountID": "efb6e3a4-3156-4cee-bfe1-a282a3cc1d8f",
                                "CurrencyCode": "NZD",
                            },
                            "BatchPaymentID": "b649632e-2782-4c74-95a5-d994d7140ed9",
                            "DateString": "2022-08-01T00:00:00",
                            "Date": "/Date(1659312000000+0000)/",
                            "Payments": [],
                            "Type": "PAYBATCH",
                            "Status": "DELETED",
                            "TotalAmount": 18.0,
                            "UpdatedDateUTC": "/Date(1659377631813+0000)/",
                            "IsReconciled": False,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.batch_payments.delete(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                batch_payment_id=UUID("9bf296e9-0748-4d29-a3dc-24dde1098030"),
                status="DELETED",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_batch_payments_delete(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_delete_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.batch_payments.delete(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            batch_payment_id=UUID("9bf296e9-0748-4d29-a3dc-24dde1098030"),
            status="DELETED",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_batch_payments_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "6ab84949-4fe5-4788-a135-4d8f690d24d7",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550866184006)/",
        "BatchPayments": [
            {
                "Account": {
                    "AccountID": "13918178-849a-4823-9a31-57b7eac713d7",
                    "CurrencyCode": "NZD",
                },
                "Reference": "ref",
                "BatchPaymentID": "44a1013e-4946-4a73-b207-dfe5424a5ea5",
                "DateString": "2018-10-03T00:00:00",
                "Date": "/Date(1538524800000+0000)/",
                "Payments": [
                    {
                        "Invoice": {
                            "InvoiceID": "5aa9451d-95d1-4f95-a966-bbab2573f71c",
                            "CurrencyCode": "NZD",
                            "Payments": [],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "LineItems": [],
                        },
                        "PaymentID": "a22a64cb-364e-43fa-9a1f-bb2cd1f4adde",
                        "Reference": "ref/cheque",
                        "Amount": 913.55,
                        "BankAmount": 913.55,
                    },
                    {
                        "Invoice": {
                            "InvoiceID": "30a87092-31b5-4a2c-831e-327486533dd2",
                            "CurrencyCode": "AUD",
                            "Payments": [],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "LineItems": [],
                        },
                        "PaymentID": "6e20be79-32d8-4ae1-978e-f76d9b245c02",
                        "Amount": 495,
                        "BankAmount": 540,
                    },
                    {
                        "Invoice": {
                            "InvoiceID": "86d6e00f-ef56-49f7-9a54-796ccd5ca057",
                            "CurrencyCode": "NZD",
                            "Payments": [],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "LineItems": [],
                        },
                        "PaymentID": "4ba761b8-5940-4a3f-bcdf-7775adb00332",
                        "Amount": 3080,
                        "BankAmount": 3080,
                    },
                ],
                "Type": "RECBATCH",
                "Status": "AUTHORISED",
                "TotalAmount": 4533.55,
                "UpdatedDateUTC": "/Date(1538525239370+0000)/",
                "IsReconciled": False,
            }
        ],
    }
    model = BatchPayments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_batch_payments_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BatchPayments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_batch_payments_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "6ab84949-4fe5-4788-a135-4d8f690d24d7",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550866184006)/",
                "BatchPayments": [
                    {
                        "Account": {
                            "AccountID": "13918178-849a-4823-9a31-57b7eac713d7",
                            "CurrencyCode": "NZD",
                        },
                        "Reference": "ref",
                        "BatchPaymentID": "44a1013e-4946-4a73-b207-dfe5424a5ea5",
                        "DateString": "2018-10-03T00:00:00",
                        "Date": "/Date(1538524800000+0000)/",
                        "Payments": [
                            {
                                "Invoice": {
                                    "InvoiceID": "5aa9451d-95d1-4f95-a966-bbab2573f71c",
                                    "CurrencyCode": "NZD",
                                    "Payments": [],
                                    "CreditNotes": [],
                                    "Prepayments": [],
                                    "Overpayments": [],
                                    "HasErrors": False,
                                    "IsDiscounted": False,
                                    "LineItems": [],
                                },
                                "PaymentID": "a22a64cb-364e-43fa-9a1f-bb2cd1f4adde",
                                "Reference": "ref/cheque",
                                "Amount": 913.55,
                                "BankAmount": 913.55,
                            },
                            {
                                "Invoice": {
                                    "InvoiceID": "30a87092-31b5-4a2c-831e-327486533dd2",
                                    "CurrencyCode": "AUD",
                                    "Payments": [],
                                    "CreditNotes": [],
                                    "Prepayments": [],
                                    "Overpayments": [],
                                    "HasErrors": False,
                                    "IsDiscounted": False,
                                    "LineItems": [],
                                },
                                "PaymentID": "6e20be79-32d8-4ae1-978e-f76d9b245c02",
                                "Amount": 495,
                                "BankAmount": 540,
                            },
                            {
                                "Invoice": {
                                    "InvoiceID": "86d6e00f-ef56-49f7-9a54-796ccd5ca057",
                                    "CurrencyCode": "NZD",
                                    "Payments": [],
                                    "CreditNotes": [],
                                    "Prepayments": [],
                                    "Overpayments": [],
                                    "HasErrors": False,
                                    "IsDiscounted": False,
                                    "LineItems": [],
                                },
                                "PaymentID": "4ba761b8-5940-4a3f-bcdf-7775adb00332",
                                "Amount": 3080,
                                "BankAmount": 3080,
                            },
                        ],
                        "Type": "RECBATCH",
                        "Status": "AUTHORISED",
                        "TotalAmount": 4533.55,
                        "UpdatedDateUTC": "/Date(1538525239370+0000)/",
                        "IsReconciled": False,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.batch_payments.get(
            batch_payment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_batch_payments_get(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "6ab84949-4fe5-4788-a135-4d8f690d24d7",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550866184006)/",
                    "BatchPayments": [
                        {
                            "Account": {
                                "AccountID": "13918178-849a-4823-9a31-57b7eac713d7",
                                "CurrencyCode": "NZD",
                            },
                            "Reference": "ref",
                            "BatchPaymentID": "44a1013e-4946-4a73-b207-dfe5424a5ea5",
                            "DateString": "2018-10-03T00:00:00",
                            "Date": "/Date(1538524800000+0000)/",
                            "Payments": [
                                {
                                    "Invoice": {
                                        "InvoiceID": "5aa9451d-95d1-4f95-a966-bbab2573f71c",
                                        "CurrencyCode": "NZD",
                                        "Payments": [],
                                        "CreditNotes": [],
                                        "Prepayments": [],
                                        "Overpayments": [],
                                        "HasErrors": False,
                                        "IsDiscounted": False,
                                        "LineItems": [],
                                    },
                                    "PaymentID": "a22a64cb-364e-43fa-9a1f-bb2cd1f4adde",
                                    "Reference": "ref/cheque",
                                    "Amount": 913.55,
                                    "BankAmount": 913.55,
                                },
                                {
                                    "Invoice": {
                                        "InvoiceID": "30a87092-31b5-4a2c-831e-327486533dd2",
                                        "CurrencyCode": "AUD",
                                        "Payments": [],
                                        "CreditNotes": [],
                                        "Prepayments": [],
                                        "Overpayments": [],
                                        "HasErrors": False,
                                        "IsDiscounted": False,
                                        "LineItems": [],
                                    },
                                    "PaymentID": "6e20be79-32d8-4ae1-978e-f76d9b245c02",
                                    "Amount": 495,
                                    "BankAmount": 540,
                                },
                                {
                                    "Invoice": {
                                        "InvoiceID": "86d6e00f-ef56-49f7-9a54-796ccd5ca057",
                                        "CurrencyCode": "NZD",
                                        "Payments": [],
                                        "CreditNotes": [],
                                        "Prepayments": [],
                                        "Overpayments": [],
                                        "HasErrors": False,
                                        "IsDiscounted": False,
                                        "LineItems": [],
                                    },
                                    "PaymentID": "4ba761b8-5940-4a3f-bcdf-7775adb00332",
                                    "Amount": 3080,
                                    "BankAmount": 3080,
                                },
                            ],
                            "Type": "RECBATCH",
                            "Status": "AUTHORISED",
                            "TotalAmount": 4533.55,
                            "UpdatedDateUTC": "/Date(1538525239370+0000)/",
                            "IsReconciled": False,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.batch_payments.get(
                batch_payment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_batch_payments_get(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_delete_by_url_param_request_example_round_trips() -> None:
    example: object = {"Status": "DELETED"}
    model = BatchPaymentDeleteByUrlParam.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_batch_payments_delete_by_url_param_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "ee23328c-4a8b-4ee7-8fb6-9796ffab9cb0",
        "Status": "OK",
        "ProviderName": "provider-name",
        "DateTimeUTC": "/Date(1583945852489)/",
        "BatchPayments": [
            {
                "Account": {
                    "AccountID": "efb6e3a4-3156-4cee-bfe1-a282a3cc1d8f",
                    "CurrencyCode": "NZD",
                },
                "BatchPaymentID": "b649632e-2782-4c74-95a5-d994d7140ed9",
                "DateString": "2022-08-01T00:00:00",
                "Date": "/Date(1659312000000+0000)/",
                "Payments": [],
                "Type": "PAYBATCH",
                "Status": "DELETED",
                "TotalAmount": 18.0,
                "UpdatedDateUTC": "/Date(1659377631813+0000)/",
                "IsReconciled": False,
            }
        ],
    }
    model = BatchPayments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_batch_payments_delete_by_url_param(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BatchPayments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"Status": "DELETED"}


def test_batch_payments_delete_by_url_param_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "ee23328c-4a8b-4ee7-8fb6-9796ffab9cb0",
                "Status": "OK",
                "ProviderName": "provider-name",
                "DateTimeUTC": "/Date(1583945852489)/",
                "BatchPayments": [
                    {
                        "Account": {
                            "AccountID": "efb6e3a4-3156-4cee-bfe1-a282a3cc1d8f",
                            "CurrencyCode": "NZD",
                        },
                        "BatchPaymentID": "b649632e-2782-4c74-95a5-d994d7140ed9",
                        "DateString": "2022-08-01T00:00:00",
                        "Date": "/Date(1659312000000+0000)/",
                        "Payments": [],
                        "Type": "PAYBATCH",
                        "Status": "DELETED",
                        "TotalAmount": 18.0,
                        "UpdatedDateUTC": "/Date(1659377631813+0000)/",
                        "IsReconciled": False,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.batch_payments.delete_by_url_param(
            batch_payment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            status="DELETED",
        )
    assert len(seen) == 1
    _check_batch_payments_delete_by_url_param(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_delete_by_url_param_async_sends_the_same_request() -> None:
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
                    "BatchPayments": [
                        {
                            "Account": {
                                "AccountID": "efb6e3a4-3156-4cee-bfe1-a282a3cc1d8f",
                                "CurrencyCode": "NZD",
                            },
                            "BatchPaymentID": "b649632e-2782-4c74-95a5-d994d7140ed9",
                            "DateString": "2022-08-01T00:00:00",
                            "Date": "/Date(1659312000000+0000)/",
                            "Payments": [],
                            "Type": "PAYBATCH",
                            "Status": "DELETED",
                            "TotalAmount": 18.0,
                            "UpdatedDateUTC": "/Date(1659377631813+0000)/",
                            "IsReconciled": False,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.batch_payments.delete_by_url_param(
                batch_payment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                status="DELETED",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_batch_payments_delete_by_url_param(seen[0])
    assert isinstance(result, BatchPayments)


def test_batch_payments_delete_by_url_param_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.batch_payments.delete_by_url_param(
            batch_payment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            status="DELETED",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_batch_payments_get_history_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "c58e2f9c-baad-42a4-8bb7-f32b6f88fa04",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550898452503)/",
        "HistoryRecords": [
            {
                "Changes": "Approved",
                "DateUTCString": "2017-11-28T18:29:52",
                "DateUTC": "/Date(1511893792813+0000)/",
                "User": "Buzz Lightyear",
                "Details": "",
            }
        ],
    }
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_batch_payments_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BatchPayments/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_batch_payments_get_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "c58e2f9c-baad-42a4-8bb7-f32b6f88fa04",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550898452503)/",
                "HistoryRecords": [
                    {
                        "Changes": "Approved",
                        "DateUTCString": "2017-11-28T18:29:52",
                        "DateUTC": "/Date(1511893792813+0000)/",
                        "User": "Buzz Lightyear",
                        "Details": "",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.batch_payments.get_history(
            batch_payment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_batch_payments_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_batch_payments_get_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "c58e2f9c-baad-42a4-8bb7-f32b6f88fa04",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550898452503)/",
                    "HistoryRecords": [
                        {
                            "Changes": "Approved",
                            "DateUTCString": "2017-11-28T18:29:52",
                            "DateUTC": "/Date(1511893792813+0000)/",
                            "User": "Buzz Lightyear",
                            "Details": "",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.batch_payments.get_history(
                batch_payment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_batch_payments_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_batch_payments_create_history_record_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_batch_payments_create_history_record_response_example_200_0_round_trips() -> None:
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


def _check_batch_payments_create_history_record(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BatchPayments/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_batch_payments_create_history_record_sends_the_documented_request() -> None:
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
        result = client.batch_payments.create_history_record(
            batch_payment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_batch_payments_create_history_record(seen[0])
    assert isinstance(result, HistoryRecords)


def test_batch_payments_create_history_record_async_sends_the_same_request() -> None:
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
            return await client.batch_payments.create_history_record(
                batch_payment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_batch_payments_create_history_record(seen[0])
    assert isinstance(result, HistoryRecords)


def test_batch_payments_create_history_record_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.batch_payments.create_history_record(
            batch_payment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
