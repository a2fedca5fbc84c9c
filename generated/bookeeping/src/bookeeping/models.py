"""Models of the Bookeeping.ai API. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import ConfigDict, Field

from ._runtime.models import BaseModel, OpenStrEnum, StrictModel


class Address(StrictModel):
    """
    The address of the counterparty
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    city: str | None = None
    country: str | None = None
    state: str | None = None
    cca2: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: Annotated[str | None, Field(alias="postalCode")] = None


class Calculated(StrictModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    grand_total: Annotated[float, Field(alias="grandTotal")]
    """
    The grand total of the invoice
    """
    tax: float
    """
    The tax of the invoice
    """
    discount: float
    """
    The discount of the invoice
    """
    sub_total: Annotated[float, Field(alias="subTotal")]
    """
    The sub total of the invoice
    """


class CounterPartyType(OpenStrEnum):
    """
    The type of the counterparty
    """

    CUSTOMER = "customer"
    VENDOR = "vendor"
    BOTH = "both"


class CreateInvoiceAuthenticationErrorBodyError(OpenStrEnum):
    UNAUTHORIZED_ERROR = "UnauthorizedError"


class CreateInvoiceBadRequestErrorBodyError(OpenStrEnum):
    BAD_REQUEST_ERROR = "BadRequestError"


class CreateInvoiceConflictErrorBodyError(OpenStrEnum):
    CONFLICT_ERROR = "ConflictError"


class CreateInvoiceInternalServerErrorBody(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    error: str | None = None
    message: str | None = None


class CreateInvoiceRateLimitErrorBodyError(OpenStrEnum):
    TOO_MANY_REQUESTS_ERROR = "TooManyRequestsError"


class CreateInvoiceResponseDataStatus(OpenStrEnum):
    """
    The status of the invoice
    """

    DRAFT = "DRAFT"
    SENT = "SENT"
    PAID = "PAID"
    OVERDUE = "OVERDUE"
    CANCELLED = "CANCELLED"


class CreateInvoiceResponseMetaData(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    warnings: list[str] | None = None
    """
    Any validation warnings
    """


class DiscountType(OpenStrEnum):
    PERCENTAGE = "PERCENTAGE"
    FIXED = "FIXED"


class InvoiceId(OpenStrEnum):
    INCREMENTAL = "INCREMENTAL"


class TaxType(OpenStrEnum):
    PERCENTAGE = "PERCENTAGE"
    FIXED = "FIXED"


class CounterParty(StrictModel):
    """
    The counterparty of the invoice
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    The id of the counterparty
    """
    account_name: Annotated[str | None, Field(alias="accountName")] = None
    """
    The account name of the counterparty
    """
    account_number: Annotated[str | None, Field(alias="accountNumber")] = None
    """
    The account number of the counterparty
    """
    email: str | None = None
    """
    The email of the counterparty
    """
    phone: str | None = None
    """
    The phone of the counterparty
    """
    type: CounterPartyType | None = None
    other_emails: Annotated[list[str] | None, Field(alias="otherEmails")] = None
    """
    The other emails of the counterparty
    """
    address: Address | None = None


class CreateInvoiceAuthenticationErrorBody(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    error: CreateInvoiceAuthenticationErrorBodyError | None = None
    message: str | None = None


class CreateInvoiceBadRequestErrorBody(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    error: CreateInvoiceBadRequestErrorBodyError | None = None
    message: str | None = None


class CreateInvoiceConflictErrorBody(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    error: CreateInvoiceConflictErrorBodyError | None = None
    message: str | None = None


class CreateInvoiceRateLimitErrorBody(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    error: CreateInvoiceRateLimitErrorBodyError | None = None
    message: str | None = None


class Discount(StrictModel):
    """
    Global discount, after applying the line item discounts
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: DiscountType
    value: float


class Tax(StrictModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: TaxType
    value: float


class LineItem(StrictModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: str
    name: str
    description: str | None = None
    quantity: float
    unit_price: Annotated[float, Field(alias="unitPrice")]
    tax: Tax
    discount: Discount


class CreateInvoiceRequest(StrictModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    purchase_order_id: Annotated[str | None, Field(alias="purchaseOrderId")] = None
    """
    The id of the purchase order
    """
    discount: Discount
    invoice_date: Annotated[datetime, Field(alias="invoiceDate")]
    """
    The date of the invoice
    """
    due_date: Annotated[datetime, Field(alias="dueDate")]
    """
    The date of the due date
    """
    line_items: Annotated[list[LineItem], Field(alias="lineItems")]
    """
    The line items of the invoice
    """
    pay_via_stripe_account_connection_id: Annotated[
        str | None, Field(alias="payViaStripeAccountConnectionId", pattern="^[0-9A-Fa-f]{24}$")
    ] = None
    """
    The id of the pay via stripe account connection. Expected to be a valid object id like 666666666666666666666666
    """
    note: str
    """
    The notes of the invoice
    """
    counter_party: Annotated[str, Field(alias="counterParty", pattern="^[0-9A-Fa-f]{24}$")]
    """
    The id of the counterparty. Expected to be a valid object id like 666666666666666666666666
    """
    invoice_id: Annotated[str | InvoiceId, Field(alias="invoiceId")]
    """
    The id of the invoice or 'INCREMENTAL' to auto generate the invoice id
    """
    currency: str
    """
    The currency of the invoice.
    """


class CreateInvoiceResponseData(StrictModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    The id of the invoice
    """
    project_id: Annotated[str, Field(alias="projectId")]
    """
    The id of the project
    """
    status: CreateInvoiceResponseDataStatus
    invoice_id: Annotated[str, Field(alias="invoiceId")]
    """
    The number of the invoice eg. 0001, 0002, etc.
    """
    purchase_order_id: Annotated[str | None, Field(alias="purchaseOrderId")] = None
    """
    The id of the purchase order
    """
    counter_party: Annotated[CounterParty | None, Field(alias="counterParty")] = None
    discount: Discount
    amount: float
    """
    The amount of the invoice
    """
    converted_amount: Annotated[float | None, Field(alias="convertedAmount")] = None
    """
    The converted amount of the invoice
    """
    converted_currency: Annotated[str | None, Field(alias="convertedCurrency")] = None
    """
    The converted currency of the invoice
    """
    send_date: Annotated[datetime | None, Field(alias="sendDate")] = None
    """
    The date of the sending
    """
    send_by: Annotated[str | None, Field(alias="sendBy")] = None
    """
    The user who sent the invoice
    """
    invoice_date: Annotated[datetime, Field(alias="invoiceDate")]
    """
    The date of the invoice
    """
    due_date: Annotated[datetime, Field(alias="dueDate")]
    """
    The date of the due date
    """
    currency: str
    """
    The currency of the invoice
    """
    line_items: Annotated[list[LineItem], Field(alias="lineItems")]
    """
    The line items of the invoice
    """
    note: str
    """
    The notes of the invoice
    """
    calculated: Calculated
    cancellation_reason: Annotated[str | None, Field(alias="cancellationReason")] = None
    """
    The reason of the cancellation
    """
    cancellation_date: Annotated[datetime | None, Field(alias="cancellationDate")] = None
    """
    The date of the cancellation
    """
    cancellation_by: Annotated[str | None, Field(alias="cancellationBy")] = None
    """
    The user who cancelled the invoice
    """
    paid_marked_by: Annotated[str | None, Field(alias="paidMarkedBy")] = None
    """
    The user who marked the invoice as paid
    """
    paid_marked_date: Annotated[datetime | None, Field(alias="paidMarkedDate")] = None
    """
    The date of the payment
    """
    attached_transaction_id: Annotated[str | None, Field(alias="attachedTransactionId")] = None
    """
    The id of the transaction attached to the invoice
    """
    attachments: list[str]
    """
    The attachments of the invoice
    """
    pay_via_stripe_account_connection_id: Annotated[
        str | None, Field(alias="payViaStripeAccountConnectionId", pattern="^[0-9A-Fa-f]{24}$")
    ] = None
    """
    The id of the pay via stripe account connection. Expected to be a valid object id like 666666666666666666666666
    """
    created_at: Annotated[datetime, Field(alias="createdAt")]
    """
    The date of the creation
    """
    updated_at: Annotated[datetime, Field(alias="updatedAt")]
    """
    The date of the last update
    """


class CreateInvoiceResponse(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    message: str | None = None
    """
    Success message
    """
    meta_data: Annotated[CreateInvoiceResponseMetaData | None, Field(alias="metaData")] = None
    data: CreateInvoiceResponseData | None = None


__all__ = [
    "Address",
    "Calculated",
    "CounterParty",
    "CounterPartyType",
    "CreateInvoiceAuthenticationErrorBody",
    "CreateInvoiceAuthenticationErrorBodyError",
    "CreateInvoiceBadRequestErrorBody",
    "CreateInvoiceBadRequestErrorBodyError",
    "CreateInvoiceConflictErrorBody",
    "CreateInvoiceConflictErrorBodyError",
    "CreateInvoiceInternalServerErrorBody",
    "CreateInvoiceRateLimitErrorBody",
    "CreateInvoiceRateLimitErrorBodyError",
    "CreateInvoiceRequest",
    "CreateInvoiceResponse",
    "CreateInvoiceResponseData",
    "CreateInvoiceResponseDataStatus",
    "CreateInvoiceResponseMetaData",
    "Discount",
    "DiscountType",
    "InvoiceId",
    "LineItem",
    "Tax",
    "TaxType",
]
