"""The seed providers' generated clients, used as their users would use them.

These import the committed packages from generated/ and drive them through
`httpx.MockTransport`: what goes on the wire, and what comes back typed.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

GENERATED = Path(__file__).resolve().parents[1] / "generated"


def _package(name: str) -> ModuleType:
    src = str(GENERATED / name / "src")
    if src not in sys.path:
        sys.path.insert(0, src)
    return importlib.import_module(name)


class Recorder:
    """A mock transport that records requests and answers with a fixed response."""

    def __init__(
        self, status: int = 200, body: Any = None, headers: dict[str, str] | None = None
    ) -> None:
        self.requests: list[httpx.Request] = []
        self.status, self.body, self.headers = status, body, headers or {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.body is None:
            return httpx.Response(self.status, headers=self.headers)
        return httpx.Response(self.status, json=self.body, headers=self.headers)


@pytest.fixture
def actionkit() -> Iterator[ModuleType]:
    yield _package("actionkit")


@pytest.fixture
def bookeeping() -> Iterator[ModuleType]:
    yield _package("bookeeping")


def _line_items(ak: ModuleType) -> list[Any]:
    return [
        ak.LineItem(
            description="White T-Shirt", quantity="2", unit_amount="20.00", account_code="200"
        )
    ]


def test_actionkit_tool_call_goes_to_the_real_path_with_the_tool_in_the_body(
    actionkit: ModuleType,
) -> None:
    rec = Recorder(200)
    client = actionkit.Client(
        token="jwt-token", http_client=httpx.Client(transport=httpx.MockTransport(rec))
    )
    client.tools.xero_create_invoice(
        project_id="p1", invoice_type="ACCREC", contact_id="c-1", line_items=_line_items(actionkit)
    )
    (request,) = rec.requests
    assert request.method == "POST"
    assert str(request.url) == "https://actionkit.useparagon.com/projects/p1/tools"
    assert request.headers["authorization"] == "Bearer jwt-token"
    assert json.loads(request.content) == {
        "tool": "XERO_CREATE_INVOICE",
        "parameters": {
            "invoiceType": "ACCREC",
            "contactId": "c-1",
            "lineItems": [
                {
                    "Description": "White T-Shirt",
                    "Quantity": "2",
                    "UnitAmount": "20.00",
                    "AccountCode": "200",
                }
            ],
        },
    }


def test_actionkit_refuses_an_invalid_enum_before_sending(actionkit: ModuleType) -> None:
    rec = Recorder(200)
    client = actionkit.Client(
        token="t", http_client=httpx.Client(transport=httpx.MockTransport(rec))
    )
    with pytest.raises(ValueError, match="invoiceType"):
        client.tools.xero_create_invoice(
            project_id="p1", invoice_type="NOPE", contact_id="c", line_items=[]
        )
    assert rec.requests == []


def _invoice_args(bk: ModuleType) -> dict[str, Any]:
    return {
        "discount": bk.Discount(type="FIXED", value=5),
        "invoice_date": "2024-01-02T00:00:00Z",
        "due_date": "2024-02-02T00:00:00Z",
        "line_items": [
            bk.LineItem(
                id="1",
                name="Consulting",
                quantity=2,
                unit_price=100,
                tax=bk.Tax(type="PERCENTAGE", value=21),
                discount=bk.Discount(type="FIXED", value=0),
            )
        ],
        "note": "thanks",
        "counter_party": "666666666666666666666666",
        "invoice_id": "INCREMENTAL",
        "currency": "EUR",
    }


def test_bookeeping_eu_environment_and_bearer_key(bookeeping: ModuleType) -> None:
    rec = Recorder(200, {"message": "ok"})
    client = bookeeping.Client(
        api_key="bk-key",
        environment=bookeeping.Environment.EU,
        http_client=httpx.Client(transport=httpx.MockTransport(rec)),
    )
    result = client.invoices.create(**_invoice_args(bookeeping))
    (request,) = rec.requests
    assert str(request.url) == "https://eu-api.bookeeping.ai/public-api/v1/invoices"
    assert request.headers["authorization"] == "Bearer bk-key"
    body = json.loads(request.content)
    assert body["invoiceId"] == "INCREMENTAL" and body["counterParty"] == "666666666666666666666666"
    assert "purchaseOrderId" not in body  # not given, not sent
    assert isinstance(result, bookeeping.CreateInvoiceResponse)


def test_bookeeping_429_raises_the_rate_limit_error_with_the_parsed_body(
    bookeeping: ModuleType,
) -> None:
    rec = Recorder(
        429,
        {"error": "TooManyRequestsError", "message": "slow down"},
        {"x-rate-limiter-minutely-limit": "25", "x-rate-limiter-minutely-usage": "25"},
    )
    client = bookeeping.Client(
        api_key="bk-key",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(rec)),
    )
    with pytest.raises(bookeeping.RateLimitError) as caught:
        client.invoices.create(**_invoice_args(bookeeping))
    error = caught.value
    assert error.status_code == 429
    assert error.body.message == "slow down"
    assert error.body.error == "TooManyRequestsError"
    assert error.headers["x-rate-limiter-minutely-limit"] == "25"
    assert "bk-key" not in str(error) and "bk-key" not in repr(error)


def test_bookeeping_async_client_sends_the_same(bookeeping: ModuleType) -> None:
    rec = Recorder(200, {"message": "ok"})

    async def run() -> Any:
        async with bookeeping.AsyncClient(
            api_key="k",
            environment="https://ca-api.bookeeping.ai/public-api",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(rec)),
        ) as client:
            return await client.invoices.create(**_invoice_args(bookeeping))

    result = asyncio.run(run())
    assert str(rec.requests[0].url) == "https://ca-api.bookeeping.ai/public-api/v1/invoices"
    assert result.message == "ok"


def test_bookeeping_key_from_the_environment(
    bookeeping: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOOKEEPING_API_KEY", "from-env")
    rec = Recorder(200, {})
    client = bookeeping.Client(http_client=httpx.Client(transport=httpx.MockTransport(rec)))
    client.invoices.create(**_invoice_args(bookeeping))
    assert rec.requests[0].headers["authorization"] == "Bearer from-env"


def test_bookeeping_raw_response_gives_status_headers_and_data(bookeeping: ModuleType) -> None:
    rec = Recorder(200, {"message": "ok"}, {"x-request-id": "req-1"})
    client = bookeeping.Client(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(rec))
    )
    raw = client.invoices.with_raw_response.create(**_invoice_args(bookeeping))
    assert raw.status_code == 200
    assert raw.request_id == "req-1"
    assert raw.data.message == "ok"
    assert len(rec.requests) == 1


SEEDS = Path(__file__).resolve().parents[1] / "specs"


def _xero_summary() -> dict[str, Any]:
    return json.loads((SEEDS / "xero" / "create-invoice.json").read_text())


def test_xero_seed_examples_round_trip_exactly_with_their_date_forms() -> None:
    xero = _package("xero")
    summary = _xero_summary()
    request = summary["requestExamples"][0]["example"]
    response = summary["responseExamples"][0]["example"]
    model = xero.UpdateOrCreateInvoicesRequest.model_validate(request)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == request
    parsed = xero.UpdateOrCreateInvoicesResponse.model_validate(response)
    dumped = parsed.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped == response
    assert dumped["DateTimeUTC"] == "/Date(1552327126164)/"
    assert dumped["Invoices"][0]["Contact"]["UpdatedDateUTC"] == "/Date(1551747281053+0000)/"
    assert parsed.date_time_utc.year == 2019  # a real datetime underneath


def test_xero_sends_bearer_token_and_tenant_header() -> None:
    xero = _package("xero")
    rec = Recorder(200, _xero_summary()["responseExamples"][0]["example"])
    client = xero.Client(
        access_token="tok",
        xero_tenant_id="tenant-1",
        http_client=httpx.Client(transport=httpx.MockTransport(rec)),
    )
    request = _xero_summary()["requestExamples"][0]["example"]
    model = xero.UpdateOrCreateInvoicesRequest.model_validate(request)
    result = client.invoices.update_or_create(
        **{n: getattr(model, n) for n in model.model_fields_set}
    )
    sent = rec.requests[0]
    assert str(sent.url) == "https://api.xero.com/api.xro/2.0/Invoices"
    assert sent.headers["authorization"] == "Bearer tok"
    assert sent.headers["xero-tenant-id"] == "tenant-1"
    assert json.loads(sent.content) == request
    assert result.invoices[0].invoice_number == "INV-0007"


def test_xero_without_the_tenant_sends_nothing_and_names_what_is_missing() -> None:
    xero = _package("xero")
    rec = Recorder(200, {})
    client = xero.Client(
        access_token="tok", http_client=httpx.Client(transport=httpx.MockTransport(rec))
    )
    with pytest.raises(xero.ApiError, match="XERO_TENANT_ID"):
        client.invoices.update_or_create(invoices=[])
    assert rec.requests == []


def test_alguna_decimal_strings_stay_strings() -> None:
    alguna = _package("alguna")
    request = {"description": "Platform subscription", "quantity": "1", "unitPrice": "500"}
    model = alguna.CreateInvoiceLineItemRequest.model_validate(request)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == request
    rec = Recorder(200, {"id": "x"})
    client = alguna.Client(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(rec))
    )
    from decimal import Decimal

    client.invoices.create_line_item(
        id="inv_1",
        description="Platform subscription",
        quantity=Decimal(1),
        unit_price=Decimal(500),
    )
    sent = rec.requests[0]
    assert sent.url.path == "/invoices/inv_1/line-items"
    assert json.loads(sent.content) == request  # "500", never 500.0


def test_coperniq_refuses_percentage_method_without_percentage_naming_the_rule() -> None:
    coperniq = _package("coperniq")
    rec = Recorder(200, {})
    client = coperniq.Client(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(rec))
    )
    with pytest.raises(
        ValueError, match="percentage is required when calculationMethod is PERCENTAGE"
    ):
        client.invoices.create(record_id=1, calculation_method="PERCENTAGE")
    with pytest.raises(ValueError, match="issueDate is required"):
        client.invoices.create(
            record_id=1, calculation_method="PERCENTAGE", percentage=10, status="SENT"
        )
    assert rec.requests == []
    client.invoices.create(record_id=1, calculation_method="PERCENTAGE", percentage=10)
    sent = rec.requests[0]
    assert sent.headers["x-api-key"] == "k"
    assert json.loads(sent.content) == {
        "recordId": 1,
        "calculationMethod": "PERCENTAGE",
        "percentage": 10,
    }


def test_coperniq_prose_enums_refuse_lifecycle_statuses_at_creation() -> None:
    coperniq = _package("coperniq")
    client = coperniq.Client(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(Recorder(200, {})))
    )
    with pytest.raises(ValueError, match="status"):
        client.invoices.create(
            record_id=1, calculation_method="PERCENTAGE", percentage=1, status="OVERDUE"
        )
