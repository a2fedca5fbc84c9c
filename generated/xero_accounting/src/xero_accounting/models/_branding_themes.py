"""Models of the Xero Accounting API that only the `branding_themes` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel
from ._shared import BrandingTheme


class BrandingThemes(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    branding_themes: Annotated[list[BrandingTheme] | None, Field(alias="BrandingThemes")] = None


__all__ = [
    "BrandingThemes",
]
