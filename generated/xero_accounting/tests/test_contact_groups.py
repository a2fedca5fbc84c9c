"""Tests of the `contact_groups` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import Contact, ContactGroup, ContactGroups, Contacts, Error

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


def test_contact_groups_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "b825df86-1a72-49c9-97dd-36afc7d04bd5",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551746015603)/",
        "ContactGroups": [
            {
                "ContactGroupID": "d7a86b80-8dac-4d89-a334-9dcf5753676c",
                "Name": "Suppliers",
                "Status": "ACTIVE",
                "Contacts": [],
                "HasValidationErrors": False,
            },
            {
                "ContactGroupID": "ab089fd4-012f-4043-a6e4-e7be01e87e50",
                "Name": "Old Group84262",
                "Status": "ACTIVE",
                "Contacts": [],
                "HasValidationErrors": False,
            },
        ],
    }
    model = ContactGroups.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_contact_groups_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/ContactGroups"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contact_groups_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "b825df86-1a72-49c9-97dd-36afc7d04bd5",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551746015603)/",
                "ContactGroups": [
                    {
                        "ContactGroupID": "d7a86b80-8dac-4d89-a334-9dcf5753676c",
                        "Name": "Suppliers",
                        "Status": "ACTIVE",
                        "Contacts": [],
                        "HasValidationErrors": False,
                    },
                    {
                        "ContactGroupID": "ab089fd4-012f-4043-a6e4-e7be01e87e50",
                        "Name": "Old Group84262",
                        "Status": "ACTIVE",
                        "Contacts": [],
                        "HasValidationErrors": False,
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.contact_groups.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_contact_groups_list(seen[0])
    assert isinstance(result, ContactGroups)


def test_contact_groups_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "b825df86-1a72-49c9-97dd-36afc7d04bd5",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551746015603)/",
                    "ContactGroups": [
                        {
                            "ContactGroupID": "d7a86b80-8dac-4d89-a334-9dcf5753676c",
                            "Name": "Suppliers",
                            "Status": "ACTIVE",
                            "Contacts": [],
                            "HasValidationErrors": False,
                        },
                        {
                            "ContactGroupID": "ab089fd4-012f-4043-a6e4-e7be01e87e50",
                            "Name": "Old Group84262",
                            "Status": "ACTIVE",
                            "Contacts": [],
                            "HasValidationErrors": False,
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.contact_groups.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contact_groups_list(seen[0])
    assert isinstance(result, ContactGroups)


def test_contact_groups_create_request_example_round_trips() -> None:
    example: object = {"ContactGroups": [{"Name": "VIPs"}]}
    model = ContactGroups.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_contact_groups_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "5afe53f9-2271-45b8-9767-88d023b71d34",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551745740920)/",
        "ContactGroups": [
            {
                "ContactGroupID": "d7a86b80-8dac-4d89-a334-9dcf5753676c",
                "Name": "Suppliers",
                "Status": "ACTIVE",
                "Contacts": [],
                "HasValidationErrors": False,
            }
        ],
    }
    model = ContactGroups.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_contact_groups_create_response_example_400_1_round_trips() -> None:
    example: object = {
        "ErrorNumber": 10,
        "Type": "ValidationException",
        "Message": "A validation exception occurred",
        "Elements": [
            {
                "ContactGroupID": "00000000-0000-0000-0000-000000000000",
                "Name": "Suppliers",
                "Contacts": [],
                "HasValidationErrors": True,
                "ValidationErrors": [
                    {"Message": "You’ve reached the limit of 100 contact groups."}
                ],
            }
        ],
    }
    model = Error.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_contact_groups_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/ContactGroups"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"ContactGroups": [{"Name": "VIPs"}]}


def test_contact_groups_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "5afe53f9-2271-45b8-9767-88d023b71d34",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551745740920)/",
                "ContactGroups": [
                    {
                        "ContactGroupID": "d7a86b80-8dac-4d89-a334-9dcf5753676c",
                        "Name": "Suppliers",
                        "Status": "ACTIVE",
                        "Contacts": [],
                        "HasValidationErrors": False,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.contact_groups.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            contact_groups=[ContactGroup(name="VIPs")],
        )
    assert len(seen) == 1
    _check_contact_groups_create(seen[0])
    assert isinstance(result, ContactGroups)


def test_contact_groups_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "5afe53f9-2271-45b8-9767-88d023b71d34",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551745740920)/",
                    "ContactGroups": [
                        {
                            "ContactGroupID": "d7a86b80-8dac-4d89-a334-9dcf5753676c",
                            "Name": "Suppliers",
                            "Status": "ACTIVE",
                            "Contacts": [],
                            "HasValidationErrors": False,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.contact_groups.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                contact_groups=[ContactGroup(name="VIPs")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contact_groups_create(seen[0])
    assert isinstance(result, ContactGroups)


def test_contact_groups_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.contact_groups.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            contact_groups=[ContactGroup(name="VIPs")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_contact_groups_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "079c14f6-2c2d-464e-a2c7-0edf7e465723",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551746772976)/",
        "ContactGroups": [
            {
                "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                "Name": "Oasis",
                "Status": "ACTIVE",
                "Contacts": [
                    {
                        "ContactID": "4e1753b9-018a-4775-b6aa-1bc7871cfee3",
                        "Name": "Noel Gallagher",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "Name": "Liam Gallagher",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                ],
                "HasValidationErrors": False,
            }
        ],
    }
    model = ContactGroups.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_contact_groups_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ContactGroups/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contact_groups_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "079c14f6-2c2d-464e-a2c7-0edf7e465723",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551746772976)/",
                "ContactGroups": [
                    {
                        "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                        "Name": "Oasis",
                        "Status": "ACTIVE",
                        "Contacts": [
                            {
                                "ContactID": "4e1753b9-018a-4775-b6aa-1bc7871cfee3",
                                "Name": "Noel Gallagher",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                            {
                                "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                                "Name": "Liam Gallagher",
                                "Addresses": [],
                                "Phones": [],
                                "ContactGroups": [],
                                "ContactPersons": [],
                                "HasValidationErrors": False,
                            },
                        ],
                        "HasValidationErrors": False,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.contact_groups.get(
            contact_group_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_contact_groups_get(seen[0])
    assert isinstance(result, ContactGroups)


def test_contact_groups_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "079c14f6-2c2d-464e-a2c7-0edf7e465723",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551746772976)/",
                    "ContactGroups": [
                        {
                            "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                            "Name": "Oasis",
                            "Status": "ACTIVE",
                            "Contacts": [
                                {
                                    "ContactID": "4e1753b9-018a-4775-b6aa-1bc7871cfee3",
                                    "Name": "Noel Gallagher",
                                    "Addresses": [],
                                    "Phones": [],
                                    "ContactGroups": [],
                                    "ContactPersons": [],
                                    "HasValidationErrors": False,
                                },
                                {
                                    "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                                    "Name": "Liam Gallagher",
                                    "Addresses": [],
                                    "Phones": [],
                                    "ContactGroups": [],
                                    "ContactPersons": [],
                                    "HasValidationErrors": False,
                                },
                            ],
                            "HasValidationErrors": False,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.contact_groups.get(
                contact_group_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contact_groups_get(seen[0])
    assert isinstance(result, ContactGroups)


def test_contact_groups_update_request_example_round_trips() -> None:
    example: object = {"ContactGroups": [{"Name": "Suppliers"}]}
    model = ContactGroups.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_contact_groups_update_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "b1ba6cdb-1637-4209-bb92-bd0c593f3243",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551746288544)/",
        "ContactGroups": [
            {
                "ContactGroupID": "13f47537-7c1d-4e62-966e-617d76558fc5",
                "Name": "Supplier Vendor",
                "Status": "ACTIVE",
                "Contacts": [],
                "HasValidationErrors": False,
            }
        ],
    }
    model = ContactGroups.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_contact_groups_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ContactGroups/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"ContactGroups": [{"Name": "Suppliers"}]}


def test_contact_groups_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "b1ba6cdb-1637-4209-bb92-bd0c593f3243",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551746288544)/",
                "ContactGroups": [
                    {
                        "ContactGroupID": "13f47537-7c1d-4e62-966e-617d76558fc5",
                        "Name": "Supplier Vendor",
                        "Status": "ACTIVE",
                        "Contacts": [],
                        "HasValidationErrors": False,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.contact_groups.update(
            contact_group_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            contact_groups=[ContactGroup(name="Suppliers")],
        )
    assert len(seen) == 1
    _check_contact_groups_update(seen[0])
    assert isinstance(result, ContactGroups)


def test_contact_groups_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "b1ba6cdb-1637-4209-bb92-bd0c593f3243",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551746288544)/",
                    "ContactGroups": [
                        {
                            "ContactGroupID": "13f47537-7c1d-4e62-966e-617d76558fc5",
                            "Name": "Supplier Vendor",
                            "Status": "ACTIVE",
                            "Contacts": [],
                            "HasValidationErrors": False,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.contact_groups.update(
                contact_group_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                contact_groups=[ContactGroup(name="Suppliers")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contact_groups_update(seen[0])
    assert isinstance(result, ContactGroups)


def test_contact_groups_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.contact_groups.update(
            contact_group_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            contact_groups=[ContactGroup(name="Suppliers")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_contact_groups_create_contacts_request_example_round_trips() -> None:
    example: object = {
        "Contacts": [
            {"ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7"},
            {"ContactID": "4e1753b9-018a-4775-b6aa-1bc7871cfee3"},
        ]
    }
    model = Contacts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_contact_groups_create_contacts_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "99db8024-6895-45c8-a1b5-54805aa8689c",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1551747495785)/",
        "Contacts": [
            {
                "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                "Addresses": [],
                "Phones": [],
                "ContactGroups": [],
                "ContactPersons": [],
                "HasValidationErrors": False,
                "ValidationErrors": [],
            },
            {
                "ContactID": "4e1753b9-018a-4775-b6aa-1bc7871cfee3",
                "Addresses": [],
                "Phones": [],
                "ContactGroups": [],
                "ContactPersons": [],
                "HasValidationErrors": False,
                "ValidationErrors": [],
            },
        ],
    }
    model = Contacts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_contact_groups_create_contacts(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ContactGroups/00000000-0000-0000-0000-000000000000/Contacts"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Contacts": [
            {"ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7"},
            {"ContactID": "4e1753b9-018a-4775-b6aa-1bc7871cfee3"},
        ]
    }


def test_contact_groups_create_contacts_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "99db8024-6895-45c8-a1b5-54805aa8689c",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1551747495785)/",
                "Contacts": [
                    {
                        "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                        "ValidationErrors": [],
                    },
                    {
                        "ContactID": "4e1753b9-018a-4775-b6aa-1bc7871cfee3",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                        "ValidationErrors": [],
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.contact_groups.create_contacts(
            contact_group_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            contacts=[
                Contact(contact_id=UUID("a3675fc4-f8dd-4f03-ba5b-f1870566bcd7")),
                Contact(contact_id=UUID("4e1753b9-018a-4775-b6aa-1bc7871cfee3")),
            ],
        )
    assert len(seen) == 1
    _check_contact_groups_create_contacts(seen[0])
    assert isinstance(result, Contacts)


def test_contact_groups_create_contacts_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "99db8024-6895-45c8-a1b5-54805aa8689c",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1551747495785)/",
                    "Contacts": [
                        {
                            "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                            "ValidationErrors": [],
                        },
                        {
                            "ContactID": "4e1753b9-018a-4775-b6aa-1bc7871cfee3",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                            "ValidationErrors": [],
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.contact_groups.create_contacts(
                contact_group_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                contacts=[
                    Contact(contact_id=UUID("a3675fc4-f8dd-4f03-ba5b-f1870566bcd7")),
                    Contact(contact_id=UUID("4e1753b9-018a-4775-b6aa-1bc7871cfee3")),
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_contact_groups_create_contacts(seen[0])
    assert isinstance(result, Contacts)


def test_contact_groups_create_contacts_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.contact_groups.create_contacts(
            contact_group_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            contacts=[
                Contact(contact_id=UUID("a3675fc4-f8dd-4f03-ba5b-f1870566bcd7")),
                Contact(contact_id=UUID("4e1753b9-018a-4775-b6aa-1bc7871cfee3")),
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_contact_groups_delete_contacts(request: httpx.Request) -> None:
    assert request.method == "DELETE"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ContactGroups/00000000-0000-0000-0000-000000000000/Contacts"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contact_groups_delete_contacts_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(204, None, seen)) as client:
        client.contact_groups.delete_contacts(
            contact_group_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_contact_groups_delete_contacts(seen[0])


def test_contact_groups_delete_contacts_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> None:
        async with _async_client(_answer(204, None, seen)) as client:
            await client.contact_groups.delete_contacts(
                contact_group_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    asyncio.run(run())
    assert len(seen) == 1
    _check_contact_groups_delete_contacts(seen[0])


def _check_contact_groups_delete_contact(request: httpx.Request) -> None:
    assert request.method == "DELETE"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/ContactGroups/00000000-0000-0000-0000-000000000000/Contacts/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_contact_groups_delete_contact_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(204, None, seen)) as client:
        client.contact_groups.delete_contact(
            contact_group_id=UUID("00000000-0000-0000-0000-000000000000"),
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_contact_groups_delete_contact(seen[0])


def test_contact_groups_delete_contact_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> None:
        async with _async_client(_answer(204, None, seen)) as client:
            await client.contact_groups.delete_contact(
                contact_group_id=UUID("00000000-0000-0000-0000-000000000000"),
                contact_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    asyncio.run(run())
    assert len(seen) == 1
    _check_contact_groups_delete_contact(seen[0])


def test_contact_groups_delete_contact_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.contact_groups.delete_contact(
            contact_group_id=UUID("00000000-0000-0000-0000-000000000000"),
            contact_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
