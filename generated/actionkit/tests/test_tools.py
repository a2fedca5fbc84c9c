"""Tests of the `tools` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio

import httpx

from actionkit import AsyncClient, Client
from actionkit.models import InvoiceType, LineItem

BASE_URL = "https://api.example.test/base"


def _client(handler: httpx.MockTransport) -> Client:
    return Client(
        token="test-token",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.Client(transport=handler),
    )


def _async_client(handler: httpx.MockTransport) -> AsyncClient:
    return AsyncClient(
        token="test-token",
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


def _check_tools_xero_create_invoice(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/projects/my-project-id/tools"
    assert request.headers["authorization"] == "Bearer test-token"


def test_tools_xero_create_invoice_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, None, seen)) as client:
        client.tools.xero_create_invoice(
            project_id="my-project-id",
            invoice_type=InvoiceType("ACCPAY"),
            contact_id="xxxxxx",
            line_items=[LineItem()],
        )
    assert len(seen) == 1
    _check_tools_xero_create_invoice(seen[0])


def test_tools_xero_create_invoice_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> None:
        async with _async_client(_answer(200, None, seen)) as client:
            await client.tools.xero_create_invoice(
                project_id="my-project-id",
                invoice_type=InvoiceType("ACCPAY"),
                contact_id="xxxxxx",
                line_items=[LineItem()],
            )

    asyncio.run(run())
    assert len(seen) == 1
    _check_tools_xero_create_invoice(seen[0])
