"""The `users` operations. Generated from the OpenAPI document; do not edit."""

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
from ..models._users import Users

__all__ = [
    "AsyncUsersResource",
    "AsyncUsersResourceWithRawResponse",
    "UsersResource",
    "UsersResourceWithRawResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    if_modified_since: datetime | None = None,
    where: str | None = None,
    order: str | None = None,
) -> Call[Users]:
    return Call[Users](
        method="GET",
        path="/Users",
        operation_id="getUsers",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("If-Modified-Since", if_modified_since, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(Users, "json")},
        security=[["OAuth2"]],
    )


def _get_call(
    *,
    user_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Users]:
    return Call[Users](
        method="GET",
        path="/Users/{UserID}",
        operation_id="getUser",
        path_params={"UserID": user_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Users, "json")},
        security=[["OAuth2"]],
    )


class UsersResource:
    """Operations on users."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return UsersResourceWithRawResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Users:
        """Retrieves users

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element

        `GET /Users` (operation `getUsers`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        user_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Users:
        """Retrieves a specific user

        Args:
            user_id: Unique identifier for a User
            xero_tenant_id: Xero identifier for Tenant

        `GET /Users/{UserID}` (operation `getUser`).
        """
        call = _get_call(user_id=user_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)


class UsersResourceWithRawResponse:
    """The operations of `UsersResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: UsersResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncUsersResource:
    """Operations on users."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncUsersResourceWithRawResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Users:
        """Retrieves users

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element

        `GET /Users` (operation `getUsers`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        user_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Users:
        """Retrieves a specific user

        Args:
            user_id: Unique identifier for a User
            xero_tenant_id: Xero identifier for Tenant

        `GET /Users/{UserID}` (operation `getUser`).
        """
        call = _get_call(user_id=user_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)


class AsyncUsersResourceWithRawResponse:
    """The operations of `AsyncUsersResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
