"""The `invoice_reminders` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from functools import cached_property

from .._runtime import (
    AsyncCore,
    Call,
    Param,
    RequestOptions,
    ResponseSpec,
    SyncCore,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from ..models._invoice_reminders import InvoiceReminders

__all__ = [
    "AsyncInvoiceRemindersResource",
    "AsyncInvoiceRemindersResourceWithRawResponse",
    "InvoiceRemindersResource",
    "InvoiceRemindersResourceWithRawResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
) -> Call[InvoiceReminders]:
    return Call[InvoiceReminders](
        method="GET",
        path="/InvoiceReminders/Settings",
        operation_id="getInvoiceReminders",
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(InvoiceReminders, "json")},
        security=[["OAuth2"]],
    )


class InvoiceRemindersResource:
    """Operations on invoice reminders."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> InvoiceRemindersResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return InvoiceRemindersResourceWithRawResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> InvoiceReminders:
        """Retrieves invoice reminder settings

        Args:
            xero_tenant_id: Xero identifier for Tenant

        `GET /InvoiceReminders/Settings` (operation `getInvoiceReminders`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)


class InvoiceRemindersResourceWithRawResponse:
    """The operations of `InvoiceRemindersResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: InvoiceRemindersResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncInvoiceRemindersResource:
    """Operations on invoice reminders."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncInvoiceRemindersResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncInvoiceRemindersResourceWithRawResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> InvoiceReminders:
        """Retrieves invoice reminder settings

        Args:
            xero_tenant_id: Xero identifier for Tenant

        `GET /InvoiceReminders/Settings` (operation `getInvoiceReminders`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)


class AsyncInvoiceRemindersResourceWithRawResponse:
    """The operations of `AsyncInvoiceRemindersResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncInvoiceRemindersResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
