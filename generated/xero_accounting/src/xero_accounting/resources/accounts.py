"""The `accounts` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

import builtins
from datetime import datetime
from functools import cached_property
from typing import IO
from uuid import UUID

from .._runtime import (
    AsyncCore,
    Call,
    Param,
    RequestOptions,
    ResponseSpec,
    SyncCore,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._runtime.given import NOT_GIVEN, NotGiven, given
from ..models._accounts import Accounts
from ..models._shared import (
    Account,
    AccountStatus,
    AccountType,
    Attachments,
    BankAccountType,
    CurrencyCode,
    Error,
    ValidationError,
)

__all__ = [
    "AccountsResource",
    "AccountsResourceWithRawResponse",
    "AccountsResourceWithStreamingResponse",
    "AsyncAccountsResource",
    "AsyncAccountsResourceWithRawResponse",
    "AsyncAccountsResourceWithStreamingResponse",
]


def _list_call(
    *,
    xero_tenant_id: str,
    if_modified_since: datetime | None = None,
    where: str | None = None,
    order: str | None = None,
) -> Call[Accounts]:
    return Call[Accounts](
        method="GET",
        path="/Accounts",
        operation_id="getAccounts",
        query=[
            Param("where", where, style="form", explode=True),
            Param("order", order, style="form", explode=True),
        ],
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("If-Modified-Since", if_modified_since, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(Accounts, "json")},
        security=[["OAuth2"]],
    )


def _create_call(
    *,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    code: str | NotGiven = NOT_GIVEN,
    name: str | NotGiven = NOT_GIVEN,
    account_id: UUID | str | NotGiven = NOT_GIVEN,
    type: AccountType | NotGiven = NOT_GIVEN,
    bank_account_number: str | NotGiven = NOT_GIVEN,
    status: AccountStatus | NotGiven = NOT_GIVEN,
    description: str | NotGiven = NOT_GIVEN,
    bank_account_type: BankAccountType | NotGiven = NOT_GIVEN,
    currency_code: CurrencyCode | NotGiven = NOT_GIVEN,
    tax_type: str | NotGiven = NOT_GIVEN,
    enable_payments_to_account: bool | NotGiven = NOT_GIVEN,
    show_in_expense_claims: bool | NotGiven = NOT_GIVEN,
    reporting_code: str | NotGiven = NOT_GIVEN,
    add_to_watchlist: bool | NotGiven = NOT_GIVEN,
    validation_errors: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
) -> Call[Accounts]:
    data = given(
        {
            "Code": code,
            "Name": name,
            "AccountID": account_id,
            "Type": type,
            "BankAccountNumber": bank_account_number,
            "Status": status,
            "Description": description,
            "BankAccountType": bank_account_type,
            "CurrencyCode": currency_code,
            "TaxType": tax_type,
            "EnablePaymentsToAccount": enable_payments_to_account,
            "ShowInExpenseClaims": show_in_expense_claims,
            "ReportingCode": reporting_code,
            "AddToWatchlist": add_to_watchlist,
            "ValidationErrors": validation_errors,
        }
    )
    return Call[Accounts](
        method="PUT",
        path="/Accounts",
        operation_id="createAccount",
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Account.model_validate(data),
        responses={"200": ResponseSpec(Accounts, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _get_call(
    *,
    account_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Accounts]:
    return Call[Accounts](
        method="GET",
        path="/Accounts/{AccountID}",
        operation_id="getAccount",
        path_params={"AccountID": account_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Accounts, "json")},
        security=[["OAuth2"]],
    )


def _update_call(
    *,
    account_id: UUID | str,
    xero_tenant_id: str,
    idempotency_key: str | None = None,
    accounts: builtins.list[Account] | NotGiven = NOT_GIVEN,
) -> Call[Accounts]:
    data = given({"Accounts": accounts})
    return Call[Accounts](
        method="POST",
        path="/Accounts/{AccountID}",
        operation_id="updateAccount",
        path_params={"AccountID": account_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        json=Accounts.model_validate(data),
        responses={"200": ResponseSpec(Accounts, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _delete_call(
    *,
    account_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Accounts]:
    return Call[Accounts](
        method="DELETE",
        path="/Accounts/{AccountID}",
        operation_id="deleteAccount",
        path_params={"AccountID": account_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Accounts, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
    )


def _get_attachments_call(
    *,
    account_id: UUID | str,
    xero_tenant_id: str,
) -> Call[Attachments]:
    return Call[Attachments](
        method="GET",
        path="/Accounts/{AccountID}/Attachments",
        operation_id="getAccountAttachments",
        path_params={"AccountID": account_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Attachments, "json")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_id_call(
    *,
    account_id: UUID | str,
    attachment_id: UUID | str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/Accounts/{AccountID}/Attachments/{AttachmentID}",
        operation_id="getAccountAttachmentById",
        path_params={"AccountID": account_id, "AttachmentID": attachment_id},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _get_attachment_by_file_name_call(
    *,
    account_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    content_type: str,
) -> Call[bytes]:
    return Call[bytes](
        method="GET",
        path="/Accounts/{AccountID}/Attachments/{FileName}",
        operation_id="getAccountAttachmentByFileName",
        path_params={"AccountID": account_id, "FileName": file_name},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("contentType", content_type, style="simple", explode=False),
        ],
        responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
        security=[["OAuth2"]],
    )


def _create_attachment_by_file_name_call(
    *,
    account_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="PUT",
        path="/Accounts/{AccountID}/Attachments/{FileName}",
        operation_id="createAccountAttachmentByFileName",
        path_params={"AccountID": account_id, "FileName": file_name},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        content=body,
        content_type="application/octet-stream",
        responses={"200": ResponseSpec(Attachments, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


def _update_attachment_by_file_name_call(
    *,
    account_id: UUID | str,
    file_name: str,
    xero_tenant_id: str,
    body: bytes | IO[bytes],
    idempotency_key: str | None = None,
) -> Call[Attachments]:
    return Call[Attachments](
        method="POST",
        path="/Accounts/{AccountID}/Attachments/{FileName}",
        operation_id="updateAccountAttachmentByFileName",
        path_params={"AccountID": account_id, "FileName": file_name},
        headers=[
            Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False),
            Param("Idempotency-Key", idempotency_key, style="simple", explode=False),
        ],
        content=body,
        content_type="application/octet-stream",
        responses={"200": ResponseSpec(Attachments, "json")},
        error_bodies={"400": Error},
        security=[["OAuth2"]],
        idempotency_header="Idempotency-Key",
    )


class AccountsResource:
    """Operations on accounts."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AccountsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AccountsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AccountsResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return AccountsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Accounts:
        """Retrieves the full chart of accounts

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element

        `GET /Accounts` (operation `getAccounts`).
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
        idempotency_key: str | None = None,
        code: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        account_id: UUID | str | NotGiven = NOT_GIVEN,
        type: AccountType | NotGiven = NOT_GIVEN,
        bank_account_number: str | NotGiven = NOT_GIVEN,
        status: AccountStatus | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        bank_account_type: BankAccountType | NotGiven = NOT_GIVEN,
        currency_code: CurrencyCode | NotGiven = NOT_GIVEN,
        tax_type: str | NotGiven = NOT_GIVEN,
        enable_payments_to_account: bool | NotGiven = NOT_GIVEN,
        show_in_expense_claims: bool | NotGiven = NOT_GIVEN,
        reporting_code: str | NotGiven = NOT_GIVEN,
        add_to_watchlist: bool | NotGiven = NOT_GIVEN,
        validation_errors: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Accounts:
        """Creates a new chart of accounts

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            code: Customer defined alpha numeric account code e.g 200 or SALES (max length = 10)
            name: Name of account (max length = 150)
            account_id: The Xero identifier for an account – specified as a string following the endpoint name e.g. /297c2dc5-cc47-4afd-8ec8-74990b8761e9
            type: See Account Types
            bank_account_number: For bank accounts only (Account Type BANK)
            status: Accounts with a status of ACTIVE can be updated to ARCHIVED. See Account Status Codes
            description: Description of the Account. Valid for all types of accounts except bank accounts (max length = 4000)
            bank_account_type: For bank accounts only. See Bank Account types
            currency_code: 3 letter alpha code for the currency – see list of currency codes
            tax_type: The tax type from taxRates
            enable_payments_to_account: Boolean – describes whether account can have payments applied to it
            show_in_expense_claims: Boolean – describes whether account code is available for use with expense claims
            reporting_code: Shown if set
            add_to_watchlist: Boolean – describes whether the account is shown in the watchlist widget on the dashboard
            validation_errors: Displays array of validation error messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Accounts` (operation `createAccount`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            code=code,
            name=name,
            account_id=account_id,
            type=type,
            bank_account_number=bank_account_number,
            status=status,
            description=description,
            bank_account_type=bank_account_type,
            currency_code=currency_code,
            tax_type=tax_type,
            enable_payments_to_account=enable_payments_to_account,
            show_in_expense_claims=show_in_expense_claims,
            reporting_code=reporting_code,
            add_to_watchlist=add_to_watchlist,
            validation_errors=validation_errors,
        )
        return self._core.send(call, request_options)

    def get(
        self,
        *,
        account_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Accounts:
        """Retrieves a single chart of accounts by using a unique account Id

        Args:
            account_id: Unique identifier for Account object
            xero_tenant_id: Xero identifier for Tenant

        `GET /Accounts/{AccountID}` (operation `getAccount`).
        """
        call = _get_call(account_id=account_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def update(
        self,
        *,
        account_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        accounts: builtins.list[Account] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Accounts:
        """Updates a chart of accounts

        Args:
            account_id: Unique identifier for Account object
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Accounts/{AccountID}` (operation `updateAccount`).
        """
        call = _update_call(
            account_id=account_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            accounts=accounts,
        )
        return self._core.send(call, request_options)

    def delete(
        self,
        *,
        account_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Accounts:
        """Deletes a chart of accounts

        Args:
            account_id: Unique identifier for Account object
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /Accounts/{AccountID}` (operation `deleteAccount`).
        """
        call = _delete_call(account_id=account_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_attachments(
        self,
        *,
        account_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments for a specific accounts by using a unique account Id

        Args:
            account_id: Unique identifier for Account object
            xero_tenant_id: Xero identifier for Tenant

        `GET /Accounts/{AccountID}/Attachments` (operation `getAccountAttachments`).
        """
        call = _get_attachments_call(account_id=account_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_attachment_by_id(
        self,
        *,
        account_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific account using a unique attachment Id

        Args:
            account_id: Unique identifier for Account object
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Accounts/{AccountID}/Attachments/{AttachmentID}` (operation `getAccountAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            account_id=account_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def get_attachment_by_file_name(
        self,
        *,
        account_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves an attachment for a specific account by filename

        Args:
            account_id: Unique identifier for Account object
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Accounts/{AccountID}/Attachments/{FileName}` (operation `getAccountAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            account_id=account_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return self._core.send(call, request_options)

    def create_attachment_by_file_name(
        self,
        *,
        account_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates an attachment on a specific account

        Args:
            account_id: Unique identifier for Account object
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Accounts/{AccountID}/Attachments/{FileName}` (operation `createAccountAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            account_id=account_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)

    def update_attachment_by_file_name(
        self,
        *,
        account_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates attachment on a specific account by filename

        Args:
            account_id: Unique identifier for Account object
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Accounts/{AccountID}/Attachments/{FileName}` (operation `updateAccountAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            account_id=account_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._core.send(call, request_options)


class AccountsResourceWithRawResponse:
    """The operations of `AccountsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AccountsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get_attachments = to_raw_response_wrapper(resource.get_attachments)
        self.get_attachment_by_id = to_raw_response_wrapper(resource.get_attachment_by_id)
        self.get_attachment_by_file_name = to_raw_response_wrapper(
            resource.get_attachment_by_file_name
        )
        self.create_attachment_by_file_name = to_raw_response_wrapper(
            resource.create_attachment_by_file_name
        )
        self.update_attachment_by_file_name = to_raw_response_wrapper(
            resource.update_attachment_by_file_name
        )


class AccountsResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in a `with` block and read the body in chunks (`iter_bytes()`), so that a large
    download never has to fit in memory; the connection is released when the block ends.
    """

    def __init__(self, resource: AccountsResource) -> None:
        self.get_attachment_by_id = to_streamed_response_wrapper(resource.get_attachment_by_id)
        self.get_attachment_by_file_name = to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )


class AsyncAccountsResource:
    """Operations on accounts."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncAccountsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncAccountsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAccountsResourceWithStreamingResponse:
        """The operations that return a file or text, giving the response before its body is read."""
        return AsyncAccountsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        xero_tenant_id: str,
        if_modified_since: datetime | None = None,
        where: str | None = None,
        order: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Accounts:
        """Retrieves the full chart of accounts

        Args:
            xero_tenant_id: Xero identifier for Tenant
            if_modified_since: Only records created or modified since this timestamp will be returned
            where: Filter by an any element
            order: Order by an any element

        `GET /Accounts` (operation `getAccounts`).
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
        idempotency_key: str | None = None,
        code: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        account_id: UUID | str | NotGiven = NOT_GIVEN,
        type: AccountType | NotGiven = NOT_GIVEN,
        bank_account_number: str | NotGiven = NOT_GIVEN,
        status: AccountStatus | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        bank_account_type: BankAccountType | NotGiven = NOT_GIVEN,
        currency_code: CurrencyCode | NotGiven = NOT_GIVEN,
        tax_type: str | NotGiven = NOT_GIVEN,
        enable_payments_to_account: bool | NotGiven = NOT_GIVEN,
        show_in_expense_claims: bool | NotGiven = NOT_GIVEN,
        reporting_code: str | NotGiven = NOT_GIVEN,
        add_to_watchlist: bool | NotGiven = NOT_GIVEN,
        validation_errors: builtins.list[ValidationError] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Accounts:
        """Creates a new chart of accounts

        Args:
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.
            code: Customer defined alpha numeric account code e.g 200 or SALES (max length = 10)
            name: Name of account (max length = 150)
            account_id: The Xero identifier for an account – specified as a string following the endpoint name e.g. /297c2dc5-cc47-4afd-8ec8-74990b8761e9
            type: See Account Types
            bank_account_number: For bank accounts only (Account Type BANK)
            status: Accounts with a status of ACTIVE can be updated to ARCHIVED. See Account Status Codes
            description: Description of the Account. Valid for all types of accounts except bank accounts (max length = 4000)
            bank_account_type: For bank accounts only. See Bank Account types
            currency_code: 3 letter alpha code for the currency – see list of currency codes
            tax_type: The tax type from taxRates
            enable_payments_to_account: Boolean – describes whether account can have payments applied to it
            show_in_expense_claims: Boolean – describes whether account code is available for use with expense claims
            reporting_code: Shown if set
            add_to_watchlist: Boolean – describes whether the account is shown in the watchlist widget on the dashboard
            validation_errors: Displays array of validation error messages from the API

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Accounts` (operation `createAccount`).
        """
        call = _create_call(
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            code=code,
            name=name,
            account_id=account_id,
            type=type,
            bank_account_number=bank_account_number,
            status=status,
            description=description,
            bank_account_type=bank_account_type,
            currency_code=currency_code,
            tax_type=tax_type,
            enable_payments_to_account=enable_payments_to_account,
            show_in_expense_claims=show_in_expense_claims,
            reporting_code=reporting_code,
            add_to_watchlist=add_to_watchlist,
            validation_errors=validation_errors,
        )
        return await self._core.send(call, request_options)

    async def get(
        self,
        *,
        account_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Accounts:
        """Retrieves a single chart of accounts by using a unique account Id

        Args:
            account_id: Unique identifier for Account object
            xero_tenant_id: Xero identifier for Tenant

        `GET /Accounts/{AccountID}` (operation `getAccount`).
        """
        call = _get_call(account_id=account_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def update(
        self,
        *,
        account_id: UUID | str,
        xero_tenant_id: str,
        idempotency_key: str | None = None,
        accounts: builtins.list[Account] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Accounts:
        """Updates a chart of accounts

        Args:
            account_id: Unique identifier for Account object
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Accounts/{AccountID}` (operation `updateAccount`).
        """
        call = _update_call(
            account_id=account_id,
            xero_tenant_id=xero_tenant_id,
            idempotency_key=idempotency_key,
            accounts=accounts,
        )
        return await self._core.send(call, request_options)

    async def delete(
        self,
        *,
        account_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Accounts:
        """Deletes a chart of accounts

        Args:
            account_id: Unique identifier for Account object
            xero_tenant_id: Xero identifier for Tenant

        Retries: never sent twice unless the failure proves it did not reach the server (or the server answered 429); `request_options={"idempotency_key": ...}` makes it safe to repeat.

        `DELETE /Accounts/{AccountID}` (operation `deleteAccount`).
        """
        call = _delete_call(account_id=account_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_attachments(
        self,
        *,
        account_id: UUID | str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Retrieves attachments for a specific accounts by using a unique account Id

        Args:
            account_id: Unique identifier for Account object
            xero_tenant_id: Xero identifier for Tenant

        `GET /Accounts/{AccountID}/Attachments` (operation `getAccountAttachments`).
        """
        call = _get_attachments_call(account_id=account_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_attachment_by_id(
        self,
        *,
        account_id: UUID | str,
        attachment_id: UUID | str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves a specific attachment from a specific account using a unique attachment Id

        Args:
            account_id: Unique identifier for Account object
            attachment_id: Unique identifier for Attachment object
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Accounts/{AccountID}/Attachments/{AttachmentID}` (operation `getAccountAttachmentById`).
        """
        call = _get_attachment_by_id_call(
            account_id=account_id,
            attachment_id=attachment_id,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def get_attachment_by_file_name(
        self,
        *,
        account_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        content_type: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Retrieves an attachment for a specific account by filename

        Args:
            account_id: Unique identifier for Account object
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            content_type: The mime type of the attachment file you are retrieving i.e image/jpg, application/pdf

        `GET /Accounts/{AccountID}/Attachments/{FileName}` (operation `getAccountAttachmentByFileName`).
        """
        call = _get_attachment_by_file_name_call(
            account_id=account_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            content_type=content_type,
        )
        return await self._core.send(call, request_options)

    async def create_attachment_by_file_name(
        self,
        *,
        account_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Creates an attachment on a specific account

        Args:
            account_id: Unique identifier for Account object
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `PUT /Accounts/{AccountID}/Attachments/{FileName}` (operation `createAccountAttachmentByFileName`).
        """
        call = _create_attachment_by_file_name_call(
            account_id=account_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)

    async def update_attachment_by_file_name(
        self,
        *,
        account_id: UUID | str,
        file_name: str,
        xero_tenant_id: str,
        body: bytes | IO[bytes],
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Attachments:
        """Updates attachment on a specific account by filename

        Args:
            account_id: Unique identifier for Account object
            file_name: Name of the attachment
            xero_tenant_id: Xero identifier for Tenant
            idempotency_key: This allows you to safely retry requests without the risk of duplicate processing. 128 character max.

        Retries: sent again after a failure with the same `Idempotency-Key` key (a fresh one per call unless you pass your own).

        `POST /Accounts/{AccountID}/Attachments/{FileName}` (operation `updateAccountAttachmentByFileName`).
        """
        call = _update_attachment_by_file_name_call(
            account_id=account_id,
            file_name=file_name,
            xero_tenant_id=xero_tenant_id,
            body=body,
            idempotency_key=idempotency_key,
        )
        return await self._core.send(call, request_options)


class AsyncAccountsResourceWithRawResponse:
    """The operations of `AsyncAccountsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncAccountsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get_attachments = async_to_raw_response_wrapper(resource.get_attachments)
        self.get_attachment_by_id = async_to_raw_response_wrapper(resource.get_attachment_by_id)
        self.get_attachment_by_file_name = async_to_raw_response_wrapper(
            resource.get_attachment_by_file_name
        )
        self.create_attachment_by_file_name = async_to_raw_response_wrapper(
            resource.create_attachment_by_file_name
        )
        self.update_attachment_by_file_name = async_to_raw_response_wrapper(
            resource.update_attachment_by_file_name
        )


class AsyncAccountsResourceWithStreamingResponse:
    """The operations that return a file or text, giving the response before its body is read.

    Use them in an `async with` block and read the body in chunks (`async for chunk in
    response.iter_bytes()`); the connection is released when the block ends.
    """

    def __init__(self, resource: AsyncAccountsResource) -> None:
        self.get_attachment_by_id = async_to_streamed_response_wrapper(
            resource.get_attachment_by_id
        )
        self.get_attachment_by_file_name = async_to_streamed_response_wrapper(
            resource.get_attachment_by_file_name
        )
