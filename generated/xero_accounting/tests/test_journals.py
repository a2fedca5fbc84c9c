"""Tests of the `journals` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
from uuid import UUID

import httpx

from xero_accounting import AsyncClient, Client
from xero_accounting.models import Journals

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


def _check_journals_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Journals"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_journals_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.journals.list(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_journals_list(seen[0])
    assert isinstance(result, Journals)


def test_journals_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.journals.list(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_journals_list(seen[0])
    assert isinstance(result, Journals)


def _check_journals_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Journals/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_journals_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.journals.get(
            journal_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_journals_get(seen[0])
    assert isinstance(result, Journals)


def test_journals_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.journals.get(
                journal_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_journals_get(seen[0])
    assert isinstance(result, Journals)


def _check_journals_get_by_number(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Journals/1"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_journals_get_by_number_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.journals.get_by_number(
            journal_number=1,
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_journals_get_by_number(seen[0])
    assert isinstance(result, Journals)


def test_journals_get_by_number_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.journals.get_by_number(
                journal_number=1,
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_journals_get_by_number(seen[0])
    assert isinstance(result, Journals)
