"""The `branding_themes` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

import builtins
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
from ..models._branding_themes import BrandingThemes
from ..models._shared import Error, PaymentService, PaymentServices

__all__ = [
    "AsyncBrandingThemesResource",
    "AsyncBrandingThemesResourceWithRawResponse",
    "BrandingThemesResource",
    "BrandingThemesResourceWithRawResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
) -> Call[BrandingThemes]:
    return Call[BrandingThemes](
        method="GET",
        path="/BrandingThemes",
        operation_id="getBrandingThemes",
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(BrandingThemes, "json")},
        security=[["OAuth2"]],
    )


def _get_call(
    *,
    branding_theme_id: UUID | str,
    xero_tenant_id: str,
) -> Call[BrandingThemes]:
    return Call[BrandingThemes](
        method="GET",
        path="/BrandingThemes/{BrandingThemeID}",
        operation_id="getBrandingTheme",
        path_params={"BrandingThemeID": branding_theme_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(BrandingThemes, "json")},
        security=[["OAuth2"]],
    )


def _get_payment_services_call(
    *,
    branding_theme_id: UUID | str,
    xero_tenant_id: str,
) -> Call[PaymentServices]:
    return Call[PaymentServices](
        method="GET",
        path="/BrandingThemes/{BrandingThemeID}/PaymentServices",
        operation_id="getBrandingThemePaymentServices",
        path_params={"BrandingThemeID": branding_theme_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(PaymentServices, "json")},
        security=[["OAuth2"]],
    )


def _create_payment_services_call(
    *,
    branding_theme_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    payment_services: builtins.list[PaymentService] | NotGiven = NOT_GIVEN,
) -> Call[PaymentServices]:
    data = given({"PaymentServices": payment_services})
    return Call[PaymentServices](
        method="POST",
        path="/BrandingThemes/{BrandingThemeID}/PaymentServices",
        operation_id="createBrandingThemePaymentServices",
        path_params={"BrandingThemeID": branding_theme_id},
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


class BrandingThemesResource:
    """Operations on branding themes."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> BrandingThemesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return BrandingThemesResourceWithRawResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> BrandingThemes:
        """Retrieves all the branding themes

        Args:
            xero_tenant_id: Xero identifier for Tenant

        `GET /BrandingThemes` (operation `getBrandingThemes`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        branding_theme_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> BrandingThemes:
        """Retrieves a specific branding theme using a unique branding theme Id

        Args:
            branding_theme_id: Unique identifier for a Branding Theme
            xero_tenant_id: Xero identifier for Tenant

        `GET /BrandingThemes/{BrandingThemeID}` (operation `getBrandingTheme`).
        """
        call = _get_call(branding_theme_id=branding_theme_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_payment_services(
        self,
        *,
        branding_theme_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> PaymentServices:
        """Retrieves the payment services for a specific branding theme

        Args:
            branding_theme_id: Unique identifier for a Branding Theme
            xero_tenant_id: Xero identifier for Tenant

        `GET /BrandingThemes/{BrandingThemeID}/PaymentServices` (operation `getBrandingThemePaymentServices`).
        """
        call = _get_payment_services_call(
            branding_theme_id=branding_theme_id, xero_tenant_id=xero_tenant_id
        )
        return self._core.send(call, request_options)

    def create_payment_services(
        self,
        *,
        branding_theme_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        payment_services: builtins.list[PaymentService] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> PaymentServices:
        """Creates a new custom payment service for a specific branding theme

        Args:
            branding_theme_id: Unique identifier for a Branding Theme
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BrandingThemes/{BrandingThemeID}/PaymentServices` (operation `createBrandingThemePaymentServices`).
        """
        call = _create_payment_services_call(
            branding_theme_id=branding_theme_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            payment_services=payment_services,
        )
        return self._core.send(call, request_options)


class BrandingThemesResourceWithRawResponse:
    """The operations of `BrandingThemesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: BrandingThemesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.get_payment_services = to_raw_response_wrapper(resource.get_payment_services)
        self.create_payment_services = to_raw_response_wrapper(resource.create_payment_services)


class AsyncBrandingThemesResource:
    """Operations on branding themes."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncBrandingThemesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncBrandingThemesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> BrandingThemes:
        """Retrieves all the branding themes

        Args:
            xero_tenant_id: Xero identifier for Tenant

        `GET /BrandingThemes` (operation `getBrandingThemes`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        branding_theme_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> BrandingThemes:
        """Retrieves a specific branding theme using a unique branding theme Id

        Args:
            branding_theme_id: Unique identifier for a Branding Theme
            xero_tenant_id: Xero identifier for Tenant

        `GET /BrandingThemes/{BrandingThemeID}` (operation `getBrandingTheme`).
        """
        call = _get_call(branding_theme_id=branding_theme_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_payment_services(
        self,
        *,
        branding_theme_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> PaymentServices:
        """Retrieves the payment services for a specific branding theme

        Args:
            branding_theme_id: Unique identifier for a Branding Theme
            xero_tenant_id: Xero identifier for Tenant

        `GET /BrandingThemes/{BrandingThemeID}/PaymentServices` (operation `getBrandingThemePaymentServices`).
        """
        call = _get_payment_services_call(
            branding_theme_id=branding_theme_id, xero_tenant_id=xero_tenant_id
        )
        return await self._core.send(call, request_options)

    async def create_payment_services(
        self,
        *,
        branding_theme_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        payment_services: builtins.list[PaymentService] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> PaymentServices:
        """Creates a new custom payment service for a specific branding theme

        Args:
            branding_theme_id: Unique identifier for a Branding Theme
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BrandingThemes/{BrandingThemeID}/PaymentServices` (operation `createBrandingThemePaymentServices`).
        """
        call = _create_payment_services_call(
            branding_theme_id=branding_theme_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            payment_services=payment_services,
        )
        return await self._core.send(call, request_options)


class AsyncBrandingThemesResourceWithRawResponse:
    """The operations of `AsyncBrandingThemesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncBrandingThemesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.get_payment_services = async_to_raw_response_wrapper(resource.get_payment_services)
        self.create_payment_services = async_to_raw_response_wrapper(
            resource.create_payment_services
        )
