"""Tests of the `budgets` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
from uuid import UUID

import httpx

from xero_accounting import AsyncClient, Client
from xero_accounting.models import Budgets

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


def test_budgets_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "04e93d48-e72f-4775-b7dd-15a041fab972",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551399323399)/",
        "Budgets": [
            {
                "BudgetID": "847da917-9565-466c-a9cd-3ecf7eb9d094",
                "Status": "APPROVED",
                "Description": "FY2021 budget",
                "Type": "TRACKING",
                "UpdatedDateUTC": "/Date(1622138002077+0000)/",
                "BudgetLines": [],
                "Tracking": [],
            },
            {
                "BudgetID": "93a4bab1-0021-4320-a2ec-c250528b4bc5",
                "Status": "APPROVED",
                "Description": "Overall Budget",
                "Type": "OVERALL",
                "UpdatedDateUTC": "/Date(1622137786913+0000)/",
                "BudgetLines": [],
                "Tracking": [],
            },
        ],
    }
    model = Budgets.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_budgets_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Budgets"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_budgets_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "04e93d48-e72f-4775-b7dd-15a041fab972",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551399323399)/",
                "Budgets": [
                    {
                        "BudgetID": "847da917-9565-466c-a9cd-3ecf7eb9d094",
                        "Status": "APPROVED",
                        "Description": "FY2021 budget",
                        "Type": "TRACKING",
                        "UpdatedDateUTC": "/Date(1622138002077+0000)/",
                        "BudgetLines": [],
                        "Tracking": [],
                    },
                    {
                        "BudgetID": "93a4bab1-0021-4320-a2ec-c250528b4bc5",
                        "Status": "APPROVED",
                        "Description": "Overall Budget",
                        "Type": "OVERALL",
                        "UpdatedDateUTC": "/Date(1622137786913+0000)/",
                        "BudgetLines": [],
                        "Tracking": [],
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.budgets.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_budgets_list(seen[0])
    assert isinstance(result, Budgets)


def test_budgets_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "04e93d48-e72f-4775-b7dd-15a041fab972",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551399323399)/",
                    "Budgets": [
                        {
                            "BudgetID": "847da917-9565-466c-a9cd-3ecf7eb9d094",
                            "Status": "APPROVED",
                            "Description": "FY2021 budget",
                            "Type": "TRACKING",
                            "UpdatedDateUTC": "/Date(1622138002077+0000)/",
                            "BudgetLines": [],
                            "Tracking": [],
                        },
                        {
                            "BudgetID": "93a4bab1-0021-4320-a2ec-c250528b4bc5",
                            "Status": "APPROVED",
                            "Description": "Overall Budget",
                            "Type": "OVERALL",
                            "UpdatedDateUTC": "/Date(1622137786913+0000)/",
                            "BudgetLines": [],
                            "Tracking": [],
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.budgets.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_budgets_list(seen[0])
    assert isinstance(result, Budgets)


def _check_budgets_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Budgets/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_budgets_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.budgets.get(
            budget_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_budgets_get(seen[0])
    assert isinstance(result, Budgets)


def test_budgets_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.budgets.get(
                budget_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_budgets_get(seen[0])
    assert isinstance(result, Budgets)
