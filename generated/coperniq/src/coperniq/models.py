"""Models of the Coperniq API. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import ConfigDict, Field

from ._runtime.models import BaseModel, OpenStrEnum
from ._runtime.rules import Rule


class CalculationMethod(OpenStrEnum):
    """
    Calculation method
    """

    LINE_ITEMS = "LINE_ITEMS"
    PERCENTAGE = "PERCENTAGE"


class CreateInvoiceRequestStatus(OpenStrEnum):
    """
    Optional; defaults to DRAFT when omitted. To finalize the invoice, set SENT, PARTIALLY_PAID, or PAIDissueDate is then required. Lifecycle statuses (DECLINED, OVERDUE) cannot be set at creation.
    """

    DRAFT = "DRAFT"
    SENT = "SENT"
    PARTIALLY_PAID = "PARTIALLY_PAID"
    PAID = "PAID"


class CreateInvoiceResponseStatus(OpenStrEnum):
    """
    Invoice status
    """

    DRAFT = "DRAFT"
    SENT = "SENT"
    PARTIALLY_PAID = "PARTIALLY_PAID"
    PAID = "PAID"
    DECLINED = "DECLINED"
    OVERDUE = "OVERDUE"


class CreateInvoiceRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    record_id: Annotated[int, Field(alias="recordId", ge=1)]
    """
    Project or account ID
    """
    calculation_method: Annotated[CalculationMethod, Field(alias="calculationMethod")]
    line_items: Annotated[list[dict[str, Any]] | None, Field(alias="lineItems")] = None
    """
    Required when calculationMethod is LINE_ITEMS and sections is not provided. Flat array of line items (auto-grouped into one unnamed section).
    """
    sections: list[dict[str, Any]] | None = None
    """
    Required when calculationMethod is LINE_ITEMS and lineItems is not provided. Grouped line items with named sections. May be combined with lineItems (ungrouped items).
    """
    percentage: Annotated[float | None, Field(ge=0.0)] = None
    """
    Required when calculationMethod is PERCENTAGE.
    """
    status: CreateInvoiceRequestStatus = CreateInvoiceRequestStatus.DRAFT
    issue_date: Annotated[datetime | None, Field(alias="issueDate")] = None
    """
    Issue date (ISO 8601). Optional. Applied only when status is SENT/PARTIALLY_PAID/PAID (required for those); ignored for DRAFT invoices.
    """
    due_date: Annotated[datetime | None, Field(alias="dueDate")] = None
    """
    Due date (ISO 8601 datetime string)
    """
    description: str | None = None
    """
    Invoice description
    """


class CreateInvoiceResponse(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int | None = None
    """
    Invoice identifier
    """
    uid: int | None = None
    """
    Unique invoice number
    """
    status: CreateInvoiceResponseStatus | None = None
    amount: float | None = None
    """
    Total invoice amount
    """
    amount_paid: Annotated[float | None, Field(alias="amountPaid")] = None
    """
    Amount paid
    """
    calculation_method: Annotated[str | None, Field(alias="calculationMethod")] = None
    """
    Calculation method (e.g., LINE_ITEMS)
    """
    created_at: Annotated[datetime | None, Field(alias="createdAt")] = None
    """
    Creation timestamp
    """
    updated_at: Annotated[datetime | None, Field(alias="updatedAt")] = None
    """
    Last update timestamp
    """
    description: str | None = None
    """
    Invoice description
    """
    type: str | None = None
    """
    Invoice type
    """
    based_on_id: Annotated[int | None, Field(alias="basedOnId")] = None
    """
    ID of the record this invoice is based on
    """
    based_on_uid: Annotated[int | None, Field(alias="basedOnUid")] = None
    """
    UID of the record this invoice is based on
    """
    due_date: Annotated[datetime | None, Field(alias="dueDate")] = None
    """
    Due date
    """
    is_archived: Annotated[bool | None, Field(alias="isArchived")] = None
    """
    Whether the invoice is archived
    """
    shared_with_portal: Annotated[bool | None, Field(alias="sharedWithPortal")] = None
    """
    Whether the invoice is shared with portal
    """
    percentage: float | None = None
    """
    Percentage if applicable
    """
    base_amount: Annotated[float | None, Field(alias="baseAmount")] = None
    """
    Base amount if applicable
    """
    account: dict[str, Any] | None = None
    record: dict[str, Any] | None = None
    line_items: Annotated[list[dict[str, Any]] | None, Field(alias="lineItems")] = None


CreateInvoiceRequest.__codegen_rules__ = (
    Rule(
        description="lineItems (at least one) or sections is required when calculationMethod is LINE_ITEMS",
        if_={
            "properties": {"calculationMethod": {"const": "LINE_ITEMS"}},
            "required": ["calculationMethod"],
        },
        then={
            "anyOf": [
                {"required": ["lineItems"], "properties": {"lineItems": {"minItems": 1}}},
                {"required": ["sections"]},
            ]
        },
        else_=None,
    ),
    Rule(
        description="percentage is required when calculationMethod is PERCENTAGE",
        if_={
            "properties": {"calculationMethod": {"const": "PERCENTAGE"}},
            "required": ["calculationMethod"],
        },
        then={"required": ["percentage"]},
        else_=None,
    ),
    Rule(
        description="issueDate is required when status is SENT, PARTIALLY_PAID or PAID",
        if_={
            "properties": {"status": {"enum": ["SENT", "PARTIALLY_PAID", "PAID"]}},
            "required": ["status"],
        },
        then={"required": ["issueDate"]},
        else_=None,
    ),
)

__all__ = [
    "CalculationMethod",
    "CreateInvoiceRequest",
    "CreateInvoiceRequestStatus",
    "CreateInvoiceResponse",
    "CreateInvoiceResponseStatus",
]
