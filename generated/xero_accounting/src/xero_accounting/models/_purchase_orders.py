"""Models of the Xero Accounting API that only the `purchase_orders` operations use.

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
    Attachment,
    Contact,
    CurrencyCode,
    LineAmountTypes,
    LineItem,
    Pagination,
    ValidationError,
)


class PurchaseOrderStatus(OpenStrEnum):
    """
    See Purchase Order Status Codes
    """

    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    AUTHORISED = "AUTHORISED"
    BILLED = "BILLED"
    DELETED = "DELETED"


class Status(OpenStrEnum):
    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    AUTHORISED = "AUTHORISED"
    BILLED = "BILLED"
    DELETED = "DELETED"


class PurchaseOrder(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    contact: Annotated[Contact | None, Field(alias="Contact")] = None
    line_items: Annotated[list[LineItem] | None, Field(alias="LineItems")] = None
    """
    See LineItems
    """
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    Date purchase order was issued – YYYY-MM-DD. If the Date element is not specified then it will default to the current date based on the timezone setting of the organisation
    """
    delivery_date: Annotated[str | None, Field(alias="DeliveryDate")] = None
    """
    Date the goods are to be delivered – YYYY-MM-DD
    """
    line_amount_types: Annotated[LineAmountTypes | None, Field(alias="LineAmountTypes")] = None
    purchase_order_number: Annotated[str | None, Field(alias="PurchaseOrderNumber")] = None
    """
    Unique alpha numeric code identifying purchase order (when missing will auto-generate from your Organisation Invoice Settings)
    """
    reference: Annotated[str | None, Field(alias="Reference")] = None
    """
    Additional reference number
    """
    branding_theme_id: Annotated[UUID | None, Field(alias="BrandingThemeID")] = None
    """
    See BrandingThemes
    """
    currency_code: Annotated[CurrencyCode | None, Field(alias="CurrencyCode")] = None
    status: Annotated[PurchaseOrderStatus | None, Field(alias="Status")] = None
    sent_to_contact: Annotated[bool | None, Field(alias="SentToContact")] = None
    """
    Boolean to set whether the purchase order should be marked as “sent”. This can be set only on purchase orders that have been approved or billed
    """
    delivery_address: Annotated[str | None, Field(alias="DeliveryAddress")] = None
    """
    The address the goods are to be delivered to
    """
    attention_to: Annotated[str | None, Field(alias="AttentionTo")] = None
    """
    The person that the delivery is going to
    """
    telephone: Annotated[str | None, Field(alias="Telephone")] = None
    """
    The phone number for the person accepting the delivery
    """
    delivery_instructions: Annotated[str | None, Field(alias="DeliveryInstructions")] = None
    """
    A free text feild for instructions (500 characters max)
    """
    expected_arrival_date: Annotated[str | None, Field(alias="ExpectedArrivalDate")] = None
    """
    The date the goods are expected to arrive.
    """
    purchase_order_id: Annotated[UUID | None, Field(alias="PurchaseOrderID")] = None
    """
    Xero generated unique identifier for purchase order
    """
    currency_rate: Annotated[float | None, Field(alias="CurrencyRate")] = None
    """
    The currency rate for a multicurrency purchase order. If no rate is specified, the XE.com day rate is used.
    """
    sub_total: Annotated[float | None, Field(alias="SubTotal")] = None
    """
    Total of purchase order excluding taxes
    """
    total_tax: Annotated[float | None, Field(alias="TotalTax")] = None
    """
    Total tax on purchase order
    """
    total: Annotated[float | None, Field(alias="Total")] = None
    """
    Total of Purchase Order tax inclusive (i.e. SubTotal + TotalTax)
    """
    total_discount: Annotated[float | None, Field(alias="TotalDiscount")] = None
    """
    Total of discounts applied on the purchase order line items
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    boolean to indicate if a purchase order has an attachment
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Last modified date UTC format
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
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    attachments: Annotated[list[Attachment] | None, Field(alias="Attachments")] = None
    """
    Displays array of attachments from the API
    """


class PurchaseOrders(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    pagination: Pagination | None = None
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    purchase_orders: Annotated[list[PurchaseOrder] | None, Field(alias="PurchaseOrders")] = None


PurchaseOrder.__read_only__ = frozenset(
    ["HasAttachments", "SubTotal", "Total", "TotalDiscount", "TotalTax", "UpdatedDateUTC"]
)

__all__ = [
    "PurchaseOrder",
    "PurchaseOrderStatus",
    "PurchaseOrders",
    "Status",
]
