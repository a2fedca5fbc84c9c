"""Models of the Xero Accounting API that only the `bank_transfers` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel, OpenStrEnum
from ._shared import Account, ValidationError


class BankTransferDelete(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    bank_transfer_id: Annotated[UUID, Field(alias="BankTransferID")]
    """
    The Xero identifier for a bank transfer
    """
    status: Annotated[str, Field(alias="Status")]
    """
    The status of the bank transfer.
    """


class BankTransferDeleteByUrlParam(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    status: Annotated[str, Field(alias="Status")]
    """
    The status of the bank transfer.
    """


class BankTransferStatus(OpenStrEnum):
    """
    AUTHORISED or DELETED (read-only). New bank transfers will have a status of AUTHORISED.
    """

    AUTHORISED = "AUTHORISED"
    DELETED = "DELETED"


class BankTransfersDelete(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    bank_transfers: Annotated[list[BankTransferDelete] | None, Field(alias="BankTransfers")] = None


class TrackingReference(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    tracking_category_id: Annotated[UUID, Field(alias="TrackingCategoryID")]
    """
    The Xero identifier for a tracking category
    """
    tracking_option_id: Annotated[UUID, Field(alias="TrackingOptionID")]
    """
    The Xero identifier for a tracking category option
    """
    name: Annotated[str | None, Field(alias="Name", max_length=100)] = None
    """
    The name of the tracking category
    """
    option: Annotated[str | None, Field(alias="Option")] = None
    """
    See Tracking Options
    """


class BankTransfer(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    from_bank_account: Annotated[Account, Field(alias="FromBankAccount")]
    to_bank_account: Annotated[Account, Field(alias="ToBankAccount")]
    amount: Annotated[float, Field(alias="Amount")]
    """
    amount of the transaction
    """
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    The date of the Transfer YYYY-MM-DD
    """
    bank_transfer_id: Annotated[UUID | None, Field(alias="BankTransferID")] = None
    """
    The identifier of the Bank Transfer
    """
    currency_rate: Annotated[float | None, Field(alias="CurrencyRate")] = None
    """
    The currency rate
    """
    from_bank_transaction_id: Annotated[UUID | None, Field(alias="FromBankTransactionID")] = None
    """
    The Bank Transaction ID for the source account
    """
    to_bank_transaction_id: Annotated[UUID | None, Field(alias="ToBankTransactionID")] = None
    """
    The Bank Transaction ID for the destination account
    """
    from_is_reconciled: Annotated[bool, Field(alias="FromIsReconciled")] = False
    """
    The Bank Transaction boolean to show if it is reconciled for the source account
    """
    to_is_reconciled: Annotated[bool, Field(alias="ToIsReconciled")] = False
    """
    The Bank Transaction boolean to show if it is reconciled for the destination account
    """
    reference: Annotated[str | None, Field(alias="Reference")] = None
    """
    Reference for the transactions.
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    Boolean to indicate if a Bank Transfer has an attachment
    """
    created_date_utc: Annotated[str | None, Field(alias="CreatedDateUTC")] = None
    """
    UTC timestamp of creation date of bank transfer
    """
    status: Annotated[BankTransferStatus | None, Field(alias="Status")] = None
    from_tracking: Annotated[list[TrackingReference] | None, Field(alias="FromTracking")] = None
    """
    Optional Tracking Category for the source account – see Tracking. A bank transfer can have a maximum of 2 tracking categories per account.
    """
    to_tracking: Annotated[list[TrackingReference] | None, Field(alias="ToTracking")] = None
    """
    Optional Tracking Category for the destination account – see Tracking. A bank transfer can have a maximum of 2 tracking categories per account.
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """


class BankTransfers(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    bank_transfers: Annotated[list[BankTransfer] | None, Field(alias="BankTransfers")] = None


BankTransfer.__read_only__ = frozenset(
    [
        "BankTransferID",
        "CreatedDateUTC",
        "CurrencyRate",
        "FromBankTransactionID",
        "HasAttachments",
        "Status",
        "ToBankTransactionID",
    ]
)

TrackingReference.__read_only__ = frozenset(["Name", "Option"])

BankTransferDelete.__always_send__ = frozenset(["Status"])

BankTransferDeleteByUrlParam.__always_send__ = frozenset(["Status"])

__all__ = [
    "BankTransfer",
    "BankTransferDelete",
    "BankTransferDeleteByUrlParam",
    "BankTransferStatus",
    "BankTransfers",
    "BankTransfersDelete",
    "TrackingReference",
]
