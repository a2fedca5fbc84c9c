"""The `tax_rates` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

import builtins
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
from ..models._shared import Error
from ..models._tax_rates import TaxRate, TaxRates

__all__ = [
    "AsyncTaxRatesResource",
    "AsyncTaxRatesResourceWithRawResponse",
    "TaxRatesResource",
    "TaxRatesResourceWithRawResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    where: str | None = None,
    order: str | None = None,
) -> Call[TaxRates]:
    return Call[TaxRates](
        method="GET",
        path="/TaxRates",
        operation_id="getTaxRates",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
        ],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(TaxRates, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    tax_rates: builtins.list[TaxRate] | NotGiven = NOT_GIVEN,
) -> Call[TaxRates]:
    data = given({"TaxRates": tax_rates})
    return Call[TaxRates](
        method="PUT",
        path="/TaxRates",
        operation_id="createTaxRates",
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=TaxRates.model_validate(data),
        responses={"200": ResponseSpec(TaxRates, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _update_call(
    *,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    tax_rates: builtins.list[TaxRate] | NotGiven = NOT_GIVEN,
) -> Call[TaxRates]:
    data = given({"TaxRates": tax_rates})
    return Call[TaxRates](
        method="POST",
        path="/TaxRates",
        operation_id="updateTaxRate",
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=TaxRates.model_validate(data),
        responses={"200": ResponseSpec(TaxRates, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_by_tax_type_call(
    *,
    tax_type: str,
    xero_tenant_id: str,
) -> Call[TaxRates]:
    return Call[TaxRates](
        method="GET",
        path="/TaxRates/{TaxType}",
        operation_id="getTaxRateByTaxType",
        path_params={"TaxType": tax_type},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(TaxRates, "json")},
        security=[["OAuth2"]],
    )


class TaxRatesResource:
    """Operations on tax rates."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> TaxRatesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return TaxRatesResourceWithRawResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        where: str | None = None,
        order: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxRates:
        """Retrieves tax rates

        Args:
            xero_tenant_id: Xero identifier for Tenant
            where: Filter by an any element
            order: Order by an any element

        `GET /TaxRates` (operation `getTaxRates`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id, where=where, order=order)
        return self._core.send(call, request_options)

    def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        tax_rates: builtins.list[TaxRate] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> TaxRates:
        """Creates one or more tax rates

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /TaxRates` (operation `createTaxRates`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id, idempotency_key=idempotency_key, tax_rates=tax_rates
        )
        return self._core.send(call, request_options)

    def update(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        tax_rates: builtins.list[TaxRate] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> TaxRates:
        """Updates tax rates

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /TaxRates` (operation `updateTaxRate`).
        """
        call = _update_call(
            xero_tenant_id=xero_tenant_id, idempotency_key=idempotency_key, tax_rates=tax_rates
        )
        return self._core.send(call, request_options)

    def get_by_tax_type(
        self,
        *,
        tax_type: str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> TaxRates:
        """Retrieves a specific tax rate according to given TaxType code

        Args:
            tax_type: A valid TaxType code
            xero_tenant_id: Xero identifier for Tenant

        `GET /TaxRates/{TaxType}` (operation `getTaxRateByTaxType`).
        """
        call = _get_by_tax_type_call(tax_type=tax_type, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)


class TaxRatesResourceWithRawResponse:
    """The operations of `TaxRatesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: TaxRatesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)
        self.get_by_tax_type = to_raw_response_wrapper(resource.get_by_tax_type)


class AsyncTaxRatesResource:
    """Operations on tax rates."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncTaxRatesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncTaxRatesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        where: str | None = None,
        order: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxRates:
        """Retrieves tax rates

        Args:
            xero_tenant_id: Xero identifier for Tenant
            where: Filter by an any element
            order: Order by an any element

        `GET /TaxRates` (operation `getTaxRates`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id, where=where, order=order)
        return await self._core.send(call, request_options)

    async def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        tax_rates: builtins.list[TaxRate] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> TaxRates:
        """Creates one or more tax rates

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /TaxRates` (operation `createTaxRates`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id, idempotency_key=idempotency_key, tax_rates=tax_rates
        )
        return await self._core.send(call, request_options)

    async def update(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        tax_rates: builtins.list[TaxRate] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> TaxRates:
        """Updates tax rates

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /TaxRates` (operation `updateTaxRate`).
        """
        call = _update_call(
            xero_tenant_id=xero_tenant_id, idempotency_key=idempotency_key, tax_rates=tax_rates
        )
        return await self._core.send(call, request_options)

    async def get_by_tax_type(
        self,
        *,
        tax_type: str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> TaxRates:
        """Retrieves a specific tax rate according to given TaxType code

        Args:
            tax_type: A valid TaxType code
            xero_tenant_id: Xero identifier for Tenant

        `GET /TaxRates/{TaxType}` (operation `getTaxRateByTaxType`).
        """
        call = _get_by_tax_type_call(tax_type=tax_type, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)


class AsyncTaxRatesResourceWithRawResponse:
    """The operations of `AsyncTaxRatesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncTaxRatesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.get_by_tax_type = async_to_raw_response_wrapper(resource.get_by_tax_type)
