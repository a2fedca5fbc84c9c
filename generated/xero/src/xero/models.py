"""Models of the Xero Accounting API. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from datetime import date as date_aliased
from typing import Annotated, Any
from uuid import UUID

from pydantic import ConfigDict, Field

from ._runtime.models import BaseModel
from ._runtime.wire_types import MsJsonDate


class Address(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    address_type: Annotated[str | None, Field(alias="AddressType")] = None
    city: Annotated[str | None, Field(alias="City")] = None
    region: Annotated[str | None, Field(alias="Region")] = None
    postal_code: Annotated[str | None, Field(alias="PostalCode")] = None
    country: Annotated[str | None, Field(alias="Country")] = None
    attention_to: Annotated[str | None, Field(alias="AttentionTo")] = None


class ContactGroup(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    contact_group_id: Annotated[UUID | None, Field(alias="ContactGroupID")] = None
    name: Annotated[str | None, Field(alias="Name")] = None
    status: Annotated[str | None, Field(alias="Status")] = None
    contacts: Annotated[list[Any] | None, Field(alias="Contacts")] = None
    has_validation_errors: Annotated[bool | None, Field(alias="HasValidationErrors")] = None


class ContactPerson(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    first_name: Annotated[str | None, Field(alias="FirstName")] = None
    last_name: Annotated[str | None, Field(alias="LastName")] = None
    email_address: Annotated[str | None, Field(alias="EmailAddress")] = None
    include_in_emails: Annotated[bool | None, Field(alias="IncludeInEmails")] = None


class LineItem(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    description: Annotated[str | None, Field(alias="Description")] = None
    quantity: Annotated[float | None, Field(alias="Quantity")] = None
    unit_amount: Annotated[float | None, Field(alias="UnitAmount")] = None
    account_code: Annotated[str | None, Field(alias="AccountCode")] = None
    tax_type: Annotated[str | None, Field(alias="TaxType")] = None
    line_amount: Annotated[float | None, Field(alias="LineAmount")] = None
    tax_amount: Annotated[float | None, Field(alias="TaxAmount")] = None
    tracking: Annotated[list[Any] | None, Field(alias="Tracking")] = None
    line_item_id: Annotated[UUID | None, Field(alias="LineItemID")] = None
    validation_errors: Annotated[list[Any] | None, Field(alias="ValidationErrors")] = None


class Phone(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    phone_type: Annotated[str | None, Field(alias="PhoneType")] = None
    phone_number: Annotated[str | None, Field(alias="PhoneNumber")] = None
    phone_area_code: Annotated[str | None, Field(alias="PhoneAreaCode")] = None
    phone_country_code: Annotated[str | None, Field(alias="PhoneCountryCode")] = None


class Contact(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
        arbitrary_types_allowed=True,
    )
    contact_id: Annotated[UUID | None, Field(alias="ContactID")] = None
    contact_status: Annotated[str | None, Field(alias="ContactStatus")] = None
    name: Annotated[str | None, Field(alias="Name")] = None
    first_name: Annotated[str | None, Field(alias="FirstName")] = None
    last_name: Annotated[str | None, Field(alias="LastName")] = None
    email_address: Annotated[str | None, Field(alias="EmailAddress")] = None
    bank_account_details: Annotated[str | None, Field(alias="BankAccountDetails")] = None
    addresses: Annotated[list[Address] | None, Field(alias="Addresses")] = None
    phones: Annotated[list[Phone] | None, Field(alias="Phones")] = None
    updated_date_utc: Annotated[MsJsonDate | None, Field(alias="UpdatedDateUTC")] = None
    contact_groups: Annotated[list[ContactGroup] | None, Field(alias="ContactGroups")] = None
    is_supplier: Annotated[bool | None, Field(alias="IsSupplier")] = None
    is_customer: Annotated[bool | None, Field(alias="IsCustomer")] = None
    sales_tracking_categories: Annotated[
        list[Any] | None, Field(alias="SalesTrackingCategories")
    ] = None
    purchases_tracking_categories: Annotated[
        list[Any] | None, Field(alias="PurchasesTrackingCategories")
    ] = None
    contact_persons: Annotated[list[ContactPerson] | None, Field(alias="ContactPersons")] = None
    has_validation_errors: Annotated[bool | None, Field(alias="HasValidationErrors")] = None


class Invoice(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
        arbitrary_types_allowed=True,
    )
    type: Annotated[str | None, Field(alias="Type")] = None
    contact: Annotated[Contact | None, Field(alias="Contact")] = None
    line_items: Annotated[list[LineItem] | None, Field(alias="LineItems")] = None
    date: Annotated[date_aliased | MsJsonDate | None, Field(alias="Date")] = None
    due_date: Annotated[date_aliased | MsJsonDate | None, Field(alias="DueDate")] = None
    reference: Annotated[str | None, Field(alias="Reference")] = None
    status: Annotated[str | None, Field(alias="Status")] = None
    invoice_id: Annotated[UUID | None, Field(alias="InvoiceID")] = None
    invoice_number: Annotated[str | None, Field(alias="InvoiceNumber")] = None
    prepayments: Annotated[list[Any] | None, Field(alias="Prepayments")] = None
    overpayments: Annotated[list[Any] | None, Field(alias="Overpayments")] = None
    amount_due: Annotated[float | None, Field(alias="AmountDue")] = None
    amount_paid: Annotated[float | None, Field(alias="AmountPaid")] = None
    sent_to_contact: Annotated[bool | None, Field(alias="SentToContact")] = None
    currency_rate: Annotated[float | None, Field(alias="CurrencyRate")] = None
    has_errors: Annotated[bool | None, Field(alias="HasErrors")] = None
    is_discounted: Annotated[bool | None, Field(alias="IsDiscounted")] = None
    date_string: Annotated[str | None, Field(alias="DateString")] = None
    due_date_string: Annotated[str | None, Field(alias="DueDateString")] = None
    line_amount_types: Annotated[str | None, Field(alias="LineAmountTypes")] = None
    sub_total: Annotated[float | None, Field(alias="SubTotal")] = None
    total_tax: Annotated[float | None, Field(alias="TotalTax")] = None
    total: Annotated[float | None, Field(alias="Total")] = None
    updated_date_utc: Annotated[MsJsonDate | None, Field(alias="UpdatedDateUTC")] = None
    currency_code: Annotated[str | None, Field(alias="CurrencyCode")] = None
    status_attribute_string: Annotated[str | None, Field(alias="StatusAttributeString")] = None


class UpdateOrCreateInvoicesRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    invoices: Annotated[list[Invoice] | None, Field(alias="Invoices")] = None


class UpdateOrCreateInvoicesResponse(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
        arbitrary_types_allowed=True,
    )
    id: Annotated[UUID | None, Field(alias="Id")] = None
    status: Annotated[str | None, Field(alias="Status")] = None
    provider_name: Annotated[str | None, Field(alias="ProviderName")] = None
    date_time_utc: Annotated[MsJsonDate | None, Field(alias="DateTimeUTC")] = None
    invoices: Annotated[list[Invoice] | None, Field(alias="Invoices")] = None


__all__ = [
    "Address",
    "Contact",
    "ContactGroup",
    "ContactPerson",
    "Invoice",
    "LineItem",
    "Phone",
    "UpdateOrCreateInvoicesRequest",
    "UpdateOrCreateInvoicesResponse",
]
