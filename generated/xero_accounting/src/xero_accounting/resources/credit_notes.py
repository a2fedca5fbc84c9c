"""The `credit_notes` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from functools import cached_property
from typing import IO, Any
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
from .._runtime import pagination as _paging
from .._runtime.given import NOT_GIVEN, NotGiven, given
from ..models._credit_notes import CreditNotes
from ..models._shared import (
    Allocation,
    Allocations,
    Attachments,
    CreditNote,
    Error,
    HistoryRecord,
    HistoryRecords,
    Pagination,
    ValidationError,
)

__all__ = [
    "AsyncCreditNotesResource",
    "AsyncCreditNotesResourceWithRawResponse",
    "AsyncCreditNotesResourceWithStreamingResponse",
    "CreditNotesResource",
    "CreditNotesResourceWithRawResponse",
    "CreditNotesResourceWithStreamingResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    if_modified_since: datetime | None = None,
    where: str | None = None,
    order: str | None = None,
    page: int | None = None,
    unitdp: int | None = None,
    page_size: int | None = None,
) -> Call[CreditNotes]:
    return Call[CreditNotes](
        method="GET",
        path="/CreditNotes",
        operation_id="getCreditNotes",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
            Param("page", page, style="form", explode=True),
            Param("unitdp", unitdp, style="form", explode=True),
            Param("pageSize", page_size, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("If-Modified-Since", if_modified_since, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(CreditNotes, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    unitdp: int | None = None,
    idempotency_key: str | None = None,
    pagination: Pagination | NotGiven = NOT_GIVEN,
    warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
    credit_notes: builtins.list[CreditNote] | NotGiven = NOT_GIVEN,
) -> Call[CreditNotes]:
    data = given({"pagination": pagination, "Warnings": warnings, "CreditNotes": credit_notes})
    return Call[CreditNotes](
        method="PUT",
        path="/CreditNotes",
        operation_id="createCreditNotes",
        query=[
            Param("summarizeErrors", summarize_errors, style="form", explode=True),
            Param("unitdp", unitdp, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=CreditNotes.model_validate(data),
        responses={"200": ResponseSpec(CreditNotes, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _update_or_create_call(
    *,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    unitdp: int | None = None,
    idempotency_key: str | None = None,
    pagination: Pagination | NotGiven = NOT_GIVEN,
    warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
    credit_notes: builtins.list[CreditNote] | NotGiven = NOT_GIVEN,
) -> Call[CreditNotes]:
    data = given({"pagination": pagination, "Warnings": warnings, "CreditNotes": credit_notes})
    return Call[CreditNotes](
        method="POST",
        path="/CreditNotes",
        operation_id="updateOrCreateCreditNotes",
        query=[
            Param("summarizeErrors", summarize_errors, style="form", explode=True),
            Param("unitdp", unitdp, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=CreditNotes.model_validate(data),
        responses={"200": ResponseSpec(CreditNotes, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_call(
    *,
    credit_note_id: UUID | str,
    xero_tenant_id: str,
    unitdp: int | None = None,
) -> Call[CreditNotes]:
    return Call[CreditNotes](
        method="GET",
        path="/CreditNotes/{CreditNoteID}",
        operation_id="getCreditNote",
        path_params={"CreditNoteID": credit_note_id},
        query=[Param("unitdp", unitdp, style="form", explode=True)],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(CreditNotes, "json")},
        security=[["OAuth2"]],
    )


def _update_call(
    *,
    credit_note_id: UUID | str,
    xero_tenant_id: str,
    unitdp: int | None = None,
    idempotency_key: str | None = None,
    pagination: Pagination | NotGiven = NOT_GIVEN,
    warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
    credit_notes: builtins.list[CreditNote] | NotGiven = NOT_GIVEN,
) -> Call[CreditNotes]:
    data = given({"pagination": pagination, "Warnings": warnings, "CreditNotes": credit_notes})
    return Call[CreditNotes](
        method="POST",
        path="/CreditNotes/{CreditNoteID}",
        operation_id="updateCreditNote",
        path_params={"CreditNoteID": credit_note_id},
        query=[Param("unitdp", unitdp, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=CreditNotes.model_validate(data),
        responses={"200": ResponseSpec(CreditNotes, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_attachments_call(
    *,
    credit_note_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Attachments]:
    return Call[Attachments](
        method="GET",
        path="/CreditNotes/{CreditNoteID}/Attachments",
        operation_id="getCreditNoteAttachments",
        path_params={"CreditNoteID": credit_note_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Attachments, "json")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_id_call(
    *,
    credit_note_id: UUID | str,
    attachment_id: UUID | str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/CreditNotes/{CreditNoteID}/Attachments/{AttachmentID}",
        operation_id="getCreditNoteAttachmentById",
        path_params={"CreditNoteID": credit_note_id, "AttachmentID": attachment_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_file_name_call(
    *,
    credit_note_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/CreditNotes/{CreditNoteID}/Attachments/{FileName}",
        operation_id="getCreditNoteAttachmentByFileName",
        path_params={"CreditNoteID": credit_note_id, "FileName": file_name},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _create_attachment_by_file_name_call(
    *,
    credit_note_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    include_online: bool | None = None,
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="PUT",
        path="/CreditNotes/{CreditNoteID}/Attachments/{FileName}",
        operation_id="createCreditNoteAttachmentByFileName",
        path_params={"CreditNoteID": credit_note_id, "FileName": file_name},
        query=[Param("IncludeOnline", include_online, style="form", explode=True)],
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
    credit_note_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="POST",
        path="/CreditNotes/{CreditNoteID}/Attachments/{FileName}",
        operation_id="updateCreditNoteAttachmentByFileName",
        path_params={"CreditNoteID": credit_note_id, "FileName": file_name},
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


def _get_as_pdf_call(
    *,
    credit_note_id: UUID | str,
    xero_tenant_id: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/CreditNotes/{CreditNoteID}/pdf",
        operation_id="getCreditNoteAsPdf",
        path_params={"CreditNoteID": credit_note_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(bytes, "binary", "application/pdf")},
        security=[["OAuth2"]],
    )


def _create_allocation_call(
    *,
    credit_note_id: UUID | str,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    idempotency_key: str | None = None,
    allocations: builtins.list[Allocation] | NotGiven = NOT_GIVEN,
) -> Call[Allocations]:
    data = given({"Allocations": allocations})
    return Call[Allocations](
        method="PUT",
        path="/CreditNotes/{CreditNoteID}/Allocations",
        operation_id="createCreditNoteAllocation",
        path_params={"CreditNoteID": credit_note_id},
        query=[Param("summarizeErrors", summarize_errors, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Allocations.model_validate(data),
        responses={"200": ResponseSpec(Allocations, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _delete_allocations_call(
    *,
    credit_note_id: UUID | str,
    allocation_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Allocation]:
    return Call[Allocation](
        method="DELETE",
        path="/CreditNotes/{CreditNoteID}/Allocations/{AllocationID}",
        operation_id="deleteCreditNoteAllocations",
        path_params={"CreditNoteID": credit_note_id, "AllocationID": allocation_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Allocation, "json")},
        security=[["OAuth2"]],
    )


def _get_history_call(
    *,
    credit_note_id: UUID | str,
    xero_tenant_id: str,
) -> Call[HistoryRecords]:
    return Call[HistoryRecords](
        method="GET",
        path="/CreditNotes/{CreditNoteID}/History",
        operation_id="getCreditNoteHistory",
        path_params={"CreditNoteID": credit_note_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
    )


def _create_history_call(
    *,
    credit_note_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
) -> Call[HistoryRecords]:
    data = given({"HistoryRecords": history_records})
    return Call[HistoryRecords](
        method="PUT",
        path="/CreditNotes/{CreditNoteID}/History",
        operation_id="createCreditNoteHistory",
        path_params={"CreditNoteID": credit_note_id},
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


class CreditNotesResource:
    """Operations on credit notes."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> CreditNotesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return CreditNotesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CreditNotesResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return CreditNotesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        page: int | None = None,
        unitdp: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditNotes:
        """Retrieves any credit notes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            page: e.g. page=1 – Up to 100 credit notes will be returned in a single API call with line items shown for each credit note
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            page_size: Number of records to retrieve per page

        `GET /CreditNotes` (operation `getCreditNotes`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            page=page,
            unitdp=unitdp,
            page_size=page_size,
        )
        return self._core.send(call, request_options)

    def iter_list_pages(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        page: int | None = None,
        unitdp: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[CreditNotes]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        def _fetch(_token: Any) -> CreditNotes:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                if_modified_since=if_modified_since,
                where=where,
                order=order,
                page=_token,
                unitdp=unitdp,
                page_size=page_size,
            )
            return self._core.send(call, request_options)

        return _paging.pages(
            _fetch,
            _paging.Paging(style="page", items="CreditNotes", page_size=page_size),
            first=page,
        )

    def iter_list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        page: int | None = None,
        unitdp: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[CreditNote]:
        """Every item of every page of `list` (the page's `CreditNotes`).

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        pages = self.iter_list_pages(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            page=page,
            unitdp=unitdp,
            page_size=page_size,
            request_options=request_options,
        )
        return _paging.page_items(pages, "CreditNotes")

    def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        credit_notes: builtins.list[CreditNote] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> CreditNotes:
        """Creates a new credit note

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /CreditNotes` (operation `createCreditNotes`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            credit_notes=credit_notes,
        )
        return self._core.send(call, request_options)

    def update_or_create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        credit_notes: builtins.list[CreditNote] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> CreditNotes:
        """Updates or creates one or more credit notes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /CreditNotes` (operation `updateOrCreateCreditNotes`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            credit_notes=credit_notes,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        credit_note_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditNotes:
        """Retrieves a specific credit note using a unique credit note Id

        Args:
            credit_note_id: Unique identifier for a Credit Note
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts

        `GET /CreditNotes/{CreditNoteID}` (operation `getCreditNote`).
        """
        call = _get_call(
            credit_note_id=credit_note_id, xero_tenant_id=xero_tenant_id, unitdp=unitdp
        )
        return self._core.send(call, request_options)

    def update(
        self,
        *,
        credit_note_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        credit_notes: builtins.list[CreditNote] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> CreditNotes:
        """Updates a specific credit note

        Args:
            credit_note_id: Unique identifier for a Credit Note
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /CreditNotes/{CreditNoteID}` (operation `updateCreditNote`).
        """
        call = _update_call(
            credit_note_id=credit_note_id,
            xero_tenant_id=xero_tenant_id,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            credit_notes=credit_notes,
        )
        return self._core.send(call, request_options)

    def get_attachments(
        self,
        *,
        credit_note_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments for a specific credit notes

        Args:
            credit_note_id: Unique identifier for a Credit Note
            xero_tenant_id: Xero identifier for Tenant

        `GET /CreditNotes/{CreditNoteID}/Attachments` (operation `getCreditNoteAttachments`).
        """
        call = _get_attachments_call(credit_note_id=credit_note_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_attachment_by_id(
        self,
        *,
        credit_note_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific credit note using a unique attachment Id

        Args:
            credit_note_id: Unique identifier for a Credit Note
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /CreditNotes/{CreditNoteID}/Attachments/{AttachmentID}` (operation `getCreditNoteAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            credit_note_id=credit_note_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def get_attachment_by_file_name(
        self,
        *,
        credit_note_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment on a specific credit note by file name

        Args:
            credit_note_id: Unique identifier for a Credit Note
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /CreditNotes/{CreditNoteID}/Attachments/{FileName}` (operation `getCreditNoteAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            credit_note_id=credit_note_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def create_attachment_by_file_name(
        self,
        *,
        credit_note_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        include_online: bool | None = None,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates an attachment for a specific credit note

        Args:
            credit_note_id: Unique identifier for a Credit Note
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            include_online: Allows an attachment to be seen by the end customer within their online invoice
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /CreditNotes/{CreditNoteID}/Attachments/{FileName}` (operation `createCreditNoteAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            credit_note_id=credit_note_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            include_online=include_online,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def update_attachment_by_file_name(
        self,
        *,
        credit_note_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates attachments on a specific credit note by file name

        Args:
            credit_note_id: Unique identifier for a Credit Note
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /CreditNotes/{CreditNoteID}/Attachments/{FileName}` (operation `updateCreditNoteAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            credit_note_id=credit_note_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def get_as_pdf(
        self,
        *,
        credit_note_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves credit notes as PDF files

        Args:
            credit_note_id: Unique identifier for a Credit Note
            xero_tenant_id: Xero identifier for Tenant

        `GET /CreditNotes/{CreditNoteID}/pdf` (operation `getCreditNoteAsPdf`).
        """
        call = _get_as_pdf_call(credit_note_id=credit_note_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def create_allocation(
        self,
        *,
        credit_note_id: UUID | str,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        allocations: builtins.list[Allocation] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Allocations:
        """Creates allocation for a specific credit note

        Args:
            credit_note_id: Unique identifier for a Credit Note
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /CreditNotes/{CreditNoteID}/Allocations` (operation `createCreditNoteAllocation`).
        """
        call = _create_allocation_call(
            credit_note_id=credit_note_id,
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            allocations=allocations,
        )
        return self._core.send(call, request_options)

    def delete_allocations(
        self,
        *,
        credit_note_id: UUID | str,
        allocation_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Allocation:
        """Deletes an Allocation from a Credit Note

        Args:
            credit_note_id: Unique identifier for a Credit Note
            allocation_id: Unique identifier for Allocation object
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /CreditNotes/{CreditNoteID}/Allocations/{AllocationID}` (operation `deleteCreditNoteAllocations`).
        """
        call = _delete_allocations_call(
            credit_note_id=credit_note_id,
            allocation_id=allocation_id,
            xero_tenant_id=xero_tenant_id,
        )
        return self._core.send(call, request_options)

    def get_history(
        self,
        *,
        credit_note_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history records of a specific credit note

        Args:
            credit_note_id: Unique identifier for a Credit Note
            xero_tenant_id: Xero identifier for Tenant

        `GET /CreditNotes/{CreditNoteID}/History` (operation `getCreditNoteHistory`).
        """
        call = _get_history_call(credit_note_id=credit_note_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def create_history(
        self,
        *,
        credit_note_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history records of a specific credit note

        Args:
            credit_note_id: Unique identifier for a Credit Note
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /CreditNotes/{CreditNoteID}/History` (operation `createCreditNoteHistory`).
        """
        call = _create_history_call(
            credit_note_id=credit_note_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return self._core.send(call, request_options)


class CreditNotesResourceWithRawResponse:
    """The operations of `CreditNotesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: CreditNotesResource) -> None:
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
        self.get_as_pdf = to_raw_response_wrapper(resource.get_as_pdf)
        self.create_allocation = to_raw_response_wrapper(resource.create_allocation)
        self.delete_allocations = to_raw_response_wrapper(resource.delete_allocations)
        self.get_history = to_raw_response_wrapper(resource.get_history)
        self.create_history = to_raw_response_wrapper(resource.create_history)


class CreditNotesResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in a `with` block and read the body in chunks (`iter_bytes()`), so that a large
    download never has to fit in memory; the connection is released when the block ends.
    """

    def __init__(self, resource: CreditNotesResource) -> None:
        self.get_attachment_by_id = to_streamed_response_wrapper(resource.get_attachment_by_id)
        self.get_attachment_by_file_name = to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )
        self.get_as_pdf = to_streamed_response_wrapper(resource.get_as_pdf)


class AsyncCreditNotesResource:
    """Operations on credit notes."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncCreditNotesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncCreditNotesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCreditNotesResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return AsyncCreditNotesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        page: int | None = None,
        unitdp: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditNotes:
        """Retrieves any credit notes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            page: e.g. page=1 – Up to 100 credit notes will be returned in a single API call with line items shown for each credit note
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            page_size: Number of records to retrieve per page

        `GET /CreditNotes` (operation `getCreditNotes`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            page=page,
            unitdp=unitdp,
            page_size=page_size,
        )
        return await self._core.send(call, request_options)

    def iter_list_pages(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        page: int | None = None,
        unitdp: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[CreditNotes]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        async def _fetch(_token: Any) -> CreditNotes:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                if_modified_since=if_modified_since,
                where=where,
                order=order,
                page=_token,
                unitdp=unitdp,
                page_size=page_size,
            )
            return await self._core.send(call, request_options)

        return _paging.apages(
            _fetch,
            _paging.Paging(style="page", items="CreditNotes", page_size=page_size),
            first=page,
        )

    def iter_list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        page: int | None = None,
        unitdp: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[CreditNote]:
        """Every item of every page of `list` (the page's `CreditNotes`).

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        pages = self.iter_list_pages(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            page=page,
            unitdp=unitdp,
            page_size=page_size,
            request_options=request_options,
        )
        return _paging.apage_items(pages, "CreditNotes")

    async def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        credit_notes: builtins.list[CreditNote] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> CreditNotes:
        """Creates a new credit note

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /CreditNotes` (operation `createCreditNotes`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            credit_notes=credit_notes,
        )
        return await self._core.send(call, request_options)

    async def update_or_create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        credit_notes: builtins.list[CreditNote] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> CreditNotes:
        """Updates or creates one or more credit notes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /CreditNotes` (operation `updateOrCreateCreditNotes`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            credit_notes=credit_notes,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        credit_note_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditNotes:
        """Retrieves a specific credit note using a unique credit note Id

        Args:
            credit_note_id: Unique identifier for a Credit Note
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts

        `GET /CreditNotes/{CreditNoteID}` (operation `getCreditNote`).
        """
        call = _get_call(
            credit_note_id=credit_note_id, xero_tenant_id=xero_tenant_id, unitdp=unitdp
        )
        return await self._core.send(call, request_options)

    async def update(
        self,
        *,
        credit_note_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        credit_notes: builtins.list[CreditNote] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> CreditNotes:
        """Updates a specific credit note

        Args:
            credit_note_id: Unique identifier for a Credit Note
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /CreditNotes/{CreditNoteID}` (operation `updateCreditNote`).
        """
        call = _update_call(
            credit_note_id=credit_note_id,
            xero_tenant_id=xero_tenant_id,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            credit_notes=credit_notes,
        )
        return await self._core.send(call, request_options)

    async def get_attachments(
        self,
        *,
        credit_note_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments for a specific credit notes

        Args:
            credit_note_id: Unique identifier for a Credit Note
            xero_tenant_id: Xero identifier for Tenant

        `GET /CreditNotes/{CreditNoteID}/Attachments` (operation `getCreditNoteAttachments`).
        """
        call = _get_attachments_call(credit_note_id=credit_note_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_attachment_by_id(
        self,
        *,
        credit_note_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific credit note using a unique attachment Id

        Args:
            credit_note_id: Unique identifier for a Credit Note
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /CreditNotes/{CreditNoteID}/Attachments/{AttachmentID}` (operation `getCreditNoteAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            credit_note_id=credit_note_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def get_attachment_by_file_name(
        self,
        *,
        credit_note_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment on a specific credit note by file name

        Args:
            credit_note_id: Unique identifier for a Credit Note
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /CreditNotes/{CreditNoteID}/Attachments/{FileName}` (operation `getCreditNoteAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            credit_note_id=credit_note_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def create_attachment_by_file_name(
        self,
        *,
        credit_note_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        include_online: bool | None = None,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates an attachment for a specific credit note

        Args:
            credit_note_id: Unique identifier for a Credit Note
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            include_online: Allows an attachment to be seen by the end customer within their online invoice
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /CreditNotes/{CreditNoteID}/Attachments/{FileName}` (operation `createCreditNoteAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            credit_note_id=credit_note_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            include_online=include_online,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def update_attachment_by_file_name(
        self,
        *,
        credit_note_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates attachments on a specific credit note by file name

        Args:
            credit_note_id: Unique identifier for a Credit Note
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /CreditNotes/{CreditNoteID}/Attachments/{FileName}` (operation `updateCreditNoteAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            credit_note_id=credit_note_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def get_as_pdf(
        self,
        *,
        credit_note_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves credit notes as PDF files

        Args:
            credit_note_id: Unique identifier for a Credit Note
            xero_tenant_id: Xero identifier for Tenant

        `GET /CreditNotes/{CreditNoteID}/pdf` (operation `getCreditNoteAsPdf`).
        """
        call = _get_as_pdf_call(credit_note_id=credit_note_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def create_allocation(
        self,
        *,
        credit_note_id: UUID | str,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        allocations: builtins.list[Allocation] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Allocations:
        """Creates allocation for a specific credit note

        Args:
            credit_note_id: Unique identifier for a Credit Note
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /CreditNotes/{CreditNoteID}/Allocations` (operation `createCreditNoteAllocation`).
        """
        call = _create_allocation_call(
            credit_note_id=credit_note_id,
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            allocations=allocations,
        )
        return await self._core.send(call, request_options)

    async def delete_allocations(
        self,
        *,
        credit_note_id: UUID | str,
        allocation_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Allocation:
        """Deletes an Allocation from a Credit Note

        Args:
            credit_note_id: Unique identifier for a Credit Note
            allocation_id: Unique identifier for Allocation object
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /CreditNotes/{CreditNoteID}/Allocations/{AllocationID}` (operation `deleteCreditNoteAllocations`).
        """
        call = _delete_allocations_call(
            credit_note_id=credit_note_id,
            allocation_id=allocation_id,
            xero_tenant_id=xero_tenant_id,
        )
        return await self._core.send(call, request_options)

    async def get_history(
        self,
        *,
        credit_note_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history records of a specific credit note

        Args:
            credit_note_id: Unique identifier for a Credit Note
            xero_tenant_id: Xero identifier for Tenant

        `GET /CreditNotes/{CreditNoteID}/History` (operation `getCreditNoteHistory`).
        """
        call = _get_history_call(credit_note_id=credit_note_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def create_history(
        self,
        *,
        credit_note_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history records of a specific credit note

        Args:
            credit_note_id: Unique identifier for a Credit Note
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /CreditNotes/{CreditNoteID}/History` (operation `createCreditNoteHistory`).
        """
        call = _create_history_call(
            credit_note_id=credit_note_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return await self._core.send(call, request_options)


class AsyncCreditNotesResourceWithRawResponse:
    """The operations of `AsyncCreditNotesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncCreditNotesResource) -> None:
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
        self.get_as_pdf = async_to_raw_response_wrapper(resource.get_as_pdf)
        self.create_allocation = async_to_raw_response_wrapper(resource.create_allocation)
        self.delete_allocations = async_to_raw_response_wrapper(resource.delete_allocations)
        self.get_history = async_to_raw_response_wrapper(resource.get_history)
        self.create_history = async_to_raw_response_wrapper(resource.create_history)


class AsyncCreditNotesResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in an `async with` block and read the body in chunks (`async for chunk in
    response.iter_bytes()`); the connection is released when the block ends.
    """

    def __init__(self, resource: AsyncCreditNotesResource) -> None:
        self.get_attachment_by_id = async_to_streamed_response_wrapper(
            resource.get_attachment_by_id
        )
        self.get_attachment_by_file_name = async_to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )
        self.get_as_pdf = async_to_streamed_response_wrapper(resource.get_as_pdf)
