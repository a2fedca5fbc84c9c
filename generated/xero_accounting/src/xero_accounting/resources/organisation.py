"""The `organisation` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

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
from ..models._organisation import Actions, CisOrgSettings, Organisations

__all__ = [
    "AsyncOrganisationResource",
    "AsyncOrganisationResourceWithRawResponse",
    "OrganisationResource",
    "OrganisationResourceWithRawResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
) -> Call[Organisations]:
    return Call[Organisations](
        method="GET",
        path="/Organisation",
        operation_id="getOrganisations",
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Organisations, "json")},
        security=[["OAuth2"]],
    )


def _get_actions_call(
    *,
    xero_tenant_id: str,
) -> Call[Actions]:
    return Call[Actions](
        method="GET",
        path="/Organisation/Actions",
        operation_id="getOrganisationActions",
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Actions, "json")},
        security=[["OAuth2"]],
    )


def _get_cis_settings_call(
    *,
    organisation_id: UUID | str,
    xero_tenant_id: str,
) -> Call[CisOrgSettings]:
    return Call[CisOrgSettings](
        method="GET",
        path="/Organisation/{OrganisationID}/CISSettings",
        operation_id="getOrganisationCISSettings",
        path_params={"OrganisationID": organisation_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(CisOrgSettings, "json")},
        security=[["OAuth2"]],
    )


class OrganisationResource:
    """Operations on organisation."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> OrganisationResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return OrganisationResourceWithRawResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Organisations:
        """Retrieves Xero organisation details

        Args:
            xero_tenant_id: Xero identifier for Tenant

        `GET /Organisation` (operation `getOrganisations`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_actions(
        self,
        *,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Actions:
        """Retrieves a list of the key actions your app has permission to perform in the connected Xero organisation.

        Args:
            xero_tenant_id: Xero identifier for Tenant

        `GET /Organisation/Actions` (operation `getOrganisationActions`).
        """
        call = _get_actions_call(xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_cis_settings(
        self,
        *,
        organisation_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> CisOrgSettings:
        """Retrieves the CIS settings for the Xero organistaion.

        Args:
            organisation_id: The unique Xero identifier for an organisation
            xero_tenant_id: Xero identifier for Tenant

        `GET /Organisation/{OrganisationID}/CISSettings` (operation `getOrganisationCISSettings`).
        """
        call = _get_cis_settings_call(
            organisation_id=organisation_id, xero_tenant_id=xero_tenant_id
        )
        return self._core.send(call, request_options)


class OrganisationResourceWithRawResponse:
    """The operations of `OrganisationResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: OrganisationResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get_actions = to_raw_response_wrapper(resource.get_actions)
        self.get_cis_settings = to_raw_response_wrapper(resource.get_cis_settings)


class AsyncOrganisationResource:
    """Operations on organisation."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncOrganisationResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncOrganisationResourceWithRawResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Organisations:
        """Retrieves Xero organisation details

        Args:
            xero_tenant_id: Xero identifier for Tenant

        `GET /Organisation` (operation `getOrganisations`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_actions(
        self,
        *,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Actions:
        """Retrieves a list of the key actions your app has permission to perform in the connected Xero organisation.

        Args:
            xero_tenant_id: Xero identifier for Tenant

        `GET /Organisation/Actions` (operation `getOrganisationActions`).
        """
        call = _get_actions_call(xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_cis_settings(
        self,
        *,
        organisation_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> CisOrgSettings:
        """Retrieves the CIS settings for the Xero organistaion.

        Args:
            organisation_id: The unique Xero identifier for an organisation
            xero_tenant_id: Xero identifier for Tenant

        `GET /Organisation/{OrganisationID}/CISSettings` (operation `getOrganisationCISSettings`).
        """
        call = _get_cis_settings_call(
            organisation_id=organisation_id, xero_tenant_id=xero_tenant_id
        )
        return await self._core.send(call, request_options)


class AsyncOrganisationResourceWithRawResponse:
    """The operations of `AsyncOrganisationResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncOrganisationResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get_actions = async_to_raw_response_wrapper(resource.get_actions)
        self.get_cis_settings = async_to_raw_response_wrapper(resource.get_cis_settings)
