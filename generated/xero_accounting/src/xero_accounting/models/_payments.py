"""Models of the Xero Accounting API that only the `payments` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel
from ._shared import Pagination, Payment, ValidationError


class PaymentDelete(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    status: Annotated[str, Field(alias="Status")]
    """
    The status of the payment.
    """


class Payments(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    pagination: Pagination | None = None
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    payments: Annotated[list[Payment] | None, Field(alias="Payments")] = None


PaymentDelete.__always_send__ = frozenset(["Status"])

__all__ = [
    "PaymentDelete",
    "Payments",
]
