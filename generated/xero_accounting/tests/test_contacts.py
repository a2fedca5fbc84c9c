"""Tests of the `contacts` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import (
    Address,
    AddressType2,
    Attachments,
    Bill,
    CisSettings,
    Contact,
    Contacts,
    ContactStatus,
    Error,
    HistoryRecord,
    HistoryRecords,
    PaymentTerm,
    PaymentTermType,
    Phone,
    PhoneType,
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


def test_contacts_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "04e93d48-e72f-4775-b7dd-15a041fab972",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551399323399)/",
        "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 2},
        "Contacts": [
            {
                "ContactID": "5cc8cf28-567e-4d43-b287-687cfcaec47c",
                "ContactStatus": "ACTIVE",
                "Name": "Katherine Warren",
                "FirstName": "Katherine",
                "LastName": "Warren",
                "CompanyNumber": "NumberBusiness1234",
                "EmailAddress": "kat.warren@clampett.com",
                "BankAccountDetails": "",
                "TaxNumber": "",
                "TaxNumbeType": "",
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
                        "PhoneType": "DDI",
                        "PhoneNumber": "",
                        "PhoneAreaCode": "",
                        "PhoneCountryCode": "",
                    },
                    {
                        "PhoneType": "DEFAULT",
                        "PhoneNumber": "847-1294",
                        "PhoneAreaCode": "(626)",
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
                "IsSupplier": True,
                "IsCustomer": True,
                "SalesDefaultLineAmountType": "INCLUSIVE",
                "PurchasesDefaultLineAmountType": "INCLUSIVE",
                "Balances": {
                    "AccountsReceivable": {"Outstanding": 760.0, "Overdue": 920.0},
                    "AccountsPayable": {"Outstanding": 231.6, "Overdue": 360.0},
                },
                "ContactPersons": [],
                "HasAttachments": False,
                "HasValidationErrors": False,
            },
            {
                "ContactID": "3ec601ad-eddc-4ccb-a8ac-736e88293b1b",
                "ContactStatus": "ACTIVE",
                "Name": "Lisa Parker",
                "FirstName": "Lisa",
                "LastName": "Parker",
                "EmailAddress": "lparker@parkerandco.com",
                "BankAccountDetails": "",
                "TaxNumber": "",
                "TaxNumbeType": "",
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
                        "City": "Anchorage",
                        "Region": "AK",
                        "PostalCode": "99501",
                        "Country": "United States",
                    },
                ],
                "Phones": [
                    {
                        "PhoneType": "DDI",
                        "PhoneNumber": "",
                        "PhoneAreaCode": "",
                        "PhoneCountryCode": "",
                    },
                    {
                        "PhoneType": "DEFAULT",
                        "PhoneNumber": "266-3583",
                        "PhoneAreaCode": "(510)",
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
                "UpdatedDateUTC": "/Date(1503348546760+0000)/",
                "ContactGroups": [],
                "IsSupplier": False,
                "IsCustomer": False,
                "ContactPersons": [],
                "HasAttachments": False,
                "HasValidationErrors": False,
            },
        ],
    }
    model = Contacts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_contacts_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Contacts"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "04e93d48-e72f-4775-b7dd-15a041fab972",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551399323399)/",
                "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 2},
                "Contacts": [
                    {
                        "ContactID": "5cc8cf28-567e-4d43-b287-687cfcaec47c",
                        "ContactStatus": "ACTIVE",
                        "Name": "Katherine Warren",
                        "FirstName": "Katherine",
                        "LastName": "Warren",
                        "CompanyNumber": "NumberBusiness1234",
                        "EmailAddress": "kat.warren@clampett.com",
                        "BankAccountDetails": "",
                        "TaxNumber": "",
                        "TaxNumbeType": "",
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
                                "PhoneType": "DDI",
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "DEFAULT",
                                "PhoneNumber": "847-1294",
                                "PhoneAreaCode": "(626)",
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
                        "IsSupplier": True,
                        "IsCustomer": True,
                        "SalesDefaultLineAmountType": "INCLUSIVE",
                        "PurchasesDefaultLineAmountType": "INCLUSIVE",
                        "Balances": {
                            "AccountsReceivable": {"Outstanding": 760.0, "Overdue": 920.0},
                            "AccountsPayable": {"Outstanding": 231.6, "Overdue": 360.0},
                        },
                        "ContactPersons": [],
                        "HasAttachments": False,
                        "HasValidationErrors": False,
                    },
                    {
                        "ContactID": "3ec601ad-eddc-4ccb-a8ac-736e88293b1b",
                        "ContactStatus": "ACTIVE",
                        "Name": "Lisa Parker",
                        "FirstName": "Lisa",
                        "LastName": "Parker",
                        "EmailAddress": "lparker@parkerandco.com",
                        "BankAccountDetails": "",
                        "TaxNumber": "",
                        "TaxNumbeType": "",
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
                                "City": "Anchorage",
                                "Region": "AK",
                                "PostalCode": "99501",
                                "Country": "United States",
                            },
                        ],
                        "Phones": [
                            {
                                "PhoneType": "DDI",
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "DEFAULT",
                                "PhoneNumber": "266-3583",
                                "PhoneAreaCode": "(510)",
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
                        "UpdatedDateUTC": "/Date(1503348546760+0000)/",
                        "ContactGroups": [],
                        "IsSupplier": False,
                        "IsCustomer": False,
                        "ContactPersons": [],
                        "HasAttachments": False,
                        "HasValidationErrors": False,
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.contacts.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_contacts_list(seen[0])
    assert isinstance(result, Contacts)


def test_contacts_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "04e93d48-e72f-4775-b7dd-15a041fab972",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551399323399)/",
                    "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 2},
                    "Contacts": [
                        {
                            "ContactID": "5cc8cf28-567e-4d43-b287-687cfcaec47c",
                            "ContactStatus": "ACTIVE",
                            "Name": "Katherine Warren",
                            "FirstName": "Katherine",
                            "LastName": "Warren",
                            "CompanyNumber": "NumberBusiness1234",
                            "EmailAddress": "kat.warren@clampett.com",
                            "BankAccountDetails": "",
                            "TaxNumber": "",
                            "TaxNumbeType": "",
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
                                    "PhoneType": "DDI",
                                    "PhoneNumber": "",
                                    "PhoneAreaCode": "",
                                    "PhoneCountryCode": "",
                                },
                                {
                                    "PhoneType": "DEFAULT",
                                    "PhoneNumber": "847-1294",
                                    "PhoneAreaCode": "(626)",
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
                            "IsSupplier": True,
                            "IsCustomer": True,
                            "SalesDefaultLineAmountType": "INCLUSIVE",
                            "PurchasesDefaultLineAmountType": "INCLUSIVE",
                            "Balances": {
                                "AccountsReceivable": {"Outstanding": 760.0, "Overdue": 920.0},
                                "AccountsPayable": {"Outstanding": 231.6, "Overdue": 360.0},
                            },
                            "ContactPersons": [],
                            "HasAttachments": False,
                            "HasValidationErrors": False,
                        },
                        {
                            "ContactID": "3ec601ad-eddc-4ccb-a8ac-736e88293b1b",
                            "ContactStatus": "ACTIVE",
                            "Name": "Lisa Parker",
                            "FirstName": "Lisa",
                            "LastName": "Parker",
                            "EmailAddress": "lparker@parkerandco.com",
                            "BankAccountDetails": "",
                            "TaxNumber": "",
                            "TaxNumbeType": "",
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
                                    "City": "Anchorage",
                                    "Region": "AK",
                                    "PostalCode": "99501",
                                    "Country": "United States",
                                },
                            ],
                            "Phones": [
                                {
                                    "PhoneType": "DDI",
                                    "PhoneNumber": "",
                                    "PhoneAreaCode": "",
                                    "PhoneCountryCode": "",
                                },
                                {
                                    "PhoneType": "DEFAULT",
                                    "PhoneNumber": "266-3583",
                                    "PhoneAreaCode": "(510)",
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
                            "UpdatedDateUTC": "/Date(1503348546760+0000)/",
                            "ContactGroups": [],
                            "IsSupplier": False,
                            "IsCustomer": False,
                            "ContactPersons": [],
                            "HasAttachments": False,
                            "HasValidationErrors": False,
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.contacts.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_list(seen[0])
    assert isinstance(result, Contacts)


def test_contacts_create_request_example_round_trips() -> None:
    example: object = {
        "Contacts": [
            {
                "ContactID": "3ff6d40c-af9a-40a3-89ce-3c1556a25591",
                "ContactStatus": "ACTIVE",
                "Name": "Foo9987",
                "EmailAddress": "sid32476@blah.com",
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
                        "PhoneNumber": "555-1212",
                        "PhoneAreaCode": "415",
                        "PhoneCountryCode": "",
                    },
                ],
                "UpdatedDateUTC": "/Date(1551399321043+0000)/",
                "ContactGroups": [],
                "IsSupplier": False,
                "IsCustomer": False,
                "SalesTrackingCategories": [],
                "PurchasesTrackingCategories": [],
                "PaymentTerms": {
                    "Bills": {"Day": 15, "Type": "OFCURRENTMONTH"},
                    "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH"},
                },
                "ContactPersons": [],
            }
        ]
    }
    model = Contacts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_contacts_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "e997d6d7-6dad-4458-beb8-d9c1bf7f2edf",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551399321121)/",
        "Contacts": [
            {
                "ContactID": "3ff6d40c-af9a-40a3-89ce-3c1556a25591",
                "ContactStatus": "ACTIVE",
                "CompanyNumber": "NumberBusiness1234",
                "Name": "Foo9987",
                "EmailAddress": "sid32476@blah.com",
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
                        "PhoneNumber": "555-1212",
                        "PhoneAreaCode": "415",
                        "PhoneCountryCode": "",
                    },
                ],
                "UpdatedDateUTC": "/Date(1551399321043+0000)/",
                "ContactGroups": [],
                "IsSupplier": False,
                "IsCustomer": False,
                "SalesDefaultLineAmountType": "INCLUSIVE",
                "PurchasesDefaultLineAmountType": "INCLUSIVE",
                "SalesTrackingCategories": [],
                "PurchasesTrackingCategories": [],
                "PaymentTerms": {
                    "Bills": {"Day": 15, "Type": "OFCURRENTMONTH"},
                    "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH"},
                },
                "ContactPersons": [],
                "HasValidationErrors": False,
            }
        ],
    }
    model = Contacts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_contacts_create_response_example_400_1_round_trips() -> None:
    example: object = {
        "ErrorNumber": 10,
        "Type": "ValidationException",
        "Message": "A validation exception occurred",
        "Elements": [
            {
                "ContactID": "00000000-0000-0000-0000-000000000000",
                "AccountNumber": "12345-ABCD",
                "Name": "Buzz Lightyear",
                "EmailAddress": "buzzlightyear@email.com",
                "AccountsReceivableTaxType": "NONE",
                "AccountsPayableTaxType": "INPUT",
                "Addresses": [
                    {
                        "AddressType": "STREET",
                        "AddressLine1": "101 Green St",
                        "AddressLine2": "5th floor",
                        "City": "San Francisco",
                        "Region": "CA",
                        "PostalCode": "94041",
                        "Country": "US",
                        "AttentionTo": "Rod Drury",
                        "ValidationErrors": [],
                    }
                ],
                "Phones": [
                    {
                        "PhoneType": "MOBILE",
                        "PhoneNumber": "555-1212",
                        "PhoneAreaCode": "415",
                        "ValidationErrors": [],
                    }
                ],
                "ContactGroups": [],
                "PaymentTerms": {
                    "Bills": {"Day": 15, "Type": "OFCURRENTMONTH", "ValidationErrors": []},
                    "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH", "ValidationErrors": []},
                },
                "ContactPersons": [],
                "HasValidationErrors": True,
                "ValidationErrors": [
                    {
                        "Message": "The contact name Buzz Lightyear is already assigned to another contact. The contact name must be unique across all active contacts."
                    }
                ],
            }
        ],
    }
    model = Error.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_contacts_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Contacts"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Contacts": [
            {
                "ContactID": "3ff6d40c-af9a-40a3-89ce-3c1556a25591",
                "ContactStatus": "ACTIVE",
                "Name": "Foo9987",
                "EmailAddress": "sid32476@blah.com",
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
                        "PhoneNumber": "555-1212",
                        "PhoneAreaCode": "415",
                        "PhoneCountryCode": "",
                    },
                ],
                "ContactGroups": [],
                "IsSupplier": False,
                "IsCustomer": False,
                "SalesTrackingCategories": [],
                "PurchasesTrackingCategories": [],
                "PaymentTerms": {
                    "Bills": {"Day": 15, "Type": "OFCURRENTMONTH"},
                    "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH"},
                },
                "ContactPersons": [],
            }
        ]
    }


def test_contacts_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "e997d6d7-6dad-4458-beb8-d9c1bf7f2edf",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551399321121)/",
                "Contacts": [
                    {
                        "ContactID": "3ff6d40c-af9a-40a3-89ce-3c1556a25591",
                        "ContactStatus": "ACTIVE",
                        "CompanyNumber": "NumberBusiness1234",
                        "Name": "Foo9987",
                        "EmailAddress": "sid32476@blah.com",
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
                                "PhoneNumber": "555-1212",
                                "PhoneAreaCode": "415",
                                "PhoneCountryCode": "",
                            },
                        ],
                        "UpdatedDateUTC": "/Date(1551399321043+0000)/",
                        "ContactGroups": [],
                        "IsSupplier": False,
                        "IsCustomer": False,
                        "SalesDefaultLineAmountType": "INCLUSIVE",
                        "PurchasesDefaultLineAmountType": "INCLUSIVE",
                        "SalesTrackingCategories": [],
                        "PurchasesTrackingCategories": [],
                        "PaymentTerms": {
                            "Bills": {"Day": 15, "Type": "OFCURRENTMONTH"},
                            "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH"},
                        },
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.contacts.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            contacts=[
                Contact(
                    contact_id=UUID("3ff6d40c-af9a-40a3-89ce-3c1556a25591"),
                    contact_status=ContactStatus("ACTIVE"),
                    name="Foo9987",
                    email_address="sid32476@blah.com",
                    bank_account_details="",
                    addresses=[
                        Address(
                            address_type=AddressType2("STREET"),
                            city="",
                            region="",
                            postal_code="",
                            country="",
                        ),
                        Address(
                            address_type=AddressType2("POBOX"),
                            city="",
                            region="",
                            postal_code="",
                            country="",
                        ),
                    ],
                    phones=[
                        Phone(
                            phone_type=PhoneType("DEFAULT"),
                            phone_number="",
                            phone_area_code="",
                            phone_country_code="",
                        ),
                        Phone(
                            phone_type=PhoneType("DDI"),
                            phone_number="",
                            phone_area_code="",
                            phone_country_code="",
                        ),
                        Phone(
                            phone_type=PhoneType("FAX"),
                            phone_number="",
                            phone_area_code="",
                            phone_country_code="",
                        ),
                        Phone(
                            phone_type=PhoneType("MOBILE"),
                            phone_number="555-1212",
                            phone_area_code="415",
                            phone_country_code="",
                        ),
                    ],
                    updated_date_utc="/Date(1551399321043+0000)/",
                    contact_groups=[],
                    is_supplier=False,
                    is_customer=False,
                    sales_tracking_categories=[],
                    purchases_tracking_categories=[],
                    payment_terms=PaymentTerm(
                        bills=Bill(day=15, type=PaymentTermType("OFCURRENTMONTH")),
                        sales=Bill(day=10, type=PaymentTermType("DAYSAFTERBILLMONTH")),
                    ),
                    contact_persons=[],
                )
            ],
        )
    assert len(seen) == 1
    _check_contacts_create(seen[0])
    assert isinstance(result, Contacts)


def test_contacts_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "e997d6d7-6dad-4458-beb8-d9c1bf7f2edf",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551399321121)/",
                    "Contacts": [
                        {
                            "ContactID": "3ff6d40c-af9a-40a3-89ce-3c1556a25591",
                            "ContactStatus": "ACTIVE",
                            "CompanyNumber": "NumberBusiness1234",
                            "Name": "Foo9987",
                            "EmailAddress": "sid32476@blah.com",
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
                                    "PhoneNumber": "555-1212",
                                    "PhoneAreaCode": "415",
                                    "PhoneCountryCode": "",
                                },
                            ],
                            "UpdatedDateUTC": "/Date(1551399321043+0000)/",
                            "ContactGroups": [],
                            "IsSupplier": False,
                            "IsCustomer": False,
                            "SalesDefaultLineAmountType": "INCLUSIVE",
                            "PurchasesDefaultLineAmountType": "INCLUSIVE",
                            "SalesTrackingCategories": [],
                            "PurchasesTrackingCategories": [],
                            "PaymentTerms": {
                                "Bills": {"Day": 15, "Type": "OFCURRENTMONTH"},
                                "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH"},
                            },
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.contacts.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                contacts=[
                    Contact(
                        contact_id=UUID("3ff6d40c-af9a-40a3-89ce-3c1556a25591"),
                        contact_status=ContactStatus("ACTIVE"),
                        name="Foo9987",
                        email_address="sid32476@blah.com",
                        bank_account_details="",
                        addresses=[
                            Address(
                                address_type=AddressType2("STREET"),
                                city="",
                                region="",
                                postal_code="",
                                country="",
                            ),
                            Address(
                                address_type=AddressType2("POBOX"),
                                city="",
                                region="",
                                postal_code="",
                                country="",
                            ),
                        ],
                        phones=[
                            Phone(
                                phone_type=PhoneType("DEFAULT"),
                                phone_number="",
                                phone_area_code="",
                                phone_country_code="",
                            ),
                            Phone(
                                phone_type=PhoneType("DDI"),
                                phone_number="",
                                phone_area_code="",
                                phone_country_code="",
                            ),
                            Phone(
                                phone_type=PhoneType("FAX"),
                                phone_number="",
                                phone_area_code="",
                                phone_country_code="",
                            ),
                            Phone(
                                phone_type=PhoneType("MOBILE"),
                                phone_number="555-1212",
                                phone_area_code="415",
                                phone_country_code="",
                            ),
                        ],
                        updated_date_utc="/Date(1551399321043+0000)/",
                        contact_groups=[],
                        is_supplier=False,
                        is_customer=False,
                        sales_tracking_categories=[],
                        purchases_tracking_categories=[],
                        payment_terms=PaymentTerm(
                            bills=Bill(day=15, type=PaymentTermType("OFCURRENTMONTH")),
                            sales=Bill(day=10, type=PaymentTermType("DAYSAFTERBILLMONTH")),
                        ),
                        contact_persons=[],
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_create(seen[0])
    assert isinstance(result, Contacts)


def test_contacts_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.contacts.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            contacts=[
                Contact(
                    contact_id=UUID("3ff6d40c-af9a-40a3-89ce-3c1556a25591"),
                    contact_status=ContactStatus("ACTIVE"),
                    name="Foo9987",
                    email_address="sid32476@blah.com",
                    bank_account_details="",
                    addresses=[
                        Address(
                            address_type=AddressType2("STREET"),
                            city="",
                            region="",
                            postal_code="",
                            country="",
                        ),
                        Address(
                            address_type=AddressType2("POBOX"),
                            city="",
                            region="",
                            postal_code="",
                            country="",
                        ),
                    ],
                    phones=[
                        Phone(
                            phone_type=PhoneType("DEFAULT"),
                            phone_number="",
                            phone_area_code="",
                            phone_country_code="",
                        ),
                        Phone(
                            phone_type=PhoneType("DDI"),
                            phone_number="",
                            phone_area_code="",
                            phone_country_code="",
                        ),
                        Phone(
                            phone_type=PhoneType("FAX"),
                            phone_number="",
                            phone_area_code="",
                            phone_country_code="",
                        ),
                        Phone(
                            phone_type=PhoneType("MOBILE"),
                            phone_number="555-1212",
                            phone_area_code="415",
                            phone_country_code="",
                        ),
                    ],
                    updated_date_utc="/Date(1551399321043+0000)/",
                    contact_groups=[],
                    is_supplier=False,
                    is_customer=False,
                    sales_tracking_categories=[],
                    purchases_tracking_categories=[],
                    payment_terms=PaymentTerm(
                        bills=Bill(day=15, type=PaymentTermType("OFCURRENTMONTH")),
                        sales=Bill(day=10, type=PaymentTermType("DAYSAFTERBILLMONTH")),
                    ),
                    contact_persons=[],
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_contacts_update_or_create_request_example_round_trips() -> None:
    example: object = {
        "Contacts": [
            {
                "Name": "Bruce Banner",
                "EmailAddress": "hulk@avengers.com",
                "Phones": [
                    {"PhoneType": "MOBILE", "PhoneNumber": "555-1212", "PhoneAreaCode": "415"}
                ],
                "PaymentTerms": {
                    "Bills": {"Day": 15, "Type": "OFCURRENTMONTH"},
                    "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH"},
                },
            }
        ]
    }
    model = Contacts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_contacts_update_or_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "e997d6d7-6dad-4458-beb8-d9c1bf7f2edf",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551399321121)/",
        "Contacts": [
            {
                "ContactID": "00000000-0000-0000-0000-000000000000",
                "ContactStatus": "ACTIVE",
                "Name": "Bruce Banner",
                "CompanyNumber": "NumberBusiness1234",
                "EmailAddress": "bruce@banner.com",
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
                        "PhoneNumber": "555-1212",
                        "PhoneAreaCode": "415",
                        "PhoneCountryCode": "",
                    },
                ],
                "UpdatedDateUTC": "/Date(1551399321043+0000)/",
                "ContactGroups": [],
                "IsSupplier": False,
                "IsCustomer": False,
                "SalesDefaultLineAmountType": "INCLUSIVE",
                "PurchasesDefaultLineAmountType": "INCLUSIVE",
                "SalesTrackingCategories": [],
                "PurchasesTrackingCategories": [],
                "PaymentTerms": {
                    "Bills": {"Day": 15, "Type": "OFCURRENTMONTH"},
                    "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH"},
                },
                "ContactPersons": [],
                "HasValidationErrors": False,
            }
        ],
    }
    model = Contacts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_contacts_update_or_create_response_example_400_1_round_trips() -> None:
    example: object = {
        "ErrorNumber": 10,
        "Type": "ValidationException",
        "Message": "A validation exception occurred",
        "Elements": [
            {
                "ContactID": "00000000-0000-0000-0000-000000000000",
                "AccountNumber": "12345-ABCD",
                "Name": "Buzz Lightyear",
                "EmailAddress": "buzzlightyear@email.com",
                "AccountsReceivableTaxType": "NONE",
                "AccountsPayableTaxType": "INPUT",
                "Addresses": [
                    {
                        "AddressType": "STREET",
                        "AddressLine1": "101 Green St",
                        "AddressLine2": "5th floor",
                        "City": "San Francisco",
                        "Region": "CA",
                        "PostalCode": "94041",
                        "Country": "US",
                        "AttentionTo": "Rod Drury",
                        "ValidationErrors": [],
                    }
                ],
                "Phones": [
                    {
                        "PhoneType": "MOBILE",
                        "PhoneNumber": "555-1212",
                        "PhoneAreaCode": "415",
                        "ValidationErrors": [],
                    }
                ],
                "ContactGroups": [],
                "PaymentTerms": {
                    "Bills": {"Day": 15, "Type": "OFCURRENTMONTH", "ValidationErrors": []},
                    "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH", "ValidationErrors": []},
                },
                "ContactPersons": [],
                "HasValidationErrors": True,
                "ValidationErrors": [
                    {
                        "Message": "The contact name Buzz Lightyear is already assigned to another contact. The contact name must be unique across all active contacts."
                    }
                ],
            }
        ],
    }
    model = Error.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_contacts_update_or_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Contacts"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Contacts": [
            {
                "Name": "Bruce Banner",
                "EmailAddress": "hulk@avengers.com",
                "Phones": [
                    {"PhoneType": "MOBILE", "PhoneNumber": "555-1212", "PhoneAreaCode": "415"}
                ],
                "PaymentTerms": {
                    "Bills": {"Day": 15, "Type": "OFCURRENTMONTH"},
                    "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH"},
                },
            }
        ]
    }


def test_contacts_update_or_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "e997d6d7-6dad-4458-beb8-d9c1bf7f2edf",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551399321121)/",
                "Contacts": [
                    {
                        "ContactID": "00000000-0000-0000-0000-000000000000",
                        "ContactStatus": "ACTIVE",
                        "Name": "Bruce Banner",
                        "CompanyNumber": "NumberBusiness1234",
                        "EmailAddress": "bruce@banner.com",
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
                                "PhoneNumber": "555-1212",
                                "PhoneAreaCode": "415",
                                "PhoneCountryCode": "",
                            },
                        ],
                        "UpdatedDateUTC": "/Date(1551399321043+0000)/",
                        "ContactGroups": [],
                        "IsSupplier": False,
                        "IsCustomer": False,
                        "SalesDefaultLineAmountType": "INCLUSIVE",
                        "PurchasesDefaultLineAmountType": "INCLUSIVE",
                        "SalesTrackingCategories": [],
                        "PurchasesTrackingCategories": [],
                        "PaymentTerms": {
                            "Bills": {"Day": 15, "Type": "OFCURRENTMONTH"},
                            "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH"},
                        },
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.contacts.update_or_create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            contacts=[
                Contact(
                    name="Bruce Banner",
                    email_address="hulk@avengers.com",
                    phones=[
                        Phone(
                            phone_type=PhoneType("MOBILE"),
                            phone_number="555-1212",
                            phone_area_code="415",
                        )
                    ],
                    payment_terms=PaymentTerm(
                        bills=Bill(day=15, type=PaymentTermType("OFCURRENTMONTH")),
                        sales=Bill(day=10, type=PaymentTermType("DAYSAFTERBILLMONTH")),
                    ),
                )
            ],
        )
    assert len(seen) == 1
    _check_contacts_update_or_create(seen[0])
    assert isinstance(result, Contacts)


def test_contacts_update_or_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "e997d6d7-6dad-4458-beb8-d9c1bf7f2edf",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551399321121)/",
                    "Contacts": [
                        {
                            "ContactID": "00000000-0000-0000-0000-000000000000",
                            "ContactStatus": "ACTIVE",
                            "Name": "Bruce Banner",
                            "CompanyNumber": "NumberBusiness1234",
                            "EmailAddress": "bruce@banner.com",
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
                                    "PhoneNumber": "555-1212",
                                    "PhoneAreaCode": "415",
                                    "PhoneCountryCode": "",
                                },
                            ],
                            "UpdatedDateUTC": "/Date(1551399321043+0000)/",
                            "ContactGroups": [],
                            "IsSupplier": False,
                            "IsCustomer": False,
                            "SalesDefaultLineAmountType": "INCLUSIVE",
                            "PurchasesDefaultLineAmountType": "INCLUSIVE",
                            "SalesTrackingCategories": [],
                            "PurchasesTrackingCategories": [],
                            "PaymentTerms": {
                                "Bills": {"Day": 15, "Type": "OFCURRENTMONTH"},
                                "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH"},
                            },
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.contacts.update_or_create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                contacts=[
                    Contact(
                        name="Bruce Banner",
                        email_address="hulk@avengers.com",
                        phones=[
                            Phone(
                                phone_type=PhoneType("MOBILE"),
                                phone_number="555-1212",
                                phone_area_code="415",
                            )
                        ],
                        payment_terms=PaymentTerm(
                            bills=Bill(day=15, type=PaymentTermType("OFCURRENTMONTH")),
                            sales=Bill(day=10, type=PaymentTermType("DAYSAFTERBILLMONTH")),
                        ),
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_update_or_create(seen[0])
    assert isinstance(result, Contacts)


def test_contacts_update_or_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.contacts.update_or_create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            contacts=[
                Contact(
                    name="Bruce Banner",
                    email_address="hulk@avengers.com",
                    phones=[
                        Phone(
                            phone_type=PhoneType("MOBILE"),
                            phone_number="555-1212",
                            phone_area_code="415",
                        )
                    ],
                    payment_terms=PaymentTerm(
                        bills=Bill(day=15, type=PaymentTermType("OFCURRENTMONTH")),
                        sales=Bill(day=10, type=PaymentTermType("DAYSAFTERBILLMONTH")),
                    ),
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_contacts_get_by_contact_number_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "5c83b115-a6e8-4f2a-877f-ba63d009235b",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551462703288)/",
        "Contacts": [
            {
                "ContactID": "8138a266-fb42-49b2-a104-014b7045753d",
                "ContactNumber": "SB2",
                "AccountNumber": "1234567",
                "ContactStatus": "ACTIVE",
                "Name": "Acme Parts Co.",
                "FirstName": "Blake",
                "LastName": "Kohler",
                "CompanyNumber": "NumberBusiness1234",
                "EmailAddress": "bk@krave.co",
                "BankAccountDetails": "12334567",
                "TaxNumber": "123-22-3456",
                "AccountsReceivableTaxType": "TAX003",
                "AccountsPayableTaxType": "TAX022",
                "Addresses": [
                    {
                        "AddressType": "STREET",
                        "AddressLine1": "123 Fake Street",
                        "City": "Vancouver",
                        "Region": "British Columbia",
                        "PostalCode": "V6B 2T4",
                        "Country": "",
                        "AttentionTo": "",
                    },
                    {
                        "AddressType": "POBOX",
                        "AddressLine1": "1234 Fake Street",
                        "City": "Vancouver",
                        "Region": "British Columbia",
                        "PostalCode": "V6B 2T4",
                        "Country": "",
                        "AttentionTo": "Blake",
                    },
                ],
                "Phones": [
                    {
                        "PhoneType": "DDI",
                        "PhoneNumber": "489-44493",
                        "PhoneAreaCode": "345",
                        "PhoneCountryCode": "4",
                    },
                    {
                        "PhoneType": "DEFAULT",
                        "PhoneNumber": "408-0914",
                        "PhoneAreaCode": "604",
                        "PhoneCountryCode": "1",
                    },
                    {
                        "PhoneType": "FAX",
                        "PhoneNumber": "123-9933",
                        "PhoneAreaCode": "123",
                        "PhoneCountryCode": "2",
                    },
                    {
                        "PhoneType": "MOBILE",
                        "PhoneNumber": "999-44",
                        "PhoneAreaCode": "234",
                        "PhoneCountryCode": "3",
                    },
                ],
                "UpdatedDateUTC": "/Date(1551459777193+0000)/",
                "ContactGroups": [],
                "IsSupplier": True,
                "IsCustomer": True,
                "SalesDefaultLineAmountType": "INCLUSIVE",
                "PurchasesDefaultLineAmountType": "INCLUSIVE",
                "DefaultCurrency": "USD",
                "Discount": 13.0,
                "Website": "http://www.google.com",
                "BrandingTheme": {
                    "BrandingThemeID": "dabc7637-62c1-4941-8a6e-ee44fa5090e7",
                    "Name": "Standard",
                },
                "PurchasesDefaultAccountCode": "660",
                "SalesDefaultAccountCode": "002",
                "BatchPayments": {
                    "BankAccountNumber": "12334567",
                    "BankAccountName": "Citi Bank",
                    "Details": "biz checking",
                    "Code": "",
                    "Reference": "",
                },
                "Balances": {
                    "AccountsReceivable": {"Outstanding": 118.9, "Overdue": 136.9},
                    "AccountsPayable": {"Outstanding": -43.6, "Overdue": 40.0},
                },
                "PaymentTerms": {
                    "Bills": {"Day": 12, "Type": "OFFOLLOWINGMONTH"},
                    "Sales": {"Day": 14, "Type": "OFCURRENTMONTH"},
                },
                "ContactPersons": [
                    {
                        "FirstName": "Sue",
                        "LastName": "Johnson",
                        "EmailAddress": "sue.johnson@krave.com",
                        "IncludeInEmails": True,
                    }
                ],
                "HasAttachments": True,
                "Attachments": [
                    {
                        "AttachmentID": "04e0a3e3-b116-456a-9f32-9706f0d33afa",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/contact/8138a266-fb42-49b2-a104-014b7045753d/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
                "HasValidationErrors": False,
            }
        ],
    }
    model = Contacts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_contacts_get_by_contact_number(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Contacts/SB2"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_get_by_contact_number_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "5c83b115-a6e8-4f2a-877f-ba63d009235b",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551462703288)/",
                "Contacts": [
                    {
                        "ContactID": "8138a266-fb42-49b2-a104-014b7045753d",
                        "ContactNumber": "SB2",
                        "AccountNumber": "1234567",
                        "ContactStatus": "ACTIVE",
                        "Name": "Acme Parts Co.",
                        "FirstName": "Blake",
                        "LastName": "Kohler",
                        "CompanyNumber": "NumberBusiness1234",
                        "EmailAddress": "bk@krave.co",
                        "BankAccountDetails": "12334567",
                        "TaxNumber": "123-22-3456",
                        "AccountsReceivableTaxType": "TAX003",
                        "AccountsPayableTaxType": "TAX022",
                        "Addresses": [
                            {
                                "AddressType": "STREET",
                                "AddressLine1": "123 Fake Street",
                                "City": "Vancouver",
                                "Region": "British Columbia",
                                "PostalCode": "V6B 2T4",
                                "Country": "",
                                "AttentionTo": "",
                            },
                            {
                                "AddressType": "POBOX",
                                "AddressLine1": "1234 Fake Street",
                                "City": "Vancouver",
                                "Region": "British Columbia",
                                "PostalCode": "V6B 2T4",
                                "Country": "",
                                "AttentionTo": "Blake",
                            },
                        ],
                        "Phones": [
                            {
                                "PhoneType": "DDI",
                                "PhoneNumber": "489-44493",
                                "PhoneAreaCode": "345",
                                "PhoneCountryCode": "4",
                            },
                            {
                                "PhoneType": "DEFAULT",
                                "PhoneNumber": "408-0914",
                                "PhoneAreaCode": "604",
                                "PhoneCountryCode": "1",
                            },
                            {
                                "PhoneType": "FAX",
                                "PhoneNumber": "123-9933",
                                "PhoneAreaCode": "123",
                                "PhoneCountryCode": "2",
                            },
                            {
                                "PhoneType": "MOBILE",
                                "PhoneNumber": "999-44",
                                "PhoneAreaCode": "234",
                                "PhoneCountryCode": "3",
                            },
                        ],
                        "UpdatedDateUTC": "/Date(1551459777193+0000)/",
                        "ContactGroups": [],
                        "IsSupplier": True,
                        "IsCustomer": True,
                        "SalesDefaultLineAmountType": "INCLUSIVE",
                        "PurchasesDefaultLineAmountType": "INCLUSIVE",
                        "DefaultCurrency": "USD",
                        "Discount": 13.0,
                        "Website": "http://www.google.com",
                        "BrandingTheme": {
                            "BrandingThemeID": "dabc7637-62c1-4941-8a6e-ee44fa5090e7",
                            "Name": "Standard",
                        },
                        "PurchasesDefaultAccountCode": "660",
                        "SalesDefaultAccountCode": "002",
                        "BatchPayments": {
                            "BankAccountNumber": "12334567",
                            "BankAccountName": "Citi Bank",
                            "Details": "biz checking",
                            "Code": "",
                            "Reference": "",
                        },
                        "Balances": {
                            "AccountsReceivable": {"Outstanding": 118.9, "Overdue": 136.9},
                            "AccountsPayable": {"Outstanding": -43.6, "Overdue": 40.0},
                        },
                        "PaymentTerms": {
                            "Bills": {"Day": 12, "Type": "OFFOLLOWINGMONTH"},
                            "Sales": {"Day": 14, "Type": "OFCURRENTMONTH"},
                        },
                        "ContactPersons": [
                            {
                                "FirstName": "Sue",
                                "LastName": "Johnson",
                                "EmailAddress": "sue.johnson@krave.com",
                                "IncludeInEmails": True,
                            }
                        ],
                        "HasAttachments": True,
                        "Attachments": [
                            {
                                "AttachmentID": "04e0a3e3-b116-456a-9f32-9706f0d33afa",
                                "FileName": "sample5.jpg",
                                "Url": "https://api.xero.com/api.xro/2.0/contact/8138a266-fb42-49b2-a104-014b7045753d/Attachments/sample5.jpg",
                                "MimeType": "image/jpg",
                                "ContentLength": 2878711,
                            }
                        ],
                        "HasValidationErrors": False,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.contacts.get_by_contact_number(
            contact_number="SB2",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_contacts_get_by_contact_number(seen[0])
    assert isinstance(result, Contacts)


def test_contacts_get_by_contact_number_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "5c83b115-a6e8-4f2a-877f-ba63d009235b",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551462703288)/",
                    "Contacts": [
                        {
                            "ContactID": "8138a266-fb42-49b2-a104-014b7045753d",
                            "ContactNumber": "SB2",
                            "AccountNumber": "1234567",
                            "ContactStatus": "ACTIVE",
                            "Name": "Acme Parts Co.",
                            "FirstName": "Blake",
                            "LastName": "Kohler",
                            "CompanyNumber": "NumberBusiness1234",
                            "EmailAddress": "bk@krave.co",
                            "BankAccountDetails": "12334567",
                            "TaxNumber": "123-22-3456",
                            "AccountsReceivableTaxType": "TAX003",
                            "AccountsPayableTaxType": "TAX022",
                            "Addresses": [
                                {
                                    "AddressType": "STREET",
                                    "AddressLine1": "123 Fake Street",
                                    "City": "Vancouver",
                                    "Region": "British Columbia",
                                    "PostalCode": "V6B 2T4",
                                    "Country": "",
                                    "AttentionTo": "",
                                },
                                {
                                    "AddressType": "POBOX",
                                    "AddressLine1": "1234 Fake Street",
                                    "City": "Vancouver",
                                    "Region": "British Columbia",
                                    "PostalCode": "V6B 2T4",
                                    "Country": "",
                                    "AttentionTo": "Blake",
                                },
                            ],
                            "Phones": [
                                {
                                    "PhoneType": "DDI",
                                    "PhoneNumber": "489-44493",
                                    "PhoneAreaCode": "345",
                                    "PhoneCountryCode": "4",
                                },
                                {
                                    "PhoneType": "DEFAULT",
                                    "PhoneNumber": "408-0914",
                                    "PhoneAreaCode": "604",
                                    "PhoneCountryCode": "1",
                                },
                                {
                                    "PhoneType": "FAX",
                                    "PhoneNumber": "123-9933",
                                    "PhoneAreaCode": "123",
                                    "PhoneCountryCode": "2",
                                },
                                {
                                    "PhoneType": "MOBILE",
                                    "PhoneNumber": "999-44",
                                    "PhoneAreaCode": "234",
                                    "PhoneCountryCode": "3",
                                },
                            ],
                            "UpdatedDateUTC": "/Date(1551459777193+0000)/",
                            "ContactGroups": [],
                            "IsSupplier": True,
                            "IsCustomer": True,
                            "SalesDefaultLineAmountType": "INCLUSIVE",
                            "PurchasesDefaultLineAmountType": "INCLUSIVE",
                            "DefaultCurrency": "USD",
                            "Discount": 13.0,
                            "Website": "http://www.google.com",
                            "BrandingTheme": {
                                "BrandingThemeID": "dabc7637-62c1-4941-8a6e-ee44fa5090e7",
                                "Name": "Standard",
                            },
                            "PurchasesDefaultAccountCode": "660",
                            "SalesDefaultAccountCode": "002",
                            "BatchPayments": {
                                "BankAccountNumber": "12334567",
                                "BankAccountName": "Citi Bank",
                                "Details": "biz checking",
                                "Code": "",
                                "Reference": "",
                            },
                            "Balances": {
                                "AccountsReceivable": {"Outstanding": 118.9, "Overdue": 136.9},
                                "AccountsPayable": {"Outstanding": -43.6, "Overdue": 40.0},
                            },
                            "PaymentTerms": {
                                "Bills": {"Day": 12, "Type": "OFFOLLOWINGMONTH"},
                                "Sales": {"Day": 14, "Type": "OFCURRENTMONTH"},
                            },
                            "ContactPersons": [
                                {
                                    "FirstName": "Sue",
                                    "LastName": "Johnson",
                                    "EmailAddress": "sue.johnson@krave.com",
                                    "IncludeInEmails": True,
                                }
                            ],
                            "HasAttachments": True,
                            "Attachments": [
                                {
                                    "AttachmentID": "04e0a3e3-b116-456a-9f32-9706f0d33afa",
                                    "FileName": "sample5.jpg",
                                    "Url": "https://api.xero.com/api.xro/2.0/contact/8138a266-fb42-49b2-a104-014b7045753d/Attachments/sample5.jpg",
                                    "MimeType": "image/jpg",
                                    "ContentLength": 2878711,
                                }
                            ],
                            "HasValidationErrors": False,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.contacts.get_by_contact_number(
                contact_number="SB2",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_get_by_contact_number(seen[0])
    assert isinstance(result, Contacts)


def test_contacts_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "5c83b115-a6e8-4f2a-877f-ba63d009235b",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551462703288)/",
        "Contacts": [
            {
                "ContactID": "8138a266-fb42-49b2-a104-014b7045753d",
                "ContactNumber": "SB2",
                "AccountNumber": "1234567",
                "ContactStatus": "ACTIVE",
                "Name": "Acme Parts Co.",
                "FirstName": "Blake",
                "LastName": "Kohler",
                "CompanyNumber": "NumberBusiness1234",
                "EmailAddress": "bk@krave.co",
                "BankAccountDetails": "12334567",
                "TaxNumber": "123-22-3456",
                "AccountsReceivableTaxType": "TAX003",
                "AccountsPayableTaxType": "TAX022",
                "Addresses": [
                    {
                        "AddressType": "STREET",
                        "AddressLine1": "123 Fake Street",
                        "City": "Vancouver",
                        "Region": "British Columbia",
                        "PostalCode": "V6B 2T4",
                        "Country": "",
                        "AttentionTo": "",
                    },
                    {
                        "AddressType": "POBOX",
                        "AddressLine1": "1234 Fake Street",
                        "City": "Vancouver",
                        "Region": "British Columbia",
                        "PostalCode": "V6B 2T4",
                        "Country": "",
                        "AttentionTo": "Blake",
                    },
                ],
                "Phones": [
                    {
                        "PhoneType": "DDI",
                        "PhoneNumber": "489-44493",
                        "PhoneAreaCode": "345",
                        "PhoneCountryCode": "4",
                    },
                    {
                        "PhoneType": "DEFAULT",
                        "PhoneNumber": "408-0914",
                        "PhoneAreaCode": "604",
                        "PhoneCountryCode": "1",
                    },
                    {
                        "PhoneType": "FAX",
                        "PhoneNumber": "123-9933",
                        "PhoneAreaCode": "123",
                        "PhoneCountryCode": "2",
                    },
                    {
                        "PhoneType": "MOBILE",
                        "PhoneNumber": "999-44",
                        "PhoneAreaCode": "234",
                        "PhoneCountryCode": "3",
                    },
                ],
                "UpdatedDateUTC": "/Date(1551459777193+0000)/",
                "ContactGroups": [],
                "IsSupplier": True,
                "IsCustomer": True,
                "SalesDefaultLineAmountType": "INCLUSIVE",
                "PurchasesDefaultLineAmountType": "INCLUSIVE",
                "DefaultCurrency": "USD",
                "Discount": 13.0,
                "Website": "http://www.google.com",
                "BrandingTheme": {
                    "BrandingThemeID": "dabc7637-62c1-4941-8a6e-ee44fa5090e7",
                    "Name": "Standard",
                },
                "PurchasesDefaultAccountCode": "660",
                "SalesDefaultAccountCode": "002",
                "BatchPayments": {
                    "BankAccountNumber": "12334567",
                    "BankAccountName": "Citi Bank",
                    "Details": "biz checking",
                    "Code": "",
                    "Reference": "",
                },
                "Balances": {
                    "AccountsReceivable": {"Outstanding": 118.9, "Overdue": 136.9},
                    "AccountsPayable": {"Outstanding": -43.6, "Overdue": 40.0},
                },
                "PaymentTerms": {
                    "Bills": {"Day": 12, "Type": "OFFOLLOWINGMONTH"},
                    "Sales": {"Day": 14, "Type": "OFCURRENTMONTH"},
                },
                "ContactPersons": [
                    {
                        "FirstName": "Sue",
                        "LastName": "Johnson",
                        "EmailAddress": "sue.johnson@krave.com",
                        "IncludeInEmails": True,
                    }
                ],
                "HasAttachments": True,
                "Attachments": [
                    {
                        "AttachmentID": "04e0a3e3-b116-456a-9f32-9706f0d33afa",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/contact/8138a266-fb42-49b2-a104-014b7045753d/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
                "HasValidationErrors": False,
            }
        ],
    }
    model = Contacts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_contacts_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "5c83b115-a6e8-4f2a-877f-ba63d009235b",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551462703288)/",
                "Contacts": [
                    {
                        "ContactID": "8138a266-fb42-49b2-a104-014b7045753d",
                        "ContactNumber": "SB2",
                        "AccountNumber": "1234567",
                        "ContactStatus": "ACTIVE",
                        "Name": "Acme Parts Co.",
                        "FirstName": "Blake",
                        "LastName": "Kohler",
                        "CompanyNumber": "NumberBusiness1234",
                        "EmailAddress": "bk@krave.co",
                        "BankAccountDetails": "12334567",
                        "TaxNumber": "123-22-3456",
                        "AccountsReceivableTaxType": "TAX003",
                        "AccountsPayableTaxType": "TAX022",
                        "Addresses": [
                            {
                                "AddressType": "STREET",
                                "AddressLine1": "123 Fake Street",
                                "City": "Vancouver",
                                "Region": "British Columbia",
                                "PostalCode": "V6B 2T4",
                                "Country": "",
                                "AttentionTo": "",
                            },
                            {
                                "AddressType": "POBOX",
                                "AddressLine1": "1234 Fake Street",
                                "City": "Vancouver",
                                "Region": "British Columbia",
                                "PostalCode": "V6B 2T4",
                                "Country": "",
                                "AttentionTo": "Blake",
                            },
                        ],
                        "Phones": [
                            {
                                "PhoneType": "DDI",
                                "PhoneNumber": "489-44493",
                                "PhoneAreaCode": "345",
                                "PhoneCountryCode": "4",
                            },
                            {
                                "PhoneType": "DEFAULT",
                                "PhoneNumber": "408-0914",
                                "PhoneAreaCode": "604",
                                "PhoneCountryCode": "1",
                            },
                            {
                                "PhoneType": "FAX",
                                "PhoneNumber": "123-9933",
                                "PhoneAreaCode": "123",
                                "PhoneCountryCode": "2",
                            },
                            {
                                "PhoneType": "MOBILE",
                                "PhoneNumber": "999-44",
                                "PhoneAreaCode": "234",
                                "PhoneCountryCode": "3",
                            },
                        ],
                        "UpdatedDateUTC": "/Date(1551459777193+0000)/",
                        "ContactGroups": [],
                        "IsSupplier": True,
                        "IsCustomer": True,
                        "SalesDefaultLineAmountType": "INCLUSIVE",
                        "PurchasesDefaultLineAmountType": "INCLUSIVE",
                        "DefaultCurrency": "USD",
                        "Discount": 13.0,
                        "Website": "http://www.google.com",
                        "BrandingTheme": {
                            "BrandingThemeID": "dabc7637-62c1-4941-8a6e-ee44fa5090e7",
                            "Name": "Standard",
                        },
                        "PurchasesDefaultAccountCode": "660",
                        "SalesDefaultAccountCode": "002",
                        "BatchPayments": {
                            "BankAccountNumber": "12334567",
                            "BankAccountName": "Citi Bank",
                            "Details": "biz checking",
                            "Code": "",
                            "Reference": "",
                        },
                        "Balances": {
                            "AccountsReceivable": {"Outstanding": 118.9, "Overdue": 136.9},
                            "AccountsPayable": {"Outstanding": -43.6, "Overdue": 40.0},
                        },
                        "PaymentTerms": {
                            "Bills": {"Day": 12, "Type": "OFFOLLOWINGMONTH"},
                            "Sales": {"Day": 14, "Type": "OFCURRENTMONTH"},
                        },
                        "ContactPersons": [
                            {
                                "FirstName": "Sue",
                                "LastName": "Johnson",
                                "EmailAddress": "sue.johnson@krave.com",
                                "IncludeInEmails": True,
                            }
                        ],
                        "HasAttachments": True,
                        "Attachments": [
                            {
                                "AttachmentID": "04e0a3e3-b116-456a-9f32-9706f0d33afa",
                                "FileName": "sample5.jpg",
                                "Url": "https://api.xero.com/api.xro/2.0/contact/8138a266-fb42-49b2-a104-014b7045753d/Attachments/sample5.jpg",
                                "MimeType": "image/jpg",
                                "ContentLength": 2878711,
                            }
                        ],
                        "HasValidationErrors": False,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.contacts.get(
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_contacts_get(seen[0])
    assert isinstance(result, Contacts)


def test_contacts_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "5c83b115-a6e8-4f2a-877f-ba63d009235b",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551462703288)/",
                    "Contacts": [
                        {
                            "ContactID": "8138a266-fb42-49b2-a104-014b7045753d",
                            "ContactNumber": "SB2",
                            "AccountNumber": "1234567",
                            "ContactStatus": "ACTIVE",
                            "Name": "Acme Parts Co.",
                            "FirstName": "Blake",
                            "LastName": "Kohler",
                            "CompanyNumber": "NumberBusiness1234",
                            "EmailAddress": "bk@krave.co",
                            "BankAccountDetails": "12334567",
                            "TaxNumber": "123-22-3456",
                            "AccountsReceivableTaxType": "TAX003",
                            "AccountsPayableTaxType": "TAX022",
                            "Addresses": [
                                {
                                    "AddressType": "STREET",
                                    "AddressLine1": "123 Fake Street",
                                    "City": "Vancouver",
                                    "Region": "British Columbia",
                                    "PostalCode": "V6B 2T4",
                                    "Country": "",
                                    "AttentionTo": "",
                                },
                                {
                                    "AddressType": "POBOX",
                                    "AddressLine1": "1234 Fake Street",
                                    "City": "Vancouver",
                                    "Region": "British Columbia",
                                    "PostalCode": "V6B 2T4",
                                    "Country": "",
                                    "AttentionTo": "Blake",
                                },
                            ],
                            "Phones": [
                                {
                                    "PhoneType": "DDI",
                                    "PhoneNumber": "489-44493",
                                    "PhoneAreaCode": "345",
                                    "PhoneCountryCode": "4",
                                },
                                {
                                    "PhoneType": "DEFAULT",
                                    "PhoneNumber": "408-0914",
                                    "PhoneAreaCode": "604",
                                    "PhoneCountryCode": "1",
                                },
                                {
                                    "PhoneType": "FAX",
                                    "PhoneNumber": "123-9933",
                                    "PhoneAreaCode": "123",
                                    "PhoneCountryCode": "2",
                                },
                                {
                                    "PhoneType": "MOBILE",
                                    "PhoneNumber": "999-44",
                                    "PhoneAreaCode": "234",
                                    "PhoneCountryCode": "3",
                                },
                            ],
                            "UpdatedDateUTC": "/Date(1551459777193+0000)/",
                            "ContactGroups": [],
                            "IsSupplier": True,
                            "IsCustomer": True,
                            "SalesDefaultLineAmountType": "INCLUSIVE",
                            "PurchasesDefaultLineAmountType": "INCLUSIVE",
                            "DefaultCurrency": "USD",
                            "Discount": 13.0,
                            "Website": "http://www.google.com",
                            "BrandingTheme": {
                                "BrandingThemeID": "dabc7637-62c1-4941-8a6e-ee44fa5090e7",
                                "Name": "Standard",
                            },
                            "PurchasesDefaultAccountCode": "660",
                            "SalesDefaultAccountCode": "002",
                            "BatchPayments": {
                                "BankAccountNumber": "12334567",
                                "BankAccountName": "Citi Bank",
                                "Details": "biz checking",
                                "Code": "",
                                "Reference": "",
                            },
                            "Balances": {
                                "AccountsReceivable": {"Outstanding": 118.9, "Overdue": 136.9},
                                "AccountsPayable": {"Outstanding": -43.6, "Overdue": 40.0},
                            },
                            "PaymentTerms": {
                                "Bills": {"Day": 12, "Type": "OFFOLLOWINGMONTH"},
                                "Sales": {"Day": 14, "Type": "OFCURRENTMONTH"},
                            },
                            "ContactPersons": [
                                {
                                    "FirstName": "Sue",
                                    "LastName": "Johnson",
                                    "EmailAddress": "sue.johnson@krave.com",
                                    "IncludeInEmails": True,
                                }
                            ],
                            "HasAttachments": True,
                            "Attachments": [
                                {
                                    "AttachmentID": "04e0a3e3-b116-456a-9f32-9706f0d33afa",
                                    "FileName": "sample5.jpg",
                                    "Url": "https://api.xero.com/api.xro/2.0/contact/8138a266-fb42-49b2-a104-014b7045753d/Attachments/sample5.jpg",
                                    "MimeType": "image/jpg",
                                    "ContentLength": 2878711,
                                }
                            ],
                            "HasValidationErrors": False,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.contacts.get(
                contact_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_get(seen[0])
    assert isinstance(result, Contacts)


def test_contacts_update_request_example_round_trips() -> None:
    example: object = {
        "Contacts": [{"ContactID": "00000000-0000-0000-0000-000000000000", "Name": "Thanos"}]
    }
    model = Contacts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_contacts_update_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "4166b727-c3f0-4881-acd0-d4f7c0e8fcda",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551400031795)/",
        "Contacts": [
            {
                "ContactID": "d5be01fb-b09f-4c3a-9c67-e10c2a03412c",
                "ContactStatus": "ACTIVE",
                "Name": "FooBar",
                "EmailAddress": "sid30680@blah.com",
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
                        "PhoneNumber": "555-1212",
                        "PhoneAreaCode": "415",
                        "PhoneCountryCode": "",
                    },
                ],
                "UpdatedDateUTC": "/Date(1551400031763+0000)/",
                "ContactGroups": [],
                "IsSupplier": False,
                "IsCustomer": False,
                "SalesDefaultLineAmountType": "INCLUSIVE",
                "PurchasesDefaultLineAmountType": "INCLUSIVE",
                "SalesTrackingCategories": [],
                "PurchasesTrackingCategories": [],
                "PaymentTerms": {
                    "Bills": {"Day": 15, "Type": "OFCURRENTMONTH"},
                    "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH"},
                },
                "ContactPersons": [],
                "HasValidationErrors": False,
            }
        ],
    }
    model = Contacts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_contacts_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Contacts": [{"ContactID": "00000000-0000-0000-0000-000000000000", "Name": "Thanos"}]
    }


def test_contacts_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "4166b727-c3f0-4881-acd0-d4f7c0e8fcda",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551400031795)/",
                "Contacts": [
                    {
                        "ContactID": "d5be01fb-b09f-4c3a-9c67-e10c2a03412c",
                        "ContactStatus": "ACTIVE",
                        "Name": "FooBar",
                        "EmailAddress": "sid30680@blah.com",
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
                                "PhoneNumber": "555-1212",
                                "PhoneAreaCode": "415",
                                "PhoneCountryCode": "",
                            },
                        ],
                        "UpdatedDateUTC": "/Date(1551400031763+0000)/",
                        "ContactGroups": [],
                        "IsSupplier": False,
                        "IsCustomer": False,
                        "SalesDefaultLineAmountType": "INCLUSIVE",
                        "PurchasesDefaultLineAmountType": "INCLUSIVE",
                        "SalesTrackingCategories": [],
                        "PurchasesTrackingCategories": [],
                        "PaymentTerms": {
                            "Bills": {"Day": 15, "Type": "OFCURRENTMONTH"},
                            "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH"},
                        },
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.contacts.update(
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            contacts=[
                Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000"), name="Thanos")
            ],
        )
    assert len(seen) == 1
    _check_contacts_update(seen[0])
    assert isinstance(result, Contacts)


def test_contacts_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "4166b727-c3f0-4881-acd0-d4f7c0e8fcda",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551400031795)/",
                    "Contacts": [
                        {
                            "ContactID": "d5be01fb-b09f-4c3a-9c67-e10c2a03412c",
                            "ContactStatus": "ACTIVE",
                            "Name": "FooBar",
                            "EmailAddress": "sid30680@blah.com",
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
                                    "PhoneNumber": "555-1212",
                                    "PhoneAreaCode": "415",
                                    "PhoneCountryCode": "",
                                },
                            ],
                            "UpdatedDateUTC": "/Date(1551400031763+0000)/",
                            "ContactGroups": [],
                            "IsSupplier": False,
                            "IsCustomer": False,
                            "SalesDefaultLineAmountType": "INCLUSIVE",
                            "PurchasesDefaultLineAmountType": "INCLUSIVE",
                            "SalesTrackingCategories": [],
                            "PurchasesTrackingCategories": [],
                            "PaymentTerms": {
                                "Bills": {"Day": 15, "Type": "OFCURRENTMONTH"},
                                "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH"},
                            },
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.contacts.update(
                contact_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                contacts=[
                    Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000"), name="Thanos")
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_update(seen[0])
    assert isinstance(result, Contacts)


def test_contacts_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.contacts.update(
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            contacts=[
                Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000"), name="Thanos")
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_contacts_get_attachments_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "0f63b631-a205-496d-b1d2-e6b13a9b497b",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551483890413)/",
        "Attachments": [
            {
                "AttachmentID": "04e0a3e3-b116-456a-9f32-9706f0d33afa",
                "FileName": "sample5.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/Contacts/8138a266-fb42-49b2-a104-014b7045753d/Attachments/sample5.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_contacts_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-0000-0000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "0f63b631-a205-496d-b1d2-e6b13a9b497b",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551483890413)/",
                "Attachments": [
                    {
                        "AttachmentID": "04e0a3e3-b116-456a-9f32-9706f0d33afa",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Contacts/8138a266-fb42-49b2-a104-014b7045753d/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.contacts.get_attachments(
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_contacts_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_contacts_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "0f63b631-a205-496d-b1d2-e6b13a9b497b",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551483890413)/",
                    "Attachments": [
                        {
                            "AttachmentID": "04e0a3e3-b116-456a-9f32-9706f0d33afa",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Contacts/8138a266-fb42-49b2-a104-014b7045753d/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.contacts.get_attachments(
                contact_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def _check_contacts_get_attachment_by_id(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/Contacts/00000000-0000-0000-0000-000000000000/Attachments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.contacts.get_attachment_by_id(
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_contacts_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_contacts_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.contacts.get_attachment_by_id(
                contact_id=UUID("00000000-0000-0000-0000-000000000000"),
                attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_contacts_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.contacts.get_attachment_by_file_name(
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_contacts_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_contacts_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.contacts.get_attachment_by_file_name(
                contact_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_contacts_create_attachment_by_file_name_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "a5eddf71-86aa-42f5-99e2-0aaf9caf96b6",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551484292734)/",
        "Attachments": [
            {
                "AttachmentID": "27e37b01-6996-4ebe-836c-95fd472ad674",
                "FileName": "sample5.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/Contacts/8138a266-fb42-49b2-a104-014b7045753d/Attachments/sample5.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_contacts_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "a5eddf71-86aa-42f5-99e2-0aaf9caf96b6",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551484292734)/",
                "Attachments": [
                    {
                        "AttachmentID": "27e37b01-6996-4ebe-836c-95fd472ad674",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Contacts/8138a266-fb42-49b2-a104-014b7045753d/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.contacts.create_attachment_by_file_name(
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_contacts_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_contacts_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "a5eddf71-86aa-42f5-99e2-0aaf9caf96b6",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551484292734)/",
                    "Attachments": [
                        {
                            "AttachmentID": "27e37b01-6996-4ebe-836c-95fd472ad674",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Contacts/8138a266-fb42-49b2-a104-014b7045753d/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.contacts.create_attachment_by_file_name(
                contact_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_contacts_create_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.contacts.create_attachment_by_file_name(
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_contacts_update_attachment_by_file_name_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "8543ae1a-297c-49b8-bf91-47decac452d5",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551485146555)/",
        "Attachments": [
            {
                "AttachmentID": "8b537c1b-bbb5-47fd-857e-370c369dda7c",
                "FileName": "HelloWorld.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/Contacts/8138a266-fb42-49b2-a104-014b7045753d/Attachments/HelloWorld.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_contacts_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "8543ae1a-297c-49b8-bf91-47decac452d5",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551485146555)/",
                "Attachments": [
                    {
                        "AttachmentID": "8b537c1b-bbb5-47fd-857e-370c369dda7c",
                        "FileName": "HelloWorld.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Contacts/8138a266-fb42-49b2-a104-014b7045753d/Attachments/HelloWorld.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.contacts.update_attachment_by_file_name(
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_contacts_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_contacts_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "8543ae1a-297c-49b8-bf91-47decac452d5",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551485146555)/",
                    "Attachments": [
                        {
                            "AttachmentID": "8b537c1b-bbb5-47fd-857e-370c369dda7c",
                            "FileName": "HelloWorld.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Contacts/8138a266-fb42-49b2-a104-014b7045753d/Attachments/HelloWorld.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.contacts.update_attachment_by_file_name(
                contact_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_contacts_update_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.contacts.update_attachment_by_file_name(
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_contacts_get_cis_settings_response_example_200_0_round_trips() -> None:
    example: object = {
        "CISSetting": [{"CISContractorEnabled": True, "CISSubContractorEnabled": True, "Rate": 100}]
    }
    model = CisSettings.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_contacts_get_cis_settings(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-0000-0000-000000000000/CISSettings"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_get_cis_settings_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "CISSetting": [
                    {"CISContractorEnabled": True, "CISSubContractorEnabled": True, "Rate": 100}
                ]
            },
            seen,
        )
    ) as client:
        result = client.contacts.get_cis_settings(
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_contacts_get_cis_settings(seen[0])
    assert isinstance(result, CisSettings)


def test_contacts_get_cis_settings_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "CISSetting": [
                        {"CISContractorEnabled": True, "CISSubContractorEnabled": True, "Rate": 100}
                    ]
                },
                seen,
            )
        ) as client:
            return await client.contacts.get_cis_settings(
                contact_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_get_cis_settings(seen[0])
    assert isinstance(result, CisSettings)


def test_contacts_get_history_response_example_200_0_round_trips() -> None:
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


def _check_contacts_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_get_history_sends_the_documented_request() -> None:
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
        result = client.contacts.get_history(
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_contacts_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_contacts_get_history_async_sends_the_same_request() -> None:
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
            return await client.contacts.get_history(
                contact_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_contacts_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_contacts_create_history_response_example_200_0_round_trips() -> None:
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


def _check_contacts_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_contacts_create_history_sends_the_documented_request() -> None:
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
        result = client.contacts.create_history(
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_contacts_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_contacts_create_history_async_sends_the_same_request() -> None:
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
            return await client.contacts.create_history(
                contact_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_contacts_create_history_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.contacts.create_history(
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
