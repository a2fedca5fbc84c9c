"""The `currencies` operations. Generated from the OpenAPI document; do not edit."""

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
from ..models._currencies import Currencies, Currency
from ..models._shared import CurrencyCode

__all__ = [
    "AsyncCurrenciesResource",
    "AsyncCurrenciesResourceWithRawResponse",
    "CurrenciesResource",
    "CurrenciesResourceWithRawResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    where: str | None = None,
    order: str | None = None,
) -> Call[Currencies]:
    return Call[Currencies](
        method="GET",
        path="/Currencies",
        operation_id="getCurrencies",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
        ],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Currencies, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    code: CurrencyCode | NotGiven = NOT_GIVEN,
    description: str | NotGiven = NOT_GIVEN,
) -> Call[Currencies]:
    data = given({"Code": code, "Description": description})
    return Call[Currencies](
        method="PUT",
        path="/Currencies",
        operation_id="createCurrency",
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Currency.model_validate(data),
        responses={"200": ResponseSpec(Currencies, "json")},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


class CurrenciesResource:
    """Operations on currencies."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> CurrenciesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return CurrenciesResourceWithRawResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        where: str | None = None,
        order: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Currencies:
        """Retrieves currencies for your Xero organisation

        Args:
            xero_tenant_id: Xero identifier for Tenant
            where: Filter by an any element
            order: Order by an any element

        `GET /Currencies` (operation `getCurrencies`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id, where=where, order=order)
        return self._core.send(call, request_options)

    def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        code: CurrencyCode | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Currencies:
        """Create a new currency for a Xero organisation

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            code: 3 letter alpha code for the currency – see list of currency codes
            description: Name of Currency

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Currencies` (operation `createCurrency`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            code=code,
            description=description,
        )
        return self._core.send(call, request_options)


class CurrenciesResourceWithRawResponse:
    """The operations of `CurrenciesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: CurrenciesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncCurrenciesResource:
    """Operations on currencies."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncCurrenciesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncCurrenciesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        where: str | None = None,
        order: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Currencies:
        """Retrieves currencies for your Xero organisation

        Args:
            xero_tenant_id: Xero identifier for Tenant
            where: Filter by an any element
            order: Order by an any element

        `GET /Currencies` (operation `getCurrencies`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id, where=where, order=order)
        return await self._core.send(call, request_options)

    async def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        code: CurrencyCode | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Currencies:
        """Create a new currency for a Xero organisation

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            code: 3 letter alpha code for the currency – see list of currency codes
            description: Name of Currency

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Currencies` (operation `createCurrency`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            code=code,
            description=description,
        )
        return await self._core.send(call, request_options)


class AsyncCurrenciesResourceWithRawResponse:
    """The operations of `AsyncCurrenciesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncCurrenciesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
