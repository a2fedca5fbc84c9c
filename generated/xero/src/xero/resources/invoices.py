"""The `invoices` operations. Generated from the OpenAPI document; do not edit."""

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
from ..models import Invoice, UpdateOrCreateInvoicesRequest, UpdateOrCreateInvoicesResponse

__all__ = [
    "AsyncInvoicesResource",
    "AsyncInvoicesResourceWithRawResponse",
    "InvoicesResource",
    "InvoicesResourceWithRawResponse",
]


def _update_or_create_call(
    *,
    invoices: list[Invoice] | NotGiven = NOT_GIVEN,
) -> Call[UpdateOrCreateInvoicesResponse]:
    data = given({"Invoices": invoices})
    return Call[UpdateOrCreateInvoicesResponse](
        method="POST",
        path="/Invoices",
        operation_id="updateOrCreateInvoices",
        json=UpdateOrCreateInvoicesRequest.model_validate(data),
        responses={"200": ResponseSpec(UpdateOrCreateInvoicesResponse, "json")},
        security=[["OAuth2", "XeroTenantId"]],
    )


class InvoicesResource:
    """Operations on invoices."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> InvoicesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return InvoicesResourceWithRawResponse(self)

    def update_or_create(
        self,
        *,
        invoices: list[Invoice] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> UpdateOrCreateInvoicesResponse:
        """Xero Updates or creates one or more sales invoices or purchase bills

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `POST /Invoices` (operation `updateOrCreateInvoices`).
        """
        call = _update_or_create_call(invoices=invoices)
        return self._core.send(call, request_options)


class InvoicesResourceWithRawResponse:
    """The operations of `InvoicesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: InvoicesResource) -> None:
        self.update_or_create = to_raw_response_wrapper(resource.update_or_create)


class AsyncInvoicesResource:
    """Operations on invoices."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncInvoicesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncInvoicesResourceWithRawResponse(self)

    async def update_or_create(
        self,
        *,
        invoices: list[Invoice] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> UpdateOrCreateInvoicesResponse:
        """Xero Updates or creates one or more sales invoices or purchase bills

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `POST /Invoices` (operation `updateOrCreateInvoices`).
        """
        call = _update_or_create_call(invoices=invoices)
        return await self._core.send(call, request_options)


class AsyncInvoicesResourceWithRawResponse:
    """The operations of `AsyncInvoicesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncInvoicesResource) -> None:
        self.update_or_create = async_to_raw_response_wrapper(resource.update_or_create)
