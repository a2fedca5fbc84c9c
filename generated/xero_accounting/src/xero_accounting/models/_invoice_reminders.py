"""Models of the Xero Accounting API that only the `invoice_reminders` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel


class InvoiceReminder(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    enabled: Annotated[bool | None, Field(alias="Enabled")] = None
    """
    setting for on or off
    """


class InvoiceReminders(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    invoice_reminders: Annotated[list[InvoiceReminder] | None, Field(alias="InvoiceReminders")] = (
        None
    )


__all__ = [
    "InvoiceReminder",
    "InvoiceReminders",
]
