"""The `purchase_orders` operations. Generated from the OpenAPI document; do not edit."""

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
from ..models._purchase_orders import PurchaseOrder, PurchaseOrders, Status
from ..models._shared import (
    Attachments,
    Error,
    HistoryRecord,
    HistoryRecords,
    Pagination,
    ValidationError,
)

__all__ = [
    "AsyncPurchaseOrdersResource",
    "AsyncPurchaseOrdersResourceWithRawResponse",
    "AsyncPurchaseOrdersResourceWithStreamingResponse",
    "PurchaseOrdersResource",
    "PurchaseOrdersResourceWithRawResponse",
    "PurchaseOrdersResourceWithStreamingResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    if_modified_since: datetime | None = None,
    status: Status | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    order: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
) -> Call[PurchaseOrders]:
    return Call[PurchaseOrders](
        method="GET",
        path="/PurchaseOrders",
        operation_id="getPurchaseOrders",
        query=[
            Param(
                "Status",
                status,
                style="form",
                explode=True,
                checks=(
                    ("enum", ("DRAFT", "SUBMITTED", "AUTHORISED", "BILLED", "DELETED")),
                    ("type", "string"),
                ),
            ),
            Param("DateFrom", date_from, style="form", explode=True),
            Param("DateTo", date_to, style="form", explode=True),
            Param("order", order, style="form", explode=True),
            Param("page", page, style="form", explode=True),
            Param("pageSize", page_size, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("If-Modified-Since", if_modified_since, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(PurchaseOrders, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    idempotency_key: str | None = None,
    pagination: Pagination | NotGiven = NOT_GIVEN,
    warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
    purchase_orders: builtins.list[PurchaseOrder] | NotGiven = NOT_GIVEN,
) -> Call[PurchaseOrders]:
    data = given(
        {"pagination": pagination, "Warnings": warnings, "PurchaseOrders": purchase_orders}
    )
    return Call[PurchaseOrders](
        method="PUT",
        path="/PurchaseOrders",
        operation_id="createPurchaseOrders",
        query=[Param("summarizeErrors", summarize_errors, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=PurchaseOrders.model_validate(data),
        responses={"200": ResponseSpec(PurchaseOrders, "json")},
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
    purchase_orders: builtins.list[PurchaseOrder] | NotGiven = NOT_GIVEN,
) -> Call[PurchaseOrders]:
    data = given(
        {"pagination": pagination, "Warnings": warnings, "PurchaseOrders": purchase_orders}
    )
    return Call[PurchaseOrders](
        method="POST",
        path="/PurchaseOrders",
        operation_id="updateOrCreatePurchaseOrders",
        query=[Param("summarizeErrors", summarize_errors, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=PurchaseOrders.model_validate(data),
        responses={"200": ResponseSpec(PurchaseOrders, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_as_pdf_call(
    *,
    purchase_order_id: UUID | str,
    xero_tenant_id: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/PurchaseOrders/{PurchaseOrderID}/pdf",
        operation_id="getPurchaseOrderAsPdf",
        path_params={"PurchaseOrderID": purchase_order_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(bytes, "binary", "application/pdf")},
        security=[["OAuth2"]],
    )


def _get_call(
    *,
    purchase_order_id: UUID | str,
    xero_tenant_id: str,
) -> Call[PurchaseOrders]:
    return Call[PurchaseOrders](
        method="GET",
        path="/PurchaseOrders/{PurchaseOrderID}",
        operation_id="getPurchaseOrder",
        path_params={"PurchaseOrderID": purchase_order_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(PurchaseOrders, "json")},
        security=[["OAuth2"]],
    )


def _update_call(
    *,
    purchase_order_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    pagination: Pagination | NotGiven = NOT_GIVEN,
    warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
    purchase_orders: builtins.list[PurchaseOrder] | NotGiven = NOT_GIVEN,
) -> Call[PurchaseOrders]:
    data = given(
        {"pagination": pagination, "Warnings": warnings, "PurchaseOrders": purchase_orders}
    )
    return Call[PurchaseOrders](
        method="POST",
        path="/PurchaseOrders/{PurchaseOrderID}",
        operation_id="updatePurchaseOrder",
        path_params={"PurchaseOrderID": purchase_order_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=PurchaseOrders.model_validate(data),
        responses={"200": ResponseSpec(PurchaseOrders, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_by_number_call(
    *,
    purchase_order_number: str,
    xero_tenant_id: str,
) -> Call[PurchaseOrders]:
    return Call[PurchaseOrders](
        method="GET",
        path="/PurchaseOrders/{PurchaseOrderNumber}",
        operation_id="getPurchaseOrderByNumber",
        path_params={"PurchaseOrderNumber": purchase_order_number},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(PurchaseOrders, "json")},
        security=[["OAuth2"]],
    )


def _get_history_call(
    *,
    purchase_order_id: UUID | str,
    xero_tenant_id: str,
) -> Call[HistoryRecords]:
    return Call[HistoryRecords](
        method="GET",
        path="/PurchaseOrders/{PurchaseOrderID}/History",
        operation_id="getPurchaseOrderHistory",
        path_params={"PurchaseOrderID": purchase_order_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
    )


def _create_history_call(
    *,
    purchase_order_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
) -> Call[HistoryRecords]:
    data = given({"HistoryRecords": history_records})
    return Call[HistoryRecords](
        method="PUT",
        path="/PurchaseOrders/{PurchaseOrderID}/History",
        operation_id="createPurchaseOrderHistory",
        path_params={"PurchaseOrderID": purchase_order_id},
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


def _get_attachments_call(
    *,
    purchase_order_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Attachments]:
    return Call[Attachments](
        method="GET",
        path="/PurchaseOrders/{PurchaseOrderID}/Attachments",
        operation_id="getPurchaseOrderAttachments",
        path_params={"PurchaseOrderID": purchase_order_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Attachments, "json")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_id_call(
    *,
    purchase_order_id: UUID | str,
    attachment_id: UUID | str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/PurchaseOrders/{PurchaseOrderID}/Attachments/{AttachmentID}",
        operation_id="getPurchaseOrderAttachmentById",
        path_params={"PurchaseOrderID": purchase_order_id, "AttachmentID": attachment_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_file_name_call(
    *,
    purchase_order_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/PurchaseOrders/{PurchaseOrderID}/Attachments/{FileName}",
        operation_id="getPurchaseOrderAttachmentByFileName",
        path_params={"PurchaseOrderID": purchase_order_id, "FileName": file_name},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _create_attachment_by_file_name_call(
    *,
    purchase_order_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="PUT",
        path="/PurchaseOrders/{PurchaseOrderID}/Attachments/{FileName}",
        operation_id="createPurchaseOrderAttachmentByFileName",
        path_params={"PurchaseOrderID": purchase_order_id, "FileName": file_name},
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
    purchase_order_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="POST",
        path="/PurchaseOrders/{PurchaseOrderID}/Attachments/{FileName}",
        operation_id="updatePurchaseOrderAttachmentByFileName",
        path_params={"PurchaseOrderID": purchase_order_id, "FileName": file_name},
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


class PurchaseOrdersResource:
    """Operations on purchase orders."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> PurchaseOrdersResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return PurchaseOrdersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PurchaseOrdersResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return PurchaseOrdersResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        status: Status | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        order: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> PurchaseOrders:
        """Retrieves purchase orders

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            status: Filter by purchase order status
            date_from: Filter by purchase order date (e.g. GET https://.../PurchaseOrders?DateFrom=2015-12-01&DateTo=2015-12-31
            date_to: Filter by purchase order date (e.g. GET https://.../PurchaseOrders?DateFrom=2015-12-01&DateTo=2015-12-31
            order: Order by an any element
            page: To specify a page, append the page parameter to the URL e.g. ?page=1. If there are 100 records in the response you will need to check if there is any more data by fetching the next page e.g ?page=2 and continuing this process until no more results are returned.
            page_size: Number of records to retrieve per page

        `GET /PurchaseOrders` (operation `getPurchaseOrders`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            status=status,
            date_from=date_from,
            date_to=date_to,
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
        status: Status | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        order: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[PurchaseOrders]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        def _fetch(_token: Any) -> PurchaseOrders:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                if_modified_since=if_modified_since,
                status=status,
                date_from=date_from,
                date_to=date_to,
                order=order,
                page=_token,
                page_size=page_size,
            )
            return self._core.send(call, request_options)

        return _paging.pages(
            _fetch,
            _paging.Paging(style="page", items="PurchaseOrders", page_size=page_size),
            first=page,
        )

    def iter_list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        status: Status | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        order: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[PurchaseOrder]:
        """Every item of every page of `list` (the page's `PurchaseOrders`).

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        pages = self.iter_list_pages(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            status=status,
            date_from=date_from,
            date_to=date_to,
            order=order,
            page=page,
            page_size=page_size,
            request_options=request_options,
        )
        return _paging.page_items(pages, "PurchaseOrders")

    def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        purchase_orders: builtins.list[PurchaseOrder] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> PurchaseOrders:
        """Creates one or more purchase orders

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /PurchaseOrders` (operation `createPurchaseOrders`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            purchase_orders=purchase_orders,
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
        purchase_orders: builtins.list[PurchaseOrder] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> PurchaseOrders:
        """Updates or creates one or more purchase orders

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /PurchaseOrders` (operation `updateOrCreatePurchaseOrders`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            purchase_orders=purchase_orders,
        )
        return self._core.send(call, request_options)

    def get_as_pdf(
        self,
        *,
        purchase_order_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves specific purchase order as PDF files using a unique purchase order Id

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            xero_tenant_id: Xero identifier for Tenant

        `GET /PurchaseOrders/{PurchaseOrderID}/pdf` (operation `getPurchaseOrderAsPdf`).
        """
        call = _get_as_pdf_call(purchase_order_id=purchase_order_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        purchase_order_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> PurchaseOrders:
        """Retrieves a specific purchase order using a unique purchase order Id

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            xero_tenant_id: Xero identifier for Tenant

        `GET /PurchaseOrders/{PurchaseOrderID}` (operation `getPurchaseOrder`).
        """
        call = _get_call(purchase_order_id=purchase_order_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def update(
        self,
        *,
        purchase_order_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        purchase_orders: builtins.list[PurchaseOrder] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> PurchaseOrders:
        """Updates a specific purchase order

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /PurchaseOrders/{PurchaseOrderID}` (operation `updatePurchaseOrder`).
        """
        call = _update_call(
            purchase_order_id=purchase_order_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            purchase_orders=purchase_orders,
        )
        return self._core.send(call, request_options)

    def get_by_number(
        self,
        *,
        purchase_order_number: str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> PurchaseOrders:
        """Retrieves a specific purchase order using purchase order number

        Args:
            purchase_order_number: Unique identifier for a PurchaseOrder
            xero_tenant_id: Xero identifier for Tenant

        `GET /PurchaseOrders/{PurchaseOrderNumber}` (operation `getPurchaseOrderByNumber`).
        """
        call = _get_by_number_call(
            purchase_order_number=purchase_order_number, xero_tenant_id=xero_tenant_id
        )
        return self._core.send(call, request_options)

    def get_history(
        self,
        *,
        purchase_order_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history for a specific purchase order

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            xero_tenant_id: Xero identifier for Tenant

        `GET /PurchaseOrders/{PurchaseOrderID}/History` (operation `getPurchaseOrderHistory`).
        """
        call = _get_history_call(purchase_order_id=purchase_order_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def create_history(
        self,
        *,
        purchase_order_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific purchase orders

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /PurchaseOrders/{PurchaseOrderID}/History` (operation `createPurchaseOrderHistory`).
        """
        call = _create_history_call(
            purchase_order_id=purchase_order_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return self._core.send(call, request_options)

    def get_attachments(
        self,
        *,
        purchase_order_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments for a specific purchase order

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            xero_tenant_id: Xero identifier for Tenant

        `GET /PurchaseOrders/{PurchaseOrderID}/Attachments` (operation `getPurchaseOrderAttachments`).
        """
        call = _get_attachments_call(
            purchase_order_id=purchase_order_id, xero_tenant_id=xero_tenant_id
        )
        return self._core.send(call, request_options)

    def get_attachment_by_id(
        self,
        *,
        purchase_order_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves specific attachment for a specific purchase order using a unique attachment Id

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /PurchaseOrders/{PurchaseOrderID}/Attachments/{AttachmentID}` (operation `getPurchaseOrderAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            purchase_order_id=purchase_order_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def get_attachment_by_file_name(
        self,
        *,
        purchase_order_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment for a specific purchase order by filename

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /PurchaseOrders/{PurchaseOrderID}/Attachments/{FileName}` (operation `getPurchaseOrderAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            purchase_order_id=purchase_order_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def create_attachment_by_file_name(
        self,
        *,
        purchase_order_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates attachment for a specific purchase order

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /PurchaseOrders/{PurchaseOrderID}/Attachments/{FileName}` (operation `createPurchaseOrderAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            purchase_order_id=purchase_order_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def update_attachment_by_file_name(
        self,
        *,
        purchase_order_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates a specific attachment for a specific purchase order by filename

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /PurchaseOrders/{PurchaseOrderID}/Attachments/{FileName}` (operation `updatePurchaseOrderAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            purchase_order_id=purchase_order_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)


class PurchaseOrdersResourceWithRawResponse:
    """The operations of `PurchaseOrdersResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: PurchaseOrdersResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.update_or_create = to_raw_response_wrapper(resource.update_or_create)
        self.get_as_pdf = to_raw_response_wrapper(resource.get_as_pdf)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.get_by_number = to_raw_response_wrapper(resource.get_by_number)
        self.get_history = to_raw_response_wrapper(resource.get_history)
        self.create_history = to_raw_response_wrapper(resource.create_history)
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


class PurchaseOrdersResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in a `with` block and read the body in chunks (`iter_bytes()`), so that a large
    download never has to fit in memory; the connection is released when the block ends.
    """

    def __init__(self, resource: PurchaseOrdersResource) -> None:
        self.get_as_pdf = to_streamed_response_wrapper(resource.get_as_pdf)
        self.get_attachment_by_id = to_streamed_response_wrapper(resource.get_attachment_by_id)
        self.get_attachment_by_file_name = to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )


class AsyncPurchaseOrdersResource:
    """Operations on purchase orders."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncPurchaseOrdersResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncPurchaseOrdersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPurchaseOrdersResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return AsyncPurchaseOrdersResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        status: Status | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        order: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> PurchaseOrders:
        """Retrieves purchase orders

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            status: Filter by purchase order status
            date_from: Filter by purchase order date (e.g. GET https://.../PurchaseOrders?DateFrom=2015-12-01&DateTo=2015-12-31
            date_to: Filter by purchase order date (e.g. GET https://.../PurchaseOrders?DateFrom=2015-12-01&DateTo=2015-12-31
            order: Order by an any element
            page: To specify a page, append the page parameter to the URL e.g. ?page=1. If there are 100 records in the response you will need to check if there is any more data by fetching the next page e.g ?page=2 and continuing this process until no more results are returned.
            page_size: Number of records to retrieve per page

        `GET /PurchaseOrders` (operation `getPurchaseOrders`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            status=status,
            date_from=date_from,
            date_to=date_to,
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
        status: Status | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        order: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[PurchaseOrders]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        async def _fetch(_token: Any) -> PurchaseOrders:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                if_modified_since=if_modified_since,
                status=status,
                date_from=date_from,
                date_to=date_to,
                order=order,
                page=_token,
                page_size=page_size,
            )
            return await self._core.send(call, request_options)

        return _paging.apages(
            _fetch,
            _paging.Paging(style="page", items="PurchaseOrders", page_size=page_size),
            first=page,
        )

    def iter_list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        status: Status | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        order: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[PurchaseOrder]:
        """Every item of every page of `list` (the page's `PurchaseOrders`).

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        pages = self.iter_list_pages(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            status=status,
            date_from=date_from,
            date_to=date_to,
            order=order,
            page=page,
            page_size=page_size,
            request_options=request_options,
        )
        return _paging.apage_items(pages, "PurchaseOrders")

    async def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        purchase_orders: builtins.list[PurchaseOrder] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> PurchaseOrders:
        """Creates one or more purchase orders

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /PurchaseOrders` (operation `createPurchaseOrders`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            purchase_orders=purchase_orders,
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
        purchase_orders: builtins.list[PurchaseOrder] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> PurchaseOrders:
        """Updates or creates one or more purchase orders

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /PurchaseOrders` (operation `updateOrCreatePurchaseOrders`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            purchase_orders=purchase_orders,
        )
        return await self._core.send(call, request_options)

    async def get_as_pdf(
        self,
        *,
        purchase_order_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves specific purchase order as PDF files using a unique purchase order Id

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            xero_tenant_id: Xero identifier for Tenant

        `GET /PurchaseOrders/{PurchaseOrderID}/pdf` (operation `getPurchaseOrderAsPdf`).
        """
        call = _get_as_pdf_call(purchase_order_id=purchase_order_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        purchase_order_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> PurchaseOrders:
        """Retrieves a specific purchase order using a unique purchase order Id

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            xero_tenant_id: Xero identifier for Tenant

        `GET /PurchaseOrders/{PurchaseOrderID}` (operation `getPurchaseOrder`).
        """
        call = _get_call(purchase_order_id=purchase_order_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def update(
        self,
        *,
        purchase_order_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        purchase_orders: builtins.list[PurchaseOrder] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> PurchaseOrders:
        """Updates a specific purchase order

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /PurchaseOrders/{PurchaseOrderID}` (operation `updatePurchaseOrder`).
        """
        call = _update_call(
            purchase_order_id=purchase_order_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            purchase_orders=purchase_orders,
        )
        return await self._core.send(call, request_options)

    async def get_by_number(
        self,
        *,
        purchase_order_number: str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> PurchaseOrders:
        """Retrieves a specific purchase order using purchase order number

        Args:
            purchase_order_number: Unique identifier for a PurchaseOrder
            xero_tenant_id: Xero identifier for Tenant

        `GET /PurchaseOrders/{PurchaseOrderNumber}` (operation `getPurchaseOrderByNumber`).
        """
        call = _get_by_number_call(
            purchase_order_number=purchase_order_number, xero_tenant_id=xero_tenant_id
        )
        return await self._core.send(call, request_options)

    async def get_history(
        self,
        *,
        purchase_order_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history for a specific purchase order

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            xero_tenant_id: Xero identifier for Tenant

        `GET /PurchaseOrders/{PurchaseOrderID}/History` (operation `getPurchaseOrderHistory`).
        """
        call = _get_history_call(purchase_order_id=purchase_order_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def create_history(
        self,
        *,
        purchase_order_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific purchase orders

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /PurchaseOrders/{PurchaseOrderID}/History` (operation `createPurchaseOrderHistory`).
        """
        call = _create_history_call(
            purchase_order_id=purchase_order_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return await self._core.send(call, request_options)

    async def get_attachments(
        self,
        *,
        purchase_order_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments for a specific purchase order

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            xero_tenant_id: Xero identifier for Tenant

        `GET /PurchaseOrders/{PurchaseOrderID}/Attachments` (operation `getPurchaseOrderAttachments`).
        """
        call = _get_attachments_call(
            purchase_order_id=purchase_order_id, xero_tenant_id=xero_tenant_id
        )
        return await self._core.send(call, request_options)

    async def get_attachment_by_id(
        self,
        *,
        purchase_order_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves specific attachment for a specific purchase order using a unique attachment Id

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /PurchaseOrders/{PurchaseOrderID}/Attachments/{AttachmentID}` (operation `getPurchaseOrderAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            purchase_order_id=purchase_order_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def get_attachment_by_file_name(
        self,
        *,
        purchase_order_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment for a specific purchase order by filename

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /PurchaseOrders/{PurchaseOrderID}/Attachments/{FileName}` (operation `getPurchaseOrderAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            purchase_order_id=purchase_order_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def create_attachment_by_file_name(
        self,
        *,
        purchase_order_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates attachment for a specific purchase order

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /PurchaseOrders/{PurchaseOrderID}/Attachments/{FileName}` (operation `createPurchaseOrderAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            purchase_order_id=purchase_order_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def update_attachment_by_file_name(
        self,
        *,
        purchase_order_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates a specific attachment for a specific purchase order by filename

        Args:
            purchase_order_id: Unique identifier for an Purchase Order
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /PurchaseOrders/{PurchaseOrderID}/Attachments/{FileName}` (operation `updatePurchaseOrderAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            purchase_order_id=purchase_order_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)


class AsyncPurchaseOrdersResourceWithRawResponse:
    """The operations of `AsyncPurchaseOrdersResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncPurchaseOrdersResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update_or_create = async_to_raw_response_wrapper(resource.update_or_create)
        self.get_as_pdf = async_to_raw_response_wrapper(resource.get_as_pdf)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.get_by_number = async_to_raw_response_wrapper(resource.get_by_number)
        self.get_history = async_to_raw_response_wrapper(resource.get_history)
        self.create_history = async_to_raw_response_wrapper(resource.create_history)
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


class AsyncPurchaseOrdersResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in an `async with` block and read the body in chunks (`async for chunk in
    response.iter_bytes()`); the connection is released when the block ends.
    """

    def __init__(self, resource: AsyncPurchaseOrdersResource) -> None:
        self.get_as_pdf = async_to_streamed_response_wrapper(resource.get_as_pdf)
        self.get_attachment_by_id = async_to_streamed_response_wrapper(
            resource.get_attachment_by_id
        )
        self.get_attachment_by_file_name = async_to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )
