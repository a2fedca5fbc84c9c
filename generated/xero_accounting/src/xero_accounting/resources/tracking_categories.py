"""The `tracking_categories` operations. Generated from the OpenAPI document; do not edit."""

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
from ..models._shared import (
    Error,
    TrackingCategory,
    TrackingCategoryStatus,
    TrackingOption,
    TrackingOptionStatus,
)
from ..models._tracking_categories import TrackingCategories, TrackingOptions

__all__ = [
    "AsyncTrackingCategoriesResource",
    "AsyncTrackingCategoriesResourceWithRawResponse",
    "TrackingCategoriesResource",
    "TrackingCategoriesResourceWithRawResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    where: str | None = None,
    order: str | None = None,
    include_archived: bool | None = None,
) -> Call[TrackingCategories]:
    return Call[TrackingCategories](
        method="GET",
        path="/TrackingCategories",
        operation_id="getTrackingCategories",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
            Param("includeArchived", include_archived, style="form", explode=True),
        ],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(TrackingCategories, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    tracking_category_id: UUID | str | NotGiven = NOT_GIVEN,
    tracking_option_id: UUID | str | NotGiven = NOT_GIVEN,
    name: str | NotGiven = NOT_GIVEN,
    option: str | NotGiven = NOT_GIVEN,
    status: TrackingCategoryStatus | NotGiven = NOT_GIVEN,
    options_: builtins.list[TrackingOption] | NotGiven = NOT_GIVEN,
) -> Call[TrackingCategories]:
    data = given(
        {
            "TrackingCategoryID": tracking_category_id,
            "TrackingOptionID": tracking_option_id,
            "Name": name,
            "Option": option,
            "Status": status,
            "Options": options_,
        }
    )
    return Call[TrackingCategories](
        method="PUT",
        path="/TrackingCategories",
        operation_id="createTrackingCategory",
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=TrackingCategory.model_validate(data),
        responses={"200": ResponseSpec(TrackingCategories, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_call(
    *,
    tracking_category_id: UUID | str,
    xero_tenant_id: str,
) -> Call[TrackingCategories]:
    return Call[TrackingCategories](
        method="GET",
        path="/TrackingCategories/{TrackingCategoryID}",
        operation_id="getTrackingCategory",
        path_params={"TrackingCategoryID": tracking_category_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(TrackingCategories, "json")},
        security=[["OAuth2"]],
    )


def _update_call(
    *,
    tracking_category_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    tracking_category_id_body: UUID | str | NotGiven = NOT_GIVEN,
    tracking_option_id: UUID | str | NotGiven = NOT_GIVEN,
    name: str | NotGiven = NOT_GIVEN,
    option: str | NotGiven = NOT_GIVEN,
    status: TrackingCategoryStatus | NotGiven = NOT_GIVEN,
    options_: builtins.list[TrackingOption] | NotGiven = NOT_GIVEN,
) -> Call[TrackingCategories]:
    data = given(
        {
            "TrackingCategoryID": tracking_category_id_body,
            "TrackingOptionID": tracking_option_id,
            "Name": name,
            "Option": option,
            "Status": status,
            "Options": options_,
        }
    )
    return Call[TrackingCategories](
        method="POST",
        path="/TrackingCategories/{TrackingCategoryID}",
        operation_id="updateTrackingCategory",
        path_params={"TrackingCategoryID": tracking_category_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=TrackingCategory.model_validate(data),
        responses={"200": ResponseSpec(TrackingCategories, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _delete_call(
    *,
    tracking_category_id: UUID | str,
    xero_tenant_id: str,
) -> Call[TrackingCategories]:
    return Call[TrackingCategories](
        method="DELETE",
        path="/TrackingCategories/{TrackingCategoryID}",
        operation_id="deleteTrackingCategory",
        path_params={"TrackingCategoryID": tracking_category_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(TrackingCategories, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
    )


def _create_tracking_options_call(
    *,
    tracking_category_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    tracking_option_id: UUID | str | NotGiven = NOT_GIVEN,
    name: str | NotGiven = NOT_GIVEN,
    status: TrackingOptionStatus | NotGiven = NOT_GIVEN,
    tracking_category_id_body: UUID | str | NotGiven = NOT_GIVEN,
) -> Call[TrackingOptions]:
    data = given(
        {
            "TrackingOptionID": tracking_option_id,
            "Name": name,
            "Status": status,
            "TrackingCategoryID": tracking_category_id_body,
        }
    )
    return Call[TrackingOptions](
        method="PUT",
        path="/TrackingCategories/{TrackingCategoryID}/Options",
        operation_id="createTrackingOptions",
        path_params={"TrackingCategoryID": tracking_category_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=TrackingOption.model_validate(data),
        responses={"200": ResponseSpec(TrackingOptions, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _update_tracking_options_call(
    *,
    tracking_category_id: UUID | str,
    tracking_option_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    tracking_option_id_body: UUID | str | NotGiven = NOT_GIVEN,
    name: str | NotGiven = NOT_GIVEN,
    status: TrackingOptionStatus | NotGiven = NOT_GIVEN,
    tracking_category_id_body: UUID | str | NotGiven = NOT_GIVEN,
) -> Call[TrackingOptions]:
    data = given(
        {
            "TrackingOptionID": tracking_option_id_body,
            "Name": name,
            "Status": status,
            "TrackingCategoryID": tracking_category_id_body,
        }
    )
    return Call[TrackingOptions](
        method="POST",
        path="/TrackingCategories/{TrackingCategoryID}/Options/{TrackingOptionID}",
        operation_id="updateTrackingOptions",
        path_params={
            "TrackingCategoryID": tracking_category_id,
            "TrackingOptionID": tracking_option_id,
        },
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=TrackingOption.model_validate(data),
        responses={"200": ResponseSpec(TrackingOptions, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _delete_tracking_options_call(
    *,
    tracking_category_id: UUID | str,
    tracking_option_id: UUID | str,
    xero_tenant_id: str,
) -> Call[TrackingOptions]:
    return Call[TrackingOptions](
        method="DELETE",
        path="/TrackingCategories/{TrackingCategoryID}/Options/{TrackingOptionID}",
        operation_id="deleteTrackingOptions",
        path_params={
            "TrackingCategoryID": tracking_category_id,
            "TrackingOptionID": tracking_option_id,
        },
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(TrackingOptions, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
    )


class TrackingCategoriesResource:
    """Operations on tracking categories."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> TrackingCategoriesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return TrackingCategoriesResourceWithRawResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        where: str | None = None,
        order: str | None = None,
        include_archived: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> TrackingCategories:
        """Retrieves tracking categories and options

        Args:
            xero_tenant_id: Xero identifier for Tenant
            where: Filter by an any element
            order: Order by an any element
            include_archived: e.g. includeArchived=true - Categories and options with a status of ARCHIVED will be included in the response

        `GET /TrackingCategories` (operation `getTrackingCategories`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            where=where,
            order=order,
            include_archived=include_archived,
        )
        return self._core.send(call, request_options)

    def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        tracking_category_id: UUID | str | NotGiven = NOT_GIVEN,
        tracking_option_id: UUID | str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        option: str | NotGiven = NOT_GIVEN,
        status: TrackingCategoryStatus | NotGiven = NOT_GIVEN,
        options_: builtins.list[TrackingOption] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> TrackingCategories:
        """Create tracking categories

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            tracking_category_id: The Xero identifier for a tracking category e.g. 297c2dc5-cc47-4afd-8ec8-74990b8761e9
            tracking_option_id: The Xero identifier for a tracking option e.g. dc54c220-0140-495a-b925-3246adc0075f
            name: The name of the tracking category e.g. Department, Region (max length = 100)
            option: The option name of the tracking option e.g. East, West (max length = 100)
            status: The status of a tracking category
            options_: See Tracking Options

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /TrackingCategories` (operation `createTrackingCategory`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            tracking_category_id=tracking_category_id,
            tracking_option_id=tracking_option_id,
            name=name,
            option=option,
            status=status,
            options_=options_,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        tracking_category_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> TrackingCategories:
        """Retrieves specific tracking categories and options using a unique tracking category Id

        Args:
            tracking_category_id: Unique identifier for a TrackingCategory
            xero_tenant_id: Xero identifier for Tenant

        `GET /TrackingCategories/{TrackingCategoryID}` (operation `getTrackingCategory`).
        """
        call = _get_call(tracking_category_id=tracking_category_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def update(
        self,
        *,
        tracking_category_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        tracking_category_id_body: UUID | str | NotGiven = NOT_GIVEN,
        tracking_option_id: UUID | str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        option: str | NotGiven = NOT_GIVEN,
        status: TrackingCategoryStatus | NotGiven = NOT_GIVEN,
        options_: builtins.list[TrackingOption] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> TrackingCategories:
        """Updates a specific tracking category

        Args:
            tracking_category_id: Unique identifier for a TrackingCategory
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            tracking_category_id_body: The Xero identifier for a tracking category e.g. 297c2dc5-cc47-4afd-8ec8-74990b8761e9
            tracking_option_id: The Xero identifier for a tracking option e.g. dc54c220-0140-495a-b925-3246adc0075f
            name: The name of the tracking category e.g. Department, Region (max length = 100)
            option: The option name of the tracking option e.g. East, West (max length = 100)
            status: The status of a tracking category
            options_: See Tracking Options

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /TrackingCategories/{TrackingCategoryID}` (operation `updateTrackingCategory`).
        """
        call = _update_call(
            tracking_category_id=tracking_category_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            tracking_category_id_body=tracking_category_id_body,
            tracking_option_id=tracking_option_id,
            name=name,
            option=option,
            status=status,
            options_=options_,
        )
        return self._core.send(call, request_options)

    def delete(
        self,
        *,
        tracking_category_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> TrackingCategories:
        """Deletes a specific tracking category

        Args:
            tracking_category_id: Unique identifier for a TrackingCategory
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /TrackingCategories/{TrackingCategoryID}` (operation `deleteTrackingCategory`).
        """
        call = _delete_call(
            tracking_category_id=tracking_category_id, xero_tenant_id=xero_tenant_id
        )
        return self._core.send(call, request_options)

    def create_tracking_options(
        self,
        *,
        tracking_category_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        tracking_option_id: UUID | str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        status: TrackingOptionStatus | NotGiven = NOT_GIVEN,
        tracking_category_id_body: UUID | str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> TrackingOptions:
        """Creates options for a specific tracking category

        Args:
            tracking_category_id: Unique identifier for a TrackingCategory
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            tracking_option_id: The Xero identifier for a tracking option e.g. ae777a87-5ef3-4fa0-a4f0-d10e1f13073a
            name: The name of the tracking option e.g. Marketing, East (max length = 100)
            status: The status of a tracking option
            tracking_category_id_body: Filter by a tracking category e.g. 297c2dc5-cc47-4afd-8ec8-74990b8761e9

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /TrackingCategories/{TrackingCategoryID}/Options` (operation `createTrackingOptions`).
        """
        call = _create_tracking_options_call(
            tracking_category_id=tracking_category_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            tracking_option_id=tracking_option_id,
            name=name,
            status=status,
            tracking_category_id_body=tracking_category_id_body,
        )
        return self._core.send(call, request_options)

    def update_tracking_options(
        self,
        *,
        tracking_category_id: UUID | str,
        tracking_option_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        tracking_option_id_body: UUID | str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        status: TrackingOptionStatus | NotGiven = NOT_GIVEN,
        tracking_category_id_body: UUID | str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> TrackingOptions:
        """Updates a specific option for a specific tracking category

        Args:
            tracking_category_id: Unique identifier for a TrackingCategory
            tracking_option_id: Unique identifier for a Tracking Option
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            tracking_option_id_body: The Xero identifier for a tracking option e.g. ae777a87-5ef3-4fa0-a4f0-d10e1f13073a
            name: The name of the tracking option e.g. Marketing, East (max length = 100)
            status: The status of a tracking option
            tracking_category_id_body: Filter by a tracking category e.g. 297c2dc5-cc47-4afd-8ec8-74990b8761e9

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /TrackingCategories/{TrackingCategoryID}/Options/{TrackingOptionID}` (operation `updateTrackingOptions`).
        """
        call = _update_tracking_options_call(
            tracking_category_id=tracking_category_id,
            tracking_option_id=tracking_option_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            tracking_option_id_body=tracking_option_id_body,
            name=name,
            status=status,
            tracking_category_id_body=tracking_category_id_body,
        )
        return self._core.send(call, request_options)

    def delete_tracking_options(
        self,
        *,
        tracking_category_id: UUID | str,
        tracking_option_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> TrackingOptions:
        """Deletes a specific option for a specific tracking category

        Args:
            tracking_category_id: Unique identifier for a TrackingCategory
            tracking_option_id: Unique identifier for a Tracking Option
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /TrackingCategories/{TrackingCategoryID}/Options/{TrackingOptionID}` (operation `deleteTrackingOptions`).
        """
        call = _delete_tracking_options_call(
            tracking_category_id=tracking_category_id,
            tracking_option_id=tracking_option_id,
            xero_tenant_id=xero_tenant_id,
        )
        return self._core.send(call, request_options)


class TrackingCategoriesResourceWithRawResponse:
    """The operations of `TrackingCategoriesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: TrackingCategoriesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.create_tracking_options = to_raw_response_wrapper(resource.create_tracking_options)
        self.update_tracking_options = to_raw_response_wrapper(resource.update_tracking_options)
        self.delete_tracking_options = to_raw_response_wrapper(resource.delete_tracking_options)


class AsyncTrackingCategoriesResource:
    """Operations on tracking categories."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncTrackingCategoriesResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncTrackingCategoriesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        where: str | None = None,
        order: str | None = None,
        include_archived: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> TrackingCategories:
        """Retrieves tracking categories and options

        Args:
            xero_tenant_id: Xero identifier for Tenant
            where: Filter by an any element
            order: Order by an any element
            include_archived: e.g. includeArchived=true - Categories and options with a status of ARCHIVED will be included in the response

        `GET /TrackingCategories` (operation `getTrackingCategories`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            where=where,
            order=order,
            include_archived=include_archived,
        )
        return await self._core.send(call, request_options)

    async def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        tracking_category_id: UUID | str | NotGiven = NOT_GIVEN,
        tracking_option_id: UUID | str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        option: str | NotGiven = NOT_GIVEN,
        status: TrackingCategoryStatus | NotGiven = NOT_GIVEN,
        options_: builtins.list[TrackingOption] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> TrackingCategories:
        """Create tracking categories

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            tracking_category_id: The Xero identifier for a tracking category e.g. 297c2dc5-cc47-4afd-8ec8-74990b8761e9
            tracking_option_id: The Xero identifier for a tracking option e.g. dc54c220-0140-495a-b925-3246adc0075f
            name: The name of the tracking category e.g. Department, Region (max length = 100)
            option: The option name of the tracking option e.g. East, West (max length = 100)
            status: The status of a tracking category
            options_: See Tracking Options

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /TrackingCategories` (operation `createTrackingCategory`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            tracking_category_id=tracking_category_id,
            tracking_option_id=tracking_option_id,
            name=name,
            option=option,
            status=status,
            options_=options_,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        tracking_category_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> TrackingCategories:
        """Retrieves specific tracking categories and options using a unique tracking category Id

        Args:
            tracking_category_id: Unique identifier for a TrackingCategory
            xero_tenant_id: Xero identifier for Tenant

        `GET /TrackingCategories/{TrackingCategoryID}` (operation `getTrackingCategory`).
        """
        call = _get_call(tracking_category_id=tracking_category_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def update(
        self,
        *,
        tracking_category_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        tracking_category_id_body: UUID | str | NotGiven = NOT_GIVEN,
        tracking_option_id: UUID | str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        option: str | NotGiven = NOT_GIVEN,
        status: TrackingCategoryStatus | NotGiven = NOT_GIVEN,
        options_: builtins.list[TrackingOption] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> TrackingCategories:
        """Updates a specific tracking category

        Args:
            tracking_category_id: Unique identifier for a TrackingCategory
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            tracking_category_id_body: The Xero identifier for a tracking category e.g. 297c2dc5-cc47-4afd-8ec8-74990b8761e9
            tracking_option_id: The Xero identifier for a tracking option e.g. dc54c220-0140-495a-b925-3246adc0075f
            name: The name of the tracking category e.g. Department, Region (max length = 100)
            option: The option name of the tracking option e.g. East, West (max length = 100)
            status: The status of a tracking category
            options_: See Tracking Options

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /TrackingCategories/{TrackingCategoryID}` (operation `updateTrackingCategory`).
        """
        call = _update_call(
            tracking_category_id=tracking_category_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            tracking_category_id_body=tracking_category_id_body,
            tracking_option_id=tracking_option_id,
            name=name,
            option=option,
            status=status,
            options_=options_,
        )
        return await self._core.send(call, request_options)

    async def delete(
        self,
        *,
        tracking_category_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> TrackingCategories:
        """Deletes a specific tracking category

        Args:
            tracking_category_id: Unique identifier for a TrackingCategory
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /TrackingCategories/{TrackingCategoryID}` (operation `deleteTrackingCategory`).
        """
        call = _delete_call(
            tracking_category_id=tracking_category_id, xero_tenant_id=xero_tenant_id
        )
        return await self._core.send(call, request_options)

    async def create_tracking_options(
        self,
        *,
        tracking_category_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        tracking_option_id: UUID | str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        status: TrackingOptionStatus | NotGiven = NOT_GIVEN,
        tracking_category_id_body: UUID | str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> TrackingOptions:
        """Creates options for a specific tracking category

        Args:
            tracking_category_id: Unique identifier for a TrackingCategory
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            tracking_option_id: The Xero identifier for a tracking option e.g. ae777a87-5ef3-4fa0-a4f0-d10e1f13073a
            name: The name of the tracking option e.g. Marketing, East (max length = 100)
            status: The status of a tracking option
            tracking_category_id_body: Filter by a tracking category e.g. 297c2dc5-cc47-4afd-8ec8-74990b8761e9

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /TrackingCategories/{TrackingCategoryID}/Options` (operation `createTrackingOptions`).
        """
        call = _create_tracking_options_call(
            tracking_category_id=tracking_category_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            tracking_option_id=tracking_option_id,
            name=name,
            status=status,
            tracking_category_id_body=tracking_category_id_body,
        )
        return await self._core.send(call, request_options)

    async def update_tracking_options(
        self,
        *,
        tracking_category_id: UUID | str,
        tracking_option_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        tracking_option_id_body: UUID | str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        status: TrackingOptionStatus | NotGiven = NOT_GIVEN,
        tracking_category_id_body: UUID | str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> TrackingOptions:
        """Updates a specific option for a specific tracking category

        Args:
            tracking_category_id: Unique identifier for a TrackingCategory
            tracking_option_id: Unique identifier for a Tracking Option
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            tracking_option_id_body: The Xero identifier for a tracking option e.g. ae777a87-5ef3-4fa0-a4f0-d10e1f13073a
            name: The name of the tracking option e.g. Marketing, East (max length = 100)
            status: The status of a tracking option
            tracking_category_id_body: Filter by a tracking category e.g. 297c2dc5-cc47-4afd-8ec8-74990b8761e9

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /TrackingCategories/{TrackingCategoryID}/Options/{TrackingOptionID}` (operation `updateTrackingOptions`).
        """
        call = _update_tracking_options_call(
            tracking_category_id=tracking_category_id,
            tracking_option_id=tracking_option_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            tracking_option_id_body=tracking_option_id_body,
            name=name,
            status=status,
            tracking_category_id_body=tracking_category_id_body,
        )
        return await self._core.send(call, request_options)

    async def delete_tracking_options(
        self,
        *,
        tracking_category_id: UUID | str,
        tracking_option_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> TrackingOptions:
        """Deletes a specific option for a specific tracking category

        Args:
            tracking_category_id: Unique identifier for a TrackingCategory
            tracking_option_id: Unique identifier for a Tracking Option
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /TrackingCategories/{TrackingCategoryID}/Options/{TrackingOptionID}` (operation `deleteTrackingOptions`).
        """
        call = _delete_tracking_options_call(
            tracking_category_id=tracking_category_id,
            tracking_option_id=tracking_option_id,
            xero_tenant_id=xero_tenant_id,
        )
        return await self._core.send(call, request_options)


class AsyncTrackingCategoriesResourceWithRawResponse:
    """The operations of `AsyncTrackingCategoriesResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncTrackingCategoriesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.create_tracking_options = async_to_raw_response_wrapper(
            resource.create_tracking_options
        )
        self.update_tracking_options = async_to_raw_response_wrapper(
            resource.update_tracking_options
        )
        self.delete_tracking_options = async_to_raw_response_wrapper(
            resource.delete_tracking_options
        )
