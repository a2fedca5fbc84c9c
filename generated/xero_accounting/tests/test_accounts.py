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
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
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
            xero_tenant_id="YOUR_XERO_TENANT_ID",
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
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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


def test_accounts_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "11814c9d-3b5e-492e-93b0-fad16bf3244f",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550793549392)/",
        "Accounts": [
            {
                "AccountID": "66b262e2-561e-423e-8937-47d558f13442",
                "Code": "123456",
                "Name": "Foobar",
                "Status": "ACTIVE",
                "Type": "EXPENSE",
                "TaxType": "INPUT",
                "Description": "Hello World",
                "Class": "EXPENSE",
                "EnablePaymentsToAccount": False,
                "ShowInExpenseClaims": False,
                "ReportingCode": "EXP",
                "ReportingCodeName": "Expense",
                "UpdatedDateUTC": "/Date(1550793549320+0000)/",
            }
        ],
    }
    model = Accounts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_accounts_create_response_example_400_1_round_trips() -> None:
    example: object = {
        "ErrorNumber": 10,
        "Type": "ValidationException",
        "Message": "A validation exception occurred",
        "Elements": [
            {
                "AccountID": "00000000-0000-0000-0000-000000000000",
                "Code": "123456",
                "Name": "Foobar",
                "Type": "EXPENSE",
                "Description": "Hello World",
                "ValidationErrors": [{"Message": "Please enter a unique Name."}],
            }
        ],
    }
    model = Error.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_accounts_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Accounts"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Code": "123456",
        "Name": "Foobar",
        "Type": "EXPENSE",
        "Description": "Hello World",
    }


def test_accounts_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "11814c9d-3b5e-492e-93b0-fad16bf3244f",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550793549392)/",
                "Accounts": [
                    {
                        "AccountID": "66b262e2-561e-423e-8937-47d558f13442",
                        "Code": "123456",
                        "Name": "Foobar",
                        "Status": "ACTIVE",
                        "Type": "EXPENSE",
                        "TaxType": "INPUT",
                        "Description": "Hello World",
                        "Class": "EXPENSE",
                        "EnablePaymentsToAccount": False,
                        "ShowInExpenseClaims": False,
                        "ReportingCode": "EXP",
                        "ReportingCodeName": "Expense",
                        "UpdatedDateUTC": "/Date(1550793549320+0000)/",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.accounts.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
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
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "11814c9d-3b5e-492e-93b0-fad16bf3244f",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550793549392)/",
                    "Accounts": [
                        {
                            "AccountID": "66b262e2-561e-423e-8937-47d558f13442",
                            "Code": "123456",
                            "Name": "Foobar",
                            "Status": "ACTIVE",
                            "Type": "EXPENSE",
                            "TaxType": "INPUT",
                            "Description": "Hello World",
                            "Class": "EXPENSE",
                            "EnablePaymentsToAccount": False,
                            "ShowInExpenseClaims": False,
                            "ReportingCode": "EXP",
                            "ReportingCodeName": "Expense",
                            "UpdatedDateUTC": "/Date(1550793549320+0000)/",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.accounts.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            code="123456",
            name="Foobar",
            type=AccountType("EXPENSE"),
            description="Hello World",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_accounts_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "323455cc-9511-4451-a873-248d2983f38e",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550797359081)/",
        "Accounts": [
            {
                "AccountID": "99ce6032-0678-4aa0-8148-240c75fee33a",
                "Code": "123456",
                "Name": "FooBar",
                "Status": "ACTIVE",
                "Type": "EXPENSE",
                "TaxType": "INPUT",
                "Description": "Hello World",
                "Class": "EXPENSE",
                "EnablePaymentsToAccount": False,
                "ShowInExpenseClaims": False,
                "ReportingCode": "EXP",
                "ReportingCodeName": "Expense",
                "UpdatedDateUTC": "/Date(1550797359120+0000)/",
            }
        ],
    }
    model = Accounts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_accounts_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Accounts/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_accounts_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "323455cc-9511-4451-a873-248d2983f38e",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550797359081)/",
                "Accounts": [
                    {
                        "AccountID": "99ce6032-0678-4aa0-8148-240c75fee33a",
                        "Code": "123456",
                        "Name": "FooBar",
                        "Status": "ACTIVE",
                        "Type": "EXPENSE",
                        "TaxType": "INPUT",
                        "Description": "Hello World",
                        "Class": "EXPENSE",
                        "EnablePaymentsToAccount": False,
                        "ShowInExpenseClaims": False,
                        "ReportingCode": "EXP",
                        "ReportingCodeName": "Expense",
                        "UpdatedDateUTC": "/Date(1550797359120+0000)/",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.accounts.get(
            account_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_accounts_get(seen[0])
    assert isinstance(result, Accounts)


def test_accounts_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "323455cc-9511-4451-a873-248d2983f38e",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550797359081)/",
                    "Accounts": [
                        {
                            "AccountID": "99ce6032-0678-4aa0-8148-240c75fee33a",
                            "Code": "123456",
                            "Name": "FooBar",
                            "Status": "ACTIVE",
                            "Type": "EXPENSE",
                            "TaxType": "INPUT",
                            "Description": "Hello World",
                            "Class": "EXPENSE",
                            "EnablePaymentsToAccount": False,
                            "ShowInExpenseClaims": False,
                            "ReportingCode": "EXP",
                            "ReportingCodeName": "Expense",
                            "UpdatedDateUTC": "/Date(1550797359120+0000)/",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.accounts.get(
                account_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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


def test_accounts_update_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "9012e75c-ec08-40a9-ae15-153fc1f35c4d",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550795389340)/",
        "Accounts": [
            {
                "AccountID": "99ce6032-0678-4aa0-8148-240c75fee33a",
                "Code": "654321",
                "Name": "BarFoo",
                "Status": "ACTIVE",
                "Type": "EXPENSE",
                "TaxType": "INPUT",
                "Description": "Good Bye World",
                "Class": "EXPENSE",
                "EnablePaymentsToAccount": False,
                "ShowInExpenseClaims": False,
                "ReportingCode": "EXP",
                "ReportingCodeName": "Expense",
                "UpdatedDateUTC": "/Date(1550795389333+0000)/",
            }
        ],
    }
    model = Accounts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_accounts_update_response_example_400_1_round_trips() -> None:
    example: object = {
        "ErrorNumber": 10,
        "Type": "ValidationException",
        "Message": "A validation exception occurred",
        "Elements": [
            {
                "AccountID": "00000000-0000-0000-0000-000000000000",
                "Code": "123456",
                "Name": "Foobar",
                "Type": "EXPENSE",
                "Description": "Hello World",
                "ValidationErrors": [{"Message": "Please enter a unique Name."}],
            }
        ],
    }
    model = Error.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_accounts_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Accounts/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
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
    with _client(
        _answer(
            200,
            {
                "Id": "9012e75c-ec08-40a9-ae15-153fc1f35c4d",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550795389340)/",
                "Accounts": [
                    {
                        "AccountID": "99ce6032-0678-4aa0-8148-240c75fee33a",
                        "Code": "654321",
                        "Name": "BarFoo",
                        "Status": "ACTIVE",
                        "Type": "EXPENSE",
                        "TaxType": "INPUT",
                        "Description": "Good Bye World",
                        "Class": "EXPENSE",
                        "EnablePaymentsToAccount": False,
                        "ShowInExpenseClaims": False,
                        "ReportingCode": "EXP",
                        "ReportingCodeName": "Expense",
                        "UpdatedDateUTC": "/Date(1550795389333+0000)/",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.accounts.update(
            account_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
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
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "9012e75c-ec08-40a9-ae15-153fc1f35c4d",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550795389340)/",
                    "Accounts": [
                        {
                            "AccountID": "99ce6032-0678-4aa0-8148-240c75fee33a",
                            "Code": "654321",
                            "Name": "BarFoo",
                            "Status": "ACTIVE",
                            "Type": "EXPENSE",
                            "TaxType": "INPUT",
                            "Description": "Good Bye World",
                            "Class": "EXPENSE",
                            "EnablePaymentsToAccount": False,
                            "ShowInExpenseClaims": False,
                            "ReportingCode": "EXP",
                            "ReportingCodeName": "Expense",
                            "UpdatedDateUTC": "/Date(1550795389333+0000)/",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.accounts.update(
                account_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
            account_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
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


def test_accounts_delete_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "76bb0543-8efe-4acc-b7f6-67dfcdec37b4",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550798217216)/",
        "Accounts": [
            {
                "AccountID": "7f3c0bec-f3e7-4073-b4d6-cc56dd027ef1",
                "Code": "123456",
                "Name": "FooBar",
                "Status": "DELETED",
                "Type": "EXPENSE",
                "TaxType": "INPUT",
                "Description": "Hello World",
                "Class": "EXPENSE",
                "EnablePaymentsToAccount": False,
                "ShowInExpenseClaims": False,
                "ReportingCode": "EXP",
                "ReportingCodeName": "Expense",
                "UpdatedDateUTC": "/Date(1550798217210+0000)/",
            }
        ],
    }
    model = Accounts.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_accounts_delete_response_example_400_1_round_trips() -> None:
    example: object = {
        "ErrorNumber": 10,
        "Type": "ValidationException",
        "Message": "A validation exception occurred",
        "Elements": [
            {
                "AccountID": "00000000-0000-0000-0000-000000000000",
                "Code": "123456",
                "Name": "Foobar",
                "Type": "EXPENSE",
                "Description": "Hello World",
                "ValidationErrors": [{"Message": "Please enter a unique Name."}],
            }
        ],
    }
    model = Error.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_accounts_delete(request: httpx.Request) -> None:
    assert request.method == "DELETE"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Accounts/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_accounts_delete_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "76bb0543-8efe-4acc-b7f6-67dfcdec37b4",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550798217216)/",
                "Accounts": [
                    {
                        "AccountID": "7f3c0bec-f3e7-4073-b4d6-cc56dd027ef1",
                        "Code": "123456",
                        "Name": "FooBar",
                        "Status": "DELETED",
                        "Type": "EXPENSE",
                        "TaxType": "INPUT",
                        "Description": "Hello World",
                        "Class": "EXPENSE",
                        "EnablePaymentsToAccount": False,
                        "ShowInExpenseClaims": False,
                        "ReportingCode": "EXP",
                        "ReportingCodeName": "Expense",
                        "UpdatedDateUTC": "/Date(1550798217210+0000)/",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.accounts.delete(
            account_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_accounts_delete(seen[0])
    assert isinstance(result, Accounts)


def test_accounts_delete_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "76bb0543-8efe-4acc-b7f6-67dfcdec37b4",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550798217216)/",
                    "Accounts": [
                        {
                            "AccountID": "7f3c0bec-f3e7-4073-b4d6-cc56dd027ef1",
                            "Code": "123456",
                            "Name": "FooBar",
                            "Status": "DELETED",
                            "Type": "EXPENSE",
                            "TaxType": "INPUT",
                            "Description": "Hello World",
                            "Class": "EXPENSE",
                            "EnablePaymentsToAccount": False,
                            "ShowInExpenseClaims": False,
                            "ReportingCode": "EXP",
                            "ReportingCodeName": "Expense",
                            "UpdatedDateUTC": "/Date(1550798217210+0000)/",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.accounts.delete(
                account_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_accounts_delete(seen[0])
    assert isinstance(result, Accounts)


def test_accounts_delete_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.accounts.delete(
            account_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_accounts_get_attachments_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "439c1573-3cd8-4697-a9f6-81fa651ee8f3",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550852630329)/",
        "Attachments": [
            {
                "AttachmentID": "52a643be-cd5c-489f-9778-53a9fd337756",
                "FileName": "sample5.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/Accounts/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_accounts_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Accounts/00000000-0000-0000-0000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_accounts_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "439c1573-3cd8-4697-a9f6-81fa651ee8f3",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550852630329)/",
                "Attachments": [
                    {
                        "AttachmentID": "52a643be-cd5c-489f-9778-53a9fd337756",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Accounts/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.accounts.get_attachments(
            account_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_accounts_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_accounts_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "439c1573-3cd8-4697-a9f6-81fa651ee8f3",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550852630329)/",
                    "Attachments": [
                        {
                            "AttachmentID": "52a643be-cd5c-489f-9778-53a9fd337756",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Accounts/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.accounts.get_attachments(
                account_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
        + "/Accounts/00000000-0000-0000-0000-000000000000/Attachments/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_accounts_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.accounts.get_attachment_by_id(
            account_id=UUID("00000000-0000-0000-0000-000000000000"),
            attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_accounts_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_accounts_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.accounts.get_attachment_by_id(
                account_id=UUID("00000000-0000-0000-0000-000000000000"),
                attachment_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_accounts_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_accounts_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Accounts/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["contenttype"] == "image/jpg"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_accounts_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.accounts.get_attachment_by_file_name(
            account_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            content_type="image/jpg",
        )
    assert len(seen) == 1
    _check_accounts_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_accounts_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.accounts.get_attachment_by_file_name(
                account_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                content_type="image/jpg",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_accounts_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_accounts_create_attachment_by_file_name_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "724cdff5-bcd1-4c5c-977e-e864c24258e0",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550856817769)/",
        "Attachments": [
            {
                "AttachmentID": "ab95b276-9dce-4925-9077-439818ba270f",
                "FileName": "sample5.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/Accounts/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_accounts_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Accounts/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_accounts_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "724cdff5-bcd1-4c5c-977e-e864c24258e0",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550856817769)/",
                "Attachments": [
                    {
                        "AttachmentID": "ab95b276-9dce-4925-9077-439818ba270f",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Accounts/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.accounts.create_attachment_by_file_name(
            account_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_accounts_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_accounts_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "724cdff5-bcd1-4c5c-977e-e864c24258e0",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550856817769)/",
                    "Attachments": [
                        {
                            "AttachmentID": "ab95b276-9dce-4925-9077-439818ba270f",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Accounts/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.accounts.create_attachment_by_file_name(
                account_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
            account_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_accounts_update_attachment_by_file_name_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "c8d6413a-1da2-4faa-9848-21f60443e906",
        "Status": "OK",
        "ProviderName": "Xero API Partner",
        "DateTimeUTC": "/Date(1550859714477)/",
        "Attachments": [
            {
                "AttachmentID": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                "FileName": "sample5.jpg",
                "Url": "https://api.xero.com/api.xro/2.0/Accounts/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                "MimeType": "image/jpg",
                "ContentLength": 2878711,
            }
        ],
    }
    model = Attachments.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_accounts_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Accounts/00000000-0000-0000-0000-000000000000/Attachments/xero-dev.jpg"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_accounts_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "c8d6413a-1da2-4faa-9848-21f60443e906",
                "Status": "OK",
                "ProviderName": "Xero API Partner",
                "DateTimeUTC": "/Date(1550859714477)/",
                "Attachments": [
                    {
                        "AttachmentID": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                        "FileName": "sample5.jpg",
                        "Url": "https://api.xero.com/api.xro/2.0/Accounts/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                        "MimeType": "image/jpg",
                        "ContentLength": 2878711,
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.accounts.update_attachment_by_file_name(
            account_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert len(seen) == 1
    _check_accounts_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_accounts_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "c8d6413a-1da2-4faa-9848-21f60443e906",
                    "Status": "OK",
                    "ProviderName": "Xero API Partner",
                    "DateTimeUTC": "/Date(1550859714477)/",
                    "Attachments": [
                        {
                            "AttachmentID": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Accounts/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.accounts.update_attachment_by_file_name(
                account_id=UUID("00000000-0000-0000-0000-000000000000"),
                file_name="xero-dev.jpg",
                xero_tenant_id="YOUR_XERO_TENANT_ID",
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
            account_id=UUID("00000000-0000-0000-0000-000000000000"),
            file_name="xero-dev.jpg",
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
