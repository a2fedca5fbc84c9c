"""Models of the Xero Accounting API that only the `quotes` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel, OpenStrEnum
from ._shared import Contact, CurrencyCode, LineItem, ValidationError


class QuoteLineAmountTypes(OpenStrEnum):
    """
    Line amounts are exclusive of tax by default if you don’t specify this element. See Line Amount Types
    """

    EXCLUSIVE = "EXCLUSIVE"
    INCLUSIVE = "INCLUSIVE"
    NOTAX = "NOTAX"


class QuoteStatusCodes(OpenStrEnum):
    """
    The status of the quote.
    """

    DRAFT = "DRAFT"
    SENT = "SENT"
    DECLINED = "DECLINED"
    ACCEPTED = "ACCEPTED"
    INVOICED = "INVOICED"
    DELETED = "DELETED"


class Quote(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    quote_id: Annotated[UUID | None, Field(alias="QuoteID")] = None
    """
    QuoteID GUID is automatically generated and is returned after create or GET.
    """
    quote_number: Annotated[str | None, Field(alias="QuoteNumber", max_length=255)] = None
    """
    Unique alpha numeric code identifying a quote (Max Length = 255)
    """
    reference: Annotated[str | None, Field(alias="Reference", max_length=4000)] = None
    """
    Additional reference number
    """
    terms: Annotated[str | None, Field(alias="Terms", max_length=4000)] = None
    """
    Terms of the quote
    """
    contact: Annotated[Contact | None, Field(alias="Contact")] = None
    line_items: Annotated[list[LineItem] | None, Field(alias="LineItems")] = None
    """
    See LineItems
    """
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    Date quote was issued – YYYY-MM-DD. If the Date element is not specified it will default to the current date based on the timezone setting of the organisation
    """
    date_string: Annotated[str | None, Field(alias="DateString")] = None
    """
    Date the quote was issued (YYYY-MM-DD)
    """
    expiry_date: Annotated[str | None, Field(alias="ExpiryDate")] = None
    """
    Date the quote expires – YYYY-MM-DD.
    """
    expiry_date_string: Annotated[str | None, Field(alias="ExpiryDateString")] = None
    """
    Date the quote expires – YYYY-MM-DD.
    """
    status: Annotated[QuoteStatusCodes | None, Field(alias="Status")] = None
    currency_code: Annotated[CurrencyCode | None, Field(alias="CurrencyCode")] = None
    currency_rate: Annotated[float | None, Field(alias="CurrencyRate")] = None
    """
    The currency rate for a multicurrency quote
    """
    sub_total: Annotated[float | None, Field(alias="SubTotal")] = None
    """
    Total of quote excluding taxes.
    """
    total_tax: Annotated[float | None, Field(alias="TotalTax")] = None
    """
    Total tax on quote
    """
    total: Annotated[float | None, Field(alias="Total")] = None
    """
    Total of Quote tax inclusive (i.e. SubTotal + TotalTax). This will be ignored if it doesn’t equal the sum of the LineAmounts
    """
    total_discount: Annotated[float | None, Field(alias="TotalDiscount")] = None
    """
    Total of discounts applied on the quote line items
    """
    title: Annotated[str | None, Field(alias="Title", max_length=100)] = None
    """
    Title text for the quote
    """
    summary: Annotated[str | None, Field(alias="Summary", max_length=3000)] = None
    """
    Summary text for the quote
    """
    branding_theme_id: Annotated[UUID | None, Field(alias="BrandingThemeID")] = None
    """
    See BrandingThemes
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Last modified date UTC format
    """
    line_amount_types: Annotated[QuoteLineAmountTypes | None, Field(alias="LineAmountTypes")] = None
    """
    See Quote Line Amount Types
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


class Quotes(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    quotes: Annotated[list[Quote] | None, Field(alias="Quotes")] = None


Quote.__read_only__ = frozenset(
    ["SubTotal", "Total", "TotalDiscount", "TotalTax", "UpdatedDateUTC"]
)

__all__ = [
    "Quote",
    "QuoteLineAmountTypes",
    "QuoteStatusCodes",
    "Quotes",
]
