"""Models of the Xero Accounting API that only the `currencies` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel
from ._shared import CurrencyCode


class Currency(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    code: Annotated[CurrencyCode | None, Field(alias="Code")] = None
    description: Annotated[str | None, Field(alias="Description")] = None
    """
    Name of Currency
    """


class Currencies(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    currencies: Annotated[list[Currency] | None, Field(alias="Currencies")] = None


__all__ = [
    "Currencies",
    "Currency",
]
