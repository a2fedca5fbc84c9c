"""Tests of the `payment_services` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import Error, PaymentService, PaymentServices

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


def test_payment_services_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "ab82a7dd-5070-4e82-b841-0af52909fe04",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552488713171)/",
        "PaymentServices": [
            {
                "PaymentServiceID": "54b3b4f6-0443-4fba-bcd1-61ec0c35ca55",
                "PaymentServiceName": "PayUpNow",
                "PaymentServiceUrl": "https://www.payupnow.com/",
                "PaymentServiceType": "Custom",
                "PayNowText": "Time To Pay",
            }
        ],
    }
    model = PaymentServices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_payment_services_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/PaymentServices"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_payment_services_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "ab82a7dd-5070-4e82-b841-0af52909fe04",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552488713171)/",
                "PaymentServices": [
                    {
                        "PaymentServiceID": "54b3b4f6-0443-4fba-bcd1-61ec0c35ca55",
                        "PaymentServiceName": "PayUpNow",
                        "PaymentServiceUrl": "https://www.payupnow.com/",
                        "PaymentServiceType": "Custom",
                        "PayNowText": "Time To Pay",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.payment_services.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_payment_services_list(seen[0])
    assert isinstance(result, PaymentServices)


def test_payment_services_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "ab82a7dd-5070-4e82-b841-0af52909fe04",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552488713171)/",
                    "PaymentServices": [
                        {
                            "PaymentServiceID": "54b3b4f6-0443-4fba-bcd1-61ec0c35ca55",
                            "PaymentServiceName": "PayUpNow",
                            "PaymentServiceUrl": "https://www.payupnow.com/",
                            "PaymentServiceType": "Custom",
                            "PayNowText": "Time To Pay",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.payment_services.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_payment_services_list(seen[0])
    assert isinstance(result, PaymentServices)


def test_payment_services_create_request_example_round_trips() -> None:
    example: object = {
        "PaymentServices": [
            {
                "PaymentServiceName": "PayUpNow",
                "PaymentServiceUrl": "https://www.payupnow.com/",
                "PayNowText": "Time To Pay",
            }
        ]
    }
    model = PaymentServices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_payment_services_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "7ed8b3c0-2155-49ee-a583-f2dce6607dfb",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552488712813)/",
        "PaymentServices": [
            {
                "PaymentServiceID": "54b3b4f6-0443-4fba-bcd1-61ec0c35ca55",
                "PaymentServiceName": "PayUpNow",
                "PaymentServiceUrl": "https://www.payupnow.com/",
                "PaymentServiceType": "Custom",
                "PayNowText": "Time To Pay",
                "ValidationErrors": [{"Message": "Payment service could not be found"}],
            }
        ],
    }
    model = PaymentServices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_payment_services_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/PaymentServices"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "PaymentServices": [
            {
                "PaymentServiceName": "PayUpNow",
                "PaymentServiceUrl": "https://www.payupnow.com/",
                "PayNowText": "Time To Pay",
            }
        ]
    }


def test_payment_services_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "7ed8b3c0-2155-49ee-a583-f2dce6607dfb",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552488712813)/",
                "PaymentServices": [
                    {
                        "PaymentServiceID": "54b3b4f6-0443-4fba-bcd1-61ec0c35ca55",
                        "PaymentServiceName": "PayUpNow",
                        "PaymentServiceUrl": "https://www.payupnow.com/",
                        "PaymentServiceType": "Custom",
                        "PayNowText": "Time To Pay",
                        "ValidationErrors": [{"Message": "Payment service could not be found"}],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.payment_services.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            payment_services=[
                PaymentService(
                    payment_service_name="PayUpNow",
                    payment_service_url="https://www.payupnow.com/",
                    pay_now_text="Time To Pay",
                )
            ],
        )
    assert len(seen) == 1
    _check_payment_services_create(seen[0])
    assert isinstance(result, PaymentServices)


def test_payment_services_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "7ed8b3c0-2155-49ee-a583-f2dce6607dfb",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552488712813)/",
                    "PaymentServices": [
                        {
                            "PaymentServiceID": "54b3b4f6-0443-4fba-bcd1-61ec0c35ca55",
                            "PaymentServiceName": "PayUpNow",
                            "PaymentServiceUrl": "https://www.payupnow.com/",
                            "PaymentServiceType": "Custom",
                            "PayNowText": "Time To Pay",
                            "ValidationErrors": [{"Message": "Payment service could not be found"}],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.payment_services.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                payment_services=[
                    PaymentService(
                        payment_service_name="PayUpNow",
                        payment_service_url="https://www.payupnow.com/",
                        pay_now_text="Time To Pay",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_payment_services_create(seen[0])
    assert isinstance(result, PaymentServices)


def test_payment_services_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.payment_services.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            payment_services=[
                PaymentService(
                    payment_service_name="PayUpNow",
                    payment_service_url="https://www.payupnow.com/",
                    pay_now_text="Time To Pay",
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
