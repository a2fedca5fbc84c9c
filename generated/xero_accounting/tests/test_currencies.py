"""Tests of the `currencies` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json

import httpx

from xero_accounting import AsyncClient, Client
from xero_accounting.models import Currencies, Currency, CurrencyCode

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


def test_currencies_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "e6803fc8-8035-4251-b3e4-39d6b2de0f4a",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552322853043)/",
        "Currencies": [{"Code": "NZD", "Description": "New Zealand Dollar"}],
    }
    model = Currencies.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_currencies_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Currencies"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_currencies_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "e6803fc8-8035-4251-b3e4-39d6b2de0f4a",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552322853043)/",
                "Currencies": [{"Code": "NZD", "Description": "New Zealand Dollar"}],
            },
            seen,
        )
    ) as client:
        result = client.currencies.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_currencies_list(seen[0])
    assert isinstance(result, Currencies)


def test_currencies_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "e6803fc8-8035-4251-b3e4-39d6b2de0f4a",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552322853043)/",
                    "Currencies": [{"Code": "NZD", "Description": "New Zealand Dollar"}],
                },
                seen,
            )
        ) as client:
            return await client.currencies.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_currencies_list(seen[0])
    assert isinstance(result, Currencies)


def test_currencies_create_request_example_round_trips() -> None:
    example: object = {"Code": "USD", "Description": "United States Dollar"}
    model = Currency.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_currencies_create_response_example_200_0_round_trips() -> None:
    example: object = {"Currencies": [{"Code": "USD", "Description": "United States Dollar"}]}
    model = Currencies.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_currencies_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Currencies"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"Code": "USD", "Description": "United States Dollar"}


def test_currencies_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(200, {"Currencies": [{"Code": "USD", "Description": "United States Dollar"}]}, seen)
    ) as client:
        result = client.currencies.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            code=CurrencyCode("USD"),
            description="United States Dollar",
        )
    assert len(seen) == 1
    _check_currencies_create(seen[0])
    assert isinstance(result, Currencies)


def test_currencies_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200, {"Currencies": [{"Code": "USD", "Description": "United States Dollar"}]}, seen
            )
        ) as client:
            return await client.currencies.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                code=CurrencyCode("USD"),
                description="United States Dollar",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_currencies_create(seen[0])
    assert isinstance(result, Currencies)
