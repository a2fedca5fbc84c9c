"""Models of the Xero Accounting API that only the `repeating_invoices` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel, OpenStrEnum
from ._shared import Attachment, Contact, CurrencyCode, LineAmountTypes, LineItem


class DueDateType(OpenStrEnum):
    """
    the payment terms
    """

    DAYSAFTERBILLDATE = "DAYSAFTERBILLDATE"
    DAYSAFTERBILLMONTH = "DAYSAFTERBILLMONTH"
    DAYSAFTERINVOICEDATE = "DAYSAFTERINVOICEDATE"
    DAYSAFTERINVOICEMONTH = "DAYSAFTERINVOICEMONTH"
    OFCURRENTMONTH = "OFCURRENTMONTH"
    OFFOLLOWINGMONTH = "OFFOLLOWINGMONTH"


class RepeatingInvoiceStatus(OpenStrEnum):
    """
    One of the following - DRAFT or AUTHORISED – See Invoice Status Codes
    """

    DRAFT = "DRAFT"
    AUTHORISED = "AUTHORISED"
    DELETED = "DELETED"


class RepeatingInvoiceType(OpenStrEnum):
    """
    See Invoice Types
    """

    ACCPAY = "ACCPAY"
    ACCREC = "ACCREC"


class ScheduleUnit(OpenStrEnum):
    """
    One of the following - WEEKLY or MONTHLY
    """

    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"


class Schedule(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    period: Annotated[int | None, Field(alias="Period")] = None
    """
    Integer used with the unit e.g. 1 (every 1 week), 2 (every 2 months)
    """
    unit: Annotated[ScheduleUnit | None, Field(alias="Unit")] = None
    due_date: Annotated[int | None, Field(alias="DueDate")] = None
    """
    Integer used with due date type e.g 20 (of following month), 31 (of current month)
    """
    due_date_type: Annotated[DueDateType | None, Field(alias="DueDateType")] = None
    start_date: Annotated[str | None, Field(alias="StartDate")] = None
    """
    Date the first invoice of the current version of the repeating schedule was generated (changes when repeating invoice is edited)
    """
    next_scheduled_date: Annotated[str | None, Field(alias="NextScheduledDate")] = None
    """
    The calendar date of the next invoice in the schedule to be generated
    """
    end_date: Annotated[str | None, Field(alias="EndDate")] = None
    """
    Invoice end date – only returned if the template has an end date set
    """


class RepeatingInvoice(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: Annotated[RepeatingInvoiceType | None, Field(alias="Type")] = None
    contact: Annotated[Contact | None, Field(alias="Contact")] = None
    schedule: Annotated[Schedule | None, Field(alias="Schedule")] = None
    line_items: Annotated[list[LineItem] | None, Field(alias="LineItems")] = None
    """
    See LineItems
    """
    line_amount_types: Annotated[LineAmountTypes | None, Field(alias="LineAmountTypes")] = None
    reference: Annotated[str | None, Field(alias="Reference")] = None
    """
    ACCREC only – additional reference number
    """
    branding_theme_id: Annotated[UUID | None, Field(alias="BrandingThemeID")] = None
    """
    See BrandingThemes
    """
    currency_code: Annotated[CurrencyCode | None, Field(alias="CurrencyCode")] = None
    status: Annotated[RepeatingInvoiceStatus | None, Field(alias="Status")] = None
    sub_total: Annotated[float | None, Field(alias="SubTotal")] = None
    """
    Total of invoice excluding taxes
    """
    total_tax: Annotated[float | None, Field(alias="TotalTax")] = None
    """
    Total tax on invoice
    """
    total: Annotated[float | None, Field(alias="Total")] = None
    """
    Total of Invoice tax inclusive (i.e. SubTotal + TotalTax)
    """
    repeating_invoice_id: Annotated[UUID | None, Field(alias="RepeatingInvoiceID")] = None
    """
    Xero generated unique identifier for repeating invoice template
    """
    id: Annotated[UUID | None, Field(alias="ID")] = None
    """
    Xero generated unique identifier for repeating invoice template
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    Boolean to indicate if an invoice has an attachment
    """
    attachments: Annotated[list[Attachment] | None, Field(alias="Attachments")] = None
    """
    Displays array of attachments from the API
    """
    approved_for_sending: Annotated[bool, Field(alias="ApprovedForSending")] = False
    """
    Boolean to indicate whether the invoice has been approved for sending
    """
    send_copy: Annotated[bool, Field(alias="SendCopy")] = False
    """
    Boolean to indicate whether a copy is sent to sender's email
    """
    mark_as_sent: Annotated[bool, Field(alias="MarkAsSent")] = False
    """
    Boolean to indicate whether the invoice in the Xero app displays as "sent"
    """
    include_pdf: Annotated[bool, Field(alias="IncludePDF")] = False
    """
    Boolean to indicate whether to include PDF attachment
    """


class RepeatingInvoices(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    repeating_invoices: Annotated[
        list[RepeatingInvoice] | None, Field(alias="RepeatingInvoices")
    ] = None


RepeatingInvoice.__read_only__ = frozenset(["HasAttachments"])

__all__ = [
    "DueDateType",
    "RepeatingInvoice",
    "RepeatingInvoiceStatus",
    "RepeatingInvoiceType",
    "RepeatingInvoices",
    "Schedule",
    "ScheduleUnit",
]
