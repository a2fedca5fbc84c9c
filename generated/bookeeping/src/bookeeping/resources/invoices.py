"""The `invoices` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from datetime import datetime
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
from ..models import (
    CreateInvoiceAuthenticationErrorBody,
    CreateInvoiceBadRequestErrorBody,
    CreateInvoiceConflictErrorBody,
    CreateInvoiceInternalServerErrorBody,
    CreateInvoiceRateLimitErrorBody,
    CreateInvoiceRequest,
    CreateInvoiceResponse,
    Discount,
    InvoiceId,
    LineItem,
)

__all__ = [
    "AsyncInvoicesResource",
    "AsyncInvoicesResourceWithRawResponse",
    "InvoicesResource",
    "InvoicesResourceWithRawResponse",
]


def _create_call(
    *,
    discount: Discount,
    invoice_date: datetime,
    due_date: datetime,
    line_items: list[LineItem],
    note: str,
    counter_party: str,
    invoice_id: str | InvoiceId,
    currency: str,
    purchase_order_id: str | None | NotGiven = NOT_GIVEN,
    pay_via_stripe_account_connection_id: str | None | NotGiven = NOT_GIVEN,
) -> Call[CreateInvoiceResponse]:
    data = given(
        {
            "purchaseOrderId": purchase_order_id,
            "discount": discount,
            "invoiceDate": invoice_date,
            "dueDate": due_date,
            "lineItems": line_items,
            "payViaStripeAccountConnectionId": pay_via_stripe_account_connection_id,
            "note": note,
            "counterParty": counter_party,
            "invoiceId": invoice_id,
            "currency": currency,
        }
    )
    return Call[CreateInvoiceResponse](
        method="POST",
        path="/v1/invoices",
        operation_id="createInvoice",
        json=CreateInvoiceRequest.model_validate(data),
        responses={"200": ResponseSpec(CreateInvoiceResponse, "json")},
        error_bodies={
            "400": CreateInvoiceBadRequestErrorBody,
            "401": CreateInvoiceAuthenticationErrorBody,
            "409": CreateInvoiceConflictErrorBody,
            "429": CreateInvoiceRateLimitErrorBody,
            "500": CreateInvoiceInternalServerErrorBody,
        },
        security=[["BearerAuth"]],
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
        discount: Discount,
        invoice_date: datetime,
        due_date: datetime,
        line_items: list[LineItem],
        note: str,
        counter_party: str,
        invoice_id: str | InvoiceId,
        currency: str,
        purchase_order_id: str | None | NotGiven = NOT_GIVEN,
        pay_via_stripe_account_connection_id: str | None | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> CreateInvoiceResponse:
        """Create an Invoice

        Args:
            discount: Global discount, after applying the line item discounts
            invoice_date: The date of the invoice
            due_date: The date of the due date
            line_items: The line items of the invoice
            note: The notes of the invoice
            counter_party: The id of the counterparty. Expected to be a valid object id like 666666666666666666666666
            invoice_id: The id of the invoice or 'INCREMENTAL' to auto generate the invoice id
            currency: The currency of the invoice.
            purchase_order_id: The id of the purchase order
            pay_via_stripe_account_connection_id: The id of the pay via stripe account connection. Expected to be a valid object id like 666666666666666666666666

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `POST /v1/invoices` (operation `createInvoice`).
        """
        call = _create_call(
            discount=discount,
            invoice_date=invoice_date,
            due_date=due_date,
            line_items=line_items,
            note=note,
            counter_party=counter_party,
            invoice_id=invoice_id,
            currency=currency,
            purchase_order_id=purchase_order_id,
            pay_via_stripe_account_connection_id=pay_via_stripe_account_connection_id,
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
        discount: Discount,
        invoice_date: datetime,
        due_date: datetime,
        line_items: list[LineItem],
        note: str,
        counter_party: str,
        invoice_id: str | InvoiceId,
        currency: str,
        purchase_order_id: str | None | NotGiven = NOT_GIVEN,
        pay_via_stripe_account_connection_id: str | None | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> CreateInvoiceResponse:
        """Create an Invoice

        Args:
            discount: Global discount, after applying the line item discounts
            invoice_date: The date of the invoice
            due_date: The date of the due date
            line_items: The line items of the invoice
            note: The notes of the invoice
            counter_party: The id of the counterparty. Expected to be a valid object id like 666666666666666666666666
            invoice_id: The id of the invoice or 'INCREMENTAL' to auto generate the invoice id
            currency: The currency of the invoice.
            purchase_order_id: The id of the purchase order
            pay_via_stripe_account_connection_id: The id of the pay via stripe account connection. Expected to be a valid object id like 666666666666666666666666

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `POST /v1/invoices` (operation `createInvoice`).
        """
        call = _create_call(
            discount=discount,
            invoice_date=invoice_date,
            due_date=due_date,
            line_items=line_items,
            note=note,
            counter_party=counter_party,
            invoice_id=invoice_id,
            currency=currency,
            purchase_order_id=purchase_order_id,
            pay_via_stripe_account_connection_id=pay_via_stripe_account_connection_id,
        )
        return await self._core.send(call, request_options)


class AsyncInvoicesResourceWithRawResponse:
    """The operations of `AsyncInvoicesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncInvoicesResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
