"""Models of the ActionKit Tools API. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from ._runtime.models import BaseModel, OpenStrEnum


class InvoiceStatus(OpenStrEnum):
    """
    Status
    """

    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    AUTHORISED = "AUTHORISED"


class InvoiceType(OpenStrEnum):
    """
    Invoice Type
    """

    ACCPAY = "ACCPAY"
    ACCREC = "ACCREC"


class LineItem(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    description: Annotated[str | None, Field(alias="Description")] = None
    quantity: Annotated[str | None, Field(alias="Quantity")] = None
    unit_amount: Annotated[str | None, Field(alias="UnitAmount")] = None
    account_code: Annotated[str | None, Field(alias="AccountCode")] = None


class XeroCreateInvoiceRequestParameters(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    invoice_type: Annotated[InvoiceType, Field(alias="invoiceType")]
    contact_id: Annotated[str, Field(alias="contactId")]
    """
    Contact : The customer this invoice is associated with. (example: "Contact ID")
    """
    line_items: Annotated[list[LineItem], Field(alias="lineItems")]
    """
    Line items : Enter an array of Line items including the description, quantity, and amount for each Line item. (example: "[
      {
        "Description": "White T-Shirt", 
        "Quantity": "2",
        "UnitAmount": "20.00",
        "AccountCode": "200"
      }
    ]  
      ")
    """
    invoice_status: Annotated[InvoiceStatus | None, Field(alias="invoiceStatus")] = None
    date: str | None = None
    """
    Date : Date the invoice was issued. (example: "YYYY-MM-DD")
    """
    due_date: Annotated[str | None, Field(alias="dueDate")] = None
    """
    Due Date : Date the invoice is due. (example: "YYYY-MM-DD")
    """
    currency: str | None = None
    """
    Currency (example: "USD")
    """
    invoice_number: Annotated[str | None, Field(alias="invoiceNumber")] = None
    """
    Invoice Number : Alpha numeric code identifying the invoice (example: "OIT00546")
    """
    reference: str | None = None
    """
    Reference
    """


class XeroCreateInvoiceRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    tool: Literal["XERO_CREATE_INVOICE"]
    parameters: XeroCreateInvoiceRequestParameters


XeroCreateInvoiceRequest.__always_send__ = frozenset(["tool"])

__all__ = [
    "InvoiceStatus",
    "InvoiceType",
    "LineItem",
    "XeroCreateInvoiceRequest",
    "XeroCreateInvoiceRequestParameters",
]
