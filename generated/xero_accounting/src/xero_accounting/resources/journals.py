"""The `journals` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
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
from ..models._journals import Journals

__all__ = [
    "AsyncJournalsResource",
    "AsyncJournalsResourceWithRawResponse",
    "JournalsResource",
    "JournalsResourceWithRawResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    if_modified_since: datetime | None = None,
    offset: int | None = None,
    payments_only: bool | None = None,
) -> Call[Journals]:
    return Call[Journals](
        method="GET",
        path="/Journals",
        operation_id="getJournals",
        query=[
            Param("offset", offset, style="form", explode=True),
            Param("paymentsOnly", payments_only, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("If-Modified-Since", if_modified_since, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(Journals, "json")},
        security=[["OAuth2"]],
    )


def _get_call(
    *,
    journal_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Journals]:
    return Call[Journals](
        method="GET",
        path="/Journals/{JournalID}",
        operation_id="getJournal",
        path_params={"JournalID": journal_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Journals, "json")},
        security=[["OAuth2"]],
    )


def _get_by_number_call(
    *,
    journal_number: int,
    xero_tenant_id: str,
) -> Call[Journals]:
    return Call[Journals](
        method="GET",
        path="/Journals/{JournalNumber}",
        operation_id="getJournalByNumber",
        path_params={"JournalNumber": journal_number},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Journals, "json")},
        security=[["OAuth2"]],
    )


class JournalsResource:
    """Operations on journals."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> JournalsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return JournalsResourceWithRawResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        offset: int | None = None,
        payments_only: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Journals:
        """Retrieves journals

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            offset: Offset by a specified journal number. e.g. journals with a JournalNumber greater than the offset will be returned
            payments_only: Filter to retrieve journals on a cash basis. Journals are returned on an accrual basis by default.

        `GET /Journals` (operation `getJournals`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            offset=offset,
            payments_only=payments_only,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        journal_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Journals:
        """Retrieves a specific journal using a unique journal Id.

        Args:
            journal_id: Unique identifier for a Journal
            xero_tenant_id: Xero identifier for Tenant

        `GET /Journals/{JournalID}` (operation `getJournal`).
        """
        call = _get_call(journal_id=journal_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_by_number(
        self,
        *,
        journal_number: int,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Journals:
        """Retrieves a specific journal using a unique journal number.

        Args:
            journal_number: Number of a Journal
            xero_tenant_id: Xero identifier for Tenant

        `GET /Journals/{JournalNumber}` (operation `getJournalByNumber`).
        """
        call = _get_by_number_call(journal_number=journal_number, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)


class JournalsResourceWithRawResponse:
    """The operations of `JournalsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: JournalsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.get_by_number = to_raw_response_wrapper(resource.get_by_number)


class AsyncJournalsResource:
    """Operations on journals."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncJournalsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncJournalsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        offset: int | None = None,
        payments_only: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Journals:
        """Retrieves journals

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            offset: Offset by a specified journal number. e.g. journals with a JournalNumber greater than the offset will be returned
            payments_only: Filter to retrieve journals on a cash basis. Journals are returned on an accrual basis by default.

        `GET /Journals` (operation `getJournals`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            offset=offset,
            payments_only=payments_only,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        journal_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Journals:
        """Retrieves a specific journal using a unique journal Id.

        Args:
            journal_id: Unique identifier for a Journal
            xero_tenant_id: Xero identifier for Tenant

        `GET /Journals/{JournalID}` (operation `getJournal`).
        """
        call = _get_call(journal_id=journal_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_by_number(
        self,
        *,
        journal_number: int,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Journals:
        """Retrieves a specific journal using a unique journal number.

        Args:
            journal_number: Number of a Journal
            xero_tenant_id: Xero identifier for Tenant

        `GET /Journals/{JournalNumber}` (operation `getJournalByNumber`).
        """
        call = _get_by_number_call(journal_number=journal_number, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)


class AsyncJournalsResourceWithRawResponse:
    """The operations of `AsyncJournalsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncJournalsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.get_by_number = async_to_raw_response_wrapper(resource.get_by_number)
