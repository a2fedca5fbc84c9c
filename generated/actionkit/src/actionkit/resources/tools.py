"""The `tools` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from functools import cached_property

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
from ..models import InvoiceStatus, InvoiceType, LineItem, XeroCreateInvoiceRequest

__all__ = [
    "AsyncToolsResource",
    "AsyncToolsResourceWithRawResponse",
    "ToolsResource",
    "ToolsResourceWithRawResponse",
]


def _xero_create_invoice_call(
    *,
    project_id: str,
    invoice_type: InvoiceType,
    contact_id: str,
    line_items: list[LineItem],
    invoice_status: InvoiceStatus | NotGiven = NOT_GIVEN,
    date: str | NotGiven = NOT_GIVEN,
    due_date: str | NotGiven = NOT_GIVEN,
    currency: str | NotGiven = NOT_GIVEN,
    invoice_number: str | NotGiven = NOT_GIVEN,
    reference: str | NotGiven = NOT_GIVEN,
) -> Call[None]:
    data = {
        "tool": "XERO_CREATE_INVOICE",
        "parameters": given(
            {
                "invoiceType": invoice_type,
                "contactId": contact_id,
                "lineItems": line_items,
                "invoiceStatus": invoice_status,
                "date": date,
                "dueDate": due_date,
                "currency": currency,
                "invoiceNumber": invoice_number,
                "reference": reference,
            }
        ),
    }
    return Call[None](
        method="POST",
        path="/projects/{project_id}/tools",
        operation_id="XERO_CREATE_INVOICE",
        path_params={"project_id": project_id},
        json=XeroCreateInvoiceRequest.model_validate(data),
        responses={"200": ResponseSpec(None, "empty")},
        security=[["BearerAuth"]],
    )


class ToolsResource:
    """Operations on tools."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ToolsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return ToolsResourceWithRawResponse(self)

    def xero_create_invoice(
        self,
        *,
        project_id: str,
        invoice_type: InvoiceType,
        contact_id: str,
        line_items: list[LineItem],
        invoice_status: InvoiceStatus | NotGiven = NOT_GIVEN,
        date: str | NotGiven = NOT_GIVEN,
        due_date: str | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        invoice_number: str | NotGiven = NOT_GIVEN,
        reference: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Create Invoice

        Args:
            project_id: Your Paragon Project ID. You can copy your Project ID from your dashboard URL or by clicking Copy Project ID under the Environment switcher.
            invoice_type: Invoice Type
            contact_id: Contact : The customer this invoice is associated with. (example: "Contact ID")
            line_items: Line items : Enter an array of Line items including the description, quantity, and amount for each Line item. (example: "[ { "Description": "White T-Shirt", "Quantity": "2", "UnitAmount": "20.00", "AccountCode": "200" } ] ")
            invoice_status: Status
            date: Date : Date the invoice was issued. (example: "YYYY-MM-DD")
            due_date: Due Date : Date the invoice is due. (example: "YYYY-MM-DD")
            currency: Currency (example: "USD")
            invoice_number: Invoice Number : Alpha numeric code identifying the invoice (example: "OIT00546")
            reference: Reference

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `POST /projects/{project_id}/tools` (operation `XERO_CREATE_INVOICE`).
        """
        call = _xero_create_invoice_call(
            project_id=project_id,
            invoice_type=invoice_type,
            contact_id=contact_id,
            line_items=line_items,
            invoice_status=invoice_status,
            date=date,
            due_date=due_date,
            currency=currency,
            invoice_number=invoice_number,
            reference=reference,
        )
        return self._core.send(call, request_options)


class ToolsResourceWithRawResponse:
    """The operations of `ToolsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: ToolsResource) -> None:
        self.xero_create_invoice = to_raw_response_wrapper(resource.xero_create_invoice)


class AsyncToolsResource:
    """Operations on tools."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncToolsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncToolsResourceWithRawResponse(self)

    async def xero_create_invoice(
        self,
        *,
        project_id: str,
        invoice_type: InvoiceType,
        contact_id: str,
        line_items: list[LineItem],
        invoice_status: InvoiceStatus | NotGiven = NOT_GIVEN,
        date: str | NotGiven = NOT_GIVEN,
        due_date: str | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        invoice_number: str | NotGiven = NOT_GIVEN,
        reference: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Create Invoice

        Args:
            project_id: Your Paragon Project ID. You can copy your Project ID from your dashboard URL or by clicking Copy Project ID under the Environment switcher.
            invoice_type: Invoice Type
            contact_id: Contact : The customer this invoice is associated with. (example: "Contact ID")
            line_items: Line items : Enter an array of Line items including the description, quantity, and amount for each Line item. (example: "[ { "Description": "White T-Shirt", "Quantity": "2", "UnitAmount": "20.00", "AccountCode": "200" } ] ")
            invoice_status: Status
            date: Date : Date the invoice was issued. (example: "YYYY-MM-DD")
            due_date: Due Date : Date the invoice is due. (example: "YYYY-MM-DD")
            currency: Currency (example: "USD")
            invoice_number: Invoice Number : Alpha numeric code identifying the invoice (example: "OIT00546")
            reference: Reference

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `POST /projects/{project_id}/tools` (operation `XERO_CREATE_INVOICE`).
        """
        call = _xero_create_invoice_call(
            project_id=project_id,
            invoice_type=invoice_type,
            contact_id=contact_id,
            line_items=line_items,
            invoice_status=invoice_status,
            date=date,
            due_date=due_date,
            currency=currency,
            invoice_number=invoice_number,
            reference=reference,
        )
        return await self._core.send(call, request_options)


class AsyncToolsResourceWithRawResponse:
    """The operations of `AsyncToolsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncToolsResource) -> None:
        self.xero_create_invoice = async_to_raw_response_wrapper(resource.xero_create_invoice)
