"""Tests of the `users` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
from uuid import UUID

import httpx

from xero_accounting import AsyncClient, Client
from xero_accounting.models import Users

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


def test_users_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "17932a4e-4948-4d50-8672-4ef0e1dd90c5",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1553880796393)/",
        "Users": [
            {
                "UserID": "3c37ef1d-cd49-4589-9787-3c418ed8b6ac",
                "EmailAddress": "test@email.com",
                "FirstName": "Test",
                "LastName": "Xero",
                "UpdatedDateUTC": "/Date(1508523261613+0000)/",
                "IsSubscriber": False,
                "OrganisationRole": "FINANCIALADVISER",
            },
            {
                "UserID": "d1164823-0ac1-41ad-987b-b4e30fe0b273",
                "EmailAddress": "api@xero.com",
                "FirstName": "API ",
                "LastName": "Team",
                "UpdatedDateUTC": "/Date(1511957179217+0000)/",
                "IsSubscriber": True,
                "OrganisationRole": "FINANCIALADVISER",
            },
        ],
    }
    model = Users.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_users_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Users"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_users_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "17932a4e-4948-4d50-8672-4ef0e1dd90c5",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1553880796393)/",
                "Users": [
                    {
                        "UserID": "3c37ef1d-cd49-4589-9787-3c418ed8b6ac",
                        "EmailAddress": "test@email.com",
                        "FirstName": "Test",
                        "LastName": "Xero",
                        "UpdatedDateUTC": "/Date(1508523261613+0000)/",
                        "IsSubscriber": False,
                        "OrganisationRole": "FINANCIALADVISER",
                    },
                    {
                        "UserID": "d1164823-0ac1-41ad-987b-b4e30fe0b273",
                        "EmailAddress": "api@xero.com",
                        "FirstName": "API ",
                        "LastName": "Team",
                        "UpdatedDateUTC": "/Date(1511957179217+0000)/",
                        "IsSubscriber": True,
                        "OrganisationRole": "FINANCIALADVISER",
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.users.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_users_list(seen[0])
    assert isinstance(result, Users)


def test_users_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "17932a4e-4948-4d50-8672-4ef0e1dd90c5",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1553880796393)/",
                    "Users": [
                        {
                            "UserID": "3c37ef1d-cd49-4589-9787-3c418ed8b6ac",
                            "EmailAddress": "test@email.com",
                            "FirstName": "Test",
                            "LastName": "Xero",
                            "UpdatedDateUTC": "/Date(1508523261613+0000)/",
                            "IsSubscriber": False,
                            "OrganisationRole": "FINANCIALADVISER",
                        },
                        {
                            "UserID": "d1164823-0ac1-41ad-987b-b4e30fe0b273",
                            "EmailAddress": "api@xero.com",
                            "FirstName": "API ",
                            "LastName": "Team",
                            "UpdatedDateUTC": "/Date(1511957179217+0000)/",
                            "IsSubscriber": True,
                            "OrganisationRole": "FINANCIALADVISER",
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.users.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_users_list(seen[0])
    assert isinstance(result, Users)


def test_users_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "51250ce8-1b35-4ba4-b404-dc94ff75bd87",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1553880796732)/",
        "Users": [
            {
                "UserID": "3c37ef1d-cd49-4589-9787-3c418ed8b6ac",
                "EmailAddress": "test@email.com",
                "FirstName": "Test",
                "LastName": "Xero",
                "UpdatedDateUTC": "/Date(1508523261613+0000)/",
                "IsSubscriber": False,
                "OrganisationRole": "FINANCIALADVISER",
            }
        ],
    }
    model = Users.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_users_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Users/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_users_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "51250ce8-1b35-4ba4-b404-dc94ff75bd87",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1553880796732)/",
                "Users": [
                    {
                        "UserID": "3c37ef1d-cd49-4589-9787-3c418ed8b6ac",
                        "EmailAddress": "test@email.com",
                        "FirstName": "Test",
                        "LastName": "Xero",
                        "UpdatedDateUTC": "/Date(1508523261613+0000)/",
                        "IsSubscriber": False,
                        "OrganisationRole": "FINANCIALADVISER",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.users.get(
            user_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_users_get(seen[0])
    assert isinstance(result, Users)


def test_users_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "51250ce8-1b35-4ba4-b404-dc94ff75bd87",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1553880796732)/",
                    "Users": [
                        {
                            "UserID": "3c37ef1d-cd49-4589-9787-3c418ed8b6ac",
                            "EmailAddress": "test@email.com",
                            "FirstName": "Test",
                            "LastName": "Xero",
                            "UpdatedDateUTC": "/Date(1508523261613+0000)/",
                            "IsSubscriber": False,
                            "OrganisationRole": "FINANCIALADVISER",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.users.get(
                user_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_users_get(seen[0])
    assert isinstance(result, Users)
