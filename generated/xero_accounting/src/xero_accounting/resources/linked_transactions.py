"""The `linked_transactions` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import Any
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
from .._runtime import pagination as _paging
from .._runtime.given import NOT_GIVEN, NotGiven, given
from ..models._linked_transactions import (
    LinkedTransaction,
    LinkedTransactions,
    LinkedTransactionStatus,
    LinkedTransactionType,
    SourceTransactionTypeCode,
)
from ..models._shared import Error, ValidationError

__all__ = [
    "AsyncLinkedTransactionsResource",
    "AsyncLinkedTransactionsResourceWithRawResponse",
    "LinkedTransactionsResource",
    "LinkedTransactionsResourceWithRawResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    page: int | None = None,
    linked_transaction_id: UUID | str | None = None,
    source_transaction_id: UUID | str | None = None,
    contact_id: UUID | str | None = None,
    status: str | None = None,
    target_transaction_id: UUID | str | None = None,
) -> Call[LinkedTransactions]:
    return Call[LinkedTransactions](
        method="GET",
        path="/LinkedTransactions",
        operation_id="getLinkedTransactions",
        query=[
            Param("page", page, style="form", explode=True),
            Param("LinkedTransactionID", linked_transaction_id, style="form", explode=True),
            Param("SourceTransactionID", source_transaction_id, style="form", explode=True),
            Param("ContactID", contact_id, style="form", explode=True),
            Param("Status", status, style="form", explode=True),
            Param("TargetTransactionID", target_transaction_id, style="form", explode=True),
        ],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(LinkedTransactions, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    source_transaction_id: UUID | str | NotGiven = NOT_GIVEN,
    source_line_item_id: UUID | str | NotGiven = NOT_GIVEN,
    contact_id: UUID | str | NotGiven = NOT_GIVEN,
    target_transaction_id: UUID | str | NotGiven = NOT_GIVEN,
    target_line_item_id: UUID | str | NotGiven = NOT_GIVEN,
    linked_transaction_id: UUID | str | NotGiven = NOT_GIVEN,
    status: LinkedTransactionStatus | NotGiven = NOT_GIVEN,
    type: LinkedTransactionType | NotGiven = NOT_GIVEN,
    source_transaction_type_code: SourceTransactionTypeCode | NotGiven = NOT_GIVEN,
    validation_errors: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
) -> Call[LinkedTransactions]:
    data = given(
        {
            "SourceTransactionID": source_transaction_id,
            "SourceLineItemID": source_line_item_id,
            "ContactID": contact_id,
            "TargetTransactionID": target_transaction_id,
            "TargetLineItemID": target_line_item_id,
            "LinkedTransactionID": linked_transaction_id,
            "Status": status,
            "Type": type,
            "SourceTransactionTypeCode": source_transaction_type_code,
            "ValidationErrors": validation_errors,
        }
    )
    return Call[LinkedTransactions](
        method="PUT",
        path="/LinkedTransactions",
        operation_id="createLinkedTransaction",
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=LinkedTransaction.model_validate(data),
        responses={"200": ResponseSpec(LinkedTransactions, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_call(
    *,
    linked_transaction_id: UUID | str,
    xero_tenant_id: str,
) -> Call[LinkedTransactions]:
    return Call[LinkedTransactions](
        method="GET",
        path="/LinkedTransactions/{LinkedTransactionID}",
        operation_id="getLinkedTransaction",
        path_params={"LinkedTransactionID": linked_transaction_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(LinkedTransactions, "json")},
        security=[["OAuth2"]],
    )


def _update_call(
    *,
    linked_transaction_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    linked_transactions: builtins.list[LinkedTransaction] | NotGiven = NOT_GIVEN,
) -> Call[LinkedTransactions]:
    data = given({"LinkedTransactions": linked_transactions})
    return Call[LinkedTransactions](
        method="POST",
        path="/LinkedTransactions/{LinkedTransactionID}",
        operation_id="updateLinkedTransaction",
        path_params={"LinkedTransactionID": linked_transaction_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=LinkedTransactions.model_validate(data),
        responses={"200": ResponseSpec(LinkedTransactions, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _delete_call(
    *,
    linked_transaction_id: UUID | str,
    xero_tenant_id: str,
) -> Call[None]:
    return Call[None](
        method="DELETE",
        path="/LinkedTransactions/{LinkedTransactionID}",
        operation_id="deleteLinkedTransaction",
        path_params={"LinkedTransactionID": linked_transaction_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"204": ResponseSpec(None, "empty")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
    )


class LinkedTransactionsResource:
    """Operations on linked transactions."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> LinkedTransactionsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return LinkedTransactionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        page: int | None = None,
        linked_transaction_id: UUID | str | None = None,
        source_transaction_id: UUID | str | None = None,
        contact_id: UUID | str | None = None,
        status: str | None = None,
        target_transaction_id: UUID | str | None = None,
        request_options: RequestOptions | None = None,
    ) -> LinkedTransactions:
        """Retrieves linked transactions (billable expenses)

        Args:
            xero_tenant_id: Xero identifier for Tenant
            page: Up to 100 linked transactions will be returned in a single API call. Use the page parameter to specify the page to be returned e.g. page=1.
            linked_transaction_id: The Xero identifier for an Linked Transaction
            source_transaction_id: Filter by the SourceTransactionID. Get the linked transactions created from a particular ACCPAY invoice
            contact_id: Filter by the ContactID. Get all the linked transactions that have been assigned to a particular customer.
            status: Filter by the combination of ContactID and Status. Get the linked transactions associated to a customer and with a status
            target_transaction_id: Filter by the TargetTransactionID. Get all the linked transactions allocated to a particular ACCREC invoice

        `GET /LinkedTransactions` (operation `getLinkedTransactions`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            page=page,
            linked_transaction_id=linked_transaction_id,
            source_transaction_id=source_transaction_id,
            contact_id=contact_id,
            status=status,
            target_transaction_id=target_transaction_id,
        )
        return self._core.send(call, request_options)

    def iter_list_pages(
        self,
        *,
        xero_tenant_id: str,
        page: int | None = None,
        linked_transaction_id: UUID | str | None = None,
        source_transaction_id: UUID | str | None = None,
        contact_id: UUID | str | None = None,
        status: str | None = None,
        target_transaction_id: UUID | str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[LinkedTransactions]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page. Takes
        the arguments of `list`; each page is fetched when the loop reaches it.
        """

        def _fetch(_token: Any) -> LinkedTransactions:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                page=_token,
                linked_transaction_id=linked_transaction_id,
                source_transaction_id=source_transaction_id,
                contact_id=contact_id,
                status=status,
                target_transaction_id=target_transaction_id,
            )
            return self._core.send(call, request_options)

        return _paging.pages(
            _fetch, _paging.Paging(style="page", items="LinkedTransactions"), first=page
        )

    def iter_list(
        self,
        *,
        xero_tenant_id: str,
        page: int | None = None,
        linked_transaction_id: UUID | str | None = None,
        source_transaction_id: UUID | str | None = None,
        contact_id: UUID | str | None = None,
        status: str | None = None,
        target_transaction_id: UUID | str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[LinkedTransaction]:
        """Every item of every page of `list` (the page's `LinkedTransactions`).

        Starts at `page` (page 1 when not given) and stops after an empty page. Takes
        the arguments of `list`; each page is fetched when the loop reaches it.
        """

        pages = self.iter_list_pages(
            xero_tenant_id=xero_tenant_id,
            page=page,
            linked_transaction_id=linked_transaction_id,
            source_transaction_id=source_transaction_id,
            contact_id=contact_id,
            status=status,
            target_transaction_id=target_transaction_id,
            request_options=request_options,
        )
        return _paging.page_items(pages, "LinkedTransactions")

    def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        source_transaction_id: UUID | str | NotGiven = NOT_GIVEN,
        source_line_item_id: UUID | str | NotGiven = NOT_GIVEN,
        contact_id: UUID | str | NotGiven = NOT_GIVEN,
        target_transaction_id: UUID | str | NotGiven = NOT_GIVEN,
        target_line_item_id: UUID | str | NotGiven = NOT_GIVEN,
        linked_transaction_id: UUID | str | NotGiven = NOT_GIVEN,
        status: LinkedTransactionStatus | NotGiven = NOT_GIVEN,
        type: LinkedTransactionType | NotGiven = NOT_GIVEN,
        source_transaction_type_code: SourceTransactionTypeCode | NotGiven = NOT_GIVEN,
        validation_errors: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> LinkedTransactions:
        """Creates linked transactions (billable expenses)

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            source_transaction_id: Filter by the SourceTransactionID. Get all the linked transactions created from a particular ACCPAY invoice
            source_line_item_id: The line item identifier from the source transaction.
            contact_id: Filter by the combination of ContactID and Status. Get all the linked transactions that have been assigned to a particular customer and have a particular status e.g. GET /LinkedTransactions?ContactID=4bb34b03-3378-4bb2-a0ed-6345abf3224e&Status=APPROVED.
            target_transaction_id: Filter by the TargetTransactionID. Get all the linked transactions allocated to a particular ACCREC invoice
            target_line_item_id: The line item identifier from the target transaction. It is possible to link multiple billable expenses to the same TargetLineItemID.
            linked_transaction_id: The Xero identifier for an Linked Transaction e.g./LinkedTransactions/297c2dc5-cc47-4afd-8ec8-74990b8761e9
            status: Filter by the combination of ContactID and Status. Get all the linked transactions that have been assigned to a particular customer and have a particular status e.g. GET /LinkedTransactions?ContactID=4bb34b03-3378-4bb2-a0ed-6345abf3224e&Status=APPROVED.
            type: This will always be BILLABLEEXPENSE. More types may be added in future.
            source_transaction_type_code: The Type of the source tranasction. This will be ACCPAY if the linked transaction was created from an invoice and SPEND if it was created from a bank transaction.
            validation_errors: Displays array of validation error messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /LinkedTransactions` (operation `createLinkedTransaction`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            source_transaction_id=source_transaction_id,
            source_line_item_id=source_line_item_id,
            contact_id=contact_id,
            target_transaction_id=target_transaction_id,
            target_line_item_id=target_line_item_id,
            linked_transaction_id=linked_transaction_id,
            status=status,
            type=type,
            source_transaction_type_code=source_transaction_type_code,
            validation_errors=validation_errors,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        linked_transaction_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> LinkedTransactions:
        """Retrieves a specific linked transaction (billable expenses) using a unique linked transaction Id

        Args:
            linked_transaction_id: Unique identifier for a LinkedTransaction
            xero_tenant_id: Xero identifier for Tenant

        `GET /LinkedTransactions/{LinkedTransactionID}` (operation `getLinkedTransaction`).
        """
        call = _get_call(linked_transaction_id=linked_transaction_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def update(
        self,
        *,
        linked_transaction_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        linked_transactions: builtins.list[LinkedTransaction] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> LinkedTransactions:
        """Updates a specific linked transactions (billable expenses)

        Args:
            linked_transaction_id: Unique identifier for a LinkedTransaction
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /LinkedTransactions/{LinkedTransactionID}` (operation `updateLinkedTransaction`).
        """
        call = _update_call(
            linked_transaction_id=linked_transaction_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            linked_transactions=linked_transactions,
        )
        return self._core.send(call, request_options)

    def delete(
        self,
        *,
        linked_transaction_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Deletes a specific linked transactions (billable expenses)

        Args:
            linked_transaction_id: Unique identifier for a LinkedTransaction
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /LinkedTransactions/{LinkedTransactionID}` (operation `deleteLinkedTransaction`).
        """
        call = _delete_call(
            linked_transaction_id=linked_transaction_id, xero_tenant_id=xero_tenant_id
        )
        return self._core.send(call, request_options)


class LinkedTransactionsResourceWithRawResponse:
    """The operations of `LinkedTransactionsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: LinkedTransactionsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncLinkedTransactionsResource:
    """Operations on linked transactions."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncLinkedTransactionsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncLinkedTransactionsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        page: int | None = None,
        linked_transaction_id: UUID | str | None = None,
        source_transaction_id: UUID | str | None = None,
        contact_id: UUID | str | None = None,
        status: str | None = None,
        target_transaction_id: UUID | str | None = None,
        request_options: RequestOptions | None = None,
    ) -> LinkedTransactions:
        """Retrieves linked transactions (billable expenses)

        Args:
            xero_tenant_id: Xero identifier for Tenant
            page: Up to 100 linked transactions will be returned in a single API call. Use the page parameter to specify the page to be returned e.g. page=1.
            linked_transaction_id: The Xero identifier for an Linked Transaction
            source_transaction_id: Filter by the SourceTransactionID. Get the linked transactions created from a particular ACCPAY invoice
            contact_id: Filter by the ContactID. Get all the linked transactions that have been assigned to a particular customer.
            status: Filter by the combination of ContactID and Status. Get the linked transactions associated to a customer and with a status
            target_transaction_id: Filter by the TargetTransactionID. Get all the linked transactions allocated to a particular ACCREC invoice

        `GET /LinkedTransactions` (operation `getLinkedTransactions`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            page=page,
            linked_transaction_id=linked_transaction_id,
            source_transaction_id=source_transaction_id,
            contact_id=contact_id,
            status=status,
            target_transaction_id=target_transaction_id,
        )
        return await self._core.send(call, request_options)

    def iter_list_pages(
        self,
        *,
        xero_tenant_id: str,
        page: int | None = None,
        linked_transaction_id: UUID | str | None = None,
        source_transaction_id: UUID | str | None = None,
        contact_id: UUID | str | None = None,
        status: str | None = None,
        target_transaction_id: UUID | str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[LinkedTransactions]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page. Takes
        the arguments of `list`; each page is fetched when the loop reaches it.
        """

        async def _fetch(_token: Any) -> LinkedTransactions:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                page=_token,
                linked_transaction_id=linked_transaction_id,
                source_transaction_id=source_transaction_id,
                contact_id=contact_id,
                status=status,
                target_transaction_id=target_transaction_id,
            )
            return await self._core.send(call, request_options)

        return _paging.apages(
            _fetch, _paging.Paging(style="page", items="LinkedTransactions"), first=page
        )

    def iter_list(
        self,
        *,
        xero_tenant_id: str,
        page: int | None = None,
        linked_transaction_id: UUID | str | None = None,
        source_transaction_id: UUID | str | None = None,
        contact_id: UUID | str | None = None,
        status: str | None = None,
        target_transaction_id: UUID | str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[LinkedTransaction]:
        """Every item of every page of `list` (the page's `LinkedTransactions`).

        Starts at `page` (page 1 when not given) and stops after an empty page. Takes
        the arguments of `list`; each page is fetched when the loop reaches it.
        """

        pages = self.iter_list_pages(
            xero_tenant_id=xero_tenant_id,
            page=page,
            linked_transaction_id=linked_transaction_id,
            source_transaction_id=source_transaction_id,
            contact_id=contact_id,
            status=status,
            target_transaction_id=target_transaction_id,
            request_options=request_options,
        )
        return _paging.apage_items(pages, "LinkedTransactions")

    async def create(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        source_transaction_id: UUID | str | NotGiven = NOT_GIVEN,
        source_line_item_id: UUID | str | NotGiven = NOT_GIVEN,
        contact_id: UUID | str | NotGiven = NOT_GIVEN,
        target_transaction_id: UUID | str | NotGiven = NOT_GIVEN,
        target_line_item_id: UUID | str | NotGiven = NOT_GIVEN,
        linked_transaction_id: UUID | str | NotGiven = NOT_GIVEN,
        status: LinkedTransactionStatus | NotGiven = NOT_GIVEN,
        type: LinkedTransactionType | NotGiven = NOT_GIVEN,
        source_transaction_type_code: SourceTransactionTypeCode | NotGiven = NOT_GIVEN,
        validation_errors: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> LinkedTransactions:
        """Creates linked transactions (billable expenses)

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            source_transaction_id: Filter by the SourceTransactionID. Get all the linked transactions created from a particular ACCPAY invoice
            source_line_item_id: The line item identifier from the source transaction.
            contact_id: Filter by the combination of ContactID and Status. Get all the linked transactions that have been assigned to a particular customer and have a particular status e.g. GET /LinkedTransactions?ContactID=4bb34b03-3378-4bb2-a0ed-6345abf3224e&Status=APPROVED.
            target_transaction_id: Filter by the TargetTransactionID. Get all the linked transactions allocated to a particular ACCREC invoice
            target_line_item_id: The line item identifier from the target transaction. It is possible to link multiple billable expenses to the same TargetLineItemID.
            linked_transaction_id: The Xero identifier for an Linked Transaction e.g./LinkedTransactions/297c2dc5-cc47-4afd-8ec8-74990b8761e9
            status: Filter by the combination of ContactID and Status. Get all the linked transactions that have been assigned to a particular customer and have a particular status e.g. GET /LinkedTransactions?ContactID=4bb34b03-3378-4bb2-a0ed-6345abf3224e&Status=APPROVED.
            type: This will always be BILLABLEEXPENSE. More types may be added in future.
            source_transaction_type_code: The Type of the source tranasction. This will be ACCPAY if the linked transaction was created from an invoice and SPEND if it was created from a bank transaction.
            validation_errors: Displays array of validation error messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /LinkedTransactions` (operation `createLinkedTransaction`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            source_transaction_id=source_transaction_id,
            source_line_item_id=source_line_item_id,
            contact_id=contact_id,
            target_transaction_id=target_transaction_id,
            target_line_item_id=target_line_item_id,
            linked_transaction_id=linked_transaction_id,
            status=status,
            type=type,
            source_transaction_type_code=source_transaction_type_code,
            validation_errors=validation_errors,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        linked_transaction_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> LinkedTransactions:
        """Retrieves a specific linked transaction (billable expenses) using a unique linked transaction Id

        Args:
            linked_transaction_id: Unique identifier for a LinkedTransaction
            xero_tenant_id: Xero identifier for Tenant

        `GET /LinkedTransactions/{LinkedTransactionID}` (operation `getLinkedTransaction`).
        """
        call = _get_call(linked_transaction_id=linked_transaction_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def update(
        self,
        *,
        linked_transaction_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        linked_transactions: builtins.list[LinkedTransaction] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> LinkedTransactions:
        """Updates a specific linked transactions (billable expenses)

        Args:
            linked_transaction_id: Unique identifier for a LinkedTransaction
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /LinkedTransactions/{LinkedTransactionID}` (operation `updateLinkedTransaction`).
        """
        call = _update_call(
            linked_transaction_id=linked_transaction_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            linked_transactions=linked_transactions,
        )
        return await self._core.send(call, request_options)

    async def delete(
        self,
        *,
        linked_transaction_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Deletes a specific linked transactions (billable expenses)

        Args:
            linked_transaction_id: Unique identifier for a LinkedTransaction
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /LinkedTransactions/{LinkedTransactionID}` (operation `deleteLinkedTransaction`).
        """
        call = _delete_call(
            linked_transaction_id=linked_transaction_id, xero_tenant_id=xero_tenant_id
        )
        return await self._core.send(call, request_options)


class AsyncLinkedTransactionsResourceWithRawResponse:
    """The operations of `AsyncLinkedTransactionsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncLinkedTransactionsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
