"""Tests of the `branding_themes` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import BrandingThemes, Error, PaymentService, PaymentServices

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


def test_branding_themes_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "d1a1beea-bdfe-4ee4-9dbc-27226a26cd68",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550881711906)/",
        "BrandingThemes": [
            {
                "BrandingThemeID": "dabc7637-62c1-4941-8a6e-ee44fa5090e7",
                "Name": "Standard",
                "SortOrder": 0,
                "CreatedDateUTC": "/Date(1464967643813+0000)/",
            }
        ],
    }
    model = BrandingThemes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_branding_themes_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/BrandingThemes"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_branding_themes_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "d1a1beea-bdfe-4ee4-9dbc-27226a26cd68",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550881711906)/",
                "BrandingThemes": [
                    {
                        "BrandingThemeID": "dabc7637-62c1-4941-8a6e-ee44fa5090e7",
                        "Name": "Standard",
                        "SortOrder": 0,
                        "CreatedDateUTC": "/Date(1464967643813+0000)/",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.branding_themes.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_branding_themes_list(seen[0])
    assert isinstance(result, BrandingThemes)


def test_branding_themes_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "d1a1beea-bdfe-4ee4-9dbc-27226a26cd68",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550881711906)/",
                    "BrandingThemes": [
                        {
                            "BrandingThemeID": "dabc7637-62c1-4941-8a6e-ee44fa5090e7",
                            "Name": "Standard",
                            "SortOrder": 0,
                            "CreatedDateUTC": "/Date(1464967643813+0000)/",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.branding_themes.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_branding_themes_list(seen[0])
    assert isinstance(result, BrandingThemes)


def test_branding_themes_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "df671650-cf14-4a7f-b609-4166933719bc",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550881713071)/",
        "BrandingThemes": [
            {
                "BrandingThemeID": "dabc7637-62c1-4941-8a6e-ee44fa5090e7",
                "Name": "Standard",
                "SortOrder": 0,
                "CreatedDateUTC": "/Date(1464967643813+0000)/",
            }
        ],
    }
    model = BrandingThemes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_branding_themes_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BrandingThemes/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_branding_themes_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "df671650-cf14-4a7f-b609-4166933719bc",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550881713071)/",
                "BrandingThemes": [
                    {
                        "BrandingThemeID": "dabc7637-62c1-4941-8a6e-ee44fa5090e7",
                        "Name": "Standard",
                        "SortOrder": 0,
                        "CreatedDateUTC": "/Date(1464967643813+0000)/",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.branding_themes.get(
            branding_theme_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_branding_themes_get(seen[0])
    assert isinstance(result, BrandingThemes)


def test_branding_themes_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "df671650-cf14-4a7f-b609-4166933719bc",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550881713071)/",
                    "BrandingThemes": [
                        {
                            "BrandingThemeID": "dabc7637-62c1-4941-8a6e-ee44fa5090e7",
                            "Name": "Standard",
                            "SortOrder": 0,
                            "CreatedDateUTC": "/Date(1464967643813+0000)/",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.branding_themes.get(
                branding_theme_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_branding_themes_get(seen[0])
    assert isinstance(result, BrandingThemes)


def test_branding_themes_get_payment_services_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "bfd5adbe-0e92-48f0-8c5a-39072f6c4ed3",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551139339419)/",
        "PaymentServices": [
            {
                "PaymentServiceID": "8cc53aa4-ae01-45b9-b06c-69c42eeae61f",
                "PaymentServiceName": "Buzz Lightyear",
                "PaymentServiceType": "PayPal",
            },
            {
                "PaymentServiceID": "dede7858-14e3-4a46-bf95-4d4cc491e645",
                "PaymentServiceName": "ACME Payment",
                "PaymentServiceUrl": "https://www.payupnow.com/",
                "PaymentServiceType": "Custom",
                "PayNowText": "Pay Now",
            },
        ],
    }
    model = PaymentServices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_branding_themes_get_payment_services(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BrandingThemes/00000000-0000-0000-0000-000000000000/PaymentServices"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_branding_themes_get_payment_services_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "bfd5adbe-0e92-48f0-8c5a-39072f6c4ed3",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551139339419)/",
                "PaymentServices": [
                    {
                        "PaymentServiceID": "8cc53aa4-ae01-45b9-b06c-69c42eeae61f",
                        "PaymentServiceName": "Buzz Lightyear",
                        "PaymentServiceType": "PayPal",
                    },
                    {
                        "PaymentServiceID": "dede7858-14e3-4a46-bf95-4d4cc491e645",
                        "PaymentServiceName": "ACME Payment",
                        "PaymentServiceUrl": "https://www.payupnow.com/",
                        "PaymentServiceType": "Custom",
                        "PayNowText": "Pay Now",
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.branding_themes.get_payment_services(
            branding_theme_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_branding_themes_get_payment_services(seen[0])
    assert isinstance(result, PaymentServices)


def test_branding_themes_get_payment_services_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "bfd5adbe-0e92-48f0-8c5a-39072f6c4ed3",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551139339419)/",
                    "PaymentServices": [
                        {
                            "PaymentServiceID": "8cc53aa4-ae01-45b9-b06c-69c42eeae61f",
                            "PaymentServiceName": "Buzz Lightyear",
                            "PaymentServiceType": "PayPal",
                        },
                        {
                            "PaymentServiceID": "dede7858-14e3-4a46-bf95-4d4cc491e645",
                            "PaymentServiceName": "ACME Payment",
                            "PaymentServiceUrl": "https://www.payupnow.com/",
                            "PaymentServiceType": "Custom",
                            "PayNowText": "Pay Now",
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.branding_themes.get_payment_services(
                branding_theme_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_branding_themes_get_payment_services(seen[0])
    assert isinstance(result, PaymentServices)


def test_branding_themes_create_payment_services_request_example_round_trips() -> None:
    example: object = {
        "PaymentServices": [
            {
                "PaymentServiceID": "54b3b4f6-0443-4fba-bcd1-61ec0c35ca55",
                "PaymentServiceName": "PayUpNow",
                "PaymentServiceUrl": "https://www.payupnow.com/",
                "PaymentServiceType": "Custom",
                "PayNowText": "Time To Pay",
            }
        ]
    }
    model = PaymentServices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_branding_themes_create_payment_services_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "918feecb-067a-4ed9-841b-571c04eaada3",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551139338915)/",
        "PaymentServices": [
            {
                "PaymentServiceID": "00000000-0000-0000-0000-000000000000",
                "PaymentServiceName": "ACME Payments",
                "PaymentServiceUrl": "https://www.payupnow.com/",
                "PaymentServiceType": "Custom",
                "PayNowText": "Pay Now",
            }
        ],
    }
    model = PaymentServices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_branding_themes_create_payment_services(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BrandingThemes/00000000-0000-0000-0000-000000000000/PaymentServices"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "PaymentServices": [
            {
                "PaymentServiceID": "54b3b4f6-0443-4fba-bcd1-61ec0c35ca55",
                "PaymentServiceName": "PayUpNow",
                "PaymentServiceUrl": "https://www.payupnow.com/",
                "PaymentServiceType": "Custom",
                "PayNowText": "Time To Pay",
            }
        ]
    }


def test_branding_themes_create_payment_services_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "918feecb-067a-4ed9-841b-571c04eaada3",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551139338915)/",
                "PaymentServices": [
                    {
                        "PaymentServiceID": "00000000-0000-0000-0000-000000000000",
                        "PaymentServiceName": "ACME Payments",
                        "PaymentServiceUrl": "https://www.payupnow.com/",
                        "PaymentServiceType": "Custom",
                        "PayNowText": "Pay Now",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.branding_themes.create_payment_services(
            branding_theme_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            payment_services=[
                PaymentService(
                    payment_service_id=UUID("54b3b4f6-0443-4fba-bcd1-61ec0c35ca55"),
                    payment_service_name="PayUpNow",
                    payment_service_url="https://www.payupnow.com/",
                    payment_service_type="Custom",
                    pay_now_text="Time To Pay",
                )
            ],
        )
    assert len(seen) == 1
    _check_branding_themes_create_payment_services(seen[0])
    assert isinstance(result, PaymentServices)


def test_branding_themes_create_payment_services_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "918feecb-067a-4ed9-841b-571c04eaada3",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551139338915)/",
                    "PaymentServices": [
                        {
                            "PaymentServiceID": "00000000-0000-0000-0000-000000000000",
                            "PaymentServiceName": "ACME Payments",
                            "PaymentServiceUrl": "https://www.payupnow.com/",
                            "PaymentServiceType": "Custom",
                            "PayNowText": "Pay Now",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.branding_themes.create_payment_services(
                branding_theme_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                payment_services=[
                    PaymentService(
                        payment_service_id=UUID("54b3b4f6-0443-4fba-bcd1-61ec0c35ca55"),
                        payment_service_name="PayUpNow",
                        payment_service_url="https://www.payupnow.com/",
                        payment_service_type="Custom",
                        pay_now_text="Time To Pay",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_branding_themes_create_payment_services(seen[0])
    assert isinstance(result, PaymentServices)


def test_branding_themes_create_payment_services_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.branding_themes.create_payment_services(
            branding_theme_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            payment_services=[
                PaymentService(
                    payment_service_id=UUID("54b3b4f6-0443-4fba-bcd1-61ec0c35ca55"),
                    payment_service_name="PayUpNow",
                    payment_service_url="https://www.payupnow.com/",
                    payment_service_type="Custom",
                    pay_now_text="Time To Pay",
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
