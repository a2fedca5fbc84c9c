"""Tests of the `setup` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json

import httpx

from xero_accounting import AsyncClient, Client
from xero_accounting.models import (
    Account,
    AccountType,
    ConversionDate,
    ImportSummaryObject,
    Setup,
    SystemAccount,
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


def test_setup_create_request_example_round_trips() -> None:
    example: object = {
        "ConversionDate": {},
        "ConversionBalances": [],
        "Accounts": [
            {"Code": "200", "Name": "Sales", "Type": "SALES", "ReportingCode": "REV.TRA.GOO"},
            {"Code": "400", "Name": "Advertising", "Type": "OVERHEADS", "ReportingCode": "EXP"},
            {
                "Code": "610",
                "Name": "Accounts Receivable",
                "Type": "CURRENT",
                "SystemAccount": "DEBTORS",
                "ReportingCode": "ASS.CUR.REC.TRA",
            },
            {
                "Code": "800",
                "Name": "Accounts Payable",
                "Type": "CURRLIAB",
                "SystemAccount": "CREDITORS",
                "ReportingCode": "LIA.CUR.PAY",
            },
        ],
    }
    model = Setup.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_setup_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "80dcb65b-4d14-4350-84e6-1438a809244a",
        "Status": "OK",
        "ProviderName": "Java Public Example",
        "DateTimeUTC": "/Date(1604457589645)/",
        "ImportSummary": {
            "Accounts": {
                "Total": 17,
                "New": 0,
                "Updated": 8,
                "Deleted": 0,
                "Locked": 0,
                "System": 9,
                "Errored": 0,
                "Present": True,
                "NewOrUpdated": 8,
            },
            "Organisation": {"Present": False},
        },
    }
    model = ImportSummaryObject.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_setup_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Setup"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "ConversionDate": {},
        "ConversionBalances": [],
        "Accounts": [
            {"Code": "200", "Name": "Sales", "Type": "SALES", "ReportingCode": "REV.TRA.GOO"},
            {"Code": "400", "Name": "Advertising", "Type": "OVERHEADS", "ReportingCode": "EXP"},
            {
                "Code": "610",
                "Name": "Accounts Receivable",
                "Type": "CURRENT",
                "ReportingCode": "ASS.CUR.REC.TRA",
            },
            {
                "Code": "800",
                "Name": "Accounts Payable",
                "Type": "CURRLIAB",
                "ReportingCode": "LIA.CUR.PAY",
            },
        ],
    }


def test_setup_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "80dcb65b-4d14-4350-84e6-1438a809244a",
                "Status": "OK",
                "ProviderName": "Java Public Example",
                "DateTimeUTC": "/Date(1604457589645)/",
                "ImportSummary": {
                    "Accounts": {
                        "Total": 17,
                        "New": 0,
                        "Updated": 8,
                        "Deleted": 0,
                        "Locked": 0,
                        "System": 9,
                        "Errored": 0,
                        "Present": True,
                        "NewOrUpdated": 8,
                    },
                    "Organisation": {"Present": False},
                },
            },
            seen,
        )
    ) as client:
        result = client.setup.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            conversion_date=ConversionDate(),
            conversion_balances=[],
            accounts=[
                Account(
                    code="200",
                    name="Sales",
                    type=AccountType("SALES"),
                    reporting_code="REV.TRA.GOO",
                ),
                Account(
                    code="400",
                    name="Advertising",
                    type=AccountType("OVERHEADS"),
                    reporting_code="EXP",
                ),
                Account(
                    code="610",
                    name="Accounts Receivable",
                    type=AccountType("CURRENT"),
                    system_account=SystemAccount("DEBTORS"),
                    reporting_code="ASS.CUR.REC.TRA",
                ),
                Account(
                    code="800",
                    name="Accounts Payable",
                    type=AccountType("CURRLIAB"),
                    system_account=SystemAccount("CREDITORS"),
                    reporting_code="LIA.CUR.PAY",
                ),
            ],
        )
    assert len(seen) == 1
    _check_setup_create(seen[0])
    assert isinstance(result, ImportSummaryObject)


def test_setup_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "80dcb65b-4d14-4350-84e6-1438a809244a",
                    "Status": "OK",
                    "ProviderName": "Java Public Example",
                    "DateTimeUTC": "/Date(1604457589645)/",
                    "ImportSummary": {
                        "Accounts": {
                            "Total": 17,
                            "New": 0,
                            "Updated": 8,
                            "Deleted": 0,
                            "Locked": 0,
                            "System": 9,
                            "Errored": 0,
                            "Present": True,
                            "NewOrUpdated": 8,
                        },
                        "Organisation": {"Present": False},
                    },
                },
                seen,
            )
        ) as client:
            return await client.setup.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                conversion_date=ConversionDate(),
                conversion_balances=[],
                accounts=[
                    Account(
                        code="200",
                        name="Sales",
                        type=AccountType("SALES"),
                        reporting_code="REV.TRA.GOO",
                    ),
                    Account(
                        code="400",
                        name="Advertising",
                        type=AccountType("OVERHEADS"),
                        reporting_code="EXP",
                    ),
                    Account(
                        code="610",
                        name="Accounts Receivable",
                        type=AccountType("CURRENT"),
                        system_account=SystemAccount("DEBTORS"),
                        reporting_code="ASS.CUR.REC.TRA",
                    ),
                    Account(
                        code="800",
                        name="Accounts Payable",
                        type=AccountType("CURRLIAB"),
                        system_account=SystemAccount("CREDITORS"),
                        reporting_code="LIA.CUR.PAY",
                    ),
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_setup_create(seen[0])
    assert isinstance(result, ImportSummaryObject)
