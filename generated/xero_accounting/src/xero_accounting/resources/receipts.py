"""The `receipts` operations. Generated from the OpenAPI document; do not edit."""

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
from ..models._receipts import Receipts
from ..models._shared import Attachments, Error, HistoryRecord, HistoryRecords, Receipt

__all__ = [
    "AsyncReceiptsResource",
    "AsyncReceiptsResourceWithRawResponse",
    "AsyncReceiptsResourceWithStreamingResponse",
    "ReceiptsResource",
    "ReceiptsResourceWithRawResponse",
    "ReceiptsResourceWithStreamingResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    if_modified_since: datetime | None = None,
    where: str | None = None,
    order: str | None = None,
    unitdp: int | None = None,
) -> Call[Receipts]:
    return Call[Receipts](
        method="GET",
        path="/Receipts",
        operation_id="getReceipts",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
            Param("unitdp", unitdp, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("If-Modified-Since", if_modified_since, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(Receipts, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    unitdp: int | None = None,
    idempotency_key: str | None = None,
    receipts: builtins.list[Receipt] | NotGiven = NOT_GIVEN,
) -> Call[Receipts]:
    data = given({"Receipts": receipts})
    return Call[Receipts](
        method="PUT",
        path="/Receipts",
        operation_id="createReceipt",
        query=[Param("unitdp", unitdp, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Receipts.model_validate(data),
        responses={"200": ResponseSpec(Receipts, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_call(
    *,
    receipt_id: UUID | str,
    xero_tenant_id: str,
    unitdp: int | None = None,
) -> Call[Receipts]:
    return Call[Receipts](
        method="GET",
        path="/Receipts/{ReceiptID}",
        operation_id="getReceipt",
        path_params={"ReceiptID": receipt_id},
        query=[Param("unitdp", unitdp, style="form", explode=True)],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Receipts, "json")},
        security=[["OAuth2"]],
    )


def _update_call(
    *,
    receipt_id: UUID | str,
    xero_tenant_id: str,
    unitdp: int | None = None,
    idempotency_key: str | None = None,
    receipts: builtins.list[Receipt] | NotGiven = NOT_GIVEN,
) -> Call[Receipts]:
    data = given({"Receipts": receipts})
    return Call[Receipts](
        method="POST",
        path="/Receipts/{ReceiptID}",
        operation_id="updateReceipt",
        path_params={"ReceiptID": receipt_id},
        query=[Param("unitdp", unitdp, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Receipts.model_validate(data),
        responses={"200": ResponseSpec(Receipts, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_attachments_call(
    *,
    receipt_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Attachments]:
    return Call[Attachments](
        method="GET",
        path="/Receipts/{ReceiptID}/Attachments",
        operation_id="getReceiptAttachments",
        path_params={"ReceiptID": receipt_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Attachments, "json")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_id_call(
    *,
    receipt_id: UUID | str,
    attachment_id: UUID | str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/Receipts/{ReceiptID}/Attachments/{AttachmentID}",
        operation_id="getReceiptAttachmentById",
        path_params={"ReceiptID": receipt_id, "AttachmentID": attachment_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_file_name_call(
    *,
    receipt_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/Receipts/{ReceiptID}/Attachments/{FileName}",
        operation_id="getReceiptAttachmentByFileName",
        path_params={"ReceiptID": receipt_id, "FileName": file_name},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _create_attachment_by_file_name_call(
    *,
    receipt_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="PUT",
        path="/Receipts/{ReceiptID}/Attachments/{FileName}",
        operation_id="createReceiptAttachmentByFileName",
        path_params={"ReceiptID": receipt_id, "FileName": file_name},
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
    receipt_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="POST",
        path="/Receipts/{ReceiptID}/Attachments/{FileName}",
        operation_id="updateReceiptAttachmentByFileName",
        path_params={"ReceiptID": receipt_id, "FileName": file_name},
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
    receipt_id: UUID | str,
    xero_tenant_id: str,
) -> Call[HistoryRecords]:
    return Call[HistoryRecords](
        method="GET",
        path="/Receipts/{ReceiptID}/History",
        operation_id="getReceiptHistory",
        path_params={"ReceiptID": receipt_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
    )


def _create_history_call(
    *,
    receipt_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
) -> Call[HistoryRecords]:
    data = given({"HistoryRecords": history_records})
    return Call[HistoryRecords](
        method="PUT",
        path="/Receipts/{ReceiptID}/History",
        operation_id="createReceiptHistory",
        path_params={"ReceiptID": receipt_id},
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


class ReceiptsResource:
    """Operations on receipts."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ReceiptsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return ReceiptsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ReceiptsResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return ReceiptsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        unitdp: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Receipts:
        """Retrieves draft expense claim receipts for any user

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts

        `GET /Receipts` (operation `getReceipts`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            unitdp=unitdp,
        )
        return self._core.send(call, request_options)

    def create(
        self,
        *,
        xero_tenant_id: str,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        receipts: builtins.list[Receipt] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Receipts:
        """Creates draft expense claim receipts for any user

        Args:
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Receipts` (operation `createReceipt`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            receipts=receipts,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        receipt_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Receipts:
        """Retrieves a specific draft expense claim receipt by using a unique receipt Id

        Args:
            receipt_id: Unique identifier for a Receipt
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts

        `GET /Receipts/{ReceiptID}` (operation `getReceipt`).
        """
        call = _get_call(receipt_id=receipt_id, xero_tenant_id=xero_tenant_id, unitdp=unitdp)
        return self._core.send(call, request_options)

    def update(
        self,
        *,
        receipt_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        receipts: builtins.list[Receipt] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Receipts:
        """Updates a specific draft expense claim receipts

        Args:
            receipt_id: Unique identifier for a Receipt
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Receipts/{ReceiptID}` (operation `updateReceipt`).
        """
        call = _update_call(
            receipt_id=receipt_id,
            xero_tenant_id=xero_tenant_id,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            receipts=receipts,
        )
        return self._core.send(call, request_options)

    def get_attachments(
        self,
        *,
        receipt_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments for a specific expense claim receipt

        Args:
            receipt_id: Unique identifier for a Receipt
            xero_tenant_id: Xero identifier for Tenant

        `GET /Receipts/{ReceiptID}/Attachments` (operation `getReceiptAttachments`).
        """
        call = _get_attachments_call(receipt_id=receipt_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_attachment_by_id(
        self,
        *,
        receipt_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachments from a specific expense claim receipts by using a unique attachment Id

        Args:
            receipt_id: Unique identifier for a Receipt
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Receipts/{ReceiptID}/Attachments/{AttachmentID}` (operation `getReceiptAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            receipt_id=receipt_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def get_attachment_by_file_name(
        self,
        *,
        receipt_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific expense claim receipts by file name

        Args:
            receipt_id: Unique identifier for a Receipt
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Receipts/{ReceiptID}/Attachments/{FileName}` (operation `getReceiptAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            receipt_id=receipt_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def create_attachment_by_file_name(
        self,
        *,
        receipt_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates an attachment on a specific expense claim receipts by file name

        Args:
            receipt_id: Unique identifier for a Receipt
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Receipts/{ReceiptID}/Attachments/{FileName}` (operation `createReceiptAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            receipt_id=receipt_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def update_attachment_by_file_name(
        self,
        *,
        receipt_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates a specific attachment on a specific expense claim receipts by file name

        Args:
            receipt_id: Unique identifier for a Receipt
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Receipts/{ReceiptID}/Attachments/{FileName}` (operation `updateReceiptAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            receipt_id=receipt_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def get_history(
        self,
        *,
        receipt_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves a history record for a specific receipt

        Args:
            receipt_id: Unique identifier for a Receipt
            xero_tenant_id: Xero identifier for Tenant

        `GET /Receipts/{ReceiptID}/History` (operation `getReceiptHistory`).
        """
        call = _get_history_call(receipt_id=receipt_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def create_history(
        self,
        *,
        receipt_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific receipt

        Args:
            receipt_id: Unique identifier for a Receipt
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Receipts/{ReceiptID}/History` (operation `createReceiptHistory`).
        """
        call = _create_history_call(
            receipt_id=receipt_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return self._core.send(call, request_options)


class ReceiptsResourceWithRawResponse:
    """The operations of `ReceiptsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: ReceiptsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
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


class ReceiptsResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in a `with` block and read the body in chunks (`iter_bytes()`), so that a large
    download never has to fit in memory; the connection is released when the block ends.
    """

    def __init__(self, resource: ReceiptsResource) -> None:
        self.get_attachment_by_id = to_streamed_response_wrapper(resource.get_attachment_by_id)
        self.get_attachment_by_file_name = to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )


class AsyncReceiptsResource:
    """Operations on receipts."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncReceiptsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncReceiptsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncReceiptsResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return AsyncReceiptsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        unitdp: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Receipts:
        """Retrieves draft expense claim receipts for any user

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts

        `GET /Receipts` (operation `getReceipts`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            unitdp=unitdp,
        )
        return await self._core.send(call, request_options)

    async def create(
        self,
        *,
        xero_tenant_id: str,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        receipts: builtins.list[Receipt] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Receipts:
        """Creates draft expense claim receipts for any user

        Args:
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Receipts` (operation `createReceipt`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            receipts=receipts,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        receipt_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Receipts:
        """Retrieves a specific draft expense claim receipt by using a unique receipt Id

        Args:
            receipt_id: Unique identifier for a Receipt
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts

        `GET /Receipts/{ReceiptID}` (operation `getReceipt`).
        """
        call = _get_call(receipt_id=receipt_id, xero_tenant_id=xero_tenant_id, unitdp=unitdp)
        return await self._core.send(call, request_options)

    async def update(
        self,
        *,
        receipt_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        receipts: builtins.list[Receipt] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Receipts:
        """Updates a specific draft expense claim receipts

        Args:
            receipt_id: Unique identifier for a Receipt
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Receipts/{ReceiptID}` (operation `updateReceipt`).
        """
        call = _update_call(
            receipt_id=receipt_id,
            xero_tenant_id=xero_tenant_id,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            receipts=receipts,
        )
        return await self._core.send(call, request_options)

    async def get_attachments(
        self,
        *,
        receipt_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments for a specific expense claim receipt

        Args:
            receipt_id: Unique identifier for a Receipt
            xero_tenant_id: Xero identifier for Tenant

        `GET /Receipts/{ReceiptID}/Attachments` (operation `getReceiptAttachments`).
        """
        call = _get_attachments_call(receipt_id=receipt_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_attachment_by_id(
        self,
        *,
        receipt_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachments from a specific expense claim receipts by using a unique attachment Id

        Args:
            receipt_id: Unique identifier for a Receipt
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Receipts/{ReceiptID}/Attachments/{AttachmentID}` (operation `getReceiptAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            receipt_id=receipt_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def get_attachment_by_file_name(
        self,
        *,
        receipt_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific expense claim receipts by file name

        Args:
            receipt_id: Unique identifier for a Receipt
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Receipts/{ReceiptID}/Attachments/{FileName}` (operation `getReceiptAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            receipt_id=receipt_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def create_attachment_by_file_name(
        self,
        *,
        receipt_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates an attachment on a specific expense claim receipts by file name

        Args:
            receipt_id: Unique identifier for a Receipt
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Receipts/{ReceiptID}/Attachments/{FileName}` (operation `createReceiptAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            receipt_id=receipt_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def update_attachment_by_file_name(
        self,
        *,
        receipt_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates a specific attachment on a specific expense claim receipts by file name

        Args:
            receipt_id: Unique identifier for a Receipt
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Receipts/{ReceiptID}/Attachments/{FileName}` (operation `updateReceiptAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            receipt_id=receipt_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def get_history(
        self,
        *,
        receipt_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves a history record for a specific receipt

        Args:
            receipt_id: Unique identifier for a Receipt
            xero_tenant_id: Xero identifier for Tenant

        `GET /Receipts/{ReceiptID}/History` (operation `getReceiptHistory`).
        """
        call = _get_history_call(receipt_id=receipt_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def create_history(
        self,
        *,
        receipt_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific receipt

        Args:
            receipt_id: Unique identifier for a Receipt
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Receipts/{ReceiptID}/History` (operation `createReceiptHistory`).
        """
        call = _create_history_call(
            receipt_id=receipt_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return await self._core.send(call, request_options)


class AsyncReceiptsResourceWithRawResponse:
    """The operations of `AsyncReceiptsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncReceiptsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
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


class AsyncReceiptsResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in an `async with` block and read the body in chunks (`async for chunk in
    response.iter_bytes()`); the connection is released when the block ends.
    """

    def __init__(self, resource: AsyncReceiptsResource) -> None:
        self.get_attachment_by_id = async_to_streamed_response_wrapper(
            resource.get_attachment_by_id
        )
        self.get_attachment_by_file_name = async_to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )
