"""Models of the Xero Accounting API that only the `budgets` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel, OpenStrEnum
from ._shared import TrackingCategory


class BudgetBalance(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    period: Annotated[str | None, Field(alias="Period")] = None
    """
    Period the amount applies to (e.g. “2019-08”)
    """
    amount: Annotated[float | None, Field(alias="Amount")] = None
    """
    LineItem Quantity
    """
    unit_amount: Annotated[float | None, Field(alias="UnitAmount")] = None
    """
    Budgeted amount
    """
    notes: Annotated[str | None, Field(alias="Notes", max_length=255)] = None
    """
    Any footnotes associated with this balance
    """


class BudgetLine(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    account_id: Annotated[UUID | None, Field(alias="AccountID")] = None
    """
    See Accounts
    """
    account_code: Annotated[str | None, Field(alias="AccountCode")] = None
    """
    See Accounts
    """
    budget_balances: Annotated[list[BudgetBalance] | None, Field(alias="BudgetBalances")] = None


class BudgetType(OpenStrEnum):
    """
    Type of Budget. OVERALL or TRACKING
    """

    OVERALL = "OVERALL"
    TRACKING = "TRACKING"


class Budget(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    budget_id: Annotated[UUID | None, Field(alias="BudgetID")] = None
    """
    Xero identifier
    """
    type: Annotated[BudgetType | None, Field(alias="Type")] = None
    description: Annotated[str | None, Field(alias="Description", max_length=255)] = None
    """
    The Budget description
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    UTC timestamp of last update to budget
    """
    budget_lines: Annotated[list[BudgetLine] | None, Field(alias="BudgetLines")] = None
    tracking: Annotated[list[TrackingCategory] | None, Field(alias="Tracking")] = None


class Budgets(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    budgets: Annotated[list[Budget] | None, Field(alias="Budgets")] = None


__all__ = [
    "Budget",
    "BudgetBalance",
    "BudgetLine",
    "BudgetType",
    "Budgets",
]
