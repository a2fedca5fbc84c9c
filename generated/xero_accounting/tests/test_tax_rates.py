"""Tests of the `tax_rates` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import (
    Error,
    ReportTaxType,
    TaxComponent,
    TaxRate,
    TaxRates,
    TaxRateStatus,
)

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


def test_tax_rates_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "455d494d-9706-465b-b584-7086ca406b27",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1555086839841)/",
        "TaxRates": [
            {
                "Name": "15% GST on Expenses",
                "TaxType": "INPUT2",
                "ReportTaxType": "INPUT",
                "CanApplyToAssets": True,
                "CanApplyToEquity": True,
                "CanApplyToExpenses": True,
                "CanApplyToLiabilities": True,
                "CanApplyToRevenue": False,
                "DisplayTaxRate": 15.0,
                "EffectiveRate": 15.0,
                "Status": "ACTIVE",
                "TaxComponents": [
                    {"Name": "GST", "Rate": 15.0, "IsCompound": False, "IsNonRecoverable": False}
                ],
            },
            {
                "Name": "15% GST on Income",
                "TaxType": "OUTPUT2",
                "ReportTaxType": "OUTPUT",
                "CanApplyToAssets": True,
                "CanApplyToEquity": True,
                "CanApplyToExpenses": False,
                "CanApplyToLiabilities": True,
                "CanApplyToRevenue": True,
                "DisplayTaxRate": 15.0,
                "EffectiveRate": 15.0,
                "Status": "ACTIVE",
                "TaxComponents": [
                    {"Name": "GST", "Rate": 15.0, "IsCompound": False, "IsNonRecoverable": False}
                ],
            },
            {
                "Name": "GST on Imports",
                "TaxType": "GSTONIMPORTS",
                "ReportTaxType": "GSTONIMPORTS",
                "CanApplyToAssets": False,
                "CanApplyToEquity": False,
                "CanApplyToExpenses": False,
                "CanApplyToLiabilities": True,
                "CanApplyToRevenue": False,
                "DisplayTaxRate": 0.0,
                "EffectiveRate": 0.0,
                "Status": "ACTIVE",
                "TaxComponents": [
                    {"Name": "GST", "Rate": 0.0, "IsCompound": False, "IsNonRecoverable": False}
                ],
            },
            {
                "Name": "No GST",
                "TaxType": "NONE",
                "ReportTaxType": "NONE",
                "CanApplyToAssets": True,
                "CanApplyToEquity": True,
                "CanApplyToExpenses": True,
                "CanApplyToLiabilities": True,
                "CanApplyToRevenue": True,
                "DisplayTaxRate": 0.0,
                "EffectiveRate": 0.0,
                "Status": "ACTIVE",
                "TaxComponents": [
                    {"Name": "GST", "Rate": 0.0, "IsCompound": False, "IsNonRecoverable": False}
                ],
            },
            {
                "Name": "Zero Rated",
                "TaxType": "ZERORATED",
                "ReportTaxType": "OUTPUT",
                "CanApplyToAssets": False,
                "CanApplyToEquity": False,
                "CanApplyToExpenses": False,
                "CanApplyToLiabilities": True,
                "CanApplyToRevenue": True,
                "DisplayTaxRate": 0.0,
                "EffectiveRate": 0.0,
                "Status": "ACTIVE",
                "TaxComponents": [
                    {"Name": "GST", "Rate": 0.0, "IsCompound": False, "IsNonRecoverable": False}
                ],
            },
        ],
    }
    model = TaxRates.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_tax_rates_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/TaxRates"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_tax_rates_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "455d494d-9706-465b-b584-7086ca406b27",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1555086839841)/",
                "TaxRates": [
                    {
                        "Name": "15% GST on Expenses",
                        "TaxType": "INPUT2",
                        "ReportTaxType": "INPUT",
                        "CanApplyToAssets": True,
                        "CanApplyToEquity": True,
                        "CanApplyToExpenses": True,
                        "CanApplyToLiabilities": True,
                        "CanApplyToRevenue": False,
                        "DisplayTaxRate": 15.0,
                        "EffectiveRate": 15.0,
                        "Status": "ACTIVE",
                        "TaxComponents": [
                            {
                                "Name": "GST",
                                "Rate": 15.0,
                                "IsCompound": False,
                                "IsNonRecoverable": False,
                            }
                        ],
                    },
                    {
                        "Name": "15% GST on Income",
                        "TaxType": "OUTPUT2",
                        "ReportTaxType": "OUTPUT",
                        "CanApplyToAssets": True,
                        "CanApplyToEquity": True,
                        "CanApplyToExpenses": False,
                        "CanApplyToLiabilities": True,
                        "CanApplyToRevenue": True,
                        "DisplayTaxRate": 15.0,
                        "EffectiveRate": 15.0,
                        "Status": "ACTIVE",
                        "TaxComponents": [
                            {
                                "Name": "GST",
                                "Rate": 15.0,
                                "IsCompound": False,
                                "IsNonRecoverable": False,
                            }
                        ],
                    },
                    {
                        "Name": "GST on Imports",
                        "TaxType": "GSTONIMPORTS",
                        "ReportTaxType": "GSTONIMPORTS",
                        "CanApplyToAssets": False,
                        "CanApplyToEquity": False,
                        "CanApplyToExpenses": False,
                        "CanApplyToLiabilities": True,
                        "CanApplyToRevenue": False,
                        "DisplayTaxRate": 0.0,
                        "EffectiveRate": 0.0,
                        "Status": "ACTIVE",
                        "TaxComponents": [
                            {
                                "Name": "GST",
                                "Rate": 0.0,
                                "IsCompound": False,
                                "IsNonRecoverable": False,
                            }
                        ],
                    },
                    {
                        "Name": "No GST",
                        "TaxType": "NONE",
                        "ReportTaxType": "NONE",
                        "CanApplyToAssets": True,
                        "CanApplyToEquity": True,
                        "CanApplyToExpenses": True,
                        "CanApplyToLiabilities": True,
                        "CanApplyToRevenue": True,
                        "DisplayTaxRate": 0.0,
                        "EffectiveRate": 0.0,
                        "Status": "ACTIVE",
                        "TaxComponents": [
                            {
                                "Name": "GST",
                                "Rate": 0.0,
                                "IsCompound": False,
                                "IsNonRecoverable": False,
                            }
                        ],
                    },
                    {
                        "Name": "Zero Rated",
                        "TaxType": "ZERORATED",
                        "ReportTaxType": "OUTPUT",
                        "CanApplyToAssets": False,
                        "CanApplyToEquity": False,
                        "CanApplyToExpenses": False,
                        "CanApplyToLiabilities": True,
                        "CanApplyToRevenue": True,
                        "DisplayTaxRate": 0.0,
                        "EffectiveRate": 0.0,
                        "Status": "ACTIVE",
                        "TaxComponents": [
                            {
                                "Name": "GST",
                                "Rate": 0.0,
                                "IsCompound": False,
                                "IsNonRecoverable": False,
                            }
                        ],
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.tax_rates.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_tax_rates_list(seen[0])
    assert isinstance(result, TaxRates)


def test_tax_rates_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "455d494d-9706-465b-b584-7086ca406b27",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1555086839841)/",
                    "TaxRates": [
                        {
                            "Name": "15% GST on Expenses",
                            "TaxType": "INPUT2",
                            "ReportTaxType": "INPUT",
                            "CanApplyToAssets": True,
                            "CanApplyToEquity": True,
                            "CanApplyToExpenses": True,
                            "CanApplyToLiabilities": True,
                            "CanApplyToRevenue": False,
                            "DisplayTaxRate": 15.0,
                            "EffectiveRate": 15.0,
                            "Status": "ACTIVE",
                            "TaxComponents": [
                                {
                                    "Name": "GST",
                                    "Rate": 15.0,
                                    "IsCompound": False,
                                    "IsNonRecoverable": False,
                                }
                            ],
                        },
                        {
                            "Name": "15% GST on Income",
                            "TaxType": "OUTPUT2",
                            "ReportTaxType": "OUTPUT",
                            "CanApplyToAssets": True,
                            "CanApplyToEquity": True,
                            "CanApplyToExpenses": False,
                            "CanApplyToLiabilities": True,
                            "CanApplyToRevenue": True,
                            "DisplayTaxRate": 15.0,
                            "EffectiveRate": 15.0,
                            "Status": "ACTIVE",
                            "TaxComponents": [
                                {
                                    "Name": "GST",
                                    "Rate": 15.0,
                                    "IsCompound": False,
                                    "IsNonRecoverable": False,
                                }
                            ],
                        },
                        {
                            "Name": "GST on Imports",
                            "TaxType": "GSTONIMPORTS",
                            "ReportTaxType": "GSTONIMPORTS",
                            "CanApplyToAssets": False,
                            "CanApplyToEquity": False,
                            "CanApplyToExpenses": False,
                            "CanApplyToLiabilities": True,
                            "CanApplyToRevenue": False,
                            "DisplayTaxRate": 0.0,
                            "EffectiveRate": 0.0,
                            "Status": "ACTIVE",
                            "TaxComponents": [
                                {
                                    "Name": "GST",
                                    "Rate": 0.0,
                                    "IsCompound": False,
                                    "IsNonRecoverable": False,
                                }
                            ],
                        },
                        {
                            "Name": "No GST",
                            "TaxType": "NONE",
                            "ReportTaxType": "NONE",
                            "CanApplyToAssets": True,
                            "CanApplyToEquity": True,
                            "CanApplyToExpenses": True,
                            "CanApplyToLiabilities": True,
                            "CanApplyToRevenue": True,
                            "DisplayTaxRate": 0.0,
                            "EffectiveRate": 0.0,
                            "Status": "ACTIVE",
                            "TaxComponents": [
                                {
                                    "Name": "GST",
                                    "Rate": 0.0,
                                    "IsCompound": False,
                                    "IsNonRecoverable": False,
                                }
                            ],
                        },
                        {
                            "Name": "Zero Rated",
                            "TaxType": "ZERORATED",
                            "ReportTaxType": "OUTPUT",
                            "CanApplyToAssets": False,
                            "CanApplyToEquity": False,
                            "CanApplyToExpenses": False,
                            "CanApplyToLiabilities": True,
                            "CanApplyToRevenue": True,
                            "DisplayTaxRate": 0.0,
                            "EffectiveRate": 0.0,
                            "Status": "ACTIVE",
                            "TaxComponents": [
                                {
                                    "Name": "GST",
                                    "Rate": 0.0,
                                    "IsCompound": False,
                                    "IsNonRecoverable": False,
                                }
                            ],
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.tax_rates.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_tax_rates_list(seen[0])
    assert isinstance(result, TaxRates)


def test_tax_rates_create_request_example_round_trips() -> None:
    example: object = {
        "TaxRates": [
            {"Name": "CA State Tax", "TaxComponents": [{"Name": "State Tax", "Rate": 2.25}]}
        ]
    }
    model = TaxRates.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_tax_rates_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "9d2c5e56-fab4-450b-a5ff-d47409508eab",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1555086839080)/",
        "TaxRates": [
            {
                "Name": "SDKTax29067",
                "TaxType": "TAX002",
                "ReportTaxType": "INPUT",
                "CanApplyToAssets": True,
                "CanApplyToEquity": True,
                "CanApplyToExpenses": True,
                "CanApplyToLiabilities": True,
                "CanApplyToRevenue": False,
                "DisplayTaxRate": 2.25,
                "EffectiveRate": 2.25,
                "Status": "ACTIVE",
                "TaxComponents": [
                    {
                        "Name": "State Tax",
                        "Rate": 2.25,
                        "IsCompound": False,
                        "IsNonRecoverable": False,
                    }
                ],
            }
        ],
    }
    model = TaxRates.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_tax_rates_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/TaxRates"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "TaxRates": [
            {"Name": "CA State Tax", "TaxComponents": [{"Name": "State Tax", "Rate": 2.25}]}
        ]
    }


def test_tax_rates_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "9d2c5e56-fab4-450b-a5ff-d47409508eab",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1555086839080)/",
                "TaxRates": [
                    {
                        "Name": "SDKTax29067",
                        "TaxType": "TAX002",
                        "ReportTaxType": "INPUT",
                        "CanApplyToAssets": True,
                        "CanApplyToEquity": True,
                        "CanApplyToExpenses": True,
                        "CanApplyToLiabilities": True,
                        "CanApplyToRevenue": False,
                        "DisplayTaxRate": 2.25,
                        "EffectiveRate": 2.25,
                        "Status": "ACTIVE",
                        "TaxComponents": [
                            {
                                "Name": "State Tax",
                                "Rate": 2.25,
                                "IsCompound": False,
                                "IsNonRecoverable": False,
                            }
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.tax_rates.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            tax_rates=[
                TaxRate(
                    name="CA State Tax", tax_components=[TaxComponent(name="State Tax", rate=2.25)]
                )
            ],
        )
    assert len(seen) == 1
    _check_tax_rates_create(seen[0])
    assert isinstance(result, TaxRates)


def test_tax_rates_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "9d2c5e56-fab4-450b-a5ff-d47409508eab",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1555086839080)/",
                    "TaxRates": [
                        {
                            "Name": "SDKTax29067",
                            "TaxType": "TAX002",
                            "ReportTaxType": "INPUT",
                            "CanApplyToAssets": True,
                            "CanApplyToEquity": True,
                            "CanApplyToExpenses": True,
                            "CanApplyToLiabilities": True,
                            "CanApplyToRevenue": False,
                            "DisplayTaxRate": 2.25,
                            "EffectiveRate": 2.25,
                            "Status": "ACTIVE",
                            "TaxComponents": [
                                {
                                    "Name": "State Tax",
                                    "Rate": 2.25,
                                    "IsCompound": False,
                                    "IsNonRecoverable": False,
                                }
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.tax_rates.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                tax_rates=[
                    TaxRate(
                        name="CA State Tax",
                        tax_components=[TaxComponent(name="State Tax", rate=2.25)],
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_tax_rates_create(seen[0])
    assert isinstance(result, TaxRates)


def test_tax_rates_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.tax_rates.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            tax_rates=[
                TaxRate(
                    name="CA State Tax", tax_components=[TaxComponent(name="State Tax", rate=2.25)]
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_tax_rates_update_request_example_round_trips() -> None:
    example: object = {
        "TaxRates": [
            {
                "Name": "State Tax NY",
                "TaxComponents": [{"Name": "State Tax", "Rate": 2.25}],
                "Status": "DELETED",
                "ReportTaxType": "INPUT",
            }
        ]
    }
    model = TaxRates.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_tax_rates_update_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "12f4c453-2e25-41aa-a52f-6faaf6c05832",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1555086839658)/",
        "TaxRates": [
            {
                "Name": "SDKTax29067",
                "TaxType": "TAX002",
                "ReportTaxType": "INPUT",
                "CanApplyToAssets": True,
                "CanApplyToEquity": True,
                "CanApplyToExpenses": True,
                "CanApplyToLiabilities": True,
                "CanApplyToRevenue": False,
                "DisplayTaxRate": 2.25,
                "EffectiveRate": 2.25,
                "Status": "DELETED",
                "TaxComponents": [
                    {
                        "Name": "State Tax",
                        "Rate": 2.25,
                        "IsCompound": False,
                        "IsNonRecoverable": False,
                    }
                ],
            }
        ],
    }
    model = TaxRates.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_tax_rates_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/TaxRates"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "TaxRates": [
            {
                "Name": "State Tax NY",
                "TaxComponents": [{"Name": "State Tax", "Rate": 2.25}],
                "Status": "DELETED",
                "ReportTaxType": "INPUT",
            }
        ]
    }


def test_tax_rates_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "12f4c453-2e25-41aa-a52f-6faaf6c05832",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1555086839658)/",
                "TaxRates": [
                    {
                        "Name": "SDKTax29067",
                        "TaxType": "TAX002",
                        "ReportTaxType": "INPUT",
                        "CanApplyToAssets": True,
                        "CanApplyToEquity": True,
                        "CanApplyToExpenses": True,
                        "CanApplyToLiabilities": True,
                        "CanApplyToRevenue": False,
                        "DisplayTaxRate": 2.25,
                        "EffectiveRate": 2.25,
                        "Status": "DELETED",
                        "TaxComponents": [
                            {
                                "Name": "State Tax",
                                "Rate": 2.25,
                                "IsCompound": False,
                                "IsNonRecoverable": False,
                            }
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.tax_rates.update(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            tax_rates=[
                TaxRate(
                    name="State Tax NY",
                    tax_components=[TaxComponent(name="State Tax", rate=2.25)],
                    status=TaxRateStatus("DELETED"),
                    report_tax_type=ReportTaxType("INPUT"),
                )
            ],
        )
    assert len(seen) == 1
    _check_tax_rates_update(seen[0])
    assert isinstance(result, TaxRates)


def test_tax_rates_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "12f4c453-2e25-41aa-a52f-6faaf6c05832",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1555086839658)/",
                    "TaxRates": [
                        {
                            "Name": "SDKTax29067",
                            "TaxType": "TAX002",
                            "ReportTaxType": "INPUT",
                            "CanApplyToAssets": True,
                            "CanApplyToEquity": True,
                            "CanApplyToExpenses": True,
                            "CanApplyToLiabilities": True,
                            "CanApplyToRevenue": False,
                            "DisplayTaxRate": 2.25,
                            "EffectiveRate": 2.25,
                            "Status": "DELETED",
                            "TaxComponents": [
                                {
                                    "Name": "State Tax",
                                    "Rate": 2.25,
                                    "IsCompound": False,
                                    "IsNonRecoverable": False,
                                }
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.tax_rates.update(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                tax_rates=[
                    TaxRate(
                        name="State Tax NY",
                        tax_components=[TaxComponent(name="State Tax", rate=2.25)],
                        status=TaxRateStatus("DELETED"),
                        report_tax_type=ReportTaxType("INPUT"),
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_tax_rates_update(seen[0])
    assert isinstance(result, TaxRates)


def test_tax_rates_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.tax_rates.update(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            tax_rates=[
                TaxRate(
                    name="State Tax NY",
                    tax_components=[TaxComponent(name="State Tax", rate=2.25)],
                    status=TaxRateStatus("DELETED"),
                    report_tax_type=ReportTaxType("INPUT"),
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_tax_rates_get_by_tax_type_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "455d494d-9706-465b-b584-7086ca406b27",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550797359081)/",
        "TaxRates": [
            {
                "Name": "15% GST on Expenses",
                "TaxType": "INPUT2",
                "ReportTaxType": "INPUT",
                "CanApplyToAssets": True,
                "CanApplyToEquity": True,
                "CanApplyToExpenses": True,
                "CanApplyToLiabilities": True,
                "CanApplyToRevenue": False,
                "DisplayTaxRate": 15.0,
                "EffectiveRate": 15.0,
                "Status": "ACTIVE",
                "TaxComponents": [
                    {"Name": "GST", "Rate": 15.0, "IsCompound": False, "IsNonRecoverable": False}
                ],
            }
        ],
    }
    model = TaxRates.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_tax_rates_get_by_tax_type(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/TaxRates/INPUT2"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_tax_rates_get_by_tax_type_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "455d494d-9706-465b-b584-7086ca406b27",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550797359081)/",
                "TaxRates": [
                    {
                        "Name": "15% GST on Expenses",
                        "TaxType": "INPUT2",
                        "ReportTaxType": "INPUT",
                        "CanApplyToAssets": True,
                        "CanApplyToEquity": True,
                        "CanApplyToExpenses": True,
                        "CanApplyToLiabilities": True,
                        "CanApplyToRevenue": False,
                        "DisplayTaxRate": 15.0,
                        "EffectiveRate": 15.0,
                        "Status": "ACTIVE",
                        "TaxComponents": [
                            {
                                "Name": "GST",
                                "Rate": 15.0,
                                "IsCompound": False,
                                "IsNonRecoverable": False,
                            }
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.tax_rates.get_by_tax_type(
            tax_type="INPUT2",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_tax_rates_get_by_tax_type(seen[0])
    assert isinstance(result, TaxRates)


def test_tax_rates_get_by_tax_type_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "455d494d-9706-465b-b584-7086ca406b27",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550797359081)/",
                    "TaxRates": [
                        {
                            "Name": "15% GST on Expenses",
                            "TaxType": "INPUT2",
                            "ReportTaxType": "INPUT",
                            "CanApplyToAssets": True,
                            "CanApplyToEquity": True,
                            "CanApplyToExpenses": True,
                            "CanApplyToLiabilities": True,
                            "CanApplyToRevenue": False,
                            "DisplayTaxRate": 15.0,
                            "EffectiveRate": 15.0,
                            "Status": "ACTIVE",
                            "TaxComponents": [
                                {
                                    "Name": "GST",
                                    "Rate": 15.0,
                                    "IsCompound": False,
                                    "IsNonRecoverable": False,
                                }
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.tax_rates.get_by_tax_type(
                tax_type="INPUT2",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_tax_rates_get_by_tax_type(seen[0])
    assert isinstance(result, TaxRates)
