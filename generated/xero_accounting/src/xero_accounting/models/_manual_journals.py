"""Models of the Xero Accounting API that only the `manual_journals` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel, OpenStrEnum
from ._shared import Attachment, LineAmountTypes, Pagination, TrackingCategory, ValidationError


class ManualJournalStatus(OpenStrEnum):
    """
    See Manual Journal Status Codes
    """

    DRAFT = "DRAFT"
    POSTED = "POSTED"
    DELETED = "DELETED"
    VOIDED = "VOIDED"
    ARCHIVED = "ARCHIVED"


class ManualJournalLine(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    line_amount: Annotated[float | None, Field(alias="LineAmount")] = None
    """
    total for line. Debits are positive, credits are negative value
    """
    account_code: Annotated[str | None, Field(alias="AccountCode")] = None
    """
    See Accounts
    """
    account_id: Annotated[UUID | None, Field(alias="AccountID")] = None
    """
    See Accounts
    """
    description: Annotated[str | None, Field(alias="Description")] = None
    """
    Description for journal line
    """
    tax_type: Annotated[str | None, Field(alias="TaxType")] = None
    """
    The tax type from TaxRates
    """
    tracking: Annotated[list[TrackingCategory] | None, Field(alias="Tracking")] = None
    """
    Optional Tracking Category – see Tracking. Any JournalLine can have a maximum of 2 <TrackingCategory> elements.
    """
    tax_amount: Annotated[float | None, Field(alias="TaxAmount")] = None
    """
    The calculated tax amount based on the TaxType and LineAmount
    """
    is_blank: Annotated[bool | None, Field(alias="IsBlank")] = None
    """
    is the line blank
    """


class ManualJournal(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    narration: Annotated[str, Field(alias="Narration")]
    """
    Description of journal being posted
    """
    journal_lines: Annotated[list[ManualJournalLine] | None, Field(alias="JournalLines")] = None
    """
    See JournalLines
    """
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    Date journal was posted – YYYY-MM-DD
    """
    line_amount_types: Annotated[LineAmountTypes | None, Field(alias="LineAmountTypes")] = None
    status: Annotated[ManualJournalStatus | None, Field(alias="Status")] = None
    url: Annotated[str | None, Field(alias="Url")] = None
    """
    Url link to a source document – shown as “Go to [appName]” in the Xero app
    """
    show_on_cash_basis_reports: Annotated[bool | None, Field(alias="ShowOnCashBasisReports")] = None
    """
    Boolean – default is true if not specified
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    Boolean to indicate if a manual journal has an attachment
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Last modified date UTC format
    """
    manual_journal_id: Annotated[UUID | None, Field(alias="ManualJournalID")] = None
    """
    The Xero identifier for a Manual Journal
    """
    status_attribute_string: Annotated[str | None, Field(alias="StatusAttributeString")] = None
    """
    A string to indicate if a invoice status
    """
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """
    attachments: Annotated[list[Attachment] | None, Field(alias="Attachments")] = None
    """
    Displays array of attachments from the API
    """


class ManualJournals(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    pagination: Pagination | None = None
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    manual_journals: Annotated[list[ManualJournal] | None, Field(alias="ManualJournals")] = None


ManualJournal.__read_only__ = frozenset(["HasAttachments", "UpdatedDateUTC"])

__all__ = [
    "ManualJournal",
    "ManualJournalLine",
    "ManualJournalStatus",
    "ManualJournals",
]
