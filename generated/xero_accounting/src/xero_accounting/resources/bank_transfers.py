"""The `bank_transfers` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

import builtins
from datetime import datetime
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
from ..models._bank_transfers import (
    BankTransfer,
    BankTransferDelete,
    BankTransferDeleteByUrlParam,
    BankTransfers,
    BankTransfersDelete,
)
from ..models._shared import Attachments, Error, HistoryRecord, HistoryRecords

__all__ = [
    "AsyncBankTransfersResource",
    "AsyncBankTransfersResourceWithRawResponse",
    "AsyncBankTransfersResourceWithStreamingResponse",
    "BankTransfersResource",
    "BankTransfersResourceWithRawResponse",
    "BankTransfersResourceWithStreamingResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    if_modified_since: datetime | None = None,
    where: str | None = None,
    order: str | None = None,
    include_deleted: bool | None = None,
) -> Call[BankTransfers]:
    return Call[BankTransfers](
        method="GET",
        path="/BankTransfers",
        operation_id="getBankTransfers",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
            Param("includeDeleted", include_deleted, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("If-Modified-Since", if_modified_since, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(BankTransfers, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    bank_transfers: builtins.list[BankTransfer] | NotGiven = NOT_GIVEN,
) -> Call[BankTransfers]:
    data = given({"BankTransfers": bank_transfers})
    return Call[BankTransfers](
        method="PUT",
        path="/BankTransfers",
        operation_id="createBankTransfer",
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=BankTransfers.model_validate(data),
        responses={"200": ResponseSpec(BankTransfers, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _delete_bank_transfers_call(
    *,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    idempotency_key: str | None = None,
    bank_transfers: builtins.list[BankTransferDelete] | NotGiven = NOT_GIVEN,
) -> Call[BankTransfers]:
    data = given({"BankTransfers": bank_transfers})
    return Call[BankTransfers](
        method="POST",
        path="/BankTransfers",
        operation_id="deleteBankTransfers",
        query=[Param("summarizeErrors", summarize_errors, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=BankTransfersDelete.model_validate(data),
        responses={"200": ResponseSpec(BankTransfers, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_call(
    *,
    bank_transfer_id: UUID | str,
    xero_tenant_id: str,
) -> Call[BankTransfers]:
    return Call[BankTransfers](
        method="GET",
        path="/BankTransfers/{BankTransferID}",
        operation_id="getBankTransfer",
        path_params={"BankTransferID": bank_transfer_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(BankTransfers, "json")},
        security=[["OAuth2"]],
    )


def _delete_bank_transfer_call(
    *,
    bank_transfer_id: UUID | str,
    xero_tenant_id: str,
    status: str,
    idempotency_key: str | None = None,
) -> Call[BankTransfers]:
    data = given({"Status": status})
    return Call[BankTransfers](
        method="POST",
        path="/BankTransfers/{BankTransferID}",
        operation_id="deleteBankTransfer",
        path_params={"BankTransferID": bank_transfer_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=BankTransferDeleteByUrlParam.model_validate(data),
        responses={"200": ResponseSpec(BankTransfers, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_attachments_call(
    *,
    bank_transfer_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Attachments]:
    return Call[Attachments](
        method="GET",
        path="/BankTransfers/{BankTransferID}/Attachments",
        operation_id="getBankTransferAttachments",
        path_params={"BankTransferID": bank_transfer_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Attachments, "json")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_id_call(
    *,
    bank_transfer_id: UUID | str,
    attachment_id: UUID | str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/BankTransfers/{BankTransferID}/Attachments/{AttachmentID}",
        operation_id="getBankTransferAttachmentById",
        path_params={"BankTransferID": bank_transfer_id, "AttachmentID": attachment_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_file_name_call(
    *,
    bank_transfer_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/BankTransfers/{BankTransferID}/Attachments/{FileName}",
        operation_id="getBankTransferAttachmentByFileName",
        path_params={"BankTransferID": bank_transfer_id, "FileName": file_name},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _create_attachment_by_file_name_call(
    *,
    bank_transfer_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="PUT",
        path="/BankTransfers/{BankTransferID}/Attachments/{FileName}",
        operation_id="createBankTransferAttachmentByFileName",
        path_params={"BankTransferID": bank_transfer_id, "FileName": file_name},
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
    bank_transfer_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="POST",
        path="/BankTransfers/{BankTransferID}/Attachments/{FileName}",
        operation_id="updateBankTransferAttachmentByFileName",
        path_params={"BankTransferID": bank_transfer_id, "FileName": file_name},
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
    bank_transfer_id: UUID | str,
    xero_tenant_id: str,
) -> Call[HistoryRecords]:
    return Call[HistoryRecords](
        method="GET",
        path="/BankTransfers/{BankTransferID}/History",
        operation_id="getBankTransferHistory",
        path_params={"BankTransferID": bank_transfer_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
    )


def _create_history_record_call(
    *,
    bank_transfer_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
) -> Call[HistoryRecords]:
    data = given({"HistoryRecords": history_records})
    return Call[HistoryRecords](
        method="PUT",
        path="/BankTransfers/{BankTransferID}/History",
        operation_id="createBankTransferHistoryRecord",
        path_params={"BankTransferID": bank_transfer_id},
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


class BankTransfersResource:
    """Operations on bank transfers."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> BankTransfersResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return BankTransfersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BankTransfersResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return BankTransfersResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        include_deleted: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> BankTransfers:
        """Retrieves all bank transfers

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            include_deleted: e.g. includeDeleted=true - Bank transfers with a status of DELETED will be included in the response

        `GET /BankTransfers` (operation `getBankTransfers`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            include_deleted=include_deleted,
        )
        return self._core.send(call, request_options)

    def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        bank_transfers: builtins.list[BankTransfer] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> BankTransfers:
        """Creates a bank transfer

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /BankTransfers` (operation `createBankTransfer`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            bank_transfers=bank_transfers,
        )
        return self._core.send(call, request_options)

    def delete_bank_transfers(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        bank_transfers: builtins.list[BankTransferDelete] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> BankTransfers:
        """Deletes one or more bank transfers

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BankTransfers` (operation `deleteBankTransfers`).
        """
        call = _delete_bank_transfers_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            bank_transfers=bank_transfers,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        bank_transfer_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> BankTransfers:
        """Retrieves specific bank transfers by using a unique bank transfer Id

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            xero_tenant_id: Xero identifier for Tenant

        `GET /BankTransfers/{BankTransferID}` (operation `getBankTransfer`).
        """
        call = _get_call(bank_transfer_id=bank_transfer_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def delete_bank_transfer(
        self,
        *,
        bank_transfer_id: UUID | str,
        xero_tenant_id: str,
        status: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BankTransfers:
        """Deletes a specific bank transfer

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            xero_tenant_id: Xero identifier for Tenant
            status: The status of the bank transfer.
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BankTransfers/{BankTransferID}` (operation `deleteBankTransfer`).
        """
        call = _delete_bank_transfer_call(
            bank_transfer_id=bank_transfer_id,
            xero_tenant_id=xero_tenant_id,
            status=status,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def get_attachments(
        self,
        *,
        bank_transfer_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments from a specific bank transfer

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            xero_tenant_id: Xero identifier for Tenant

        `GET /BankTransfers/{BankTransferID}/Attachments` (operation `getBankTransferAttachments`).
        """
        call = _get_attachments_call(
            bank_transfer_id=bank_transfer_id, xero_tenant_id=xero_tenant_id
        )
        return self._core.send(call, request_options)

    def get_attachment_by_id(
        self,
        *,
        bank_transfer_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific bank transfer using a unique attachment ID

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /BankTransfers/{BankTransferID}/Attachments/{AttachmentID}` (operation `getBankTransferAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            bank_transfer_id=bank_transfer_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def get_attachment_by_file_name(
        self,
        *,
        bank_transfer_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment on a specific bank transfer by file name

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /BankTransfers/{BankTransferID}/Attachments/{FileName}` (operation `getBankTransferAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            bank_transfer_id=bank_transfer_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def create_attachment_by_file_name(
        self,
        *,
        bank_transfer_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """PUT /BankTransfers/{BankTransferID}/Attachments/{FileName}

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /BankTransfers/{BankTransferID}/Attachments/{FileName}` (operation `createBankTransferAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            bank_transfer_id=bank_transfer_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def update_attachment_by_file_name(
        self,
        *,
        bank_transfer_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """POST /BankTransfers/{BankTransferID}/Attachments/{FileName}

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BankTransfers/{BankTransferID}/Attachments/{FileName}` (operation `updateBankTransferAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            bank_transfer_id=bank_transfer_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def get_history(
        self,
        *,
        bank_transfer_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history from a specific bank transfer using a unique bank transfer Id

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            xero_tenant_id: Xero identifier for Tenant

        `GET /BankTransfers/{BankTransferID}/History` (operation `getBankTransferHistory`).
        """
        call = _get_history_call(bank_transfer_id=bank_transfer_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def create_history_record(
        self,
        *,
        bank_transfer_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific bank transfer

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /BankTransfers/{BankTransferID}/History` (operation `createBankTransferHistoryRecord`).
        """
        call = _create_history_record_call(
            bank_transfer_id=bank_transfer_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return self._core.send(call, request_options)


class BankTransfersResourceWithRawResponse:
    """The operations of `BankTransfersResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: BankTransfersResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete_bank_transfers = to_raw_response_wrapper(resource.delete_bank_transfers)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete_bank_transfer = to_raw_response_wrapper(resource.delete_bank_transfer)
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
        self.create_history_record = to_raw_response_wrapper(resource.create_history_record)


class BankTransfersResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in a `with` block and read the body in chunks (`iter_bytes()`), so that a large
    download never has to fit in memory; the connection is released when the block ends.
    """

    def __init__(self, resource: BankTransfersResource) -> None:
        self.get_attachment_by_id = to_streamed_response_wrapper(resource.get_attachment_by_id)
        self.get_attachment_by_file_name = to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )


class AsyncBankTransfersResource:
    """Operations on bank transfers."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncBankTransfersResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncBankTransfersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBankTransfersResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return AsyncBankTransfersResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        include_deleted: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> BankTransfers:
        """Retrieves all bank transfers

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            include_deleted: e.g. includeDeleted=true - Bank transfers with a status of DELETED will be included in the response

        `GET /BankTransfers` (operation `getBankTransfers`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            include_deleted=include_deleted,
        )
        return await self._core.send(call, request_options)

    async def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        bank_transfers: builtins.list[BankTransfer] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> BankTransfers:
        """Creates a bank transfer

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /BankTransfers` (operation `createBankTransfer`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            bank_transfers=bank_transfers,
        )
        return await self._core.send(call, request_options)

    async def delete_bank_transfers(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        bank_transfers: builtins.list[BankTransferDelete] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> BankTransfers:
        """Deletes one or more bank transfers

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BankTransfers` (operation `deleteBankTransfers`).
        """
        call = _delete_bank_transfers_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            bank_transfers=bank_transfers,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        bank_transfer_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> BankTransfers:
        """Retrieves specific bank transfers by using a unique bank transfer Id

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            xero_tenant_id: Xero identifier for Tenant

        `GET /BankTransfers/{BankTransferID}` (operation `getBankTransfer`).
        """
        call = _get_call(bank_transfer_id=bank_transfer_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def delete_bank_transfer(
        self,
        *,
        bank_transfer_id: UUID | str,
        xero_tenant_id: str,
        status: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BankTransfers:
        """Deletes a specific bank transfer

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            xero_tenant_id: Xero identifier for Tenant
            status: The status of the bank transfer.
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BankTransfers/{BankTransferID}` (operation `deleteBankTransfer`).
        """
        call = _delete_bank_transfer_call(
            bank_transfer_id=bank_transfer_id,
            xero_tenant_id=xero_tenant_id,
            status=status,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def get_attachments(
        self,
        *,
        bank_transfer_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments from a specific bank transfer

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            xero_tenant_id: Xero identifier for Tenant

        `GET /BankTransfers/{BankTransferID}/Attachments` (operation `getBankTransferAttachments`).
        """
        call = _get_attachments_call(
            bank_transfer_id=bank_transfer_id, xero_tenant_id=xero_tenant_id
        )
        return await self._core.send(call, request_options)

    async def get_attachment_by_id(
        self,
        *,
        bank_transfer_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific bank transfer using a unique attachment ID

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /BankTransfers/{BankTransferID}/Attachments/{AttachmentID}` (operation `getBankTransferAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            bank_transfer_id=bank_transfer_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def get_attachment_by_file_name(
        self,
        *,
        bank_transfer_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment on a specific bank transfer by file name

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /BankTransfers/{BankTransferID}/Attachments/{FileName}` (operation `getBankTransferAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            bank_transfer_id=bank_transfer_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def create_attachment_by_file_name(
        self,
        *,
        bank_transfer_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """PUT /BankTransfers/{BankTransferID}/Attachments/{FileName}

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /BankTransfers/{BankTransferID}/Attachments/{FileName}` (operation `createBankTransferAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            bank_transfer_id=bank_transfer_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def update_attachment_by_file_name(
        self,
        *,
        bank_transfer_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """POST /BankTransfers/{BankTransferID}/Attachments/{FileName}

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BankTransfers/{BankTransferID}/Attachments/{FileName}` (operation `updateBankTransferAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            bank_transfer_id=bank_transfer_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def get_history(
        self,
        *,
        bank_transfer_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history from a specific bank transfer using a unique bank transfer Id

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            xero_tenant_id: Xero identifier for Tenant

        `GET /BankTransfers/{BankTransferID}/History` (operation `getBankTransferHistory`).
        """
        call = _get_history_call(bank_transfer_id=bank_transfer_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def create_history_record(
        self,
        *,
        bank_transfer_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific bank transfer

        Args:
            bank_transfer_id: Xero generated unique identifier for a bank transfer
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /BankTransfers/{BankTransferID}/History` (operation `createBankTransferHistoryRecord`).
        """
        call = _create_history_record_call(
            bank_transfer_id=bank_transfer_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return await self._core.send(call, request_options)


class AsyncBankTransfersResourceWithRawResponse:
    """The operations of `AsyncBankTransfersResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncBankTransfersResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete_bank_transfers = async_to_raw_response_wrapper(resource.delete_bank_transfers)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete_bank_transfer = async_to_raw_response_wrapper(resource.delete_bank_transfer)
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
        self.create_history_record = async_to_raw_response_wrapper(resource.create_history_record)


class AsyncBankTransfersResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in an `async with` block and read the body in chunks (`async for chunk in
    response.iter_bytes()`); the connection is released when the block ends.
    """

    def __init__(self, resource: AsyncBankTransfersResource) -> None:
        self.get_attachment_by_id = async_to_streamed_response_wrapper(
            resource.get_attachment_by_id
        )
        self.get_attachment_by_file_name = async_to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )
