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


def _check_contacts_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Contacts"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.contacts.list(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_contacts_list(seen[0])
    assert isinstance(result, Contacts)


def test_contacts_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.contacts.list(
                xero_tenant_id="my-xero-tenant-id",
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


def _check_contacts_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Contacts"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
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
    with _client(_answer(200, {}, seen)) as client:
        result = client.contacts.create(
            xero_tenant_id="my-xero-tenant-id",
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
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.contacts.create(
                xero_tenant_id="my-xero-tenant-id",
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
            xero_tenant_id="my-xero-tenant-id",
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


def _check_contacts_update_or_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Contacts"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
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
    with _client(_answer(200, {}, seen)) as client:
        result = client.contacts.update_or_create(
            xero_tenant_id="my-xero-tenant-id",
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
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.contacts.update_or_create(
                xero_tenant_id="my-xero-tenant-id",
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
            xero_tenant_id="my-xero-tenant-id",
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


def _check_contacts_get_by_contact_number(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Contacts/my-contactnumber"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_get_by_contact_number_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.contacts.get_by_contact_number(
            contact_number="my-contactnumber",
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_contacts_get_by_contact_number(seen[0])
    assert isinstance(result, Contacts)


def test_contacts_get_by_contact_number_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.contacts.get_by_contact_number(
                contact_number="my-contactnumber",
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_get_by_contact_number(seen[0])
    assert isinstance(result, Contacts)


def _check_contacts_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.contacts.get(
            contact_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_contacts_get(seen[0])
    assert isinstance(result, Contacts)


def test_contacts_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.contacts.get(
                contact_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
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


def _check_contacts_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Contacts": [{"ContactID": "00000000-0000-0000-0000-000000000000", "Name": "Thanos"}]
    }


def test_contacts_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.contacts.update(
            contact_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
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
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.contacts.update(
                contact_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
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
            contact_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            contacts=[
                Contact(contact_id=UUID("00000000-0000-0000-0000-000000000000"), name="Thanos")
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_contacts_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-4000-8000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.contacts.get_attachments(
            contact_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_contacts_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_contacts_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.contacts.get_attachments(
                contact_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
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
        + "/Contacts/00000000-0000-4000-8000-000000000000/Attachments/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["contenttype"] == "my-contenttype"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.contacts.get_attachment_by_id(
            contact_id=UUID("00000000-0000-4000-8000-000000000000"),
            attachment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            content_type="my-contenttype",
        )
    assert len(seen) == 1
    _check_contacts_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_contacts_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.contacts.get_attachment_by_id(
                contact_id=UUID("00000000-0000-4000-8000-000000000000"),
                attachment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                content_type="my-contenttype",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_contacts_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["contenttype"] == "my-contenttype"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.contacts.get_attachment_by_file_name(
            contact_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            content_type="my-contenttype",
        )
    assert len(seen) == 1
    _check_contacts_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_contacts_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.contacts.get_attachment_by_file_name(
                contact_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                content_type="my-contenttype",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def _check_contacts_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.contacts.create_attachment_by_file_name(
            contact_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert len(seen) == 1
    _check_contacts_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_contacts_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.contacts.create_attachment_by_file_name(
                contact_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
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
            contact_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_contacts_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.contacts.update_attachment_by_file_name(
            contact_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert len(seen) == 1
    _check_contacts_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_contacts_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.contacts.update_attachment_by_file_name(
                contact_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
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
            contact_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_contacts_get_cis_settings(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-4000-8000-000000000000/CISSettings"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_get_cis_settings_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.contacts.get_cis_settings(
            contact_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_contacts_get_cis_settings(seen[0])
    assert isinstance(result, CisSettings)


def test_contacts_get_cis_settings_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.contacts.get_cis_settings(
                contact_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_get_cis_settings(seen[0])
    assert isinstance(result, CisSettings)


def _check_contacts_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contacts_get_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.contacts.get_history(
            contact_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_contacts_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_contacts_get_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.contacts.get_history(
                contact_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contacts_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_contacts_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_contacts_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Contacts/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_contacts_create_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.contacts.create_history(
            contact_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_contacts_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_contacts_create_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.contacts.create_history(
                contact_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
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
            contact_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
