"""Models of the Xero Accounting API that only the `bank_transactions` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel, OpenStrEnum
from ._shared import (
    Account,
    Contact,
    CurrencyCode,
    LineAmountTypes,
    LineItem,
    Pagination,
    ValidationError,
)


class BankTransactionStatus(OpenStrEnum):
    """
    See Bank Transaction Status Codes
    """

    AUTHORISED = "AUTHORISED"
    DELETED = "DELETED"
    VOIDED = "VOIDED"


class BankTransactionType(OpenStrEnum):
    """
    See Bank Transaction Types
    """

    RECEIVE = "RECEIVE"
    RECEIVE_OVERPAYMENT = "RECEIVE-OVERPAYMENT"
    RECEIVE_PREPAYMENT = "RECEIVE-PREPAYMENT"
    SPEND = "SPEND"
    SPEND_OVERPAYMENT = "SPEND-OVERPAYMENT"
    SPEND_PREPAYMENT = "SPEND-PREPAYMENT"
    RECEIVE_TRANSFER = "RECEIVE-TRANSFER"
    SPEND_TRANSFER = "SPEND-TRANSFER"


class BankTransaction(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: Annotated[BankTransactionType, Field(alias="Type")]
    contact: Annotated[Contact | None, Field(alias="Contact")] = None
    line_items: Annotated[list[LineItem], Field(alias="LineItems")]
    """
    See LineItems
    """
    bank_account: Annotated[Account, Field(alias="BankAccount")]
    is_reconciled: Annotated[bool | None, Field(alias="IsReconciled")] = None
    """
    Boolean to show if transaction is reconciled
    """
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    Date of transaction – YYYY-MM-DD
    """
    reference: Annotated[str | None, Field(alias="Reference")] = None
    """
    Reference for the transaction. Only supported for SPEND and RECEIVE transactions.
    """
    currency_code: Annotated[CurrencyCode | None, Field(alias="CurrencyCode")] = None
    currency_rate: Annotated[float | None, Field(alias="CurrencyRate")] = None
    """
    Exchange rate to base currency when money is spent or received. e.g.0.7500 Only used for bank transactions in non base currency. If this isn’t specified for non base currency accounts then either the user-defined rate (preference) or the XE.com day rate will be used. Setting currency is only supported on overpayments.
    """
    url: Annotated[str | None, Field(alias="Url")] = None
    """
    URL link to a source document – shown as “Go to App Name”
    """
    status: Annotated[BankTransactionStatus | None, Field(alias="Status")] = None
    line_amount_types: Annotated[LineAmountTypes | None, Field(alias="LineAmountTypes")] = None
    sub_total: Annotated[float | None, Field(alias="SubTotal")] = None
    """
    Total of bank transaction excluding taxes
    """
    total_tax: Annotated[float | None, Field(alias="TotalTax")] = None
    """
    Total tax on bank transaction
    """
    total: Annotated[float | None, Field(alias="Total")] = None
    """
    Total of bank transaction tax inclusive
    """
    bank_transaction_id: Annotated[UUID | None, Field(alias="BankTransactionID")] = None
    """
    Xero generated unique identifier for bank transaction
    """
    prepayment_id: Annotated[UUID | None, Field(alias="PrepaymentID")] = None
    """
    Xero generated unique identifier for a Prepayment. This will be returned on BankTransactions with a Type of SPEND-PREPAYMENT or RECEIVE-PREPAYMENT
    """
    overpayment_id: Annotated[UUID | None, Field(alias="OverpaymentID")] = None
    """
    Xero generated unique identifier for an Overpayment. This will be returned on BankTransactions with a Type of SPEND-OVERPAYMENT or RECEIVE-OVERPAYMENT
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Last modified date UTC format
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    Boolean to indicate if a bank transaction has an attachment
    """
    status_attribute_string: Annotated[str | None, Field(alias="StatusAttributeString")] = None
    """
    A string to indicate if a invoice status
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """


class BankTransactions(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    pagination: Pagination | None = None
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    bank_transactions: Annotated[list[BankTransaction] | None, Field(alias="BankTransactions")] = (
        None
    )


BankTransaction.__read_only__ = frozenset(
    ["HasAttachments", "OverpaymentID", "PrepaymentID", "UpdatedDateUTC"]
)

__all__ = [
    "BankTransaction",
    "BankTransactionStatus",
    "BankTransactionType",
    "BankTransactions",
]
