"""What every call of the client does, shown on one operation: errors by status, rate-limit
state, credentials asked again after a 401, writes repeated only with an idempotency key."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

import alguna
from alguna import (
    ApiError,
    ApiTimeoutError,
    Client,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from alguna._runtime import client as runtime_client

BASE_URL = "https://api.example.test/base"


def _client(handler: httpx.MockTransport, *, max_retries: int = 0, **credentials: object) -> Client:
    arguments: dict[str, object] = {
        "api_key": "test-api_key",
    }
    arguments.update(credentials)
    return Client(
        **arguments,  # type: ignore[arg-type]
        base_url=BASE_URL,
        max_retries=max_retries,
        http_client=httpx.Client(transport=handler),
    )


def _call(client: Client) -> None:
    client.invoices.create_line_item(
        id="my-id",
        description="Platform subscription",
        quantity=Decimal(1),
        unit_price=Decimal(500),
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
                "id": "oQLSmmnn",
                "accountId": "aBsZxlLh",
                "status": "upcoming",
                "dueDate": "2024-02-23T00:00:00Z",
                "issueDate": "2024-01-24T16:37:44.958601Z",
                "billingPeriodStart": "2024-01-01T00:00:00Z",
                "billingPeriodEnd": "2024-01-31T23:59:59Z",
                "billingPeriod": "Jan 1, 2024 - Jan 31, 2024",
                "currency": "USD",
                "description": "Invoice for period January 1, 2024 to January 31, 2024",
                "lineItems": [
                    {
                        "id": "tlfAFLJI",
                        "description": "Platform subscription",
                        "billingPeriodStart": "2024-01-01T00:00:00Z",
                        "billingPeriodEnd": "2024-01-31T23:59:59Z",
                        "quantity": "1",
                        "unitPrice": "200",
                        "totalPrice": "200",
                        "isEditable": False,
                        "productId": "HyujZkkm",
                    },
                    {
                        "id": "vPcZvThU",
                        "description": "Monthly user seats",
                        "billingPeriodStart": "2024-01-01T00:00:00Z",
                        "billingPeriodEnd": "2024-01-31T23:59:59Z",
                        "quantity": "1",
                        "unitPrice": "500",
                        "totalPrice": "500",
                        "isEditable": False,
                        "productId": "GPAPMbiw",
                    },
                ],
                "subtotal": "700",
                "tax": "0",
                "total": "700",
                "amountPaid": "0",
                "amountRemaining": "700",
                "externalId": "80c84e7d-b265-4835-8ea0-e38a6c924ba4",
                "externalProvider": "xero",
                "externalUrl": "https://go.xero.com/",
                "purchaseOrderNumber": None,
                "createdAt": "2024-01-24T16:36:52.703596Z",
                "updatedAt": "2024-01-26T19:00:40.957736Z",
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
        assert issubclass(getattr(alguna, name), ApiError), name


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
    headers = {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0", "Retry-After": "1"}
    with (
        _client(_answers((429, headers), seen=seen)) as client,
        pytest.raises(RateLimitError) as caught,
    ):
        _call(client)
    state = caught.value.rate_limit
    assert state is not None
    assert (state.limit, state.remaining, state.reset) == (100, 0, 1.0)


def test_a_refreshing_token_callable_is_asked_again_after_a_401() -> None:
    tokens: list[str] = []

    def token() -> str:
        tokens.append(f"token-{len(tokens) + 1}")
        return tokens[-1]

    seen: list[httpx.Request] = []
    with _client(_answers((401, {}), (200, {}), seen=seen), api_key=token) as client:
        _call(client)
    assert tokens == ["token-1", "token-2"]
    assert len(seen) == 2
    sent = [repr(request.headers.raw) + str(request.url) for request in seen]
    # each request carries the token the callable returned for it, the new one after the 401
    assert "token-1" in sent[0]
    assert "token-2" in sent[1] and "token-1" not in sent[1]


def test_a_post_without_an_idempotency_key_is_not_sent_again_after_a_timeout(
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
        client.invoices.create_line_item(
            id="my-id",
            description="Platform subscription",
            quantity=Decimal(1),
            unit_price=Decimal(500),
        )
    assert len(seen) == 1
