"""The `payments` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
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
from ..models._payments import PaymentDelete, Payments
from ..models._shared import (
    Account,
    BatchPayment,
    CreditNote,
    Error,
    HistoryRecord,
    HistoryRecords,
    Invoice,
    Overpayment,
    Pagination,
    Payment,
    PaymentStatus,
    Prepayment,
    ValidationError,
)

__all__ = [
    "AsyncPaymentsResource",
    "AsyncPaymentsResourceWithRawResponse",
    "PaymentsResource",
    "PaymentsResourceWithRawResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    if_modified_since: datetime | None = None,
    where: str | None = None,
    order: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
) -> Call[Payments]:
    return Call[Payments](
        method="GET",
        path="/Payments",
        operation_id="getPayments",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
            Param("page", page, style="form", explode=True),
            Param("pageSize", page_size, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("If-Modified-Since", if_modified_since, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(Payments, "json")},
        security=[["OAuth2"]],
    )


def _create_payments_call(
    *,
    xero_tenant_id: str,
    summarize_errors: bool | None = None,
    idempotency_key: str | None = None,
    pagination: Pagination | NotGiven = NOT_GIVEN,
    warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
    payments: builtins.list[Payment] | NotGiven = NOT_GIVEN,
) -> Call[Payments]:
    data = given({"pagination": pagination, "Warnings": warnings, "Payments": payments})
    return Call[Payments](
        method="PUT",
        path="/Payments",
        operation_id="createPayments",
        query=[Param("summarizeErrors", summarize_errors, style="form", explode=True)],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Payments.model_validate(data),
        responses={"200": ResponseSpec(Payments, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _create_payment_call(
    *,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    invoice: Invoice | NotGiven = NOT_GIVEN,
    credit_note: CreditNote | NotGiven = NOT_GIVEN,
    prepayment: Prepayment | NotGiven = NOT_GIVEN,
    overpayment: Overpayment | NotGiven = NOT_GIVEN,
    invoice_number: str | NotGiven = NOT_GIVEN,
    credit_note_number: str | NotGiven = NOT_GIVEN,
    batch_payment: BatchPayment | NotGiven = NOT_GIVEN,
    account: Account | NotGiven = NOT_GIVEN,
    code: str | NotGiven = NOT_GIVEN,
    date: str | NotGiven = NOT_GIVEN,
    currency_rate: float | NotGiven = NOT_GIVEN,
    amount: float | NotGiven = NOT_GIVEN,
    bank_amount: float | NotGiven = NOT_GIVEN,
    reference: str | NotGiven = NOT_GIVEN,
    is_reconciled: bool | NotGiven = NOT_GIVEN,
    status: PaymentStatus | NotGiven = NOT_GIVEN,
    payment_id: UUID | str | NotGiven = NOT_GIVEN,
    batch_payment_id: UUID | str | NotGiven = NOT_GIVEN,
    bank_account_number: str | NotGiven = NOT_GIVEN,
    particulars: str | NotGiven = NOT_GIVEN,
    details: str | NotGiven = NOT_GIVEN,
    has_account: bool | NotGiven = NOT_GIVEN,
    has_validation_errors: bool | NotGiven = NOT_GIVEN,
    status_attribute_string: str | NotGiven = NOT_GIVEN,
    validation_errors: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
    warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
) -> Call[Payments]:
    data = given(
        {
            "Invoice": invoice,
            "CreditNote": credit_note,
            "Prepayment": prepayment,
            "Overpayment": overpayment,
            "InvoiceNumber": invoice_number,
            "CreditNoteNumber": credit_note_number,
            "BatchPayment": batch_payment,
            "Account": account,
            "Code": code,
            "Date": date,
            "CurrencyRate": currency_rate,
            "Amount": amount,
            "BankAmount": bank_amount,
            "Reference": reference,
            "IsReconciled": is_reconciled,
            "Status": status,
            "PaymentID": payment_id,
            "BatchPaymentID": batch_payment_id,
            "BankAccountNumber": bank_account_number,
            "Particulars": particulars,
            "Details": details,
            "HasAccount": has_account,
            "HasValidationErrors": has_validation_errors,
            "StatusAttributeString": status_attribute_string,
            "ValidationErrors": validation_errors,
            "Warnings": warnings,
        }
    )
    return Call[Payments](
        method="POST",
        path="/Payments",
        operation_id="createPayment",
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Payment.model_validate(data),
        responses={"200": ResponseSpec(Payments, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_call(
    *,
    payment_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Payments]:
    return Call[Payments](
        method="GET",
        path="/Payments/{PaymentID}",
        operation_id="getPayment",
        path_params={"PaymentID": payment_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Payments, "json")},
        security=[["OAuth2"]],
    )


def _delete_call(
    *,
    payment_id: UUID | str,
    xero_tenant_id: str,
    status: str,
    idempotency_key: str | None = None,
) -> Call[Payments]:
    data = given({"Status": status})
    return Call[Payments](
        method="POST",
        path="/Payments/{PaymentID}",
        operation_id="deletePayment",
        path_params={"PaymentID": payment_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=PaymentDelete.model_validate(data),
        responses={"200": ResponseSpec(Payments, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_history_call(
    *,
    payment_id: UUID | str,
    xero_tenant_id: str,
) -> Call[HistoryRecords]:
    return Call[HistoryRecords](
        method="GET",
        path="/Payments/{PaymentID}/History",
        operation_id="getPaymentHistory",
        path_params={"PaymentID": payment_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(HistoryRecords, "json")},
        security=[["OAuth2"]],
    )


def _create_history_call(
    *,
    payment_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
) -> Call[HistoryRecords]:
    data = given({"HistoryRecords": history_records})
    return Call[HistoryRecords](
        method="PUT",
        path="/Payments/{PaymentID}/History",
        operation_id="createPaymentHistory",
        path_params={"PaymentID": payment_id},
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


class PaymentsResource:
    """Operations on payments."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> PaymentsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return PaymentsResourceWithRawResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Payments:
        """Retrieves payments for invoices and credit notes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            page: Up to 100 payments will be returned in a single API call
            page_size: Number of records to retrieve per page

        `GET /Payments` (operation `getPayments`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            page=page,
            page_size=page_size,
        )
        return self._core.send(call, request_options)

    def iter_list_pages(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Payments]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        def _fetch(_token: Any) -> Payments:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                if_modified_since=if_modified_since,
                where=where,
                order=order,
                page=_token,
                page_size=page_size,
            )
            return self._core.send(call, request_options)

        return _paging.pages(
            _fetch, _paging.Paging(style="page", items="Payments", page_size=page_size), first=page
        )

    def iter_list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Payment]:
        """Every item of every page of `list` (the page's `Payments`).

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        pages = self.iter_list_pages(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            page=page,
            page_size=page_size,
            request_options=request_options,
        )
        return _paging.page_items(pages, "Payments")

    def create_payments(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        payments: builtins.list[Payment] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Payments:
        """Creates multiple payments for invoices or credit notes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Payments` (operation `createPayments`).
        """
        call = _create_payments_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            payments=payments,
        )
        return self._core.send(call, request_options)

    def create_payment(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        invoice: Invoice | NotGiven = NOT_GIVEN,
        credit_note: CreditNote | NotGiven = NOT_GIVEN,
        prepayment: Prepayment | NotGiven = NOT_GIVEN,
        overpayment: Overpayment | NotGiven = NOT_GIVEN,
        invoice_number: str | NotGiven = NOT_GIVEN,
        credit_note_number: str | NotGiven = NOT_GIVEN,
        batch_payment: BatchPayment | NotGiven = NOT_GIVEN,
        account: Account | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        date: str | NotGiven = NOT_GIVEN,
        currency_rate: float | NotGiven = NOT_GIVEN,
        amount: float | NotGiven = NOT_GIVEN,
        bank_amount: float | NotGiven = NOT_GIVEN,
        reference: str | NotGiven = NOT_GIVEN,
        is_reconciled: bool | NotGiven = NOT_GIVEN,
        status: PaymentStatus | NotGiven = NOT_GIVEN,
        payment_id: UUID | str | NotGiven = NOT_GIVEN,
        batch_payment_id: UUID | str | NotGiven = NOT_GIVEN,
        bank_account_number: str | NotGiven = NOT_GIVEN,
        particulars: str | NotGiven = NOT_GIVEN,
        details: str | NotGiven = NOT_GIVEN,
        has_account: bool | NotGiven = NOT_GIVEN,
        has_validation_errors: bool | NotGiven = NOT_GIVEN,
        status_attribute_string: str | NotGiven = NOT_GIVEN,
        validation_errors: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Payments:
        """Creates a single payment for invoice or credit notes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            invoice_number: Number of invoice or credit note you are applying payment to e.g.INV-4003
            credit_note_number: Number of invoice or credit note you are applying payment to e.g. INV-4003
            code: Code of account you are using to make the payment e.g. 001 (note- not all accounts have a code value)
            date: Date the payment is being made (YYYY-MM-DD) e.g. 2009-09-06
            currency_rate: Exchange rate when payment is received. Only used for non base currency invoices and credit notes e.g. 0.7500
            amount: The amount of the payment. Must be less than or equal to the outstanding amount owing on the invoice e.g. 200.00
            bank_amount: The amount of the payment in the currency of the bank account.
            reference: An optional description for the payment e.g. Direct Debit
            is_reconciled: An optional parameter for the payment. A boolean indicating whether you would like the payment to be created as reconciled when using PUT, or whether a payment has been reconciled when using GET
            status: The status of the payment.
            payment_id: The Xero identifier for an Payment e.g. 297c2dc5-cc47-4afd-8ec8-74990b8761e9
            batch_payment_id: Present if the payment was created as part of a batch.
            bank_account_number: The suppliers bank account number the payment is being made to
            particulars: The suppliers bank account number the payment is being made to
            details: The information to appear on the supplier's bank account
            has_account: A boolean to indicate if a contact has an validation errors
            has_validation_errors: A boolean to indicate if a contact has an validation errors
            status_attribute_string: A string to indicate if a invoice status
            validation_errors: Displays array of validation error messages from the API
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Payments` (operation `createPayment`).
        """
        call = _create_payment_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            invoice=invoice,
            credit_note=credit_note,
            prepayment=prepayment,
            overpayment=overpayment,
            invoice_number=invoice_number,
            credit_note_number=credit_note_number,
            batch_payment=batch_payment,
            account=account,
            code=code,
            date=date,
            currency_rate=currency_rate,
            amount=amount,
            bank_amount=bank_amount,
            reference=reference,
            is_reconciled=is_reconciled,
            status=status,
            payment_id=payment_id,
            batch_payment_id=batch_payment_id,
            bank_account_number=bank_account_number,
            particulars=particulars,
            details=details,
            has_account=has_account,
            has_validation_errors=has_validation_errors,
            status_attribute_string=status_attribute_string,
            validation_errors=validation_errors,
            warnings=warnings,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        payment_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Payments:
        """Retrieves a specific payment for invoices and credit notes using a unique payment Id

        Args:
            payment_id: Unique identifier for a Payment
            xero_tenant_id: Xero identifier for Tenant

        `GET /Payments/{PaymentID}` (operation `getPayment`).
        """
        call = _get_call(payment_id=payment_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def delete(
        self,
        *,
        payment_id: UUID | str,
        xero_tenant_id: str,
        status: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Payments:
        """Updates a specific payment for invoices and credit notes

        Args:
            payment_id: Unique identifier for a Payment
            xero_tenant_id: Xero identifier for Tenant
            status: The status of the payment.
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Payments/{PaymentID}` (operation `deletePayment`).
        """
        call = _delete_call(
            payment_id=payment_id,
            xero_tenant_id=xero_tenant_id,
            status=status,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def get_history(
        self,
        *,
        payment_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history records of a specific payment

        Args:
            payment_id: Unique identifier for a Payment
            xero_tenant_id: Xero identifier for Tenant

        `GET /Payments/{PaymentID}/History` (operation `getPaymentHistory`).
        """
        call = _get_history_call(payment_id=payment_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def create_history(
        self,
        *,
        payment_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific payment

        Args:
            payment_id: Unique identifier for a Payment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Payments/{PaymentID}/History` (operation `createPaymentHistory`).
        """
        call = _create_history_call(
            payment_id=payment_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return self._core.send(call, request_options)


class PaymentsResourceWithRawResponse:
    """The operations of `PaymentsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: PaymentsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create_payments = to_raw_response_wrapper(resource.create_payments)
        self.create_payment = to_raw_response_wrapper(resource.create_payment)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get_history = to_raw_response_wrapper(resource.get_history)
        self.create_history = to_raw_response_wrapper(resource.create_history)


class AsyncPaymentsResource:
    """Operations on payments."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncPaymentsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncPaymentsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Payments:
        """Retrieves payments for invoices and credit notes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element
            page: Up to 100 payments will be returned in a single API call
            page_size: Number of records to retrieve per page

        `GET /Payments` (operation `getPayments`).
        """
        call = _list_call(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            page=page,
            page_size=page_size,
        )
        return await self._core.send(call, request_options)

    def iter_list_pages(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Payments]:
        """Every page of `list`, one after the other.

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        async def _fetch(_token: Any) -> Payments:
            call = _list_call(
                xero_tenant_id=xero_tenant_id,
                if_modified_since=if_modified_since,
                where=where,
                order=order,
                page=_token,
                page_size=page_size,
            )
            return await self._core.send(call, request_options)

        return _paging.apages(
            _fetch, _paging.Paging(style="page", items="Payments", page_size=page_size), first=page
        )

    def iter_list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Payment]:
        """Every item of every page of `list` (the page's `Payments`).

        Starts at `page` (page 1 when not given) and stops after an empty page or one
        shorter than `page_size`. Takes the arguments of `list`; each page is fetched
        when the loop reaches it.
        """

        pages = self.iter_list_pages(
            xero_tenant_id=xero_tenant_id,
            if_modified_since=if_modified_since,
            where=where,
            order=order,
            page=page,
            page_size=page_size,
            request_options=request_options,
        )
        return _paging.apage_items(pages, "Payments")

    async def create_payments(
        self,
        *,
        xero_tenant_id: str,
        summarize_errors: bool | None = None,
        idempotency_key: str | None = None,
        pagination: Pagination | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        payments: builtins.list[Payment] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Payments:
        """Creates multiple payments for invoices or credit notes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            summarize_errors: If false return 200 OK and mix of successfully created objects and any with validation errors
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Payments` (operation `createPayments`).
        """
        call = _create_payments_call(
            xero_tenant_id=xero_tenant_id,
            summarize_errors=summarize_errors,
            idempotency_key=idempotency_key,
            pagination=pagination,
            warnings=warnings,
            payments=payments,
        )
        return await self._core.send(call, request_options)

    async def create_payment(
        self,
        *,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        invoice: Invoice | NotGiven = NOT_GIVEN,
        credit_note: CreditNote | NotGiven = NOT_GIVEN,
        prepayment: Prepayment | NotGiven = NOT_GIVEN,
        overpayment: Overpayment | NotGiven = NOT_GIVEN,
        invoice_number: str | NotGiven = NOT_GIVEN,
        credit_note_number: str | NotGiven = NOT_GIVEN,
        batch_payment: BatchPayment | NotGiven = NOT_GIVEN,
        account: Account | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        date: str | NotGiven = NOT_GIVEN,
        currency_rate: float | NotGiven = NOT_GIVEN,
        amount: float | NotGiven = NOT_GIVEN,
        bank_amount: float | NotGiven = NOT_GIVEN,
        reference: str | NotGiven = NOT_GIVEN,
        is_reconciled: bool | NotGiven = NOT_GIVEN,
        status: PaymentStatus | NotGiven = NOT_GIVEN,
        payment_id: UUID | str | NotGiven = NOT_GIVEN,
        batch_payment_id: UUID | str | NotGiven = NOT_GIVEN,
        bank_account_number: str | NotGiven = NOT_GIVEN,
        particulars: str | NotGiven = NOT_GIVEN,
        details: str | NotGiven = NOT_GIVEN,
        has_account: bool | NotGiven = NOT_GIVEN,
        has_validation_errors: bool | NotGiven = NOT_GIVEN,
        status_attribute_string: str | NotGiven = NOT_GIVEN,
        validation_errors: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        warnings: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Payments:
        """Creates a single payment for invoice or credit notes

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            invoice_number: Number of invoice or credit note you are applying payment to e.g.INV-4003
            credit_note_number: Number of invoice or credit note you are applying payment to e.g. INV-4003
            code: Code of account you are using to make the payment e.g. 001 (note- not all accounts have a code value)
            date: Date the payment is being made (YYYY-MM-DD) e.g. 2009-09-06
            currency_rate: Exchange rate when payment is received. Only used for non base currency invoices and credit notes e.g. 0.7500
            amount: The amount of the payment. Must be less than or equal to the outstanding amount owing on the invoice e.g. 200.00
            bank_amount: The amount of the payment in the currency of the bank account.
            reference: An optional description for the payment e.g. Direct Debit
            is_reconciled: An optional parameter for the payment. A boolean indicating whether you would like the payment to be created as reconciled when using PUT, or whether a payment has been reconciled when using GET
            status: The status of the payment.
            payment_id: The Xero identifier for an Payment e.g. 297c2dc5-cc47-4afd-8ec8-74990b8761e9
            batch_payment_id: Present if the payment was created as part of a batch.
            bank_account_number: The suppliers bank account number the payment is being made to
            particulars: The suppliers bank account number the payment is being made to
            details: The information to appear on the supplier's bank account
            has_account: A boolean to indicate if a contact has an validation errors
            has_validation_errors: A boolean to indicate if a contact has an validation errors
            status_attribute_string: A string to indicate if a invoice status
            validation_errors: Displays array of validation error messages from the API
            warnings: Displays array of warning messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Payments` (operation `createPayment`).
        """
        call = _create_payment_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            invoice=invoice,
            credit_note=credit_note,
            prepayment=prepayment,
            overpayment=overpayment,
            invoice_number=invoice_number,
            credit_note_number=credit_note_number,
            batch_payment=batch_payment,
            account=account,
            code=code,
            date=date,
            currency_rate=currency_rate,
            amount=amount,
            bank_amount=bank_amount,
            reference=reference,
            is_reconciled=is_reconciled,
            status=status,
            payment_id=payment_id,
            batch_payment_id=batch_payment_id,
            bank_account_number=bank_account_number,
            particulars=particulars,
            details=details,
            has_account=has_account,
            has_validation_errors=has_validation_errors,
            status_attribute_string=status_attribute_string,
            validation_errors=validation_errors,
            warnings=warnings,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        payment_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Payments:
        """Retrieves a specific payment for invoices and credit notes using a unique payment Id

        Args:
            payment_id: Unique identifier for a Payment
            xero_tenant_id: Xero identifier for Tenant

        `GET /Payments/{PaymentID}` (operation `getPayment`).
        """
        call = _get_call(payment_id=payment_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def delete(
        self,
        *,
        payment_id: UUID | str,
        xero_tenant_id: str,
        status: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Payments:
        """Updates a specific payment for invoices and credit notes

        Args:
            payment_id: Unique identifier for a Payment
            xero_tenant_id: Xero identifier for Tenant
            status: The status of the payment.
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Payments/{PaymentID}` (operation `deletePayment`).
        """
        call = _delete_call(
            payment_id=payment_id,
            xero_tenant_id=xero_tenant_id,
            status=status,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def get_history(
        self,
        *,
        payment_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Retrieves history records of a specific payment

        Args:
            payment_id: Unique identifier for a Payment
            xero_tenant_id: Xero identifier for Tenant

        `GET /Payments/{PaymentID}/History` (operation `getPaymentHistory`).
        """
        call = _get_history_call(payment_id=payment_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def create_history(
        self,
        *,
        payment_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        history_records: builtins.list[HistoryRecord] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> HistoryRecords:
        """Creates a history record for a specific payment

        Args:
            payment_id: Unique identifier for a Payment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Payments/{PaymentID}/History` (operation `createPaymentHistory`).
        """
        call = _create_history_call(
            payment_id=payment_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            history_records=history_records,
        )
        return await self._core.send(call, request_options)


class AsyncPaymentsResourceWithRawResponse:
    """The operations of `AsyncPaymentsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncPaymentsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create_payments = async_to_raw_response_wrapper(resource.create_payments)
        self.create_payment = async_to_raw_response_wrapper(resource.create_payment)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get_history = async_to_raw_response_wrapper(resource.get_history)
        self.create_history = async_to_raw_response_wrapper(resource.create_history)
