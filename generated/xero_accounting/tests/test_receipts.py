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
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.receipts.list(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_receipts_list(seen[0])
    assert isinstance(result, Receipts)


def test_receipts_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.receipts.list(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_list(seen[0])
    assert isinstance(result, Receipts)


def _check_receipts_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Receipts"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.receipts.create(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_receipts_create(seen[0])
    assert isinstance(result, Receipts)


def test_receipts_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.receipts.create(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_create(seen[0])
    assert isinstance(result, Receipts)


def test_receipts_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.receipts.create(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_receipts_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Receipts/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.receipts.get(
            receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_receipts_get(seen[0])
    assert isinstance(result, Receipts)


def test_receipts_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.receipts.get(
                receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_get(seen[0])
    assert isinstance(result, Receipts)


def _check_receipts_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Receipts/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.receipts.update(
            receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_receipts_update(seen[0])
    assert isinstance(result, Receipts)


def test_receipts_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.receipts.update(
                receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_update(seen[0])
    assert isinstance(result, Receipts)


def test_receipts_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.receipts.update(
            receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_receipts_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Receipts/00000000-0000-4000-8000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.receipts.get_attachments(
            receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_receipts_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_receipts_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.receipts.get_attachments(
                receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
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
        + "/Receipts/00000000-0000-4000-8000-000000000000/Attachments/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["contenttype"] == "my-contenttype"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.receipts.get_attachment_by_id(
            receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
            attachment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            content_type="my-contenttype",
        )
    assert len(seen) == 1
    _check_receipts_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_receipts_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.receipts.get_attachment_by_id(
                receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
                attachment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                content_type="my-contenttype",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_receipts_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Receipts/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["contenttype"] == "my-contenttype"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.receipts.get_attachment_by_file_name(
            receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            content_type="my-contenttype",
        )
    assert len(seen) == 1
    _check_receipts_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_receipts_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.receipts.get_attachment_by_file_name(
                receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                content_type="my-contenttype",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def _check_receipts_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Receipts/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.receipts.create_attachment_by_file_name(
            receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert len(seen) == 1
    _check_receipts_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_receipts_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.receipts.create_attachment_by_file_name(
                receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
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
            receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_receipts_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Receipts/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.receipts.update_attachment_by_file_name(
            receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert len(seen) == 1
    _check_receipts_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_receipts_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.receipts.update_attachment_by_file_name(
                receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
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
            receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_receipts_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Receipts/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_receipts_get_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.receipts.get_history(
            receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_receipts_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_receipts_get_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.receipts.get_history(
                receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_receipts_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_receipts_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_receipts_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Receipts/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_receipts_create_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.receipts.create_history(
            receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_receipts_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_receipts_create_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.receipts.create_history(
                receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
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
            receipt_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
