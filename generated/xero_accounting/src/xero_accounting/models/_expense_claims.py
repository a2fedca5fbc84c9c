"""Models of the Xero Accounting API that only the `expense_claims` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel, OpenStrEnum
from ._shared import Payment, Receipt, User


class ExpenseClaimStatus(OpenStrEnum):
    """
    Current status of an expense claim – see status types
    """

    SUBMITTED = "SUBMITTED"
    AUTHORISED = "AUTHORISED"
    PAID = "PAID"
    VOIDED = "VOIDED"
    DELETED = "DELETED"


class ExpenseClaim(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    expense_claim_id: Annotated[UUID | None, Field(alias="ExpenseClaimID")] = None
    """
    Xero generated unique identifier for an expense claim
    """
    status: Annotated[ExpenseClaimStatus | None, Field(alias="Status")] = None
    payments: Annotated[list[Payment] | None, Field(alias="Payments")] = None
    """
    See Payments
    """
    user: Annotated[User | None, Field(alias="User")] = None
    receipts: Annotated[list[Receipt] | None, Field(alias="Receipts")] = None
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Last modified date UTC format
    """
    total: Annotated[float | None, Field(alias="Total")] = None
    """
    The total of an expense claim being paid
    """
    amount_due: Annotated[float | None, Field(alias="AmountDue")] = None
    """
    The amount due to be paid for an expense claim
    """
    amount_paid: Annotated[float | None, Field(alias="AmountPaid")] = None
    """
    The amount still to pay for an expense claim
    """
    payment_due_date: Annotated[str | None, Field(alias="PaymentDueDate")] = None
    """
    The date when the expense claim is due to be paid YYYY-MM-DD
    """
    reporting_date: Annotated[str | None, Field(alias="ReportingDate")] = None
    """
    The date the expense claim will be reported in Xero YYYY-MM-DD
    """
    receipt_id: Annotated[UUID | None, Field(alias="ReceiptID")] = None
    """
    The Xero identifier for the Receipt e.g. e59a2c7f-1306-4078-a0f3-73537afcbba9
    """


class ExpenseClaims(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    expense_claims: Annotated[list[ExpenseClaim] | None, Field(alias="ExpenseClaims")] = None


ExpenseClaim.__read_only__ = frozenset(
    ["AmountDue", "AmountPaid", "PaymentDueDate", "ReportingDate", "Total", "UpdatedDateUTC"]
)

__all__ = [
    "ExpenseClaim",
    "ExpenseClaimStatus",
    "ExpenseClaims",
]
