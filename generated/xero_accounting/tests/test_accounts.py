"""Tests of the `accounts` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import Account, Accounts, AccountType, Attachments, Class, Error

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


def test_accounts_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Accounts": [
            {
                "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                "Code": "091",
                "Name": "Business Savings Account",
                "Type": "BANK",
                "TaxType": "NONE",
                "EnablePaymentsToAccount": False,
                "BankAccountNumber": "0209087654321050",
                "BankAccountType": "BANK",
                "CurrencyCode": "NZD",
            },
            {
                "AccountID": "7d05a53d-613d-4eb2-a2fc-dcb6adb80b80",
                "Code": "200",
                "Name": "Sales",
                "Type": "REVENUE",
                "TaxType": "OUTPUT2",
                "Description": "Income from any normal business activity",
                "EnablePaymentsToAccount": False,
            },
        ]
    }
    model = Accounts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_accounts_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Accounts"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_accounts_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Accounts": [
                    {
                        "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                        "Code": "091",
                        "Name": "Business Savings Account",
                        "Type": "BANK",
                        "TaxType": "NONE",
                        "EnablePaymentsToAccount": False,
                        "BankAccountNumber": "0209087654321050",
                        "BankAccountType": "BANK",
                        "CurrencyCode": "NZD",
                    },
                    {
                        "AccountID": "7d05a53d-613d-4eb2-a2fc-dcb6adb80b80",
                        "Code": "200",
                        "Name": "Sales",
                        "Type": "REVENUE",
                        "TaxType": "OUTPUT2",
                        "Description": "Income from any normal business activity",
                        "EnablePaymentsToAccount": False,
                    },
                ]
            },
            seen,
        )
    ) as client:
        result = client.accounts.list(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_accounts_list(seen[0])
    assert isinstance(result, Accounts)


def test_accounts_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Accounts": [
                        {
                            "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                            "Code": "091",
                            "Name": "Business Savings Account",
                            "Type": "BANK",
                            "TaxType": "NONE",
                            "EnablePaymentsToAccount": False,
                            "BankAccountNumber": "0209087654321050",
                            "BankAccountType": "BANK",
                            "CurrencyCode": "NZD",
                        },
                        {
                            "AccountID": "7d05a53d-613d-4eb2-a2fc-dcb6adb80b80",
                            "Code": "200",
                            "Name": "Sales",
                            "Type": "REVENUE",
                            "TaxType": "OUTPUT2",
                            "Description": "Income from any normal business activity",
                            "EnablePaymentsToAccount": False,
                        },
                    ]
                },
                seen,
            )
        ) as client:
            return await client.accounts.list(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_accounts_list(seen[0])
    assert isinstance(result, Accounts)


def test_accounts_create_request_example_round_trips() -> None:
    example: object = {
        "Code": "123456",
        "Name": "Foobar",
        "Type": "EXPENSE",
        "Description": "Hello World",
    }
    model = Account.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_accounts_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Accounts"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Code": "123456",
        "Name": "Foobar",
        "Type": "EXPENSE",
        "Description": "Hello World",
    }


def test_accounts_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.accounts.create(
            xero_tenant_id="my-xero-tenant-id",
            code="123456",
            name="Foobar",
            type=AccountType("EXPENSE"),
            description="Hello World",
        )
    assert len(seen) == 1
    _check_accounts_create(seen[0])
    assert isinstance(result, Accounts)


def test_accounts_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.accounts.create(
                xero_tenant_id="my-xero-tenant-id",
                code="123456",
                name="Foobar",
                type=AccountType("EXPENSE"),
                description="Hello World",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_accounts_create(seen[0])
    assert isinstance(result, Accounts)


def test_accounts_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.accounts.create(
            xero_tenant_id="my-xero-tenant-id",
            code="123456",
            name="Foobar",
            type=AccountType("EXPENSE"),
            description="Hello World",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_accounts_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Accounts/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_accounts_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.accounts.get(
            account_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_accounts_get(seen[0])
    assert isinstance(result, Accounts)


def test_accounts_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.accounts.get(
                account_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_accounts_get(seen[0])
    assert isinstance(result, Accounts)


def test_accounts_update_request_example_round_trips() -> None:
    example: object = {
        "Accounts": [
            {
                "Code": "123456",
                "Name": "BarFoo",
                "AccountID": "99ce6032-0678-4aa0-8148-240c75fee33a",
                "Type": "EXPENSE",
                "Description": "GoodBye World",
                "TaxType": "INPUT",
                "EnablePaymentsToAccount": False,
                "ShowInExpenseClaims": False,
                "Class": "EXPENSE",
                "ReportingCode": "EXP",
                "ReportingCodeName": "Expense",
                "UpdatedDateUTC": "2019-02-21T16:29:47.96-08:00",
            }
        ]
    }
    model = Accounts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_accounts_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Accounts/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Accounts": [
            {
                "Code": "123456",
                "Name": "BarFoo",
                "AccountID": "99ce6032-0678-4aa0-8148-240c75fee33a",
                "Type": "EXPENSE",
                "Description": "GoodBye World",
                "TaxType": "INPUT",
                "EnablePaymentsToAccount": False,
                "ShowInExpenseClaims": False,
                "ReportingCode": "EXP",
            }
        ]
    }


def test_accounts_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.accounts.update(
            account_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            accounts=[
                Account(
                    code="123456",
                    name="BarFoo",
                    account_id=UUID("99ce6032-0678-4aa0-8148-240c75fee33a"),
                    type=AccountType("EXPENSE"),
                    description="GoodBye World",
                    tax_type="INPUT",
                    enable_payments_to_account=False,
                    show_in_expense_claims=False,
                    class_=Class("EXPENSE"),
                    reporting_code="EXP",
                    reporting_code_name="Expense",
                    updated_date_utc="2019-02-21T16:29:47.96-08:00",
                )
            ],
        )
    assert len(seen) == 1
    _check_accounts_update(seen[0])
    assert isinstance(result, Accounts)


def test_accounts_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.accounts.update(
                account_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                accounts=[
                    Account(
                        code="123456",
                        name="BarFoo",
                        account_id=UUID("99ce6032-0678-4aa0-8148-240c75fee33a"),
                        type=AccountType("EXPENSE"),
                        description="GoodBye World",
                        tax_type="INPUT",
                        enable_payments_to_account=False,
                        show_in_expense_claims=False,
                        class_=Class("EXPENSE"),
                        reporting_code="EXP",
                        reporting_code_name="Expense",
                        updated_date_utc="2019-02-21T16:29:47.96-08:00",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_accounts_update(seen[0])
    assert isinstance(result, Accounts)


def test_accounts_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.accounts.update(
            account_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            accounts=[
                Account(
                    code="123456",
                    name="BarFoo",
                    account_id=UUID("99ce6032-0678-4aa0-8148-240c75fee33a"),
                    type=AccountType("EXPENSE"),
                    description="GoodBye World",
                    tax_type="INPUT",
                    enable_payments_to_account=False,
                    show_in_expense_claims=False,
                    class_=Class("EXPENSE"),
                    reporting_code="EXP",
                    reporting_code_name="Expense",
                    updated_date_utc="2019-02-21T16:29:47.96-08:00",
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_accounts_delete(request: httpx.Request) -> None:
    assert request.method == "DELETE"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Accounts/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_accounts_delete_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.accounts.delete(
            account_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_accounts_delete(seen[0])
    assert isinstance(result, Accounts)


def test_accounts_delete_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.accounts.delete(
                account_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_accounts_delete(seen[0])
    assert isinstance(result, Accounts)


def test_accounts_delete_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.accounts.delete(
            account_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_accounts_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Accounts/00000000-0000-4000-8000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_accounts_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.accounts.get_attachments(
            account_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_accounts_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_accounts_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.accounts.get_attachments(
                account_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_accounts_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def _check_accounts_get_attachment_by_id(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/Accounts/00000000-0000-4000-8000-000000000000/Attachments/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["contenttype"] == "my-contenttype"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_accounts_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.accounts.get_attachment_by_id(
            account_id=UUID("00000000-0000-4000-8000-000000000000"),
            attachment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            content_type="my-contenttype",
        )
    assert len(seen) == 1
    _check_accounts_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_accounts_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.accounts.get_attachment_by_id(
                account_id=UUID("00000000-0000-4000-8000-000000000000"),
                attachment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                content_type="my-contenttype",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_accounts_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_accounts_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Accounts/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["contenttype"] == "my-contenttype"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_accounts_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.accounts.get_attachment_by_file_name(
            account_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            content_type="my-contenttype",
        )
    assert len(seen) == 1
    _check_accounts_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_accounts_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.accounts.get_attachment_by_file_name(
                account_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                content_type="my-contenttype",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_accounts_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def _check_accounts_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Accounts/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_accounts_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.accounts.create_attachment_by_file_name(
            account_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert len(seen) == 1
    _check_accounts_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_accounts_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.accounts.create_attachment_by_file_name(
                account_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_accounts_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_accounts_create_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.accounts.create_attachment_by_file_name(
            account_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_accounts_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Accounts/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_accounts_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.accounts.update_attachment_by_file_name(
            account_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert len(seen) == 1
    _check_accounts_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_accounts_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.accounts.update_attachment_by_file_name(
                account_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_accounts_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_accounts_update_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.accounts.update_attachment_by_file_name(
            account_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
