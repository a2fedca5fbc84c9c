"""Tests of the `invoices` operations, generated from the document's examples."""

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
    Invoice,
    Invoices,
    InvoiceStatus,
    InvoiceType,
    LineItem,
    OnlineInvoices,
    RequestEmpty,
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


def test_invoices_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "900c500b-e83c-4ce2-902a-b8ba04751748",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552326816230)/",
        "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 3},
        "Invoices": [
            {
                "Type": "ACCREC",
                "InvoiceID": "d4956132-ed94-4dd7-9eaa-aa22dfdf06f2",
                "InvoiceNumber": "INV-0001",
                "Reference": "Red Fish, Blue Fish",
                "Payments": [],
                "CreditNotes": [],
                "Prepayments": [],
                "Overpayments": [],
                "AmountDue": 0.0,
                "AmountPaid": 0.0,
                "AmountCredited": 0.0,
                "SentToContact": True,
                "CurrencyRate": 1.0,
                "HasErrors": False,
                "IsDiscounted": False,
                "HasAttachments": False,
                "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                "Contact": {
                    "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                    "Name": "Barney Rubble-83203",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "DateString": "2018-10-20T00:00:00",
                "Date": "/Date(1539993600000+0000)/",
                "DueDateString": "2018-12-30T00:00:00",
                "DueDate": "/Date(1546128000000+0000)/",
                "Status": "VOIDED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [],
                "SubTotal": 40.0,
                "TotalTax": 0.0,
                "Total": 40.0,
                "UpdatedDateUTC": "/Date(1541176290160+0000)/",
                "UpdatedDateUTCString": "2018-11-02T16:31:30Z",
                "CurrencyCode": "NZD",
            },
            {
                "Type": "ACCREC",
                "InvoiceID": "046d8a6d-1ae1-4b4d-9340-5601bdf41b87",
                "InvoiceNumber": "INV-0002",
                "Reference": "Red Fish, Blue Fish",
                "Payments": [
                    {
                        "PaymentID": "99ea7f6b-c513-4066-bc27-b7c65dcd76c2",
                        "Date": "/Date(1543449600000+0000)/",
                        "Amount": 46.0,
                        "CurrencyRate": 1.0,
                        "HasAccount": False,
                        "HasValidationErrors": False,
                    }
                ],
                "CreditNotes": [],
                "Prepayments": [],
                "Overpayments": [],
                "AmountDue": 0.0,
                "AmountPaid": 46.0,
                "AmountCredited": 0.0,
                "SentToContact": True,
                "CurrencyRate": 1.0,
                "HasErrors": False,
                "IsDiscounted": False,
                "HasAttachments": False,
                "Contact": {
                    "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                    "Name": "Barney Rubble-83203",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "DateString": "2018-10-20T00:00:00",
                "Date": "/Date(1539993600000+0000)/",
                "DueDateString": "2018-12-30T00:00:00",
                "DueDate": "/Date(1546128000000+0000)/",
                "Status": "PAID",
                "LineAmountTypes": "Exclusive",
                "LineItems": [],
                "SubTotal": 40.0,
                "TotalTax": 6.0,
                "Total": 46.0,
                "UpdatedDateUTC": "/Date(1541176592690+0000)/",
                "UpdatedDateUTCString": "2018-11-02T16:36:32Z",
                "CurrencyCode": "NZD",
                "FullyPaidOnDate": "/Date(1543449600000+0000)/",
            },
            {
                "Type": "ACCREC",
                "InvoiceID": "7ef31b20-de17-4312-8382-412f869b1510",
                "InvoiceNumber": "INV-0003",
                "Reference": "",
                "Payments": [],
                "CreditNotes": [],
                "Prepayments": [],
                "Overpayments": [],
                "AmountDue": 115.0,
                "AmountPaid": 0.0,
                "AmountCredited": 0.0,
                "CurrencyRate": 1.0,
                "HasErrors": False,
                "IsDiscounted": False,
                "HasAttachments": False,
                "Contact": {
                    "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                    "Name": "Barney Rubble-83203",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "DateString": "2018-11-02T00:00:00",
                "Date": "/Date(1541116800000+0000)/",
                "DueDateString": "2018-11-07T00:00:00",
                "DueDate": "/Date(1541548800000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [],
                "SubTotal": 100.0,
                "TotalTax": 15.0,
                "Total": 115.0,
                "UpdatedDateUTC": "/Date(1541176648927+0000)/",
                "UpdatedDateUTCString": "2018-11-02T16:37:28Z",
                "CurrencyCode": "NZD",
            },
        ],
    }
    model = Invoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Invoices"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "900c500b-e83c-4ce2-902a-b8ba04751748",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552326816230)/",
                "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 3},
                "Invoices": [
                    {
                        "Type": "ACCREC",
                        "InvoiceID": "d4956132-ed94-4dd7-9eaa-aa22dfdf06f2",
                        "InvoiceNumber": "INV-0001",
                        "Reference": "Red Fish, Blue Fish",
                        "Payments": [],
                        "CreditNotes": [],
                        "Prepayments": [],
                        "Overpayments": [],
                        "AmountDue": 0.0,
                        "AmountPaid": 0.0,
                        "AmountCredited": 0.0,
                        "SentToContact": True,
                        "CurrencyRate": 1.0,
                        "HasErrors": False,
                        "IsDiscounted": False,
                        "HasAttachments": False,
                        "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                        "Contact": {
                            "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                            "Name": "Barney Rubble-83203",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2018-10-20T00:00:00",
                        "Date": "/Date(1539993600000+0000)/",
                        "DueDateString": "2018-12-30T00:00:00",
                        "DueDate": "/Date(1546128000000+0000)/",
                        "Status": "VOIDED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [],
                        "SubTotal": 40.0,
                        "TotalTax": 0.0,
                        "Total": 40.0,
                        "UpdatedDateUTC": "/Date(1541176290160+0000)/",
                        "UpdatedDateUTCString": "2018-11-02T16:31:30Z",
                        "CurrencyCode": "NZD",
                    },
                    {
                        "Type": "ACCREC",
                        "InvoiceID": "046d8a6d-1ae1-4b4d-9340-5601bdf41b87",
                        "InvoiceNumber": "INV-0002",
                        "Reference": "Red Fish, Blue Fish",
                        "Payments": [
                            {
                                "PaymentID": "99ea7f6b-c513-4066-bc27-b7c65dcd76c2",
                                "Date": "/Date(1543449600000+0000)/",
                                "Amount": 46.0,
                                "CurrencyRate": 1.0,
                                "HasAccount": False,
                                "HasValidationErrors": False,
                            }
                        ],
                        "CreditNotes": [],
                        "Prepayments": [],
                        "Overpayments": [],
                        "AmountDue": 0.0,
                        "AmountPaid": 46.0,
                        "AmountCredited": 0.0,
                        "SentToContact": True,
                        "CurrencyRate": 1.0,
                        "HasErrors": False,
                        "IsDiscounted": False,
                        "HasAttachments": False,
                        "Contact": {
                            "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                            "Name": "Barney Rubble-83203",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2018-10-20T00:00:00",
                        "Date": "/Date(1539993600000+0000)/",
                        "DueDateString": "2018-12-30T00:00:00",
                        "DueDate": "/Date(1546128000000+0000)/",
                        "Status": "PAID",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [],
                        "SubTotal": 40.0,
                        "TotalTax": 6.0,
                        "Total": 46.0,
                        "UpdatedDateUTC": "/Date(1541176592690+0000)/",
                        "UpdatedDateUTCString": "2018-11-02T16:36:32Z",
                        "CurrencyCode": "NZD",
                        "FullyPaidOnDate": "/Date(1543449600000+0000)/",
                    },
                    {
                        "Type": "ACCREC",
                        "InvoiceID": "7ef31b20-de17-4312-8382-412f869b1510",
                        "InvoiceNumber": "INV-0003",
                        "Reference": "",
                        "Payments": [],
                        "CreditNotes": [],
                        "Prepayments": [],
                        "Overpayments": [],
                        "AmountDue": 115.0,
                        "AmountPaid": 0.0,
                        "AmountCredited": 0.0,
                        "CurrencyRate": 1.0,
                        "HasErrors": False,
                        "IsDiscounted": False,
                        "HasAttachments": False,
                        "Contact": {
                            "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                            "Name": "Barney Rubble-83203",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2018-11-02T00:00:00",
                        "Date": "/Date(1541116800000+0000)/",
                        "DueDateString": "2018-11-07T00:00:00",
                        "DueDate": "/Date(1541548800000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [],
                        "SubTotal": 100.0,
                        "TotalTax": 15.0,
                        "Total": 115.0,
                        "UpdatedDateUTC": "/Date(1541176648927+0000)/",
                        "UpdatedDateUTCString": "2018-11-02T16:37:28Z",
                        "CurrencyCode": "NZD",
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.invoices.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_invoices_list(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "900c500b-e83c-4ce2-902a-b8ba04751748",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552326816230)/",
                    "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 3},
                    "Invoices": [
                        {
                            "Type": "ACCREC",
                            "InvoiceID": "d4956132-ed94-4dd7-9eaa-aa22dfdf06f2",
                            "InvoiceNumber": "INV-0001",
                            "Reference": "Red Fish, Blue Fish",
                            "Payments": [],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "AmountDue": 0.0,
                            "AmountPaid": 0.0,
                            "AmountCredited": 0.0,
                            "SentToContact": True,
                            "CurrencyRate": 1.0,
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "HasAttachments": False,
                            "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                            "Contact": {
                                "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                                "Name": "Barney Rubble-83203",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2018-10-20T00:00:00",
                            "Date": "/Date(1539993600000+0000)/",
                            "DueDateString": "2018-12-30T00:00:00",
                            "DueDate": "/Date(1546128000000+0000)/",
                            "Status": "VOIDED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [],
                            "SubTotal": 40.0,
                            "TotalTax": 0.0,
                            "Total": 40.0,
                            "UpdatedDateUTC": "/Date(1541176290160+0000)/",
                            "UpdatedDateUTCString": "2018-11-02T16:31:30Z",
                            "CurrencyCode": "NZD",
                        },
                        {
                            "Type": "ACCREC",
                            "InvoiceID": "046d8a6d-1ae1-4b4d-9340-5601bdf41b87",
                            "InvoiceNumber": "INV-0002",
                            "Reference": "Red Fish, Blue Fish",
                            "Payments": [
                                {
                                    "PaymentID": "99ea7f6b-c513-4066-bc27-b7c65dcd76c2",
                                    "Date": "/Date(1543449600000+0000)/",
                                    "Amount": 46.0,
                                    "CurrencyRate": 1.0,
                                    "HasAccount": False,
                                    "HasValidationErrors": False,
                                }
                            ],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "AmountDue": 0.0,
                            "AmountPaid": 46.0,
                            "AmountCredited": 0.0,
                            "SentToContact": True,
                            "CurrencyRate": 1.0,
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "HasAttachments": False,
                            "Contact": {
                                "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                                "Name": "Barney Rubble-83203",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2018-10-20T00:00:00",
                            "Date": "/Date(1539993600000+0000)/",
                            "DueDateString": "2018-12-30T00:00:00",
                            "DueDate": "/Date(1546128000000+0000)/",
                            "Status": "PAID",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [],
                            "SubTotal": 40.0,
                            "TotalTax": 6.0,
                            "Total": 46.0,
                            "UpdatedDateUTC": "/Date(1541176592690+0000)/",
                            "UpdatedDateUTCString": "2018-11-02T16:36:32Z",
                            "CurrencyCode": "NZD",
                            "FullyPaidOnDate": "/Date(1543449600000+0000)/",
                        },
                        {
                            "Type": "ACCREC",
                            "InvoiceID": "7ef31b20-de17-4312-8382-412f869b1510",
                            "InvoiceNumber": "INV-0003",
                            "Reference": "",
                            "Payments": [],
                            "CreditNotes": [],
                            "Prepayments": [],
                            "Overpayments": [],
                            "AmountDue": 115.0,
                            "AmountPaid": 0.0,
                            "AmountCredited": 0.0,
                            "CurrencyRate": 1.0,
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "HasAttachments": False,
                            "Contact": {
                                "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                                "Name": "Barney Rubble-83203",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2018-11-02T00:00:00",
                            "Date": "/Date(1541116800000+0000)/",
                            "DueDateString": "2018-11-07T00:00:00",
                            "DueDate": "/Date(1541548800000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [],
                            "SubTotal": 100.0,
                            "TotalTax": 15.0,
                            "Total": 115.0,
                            "UpdatedDateUTC": "/Date(1541176648927+0000)/",
                            "UpdatedDateUTCString": "2018-11-02T16:37:28Z",
                            "CurrencyCode": "NZD",
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.invoices.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_list(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_create_request_example_round_trips() -> None:
    example: object = {
        "Invoices": [
            {
                "Type": "ACCREC",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "LineItems": [
                    {
                        "Description": "Acme Tires",
                        "Quantity": 2,
                        "UnitAmount": 20,
                        "AccountCode": "200",
                        "TaxType": "NONE",
                        "LineAmount": 40,
                    }
                ],
                "Date": "2019-03-11",
                "DueDate": "2018-12-10",
                "Reference": "Website Design",
                "Status": "AUTHORISED",
            }
        ]
    }
    model = Invoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_invoices_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "ccece84a-075c-4fcd-9073-149d4f7a91cf",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552327126164)/",
        "Invoices": [
            {
                "Type": "ACCREC",
                "InvoiceID": "ed255415-e141-4150-aab7-89c3bbbb851c",
                "InvoiceNumber": "INV-0007",
                "Reference": "Website Design",
                "Prepayments": [],
                "Overpayments": [],
                "AmountDue": 40.0,
                "AmountPaid": 0.0,
                "SentToContact": False,
                "CurrencyRate": 1.0,
                "HasErrors": False,
                "IsDiscounted": False,
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
                    "ContactGroups": [
                        {
                            "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                            "Name": "Oasis",
                            "Status": "ACTIVE",
                            "Contacts": [],
                            "HasValidationErrors": False,
                        }
                    ],
                    "IsSupplier": True,
                    "IsCustomer": True,
                    "SalesTrackingCategories": [],
                    "PurchasesTrackingCategories": [],
                    "ContactPersons": [
                        {
                            "FirstName": "Debbie",
                            "LastName": "Gwyther",
                            "EmailAddress": "debbie@rockstar.com",
                            "IncludeInEmails": False,
                        }
                    ],
                    "HasValidationErrors": False,
                },
                "DateString": "2019-03-11T00:00:00",
                "Date": "/Date(1552262400000+0000)/",
                "DueDateString": "2018-12-10T00:00:00",
                "DueDate": "/Date(1544400000000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "Description": "Acme Tires",
                        "UnitAmount": 20.0,
                        "TaxType": "NONE",
                        "TaxAmount": 0.0,
                        "LineAmount": 40.0,
                        "AccountCode": "200",
                        "Tracking": [],
                        "Quantity": 2.0,
                        "LineItemID": "5f7a612b-fdcc-4d33-90fa-a9f6bc6db32f",
                        "ValidationErrors": [],
                    }
                ],
                "SubTotal": 40.0,
                "TotalTax": 0.0,
                "Total": 40.0,
                "UpdatedDateUTC": "/Date(1552327126117+0000)/",
                "UpdatedDateUTCString": "2019-03-11T17:58:46Z",
                "CurrencyCode": "NZD",
                "StatusAttributeString": "OK",
            }
        ],
    }
    model = Invoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Invoices"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Invoices": [
            {
                "Type": "ACCREC",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "LineItems": [
                    {
                        "Description": "Acme Tires",
                        "Quantity": 2,
                        "UnitAmount": 20,
                        "AccountCode": "200",
                        "TaxType": "NONE",
                        "LineAmount": 40,
                    }
                ],
                "Date": "2019-03-11",
                "DueDate": "2018-12-10",
                "Reference": "Website Design",
                "Status": "AUTHORISED",
            }
        ]
    }


def test_invoices_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "ccece84a-075c-4fcd-9073-149d4f7a91cf",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552327126164)/",
                "Invoices": [
                    {
                        "Type": "ACCREC",
                        "InvoiceID": "ed255415-e141-4150-aab7-89c3bbbb851c",
                        "InvoiceNumber": "INV-0007",
                        "Reference": "Website Design",
                        "Prepayments": [],
                        "Overpayments": [],
                        "AmountDue": 40.0,
                        "AmountPaid": 0.0,
                        "SentToContact": False,
                        "CurrencyRate": 1.0,
                        "HasErrors": False,
                        "IsDiscounted": False,
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
                            "ContactGroups": [
                                {
                                    "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                                    "Name": "Oasis",
                                    "Status": "ACTIVE",
                                    "Contacts": [],
                                    "HasValidationErrors": False,
                                }
                            ],
                            "IsSupplier": True,
                            "IsCustomer": True,
                            "SalesTrackingCategories": [],
                            "PurchasesTrackingCategories": [],
                            "ContactPersons": [
                                {
                                    "FirstName": "Debbie",
                                    "LastName": "Gwyther",
                                    "EmailAddress": "debbie@rockstar.com",
                                    "IncludeInEmails": False,
                                }
                            ],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2019-03-11T00:00:00",
                        "Date": "/Date(1552262400000+0000)/",
                        "DueDateString": "2018-12-10T00:00:00",
                        "DueDate": "/Date(1544400000000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Acme Tires",
                                "UnitAmount": 20.0,
                                "TaxType": "NONE",
                                "TaxAmount": 0.0,
                                "LineAmount": 40.0,
                                "AccountCode": "200",
                                "Tracking": [],
                                "Quantity": 2.0,
                                "LineItemID": "5f7a612b-fdcc-4d33-90fa-a9f6bc6db32f",
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 40.0,
                        "TotalTax": 0.0,
                        "Total": 40.0,
                        "UpdatedDateUTC": "/Date(1552327126117+0000)/",
                        "UpdatedDateUTCString": "2019-03-11T17:58:46Z",
                        "CurrencyCode": "NZD",
                        "StatusAttributeString": "OK",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.invoices.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            invoices=[
                Invoice(
                    type=InvoiceType("ACCREC"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    line_items=[
                        LineItem(
                            description="Acme Tires",
                            quantity=2,
                            unit_amount=20,
                            account_code="200",
                            tax_type="NONE",
                            line_amount=40,
                        )
                    ],
                    date="2019-03-11",
                    due_date="2018-12-10",
                    reference="Website Design",
                    status=InvoiceStatus("AUTHORISED"),
                )
            ],
        )
    assert len(seen) == 1
    _check_invoices_create(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "ccece84a-075c-4fcd-9073-149d4f7a91cf",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552327126164)/",
                    "Invoices": [
                        {
                            "Type": "ACCREC",
                            "InvoiceID": "ed255415-e141-4150-aab7-89c3bbbb851c",
                            "InvoiceNumber": "INV-0007",
                            "Reference": "Website Design",
                            "Prepayments": [],
                            "Overpayments": [],
                            "AmountDue": 40.0,
                            "AmountPaid": 0.0,
                            "SentToContact": False,
                            "CurrencyRate": 1.0,
                            "HasErrors": False,
                            "IsDiscounted": False,
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
                                "ContactGroups": [
                                    {
                                        "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                                        "Name": "Oasis",
                                        "Status": "ACTIVE",
                                        "Contacts": [],
                                        "HasValidationErrors": False,
                                    }
                                ],
                                "IsSupplier": True,
                                "IsCustomer": True,
                                "SalesTrackingCategories": [],
                                "PurchasesTrackingCategories": [],
                                "ContactPersons": [
                                    {
                                        "FirstName": "Debbie",
                                        "LastName": "Gwyther",
                                        "EmailAddress": "debbie@rockstar.com",
                                        "IncludeInEmails": False,
                                    }
                                ],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2019-03-11T00:00:00",
                            "Date": "/Date(1552262400000+0000)/",
                            "DueDateString": "2018-12-10T00:00:00",
                            "DueDate": "/Date(1544400000000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "Acme Tires",
                                    "UnitAmount": 20.0,
                                    "TaxType": "NONE",
                                    "TaxAmount": 0.0,
                                    "LineAmount": 40.0,
                                    "AccountCode": "200",
                                    "Tracking": [],
                                    "Quantity": 2.0,
                                    "LineItemID": "5f7a612b-fdcc-4d33-90fa-a9f6bc6db32f",
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 40.0,
                            "TotalTax": 0.0,
                            "Total": 40.0,
                            "UpdatedDateUTC": "/Date(1552327126117+0000)/",
                            "UpdatedDateUTCString": "2019-03-11T17:58:46Z",
                            "CurrencyCode": "NZD",
                            "StatusAttributeString": "OK",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.invoices.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                invoices=[
                    Invoice(
                        type=InvoiceType("ACCREC"),
                        contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                        line_items=[
                            LineItem(
                                description="Acme Tires",
                                quantity=2,
                                unit_amount=20,
                                account_code="200",
                                tax_type="NONE",
                                line_amount=40,
                            )
                        ],
                        date="2019-03-11",
                        due_date="2018-12-10",
                        reference="Website Design",
                        status=InvoiceStatus("AUTHORISED"),
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_create(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.invoices.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            invoices=[
                Invoice(
                    type=InvoiceType("ACCREC"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    line_items=[
                        LineItem(
                            description="Acme Tires",
                            quantity=2,
                            unit_amount=20,
                            account_code="200",
                            tax_type="NONE",
                            line_amount=40,
                        )
                    ],
                    date="2019-03-11",
                    due_date="2018-12-10",
                    reference="Website Design",
                    status=InvoiceStatus("AUTHORISED"),
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_invoices_update_or_create_request_example_round_trips() -> None:
    example: object = {
        "Invoices": [
            {
                "Type": "ACCREC",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "LineItems": [
                    {
                        "Description": "Acme Tires",
                        "Quantity": 2,
                        "UnitAmount": 20,
                        "AccountCode": "200",
                        "TaxType": "NONE",
                        "LineAmount": 40,
                    }
                ],
                "Date": "2019-03-11",
                "DueDate": "2018-12-10",
                "Reference": "Website Design",
                "Status": "AUTHORISED",
            }
        ]
    }
    model = Invoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_invoices_update_or_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "ccece84a-075c-4fcd-9073-149d4f7a91cf",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552327126164)/",
        "Invoices": [
            {
                "Type": "ACCREC",
                "InvoiceID": "ed255415-e141-4150-aab7-89c3bbbb851c",
                "InvoiceNumber": "INV-0007",
                "Reference": "Website Design",
                "Prepayments": [],
                "Overpayments": [],
                "AmountDue": 40.0,
                "AmountPaid": 0.0,
                "SentToContact": False,
                "CurrencyRate": 1.0,
                "HasErrors": False,
                "IsDiscounted": False,
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
                    "ContactGroups": [
                        {
                            "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                            "Name": "Oasis",
                            "Status": "ACTIVE",
                            "Contacts": [],
                            "HasValidationErrors": False,
                        }
                    ],
                    "IsSupplier": True,
                    "IsCustomer": True,
                    "SalesTrackingCategories": [],
                    "PurchasesTrackingCategories": [],
                    "ContactPersons": [
                        {
                            "FirstName": "Debbie",
                            "LastName": "Gwyther",
                            "EmailAddress": "debbie@rockstar.com",
                            "IncludeInEmails": False,
                        }
                    ],
                    "HasValidationErrors": False,
                },
                "DateString": "2019-03-11T00:00:00",
                "Date": "/Date(1552262400000+0000)/",
                "DueDateString": "2018-12-10T00:00:00",
                "DueDate": "/Date(1544400000000+0000)/",
                "Status": "AUTHORISED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "Description": "Acme Tires",
                        "UnitAmount": 20.0,
                        "TaxType": "NONE",
                        "TaxAmount": 0.0,
                        "LineAmount": 40.0,
                        "AccountCode": "200",
                        "Tracking": [],
                        "Quantity": 2.0,
                        "LineItemID": "5f7a612b-fdcc-4d33-90fa-a9f6bc6db32f",
                        "ValidationErrors": [],
                    }
                ],
                "SubTotal": 40.0,
                "TotalTax": 0.0,
                "Total": 40.0,
                "UpdatedDateUTC": "/Date(1552327126117+0000)/",
                "UpdatedDateUTCString": "2019-03-11T17:58:46Z",
                "CurrencyCode": "NZD",
                "StatusAttributeString": "OK",
            }
        ],
    }
    model = Invoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_update_or_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Invoices"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Invoices": [
            {
                "Type": "ACCREC",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "LineItems": [
                    {
                        "Description": "Acme Tires",
                        "Quantity": 2,
                        "UnitAmount": 20,
                        "AccountCode": "200",
                        "TaxType": "NONE",
                        "LineAmount": 40,
                    }
                ],
                "Date": "2019-03-11",
                "DueDate": "2018-12-10",
                "Reference": "Website Design",
                "Status": "AUTHORISED",
            }
        ]
    }


def test_invoices_update_or_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "ccece84a-075c-4fcd-9073-149d4f7a91cf",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552327126164)/",
                "Invoices": [
                    {
                        "Type": "ACCREC",
                        "InvoiceID": "ed255415-e141-4150-aab7-89c3bbbb851c",
                        "InvoiceNumber": "INV-0007",
                        "Reference": "Website Design",
                        "Prepayments": [],
                        "Overpayments": [],
                        "AmountDue": 40.0,
                        "AmountPaid": 0.0,
                        "SentToContact": False,
                        "CurrencyRate": 1.0,
                        "HasErrors": False,
                        "IsDiscounted": False,
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
                            "ContactGroups": [
                                {
                                    "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                                    "Name": "Oasis",
                                    "Status": "ACTIVE",
                                    "Contacts": [],
                                    "HasValidationErrors": False,
                                }
                            ],
                            "IsSupplier": True,
                            "IsCustomer": True,
                            "SalesTrackingCategories": [],
                            "PurchasesTrackingCategories": [],
                            "ContactPersons": [
                                {
                                    "FirstName": "Debbie",
                                    "LastName": "Gwyther",
                                    "EmailAddress": "debbie@rockstar.com",
                                    "IncludeInEmails": False,
                                }
                            ],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2019-03-11T00:00:00",
                        "Date": "/Date(1552262400000+0000)/",
                        "DueDateString": "2018-12-10T00:00:00",
                        "DueDate": "/Date(1544400000000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Acme Tires",
                                "UnitAmount": 20.0,
                                "TaxType": "NONE",
                                "TaxAmount": 0.0,
                                "LineAmount": 40.0,
                                "AccountCode": "200",
                                "Tracking": [],
                                "Quantity": 2.0,
                                "LineItemID": "5f7a612b-fdcc-4d33-90fa-a9f6bc6db32f",
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 40.0,
                        "TotalTax": 0.0,
                        "Total": 40.0,
                        "UpdatedDateUTC": "/Date(1552327126117+0000)/",
                        "UpdatedDateUTCString": "2019-03-11T17:58:46Z",
                        "CurrencyCode": "NZD",
                        "StatusAttributeString": "OK",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.invoices.update_or_create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            invoices=[
                Invoice(
                    type=InvoiceType("ACCREC"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    line_items=[
                        LineItem(
                            description="Acme Tires",
                            quantity=2,
                            unit_amount=20,
                            account_code="200",
                            tax_type="NONE",
                            line_amount=40,
                        )
                    ],
                    date="2019-03-11",
                    due_date="2018-12-10",
                    reference="Website Design",
                    status=InvoiceStatus("AUTHORISED"),
                )
            ],
        )
    assert len(seen) == 1
    _check_invoices_update_or_create(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_update_or_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "ccece84a-075c-4fcd-9073-149d4f7a91cf",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552327126164)/",
                    "Invoices": [
                        {
                            "Type": "ACCREC",
                            "InvoiceID": "ed255415-e141-4150-aab7-89c3bbbb851c",
                            "InvoiceNumber": "INV-0007",
                            "Reference": "Website Design",
                            "Prepayments": [],
                            "Overpayments": [],
                            "AmountDue": 40.0,
                            "AmountPaid": 0.0,
                            "SentToContact": False,
                            "CurrencyRate": 1.0,
                            "HasErrors": False,
                            "IsDiscounted": False,
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
                                "ContactGroups": [
                                    {
                                        "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                                        "Name": "Oasis",
                                        "Status": "ACTIVE",
                                        "Contacts": [],
                                        "HasValidationErrors": False,
                                    }
                                ],
                                "IsSupplier": True,
                                "IsCustomer": True,
                                "SalesTrackingCategories": [],
                                "PurchasesTrackingCategories": [],
                                "ContactPersons": [
                                    {
                                        "FirstName": "Debbie",
                                        "LastName": "Gwyther",
                                        "EmailAddress": "debbie@rockstar.com",
                                        "IncludeInEmails": False,
                                    }
                                ],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2019-03-11T00:00:00",
                            "Date": "/Date(1552262400000+0000)/",
                            "DueDateString": "2018-12-10T00:00:00",
                            "DueDate": "/Date(1544400000000+0000)/",
                            "Status": "AUTHORISED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "Acme Tires",
                                    "UnitAmount": 20.0,
                                    "TaxType": "NONE",
                                    "TaxAmount": 0.0,
                                    "LineAmount": 40.0,
                                    "AccountCode": "200",
                                    "Tracking": [],
                                    "Quantity": 2.0,
                                    "LineItemID": "5f7a612b-fdcc-4d33-90fa-a9f6bc6db32f",
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 40.0,
                            "TotalTax": 0.0,
                            "Total": 40.0,
                            "UpdatedDateUTC": "/Date(1552327126117+0000)/",
                            "UpdatedDateUTCString": "2019-03-11T17:58:46Z",
                            "CurrencyCode": "NZD",
                            "StatusAttributeString": "OK",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.invoices.update_or_create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                invoices=[
                    Invoice(
                        type=InvoiceType("ACCREC"),
                        contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                        line_items=[
                            LineItem(
                                description="Acme Tires",
                                quantity=2,
                                unit_amount=20,
                                account_code="200",
                                tax_type="NONE",
                                line_amount=40,
                            )
                        ],
                        date="2019-03-11",
                        due_date="2018-12-10",
                        reference="Website Design",
                        status=InvoiceStatus("AUTHORISED"),
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_update_or_create(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_update_or_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.invoices.update_or_create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            invoices=[
                Invoice(
                    type=InvoiceType("ACCREC"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    line_items=[
                        LineItem(
                            description="Acme Tires",
                            quantity=2,
                            unit_amount=20,
                            account_code="200",
                            tax_type="NONE",
                            line_amount=40,
                        )
                    ],
                    date="2019-03-11",
                    due_date="2018-12-10",
                    reference="Website Design",
                    status=InvoiceStatus("AUTHORISED"),
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_invoices_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "516f400a-b764-4c88-831b-12d2b210fa24",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551981658323)/",
        "Invoices": [
            {
                "Type": "ACCREC",
                "InvoiceID": "a03ffcd2-5d91-4c7e-b483-318584e9e439",
                "InvoiceNumber": "INV-0006",
                "Reference": "Tour",
                "Payments": [
                    {
                        "PaymentID": "38928000-e9a0-420c-8884-f624bab2a351",
                        "Date": "/Date(1552953600000+0000)/",
                        "Amount": 148062.76,
                        "Reference": "Yahoo",
                        "CurrencyRate": 1.0,
                        "HasAccount": False,
                        "HasValidationErrors": False,
                    }
                ],
                "Prepayments": [],
                "Overpayments": [],
                "AmountDue": 0.0,
                "AmountPaid": 148062.76,
                "SentToContact": False,
                "CurrencyRate": 1.0,
                "HasErrors": False,
                "IsDiscounted": False,
                "HasAttachments": True,
                "Attachments": [
                    {
                        "AttachmentID": "3a2fe7e0-fac7-4ea2-afb2-31cedaabd294",
                        "FileName": "helo-heros.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Invoices/a03ffcd2-5d91-4c7e-b483-318584e9e439/Attachments/helo-heros.jpg",
                        "MimeType": "image/jpeg",
                        "ContentLength": 2878711,
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
                    "ContactGroups": [
                        {
                            "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                            "Name": "Oasis",
                            "Status": "ACTIVE",
                            "Contacts": [],
                            "HasValidationErrors": False,
                        }
                    ],
                    "IsSupplier": True,
                    "IsCustomer": True,
                    "SalesTrackingCategories": [],
                    "PurchasesTrackingCategories": [],
                    "ContactPersons": [
                        {
                            "FirstName": "Debbie",
                            "LastName": "Gwyther",
                            "EmailAddress": "debbie@rockstar.com",
                            "IncludeInEmails": False,
                        }
                    ],
                    "HasValidationErrors": False,
                },
                "DateString": "2019-03-07T00:00:00",
                "Date": "/Date(1551916800000+0000)/",
                "DueDateString": "2019-03-13T00:00:00",
                "DueDate": "/Date(1552435200000+0000)/",
                "Status": "PAID",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "ItemCode": "123",
                        "Description": "Guitars Fender Strat",
                        "UnitAmount": 148062.76,
                        "TaxType": "NONE",
                        "TaxAmount": 0.0,
                        "LineAmount": 148062.76,
                        "AccountCode": "200",
                        "Tracking": [],
                        "Quantity": 1.0,
                        "LineItemID": "b18f39d9-7739-4246-9288-72afe939d2d5",
                        "ValidationErrors": [],
                    }
                ],
                "SubTotal": 148062.76,
                "TotalTax": 0.0,
                "Total": 148062.76,
                "UpdatedDateUTC": "/Date(1551981568133+0000)/",
                "UpdatedDateUTCString": "2019-03-07T17:59:28Z",
                "CurrencyCode": "NZD",
                "FullyPaidOnDate": "/Date(1552953600000+0000)/",
                "StatusAttributeString": "ERROR",
                "ValidationErrors": [{"Message": "Invoice # must be unique."}],
            }
        ],
    }
    model = Invoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "516f400a-b764-4c88-831b-12d2b210fa24",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551981658323)/",
                "Invoices": [
                    {
                        "Type": "ACCREC",
                        "InvoiceID": "a03ffcd2-5d91-4c7e-b483-318584e9e439",
                        "InvoiceNumber": "INV-0006",
                        "Reference": "Tour",
                        "Payments": [
                            {
                                "PaymentID": "38928000-e9a0-420c-8884-f624bab2a351",
                                "Date": "/Date(1552953600000+0000)/",
                                "Amount": 148062.76,
                                "Reference": "Yahoo",
                                "CurrencyRate": 1.0,
                                "HasAccount": False,
                                "HasValidationErrors": False,
                            }
                        ],
                        "Prepayments": [],
                        "Overpayments": [],
                        "AmountDue": 0.0,
                        "AmountPaid": 148062.76,
                        "SentToContact": False,
                        "CurrencyRate": 1.0,
                        "HasErrors": False,
                        "IsDiscounted": False,
                        "HasAttachments": True,
                        "Attachments": [
                            {
                                "AttachmentID": "3a2fe7e0-fac7-4ea2-afb2-31cedaabd294",
                                "FileName": "helo-heros.jpg",
                                "Url": "https://api.xero.com/api.xro/2.0/Invoices/a03ffcd2-5d91-4c7e-b483-318584e9e439/Attachments/helo-heros.jpg",
                                "MimeType": "image/jpeg",
                                "ContentLength": 2878711,
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
                            "ContactGroups": [
                                {
                                    "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                                    "Name": "Oasis",
                                    "Status": "ACTIVE",
                                    "Contacts": [],
                                    "HasValidationErrors": False,
                                }
                            ],
                            "IsSupplier": True,
                            "IsCustomer": True,
                            "SalesTrackingCategories": [],
                            "PurchasesTrackingCategories": [],
                            "ContactPersons": [
                                {
                                    "FirstName": "Debbie",
                                    "LastName": "Gwyther",
                                    "EmailAddress": "debbie@rockstar.com",
                                    "IncludeInEmails": False,
                                }
                            ],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2019-03-07T00:00:00",
                        "Date": "/Date(1551916800000+0000)/",
                        "DueDateString": "2019-03-13T00:00:00",
                        "DueDate": "/Date(1552435200000+0000)/",
                        "Status": "PAID",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "ItemCode": "123",
                                "Description": "Guitars Fender Strat",
                                "UnitAmount": 148062.76,
                                "TaxType": "NONE",
                                "TaxAmount": 0.0,
                                "LineAmount": 148062.76,
                                "AccountCode": "200",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "LineItemID": "b18f39d9-7739-4246-9288-72afe939d2d5",
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 148062.76,
                        "TotalTax": 0.0,
                        "Total": 148062.76,
                        "UpdatedDateUTC": "/Date(1551981568133+0000)/",
                        "UpdatedDateUTCString": "2019-03-07T17:59:28Z",
                        "CurrencyCode": "NZD",
                        "FullyPaidOnDate": "/Date(1552953600000+0000)/",
                        "StatusAttributeString": "ERROR",
                        "ValidationErrors": [{"Message": "Invoice # must be unique."}],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.invoices.get(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_invoices_get(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "516f400a-b764-4c88-831b-12d2b210fa24",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551981658323)/",
                    "Invoices": [
                        {
                            "Type": "ACCREC",
                            "InvoiceID": "a03ffcd2-5d91-4c7e-b483-318584e9e439",
                            "InvoiceNumber": "INV-0006",
                            "Reference": "Tour",
                            "Payments": [
                                {
                                    "PaymentID": "38928000-e9a0-420c-8884-f624bab2a351",
                                    "Date": "/Date(1552953600000+0000)/",
                                    "Amount": 148062.76,
                                    "Reference": "Yahoo",
                                    "CurrencyRate": 1.0,
                                    "HasAccount": False,
                                    "HasValidationErrors": False,
                                }
                            ],
                            "Prepayments": [],
                            "Overpayments": [],
                            "AmountDue": 0.0,
                            "AmountPaid": 148062.76,
                            "SentToContact": False,
                            "CurrencyRate": 1.0,
                            "HasErrors": False,
                            "IsDiscounted": False,
                            "HasAttachments": True,
                            "Attachments": [
                                {
                                    "AttachmentID": "3a2fe7e0-fac7-4ea2-afb2-31cedaabd294",
                                    "FileName": "helo-heros.jpg",
                                    "Url": "https://api.xero.com/api.xro/2.0/Invoices/a03ffcd2-5d91-4c7e-b483-318584e9e439/Attachments/helo-heros.jpg",
                                    "MimeType": "image/jpeg",
                                    "ContentLength": 2878711,
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
                                "ContactGroups": [
                                    {
                                        "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                                        "Name": "Oasis",
                                        "Status": "ACTIVE",
                                        "Contacts": [],
                                        "HasValidationErrors": False,
                                    }
                                ],
                                "IsSupplier": True,
                                "IsCustomer": True,
                                "SalesTrackingCategories": [],
                                "PurchasesTrackingCategories": [],
                                "ContactPersons": [
                                    {
                                        "FirstName": "Debbie",
                                        "LastName": "Gwyther",
                                        "EmailAddress": "debbie@rockstar.com",
                                        "IncludeInEmails": False,
                                    }
                                ],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2019-03-07T00:00:00",
                            "Date": "/Date(1551916800000+0000)/",
                            "DueDateString": "2019-03-13T00:00:00",
                            "DueDate": "/Date(1552435200000+0000)/",
                            "Status": "PAID",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "ItemCode": "123",
                                    "Description": "Guitars Fender Strat",
                                    "UnitAmount": 148062.76,
                                    "TaxType": "NONE",
                                    "TaxAmount": 0.0,
                                    "LineAmount": 148062.76,
                                    "AccountCode": "200",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "LineItemID": "b18f39d9-7739-4246-9288-72afe939d2d5",
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 148062.76,
                            "TotalTax": 0.0,
                            "Total": 148062.76,
                            "UpdatedDateUTC": "/Date(1551981568133+0000)/",
                            "UpdatedDateUTCString": "2019-03-07T17:59:28Z",
                            "CurrencyCode": "NZD",
                            "FullyPaidOnDate": "/Date(1552953600000+0000)/",
                            "StatusAttributeString": "ERROR",
                            "ValidationErrors": [{"Message": "Invoice # must be unique."}],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.invoices.get(
                invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_get(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_update_request_example_round_trips() -> None:
    example: object = {
        "Invoices": [
            {
                "Reference": "May the force be with you",
                "InvoiceID": "00000000-0000-0000-0000-000000000000",
                "LineItems": [],
                "Contact": {},
                "Type": "ACCPAY",
            }
        ]
    }
    model = Invoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_invoices_update_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "bd83b60e-9d16-4a3b-9f59-0a2d0ccd35f2",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552329729002)/",
        "Invoices": [
            {
                "Type": "ACCREC",
                "InvoiceID": "4074292c-09b3-456d-84e7-add864c6c39b",
                "InvoiceNumber": "INV-0008",
                "Reference": "My the Force be With You",
                "Prepayments": [],
                "Overpayments": [],
                "AmountDue": 575.0,
                "AmountPaid": 0.0,
                "SentToContact": False,
                "CurrencyRate": 1.0,
                "HasErrors": False,
                "IsDiscounted": False,
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
                    "IsSupplier": False,
                    "IsCustomer": True,
                    "DefaultCurrency": "NZD",
                    "SalesTrackingCategories": [],
                    "PurchasesTrackingCategories": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                },
                "DateString": "2019-03-11T00:00:00",
                "Date": "/Date(1552262400000+0000)/",
                "DueDateString": "2019-03-12T00:00:00",
                "DueDate": "/Date(1552348800000+0000)/",
                "Status": "SUBMITTED",
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {
                        "Description": "Light Saber",
                        "UnitAmount": 500.0,
                        "TaxType": "OUTPUT2",
                        "TaxAmount": 75.0,
                        "LineAmount": 500.0,
                        "AccountCode": "200",
                        "Tracking": [],
                        "Quantity": 1.0,
                        "LineItemID": "6de1bf9f-de95-4c47-9287-37305db758c9",
                        "ValidationErrors": [],
                    }
                ],
                "SubTotal": 500.0,
                "TotalTax": 75.0,
                "Total": 575.0,
                "UpdatedDateUTC": "/Date(1552329728987+0000)/",
                "UpdatedDateUTCString": "2019-03-11T18:42:08Z",
                "CurrencyCode": "NZD",
            }
        ],
    }
    model = Invoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Invoices": [
            {
                "Reference": "May the force be with you",
                "InvoiceID": "00000000-0000-0000-0000-000000000000",
                "LineItems": [],
                "Contact": {},
                "Type": "ACCPAY",
            }
        ]
    }


def test_invoices_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "bd83b60e-9d16-4a3b-9f59-0a2d0ccd35f2",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552329729002)/",
                "Invoices": [
                    {
                        "Type": "ACCREC",
                        "InvoiceID": "4074292c-09b3-456d-84e7-add864c6c39b",
                        "InvoiceNumber": "INV-0008",
                        "Reference": "My the Force be With You",
                        "Prepayments": [],
                        "Overpayments": [],
                        "AmountDue": 575.0,
                        "AmountPaid": 0.0,
                        "SentToContact": False,
                        "CurrencyRate": 1.0,
                        "HasErrors": False,
                        "IsDiscounted": False,
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
                            "IsSupplier": False,
                            "IsCustomer": True,
                            "DefaultCurrency": "NZD",
                            "SalesTrackingCategories": [],
                            "PurchasesTrackingCategories": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2019-03-11T00:00:00",
                        "Date": "/Date(1552262400000+0000)/",
                        "DueDateString": "2019-03-12T00:00:00",
                        "DueDate": "/Date(1552348800000+0000)/",
                        "Status": "SUBMITTED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Light Saber",
                                "UnitAmount": 500.0,
                                "TaxType": "OUTPUT2",
                                "TaxAmount": 75.0,
                                "LineAmount": 500.0,
                                "AccountCode": "200",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "LineItemID": "6de1bf9f-de95-4c47-9287-37305db758c9",
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 500.0,
                        "TotalTax": 75.0,
                        "Total": 575.0,
                        "UpdatedDateUTC": "/Date(1552329728987+0000)/",
                        "UpdatedDateUTCString": "2019-03-11T18:42:08Z",
                        "CurrencyCode": "NZD",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.invoices.update(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            invoices=[
                Invoice(
                    reference="May the force be with you",
                    invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                    line_items=[],
                    contact=Contact(),
                    type=InvoiceType("ACCPAY"),
                )
            ],
        )
    assert len(seen) == 1
    _check_invoices_update(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "bd83b60e-9d16-4a3b-9f59-0a2d0ccd35f2",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552329729002)/",
                    "Invoices": [
                        {
                            "Type": "ACCREC",
                            "InvoiceID": "4074292c-09b3-456d-84e7-add864c6c39b",
                            "InvoiceNumber": "INV-0008",
                            "Reference": "My the Force be With You",
                            "Prepayments": [],
                            "Overpayments": [],
                            "AmountDue": 575.0,
                            "AmountPaid": 0.0,
                            "SentToContact": False,
                            "CurrencyRate": 1.0,
                            "HasErrors": False,
                            "IsDiscounted": False,
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
                                "IsSupplier": False,
                                "IsCustomer": True,
                                "DefaultCurrency": "NZD",
                                "SalesTrackingCategories": [],
                                "PurchasesTrackingCategories": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            "DateString": "2019-03-11T00:00:00",
                            "Date": "/Date(1552262400000+0000)/",
                            "DueDateString": "2019-03-12T00:00:00",
                            "DueDate": "/Date(1552348800000+0000)/",
                            "Status": "SUBMITTED",
                            "LineAmountTypes": "Exclusive",
                            "LineItems": [
                                {
                                    "Description": "Light Saber",
                                    "UnitAmount": 500.0,
                                    "TaxType": "OUTPUT2",
                                    "TaxAmount": 75.0,
                                    "LineAmount": 500.0,
                                    "AccountCode": "200",
                                    "Tracking": [],
                                    "Quantity": 1.0,
                                    "LineItemID": "6de1bf9f-de95-4c47-9287-37305db758c9",
                                    "ValidationErrors": [],
                                }
                            ],
                            "SubTotal": 500.0,
                            "TotalTax": 75.0,
                            "Total": 575.0,
                            "UpdatedDateUTC": "/Date(1552329728987+0000)/",
                            "UpdatedDateUTCString": "2019-03-11T18:42:08Z",
                            "CurrencyCode": "NZD",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.invoices.update(
                invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                invoices=[
                    Invoice(
                        reference="May the force be with you",
                        invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                        line_items=[],
                        contact=Contact(),
                        type=InvoiceType("ACCPAY"),
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_update(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.invoices.update(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            invoices=[
                Invoice(
                    reference="May the force be with you",
                    invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                    line_items=[],
                    contact=Contact(),
                    type=InvoiceType("ACCPAY"),
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_invoices_get_as_pdf(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-0000-0000-000000000000/pdf"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_get_as_pdf_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.invoices.get_as_pdf(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_invoices_get_as_pdf(seen[0])
    assert result == b"content"


def test_invoices_get_as_pdf_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.invoices.get_as_pdf(
                invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_get_as_pdf(seen[0])
    assert result == b"content"


def test_invoices_get_attachments_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "7e357a45-69f5-4e8f-8d7b-15da8ef50aab",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552330258523)/",
        "Attachments": [
            {
                "AttachmentID": "9808ad7f-c8d4-41cf-995e-bc29cb76fd2c",
                "FileName": "foobar.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/Invoices/4074292c-09b3-456d-84e7-add864c6c39b/Attachments/foobar.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            },
            {
                "AttachmentID": "5a500c1a-5a02-48de-939e-1d234fd170d4",
                "FileName": "sample5.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/Invoices/4074292c-09b3-456d-84e7-add864c6c39b/Attachments/sample5.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            },
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-0000-0000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "7e357a45-69f5-4e8f-8d7b-15da8ef50aab",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552330258523)/",
                "Attachments": [
                    {
                        "AttachmentID": "9808ad7f-c8d4-41cf-995e-bc29cb76fd2c",
                        "FileName": "foobar.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Invoices/4074292c-09b3-456d-84e7-add864c6c39b/Attachments/foobar.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    },
                    {
                        "AttachmentID": "5a500c1a-5a02-48de-939e-1d234fd170d4",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Invoices/4074292c-09b3-456d-84e7-add864c6c39b/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.invoices.get_attachments(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_invoices_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_invoices_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "7e357a45-69f5-4e8f-8d7b-15da8ef50aab",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552330258523)/",
                    "Attachments": [
                        {
                            "AttachmentID": "9808ad7f-c8d4-41cf-995e-bc29cb76fd2c",
                            "FileName": "foobar.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Invoices/4074292c-09b3-456d-84e7-add864c6c39b/Attachments/foobar.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        },
                        {
                            "AttachmentID": "5a500c1a-5a02-48de-939e-1d234fd170d4",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Invoices/4074292c-09b3-456d-84e7-add864c6c39b/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.invoices.get_attachments(
                invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def _check_invoices_get_attachment_by_id(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/Invoices/00000000-0000-0000-0000-000000000000/Attachments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.invoices.get_attachment_by_id(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_invoices_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_invoices_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.invoices.get_attachment_by_id(
                invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_invoices_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.invoices.get_attachment_by_file_name(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_invoices_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_invoices_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.invoices.get_attachment_by_file_name(
                invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_invoices_create_attachment_by_file_name_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "971fbd18-c850-453a-825f-63f2fee096ee",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552330001318)/",
        "Attachments": [
            {
                "AttachmentID": "5a500c1a-5a02-48de-939e-1d234fd170d4",
                "FileName": "sample5.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/Invoices/4074292c-09b3-456d-84e7-add864c6c39b/Attachments/sample5.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "971fbd18-c850-453a-825f-63f2fee096ee",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552330001318)/",
                "Attachments": [
                    {
                        "AttachmentID": "5a500c1a-5a02-48de-939e-1d234fd170d4",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Invoices/4074292c-09b3-456d-84e7-add864c6c39b/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.invoices.create_attachment_by_file_name(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_invoices_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_invoices_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "971fbd18-c850-453a-825f-63f2fee096ee",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552330001318)/",
                    "Attachments": [
                        {
                            "AttachmentID": "5a500c1a-5a02-48de-939e-1d234fd170d4",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Invoices/4074292c-09b3-456d-84e7-add864c6c39b/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.invoices.create_attachment_by_file_name(
                invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_invoices_create_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.invoices.create_attachment_by_file_name(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_invoices_update_attachment_by_file_name_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "acd7d618-5fef-4d45-849c-a339ea31a973",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552330524005)/",
        "Attachments": [
            {
                "AttachmentID": "08085449-fda3-45f4-a685-ff44c8a29ee3",
                "FileName": "HelloWorld.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/Invoices/4074292c-09b3-456d-84e7-add864c6c39b/Attachments/HelloWorld.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "acd7d618-5fef-4d45-849c-a339ea31a973",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552330524005)/",
                "Attachments": [
                    {
                        "AttachmentID": "08085449-fda3-45f4-a685-ff44c8a29ee3",
                        "FileName": "HelloWorld.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Invoices/4074292c-09b3-456d-84e7-add864c6c39b/Attachments/HelloWorld.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.invoices.update_attachment_by_file_name(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_invoices_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_invoices_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "acd7d618-5fef-4d45-849c-a339ea31a973",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552330524005)/",
                    "Attachments": [
                        {
                            "AttachmentID": "08085449-fda3-45f4-a685-ff44c8a29ee3",
                            "FileName": "HelloWorld.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Invoices/4074292c-09b3-456d-84e7-add864c6c39b/Attachments/HelloWorld.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.invoices.update_attachment_by_file_name(
                invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_invoices_update_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.invoices.update_attachment_by_file_name(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_invoices_get_online_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "d20705fb-fe1c-4366-835b-98de7474da3c",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552331100745)/",
        "OnlineInvoices": [
            {"OnlineInvoiceUrl": "https://in.xero.com/bCWCCfytGdTXoJam9HENWlQt07G6zcDaj4gQojHu"}
        ],
    }
    model = OnlineInvoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_get_online(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-0000-0000-000000000000/OnlineInvoice"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_get_online_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "d20705fb-fe1c-4366-835b-98de7474da3c",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552331100745)/",
                "OnlineInvoices": [
                    {
                        "OnlineInvoiceUrl": "https://in.xero.com/bCWCCfytGdTXoJam9HENWlQt07G6zcDaj4gQojHu"
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.invoices.get_online(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_invoices_get_online(seen[0])
    assert isinstance(result, OnlineInvoices)


def test_invoices_get_online_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "d20705fb-fe1c-4366-835b-98de7474da3c",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552331100745)/",
                    "OnlineInvoices": [
                        {
                            "OnlineInvoiceUrl": "https://in.xero.com/bCWCCfytGdTXoJam9HENWlQt07G6zcDaj4gQojHu"
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.invoices.get_online(
                invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_get_online(seen[0])
    assert isinstance(result, OnlineInvoices)


def test_invoices_email_request_example_round_trips() -> None:
    example: object = {}
    model = RequestEmpty.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_email(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-0000-0000-000000000000/Email"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {}


def test_invoices_email_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(204, None, seen)) as client:
        client.invoices.email(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_invoices_email(seen[0])


def test_invoices_email_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> None:
        async with _async_client(_answer(204, None, seen)) as client:
            await client.invoices.email(
                invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_email(seen[0])


def test_invoices_email_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.invoices.email(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_invoices_get_history_response_example_200_0_round_trips() -> None:
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


def _check_invoices_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_get_history_sends_the_documented_request() -> None:
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
        result = client.invoices.get_history(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_invoices_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_invoices_get_history_async_sends_the_same_request() -> None:
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
            return await client.invoices.get_history(
                invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_invoices_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_invoices_create_history_response_example_200_0_round_trips() -> None:
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


def _check_invoices_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_invoices_create_history_sends_the_documented_request() -> None:
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
        result = client.invoices.create_history(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_invoices_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_invoices_create_history_async_sends_the_same_request() -> None:
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
            return await client.invoices.create_history(
                invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_invoices_create_history_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.invoices.create_history(
            invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
