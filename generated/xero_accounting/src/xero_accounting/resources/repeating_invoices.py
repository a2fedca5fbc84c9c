"""The `repeating_invoices` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import IO
from uuid import UUID

from .._runtime import (
    AsyncCore,
    Call,
    Param,
    RequestOptions,
    ResponseSpec,
    SyncCore,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._runtime.given import NOT_GIVEN, NotGiven, given
from ..models._repeating_invoices import RepeatingInvoice, RepeatingInvoices
from ..models._shared import Attachments, Error, HistoryRecord, HistoryRecords

__all__ = [
    "AsyncRepeatingInvoicesResource",
    "AsyncRepeatingInvoicesResourceWithRawResponse",
    "AsyncRepeatingInvoicesResourceWithStreamingResponse",
    "RepeatingInvoicesResource",
    "RepeatingInvoicesResourceWithRawResponse",
    "RepeatingInvoicesResourceWithStreamingResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    where: str | None = None,
    order: str | None = None,
) -> Call[RepeatingInvoices]:
    return Call[RepeatingInvoices](
        method="GET",
        path="/RepeatingInvoices",
        operation_id="getRepeatingInvoices",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
        ],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(RepeatingInvoices, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    idempotency_key: str | None = None,
    repeating_invoices: builtins.list[RepeatingInvoice] | NotGiven = NOT_GIVEN,
) -> Call[RepeatingInvoices]:
    data = given({"RepeatingInvoices": repeating_invoices})
    return Call[RepeatingInvoices](
        method="PUT",
        path="/RepeatingInvoices",
        operation_id="createRepeatingInvoices",
        query=[Param("summarizeErrors", summarize_errors, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=RepeatingInvoices.model_validate(data),
        responses={"200": ResponseSpec(RepeatingInvoices, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _update_or_create_call(
    *,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    idempotency_key: str | None = None,
    repeating_invoices: builtins.list[RepeatingInvoice] | NotGiven = NOT_GIVEN,
) -> Call[RepeatingInvoices]:
    data = given({"RepeatingInvoices": repeating_invoices})
    return Call[RepeatingInvoices](
        method="POST",
        path="/RepeatingInvoices",
        operation_id="updateOrCreateRepeatingInvoices",
        query=[Param("summarizeErrors", summarize_errors, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=RepeatingInvoices.model_validate(data),
        responses={"200": ResponseSpec(RepeatingInvoices, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_call(
    *,
    repeating_invoice_id: UUID | str,
    xero_tenant_id: str,
) -> Call[RepeatingInvoices]:
    return Call[RepeatingInvoices](
        method="GET",
        path="/RepeatingInvoices/{RepeatingInvoiceID}",
        operation_id="getRepeatingInvoice",
        path_params={"RepeatingInvoiceID": repeating_invoice_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(RepeatingInvoices, "json")},
        security=[["OAuth2"]],
    )


def _update_call(
    *,
    repeating_invoice_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    repeating_invoices: builtins.list[RepeatingInvoice] | NotGiven = NOT_GIVEN,
) -> Call[RepeatingInvoices]:
    data = given({"RepeatingInvoices": repeating_invoices})
    return Call[RepeatingInvoices](
        method="POST",
        path="/RepeatingInvoices/{RepeatingInvoiceID}",
        operation_id="updateRepeatingInvoice",
        path_params={"RepeatingInvoiceID": repeating_invoice_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=RepeatingInvoices.model_validate(data),
        responses={"200": ResponseSpec(RepeatingInvoices, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_attachments_call(
    *,
    repeating_invoice_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Attachments]:
    return Call[Attachments](
        method="GET",
        path="/RepeatingInvoices/{RepeatingInvoiceID}/Attachments",
        operation_id="getRepeatingInvoiceAttachments",
        path_params={"RepeatingInvoiceID": repeating_invoice_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Attachments, "json")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_id_call(
    *,
    repeating_invoice_id: UUID | str,
    attachment_id: UUID | str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/RepeatingInvoices/{RepeatingInvoiceID}/Attachments/{AttachmentID}",
        operation_id="getRepeatingInvoiceAttachmentById",
        path_params={"RepeatingInvoiceID": repeating_invoice_id, "AttachmentID": attachment_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_file_name_call(
    *,
    repeating_invoice_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/RepeatingInvoices/{RepeatingInvoiceID}/Attachments/{FileName}",
        operation_id="getRepeatingInvoiceAttachmentByFileName",
        path_params={"RepeatingInvoiceID": repeating_invoice_id, "FileName": file_name},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _create_attachment_by_file_name_call(
    *,
    repeating_invoice_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="PUT",
        path="/RepeatingInvoices/{RepeatingInvoiceID}/Attachments/{FileName}",
        operation_id="createRepeatingInvoiceAttachmentByFileName",
        path_params={"RepeatingInvoiceID": repeating_invoice_id, "FileName": file_name},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        content=body,
        content_type="application/octet-stream",
        responses={"200": ResponseSpec(Attachments, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _update_attachment_by_file_name_call(
    *,
    repeating_invoice_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="POST",
        path="/RepeatingInvoices/{RepeatingInvoiceID}/Attachments/{FileName}",
        operation_id="updateRepeatingInvoiceAttachmentByFileName",
        path_params={"RepeatingInvoiceID": repeating_invoice_id, "FileName": file_name},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        content=body,
        content_type="application/octet-stream",
        responses={"200": ResponseSpec(Attachments, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_history_call(
    *,
    repeating_invoice_id: UUID | str,
    xero_tenant_id: str,
) -> Call[HistoryRecords]:
    return Call[HistoryRecords](
        method="GET",
        path="/RepeatingInvoices/{RepeatingInvoiceID}/History",
        operation_id="getRepeatingInvoiceHistory",
        path_params={"RepeatingInvoiceID": repeating_invoice_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
    )


def _create_history_call(
    *,
    repeating_invoice_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
) -> Call[HistoryRecords]:
    data = given({"HistoryRecords": history_records})
    return Call[HistoryRecords](
        method="PUT",
        path="/RepeatingInvoices/{RepeatingInvoiceID}/History",
        operation_id="createRepeatingInvoiceHistory",
        path_params={"RepeatingInvoiceID": repeating_invoice_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=HistoryRecords.model_validate(data),
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


class RepeatingInvoicesResource:
    """Operations on repeating invoices."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> RepeatingInvoicesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return RepeatingInvoicesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RepeatingInvoicesResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return RepeatingInvoicesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        where: str | None = None,
        order: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> RepeatingInvoices:
        """Retrieves repeating invoices

        Args:
            xero_tenant_id: Xero identifier for Tenant
            where: Filter by an any element
            order: Order by an any element

        `GET /RepeatingInvoices` (operation `getRepeatingInvoices`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id, where=where, order=order)
        return self._core.send(call, request_options)

    def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        repeating_invoices: builtins.list[RepeatingInvoice] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> RepeatingInvoices:
        """Creates one or more repeating invoice templates

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /RepeatingInvoices` (operation `createRepeatingInvoices`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            repeating_invoices=repeating_invoices,
        )
        return self._core.send(call, request_options)

    def update_or_create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        repeating_invoices: builtins.list[RepeatingInvoice] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> RepeatingInvoices:
        """Creates or deletes one or more repeating invoice templates

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /RepeatingInvoices` (operation `updateOrCreateRepeatingInvoices`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            repeating_invoices=repeating_invoices,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        repeating_invoice_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> RepeatingInvoices:
        """Retrieves a specific repeating invoice by using a unique repeating invoice Id

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            xero_tenant_id: Xero identifier for Tenant

        `GET /RepeatingInvoices/{RepeatingInvoiceID}` (operation `getRepeatingInvoice`).
        """
        call = _get_call(repeating_invoice_id=repeating_invoice_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def update(
        self,
        *,
        repeating_invoice_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        repeating_invoices: builtins.list[RepeatingInvoice] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> RepeatingInvoices:
        """Deletes a specific repeating invoice template

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /RepeatingInvoices/{RepeatingInvoiceID}` (operation `updateRepeatingInvoice`).
        """
        call = _update_call(
            repeating_invoice_id=repeating_invoice_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            repeating_invoices=repeating_invoices,
        )
        return self._core.send(call, request_options)

    def get_attachments(
        self,
        *,
        repeating_invoice_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments from a specific repeating invoice

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            xero_tenant_id: Xero identifier for Tenant

        `GET /RepeatingInvoices/{RepeatingInvoiceID}/Attachments` (operation `getRepeatingInvoiceAttachments`).
        """
        call = _get_attachments_call(
            repeating_invoice_id=repeating_invoice_id, xero_tenant_id=xero_tenant_id
        )
        return self._core.send(call, request_options)

    def get_attachment_by_id(
        self,
        *,
        repeating_invoice_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific repeating invoice

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /RepeatingInvoices/{RepeatingInvoiceID}/Attachments/{AttachmentID}` (operation `getRepeatingInvoiceAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            repeating_invoice_id=repeating_invoice_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def get_attachment_by_file_name(
        self,
        *,
        repeating_invoice_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific repeating invoices by file name

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /RepeatingInvoices/{RepeatingInvoiceID}/Attachments/{FileName}` (operation `getRepeatingInvoiceAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            repeating_invoice_id=repeating_invoice_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def create_attachment_by_file_name(
        self,
        *,
        repeating_invoice_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates an attachment from a specific repeating invoices by file name

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /RepeatingInvoices/{RepeatingInvoiceID}/Attachments/{FileName}` (operation `createRepeatingInvoiceAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            repeating_invoice_id=repeating_invoice_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def update_attachment_by_file_name(
        self,
        *,
        repeating_invoice_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates a specific attachment from a specific repeating invoices by file name

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /RepeatingInvoices/{RepeatingInvoiceID}/Attachments/{FileName}` (operation `updateRepeatingInvoiceAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            repeating_invoice_id=repeating_invoice_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def get_history(
        self,
        *,
        repeating_invoice_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history record for a specific repeating invoice

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            xero_tenant_id: Xero identifier for Tenant

        `GET /RepeatingInvoices/{RepeatingInvoiceID}/History` (operation `getRepeatingInvoiceHistory`).
        """
        call = _get_history_call(
            repeating_invoice_id=repeating_invoice_id, xero_tenant_id=xero_tenant_id
        )
        return self._core.send(call, request_options)

    def create_history(
        self,
        *,
        repeating_invoice_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a  history record for a specific repeating invoice

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /RepeatingInvoices/{RepeatingInvoiceID}/History` (operation `createRepeatingInvoiceHistory`).
        """
        call = _create_history_call(
            repeating_invoice_id=repeating_invoice_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return self._core.send(call, request_options)


class RepeatingInvoicesResourceWithRawResponse:
    """The operations of `RepeatingInvoicesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: RepeatingInvoicesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.update_or_create = to_raw_response_wrapper(resource.update_or_create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.get_attachments = to_raw_response_wrapper(resource.get_attachments)
        self.get_attachment_by_id = to_raw_response_wrapper(resource.get_attachment_by_id)
        self.get_attachment_by_file_name = to_raw_response_wrapper(
            resource.get_attachment_by_file_name
        )
        self.create_attachment_by_file_name = to_raw_response_wrapper(
            resource.create_attachment_by_file_name
        )
        self.update_attachment_by_file_name = to_raw_response_wrapper(
            resource.update_attachment_by_file_name
        )
        self.get_history = to_raw_response_wrapper(resource.get_history)
        self.create_history = to_raw_response_wrapper(resource.create_history)


class RepeatingInvoicesResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in a `with` block and read the body in chunks (`iter_bytes()`), so that a large
    download never has to fit in memory; the connection is released when the block ends.
    """

    def __init__(self, resource: RepeatingInvoicesResource) -> None:
        self.get_attachment_by_id = to_streamed_response_wrapper(resource.get_attachment_by_id)
        self.get_attachment_by_file_name = to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )


class AsyncRepeatingInvoicesResource:
    """Operations on repeating invoices."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncRepeatingInvoicesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncRepeatingInvoicesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRepeatingInvoicesResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return AsyncRepeatingInvoicesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        where: str | None = None,
        order: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> RepeatingInvoices:
        """Retrieves repeating invoices

        Args:
            xero_tenant_id: Xero identifier for Tenant
            where: Filter by an any element
            order: Order by an any element

        `GET /RepeatingInvoices` (operation `getRepeatingInvoices`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id, where=where, order=order)
        return await self._core.send(call, request_options)

    async def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        repeating_invoices: builtins.list[RepeatingInvoice] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> RepeatingInvoices:
        """Creates one or more repeating invoice templates

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /RepeatingInvoices` (operation `createRepeatingInvoices`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            repeating_invoices=repeating_invoices,
        )
        return await self._core.send(call, request_options)

    async def update_or_create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        repeating_invoices: builtins.list[RepeatingInvoice] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> RepeatingInvoices:
        """Creates or deletes one or more repeating invoice templates

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /RepeatingInvoices` (operation `updateOrCreateRepeatingInvoices`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            repeating_invoices=repeating_invoices,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        repeating_invoice_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> RepeatingInvoices:
        """Retrieves a specific repeating invoice by using a unique repeating invoice Id

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            xero_tenant_id: Xero identifier for Tenant

        `GET /RepeatingInvoices/{RepeatingInvoiceID}` (operation `getRepeatingInvoice`).
        """
        call = _get_call(repeating_invoice_id=repeating_invoice_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def update(
        self,
        *,
        repeating_invoice_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        repeating_invoices: builtins.list[RepeatingInvoice] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> RepeatingInvoices:
        """Deletes a specific repeating invoice template

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /RepeatingInvoices/{RepeatingInvoiceID}` (operation `updateRepeatingInvoice`).
        """
        call = _update_call(
            repeating_invoice_id=repeating_invoice_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            repeating_invoices=repeating_invoices,
        )
        return await self._core.send(call, request_options)

    async def get_attachments(
        self,
        *,
        repeating_invoice_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments from a specific repeating invoice

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            xero_tenant_id: Xero identifier for Tenant

        `GET /RepeatingInvoices/{RepeatingInvoiceID}/Attachments` (operation `getRepeatingInvoiceAttachments`).
        """
        call = _get_attachments_call(
            repeating_invoice_id=repeating_invoice_id, xero_tenant_id=xero_tenant_id
        )
        return await self._core.send(call, request_options)

    async def get_attachment_by_id(
        self,
        *,
        repeating_invoice_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific repeating invoice

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /RepeatingInvoices/{RepeatingInvoiceID}/Attachments/{AttachmentID}` (operation `getRepeatingInvoiceAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            repeating_invoice_id=repeating_invoice_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def get_attachment_by_file_name(
        self,
        *,
        repeating_invoice_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific repeating invoices by file name

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /RepeatingInvoices/{RepeatingInvoiceID}/Attachments/{FileName}` (operation `getRepeatingInvoiceAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            repeating_invoice_id=repeating_invoice_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def create_attachment_by_file_name(
        self,
        *,
        repeating_invoice_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates an attachment from a specific repeating invoices by file name

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /RepeatingInvoices/{RepeatingInvoiceID}/Attachments/{FileName}` (operation `createRepeatingInvoiceAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            repeating_invoice_id=repeating_invoice_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def update_attachment_by_file_name(
        self,
        *,
        repeating_invoice_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates a specific attachment from a specific repeating invoices by file name

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /RepeatingInvoices/{RepeatingInvoiceID}/Attachments/{FileName}` (operation `updateRepeatingInvoiceAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            repeating_invoice_id=repeating_invoice_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def get_history(
        self,
        *,
        repeating_invoice_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history record for a specific repeating invoice

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            xero_tenant_id: Xero identifier for Tenant

        `GET /RepeatingInvoices/{RepeatingInvoiceID}/History` (operation `getRepeatingInvoiceHistory`).
        """
        call = _get_history_call(
            repeating_invoice_id=repeating_invoice_id, xero_tenant_id=xero_tenant_id
        )
        return await self._core.send(call, request_options)

    async def create_history(
        self,
        *,
        repeating_invoice_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a  history record for a specific repeating invoice

        Args:
            repeating_invoice_id: Unique identifier for a Repeating Invoice
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /RepeatingInvoices/{RepeatingInvoiceID}/History` (operation `createRepeatingInvoiceHistory`).
        """
        call = _create_history_call(
            repeating_invoice_id=repeating_invoice_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return await self._core.send(call, request_options)


class AsyncRepeatingInvoicesResourceWithRawResponse:
    """The operations of `AsyncRepeatingInvoicesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncRepeatingInvoicesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update_or_create = async_to_raw_response_wrapper(resource.update_or_create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.get_attachments = async_to_raw_response_wrapper(resource.get_attachments)
        self.get_attachment_by_id = async_to_raw_response_wrapper(resource.get_attachment_by_id)
        self.get_attachment_by_file_name = async_to_raw_response_wrapper(
            resource.get_attachment_by_file_name
        )
        self.create_attachment_by_file_name = async_to_raw_response_wrapper(
            resource.create_attachment_by_file_name
        )
        self.update_attachment_by_file_name = async_to_raw_response_wrapper(
            resource.update_attachment_by_file_name
        )
        self.get_history = async_to_raw_response_wrapper(resource.get_history)
        self.create_history = async_to_raw_response_wrapper(resource.create_history)


class AsyncRepeatingInvoicesResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in an `async with` block and read the body in chunks (`async for chunk in
    response.iter_bytes()`); the connection is released when the block ends.
    """

    def __init__(self, resource: AsyncRepeatingInvoicesResource) -> None:
        self.get_attachment_by_id = async_to_streamed_response_wrapper(
            resource.get_attachment_by_id
        )
        self.get_attachment_by_file_name = async_to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )
