"""Models of the Xero Accounting API that only the `invoices` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel
from ._shared import Invoice, Pagination, ValidationError


class OnlineInvoice(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    online_invoice_url: Annotated[str | None, Field(alias="OnlineInvoiceUrl")] = None
    """
    the URL to an online invoice
    """


class OnlineInvoices(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    online_invoices: Annotated[list[OnlineInvoice] | None, Field(alias="OnlineInvoices")] = None


class RequestEmpty(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    status: Annotated[str | None, Field(alias="Status")] = None
    """
    Need at least one field to create an empty JSON payload
    """


class Invoices(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    pagination: Pagination | None = None
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    invoices: Annotated[list[Invoice] | None, Field(alias="Invoices")] = None


__all__ = [
    "Invoices",
    "OnlineInvoice",
    "OnlineInvoices",
    "RequestEmpty",
]
