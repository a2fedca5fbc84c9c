"""The `bank_transactions` operations. Generated from the OpenAPI document; do not edit."""

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
from ..models._bank_transactions import BankTransaction, BankTransactions
from ..models._shared import (
    Attachments,
    Error,
    HistoryRecord,
    HistoryRecords,
    Pagination,
    ValidationError,
)

__all__ = [
    "AsyncBankTransactionsResource",
    "AsyncBankTransactionsResourceWithRawResponse",
    "AsyncBankTransactionsResourceWithStreamingResponse",
    "BankTransactionsResource",
    "BankTransactionsResourceWithRawResponse",
    "BankTransactionsResourceWithStreamingResponse",
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
) -> Call[BankTransactions]:
    return Call[BankTransactions](
        method="GET",
        path="/BankTransactions",
        operation_id="getBankTransactions",
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
        responses={"200": ResponseSpec(BankTransactions, "json")},
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
    bank_transactions: builtins.list[BankTransaction] | NotGiven = NOT_GIVEN,
) -> Call[BankTransactions]:
    data = given(
        {"pagination": pagination, "Warnings": warnings, "BankTransactions": bank_transactions}
    )
    return Call[BankTransactions](
        method="PUT",
        path="/BankTransactions",
        operation_id="createBankTransactions",
        query=[
            Param("summarizeErrors", summarize_errors, style="form", explode=True),
            Param("unitdp", unitdp, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=BankTransactions.model_validate(data),
        responses={"200": ResponseSpec(BankTransactions, "json")},
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
    bank_transactions: builtins.list[BankTransaction] | NotGiven = NOT_GIVEN,
) -> Call[BankTransactions]:
    data = given(
        {"pagination": pagination, "Warnings": warnings, "BankTransactions": bank_transactions}
    )
    return Call[BankTransactions](
        method="POST",
        path="/BankTransactions",
        operation_id="updateOrCreateBankTransactions",
        query=[
            Param("summarizeErrors", summarize_errors, style="form", explode=True),
            Param("unitdp", unitdp, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=BankTransactions.model_validate(data),
        responses={"200": ResponseSpec(BankTransactions, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_call(
    *,
    bank_transaction_id: UUID | str,
    xero_tenant_id: str,
    unitdp: int | None = None,
) -> Call[BankTransactions]:
    return Call[BankTransactions](
        method="GET",
        path="/BankTransactions/{BankTransactionID}",
        operation_id="getBankTransaction",
        path_params={"BankTransactionID": bank_transaction_id},
        query=[Param("unitdp", unitdp, style="form", explode=True)],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(BankTransactions, "json")},
        security=[["OAuth2"]],
    )


def _update_call(
    *,
    bank_transaction_id: UUID | str,
    xero_tenant_id: str,
    unitdp: int | None = None,
    idempotency_key: str | None = None,
    pagination: Pagination | NotGiven = NOT_GIVEN,
    warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
    bank_transactions: builtins.list[BankTransaction] | NotGiven = NOT_GIVEN,
) -> Call[BankTransactions]:
    data = given(
        {"pagination": pagination, "Warnings": warnings, "BankTransactions": bank_transactions}
    )
    return Call[BankTransactions](
        method="POST",
        path="/BankTransactions/{BankTransactionID}",
        operation_id="updateBankTransaction",
        path_params={"BankTransactionID": bank_transaction_id},
        query=[Param("unitdp", unitdp, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=BankTransactions.model_validate(data),
        responses={"200": ResponseSpec(BankTransactions, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_attachments_call(
    *,
    bank_transaction_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Attachments]:
    return Call[Attachments](
        method="GET",
        path="/BankTransactions/{BankTransactionID}/Attachments",
        operation_id="getBankTransactionAttachments",
        path_params={"BankTransactionID": bank_transaction_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Attachments, "json")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_id_call(
    *,
    bank_transaction_id: UUID | str,
    attachment_id: UUID | str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/BankTransactions/{BankTransactionID}/Attachments/{AttachmentID}",
        operation_id="getBankTransactionAttachmentById",
        path_params={"BankTransactionID": bank_transaction_id, "AttachmentID": attachment_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_file_name_call(
    *,
    bank_transaction_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/BankTransactions/{BankTransactionID}/Attachments/{FileName}",
        operation_id="getBankTransactionAttachmentByFileName",
        path_params={"BankTransactionID": bank_transaction_id, "FileName": file_name},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _create_attachment_by_file_name_call(
    *,
    bank_transaction_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="PUT",
        path="/BankTransactions/{BankTransactionID}/Attachments/{FileName}",
        operation_id="createBankTransactionAttachmentByFileName",
        path_params={"BankTransactionID": bank_transaction_id, "FileName": file_name},
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
    bank_transaction_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="POST",
        path="/BankTransactions/{BankTransactionID}/Attachments/{FileName}",
        operation_id="updateBankTransactionAttachmentByFileName",
        path_params={"BankTransactionID": bank_transaction_id, "FileName": file_name},
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
    bank_transaction_id: UUID | str,
    xero_tenant_id: str,
) -> Call[HistoryRecords]:
    return Call[HistoryRecords](
        method="GET",
        path="/BankTransactions/{BankTransactionID}/History",
        operation_id="getBankTransactionsHistory",
        path_params={"BankTransactionID": bank_transaction_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
    )


def _create_history_record_call(
    *,
    bank_transaction_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
) -> Call[HistoryRecords]:
    data = given({"HistoryRecords": history_records})
    return Call[HistoryRecords](
        method="PUT",
        path="/BankTransactions/{BankTransactionID}/History",
        operation_id="createBankTransactionHistoryRecord",
        path_params={"BankTransactionID": bank_transaction_id},
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


class BankTransactionsResource:
    """Operations on bank transactions."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> BankTransactionsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return BankTransactionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BankTransactionsResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return BankTransactionsResourceWithStreamingResponse(self)

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
    ) -> BankTransactions:
        """Retrieves any spent or received money transactions

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            page: Up to 100 bank transactions will be returned in a single API call with line items details
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            page_size: Number of records to retrieve per page

        `GET /BankTransactions` (operation `getBankTransactions`).
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
    ) -> Iterator[BankTransactions]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        def _fetch(_token: Any) -> BankTransactions:
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
            _paging.Paging(style="page", items="BankTransactions", page_size=page_size),
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
    ) -> Iterator[BankTransaction]:
        """Every item of every page of `list` (the page's `BankTransactions`).

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
        return _paging.page_items(pages, "BankTransactions")

    def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        bank_transactions: builtins.list[BankTransaction] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> BankTransactions:
        """Creates one or more spent or received money transaction

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /BankTransactions` (operation `createBankTransactions`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            bank_transactions=bank_transactions,
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
        bank_transactions: builtins.list[BankTransaction] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> BankTransactions:
        """Updates or creates one or more spent or received money transaction

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BankTransactions` (operation `updateOrCreateBankTransactions`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            bank_transactions=bank_transactions,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        bank_transaction_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BankTransactions:
        """Retrieves a single spent or received money transaction by using a unique bank transaction Id

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts

        `GET /BankTransactions/{BankTransactionID}` (operation `getBankTransaction`).
        """
        call = _get_call(
            bank_transaction_id=bank_transaction_id, xero_tenant_id=xero_tenant_id, unitdp=unitdp
        )
        return self._core.send(call, request_options)

    def update(
        self,
        *,
        bank_transaction_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        bank_transactions: builtins.list[BankTransaction] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> BankTransactions:
        """Updates a single spent or received money transaction

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BankTransactions/{BankTransactionID}` (operation `updateBankTransaction`).
        """
        call = _update_call(
            bank_transaction_id=bank_transaction_id,
            xero_tenant_id=xero_tenant_id,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            bank_transactions=bank_transactions,
        )
        return self._core.send(call, request_options)

    def get_attachments(
        self,
        *,
        bank_transaction_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves any attachments from a specific bank transactions

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            xero_tenant_id: Xero identifier for Tenant

        `GET /BankTransactions/{BankTransactionID}/Attachments` (operation `getBankTransactionAttachments`).
        """
        call = _get_attachments_call(
            bank_transaction_id=bank_transaction_id, xero_tenant_id=xero_tenant_id
        )
        return self._core.send(call, request_options)

    def get_attachment_by_id(
        self,
        *,
        bank_transaction_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves specific attachments from a specific BankTransaction using a unique attachment Id

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /BankTransactions/{BankTransactionID}/Attachments/{AttachmentID}` (operation `getBankTransactionAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            bank_transaction_id=bank_transaction_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def get_attachment_by_file_name(
        self,
        *,
        bank_transaction_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific bank transaction by filename

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /BankTransactions/{BankTransactionID}/Attachments/{FileName}` (operation `getBankTransactionAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            bank_transaction_id=bank_transaction_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def create_attachment_by_file_name(
        self,
        *,
        bank_transaction_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates an attachment for a specific bank transaction by filename

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /BankTransactions/{BankTransactionID}/Attachments/{FileName}` (operation `createBankTransactionAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            bank_transaction_id=bank_transaction_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def update_attachment_by_file_name(
        self,
        *,
        bank_transaction_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates a specific attachment from a specific bank transaction by filename

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BankTransactions/{BankTransactionID}/Attachments/{FileName}` (operation `updateBankTransactionAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            bank_transaction_id=bank_transaction_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def get_history(
        self,
        *,
        bank_transaction_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history from a specific bank transaction using a unique bank transaction Id

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            xero_tenant_id: Xero identifier for Tenant

        `GET /BankTransactions/{BankTransactionID}/History` (operation `getBankTransactionsHistory`).
        """
        call = _get_history_call(
            bank_transaction_id=bank_transaction_id, xero_tenant_id=xero_tenant_id
        )
        return self._core.send(call, request_options)

    def create_history_record(
        self,
        *,
        bank_transaction_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific bank transactions

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /BankTransactions/{BankTransactionID}/History` (operation `createBankTransactionHistoryRecord`).
        """
        call = _create_history_record_call(
            bank_transaction_id=bank_transaction_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return self._core.send(call, request_options)


class BankTransactionsResourceWithRawResponse:
    """The operations of `BankTransactionsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: BankTransactionsResource) -> None:
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


class BankTransactionsResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in a `with` block and read the body in chunks (`iter_bytes()`), so that a large
    download never has to fit in memory; the connection is released when the block ends.
    """

    def __init__(self, resource: BankTransactionsResource) -> None:
        self.get_attachment_by_id = to_streamed_response_wrapper(resource.get_attachment_by_id)
        self.get_attachment_by_file_name = to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )


class AsyncBankTransactionsResource:
    """Operations on bank transactions."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncBankTransactionsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncBankTransactionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBankTransactionsResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return AsyncBankTransactionsResourceWithStreamingResponse(self)

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
    ) -> BankTransactions:
        """Retrieves any spent or received money transactions

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            page: Up to 100 bank transactions will be returned in a single API call with line items details
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            page_size: Number of records to retrieve per page

        `GET /BankTransactions` (operation `getBankTransactions`).
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
    ) -> AsyncIterator[BankTransactions]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        async def _fetch(_token: Any) -> BankTransactions:
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
            _paging.Paging(style="page", items="BankTransactions", page_size=page_size),
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
    ) -> AsyncIterator[BankTransaction]:
        """Every item of every page of `list` (the page's `BankTransactions`).

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
        return _paging.apage_items(pages, "BankTransactions")

    async def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        bank_transactions: builtins.list[BankTransaction] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> BankTransactions:
        """Creates one or more spent or received money transaction

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /BankTransactions` (operation `createBankTransactions`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            bank_transactions=bank_transactions,
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
        bank_transactions: builtins.list[BankTransaction] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> BankTransactions:
        """Updates or creates one or more spent or received money transaction

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BankTransactions` (operation `updateOrCreateBankTransactions`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            bank_transactions=bank_transactions,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        bank_transaction_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BankTransactions:
        """Retrieves a single spent or received money transaction by using a unique bank transaction Id

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts

        `GET /BankTransactions/{BankTransactionID}` (operation `getBankTransaction`).
        """
        call = _get_call(
            bank_transaction_id=bank_transaction_id, xero_tenant_id=xero_tenant_id, unitdp=unitdp
        )
        return await self._core.send(call, request_options)

    async def update(
        self,
        *,
        bank_transaction_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        bank_transactions: builtins.list[BankTransaction] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> BankTransactions:
        """Updates a single spent or received money transaction

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BankTransactions/{BankTransactionID}` (operation `updateBankTransaction`).
        """
        call = _update_call(
            bank_transaction_id=bank_transaction_id,
            xero_tenant_id=xero_tenant_id,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            bank_transactions=bank_transactions,
        )
        return await self._core.send(call, request_options)

    async def get_attachments(
        self,
        *,
        bank_transaction_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves any attachments from a specific bank transactions

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            xero_tenant_id: Xero identifier for Tenant

        `GET /BankTransactions/{BankTransactionID}/Attachments` (operation `getBankTransactionAttachments`).
        """
        call = _get_attachments_call(
            bank_transaction_id=bank_transaction_id, xero_tenant_id=xero_tenant_id
        )
        return await self._core.send(call, request_options)

    async def get_attachment_by_id(
        self,
        *,
        bank_transaction_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves specific attachments from a specific BankTransaction using a unique attachment Id

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /BankTransactions/{BankTransactionID}/Attachments/{AttachmentID}` (operation `getBankTransactionAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            bank_transaction_id=bank_transaction_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def get_attachment_by_file_name(
        self,
        *,
        bank_transaction_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific bank transaction by filename

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /BankTransactions/{BankTransactionID}/Attachments/{FileName}` (operation `getBankTransactionAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            bank_transaction_id=bank_transaction_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def create_attachment_by_file_name(
        self,
        *,
        bank_transaction_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates an attachment for a specific bank transaction by filename

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /BankTransactions/{BankTransactionID}/Attachments/{FileName}` (operation `createBankTransactionAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            bank_transaction_id=bank_transaction_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def update_attachment_by_file_name(
        self,
        *,
        bank_transaction_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates a specific attachment from a specific bank transaction by filename

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BankTransactions/{BankTransactionID}/Attachments/{FileName}` (operation `updateBankTransactionAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            bank_transaction_id=bank_transaction_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def get_history(
        self,
        *,
        bank_transaction_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history from a specific bank transaction using a unique bank transaction Id

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            xero_tenant_id: Xero identifier for Tenant

        `GET /BankTransactions/{BankTransactionID}/History` (operation `getBankTransactionsHistory`).
        """
        call = _get_history_call(
            bank_transaction_id=bank_transaction_id, xero_tenant_id=xero_tenant_id
        )
        return await self._core.send(call, request_options)

    async def create_history_record(
        self,
        *,
        bank_transaction_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific bank transactions

        Args:
            bank_transaction_id: Xero generated unique identifier for a bank transaction
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /BankTransactions/{BankTransactionID}/History` (operation `createBankTransactionHistoryRecord`).
        """
        call = _create_history_record_call(
            bank_transaction_id=bank_transaction_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return await self._core.send(call, request_options)


class AsyncBankTransactionsResourceWithRawResponse:
    """The operations of `AsyncBankTransactionsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncBankTransactionsResource) -> None:
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


class AsyncBankTransactionsResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in an `async with` block and read the body in chunks (`async for chunk in
    response.iter_bytes()`); the connection is released when the block ends.
    """

    def __init__(self, resource: AsyncBankTransactionsResource) -> None:
        self.get_attachment_by_id = async_to_streamed_response_wrapper(
            resource.get_attachment_by_id
        )
        self.get_attachment_by_file_name = async_to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )
