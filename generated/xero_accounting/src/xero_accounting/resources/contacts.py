"""The `contacts` operations. Generated from the OpenAPI document; do not edit."""

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
from ..models._contacts import CisSettings
from ..models._shared import (
    Attachments,
    Contact,
    Contacts,
    Error,
    HistoryRecord,
    HistoryRecords,
    Pagination,
    ValidationError,
)

__all__ = [
    "AsyncContactsResource",
    "AsyncContactsResourceWithRawResponse",
    "AsyncContactsResourceWithStreamingResponse",
    "ContactsResource",
    "ContactsResourceWithRawResponse",
    "ContactsResourceWithStreamingResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    if_modified_since: datetime | None = None,
    where: str | None = None,
    order: str | None = None,
    ids: builtins.list[UUID | str] | None = None,
    page: int | None = None,
    include_archived: bool | None = None,
    summary_only: bool | None = None,
    search_term: str | None = None,
    page_size: int | None = None,
) -> Call[Contacts]:
    return Call[Contacts](
        method="GET",
        path="/Contacts",
        operation_id="getContacts",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
            Param("IDs", ids, style="form", explode=False),
            Param("page", page, style="form", explode=True),
            Param("includeArchived", include_archived, style="form", explode=True),
            Param("summaryOnly", summary_only, style="form", explode=True),
            Param("searchTerm", search_term, style="form", explode=True),
            Param("pageSize", page_size, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("If-Modified-Since", if_modified_since, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(Contacts, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    idempotency_key: str | None = None,
    pagination: Pagination | NotGiven = NOT_GIVEN,
    warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
    contacts: builtins.list[Contact] | NotGiven = NOT_GIVEN,
) -> Call[Contacts]:
    data = given({"pagination": pagination, "Warnings": warnings, "Contacts": contacts})
    return Call[Contacts](
        method="PUT",
        path="/Contacts",
        operation_id="createContacts",
        query=[Param("summarizeErrors", summarize_errors, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Contacts.model_validate(data),
        responses={"200": ResponseSpec(Contacts, "json")},
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
    contacts: builtins.list[Contact] | NotGiven = NOT_GIVEN,
) -> Call[Contacts]:
    data = given({"pagination": pagination, "Warnings": warnings, "Contacts": contacts})
    return Call[Contacts](
        method="POST",
        path="/Contacts",
        operation_id="updateOrCreateContacts",
        query=[Param("summarizeErrors", summarize_errors, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Contacts.model_validate(data),
        responses={"200": ResponseSpec(Contacts, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_by_contact_number_call(
    *,
    contact_number: str,
    xero_tenant_id: str,
) -> Call[Contacts]:
    return Call[Contacts](
        method="GET",
        path="/Contacts/{ContactNumber}",
        operation_id="getContactByContactNumber",
        path_params={"ContactNumber": contact_number},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Contacts, "json")},
        security=[["OAuth2"]],
    )


def _get_call(
    *,
    contact_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Contacts]:
    return Call[Contacts](
        method="GET",
        path="/Contacts/{ContactID}",
        operation_id="getContact",
        path_params={"ContactID": contact_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Contacts, "json")},
        security=[["OAuth2"]],
    )


def _update_call(
    *,
    contact_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    pagination: Pagination | NotGiven = NOT_GIVEN,
    warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
    contacts: builtins.list[Contact] | NotGiven = NOT_GIVEN,
) -> Call[Contacts]:
    data = given({"pagination": pagination, "Warnings": warnings, "Contacts": contacts})
    return Call[Contacts](
        method="POST",
        path="/Contacts/{ContactID}",
        operation_id="updateContact",
        path_params={"ContactID": contact_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Contacts.model_validate(data),
        responses={"200": ResponseSpec(Contacts, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_attachments_call(
    *,
    contact_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Attachments]:
    return Call[Attachments](
        method="GET",
        path="/Contacts/{ContactID}/Attachments",
        operation_id="getContactAttachments",
        path_params={"ContactID": contact_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Attachments, "json")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_id_call(
    *,
    contact_id: UUID | str,
    attachment_id: UUID | str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/Contacts/{ContactID}/Attachments/{AttachmentID}",
        operation_id="getContactAttachmentById",
        path_params={"ContactID": contact_id, "AttachmentID": attachment_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_file_name_call(
    *,
    contact_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/Contacts/{ContactID}/Attachments/{FileName}",
        operation_id="getContactAttachmentByFileName",
        path_params={"ContactID": contact_id, "FileName": file_name},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _create_attachment_by_file_name_call(
    *,
    contact_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="PUT",
        path="/Contacts/{ContactID}/Attachments/{FileName}",
        operation_id="createContactAttachmentByFileName",
        path_params={"ContactID": contact_id, "FileName": file_name},
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
    contact_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="POST",
        path="/Contacts/{ContactID}/Attachments/{FileName}",
        operation_id="updateContactAttachmentByFileName",
        path_params={"ContactID": contact_id, "FileName": file_name},
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


def _get_cis_settings_call(
    *,
    contact_id: UUID | str,
    xero_tenant_id: str,
) -> Call[CisSettings]:
    return Call[CisSettings](
        method="GET",
        path="/Contacts/{ContactID}/CISSettings",
        operation_id="getContactCISSettings",
        path_params={"ContactID": contact_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(CisSettings, "json")},
        security=[["OAuth2"]],
    )


def _get_history_call(
    *,
    contact_id: UUID | str,
    xero_tenant_id: str,
) -> Call[HistoryRecords]:
    return Call[HistoryRecords](
        method="GET",
        path="/Contacts/{ContactID}/History",
        operation_id="getContactHistory",
        path_params={"ContactID": contact_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
    )


def _create_history_call(
    *,
    contact_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
) -> Call[HistoryRecords]:
    data = given({"HistoryRecords": history_records})
    return Call[HistoryRecords](
        method="PUT",
        path="/Contacts/{ContactID}/History",
        operation_id="createContactHistory",
        path_params={"ContactID": contact_id},
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


class ContactsResource:
    """Operations on contacts."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ContactsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return ContactsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ContactsResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return ContactsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        ids: builtins.list[UUID | str] | None = None,
        page: int | None = None,
        include_archived: bool | None = None,
        summary_only: bool | None = None,
        search_term: str | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Contacts:
        """Retrieves all contacts in a Xero organisation

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            ids: Filter by a comma separated list of ContactIDs. Allows you to retrieve a specific set of contacts in a single call.
            page: e.g. page=1 - Up to 100 contacts will be returned in a single API call.
            include_archived: e.g. includeArchived=true - Contacts with a status of ARCHIVED will be included in the response
            summary_only: Use summaryOnly=true in GET Contacts and Invoices endpoint to retrieve a smaller version of the response object. This returns only lightweight fields, excluding computation-heavy fields from the response, making the API calls quick and efficient.
            search_term: Search parameter that performs a case-insensitive text search across the Name, FirstName, LastName, ContactNumber and EmailAddress fields.
            page_size: Number of records to retrieve per page

        `GET /Contacts` (operation `getContacts`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            ids=ids,
            page=page,
            include_archived=include_archived,
            summary_only=summary_only,
            search_term=search_term,
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
        ids: builtins.list[UUID | str] | None = None,
        page: int | None = None,
        include_archived: bool | None = None,
        summary_only: bool | None = None,
        search_term: str | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Contacts]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        def _fetch(_token: Any) -> Contacts:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                if_modified_since=if_modified_since,
                where=where,
                order=order,
                ids=ids,
                page=_token,
                include_archived=include_archived,
                summary_only=summary_only,
                search_term=search_term,
                page_size=page_size,
            )
            return self._core.send(call, request_options)

        return _paging.pages(
            _fetch, _paging.Paging(style="page", items="Contacts", page_size=page_size), first=page
        )

    def iter_list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        ids: builtins.list[UUID | str] | None = None,
        page: int | None = None,
        include_archived: bool | None = None,
        summary_only: bool | None = None,
        search_term: str | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Contact]:
        """Every item of every page of `list` (the page's `Contacts`).

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
            page=page,
            include_archived=include_archived,
            summary_only=summary_only,
            search_term=search_term,
            page_size=page_size,
            request_options=request_options,
        )
        return _paging.page_items(pages, "Contacts")

    def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        contacts: builtins.list[Contact] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Contacts:
        """Creates multiple contacts (bulk) in a Xero organisation

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Contacts` (operation `createContacts`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            contacts=contacts,
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
        contacts: builtins.list[Contact] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Contacts:
        """Updates or creates one or more contacts in a Xero organisation

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Contacts` (operation `updateOrCreateContacts`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            contacts=contacts,
        )
        return self._core.send(call, request_options)

    def get_by_contact_number(
        self,
        *,
        contact_number: str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Contacts:
        """Retrieves a specific contact by contact number in a Xero organisation

        Args:
            contact_number: This field is read only on the Xero contact screen, used to identify contacts in external systems (max length = 50).
            xero_tenant_id: Xero identifier for Tenant

        `GET /Contacts/{ContactNumber}` (operation `getContactByContactNumber`).
        """
        call = _get_by_contact_number_call(
            contact_number=contact_number, xero_tenant_id=xero_tenant_id
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        contact_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Contacts:
        """Retrieves a specific contacts in a Xero organisation using a unique contact Id

        Args:
            contact_id: Unique identifier for a Contact
            xero_tenant_id: Xero identifier for Tenant

        `GET /Contacts/{ContactID}` (operation `getContact`).
        """
        call = _get_call(contact_id=contact_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def update(
        self,
        *,
        contact_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        contacts: builtins.list[Contact] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Contacts:
        """Updates a specific contact in a Xero organisation

        Args:
            contact_id: Unique identifier for a Contact
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Contacts/{ContactID}` (operation `updateContact`).
        """
        call = _update_call(
            contact_id=contact_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            contacts=contacts,
        )
        return self._core.send(call, request_options)

    def get_attachments(
        self,
        *,
        contact_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments for a specific contact in a Xero organisation

        Args:
            contact_id: Unique identifier for a Contact
            xero_tenant_id: Xero identifier for Tenant

        `GET /Contacts/{ContactID}/Attachments` (operation `getContactAttachments`).
        """
        call = _get_attachments_call(contact_id=contact_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_attachment_by_id(
        self,
        *,
        contact_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific contact using a unique attachment Id

        Args:
            contact_id: Unique identifier for a Contact
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Contacts/{ContactID}/Attachments/{AttachmentID}` (operation `getContactAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            contact_id=contact_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def get_attachment_by_file_name(
        self,
        *,
        contact_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific contact by file name

        Args:
            contact_id: Unique identifier for a Contact
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Contacts/{ContactID}/Attachments/{FileName}` (operation `getContactAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            contact_id=contact_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def create_attachment_by_file_name(
        self,
        *,
        contact_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """PUT /Contacts/{ContactID}/Attachments/{FileName}

        Args:
            contact_id: Unique identifier for a Contact
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Contacts/{ContactID}/Attachments/{FileName}` (operation `createContactAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            contact_id=contact_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def update_attachment_by_file_name(
        self,
        *,
        contact_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """POST /Contacts/{ContactID}/Attachments/{FileName}

        Args:
            contact_id: Unique identifier for a Contact
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Contacts/{ContactID}/Attachments/{FileName}` (operation `updateContactAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            contact_id=contact_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def get_cis_settings(
        self,
        *,
        contact_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> CisSettings:
        """Retrieves CIS settings for a specific contact in a Xero organisation

        Args:
            contact_id: Unique identifier for a Contact
            xero_tenant_id: Xero identifier for Tenant

        `GET /Contacts/{ContactID}/CISSettings` (operation `getContactCISSettings`).
        """
        call = _get_cis_settings_call(contact_id=contact_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_history(
        self,
        *,
        contact_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history records for a specific contact

        Args:
            contact_id: Unique identifier for a Contact
            xero_tenant_id: Xero identifier for Tenant

        `GET /Contacts/{ContactID}/History` (operation `getContactHistory`).
        """
        call = _get_history_call(contact_id=contact_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def create_history(
        self,
        *,
        contact_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a new history record for a specific contact

        Args:
            contact_id: Unique identifier for a Contact
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Contacts/{ContactID}/History` (operation `createContactHistory`).
        """
        call = _create_history_call(
            contact_id=contact_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return self._core.send(call, request_options)


class ContactsResourceWithRawResponse:
    """The operations of `ContactsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: ContactsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.update_or_create = to_raw_response_wrapper(resource.update_or_create)
        self.get_by_contact_number = to_raw_response_wrapper(resource.get_by_contact_number)
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
        self.get_cis_settings = to_raw_response_wrapper(resource.get_cis_settings)
        self.get_history = to_raw_response_wrapper(resource.get_history)
        self.create_history = to_raw_response_wrapper(resource.create_history)


class ContactsResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in a `with` block and read the body in chunks (`iter_bytes()`), so that a large
    download never has to fit in memory; the connection is released when the block ends.
    """

    def __init__(self, resource: ContactsResource) -> None:
        self.get_attachment_by_id = to_streamed_response_wrapper(resource.get_attachment_by_id)
        self.get_attachment_by_file_name = to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )


class AsyncContactsResource:
    """Operations on contacts."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncContactsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncContactsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncContactsResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return AsyncContactsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        ids: builtins.list[UUID | str] | None = None,
        page: int | None = None,
        include_archived: bool | None = None,
        summary_only: bool | None = None,
        search_term: str | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Contacts:
        """Retrieves all contacts in a Xero organisation

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            ids: Filter by a comma separated list of ContactIDs. Allows you to retrieve a specific set of contacts in a single call.
            page: e.g. page=1 - Up to 100 contacts will be returned in a single API call.
            include_archived: e.g. includeArchived=true - Contacts with a status of ARCHIVED will be included in the response
            summary_only: Use summaryOnly=true in GET Contacts and Invoices endpoint to retrieve a smaller version of the response object. This returns only lightweight fields, excluding computation-heavy fields from the response, making the API calls quick and efficient.
            search_term: Search parameter that performs a case-insensitive text search across the Name, FirstName, LastName, ContactNumber and EmailAddress fields.
            page_size: Number of records to retrieve per page

        `GET /Contacts` (operation `getContacts`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            ids=ids,
            page=page,
            include_archived=include_archived,
            summary_only=summary_only,
            search_term=search_term,
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
        ids: builtins.list[UUID | str] | None = None,
        page: int | None = None,
        include_archived: bool | None = None,
        summary_only: bool | None = None,
        search_term: str | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Contacts]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        async def _fetch(_token: Any) -> Contacts:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                if_modified_since=if_modified_since,
                where=where,
                order=order,
                ids=ids,
                page=_token,
                include_archived=include_archived,
                summary_only=summary_only,
                search_term=search_term,
                page_size=page_size,
            )
            return await self._core.send(call, request_options)

        return _paging.apages(
            _fetch, _paging.Paging(style="page", items="Contacts", page_size=page_size), first=page
        )

    def iter_list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        ids: builtins.list[UUID | str] | None = None,
        page: int | None = None,
        include_archived: bool | None = None,
        summary_only: bool | None = None,
        search_term: str | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Contact]:
        """Every item of every page of `list` (the page's `Contacts`).

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
            page=page,
            include_archived=include_archived,
            summary_only=summary_only,
            search_term=search_term,
            page_size=page_size,
            request_options=request_options,
        )
        return _paging.apage_items(pages, "Contacts")

    async def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        contacts: builtins.list[Contact] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Contacts:
        """Creates multiple contacts (bulk) in a Xero organisation

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Contacts` (operation `createContacts`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            contacts=contacts,
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
        contacts: builtins.list[Contact] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Contacts:
        """Updates or creates one or more contacts in a Xero organisation

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Contacts` (operation `updateOrCreateContacts`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            contacts=contacts,
        )
        return await self._core.send(call, request_options)

    async def get_by_contact_number(
        self,
        *,
        contact_number: str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Contacts:
        """Retrieves a specific contact by contact number in a Xero organisation

        Args:
            contact_number: This field is read only on the Xero contact screen, used to identify contacts in external systems (max length = 50).
            xero_tenant_id: Xero identifier for Tenant

        `GET /Contacts/{ContactNumber}` (operation `getContactByContactNumber`).
        """
        call = _get_by_contact_number_call(
            contact_number=contact_number, xero_tenant_id=xero_tenant_id
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        contact_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Contacts:
        """Retrieves a specific contacts in a Xero organisation using a unique contact Id

        Args:
            contact_id: Unique identifier for a Contact
            xero_tenant_id: Xero identifier for Tenant

        `GET /Contacts/{ContactID}` (operation `getContact`).
        """
        call = _get_call(contact_id=contact_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def update(
        self,
        *,
        contact_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        contacts: builtins.list[Contact] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Contacts:
        """Updates a specific contact in a Xero organisation

        Args:
            contact_id: Unique identifier for a Contact
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Contacts/{ContactID}` (operation `updateContact`).
        """
        call = _update_call(
            contact_id=contact_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            contacts=contacts,
        )
        return await self._core.send(call, request_options)

    async def get_attachments(
        self,
        *,
        contact_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments for a specific contact in a Xero organisation

        Args:
            contact_id: Unique identifier for a Contact
            xero_tenant_id: Xero identifier for Tenant

        `GET /Contacts/{ContactID}/Attachments` (operation `getContactAttachments`).
        """
        call = _get_attachments_call(contact_id=contact_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_attachment_by_id(
        self,
        *,
        contact_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific contact using a unique attachment Id

        Args:
            contact_id: Unique identifier for a Contact
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Contacts/{ContactID}/Attachments/{AttachmentID}` (operation `getContactAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            contact_id=contact_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def get_attachment_by_file_name(
        self,
        *,
        contact_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific contact by file name

        Args:
            contact_id: Unique identifier for a Contact
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Contacts/{ContactID}/Attachments/{FileName}` (operation `getContactAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            contact_id=contact_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def create_attachment_by_file_name(
        self,
        *,
        contact_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """PUT /Contacts/{ContactID}/Attachments/{FileName}

        Args:
            contact_id: Unique identifier for a Contact
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Contacts/{ContactID}/Attachments/{FileName}` (operation `createContactAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            contact_id=contact_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def update_attachment_by_file_name(
        self,
        *,
        contact_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """POST /Contacts/{ContactID}/Attachments/{FileName}

        Args:
            contact_id: Unique identifier for a Contact
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Contacts/{ContactID}/Attachments/{FileName}` (operation `updateContactAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            contact_id=contact_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def get_cis_settings(
        self,
        *,
        contact_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> CisSettings:
        """Retrieves CIS settings for a specific contact in a Xero organisation

        Args:
            contact_id: Unique identifier for a Contact
            xero_tenant_id: Xero identifier for Tenant

        `GET /Contacts/{ContactID}/CISSettings` (operation `getContactCISSettings`).
        """
        call = _get_cis_settings_call(contact_id=contact_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_history(
        self,
        *,
        contact_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history records for a specific contact

        Args:
            contact_id: Unique identifier for a Contact
            xero_tenant_id: Xero identifier for Tenant

        `GET /Contacts/{ContactID}/History` (operation `getContactHistory`).
        """
        call = _get_history_call(contact_id=contact_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def create_history(
        self,
        *,
        contact_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a new history record for a specific contact

        Args:
            contact_id: Unique identifier for a Contact
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Contacts/{ContactID}/History` (operation `createContactHistory`).
        """
        call = _create_history_call(
            contact_id=contact_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return await self._core.send(call, request_options)


class AsyncContactsResourceWithRawResponse:
    """The operations of `AsyncContactsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncContactsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update_or_create = async_to_raw_response_wrapper(resource.update_or_create)
        self.get_by_contact_number = async_to_raw_response_wrapper(resource.get_by_contact_number)
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
        self.get_cis_settings = async_to_raw_response_wrapper(resource.get_cis_settings)
        self.get_history = async_to_raw_response_wrapper(resource.get_history)
        self.create_history = async_to_raw_response_wrapper(resource.create_history)


class AsyncContactsResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in an `async with` block and read the body in chunks (`async for chunk in
    response.iter_bytes()`); the connection is released when the block ends.
    """

    def __init__(self, resource: AsyncContactsResource) -> None:
        self.get_attachment_by_id = async_to_streamed_response_wrapper(
            resource.get_attachment_by_id
        )
        self.get_attachment_by_file_name = async_to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )
