"""Models of the Xero Accounting API that only the `setup` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel
from ._shared import Account


class BalanceDetails(BaseModel):
    """
    An array to specify multiple currency balances of an account
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    balance: Annotated[float | None, Field(alias="Balance")] = None
    """
    The opening balances of the account. Debits are positive, credits are negative values
    """
    currency_code: Annotated[str | None, Field(alias="CurrencyCode")] = None
    """
    The currency of the balance (Not required for base currency)
    """
    currency_rate: Annotated[float | None, Field(alias="CurrencyRate")] = None
    """
    (Optional) Exchange rate to base currency when money is spent or received. If not specified, XE rate for the day is applied
    """


class ConversionBalances(BaseModel):
    """
    Balance supplied for each account that has a value as at the conversion date.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    account_code: Annotated[str | None, Field(alias="AccountCode")] = None
    """
    The account code for a account
    """
    balance: Annotated[float | None, Field(alias="Balance")] = None
    """
    The opening balances of the account. Debits are positive, credits are negative values
    """
    balance_details: Annotated[list[BalanceDetails] | None, Field(alias="BalanceDetails")] = None


class ConversionDate(BaseModel):
    """
    The date when the organisation starts using Xero
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    month: Annotated[int | None, Field(alias="Month")] = None
    """
    The month the organisation starts using Xero. Value is an integer between 1 and 12
    """
    year: Annotated[int | None, Field(alias="Year")] = None
    """
    The year the organisation starts using Xero. Value is an integer greater than 2006
    """


class ImportSummaryAccounts(BaseModel):
    """
    A summary of the accounts changes
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    total: Annotated[int | None, Field(alias="Total")] = None
    """
    The total number of accounts in the org
    """
    new: Annotated[int | None, Field(alias="New")] = None
    """
    The number of new accounts created
    """
    updated: Annotated[int | None, Field(alias="Updated")] = None
    """
    The number of accounts updated
    """
    deleted: Annotated[int | None, Field(alias="Deleted")] = None
    """
    The number of accounts deleted
    """
    locked: Annotated[int | None, Field(alias="Locked")] = None
    """
    The number of locked accounts
    """
    system: Annotated[int | None, Field(alias="System")] = None
    """
    The number of system accounts
    """
    errored: Annotated[int | None, Field(alias="Errored")] = None
    """
    The number of accounts that had an error
    """
    present: Annotated[bool | None, Field(alias="Present")] = None
    new_or_updated: Annotated[int | None, Field(alias="NewOrUpdated")] = None
    """
    The number of new or updated accounts
    """


class ImportSummaryOrganisation(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    present: Annotated[bool | None, Field(alias="Present")] = None


class ImportSummary(BaseModel):
    """
    A summary of the import from setup endpoint
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    accounts: Annotated[ImportSummaryAccounts | None, Field(alias="Accounts")] = None
    organisation: Annotated[ImportSummaryOrganisation | None, Field(alias="Organisation")] = None


class ImportSummaryObject(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    import_summary: Annotated[ImportSummary | None, Field(alias="ImportSummary")] = None


class Setup(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    conversion_date: Annotated[ConversionDate | None, Field(alias="ConversionDate")] = None
    conversion_balances: Annotated[
        list[ConversionBalances] | None, Field(alias="ConversionBalances")
    ] = None
    """
    Balance supplied for each account that has a value as at the conversion date.
    """
    accounts: Annotated[list[Account] | None, Field(alias="Accounts")] = None


__all__ = [
    "BalanceDetails",
    "ConversionBalances",
    "ConversionDate",
    "ImportSummary",
    "ImportSummaryAccounts",
    "ImportSummaryObject",
    "ImportSummaryOrganisation",
    "Setup",
]
