"""The `budgets` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from datetime import date
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
from ..models._budgets import Budgets

__all__ = [
    "AsyncBudgetsResource",
    "AsyncBudgetsResourceWithRawResponse",
    "BudgetsResource",
    "BudgetsResourceWithRawResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    ids: str | None = None,
    date_to: date | None = None,
    date_from: date | None = None,
) -> Call[Budgets]:
    return Call[Budgets](
        method="GET",
        path="/Budgets",
        operation_id="getBudgets",
        query=[
            Param("IDs", ids, style="form", explode=False),
            Param(
                "DateTo",
                date_to,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
            Param(
                "DateFrom",
                date_from,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
        ],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Budgets, "json")},
        security=[["OAuth2"]],
    )


def _get_call(
    *,
    budget_id: UUID | str,
    xero_tenant_id: str,
    date_to: date | None = None,
    date_from: date | None = None,
) -> Call[Budgets]:
    return Call[Budgets](
        method="GET",
        path="/Budgets/{BudgetID}",
        operation_id="getBudget",
        path_params={"BudgetID": budget_id},
        query=[
            Param(
                "DateTo",
                date_to,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
            Param(
                "DateFrom",
                date_from,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
        ],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Budgets, "json")},
        security=[["OAuth2"]],
    )


class BudgetsResource:
    """Operations on budgets."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> BudgetsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return BudgetsResourceWithRawResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        ids: str | None = None,
        date_to: date | None = None,
        date_from: date | None = None,
        request_options: RequestOptions | None = None,
    ) -> Budgets:
        """Retrieve a list of budgets

        Args:
            xero_tenant_id: Xero identifier for Tenant
            ids: Filter by BudgetID. Allows you to retrieve a specific individual budget.
            date_to: Filter by start date
            date_from: Filter by end date

        `GET /Budgets` (operation `getBudgets`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id, ids=ids, date_to=date_to, date_from=date_from
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        budget_id: UUID | str,
        xero_tenant_id: str,
        date_to: date | None = None,
        date_from: date | None = None,
        request_options: RequestOptions | None = None,
    ) -> Budgets:
        """Retrieves a specific budget, which includes budget lines

        Args:
            budget_id: Unique identifier for Budgets
            xero_tenant_id: Xero identifier for Tenant
            date_to: Filter by start date
            date_from: Filter by end date

        `GET /Budgets/{BudgetID}` (operation `getBudget`).
        """
        call = _get_call(
            budget_id=budget_id, xero_tenant_id=xero_tenant_id, date_to=date_to, date_from=date_from
        )
        return self._core.send(call, request_options)


class BudgetsResourceWithRawResponse:
    """The operations of `BudgetsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: BudgetsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncBudgetsResource:
    """Operations on budgets."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncBudgetsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncBudgetsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        ids: str | None = None,
        date_to: date | None = None,
        date_from: date | None = None,
        request_options: RequestOptions | None = None,
    ) -> Budgets:
        """Retrieve a list of budgets

        Args:
            xero_tenant_id: Xero identifier for Tenant
            ids: Filter by BudgetID. Allows you to retrieve a specific individual budget.
            date_to: Filter by start date
            date_from: Filter by end date

        `GET /Budgets` (operation `getBudgets`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id, ids=ids, date_to=date_to, date_from=date_from
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        budget_id: UUID | str,
        xero_tenant_id: str,
        date_to: date | None = None,
        date_from: date | None = None,
        request_options: RequestOptions | None = None,
    ) -> Budgets:
        """Retrieves a specific budget, which includes budget lines

        Args:
            budget_id: Unique identifier for Budgets
            xero_tenant_id: Xero identifier for Tenant
            date_to: Filter by start date
            date_from: Filter by end date

        `GET /Budgets/{BudgetID}` (operation `getBudget`).
        """
        call = _get_call(
            budget_id=budget_id, xero_tenant_id=xero_tenant_id, date_to=date_to, date_from=date_from
        )
        return await self._core.send(call, request_options)


class AsyncBudgetsResourceWithRawResponse:
    """The operations of `AsyncBudgetsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncBudgetsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
