"""Tests of the `bank_transfers` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import (
    Attachments,
    BankTransferDelete,
    BankTransferDeleteByUrlParam,
    BankTransfers,
    BankTransfersDelete,
    Error,
    HistoryRecord,
    HistoryRecords,
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


def test_bank_transfers_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "dfc0d130-9007-4a98-a5ef-6f01700f18e2",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551311318988)/",
        "BankTransfers": [
            {
                "BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c",
                "CreatedDateUTCString": "2016-10-17T20:46:01",
                "CreatedDateUTC": "/Date(1476737161140+0000)/",
                "DateString": "2016-11-12T21:10:00",
                "Date": "/Date(1478985000000+0000)/",
                "Status": "AUTHORISED",
                "FromBankAccount": {
                    "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                    "Name": "Business Wells Fargo",
                },
                "ToBankAccount": {
                    "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                    "Name": "My Savings",
                },
                "Amount": 20.0,
                "FromBankTransactionID": "a3eca480-bc04-4292-9bbd-5c57b8ba12b4",
                "ToBankTransactionID": "4ca13f40-f3a0-4530-a442-a600f5696118",
                "FromIsReconciled": True,
                "ToIsReconciled": True,
                "Reference": "Sub 098801",
                "HasAttachments": True,
                "FromTracking": [
                    {
                        "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                        "TrackingOptionID": "cd0a4b7e-3c6b-4b3c-8e2a-1f2d3c4b5a69",
                        "Name": "Region",
                        "Option": "North",
                    }
                ],
                "ToTracking": [
                    {
                        "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                        "TrackingOptionID": "9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4",
                        "Name": "Region",
                        "Option": "South",
                    }
                ],
            },
            {
                "BankTransferID": "9f0153d5-617c-4903-887b-3875807aa27a",
                "CreatedDateUTCString": "2016-10-21T23:28:42",
                "CreatedDateUTC": "/Date(1477092522333+0000)/",
                "DateString": "2016-10-19T20:10:00",
                "Date": "/Date(1476907800000+0000)/",
                "Status": "AUTHORISED",
                "FromBankAccount": {
                    "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                    "Name": "Business Wells Fargo",
                },
                "ToBankAccount": {
                    "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                    "Name": "My Savings",
                },
                "Amount": 20.0,
                "FromBankTransactionID": "cb74287e-5682-4973-b354-93e2c7a836d3",
                "ToBankTransactionID": "4c48ba6c-f318-4405-aee6-b5efa2c70f55",
                "FromIsReconciled": False,
                "ToIsReconciled": False,
                "Reference": "Sub 098801",
                "HasAttachments": False,
                "FromTracking": [],
                "ToTracking": [],
            },
        ],
    }
    model = BankTransfers.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transfers_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/BankTransfers"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transfers_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "dfc0d130-9007-4a98-a5ef-6f01700f18e2",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551311318988)/",
                "BankTransfers": [
                    {
                        "BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c",
                        "CreatedDateUTCString": "2016-10-17T20:46:01",
                        "CreatedDateUTC": "/Date(1476737161140+0000)/",
                        "DateString": "2016-11-12T21:10:00",
                        "Date": "/Date(1478985000000+0000)/",
                        "Status": "AUTHORISED",
                        "FromBankAccount": {
                            "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                            "Name": "Business Wells Fargo",
                        },
                        "ToBankAccount": {
                            "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                            "Name": "My Savings",
                        },
                        "Amount": 20.0,
                        "FromBankTransactionID": "a3eca480-bc04-4292-9bbd-5c57b8ba12b4",
                        "ToBankTransactionID": "4ca13f40-f3a0-4530-a442-a600f5696118",
                        "FromIsReconciled": True,
                        "ToIsReconciled": True,
                        "Reference": "Sub 098801",
                        "HasAttachments": True,
                        "FromTracking": [
                            {
                                "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                                "TrackingOptionID": "cd0a4b7e-3c6b-4b3c-8e2a-1f2d3c4b5a69",
                                "Name": "Region",
                                "Option": "North",
                            }
                        ],
                        "ToTracking": [
                            {
                                "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                                "TrackingOptionID": "9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4",
                                "Name": "Region",
                                "Option": "South",
                            }
                        ],
                    },
                    {
                        "BankTransferID": "9f0153d5-617c-4903-887b-3875807aa27a",
                        "CreatedDateUTCString": "2016-10-21T23:28:42",
                        "CreatedDateUTC": "/Date(1477092522333+0000)/",
                        "DateString": "2016-10-19T20:10:00",
                        "Date": "/Date(1476907800000+0000)/",
                        "Status": "AUTHORISED",
                        "FromBankAccount": {
                            "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                            "Name": "Business Wells Fargo",
                        },
                        "ToBankAccount": {
                            "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                            "Name": "My Savings",
                        },
                        "Amount": 20.0,
                        "FromBankTransactionID": "cb74287e-5682-4973-b354-93e2c7a836d3",
                        "ToBankTransactionID": "4c48ba6c-f318-4405-aee6-b5efa2c70f55",
                        "FromIsReconciled": False,
                        "ToIsReconciled": False,
                        "Reference": "Sub 098801",
                        "HasAttachments": False,
                        "FromTracking": [],
                        "ToTracking": [],
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transfers.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_bank_transfers_list(seen[0])
    assert isinstance(result, BankTransfers)


def test_bank_transfers_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "dfc0d130-9007-4a98-a5ef-6f01700f18e2",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551311318988)/",
                    "BankTransfers": [
                        {
                            "BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c",
                            "CreatedDateUTCString": "2016-10-17T20:46:01",
                            "CreatedDateUTC": "/Date(1476737161140+0000)/",
                            "DateString": "2016-11-12T21:10:00",
                            "Date": "/Date(1478985000000+0000)/",
                            "Status": "AUTHORISED",
                            "FromBankAccount": {
                                "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                "Name": "Business Wells Fargo",
                            },
                            "ToBankAccount": {
                                "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                "Name": "My Savings",
                            },
                            "Amount": 20.0,
                            "FromBankTransactionID": "a3eca480-bc04-4292-9bbd-5c57b8ba12b4",
                            "ToBankTransactionID": "4ca13f40-f3a0-4530-a442-a600f5696118",
                            "FromIsReconciled": True,
                            "ToIsReconciled": True,
                            "Reference": "Sub 098801",
                            "HasAttachments": True,
                            "FromTracking": [
                                {
                                    "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                                    "TrackingOptionID": "cd0a4b7e-3c6b-4b3c-8e2a-1f2d3c4b5a69",
                                    "Name": "Region",
                                    "Option": "North",
                                }
                            ],
                            "ToTracking": [
                                {
                                    "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                                    "TrackingOptionID": "9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4",
                                    "Name": "Region",
                                    "Option": "South",
                                }
                            ],
                        },
                        {
                            "BankTransferID": "9f0153d5-617c-4903-887b-3875807aa27a",
                            "CreatedDateUTCString": "2016-10-21T23:28:42",
                            "CreatedDateUTC": "/Date(1477092522333+0000)/",
                            "DateString": "2016-10-19T20:10:00",
                            "Date": "/Date(1476907800000+0000)/",
                            "Status": "AUTHORISED",
                            "FromBankAccount": {
                                "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                "Name": "Business Wells Fargo",
                            },
                            "ToBankAccount": {
                                "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                "Name": "My Savings",
                            },
                            "Amount": 20.0,
                            "FromBankTransactionID": "cb74287e-5682-4973-b354-93e2c7a836d3",
                            "ToBankTransactionID": "4c48ba6c-f318-4405-aee6-b5efa2c70f55",
                            "FromIsReconciled": False,
                            "ToIsReconciled": False,
                            "Reference": "Sub 098801",
                            "HasAttachments": False,
                            "FromTracking": [],
                            "ToTracking": [],
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transfers.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transfers_list(seen[0])
    assert isinstance(result, BankTransfers)


def test_bank_transfers_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "ae767b68-affd-4e17-bac0-83eaf1854dcd",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551311317475)/",
        "BankTransfers": [
            {
                "BankTransferID": "76eea4b6-f026-464c-b6f3-5fb39a196145",
                "DateString": "2019-02-27T00:00:00",
                "Date": "/Date(1551225600000+0000)/",
                "Status": "AUTHORISED",
                "FromBankAccount": {
                    "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                    "Code": "090",
                    "Name": "My Savings",
                },
                "ToBankAccount": {
                    "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                    "Code": "088",
                    "Name": "Business Wells Fargo",
                },
                "Amount": 50.0,
                "FromBankTransactionID": "e4059952-5acb-4a56-b076-53fad85f2930",
                "ToBankTransactionID": "88e4ac17-293b-4e5a-8d8b-3ce3a0b1ee17",
                "FromIsReconciled": True,
                "ToIsReconciled": True,
                "Reference": "Sub 098801",
                "CurrencyRate": 1.0,
                "FromTracking": [
                    {
                        "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                        "TrackingOptionID": "cd0a4b7e-3c6b-4b3c-8e2a-1f2d3c4b5a69",
                        "Name": "Region",
                        "Option": "North",
                    }
                ],
                "ToTracking": [
                    {
                        "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                        "TrackingOptionID": "9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4",
                        "Name": "Region",
                        "Option": "South",
                    }
                ],
                "ValidationErrors": [],
            }
        ],
    }
    model = BankTransfers.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transfers_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/BankTransfers"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transfers_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "ae767b68-affd-4e17-bac0-83eaf1854dcd",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551311317475)/",
                "BankTransfers": [
                    {
                        "BankTransferID": "76eea4b6-f026-464c-b6f3-5fb39a196145",
                        "DateString": "2019-02-27T00:00:00",
                        "Date": "/Date(1551225600000+0000)/",
                        "Status": "AUTHORISED",
                        "FromBankAccount": {
                            "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                            "Code": "090",
                            "Name": "My Savings",
                        },
                        "ToBankAccount": {
                            "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                            "Code": "088",
                            "Name": "Business Wells Fargo",
                        },
                        "Amount": 50.0,
                        "FromBankTransactionID": "e4059952-5acb-4a56-b076-53fad85f2930",
                        "ToBankTransactionID": "88e4ac17-293b-4e5a-8d8b-3ce3a0b1ee17",
                        "FromIsReconciled": True,
                        "ToIsReconciled": True,
                        "Reference": "Sub 098801",
                        "CurrencyRate": 1.0,
                        "FromTracking": [
                            {
                                "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                                "TrackingOptionID": "cd0a4b7e-3c6b-4b3c-8e2a-1f2d3c4b5a69",
                                "Name": "Region",
                                "Option": "North",
                            }
                        ],
                        "ToTracking": [
                            {
                                "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                                "TrackingOptionID": "9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4",
                                "Name": "Region",
                                "Option": "South",
                            }
                        ],
                        "ValidationErrors": [],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transfers.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_bank_transfers_create(seen[0])
    assert isinstance(result, BankTransfers)


def test_bank_transfers_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "ae767b68-affd-4e17-bac0-83eaf1854dcd",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551311317475)/",
                    "BankTransfers": [
                        {
                            "BankTransferID": "76eea4b6-f026-464c-b6f3-5fb39a196145",
                            "DateString": "2019-02-27T00:00:00",
                            "Date": "/Date(1551225600000+0000)/",
                            "Status": "AUTHORISED",
                            "FromBankAccount": {
                                "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                "Code": "090",
                                "Name": "My Savings",
                            },
                            "ToBankAccount": {
                                "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                "Code": "088",
                                "Name": "Business Wells Fargo",
                            },
                            "Amount": 50.0,
                            "FromBankTransactionID": "e4059952-5acb-4a56-b076-53fad85f2930",
                            "ToBankTransactionID": "88e4ac17-293b-4e5a-8d8b-3ce3a0b1ee17",
                            "FromIsReconciled": True,
                            "ToIsReconciled": True,
                            "Reference": "Sub 098801",
                            "CurrencyRate": 1.0,
                            "FromTracking": [
                                {
                                    "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                                    "TrackingOptionID": "cd0a4b7e-3c6b-4b3c-8e2a-1f2d3c4b5a69",
                                    "Name": "Region",
                                    "Option": "North",
                                }
                            ],
                            "ToTracking": [
                                {
                                    "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                                    "TrackingOptionID": "9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4",
                                    "Name": "Region",
                                    "Option": "South",
                                }
                            ],
                            "ValidationErrors": [],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transfers.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transfers_create(seen[0])
    assert isinstance(result, BankTransfers)


def test_bank_transfers_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.bank_transfers.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_bank_transfers_delete_bank_transfers_request_example_round_trips() -> None:
    example: object = {
        "BankTransfers": [
            {"BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c", "Status": "DELETED"},
            {"BankTransferID": "9f0153d5-617c-4903-887b-3875807aa27a", "Status": "DELETED"},
        ]
    }
    model = BankTransfersDelete.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_bank_transfers_delete_bank_transfers_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "dfc0d130-9007-4a98-a5ef-6f01700f18e2",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551311318988)/",
        "BankTransfers": [
            {
                "BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c",
                "Status": "DELETED",
                "FromBankAccount": {
                    "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                    "Name": "Business Wells Fargo",
                },
                "ToBankAccount": {
                    "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                    "Name": "My Savings",
                },
                "Amount": 20.0,
                "ValidationErrors": [],
            }
        ],
    }
    model = BankTransfers.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transfers_delete_bank_transfers(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/BankTransfers"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "BankTransfers": [
            {"BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c", "Status": "DELETED"},
            {"BankTransferID": "9f0153d5-617c-4903-887b-3875807aa27a", "Status": "DELETED"},
        ]
    }


def test_bank_transfers_delete_bank_transfers_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "dfc0d130-9007-4a98-a5ef-6f01700f18e2",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551311318988)/",
                "BankTransfers": [
                    {
                        "BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c",
                        "Status": "DELETED",
                        "FromBankAccount": {
                            "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                            "Name": "Business Wells Fargo",
                        },
                        "ToBankAccount": {
                            "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                            "Name": "My Savings",
                        },
                        "Amount": 20.0,
                        "ValidationErrors": [],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transfers.delete_bank_transfers(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            bank_transfers=[
                BankTransferDelete(
                    bank_transfer_id=UUID("6221458a-ef7a-4d5f-9b1c-1b96ce03833c"), status="DELETED"
                ),
                BankTransferDelete(
                    bank_transfer_id=UUID("9f0153d5-617c-4903-887b-3875807aa27a"), status="DELETED"
                ),
            ],
        )
    assert len(seen) == 1
    _check_bank_transfers_delete_bank_transfers(seen[0])
    assert isinstance(result, BankTransfers)


def test_bank_transfers_delete_bank_transfers_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "dfc0d130-9007-4a98-a5ef-6f01700f18e2",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551311318988)/",
                    "BankTransfers": [
                        {
                            "BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c",
                            "Status": "DELETED",
                            "FromBankAccount": {
                                "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                "Name": "Business Wells Fargo",
                            },
                            "ToBankAccount": {
                                "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                "Name": "My Savings",
                            },
                            "Amount": 20.0,
                            "ValidationErrors": [],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transfers.delete_bank_transfers(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                bank_transfers=[
                    BankTransferDelete(
                        bank_transfer_id=UUID("6221458a-ef7a-4d5f-9b1c-1b96ce03833c"),
                        status="DELETED",
                    ),
                    BankTransferDelete(
                        bank_transfer_id=UUID("9f0153d5-617c-4903-887b-3875807aa27a"),
                        status="DELETED",
                    ),
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transfers_delete_bank_transfers(seen[0])
    assert isinstance(result, BankTransfers)


def test_bank_transfers_delete_bank_transfers_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.bank_transfers.delete_bank_transfers(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            bank_transfers=[
                BankTransferDelete(
                    bank_transfer_id=UUID("6221458a-ef7a-4d5f-9b1c-1b96ce03833c"), status="DELETED"
                ),
                BankTransferDelete(
                    bank_transfer_id=UUID("9f0153d5-617c-4903-887b-3875807aa27a"), status="DELETED"
                ),
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_bank_transfers_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "1a5fa46d-5ece-4ef2-89b1-77c293b5d833",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551311320368)/",
        "BankTransfers": [
            {
                "BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c",
                "CreatedDateUTCString": "2016-10-17T20:46:01",
                "CreatedDateUTC": "/Date(1476737161140+0000)/",
                "DateString": "2016-11-12T21:10:00",
                "Date": "/Date(1478985000000+0000)/",
                "Status": "AUTHORISED",
                "FromBankAccount": {
                    "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                    "Code": "088",
                    "Name": "Business Wells Fargo",
                },
                "ToBankAccount": {
                    "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                    "Code": "090",
                    "Name": "My Savings",
                },
                "Amount": 20.0,
                "FromBankTransactionID": "a3eca480-bc04-4292-9bbd-5c57b8ba12b4",
                "ToBankTransactionID": "4ca13f40-f3a0-4530-a442-a600f5696118",
                "FromIsReconciled": False,
                "ToIsReconciled": False,
                "Reference": "Sub 098801",
                "CurrencyRate": 1.0,
                "HasAttachments": True,
                "FromTracking": [
                    {
                        "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                        "TrackingOptionID": "cd0a4b7e-3c6b-4b3c-8e2a-1f2d3c4b5a69",
                        "Name": "Region",
                        "Option": "North",
                    }
                ],
                "ToTracking": [
                    {
                        "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                        "TrackingOptionID": "9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4",
                        "Name": "Region",
                        "Option": "South",
                    }
                ],
                "Attachments": [
                    {
                        "AttachmentID": "e05a6fd8-0e47-47a9-9799-b809c8267260",
                        "FileName": "HelloWorld.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/banktransfer/6221458a-ef7a-4d5f-9b1c-1b96ce03833c/Attachments/HelloWorld.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            }
        ],
    }
    model = BankTransfers.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transfers_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BankTransfers/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transfers_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "1a5fa46d-5ece-4ef2-89b1-77c293b5d833",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551311320368)/",
                "BankTransfers": [
                    {
                        "BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c",
                        "CreatedDateUTCString": "2016-10-17T20:46:01",
                        "CreatedDateUTC": "/Date(1476737161140+0000)/",
                        "DateString": "2016-11-12T21:10:00",
                        "Date": "/Date(1478985000000+0000)/",
                        "Status": "AUTHORISED",
                        "FromBankAccount": {
                            "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                            "Code": "088",
                            "Name": "Business Wells Fargo",
                        },
                        "ToBankAccount": {
                            "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                            "Code": "090",
                            "Name": "My Savings",
                        },
                        "Amount": 20.0,
                        "FromBankTransactionID": "a3eca480-bc04-4292-9bbd-5c57b8ba12b4",
                        "ToBankTransactionID": "4ca13f40-f3a0-4530-a442-a600f5696118",
                        "FromIsReconciled": False,
                        "ToIsReconciled": False,
                        "Reference": "Sub 098801",
                        "CurrencyRate": 1.0,
                        "HasAttachments": True,
                        "FromTracking": [
                            {
                                "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                                "TrackingOptionID": "cd0a4b7e-3c6b-4b3c-8e2a-1f2d3c4b5a69",
                                "Name": "Region",
                                "Option": "North",
                            }
                        ],
                        "ToTracking": [
                            {
                                "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                                "TrackingOptionID": "9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4",
                                "Name": "Region",
                                "Option": "South",
                            }
                        ],
                        "Attachments": [
                            {
                                "AttachmentID": "e05a6fd8-0e47-47a9-9799-b809c8267260",
                                "FileName": "HelloWorld.jpg",
                                "Url": "https://api.xero.com/api.xro/2.0/banktransfer/6221458a-ef7a-4d5f-9b1c-1b96ce03833c/Attachments/HelloWorld.jpg",
                                "MimeType": "image/jpg",
                                "ContentLength": 2878711,
                            }
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transfers.get(
            bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_bank_transfers_get(seen[0])
    assert isinstance(result, BankTransfers)


def test_bank_transfers_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "1a5fa46d-5ece-4ef2-89b1-77c293b5d833",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551311320368)/",
                    "BankTransfers": [
                        {
                            "BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c",
                            "CreatedDateUTCString": "2016-10-17T20:46:01",
                            "CreatedDateUTC": "/Date(1476737161140+0000)/",
                            "DateString": "2016-11-12T21:10:00",
                            "Date": "/Date(1478985000000+0000)/",
                            "Status": "AUTHORISED",
                            "FromBankAccount": {
                                "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                "Code": "088",
                                "Name": "Business Wells Fargo",
                            },
                            "ToBankAccount": {
                                "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                "Code": "090",
                                "Name": "My Savings",
                            },
                            "Amount": 20.0,
                            "FromBankTransactionID": "a3eca480-bc04-4292-9bbd-5c57b8ba12b4",
                            "ToBankTransactionID": "4ca13f40-f3a0-4530-a442-a600f5696118",
                            "FromIsReconciled": False,
                            "ToIsReconciled": False,
                            "Reference": "Sub 098801",
                            "CurrencyRate": 1.0,
                            "HasAttachments": True,
                            "FromTracking": [
                                {
                                    "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                                    "TrackingOptionID": "cd0a4b7e-3c6b-4b3c-8e2a-1f2d3c4b5a69",
                                    "Name": "Region",
                                    "Option": "North",
                                }
                            ],
                            "ToTracking": [
                                {
                                    "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                                    "TrackingOptionID": "9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4",
                                    "Name": "Region",
                                    "Option": "South",
                                }
                            ],
                            "Attachments": [
                                {
                                    "AttachmentID": "e05a6fd8-0e47-47a9-9799-b809c8267260",
                                    "FileName": "HelloWorld.jpg",
                                    "Url": "https://api.xero.com/api.xro/2.0/banktransfer/6221458a-ef7a-4d5f-9b1c-1b96ce03833c/Attachments/HelloWorld.jpg",
                                    "MimeType": "image/jpg",
                                    "ContentLength": 2878711,
                                }
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transfers.get(
                bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transfers_get(seen[0])
    assert isinstance(result, BankTransfers)


def test_bank_transfers_delete_bank_transfer_request_example_round_trips() -> None:
    example: object = {"Status": "DELETED"}
    model = BankTransferDeleteByUrlParam.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_bank_transfers_delete_bank_transfer_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "1a5fa46d-5ece-4ef2-89b1-77c293b5d833",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551311320368)/",
        "BankTransfers": [
            {
                "BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c",
                "Status": "DELETED",
                "FromBankAccount": {
                    "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                    "Code": "088",
                    "Name": "Business Wells Fargo",
                },
                "ToBankAccount": {
                    "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                    "Code": "090",
                    "Name": "My Savings",
                },
                "Amount": 20.0,
                "Reference": "Sub 098801",
                "ValidationErrors": [],
            }
        ],
    }
    model = BankTransfers.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transfers_delete_bank_transfer(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BankTransfers/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"Status": "DELETED"}


def test_bank_transfers_delete_bank_transfer_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "1a5fa46d-5ece-4ef2-89b1-77c293b5d833",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551311320368)/",
                "BankTransfers": [
                    {
                        "BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c",
                        "Status": "DELETED",
                        "FromBankAccount": {
                            "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                            "Code": "088",
                            "Name": "Business Wells Fargo",
                        },
                        "ToBankAccount": {
                            "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                            "Code": "090",
                            "Name": "My Savings",
                        },
                        "Amount": 20.0,
                        "Reference": "Sub 098801",
                        "ValidationErrors": [],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transfers.delete_bank_transfer(
            bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            status="DELETED",
        )
    assert len(seen) == 1
    _check_bank_transfers_delete_bank_transfer(seen[0])
    assert isinstance(result, BankTransfers)


def test_bank_transfers_delete_bank_transfer_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "1a5fa46d-5ece-4ef2-89b1-77c293b5d833",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551311320368)/",
                    "BankTransfers": [
                        {
                            "BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c",
                            "Status": "DELETED",
                            "FromBankAccount": {
                                "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                "Code": "088",
                                "Name": "Business Wells Fargo",
                            },
                            "ToBankAccount": {
                                "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                "Code": "090",
                                "Name": "My Savings",
                            },
                            "Amount": 20.0,
                            "Reference": "Sub 098801",
                            "ValidationErrors": [],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transfers.delete_bank_transfer(
                bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                status="DELETED",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transfers_delete_bank_transfer(seen[0])
    assert isinstance(result, BankTransfers)


def test_bank_transfers_delete_bank_transfer_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.bank_transfers.delete_bank_transfer(
            bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            status="DELETED",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_bank_transfers_get_attachments_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "5cb6b587-7b02-46b6-97fe-d8ad8f20321b",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551397557272)/",
        "Attachments": [
            {
                "AttachmentID": "e05a6fd8-0e47-47a9-9799-b809c8267260",
                "FileName": "HelloWorld.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/BankTransfers/6221458a-ef7a-4d5f-9b1c-1b96ce03833c/Attachments/HelloWorld.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transfers_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BankTransfers/00000000-0000-0000-0000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transfers_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "5cb6b587-7b02-46b6-97fe-d8ad8f20321b",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551397557272)/",
                "Attachments": [
                    {
                        "AttachmentID": "e05a6fd8-0e47-47a9-9799-b809c8267260",
                        "FileName": "HelloWorld.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/BankTransfers/6221458a-ef7a-4d5f-9b1c-1b96ce03833c/Attachments/HelloWorld.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transfers.get_attachments(
            bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_bank_transfers_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_bank_transfers_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "5cb6b587-7b02-46b6-97fe-d8ad8f20321b",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551397557272)/",
                    "Attachments": [
                        {
                            "AttachmentID": "e05a6fd8-0e47-47a9-9799-b809c8267260",
                            "FileName": "HelloWorld.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/BankTransfers/6221458a-ef7a-4d5f-9b1c-1b96ce03833c/Attachments/HelloWorld.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transfers.get_attachments(
                bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transfers_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def _check_bank_transfers_get_attachment_by_id(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/BankTransfers/00000000-0000-0000-0000-000000000000/Attachments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transfers_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.bank_transfers.get_attachment_by_id(
            bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
            attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_bank_transfers_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_bank_transfers_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.bank_transfers.get_attachment_by_id(
                bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
                attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transfers_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_bank_transfers_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BankTransfers/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transfers_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.bank_transfers.get_attachment_by_file_name(
            bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_bank_transfers_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_bank_transfers_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.bank_transfers.get_attachment_by_file_name(
                bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transfers_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_bank_transfers_create_attachment_by_file_name_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "b73ba149-76a9-4e7c-a5c6-b9230022f416",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551397998372)/",
        "Attachments": [
            {
                "AttachmentID": "9478be4c-c707-48c1-b4a7-83d8eaf442b5",
                "FileName": "sample5.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/BankTransfers/6221458a-ef7a-4d5f-9b1c-1b96ce03833c/Attachments/sample5.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transfers_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BankTransfers/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transfers_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "b73ba149-76a9-4e7c-a5c6-b9230022f416",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551397998372)/",
                "Attachments": [
                    {
                        "AttachmentID": "9478be4c-c707-48c1-b4a7-83d8eaf442b5",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/BankTransfers/6221458a-ef7a-4d5f-9b1c-1b96ce03833c/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transfers.create_attachment_by_file_name(
            bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_bank_transfers_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_bank_transfers_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "b73ba149-76a9-4e7c-a5c6-b9230022f416",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551397998372)/",
                    "Attachments": [
                        {
                            "AttachmentID": "9478be4c-c707-48c1-b4a7-83d8eaf442b5",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/BankTransfers/6221458a-ef7a-4d5f-9b1c-1b96ce03833c/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transfers.create_attachment_by_file_name(
                bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transfers_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_bank_transfers_create_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.bank_transfers.create_attachment_by_file_name(
            bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_bank_transfers_update_attachment_by_file_name_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "c7810140-19c2-4ff7-b3ec-b7e95ce7becf",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551398138226)/",
        "Attachments": [
            {
                "AttachmentID": "0851935c-c4c5-4de8-9247-ce22efde6f82",
                "FileName": "sample5.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/BankTransfers/6221458a-ef7a-4d5f-9b1c-1b96ce03833c/Attachments/sample5.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transfers_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BankTransfers/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transfers_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "c7810140-19c2-4ff7-b3ec-b7e95ce7becf",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551398138226)/",
                "Attachments": [
                    {
                        "AttachmentID": "0851935c-c4c5-4de8-9247-ce22efde6f82",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/BankTransfers/6221458a-ef7a-4d5f-9b1c-1b96ce03833c/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transfers.update_attachment_by_file_name(
            bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_bank_transfers_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_bank_transfers_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "c7810140-19c2-4ff7-b3ec-b7e95ce7becf",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551398138226)/",
                    "Attachments": [
                        {
                            "AttachmentID": "0851935c-c4c5-4de8-9247-ce22efde6f82",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/BankTransfers/6221458a-ef7a-4d5f-9b1c-1b96ce03833c/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transfers.update_attachment_by_file_name(
                bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transfers_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_bank_transfers_update_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.bank_transfers.update_attachment_by_file_name(
            bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_bank_transfers_get_history_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1551311321819)/",
        "HistoryRecords": [
            {
                "Changes": "Attached a file",
                "DateUTCString": "2018-11-08T15:01:21",
                "DateUTC": "/Date(1541689281470+0000)/",
                "User": "System Generated",
                "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
            },
            {
                "Changes": "Credit Applied",
                "DateUTCString": "2016-10-17T20:46:01",
                "DateUTC": "/Date(1476737161173+0000)/",
                "User": "System Generated",
                "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
            },
        ],
    }
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transfers_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BankTransfers/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_bank_transfers_get_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1551311321819)/",
                "HistoryRecords": [
                    {
                        "Changes": "Attached a file",
                        "DateUTCString": "2018-11-08T15:01:21",
                        "DateUTC": "/Date(1541689281470+0000)/",
                        "User": "System Generated",
                        "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                    },
                    {
                        "Changes": "Credit Applied",
                        "DateUTCString": "2016-10-17T20:46:01",
                        "DateUTC": "/Date(1476737161173+0000)/",
                        "User": "System Generated",
                        "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transfers.get_history(
            bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_bank_transfers_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_bank_transfers_get_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1551311321819)/",
                    "HistoryRecords": [
                        {
                            "Changes": "Attached a file",
                            "DateUTCString": "2018-11-08T15:01:21",
                            "DateUTC": "/Date(1541689281470+0000)/",
                            "User": "System Generated",
                            "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                        },
                        {
                            "Changes": "Credit Applied",
                            "DateUTCString": "2016-10-17T20:46:01",
                            "DateUTC": "/Date(1476737161173+0000)/",
                            "User": "System Generated",
                            "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transfers.get_history(
                bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transfers_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_bank_transfers_create_history_record_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_bank_transfers_create_history_record_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550899400362)/",
        "HistoryRecords": [
            {
                "DateUTCString": "2019-02-23T05:23:20",
                "DateUTC": "/Date(1550899400362)/",
                "Details": "Hello World",
                "ValidationErrors": [],
            }
        ],
    }
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_bank_transfers_create_history_record(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/BankTransfers/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_bank_transfers_create_history_record_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550899400362)/",
                "HistoryRecords": [
                    {
                        "DateUTCString": "2019-02-23T05:23:20",
                        "DateUTC": "/Date(1550899400362)/",
                        "Details": "Hello World",
                        "ValidationErrors": [],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.bank_transfers.create_history_record(
            bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_bank_transfers_create_history_record(seen[0])
    assert isinstance(result, HistoryRecords)


def test_bank_transfers_create_history_record_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550899400362)/",
                    "HistoryRecords": [
                        {
                            "DateUTCString": "2019-02-23T05:23:20",
                            "DateUTC": "/Date(1550899400362)/",
                            "Details": "Hello World",
                            "ValidationErrors": [],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.bank_transfers.create_history_record(
                bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_bank_transfers_create_history_record(seen[0])
    assert isinstance(result, HistoryRecords)


def test_bank_transfers_create_history_record_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.bank_transfers.create_history_record(
            bank_transfer_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
