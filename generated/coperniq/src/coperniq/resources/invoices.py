"""The `invoices` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import Any

from .._runtime import (
    AsyncCore,
    Call,
    RequestOptions,
    ResponseSpec,
    SyncCore,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._runtime.given import NOT_GIVEN, NotGiven, given
from ..models import (
    CalculationMethod,
    CreateInvoiceRequest,
    CreateInvoiceRequestStatus,
    CreateInvoiceResponse,
)

__all__ = [
    "AsyncInvoicesResource",
    "AsyncInvoicesResourceWithRawResponse",
    "InvoicesResource",
    "InvoicesResourceWithRawResponse",
]


def _create_call(
    *,
    record_id: int,
    calculation_method: CalculationMethod,
    line_items: list[dict[str, Any]] | NotGiven = NOT_GIVEN,
    sections: list[dict[str, Any]] | NotGiven = NOT_GIVEN,
    percentage: float | NotGiven = NOT_GIVEN,
    status: CreateInvoiceRequestStatus | NotGiven = NOT_GIVEN,
    issue_date: datetime | NotGiven = NOT_GIVEN,
    due_date: datetime | NotGiven = NOT_GIVEN,
    description: str | None | NotGiven = NOT_GIVEN,
) -> Call[CreateInvoiceResponse]:
    data = given(
        {
            "recordId": record_id,
            "calculationMethod": calculation_method,
            "lineItems": line_items,
            "sections": sections,
            "percentage": percentage,
            "status": status,
            "issueDate": issue_date,
            "dueDate": due_date,
            "description": description,
        }
    )
    return Call[CreateInvoiceResponse](
        method="POST",
        path="/invoices",
        operation_id="createInvoice",
        json=CreateInvoiceRequest.model_validate(data),
        responses={"200": ResponseSpec(CreateInvoiceResponse, "json")},
        security=[["ApiKey"]],
    )


class InvoicesResource:
    """Operations on invoices."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> InvoicesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return InvoicesResourceWithRawResponse(self)

    def create(
        self,
        *,
        record_id: int,
        calculation_method: CalculationMethod,
        line_items: list[dict[str, Any]] | NotGiven = NOT_GIVEN,
        sections: list[dict[str, Any]] | NotGiven = NOT_GIVEN,
        percentage: float | NotGiven = NOT_GIVEN,
        status: CreateInvoiceRequestStatus | NotGiven = NOT_GIVEN,
        issue_date: datetime | NotGiven = NOT_GIVEN,
        due_date: datetime | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> CreateInvoiceResponse:
        """Create Invoice

        Create a new invoice. Required fields: - `recordId`: Project or account ID (the record must exist first) - `calculationMethod`: Must be "LINE_ITEMS" or "PERCENTAGE" Conditionally required: - `lineItems`: Required when `calculationMethod` is "LINE_ITEMS" (at least one item) - `percentage`: Required when `calculationMethod` is "PERCENTAGE" Optional fields: - `issueDate`: ISO 8601 datetime string - `dueDate`: ISO 8601 datetime string - `status`: Initial invoice status (defaults to DRAFT) - `description`: Invoice description

        Args:
            record_id: Project or account ID
            calculation_method: Calculation method
            line_items: Required when calculationMethod is LINE_ITEMS and sections is not provided. Flat array of line items (auto-grouped into one unnamed section).
            sections: Required when calculationMethod is LINE_ITEMS and lineItems is not provided. Grouped line items with named sections. May be combined with lineItems (ungrouped items).
            percentage: Required when calculationMethod is PERCENTAGE.
            status: Optional; defaults to DRAFT when omitted. To finalize the invoice, set SENT, PARTIALLY_PAID, or PAIDissueDate is then required. Lifecycle statuses (DECLINED, OVERDUE) cannot be set at creation.
            issue_date: Issue date (ISO 8601). Optional. Applied only when status is SENT/PARTIALLY_PAID/PAID (required for those); ignored for DRAFT invoices.
            due_date: Due date (ISO 8601 datetime string)
            description: Invoice description

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `POST /invoices` (operation `createInvoice`).
        """
        call = _create_call(
            record_id=record_id,
            calculation_method=calculation_method,
            line_items=line_items,
            sections=sections,
            percentage=percentage,
            status=status,
            issue_date=issue_date,
            due_date=due_date,
            description=description,
        )
        return self._core.send(call, request_options)


class InvoicesResourceWithRawResponse:
    """The operations of `InvoicesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: InvoicesResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncInvoicesResource:
    """Operations on invoices."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncInvoicesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncInvoicesResourceWithRawResponse(self)

    async def create(
        self,
        *,
        record_id: int,
        calculation_method: CalculationMethod,
        line_items: list[dict[str, Any]] | NotGiven = NOT_GIVEN,
        sections: list[dict[str, Any]] | NotGiven = NOT_GIVEN,
        percentage: float | NotGiven = NOT_GIVEN,
        status: CreateInvoiceRequestStatus | NotGiven = NOT_GIVEN,
        issue_date: datetime | NotGiven = NOT_GIVEN,
        due_date: datetime | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> CreateInvoiceResponse:
        """Create Invoice

        Create a new invoice. Required fields: - `recordId`: Project or account ID (the record must exist first) - `calculationMethod`: Must be "LINE_ITEMS" or "PERCENTAGE" Conditionally required: - `lineItems`: Required when `calculationMethod` is "LINE_ITEMS" (at least one item) - `percentage`: Required when `calculationMethod` is "PERCENTAGE" Optional fields: - `issueDate`: ISO 8601 datetime string - `dueDate`: ISO 8601 datetime string - `status`: Initial invoice status (defaults to DRAFT) - `description`: Invoice description

        Args:
            record_id: Project or account ID
            calculation_method: Calculation method
            line_items: Required when calculationMethod is LINE_ITEMS and sections is not provided. Flat array of line items (auto-grouped into one unnamed section).
            sections: Required when calculationMethod is LINE_ITEMS and lineItems is not provided. Grouped line items with named sections. May be combined with lineItems (ungrouped items).
            percentage: Required when calculationMethod is PERCENTAGE.
            status: Optional; defaults to DRAFT when omitted. To finalize the invoice, set SENT, PARTIALLY_PAID, or PAIDissueDate is then required. Lifecycle statuses (DECLINED, OVERDUE) cannot be set at creation.
            issue_date: Issue date (ISO 8601). Optional. Applied only when status is SENT/PARTIALLY_PAID/PAID (required for those); ignored for DRAFT invoices.
            due_date: Due date (ISO 8601 datetime string)
            description: Invoice description

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `POST /invoices` (operation `createInvoice`).
        """
        call = _create_call(
            record_id=record_id,
            calculation_method=calculation_method,
            line_items=line_items,
            sections=sections,
            percentage=percentage,
            status=status,
            issue_date=issue_date,
            due_date=due_date,
            description=description,
        )
        return await self._core.send(call, request_options)


class AsyncInvoicesResourceWithRawResponse:
    """The operations of `AsyncInvoicesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncInvoicesResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
