"""The `invoice_reminders` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from .._runtime import ApiResponse, AsyncCore, Call, Param, RequestOptions, ResponseSpec, SyncCore
from ..models import InvoiceReminders

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
        self.with_raw_response = InvoiceRemindersResourceWithRawResponse(core)

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
        return self._core.request(call, request_options).data


class InvoiceRemindersResourceWithRawResponse:
    """The same operations, returning the whole response (status, headers, request id) with the parsed data."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[InvoiceReminders]:
        """Retrieves invoice reminder settings

        Args:
            xero_tenant_id: Xero identifier for Tenant

        `GET /InvoiceReminders/Settings` (operation `getInvoiceReminders`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id)
        return self._core.request(call, request_options)


class AsyncInvoiceRemindersResource:
    """Operations on invoice reminders."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncInvoiceRemindersResourceWithRawResponse(core)

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
        return (await self._core.request(call, request_options)).data


class AsyncInvoiceRemindersResourceWithRawResponse:
    """The same operations, returning the whole response (status, headers, request id) with the parsed data."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[InvoiceReminders]:
        """Retrieves invoice reminder settings

        Args:
            xero_tenant_id: Xero identifier for Tenant

        `GET /InvoiceReminders/Settings` (operation `getInvoiceReminders`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id)
        return await self._core.request(call, request_options)
