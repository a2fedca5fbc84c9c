"""Models of the Xero Accounting API that only the `batch_payments` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel
from ._shared import BatchPayment


class BatchPaymentDelete(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    batch_payment_id: Annotated[UUID, Field(alias="BatchPaymentID")]
    """
    The Xero generated unique identifier for the bank transaction (read-only)
    """
    status: Annotated[str, Field(alias="Status")]
    """
    The status of the batch payment.
    """


class BatchPaymentDeleteByUrlParam(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    status: Annotated[str, Field(alias="Status")]
    """
    The status of the batch payment.
    """


class BatchPayments(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    batch_payments: Annotated[list[BatchPayment] | None, Field(alias="BatchPayments")] = None


BatchPaymentDelete.__always_send__ = frozenset(["Status"])

BatchPaymentDeleteByUrlParam.__always_send__ = frozenset(["Status"])

__all__ = [
    "BatchPaymentDelete",
    "BatchPaymentDeleteByUrlParam",
    "BatchPayments",
]
