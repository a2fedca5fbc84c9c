"""Tests of the `tracking_categories` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import Error, TrackingCategories, TrackingCategory, TrackingOptions

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


def test_tracking_categories_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "cec55068-8061-48e5-ac83-c77e7c54cf3d",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1555085855047)/",
        "TrackingCategories": [
            {
                "Name": "BarFoo",
                "Status": "ACTIVE",
                "TrackingCategoryID": "22f10184-0deb-44ae-a312-b1f6ea70e51f",
                "Options": [],
            },
            {
                "Name": "HelloWorld",
                "Status": "ACTIVE",
                "TrackingCategoryID": "0c9fce3e-a111-4d99-803a-62cf3f40e633",
                "Options": [],
            },
        ],
    }
    model = TrackingCategories.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_tracking_categories_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/TrackingCategories"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_tracking_categories_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "cec55068-8061-48e5-ac83-c77e7c54cf3d",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1555085855047)/",
                "TrackingCategories": [
                    {
                        "Name": "BarFoo",
                        "Status": "ACTIVE",
                        "TrackingCategoryID": "22f10184-0deb-44ae-a312-b1f6ea70e51f",
                        "Options": [],
                    },
                    {
                        "Name": "HelloWorld",
                        "Status": "ACTIVE",
                        "TrackingCategoryID": "0c9fce3e-a111-4d99-803a-62cf3f40e633",
                        "Options": [],
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.tracking_categories.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_tracking_categories_list(seen[0])
    assert isinstance(result, TrackingCategories)


def test_tracking_categories_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "cec55068-8061-48e5-ac83-c77e7c54cf3d",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1555085855047)/",
                    "TrackingCategories": [
                        {
                            "Name": "BarFoo",
                            "Status": "ACTIVE",
                            "TrackingCategoryID": "22f10184-0deb-44ae-a312-b1f6ea70e51f",
                            "Options": [],
                        },
                        {
                            "Name": "HelloWorld",
                            "Status": "ACTIVE",
                            "TrackingCategoryID": "0c9fce3e-a111-4d99-803a-62cf3f40e633",
                            "Options": [],
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.tracking_categories.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_tracking_categories_list(seen[0])
    assert isinstance(result, TrackingCategories)


def test_tracking_categories_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "1a9f8e03-9916-4a42-93a9-e8fa4902d49c",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1555085855988)/",
        "TrackingCategories": [
            {
                "Name": "FooBar",
                "Status": "ACTIVE",
                "TrackingCategoryID": "b1df776b-b093-4730-b6ea-590cca40e723",
                "Options": [],
            }
        ],
    }
    model = TrackingCategories.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_tracking_categories_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/TrackingCategories"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_tracking_categories_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "1a9f8e03-9916-4a42-93a9-e8fa4902d49c",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1555085855988)/",
                "TrackingCategories": [
                    {
                        "Name": "FooBar",
                        "Status": "ACTIVE",
                        "TrackingCategoryID": "b1df776b-b093-4730-b6ea-590cca40e723",
                        "Options": [],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.tracking_categories.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_tracking_categories_create(seen[0])
    assert isinstance(result, TrackingCategories)


def test_tracking_categories_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "1a9f8e03-9916-4a42-93a9-e8fa4902d49c",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1555085855988)/",
                    "TrackingCategories": [
                        {
                            "Name": "FooBar",
                            "Status": "ACTIVE",
                            "TrackingCategoryID": "b1df776b-b093-4730-b6ea-590cca40e723",
                            "Options": [],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.tracking_categories.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_tracking_categories_create(seen[0])
    assert isinstance(result, TrackingCategories)


def test_tracking_categories_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.tracking_categories.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_tracking_categories_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "b75b8862-39c0-45a8-82b8-30ab4831996b",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1555085855442)/",
        "TrackingCategories": [
            {
                "Name": "Foo41157",
                "Status": "DELETED",
                "TrackingCategoryID": "22f10184-0deb-44ae-a312-b1f6ea70e51f",
                "Options": [],
            }
        ],
    }
    model = TrackingCategories.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_tracking_categories_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/TrackingCategories/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_tracking_categories_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "b75b8862-39c0-45a8-82b8-30ab4831996b",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1555085855442)/",
                "TrackingCategories": [
                    {
                        "Name": "Foo41157",
                        "Status": "DELETED",
                        "TrackingCategoryID": "22f10184-0deb-44ae-a312-b1f6ea70e51f",
                        "Options": [],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.tracking_categories.get(
            tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_tracking_categories_get(seen[0])
    assert isinstance(result, TrackingCategories)


def test_tracking_categories_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "b75b8862-39c0-45a8-82b8-30ab4831996b",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1555085855442)/",
                    "TrackingCategories": [
                        {
                            "Name": "Foo41157",
                            "Status": "DELETED",
                            "TrackingCategoryID": "22f10184-0deb-44ae-a312-b1f6ea70e51f",
                            "Options": [],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.tracking_categories.get(
                tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_tracking_categories_get(seen[0])
    assert isinstance(result, TrackingCategories)


def test_tracking_categories_update_request_example_round_trips() -> None:
    example: object = {"Name": "Avengers"}
    model = TrackingCategory.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_tracking_categories_update_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "55438774-f87d-4731-b586-799cf0f914ed",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1555085856275)/",
        "TrackingCategories": [
            {
                "Name": "BarFoo",
                "Status": "ACTIVE",
                "TrackingCategoryID": "b1df776b-b093-4730-b6ea-590cca40e723",
                "Options": [],
            }
        ],
    }
    model = TrackingCategories.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_tracking_categories_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/TrackingCategories/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"Name": "Avengers"}


def test_tracking_categories_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "55438774-f87d-4731-b586-799cf0f914ed",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1555085856275)/",
                "TrackingCategories": [
                    {
                        "Name": "BarFoo",
                        "Status": "ACTIVE",
                        "TrackingCategoryID": "b1df776b-b093-4730-b6ea-590cca40e723",
                        "Options": [],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.tracking_categories.update(
            tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            name="Avengers",
        )
    assert len(seen) == 1
    _check_tracking_categories_update(seen[0])
    assert isinstance(result, TrackingCategories)


def test_tracking_categories_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "55438774-f87d-4731-b586-799cf0f914ed",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1555085856275)/",
                    "TrackingCategories": [
                        {
                            "Name": "BarFoo",
                            "Status": "ACTIVE",
                            "TrackingCategoryID": "b1df776b-b093-4730-b6ea-590cca40e723",
                            "Options": [],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.tracking_categories.update(
                tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                name="Avengers",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_tracking_categories_update(seen[0])
    assert isinstance(result, TrackingCategories)


def test_tracking_categories_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.tracking_categories.update(
            tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            name="Avengers",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_tracking_categories_delete_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "ca7f8145-c8a5-4366-a2fb-784edc0cfbb7",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1555086457922)/",
        "TrackingCategories": [
            {
                "Name": "Foo46189",
                "Status": "DELETED",
                "TrackingCategoryID": "0390bdfd-94f2-49d6-b7a0-4a38c46ebf03",
                "Options": [],
            }
        ],
    }
    model = TrackingCategories.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_tracking_categories_delete(request: httpx.Request) -> None:
    assert request.method == "DELETE"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/TrackingCategories/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_tracking_categories_delete_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "ca7f8145-c8a5-4366-a2fb-784edc0cfbb7",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1555086457922)/",
                "TrackingCategories": [
                    {
                        "Name": "Foo46189",
                        "Status": "DELETED",
                        "TrackingCategoryID": "0390bdfd-94f2-49d6-b7a0-4a38c46ebf03",
                        "Options": [],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.tracking_categories.delete(
            tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_tracking_categories_delete(seen[0])
    assert isinstance(result, TrackingCategories)


def test_tracking_categories_delete_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "ca7f8145-c8a5-4366-a2fb-784edc0cfbb7",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1555086457922)/",
                    "TrackingCategories": [
                        {
                            "Name": "Foo46189",
                            "Status": "DELETED",
                            "TrackingCategoryID": "0390bdfd-94f2-49d6-b7a0-4a38c46ebf03",
                            "Options": [],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.tracking_categories.delete(
                tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_tracking_categories_delete(seen[0])
    assert isinstance(result, TrackingCategories)


def test_tracking_categories_delete_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.tracking_categories.delete(
            tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_tracking_categories_create_tracking_options_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "923be702-d124-4f5c-a568-760906538d8e",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1555085857061)/",
        "Options": [
            {
                "TrackingOptionID": "34669548-b989-487a-979f-0787d04568a2",
                "Name": "Bar40423",
                "Status": "ACTIVE",
                "HasValidationErrors": False,
                "IsDeleted": False,
                "IsArchived": False,
                "IsActive": True,
            }
        ],
    }
    model = TrackingOptions.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_tracking_categories_create_tracking_options(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/TrackingCategories/00000000-0000-0000-0000-000000000000/Options"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_tracking_categories_create_tracking_options_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "923be702-d124-4f5c-a568-760906538d8e",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1555085857061)/",
                "Options": [
                    {
                        "TrackingOptionID": "34669548-b989-487a-979f-0787d04568a2",
                        "Name": "Bar40423",
                        "Status": "ACTIVE",
                        "HasValidationErrors": False,
                        "IsDeleted": False,
                        "IsArchived": False,
                        "IsActive": True,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.tracking_categories.create_tracking_options(
            tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_tracking_categories_create_tracking_options(seen[0])
    assert isinstance(result, TrackingOptions)


def test_tracking_categories_create_tracking_options_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "923be702-d124-4f5c-a568-760906538d8e",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1555085857061)/",
                    "Options": [
                        {
                            "TrackingOptionID": "34669548-b989-487a-979f-0787d04568a2",
                            "Name": "Bar40423",
                            "Status": "ACTIVE",
                            "HasValidationErrors": False,
                            "IsDeleted": False,
                            "IsArchived": False,
                            "IsActive": True,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.tracking_categories.create_tracking_options(
                tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_tracking_categories_create_tracking_options(seen[0])
    assert isinstance(result, TrackingOptions)


def test_tracking_categories_create_tracking_options_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.tracking_categories.create_tracking_options(
            tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_tracking_categories_update_tracking_options_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "923be702-d124-4f5c-a568-760906538d8e",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1555085857061)/",
        "Options": [
            {
                "TrackingOptionID": "34669548-b989-487a-979f-0787d04568a2",
                "Name": "Bar40423",
                "Status": "ACTIVE",
                "HasValidationErrors": False,
                "IsDeleted": False,
                "IsArchived": False,
                "IsActive": True,
            }
        ],
    }
    model = TrackingOptions.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_tracking_categories_update_tracking_options(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/TrackingCategories/00000000-0000-0000-0000-000000000000/Options/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_tracking_categories_update_tracking_options_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "923be702-d124-4f5c-a568-760906538d8e",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1555085857061)/",
                "Options": [
                    {
                        "TrackingOptionID": "34669548-b989-487a-979f-0787d04568a2",
                        "Name": "Bar40423",
                        "Status": "ACTIVE",
                        "HasValidationErrors": False,
                        "IsDeleted": False,
                        "IsArchived": False,
                        "IsActive": True,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.tracking_categories.update_tracking_options(
            tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
            tracking_option_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_tracking_categories_update_tracking_options(seen[0])
    assert isinstance(result, TrackingOptions)


def test_tracking_categories_update_tracking_options_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "923be702-d124-4f5c-a568-760906538d8e",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1555085857061)/",
                    "Options": [
                        {
                            "TrackingOptionID": "34669548-b989-487a-979f-0787d04568a2",
                            "Name": "Bar40423",
                            "Status": "ACTIVE",
                            "HasValidationErrors": False,
                            "IsDeleted": False,
                            "IsArchived": False,
                            "IsActive": True,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.tracking_categories.update_tracking_options(
                tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
                tracking_option_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_tracking_categories_update_tracking_options(seen[0])
    assert isinstance(result, TrackingOptions)


def test_tracking_categories_update_tracking_options_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.tracking_categories.update_tracking_options(
            tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
            tracking_option_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_tracking_categories_delete_tracking_options_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "d985866e-0831-418f-a07c-4d843ff66d25",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1555085857338)/",
        "Options": [
            {
                "TrackingOptionID": "34669548-b989-487a-979f-0787d04568a2",
                "Name": "Bar40423",
                "Status": "DELETED",
                "HasValidationErrors": False,
                "IsDeleted": True,
                "IsArchived": False,
                "IsActive": False,
            }
        ],
    }
    model = TrackingOptions.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_tracking_categories_delete_tracking_options(request: httpx.Request) -> None:
    assert request.method == "DELETE"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/TrackingCategories/00000000-0000-0000-0000-000000000000/Options/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_tracking_categories_delete_tracking_options_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "d985866e-0831-418f-a07c-4d843ff66d25",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1555085857338)/",
                "Options": [
                    {
                        "TrackingOptionID": "34669548-b989-487a-979f-0787d04568a2",
                        "Name": "Bar40423",
                        "Status": "DELETED",
                        "HasValidationErrors": False,
                        "IsDeleted": True,
                        "IsArchived": False,
                        "IsActive": False,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.tracking_categories.delete_tracking_options(
            tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
            tracking_option_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_tracking_categories_delete_tracking_options(seen[0])
    assert isinstance(result, TrackingOptions)


def test_tracking_categories_delete_tracking_options_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "d985866e-0831-418f-a07c-4d843ff66d25",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1555085857338)/",
                    "Options": [
                        {
                            "TrackingOptionID": "34669548-b989-487a-979f-0787d04568a2",
                            "Name": "Bar40423",
                            "Status": "DELETED",
                            "HasValidationErrors": False,
                            "IsDeleted": True,
                            "IsArchived": False,
                            "IsActive": False,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.tracking_categories.delete_tracking_options(
                tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
                tracking_option_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_tracking_categories_delete_tracking_options(seen[0])
    assert isinstance(result, TrackingOptions)


def test_tracking_categories_delete_tracking_options_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.tracking_categories.delete_tracking_options(
            tracking_category_id=UUID("00000000-0000-0000-0000-000000000000"),
            tracking_option_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
