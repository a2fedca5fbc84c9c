"""The `overpayments` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from functools import cached_property
from typing import Any
from uuid import UUID

from .._runtime import (
    AsyncCore,
    Call,
    Param,
    RequestOptions,
    ResponseSpec,
    SyncCore,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._runtime import pagination as _paging
from .._runtime.given import NOT_GIVEN, NotGiven, given
from ..models._overpayments import Overpayments
from ..models._shared import (
    Allocation,
    Allocations,
    Error,
    HistoryRecord,
    HistoryRecords,
    Overpayment,
)

__all__ = [
    "AsyncOverpaymentsResource",
    "AsyncOverpaymentsResourceWithRawResponse",
    "OverpaymentsResource",
    "OverpaymentsResourceWithRawResponse",
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
    references: builtins.list[str] | None = None,
) -> Call[Overpayments]:
    return Call[Overpayments](
        method="GET",
        path="/Overpayments",
        operation_id="getOverpayments",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
            Param("page", page, style="form", explode=True),
            Param("unitdp", unitdp, style="form", explode=True),
            Param("pageSize", page_size, style="form", explode=True),
            Param("References", references, style="form", explode=False),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("If-Modified-Since", if_modified_since, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(Overpayments, "json")},
        security=[["OAuth2"]],
    )


def _get_call(
    *,
    overpayment_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Overpayments]:
    return Call[Overpayments](
        method="GET",
        path="/Overpayments/{OverpaymentID}",
        operation_id="getOverpayment",
        path_params={"OverpaymentID": overpayment_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Overpayments, "json")},
        security=[["OAuth2"]],
    )


def _create_allocations_call(
    *,
    overpayment_id: UUID | str,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    idempotency_key: str | None = None,
    allocations: builtins.list[Allocation] | NotGiven = NOT_GIVEN,
) -> Call[Allocations]:
    data = given({"Allocations": allocations})
    return Call[Allocations](
        method="PUT",
        path="/Overpayments/{OverpaymentID}/Allocations",
        operation_id="createOverpaymentAllocations",
        path_params={"OverpaymentID": overpayment_id},
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
    overpayment_id: UUID | str,
    allocation_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Allocation]:
    return Call[Allocation](
        method="DELETE",
        path="/Overpayments/{OverpaymentID}/Allocations/{AllocationID}",
        operation_id="deleteOverpaymentAllocations",
        path_params={"OverpaymentID": overpayment_id, "AllocationID": allocation_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Allocation, "json")},
        security=[["OAuth2"]],
    )


def _get_history_call(
    *,
    overpayment_id: UUID | str,
    xero_tenant_id: str,
) -> Call[HistoryRecords]:
    return Call[HistoryRecords](
        method="GET",
        path="/Overpayments/{OverpaymentID}/History",
        operation_id="getOverpaymentHistory",
        path_params={"OverpaymentID": overpayment_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
    )


def _create_history_call(
    *,
    overpayment_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
) -> Call[HistoryRecords]:
    data = given({"HistoryRecords": history_records})
    return Call[HistoryRecords](
        method="PUT",
        path="/Overpayments/{OverpaymentID}/History",
        operation_id="createOverpaymentHistory",
        path_params={"OverpaymentID": overpayment_id},
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


class OverpaymentsResource:
    """Operations on overpayments."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> OverpaymentsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return OverpaymentsResourceWithRawResponse(self)

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
        references: builtins.list[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Overpayments:
        """Retrieves overpayments

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            page: e.g. page=1 – Up to 100 overpayments will be returned in a single API call with line items shown for each overpayment
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            page_size: Number of records to retrieve per page
            references: Filter by a comma-separated list of References

        `GET /Overpayments` (operation `getOverpayments`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            page=page,
            unitdp=unitdp,
            page_size=page_size,
            references=references,
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
        references: builtins.list[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Overpayments]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        def _fetch(_token: Any) -> Overpayments:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                if_modified_since=if_modified_since,
                where=where,
                order=order,
                page=_token,
                unitdp=unitdp,
                page_size=page_size,
                references=references,
            )
            return self._core.send(call, request_options)

        return _paging.pages(
            _fetch,
            _paging.Paging(style="page", items="Overpayments", page_size=page_size),
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
        references: builtins.list[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Overpayment]:
        """Every item of every page of `list` (the page's `Overpayments`).

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
            references=references,
            request_options=request_options,
        )
        return _paging.page_items(pages, "Overpayments")

    def get(
        self,
        *,
        overpayment_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Overpayments:
        """Retrieves a specific overpayment using a unique overpayment Id

        Args:
            overpayment_id: Unique identifier for a Overpayment
            xero_tenant_id: Xero identifier for Tenant

        `GET /Overpayments/{OverpaymentID}` (operation `getOverpayment`).
        """
        call = _get_call(overpayment_id=overpayment_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def create_allocations(
        self,
        *,
        overpayment_id: UUID | str,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        allocations: builtins.list[Allocation] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Allocations:
        """Creates a single allocation for a specific overpayment

        Args:
            overpayment_id: Unique identifier for a Overpayment
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Overpayments/{OverpaymentID}/Allocations` (operation `createOverpaymentAllocations`).
        """
        call = _create_allocations_call(
            overpayment_id=overpayment_id,
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            allocations=allocations,
        )
        return self._core.send(call, request_options)

    def delete_allocations(
        self,
        *,
        overpayment_id: UUID | str,
        allocation_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Allocation:
        """Deletes an Allocation from an overpayment

        Args:
            overpayment_id: Unique identifier for a Overpayment
            allocation_id: Unique identifier for Allocation object
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /Overpayments/{OverpaymentID}/Allocations/{AllocationID}` (operation `deleteOverpaymentAllocations`).
        """
        call = _delete_allocations_call(
            overpayment_id=overpayment_id,
            allocation_id=allocation_id,
            xero_tenant_id=xero_tenant_id,
        )
        return self._core.send(call, request_options)

    def get_history(
        self,
        *,
        overpayment_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history records of a specific overpayment

        Args:
            overpayment_id: Unique identifier for a Overpayment
            xero_tenant_id: Xero identifier for Tenant

        `GET /Overpayments/{OverpaymentID}/History` (operation `getOverpaymentHistory`).
        """
        call = _get_history_call(overpayment_id=overpayment_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def create_history(
        self,
        *,
        overpayment_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific overpayment

        Args:
            overpayment_id: Unique identifier for a Overpayment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Overpayments/{OverpaymentID}/History` (operation `createOverpaymentHistory`).
        """
        call = _create_history_call(
            overpayment_id=overpayment_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return self._core.send(call, request_options)


class OverpaymentsResourceWithRawResponse:
    """The operations of `OverpaymentsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: OverpaymentsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.create_allocations = to_raw_response_wrapper(resource.create_allocations)
        self.delete_allocations = to_raw_response_wrapper(resource.delete_allocations)
        self.get_history = to_raw_response_wrapper(resource.get_history)
        self.create_history = to_raw_response_wrapper(resource.create_history)


class AsyncOverpaymentsResource:
    """Operations on overpayments."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncOverpaymentsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncOverpaymentsResourceWithRawResponse(self)

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
        references: builtins.list[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Overpayments:
        """Retrieves overpayments

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            page: e.g. page=1 – Up to 100 overpayments will be returned in a single API call with line items shown for each overpayment
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            page_size: Number of records to retrieve per page
            references: Filter by a comma-separated list of References

        `GET /Overpayments` (operation `getOverpayments`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            page=page,
            unitdp=unitdp,
            page_size=page_size,
            references=references,
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
        references: builtins.list[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Overpayments]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        async def _fetch(_token: Any) -> Overpayments:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                if_modified_since=if_modified_since,
                where=where,
                order=order,
                page=_token,
                unitdp=unitdp,
                page_size=page_size,
                references=references,
            )
            return await self._core.send(call, request_options)

        return _paging.apages(
            _fetch,
            _paging.Paging(style="page", items="Overpayments", page_size=page_size),
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
        references: builtins.list[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Overpayment]:
        """Every item of every page of `list` (the page's `Overpayments`).

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
            references=references,
            request_options=request_options,
        )
        return _paging.apage_items(pages, "Overpayments")

    async def get(
        self,
        *,
        overpayment_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Overpayments:
        """Retrieves a specific overpayment using a unique overpayment Id

        Args:
            overpayment_id: Unique identifier for a Overpayment
            xero_tenant_id: Xero identifier for Tenant

        `GET /Overpayments/{OverpaymentID}` (operation `getOverpayment`).
        """
        call = _get_call(overpayment_id=overpayment_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def create_allocations(
        self,
        *,
        overpayment_id: UUID | str,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        allocations: builtins.list[Allocation] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Allocations:
        """Creates a single allocation for a specific overpayment

        Args:
            overpayment_id: Unique identifier for a Overpayment
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Overpayments/{OverpaymentID}/Allocations` (operation `createOverpaymentAllocations`).
        """
        call = _create_allocations_call(
            overpayment_id=overpayment_id,
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            allocations=allocations,
        )
        return await self._core.send(call, request_options)

    async def delete_allocations(
        self,
        *,
        overpayment_id: UUID | str,
        allocation_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Allocation:
        """Deletes an Allocation from an overpayment

        Args:
            overpayment_id: Unique identifier for a Overpayment
            allocation_id: Unique identifier for Allocation object
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /Overpayments/{OverpaymentID}/Allocations/{AllocationID}` (operation `deleteOverpaymentAllocations`).
        """
        call = _delete_allocations_call(
            overpayment_id=overpayment_id,
            allocation_id=allocation_id,
            xero_tenant_id=xero_tenant_id,
        )
        return await self._core.send(call, request_options)

    async def get_history(
        self,
        *,
        overpayment_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history records of a specific overpayment

        Args:
            overpayment_id: Unique identifier for a Overpayment
            xero_tenant_id: Xero identifier for Tenant

        `GET /Overpayments/{OverpaymentID}/History` (operation `getOverpaymentHistory`).
        """
        call = _get_history_call(overpayment_id=overpayment_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def create_history(
        self,
        *,
        overpayment_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific overpayment

        Args:
            overpayment_id: Unique identifier for a Overpayment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Overpayments/{OverpaymentID}/History` (operation `createOverpaymentHistory`).
        """
        call = _create_history_call(
            overpayment_id=overpayment_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return await self._core.send(call, request_options)


class AsyncOverpaymentsResourceWithRawResponse:
    """The operations of `AsyncOverpaymentsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncOverpaymentsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.create_allocations = async_to_raw_response_wrapper(resource.create_allocations)
        self.delete_allocations = async_to_raw_response_wrapper(resource.delete_allocations)
        self.get_history = async_to_raw_response_wrapper(resource.get_history)
        self.create_history = async_to_raw_response_wrapper(resource.create_history)
