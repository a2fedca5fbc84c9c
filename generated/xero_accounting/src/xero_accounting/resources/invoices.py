"""The `invoices` operations. Generated from the OpenAPI document; do not edit."""

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
from ..models._invoices import Invoices, OnlineInvoices, RequestEmpty
from ..models._shared import (
    Attachments,
    Error,
    HistoryRecord,
    HistoryRecords,
    Invoice,
    Pagination,
    ValidationError,
)

__all__ = [
    "AsyncInvoicesResource",
    "AsyncInvoicesResourceWithRawResponse",
    "AsyncInvoicesResourceWithStreamingResponse",
    "InvoicesResource",
    "InvoicesResourceWithRawResponse",
    "InvoicesResourceWithStreamingResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    if_modified_since: datetime | None = None,
    where: str | None = None,
    order: str | None = None,
    ids: builtins.list[UUID | str] | None = None,
    invoice_numbers: builtins.list[str] | None = None,
    contact_ids: builtins.list[UUID | str] | None = None,
    statuses: builtins.list[str] | None = None,
    page: int | None = None,
    include_archived: bool | None = None,
    created_by_my_app: bool | None = None,
    unitdp: int | None = None,
    summary_only: bool | None = None,
    page_size: int | None = None,
    search_term: str | None = None,
) -> Call[Invoices]:
    return Call[Invoices](
        method="GET",
        path="/Invoices",
        operation_id="getInvoices",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
            Param("IDs", ids, style="form", explode=False),
            Param("InvoiceNumbers", invoice_numbers, style="form", explode=False),
            Param("ContactIDs", contact_ids, style="form", explode=False),
            Param("Statuses", statuses, style="form", explode=False),
            Param("page", page, style="form", explode=True),
            Param("includeArchived", include_archived, style="form", explode=True),
            Param("createdByMyApp", created_by_my_app, style="form", explode=True),
            Param("unitdp", unitdp, style="form", explode=True),
            Param("summaryOnly", summary_only, style="form", explode=True),
            Param("pageSize", page_size, style="form", explode=True),
            Param("searchTerm", search_term, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("If-Modified-Since", if_modified_since, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(Invoices, "json")},
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
    invoices: builtins.list[Invoice] | NotGiven = NOT_GIVEN,
) -> Call[Invoices]:
    data = given({"pagination": pagination, "Warnings": warnings, "Invoices": invoices})
    return Call[Invoices](
        method="PUT",
        path="/Invoices",
        operation_id="createInvoices",
        query=[
            Param("summarizeErrors", summarize_errors, style="form", explode=True),
            Param("unitdp", unitdp, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Invoices.model_validate(data),
        responses={"200": ResponseSpec(Invoices, "json")},
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
    invoices: builtins.list[Invoice] | NotGiven = NOT_GIVEN,
) -> Call[Invoices]:
    data = given({"pagination": pagination, "Warnings": warnings, "Invoices": invoices})
    return Call[Invoices](
        method="POST",
        path="/Invoices",
        operation_id="updateOrCreateInvoices",
        query=[
            Param("summarizeErrors", summarize_errors, style="form", explode=True),
            Param("unitdp", unitdp, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Invoices.model_validate(data),
        responses={"200": ResponseSpec(Invoices, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_call(
    *,
    invoice_id: UUID | str,
    xero_tenant_id: str,
    unitdp: int | None = None,
) -> Call[Invoices]:
    return Call[Invoices](
        method="GET",
        path="/Invoices/{InvoiceID}",
        operation_id="getInvoice",
        path_params={"InvoiceID": invoice_id},
        query=[Param("unitdp", unitdp, style="form", explode=True)],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Invoices, "json")},
        security=[["OAuth2"]],
    )


def _update_call(
    *,
    invoice_id: UUID | str,
    xero_tenant_id: str,
    unitdp: int | None = None,
    idempotency_key: str | None = None,
    pagination: Pagination | NotGiven = NOT_GIVEN,
    warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
    invoices: builtins.list[Invoice] | NotGiven = NOT_GIVEN,
) -> Call[Invoices]:
    data = given({"pagination": pagination, "Warnings": warnings, "Invoices": invoices})
    return Call[Invoices](
        method="POST",
        path="/Invoices/{InvoiceID}",
        operation_id="updateInvoice",
        path_params={"InvoiceID": invoice_id},
        query=[Param("unitdp", unitdp, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Invoices.model_validate(data),
        responses={"200": ResponseSpec(Invoices, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_as_pdf_call(
    *,
    invoice_id: UUID | str,
    xero_tenant_id: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/Invoices/{InvoiceID}/pdf",
        operation_id="getInvoiceAsPdf",
        path_params={"InvoiceID": invoice_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(bytes, "binary", "application/pdf")},
        security=[["OAuth2"]],
    )


def _get_attachments_call(
    *,
    invoice_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Attachments]:
    return Call[Attachments](
        method="GET",
        path="/Invoices/{InvoiceID}/Attachments",
        operation_id="getInvoiceAttachments",
        path_params={"InvoiceID": invoice_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Attachments, "json")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_id_call(
    *,
    invoice_id: UUID | str,
    attachment_id: UUID | str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/Invoices/{InvoiceID}/Attachments/{AttachmentID}",
        operation_id="getInvoiceAttachmentById",
        path_params={"InvoiceID": invoice_id, "AttachmentID": attachment_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_file_name_call(
    *,
    invoice_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/Invoices/{InvoiceID}/Attachments/{FileName}",
        operation_id="getInvoiceAttachmentByFileName",
        path_params={"InvoiceID": invoice_id, "FileName": file_name},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _create_attachment_by_file_name_call(
    *,
    invoice_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    include_online: bool | None = None,
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="PUT",
        path="/Invoices/{InvoiceID}/Attachments/{FileName}",
        operation_id="createInvoiceAttachmentByFileName",
        path_params={"InvoiceID": invoice_id, "FileName": file_name},
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
    invoice_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="POST",
        path="/Invoices/{InvoiceID}/Attachments/{FileName}",
        operation_id="updateInvoiceAttachmentByFileName",
        path_params={"InvoiceID": invoice_id, "FileName": file_name},
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


def _get_online_call(
    *,
    invoice_id: UUID | str,
    xero_tenant_id: str,
) -> Call[OnlineInvoices]:
    return Call[OnlineInvoices](
        method="GET",
        path="/Invoices/{InvoiceID}/OnlineInvoice",
        operation_id="getOnlineInvoice",
        path_params={"InvoiceID": invoice_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(OnlineInvoices, "json")},
        security=[["OAuth2"]],
    )


def _email_call(
    *,
    invoice_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    status: str | NotGiven = NOT_GIVEN,
) -> Call[None]:
    data = given({"Status": status})
    return Call[None](
        method="POST",
        path="/Invoices/{InvoiceID}/Email",
        operation_id="emailInvoice",
        path_params={"InvoiceID": invoice_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=RequestEmpty.model_validate(data),
        responses={"204": ResponseSpec(None, "empty")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_history_call(
    *,
    invoice_id: UUID | str,
    xero_tenant_id: str,
) -> Call[HistoryRecords]:
    return Call[HistoryRecords](
        method="GET",
        path="/Invoices/{InvoiceID}/History",
        operation_id="getInvoiceHistory",
        path_params={"InvoiceID": invoice_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
    )


def _create_history_call(
    *,
    invoice_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
) -> Call[HistoryRecords]:
    data = given({"HistoryRecords": history_records})
    return Call[HistoryRecords](
        method="PUT",
        path="/Invoices/{InvoiceID}/History",
        operation_id="createInvoiceHistory",
        path_params={"InvoiceID": invoice_id},
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


class InvoicesResource:
    """Operations on invoices."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> InvoicesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return InvoicesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InvoicesResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return InvoicesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        ids: builtins.list[UUID | str] | None = None,
        invoice_numbers: builtins.list[str] | None = None,
        contact_ids: builtins.list[UUID | str] | None = None,
        statuses: builtins.list[str] | None = None,
        page: int | None = None,
        include_archived: bool | None = None,
        created_by_my_app: bool | None = None,
        unitdp: int | None = None,
        summary_only: bool | None = None,
        page_size: int | None = None,
        search_term: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoices:
        """Retrieves sales invoices or purchase bills

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            ids: Filter by a comma-separated list of InvoicesIDs.
            invoice_numbers: Filter by a comma-separated list of InvoiceNumbers.
            contact_ids: Filter by a comma-separated list of ContactIDs.
            statuses: Filter by a comma-separated list Statuses. For faster response times we recommend using these explicit parameters instead of passing OR conditions into the Where filter.
            page: e.g. page=1 – Up to 100 invoices will be returned in a single API call with line items shown for each invoice
            include_archived: e.g. includeArchived=true - Invoices with a status of ARCHIVED will be included in the response
            created_by_my_app: When set to true you'll only retrieve Invoices created by your app
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            summary_only: Use summaryOnly=true in GET Contacts and Invoices endpoint to retrieve a smaller version of the response object. This returns only lightweight fields, excluding computation-heavy fields from the response, making the API calls quick and efficient.
            page_size: Number of records to retrieve per page
            search_term: Search parameter that performs a case-insensitive text search across the fields e.g. InvoiceNumber, Reference.

        `GET /Invoices` (operation `getInvoices`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            ids=ids,
            invoice_numbers=invoice_numbers,
            contact_ids=contact_ids,
            statuses=statuses,
            page=page,
            include_archived=include_archived,
            created_by_my_app=created_by_my_app,
            unitdp=unitdp,
            summary_only=summary_only,
            page_size=page_size,
            search_term=search_term,
        )
        return self._core.send(call, request_options)

    def iter_list_pages(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        ids: builtins.list[UUID | str] | None = None,
        invoice_numbers: builtins.list[str] | None = None,
        contact_ids: builtins.list[UUID | str] | None = None,
        statuses: builtins.list[str] | None = None,
        page: int | None = None,
        include_archived: bool | None = None,
        created_by_my_app: bool | None = None,
        unitdp: int | None = None,
        summary_only: bool | None = None,
        page_size: int | None = None,
        search_term: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Invoices]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        def _fetch(_token: Any) -> Invoices:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                if_modified_since=if_modified_since,
                where=where,
                order=order,
                ids=ids,
                invoice_numbers=invoice_numbers,
                contact_ids=contact_ids,
                statuses=statuses,
                page=_token,
                include_archived=include_archived,
                created_by_my_app=created_by_my_app,
                unitdp=unitdp,
                summary_only=summary_only,
                page_size=page_size,
                search_term=search_term,
            )
            return self._core.send(call, request_options)

        return _paging.pages(
            _fetch, _paging.Paging(style="page", items="Invoices", page_size=page_size), first=page
        )

    def iter_list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        ids: builtins.list[UUID | str] | None = None,
        invoice_numbers: builtins.list[str] | None = None,
        contact_ids: builtins.list[UUID | str] | None = None,
        statuses: builtins.list[str] | None = None,
        page: int | None = None,
        include_archived: bool | None = None,
        created_by_my_app: bool | None = None,
        unitdp: int | None = None,
        summary_only: bool | None = None,
        page_size: int | None = None,
        search_term: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Invoice]:
        """Every item of every page of `list` (the page's `Invoices`).

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        pages = self.iter_list_pages(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            ids=ids,
            invoice_numbers=invoice_numbers,
            contact_ids=contact_ids,
            statuses=statuses,
            page=page,
            include_archived=include_archived,
            created_by_my_app=created_by_my_app,
            unitdp=unitdp,
            summary_only=summary_only,
            page_size=page_size,
            search_term=search_term,
            request_options=request_options,
        )
        return _paging.page_items(pages, "Invoices")

    def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        invoices: builtins.list[Invoice] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Invoices:
        """Creates one or more sales invoices or purchase bills

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Invoices` (operation `createInvoices`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            invoices=invoices,
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
        invoices: builtins.list[Invoice] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Invoices:
        """Updates or creates one or more sales invoices or purchase bills

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Invoices` (operation `updateOrCreateInvoices`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            invoices=invoices,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        invoice_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoices:
        """Retrieves a specific sales invoice or purchase bill using a unique invoice Id

        Args:
            invoice_id: Unique identifier for an Invoice
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts

        `GET /Invoices/{InvoiceID}` (operation `getInvoice`).
        """
        call = _get_call(invoice_id=invoice_id, xero_tenant_id=xero_tenant_id, unitdp=unitdp)
        return self._core.send(call, request_options)

    def update(
        self,
        *,
        invoice_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        invoices: builtins.list[Invoice] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Invoices:
        """Updates a specific sales invoices or purchase bills

        Args:
            invoice_id: Unique identifier for an Invoice
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Invoices/{InvoiceID}` (operation `updateInvoice`).
        """
        call = _update_call(
            invoice_id=invoice_id,
            xero_tenant_id=xero_tenant_id,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            invoices=invoices,
        )
        return self._core.send(call, request_options)

    def get_as_pdf(
        self,
        *,
        invoice_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves invoices or purchase bills as PDF files

        Args:
            invoice_id: Unique identifier for an Invoice
            xero_tenant_id: Xero identifier for Tenant

        `GET /Invoices/{InvoiceID}/pdf` (operation `getInvoiceAsPdf`).
        """
        call = _get_as_pdf_call(invoice_id=invoice_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_attachments(
        self,
        *,
        invoice_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments for a specific invoice or purchase bill

        Args:
            invoice_id: Unique identifier for an Invoice
            xero_tenant_id: Xero identifier for Tenant

        `GET /Invoices/{InvoiceID}/Attachments` (operation `getInvoiceAttachments`).
        """
        call = _get_attachments_call(invoice_id=invoice_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_attachment_by_id(
        self,
        *,
        invoice_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific invoices or purchase bills by using a unique attachment Id

        Args:
            invoice_id: Unique identifier for an Invoice
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Invoices/{InvoiceID}/Attachments/{AttachmentID}` (operation `getInvoiceAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            invoice_id=invoice_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def get_attachment_by_file_name(
        self,
        *,
        invoice_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves an attachment from a specific invoice or purchase bill by filename

        Args:
            invoice_id: Unique identifier for an Invoice
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Invoices/{InvoiceID}/Attachments/{FileName}` (operation `getInvoiceAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            invoice_id=invoice_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def create_attachment_by_file_name(
        self,
        *,
        invoice_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        include_online: bool | None = None,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates an attachment for a specific invoice or purchase bill by filename

        Args:
            invoice_id: Unique identifier for an Invoice
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            include_online: Allows an attachment to be seen by the end customer within their online invoice
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Invoices/{InvoiceID}/Attachments/{FileName}` (operation `createInvoiceAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            invoice_id=invoice_id,
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
        invoice_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates an attachment from a specific invoices or purchase bill by filename

        Args:
            invoice_id: Unique identifier for an Invoice
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Invoices/{InvoiceID}/Attachments/{FileName}` (operation `updateInvoiceAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            invoice_id=invoice_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def get_online(
        self,
        *,
        invoice_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> OnlineInvoices:
        """Retrieves a URL to an online invoice

        Args:
            invoice_id: Unique identifier for an Invoice
            xero_tenant_id: Xero identifier for Tenant

        `GET /Invoices/{InvoiceID}/OnlineInvoice` (operation `getOnlineInvoice`).
        """
        call = _get_online_call(invoice_id=invoice_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def email(
        self,
        *,
        invoice_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        status: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Sends a copy of a specific invoice to related contact via email

        Args:
            invoice_id: Unique identifier for an Invoice
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            status: Need at least one field to create an empty JSON payload

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Invoices/{InvoiceID}/Email` (operation `emailInvoice`).
        """
        call = _email_call(
            invoice_id=invoice_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            status=status,
        )
        return self._core.send(call, request_options)

    def get_history(
        self,
        *,
        invoice_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history records for a specific invoice

        Args:
            invoice_id: Unique identifier for an Invoice
            xero_tenant_id: Xero identifier for Tenant

        `GET /Invoices/{InvoiceID}/History` (operation `getInvoiceHistory`).
        """
        call = _get_history_call(invoice_id=invoice_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def create_history(
        self,
        *,
        invoice_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific invoice

        Args:
            invoice_id: Unique identifier for an Invoice
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Invoices/{InvoiceID}/History` (operation `createInvoiceHistory`).
        """
        call = _create_history_call(
            invoice_id=invoice_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return self._core.send(call, request_options)


class InvoicesResourceWithRawResponse:
    """The operations of `InvoicesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: InvoicesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.update_or_create = to_raw_response_wrapper(resource.update_or_create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.get_as_pdf = to_raw_response_wrapper(resource.get_as_pdf)
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
        self.get_online = to_raw_response_wrapper(resource.get_online)
        self.email = to_raw_response_wrapper(resource.email)
        self.get_history = to_raw_response_wrapper(resource.get_history)
        self.create_history = to_raw_response_wrapper(resource.create_history)


class InvoicesResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in a `with` block and read the body in chunks (`iter_bytes()`), so that a large
    download never has to fit in memory; the connection is released when the block ends.
    """

    def __init__(self, resource: InvoicesResource) -> None:
        self.get_as_pdf = to_streamed_response_wrapper(resource.get_as_pdf)
        self.get_attachment_by_id = to_streamed_response_wrapper(resource.get_attachment_by_id)
        self.get_attachment_by_file_name = to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )


class AsyncInvoicesResource:
    """Operations on invoices."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncInvoicesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncInvoicesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInvoicesResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return AsyncInvoicesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        ids: builtins.list[UUID | str] | None = None,
        invoice_numbers: builtins.list[str] | None = None,
        contact_ids: builtins.list[UUID | str] | None = None,
        statuses: builtins.list[str] | None = None,
        page: int | None = None,
        include_archived: bool | None = None,
        created_by_my_app: bool | None = None,
        unitdp: int | None = None,
        summary_only: bool | None = None,
        page_size: int | None = None,
        search_term: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoices:
        """Retrieves sales invoices or purchase bills

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            ids: Filter by a comma-separated list of InvoicesIDs.
            invoice_numbers: Filter by a comma-separated list of InvoiceNumbers.
            contact_ids: Filter by a comma-separated list of ContactIDs.
            statuses: Filter by a comma-separated list Statuses. For faster response times we recommend using these explicit parameters instead of passing OR conditions into the Where filter.
            page: e.g. page=1 – Up to 100 invoices will be returned in a single API call with line items shown for each invoice
            include_archived: e.g. includeArchived=true - Invoices with a status of ARCHIVED will be included in the response
            created_by_my_app: When set to true you'll only retrieve Invoices created by your app
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            summary_only: Use summaryOnly=true in GET Contacts and Invoices endpoint to retrieve a smaller version of the response object. This returns only lightweight fields, excluding computation-heavy fields from the response, making the API calls quick and efficient.
            page_size: Number of records to retrieve per page
            search_term: Search parameter that performs a case-insensitive text search across the fields e.g. InvoiceNumber, Reference.

        `GET /Invoices` (operation `getInvoices`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            ids=ids,
            invoice_numbers=invoice_numbers,
            contact_ids=contact_ids,
            statuses=statuses,
            page=page,
            include_archived=include_archived,
            created_by_my_app=created_by_my_app,
            unitdp=unitdp,
            summary_only=summary_only,
            page_size=page_size,
            search_term=search_term,
        )
        return await self._core.send(call, request_options)

    def iter_list_pages(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        ids: builtins.list[UUID | str] | None = None,
        invoice_numbers: builtins.list[str] | None = None,
        contact_ids: builtins.list[UUID | str] | None = None,
        statuses: builtins.list[str] | None = None,
        page: int | None = None,
        include_archived: bool | None = None,
        created_by_my_app: bool | None = None,
        unitdp: int | None = None,
        summary_only: bool | None = None,
        page_size: int | None = None,
        search_term: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Invoices]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        async def _fetch(_token: Any) -> Invoices:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                if_modified_since=if_modified_since,
                where=where,
                order=order,
                ids=ids,
                invoice_numbers=invoice_numbers,
                contact_ids=contact_ids,
                statuses=statuses,
                page=_token,
                include_archived=include_archived,
                created_by_my_app=created_by_my_app,
                unitdp=unitdp,
                summary_only=summary_only,
                page_size=page_size,
                search_term=search_term,
            )
            return await self._core.send(call, request_options)

        return _paging.apages(
            _fetch, _paging.Paging(style="page", items="Invoices", page_size=page_size), first=page
        )

    def iter_list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        ids: builtins.list[UUID | str] | None = None,
        invoice_numbers: builtins.list[str] | None = None,
        contact_ids: builtins.list[UUID | str] | None = None,
        statuses: builtins.list[str] | None = None,
        page: int | None = None,
        include_archived: bool | None = None,
        created_by_my_app: bool | None = None,
        unitdp: int | None = None,
        summary_only: bool | None = None,
        page_size: int | None = None,
        search_term: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Invoice]:
        """Every item of every page of `list` (the page's `Invoices`).

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        pages = self.iter_list_pages(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            ids=ids,
            invoice_numbers=invoice_numbers,
            contact_ids=contact_ids,
            statuses=statuses,
            page=page,
            include_archived=include_archived,
            created_by_my_app=created_by_my_app,
            unitdp=unitdp,
            summary_only=summary_only,
            page_size=page_size,
            search_term=search_term,
            request_options=request_options,
        )
        return _paging.apage_items(pages, "Invoices")

    async def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        invoices: builtins.list[Invoice] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Invoices:
        """Creates one or more sales invoices or purchase bills

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Invoices` (operation `createInvoices`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            invoices=invoices,
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
        invoices: builtins.list[Invoice] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Invoices:
        """Updates or creates one or more sales invoices or purchase bills

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Invoices` (operation `updateOrCreateInvoices`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            invoices=invoices,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        invoice_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoices:
        """Retrieves a specific sales invoice or purchase bill using a unique invoice Id

        Args:
            invoice_id: Unique identifier for an Invoice
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts

        `GET /Invoices/{InvoiceID}` (operation `getInvoice`).
        """
        call = _get_call(invoice_id=invoice_id, xero_tenant_id=xero_tenant_id, unitdp=unitdp)
        return await self._core.send(call, request_options)

    async def update(
        self,
        *,
        invoice_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        invoices: builtins.list[Invoice] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Invoices:
        """Updates a specific sales invoices or purchase bills

        Args:
            invoice_id: Unique identifier for an Invoice
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Invoices/{InvoiceID}` (operation `updateInvoice`).
        """
        call = _update_call(
            invoice_id=invoice_id,
            xero_tenant_id=xero_tenant_id,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            invoices=invoices,
        )
        return await self._core.send(call, request_options)

    async def get_as_pdf(
        self,
        *,
        invoice_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves invoices or purchase bills as PDF files

        Args:
            invoice_id: Unique identifier for an Invoice
            xero_tenant_id: Xero identifier for Tenant

        `GET /Invoices/{InvoiceID}/pdf` (operation `getInvoiceAsPdf`).
        """
        call = _get_as_pdf_call(invoice_id=invoice_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_attachments(
        self,
        *,
        invoice_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments for a specific invoice or purchase bill

        Args:
            invoice_id: Unique identifier for an Invoice
            xero_tenant_id: Xero identifier for Tenant

        `GET /Invoices/{InvoiceID}/Attachments` (operation `getInvoiceAttachments`).
        """
        call = _get_attachments_call(invoice_id=invoice_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_attachment_by_id(
        self,
        *,
        invoice_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific invoices or purchase bills by using a unique attachment Id

        Args:
            invoice_id: Unique identifier for an Invoice
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Invoices/{InvoiceID}/Attachments/{AttachmentID}` (operation `getInvoiceAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            invoice_id=invoice_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def get_attachment_by_file_name(
        self,
        *,
        invoice_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves an attachment from a specific invoice or purchase bill by filename

        Args:
            invoice_id: Unique identifier for an Invoice
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Invoices/{InvoiceID}/Attachments/{FileName}` (operation `getInvoiceAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            invoice_id=invoice_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def create_attachment_by_file_name(
        self,
        *,
        invoice_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        include_online: bool | None = None,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates an attachment for a specific invoice or purchase bill by filename

        Args:
            invoice_id: Unique identifier for an Invoice
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            include_online: Allows an attachment to be seen by the end customer within their online invoice
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Invoices/{InvoiceID}/Attachments/{FileName}` (operation `createInvoiceAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            invoice_id=invoice_id,
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
        invoice_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates an attachment from a specific invoices or purchase bill by filename

        Args:
            invoice_id: Unique identifier for an Invoice
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Invoices/{InvoiceID}/Attachments/{FileName}` (operation `updateInvoiceAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            invoice_id=invoice_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def get_online(
        self,
        *,
        invoice_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> OnlineInvoices:
        """Retrieves a URL to an online invoice

        Args:
            invoice_id: Unique identifier for an Invoice
            xero_tenant_id: Xero identifier for Tenant

        `GET /Invoices/{InvoiceID}/OnlineInvoice` (operation `getOnlineInvoice`).
        """
        call = _get_online_call(invoice_id=invoice_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def email(
        self,
        *,
        invoice_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        status: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Sends a copy of a specific invoice to related contact via email

        Args:
            invoice_id: Unique identifier for an Invoice
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            status: Need at least one field to create an empty JSON payload

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Invoices/{InvoiceID}/Email` (operation `emailInvoice`).
        """
        call = _email_call(
            invoice_id=invoice_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            status=status,
        )
        return await self._core.send(call, request_options)

    async def get_history(
        self,
        *,
        invoice_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history records for a specific invoice

        Args:
            invoice_id: Unique identifier for an Invoice
            xero_tenant_id: Xero identifier for Tenant

        `GET /Invoices/{InvoiceID}/History` (operation `getInvoiceHistory`).
        """
        call = _get_history_call(invoice_id=invoice_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def create_history(
        self,
        *,
        invoice_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific invoice

        Args:
            invoice_id: Unique identifier for an Invoice
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Invoices/{InvoiceID}/History` (operation `createInvoiceHistory`).
        """
        call = _create_history_call(
            invoice_id=invoice_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return await self._core.send(call, request_options)


class AsyncInvoicesResourceWithRawResponse:
    """The operations of `AsyncInvoicesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncInvoicesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update_or_create = async_to_raw_response_wrapper(resource.update_or_create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.get_as_pdf = async_to_raw_response_wrapper(resource.get_as_pdf)
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
        self.get_online = async_to_raw_response_wrapper(resource.get_online)
        self.email = async_to_raw_response_wrapper(resource.email)
        self.get_history = async_to_raw_response_wrapper(resource.get_history)
        self.create_history = async_to_raw_response_wrapper(resource.create_history)


class AsyncInvoicesResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in an `async with` block and read the body in chunks (`async for chunk in
    response.iter_bytes()`); the connection is released when the block ends.
    """

    def __init__(self, resource: AsyncInvoicesResource) -> None:
        self.get_as_pdf = async_to_streamed_response_wrapper(resource.get_as_pdf)
        self.get_attachment_by_id = async_to_streamed_response_wrapper(
            resource.get_attachment_by_id
        )
        self.get_attachment_by_file_name = async_to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )
