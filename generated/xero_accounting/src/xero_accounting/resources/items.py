"""The `items` operations. Generated from the OpenAPI document; do not edit."""

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
from ..models._items import Item, Items
from ..models._shared import Error, HistoryRecord, HistoryRecords

__all__ = [
    "AsyncItemsResource",
    "AsyncItemsResourceWithRawResponse",
    "ItemsResource",
    "ItemsResourceWithRawResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    if_modified_since: datetime | None = None,
    where: str | None = None,
    order: str | None = None,
    unitdp: int | None = None,
) -> Call[Items]:
    return Call[Items](
        method="GET",
        path="/Items",
        operation_id="getItems",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
            Param("unitdp", unitdp, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("If-Modified-Since", if_modified_since, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(Items, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    unitdp: int | None = None,
    idempotency_key: str | None = None,
    items: builtins.list[Item] | NotGiven = NOT_GIVEN,
) -> Call[Items]:
    data = given({"Items": items})
    return Call[Items](
        method="PUT",
        path="/Items",
        operation_id="createItems",
        query=[
            Param("summarizeErrors", summarize_errors, style="form", explode=True),
            Param("unitdp", unitdp, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Items.model_validate(data),
        responses={"200": ResponseSpec(Items, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _update_or_create_call(
    *,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    unitdp: int | None = None,
    idempotency_key: str | None = None,
    items: builtins.list[Item] | NotGiven = NOT_GIVEN,
) -> Call[Items]:
    data = given({"Items": items})
    return Call[Items](
        method="POST",
        path="/Items",
        operation_id="updateOrCreateItems",
        query=[
            Param("summarizeErrors", summarize_errors, style="form", explode=True),
            Param("unitdp", unitdp, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Items.model_validate(data),
        responses={"200": ResponseSpec(Items, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_call(
    *,
    item_id: UUID | str,
    xero_tenant_id: str,
    unitdp: int | None = None,
) -> Call[Items]:
    return Call[Items](
        method="GET",
        path="/Items/{ItemID}",
        operation_id="getItem",
        path_params={"ItemID": item_id},
        query=[Param("unitdp", unitdp, style="form", explode=True)],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Items, "json")},
        security=[["OAuth2"]],
    )


def _update_call(
    *,
    item_id: UUID | str,
    xero_tenant_id: str,
    unitdp: int | None = None,
    idempotency_key: str | None = None,
    items: builtins.list[Item] | NotGiven = NOT_GIVEN,
) -> Call[Items]:
    data = given({"Items": items})
    return Call[Items](
        method="POST",
        path="/Items/{ItemID}",
        operation_id="updateItem",
        path_params={"ItemID": item_id},
        query=[Param("unitdp", unitdp, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Items.model_validate(data),
        responses={"200": ResponseSpec(Items, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _delete_call(
    *,
    item_id: UUID | str,
    xero_tenant_id: str,
) -> Call[None]:
    return Call[None](
        method="DELETE",
        path="/Items/{ItemID}",
        operation_id="deleteItem",
        path_params={"ItemID": item_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"204": ResponseSpec(None, "empty")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
    )


def _get_history_call(
    *,
    item_id: UUID | str,
    xero_tenant_id: str,
) -> Call[HistoryRecords]:
    return Call[HistoryRecords](
        method="GET",
        path="/Items/{ItemID}/History",
        operation_id="getItemHistory",
        path_params={"ItemID": item_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
    )


def _create_history_call(
    *,
    item_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
) -> Call[HistoryRecords]:
    data = given({"HistoryRecords": history_records})
    return Call[HistoryRecords](
        method="PUT",
        path="/Items/{ItemID}/History",
        operation_id="createItemHistory",
        path_params={"ItemID": item_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=HistoryRecords.model_validate(data),
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


class ItemsResource:
    """Operations on items."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ItemsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return ItemsResourceWithRawResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        unitdp: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Items:
        """Retrieves items

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts

        `GET /Items` (operation `getItems`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            unitdp=unitdp,
        )
        return self._core.send(call, request_options)

    def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        items: builtins.list[Item] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Items:
        """Creates one or more items

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Items` (operation `createItems`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            items=items,
        )
        return self._core.send(call, request_options)

    def update_or_create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        items: builtins.list[Item] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Items:
        """Updates or creates one or more items

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Items` (operation `updateOrCreateItems`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            items=items,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        item_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Items:
        """Retrieves a specific item using a unique item Id

        Args:
            item_id: Unique identifier for an Item
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts

        `GET /Items/{ItemID}` (operation `getItem`).
        """
        call = _get_call(item_id=item_id, xero_tenant_id=xero_tenant_id, unitdp=unitdp)
        return self._core.send(call, request_options)

    def update(
        self,
        *,
        item_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        items: builtins.list[Item] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Items:
        """Updates a specific item

        Args:
            item_id: Unique identifier for an Item
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Items/{ItemID}` (operation `updateItem`).
        """
        call = _update_call(
            item_id=item_id,
            xero_tenant_id=xero_tenant_id,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            items=items,
        )
        return self._core.send(call, request_options)

    def delete(
        self,
        *,
        item_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Deletes a specific item

        Args:
            item_id: Unique identifier for an Item
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /Items/{ItemID}` (operation `deleteItem`).
        """
        call = _delete_call(item_id=item_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_history(
        self,
        *,
        item_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history for a specific item

        Args:
            item_id: Unique identifier for an Item
            xero_tenant_id: Xero identifier for Tenant

        `GET /Items/{ItemID}/History` (operation `getItemHistory`).
        """
        call = _get_history_call(item_id=item_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def create_history(
        self,
        *,
        item_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific item

        Args:
            item_id: Unique identifier for an Item
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Items/{ItemID}/History` (operation `createItemHistory`).
        """
        call = _create_history_call(
            item_id=item_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return self._core.send(call, request_options)


class ItemsResourceWithRawResponse:
    """The operations of `ItemsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: ItemsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.update_or_create = to_raw_response_wrapper(resource.update_or_create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get_history = to_raw_response_wrapper(resource.get_history)
        self.create_history = to_raw_response_wrapper(resource.create_history)


class AsyncItemsResource:
    """Operations on items."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncItemsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncItemsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        unitdp: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Items:
        """Retrieves items

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts

        `GET /Items` (operation `getItems`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            unitdp=unitdp,
        )
        return await self._core.send(call, request_options)

    async def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        items: builtins.list[Item] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Items:
        """Creates one or more items

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Items` (operation `createItems`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            items=items,
        )
        return await self._core.send(call, request_options)

    async def update_or_create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        items: builtins.list[Item] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Items:
        """Updates or creates one or more items

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Items` (operation `updateOrCreateItems`).
        """
        call = _update_or_create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            items=items,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        item_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Items:
        """Retrieves a specific item using a unique item Id

        Args:
            item_id: Unique identifier for an Item
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts

        `GET /Items/{ItemID}` (operation `getItem`).
        """
        call = _get_call(item_id=item_id, xero_tenant_id=xero_tenant_id, unitdp=unitdp)
        return await self._core.send(call, request_options)

    async def update(
        self,
        *,
        item_id: UUID | str,
        xero_tenant_id: str,
        unitdp: int | None = None,
        idempotency_key: str | None = None,
        items: builtins.list[Item] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Items:
        """Updates a specific item

        Args:
            item_id: Unique identifier for an Item
            xero_tenant_id: Xero identifier for Tenant
            unitdp: e.g. unitdp=4 – (Unit Decimal Places) You can opt in to use four decimal places for unit amounts
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Items/{ItemID}` (operation `updateItem`).
        """
        call = _update_call(
            item_id=item_id,
            xero_tenant_id=xero_tenant_id,
            unitdp=unitdp,
            idempotency_key=idempotency_key,
            items=items,
        )
        return await self._core.send(call, request_options)

    async def delete(
        self,
        *,
        item_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Deletes a specific item

        Args:
            item_id: Unique identifier for an Item
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /Items/{ItemID}` (operation `deleteItem`).
        """
        call = _delete_call(item_id=item_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_history(
        self,
        *,
        item_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history for a specific item

        Args:
            item_id: Unique identifier for an Item
            xero_tenant_id: Xero identifier for Tenant

        `GET /Items/{ItemID}/History` (operation `getItemHistory`).
        """
        call = _get_history_call(item_id=item_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def create_history(
        self,
        *,
        item_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific item

        Args:
            item_id: Unique identifier for an Item
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Items/{ItemID}/History` (operation `createItemHistory`).
        """
        call = _create_history_call(
            item_id=item_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return await self._core.send(call, request_options)


class AsyncItemsResourceWithRawResponse:
    """The operations of `AsyncItemsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update_or_create = async_to_raw_response_wrapper(resource.update_or_create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get_history = async_to_raw_response_wrapper(resource.get_history)
        self.create_history = async_to_raw_response_wrapper(resource.create_history)
