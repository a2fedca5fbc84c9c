"""Models of the Xero Accounting API that only the `journals` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel, OpenStrEnum
from ._shared import AccountType, TrackingCategory, ValidationError


class SourceType(OpenStrEnum):
    """
    The journal source type. The type of transaction that created the journal
    """

    ACCREC = "ACCREC"
    ACCPAY = "ACCPAY"
    ACCRECCREDIT = "ACCRECCREDIT"
    ACCPAYCREDIT = "ACCPAYCREDIT"
    ACCRECPAYMENT = "ACCRECPAYMENT"
    ACCPAYPAYMENT = "ACCPAYPAYMENT"
    ARCREDITPAYMENT = "ARCREDITPAYMENT"
    APCREDITPAYMENT = "APCREDITPAYMENT"
    CASHREC = "CASHREC"
    CASHPAID = "CASHPAID"
    TRANSFER = "TRANSFER"
    ARPREPAYMENT = "ARPREPAYMENT"
    APPREPAYMENT = "APPREPAYMENT"
    AROVERPAYMENT = "AROVERPAYMENT"
    APOVERPAYMENT = "APOVERPAYMENT"
    EXPCLAIM = "EXPCLAIM"
    EXPPAYMENT = "EXPPAYMENT"
    MANJOURNAL = "MANJOURNAL"
    PAYSLIP = "PAYSLIP"
    WAGEPAYABLE = "WAGEPAYABLE"
    INTEGRATEDPAYROLLPE = "INTEGRATEDPAYROLLPE"
    INTEGRATEDPAYROLLPT = "INTEGRATEDPAYROLLPT"
    EXTERNALSPENDMONEY = "EXTERNALSPENDMONEY"
    INTEGRATEDPAYROLLPTPAYMENT = "INTEGRATEDPAYROLLPTPAYMENT"
    INTEGRATEDPAYROLLCN = "INTEGRATEDPAYROLLCN"


class JournalLine(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    journal_line_id: Annotated[UUID | None, Field(alias="JournalLineID")] = None
    """
    Xero identifier for Journal
    """
    account_id: Annotated[UUID | None, Field(alias="AccountID")] = None
    """
    See Accounts
    """
    account_code: Annotated[str | None, Field(alias="AccountCode")] = None
    """
    See Accounts
    """
    account_type: Annotated[AccountType | None, Field(alias="AccountType")] = None
    account_name: Annotated[str | None, Field(alias="AccountName")] = None
    """
    See AccountCodes
    """
    description: Annotated[str | None, Field(alias="Description")] = None
    """
    The description from the source transaction line item. Only returned if populated.
    """
    net_amount: Annotated[float | None, Field(alias="NetAmount")] = None
    """
    Net amount of journal line. This will be a positive value for a debit and negative for a credit
    """
    gross_amount: Annotated[float | None, Field(alias="GrossAmount")] = None
    """
    Gross amount of journal line (NetAmount + TaxAmount).
    """
    tax_amount: Annotated[float | None, Field(alias="TaxAmount")] = None
    """
    Total tax on a journal line
    """
    tax_type: Annotated[str | None, Field(alias="TaxType")] = None
    """
    The tax type from taxRates
    """
    tax_name: Annotated[str | None, Field(alias="TaxName")] = None
    """
    see TaxRates
    """
    tracking_categories: Annotated[
        list[TrackingCategory] | None, Field(alias="TrackingCategories")
    ] = None
    """
    Optional Tracking Category – see Tracking. Any JournalLine can have a maximum of 2 <TrackingCategory> elements.
    """


class Journal(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    journal_id: Annotated[UUID | None, Field(alias="JournalID")] = None
    """
    Xero identifier
    """
    journal_date: Annotated[str | None, Field(alias="JournalDate")] = None
    """
    Date the journal was posted
    """
    journal_number: Annotated[int | None, Field(alias="JournalNumber")] = None
    """
    Xero generated journal number
    """
    created_date_utc: Annotated[str | None, Field(alias="CreatedDateUTC")] = None
    """
    Created date UTC format
    """
    reference: Annotated[str | None, Field(alias="Reference")] = None
    """
    reference field for additional indetifying information
    """
    source_id: Annotated[UUID | None, Field(alias="SourceID")] = None
    """
    The identifier for the source transaction (e.g. InvoiceID)
    """
    source_type: Annotated[SourceType | None, Field(alias="SourceType")] = None
    journal_lines: Annotated[list[JournalLine] | None, Field(alias="JournalLines")] = None
    """
    See JournalLines
    """


class Journals(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    journals: Annotated[list[Journal] | None, Field(alias="Journals")] = None


__all__ = [
    "Journal",
    "JournalLine",
    "Journals",
    "SourceType",
]
