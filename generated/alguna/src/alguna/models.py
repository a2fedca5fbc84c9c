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
    description: Annotated[str | None, Field(alias="description")] = None
    """
    The description of the line item.
    """
    quantity: Annotated[Decimal | None, Field(alias="quantity")] = None
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
    id: Annotated[str | None, Field(alias="id")] = None
    description: Annotated[str | None, Field(alias="description")] = None
    billing_period_start: Annotated[datetime | None, Field(alias="billingPeriodStart")] = None
    billing_period_end: Annotated[datetime | None, Field(alias="billingPeriodEnd")] = None
    quantity: Annotated[str | None, Field(alias="quantity")] = None
    unit_price: Annotated[str | None, Field(alias="unitPrice")] = None
    total_price: Annotated[str | None, Field(alias="totalPrice")] = None
    is_editable: Annotated[bool | None, Field(alias="isEditable")] = None
    product_id: Annotated[str | None, Field(alias="productId")] = None


class CreateInvoiceLineItemResponse(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(alias="id")] = None
    account_id: Annotated[str | None, Field(alias="accountId")] = None
    status: Annotated[str | None, Field(alias="status")] = None
    due_date: Annotated[datetime | None, Field(alias="dueDate")] = None
    issue_date: Annotated[datetime | None, Field(alias="issueDate")] = None
    billing_period_start: Annotated[datetime | None, Field(alias="billingPeriodStart")] = None
    billing_period_end: Annotated[datetime | None, Field(alias="billingPeriodEnd")] = None
    billing_period: Annotated[str | None, Field(alias="billingPeriod")] = None
    currency: Annotated[str | None, Field(alias="currency")] = None
    description: Annotated[str | None, Field(alias="description")] = None
    line_items: Annotated[list[LineItem] | None, Field(alias="lineItems")] = None
    subtotal: Annotated[str | None, Field(alias="subtotal")] = None
    tax: Annotated[str | None, Field(alias="tax")] = None
    total: Annotated[str | None, Field(alias="total")] = None
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
