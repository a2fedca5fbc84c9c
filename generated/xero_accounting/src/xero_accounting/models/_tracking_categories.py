"""Models of the Xero Accounting API that only the `tracking_categories` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel
from ._shared import TrackingCategory, TrackingOption


class TrackingOptions(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    options_: Annotated[list[TrackingOption] | None, Field(alias="Options")] = None


class TrackingCategories(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    tracking_categories: Annotated[
        list[TrackingCategory] | None, Field(alias="TrackingCategories")
    ] = None


__all__ = [
    "TrackingCategories",
    "TrackingOptions",
]
