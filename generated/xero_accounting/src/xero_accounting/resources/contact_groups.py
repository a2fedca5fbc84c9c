"""The `contact_groups` operations. Generated from the OpenAPI document; do not edit."""

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
from ..models._contact_groups import ContactGroups
from ..models._shared import Contact, ContactGroup, Contacts, Error, Pagination, ValidationError

__all__ = [
    "AsyncContactGroupsResource",
    "AsyncContactGroupsResourceWithRawResponse",
    "ContactGroupsResource",
    "ContactGroupsResourceWithRawResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    where: str | None = None,
    order: str | None = None,
) -> Call[ContactGroups]:
    return Call[ContactGroups](
        method="GET",
        path="/ContactGroups",
        operation_id="getContactGroups",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
        ],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(ContactGroups, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    contact_groups: builtins.list[ContactGroup] | NotGiven = NOT_GIVEN,
) -> Call[ContactGroups]:
    data = given({"ContactGroups": contact_groups})
    return Call[ContactGroups](
        method="PUT",
        path="/ContactGroups",
        operation_id="createContactGroup",
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=ContactGroups.model_validate(data),
        responses={"200": ResponseSpec(ContactGroups, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_call(
    *,
    contact_group_id: UUID | str,
    xero_tenant_id: str,
) -> Call[ContactGroups]:
    return Call[ContactGroups](
        method="GET",
        path="/ContactGroups/{ContactGroupID}",
        operation_id="getContactGroup",
        path_params={"ContactGroupID": contact_group_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(ContactGroups, "json")},
        security=[["OAuth2"]],
    )


def _update_call(
    *,
    contact_group_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    contact_groups: builtins.list[ContactGroup] | NotGiven = NOT_GIVEN,
) -> Call[ContactGroups]:
    data = given({"ContactGroups": contact_groups})
    return Call[ContactGroups](
        method="POST",
        path="/ContactGroups/{ContactGroupID}",
        operation_id="updateContactGroup",
        path_params={"ContactGroupID": contact_group_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=ContactGroups.model_validate(data),
        responses={"200": ResponseSpec(ContactGroups, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _create_contacts_call(
    *,
    contact_group_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    pagination: Pagination | NotGiven = NOT_GIVEN,
    warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
    contacts: builtins.list[Contact] | NotGiven = NOT_GIVEN,
) -> Call[Contacts]:
    data = given({"pagination": pagination, "Warnings": warnings, "Contacts": contacts})
    return Call[Contacts](
        method="PUT",
        path="/ContactGroups/{ContactGroupID}/Contacts",
        operation_id="createContactGroupContacts",
        path_params={"ContactGroupID": contact_group_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Contacts.model_validate(data),
        responses={"200": ResponseSpec(Contacts, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _delete_contacts_call(
    *,
    contact_group_id: UUID | str,
    xero_tenant_id: str,
) -> Call[None]:
    return Call[None](
        method="DELETE",
        path="/ContactGroups/{ContactGroupID}/Contacts",
        operation_id="deleteContactGroupContacts",
        path_params={"ContactGroupID": contact_group_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"204": ResponseSpec(None, "empty")},
        security=[["OAuth2"]],
    )


def _delete_contact_call(
    *,
    contact_group_id: UUID | str,
    contact_id: UUID | str,
    xero_tenant_id: str,
) -> Call[None]:
    return Call[None](
        method="DELETE",
        path="/ContactGroups/{ContactGroupID}/Contacts/{ContactID}",
        operation_id="deleteContactGroupContact",
        path_params={"ContactGroupID": contact_group_id, "ContactID": contact_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"204": ResponseSpec(None, "empty")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
    )


class ContactGroupsResource:
    """Operations on contact groups."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ContactGroupsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return ContactGroupsResourceWithRawResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        where: str | None = None,
        order: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ContactGroups:
        """Retrieves the contact Id and name of each contact group

        Args:
            xero_tenant_id: Xero identifier for Tenant
            where: Filter by an any element
            order: Order by an any element

        `GET /ContactGroups` (operation `getContactGroups`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id, where=where, order=order)
        return self._core.send(call, request_options)

    def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        contact_groups: builtins.list[ContactGroup] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ContactGroups:
        """Creates a contact group

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /ContactGroups` (operation `createContactGroup`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            contact_groups=contact_groups,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        contact_group_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> ContactGroups:
        """Retrieves a specific contact group by using a unique contact group Id

        Args:
            contact_group_id: Unique identifier for a Contact Group
            xero_tenant_id: Xero identifier for Tenant

        `GET /ContactGroups/{ContactGroupID}` (operation `getContactGroup`).
        """
        call = _get_call(contact_group_id=contact_group_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def update(
        self,
        *,
        contact_group_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        contact_groups: builtins.list[ContactGroup] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ContactGroups:
        """Updates a specific contact group

        Args:
            contact_group_id: Unique identifier for a Contact Group
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /ContactGroups/{ContactGroupID}` (operation `updateContactGroup`).
        """
        call = _update_call(
            contact_group_id=contact_group_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            contact_groups=contact_groups,
        )
        return self._core.send(call, request_options)

    def create_contacts(
        self,
        *,
        contact_group_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        contacts: builtins.list[Contact] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Contacts:
        """Creates contacts to a specific contact group

        Args:
            contact_group_id: Unique identifier for a Contact Group
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /ContactGroups/{ContactGroupID}/Contacts` (operation `createContactGroupContacts`).
        """
        call = _create_contacts_call(
            contact_group_id=contact_group_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            contacts=contacts,
        )
        return self._core.send(call, request_options)

    def delete_contacts(
        self,
        *,
        contact_group_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Deletes all contacts from a specific contact group

        Args:
            contact_group_id: Unique identifier for a Contact Group
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /ContactGroups/{ContactGroupID}/Contacts` (operation `deleteContactGroupContacts`).
        """
        call = _delete_contacts_call(
            contact_group_id=contact_group_id, xero_tenant_id=xero_tenant_id
        )
        return self._core.send(call, request_options)

    def delete_contact(
        self,
        *,
        contact_group_id: UUID | str,
        contact_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Deletes a specific contact from a contact group using a unique contact Id

        Args:
            contact_group_id: Unique identifier for a Contact Group
            contact_id: Unique identifier for a Contact
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /ContactGroups/{ContactGroupID}/Contacts/{ContactID}` (operation `deleteContactGroupContact`).
        """
        call = _delete_contact_call(
            contact_group_id=contact_group_id, contact_id=contact_id, xero_tenant_id=xero_tenant_id
        )
        return self._core.send(call, request_options)


class ContactGroupsResourceWithRawResponse:
    """The operations of `ContactGroupsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: ContactGroupsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.create_contacts = to_raw_response_wrapper(resource.create_contacts)
        self.delete_contacts = to_raw_response_wrapper(resource.delete_contacts)
        self.delete_contact = to_raw_response_wrapper(resource.delete_contact)


class AsyncContactGroupsResource:
    """Operations on contact groups."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncContactGroupsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncContactGroupsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        where: str | None = None,
        order: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ContactGroups:
        """Retrieves the contact Id and name of each contact group

        Args:
            xero_tenant_id: Xero identifier for Tenant
            where: Filter by an any element
            order: Order by an any element

        `GET /ContactGroups` (operation `getContactGroups`).
        """
        call = _list_call(xero_tenant_id=xero_tenant_id, where=where, order=order)
        return await self._core.send(call, request_options)

    async def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        contact_groups: builtins.list[ContactGroup] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ContactGroups:
        """Creates a contact group

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /ContactGroups` (operation `createContactGroup`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            contact_groups=contact_groups,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        contact_group_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> ContactGroups:
        """Retrieves a specific contact group by using a unique contact group Id

        Args:
            contact_group_id: Unique identifier for a Contact Group
            xero_tenant_id: Xero identifier for Tenant

        `GET /ContactGroups/{ContactGroupID}` (operation `getContactGroup`).
        """
        call = _get_call(contact_group_id=contact_group_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def update(
        self,
        *,
        contact_group_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        contact_groups: builtins.list[ContactGroup] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ContactGroups:
        """Updates a specific contact group

        Args:
            contact_group_id: Unique identifier for a Contact Group
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /ContactGroups/{ContactGroupID}` (operation `updateContactGroup`).
        """
        call = _update_call(
            contact_group_id=contact_group_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            contact_groups=contact_groups,
        )
        return await self._core.send(call, request_options)

    async def create_contacts(
        self,
        *,
        contact_group_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        contacts: builtins.list[Contact] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Contacts:
        """Creates contacts to a specific contact group

        Args:
            contact_group_id: Unique identifier for a Contact Group
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /ContactGroups/{ContactGroupID}/Contacts` (operation `createContactGroupContacts`).
        """
        call = _create_contacts_call(
            contact_group_id=contact_group_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            contacts=contacts,
        )
        return await self._core.send(call, request_options)

    async def delete_contacts(
        self,
        *,
        contact_group_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Deletes all contacts from a specific contact group

        Args:
            contact_group_id: Unique identifier for a Contact Group
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /ContactGroups/{ContactGroupID}/Contacts` (operation `deleteContactGroupContacts`).
        """
        call = _delete_contacts_call(
            contact_group_id=contact_group_id, xero_tenant_id=xero_tenant_id
        )
        return await self._core.send(call, request_options)

    async def delete_contact(
        self,
        *,
        contact_group_id: UUID | str,
        contact_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Deletes a specific contact from a contact group using a unique contact Id

        Args:
            contact_group_id: Unique identifier for a Contact Group
            contact_id: Unique identifier for a Contact
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /ContactGroups/{ContactGroupID}/Contacts/{ContactID}` (operation `deleteContactGroupContact`).
        """
        call = _delete_contact_call(
            contact_group_id=contact_group_id, contact_id=contact_id, xero_tenant_id=xero_tenant_id
        )
        return await self._core.send(call, request_options)


class AsyncContactGroupsResourceWithRawResponse:
    """The operations of `AsyncContactGroupsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncContactGroupsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.create_contacts = async_to_raw_response_wrapper(resource.create_contacts)
        self.delete_contacts = async_to_raw_response_wrapper(resource.delete_contacts)
        self.delete_contact = async_to_raw_response_wrapper(resource.delete_contact)
