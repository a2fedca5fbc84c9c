"""Tests of the `invoices` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal

import httpx

from alguna import AsyncClient, Client
from alguna.models import CreateInvoiceLineItemRequest, CreateInvoiceLineItemResponse

BASE_URL = "https://api.example.test/base"


def _client(handler: httpx.MockTransport) -> Client:
    return Client(
        api_key="test-api_key",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.Client(transport=handler),
    )


def _async_client(handler: httpx.MockTransport) -> AsyncClient:
    return AsyncClient(
        api_key="test-api_key",
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


def test_invoices_create_line_item_request_example_round_trips() -> None:
    example: object = {"description": "Platform subscription", "quantity": "1", "unitPrice": "500"}
    model = CreateInvoiceLineItemRequest.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_invoices_create_line_item_response_example_200_0_round_trips() -> None:
    example: object = {
        "id": "oQLSmmnn",
        "accountId": "aBsZxlLh",
        "status": "upcoming",
        "dueDate": "2024-02-23T00:00:00Z",
        "issueDate": "2024-01-24T16:37:44.958601Z",
        "billingPeriodStart": "2024-01-01T00:00:00Z",
        "billingPeriodEnd": "2024-01-31T23:59:59Z",
        "billingPeriod": "Jan 1, 2024 - Jan 31, 2024",
        "currency": "USD",
        "description": "Invoice for period January 1, 2024 to January 31, 2024",
        "lineItems": [
            {
                "id": "tlfAFLJI",
                "description": "Platform subscription",
                "billingPeriodStart": "2024-01-01T00:00:00Z",
                "billingPeriodEnd": "2024-01-31T23:59:59Z",
                "quantity": "1",
                "unitPrice": "200",
                "totalPrice": "200",
                "isEditable": False,
                "productId": "HyujZkkm",
            },
            {
                "id": "vPcZvThU",
                "description": "Monthly user seats",
                "billingPeriodStart": "2024-01-01T00:00:00Z",
                "billingPeriodEnd": "2024-01-31T23:59:59Z",
                "quantity": "1",
                "unitPrice": "500",
                "totalPrice": "500",
                "isEditable": False,
                "productId": "GPAPMbiw",
            },
        ],
        "subtotal": "700",
        "tax": "0",
        "total": "700",
        "amountPaid": "0",
        "amountRemaining": "700",
        "externalId": "80c84e7d-b265-4835-8ea0-e38a6c924ba4",
        "externalProvider": "xero",
        "externalUrl": "https://go.xero.com/",
        "purchaseOrderNumber": None,
        "createdAt": "2024-01-24T16:36:52.703596Z",
        "updatedAt": "2024-01-26T19:00:40.957736Z",
    }
    model = CreateInvoiceLineItemResponse.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_create_line_item(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/invoices/my-id/line-items"
    assert request.headers["authorization"] == "Bearer test-api_key"
    assert json.loads(request.content) == {
        "description": "Platform subscription",
        "quantity": "1",
        "unitPrice": "500",
    }


def test_invoices_create_line_item_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "id": "oQLSmmnn",
                "accountId": "aBsZxlLh",
                "status": "upcoming",
                "dueDate": "2024-02-23T00:00:00Z",
                "issueDate": "2024-01-24T16:37:44.958601Z",
                "billingPeriodStart": "2024-01-01T00:00:00Z",
                "billingPeriodEnd": "2024-01-31T23:59:59Z",
                "billingPeriod": "Jan 1, 2024 - Jan 31, 2024",
                "currency": "USD",
                "description": "Invoice for period January 1, 2024 to January 31, 2024",
                "lineItems": [
                    {
                        "id": "tlfAFLJI",
                        "description": "Platform subscription",
                        "billingPeriodStart": "2024-01-01T00:00:00Z",
                        "billingPeriodEnd": "2024-01-31T23:59:59Z",
                        "quantity": "1",
                        "unitPrice": "200",
                        "totalPrice": "200",
                        "isEditable": False,
                        "productId": "HyujZkkm",
                    },
                    {
                        "id": "vPcZvThU",
                        "description": "Monthly user seats",
                        "billingPeriodStart": "2024-01-01T00:00:00Z",
                        "billingPeriodEnd": "2024-01-31T23:59:59Z",
                        "quantity": "1",
                        "unitPrice": "500",
                        "totalPrice": "500",
                        "isEditable": False,
                        "productId": "GPAPMbiw",
                    },
                ],
                "subtotal": "700",
                "tax": "0",
                "total": "700",
                "amountPaid": "0",
                "amountRemaining": "700",
                "externalId": "80c84e7d-b265-4835-8ea0-e38a6c924ba4",
                "externalProvider": "xero",
                "externalUrl": "https://go.xero.com/",
                "purchaseOrderNumber": None,
                "createdAt": "2024-01-24T16:36:52.703596Z",
                "updatedAt": "2024-01-26T19:00:40.957736Z",
            },
            seen,
        )
    ) as client:
        result = client.invoices.create_line_item(
            id="my-id",
            description="Platform subscription",
            quantity=Decimal(1),
            unit_price=Decimal(500),
        )
    assert len(seen) == 1
    _check_invoices_create_line_item(seen[0])
    assert isinstance(result, CreateInvoiceLineItemResponse)


def test_invoices_create_line_item_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "id": "oQLSmmnn",
                    "accountId": "aBsZxlLh",
                    "status": "upcoming",
                    "dueDate": "2024-02-23T00:00:00Z",
                    "issueDate": "2024-01-24T16:37:44.958601Z",
                    "billingPeriodStart": "2024-01-01T00:00:00Z",
                    "billingPeriodEnd": "2024-01-31T23:59:59Z",
                    "billingPeriod": "Jan 1, 2024 - Jan 31, 2024",
                    "currency": "USD",
                    "description": "Invoice for period January 1, 2024 to January 31, 2024",
                    "lineItems": [
                        {
                            "id": "tlfAFLJI",
                            "description": "Platform subscription",
                            "billingPeriodStart": "2024-01-01T00:00:00Z",
                            "billingPeriodEnd": "2024-01-31T23:59:59Z",
                            "quantity": "1",
                            "unitPrice": "200",
                            "totalPrice": "200",
                            "isEditable": False,
                            "productId": "HyujZkkm",
                        },
                        {
                            "id": "vPcZvThU",
                            "description": "Monthly user seats",
                            "billingPeriodStart": "2024-01-01T00:00:00Z",
                            "billingPeriodEnd": "2024-01-31T23:59:59Z",
                            "quantity": "1",
                            "unitPrice": "500",
                            "totalPrice": "500",
                            "isEditable": False,
                            "productId": "GPAPMbiw",
                        },
                    ],
                    "subtotal": "700",
                    "tax": "0",
                    "total": "700",
                    "amountPaid": "0",
                    "amountRemaining": "700",
                    "externalId": "80c84e7d-b265-4835-8ea0-e38a6c924ba4",
                    "externalProvider": "xero",
                    "externalUrl": "https://go.xero.com/",
                    "purchaseOrderNumber": None,
                    "createdAt": "2024-01-24T16:36:52.703596Z",
                    "updatedAt": "2024-01-26T19:00:40.957736Z",
                },
                seen,
            )
        ) as client:
            return await client.invoices.create_line_item(
                id="my-id",
                description="Platform subscription",
                quantity=Decimal(1),
                unit_price=Decimal(500),
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_create_line_item(seen[0])
    assert isinstance(result, CreateInvoiceLineItemResponse)
