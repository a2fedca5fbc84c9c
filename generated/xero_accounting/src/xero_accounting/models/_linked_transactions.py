"""Models of the Xero Accounting API that only the `linked_transactions` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel, OpenStrEnum
from ._shared import ValidationError


class LinkedTransactionStatus(OpenStrEnum):
    """
    Filter by the combination of ContactID and Status. Get all the linked transactions that have been assigned to a particular customer and have a particular status e.g. GET /LinkedTransactions?ContactID=4bb34b03-3378-4bb2-a0ed-6345abf3224e&Status=APPROVED.
    """

    APPROVED = "APPROVED"
    DRAFT = "DRAFT"
    ONDRAFT = "ONDRAFT"
    BILLED = "BILLED"
    VOIDED = "VOIDED"


class LinkedTransactionType(OpenStrEnum):
    """
    This will always be BILLABLEEXPENSE. More types may be added in future.
    """

    BILLABLEEXPENSE = "BILLABLEEXPENSE"


class SourceTransactionTypeCode(OpenStrEnum):
    """
    The Type of the source tranasction. This will be ACCPAY if the linked transaction was created from an invoice and SPEND if it was created from a bank transaction.
    """

    ACCPAY = "ACCPAY"
    SPEND = "SPEND"


class LinkedTransaction(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    source_transaction_id: Annotated[UUID | None, Field(alias="SourceTransactionID")] = None
    """
    Filter by the SourceTransactionID. Get all the linked transactions created from a particular ACCPAY invoice
    """
    source_line_item_id: Annotated[UUID | None, Field(alias="SourceLineItemID")] = None
    """
    The line item identifier from the source transaction.
    """
    contact_id: Annotated[UUID | None, Field(alias="ContactID")] = None
    """
    Filter by the combination of ContactID and Status. Get all the linked transactions that have been assigned to a particular customer and have a particular status e.g. GET /LinkedTransactions?ContactID=4bb34b03-3378-4bb2-a0ed-6345abf3224e&Status=APPROVED.
    """
    target_transaction_id: Annotated[UUID | None, Field(alias="TargetTransactionID")] = None
    """
    Filter by the TargetTransactionID. Get all the linked transactions  allocated to a particular ACCREC invoice
    """
    target_line_item_id: Annotated[UUID | None, Field(alias="TargetLineItemID")] = None
    """
    The line item identifier from the target transaction. It is possible  to link multiple billable expenses to the same TargetLineItemID.
    """
    linked_transaction_id: Annotated[UUID | None, Field(alias="LinkedTransactionID")] = None
    """
    The Xero identifier for an Linked Transaction e.g./LinkedTransactions/297c2dc5-cc47-4afd-8ec8-74990b8761e9
    """
    status: Annotated[LinkedTransactionStatus | None, Field(alias="Status")] = None
    type: Annotated[LinkedTransactionType | None, Field(alias="Type")] = None
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    The last modified date in UTC format
    """
    source_transaction_type_code: Annotated[
        SourceTransactionTypeCode | None, Field(alias="SourceTransactionTypeCode")
    ] = None
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """


class LinkedTransactions(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    linked_transactions: Annotated[
        list[LinkedTransaction] | None, Field(alias="LinkedTransactions")
    ] = None


LinkedTransaction.__read_only__ = frozenset(["UpdatedDateUTC"])

__all__ = [
    "LinkedTransaction",
    "LinkedTransactionStatus",
    "LinkedTransactionType",
    "LinkedTransactions",
    "SourceTransactionTypeCode",
]
