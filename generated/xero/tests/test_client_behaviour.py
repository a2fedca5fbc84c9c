"""What every call of the client does, shown on one operation: errors by status, rate-limit
state, credentials asked again after a 401, writes repeated only with an idempotency key."""

from __future__ import annotations

from datetime import date
from uuid import UUID

import httpx
import pytest

import xero
from xero import (
    ApiError,
    ApiTimeoutError,
    Client,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from xero._runtime import client as runtime_client
from xero.models import Contact, Invoice, LineItem

BASE_URL = "https://api.example.test/base"


def _client(handler: httpx.MockTransport, *, max_retries: int = 0, **credentials: object) -> Client:
    arguments: dict[str, object] = {
        "access_token": "test-access_token",
        "xero_tenant_id": "test-xero_tenant_id",
    }
    arguments.update(credentials)
    return Client(
        **arguments,  # type: ignore[arg-type]
        base_url=BASE_URL,
        max_retries=max_retries,
        http_client=httpx.Client(transport=handler),
    )


def _call(client: Client) -> None:
    client.invoices.update_or_create(
        invoices=[
            Invoice(
                type="ACCREC",
                contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                line_items=[
                    LineItem(
                        description="Acme Tires",
                        quantity=2,
                        unit_amount=20,
                        account_code="200",
                        tax_type="NONE",
                        line_amount=40,
                    )
                ],
                date=date.fromisoformat("2019-03-11"),
                due_date=date.fromisoformat("2018-12-10"),
                reference="Website Design",
                status="AUTHORISED",
            )
        ],
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
                "Id": "ccece84a-075c-4fcd-9073-149d4f7a91cf",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552327126164)/",
                "Invoices": [
                    {
                        "Type": "ACCREC",
                        "InvoiceID": "ed255415-e141-4150-aab7-89c3bbbb851c",
                        "InvoiceNumber": "INV-0007",
                        "Reference": "Website Design",
                        "Prepayments": [],
                        "Overpayments": [],
                        "AmountDue": 40.0,
                        "AmountPaid": 0.0,
                        "SentToContact": False,
                        "CurrencyRate": 1.0,
                        "HasErrors": False,
                        "IsDiscounted": False,
                        "Contact": {
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "ContactStatus": "ACTIVE",
                            "Name": "Liam Gallagher",
                            "FirstName": "Liam",
                            "LastName": "Gallagher",
                            "EmailAddress": "liam@rockstar.com",
                            "BankAccountDetails": "",
                            "Addresses": [
                                {
                                    "AddressType": "STREET",
                                    "City": "",
                                    "Region": "",
                                    "PostalCode": "",
                                    "Country": "",
                                    "AttentionTo": "",
                                },
                                {
                                    "AddressType": "POBOX",
                                    "City": "Anytown",
                                    "Region": "NY",
                                    "PostalCode": "10101",
                                    "Country": "USA",
                                    "AttentionTo": "",
                                },
                            ],
                            "Phones": [
                                {
                                    "PhoneType": "DEFAULT",
                                    "PhoneNumber": "222-2222",
                                    "PhoneAreaCode": "212",
                                    "PhoneCountryCode": "",
                                },
                                {
                                    "PhoneType": "DDI",
                                    "PhoneNumber": "",
                                    "PhoneAreaCode": "",
                                    "PhoneCountryCode": "",
                                },
                                {
                                    "PhoneType": "FAX",
                                    "PhoneNumber": "333-2233",
                                    "PhoneAreaCode": "212",
                                    "PhoneCountryCode": "",
                                },
                                {
                                    "PhoneType": "MOBILE",
                                    "PhoneNumber": "444-3433",
                                    "PhoneAreaCode": "212",
                                    "PhoneCountryCode": "",
                                },
                            ],
                            "UpdatedDateUTC": "/Date(1551747281053+0000)/",
                            "ContactGroups": [
                                {
                                    "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                                    "Name": "Oasis",
                                    "Status": "ACTIVE",
                                    "Contacts": [],
                                    "HasValidationErrors": False,
                                }
                            ],
                            "IsSupplier": True,
                            "IsCustomer": True,
                            "SalesTrackingCategories": [],
                            "PurchasesTrackingCategories": [],
                            "ContactPersons": [
                                {
                                    "FirstName": "Debbie",
                                    "LastName": "Gwyther",
                                    "EmailAddress": "debbie@rockstar.com",
                                    "IncludeInEmails": False,
                                }
                            ],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2019-03-11 00:00:00",
                        "Date": "/Date(1552262400000+0000)/",
                        "DueDateString": "2018-12-10 00:00:00",
                        "DueDate": "/Date(1544400000000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Acme Tires",
                                "UnitAmount": 20.0,
                                "TaxType": "NONE",
                                "TaxAmount": 0.0,
                                "LineAmount": 40.0,
                                "AccountCode": "200",
                                "Tracking": [],
                                "Quantity": 2.0,
                                "LineItemID": "5f7a612b-fdcc-4d33-90fa-a9f6bc6db32f",
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 40.0,
                        "TotalTax": 0.0,
                        "Total": 40.0,
                        "UpdatedDateUTC": "/Date(1552327126117+0000)/",
                        "CurrencyCode": "NZD",
                        "StatusAttributeString": "OK",
                    }
                ],
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
        assert issubclass(getattr(xero, name), ApiError), name


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
    with _client(_answers((401, {}), (200, {}), seen=seen), xero_tenant_id=token) as client:
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
        client.invoices.update_or_create(
            invoices=[
                Invoice(
                    type="ACCREC",
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    line_items=[
                        LineItem(
                            description="Acme Tires",
                            quantity=2,
                            unit_amount=20,
                            account_code="200",
                            tax_type="NONE",
                            line_amount=40,
                        )
                    ],
                    date=date.fromisoformat("2019-03-11"),
                    due_date=date.fromisoformat("2018-12-10"),
                    reference="Website Design",
                    status="AUTHORISED",
                )
            ],
        )
    assert len(seen) == 1
