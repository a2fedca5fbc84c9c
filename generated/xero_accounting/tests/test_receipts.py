"""Tests of the `receipts` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import Attachments, Error, HistoryRecord, HistoryRecords, Receipts

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


def _check_receipts_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Receipts"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.receipts.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_receipts_list(seen[0])
    assert isinstance(result, Receipts)


def test_receipts_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.receipts.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_list(seen[0])
    assert isinstance(result, Receipts)


def _check_receipts_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Receipts"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.receipts.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_receipts_create(seen[0])
    assert isinstance(result, Receipts)


def test_receipts_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.receipts.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_create(seen[0])
    assert isinstance(result, Receipts)


def test_receipts_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.receipts.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_receipts_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Receipts/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.receipts.get(
            receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_receipts_get(seen[0])
    assert isinstance(result, Receipts)


def test_receipts_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.receipts.get(
                receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_get(seen[0])
    assert isinstance(result, Receipts)


def _check_receipts_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Receipts/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.receipts.update(
            receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_receipts_update(seen[0])
    assert isinstance(result, Receipts)


def test_receipts_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.receipts.update(
                receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_update(seen[0])
    assert isinstance(result, Receipts)


def test_receipts_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.receipts.update(
            receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_receipts_get_attachments_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "d379c04d-d3aa-4034-95b8-af69a449bd78",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552686430436)/",
        "Attachments": [
            {
                "AttachmentID": "11e5ca6b-d38c-42ab-a29f-c1710d171aa1",
                "FileName": "giphy.gif",
                "Url": "https://api.xero.com/api.xro/2.0/Receipts/7923c00d-163d-404c-a608-af3de333db29/Attachments/giphy.gif",
                "MimeType": "image/gif",
                "ContentLength": 495727,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_receipts_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Receipts/00000000-0000-0000-0000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "d379c04d-d3aa-4034-95b8-af69a449bd78",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552686430436)/",
                "Attachments": [
                    {
                        "AttachmentID": "11e5ca6b-d38c-42ab-a29f-c1710d171aa1",
                        "FileName": "giphy.gif",
                        "Url": "https://api.xero.com/api.xro/2.0/Receipts/7923c00d-163d-404c-a608-af3de333db29/Attachments/giphy.gif",
                        "MimeType": "image/gif",
                        "ContentLength": 495727,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.receipts.get_attachments(
            receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_receipts_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_receipts_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "d379c04d-d3aa-4034-95b8-af69a449bd78",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552686430436)/",
                    "Attachments": [
                        {
                            "AttachmentID": "11e5ca6b-d38c-42ab-a29f-c1710d171aa1",
                            "FileName": "giphy.gif",
                            "Url": "https://api.xero.com/api.xro/2.0/Receipts/7923c00d-163d-404c-a608-af3de333db29/Attachments/giphy.gif",
                            "MimeType": "image/gif",
                            "ContentLength": 495727,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.receipts.get_attachments(
                receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def _check_receipts_get_attachment_by_id(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/Receipts/00000000-0000-0000-0000-000000000000/Attachments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.receipts.get_attachment_by_id(
            receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
            attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_receipts_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_receipts_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.receipts.get_attachment_by_id(
                receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
                attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_receipts_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Receipts/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.receipts.get_attachment_by_file_name(
            receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_receipts_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_receipts_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.receipts.get_attachment_by_file_name(
                receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_receipts_create_attachment_by_file_name_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "01c9a720-b1f1-4477-8de8-ff46d945fd1d",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552686599884)/",
        "Attachments": [
            {
                "AttachmentID": "3451e34c-66a6-42b0-91e2-88618bdc169b",
                "FileName": "foobar.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/Receipts/a44fd147-af4e-4fe8-a09a-55332df74162/Attachments/foobar.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_receipts_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Receipts/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "01c9a720-b1f1-4477-8de8-ff46d945fd1d",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552686599884)/",
                "Attachments": [
                    {
                        "AttachmentID": "3451e34c-66a6-42b0-91e2-88618bdc169b",
                        "FileName": "foobar.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Receipts/a44fd147-af4e-4fe8-a09a-55332df74162/Attachments/foobar.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.receipts.create_attachment_by_file_name(
            receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_receipts_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_receipts_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "01c9a720-b1f1-4477-8de8-ff46d945fd1d",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552686599884)/",
                    "Attachments": [
                        {
                            "AttachmentID": "3451e34c-66a6-42b0-91e2-88618bdc169b",
                            "FileName": "foobar.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Receipts/a44fd147-af4e-4fe8-a09a-55332df74162/Attachments/foobar.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.receipts.create_attachment_by_file_name(
                receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_receipts_create_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.receipts.create_attachment_by_file_name(
            receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_receipts_update_attachment_by_file_name_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "aeca1ea8-8fd9-4757-96a6-397dc4957a69",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552686602761)/",
        "Attachments": [
            {
                "AttachmentID": "e02a84f6-b83a-4983-b3b9-35cd8880c7bc",
                "FileName": "HelloWorld.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/Receipts/a44fd147-af4e-4fe8-a09a-55332df74162/Attachments/HelloWorld.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_receipts_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Receipts/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "aeca1ea8-8fd9-4757-96a6-397dc4957a69",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552686602761)/",
                "Attachments": [
                    {
                        "AttachmentID": "e02a84f6-b83a-4983-b3b9-35cd8880c7bc",
                        "FileName": "HelloWorld.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Receipts/a44fd147-af4e-4fe8-a09a-55332df74162/Attachments/HelloWorld.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.receipts.update_attachment_by_file_name(
            receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_receipts_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_receipts_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "aeca1ea8-8fd9-4757-96a6-397dc4957a69",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552686602761)/",
                    "Attachments": [
                        {
                            "AttachmentID": "e02a84f6-b83a-4983-b3b9-35cd8880c7bc",
                            "FileName": "HelloWorld.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Receipts/a44fd147-af4e-4fe8-a09a-55332df74162/Attachments/HelloWorld.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.receipts.update_attachment_by_file_name(
                receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_receipts_update_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.receipts.update_attachment_by_file_name(
            receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_receipts_get_history_response_example_200_0_round_trips() -> None:
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


def _check_receipts_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Receipts/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_get_history_sends_the_documented_request() -> None:
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
        result = client.receipts.get_history(
            receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_receipts_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_receipts_get_history_async_sends_the_same_request() -> None:
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
            return await client.receipts.get_history(
                receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_receipts_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_receipts_create_history_response_example_200_0_round_trips() -> None:
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


def test_receipts_create_history_response_example_400_1_round_trips() -> None:
    example: object = {
        "ErrorNumber": 10,
        "Type": "ValidationException",
        "Message": "A validation exception occurred",
        "Elements": [
            {
                "DateUTCString": "2019-03-15T21:51:50",
                "DateUTC": "/Date(1552686710791)/",
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


def _check_receipts_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Receipts/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_receipts_create_history_sends_the_documented_request() -> None:
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
        result = client.receipts.create_history(
            receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_receipts_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_receipts_create_history_async_sends_the_same_request() -> None:
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
            return await client.receipts.create_history(
                receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_receipts_create_history_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.receipts.create_history(
            receipt_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
