"""Models of the Xero Accounting API that only the `tax_rates` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel, OpenStrEnum


class ReportTaxType(OpenStrEnum):
    """
    See ReportTaxTypes
    """

    AVALARA = "AVALARA"
    BASEXCLUDED = "BASEXCLUDED"
    CAPITALSALESOUTPUT = "CAPITALSALESOUTPUT"
    CAPITALEXPENSESINPUT = "CAPITALEXPENSESINPUT"
    ECOUTPUT = "ECOUTPUT"
    ECOUTPUTSERVICES = "ECOUTPUTSERVICES"
    ECINPUT = "ECINPUT"
    ECACQUISITIONS = "ECACQUISITIONS"
    EXEMPTEXPENSES = "EXEMPTEXPENSES"
    EXEMPTINPUT = "EXEMPTINPUT"
    EXEMPTOUTPUT = "EXEMPTOUTPUT"
    GSTONIMPORTS = "GSTONIMPORTS"
    INPUT = "INPUT"
    INPUTTAXED = "INPUTTAXED"
    MOSSSALES = "MOSSSALES"
    NONE = "NONE"
    NONEOUTPUT = "NONEOUTPUT"
    OUTPUT = "OUTPUT"
    PURCHASESINPUT = "PURCHASESINPUT"
    SALESOUTPUT = "SALESOUTPUT"
    EXEMPTCAPITAL = "EXEMPTCAPITAL"
    EXEMPTEXPORT = "EXEMPTEXPORT"
    CAPITALEXINPUT = "CAPITALEXINPUT"
    GSTONCAPIMPORTS = "GSTONCAPIMPORTS"
    GSTONCAPITALIMPORTS = "GSTONCAPITALIMPORTS"
    REVERSECHARGES = "REVERSECHARGES"
    PAYMENTS = "PAYMENTS"
    INVOICE = "INVOICE"
    CASH = "CASH"
    ACCRUAL = "ACCRUAL"
    FLATRATECASH = "FLATRATECASH"
    FLATRATEACCRUAL = "FLATRATEACCRUAL"
    ACCRUALS = "ACCRUALS"
    TXCA = "TXCA"
    SRCAS = "SRCAS"
    DSOUTPUT = "DSOUTPUT"
    BLINPUT2 = "BLINPUT2"
    EPINPUT = "EPINPUT"
    IMINPUT2 = "IMINPUT2"
    MEINPUT = "MEINPUT"
    IGDSINPUT2 = "IGDSINPUT2"
    ESN33_OUTPUT = "ESN33OUTPUT"
    OPINPUT = "OPINPUT"
    OSOUTPUT = "OSOUTPUT"
    TXN33_INPUT = "TXN33INPUT"
    TXESSINPUT = "TXESSINPUT"
    TXREINPUT = "TXREINPUT"
    TXPETINPUT = "TXPETINPUT"
    NRINPUT = "NRINPUT"
    ES33_OUTPUT = "ES33OUTPUT"
    ZERORATEDINPUT = "ZERORATEDINPUT"
    ZERORATEDOUTPUT = "ZERORATEDOUTPUT"
    DRCHARGESUPPLY = "DRCHARGESUPPLY"
    DRCHARGE = "DRCHARGE"
    CAPINPUT = "CAPINPUT"
    CAPIMPORTS = "CAPIMPORTS"
    IMINPUT = "IMINPUT"
    INPUT2 = "INPUT2"
    CIUINPUT = "CIUINPUT"
    SRINPUT = "SRINPUT"
    OUTPUT2 = "OUTPUT2"
    SROUTPUT = "SROUTPUT"
    CAPOUTPUT = "CAPOUTPUT"
    SROUTPUT2 = "SROUTPUT2"
    CIUOUTPUT = "CIUOUTPUT"
    ZROUTPUT = "ZROUTPUT"
    ZREXPORT = "ZREXPORT"
    ACC28_PLUS = "ACC28PLUS"
    ACCUPTO28 = "ACCUPTO28"
    OTHEROUTPUT = "OTHEROUTPUT"
    SHOUTPUT = "SHOUTPUT"
    ZRINPUT = "ZRINPUT"
    BADDEBT = "BADDEBT"
    OTHERINPUT = "OTHERINPUT"
    BADDEBTRELIEF = "BADDEBTRELIEF"
    IGDSINPUT3 = "IGDSINPUT3"
    SROVR = "SROVR"
    TOURISTREFUND = "TOURISTREFUND"
    TXRCN33 = "TXRCN33"
    TXRCRE = "TXRCRE"
    TXRCESS = "TXRCESS"
    TXRCTS = "TXRCTS"
    CAPEXINPUT = "CAPEXINPUT"
    UNDEFINED = "UNDEFINED"
    CAPEXOUTPUT = "CAPEXOUTPUT"
    ZEROEXPOUTPUT = "ZEROEXPOUTPUT"
    GOODSIMPORT = "GOODSIMPORT"
    NONEINPUT = "NONEINPUT"
    NOTREPORTED = "NOTREPORTED"
    SROVRRS = "SROVRRS"
    SROVRLVG = "SROVRLVG"
    SRLVG = "SRLVG"
    IM = "IM"
    IMESS = "IMESS"
    IMN33 = "IMN33"
    IMRE = "IMRE"
    BADDEBTRECOVERY = "BADDEBTRECOVERY"
    USSALESTAX = "USSALESTAX"
    BLINPUT3 = "BLINPUT3"


class TaxComponent(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    Name of Tax Component
    """
    rate: Annotated[float | None, Field(alias="Rate")] = None
    """
    Tax Rate (up to 4dp)
    """
    is_compound: Annotated[bool | None, Field(alias="IsCompound")] = None
    """
    Boolean to describe if Tax rate is compounded.
    """
    is_non_recoverable: Annotated[bool | None, Field(alias="IsNonRecoverable")] = None
    """
    Boolean to describe if tax rate is non-recoverable. Non-recoverable rates are only applicable to Canadian organisations
    """


class TaxRateStatus(OpenStrEnum):
    """
    See Status Codes
    """

    ACTIVE = "ACTIVE"
    DELETED = "DELETED"
    ARCHIVED = "ARCHIVED"
    PENDING = "PENDING"


class TaxRate(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    Name of tax rate
    """
    tax_type: Annotated[str | None, Field(alias="TaxType")] = None
    """
    The tax type
    """
    tax_components: Annotated[list[TaxComponent] | None, Field(alias="TaxComponents")] = None
    """
    See TaxComponents
    """
    status: Annotated[TaxRateStatus | None, Field(alias="Status")] = None
    report_tax_type: Annotated[ReportTaxType | None, Field(alias="ReportTaxType")] = None
    can_apply_to_assets: Annotated[bool | None, Field(alias="CanApplyToAssets")] = None
    """
    Boolean to describe if tax rate can be used for asset accounts i.e.  true,false
    """
    can_apply_to_equity: Annotated[bool | None, Field(alias="CanApplyToEquity")] = None
    """
    Boolean to describe if tax rate can be used for equity accounts i.e true,false
    """
    can_apply_to_expenses: Annotated[bool | None, Field(alias="CanApplyToExpenses")] = None
    """
    Boolean to describe if tax rate can be used for expense accounts  i.e. true,false
    """
    can_apply_to_liabilities: Annotated[bool | None, Field(alias="CanApplyToLiabilities")] = None
    """
    Boolean to describe if tax rate can be used for liability accounts  i.e. true,false
    """
    can_apply_to_revenue: Annotated[bool | None, Field(alias="CanApplyToRevenue")] = None
    """
    Boolean to describe if tax rate can be used for revenue accounts i.e. true,false
    """
    display_tax_rate: Annotated[float | None, Field(alias="DisplayTaxRate")] = None
    """
    Tax Rate (decimal to 4dp) e.g 12.5000
    """
    effective_rate: Annotated[float | None, Field(alias="EffectiveRate")] = None
    """
    Effective Tax Rate (decimal to 4dp) e.g 12.5000
    """


class TaxRates(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    tax_rates: Annotated[list[TaxRate] | None, Field(alias="TaxRates")] = None


TaxRate.__read_only__ = frozenset(
    [
        "CanApplyToAssets",
        "CanApplyToEquity",
        "CanApplyToExpenses",
        "CanApplyToLiabilities",
        "CanApplyToRevenue",
        "DisplayTaxRate",
        "EffectiveRate",
    ]
)

__all__ = [
    "ReportTaxType",
    "TaxComponent",
    "TaxRate",
    "TaxRateStatus",
    "TaxRates",
]
