"""What every call of the client does, shown on one operation: errors by status, rate-limit
state, credentials asked again after a 401, writes repeated only with an idempotency key."""

from __future__ import annotations

from uuid import UUID

import httpx
import pytest

import xero_accounting
from xero_accounting import (
    ApiError,
    ApiTimeoutError,
    Client,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from xero_accounting._runtime import client as runtime_client
from xero_accounting.models import AccountType

BASE_URL = "https://api.example.test/base"


def _client(handler: httpx.MockTransport, *, max_retries: int = 0, **credentials: object) -> Client:
    arguments: dict[str, object] = {
        "access_token": "test-access_token",
    }
    arguments.update(credentials)
    return Client(
        **arguments,  # type: ignore[arg-type]
        base_url=BASE_URL,
        max_retries=max_retries,
        http_client=httpx.Client(transport=handler),
    )


def _call(client: Client) -> None:
    client.accounts.list(
        xero_tenant_id="YOUR_XERO_TENANT_ID",
    )


def _respond(status: int, body: object, headers: dict[str, str] | None = None) -> httpx.Response:
    if body is None:
        return httpx.Response(status, headers=headers)
    if isinstance(body, str) and not body.startswith(("{", "[")):
        return httpx.Response(status, content=body.encode(), headers=headers)
    return httpx.Response(status, json=body, headers=headers)


def _answers(*steps: tuple[int, dict[str, str]], seen: list[httpx.Request]) -> httpx.MockTransport:
    """Answers with each (status, headers) in turn; a success gets the documented body."""

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status, headers = steps[min(len(seen), len(steps)) - 1]
        if status >= 400:
            return _respond(status, {"message": "error"}, headers)
        return _respond(
            status,
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
            headers,
        )

    return httpx.MockTransport(handle)


def test_every_error_class_is_exported_under_one_base() -> None:
    for name in [
        "ApiConnectionError",
        "ApiError",
        "ApiStatusError",
        "ApiTimeoutError",
        "AuthenticationError",
        "BadRequestError",
        "ClientStatusError",
        "ConflictError",
        "InternalServerError",
        "MissingCredentialsError",
        "NotFoundError",
        "OAuth2TokenError",
        "PermissionDeniedError",
        "RateLimitError",
        "ResponseValidationError",
        "ServerStatusError",
        "UnprocessableEntityError",
    ]:
        assert issubclass(getattr(xero_accounting, name), ApiError), name


def test_a_404_raises_not_found_error() -> None:
    seen: list[httpx.Request] = []
    with _client(_answers((404, {}), seen=seen)) as client, pytest.raises(NotFoundError) as caught:
        _call(client)
    assert caught.value.status_code == 404
    assert len(seen) == 1


def test_any_5xx_is_an_internal_server_error() -> None:
    seen: list[httpx.Request] = []
    with _client(_answers((599, {}), seen=seen)) as client, pytest.raises(InternalServerError):
        _call(client)


def test_a_429_carries_the_rate_limit_state_the_provider_reports() -> None:
    seen: list[httpx.Request] = []
    headers = {
        "Retry-After": "1",
        "X-MinLimit-Remaining": "0",
        "X-DayLimit-Remaining": "1000",
        "X-AppMinLimit-Remaining": "1000",
    }
    with (
        _client(_answers((429, headers), seen=seen)) as client,
        pytest.raises(RateLimitError) as caught,
    ):
        _call(client)
    state = caught.value.rate_limit
    assert state is not None
    assert (state.limit, state.remaining, state.reset) == (60, 0, 1.0)


def test_a_refreshing_token_callable_is_asked_again_after_a_401() -> None:
    tokens: list[str] = []

    def token() -> str:
        tokens.append(f"token-{len(tokens) + 1}")
        return tokens[-1]

    seen: list[httpx.Request] = []
    with _client(_answers((401, {}), (200, {}), seen=seen), access_token=token) as client:
        _call(client)
    assert tokens == ["token-1", "token-2"]
    assert len(seen) == 2
    sent = [repr(request.headers.raw) + str(request.url) for request in seen]
    # each request carries the token the callable returned for it, the new one after the 401
    assert "token-1" in sent[0]
    assert "token-2" in sent[1] and "token-1" not in sent[1]


def test_a_put_that_times_out_is_sent_again_with_the_same_generated_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(runtime_client, "_sleep", lambda seconds: None)
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            raise httpx.ReadTimeout("no answer", request=request)
        return _respond(
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
        )

    with _client(httpx.MockTransport(handle), max_retries=2) as client:
        client.accounts.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            code="123456",
            name="Foobar",
            type=AccountType("EXPENSE"),
            description="Hello World",
        )
    keys = [request.headers.get("Idempotency-Key") for request in seen]
    assert len(keys) == 2
    assert keys[0] is not None and keys[0] == keys[1]


def test_a_delete_without_an_idempotency_key_is_not_sent_again_after_a_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(runtime_client, "_sleep", lambda seconds: None)
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        raise httpx.ReadTimeout("no answer", request=request)

    with (
        _client(httpx.MockTransport(handle), max_retries=2) as client,
        pytest.raises(ApiTimeoutError),
    ):
        client.accounts.delete(
            account_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
