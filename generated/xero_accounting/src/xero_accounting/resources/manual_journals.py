"""The `manual_journals` operations. Generated from the OpenAPI document; do not edit."""

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
from ..models._manual_journals import ManualJournal, ManualJournals
from ..models._shared import (
    Attachments,
    Error,
    HistoryRecord,
    HistoryRecords,
    Pagination,
    ValidationError,
)

__all__ = [
    "AsyncManualJournalsResource",
    "AsyncManualJournalsResourceWithRawResponse",
    "AsyncManualJournalsResourceWithStreamingResponse",
    "ManualJournalsResource",
    "ManualJournalsResourceWithRawResponse",
    "ManualJournalsResourceWithStreamingResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    if_modified_since: datetime | None = None,
    where: str | None = None,
    order: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
) -> Call[ManualJournals]:
    return Call[ManualJournals](
        method="GET",
        path="/ManualJournals",
        operation_id="getManualJournals",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
            Param("page", page, style="form", explode=True),
            Param("pageSize", page_size, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("If-Modified-Since", if_modified_since, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(ManualJournals, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    idempotency_key: str | None = None,
    pagination: Pagination | NotGiven = NOT_GIVEN,
    warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
    manual_journals: builtins.list[ManualJournal] | NotGiven = NOT_GIVEN,
) -> Call[ManualJournals]:
    data = given(
        {"pagination": pagination, "Warnings": warnings, "ManualJournals": manual_journals}
    )
    return Call[ManualJournals](
        method="PUT",
        path="/ManualJournals",
        operation_id="createManualJournals",
        query=[Param("summarizeErrors", summarize_errors, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=ManualJournals.model_validate(data),
        responses={"200": ResponseSpec(ManualJournals, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _update_or_create_call(
    *,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    idempotency_key: str | None = None,
    pagination: Pagination | NotGiven = NOT_GIVEN,
    warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
    manual_journals: builtins.list[ManualJournal] | NotGiven = NOT_GIVEN,
) -> Call[ManualJournals]:
    data = given(
        {"pagination": pagination, "Warnings": warnings, "ManualJournals": manual_journals}
    )
    return Call[ManualJournals](
        method="POST",
        path="/ManualJournals",
        operation_id="updateOrCreateManualJournals",
        query=[Param("summarizeErrors", summarize_errors, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=ManualJournals.model_validate(data),
        responses={"200": ResponseSpec(ManualJournals, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_call(
    *,
    manual_journal_id: UUID | str,
    xero_tenant_id: str,
) -> Call[ManualJournals]:
    return Call[ManualJournals](
        method="GET",
        path="/ManualJournals/{ManualJournalID}",
        operation_id="getManualJournal",
        path_params={"ManualJournalID": manual_journal_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(ManualJournals, "json")},
        security=[["OAuth2"]],
    )


def _update_call(
    *,
    manual_journal_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    pagination: Pagination | NotGiven = NOT_GIVEN,
    warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
    manual_journals: builtins.list[ManualJournal] | NotGiven = NOT_GIVEN,
) -> Call[ManualJournals]:
    data = given(
        {"pagination": pagination, "Warnings": warnings, "ManualJournals": manual_journals}
    )
    return Call[ManualJournals](
        method="POST",
        path="/ManualJournals/{ManualJournalID}",
        operation_id="updateManualJournal",
        path_params={"ManualJournalID": manual_journal_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=ManualJournals.model_validate(data),
        responses={"200": ResponseSpec(ManualJournals, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_attachments_call(
    *,
    manual_journal_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Attachments]:
    return Call[Attachments](
        method="GET",
        path="/ManualJournals/{ManualJournalID}/Attachments",
        operation_id="getManualJournalAttachments",
        path_params={"ManualJournalID": manual_journal_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Attachments, "json")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_id_call(
    *,
    manual_journal_id: UUID | str,
    attachment_id: UUID | str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/ManualJournals/{ManualJournalID}/Attachments/{AttachmentID}",
        operation_id="getManualJournalAttachmentById",
        path_params={"ManualJournalID": manual_journal_id, "AttachmentID": attachment_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_file_name_call(
    *,
    manual_journal_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/ManualJournals/{ManualJournalID}/Attachments/{FileName}",
        operation_id="getManualJournalAttachmentByFileName",
        path_params={"ManualJournalID": manual_journal_id, "FileName": file_name},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _create_attachment_by_file_name_call(
    *,
    manual_journal_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="PUT",
        path="/ManualJournals/{ManualJournalID}/Attachments/{FileName}",
        operation_id="createManualJournalAttachmentByFileName",
        path_params={"ManualJournalID": manual_journal_id, "FileName": file_name},
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
    manual_journal_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="POST",
        path="/ManualJournals/{ManualJournalID}/Attachments/{FileName}",
        operation_id="updateManualJournalAttachmentByFileName",
        path_params={"ManualJournalID": manual_journal_id, "FileName": file_name},
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
    manual_journal_id: UUID | str,
    xero_tenant_id: str,
) -> Call[HistoryRecords]:
    return Call[HistoryRecords](
        method="GET",
        path="/ManualJournals/{ManualJournalID}/History",
        operation_id="getManualJournalsHistory",
        path_params={"ManualJournalID": manual_journal_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
    )


def _create_history_record_call(
    *,
    manual_journal_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
) -> Call[HistoryRecords]:
    data = given({"HistoryRecords": history_records})
    return Call[HistoryRecords](
        method="PUT",
        path="/ManualJournals/{ManualJournalID}/History",
        operation_id="createManualJournalHistoryRecord",
        path_params={"ManualJournalID": manual_journal_id},
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


class ManualJournalsResource:
    """Operations on manual journals."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ManualJournalsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return ManualJournalsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ManualJournalsResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return ManualJournalsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ManualJournals:
        """Retrieves manual journals

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            page: e.g. page=1 – Up to 100 manual journals will be returned in a single API call with line items shown for each overpayment
            page_size: Number of records to retrieve per page

        `GET /ManualJournals` (operation `getManualJournals`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            page=page,
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
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[ManualJournals]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        def _fetch(_token: Any) -> ManualJournals:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                if_modified_since=if_modified_since,
                where=where,
                order=order,
                page=_token,
                page_size=page_size,
            )
            return self._core.send(call, request_options)

        return _paging.pages(
            _fetch,
            _paging.Paging(style="page", items="ManualJournals", page_size=page_size),
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
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[ManualJournal]:
        """Every item of every page of `list` (the page's `ManualJournals`).

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
            page_size=page_size,
            request_options=request_options,
        )
        return _paging.page_items(pages, "ManualJournals")

    def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        manual_journals: builtins.list[ManualJournal] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ManualJournals:
        """Creates one or more manual journals

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /ManualJournals` (operation `createManualJournals`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            manual_journals=manual_journals,
        )
        return self._core.send(call, request_options)

    def update_or_create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        manual_journals: builtins.list[ManualJournal] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ManualJournals:
        """Updates or creates a single manual journal

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /ManualJournals` (operation `updateOrCreateManualJournals`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            manual_journals=manual_journals,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        manual_journal_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> ManualJournals:
        """Retrieves a specific manual journal

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            xero_tenant_id: Xero identifier for Tenant

        `GET /ManualJournals/{ManualJournalID}` (operation `getManualJournal`).
        """
        call = _get_call(manual_journal_id=manual_journal_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def update(
        self,
        *,
        manual_journal_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        manual_journals: builtins.list[ManualJournal] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ManualJournals:
        """Updates a specific manual journal

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /ManualJournals/{ManualJournalID}` (operation `updateManualJournal`).
        """
        call = _update_call(
            manual_journal_id=manual_journal_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            manual_journals=manual_journals,
        )
        return self._core.send(call, request_options)

    def get_attachments(
        self,
        *,
        manual_journal_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachment for a specific manual journal

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            xero_tenant_id: Xero identifier for Tenant

        `GET /ManualJournals/{ManualJournalID}/Attachments` (operation `getManualJournalAttachments`).
        """
        call = _get_attachments_call(
            manual_journal_id=manual_journal_id, xero_tenant_id=xero_tenant_id
        )
        return self._core.send(call, request_options)

    def get_attachment_by_id(
        self,
        *,
        manual_journal_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Allows you to retrieve a specific attachment from a specific manual journal using a unique attachment Id

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /ManualJournals/{ManualJournalID}/Attachments/{AttachmentID}` (operation `getManualJournalAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            manual_journal_id=manual_journal_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def get_attachment_by_file_name(
        self,
        *,
        manual_journal_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific manual journal by file name

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /ManualJournals/{ManualJournalID}/Attachments/{FileName}` (operation `getManualJournalAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            manual_journal_id=manual_journal_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def create_attachment_by_file_name(
        self,
        *,
        manual_journal_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates a specific attachment for a specific manual journal by file name

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /ManualJournals/{ManualJournalID}/Attachments/{FileName}` (operation `createManualJournalAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            manual_journal_id=manual_journal_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def update_attachment_by_file_name(
        self,
        *,
        manual_journal_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates a specific attachment from a specific manual journal by file name

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /ManualJournals/{ManualJournalID}/Attachments/{FileName}` (operation `updateManualJournalAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            manual_journal_id=manual_journal_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def get_history(
        self,
        *,
        manual_journal_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history for a specific manual journal

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            xero_tenant_id: Xero identifier for Tenant

        `GET /ManualJournals/{ManualJournalID}/History` (operation `getManualJournalsHistory`).
        """
        call = _get_history_call(manual_journal_id=manual_journal_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def create_history_record(
        self,
        *,
        manual_journal_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific manual journal

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /ManualJournals/{ManualJournalID}/History` (operation `createManualJournalHistoryRecord`).
        """
        call = _create_history_record_call(
            manual_journal_id=manual_journal_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return self._core.send(call, request_options)


class ManualJournalsResourceWithRawResponse:
    """The operations of `ManualJournalsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: ManualJournalsResource) -> None:
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
        self.create_history_record = to_raw_response_wrapper(resource.create_history_record)


class ManualJournalsResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in a `with` block and read the body in chunks (`iter_bytes()`), so that a large
    download never has to fit in memory; the connection is released when the block ends.
    """

    def __init__(self, resource: ManualJournalsResource) -> None:
        self.get_attachment_by_id = to_streamed_response_wrapper(resource.get_attachment_by_id)
        self.get_attachment_by_file_name = to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )


class AsyncManualJournalsResource:
    """Operations on manual journals."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncManualJournalsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncManualJournalsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncManualJournalsResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return AsyncManualJournalsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ManualJournals:
        """Retrieves manual journals

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            page: e.g. page=1 – Up to 100 manual journals will be returned in a single API call with line items shown for each overpayment
            page_size: Number of records to retrieve per page

        `GET /ManualJournals` (operation `getManualJournals`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            page=page,
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
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[ManualJournals]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        async def _fetch(_token: Any) -> ManualJournals:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                if_modified_since=if_modified_since,
                where=where,
                order=order,
                page=_token,
                page_size=page_size,
            )
            return await self._core.send(call, request_options)

        return _paging.apages(
            _fetch,
            _paging.Paging(style="page", items="ManualJournals", page_size=page_size),
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
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[ManualJournal]:
        """Every item of every page of `list` (the page's `ManualJournals`).

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
            page_size=page_size,
            request_options=request_options,
        )
        return _paging.apage_items(pages, "ManualJournals")

    async def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        manual_journals: builtins.list[ManualJournal] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ManualJournals:
        """Creates one or more manual journals

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /ManualJournals` (operation `createManualJournals`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            manual_journals=manual_journals,
        )
        return await self._core.send(call, request_options)

    async def update_or_create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        manual_journals: builtins.list[ManualJournal] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ManualJournals:
        """Updates or creates a single manual journal

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /ManualJournals` (operation `updateOrCreateManualJournals`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            manual_journals=manual_journals,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        manual_journal_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> ManualJournals:
        """Retrieves a specific manual journal

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            xero_tenant_id: Xero identifier for Tenant

        `GET /ManualJournals/{ManualJournalID}` (operation `getManualJournal`).
        """
        call = _get_call(manual_journal_id=manual_journal_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def update(
        self,
        *,
        manual_journal_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        manual_journals: builtins.list[ManualJournal] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ManualJournals:
        """Updates a specific manual journal

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /ManualJournals/{ManualJournalID}` (operation `updateManualJournal`).
        """
        call = _update_call(
            manual_journal_id=manual_journal_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            manual_journals=manual_journals,
        )
        return await self._core.send(call, request_options)

    async def get_attachments(
        self,
        *,
        manual_journal_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachment for a specific manual journal

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            xero_tenant_id: Xero identifier for Tenant

        `GET /ManualJournals/{ManualJournalID}/Attachments` (operation `getManualJournalAttachments`).
        """
        call = _get_attachments_call(
            manual_journal_id=manual_journal_id, xero_tenant_id=xero_tenant_id
        )
        return await self._core.send(call, request_options)

    async def get_attachment_by_id(
        self,
        *,
        manual_journal_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Allows you to retrieve a specific attachment from a specific manual journal using a unique attachment Id

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /ManualJournals/{ManualJournalID}/Attachments/{AttachmentID}` (operation `getManualJournalAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            manual_journal_id=manual_journal_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def get_attachment_by_file_name(
        self,
        *,
        manual_journal_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific manual journal by file name

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /ManualJournals/{ManualJournalID}/Attachments/{FileName}` (operation `getManualJournalAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            manual_journal_id=manual_journal_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def create_attachment_by_file_name(
        self,
        *,
        manual_journal_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates a specific attachment for a specific manual journal by file name

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /ManualJournals/{ManualJournalID}/Attachments/{FileName}` (operation `createManualJournalAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            manual_journal_id=manual_journal_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def update_attachment_by_file_name(
        self,
        *,
        manual_journal_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates a specific attachment from a specific manual journal by file name

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /ManualJournals/{ManualJournalID}/Attachments/{FileName}` (operation `updateManualJournalAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            manual_journal_id=manual_journal_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def get_history(
        self,
        *,
        manual_journal_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history for a specific manual journal

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            xero_tenant_id: Xero identifier for Tenant

        `GET /ManualJournals/{ManualJournalID}/History` (operation `getManualJournalsHistory`).
        """
        call = _get_history_call(manual_journal_id=manual_journal_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def create_history_record(
        self,
        *,
        manual_journal_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific manual journal

        Args:
            manual_journal_id: Unique identifier for a ManualJournal
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /ManualJournals/{ManualJournalID}/History` (operation `createManualJournalHistoryRecord`).
        """
        call = _create_history_record_call(
            manual_journal_id=manual_journal_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return await self._core.send(call, request_options)


class AsyncManualJournalsResourceWithRawResponse:
    """The operations of `AsyncManualJournalsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncManualJournalsResource) -> None:
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
        self.create_history_record = async_to_raw_response_wrapper(resource.create_history_record)


class AsyncManualJournalsResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in an `async with` block and read the body in chunks (`async for chunk in
    response.iter_bytes()`); the connection is released when the block ends.
    """

    def __init__(self, resource: AsyncManualJournalsResource) -> None:
        self.get_attachment_by_id = async_to_streamed_response_wrapper(
            resource.get_attachment_by_id
        )
        self.get_attachment_by_file_name = async_to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )
