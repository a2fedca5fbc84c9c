"""Tests of the `manual_journals` operations, generated from the document's examples."""

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
    Error,
    HistoryRecord,
    HistoryRecords,
    ManualJournal,
    ManualJournalLine,
    ManualJournals,
    TrackingCategory,
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


def test_manual_journals_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "8a508ec1-b578-48bf-97df-020c918fbf7d",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552357217359)/",
        "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 3},
        "ManualJournals": [
            {
                "Date": "/Date(1553126400000+0000)/",
                "Status": "POSTED",
                "LineAmountTypes": "NoTax",
                "UpdatedDateUTC": "/Date(1552357188083+0000)/",
                "ManualJournalID": "0b159335-606b-485f-b51b-97b3b32bad32",
                "Narration": "Reversal: These aren''t the droids you are looking for",
                "JournalLines": [],
                "ShowOnCashBasisReports": True,
                "HasAttachments": False,
            },
            {
                "Date": "/Date(1552348800000+0000)/",
                "Status": "POSTED",
                "LineAmountTypes": "NoTax",
                "UpdatedDateUTC": "/Date(1552357188147+0000)/",
                "ManualJournalID": "99cb8353-ce73-4a5d-8e0d-8b0edf86cfc4",
                "Narration": "These aren''t the droids you are looking for",
                "JournalLines": [],
                "ShowOnCashBasisReports": True,
                "HasAttachments": True,
            },
            {
                "Date": "/Date(1552262400000+0000)/",
                "Status": "DRAFT",
                "LineAmountTypes": "NoTax",
                "UpdatedDateUTC": "/Date(1552357216843+0000)/",
                "ManualJournalID": "ecb6b362-c78f-462a-a229-a66abf115e92",
                "Narration": "Foo bar",
                "JournalLines": [],
                "ShowOnCashBasisReports": True,
                "HasAttachments": False,
            },
        ],
    }
    model = ManualJournals.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_manual_journals_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/ManualJournals"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_manual_journals_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "8a508ec1-b578-48bf-97df-020c918fbf7d",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552357217359)/",
                "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 3},
                "ManualJournals": [
                    {
                        "Date": "/Date(1553126400000+0000)/",
                        "Status": "POSTED",
                        "LineAmountTypes": "NoTax",
                        "UpdatedDateUTC": "/Date(1552357188083+0000)/",
                        "ManualJournalID": "0b159335-606b-485f-b51b-97b3b32bad32",
                        "Narration": "Reversal: These aren''t the droids you are looking for",
                        "JournalLines": [],
                        "ShowOnCashBasisReports": True,
                        "HasAttachments": False,
                    },
                    {
                        "Date": "/Date(1552348800000+0000)/",
                        "Status": "POSTED",
                        "LineAmountTypes": "NoTax",
                        "UpdatedDateUTC": "/Date(1552357188147+0000)/",
                        "ManualJournalID": "99cb8353-ce73-4a5d-8e0d-8b0edf86cfc4",
                        "Narration": "These aren''t the droids you are looking for",
                        "JournalLines": [],
                        "ShowOnCashBasisReports": True,
                        "HasAttachments": True,
                    },
                    {
                        "Date": "/Date(1552262400000+0000)/",
                        "Status": "DRAFT",
                        "LineAmountTypes": "NoTax",
                        "UpdatedDateUTC": "/Date(1552357216843+0000)/",
                        "ManualJournalID": "ecb6b362-c78f-462a-a229-a66abf115e92",
                        "Narration": "Foo bar",
                        "JournalLines": [],
                        "ShowOnCashBasisReports": True,
                        "HasAttachments": False,
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.manual_journals.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_manual_journals_list(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "8a508ec1-b578-48bf-97df-020c918fbf7d",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552357217359)/",
                    "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 3},
                    "ManualJournals": [
                        {
                            "Date": "/Date(1553126400000+0000)/",
                            "Status": "POSTED",
                            "LineAmountTypes": "NoTax",
                            "UpdatedDateUTC": "/Date(1552357188083+0000)/",
                            "ManualJournalID": "0b159335-606b-485f-b51b-97b3b32bad32",
                            "Narration": "Reversal: These aren''t the droids you are looking for",
                            "JournalLines": [],
                            "ShowOnCashBasisReports": True,
                            "HasAttachments": False,
                        },
                        {
                            "Date": "/Date(1552348800000+0000)/",
                            "Status": "POSTED",
                            "LineAmountTypes": "NoTax",
                            "UpdatedDateUTC": "/Date(1552357188147+0000)/",
                            "ManualJournalID": "99cb8353-ce73-4a5d-8e0d-8b0edf86cfc4",
                            "Narration": "These aren''t the droids you are looking for",
                            "JournalLines": [],
                            "ShowOnCashBasisReports": True,
                            "HasAttachments": True,
                        },
                        {
                            "Date": "/Date(1552262400000+0000)/",
                            "Status": "DRAFT",
                            "LineAmountTypes": "NoTax",
                            "UpdatedDateUTC": "/Date(1552357216843+0000)/",
                            "ManualJournalID": "ecb6b362-c78f-462a-a229-a66abf115e92",
                            "Narration": "Foo bar",
                            "JournalLines": [],
                            "ShowOnCashBasisReports": True,
                            "HasAttachments": False,
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.manual_journals.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_list(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_create_request_example_round_trips() -> None:
    example: object = {
        "ManualJournals": [
            {
                "Narration": "Journal Desc",
                "JournalLines": [
                    {"LineAmount": 100, "AccountCode": "400", "Description": "Money Movement"},
                    {
                        "LineAmount": -100,
                        "AccountCode": "400",
                        "Description": "Prepayment of things",
                        "Tracking": [{"Name": "North", "Option": "Region"}],
                    },
                ],
                "Date": "2019-03-14",
            }
        ]
    }
    model = ManualJournals.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_manual_journals_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "45dfa608-0fcb-4f30-a377-c82cd348569c",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552595972952)/",
        "ManualJournals": [
            {
                "Date": "/Date(1552521600000+0000)/",
                "Status": "DRAFT",
                "LineAmountTypes": "NoTax",
                "UpdatedDateUTC": "/Date(1552595972920+0000)/",
                "ManualJournalID": "d312dd5e-a53e-46d1-9d51-c569ef4570b7",
                "Narration": "Foo bar",
                "JournalLines": [
                    {
                        "Description": "Hello there",
                        "TaxType": "NONE",
                        "LineAmount": 100.0,
                        "AccountCode": "400",
                        "Tracking": [],
                        "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                        "IsBlank": False,
                    },
                    {
                        "Description": "Goodbye",
                        "TaxType": "NONE",
                        "LineAmount": -100.0,
                        "AccountCode": "400",
                        "Tracking": [
                            {
                                "Name": "Simpsons",
                                "Option": "Bart",
                                "TrackingCategoryID": "6a68adde-f210-4465-b0a9-0d8cc6f50762",
                                "TrackingOptionID": "dc54c220-0140-495a-b925-3246adc0075f",
                            }
                        ],
                        "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                        "IsBlank": False,
                    },
                ],
                "ShowOnCashBasisReports": True,
                "Warnings": [
                    {
                        "Message": "Account code ''476'' has been removed as it does not match a recognised account."
                    }
                ],
                "ValidationErrors": [
                    {"Message": "The total debits (100.00) must equal total credits (-10.00)"}
                ],
            }
        ],
    }
    model = ManualJournals.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_manual_journals_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/ManualJournals"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "ManualJournals": [
            {
                "Narration": "Journal Desc",
                "JournalLines": [
                    {"LineAmount": 100, "AccountCode": "400", "Description": "Money Movement"},
                    {
                        "LineAmount": -100,
                        "AccountCode": "400",
                        "Description": "Prepayment of things",
                        "Tracking": [{"Name": "North", "Option": "Region"}],
                    },
                ],
                "Date": "2019-03-14",
            }
        ]
    }


def test_manual_journals_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "45dfa608-0fcb-4f30-a377-c82cd348569c",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552595972952)/",
                "ManualJournals": [
                    {
                        "Date": "/Date(1552521600000+0000)/",
                        "Status": "DRAFT",
                        "LineAmountTypes": "NoTax",
                        "UpdatedDateUTC": "/Date(1552595972920+0000)/",
                        "ManualJournalID": "d312dd5e-a53e-46d1-9d51-c569ef4570b7",
                        "Narration": "Foo bar",
                        "JournalLines": [
                            {
                                "Description": "Hello there",
                                "TaxType": "NONE",
                                "LineAmount": 100.0,
                                "AccountCode": "400",
                                "Tracking": [],
                                "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                                "IsBlank": False,
                            },
                            {
                                "Description": "Goodbye",
                                "TaxType": "NONE",
                                "LineAmount": -100.0,
                                "AccountCode": "400",
                                "Tracking": [
                                    {
                                        "Name": "Simpsons",
                                        "Option": "Bart",
                                        "TrackingCategoryID": "6a68adde-f210-4465-b0a9-0d8cc6f50762",
                                        "TrackingOptionID": "dc54c220-0140-495a-b925-3246adc0075f",
                                    }
                                ],
                                "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                                "IsBlank": False,
                            },
                        ],
                        "ShowOnCashBasisReports": True,
                        "Warnings": [
                            {
                                "Message": "Account code ''476'' has been removed as it does not match a recognised account."
                            }
                        ],
                        "ValidationErrors": [
                            {
                                "Message": "The total debits (100.00) must equal total credits (-10.00)"
                            }
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.manual_journals.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            manual_journals=[
                ManualJournal(
                    narration="Journal Desc",
                    journal_lines=[
                        ManualJournalLine(
                            line_amount=100, account_code="400", description="Money Movement"
                        ),
                        ManualJournalLine(
                            line_amount=-100,
                            account_code="400",
                            description="Prepayment of things",
                            tracking=[TrackingCategory(name="North", option="Region")],
                        ),
                    ],
                    date="2019-03-14",
                )
            ],
        )
    assert len(seen) == 1
    _check_manual_journals_create(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "45dfa608-0fcb-4f30-a377-c82cd348569c",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552595972952)/",
                    "ManualJournals": [
                        {
                            "Date": "/Date(1552521600000+0000)/",
                            "Status": "DRAFT",
                            "LineAmountTypes": "NoTax",
                            "UpdatedDateUTC": "/Date(1552595972920+0000)/",
                            "ManualJournalID": "d312dd5e-a53e-46d1-9d51-c569ef4570b7",
                            "Narration": "Foo bar",
                            "JournalLines": [
                                {
                                    "Description": "Hello there",
                                    "TaxType": "NONE",
                                    "LineAmount": 100.0,
                                    "AccountCode": "400",
                                    "Tracking": [],
                                    "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                                    "IsBlank": False,
                                },
                                {
                                    "Description": "Goodbye",
                                    "TaxType": "NONE",
                                    "LineAmount": -100.0,
                                    "AccountCode": "400",
                                    "Tracking": [
                                        {
                                            "Name": "Simpsons",
                                            "Option": "Bart",
                                            "TrackingCategoryID": "6a68adde-f210-4465-b0a9-0d8cc6f50762",
                                            "TrackingOptionID": "dc54c220-0140-495a-b925-3246adc0075f",
                                        }
                                    ],
                                    "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                                    "IsBlank": False,
                                },
                            ],
                            "ShowOnCashBasisReports": True,
                            "Warnings": [
                                {
                                    "Message": "Account code ''476'' has been removed as it does not match a recognised account."
                                }
                            ],
                            "ValidationErrors": [
                                {
                                    "Message": "The total debits (100.00) must equal total credits (-10.00)"
                                }
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.manual_journals.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                manual_journals=[
                    ManualJournal(
                        narration="Journal Desc",
                        journal_lines=[
                            ManualJournalLine(
                                line_amount=100, account_code="400", description="Money Movement"
                            ),
                            ManualJournalLine(
                                line_amount=-100,
                                account_code="400",
                                description="Prepayment of things",
                                tracking=[TrackingCategory(name="North", option="Region")],
                            ),
                        ],
                        date="2019-03-14",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_create(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.manual_journals.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            manual_journals=[
                ManualJournal(
                    narration="Journal Desc",
                    journal_lines=[
                        ManualJournalLine(
                            line_amount=100, account_code="400", description="Money Movement"
                        ),
                        ManualJournalLine(
                            line_amount=-100,
                            account_code="400",
                            description="Prepayment of things",
                            tracking=[TrackingCategory(name="North", option="Region")],
                        ),
                    ],
                    date="2019-03-14",
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_manual_journals_update_or_create_request_example_round_trips() -> None:
    example: object = {
        "ManualJournals": [
            {
                "Narration": "Journal Desc",
                "JournalLines": [
                    {"LineAmount": 100, "AccountCode": "400", "Description": "Money Movement"},
                    {
                        "LineAmount": -100,
                        "AccountCode": "400",
                        "Description": "Prepayment of things",
                        "Tracking": [{"Name": "North", "Option": "Region"}],
                    },
                ],
                "Date": "2019-03-14",
            }
        ]
    }
    model = ManualJournals.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_manual_journals_update_or_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "45dfa608-0fcb-4f30-a377-c82cd348569c",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552595972952)/",
        "ManualJournals": [
            {
                "Date": "/Date(1552521600000+0000)/",
                "Status": "DRAFT",
                "LineAmountTypes": "NoTax",
                "UpdatedDateUTC": "/Date(1552595972920+0000)/",
                "ManualJournalID": "d312dd5e-a53e-46d1-9d51-c569ef4570b7",
                "Narration": "Foo bar",
                "JournalLines": [
                    {
                        "Description": "Hello there",
                        "TaxType": "NONE",
                        "LineAmount": 100.0,
                        "AccountCode": "400",
                        "Tracking": [],
                        "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                        "IsBlank": False,
                    },
                    {
                        "Description": "Goodbye",
                        "TaxType": "NONE",
                        "LineAmount": -100.0,
                        "AccountCode": "400",
                        "Tracking": [
                            {
                                "Name": "Simpsons",
                                "Option": "Bart",
                                "TrackingCategoryID": "6a68adde-f210-4465-b0a9-0d8cc6f50762",
                                "TrackingOptionID": "dc54c220-0140-495a-b925-3246adc0075f",
                            }
                        ],
                        "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                        "IsBlank": False,
                    },
                ],
                "ShowOnCashBasisReports": True,
                "Warnings": [
                    {
                        "Message": "Account code ''476'' has been removed as it does not match a recognised account."
                    }
                ],
                "ValidationErrors": [
                    {"Message": "The total debits (100.00) must equal total credits (-10.00)"}
                ],
            }
        ],
    }
    model = ManualJournals.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_manual_journals_update_or_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/ManualJournals"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "ManualJournals": [
            {
                "Narration": "Journal Desc",
                "JournalLines": [
                    {"LineAmount": 100, "AccountCode": "400", "Description": "Money Movement"},
                    {
                        "LineAmount": -100,
                        "AccountCode": "400",
                        "Description": "Prepayment of things",
                        "Tracking": [{"Name": "North", "Option": "Region"}],
                    },
                ],
                "Date": "2019-03-14",
            }
        ]
    }


def test_manual_journals_update_or_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "45dfa608-0fcb-4f30-a377-c82cd348569c",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552595972952)/",
                "ManualJournals": [
                    {
                        "Date": "/Date(1552521600000+0000)/",
                        "Status": "DRAFT",
                        "LineAmountTypes": "NoTax",
                        "UpdatedDateUTC": "/Date(1552595972920+0000)/",
                        "ManualJournalID": "d312dd5e-a53e-46d1-9d51-c569ef4570b7",
                        "Narration": "Foo bar",
                        "JournalLines": [
                            {
                                "Description": "Hello there",
                                "TaxType": "NONE",
                                "LineAmount": 100.0,
                                "AccountCode": "400",
                                "Tracking": [],
                                "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                                "IsBlank": False,
                            },
                            {
                                "Description": "Goodbye",
                                "TaxType": "NONE",
                                "LineAmount": -100.0,
                                "AccountCode": "400",
                                "Tracking": [
                                    {
                                        "Name": "Simpsons",
                                        "Option": "Bart",
                                        "TrackingCategoryID": "6a68adde-f210-4465-b0a9-0d8cc6f50762",
                                        "TrackingOptionID": "dc54c220-0140-495a-b925-3246adc0075f",
                                    }
                                ],
                                "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                                "IsBlank": False,
                            },
                        ],
                        "ShowOnCashBasisReports": True,
                        "Warnings": [
                            {
                                "Message": "Account code ''476'' has been removed as it does not match a recognised account."
                            }
                        ],
                        "ValidationErrors": [
                            {
                                "Message": "The total debits (100.00) must equal total credits (-10.00)"
                            }
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.manual_journals.update_or_create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            manual_journals=[
                ManualJournal(
                    narration="Journal Desc",
                    journal_lines=[
                        ManualJournalLine(
                            line_amount=100, account_code="400", description="Money Movement"
                        ),
                        ManualJournalLine(
                            line_amount=-100,
                            account_code="400",
                            description="Prepayment of things",
                            tracking=[TrackingCategory(name="North", option="Region")],
                        ),
                    ],
                    date="2019-03-14",
                )
            ],
        )
    assert len(seen) == 1
    _check_manual_journals_update_or_create(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_update_or_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "45dfa608-0fcb-4f30-a377-c82cd348569c",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552595972952)/",
                    "ManualJournals": [
                        {
                            "Date": "/Date(1552521600000+0000)/",
                            "Status": "DRAFT",
                            "LineAmountTypes": "NoTax",
                            "UpdatedDateUTC": "/Date(1552595972920+0000)/",
                            "ManualJournalID": "d312dd5e-a53e-46d1-9d51-c569ef4570b7",
                            "Narration": "Foo bar",
                            "JournalLines": [
                                {
                                    "Description": "Hello there",
                                    "TaxType": "NONE",
                                    "LineAmount": 100.0,
                                    "AccountCode": "400",
                                    "Tracking": [],
                                    "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                                    "IsBlank": False,
                                },
                                {
                                    "Description": "Goodbye",
                                    "TaxType": "NONE",
                                    "LineAmount": -100.0,
                                    "AccountCode": "400",
                                    "Tracking": [
                                        {
                                            "Name": "Simpsons",
                                            "Option": "Bart",
                                            "TrackingCategoryID": "6a68adde-f210-4465-b0a9-0d8cc6f50762",
                                            "TrackingOptionID": "dc54c220-0140-495a-b925-3246adc0075f",
                                        }
                                    ],
                                    "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                                    "IsBlank": False,
                                },
                            ],
                            "ShowOnCashBasisReports": True,
                            "Warnings": [
                                {
                                    "Message": "Account code ''476'' has been removed as it does not match a recognised account."
                                }
                            ],
                            "ValidationErrors": [
                                {
                                    "Message": "The total debits (100.00) must equal total credits (-10.00)"
                                }
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.manual_journals.update_or_create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                manual_journals=[
                    ManualJournal(
                        narration="Journal Desc",
                        journal_lines=[
                            ManualJournalLine(
                                line_amount=100, account_code="400", description="Money Movement"
                            ),
                            ManualJournalLine(
                                line_amount=-100,
                                account_code="400",
                                description="Prepayment of things",
                                tracking=[TrackingCategory(name="North", option="Region")],
                            ),
                        ],
                        date="2019-03-14",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_update_or_create(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_update_or_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.manual_journals.update_or_create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            manual_journals=[
                ManualJournal(
                    narration="Journal Desc",
                    journal_lines=[
                        ManualJournalLine(
                            line_amount=100, account_code="400", description="Money Movement"
                        ),
                        ManualJournalLine(
                            line_amount=-100,
                            account_code="400",
                            description="Prepayment of things",
                            tracking=[TrackingCategory(name="North", option="Region")],
                        ),
                    ],
                    date="2019-03-14",
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_manual_journals_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "7321fc21-1a13-4f40-ae47-df59cff5676d",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552399859139)/",
        "ManualJournals": [
            {
                "Date": "/Date(1552348800000+0000)/",
                "Status": "POSTED",
                "LineAmountTypes": "NoTax",
                "UpdatedDateUTC": "/Date(1552357188147+0000)/",
                "ManualJournalID": "99cb8353-ce73-4a5d-8e0d-8b0edf86cfc4",
                "Narration": "These aren''t the droids you are looking for",
                "JournalLines": [
                    {
                        "Description": "These aren''t the droids you are looking for",
                        "TaxType": "NONE",
                        "TaxAmount": 0.0,
                        "LineAmount": 100.0,
                        "AccountCode": "429",
                        "Tracking": [],
                        "AccountID": "160bad11-c1b7-4c7e-8903-dca925d78721",
                        "IsBlank": False,
                    },
                    {
                        "Description": "Yes the are",
                        "TaxType": "NONE",
                        "TaxAmount": 0.0,
                        "LineAmount": -100.0,
                        "AccountCode": "200",
                        "Tracking": [],
                        "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                        "IsBlank": False,
                    },
                ],
                "ShowOnCashBasisReports": True,
                "HasAttachments": True,
                "Attachments": [
                    {
                        "AttachmentID": "166ca8f8-8bc6-4780-8466-a0e474d586ea",
                        "FileName": "giphy.gif",
                        "Url": "https://api.xero.com/api.xro/2.0/manualjournal/99cb8353-ce73-4a5d-8e0d-8b0edf86cfc4/Attachments/giphy.gif",
                        "MimeType": "image/gif",
                        "ContentLength": 495727,
                    },
                    {
                        "AttachmentID": "5e5036f9-b1e0-4c5d-a93f-61900137e40b",
                        "FileName": "ridehistory.pdf",
                        "Url": "https://api.xero.com/api.xro/2.0/manualjournal/99cb8353-ce73-4a5d-8e0d-8b0edf86cfc4/Attachments/ridehistory.pdf",
                        "MimeType": "application/pdf",
                        "ContentLength": 4423,
                    },
                ],
            }
        ],
    }
    model = ManualJournals.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_manual_journals_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ManualJournals/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_manual_journals_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "7321fc21-1a13-4f40-ae47-df59cff5676d",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552399859139)/",
                "ManualJournals": [
                    {
                        "Date": "/Date(1552348800000+0000)/",
                        "Status": "POSTED",
                        "LineAmountTypes": "NoTax",
                        "UpdatedDateUTC": "/Date(1552357188147+0000)/",
                        "ManualJournalID": "99cb8353-ce73-4a5d-8e0d-8b0edf86cfc4",
                        "Narration": "These aren''t the droids you are looking for",
                        "JournalLines": [
                            {
                                "Description": "These aren''t the droids you are looking for",
                                "TaxType": "NONE",
                                "TaxAmount": 0.0,
                                "LineAmount": 100.0,
                                "AccountCode": "429",
                                "Tracking": [],
                                "AccountID": "160bad11-c1b7-4c7e-8903-dca925d78721",
                                "IsBlank": False,
                            },
                            {
                                "Description": "Yes the are",
                                "TaxType": "NONE",
                                "TaxAmount": 0.0,
                                "LineAmount": -100.0,
                                "AccountCode": "200",
                                "Tracking": [],
                                "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                                "IsBlank": False,
                            },
                        ],
                        "ShowOnCashBasisReports": True,
                        "HasAttachments": True,
                        "Attachments": [
                            {
                                "AttachmentID": "166ca8f8-8bc6-4780-8466-a0e474d586ea",
                                "FileName": "giphy.gif",
                                "Url": "https://api.xero.com/api.xro/2.0/manualjournal/99cb8353-ce73-4a5d-8e0d-8b0edf86cfc4/Attachments/giphy.gif",
                                "MimeType": "image/gif",
                                "ContentLength": 495727,
                            },
                            {
                                "AttachmentID": "5e5036f9-b1e0-4c5d-a93f-61900137e40b",
                                "FileName": "ridehistory.pdf",
                                "Url": "https://api.xero.com/api.xro/2.0/manualjournal/99cb8353-ce73-4a5d-8e0d-8b0edf86cfc4/Attachments/ridehistory.pdf",
                                "MimeType": "application/pdf",
                                "ContentLength": 4423,
                            },
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.manual_journals.get(
            manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_manual_journals_get(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "7321fc21-1a13-4f40-ae47-df59cff5676d",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552399859139)/",
                    "ManualJournals": [
                        {
                            "Date": "/Date(1552348800000+0000)/",
                            "Status": "POSTED",
                            "LineAmountTypes": "NoTax",
                            "UpdatedDateUTC": "/Date(1552357188147+0000)/",
                            "ManualJournalID": "99cb8353-ce73-4a5d-8e0d-8b0edf86cfc4",
                            "Narration": "These aren''t the droids you are looking for",
                            "JournalLines": [
                                {
                                    "Description": "These aren''t the droids you are looking for",
                                    "TaxType": "NONE",
                                    "TaxAmount": 0.0,
                                    "LineAmount": 100.0,
                                    "AccountCode": "429",
                                    "Tracking": [],
                                    "AccountID": "160bad11-c1b7-4c7e-8903-dca925d78721",
                                    "IsBlank": False,
                                },
                                {
                                    "Description": "Yes the are",
                                    "TaxType": "NONE",
                                    "TaxAmount": 0.0,
                                    "LineAmount": -100.0,
                                    "AccountCode": "200",
                                    "Tracking": [],
                                    "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                                    "IsBlank": False,
                                },
                            ],
                            "ShowOnCashBasisReports": True,
                            "HasAttachments": True,
                            "Attachments": [
                                {
                                    "AttachmentID": "166ca8f8-8bc6-4780-8466-a0e474d586ea",
                                    "FileName": "giphy.gif",
                                    "Url": "https://api.xero.com/api.xro/2.0/manualjournal/99cb8353-ce73-4a5d-8e0d-8b0edf86cfc4/Attachments/giphy.gif",
                                    "MimeType": "image/gif",
                                    "ContentLength": 495727,
                                },
                                {
                                    "AttachmentID": "5e5036f9-b1e0-4c5d-a93f-61900137e40b",
                                    "FileName": "ridehistory.pdf",
                                    "Url": "https://api.xero.com/api.xro/2.0/manualjournal/99cb8353-ce73-4a5d-8e0d-8b0edf86cfc4/Attachments/ridehistory.pdf",
                                    "MimeType": "application/pdf",
                                    "ContentLength": 4423,
                                },
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.manual_journals.get(
                manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_get(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_update_request_example_round_trips() -> None:
    example: object = {
        "ManualJournals": [
            {
                "Narration": "Hello Xero",
                "ManualJournalID": "00000000-0000-0000-0000-000000000000",
                "JournalLines": [],
            }
        ]
    }
    model = ManualJournals.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_manual_journals_update_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "b694559c-686c-4047-b657-661ba6c0dd1f",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552357736850)/",
        "ManualJournals": [
            {
                "Date": "/Date(1552262400000+0000)/",
                "Status": "DRAFT",
                "LineAmountTypes": "NoTax",
                "UpdatedDateUTC": "/Date(1552357736820+0000)/",
                "ManualJournalID": "07eac261-78ef-47a0-a0eb-a57b74137877",
                "Narration": "Hello Xero",
                "JournalLines": [
                    {
                        "Description": "Hello there",
                        "TaxType": "NONE",
                        "TaxAmount": 0.0,
                        "LineAmount": 100.0,
                        "AccountCode": "400",
                        "Tracking": [],
                        "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                        "IsBlank": False,
                    },
                    {
                        "Description": "Goodbye",
                        "TaxType": "NONE",
                        "TaxAmount": 0.0,
                        "LineAmount": -100.0,
                        "AccountCode": "400",
                        "Tracking": [],
                        "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                        "IsBlank": False,
                    },
                ],
                "ShowOnCashBasisReports": True,
                "HasAttachments": False,
                "Attachments": [],
            }
        ],
    }
    model = ManualJournals.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_manual_journals_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ManualJournals/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "ManualJournals": [
            {
                "Narration": "Hello Xero",
                "ManualJournalID": "00000000-0000-0000-0000-000000000000",
                "JournalLines": [],
            }
        ]
    }


def test_manual_journals_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "b694559c-686c-4047-b657-661ba6c0dd1f",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552357736850)/",
                "ManualJournals": [
                    {
                        "Date": "/Date(1552262400000+0000)/",
                        "Status": "DRAFT",
                        "LineAmountTypes": "NoTax",
                        "UpdatedDateUTC": "/Date(1552357736820+0000)/",
                        "ManualJournalID": "07eac261-78ef-47a0-a0eb-a57b74137877",
                        "Narration": "Hello Xero",
                        "JournalLines": [
                            {
                                "Description": "Hello there",
                                "TaxType": "NONE",
                                "TaxAmount": 0.0,
                                "LineAmount": 100.0,
                                "AccountCode": "400",
                                "Tracking": [],
                                "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                                "IsBlank": False,
                            },
                            {
                                "Description": "Goodbye",
                                "TaxType": "NONE",
                                "TaxAmount": 0.0,
                                "LineAmount": -100.0,
                                "AccountCode": "400",
                                "Tracking": [],
                                "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                                "IsBlank": False,
                            },
                        ],
                        "ShowOnCashBasisReports": True,
                        "HasAttachments": False,
                        "Attachments": [],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.manual_journals.update(
            manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            manual_journals=[
                ManualJournal(
                    narration="Hello Xero",
                    manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
                    journal_lines=[],
                )
            ],
        )
    assert len(seen) == 1
    _check_manual_journals_update(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "b694559c-686c-4047-b657-661ba6c0dd1f",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552357736850)/",
                    "ManualJournals": [
                        {
                            "Date": "/Date(1552262400000+0000)/",
                            "Status": "DRAFT",
                            "LineAmountTypes": "NoTax",
                            "UpdatedDateUTC": "/Date(1552357736820+0000)/",
                            "ManualJournalID": "07eac261-78ef-47a0-a0eb-a57b74137877",
                            "Narration": "Hello Xero",
                            "JournalLines": [
                                {
                                    "Description": "Hello there",
                                    "TaxType": "NONE",
                                    "TaxAmount": 0.0,
                                    "LineAmount": 100.0,
                                    "AccountCode": "400",
                                    "Tracking": [],
                                    "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                                    "IsBlank": False,
                                },
                                {
                                    "Description": "Goodbye",
                                    "TaxType": "NONE",
                                    "TaxAmount": 0.0,
                                    "LineAmount": -100.0,
                                    "AccountCode": "400",
                                    "Tracking": [],
                                    "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                                    "IsBlank": False,
                                },
                            ],
                            "ShowOnCashBasisReports": True,
                            "HasAttachments": False,
                            "Attachments": [],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.manual_journals.update(
                manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                manual_journals=[
                    ManualJournal(
                        narration="Hello Xero",
                        manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
                        journal_lines=[],
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_update(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.manual_journals.update(
            manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            manual_journals=[
                ManualJournal(
                    narration="Hello Xero",
                    manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
                    journal_lines=[],
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_manual_journals_get_attachments_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "5fa4b3ef-7945-45a7-9bab-10e830673dfb",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552404121471)/",
        "Attachments": [
            {
                "AttachmentID": "16e86f32-3e25-4209-8662-c0dfd91b654c",
                "FileName": "HelloWorld.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/ManualJournals/0b159335-606b-485f-b51b-97b3b32bad32/Attachments/HelloWorld.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            },
            {
                "AttachmentID": "ff7c439e-a057-4807-ac2c-b558d7df7511",
                "FileName": "foobar.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/ManualJournals/0b159335-606b-485f-b51b-97b3b32bad32/Attachments/foobar.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            },
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_manual_journals_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ManualJournals/00000000-0000-0000-0000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_manual_journals_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "5fa4b3ef-7945-45a7-9bab-10e830673dfb",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552404121471)/",
                "Attachments": [
                    {
                        "AttachmentID": "16e86f32-3e25-4209-8662-c0dfd91b654c",
                        "FileName": "HelloWorld.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/ManualJournals/0b159335-606b-485f-b51b-97b3b32bad32/Attachments/HelloWorld.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    },
                    {
                        "AttachmentID": "ff7c439e-a057-4807-ac2c-b558d7df7511",
                        "FileName": "foobar.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/ManualJournals/0b159335-606b-485f-b51b-97b3b32bad32/Attachments/foobar.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    },
                ],
            },
            seen,
        )
    ) as client:
        result = client.manual_journals.get_attachments(
            manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_manual_journals_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_manual_journals_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "5fa4b3ef-7945-45a7-9bab-10e830673dfb",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552404121471)/",
                    "Attachments": [
                        {
                            "AttachmentID": "16e86f32-3e25-4209-8662-c0dfd91b654c",
                            "FileName": "HelloWorld.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/ManualJournals/0b159335-606b-485f-b51b-97b3b32bad32/Attachments/HelloWorld.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        },
                        {
                            "AttachmentID": "ff7c439e-a057-4807-ac2c-b558d7df7511",
                            "FileName": "foobar.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/ManualJournals/0b159335-606b-485f-b51b-97b3b32bad32/Attachments/foobar.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        },
                    ],
                },
                seen,
            )
        ) as client:
            return await client.manual_journals.get_attachments(
                manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def _check_manual_journals_get_attachment_by_id(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/ManualJournals/00000000-0000-0000-0000-000000000000/Attachments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_manual_journals_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.manual_journals.get_attachment_by_id(
            manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
            attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_manual_journals_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_manual_journals_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.manual_journals.get_attachment_by_id(
                manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
                attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_manual_journals_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ManualJournals/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_manual_journals_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.manual_journals.get_attachment_by_file_name(
            manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_manual_journals_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_manual_journals_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.manual_journals.get_attachment_by_file_name(
                manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_manual_journals_create_attachment_by_file_name_response_example_200_0_round_trips() -> (
    None
):
    example: object = {
        "Id": "a864994c-e7d7-4dee-b5ca-0a729fde2f39",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552400898428)/",
        "Attachments": [
            {
                "AttachmentID": "47ac97ff-d4f9-48a0-8a8e-49fae29129e7",
                "FileName": "foobar.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/ManualJournals/0b159335-606b-485f-b51b-97b3b32bad32/Attachments/foobar.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_manual_journals_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ManualJournals/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_manual_journals_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "a864994c-e7d7-4dee-b5ca-0a729fde2f39",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552400898428)/",
                "Attachments": [
                    {
                        "AttachmentID": "47ac97ff-d4f9-48a0-8a8e-49fae29129e7",
                        "FileName": "foobar.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/ManualJournals/0b159335-606b-485f-b51b-97b3b32bad32/Attachments/foobar.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.manual_journals.create_attachment_by_file_name(
            manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_manual_journals_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_manual_journals_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "a864994c-e7d7-4dee-b5ca-0a729fde2f39",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552400898428)/",
                    "Attachments": [
                        {
                            "AttachmentID": "47ac97ff-d4f9-48a0-8a8e-49fae29129e7",
                            "FileName": "foobar.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/ManualJournals/0b159335-606b-485f-b51b-97b3b32bad32/Attachments/foobar.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.manual_journals.create_attachment_by_file_name(
                manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_manual_journals_create_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.manual_journals.create_attachment_by_file_name(
            manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_manual_journals_update_attachment_by_file_name_response_example_200_0_round_trips() -> (
    None
):
    example: object = {
        "Id": "e1cb9deb-a8f0-477f-b4d1-cf0c6c39e080",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552401039306)/",
        "Attachments": [
            {
                "AttachmentID": "16e86f32-3e25-4209-8662-c0dfd91b654c",
                "FileName": "HelloWorld.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/ManualJournals/0b159335-606b-485f-b51b-97b3b32bad32/Attachments/HelloWorld.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_manual_journals_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ManualJournals/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_manual_journals_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "e1cb9deb-a8f0-477f-b4d1-cf0c6c39e080",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552401039306)/",
                "Attachments": [
                    {
                        "AttachmentID": "16e86f32-3e25-4209-8662-c0dfd91b654c",
                        "FileName": "HelloWorld.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/ManualJournals/0b159335-606b-485f-b51b-97b3b32bad32/Attachments/HelloWorld.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.manual_journals.update_attachment_by_file_name(
            manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_manual_journals_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_manual_journals_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "e1cb9deb-a8f0-477f-b4d1-cf0c6c39e080",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552401039306)/",
                    "Attachments": [
                        {
                            "AttachmentID": "16e86f32-3e25-4209-8662-c0dfd91b654c",
                            "FileName": "HelloWorld.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/ManualJournals/0b159335-606b-485f-b51b-97b3b32bad32/Attachments/HelloWorld.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.manual_journals.update_attachment_by_file_name(
                manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_manual_journals_update_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.manual_journals.update_attachment_by_file_name(
            manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_manual_journals_get_history_response_example_200_0_round_trips() -> None:
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


def _check_manual_journals_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ManualJournals/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_manual_journals_get_history_sends_the_documented_request() -> None:
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
        result = client.manual_journals.get_history(
            manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_manual_journals_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_manual_journals_get_history_async_sends_the_same_request() -> None:
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
            return await client.manual_journals.get_history(
                manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_manual_journals_create_history_record_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_manual_journals_create_history_record_response_example_200_0_round_trips() -> None:
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


def _check_manual_journals_create_history_record(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ManualJournals/00000000-0000-0000-0000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_manual_journals_create_history_record_sends_the_documented_request() -> None:
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
        result = client.manual_journals.create_history_record(
            manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_manual_journals_create_history_record(seen[0])
    assert isinstance(result, HistoryRecords)


def test_manual_journals_create_history_record_async_sends_the_same_request() -> None:
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
            return await client.manual_journals.create_history_record(
                manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_create_history_record(seen[0])
    assert isinstance(result, HistoryRecords)


def test_manual_journals_create_history_record_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.manual_journals.create_history_record(
            manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
