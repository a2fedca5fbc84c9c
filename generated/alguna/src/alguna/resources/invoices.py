"""The `invoices` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from decimal import Decimal
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
from ..models import CreateInvoiceLineItemRequest, CreateInvoiceLineItemResponse

__all__ = [
    "AsyncInvoicesResource",
    "AsyncInvoicesResourceWithRawResponse",
    "InvoicesResource",
    "InvoicesResourceWithRawResponse",
]


def _create_line_item_call(
    *,
    id: str,
    description: str | NotGiven = NOT_GIVEN,
    quantity: Decimal | NotGiven = NOT_GIVEN,
    unit_price: Decimal | NotGiven = NOT_GIVEN,
) -> Call[CreateInvoiceLineItemResponse]:
    data = given({"description": description, "quantity": quantity, "unitPrice": unit_price})
    return Call[CreateInvoiceLineItemResponse](
        method="POST",
        path="/invoices/{id}/line-items",
        operation_id="createInvoiceLineItem",
        path_params={"id": id},
        json=CreateInvoiceLineItemRequest.model_validate(data),
        responses={"200": ResponseSpec(CreateInvoiceLineItemResponse, "json")},
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

    def create_line_item(
        self,
        *,
        id: str,
        description: str | NotGiven = NOT_GIVEN,
        quantity: Decimal | NotGiven = NOT_GIVEN,
        unit_price: Decimal | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> CreateInvoiceLineItemResponse:
        """Create Invoice Line Item

        Creates a line item for the given invoice.

        Args:
            id: The ID of the invoice to create a line item for.
            description: The description of the line item.
            quantity: The quantity of the line item as a decimal string.
            unit_price: The unit price for the given line item as a decimal string.

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `POST /invoices/{id}/line-items` (operation `createInvoiceLineItem`).
        """
        call = _create_line_item_call(
            id=id, description=description, quantity=quantity, unit_price=unit_price
        )
        return self._core.send(call, request_options)


class InvoicesResourceWithRawResponse:
    """The operations of `InvoicesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: InvoicesResource) -> None:
        self.create_line_item = to_raw_response_wrapper(resource.create_line_item)


class AsyncInvoicesResource:
    """Operations on invoices."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncInvoicesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncInvoicesResourceWithRawResponse(self)

    async def create_line_item(
        self,
        *,
        id: str,
        description: str | NotGiven = NOT_GIVEN,
        quantity: Decimal | NotGiven = NOT_GIVEN,
        unit_price: Decimal | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> CreateInvoiceLineItemResponse:
        """Create Invoice Line Item

        Creates a line item for the given invoice.

        Args:
            id: The ID of the invoice to create a line item for.
            description: The description of the line item.
            quantity: The quantity of the line item as a decimal string.
            unit_price: The unit price for the given line item as a decimal string.

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `POST /invoices/{id}/line-items` (operation `createInvoiceLineItem`).
        """
        call = _create_line_item_call(
            id=id, description=description, quantity=quantity, unit_price=unit_price
        )
        return await self._core.send(call, request_options)


class AsyncInvoicesResourceWithRawResponse:
    """The operations of `AsyncInvoicesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncInvoicesResource) -> None:
        self.create_line_item = async_to_raw_response_wrapper(resource.create_line_item)
