"""The `expense_claims` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

import builtins
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
from .._runtime.given import NOT_GIVEN, NotGiven, given
from ..models._expense_claims import ExpenseClaim, ExpenseClaims
from ..models._shared import Error, HistoryRecord, HistoryRecords

__all__ = [
    "AsyncExpenseClaimsResource",
    "AsyncExpenseClaimsResourceWithRawResponse",
    "ExpenseClaimsResource",
    "ExpenseClaimsResourceWithRawResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    if_modified_since: datetime | None = None,
    where: str | None = None,
    order: str | None = None,
) -> Call[ExpenseClaims]:
    return Call[ExpenseClaims](
        method="GET",
        path="/ExpenseClaims",
        operation_id="getExpenseClaims",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("If-Modified-Since", if_modified_since, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(ExpenseClaims, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    expense_claims: builtins.list[ExpenseClaim] | NotGiven = NOT_GIVEN,
) -> Call[ExpenseClaims]:
    data = given({"ExpenseClaims": expense_claims})
    return Call[ExpenseClaims](
        method="PUT",
        path="/ExpenseClaims",
        operation_id="createExpenseClaims",
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=ExpenseClaims.model_validate(data),
        responses={"200": ResponseSpec(ExpenseClaims, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_call(
    *,
    expense_claim_id: UUID | str,
    xero_tenant_id: str,
) -> Call[ExpenseClaims]:
    return Call[ExpenseClaims](
        method="GET",
        path="/ExpenseClaims/{ExpenseClaimID}",
        operation_id="getExpenseClaim",
        path_params={"ExpenseClaimID": expense_claim_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(ExpenseClaims, "json")},
        security=[["OAuth2"]],
    )


def _update_call(
    *,
    expense_claim_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    expense_claims: builtins.list[ExpenseClaim] | NotGiven = NOT_GIVEN,
) -> Call[ExpenseClaims]:
    data = given({"ExpenseClaims": expense_claims})
    return Call[ExpenseClaims](
        method="POST",
        path="/ExpenseClaims/{ExpenseClaimID}",
        operation_id="updateExpenseClaim",
        path_params={"ExpenseClaimID": expense_claim_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=ExpenseClaims.model_validate(data),
        responses={"200": ResponseSpec(ExpenseClaims, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_history_call(
    *,
    expense_claim_id: UUID | str,
    xero_tenant_id: str,
) -> Call[HistoryRecords]:
    return Call[HistoryRecords](
        method="GET",
        path="/ExpenseClaims/{ExpenseClaimID}/History",
        operation_id="getExpenseClaimHistory",
        path_params={"ExpenseClaimID": expense_claim_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
    )


def _create_history_call(
    *,
    expense_claim_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
) -> Call[HistoryRecords]:
    data = given({"HistoryRecords": history_records})
    return Call[HistoryRecords](
        method="PUT",
        path="/ExpenseClaims/{ExpenseClaimID}/History",
        operation_id="createExpenseClaimHistory",
        path_params={"ExpenseClaimID": expense_claim_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=HistoryRecords.model_validate(data),
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


class ExpenseClaimsResource:
    """Operations on expense claims."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ExpenseClaimsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return ExpenseClaimsResourceWithRawResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ExpenseClaims:
        """Retrieves expense claims

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element

        `GET /ExpenseClaims` (operation `getExpenseClaims`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
        )
        return self._core.send(call, request_options)

    def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        expense_claims: builtins.list[ExpenseClaim] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ExpenseClaims:
        """Creates expense claims

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /ExpenseClaims` (operation `createExpenseClaims`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            expense_claims=expense_claims,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        expense_claim_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> ExpenseClaims:
        """Retrieves a specific expense claim using a unique expense claim Id

        Args:
            expense_claim_id: Unique identifier for a ExpenseClaim
            xero_tenant_id: Xero identifier for Tenant

        `GET /ExpenseClaims/{ExpenseClaimID}` (operation `getExpenseClaim`).
        """
        call = _get_call(expense_claim_id=expense_claim_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def update(
        self,
        *,
        expense_claim_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        expense_claims: builtins.list[ExpenseClaim] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ExpenseClaims:
        """Updates a specific expense claims

        Args:
            expense_claim_id: Unique identifier for a ExpenseClaim
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /ExpenseClaims/{ExpenseClaimID}` (operation `updateExpenseClaim`).
        """
        call = _update_call(
            expense_claim_id=expense_claim_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            expense_claims=expense_claims,
        )
        return self._core.send(call, request_options)

    def get_history(
        self,
        *,
        expense_claim_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history records of a specific expense claim

        Args:
            expense_claim_id: Unique identifier for a ExpenseClaim
            xero_tenant_id: Xero identifier for Tenant

        `GET /ExpenseClaims/{ExpenseClaimID}/History` (operation `getExpenseClaimHistory`).
        """
        call = _get_history_call(expense_claim_id=expense_claim_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def create_history(
        self,
        *,
        expense_claim_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific expense claim

        Args:
            expense_claim_id: Unique identifier for a ExpenseClaim
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /ExpenseClaims/{ExpenseClaimID}/History` (operation `createExpenseClaimHistory`).
        """
        call = _create_history_call(
            expense_claim_id=expense_claim_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return self._core.send(call, request_options)


class ExpenseClaimsResourceWithRawResponse:
    """The operations of `ExpenseClaimsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: ExpenseClaimsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.get_history = to_raw_response_wrapper(resource.get_history)
        self.create_history = to_raw_response_wrapper(resource.create_history)


class AsyncExpenseClaimsResource:
    """Operations on expense claims."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncExpenseClaimsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncExpenseClaimsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ExpenseClaims:
        """Retrieves expense claims

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element

        `GET /ExpenseClaims` (operation `getExpenseClaims`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
        )
        return await self._core.send(call, request_options)

    async def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        expense_claims: builtins.list[ExpenseClaim] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ExpenseClaims:
        """Creates expense claims

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /ExpenseClaims` (operation `createExpenseClaims`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            expense_claims=expense_claims,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        expense_claim_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> ExpenseClaims:
        """Retrieves a specific expense claim using a unique expense claim Id

        Args:
            expense_claim_id: Unique identifier for a ExpenseClaim
            xero_tenant_id: Xero identifier for Tenant

        `GET /ExpenseClaims/{ExpenseClaimID}` (operation `getExpenseClaim`).
        """
        call = _get_call(expense_claim_id=expense_claim_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def update(
        self,
        *,
        expense_claim_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        expense_claims: builtins.list[ExpenseClaim] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ExpenseClaims:
        """Updates a specific expense claims

        Args:
            expense_claim_id: Unique identifier for a ExpenseClaim
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /ExpenseClaims/{ExpenseClaimID}` (operation `updateExpenseClaim`).
        """
        call = _update_call(
            expense_claim_id=expense_claim_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            expense_claims=expense_claims,
        )
        return await self._core.send(call, request_options)

    async def get_history(
        self,
        *,
        expense_claim_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history records of a specific expense claim

        Args:
            expense_claim_id: Unique identifier for a ExpenseClaim
            xero_tenant_id: Xero identifier for Tenant

        `GET /ExpenseClaims/{ExpenseClaimID}/History` (operation `getExpenseClaimHistory`).
        """
        call = _get_history_call(expense_claim_id=expense_claim_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def create_history(
        self,
        *,
        expense_claim_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific expense claim

        Args:
            expense_claim_id: Unique identifier for a ExpenseClaim
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /ExpenseClaims/{ExpenseClaimID}/History` (operation `createExpenseClaimHistory`).
        """
        call = _create_history_call(
            expense_claim_id=expense_claim_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return await self._core.send(call, request_options)


class AsyncExpenseClaimsResourceWithRawResponse:
    """The operations of `AsyncExpenseClaimsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncExpenseClaimsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.get_history = async_to_raw_response_wrapper(resource.get_history)
        self.create_history = async_to_raw_response_wrapper(resource.create_history)
