"""Models of the Alguna API. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from pydantic import ConfigDict, Field

from ._runtime.models import BaseModel


class CreateInvoiceLineItemRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    description: str | None = None
    """
    The description of the line item.
    """
    quantity: Decimal | None = None
    """
    The quantity of the line item as a decimal string.
    """
    unit_price: Annotated[Decimal | None, Field(alias="unitPrice")] = None
    """
    The unit price for the given line item as a decimal string.
    """


class LineItem(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: str | None = None
    description: str | None = None
    billing_period_start: Annotated[datetime | None, Field(alias="billingPeriodStart")] = None
    billing_period_end: Annotated[datetime | None, Field(alias="billingPeriodEnd")] = None
    quantity: str | None = None
    unit_price: Annotated[str | None, Field(alias="unitPrice")] = None
    total_price: Annotated[str | None, Field(alias="totalPrice")] = None
    is_editable: Annotated[bool | None, Field(alias="isEditable")] = None
    product_id: Annotated[str | None, Field(alias="productId")] = None


class CreateInvoiceLineItemResponse(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: str | None = None
    account_id: Annotated[str | None, Field(alias="accountId")] = None
    status: str | None = None
    due_date: Annotated[datetime | None, Field(alias="dueDate")] = None
    issue_date: Annotated[datetime | None, Field(alias="issueDate")] = None
    billing_period_start: Annotated[datetime | None, Field(alias="billingPeriodStart")] = None
    billing_period_end: Annotated[datetime | None, Field(alias="billingPeriodEnd")] = None
    billing_period: Annotated[str | None, Field(alias="billingPeriod")] = None
    currency: str | None = None
    description: str | None = None
    line_items: Annotated[list[LineItem] | None, Field(alias="lineItems")] = None
    subtotal: str | None = None
    tax: str | None = None
    total: str | None = None
    amount_paid: Annotated[str | None, Field(alias="amountPaid")] = None
    amount_remaining: Annotated[str | None, Field(alias="amountRemaining")] = None
    external_id: Annotated[UUID | None, Field(alias="externalId")] = None
    external_provider: Annotated[str | None, Field(alias="externalProvider")] = None
    external_url: Annotated[str | None, Field(alias="externalUrl")] = None
    purchase_order_number: Annotated[Any | None, Field(alias="purchaseOrderNumber")] = None
    created_at: Annotated[datetime | None, Field(alias="createdAt")] = None
    updated_at: Annotated[datetime | None, Field(alias="updatedAt")] = None


__all__ = [
    "CreateInvoiceLineItemRequest",
    "CreateInvoiceLineItemResponse",
    "LineItem",
]
