"""Tests of the `bank_transactions` operations, generated from the document's examples."""

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
    BankTransactions,
    Error,
    HistoryRecord,
    HistoryRecords,
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


def test_bank_transactions_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "18e7e80c-5dca-4a57-974e-8b572cc5efe8",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551212901659)/",
        "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 3},
        "BankTransactions": [
            {
                "BankTransactionID": "db54aab0-ad40-4ced-bcff-0940ba20db2c",
                "BankAccount": {
                    "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                    "Code": "088",
                    "Name": "Business Wells Fargo",
                },
                "BatchPayment": {
                    "Account": {"AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9"},
                    "BatchPaymentID": "b54aa50c-794c-461b-89d1-846e1b84d9c0",
                    "Date": "/Date(1476316800000+0000)/",
                    "Type": "RECBATCH",
                    "Status": "AUTHORISED",
                    "TotalAmount": "12.00",
                    "UpdatedDateUTC": "/Date(1476392487037+0000)/",
                    "IsReconciled": "false",
                },
                "Type": "RECEIVE",
                "IsReconciled": False,
                "PrepaymentID": "cb62750f-b49c-464b-a45b-e2e2c514c8a9",
                "HasAttachments": True,
                "Contact": {
                    "ContactID": "9c2c64de-12c9-4167-b503-e2c0e1aa1f49",
                    "Name": "sam",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "DateString": "2016-10-13T00:00:00",
                "Date": "/Date(1476316800000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [],
                "SubTotal": 10,
                "TotalTax": 0,
                "Total": 10,
                "UpdatedDateUTC": "/Date(1476389616437+0000)/",
                "CurrencyCode": "USD",
            },
            {
                "BankTransactionID": "29a69c45-64ca-4805-a1cc-34990de837b3",
                "BankAccount": {
                    "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                    "Code": "088",
                    "Name": "Business Wells Fargo",
                },
                "Type": "SPEND-OVERPAYMENT",
                "IsReconciled": False,
                "OverpaymentID": "7d457db3-3b0a-47e9-8b79-81252a7bcdcb",
                "HasAttachments": False,
                "Contact": {
                    "ContactID": "9c2c64de-12c9-4167-b503-e2c0e1aa1f49",
                    "Name": "sam",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "DateString": "2016-10-13T00:00:00",
                "Date": "/Date(1476316800000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "NoTax",
                "LineItems": [],
                "SubTotal": 9,
                "TotalTax": 0,
                "Total": 9,
                "UpdatedDateUTC": "/Date(1476389930500+0000)/",
                "CurrencyCode": "USD",
            },
            {
                "BankTransactionID": "0b89bf5c-d40b-4514-96be-36a739fb0188",
                "BankAccount": {
                    "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                    "Code": "088",
                    "Name": "Business Wells Fargo",
                },
                "Type": "SPEND-OVERPAYMENT",
                "IsReconciled": False,
                "OverpaymentID": "bf9b5f33-c0d6-4182-84a2-40848023e5a1",
                "HasAttachments": False,
                "Contact": {
                    "ContactID": "9c2c64de-12c9-4167-b503-e2c0e1aa1f49",
                    "Name": "sam",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "DateString": "2016-10-13T00:00:00",
                "Date": "/Date(1476316800000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "NoTax",
                "LineItems": [],
                "SubTotal": 8,
                "TotalTax": 0,
                "Total": 8,
                "UpdatedDateUTC": "/Date(1476392487037+0000)/",
                "CurrencyCode": "USD",
            },
        ],
    }
    model = BankTransactions.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transactions_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/BankTransactions"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transactions_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "18e7e80c-5dca-4a57-974e-8b572cc5efe8",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551212901659)/",
                "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 3},
                "BankTransactions": [
                    {
                        "BankTransactionID": "db54aab0-ad40-4ced-bcff-0940ba20db2c",
                        "BankAccount": {
                            "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                            "Code": "088",
                            "Name": "Business Wells Fargo",
                        },
                        "BatchPayment": {
                            "Account": {"AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9"},
                            "BatchPaymentID": "b54aa50c-794c-461b-89d1-846e1b84d9c0",
                            "Date": "/Date(1476316800000+0000)/",
                            "Type": "RECBATCH",
                            "Status": "AUTHORISED",
                            "TotalAmount": "12.00",
                            "UpdatedDateUTC": "/Date(1476392487037+0000)/",
                            "IsReconciled": "false",
                        },
                        "Type": "RECEIVE",
                        "IsReconciled": False,
                        "PrepaymentID": "cb62750f-b49c-464b-a45b-e2e2c514c8a9",
                        "HasAttachments": True,
                        "Contact": {
                            "ContactID": "9c2c64de-12c9-4167-b503-e2c0e1aa1f49",
                            "Name": "sam",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2016-10-13T00:00:00",
                        "Date": "/Date(1476316800000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [],
                        "SubTotal": 10,
                        "TotalTax": 0,
                        "Total": 10,
                        "UpdatedDateUTC": "/Date(1476389616437+0000)/",
                        "CurrencyCode": "USD",
                    },
                    {
                        "BankTransactionID": "29a69c45-64ca-4805-a1cc-34990de837b3",
                        "BankAccount": {
                            "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                            "Code": "088",
                            "Name": "Business Wells Fargo",
                        },
                        "Type": "SPEND-OVERPAYMENT",
                        "IsReconciled": False,
                        "OverpaymentID": "7d457db3-3b0a-47e9-8b79-81252a7bcdcb",
                        "HasAttachments": False,
                        "Contact": {
                            "ContactID": "9c2c64de-12c9-4167-b503-e2c0e1aa1f49",
                            "Name": "sam",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2016-10-13T00:00:00",
                        "Date": "/Date(1476316800000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "NoTax",
                        "LineItems": [],
                        "SubTotal": 9,
                        "TotalTax": 0,
                        "Total": 9,
                        "UpdatedDateUTC": "/Date(1476389930500+0000)/",
                        "CurrencyCode": "USD",
                    },
                    {
                        "BankTransactionID": "0b89bf5c-d40b-4514-96be-36a739fb0188",
                        "BankAccount": {
                            "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                            "Code": "088",
                            "Name": "Business Wells Fargo",
                        },
                        "Type": "SPEND-OVERPAYMENT",
                        "IsReconciled": False,
                        "OverpaymentID": "bf9b5f33-c0d6-4182-84a2-40848023e5a1",
                        "HasAttachments": False,
                        "Contact": {
                            "ContactID": "9c2c64de-12c9-4167-b503-e2c0e1aa1f49",
                            "Name": "sam",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2016-10-13T00:00:00",
                        "Date": "/Date(1476316800000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "NoTax",
                        "LineItems": [],
                        "SubTotal": 8,
                        "TotalTax": 0,
                        "Total": 8,
                        "UpdatedDateUTC": "/Date(1476392487037+0000)/",
                        "CurrencyCode": "USD",
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transactions.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_bank_transactions_list(seen[0])
    assert isinstance(result, BankTransactions)


def test_bank_transactions_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "18e7e80c-5dca-4a57-974e-8b572cc5efe8",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551212901659)/",
                    "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 3},
                    "BankTransactions": [
                        {
                            "BankTransactionID": "db54aab0-ad40-4ced-bcff-0940ba20db2c",
                            "BankAccount": {
                                "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                "Code": "088",
                                "Name": "Business Wells Fargo",
                            },
                            "BatchPayment": {
                                "Account": {"AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9"},
                                "BatchPaymentID": "b54aa50c-794c-461b-89d1-846e1b84d9c0",
                                "Date": "/Date(1476316800000+0000)/",
                                "Type": "RECBATCH",
                                "Status": "AUTHORISED",
                                "TotalAmount": "12.00",
                                "UpdatedDateUTC": "/Date(1476392487037+0000)/",
                                "IsReconciled": "false",
                            },
                            "Type": "RECEIVE",
                            "IsReconciled": False,
                            "PrepaymentID": "cb62750f-b49c-464b-a45b-e2e2c514c8a9",
                            "HasAttachments": True,
                            "Contact": {
                                "ContactID": "9c2c64de-12c9-4167-b503-e2c0e1aa1f49",
                                "Name": "sam",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2016-10-13T00:00:00",
                            "Date": "/Date(1476316800000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [],
                            "SubTotal": 10,
                            "TotalTax": 0,
                            "Total": 10,
                            "UpdatedDateUTC": "/Date(1476389616437+0000)/",
                            "CurrencyCode": "USD",
                        },
                        {
                            "BankTransactionID": "29a69c45-64ca-4805-a1cc-34990de837b3",
                            "BankAccount": {
                                "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                "Code": "088",
                                "Name": "Business Wells Fargo",
                            },
                            "Type": "SPEND-OVERPAYMENT",
                            "IsReconciled": False,
                            "OverpaymentID": "7d457db3-3b0a-47e9-8b79-81252a7bcdcb",
                            "HasAttachments": False,
                            "Contact": {
                                "ContactID": "9c2c64de-12c9-4167-b503-e2c0e1aa1f49",
                                "Name": "sam",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2016-10-13T00:00:00",
                            "Date": "/Date(1476316800000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "NoTax",
                            "LineItems": [],
                            "SubTotal": 9,
                            "TotalTax": 0,
                            "Total": 9,
                            "UpdatedDateUTC": "/Date(1476389930500+0000)/",
                            "CurrencyCode": "USD",
                        },
                        {
                            "BankTransactionID": "0b89bf5c-d40b-4514-96be-36a739fb0188",
                            "BankAccount": {
                                "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                "Code": "088",
                                "Name": "Business Wells Fargo",
                            },
                            "Type": "SPEND-OVERPAYMENT",
                            "IsReconciled": False,
                            "OverpaymentID": "bf9b5f33-c0d6-4182-84a2-40848023e5a1",
                            "HasAttachments": False,
                            "Contact": {
                                "ContactID": "9c2c64de-12c9-4167-b503-e2c0e1aa1f49",
                                "Name": "sam",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2016-10-13T00:00:00",
                            "Date": "/Date(1476316800000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "NoTax",
                            "LineItems": [],
                            "SubTotal": 8,
                            "TotalTax": 0,
                            "Total": 8,
                            "UpdatedDateUTC": "/Date(1476392487037+0000)/",
                            "CurrencyCode": "USD",
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transactions.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transactions_list(seen[0])
    assert isinstance(result, BankTransactions)


def test_bank_transactions_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "5bc1d776-3c7f-4fe8-9b2d-09e747077a88",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551213568047)/",
        "BankTransactions": [
            {
                "BankTransactionID": "1289c190-e46d-434b-9628-463ffdb52f00",
                "BankAccount": {
                    "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                    "Code": "088",
                    "Name": "Business Wells Fargo",
                },
                "Type": "SPEND",
                "Reference": "",
                "IsReconciled": False,
                "CurrencyRate": 1.0,
                "Contact": {
                    "ContactID": "5cc8cf28-567e-4d43-b287-687cfcaec47c",
                    "ContactStatus": "ACTIVE",
                    "Name": "Katherine Warren",
                    "FirstName": "Katherine",
                    "LastName": "Warren",
                    "EmailAddress": "kat.warren@clampett.com",
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
                            "AddressLine1": "",
                            "AddressLine2": "",
                            "AddressLine3": "",
                            "AddressLine4": "",
                            "City": "Palo Alto",
                            "Region": "CA",
                            "PostalCode": "94020",
                            "Country": "United States",
                        },
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "847-1294",
                            "PhoneAreaCode": "(626)",
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
                    "UpdatedDateUTC": "/Date(1503348544227+0000)/",
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "DateString": "2019-02-26T00:00:00",
                "Date": "/Date(1551139200000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "Inclusive",
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "UnitAmount": 20.0,
                        "TaxType": "TAX001",
                        "TaxAmount": 1.74,
                        "LineAmount": 20.0,
                        "AccountCode": "400",
                        "Tracking": [],
                        "Quantity": 1.0,
                        "LineItemID": "d2a06879-da49-4d6c-83b5-72a93a523ec6",
                        "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                        "ValidationErrors": [],
                    }
                ],
                "SubTotal": 18.26,
                "TotalTax": 1.74,
                "Total": 20.0,
                "UpdatedDateUTC": "/Date(1551213567813+0000)/",
                "CurrencyCode": "USD",
                "StatusAttributeString": "ERROR",
                "ValidationErrors": [
                    {
                        "Message": "The Contact must contain at least 1 of the following elements to identify the contact: Name, ContactID, ContactNumber"
                    }
                ],
            }
        ],
    }
    model = BankTransactions.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transactions_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/BankTransactions"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transactions_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "5bc1d776-3c7f-4fe8-9b2d-09e747077a88",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551213568047)/",
                "BankTransactions": [
                    {
                        "BankTransactionID": "1289c190-e46d-434b-9628-463ffdb52f00",
                        "BankAccount": {
                            "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                            "Code": "088",
                            "Name": "Business Wells Fargo",
                        },
                        "Type": "SPEND",
                        "Reference": "",
                        "IsReconciled": False,
                        "CurrencyRate": 1.0,
                        "Contact": {
                            "ContactID": "5cc8cf28-567e-4d43-b287-687cfcaec47c",
                            "ContactStatus": "ACTIVE",
                            "Name": "Katherine Warren",
                            "FirstName": "Katherine",
                            "LastName": "Warren",
                            "EmailAddress": "kat.warren@clampett.com",
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
                                    "AddressLine1": "",
                                    "AddressLine2": "",
                                    "AddressLine3": "",
                                    "AddressLine4": "",
                                    "City": "Palo Alto",
                                    "Region": "CA",
                                    "PostalCode": "94020",
                                    "Country": "United States",
                                },
                            ],
                            "Phones": [
                                {
                                    "PhoneType": "DEFAULT",
                                    "PhoneNumber": "847-1294",
                                    "PhoneAreaCode": "(626)",
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
                            "UpdatedDateUTC": "/Date(1503348544227+0000)/",
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2019-02-26T00:00:00",
                        "Date": "/Date(1551139200000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Inclusive",
                        "LineItems": [
                            {
                                "Description": "Foobar",
                                "UnitAmount": 20.0,
                                "TaxType": "TAX001",
                                "TaxAmount": 1.74,
                                "LineAmount": 20.0,
                                "AccountCode": "400",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "LineItemID": "d2a06879-da49-4d6c-83b5-72a93a523ec6",
                                "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 18.26,
                        "TotalTax": 1.74,
                        "Total": 20.0,
                        "UpdatedDateUTC": "/Date(1551213567813+0000)/",
                        "CurrencyCode": "USD",
                        "StatusAttributeString": "ERROR",
                        "ValidationErrors": [
                            {
                                "Message": "The Contact must contain at least 1 of the following elements to identify the contact: Name, ContactID, ContactNumber"
                            }
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transactions.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_bank_transactions_create(seen[0])
    assert isinstance(result, BankTransactions)


def test_bank_transactions_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "5bc1d776-3c7f-4fe8-9b2d-09e747077a88",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551213568047)/",
                    "BankTransactions": [
                        {
                            "BankTransactionID": "1289c190-e46d-434b-9628-463ffdb52f00",
                            "BankAccount": {
                                "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                "Code": "088",
                                "Name": "Business Wells Fargo",
                            },
                            "Type": "SPEND",
                            "Reference": "",
                            "IsReconciled": False,
                            "CurrencyRate": 1.0,
                            "Contact": {
                                "ContactID": "5cc8cf28-567e-4d43-b287-687cfcaec47c",
                                "ContactStatus": "ACTIVE",
                                "Name": "Katherine Warren",
                                "FirstName": "Katherine",
                                "LastName": "Warren",
                                "EmailAddress": "kat.warren@clampett.com",
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
                                        "AddressLine1": "",
                                        "AddressLine2": "",
                                        "AddressLine3": "",
                                        "AddressLine4": "",
                                        "City": "Palo Alto",
                                        "Region": "CA",
                                        "PostalCode": "94020",
                                        "Country": "United States",
                                    },
                                ],
                                "Phones": [
                                    {
                                        "PhoneType": "DEFAULT",
                                        "PhoneNumber": "847-1294",
                                        "PhoneAreaCode": "(626)",
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
                                "UpdatedDateUTC": "/Date(1503348544227+0000)/",
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2019-02-26T00:00:00",
                            "Date": "/Date(1551139200000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Inclusive",
                            "LineItems": [
                                {
                                    "Description": "Foobar",
                                    "UnitAmount": 20.0,
                                    "TaxType": "TAX001",
                                    "TaxAmount": 1.74,
                                    "LineAmount": 20.0,
                                    "AccountCode": "400",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "LineItemID": "d2a06879-da49-4d6c-83b5-72a93a523ec6",
                                    "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 18.26,
                            "TotalTax": 1.74,
                            "Total": 20.0,
                            "UpdatedDateUTC": "/Date(1551213567813+0000)/",
                            "CurrencyCode": "USD",
                            "StatusAttributeString": "ERROR",
                            "ValidationErrors": [
                                {
                                    "Message": "The Contact must contain at least 1 of the following elements to identify the contact: Name, ContactID, ContactNumber"
                                }
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transactions.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transactions_create(seen[0])
    assert isinstance(result, BankTransactions)


def test_bank_transactions_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.bank_transactions.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_bank_transactions_update_or_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "5bc1d776-3c7f-4fe8-9b2d-09e747077a88",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551213568047)/",
        "BankTransactions": [
            {
                "BankTransactionID": "1289c190-e46d-434b-9628-463ffdb52f00",
                "BankAccount": {
                    "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                    "Code": "088",
                    "Name": "Business Wells Fargo",
                },
                "Type": "SPEND",
                "Reference": "",
                "IsReconciled": False,
                "CurrencyRate": 1.0,
                "Contact": {
                    "ContactID": "5cc8cf28-567e-4d43-b287-687cfcaec47c",
                    "ContactStatus": "ACTIVE",
                    "Name": "Katherine Warren",
                    "FirstName": "Katherine",
                    "LastName": "Warren",
                    "EmailAddress": "kat.warren@clampett.com",
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
                            "AddressLine1": "",
                            "AddressLine2": "",
                            "AddressLine3": "",
                            "AddressLine4": "",
                            "City": "Palo Alto",
                            "Region": "CA",
                            "PostalCode": "94020",
                            "Country": "United States",
                        },
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "847-1294",
                            "PhoneAreaCode": "(626)",
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
                    "UpdatedDateUTC": "/Date(1503348544227+0000)/",
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "DateString": "2019-02-26T00:00:00",
                "Date": "/Date(1551139200000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "Inclusive",
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "UnitAmount": 20.0,
                        "TaxType": "TAX001",
                        "TaxAmount": 1.74,
                        "LineAmount": 20.0,
                        "AccountCode": "400",
                        "Tracking": [],
                        "Quantity": 1.0,
                        "LineItemID": "d2a06879-da49-4d6c-83b5-72a93a523ec6",
                        "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                        "ValidationErrors": [],
                    }
                ],
                "SubTotal": 18.26,
                "TotalTax": 1.74,
                "Total": 20.0,
                "UpdatedDateUTC": "/Date(1551213567813+0000)/",
                "CurrencyCode": "USD",
                "StatusAttributeString": "ERROR",
                "ValidationErrors": [
                    {
                        "Message": "The Contact must contain at least 1 of the following elements to identify the contact: Name, ContactID, ContactNumber"
                    }
                ],
            }
        ],
    }
    model = BankTransactions.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transactions_update_or_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/BankTransactions"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transactions_update_or_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "5bc1d776-3c7f-4fe8-9b2d-09e747077a88",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551213568047)/",
                "BankTransactions": [
                    {
                        "BankTransactionID": "1289c190-e46d-434b-9628-463ffdb52f00",
                        "BankAccount": {
                            "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                            "Code": "088",
                            "Name": "Business Wells Fargo",
                        },
                        "Type": "SPEND",
                        "Reference": "",
                        "IsReconciled": False,
                        "CurrencyRate": 1.0,
                        "Contact": {
                            "ContactID": "5cc8cf28-567e-4d43-b287-687cfcaec47c",
                            "ContactStatus": "ACTIVE",
                            "Name": "Katherine Warren",
                            "FirstName": "Katherine",
                            "LastName": "Warren",
                            "EmailAddress": "kat.warren@clampett.com",
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
                                    "AddressLine1": "",
                                    "AddressLine2": "",
                                    "AddressLine3": "",
                                    "AddressLine4": "",
                                    "City": "Palo Alto",
                                    "Region": "CA",
                                    "PostalCode": "94020",
                                    "Country": "United States",
                                },
                            ],
                            "Phones": [
                                {
                                    "PhoneType": "DEFAULT",
                                    "PhoneNumber": "847-1294",
                                    "PhoneAreaCode": "(626)",
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
                            "UpdatedDateUTC": "/Date(1503348544227+0000)/",
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2019-02-26T00:00:00",
                        "Date": "/Date(1551139200000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Inclusive",
                        "LineItems": [
                            {
                                "Description": "Foobar",
                                "UnitAmount": 20.0,
                                "TaxType": "TAX001",
                                "TaxAmount": 1.74,
                                "LineAmount": 20.0,
                                "AccountCode": "400",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "LineItemID": "d2a06879-da49-4d6c-83b5-72a93a523ec6",
                                "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 18.26,
                        "TotalTax": 1.74,
                        "Total": 20.0,
                        "UpdatedDateUTC": "/Date(1551213567813+0000)/",
                        "CurrencyCode": "USD",
                        "StatusAttributeString": "ERROR",
                        "ValidationErrors": [
                            {
                                "Message": "The Contact must contain at least 1 of the following elements to identify the contact: Name, ContactID, ContactNumber"
                            }
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transactions.update_or_create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_bank_transactions_update_or_create(seen[0])
    assert isinstance(result, BankTransactions)


def test_bank_transactions_update_or_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "5bc1d776-3c7f-4fe8-9b2d-09e747077a88",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551213568047)/",
                    "BankTransactions": [
                        {
                            "BankTransactionID": "1289c190-e46d-434b-9628-463ffdb52f00",
                            "BankAccount": {
                                "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                "Code": "088",
                                "Name": "Business Wells Fargo",
                            },
                            "Type": "SPEND",
                            "Reference": "",
                            "IsReconciled": False,
                            "CurrencyRate": 1.0,
                            "Contact": {
                                "ContactID": "5cc8cf28-567e-4d43-b287-687cfcaec47c",
                                "ContactStatus": "ACTIVE",
                                "Name": "Katherine Warren",
                                "FirstName": "Katherine",
                                "LastName": "Warren",
                                "EmailAddress": "kat.warren@clampett.com",
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
                                        "AddressLine1": "",
                                        "AddressLine2": "",
                                        "AddressLine3": "",
                                        "AddressLine4": "",
                                        "City": "Palo Alto",
                                        "Region": "CA",
                                        "PostalCode": "94020",
                                        "Country": "United States",
                                    },
                                ],
                                "Phones": [
                                    {
                                        "PhoneType": "DEFAULT",
                                        "PhoneNumber": "847-1294",
                                        "PhoneAreaCode": "(626)",
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
                                "UpdatedDateUTC": "/Date(1503348544227+0000)/",
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2019-02-26T00:00:00",
                            "Date": "/Date(1551139200000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Inclusive",
                            "LineItems": [
                                {
                                    "Description": "Foobar",
                                    "UnitAmount": 20.0,
                                    "TaxType": "TAX001",
                                    "TaxAmount": 1.74,
                                    "LineAmount": 20.0,
                                    "AccountCode": "400",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "LineItemID": "d2a06879-da49-4d6c-83b5-72a93a523ec6",
                                    "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 18.26,
                            "TotalTax": 1.74,
                            "Total": 20.0,
                            "UpdatedDateUTC": "/Date(1551213567813+0000)/",
                            "CurrencyCode": "USD",
                            "StatusAttributeString": "ERROR",
                            "ValidationErrors": [
                                {
                                    "Message": "The Contact must contain at least 1 of the following elements to identify the contact: Name, ContactID, ContactNumber"
                                }
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transactions.update_or_create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transactions_update_or_create(seen[0])
    assert isinstance(result, BankTransactions)


def test_bank_transactions_update_or_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.bank_transactions.update_or_create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_bank_transactions_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "612e204d-21ab-469b-ac84-afe0697b4461",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551212902962)/",
        "BankTransactions": [
            {
                "BankTransactionID": "db54aab0-ad40-4ced-bcff-0940ba20db2c",
                "BankAccount": {
                    "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                    "Code": "088",
                    "Name": "Business Wells Fargo",
                },
                "BatchPayment": {
                    "Account": {"AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9"},
                    "BatchPaymentID": "b54aa50c-794c-461b-89d1-846e1b84d9c0",
                    "Date": "/Date(1476316800000+0000)/",
                    "Type": "RECBATCH",
                    "Status": "AUTHORISED",
                    "TotalAmount": "12.00",
                    "UpdatedDateUTC": "/Date(1476392487037+0000)/",
                    "IsReconciled": "false",
                },
                "Type": "RECEIVE",
                "IsReconciled": False,
                "CurrencyRate": 1.0,
                "PrepaymentID": "cb62750f-b49c-464b-a45b-e2e2c514c8a9",
                "HasAttachments": True,
                "Attachments": [
                    {
                        "AttachmentID": "45dd3143-9856-42d2-9a6c-53814f67a33e",
                        "FileName": "sample2.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/banktransaction/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample2.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
                "Contact": {
                    "ContactID": "9c2c64de-12c9-4167-b503-e2c0e1aa1f49",
                    "ContactStatus": "ACTIVE",
                    "Name": "sam",
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
                    "UpdatedDateUTC": "/Date(1518821703467+0000)/",
                    "ContactGroups": [],
                    "DefaultCurrency": "USD",
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "DateString": "2016-10-13T00:00:00",
                "Date": "/Date(1476316800000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "Description": "hello",
                        "UnitAmount": 10.0,
                        "TaxType": "OUTPUT",
                        "TaxAmount": 0.0,
                        "LineAmount": 10.0,
                        "AccountCode": "400",
                        "Tracking": [],
                        "Quantity": 1.0,
                        "LineItemID": "40bec527-a744-4149-96c5-0ab643b51158",
                        "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                        "ValidationErrors": [],
                    }
                ],
                "SubTotal": 10.0,
                "TotalTax": 0.0,
                "Total": 10.0,
                "UpdatedDateUTC": "/Date(1476389616437+0000)/",
                "CurrencyCode": "USD",
            }
        ],
    }
    model = BankTransactions.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transactions_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BankTransactions/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transactions_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "612e204d-21ab-469b-ac84-afe0697b4461",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551212902962)/",
                "BankTransactions": [
                    {
                        "BankTransactionID": "db54aab0-ad40-4ced-bcff-0940ba20db2c",
                        "BankAccount": {
                            "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                            "Code": "088",
                            "Name": "Business Wells Fargo",
                        },
                        "BatchPayment": {
                            "Account": {"AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9"},
                            "BatchPaymentID": "b54aa50c-794c-461b-89d1-846e1b84d9c0",
                            "Date": "/Date(1476316800000+0000)/",
                            "Type": "RECBATCH",
                            "Status": "AUTHORISED",
                            "TotalAmount": "12.00",
                            "UpdatedDateUTC": "/Date(1476392487037+0000)/",
                            "IsReconciled": "false",
                        },
                        "Type": "RECEIVE",
                        "IsReconciled": False,
                        "CurrencyRate": 1.0,
                        "PrepaymentID": "cb62750f-b49c-464b-a45b-e2e2c514c8a9",
                        "HasAttachments": True,
                        "Attachments": [
                            {
                                "AttachmentID": "45dd3143-9856-42d2-9a6c-53814f67a33e",
                                "FileName": "sample2.jpg",
                                "Url": "https://api.xero.com/api.xro/2.0/banktransaction/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample2.jpg",
                                "MimeType": "image/jpg",
                                "ContentLength": 2878711,
                            }
                        ],
                        "Contact": {
                            "ContactID": "9c2c64de-12c9-4167-b503-e2c0e1aa1f49",
                            "ContactStatus": "ACTIVE",
                            "Name": "sam",
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
                            "UpdatedDateUTC": "/Date(1518821703467+0000)/",
                            "ContactGroups": [],
                            "DefaultCurrency": "USD",
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2016-10-13T00:00:00",
                        "Date": "/Date(1476316800000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "hello",
                                "UnitAmount": 10.0,
                                "TaxType": "OUTPUT",
                                "TaxAmount": 0.0,
                                "LineAmount": 10.0,
                                "AccountCode": "400",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "LineItemID": "40bec527-a744-4149-96c5-0ab643b51158",
                                "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 10.0,
                        "TotalTax": 0.0,
                        "Total": 10.0,
                        "UpdatedDateUTC": "/Date(1476389616437+0000)/",
                        "CurrencyCode": "USD",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transactions.get(
            bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_bank_transactions_get(seen[0])
    assert isinstance(result, BankTransactions)


def test_bank_transactions_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "612e204d-21ab-469b-ac84-afe0697b4461",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551212902962)/",
                    "BankTransactions": [
                        {
                            "BankTransactionID": "db54aab0-ad40-4ced-bcff-0940ba20db2c",
                            "BankAccount": {
                                "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                "Code": "088",
                                "Name": "Business Wells Fargo",
                            },
                            "BatchPayment": {
                                "Account": {"AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9"},
                                "BatchPaymentID": "b54aa50c-794c-461b-89d1-846e1b84d9c0",
                                "Date": "/Date(1476316800000+0000)/",
                                "Type": "RECBATCH",
                                "Status": "AUTHORISED",
                                "TotalAmount": "12.00",
                                "UpdatedDateUTC": "/Date(1476392487037+0000)/",
                                "IsReconciled": "false",
                            },
                            "Type": "RECEIVE",
                            "IsReconciled": False,
                            "CurrencyRate": 1.0,
                            "PrepaymentID": "cb62750f-b49c-464b-a45b-e2e2c514c8a9",
                            "HasAttachments": True,
                            "Attachments": [
                                {
                                    "AttachmentID": "45dd3143-9856-42d2-9a6c-53814f67a33e",
                                    "FileName": "sample2.jpg",
                                    "Url": "https://api.xero.com/api.xro/2.0/banktransaction/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample2.jpg",
                                    "MimeType": "image/jpg",
                                    "ContentLength": 2878711,
                                }
                            ],
                            "Contact": {
                                "ContactID": "9c2c64de-12c9-4167-b503-e2c0e1aa1f49",
                                "ContactStatus": "ACTIVE",
                                "Name": "sam",
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
                                "UpdatedDateUTC": "/Date(1518821703467+0000)/",
                                "ContactGroups": [],
                                "DefaultCurrency": "USD",
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2016-10-13T00:00:00",
                            "Date": "/Date(1476316800000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "hello",
                                    "UnitAmount": 10.0,
                                    "TaxType": "OUTPUT",
                                    "TaxAmount": 0.0,
                                    "LineAmount": 10.0,
                                    "AccountCode": "400",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "LineItemID": "40bec527-a744-4149-96c5-0ab643b51158",
                                    "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 10.0,
                            "TotalTax": 0.0,
                            "Total": 10.0,
                            "UpdatedDateUTC": "/Date(1476389616437+0000)/",
                            "CurrencyCode": "USD",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transactions.get(
                bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transactions_get(seen[0])
    assert isinstance(result, BankTransactions)


def test_bank_transactions_update_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "f2c7f037-96fc-49bd-8f59-d3c7bfdd4746",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551213568875)/",
        "BankTransactions": [
            {
                "BankTransactionID": "1289c190-e46d-434b-9628-463ffdb52f00",
                "BankAccount": {
                    "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                    "Code": "088",
                    "Name": "Business Wells Fargo",
                },
                "Type": "SPEND",
                "Reference": "You just updated",
                "IsReconciled": False,
                "CurrencyRate": 1.0,
                "HasAttachments": False,
                "Attachments": [],
                "Contact": {
                    "ContactID": "5cc8cf28-567e-4d43-b287-687cfcaec47c",
                    "ContactStatus": "ACTIVE",
                    "Name": "Katherine Warren",
                    "FirstName": "Katherine",
                    "LastName": "Warren",
                    "EmailAddress": "kat.warren@clampett.com",
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
                            "AddressLine1": "",
                            "AddressLine2": "",
                            "AddressLine3": "",
                            "AddressLine4": "",
                            "City": "Palo Alto",
                            "Region": "CA",
                            "PostalCode": "94020",
                            "Country": "United States",
                        },
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "847-1294",
                            "PhoneAreaCode": "(626)",
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
                    "UpdatedDateUTC": "/Date(1503348544227+0000)/",
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "DateString": "2019-02-25T00:00:00",
                "Date": "/Date(1551052800000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "Inclusive",
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "UnitAmount": 20.0,
                        "TaxType": "TAX001",
                        "TaxAmount": 1.74,
                        "LineAmount": 20.0,
                        "AccountCode": "400",
                        "Tracking": [],
                        "Quantity": 1.0,
                        "LineItemID": "d2a06879-da49-4d6c-83b5-72a93a523ec6",
                        "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                        "ValidationErrors": [],
                    }
                ],
                "SubTotal": 18.26,
                "TotalTax": 1.74,
                "Total": 20.0,
                "UpdatedDateUTC": "/Date(1551213568733+0000)/",
                "CurrencyCode": "USD",
            }
        ],
    }
    model = BankTransactions.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transactions_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BankTransactions/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transactions_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "f2c7f037-96fc-49bd-8f59-d3c7bfdd4746",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551213568875)/",
                "BankTransactions": [
                    {
                        "BankTransactionID": "1289c190-e46d-434b-9628-463ffdb52f00",
                        "BankAccount": {
                            "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                            "Code": "088",
                            "Name": "Business Wells Fargo",
                        },
                        "Type": "SPEND",
                        "Reference": "You just updated",
                        "IsReconciled": False,
                        "CurrencyRate": 1.0,
                        "HasAttachments": False,
                        "Attachments": [],
                        "Contact": {
                            "ContactID": "5cc8cf28-567e-4d43-b287-687cfcaec47c",
                            "ContactStatus": "ACTIVE",
                            "Name": "Katherine Warren",
                            "FirstName": "Katherine",
                            "LastName": "Warren",
                            "EmailAddress": "kat.warren@clampett.com",
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
                                    "AddressLine1": "",
                                    "AddressLine2": "",
                                    "AddressLine3": "",
                                    "AddressLine4": "",
                                    "City": "Palo Alto",
                                    "Region": "CA",
                                    "PostalCode": "94020",
                                    "Country": "United States",
                                },
                            ],
                            "Phones": [
                                {
                                    "PhoneType": "DEFAULT",
                                    "PhoneNumber": "847-1294",
                                    "PhoneAreaCode": "(626)",
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
                            "UpdatedDateUTC": "/Date(1503348544227+0000)/",
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2019-02-25T00:00:00",
                        "Date": "/Date(1551052800000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Inclusive",
                        "LineItems": [
                            {
                                "Description": "Foobar",
                                "UnitAmount": 20.0,
                                "TaxType": "TAX001",
                                "TaxAmount": 1.74,
                                "LineAmount": 20.0,
                                "AccountCode": "400",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "LineItemID": "d2a06879-da49-4d6c-83b5-72a93a523ec6",
                                "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 18.26,
                        "TotalTax": 1.74,
                        "Total": 20.0,
                        "UpdatedDateUTC": "/Date(1551213568733+0000)/",
                        "CurrencyCode": "USD",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transactions.update(
            bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_bank_transactions_update(seen[0])
    assert isinstance(result, BankTransactions)


def test_bank_transactions_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "f2c7f037-96fc-49bd-8f59-d3c7bfdd4746",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551213568875)/",
                    "BankTransactions": [
                        {
                            "BankTransactionID": "1289c190-e46d-434b-9628-463ffdb52f00",
                            "BankAccount": {
                                "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                "Code": "088",
                                "Name": "Business Wells Fargo",
                            },
                            "Type": "SPEND",
                            "Reference": "You just updated",
                            "IsReconciled": False,
                            "CurrencyRate": 1.0,
                            "HasAttachments": False,
                            "Attachments": [],
                            "Contact": {
                                "ContactID": "5cc8cf28-567e-4d43-b287-687cfcaec47c",
                                "ContactStatus": "ACTIVE",
                                "Name": "Katherine Warren",
                                "FirstName": "Katherine",
                                "LastName": "Warren",
                                "EmailAddress": "kat.warren@clampett.com",
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
                                        "AddressLine1": "",
                                        "AddressLine2": "",
                                        "AddressLine3": "",
                                        "AddressLine4": "",
                                        "City": "Palo Alto",
                                        "Region": "CA",
                                        "PostalCode": "94020",
                                        "Country": "United States",
                                    },
                                ],
                                "Phones": [
                                    {
                                        "PhoneType": "DEFAULT",
                                        "PhoneNumber": "847-1294",
                                        "PhoneAreaCode": "(626)",
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
                                "UpdatedDateUTC": "/Date(1503348544227+0000)/",
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2019-02-25T00:00:00",
                            "Date": "/Date(1551052800000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Inclusive",
                            "LineItems": [
                                {
                                    "Description": "Foobar",
                                    "UnitAmount": 20.0,
                                    "TaxType": "TAX001",
                                    "TaxAmount": 1.74,
                                    "LineAmount": 20.0,
                                    "AccountCode": "400",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "LineItemID": "d2a06879-da49-4d6c-83b5-72a93a523ec6",
                                    "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 18.26,
                            "TotalTax": 1.74,
                            "Total": 20.0,
                            "UpdatedDateUTC": "/Date(1551213568733+0000)/",
                            "CurrencyCode": "USD",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transactions.update(
                bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transactions_update(seen[0])
    assert isinstance(result, BankTransactions)


def test_bank_transactions_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.bank_transactions.update(
            bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_bank_transactions_get_attachments_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "c50798e1-29e9-4a30-a452-bb6e42e400c8",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551303999577)/",
        "Attachments": [
            {
                "AttachmentID": "4508a692-e52c-4ad8-a138-2f13e22bf57b",
                "FileName": "sample5.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/BankTransactions/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample5.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            },
            {
                "AttachmentID": "45dd3143-9856-42d2-9a6c-53814f67a33e",
                "FileName": "sample2.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/BankTransactions/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample2.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            },
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transactions_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BankTransactions/00000000-0000-0000-0000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transactions_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "c50798e1-29e9-4a30-a452-bb6e42e400c8",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551303999577)/",
                "Attachments": [
                    {
                        "AttachmentID": "4508a692-e52c-4ad8-a138-2f13e22bf57b",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/BankTransactions/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    },
                    {
                        "AttachmentID": "45dd3143-9856-42d2-9a6c-53814f67a33e",
                        "FileName": "sample2.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/BankTransactions/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample2.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transactions.get_attachments(
            bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_bank_transactions_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_bank_transactions_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "c50798e1-29e9-4a30-a452-bb6e42e400c8",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551303999577)/",
                    "Attachments": [
                        {
                            "AttachmentID": "4508a692-e52c-4ad8-a138-2f13e22bf57b",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/BankTransactions/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        },
                        {
                            "AttachmentID": "45dd3143-9856-42d2-9a6c-53814f67a33e",
                            "FileName": "sample2.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/BankTransactions/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample2.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transactions.get_attachments(
                bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transactions_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def _check_bank_transactions_get_attachment_by_id(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/BankTransactions/00000000-0000-0000-0000-000000000000/Attachments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transactions_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.bank_transactions.get_attachment_by_id(
            bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_bank_transactions_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_bank_transactions_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.bank_transactions.get_attachment_by_id(
                bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
                attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transactions_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_bank_transactions_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/BankTransactions/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transactions_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.bank_transactions.get_attachment_by_file_name(
            bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_bank_transactions_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_bank_transactions_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.bank_transactions.get_attachment_by_file_name(
                bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transactions_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_bank_transactions_create_attachment_by_file_name_response_example_200_0_round_trips() -> (
    None
):
    example: object = {
        "Id": "572ad2fe-8c23-45aa-82f9-864485327685",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551286166630)/",
        "Attachments": [
            {
                "AttachmentID": "4508a692-e52c-4ad8-a138-2f13e22bf57b",
                "FileName": "sample5.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/BankTransactions/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample5.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transactions_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/BankTransactions/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transactions_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "572ad2fe-8c23-45aa-82f9-864485327685",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551286166630)/",
                "Attachments": [
                    {
                        "AttachmentID": "4508a692-e52c-4ad8-a138-2f13e22bf57b",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/BankTransactions/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transactions.create_attachment_by_file_name(
            bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_bank_transactions_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_bank_transactions_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "572ad2fe-8c23-45aa-82f9-864485327685",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551286166630)/",
                    "Attachments": [
                        {
                            "AttachmentID": "4508a692-e52c-4ad8-a138-2f13e22bf57b",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/BankTransactions/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transactions.create_attachment_by_file_name(
                bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transactions_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_bank_transactions_create_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.bank_transactions.create_attachment_by_file_name(
            bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_bank_transactions_update_attachment_by_file_name_response_example_200_0_round_trips() -> (
    None
):
    example: object = {
        "Id": "572ad2fe-8c23-45aa-82f9-864485327685",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551286166630)/",
        "Attachments": [
            {
                "AttachmentID": "4508a692-e52c-4ad8-a138-2f13e22bf57b",
                "FileName": "sample5.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/BankTransactions/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample5.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transactions_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/BankTransactions/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transactions_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "572ad2fe-8c23-45aa-82f9-864485327685",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551286166630)/",
                "Attachments": [
                    {
                        "AttachmentID": "4508a692-e52c-4ad8-a138-2f13e22bf57b",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/BankTransactions/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transactions.update_attachment_by_file_name(
            bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_bank_transactions_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_bank_transactions_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "572ad2fe-8c23-45aa-82f9-864485327685",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551286166630)/",
                    "Attachments": [
                        {
                            "AttachmentID": "4508a692-e52c-4ad8-a138-2f13e22bf57b",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/BankTransactions/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transactions.update_attachment_by_file_name(
                bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transactions_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_bank_transactions_update_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.bank_transactions.update_attachment_by_file_name(
            bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_bank_transactions_get_history_response_example_200_0_round_trips() -> None:
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


def _check_bank_transactions_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BankTransactions/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transactions_get_history_sends_the_documented_request() -> None:
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
        result = client.bank_transactions.get_history(
            bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_bank_transactions_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_bank_transactions_get_history_async_sends_the_same_request() -> None:
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
            return await client.bank_transactions.get_history(
                bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transactions_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_bank_transactions_create_history_record_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_bank_transactions_create_history_record_response_example_200_0_round_trips() -> None:
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


def _check_bank_transactions_create_history_record(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BankTransactions/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_bank_transactions_create_history_record_sends_the_documented_request() -> None:
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
        result = client.bank_transactions.create_history_record(
            bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_bank_transactions_create_history_record(seen[0])
    assert isinstance(result, HistoryRecords)


def test_bank_transactions_create_history_record_async_sends_the_same_request() -> None:
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
            return await client.bank_transactions.create_history_record(
                bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transactions_create_history_record(seen[0])
    assert isinstance(result, HistoryRecords)


def test_bank_transactions_create_history_record_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.bank_transactions.create_history_record(
            bank_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
