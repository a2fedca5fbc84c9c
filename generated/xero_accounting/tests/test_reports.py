"""Tests of the `reports` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
from uuid import UUID

import httpx

from xero_accounting import AsyncClient, Client
from xero_accounting.models import Reports, ReportWithRows

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


def _check_reports_get_ten_ninety_nine(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/TenNinetyNine"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_ten_ninety_nine_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.reports.get_ten_ninety_nine(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_reports_get_ten_ninety_nine(seen[0])
    assert isinstance(result, Reports)


def test_reports_get_ten_ninety_nine_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.reports.get_ten_ninety_nine(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_ten_ninety_nine(seen[0])
    assert isinstance(result, Reports)


def _check_reports_get_aged_payables_by_contact(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/AgedPayablesByContact"
    )
    assert request.url.params["contactId"] == "00000000-0000-4000-8000-000000000000"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_aged_payables_by_contact_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.reports.get_aged_payables_by_contact(
            xero_tenant_id="my-xero-tenant-id",
            contact_id=UUID("00000000-0000-4000-8000-000000000000"),
        )
    assert len(seen) == 1
    _check_reports_get_aged_payables_by_contact(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_aged_payables_by_contact_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.reports.get_aged_payables_by_contact(
                xero_tenant_id="my-xero-tenant-id",
                contact_id=UUID("00000000-0000-4000-8000-000000000000"),
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_aged_payables_by_contact(seen[0])
    assert isinstance(result, ReportWithRows)


def _check_reports_get_aged_receivables_by_contact(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Reports/AgedReceivablesByContact"
    )
    assert request.url.params["contactId"] == "00000000-0000-4000-8000-000000000000"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_aged_receivables_by_contact_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.reports.get_aged_receivables_by_contact(
            xero_tenant_id="my-xero-tenant-id",
            contact_id=UUID("00000000-0000-4000-8000-000000000000"),
        )
    assert len(seen) == 1
    _check_reports_get_aged_receivables_by_contact(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_aged_receivables_by_contact_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.reports.get_aged_receivables_by_contact(
                xero_tenant_id="my-xero-tenant-id",
                contact_id=UUID("00000000-0000-4000-8000-000000000000"),
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_aged_receivables_by_contact(seen[0])
    assert isinstance(result, ReportWithRows)


def _check_reports_get_balance_sheet(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/BalanceSheet"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_balance_sheet_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.reports.get_balance_sheet(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_reports_get_balance_sheet(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_balance_sheet_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.reports.get_balance_sheet(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_balance_sheet(seen[0])
    assert isinstance(result, ReportWithRows)


def _check_reports_get_bank_summary(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/BankSummary"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_bank_summary_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.reports.get_bank_summary(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_reports_get_bank_summary(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_bank_summary_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.reports.get_bank_summary(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_bank_summary(seen[0])
    assert isinstance(result, ReportWithRows)


def _check_reports_get_from_id(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/my-reportid"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_from_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.reports.get_from_id(
            report_id="my-reportid",
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_reports_get_from_id(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_from_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.reports.get_from_id(
                report_id="my-reportid",
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_from_id(seen[0])
    assert isinstance(result, ReportWithRows)


def _check_reports_get_budget_summary(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/BudgetSummary"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_budget_summary_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.reports.get_budget_summary(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_reports_get_budget_summary(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_budget_summary_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.reports.get_budget_summary(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_budget_summary(seen[0])
    assert isinstance(result, ReportWithRows)


def _check_reports_get_executive_summary(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/ExecutiveSummary"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_executive_summary_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.reports.get_executive_summary(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_reports_get_executive_summary(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_executive_summary_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.reports.get_executive_summary(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_executive_summary(seen[0])
    assert isinstance(result, ReportWithRows)


def _check_reports_get_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.reports.get_list(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_reports_get_list(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.reports.get_list(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_list(seen[0])
    assert isinstance(result, ReportWithRows)


def _check_reports_get_profit_and_loss(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/ProfitAndLoss"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_profit_and_loss_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.reports.get_profit_and_loss(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_reports_get_profit_and_loss(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_profit_and_loss_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.reports.get_profit_and_loss(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_profit_and_loss(seen[0])
    assert isinstance(result, ReportWithRows)


def _check_reports_get_trial_balance(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Reports/TrialBalance"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_reports_get_trial_balance_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.reports.get_trial_balance(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_reports_get_trial_balance(seen[0])
    assert isinstance(result, ReportWithRows)


def test_reports_get_trial_balance_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.reports.get_trial_balance(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_reports_get_trial_balance(seen[0])
    assert isinstance(result, ReportWithRows)
