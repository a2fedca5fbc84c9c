"""Models of the Xero Accounting API that only the `contacts` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel


class CisSetting(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    cis_enabled: Annotated[bool | None, Field(alias="CISEnabled")] = None
    """
    Boolean that describes if the contact is a CIS Subcontractor
    """
    rate: Annotated[float | None, Field(alias="Rate")] = None
    """
    CIS Deduction rate for the contact if he is a subcontractor. If the contact is not CISEnabled, then the rate is not returned
    """


class CisSettings(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    cis_settings: Annotated[list[CisSetting] | None, Field(alias="CISSettings")] = None


__all__ = [
    "CisSetting",
    "CisSettings",
]
