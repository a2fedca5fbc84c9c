"""The `payment_services` operations. Generated from the OpenAPI document; do not edit."""

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
from ..models._shared import Error, PaymentService, PaymentServices

__all__ = [
    "AsyncPaymentServicesResource",
    "AsyncPaymentServicesResourceWithRawResponse",
    "PaymentServicesResource",
    "PaymentServicesResourceWithRawResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
) -> Call[PaymentServices]:
    return Call[PaymentServices](
        method="GET",
        path="/PaymentServices",
        operation_id="getPaymentServices",
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(PaymentServices, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    payment_services: builtins.list[PaymentService] | NotGiven = NOT_GIVEN,
) -> Call[PaymentServices]:
    data = given({"PaymentServices": payment_services})
    return Call[PaymentServices](
        method="PUT",
        path="/PaymentServices",
        operation_id="createPaymentService",
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=PaymentServices.model_validate(data),
        responses={"200": ResponseSpec(PaymentServices, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


class PaymentServicesResource:
    """Operations on payment services."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> PaymentServicesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return PaymentServicesResourceWithRawResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> PaymentServices:
        """Retrieves payment services

        Args:
            xero_tenant_id: Xero identifier for Tenant

        `GET /PaymentServices` (operation `getPaymentServices`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        payment_services: builtins.list[PaymentService] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> PaymentServices:
        """Creates a payment service

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /PaymentServices` (operation `createPaymentService`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            payment_services=payment_services,
        )
        return self._core.send(call, request_options)


class PaymentServicesResourceWithRawResponse:
    """The operations of `PaymentServicesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: PaymentServicesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncPaymentServicesResource:
    """Operations on payment services."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncPaymentServicesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncPaymentServicesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> PaymentServices:
        """Retrieves payment services

        Args:
            xero_tenant_id: Xero identifier for Tenant

        `GET /PaymentServices` (operation `getPaymentServices`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        payment_services: builtins.list[PaymentService] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> PaymentServices:
        """Creates a payment service

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /PaymentServices` (operation `createPaymentService`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            payment_services=payment_services,
        )
        return await self._core.send(call, request_options)


class AsyncPaymentServicesResourceWithRawResponse:
    """The operations of `AsyncPaymentServicesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncPaymentServicesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
