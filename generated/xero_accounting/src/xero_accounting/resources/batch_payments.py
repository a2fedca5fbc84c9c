"""The `batch_payments` operations. Generated from the OpenAPI document; do not edit."""

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
from ..models._batch_payments import BatchPaymentDelete, BatchPaymentDeleteByUrlParam, BatchPayments
from ..models._shared import BatchPayment, Error, HistoryRecord, HistoryRecords

__all__ = [
    "AsyncBatchPaymentsResource",
    "AsyncBatchPaymentsResourceWithRawResponse",
    "BatchPaymentsResource",
    "BatchPaymentsResourceWithRawResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    if_modified_since: datetime | None = None,
    where: str | None = None,
    order: str | None = None,
) -> Call[BatchPayments]:
    return Call[BatchPayments](
        method="GET",
        path="/BatchPayments",
        operation_id="getBatchPayments",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("If-Modified-Since", if_modified_since, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(BatchPayments, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    idempotency_key: str | None = None,
    batch_payments: builtins.list[BatchPayment] | NotGiven = NOT_GIVEN,
) -> Call[BatchPayments]:
    data = given({"BatchPayments": batch_payments})
    return Call[BatchPayments](
        method="PUT",
        path="/BatchPayments",
        operation_id="createBatchPayment",
        query=[Param("summarizeErrors", summarize_errors, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=BatchPayments.model_validate(data),
        responses={"200": ResponseSpec(BatchPayments, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _delete_call(
    *,
    xero_tenant_id: str,
    batch_payment_id: UUID | str,
    status: str,
    idempotency_key: str | None = None,
) -> Call[BatchPayments]:
    data = given({"BatchPaymentID": batch_payment_id, "Status": status})
    return Call[BatchPayments](
        method="POST",
        path="/BatchPayments",
        operation_id="deleteBatchPayment",
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=BatchPaymentDelete.model_validate(data),
        responses={"200": ResponseSpec(BatchPayments, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_call(
    *,
    batch_payment_id: UUID | str,
    xero_tenant_id: str,
) -> Call[BatchPayments]:
    return Call[BatchPayments](
        method="GET",
        path="/BatchPayments/{BatchPaymentID}",
        operation_id="getBatchPayment",
        path_params={"BatchPaymentID": batch_payment_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(BatchPayments, "json")},
        security=[["OAuth2"]],
    )


def _delete_by_url_param_call(
    *,
    batch_payment_id: UUID | str,
    xero_tenant_id: str,
    status: str,
    idempotency_key: str | None = None,
) -> Call[BatchPayments]:
    data = given({"Status": status})
    return Call[BatchPayments](
        method="POST",
        path="/BatchPayments/{BatchPaymentID}",
        operation_id="deleteBatchPaymentByUrlParam",
        path_params={"BatchPaymentID": batch_payment_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=BatchPaymentDeleteByUrlParam.model_validate(data),
        responses={"200": ResponseSpec(BatchPayments, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_history_call(
    *,
    batch_payment_id: UUID | str,
    xero_tenant_id: str,
) -> Call[HistoryRecords]:
    return Call[HistoryRecords](
        method="GET",
        path="/BatchPayments/{BatchPaymentID}/History",
        operation_id="getBatchPaymentHistory",
        path_params={"BatchPaymentID": batch_payment_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
    )


def _create_history_record_call(
    *,
    batch_payment_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
) -> Call[HistoryRecords]:
    data = given({"HistoryRecords": history_records})
    return Call[HistoryRecords](
        method="PUT",
        path="/BatchPayments/{BatchPaymentID}/History",
        operation_id="createBatchPaymentHistoryRecord",
        path_params={"BatchPaymentID": batch_payment_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=HistoryRecords.model_validate(data),
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


class BatchPaymentsResource:
    """Operations on batch payments."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> BatchPaymentsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return BatchPaymentsResourceWithRawResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchPayments:
        """Retrieves either one or many batch payments for invoices

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element

        `GET /BatchPayments` (operation `getBatchPayments`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
        )
        return self._core.send(call, request_options)

    def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        batch_payments: builtins.list[BatchPayment] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> BatchPayments:
        """Creates one or many batch payments for invoices

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /BatchPayments` (operation `createBatchPayment`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            batch_payments=batch_payments,
        )
        return self._core.send(call, request_options)

    def delete(
        self,
        *,
        xero_tenant_id: str,
        batch_payment_id: UUID | str,
        status: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchPayments:
        """Updates a specific batch payment for invoices and credit notes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            batch_payment_id: The Xero generated unique identifier for the bank transaction (read-only)
            status: The status of the batch payment.
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BatchPayments` (operation `deleteBatchPayment`).
        """
        call = _delete_call(
            xero_tenant_id=xero_tenant_id,
            batch_payment_id=batch_payment_id,
            status=status,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        batch_payment_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> BatchPayments:
        """Retrieves a specific batch payment using a unique batch payment Id

        Args:
            batch_payment_id: Unique identifier for BatchPayment
            xero_tenant_id: Xero identifier for Tenant

        `GET /BatchPayments/{BatchPaymentID}` (operation `getBatchPayment`).
        """
        call = _get_call(batch_payment_id=batch_payment_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def delete_by_url_param(
        self,
        *,
        batch_payment_id: UUID | str,
        xero_tenant_id: str,
        status: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchPayments:
        """Updates a specific batch payment for invoices and credit notes

        Args:
            batch_payment_id: Unique identifier for BatchPayment
            xero_tenant_id: Xero identifier for Tenant
            status: The status of the batch payment.
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BatchPayments/{BatchPaymentID}` (operation `deleteBatchPaymentByUrlParam`).
        """
        call = _delete_by_url_param_call(
            batch_payment_id=batch_payment_id,
            xero_tenant_id=xero_tenant_id,
            status=status,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def get_history(
        self,
        *,
        batch_payment_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history from a specific batch payment

        Args:
            batch_payment_id: Unique identifier for BatchPayment
            xero_tenant_id: Xero identifier for Tenant

        `GET /BatchPayments/{BatchPaymentID}/History` (operation `getBatchPaymentHistory`).
        """
        call = _get_history_call(batch_payment_id=batch_payment_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def create_history_record(
        self,
        *,
        batch_payment_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific batch payment

        Args:
            batch_payment_id: Unique identifier for BatchPayment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /BatchPayments/{BatchPaymentID}/History` (operation `createBatchPaymentHistoryRecord`).
        """
        call = _create_history_record_call(
            batch_payment_id=batch_payment_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return self._core.send(call, request_options)


class BatchPaymentsResourceWithRawResponse:
    """The operations of `BatchPaymentsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: BatchPaymentsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete_by_url_param = to_raw_response_wrapper(resource.delete_by_url_param)
        self.get_history = to_raw_response_wrapper(resource.get_history)
        self.create_history_record = to_raw_response_wrapper(resource.create_history_record)


class AsyncBatchPaymentsResource:
    """Operations on batch payments."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncBatchPaymentsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncBatchPaymentsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchPayments:
        """Retrieves either one or many batch payments for invoices

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element

        `GET /BatchPayments` (operation `getBatchPayments`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
        )
        return await self._core.send(call, request_options)

    async def create(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        batch_payments: builtins.list[BatchPayment] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> BatchPayments:
        """Creates one or many batch payments for invoices

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /BatchPayments` (operation `createBatchPayment`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            batch_payments=batch_payments,
        )
        return await self._core.send(call, request_options)

    async def delete(
        self,
        *,
        xero_tenant_id: str,
        batch_payment_id: UUID | str,
        status: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchPayments:
        """Updates a specific batch payment for invoices and credit notes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            batch_payment_id: The Xero generated unique identifier for the bank transaction (read-only)
            status: The status of the batch payment.
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BatchPayments` (operation `deleteBatchPayment`).
        """
        call = _delete_call(
            xero_tenant_id=xero_tenant_id,
            batch_payment_id=batch_payment_id,
            status=status,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        batch_payment_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> BatchPayments:
        """Retrieves a specific batch payment using a unique batch payment Id

        Args:
            batch_payment_id: Unique identifier for BatchPayment
            xero_tenant_id: Xero identifier for Tenant

        `GET /BatchPayments/{BatchPaymentID}` (operation `getBatchPayment`).
        """
        call = _get_call(batch_payment_id=batch_payment_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def delete_by_url_param(
        self,
        *,
        batch_payment_id: UUID | str,
        xero_tenant_id: str,
        status: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchPayments:
        """Updates a specific batch payment for invoices and credit notes

        Args:
            batch_payment_id: Unique identifier for BatchPayment
            xero_tenant_id: Xero identifier for Tenant
            status: The status of the batch payment.
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /BatchPayments/{BatchPaymentID}` (operation `deleteBatchPaymentByUrlParam`).
        """
        call = _delete_by_url_param_call(
            batch_payment_id=batch_payment_id,
            xero_tenant_id=xero_tenant_id,
            status=status,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def get_history(
        self,
        *,
        batch_payment_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history from a specific batch payment

        Args:
            batch_payment_id: Unique identifier for BatchPayment
            xero_tenant_id: Xero identifier for Tenant

        `GET /BatchPayments/{BatchPaymentID}/History` (operation `getBatchPaymentHistory`).
        """
        call = _get_history_call(batch_payment_id=batch_payment_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def create_history_record(
        self,
        *,
        batch_payment_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific batch payment

        Args:
            batch_payment_id: Unique identifier for BatchPayment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /BatchPayments/{BatchPaymentID}/History` (operation `createBatchPaymentHistoryRecord`).
        """
        call = _create_history_record_call(
            batch_payment_id=batch_payment_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return await self._core.send(call, request_options)


class AsyncBatchPaymentsResourceWithRawResponse:
    """The operations of `AsyncBatchPaymentsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncBatchPaymentsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete_by_url_param = async_to_raw_response_wrapper(resource.delete_by_url_param)
        self.get_history = async_to_raw_response_wrapper(resource.get_history)
        self.create_history_record = async_to_raw_response_wrapper(resource.create_history_record)
