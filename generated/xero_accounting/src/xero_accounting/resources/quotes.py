"""The `quotes` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from datetime import date, datetime
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
from ..models._quotes import Quote, Quotes
from ..models._shared import Attachments, Error, HistoryRecord, HistoryRecords

__all__ = [
    "AsyncQuotesResource",
    "AsyncQuotesResourceWithRawResponse",
    "AsyncQuotesResourceWithStreamingResponse",
    "QuotesResource",
    "QuotesResourceWithRawResponse",
    "QuotesResourceWithStreamingResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    if_modified_since: datetime | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    expiry_date_from: date | None = None,
    expiry_date_to: date | None = None,
    contact_id: UUID | str | None = None,
    status: str | None = None,
    page: int | None = None,
    order: str | None = None,
    quote_number: str | None = None,
) -> Call[Quotes]:
    return Call[Quotes](
        method="GET",
        path="/Quotes",
        operation_id="getQuotes",
        query=[
            Param(
                "DateFrom",
                date_from,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
            Param(
                "DateTo",
                date_to,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
            Param(
                "ExpiryDateFrom",
                expiry_date_from,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
            Param(
                "ExpiryDateTo",
                expiry_date_to,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
            Param("ContactID", contact_id, style="form", explode=True),
            Param("Status", status, style="form", explode=True),
            Param("page", page, style="form", explode=True),
            Param("order", order, style="form", explode=True),
            Param("QuoteNumber", quote_number, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("If-Modified-Since", if_modified_since, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(Quotes, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    idempotency_key: str | None = None,
    quotes: builtins.list[Quote] | NotGiven = NOT_GIVEN,
) -> Call[Quotes]:
    data = given({"Quotes": quotes})
    return Call[Quotes](
        method="PUT",
        path="/Quotes",
        operation_id="createQuotes",
        query=[Param("summarizeErrors", summarize_errors, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Quotes.model_validate(data),
        responses={"200": ResponseSpec(Quotes, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _update_or_create_call(
    *,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    idempotency_key: str | None = None,
    quotes: builtins.list[Quote] | NotGiven = NOT_GIVEN,
) -> Call[Quotes]:
    data = given({"Quotes": quotes})
    return Call[Quotes](
        method="POST",
        path="/Quotes",
        operation_id="updateOrCreateQuotes",
        query=[Param("summarizeErrors", summarize_errors, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Quotes.model_validate(data),
        responses={"200": ResponseSpec(Quotes, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_call(
    *,
    quote_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Quotes]:
    return Call[Quotes](
        method="GET",
        path="/Quotes/{QuoteID}",
        operation_id="getQuote",
        path_params={"QuoteID": quote_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Quotes, "json")},
        security=[["OAuth2"]],
    )


def _update_call(
    *,
    quote_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    quotes: builtins.list[Quote] | NotGiven = NOT_GIVEN,
) -> Call[Quotes]:
    data = given({"Quotes": quotes})
    return Call[Quotes](
        method="POST",
        path="/Quotes/{QuoteID}",
        operation_id="updateQuote",
        path_params={"QuoteID": quote_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Quotes.model_validate(data),
        responses={"200": ResponseSpec(Quotes, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_history_call(
    *,
    quote_id: UUID | str,
    xero_tenant_id: str,
) -> Call[HistoryRecords]:
    return Call[HistoryRecords](
        method="GET",
        path="/Quotes/{QuoteID}/History",
        operation_id="getQuoteHistory",
        path_params={"QuoteID": quote_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
    )


def _create_history_call(
    *,
    quote_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
) -> Call[HistoryRecords]:
    data = given({"HistoryRecords": history_records})
    return Call[HistoryRecords](
        method="PUT",
        path="/Quotes/{QuoteID}/History",
        operation_id="createQuoteHistory",
        path_params={"QuoteID": quote_id},
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


def _get_as_pdf_call(
    *,
    quote_id: UUID | str,
    xero_tenant_id: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/Quotes/{QuoteID}/pdf",
        operation_id="getQuoteAsPdf",
        path_params={"QuoteID": quote_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(bytes, "binary", "application/pdf")},
        security=[["OAuth2"]],
    )


def _get_attachments_call(
    *,
    quote_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Attachments]:
    return Call[Attachments](
        method="GET",
        path="/Quotes/{QuoteID}/Attachments",
        operation_id="getQuoteAttachments",
        path_params={"QuoteID": quote_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Attachments, "json")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_id_call(
    *,
    quote_id: UUID | str,
    attachment_id: UUID | str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/Quotes/{QuoteID}/Attachments/{AttachmentID}",
        operation_id="getQuoteAttachmentById",
        path_params={"QuoteID": quote_id, "AttachmentID": attachment_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_file_name_call(
    *,
    quote_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/Quotes/{QuoteID}/Attachments/{FileName}",
        operation_id="getQuoteAttachmentByFileName",
        path_params={"QuoteID": quote_id, "FileName": file_name},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _create_attachment_by_file_name_call(
    *,
    quote_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="PUT",
        path="/Quotes/{QuoteID}/Attachments/{FileName}",
        operation_id="createQuoteAttachmentByFileName",
        path_params={"QuoteID": quote_id, "FileName": file_name},
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
    quote_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="POST",
        path="/Quotes/{QuoteID}/Attachments/{FileName}",
        operation_id="updateQuoteAttachmentByFileName",
        path_params={"QuoteID": quote_id, "FileName": file_name},
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


class QuotesResource:
    """Operations on quotes."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> QuotesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return QuotesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> QuotesResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return QuotesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        expiry_date_from: date | None = None,
        expiry_date_to: date | None = None,
        contact_id: UUID | str | None = None,
        status: str | None = None,
        page: int | None = None,
        order: str | None = None,
        quote_number: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Quotes:
        """Retrieves sales quotes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            date_from: Filter for quotes after a particular date
            date_to: Filter for quotes before a particular date
            expiry_date_from: Filter for quotes expiring after a particular date
            expiry_date_to: Filter for quotes before a particular date
            contact_id: Filter for quotes belonging to a particular contact
            status: Filter for quotes of a particular Status
            page: e.g. page=1 – Up to 100 Quotes will be returned in a single API call with line items shown for each quote
            order: Order by an any element
            quote_number: Filter by quote number (e.g. GET https://.../Quotes?QuoteNumber=QU-0001)

        `GET /Quotes` (operation `getQuotes`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            date_from=date_from,
            date_to=date_to,
            expiry_date_from=expiry_date_from,
            expiry_date_to=expiry_date_to,
            contact_id=contact_id,
            status=status,
            page=page,
            order=order,
            quote_number=quote_number,
        )
        return self._core.send(call, request_options)

    def iter_list_pages(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        expiry_date_from: date | None = None,
        expiry_date_to: date | None = None,
        contact_id: UUID | str | None = None,
        status: str | None = None,
        page: int | None = None,
        order: str | None = None,
        quote_number: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Quotes]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page. Takes
        the arguments of `list`; each page is fetched when the loop reaches it.
        """

        def _fetch(_token: Any) -> Quotes:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                if_modified_since=if_modified_since,
                date_from=date_from,
                date_to=date_to,
                expiry_date_from=expiry_date_from,
                expiry_date_to=expiry_date_to,
                contact_id=contact_id,
                status=status,
                page=_token,
                order=order,
                quote_number=quote_number,
            )
            return self._core.send(call, request_options)

        return _paging.pages(_fetch, _paging.Paging(style="page", items="Quotes"), first=page)

    def iter_list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        expiry_date_from: date | None = None,
        expiry_date_to: date | None = None,
        contact_id: UUID | str | None = None,
        status: str | None = None,
        page: int | None = None,
        order: str | None = None,
        quote_number: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Quote]:
        """Every item of every page of `list` (the page's `Quotes`).

        Starts at `page` (page 1 when not given) and stops after an empty page. Takes
        the arguments of `list`; each page is fetched when the loop reaches it.
        """

        pages = self.iter_list_pages(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            date_from=date_from,
            date_to=date_to,
            expiry_date_from=expiry_date_from,
            expiry_date_to=expiry_date_to,
            contact_id=contact_id,
            status=status,
            page=page,
            order=order,
            quote_number=quote_number,
            request_options=request_options,
        )
        return _paging.page_items(pages, "Quotes")

    def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        quotes: builtins.list[Quote] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Quotes:
        """Create one or more quotes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Quotes` (operation `createQuotes`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            quotes=quotes,
        )
        return self._core.send(call, request_options)

    def update_or_create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        quotes: builtins.list[Quote] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Quotes:
        """Updates or creates one or more quotes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Quotes` (operation `updateOrCreateQuotes`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            quotes=quotes,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        quote_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Quotes:
        """Retrieves a specific quote using a unique quote Id

        Args:
            quote_id: Unique identifier for an Quote
            xero_tenant_id: Xero identifier for Tenant

        `GET /Quotes/{QuoteID}` (operation `getQuote`).
        """
        call = _get_call(quote_id=quote_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def update(
        self,
        *,
        quote_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        quotes: builtins.list[Quote] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Quotes:
        """Updates a specific quote

        Args:
            quote_id: Unique identifier for an Quote
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Quotes/{QuoteID}` (operation `updateQuote`).
        """
        call = _update_call(
            quote_id=quote_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            quotes=quotes,
        )
        return self._core.send(call, request_options)

    def get_history(
        self,
        *,
        quote_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history records of a specific quote

        Args:
            quote_id: Unique identifier for an Quote
            xero_tenant_id: Xero identifier for Tenant

        `GET /Quotes/{QuoteID}/History` (operation `getQuoteHistory`).
        """
        call = _get_history_call(quote_id=quote_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def create_history(
        self,
        *,
        quote_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific quote

        Args:
            quote_id: Unique identifier for an Quote
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Quotes/{QuoteID}/History` (operation `createQuoteHistory`).
        """
        call = _create_history_call(
            quote_id=quote_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return self._core.send(call, request_options)

    def get_as_pdf(
        self,
        *,
        quote_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific quote as a PDF file using a unique quote Id

        Args:
            quote_id: Unique identifier for an Quote
            xero_tenant_id: Xero identifier for Tenant

        `GET /Quotes/{QuoteID}/pdf` (operation `getQuoteAsPdf`).
        """
        call = _get_as_pdf_call(quote_id=quote_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_attachments(
        self,
        *,
        quote_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments for a specific quote

        Args:
            quote_id: Unique identifier for an Quote
            xero_tenant_id: Xero identifier for Tenant

        `GET /Quotes/{QuoteID}/Attachments` (operation `getQuoteAttachments`).
        """
        call = _get_attachments_call(quote_id=quote_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_attachment_by_id(
        self,
        *,
        quote_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific quote using a unique attachment Id

        Args:
            quote_id: Unique identifier for an Quote
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Quotes/{QuoteID}/Attachments/{AttachmentID}` (operation `getQuoteAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            quote_id=quote_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def get_attachment_by_file_name(
        self,
        *,
        quote_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific quote by filename

        Args:
            quote_id: Unique identifier for an Quote
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Quotes/{QuoteID}/Attachments/{FileName}` (operation `getQuoteAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            quote_id=quote_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def create_attachment_by_file_name(
        self,
        *,
        quote_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates attachment for a specific quote

        Args:
            quote_id: Unique identifier for an Quote
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Quotes/{QuoteID}/Attachments/{FileName}` (operation `createQuoteAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            quote_id=quote_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def update_attachment_by_file_name(
        self,
        *,
        quote_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates a specific attachment from a specific quote by filename

        Args:
            quote_id: Unique identifier for an Quote
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Quotes/{QuoteID}/Attachments/{FileName}` (operation `updateQuoteAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            quote_id=quote_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)


class QuotesResourceWithRawResponse:
    """The operations of `QuotesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: QuotesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.update_or_create = to_raw_response_wrapper(resource.update_or_create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.get_history = to_raw_response_wrapper(resource.get_history)
        self.create_history = to_raw_response_wrapper(resource.create_history)
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


class QuotesResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in a `with` block and read the body in chunks (`iter_bytes()`), so that a large
    download never has to fit in memory; the connection is released when the block ends.
    """

    def __init__(self, resource: QuotesResource) -> None:
        self.get_as_pdf = to_streamed_response_wrapper(resource.get_as_pdf)
        self.get_attachment_by_id = to_streamed_response_wrapper(resource.get_attachment_by_id)
        self.get_attachment_by_file_name = to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )


class AsyncQuotesResource:
    """Operations on quotes."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncQuotesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncQuotesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncQuotesResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return AsyncQuotesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        expiry_date_from: date | None = None,
        expiry_date_to: date | None = None,
        contact_id: UUID | str | None = None,
        status: str | None = None,
        page: int | None = None,
        order: str | None = None,
        quote_number: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Quotes:
        """Retrieves sales quotes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            date_from: Filter for quotes after a particular date
            date_to: Filter for quotes before a particular date
            expiry_date_from: Filter for quotes expiring after a particular date
            expiry_date_to: Filter for quotes before a particular date
            contact_id: Filter for quotes belonging to a particular contact
            status: Filter for quotes of a particular Status
            page: e.g. page=1 – Up to 100 Quotes will be returned in a single API call with line items shown for each quote
            order: Order by an any element
            quote_number: Filter by quote number (e.g. GET https://.../Quotes?QuoteNumber=QU-0001)

        `GET /Quotes` (operation `getQuotes`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            date_from=date_from,
            date_to=date_to,
            expiry_date_from=expiry_date_from,
            expiry_date_to=expiry_date_to,
            contact_id=contact_id,
            status=status,
            page=page,
            order=order,
            quote_number=quote_number,
        )
        return await self._core.send(call, request_options)

    def iter_list_pages(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        expiry_date_from: date | None = None,
        expiry_date_to: date | None = None,
        contact_id: UUID | str | None = None,
        status: str | None = None,
        page: int | None = None,
        order: str | None = None,
        quote_number: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Quotes]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page. Takes
        the arguments of `list`; each page is fetched when the loop reaches it.
        """

        async def _fetch(_token: Any) -> Quotes:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                if_modified_since=if_modified_since,
                date_from=date_from,
                date_to=date_to,
                expiry_date_from=expiry_date_from,
                expiry_date_to=expiry_date_to,
                contact_id=contact_id,
                status=status,
                page=_token,
                order=order,
                quote_number=quote_number,
            )
            return await self._core.send(call, request_options)

        return _paging.apages(_fetch, _paging.Paging(style="page", items="Quotes"), first=page)

    def iter_list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        expiry_date_from: date | None = None,
        expiry_date_to: date | None = None,
        contact_id: UUID | str | None = None,
        status: str | None = None,
        page: int | None = None,
        order: str | None = None,
        quote_number: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Quote]:
        """Every item of every page of `list` (the page's `Quotes`).

        Starts at `page` (page 1 when not given) and stops after an empty page. Takes
        the arguments of `list`; each page is fetched when the loop reaches it.
        """

        pages = self.iter_list_pages(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            date_from=date_from,
            date_to=date_to,
            expiry_date_from=expiry_date_from,
            expiry_date_to=expiry_date_to,
            contact_id=contact_id,
            status=status,
            page=page,
            order=order,
            quote_number=quote_number,
            request_options=request_options,
        )
        return _paging.apage_items(pages, "Quotes")

    async def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        quotes: builtins.list[Quote] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Quotes:
        """Create one or more quotes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Quotes` (operation `createQuotes`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            quotes=quotes,
        )
        return await self._core.send(call, request_options)

    async def update_or_create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        quotes: builtins.list[Quote] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Quotes:
        """Updates or creates one or more quotes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Quotes` (operation `updateOrCreateQuotes`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            quotes=quotes,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        quote_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Quotes:
        """Retrieves a specific quote using a unique quote Id

        Args:
            quote_id: Unique identifier for an Quote
            xero_tenant_id: Xero identifier for Tenant

        `GET /Quotes/{QuoteID}` (operation `getQuote`).
        """
        call = _get_call(quote_id=quote_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def update(
        self,
        *,
        quote_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        quotes: builtins.list[Quote] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Quotes:
        """Updates a specific quote

        Args:
            quote_id: Unique identifier for an Quote
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Quotes/{QuoteID}` (operation `updateQuote`).
        """
        call = _update_call(
            quote_id=quote_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            quotes=quotes,
        )
        return await self._core.send(call, request_options)

    async def get_history(
        self,
        *,
        quote_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history records of a specific quote

        Args:
            quote_id: Unique identifier for an Quote
            xero_tenant_id: Xero identifier for Tenant

        `GET /Quotes/{QuoteID}/History` (operation `getQuoteHistory`).
        """
        call = _get_history_call(quote_id=quote_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def create_history(
        self,
        *,
        quote_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific quote

        Args:
            quote_id: Unique identifier for an Quote
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Quotes/{QuoteID}/History` (operation `createQuoteHistory`).
        """
        call = _create_history_call(
            quote_id=quote_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return await self._core.send(call, request_options)

    async def get_as_pdf(
        self,
        *,
        quote_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific quote as a PDF file using a unique quote Id

        Args:
            quote_id: Unique identifier for an Quote
            xero_tenant_id: Xero identifier for Tenant

        `GET /Quotes/{QuoteID}/pdf` (operation `getQuoteAsPdf`).
        """
        call = _get_as_pdf_call(quote_id=quote_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_attachments(
        self,
        *,
        quote_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments for a specific quote

        Args:
            quote_id: Unique identifier for an Quote
            xero_tenant_id: Xero identifier for Tenant

        `GET /Quotes/{QuoteID}/Attachments` (operation `getQuoteAttachments`).
        """
        call = _get_attachments_call(quote_id=quote_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_attachment_by_id(
        self,
        *,
        quote_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific quote using a unique attachment Id

        Args:
            quote_id: Unique identifier for an Quote
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Quotes/{QuoteID}/Attachments/{AttachmentID}` (operation `getQuoteAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            quote_id=quote_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def get_attachment_by_file_name(
        self,
        *,
        quote_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific quote by filename

        Args:
            quote_id: Unique identifier for an Quote
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Quotes/{QuoteID}/Attachments/{FileName}` (operation `getQuoteAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            quote_id=quote_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def create_attachment_by_file_name(
        self,
        *,
        quote_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates attachment for a specific quote

        Args:
            quote_id: Unique identifier for an Quote
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Quotes/{QuoteID}/Attachments/{FileName}` (operation `createQuoteAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            quote_id=quote_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def update_attachment_by_file_name(
        self,
        *,
        quote_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates a specific attachment from a specific quote by filename

        Args:
            quote_id: Unique identifier for an Quote
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Quotes/{QuoteID}/Attachments/{FileName}` (operation `updateQuoteAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            quote_id=quote_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)


class AsyncQuotesResourceWithRawResponse:
    """The operations of `AsyncQuotesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncQuotesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update_or_create = async_to_raw_response_wrapper(resource.update_or_create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.get_history = async_to_raw_response_wrapper(resource.get_history)
        self.create_history = async_to_raw_response_wrapper(resource.create_history)
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


class AsyncQuotesResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in an `async with` block and read the body in chunks (`async for chunk in
    response.iter_bytes()`); the connection is released when the block ends.
    """

    def __init__(self, resource: AsyncQuotesResource) -> None:
        self.get_as_pdf = async_to_streamed_response_wrapper(resource.get_as_pdf)
        self.get_attachment_by_id = async_to_streamed_response_wrapper(
            resource.get_attachment_by_id
        )
        self.get_attachment_by_file_name = async_to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )
