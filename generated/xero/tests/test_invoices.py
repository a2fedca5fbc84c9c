"""Tests of the `invoices` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from datetime import date
from uuid import UUID

import httpx

from xero import AsyncClient, Client
from xero.models import (
    Contact,
    Invoice,
    LineItem,
    UpdateOrCreateInvoicesRequest,
    UpdateOrCreateInvoicesResponse,
)

BASE_URL = "https://api.example.test/base"


def _client(handler: httpx.MockTransport) -> Client:
    return Client(
        access_token="test-access_token",
        xero_tenant_id="test-xero_tenant_id",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.Client(transport=handler),
    )


def _async_client(handler: httpx.MockTransport) -> AsyncClient:
    return AsyncClient(
        access_token="test-access_token",
        xero_tenant_id="test-xero_tenant_id",
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
    model = UpdateOrCreateInvoicesRequest.model_validate(example)
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
                "DateString": "2019-03-11 00:00:00",
                "Date": "/Date(1552262400000+0000)/",
                "DueDateString": "2018-12-10 00:00:00",
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
                "CurrencyCode": "NZD",
                "StatusAttributeString": "OK",
            }
        ],
    }
    model = UpdateOrCreateInvoicesResponse.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_update_or_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Invoices"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert request.headers["xero-tenant-id"] == "test-xero_tenant_id"
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
                        "DateString": "2019-03-11 00:00:00",
                        "Date": "/Date(1552262400000+0000)/",
                        "DueDateString": "2018-12-10 00:00:00",
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
                        "CurrencyCode": "NZD",
                        "StatusAttributeString": "OK",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.invoices.update_or_create(
            invoices=[
                Invoice(
                    type="ACCREC",
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
                    date=date.fromisoformat("2019-03-11"),
                    due_date=date.fromisoformat("2018-12-10"),
                    reference="Website Design",
                    status="AUTHORISED",
                )
            ],
        )
    assert len(seen) == 1
    _check_invoices_update_or_create(seen[0])
    assert isinstance(result, UpdateOrCreateInvoicesResponse)


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
                            "DateString": "2019-03-11 00:00:00",
                            "Date": "/Date(1552262400000+0000)/",
                            "DueDateString": "2018-12-10 00:00:00",
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
                            "CurrencyCode": "NZD",
                            "StatusAttributeString": "OK",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.invoices.update_or_create(
                invoices=[
                    Invoice(
                        type="ACCREC",
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
                        date=date.fromisoformat("2019-03-11"),
                        due_date=date.fromisoformat("2018-12-10"),
                        reference="Website Design",
                        status="AUTHORISED",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_update_or_create(seen[0])
    assert isinstance(result, UpdateOrCreateInvoicesResponse)
