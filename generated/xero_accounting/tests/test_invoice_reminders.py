"""Tests of the `invoice_reminders` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio

import httpx

from xero_accounting import AsyncClient, Client
from xero_accounting.models import InvoiceReminders

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


def test_invoice_reminders_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "c7cd0953-c012-4be8-b618-63ce4c2c3494",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552331430618)/",
        "InvoiceReminders": [{"Enabled": False}],
    }
    model = InvoiceReminders.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoice_reminders_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/InvoiceReminders/Settings"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoice_reminders_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "c7cd0953-c012-4be8-b618-63ce4c2c3494",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552331430618)/",
                "InvoiceReminders": [{"Enabled": False}],
            },
            seen,
        )
    ) as client:
        result = client.invoice_reminders.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_invoice_reminders_list(seen[0])
    assert isinstance(result, InvoiceReminders)


def test_invoice_reminders_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "c7cd0953-c012-4be8-b618-63ce4c2c3494",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552331430618)/",
                    "InvoiceReminders": [{"Enabled": False}],
                },
                seen,
            )
        ) as client:
            return await client.invoice_reminders.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoice_reminders_list(seen[0])
    assert isinstance(result, InvoiceReminders)
