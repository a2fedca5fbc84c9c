"""The `setup` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from functools import cached_property

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
from ..models._setup import ConversionBalances, ConversionDate, ImportSummaryObject, Setup
from ..models._shared import Account

__all__ = [
    "AsyncSetupResource",
    "AsyncSetupResourceWithRawResponse",
    "SetupResource",
    "SetupResourceWithRawResponse",
]


def _create_call(
    *,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    conversion_date: ConversionDate | NotGiven = NOT_GIVEN,
    conversion_balances: list[ConversionBalances] | NotGiven = NOT_GIVEN,
    accounts: list[Account] | NotGiven = NOT_GIVEN,
) -> Call[ImportSummaryObject]:
    data = given(
        {
            "ConversionDate": conversion_date,
            "ConversionBalances": conversion_balances,
            "Accounts": accounts,
        }
    )
    return Call[ImportSummaryObject](
        method="POST",
        path="/Setup",
        operation_id="postSetup",
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Setup.model_validate(data),
        responses={"200": ResponseSpec(ImportSummaryObject, "json")},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


class SetupResource:
    """Operations on setup."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> SetupResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return SetupResourceWithRawResponse(self)

    def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        conversion_date: ConversionDate | NotGiven = NOT_GIVEN,
        conversion_balances: list[ConversionBalances] | NotGiven = NOT_GIVEN,
        accounts: list[Account] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ImportSummaryObject:
        """Sets the chart of accounts, the conversion date and conversion balances

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            conversion_date: The date when the organisation starts using Xero
            conversion_balances: Balance supplied for each account that has a value as at the conversion date.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Setup` (operation `postSetup`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            conversion_date=conversion_date,
            conversion_balances=conversion_balances,
            accounts=accounts,
        )
        return self._core.send(call, request_options)


class SetupResourceWithRawResponse:
    """The operations of `SetupResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: SetupResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncSetupResource:
    """Operations on setup."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncSetupResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncSetupResourceWithRawResponse(self)

    async def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        conversion_date: ConversionDate | NotGiven = NOT_GIVEN,
        conversion_balances: list[ConversionBalances] | NotGiven = NOT_GIVEN,
        accounts: list[Account] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ImportSummaryObject:
        """Sets the chart of accounts, the conversion date and conversion balances

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            conversion_date: The date when the organisation starts using Xero
            conversion_balances: Balance supplied for each account that has a value as at the conversion date.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Setup` (operation `postSetup`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            conversion_date=conversion_date,
            conversion_balances=conversion_balances,
            accounts=accounts,
        )
        return await self._core.send(call, request_options)


class AsyncSetupResourceWithRawResponse:
    """The operations of `AsyncSetupResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncSetupResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
