"""Models of the Xero Accounting API that only the `organisation` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel, OpenStrEnum
from ._shared import CurrencyCode, PaymentTerm, Phone


class ActionStatus(OpenStrEnum):
    """
    Status of the action for this organisation
    """

    ALLOWED = "ALLOWED"
    NOT_ALLOWED = "NOT-ALLOWED"


class AddressType(OpenStrEnum):
    """
    define the type of address
    """

    POBOX = "POBOX"
    STREET = "STREET"
    DELIVERY = "DELIVERY"


class CisOrgSetting(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    cis_contractor_enabled: Annotated[bool | None, Field(alias="CISContractorEnabled")] = None
    """
    true or false - Boolean that describes if the organisation is a CIS Contractor
    """
    cis_sub_contractor_enabled: Annotated[bool | None, Field(alias="CISSubContractorEnabled")] = (
        None
    )
    """
    true or false - Boolean that describes if the organisation is a CIS SubContractor
    """
    rate: Annotated[float | None, Field(alias="Rate")] = None
    """
    CIS Deduction rate for the organisation
    """


class CisOrgSettings(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    cis_settings: Annotated[list[CisOrgSetting] | None, Field(alias="CISSettings")] = None


class CountryCode(OpenStrEnum):
    AD = "AD"
    AE = "AE"
    AF = "AF"
    AG = "AG"
    AI = "AI"
    AL = "AL"
    AM = "AM"
    AN = "AN"
    AO = "AO"
    AQ = "AQ"
    AR = "AR"
    AS = "AS"
    AT = "AT"
    AU = "AU"
    AW = "AW"
    AZ = "AZ"
    BA = "BA"
    BB = "BB"
    BD = "BD"
    BE = "BE"
    BF = "BF"
    BG = "BG"
    BH = "BH"
    BI = "BI"
    BJ = "BJ"
    BL = "BL"
    BM = "BM"
    BN = "BN"
    BO = "BO"
    BR = "BR"
    BS = "BS"
    BT = "BT"
    BW = "BW"
    BY = "BY"
    BZ = "BZ"
    CA = "CA"
    CC = "CC"
    CD = "CD"
    CF = "CF"
    CG = "CG"
    CH = "CH"
    CI = "CI"
    CK = "CK"
    CL = "CL"
    CM = "CM"
    CN = "CN"
    CO = "CO"
    CR = "CR"
    CU = "CU"
    CV = "CV"
    CW = "CW"
    CX = "CX"
    CY = "CY"
    CZ = "CZ"
    DE = "DE"
    DJ = "DJ"
    DK = "DK"
    DM = "DM"
    DO = "DO"
    DZ = "DZ"
    EC = "EC"
    EE = "EE"
    EG = "EG"
    EH = "EH"
    ER = "ER"
    ES = "ES"
    ET = "ET"
    FI = "FI"
    FJ = "FJ"
    FK = "FK"
    FM = "FM"
    FO = "FO"
    FR = "FR"
    GA = "GA"
    GB = "GB"
    GD = "GD"
    GE = "GE"
    GG = "GG"
    GH = "GH"
    GI = "GI"
    GL = "GL"
    GM = "GM"
    GN = "GN"
    GQ = "GQ"
    GR = "GR"
    GT = "GT"
    GU = "GU"
    GW = "GW"
    GY = "GY"
    HK = "HK"
    HN = "HN"
    HR = "HR"
    HT = "HT"
    HU = "HU"
    ID = "ID"
    IE = "IE"
    IL = "IL"
    IM = "IM"
    IN = "IN"
    IO = "IO"
    IQ = "IQ"
    IR = "IR"
    IS = "IS"
    IT = "IT"
    JE = "JE"
    JM = "JM"
    JO = "JO"
    JP = "JP"
    KE = "KE"
    KG = "KG"
    KH = "KH"
    KI = "KI"
    KM = "KM"
    KN = "KN"
    KP = "KP"
    KR = "KR"
    KW = "KW"
    KY = "KY"
    KZ = "KZ"
    LA = "LA"
    LB = "LB"
    LC = "LC"
    LI = "LI"
    LK = "LK"
    LR = "LR"
    LS = "LS"
    LT = "LT"
    LU = "LU"
    LV = "LV"
    LY = "LY"
    MA = "MA"
    MC = "MC"
    MD = "MD"
    ME = "ME"
    MF = "MF"
    MG = "MG"
    MH = "MH"
    MK = "MK"
    ML = "ML"
    MM = "MM"
    MN = "MN"
    MO = "MO"
    MP = "MP"
    MR = "MR"
    MS = "MS"
    MT = "MT"
    MU = "MU"
    MV = "MV"
    MW = "MW"
    MX = "MX"
    MY = "MY"
    MZ = "MZ"
    NA = "NA"
    NC = "NC"
    NE = "NE"
    NG = "NG"
    NI = "NI"
    NL = "NL"
    NO = "NO"
    NP = "NP"
    NR = "NR"
    NU = "NU"
    NZ = "NZ"
    OM = "OM"
    PA = "PA"
    PE = "PE"
    PF = "PF"
    PG = "PG"
    PH = "PH"
    PK = "PK"
    PL = "PL"
    PM = "PM"
    PN = "PN"
    PR = "PR"
    PS = "PS"
    PT = "PT"
    PW = "PW"
    PY = "PY"
    QA = "QA"
    RE = "RE"
    RO = "RO"
    RS = "RS"
    RU = "RU"
    RW = "RW"
    SA = "SA"
    SB = "SB"
    SC = "SC"
    SD = "SD"
    SE = "SE"
    SG = "SG"
    SH = "SH"
    SI = "SI"
    SJ = "SJ"
    SK = "SK"
    SL = "SL"
    SM = "SM"
    SN = "SN"
    SO = "SO"
    SR = "SR"
    SS = "SS"
    ST = "ST"
    SV = "SV"
    SX = "SX"
    SY = "SY"
    SZ = "SZ"
    TC = "TC"
    TD = "TD"
    TG = "TG"
    TH = "TH"
    TJ = "TJ"
    TK = "TK"
    TL = "TL"
    TM = "TM"
    TN = "TN"
    TO = "TO"
    TR = "TR"
    TT = "TT"
    TV = "TV"
    TW = "TW"
    TZ = "TZ"
    UA = "UA"
    UG = "UG"
    US = "US"
    UY = "UY"
    UZ = "UZ"
    VA = "VA"
    VC = "VC"
    VE = "VE"
    VG = "VG"
    VI = "VI"
    VN = "VN"
    VU = "VU"
    WF = "WF"
    WS = "WS"
    XK = "XK"
    YE = "YE"
    YT = "YT"
    ZA = "ZA"
    ZM = "ZM"
    ZW = "ZW"


class Edition(OpenStrEnum):
    """
    BUSINESS or PARTNER. Partner edition organisations are sold exclusively through accounting partners and have restricted functionality (e.g. no access to invoicing)
    """

    BUSINESS = "BUSINESS"
    PARTNER = "PARTNER"


class LinkType(OpenStrEnum):
    """
    See External link types
    """

    FACEBOOK = "Facebook"
    GOOGLE_PLUS = "GooglePlus"
    LINKED_IN = "LinkedIn"
    TWITTER = "Twitter"
    WEBSITE = "Website"


class OrganisationClass(OpenStrEnum):
    """
    Organisation Classes describe which plan the Xero organisation is on (e.g. DEMO, TRIAL, PREMIUM)
    """

    DEMO = "DEMO"
    TRIAL = "TRIAL"
    STARTER = "STARTER"
    STANDARD = "STANDARD"
    PREMIUM = "PREMIUM"
    PREMIUM_20 = "PREMIUM_20"
    PREMIUM_50 = "PREMIUM_50"
    PREMIUM_100 = "PREMIUM_100"
    LEDGER = "LEDGER"
    GST_CASHBOOK = "GST_CASHBOOK"
    NON_GST_CASHBOOK = "NON_GST_CASHBOOK"
    ULTIMATE = "ULTIMATE"
    LITE = "LITE"
    ULTIMATE_10 = "ULTIMATE_10"
    ULTIMATE_20 = "ULTIMATE_20"
    ULTIMATE_50 = "ULTIMATE_50"
    ULTIMATE_100 = "ULTIMATE_100"
    IGNITE = "IGNITE"
    GROW = "GROW"
    COMPREHENSIVE = "COMPREHENSIVE"
    SIMPLE = "SIMPLE"
    BASICLITE = "BASICLITE"
    ULTRA = "ULTRA"


class OrganisationEntityType(OpenStrEnum):
    """
    Organisation Entity Type
    """

    ACCOUNTING_PRACTICE = "ACCOUNTING_PRACTICE"
    COMPANY = "COMPANY"
    CHARITY = "CHARITY"
    CLUB_OR_SOCIETY = "CLUB_OR_SOCIETY"
    INDIVIDUAL = "INDIVIDUAL"
    LOOK_THROUGH_COMPANY = "LOOK_THROUGH_COMPANY"
    NOT_FOR_PROFIT = "NOT_FOR_PROFIT"
    PARTNERSHIP = "PARTNERSHIP"
    S_CORPORATION = "S_CORPORATION"
    SELF_MANAGED_SUPERANNUATION_FUND = "SELF_MANAGED_SUPERANNUATION_FUND"
    SOLE_TRADER = "SOLE_TRADER"
    SUPERANNUATION_FUND = "SUPERANNUATION_FUND"
    TRUST = "TRUST"
    PERSONAL = "PERSONAL"
    SINGLEMEMBERLLC = "SINGLEMEMBERLLC"
    CCORPORATIONLLC = "CCORPORATIONLLC"
    PARTNERSHIPLLC = "PARTNERSHIPLLC"
    SCORPORATIONLLC = "SCORPORATIONLLC"
    LLC = "LLC"
    NOTLLC = "NOTLLC"
    UNSPECIFIED = "UNSPECIFIED"


class OrganisationType(OpenStrEnum):
    """
    Organisation Type
    """

    ACCOUNTING_PRACTICE = "ACCOUNTING_PRACTICE"
    COMPANY = "COMPANY"
    CHARITY = "CHARITY"
    CLUB_OR_SOCIETY = "CLUB_OR_SOCIETY"
    INDIVIDUAL = "INDIVIDUAL"
    LOOK_THROUGH_COMPANY = "LOOK_THROUGH_COMPANY"
    NOT_FOR_PROFIT = "NOT_FOR_PROFIT"
    PARTNERSHIP = "PARTNERSHIP"
    S_CORPORATION = "S_CORPORATION"
    SELF_MANAGED_SUPERANNUATION_FUND = "SELF_MANAGED_SUPERANNUATION_FUND"
    SOLE_TRADER = "SOLE_TRADER"
    SUPERANNUATION_FUND = "SUPERANNUATION_FUND"
    TRUST = "TRUST"
    PERSONAL = "PERSONAL"
    SINGLEMEMBERLLC = "SINGLEMEMBERLLC"
    CCORPORATIONLLC = "CCORPORATIONLLC"
    PARTNERSHIPLLC = "PARTNERSHIPLLC"
    SCORPORATIONLLC = "SCORPORATIONLLC"
    LLC = "LLC"
    NOTLLC = "NOTLLC"
    UNSPECIFIED = "UNSPECIFIED"


class SalesTaxBasis(OpenStrEnum):
    """
    The accounting basis used for tax returns. See Sales Tax Basis
    """

    PAYMENTS = "PAYMENTS"
    INVOICE = "INVOICE"
    NONE = "NONE"
    CASH = "CASH"
    ACCRUAL = "ACCRUAL"
    FLATRATECASH = "FLATRATECASH"
    FLATRATEACCRUAL = "FLATRATEACCRUAL"
    ACCRUALS = "ACCRUALS"


class SalesTaxPeriod(OpenStrEnum):
    """
    The frequency with which tax returns are processed. See Sales Tax Period
    """

    MONTHLY = "MONTHLY"
    QUARTERLY1 = "QUARTERLY1"
    QUARTERLY2 = "QUARTERLY2"
    QUARTERLY3 = "QUARTERLY3"
    ANNUALLY = "ANNUALLY"
    ONEMONTHS = "ONEMONTHS"
    TWOMONTHS = "TWOMONTHS"
    SIXMONTHS = "SIXMONTHS"
    FIELD_1_MONTHLY = "1MONTHLY"
    FIELD_2_MONTHLY = "2MONTHLY"
    FIELD_3_MONTHLY = "3MONTHLY"
    FIELD_6_MONTHLY = "6MONTHLY"
    QUARTERLY = "QUARTERLY"
    YEARLY = "YEARLY"
    NONE = "NONE"


class TimeZone(OpenStrEnum):
    """
    Timezone specifications
    """

    AFGHANISTANSTANDARDTIME = "AFGHANISTANSTANDARDTIME"
    ALASKANSTANDARDTIME = "ALASKANSTANDARDTIME"
    ALEUTIANSTANDARDTIME = "ALEUTIANSTANDARDTIME"
    ALTAISTANDARDTIME = "ALTAISTANDARDTIME"
    ARABIANSTANDARDTIME = "ARABIANSTANDARDTIME"
    ARABICSTANDARDTIME = "ARABICSTANDARDTIME"
    ARABSTANDARDTIME = "ARABSTANDARDTIME"
    ARGENTINASTANDARDTIME = "ARGENTINASTANDARDTIME"
    ASTRAKHANSTANDARDTIME = "ASTRAKHANSTANDARDTIME"
    ATLANTICSTANDARDTIME = "ATLANTICSTANDARDTIME"
    AUSCENTRALSTANDARDTIME = "AUSCENTRALSTANDARDTIME"
    AUSCENTRALWSTANDARDTIME = "AUSCENTRALWSTANDARDTIME"
    AUSEASTERNSTANDARDTIME = "AUSEASTERNSTANDARDTIME"
    AZERBAIJANSTANDARDTIME = "AZERBAIJANSTANDARDTIME"
    AZORESSTANDARDTIME = "AZORESSTANDARDTIME"
    BAHIASTANDARDTIME = "BAHIASTANDARDTIME"
    BANGLADESHSTANDARDTIME = "BANGLADESHSTANDARDTIME"
    BELARUSSTANDARDTIME = "BELARUSSTANDARDTIME"
    BOUGAINVILLESTANDARDTIME = "BOUGAINVILLESTANDARDTIME"
    CANADACENTRALSTANDARDTIME = "CANADACENTRALSTANDARDTIME"
    CAPEVERDESTANDARDTIME = "CAPEVERDESTANDARDTIME"
    CAUCASUSSTANDARDTIME = "CAUCASUSSTANDARDTIME"
    CENAUSTRALIASTANDARDTIME = "CENAUSTRALIASTANDARDTIME"
    CENTRALAMERICASTANDARDTIME = "CENTRALAMERICASTANDARDTIME"
    CENTRALASIASTANDARDTIME = "CENTRALASIASTANDARDTIME"
    CENTRALBRAZILIANSTANDARDTIME = "CENTRALBRAZILIANSTANDARDTIME"
    CENTRALEUROPEANSTANDARDTIME = "CENTRALEUROPEANSTANDARDTIME"
    CENTRALEUROPESTANDARDTIME = "CENTRALEUROPESTANDARDTIME"
    CENTRALPACIFICSTANDARDTIME = "CENTRALPACIFICSTANDARDTIME"
    CENTRALSTANDARDTIME = "CENTRALSTANDARDTIME"
    CENTRALSTANDARDTIME_MEXICO_ = "CENTRALSTANDARDTIME(MEXICO)"
    CHATHAMISLANDSSTANDARDTIME = "CHATHAMISLANDSSTANDARDTIME"
    CHINASTANDARDTIME = "CHINASTANDARDTIME"
    CUBASTANDARDTIME = "CUBASTANDARDTIME"
    DATELINESTANDARDTIME = "DATELINESTANDARDTIME"
    EAFRICASTANDARDTIME = "EAFRICASTANDARDTIME"
    EASTERISLANDSTANDARDTIME = "EASTERISLANDSTANDARDTIME"
    EASTERNSTANDARDTIME = "EASTERNSTANDARDTIME"
    EASTERNSTANDARDTIME_MEXICO_ = "EASTERNSTANDARDTIME(MEXICO)"
    EAUSTRALIASTANDARDTIME = "EAUSTRALIASTANDARDTIME"
    EEUROPESTANDARDTIME = "EEUROPESTANDARDTIME"
    EGYPTSTANDARDTIME = "EGYPTSTANDARDTIME"
    EKATERINBURGSTANDARDTIME = "EKATERINBURGSTANDARDTIME"
    ESOUTHAMERICASTANDARDTIME = "ESOUTHAMERICASTANDARDTIME"
    FIJISTANDARDTIME = "FIJISTANDARDTIME"
    FLESTANDARDTIME = "FLESTANDARDTIME"
    GEORGIANSTANDARDTIME = "GEORGIANSTANDARDTIME"
    GMTSTANDARDTIME = "GMTSTANDARDTIME"
    GREENLANDSTANDARDTIME = "GREENLANDSTANDARDTIME"
    GREENWICHSTANDARDTIME = "GREENWICHSTANDARDTIME"
    GTBSTANDARDTIME = "GTBSTANDARDTIME"
    HAITISTANDARDTIME = "HAITISTANDARDTIME"
    HAWAIIANSTANDARDTIME = "HAWAIIANSTANDARDTIME"
    INDIASTANDARDTIME = "INDIASTANDARDTIME"
    IRANSTANDARDTIME = "IRANSTANDARDTIME"
    ISRAELSTANDARDTIME = "ISRAELSTANDARDTIME"
    JORDANSTANDARDTIME = "JORDANSTANDARDTIME"
    KALININGRADSTANDARDTIME = "KALININGRADSTANDARDTIME"
    KAMCHATKASTANDARDTIME = "KAMCHATKASTANDARDTIME"
    KOREASTANDARDTIME = "KOREASTANDARDTIME"
    LIBYASTANDARDTIME = "LIBYASTANDARDTIME"
    LINEISLANDSSTANDARDTIME = "LINEISLANDSSTANDARDTIME"
    LORDHOWESTANDARDTIME = "LORDHOWESTANDARDTIME"
    MAGADANSTANDARDTIME = "MAGADANSTANDARDTIME"
    MAGALLANESSTANDARDTIME = "MAGALLANESSTANDARDTIME"
    MARQUESASSTANDARDTIME = "MARQUESASSTANDARDTIME"
    MAURITIUSSTANDARDTIME = "MAURITIUSSTANDARDTIME"
    MIDATLANTICSTANDARDTIME = "MIDATLANTICSTANDARDTIME"
    MIDDLEEASTSTANDARDTIME = "MIDDLEEASTSTANDARDTIME"
    MONTEVIDEOSTANDARDTIME = "MONTEVIDEOSTANDARDTIME"
    MOROCCOSTANDARDTIME = "MOROCCOSTANDARDTIME"
    MOUNTAINSTANDARDTIME = "MOUNTAINSTANDARDTIME"
    MOUNTAINSTANDARDTIME_MEXICO_ = "MOUNTAINSTANDARDTIME(MEXICO)"
    MYANMARSTANDARDTIME = "MYANMARSTANDARDTIME"
    NAMIBIASTANDARDTIME = "NAMIBIASTANDARDTIME"
    NCENTRALASIASTANDARDTIME = "NCENTRALASIASTANDARDTIME"
    NEPALSTANDARDTIME = "NEPALSTANDARDTIME"
    NEWFOUNDLANDSTANDARDTIME = "NEWFOUNDLANDSTANDARDTIME"
    NEWZEALANDSTANDARDTIME = "NEWZEALANDSTANDARDTIME"
    NORFOLKSTANDARDTIME = "NORFOLKSTANDARDTIME"
    NORTHASIAEASTSTANDARDTIME = "NORTHASIAEASTSTANDARDTIME"
    NORTHASIASTANDARDTIME = "NORTHASIASTANDARDTIME"
    NORTHKOREASTANDARDTIME = "NORTHKOREASTANDARDTIME"
    OMSKSTANDARDTIME = "OMSKSTANDARDTIME"
    PACIFICSASTANDARDTIME = "PACIFICSASTANDARDTIME"
    PACIFICSTANDARDTIME = "PACIFICSTANDARDTIME"
    PACIFICSTANDARDTIME_MEXICO_ = "PACIFICSTANDARDTIME(MEXICO)"
    PAKISTANSTANDARDTIME = "PAKISTANSTANDARDTIME"
    PARAGUAYSTANDARDTIME = "PARAGUAYSTANDARDTIME"
    QYZYLORDASTANDARDTIME = "QYZYLORDASTANDARDTIME"
    ROMANCESTANDARDTIME = "ROMANCESTANDARDTIME"
    RUSSIANSTANDARDTIME = "RUSSIANSTANDARDTIME"
    RUSSIATIMEZONE10 = "RUSSIATIMEZONE10"
    RUSSIATIMEZONE11 = "RUSSIATIMEZONE11"
    RUSSIATIMEZONE3 = "RUSSIATIMEZONE3"
    SAEASTERNSTANDARDTIME = "SAEASTERNSTANDARDTIME"
    SAINTPIERRESTANDARDTIME = "SAINTPIERRESTANDARDTIME"
    SAKHALINSTANDARDTIME = "SAKHALINSTANDARDTIME"
    SAMOASTANDARDTIME = "SAMOASTANDARDTIME"
    SAOTOMESTANDARDTIME = "SAOTOMESTANDARDTIME"
    SAPACIFICSTANDARDTIME = "SAPACIFICSTANDARDTIME"
    SARATOVSTANDARDTIME = "SARATOVSTANDARDTIME"
    SAWESTERNSTANDARDTIME = "SAWESTERNSTANDARDTIME"
    SEASIASTANDARDTIME = "SEASIASTANDARDTIME"
    SINGAPORESTANDARDTIME = "SINGAPORESTANDARDTIME"
    SOUTHAFRICASTANDARDTIME = "SOUTHAFRICASTANDARDTIME"
    SOUTHSUDANSTANDARDTIME = "SOUTHSUDANSTANDARDTIME"
    SRILANKASTANDARDTIME = "SRILANKASTANDARDTIME"
    SUDANSTANDARDTIME = "SUDANSTANDARDTIME"
    SYRIASTANDARDTIME = "SYRIASTANDARDTIME"
    TAIPEISTANDARDTIME = "TAIPEISTANDARDTIME"
    TASMANIASTANDARDTIME = "TASMANIASTANDARDTIME"
    TOCANTINSSTANDARDTIME = "TOCANTINSSTANDARDTIME"
    TOKYOSTANDARDTIME = "TOKYOSTANDARDTIME"
    TOMSKSTANDARDTIME = "TOMSKSTANDARDTIME"
    TONGASTANDARDTIME = "TONGASTANDARDTIME"
    TRANSBAIKALSTANDARDTIME = "TRANSBAIKALSTANDARDTIME"
    TURKEYSTANDARDTIME = "TURKEYSTANDARDTIME"
    TURKSANDCAICOSSTANDARDTIME = "TURKSANDCAICOSSTANDARDTIME"
    ULAANBAATARSTANDARDTIME = "ULAANBAATARSTANDARDTIME"
    USEASTERNSTANDARDTIME = "USEASTERNSTANDARDTIME"
    USMOUNTAINSTANDARDTIME = "USMOUNTAINSTANDARDTIME"
    UTC = "UTC"
    UTC_12 = "UTC+12"
    UTC_13 = "UTC+13"
    UTC02 = "UTC02"
    UTC08 = "UTC08"
    UTC09 = "UTC09"
    UTC11 = "UTC11"
    VENEZUELASTANDARDTIME = "VENEZUELASTANDARDTIME"
    VLADIVOSTOKSTANDARDTIME = "VLADIVOSTOKSTANDARDTIME"
    VOLGOGRADSTANDARDTIME = "VOLGOGRADSTANDARDTIME"
    WAUSTRALIASTANDARDTIME = "WAUSTRALIASTANDARDTIME"
    WCENTRALAFRICASTANDARDTIME = "WCENTRALAFRICASTANDARDTIME"
    WESTASIASTANDARDTIME = "WESTASIASTANDARDTIME"
    WESTBANKSTANDARDTIME = "WESTBANKSTANDARDTIME"
    WESTPACIFICSTANDARDTIME = "WESTPACIFICSTANDARDTIME"
    WEUROPESTANDARDTIME = "WEUROPESTANDARDTIME"
    WMONGOLIASTANDARDTIME = "WMONGOLIASTANDARDTIME"
    YAKUTSKSTANDARDTIME = "YAKUTSKSTANDARDTIME"
    YUKONSTANDARDTIME = "YUKONSTANDARDTIME"


class Version(OpenStrEnum):
    """
    See Version Types
    """

    AU = "AU"
    NZ = "NZ"
    GLOBAL = "GLOBAL"
    UK = "UK"
    US = "US"
    AUONRAMP = "AUONRAMP"
    NZONRAMP = "NZONRAMP"
    GLOBALONRAMP = "GLOBALONRAMP"
    UKONRAMP = "UKONRAMP"
    USONRAMP = "USONRAMP"


class Action(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    Name of the actions for this organisation
    """
    status: Annotated[ActionStatus | None, Field(alias="Status")] = None


class Actions(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    actions: Annotated[list[Action] | None, Field(alias="Actions")] = None


class AddressForOrganisation(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    address_type: Annotated[AddressType | None, Field(alias="AddressType")] = None
    address_line1: Annotated[str | None, Field(alias="AddressLine1", max_length=500)] = None
    """
    max length = 500
    """
    address_line2: Annotated[str | None, Field(alias="AddressLine2", max_length=500)] = None
    """
    max length = 500
    """
    address_line3: Annotated[str | None, Field(alias="AddressLine3", max_length=500)] = None
    """
    max length = 500
    """
    address_line4: Annotated[str | None, Field(alias="AddressLine4", max_length=500)] = None
    """
    max length = 500
    """
    city: Annotated[str | None, Field(alias="City", max_length=255)] = None
    """
    max length = 255
    """
    region: Annotated[str | None, Field(alias="Region", max_length=255)] = None
    """
    max length = 255
    """
    postal_code: Annotated[str | None, Field(alias="PostalCode", max_length=50)] = None
    """
    max length = 50
    """
    country: Annotated[str | None, Field(alias="Country", max_length=50)] = None
    """
    max length = 50, [A-Z], [a-z] only
    """
    attention_to: Annotated[str | None, Field(alias="AttentionTo", max_length=255)] = None
    """
    max length = 255
    """


class ExternalLink(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    link_type: Annotated[LinkType | None, Field(alias="LinkType")] = None
    url: Annotated[str | None, Field(alias="Url")] = None
    """
    URL for service e.g. http://twitter.com/xeroapi
    """
    description: Annotated[str | None, Field(alias="Description")] = None


class Organisation(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    organisation_id: Annotated[UUID | None, Field(alias="OrganisationID")] = None
    """
    Unique Xero identifier
    """
    api_key: Annotated[str | None, Field(alias="APIKey")] = None
    """
    Display a unique key used for Xero-to-Xero transactions
    """
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    Display name of organisation shown in Xero
    """
    legal_name: Annotated[str | None, Field(alias="LegalName")] = None
    """
    Organisation name shown on Reports
    """
    pays_tax: Annotated[bool | None, Field(alias="PaysTax")] = None
    """
    Boolean to describe if organisation is registered with a local tax authority i.e. true, false
    """
    version: Annotated[Version | None, Field(alias="Version")] = None
    organisation_type: Annotated[OrganisationType | None, Field(alias="OrganisationType")] = None
    base_currency: Annotated[CurrencyCode | None, Field(alias="BaseCurrency")] = None
    country_code: Annotated[CountryCode | None, Field(alias="CountryCode")] = None
    is_demo_company: Annotated[bool | None, Field(alias="IsDemoCompany")] = None
    """
    Boolean to describe if organisation is a demo company.
    """
    organisation_status: Annotated[str | None, Field(alias="OrganisationStatus")] = None
    """
    Will be set to ACTIVE if you can connect to organisation via the Xero API
    """
    registration_number: Annotated[str | None, Field(alias="RegistrationNumber")] = None
    """
    Shows for New Zealand, Australian and UK organisations
    """
    employer_identification_number: Annotated[
        str | None, Field(alias="EmployerIdentificationNumber")
    ] = None
    """
    Shown if set. US Only.
    """
    tax_number: Annotated[str | None, Field(alias="TaxNumber")] = None
    """
    Shown if set. Displays in the Xero UI as Tax File Number (AU), GST Number (NZ), VAT Number (UK) and Tax ID Number (US & Global).
    """
    financial_year_end_day: Annotated[int | None, Field(alias="FinancialYearEndDay")] = None
    """
    Calendar day e.g. 0-31
    """
    financial_year_end_month: Annotated[int | None, Field(alias="FinancialYearEndMonth")] = None
    """
    Calendar Month e.g. 1-12
    """
    sales_tax_basis: Annotated[SalesTaxBasis | None, Field(alias="SalesTaxBasis")] = None
    sales_tax_period: Annotated[SalesTaxPeriod | None, Field(alias="SalesTaxPeriod")] = None
    default_sales_tax: Annotated[str | None, Field(alias="DefaultSalesTax")] = None
    """
    The default for LineAmountTypes on sales transactions
    """
    default_purchases_tax: Annotated[str | None, Field(alias="DefaultPurchasesTax")] = None
    """
    The default for LineAmountTypes on purchase transactions
    """
    period_lock_date: Annotated[str | None, Field(alias="PeriodLockDate")] = None
    """
    Shown if set. See lock dates
    """
    end_of_year_lock_date: Annotated[str | None, Field(alias="EndOfYearLockDate")] = None
    """
    Shown if set. See lock dates
    """
    created_date_utc: Annotated[str | None, Field(alias="CreatedDateUTC")] = None
    """
    Timestamp when the organisation was created in Xero
    """
    timezone: Annotated[TimeZone | None, Field(alias="Timezone")] = None
    organisation_entity_type: Annotated[
        OrganisationEntityType | None, Field(alias="OrganisationEntityType")
    ] = None
    short_code: Annotated[str | None, Field(alias="ShortCode")] = None
    """
    A unique identifier for the organisation. Potential uses.
    """
    class_: Annotated[OrganisationClass | None, Field(alias="Class")] = None
    edition: Annotated[Edition | None, Field(alias="Edition")] = None
    line_of_business: Annotated[str | None, Field(alias="LineOfBusiness")] = None
    """
    Description of business type as defined in Organisation settings
    """
    addresses: Annotated[list[AddressForOrganisation] | None, Field(alias="Addresses")] = None
    """
    Address details for organisation – see Addresses
    """
    phones: Annotated[list[Phone] | None, Field(alias="Phones")] = None
    """
    Phones details for organisation – see Phones
    """
    external_links: Annotated[list[ExternalLink] | None, Field(alias="ExternalLinks")] = None
    """
    Organisation profile links for popular services such as Facebook,Twitter, GooglePlus and LinkedIn. You can also add link to your website here. Shown if Organisation settings  is updated in Xero. See ExternalLinks below
    """
    payment_terms: Annotated[PaymentTerm | None, Field(alias="PaymentTerms")] = None


class Organisations(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    organisations: Annotated[list[Organisation] | None, Field(alias="Organisations")] = None


__all__ = [
    "Action",
    "ActionStatus",
    "Actions",
    "AddressForOrganisation",
    "AddressType",
    "CisOrgSetting",
    "CisOrgSettings",
    "CountryCode",
    "Edition",
    "ExternalLink",
    "LinkType",
    "Organisation",
    "OrganisationClass",
    "OrganisationEntityType",
    "OrganisationType",
    "Organisations",
    "SalesTaxBasis",
    "SalesTaxPeriod",
    "TimeZone",
    "Version",
]
