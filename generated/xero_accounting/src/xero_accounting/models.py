"""Models of the Xero Accounting API. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from ._runtime.models import BaseModel, OpenStrEnum


class AccountStatus(OpenStrEnum):
    """
    Accounts with a status of ACTIVE can be updated to ARCHIVED. See Account Status Codes
    """

    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    DELETED = "DELETED"


class AccountType(OpenStrEnum):
    """
    See Account Types
    """

    BANK = "BANK"
    CURRENT = "CURRENT"
    CURRLIAB = "CURRLIAB"
    DEPRECIATN = "DEPRECIATN"
    DIRECTCOSTS = "DIRECTCOSTS"
    EQUITY = "EQUITY"
    EXPENSE = "EXPENSE"
    FIXED = "FIXED"
    INVENTORY = "INVENTORY"
    LIABILITY = "LIABILITY"
    NONCURRENT = "NONCURRENT"
    OTHERINCOME = "OTHERINCOME"
    OVERHEADS = "OVERHEADS"
    PREPAYMENT = "PREPAYMENT"
    REVENUE = "REVENUE"
    SALES = "SALES"
    TERMLIAB = "TERMLIAB"
    PAYG = "PAYG"


class AccountsPayable(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    outstanding: Annotated[float | None, Field(alias="Outstanding")] = None
    overdue: Annotated[float | None, Field(alias="Overdue")] = None


class AccountsReceivable(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    outstanding: Annotated[float | None, Field(alias="Outstanding")] = None
    overdue: Annotated[float | None, Field(alias="Overdue")] = None


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


class AddressType2(OpenStrEnum):
    """
    define the type of address
    """

    POBOX = "POBOX"
    STREET = "STREET"


class Attachment(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    attachment_id: Annotated[UUID | None, Field(alias="AttachmentID")] = None
    """
    Unique ID for the file
    """
    file_name: Annotated[str | None, Field(alias="FileName")] = None
    """
    Name of the file
    """
    url: Annotated[str | None, Field(alias="Url")] = None
    """
    URL to the file on xero.com
    """
    mime_type: Annotated[str | None, Field(alias="MimeType")] = None
    """
    Type of file
    """
    content_length: Annotated[int | None, Field(alias="ContentLength")] = None
    """
    Length of the file content
    """
    include_online: Annotated[bool | None, Field(alias="IncludeOnline")] = None
    """
    Include the file with the online invoice
    """


class Attachments(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    attachments: Annotated[list[Attachment] | None, Field(alias="Attachments")] = None


class BalanceDetails(BaseModel):
    """
    An array to specify multiple currency balances of an account
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    balance: Annotated[float | None, Field(alias="Balance")] = None
    """
    The opening balances of the account. Debits are positive, credits are negative values
    """
    currency_code: Annotated[str | None, Field(alias="CurrencyCode")] = None
    """
    The currency of the balance (Not required for base currency)
    """
    currency_rate: Annotated[float | None, Field(alias="CurrencyRate")] = None
    """
    (Optional) Exchange rate to base currency when money is spent or received. If not specified, XE rate for the day is applied
    """


class Balances(BaseModel):
    """
    The raw AccountsReceivable(sales invoices) and AccountsPayable(bills) outstanding and overdue amounts, not converted to base currency (read only)
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    accounts_receivable: Annotated[AccountsReceivable | None, Field(alias="AccountsReceivable")] = (
        None
    )
    accounts_payable: Annotated[AccountsPayable | None, Field(alias="AccountsPayable")] = None


class BankAccountType(OpenStrEnum):
    """
    For bank accounts only. See Bank Account types
    """

    BANK = "BANK"
    CREDITCARD = "CREDITCARD"
    PAYPAL = "PAYPAL"
    NONE = "NONE"
    FIELD_ = ""


class BankTransactionStatus(OpenStrEnum):
    """
    See Bank Transaction Status Codes
    """

    AUTHORISED = "AUTHORISED"
    DELETED = "DELETED"
    VOIDED = "VOIDED"


class BankTransactionType(OpenStrEnum):
    """
    See Bank Transaction Types
    """

    RECEIVE = "RECEIVE"
    RECEIVE_OVERPAYMENT = "RECEIVE-OVERPAYMENT"
    RECEIVE_PREPAYMENT = "RECEIVE-PREPAYMENT"
    SPEND = "SPEND"
    SPEND_OVERPAYMENT = "SPEND-OVERPAYMENT"
    SPEND_PREPAYMENT = "SPEND-PREPAYMENT"
    RECEIVE_TRANSFER = "RECEIVE-TRANSFER"
    SPEND_TRANSFER = "SPEND-TRANSFER"


class BankTransferDelete(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    bank_transfer_id: Annotated[UUID, Field(alias="BankTransferID")]
    """
    The Xero identifier for a bank transfer
    """
    status: Annotated[str, Field(alias="Status")]
    """
    The status of the bank transfer.
    """


class BankTransferDeleteByUrlParam(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    status: Annotated[str, Field(alias="Status")]
    """
    The status of the bank transfer.
    """


class BankTransferStatus(OpenStrEnum):
    """
    AUTHORISED or DELETED (read-only). New bank transfers will have a status of AUTHORISED.
    """

    AUTHORISED = "AUTHORISED"
    DELETED = "DELETED"


class BankTransfersDelete(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    bank_transfers: Annotated[list[BankTransferDelete] | None, Field(alias="BankTransfers")] = None


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


class BatchPaymentDetails(BaseModel):
    """
    Bank details for use on a batch payment stored with each contact
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    bank_account_number: Annotated[str | None, Field(alias="BankAccountNumber")] = None
    """
    Bank account number for use with Batch Payments
    """
    bank_account_name: Annotated[str | None, Field(alias="BankAccountName")] = None
    """
    Name of bank for use with Batch Payments
    """
    details: Annotated[str | None, Field(alias="Details")] = None
    """
    (Non-NZ Only) These details are sent to the org’s bank as a reference for the batch payment transaction. They will also show with the batch payment transaction in the bank reconciliation Find & Match screen. Depending on your individual bank, the detail may also show on the bank statement imported into Xero. Maximum field length = 18
    """
    code: Annotated[str | None, Field(alias="Code", max_length=12)] = None
    """
    (NZ Only) Optional references for the batch payment transaction. It will also show with the batch payment transaction in the bank reconciliation Find & Match screen. Depending on your individual bank, the detail may also show on the bank statement you import into Xero.
    """
    reference: Annotated[str | None, Field(alias="Reference", max_length=12)] = None
    """
    (NZ Only) Optional references for the batch payment transaction. It will also show with the batch payment transaction in the bank reconciliation Find & Match screen. Depending on your individual bank, the detail may also show on the bank statement you import into Xero.
    """


class BatchPaymentStatus(OpenStrEnum):
    """
    AUTHORISED or DELETED (read-only). New batch payments will have a status of AUTHORISED. It is not possible to delete batch payments via the API.
    """

    AUTHORISED = "AUTHORISED"
    DELETED = "DELETED"


class BatchPaymentType(OpenStrEnum):
    """
    PAYBATCH for bill payments or RECBATCH for sales invoice payments (read-only)
    """

    PAYBATCH = "PAYBATCH"
    RECBATCH = "RECBATCH"


class BrandingThemeType(OpenStrEnum):
    """
    Always INVOICE
    """

    INVOICE = "INVOICE"


class BudgetBalance(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    period: Annotated[str | None, Field(alias="Period")] = None
    """
    Period the amount applies to (e.g. “2019-08”)
    """
    amount: Annotated[float | None, Field(alias="Amount")] = None
    """
    LineItem Quantity
    """
    unit_amount: Annotated[float | None, Field(alias="UnitAmount")] = None
    """
    Budgeted amount
    """
    notes: Annotated[str | None, Field(alias="Notes", max_length=255)] = None
    """
    Any footnotes associated with this balance
    """


class BudgetLine(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    account_id: Annotated[UUID | None, Field(alias="AccountID")] = None
    """
    See Accounts
    """
    account_code: Annotated[str | None, Field(alias="AccountCode")] = None
    """
    See Accounts
    """
    budget_balances: Annotated[list[BudgetBalance] | None, Field(alias="BudgetBalances")] = None


class BudgetType(OpenStrEnum):
    """
    Type of Budget. OVERALL or TRACKING
    """

    OVERALL = "OVERALL"
    TRACKING = "TRACKING"


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


class Class(OpenStrEnum):
    """
    See Account Class Types
    """

    ASSET = "ASSET"
    EQUITY = "EQUITY"
    EXPENSE = "EXPENSE"
    LIABILITY = "LIABILITY"
    REVENUE = "REVENUE"


class ContactGroupStatus(OpenStrEnum):
    """
    The Status of a contact group. To delete a contact group update the status to DELETED. Only contact groups with a status of ACTIVE are returned on GETs.
    """

    ACTIVE = "ACTIVE"
    DELETED = "DELETED"


class ContactPerson(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    first_name: Annotated[str | None, Field(alias="FirstName")] = None
    """
    First name of person
    """
    last_name: Annotated[str | None, Field(alias="LastName")] = None
    """
    Last name of person
    """
    email_address: Annotated[str | None, Field(alias="EmailAddress")] = None
    """
    Email address of person
    """
    include_in_emails: Annotated[bool | None, Field(alias="IncludeInEmails")] = None
    """
    boolean to indicate whether contact should be included on emails with invoices etc.
    """


class ContactStatus(OpenStrEnum):
    """
    Current status of a contact – see contact status types
    """

    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    GDPRREQUEST = "GDPRREQUEST"


class ConversionBalances(BaseModel):
    """
    Balance supplied for each account that has a value as at the conversion date.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    account_code: Annotated[str | None, Field(alias="AccountCode")] = None
    """
    The account code for a account
    """
    balance: Annotated[float | None, Field(alias="Balance")] = None
    """
    The opening balances of the account. Debits are positive, credits are negative values
    """
    balance_details: Annotated[list[BalanceDetails] | None, Field(alias="BalanceDetails")] = None


class ConversionDate(BaseModel):
    """
    The date when the organisation starts using Xero
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    month: Annotated[int | None, Field(alias="Month")] = None
    """
    The month the organisation starts using Xero. Value is an integer between 1 and 12
    """
    year: Annotated[int | None, Field(alias="Year")] = None
    """
    The year the organisation starts using Xero. Value is an integer greater than 2006
    """


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


class CreditNoteStatus(OpenStrEnum):
    """
    See Credit Note Status Codes
    """

    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    DELETED = "DELETED"
    AUTHORISED = "AUTHORISED"
    PAID = "PAID"
    VOIDED = "VOIDED"


class CreditNoteType(OpenStrEnum):
    """
    See Credit Note Types
    """

    ACCPAYCREDIT = "ACCPAYCREDIT"
    ACCRECCREDIT = "ACCRECCREDIT"


class CurrencyCode(OpenStrEnum):
    """
    3 letter alpha code for the currency – see list of currency codes
    """

    AED = "AED"
    AFN = "AFN"
    ALL = "ALL"
    AMD = "AMD"
    ANG = "ANG"
    AOA = "AOA"
    ARS = "ARS"
    AUD = "AUD"
    AWG = "AWG"
    AZN = "AZN"
    BAM = "BAM"
    BBD = "BBD"
    BDT = "BDT"
    BGN = "BGN"
    BHD = "BHD"
    BIF = "BIF"
    BMD = "BMD"
    BND = "BND"
    BOB = "BOB"
    BRL = "BRL"
    BSD = "BSD"
    BTN = "BTN"
    BWP = "BWP"
    BYN = "BYN"
    BYR = "BYR"
    BZD = "BZD"
    CAD = "CAD"
    CDF = "CDF"
    CHF = "CHF"
    CLF = "CLF"
    CLP = "CLP"
    CNY = "CNY"
    COP = "COP"
    CRC = "CRC"
    CUC = "CUC"
    CUP = "CUP"
    CVE = "CVE"
    CZK = "CZK"
    DJF = "DJF"
    DKK = "DKK"
    DOP = "DOP"
    DZD = "DZD"
    EEK = "EEK"
    EGP = "EGP"
    ERN = "ERN"
    ETB = "ETB"
    EUR = "EUR"
    FJD = "FJD"
    FKP = "FKP"
    GBP = "GBP"
    GEL = "GEL"
    GHS = "GHS"
    GIP = "GIP"
    GMD = "GMD"
    GNF = "GNF"
    GTQ = "GTQ"
    GYD = "GYD"
    HKD = "HKD"
    HNL = "HNL"
    HRK = "HRK"
    HTG = "HTG"
    HUF = "HUF"
    IDR = "IDR"
    ILS = "ILS"
    INR = "INR"
    IQD = "IQD"
    IRR = "IRR"
    ISK = "ISK"
    JMD = "JMD"
    JOD = "JOD"
    JPY = "JPY"
    KES = "KES"
    KGS = "KGS"
    KHR = "KHR"
    KMF = "KMF"
    KPW = "KPW"
    KRW = "KRW"
    KWD = "KWD"
    KYD = "KYD"
    KZT = "KZT"
    LAK = "LAK"
    LBP = "LBP"
    LKR = "LKR"
    LRD = "LRD"
    LSL = "LSL"
    LTL = "LTL"
    LVL = "LVL"
    LYD = "LYD"
    MAD = "MAD"
    MDL = "MDL"
    MGA = "MGA"
    MKD = "MKD"
    MMK = "MMK"
    MNT = "MNT"
    MOP = "MOP"
    MRO = "MRO"
    MRU = "MRU"
    MUR = "MUR"
    MVR = "MVR"
    MWK = "MWK"
    MXN = "MXN"
    MXV = "MXV"
    MYR = "MYR"
    MZN = "MZN"
    NAD = "NAD"
    NGN = "NGN"
    NIO = "NIO"
    NOK = "NOK"
    NPR = "NPR"
    NZD = "NZD"
    OMR = "OMR"
    PAB = "PAB"
    PEN = "PEN"
    PGK = "PGK"
    PHP = "PHP"
    PKR = "PKR"
    PLN = "PLN"
    PYG = "PYG"
    QAR = "QAR"
    RON = "RON"
    RSD = "RSD"
    RUB = "RUB"
    RWF = "RWF"
    SAR = "SAR"
    SBD = "SBD"
    SCR = "SCR"
    SDG = "SDG"
    SEK = "SEK"
    SGD = "SGD"
    SHP = "SHP"
    SKK = "SKK"
    SLE = "SLE"
    SLL = "SLL"
    SOS = "SOS"
    SRD = "SRD"
    STD = "STD"
    STN = "STN"
    SVC = "SVC"
    SYP = "SYP"
    SZL = "SZL"
    THB = "THB"
    TJS = "TJS"
    TMT = "TMT"
    TND = "TND"
    TOP = "TOP"
    TRY = "TRY"
    TTD = "TTD"
    TWD = "TWD"
    TZS = "TZS"
    UAH = "UAH"
    UGX = "UGX"
    USD = "USD"
    UYU = "UYU"
    UZS = "UZS"
    VEF = "VEF"
    VES = "VES"
    VND = "VND"
    VUV = "VUV"
    WST = "WST"
    XAF = "XAF"
    XCD = "XCD"
    XOF = "XOF"
    XPF = "XPF"
    YER = "YER"
    ZAR = "ZAR"
    ZMW = "ZMW"
    ZMK = "ZMK"
    ZWD = "ZWD"


class DueDateType(OpenStrEnum):
    """
    the payment terms
    """

    DAYSAFTERBILLDATE = "DAYSAFTERBILLDATE"
    DAYSAFTERBILLMONTH = "DAYSAFTERBILLMONTH"
    DAYSAFTERINVOICEDATE = "DAYSAFTERINVOICEDATE"
    DAYSAFTERINVOICEMONTH = "DAYSAFTERINVOICEMONTH"
    OFCURRENTMONTH = "OFCURRENTMONTH"
    OFFOLLOWINGMONTH = "OFFOLLOWINGMONTH"


class Edition(OpenStrEnum):
    """
    BUSINESS or PARTNER. Partner edition organisations are sold exclusively through accounting partners and have restricted functionality (e.g. no access to invoicing)
    """

    BUSINESS = "BUSINESS"
    PARTNER = "PARTNER"


class EmployeeStatus(OpenStrEnum):
    """
    Current status of an employee – see contact status types
    """

    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    GDPRREQUEST = "GDPRREQUEST"
    DELETED = "DELETED"


class ExpenseClaimStatus(OpenStrEnum):
    """
    Current status of an expense claim – see status types
    """

    SUBMITTED = "SUBMITTED"
    AUTHORISED = "AUTHORISED"
    PAID = "PAID"
    VOIDED = "VOIDED"
    DELETED = "DELETED"


class FederalTaxClassification(OpenStrEnum):
    """
    Contact federal tax classification
    """

    SOLE_PROPRIETOR = "SOLE_PROPRIETOR"
    PARTNERSHIP = "PARTNERSHIP"
    TRUST_OR_ESTATE = "TRUST_OR_ESTATE"
    NONPROFIT = "NONPROFIT"
    C_CORP = "C_CORP"
    S_CORP = "S_CORP"
    OTHER = "OTHER"


class HistoryRecord(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    details: Annotated[str | None, Field(alias="Details")] = None
    """
    details
    """
    changes: Annotated[str | None, Field(alias="Changes")] = None
    """
    Name of branding theme
    """
    user: Annotated[str | None, Field(alias="User")] = None
    """
    has a value of 0
    """
    date_utc: Annotated[str | None, Field(alias="DateUTC")] = None
    """
    UTC timestamp of creation date of branding theme
    """


class HistoryRecords(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    history_records: Annotated[list[HistoryRecord] | None, Field(alias="HistoryRecords")] = None


class ImportSummaryAccounts(BaseModel):
    """
    A summary of the accounts changes
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    total: Annotated[int | None, Field(alias="Total")] = None
    """
    The total number of accounts in the org
    """
    new: Annotated[int | None, Field(alias="New")] = None
    """
    The number of new accounts created
    """
    updated: Annotated[int | None, Field(alias="Updated")] = None
    """
    The number of accounts updated
    """
    deleted: Annotated[int | None, Field(alias="Deleted")] = None
    """
    The number of accounts deleted
    """
    locked: Annotated[int | None, Field(alias="Locked")] = None
    """
    The number of locked accounts
    """
    system: Annotated[int | None, Field(alias="System")] = None
    """
    The number of system accounts
    """
    errored: Annotated[int | None, Field(alias="Errored")] = None
    """
    The number of accounts that had an error
    """
    present: Annotated[bool | None, Field(alias="Present")] = None
    new_or_updated: Annotated[int | None, Field(alias="NewOrUpdated")] = None
    """
    The number of new or updated accounts
    """


class ImportSummaryOrganisation(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    present: Annotated[bool | None, Field(alias="Present")] = None


class InvoiceAddressType(OpenStrEnum):
    """
    Indicates whether the address is defined as origin (FROM) or destination (TO)
    """

    FROM = "FROM"
    TO = "TO"


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


class InvoiceStatus(OpenStrEnum):
    """
    See Invoice Status Codes
    """

    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    DELETED = "DELETED"
    AUTHORISED = "AUTHORISED"
    PAID = "PAID"
    VOIDED = "VOIDED"


class InvoiceType(OpenStrEnum):
    """
    See Invoice Types
    """

    ACCPAY = "ACCPAY"
    ACCPAYCREDIT = "ACCPAYCREDIT"
    APOVERPAYMENT = "APOVERPAYMENT"
    APPREPAYMENT = "APPREPAYMENT"
    ACCREC = "ACCREC"
    ACCRECCREDIT = "ACCRECCREDIT"
    AROVERPAYMENT = "AROVERPAYMENT"
    ARPREPAYMENT = "ARPREPAYMENT"


class LineAmountTypes(OpenStrEnum):
    """
    Line amounts are exclusive of tax by default if you don’t specify this element. See Line Amount Types
    """

    EXCLUSIVE = "Exclusive"
    INCLUSIVE = "Inclusive"
    NO_TAX = "NoTax"


class LineItemItem(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    code: Annotated[str | None, Field(alias="Code", max_length=30)] = None
    """
    User defined item code (max length = 30)
    """
    name: Annotated[str | None, Field(alias="Name", max_length=50)] = None
    """
    The name of the item (max length = 50)
    """
    item_id: Annotated[UUID | None, Field(alias="ItemID")] = None
    """
    The Xero identifier for an Item
    """


class LineItemTracking(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    tracking_category_id: Annotated[UUID | None, Field(alias="TrackingCategoryID")] = None
    """
    The Xero identifier for a tracking category
    """
    tracking_option_id: Annotated[UUID | None, Field(alias="TrackingOptionID")] = None
    """
    The Xero identifier for a tracking category option
    """
    name: Annotated[str | None, Field(alias="Name", max_length=100)] = None
    """
    The name of the tracking category
    """
    option: Annotated[str | None, Field(alias="Option")] = None
    """
    See Tracking Options
    """


class LinkType(OpenStrEnum):
    """
    See External link types
    """

    FACEBOOK = "Facebook"
    GOOGLE_PLUS = "GooglePlus"
    LINKED_IN = "LinkedIn"
    TWITTER = "Twitter"
    WEBSITE = "Website"


class LinkedTransactionStatus(OpenStrEnum):
    """
    Filter by the combination of ContactID and Status. Get all the linked transactions that have been assigned to a particular customer and have a particular status e.g. GET /LinkedTransactions?ContactID=4bb34b03-3378-4bb2-a0ed-6345abf3224e&Status=APPROVED.
    """

    APPROVED = "APPROVED"
    DRAFT = "DRAFT"
    ONDRAFT = "ONDRAFT"
    BILLED = "BILLED"
    VOIDED = "VOIDED"


class LinkedTransactionType(OpenStrEnum):
    """
    This will always be BILLABLEEXPENSE. More types may be added in future.
    """

    BILLABLEEXPENSE = "BILLABLEEXPENSE"


class ManualJournalStatus(OpenStrEnum):
    """
    See Manual Journal Status Codes
    """

    DRAFT = "DRAFT"
    POSTED = "POSTED"
    DELETED = "DELETED"
    VOIDED = "VOIDED"
    ARCHIVED = "ARCHIVED"


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


class OrganisationRole(OpenStrEnum):
    """
    User role that defines permissions in Xero and via API (READONLY, INVOICEONLY, STANDARD, FINANCIALADVISER, etc)
    """

    READONLY = "READONLY"
    INVOICEONLY = "INVOICEONLY"
    STANDARD = "STANDARD"
    FINANCIALADVISER = "FINANCIALADVISER"
    MANAGEDCLIENT = "MANAGEDCLIENT"
    CASHBOOKCLIENT = "CASHBOOKCLIENT"
    UNKNOWN = "UNKNOWN"
    REMOVED = "REMOVED"


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


class OverpaymentStatus(OpenStrEnum):
    """
    See Overpayment Status Codes
    """

    AUTHORISED = "AUTHORISED"
    PAID = "PAID"
    VOIDED = "VOIDED"


class OverpaymentType(OpenStrEnum):
    """
    See Overpayment Types
    """

    RECEIVE_OVERPAYMENT = "RECEIVE-OVERPAYMENT"
    SPEND_OVERPAYMENT = "SPEND-OVERPAYMENT"
    AROVERPAYMENT = "AROVERPAYMENT"


class Pagination(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    page: Annotated[int | None, Field(alias="page")] = None
    page_size: Annotated[int | None, Field(alias="pageSize")] = None
    page_count: Annotated[int | None, Field(alias="pageCount")] = None
    item_count: Annotated[int | None, Field(alias="itemCount")] = None


class PaymentDelete(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    status: Annotated[str, Field(alias="Status")]
    """
    The status of the payment.
    """


class PaymentStatus(OpenStrEnum):
    """
    The status of the payment.
    """

    AUTHORISED = "AUTHORISED"
    DELETED = "DELETED"


class PaymentTermType(OpenStrEnum):
    DAYSAFTERBILLDATE = "DAYSAFTERBILLDATE"
    DAYSAFTERBILLMONTH = "DAYSAFTERBILLMONTH"
    OFCURRENTMONTH = "OFCURRENTMONTH"
    OFFOLLOWINGMONTH = "OFFOLLOWINGMONTH"


class PaymentType(OpenStrEnum):
    """
    See Payment Types.
    """

    ACCRECPAYMENT = "ACCRECPAYMENT"
    ACCPAYPAYMENT = "ACCPAYPAYMENT"
    ARCREDITPAYMENT = "ARCREDITPAYMENT"
    APCREDITPAYMENT = "APCREDITPAYMENT"
    AROVERPAYMENTPAYMENT = "AROVERPAYMENTPAYMENT"
    ARPREPAYMENTPAYMENT = "ARPREPAYMENTPAYMENT"
    APPREPAYMENTPAYMENT = "APPREPAYMENTPAYMENT"
    APOVERPAYMENTPAYMENT = "APOVERPAYMENTPAYMENT"


class PhoneType(OpenStrEnum):
    DEFAULT = "DEFAULT"
    DDI = "DDI"
    MOBILE = "MOBILE"
    FAX = "FAX"
    OFFICE = "OFFICE"


class PrepaymentStatus(OpenStrEnum):
    """
    See Prepayment Status Codes
    """

    AUTHORISED = "AUTHORISED"
    PAID = "PAID"
    VOIDED = "VOIDED"


class PrepaymentType(OpenStrEnum):
    """
    See Prepayment Types
    """

    RECEIVE_PREPAYMENT = "RECEIVE-PREPAYMENT"
    SPEND_PREPAYMENT = "SPEND-PREPAYMENT"
    ARPREPAYMENT = "ARPREPAYMENT"
    APPREPAYMENT = "APPREPAYMENT"


class Purchase(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    unit_price: Annotated[float | None, Field(alias="UnitPrice")] = None
    """
    Unit Price of the item. By default UnitPrice is rounded to two decimal places. You can use 4 decimal places by adding the unitdp=4 querystring parameter to your request.
    """
    account_code: Annotated[str | None, Field(alias="AccountCode")] = None
    """
    Default account code to be used for purchased/sale. Not applicable to the purchase details of tracked items
    """
    cogs_account_code: Annotated[str | None, Field(alias="COGSAccountCode")] = None
    """
    Cost of goods sold account. Only applicable to the purchase details of tracked items.
    """
    tax_type: Annotated[str | None, Field(alias="TaxType")] = None
    """
    The tax type from TaxRates
    """


class PurchaseOrderStatus(OpenStrEnum):
    """
    See Purchase Order Status Codes
    """

    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    AUTHORISED = "AUTHORISED"
    BILLED = "BILLED"
    DELETED = "DELETED"


class PurchasesDefaultLineAmountType(OpenStrEnum):
    """
    The default purchases line amount type for a contact Only available when summaryOnly parameter or paging is used, or when fetch by ContactId or ContactNumber.
    """

    INCLUSIVE = "INCLUSIVE"
    EXCLUSIVE = "EXCLUSIVE"
    NONE = "NONE"


class QuoteLineAmountTypes(OpenStrEnum):
    """
    Line amounts are exclusive of tax by default if you don’t specify this element. See Line Amount Types
    """

    EXCLUSIVE = "EXCLUSIVE"
    INCLUSIVE = "INCLUSIVE"
    NOTAX = "NOTAX"


class QuoteStatusCodes(OpenStrEnum):
    """
    The status of the quote.
    """

    DRAFT = "DRAFT"
    SENT = "SENT"
    DECLINED = "DECLINED"
    ACCEPTED = "ACCEPTED"
    INVOICED = "INVOICED"
    DELETED = "DELETED"


class ReceiptStatus(OpenStrEnum):
    """
    Current status of receipt – see status types
    """

    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    AUTHORISED = "AUTHORISED"
    DECLINED = "DECLINED"
    VOIDED = "VOIDED"


class RepeatingInvoiceStatus(OpenStrEnum):
    """
    One of the following - DRAFT or AUTHORISED – See Invoice Status Codes
    """

    DRAFT = "DRAFT"
    AUTHORISED = "AUTHORISED"
    DELETED = "DELETED"


class RepeatingInvoiceType(OpenStrEnum):
    """
    See Invoice Types
    """

    ACCPAY = "ACCPAY"
    ACCREC = "ACCREC"


class ReportAttribute(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(alias="Id")] = None
    value: Annotated[str | None, Field(alias="Value")] = None


class ReportCell(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    value: Annotated[str | None, Field(alias="Value")] = None
    attributes: Annotated[list[ReportAttribute] | None, Field(alias="Attributes")] = None


class ReportFields(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    field_id: Annotated[str | None, Field(alias="FieldID")] = None
    description: Annotated[str | None, Field(alias="Description")] = None
    value: Annotated[str | None, Field(alias="Value")] = None


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


class ReportType(OpenStrEnum):
    """
    See Prepayment Types
    """

    AGED_PAYABLES_BY_CONTACT = "AgedPayablesByContact"


class RequestEmpty(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    status: Annotated[str | None, Field(alias="Status")] = None
    """
    Need at least one field to create an empty JSON payload
    """


class RowType(OpenStrEnum):
    HEADER = "Header"
    SECTION = "Section"
    ROW = "Row"
    SUMMARY_ROW = "SummaryRow"


class SalesDefaultLineAmountType(OpenStrEnum):
    """
    The default sales line amount type for a contact. Only available when summaryOnly parameter or paging is used, or when fetch by ContactId or ContactNumber.
    """

    INCLUSIVE = "INCLUSIVE"
    EXCLUSIVE = "EXCLUSIVE"
    NONE = "NONE"


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


class SalesTrackingCategory(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    tracking_category_name: Annotated[str | None, Field(alias="TrackingCategoryName")] = None
    """
    The default sales tracking category name for contacts
    """
    tracking_option_name: Annotated[str | None, Field(alias="TrackingOptionName")] = None
    """
    The default purchase tracking category name for contacts
    """


class ScheduleUnit(OpenStrEnum):
    """
    One of the following - WEEKLY or MONTHLY
    """

    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"


class SourceTransactionTypeCode(OpenStrEnum):
    """
    The Type of the source tranasction. This will be ACCPAY if the linked transaction was created from an invoice and SPEND if it was created from a bank transaction.
    """

    ACCPAY = "ACCPAY"
    SPEND = "SPEND"


class SourceType(OpenStrEnum):
    """
    The journal source type. The type of transaction that created the journal
    """

    ACCREC = "ACCREC"
    ACCPAY = "ACCPAY"
    ACCRECCREDIT = "ACCRECCREDIT"
    ACCPAYCREDIT = "ACCPAYCREDIT"
    ACCRECPAYMENT = "ACCRECPAYMENT"
    ACCPAYPAYMENT = "ACCPAYPAYMENT"
    ARCREDITPAYMENT = "ARCREDITPAYMENT"
    APCREDITPAYMENT = "APCREDITPAYMENT"
    CASHREC = "CASHREC"
    CASHPAID = "CASHPAID"
    TRANSFER = "TRANSFER"
    ARPREPAYMENT = "ARPREPAYMENT"
    APPREPAYMENT = "APPREPAYMENT"
    AROVERPAYMENT = "AROVERPAYMENT"
    APOVERPAYMENT = "APOVERPAYMENT"
    EXPCLAIM = "EXPCLAIM"
    EXPPAYMENT = "EXPPAYMENT"
    MANJOURNAL = "MANJOURNAL"
    PAYSLIP = "PAYSLIP"
    WAGEPAYABLE = "WAGEPAYABLE"
    INTEGRATEDPAYROLLPE = "INTEGRATEDPAYROLLPE"
    INTEGRATEDPAYROLLPT = "INTEGRATEDPAYROLLPT"
    EXTERNALSPENDMONEY = "EXTERNALSPENDMONEY"
    INTEGRATEDPAYROLLPTPAYMENT = "INTEGRATEDPAYROLLPTPAYMENT"
    INTEGRATEDPAYROLLCN = "INTEGRATEDPAYROLLCN"


class Status(OpenStrEnum):
    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    AUTHORISED = "AUTHORISED"
    BILLED = "BILLED"
    DELETED = "DELETED"


class SystemAccount(OpenStrEnum):
    """
    If this is a system account then this element is returned. See System Account types. Note that non-system accounts may have this element set as either “” or null.
    """

    DEBTORS = "DEBTORS"
    CREDITORS = "CREDITORS"
    BANKCURRENCYGAIN = "BANKCURRENCYGAIN"
    GST = "GST"
    GSTONIMPORTS = "GSTONIMPORTS"
    HISTORICAL = "HISTORICAL"
    REALISEDCURRENCYGAIN = "REALISEDCURRENCYGAIN"
    RETAINEDEARNINGS = "RETAINEDEARNINGS"
    ROUNDING = "ROUNDING"
    TRACKINGTRANSFERS = "TRACKINGTRANSFERS"
    UNPAIDEXPCLM = "UNPAIDEXPCLM"
    UNREALISEDCURRENCYGAIN = "UNREALISEDCURRENCYGAIN"
    WAGEPAYABLES = "WAGEPAYABLES"
    CISASSETS = "CISASSETS"
    CISASSET = "CISASSET"
    CISLABOUR = "CISLABOUR"
    CISLABOUREXPENSE = "CISLABOUREXPENSE"
    CISLABOURINCOME = "CISLABOURINCOME"
    CISLIABILITY = "CISLIABILITY"
    CISMATERIALS = "CISMATERIALS"
    FIELD_ = ""


class TaxBreakdownComponentType(OpenStrEnum):
    """
    The type of the jurisdiction
    """

    SYSGST_USCOUNTRY = "SYSGST/USCOUNTRY"
    SYSGST_USSTATE = "SYSGST/USSTATE"
    SYSGST_USCOUNTY = "SYSGST/USCOUNTY"
    SYSGST_USCITY = "SYSGST/USCITY"
    SYSGST_USSPECIAL = "SYSGST/USSPECIAL"


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


class TaxNumberType(OpenStrEnum):
    """
    Identifier of the regional type of tax number, such as US, UK, or other regional tax identifiers
    """

    SSN = "SSN"
    EIN = "EIN"
    ITIN = "ITIN"
    ATIN = "ATIN"


class TaxRateStatus(OpenStrEnum):
    """
    See Status Codes
    """

    ACTIVE = "ACTIVE"
    DELETED = "DELETED"
    ARCHIVED = "ARCHIVED"
    PENDING = "PENDING"


class TaxType(OpenStrEnum):
    """
    See Tax Types – can only be used on update calls
    """

    OUTPUT = "OUTPUT"
    INPUT = "INPUT"
    CAPEXINPUT = "CAPEXINPUT"
    EXEMPTEXPORT = "EXEMPTEXPORT"
    EXEMPTEXPENSES = "EXEMPTEXPENSES"
    EXEMPTCAPITAL = "EXEMPTCAPITAL"
    EXEMPTOUTPUT = "EXEMPTOUTPUT"
    INPUTTAXED = "INPUTTAXED"
    BASEXCLUDED = "BASEXCLUDED"
    GSTONCAPIMPORTS = "GSTONCAPIMPORTS"
    GSTONIMPORTS = "GSTONIMPORTS"
    NONE = "NONE"
    INPUT2 = "INPUT2"
    ZERORATED = "ZERORATED"
    OUTPUT2 = "OUTPUT2"
    CAPEXINPUT2 = "CAPEXINPUT2"
    CAPEXOUTPUT = "CAPEXOUTPUT"
    CAPEXOUTPUT2 = "CAPEXOUTPUT2"
    CAPEXSRINPUT = "CAPEXSRINPUT"
    CAPEXSROUTPUT = "CAPEXSROUTPUT"
    ECACQUISITIONS = "ECACQUISITIONS"
    ECZRINPUT = "ECZRINPUT"
    ECZROUTPUT = "ECZROUTPUT"
    ECZROUTPUTSERVICES = "ECZROUTPUTSERVICES"
    EXEMPTINPUT = "EXEMPTINPUT"
    REVERSECHARGES = "REVERSECHARGES"
    RRINPUT = "RRINPUT"
    RROUTPUT = "RROUTPUT"
    SRINPUT = "SRINPUT"
    SROUTPUT = "SROUTPUT"
    ZERORATEDINPUT = "ZERORATEDINPUT"
    ZERORATEDOUTPUT = "ZERORATEDOUTPUT"
    BLINPUT = "BLINPUT"
    DSOUTPUT = "DSOUTPUT"
    EPINPUT = "EPINPUT"
    ES33_OUTPUT = "ES33OUTPUT"
    ESN33_OUTPUT = "ESN33OUTPUT"
    IGDSINPUT2 = "IGDSINPUT2"
    IMINPUT2 = "IMINPUT2"
    MEINPUT = "MEINPUT"
    NRINPUT = "NRINPUT"
    OPINPUT = "OPINPUT"
    OSOUTPUT = "OSOUTPUT"
    TXESSINPUT = "TXESSINPUT"
    TXN33_INPUT = "TXN33INPUT"
    TXPETINPUT = "TXPETINPUT"
    TXREINPUT = "TXREINPUT"
    INPUT3 = "INPUT3"
    INPUT4 = "INPUT4"
    OUTPUT3 = "OUTPUT3"
    OUTPUT4 = "OUTPUT4"
    SROUTPUT2 = "SROUTPUT2"
    TXCA = "TXCA"
    SRCAS = "SRCAS"
    BLINPUT2 = "BLINPUT2"
    DRCHARGESUPPLY20 = "DRCHARGESUPPLY20"
    DRCHARGE20 = "DRCHARGE20"
    DRCHARGESUPPLY5 = "DRCHARGESUPPLY5"
    DRCHARGE5 = "DRCHARGE5"
    BADDEBTRELIEF = "BADDEBTRELIEF"
    IGDSINPUT3 = "IGDSINPUT3"
    SROVR = "SROVR"
    TOURISTREFUND = "TOURISTREFUND"
    TXRCN33 = "TXRCN33"
    TXRCRE = "TXRCRE"
    TXRCESS = "TXRCESS"
    TXRCTS = "TXRCTS"
    OUTPUTY23 = "OUTPUTY23"
    DSOUTPUTY23 = "DSOUTPUTY23"
    INPUTY23 = "INPUTY23"
    IMINPUT2_Y23 = "IMINPUT2Y23"
    IGDSINPUT2_Y23 = "IGDSINPUT2Y23"
    TXPETINPUTY23 = "TXPETINPUTY23"
    TXESSINPUTY23 = "TXESSINPUTY23"
    TXN33_INPUTY23 = "TXN33INPUTY23"
    TXREINPUTY23 = "TXREINPUTY23"
    TXCAY23 = "TXCAY23"
    BADDEBTRELIEFY23 = "BADDEBTRELIEFY23"
    IGDSINPUT3_Y23 = "IGDSINPUT3Y23"
    SROVRRSY23 = "SROVRRSY23"
    SROVRLVGY23 = "SROVRLVGY23"
    SRLVGY23 = "SRLVGY23"
    TXRCN33_Y23 = "TXRCN33Y23"
    TXRCREY23 = "TXRCREY23"
    TXRCESSY23 = "TXRCESSY23"
    TXRCTSY23 = "TXRCTSY23"
    IM = "IM"
    IMY23 = "IMY23"
    IMESS = "IMESS"
    IMESSY23 = "IMESSY23"
    IMN33 = "IMN33"
    IMN33_Y23 = "IMN33Y23"
    IMRE = "IMRE"
    IMREY23 = "IMREY23"
    BADDEBTRECOVERY = "BADDEBTRECOVERY"
    BADDEBTRECOVERYY23 = "BADDEBTRECOVERYY23"
    OUTPUTY24 = "OUTPUTY24"
    DSOUTPUTY24 = "DSOUTPUTY24"
    INPUTY24 = "INPUTY24"
    IGDSINPUT2_Y24 = "IGDSINPUT2Y24"
    TXPETINPUTY24 = "TXPETINPUTY24"
    TXESSINPUTY24 = "TXESSINPUTY24"
    TXN33_INPUTY24 = "TXN33INPUTY24"
    TXREINPUTY24 = "TXREINPUTY24"
    TXCAY24 = "TXCAY24"
    BADDEBTRELIEFY24 = "BADDEBTRELIEFY24"
    IGDSINPUT3_Y24 = "IGDSINPUT3Y24"
    SROVRRSY24 = "SROVRRSY24"
    SROVRLVGY24 = "SROVRLVGY24"
    SRLVGY24 = "SRLVGY24"
    TXRCTSY24 = "TXRCTSY24"
    TXRCESSY24 = "TXRCESSY24"
    TXRCN33_Y24 = "TXRCN33Y24"
    TXRCREY24 = "TXRCREY24"
    IMY24 = "IMY24"
    IMESSY24 = "IMESSY24"
    IMN33_Y24 = "IMN33Y24"
    IMREY24 = "IMREY24"
    BADDEBTRECOVERYY24 = "BADDEBTRECOVERYY24"
    OSOUTPUT2 = "OSOUTPUT2"
    BLINPUT3 = "BLINPUT3"
    BLINPUT3_Y23 = "BLINPUT3Y23"
    BLINPUT3_Y24 = "BLINPUT3Y24"


class Taxability(OpenStrEnum):
    """
    The type of taxability
    """

    TAXABLE = "TAXABLE"
    NON_TAXABLE = "NON_TAXABLE"
    EXEMPT = "EXEMPT"
    PART_TAXABLE = "PART_TAXABLE"
    NOT_APPLICABLE = "NOT_APPLICABLE"


class TenNinetyNineContact(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    box1: Annotated[float | None, Field(alias="Box1")] = None
    """
    Box 1 on 1099 Form
    """
    box2: Annotated[float | None, Field(alias="Box2")] = None
    """
    Box 2 on 1099 Form
    """
    box3: Annotated[float | None, Field(alias="Box3")] = None
    """
    Box 3 on 1099 Form
    """
    box4: Annotated[float | None, Field(alias="Box4")] = None
    """
    Box 4 on 1099 Form
    """
    box5: Annotated[float | None, Field(alias="Box5")] = None
    """
    Box 5 on 1099 Form
    """
    box6: Annotated[float | None, Field(alias="Box6")] = None
    """
    Box 6 on 1099 Form
    """
    box7: Annotated[float | None, Field(alias="Box7")] = None
    """
    Box 7 on 1099 Form
    """
    box8: Annotated[float | None, Field(alias="Box8")] = None
    """
    Box 8 on 1099 Form
    """
    box9: Annotated[float | None, Field(alias="Box9")] = None
    """
    Box 9 on 1099 Form
    """
    box10: Annotated[float | None, Field(alias="Box10")] = None
    """
    Box 10 on 1099 Form
    """
    box11: Annotated[float | None, Field(alias="Box11")] = None
    """
    Box 11 on 1099 Form
    """
    box13: Annotated[float | None, Field(alias="Box13")] = None
    """
    Box 13 on 1099 Form
    """
    box14: Annotated[float | None, Field(alias="Box14")] = None
    """
    Box 14 on 1099 Form
    """
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    Contact name on 1099 Form
    """
    federal_tax_id_type: Annotated[str | None, Field(alias="FederalTaxIDType")] = None
    """
    Contact Fed Tax ID type
    """
    city: Annotated[str | None, Field(alias="City")] = None
    """
    Contact city on 1099 Form
    """
    zip: Annotated[str | None, Field(alias="Zip")] = None
    """
    Contact zip on 1099 Form
    """
    state: Annotated[str | None, Field(alias="State")] = None
    """
    Contact State on 1099 Form
    """
    email: Annotated[str | None, Field(alias="Email")] = None
    """
    Contact email on 1099 Form
    """
    street_address: Annotated[str | None, Field(alias="StreetAddress")] = None
    """
    Contact address on 1099 Form
    """
    tax_id: Annotated[str | None, Field(alias="TaxID")] = None
    """
    Contact tax id on 1099 Form
    """
    contact_id: Annotated[UUID | None, Field(alias="ContactId")] = None
    """
    Contact contact id
    """
    legal_name: Annotated[str | None, Field(alias="LegalName")] = None
    """
    Contact legal name
    """
    business_name: Annotated[str | None, Field(alias="BusinessName")] = None
    """
    Contact business name
    """
    federal_tax_classification: Annotated[
        FederalTaxClassification | None, Field(alias="FederalTaxClassification")
    ] = None


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


class Timeframe(OpenStrEnum):
    MONTH = "MONTH"
    QUARTER = "QUARTER"
    YEAR = "YEAR"


class TrackingCategoryStatus(OpenStrEnum):
    """
    The status of a tracking category
    """

    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    DELETED = "DELETED"


class TrackingOptionStatus(OpenStrEnum):
    """
    The status of a tracking option
    """

    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    DELETED = "DELETED"


class TrackingReference(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    tracking_category_id: Annotated[UUID, Field(alias="TrackingCategoryID")]
    """
    The Xero identifier for a tracking category
    """
    tracking_option_id: Annotated[UUID, Field(alias="TrackingOptionID")]
    """
    The Xero identifier for a tracking category option
    """
    name: Annotated[str | None, Field(alias="Name", max_length=100)] = None
    """
    The name of the tracking category
    """
    option: Annotated[str | None, Field(alias="Option")] = None
    """
    See Tracking Options
    """


class User(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    user_id: Annotated[UUID | None, Field(alias="UserID")] = None
    """
    Xero identifier
    """
    email_address: Annotated[str | None, Field(alias="EmailAddress")] = None
    """
    Email address of user
    """
    first_name: Annotated[str | None, Field(alias="FirstName")] = None
    """
    First name of user
    """
    last_name: Annotated[str | None, Field(alias="LastName")] = None
    """
    Last name of user
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Timestamp of last change to user
    """
    is_subscriber: Annotated[bool | None, Field(alias="IsSubscriber")] = None
    """
    Boolean to indicate if user is the subscriber
    """
    organisation_role: Annotated[OrganisationRole | None, Field(alias="OrganisationRole")] = None


class Users(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    users: Annotated[list[User] | None, Field(alias="Users")] = None


class ValidationError(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    message: Annotated[str | None, Field(alias="Message")] = None
    """
    Validation error message
    """


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


class Account(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    code: Annotated[str | None, Field(alias="Code")] = None
    """
    Customer defined alpha numeric account code e.g 200 or SALES (max length = 10)
    """
    name: Annotated[str | None, Field(alias="Name", max_length=150)] = None
    """
    Name of account (max length = 150)
    """
    account_id: Annotated[UUID | None, Field(alias="AccountID")] = None
    """
    The Xero identifier for an account – specified as a string following  the endpoint name   e.g. /297c2dc5-cc47-4afd-8ec8-74990b8761e9
    """
    type: Annotated[AccountType | None, Field(alias="Type")] = None
    bank_account_number: Annotated[str | None, Field(alias="BankAccountNumber")] = None
    """
    For bank accounts only (Account Type BANK)
    """
    status: Annotated[AccountStatus | None, Field(alias="Status")] = None
    description: Annotated[str | None, Field(alias="Description")] = None
    """
    Description of the Account. Valid for all types of accounts except bank accounts (max length = 4000)
    """
    bank_account_type: Annotated[BankAccountType | None, Field(alias="BankAccountType")] = None
    currency_code: Annotated[CurrencyCode | None, Field(alias="CurrencyCode")] = None
    tax_type: Annotated[str | None, Field(alias="TaxType")] = None
    """
    The tax type from taxRates
    """
    enable_payments_to_account: Annotated[bool | None, Field(alias="EnablePaymentsToAccount")] = (
        None
    )
    """
    Boolean – describes whether account can have payments applied to it
    """
    show_in_expense_claims: Annotated[bool | None, Field(alias="ShowInExpenseClaims")] = None
    """
    Boolean – describes whether account code is available for use with expense claims
    """
    class_: Annotated[Class | None, Field(alias="Class")] = None
    system_account: Annotated[SystemAccount | None, Field(alias="SystemAccount")] = None
    reporting_code: Annotated[str | None, Field(alias="ReportingCode")] = None
    """
    Shown if set
    """
    reporting_code_name: Annotated[str | None, Field(alias="ReportingCodeName")] = None
    """
    Shown if set
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    boolean to indicate if an account has an attachment (read only)
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Last modified date UTC format
    """
    add_to_watchlist: Annotated[bool | None, Field(alias="AddToWatchlist")] = None
    """
    Boolean – describes whether the account is shown in the watchlist widget on the dashboard
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """


class Accounts(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    accounts: Annotated[list[Account] | None, Field(alias="Accounts")] = None


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


class Address(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    address_type: Annotated[AddressType2 | None, Field(alias="AddressType")] = None
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


class BankTransfer(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    from_bank_account: Annotated[Account, Field(alias="FromBankAccount")]
    to_bank_account: Annotated[Account, Field(alias="ToBankAccount")]
    amount: Annotated[float, Field(alias="Amount")]
    """
    amount of the transaction
    """
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    The date of the Transfer YYYY-MM-DD
    """
    bank_transfer_id: Annotated[UUID | None, Field(alias="BankTransferID")] = None
    """
    The identifier of the Bank Transfer
    """
    currency_rate: Annotated[float | None, Field(alias="CurrencyRate")] = None
    """
    The currency rate
    """
    from_bank_transaction_id: Annotated[UUID | None, Field(alias="FromBankTransactionID")] = None
    """
    The Bank Transaction ID for the source account
    """
    to_bank_transaction_id: Annotated[UUID | None, Field(alias="ToBankTransactionID")] = None
    """
    The Bank Transaction ID for the destination account
    """
    from_is_reconciled: Annotated[bool, Field(alias="FromIsReconciled")] = False
    """
    The Bank Transaction boolean to show if it is reconciled for the source account
    """
    to_is_reconciled: Annotated[bool, Field(alias="ToIsReconciled")] = False
    """
    The Bank Transaction boolean to show if it is reconciled for the destination account
    """
    reference: Annotated[str | None, Field(alias="Reference")] = None
    """
    Reference for the transactions.
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    Boolean to indicate if a Bank Transfer has an attachment
    """
    created_date_utc: Annotated[str | None, Field(alias="CreatedDateUTC")] = None
    """
    UTC timestamp of creation date of bank transfer
    """
    status: Annotated[BankTransferStatus | None, Field(alias="Status")] = None
    from_tracking: Annotated[list[TrackingReference] | None, Field(alias="FromTracking")] = None
    """
    Optional Tracking Category for the source account – see Tracking. A bank transfer can have a maximum of 2 tracking categories per account.
    """
    to_tracking: Annotated[list[TrackingReference] | None, Field(alias="ToTracking")] = None
    """
    Optional Tracking Category for the destination account – see Tracking. A bank transfer can have a maximum of 2 tracking categories per account.
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """


class BankTransfers(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    bank_transfers: Annotated[list[BankTransfer] | None, Field(alias="BankTransfers")] = None


class Bill(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    day: Annotated[int | None, Field(alias="Day")] = None
    """
    Day of Month (0-31)
    """
    type: Annotated[PaymentTermType | None, Field(alias="Type")] = None


class BrandingTheme(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    branding_theme_id: Annotated[UUID | None, Field(alias="BrandingThemeID")] = None
    """
    Xero identifier
    """
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    Name of branding theme
    """
    logo_url: Annotated[str | None, Field(alias="LogoUrl")] = None
    """
    The location of the image file used as the logo on this branding theme
    """
    type: Annotated[BrandingThemeType | None, Field(alias="Type")] = None
    sort_order: Annotated[int | None, Field(alias="SortOrder")] = None
    """
    Integer – ranked order of branding theme. The default branding theme has a value of 0
    """
    created_date_utc: Annotated[str | None, Field(alias="CreatedDateUTC")] = None
    """
    UTC timestamp of creation date of branding theme
    """


class BrandingThemes(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    branding_themes: Annotated[list[BrandingTheme] | None, Field(alias="BrandingThemes")] = None


class Currency(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    code: Annotated[CurrencyCode | None, Field(alias="Code")] = None
    description: Annotated[str | None, Field(alias="Description")] = None
    """
    Name of Currency
    """


class Element(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Array of Validation Error message
    """
    batch_payment_id: Annotated[UUID | None, Field(alias="BatchPaymentID")] = None
    """
    Unique ID for batch payment object with validation error
    """
    bank_transaction_id: Annotated[UUID | None, Field(alias="BankTransactionID")] = None
    credit_note_id: Annotated[UUID | None, Field(alias="CreditNoteID")] = None
    contact_id: Annotated[UUID | None, Field(alias="ContactID")] = None
    invoice_id: Annotated[UUID | None, Field(alias="InvoiceID")] = None
    item_id: Annotated[UUID | None, Field(alias="ItemID")] = None
    purchase_order_id: Annotated[UUID | None, Field(alias="PurchaseOrderID")] = None


class Error(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    error_number: Annotated[int | None, Field(alias="ErrorNumber")] = None
    """
    Exception number
    """
    type: Annotated[str | None, Field(alias="Type")] = None
    """
    Exception type
    """
    message: Annotated[str | None, Field(alias="Message")] = None
    """
    Exception message
    """
    elements: Annotated[list[Element] | None, Field(alias="Elements")] = None
    """
    Array of Elements of validation Errors
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


class ImportSummary(BaseModel):
    """
    A summary of the import from setup endpoint
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    accounts: Annotated[ImportSummaryAccounts | None, Field(alias="Accounts")] = None
    organisation: Annotated[ImportSummaryOrganisation | None, Field(alias="Organisation")] = None


class ImportSummaryObject(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    import_summary: Annotated[ImportSummary | None, Field(alias="ImportSummary")] = None


class InvoiceAddress(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    invoice_address_type: Annotated[
        InvoiceAddressType | None, Field(alias="InvoiceAddressType")
    ] = None
    address_line1: Annotated[str | None, Field(alias="AddressLine1")] = None
    """
    First line of a physical address
    """
    address_line2: Annotated[str | None, Field(alias="AddressLine2")] = None
    """
    Second line of a physical address
    """
    address_line3: Annotated[str | None, Field(alias="AddressLine3")] = None
    """
    Third line of a physical address
    """
    address_line4: Annotated[str | None, Field(alias="AddressLine4")] = None
    """
    Fourth line of a physical address
    """
    city: Annotated[str | None, Field(alias="City")] = None
    """
    City of a physical address
    """
    region: Annotated[str | None, Field(alias="Region")] = None
    """
    Region or state of a physical address
    """
    postal_code: Annotated[str | None, Field(alias="PostalCode")] = None
    """
    Postal code of a physical address
    """
    country: Annotated[str | None, Field(alias="Country")] = None
    """
    Country of a physical address
    """


class Item(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    code: Annotated[str, Field(alias="Code", max_length=30)]
    """
    User defined item code (max length = 30)
    """
    inventory_asset_account_code: Annotated[
        str | None, Field(alias="InventoryAssetAccountCode")
    ] = None
    """
    The inventory asset account for the item. The account must be of type INVENTORY. The  COGSAccountCode in PurchaseDetails is also required to create a tracked item
    """
    name: Annotated[str | None, Field(alias="Name", max_length=50)] = None
    """
    The name of the item (max length = 50)
    """
    is_sold: Annotated[bool | None, Field(alias="IsSold")] = None
    """
    Boolean value, defaults to true. When IsSold is true the item will be available on sales transactions in the Xero UI. If IsSold is updated to false then Description and SalesDetails values will be nulled.
    """
    is_purchased: Annotated[bool | None, Field(alias="IsPurchased")] = None
    """
    Boolean value, defaults to true. When IsPurchased is true the item is available for purchase transactions in the Xero UI. If IsPurchased is updated to false then PurchaseDescription and PurchaseDetails values will be nulled.
    """
    description: Annotated[str | None, Field(alias="Description", max_length=4000)] = None
    """
    The sales description of the item (max length = 4000)
    """
    purchase_description: Annotated[
        str | None, Field(alias="PurchaseDescription", max_length=4000)
    ] = None
    """
    The purchase description of the item (max length = 4000)
    """
    purchase_details: Annotated[Purchase | None, Field(alias="PurchaseDetails")] = None
    sales_details: Annotated[Purchase | None, Field(alias="SalesDetails")] = None
    is_tracked_as_inventory: Annotated[bool | None, Field(alias="IsTrackedAsInventory")] = None
    """
    True for items that are tracked as inventory. An item will be tracked as inventory if the InventoryAssetAccountCode and COGSAccountCode are set.
    """
    total_cost_pool: Annotated[float | None, Field(alias="TotalCostPool")] = None
    """
    The value of the item on hand. Calculated using average cost accounting.
    """
    quantity_on_hand: Annotated[float | None, Field(alias="QuantityOnHand")] = None
    """
    The quantity of the item on hand
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Last modified date in UTC format
    """
    item_id: Annotated[UUID | None, Field(alias="ItemID")] = None
    """
    The Xero identifier for an Item
    """
    status_attribute_string: Annotated[str | None, Field(alias="StatusAttributeString")] = None
    """
    Status of object
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """


class Items(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    items: Annotated[list[Item] | None, Field(alias="Items")] = None


class LinkedTransaction(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    source_transaction_id: Annotated[UUID | None, Field(alias="SourceTransactionID")] = None
    """
    Filter by the SourceTransactionID. Get all the linked transactions created from a particular ACCPAY invoice
    """
    source_line_item_id: Annotated[UUID | None, Field(alias="SourceLineItemID")] = None
    """
    The line item identifier from the source transaction.
    """
    contact_id: Annotated[UUID | None, Field(alias="ContactID")] = None
    """
    Filter by the combination of ContactID and Status. Get all the linked transactions that have been assigned to a particular customer and have a particular status e.g. GET /LinkedTransactions?ContactID=4bb34b03-3378-4bb2-a0ed-6345abf3224e&Status=APPROVED.
    """
    target_transaction_id: Annotated[UUID | None, Field(alias="TargetTransactionID")] = None
    """
    Filter by the TargetTransactionID. Get all the linked transactions  allocated to a particular ACCREC invoice
    """
    target_line_item_id: Annotated[UUID | None, Field(alias="TargetLineItemID")] = None
    """
    The line item identifier from the target transaction. It is possible  to link multiple billable expenses to the same TargetLineItemID.
    """
    linked_transaction_id: Annotated[UUID | None, Field(alias="LinkedTransactionID")] = None
    """
    The Xero identifier for an Linked Transaction e.g./LinkedTransactions/297c2dc5-cc47-4afd-8ec8-74990b8761e9
    """
    status: Annotated[LinkedTransactionStatus | None, Field(alias="Status")] = None
    type: Annotated[LinkedTransactionType | None, Field(alias="Type")] = None
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    The last modified date in UTC format
    """
    source_transaction_type_code: Annotated[
        SourceTransactionTypeCode | None, Field(alias="SourceTransactionTypeCode")
    ] = None
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """


class LinkedTransactions(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    linked_transactions: Annotated[
        list[LinkedTransaction] | None, Field(alias="LinkedTransactions")
    ] = None


class PaymentService(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    payment_service_id: Annotated[UUID | None, Field(alias="PaymentServiceID")] = None
    """
    Xero identifier
    """
    payment_service_name: Annotated[str | None, Field(alias="PaymentServiceName")] = None
    """
    Name of payment service
    """
    payment_service_url: Annotated[str | None, Field(alias="PaymentServiceUrl")] = None
    """
    The custom payment URL
    """
    pay_now_text: Annotated[str | None, Field(alias="PayNowText")] = None
    """
    The text displayed on the Pay Now button in Xero Online Invoicing. If this is not set it will default to Pay by credit card
    """
    payment_service_type: Annotated[str | None, Field(alias="PaymentServiceType")] = None
    """
    This will always be CUSTOM for payment services created via the API.
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """


class PaymentServices(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    payment_services: Annotated[list[PaymentService] | None, Field(alias="PaymentServices")] = None


class PaymentTerm(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    bills: Annotated[Bill | None, Field(alias="Bills")] = None
    sales: Annotated[Bill | None, Field(alias="Sales")] = None


class Phone(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    phone_type: Annotated[PhoneType | None, Field(alias="PhoneType")] = None
    phone_number: Annotated[str | None, Field(alias="PhoneNumber", max_length=50)] = None
    """
    max length = 50
    """
    phone_area_code: Annotated[str | None, Field(alias="PhoneAreaCode", max_length=10)] = None
    """
    max length = 10
    """
    phone_country_code: Annotated[str | None, Field(alias="PhoneCountryCode", max_length=20)] = None
    """
    max length = 20
    """


class Report(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    report_name: Annotated[str | None, Field(alias="ReportName")] = None
    """
    See Prepayment Types
    """
    report_type: Annotated[ReportType | None, Field(alias="ReportType")] = None
    report_title: Annotated[str | None, Field(alias="ReportTitle")] = None
    """
    See Prepayment Types
    """
    report_date: Annotated[str | None, Field(alias="ReportDate")] = None
    """
    Date of report
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Updated Date
    """
    contacts: Annotated[list[TenNinetyNineContact] | None, Field(alias="Contacts")] = None


class ReportRow(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    row_type: Annotated[RowType | None, Field(alias="RowType")] = None
    title: Annotated[str | None, Field(alias="Title")] = None
    cells: Annotated[list[ReportCell] | None, Field(alias="Cells")] = None


class ReportRows(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    row_type: Annotated[RowType | None, Field(alias="RowType")] = None
    title: Annotated[str | None, Field(alias="Title")] = None
    cells: Annotated[list[ReportCell] | None, Field(alias="Cells")] = None
    rows: Annotated[list[ReportRow] | None, Field(alias="Rows")] = None


class ReportWithRow(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    report_id: Annotated[str | None, Field(alias="ReportID")] = None
    """
    ID of the Report
    """
    report_name: Annotated[str | None, Field(alias="ReportName")] = None
    """
    Name of the report
    """
    report_title: Annotated[str | None, Field(alias="ReportTitle")] = None
    """
    Title of the report
    """
    report_type: Annotated[str | None, Field(alias="ReportType")] = None
    """
    The type of report (BalanceSheet,ProfitLoss, etc)
    """
    report_titles: Annotated[list[str] | None, Field(alias="ReportTitles")] = None
    """
    Report titles array (3 to 4 strings with the report name, orgnisation name and time frame of report)
    """
    report_date: Annotated[str | None, Field(alias="ReportDate")] = None
    """
    Date of report
    """
    rows: Annotated[list[ReportRows] | None, Field(alias="Rows")] = None
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Updated Date
    """
    fields_: Annotated[list[ReportFields] | None, Field(alias="Fields")] = None


class ReportWithRows(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    reports: Annotated[list[ReportWithRow] | None, Field(alias="Reports")] = None


class Reports(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    reports: Annotated[list[Report] | None, Field(alias="Reports")] = None


class Schedule(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    period: Annotated[int | None, Field(alias="Period")] = None
    """
    Integer used with the unit e.g. 1 (every 1 week), 2 (every 2 months)
    """
    unit: Annotated[ScheduleUnit | None, Field(alias="Unit")] = None
    due_date: Annotated[int | None, Field(alias="DueDate")] = None
    """
    Integer used with due date type e.g 20 (of following month), 31 (of current month)
    """
    due_date_type: Annotated[DueDateType | None, Field(alias="DueDateType")] = None
    start_date: Annotated[str | None, Field(alias="StartDate")] = None
    """
    Date the first invoice of the current version of the repeating schedule was generated (changes when repeating invoice is edited)
    """
    next_scheduled_date: Annotated[str | None, Field(alias="NextScheduledDate")] = None
    """
    The calendar date of the next invoice in the schedule to be generated
    """
    end_date: Annotated[str | None, Field(alias="EndDate")] = None
    """
    Invoice end date – only returned if the template has an end date set
    """


class Setup(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    conversion_date: Annotated[ConversionDate | None, Field(alias="ConversionDate")] = None
    conversion_balances: Annotated[
        list[ConversionBalances] | None, Field(alias="ConversionBalances")
    ] = None
    """
    Balance supplied for each account that has a value as at the conversion date.
    """
    accounts: Annotated[list[Account] | None, Field(alias="Accounts")] = None


class TaxBreakdownComponent(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    tax_component_id: Annotated[UUID | None, Field(alias="TaxComponentId")] = None
    """
    The unique ID number of this component
    """
    type: Annotated[TaxBreakdownComponentType | None, Field(alias="Type")] = None
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    The name of the jurisdiction
    """
    tax_percentage: Annotated[float | None, Field(alias="TaxPercentage")] = None
    """
    The percentage of the tax
    """
    tax_amount: Annotated[float | None, Field(alias="TaxAmount")] = None
    """
    The amount of the tax
    """
    taxable_amount: Annotated[float | None, Field(alias="TaxableAmount")] = None
    """
    The amount that is taxable
    """
    non_taxable_amount: Annotated[float | None, Field(alias="NonTaxableAmount")] = None
    """
    The amount that is not taxable
    """
    exempt_amount: Annotated[float | None, Field(alias="ExemptAmount")] = None
    """
    The amount that is exempt
    """
    state_assigned_no: Annotated[str | None, Field(alias="StateAssignedNo")] = None
    """
    The state assigned number of the jurisdiction
    """
    jurisdiction_region: Annotated[str | None, Field(alias="JurisdictionRegion")] = None
    """
    Name identifying the region within the country
    """


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


class TrackingOption(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    tracking_option_id: Annotated[UUID | None, Field(alias="TrackingOptionID")] = None
    """
    The Xero identifier for a tracking option e.g. ae777a87-5ef3-4fa0-a4f0-d10e1f13073a
    """
    name: Annotated[str | None, Field(alias="Name", max_length=100)] = None
    """
    The name of the tracking option e.g. Marketing, East (max length = 100)
    """
    status: Annotated[TrackingOptionStatus | None, Field(alias="Status")] = None
    tracking_category_id: Annotated[UUID | None, Field(alias="TrackingCategoryID")] = None
    """
    Filter by a tracking category e.g. 297c2dc5-cc47-4afd-8ec8-74990b8761e9
    """


class TrackingOptions(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    options_: Annotated[list[TrackingOption] | None, Field(alias="Options")] = None


class Currencies(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    currencies: Annotated[list[Currency] | None, Field(alias="Currencies")] = None


class Employee(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    employee_id: Annotated[UUID | None, Field(alias="EmployeeID")] = None
    """
    The Xero identifier for an employee e.g. 297c2dc5-cc47-4afd-8ec8-74990b8761e9
    """
    status: Annotated[EmployeeStatus | None, Field(alias="Status")] = None
    first_name: Annotated[str | None, Field(alias="FirstName", max_length=255)] = None
    """
    First name of an employee (max length = 255)
    """
    last_name: Annotated[str | None, Field(alias="LastName", max_length=255)] = None
    """
    Last name of an employee (max length = 255)
    """
    external_link: Annotated[ExternalLink | None, Field(alias="ExternalLink")] = None
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    status_attribute_string: Annotated[str | None, Field(alias="StatusAttributeString")] = None
    """
    A string to indicate if a invoice status
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """


class Employees(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    employees: Annotated[list[Employee] | None, Field(alias="Employees")] = None


class LineItem(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    line_item_id: Annotated[UUID | None, Field(alias="LineItemID")] = None
    """
    LineItem unique ID
    """
    description: Annotated[str | None, Field(alias="Description")] = None
    """
    Description needs to be at least 1 char long. A line item with just a description (i.e no unit amount or quantity) can be created by specifying just a <Description> element that contains at least 1 character
    """
    quantity: Annotated[float | None, Field(alias="Quantity")] = None
    """
    LineItem Quantity
    """
    unit_amount: Annotated[float | None, Field(alias="UnitAmount")] = None
    """
    LineItem Unit Amount
    """
    item_code: Annotated[str | None, Field(alias="ItemCode")] = None
    """
    See Items
    """
    account_code: Annotated[str | None, Field(alias="AccountCode")] = None
    """
    See Accounts
    """
    account_id: Annotated[UUID | None, Field(alias="AccountID")] = None
    """
    The associated account ID related to this line item
    """
    tax_type: Annotated[str | None, Field(alias="TaxType")] = None
    """
    The tax type from TaxRates
    """
    tax_amount: Annotated[float | None, Field(alias="TaxAmount")] = None
    """
    The tax amount is auto calculated as a percentage of the line amount (see below) based on the tax rate. This value can be overriden if the calculated <TaxAmount> is not correct.
    """
    item: Annotated[LineItemItem | None, Field(alias="Item")] = None
    line_amount: Annotated[float | None, Field(alias="LineAmount")] = None
    """
    If you wish to omit either the Quantity or UnitAmount you can provide a LineAmount and Xero will calculate the missing amount for you. The line amount reflects the discounted price if either a DiscountRate or DiscountAmount has been used i.e. LineAmount = Quantity * Unit Amount * ((100 - DiscountRate)/100) or LineAmount = (Quantity * UnitAmount) - DiscountAmount
    """
    tracking: Annotated[list[LineItemTracking] | None, Field(alias="Tracking")] = None
    """
    Optional Tracking Category – see Tracking.  Any LineItem can have a  maximum of 2 <TrackingCategory> elements.
    """
    discount_rate: Annotated[float | None, Field(alias="DiscountRate")] = None
    """
    Percentage discount being applied to a line item (only supported on  ACCREC invoices – ACC PAY invoices and credit notes in Xero do not support discounts
    """
    discount_amount: Annotated[float | None, Field(alias="DiscountAmount")] = None
    """
    Discount amount being applied to a line item. Only supported on ACCREC invoices and quotes. ACCPAY invoices and credit notes in Xero do not support discounts.
    """
    repeating_invoice_id: Annotated[UUID | None, Field(alias="RepeatingInvoiceID")] = None
    """
    The Xero identifier for a Repeating Invoice
    """
    taxability: Annotated[Taxability | None, Field(alias="Taxability")] = None
    sales_tax_code_id: Annotated[float | None, Field(alias="SalesTaxCodeId")] = None
    """
    The ID of the sales tax code
    """
    tax_breakdown: Annotated[list[TaxBreakdownComponent] | None, Field(alias="TaxBreakdown")] = None
    """
    An array of tax components defined for this line item
    """


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


class TrackingCategory(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    tracking_category_id: Annotated[UUID | None, Field(alias="TrackingCategoryID")] = None
    """
    The Xero identifier for a tracking category e.g. 297c2dc5-cc47-4afd-8ec8-74990b8761e9
    """
    tracking_option_id: Annotated[UUID | None, Field(alias="TrackingOptionID")] = None
    """
    The Xero identifier for a tracking option e.g. dc54c220-0140-495a-b925-3246adc0075f
    """
    name: Annotated[str | None, Field(alias="Name", max_length=100)] = None
    """
    The name of the tracking category e.g. Department, Region (max length = 100)
    """
    option: Annotated[str | None, Field(alias="Option", max_length=100)] = None
    """
    The option name of the tracking option e.g. East, West (max length = 100)
    """
    status: Annotated[TrackingCategoryStatus | None, Field(alias="Status")] = None
    options_: Annotated[list[TrackingOption] | None, Field(alias="Options")] = None
    """
    See Tracking Options
    """


class Budget(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    budget_id: Annotated[UUID | None, Field(alias="BudgetID")] = None
    """
    Xero identifier
    """
    type: Annotated[BudgetType | None, Field(alias="Type")] = None
    description: Annotated[str | None, Field(alias="Description", max_length=255)] = None
    """
    The Budget description
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    UTC timestamp of last update to budget
    """
    budget_lines: Annotated[list[BudgetLine] | None, Field(alias="BudgetLines")] = None
    tracking: Annotated[list[TrackingCategory] | None, Field(alias="Tracking")] = None


class Budgets(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    budgets: Annotated[list[Budget] | None, Field(alias="Budgets")] = None


class JournalLine(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    journal_line_id: Annotated[UUID | None, Field(alias="JournalLineID")] = None
    """
    Xero identifier for Journal
    """
    account_id: Annotated[UUID | None, Field(alias="AccountID")] = None
    """
    See Accounts
    """
    account_code: Annotated[str | None, Field(alias="AccountCode")] = None
    """
    See Accounts
    """
    account_type: Annotated[AccountType | None, Field(alias="AccountType")] = None
    account_name: Annotated[str | None, Field(alias="AccountName")] = None
    """
    See AccountCodes
    """
    description: Annotated[str | None, Field(alias="Description")] = None
    """
    The description from the source transaction line item. Only returned if populated.
    """
    net_amount: Annotated[float | None, Field(alias="NetAmount")] = None
    """
    Net amount of journal line. This will be a positive value for a debit and negative for a credit
    """
    gross_amount: Annotated[float | None, Field(alias="GrossAmount")] = None
    """
    Gross amount of journal line (NetAmount + TaxAmount).
    """
    tax_amount: Annotated[float | None, Field(alias="TaxAmount")] = None
    """
    Total tax on a journal line
    """
    tax_type: Annotated[str | None, Field(alias="TaxType")] = None
    """
    The tax type from taxRates
    """
    tax_name: Annotated[str | None, Field(alias="TaxName")] = None
    """
    see TaxRates
    """
    tracking_categories: Annotated[
        list[TrackingCategory] | None, Field(alias="TrackingCategories")
    ] = None
    """
    Optional Tracking Category – see Tracking. Any JournalLine can have a maximum of 2 <TrackingCategory> elements.
    """


class ManualJournalLine(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    line_amount: Annotated[float | None, Field(alias="LineAmount")] = None
    """
    total for line. Debits are positive, credits are negative value
    """
    account_code: Annotated[str | None, Field(alias="AccountCode")] = None
    """
    See Accounts
    """
    account_id: Annotated[UUID | None, Field(alias="AccountID")] = None
    """
    See Accounts
    """
    description: Annotated[str | None, Field(alias="Description")] = None
    """
    Description for journal line
    """
    tax_type: Annotated[str | None, Field(alias="TaxType")] = None
    """
    The tax type from TaxRates
    """
    tracking: Annotated[list[TrackingCategory] | None, Field(alias="Tracking")] = None
    """
    Optional Tracking Category – see Tracking. Any JournalLine can have a maximum of 2 <TrackingCategory> elements.
    """
    tax_amount: Annotated[float | None, Field(alias="TaxAmount")] = None
    """
    The calculated tax amount based on the TaxType and LineAmount
    """
    is_blank: Annotated[bool | None, Field(alias="IsBlank")] = None
    """
    is the line blank
    """


class TrackingCategories(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    tracking_categories: Annotated[
        list[TrackingCategory] | None, Field(alias="TrackingCategories")
    ] = None


class Journal(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    journal_id: Annotated[UUID | None, Field(alias="JournalID")] = None
    """
    Xero identifier
    """
    journal_date: Annotated[str | None, Field(alias="JournalDate")] = None
    """
    Date the journal was posted
    """
    journal_number: Annotated[int | None, Field(alias="JournalNumber")] = None
    """
    Xero generated journal number
    """
    created_date_utc: Annotated[str | None, Field(alias="CreatedDateUTC")] = None
    """
    Created date UTC format
    """
    reference: Annotated[str | None, Field(alias="Reference")] = None
    """
    reference field for additional indetifying information
    """
    source_id: Annotated[UUID | None, Field(alias="SourceID")] = None
    """
    The identifier for the source transaction (e.g. InvoiceID)
    """
    source_type: Annotated[SourceType | None, Field(alias="SourceType")] = None
    journal_lines: Annotated[list[JournalLine] | None, Field(alias="JournalLines")] = None
    """
    See JournalLines
    """


class Journals(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    journals: Annotated[list[Journal] | None, Field(alias="Journals")] = None


class ManualJournal(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    narration: Annotated[str, Field(alias="Narration")]
    """
    Description of journal being posted
    """
    journal_lines: Annotated[list[ManualJournalLine] | None, Field(alias="JournalLines")] = None
    """
    See JournalLines
    """
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    Date journal was posted – YYYY-MM-DD
    """
    line_amount_types: Annotated[LineAmountTypes | None, Field(alias="LineAmountTypes")] = None
    status: Annotated[ManualJournalStatus | None, Field(alias="Status")] = None
    url: Annotated[str | None, Field(alias="Url")] = None
    """
    Url link to a source document – shown as “Go to [appName]” in the Xero app
    """
    show_on_cash_basis_reports: Annotated[bool | None, Field(alias="ShowOnCashBasisReports")] = None
    """
    Boolean – default is true if not specified
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    Boolean to indicate if a manual journal has an attachment
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Last modified date UTC format
    """
    manual_journal_id: Annotated[UUID | None, Field(alias="ManualJournalID")] = None
    """
    The Xero identifier for a Manual Journal
    """
    status_attribute_string: Annotated[str | None, Field(alias="StatusAttributeString")] = None
    """
    A string to indicate if a invoice status
    """
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """
    attachments: Annotated[list[Attachment] | None, Field(alias="Attachments")] = None
    """
    Displays array of attachments from the API
    """


class ManualJournals(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    pagination: Annotated[Pagination | None, Field(alias="pagination")] = None
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    manual_journals: Annotated[list[ManualJournal] | None, Field(alias="ManualJournals")] = None


class Allocation(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    allocation_id: Annotated[UUID | None, Field(alias="AllocationID")] = None
    """
    Xero generated unique identifier
    """
    invoice: Annotated[Invoice, Field(alias="Invoice")]
    overpayment: Annotated[Overpayment | None, Field(alias="Overpayment")] = None
    prepayment: Annotated[Prepayment | None, Field(alias="Prepayment")] = None
    credit_note: Annotated[CreditNote | None, Field(alias="CreditNote")] = None
    amount: Annotated[float, Field(alias="Amount")]
    """
    the amount being applied to the invoice
    """
    date: Annotated[str, Field(alias="Date")]
    """
    the date the allocation is applied YYYY-MM-DD.
    """
    is_deleted: Annotated[bool | None, Field(alias="IsDeleted")] = None
    """
    A flag that returns true when the allocation is succesfully deleted
    """
    status_attribute_string: Annotated[str | None, Field(alias="StatusAttributeString")] = None
    """
    A string to indicate if a invoice status
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """


class Allocations(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    allocations: Annotated[list[Allocation] | None, Field(alias="Allocations")] = None


class BankTransaction(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: Annotated[BankTransactionType, Field(alias="Type")]
    contact: Annotated[Contact | None, Field(alias="Contact")] = None
    line_items: Annotated[list[LineItem], Field(alias="LineItems")]
    """
    See LineItems
    """
    bank_account: Annotated[Account, Field(alias="BankAccount")]
    is_reconciled: Annotated[bool | None, Field(alias="IsReconciled")] = None
    """
    Boolean to show if transaction is reconciled
    """
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    Date of transaction – YYYY-MM-DD
    """
    reference: Annotated[str | None, Field(alias="Reference")] = None
    """
    Reference for the transaction. Only supported for SPEND and RECEIVE transactions.
    """
    currency_code: Annotated[CurrencyCode | None, Field(alias="CurrencyCode")] = None
    currency_rate: Annotated[float | None, Field(alias="CurrencyRate")] = None
    """
    Exchange rate to base currency when money is spent or received. e.g.0.7500 Only used for bank transactions in non base currency. If this isn’t specified for non base currency accounts then either the user-defined rate (preference) or the XE.com day rate will be used. Setting currency is only supported on overpayments.
    """
    url: Annotated[str | None, Field(alias="Url")] = None
    """
    URL link to a source document – shown as “Go to App Name”
    """
    status: Annotated[BankTransactionStatus | None, Field(alias="Status")] = None
    line_amount_types: Annotated[LineAmountTypes | None, Field(alias="LineAmountTypes")] = None
    sub_total: Annotated[float | None, Field(alias="SubTotal")] = None
    """
    Total of bank transaction excluding taxes
    """
    total_tax: Annotated[float | None, Field(alias="TotalTax")] = None
    """
    Total tax on bank transaction
    """
    total: Annotated[float | None, Field(alias="Total")] = None
    """
    Total of bank transaction tax inclusive
    """
    bank_transaction_id: Annotated[UUID | None, Field(alias="BankTransactionID")] = None
    """
    Xero generated unique identifier for bank transaction
    """
    prepayment_id: Annotated[UUID | None, Field(alias="PrepaymentID")] = None
    """
    Xero generated unique identifier for a Prepayment. This will be returned on BankTransactions with a Type of SPEND-PREPAYMENT or RECEIVE-PREPAYMENT
    """
    overpayment_id: Annotated[UUID | None, Field(alias="OverpaymentID")] = None
    """
    Xero generated unique identifier for an Overpayment. This will be returned on BankTransactions with a Type of SPEND-OVERPAYMENT or RECEIVE-OVERPAYMENT
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Last modified date UTC format
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    Boolean to indicate if a bank transaction has an attachment
    """
    status_attribute_string: Annotated[str | None, Field(alias="StatusAttributeString")] = None
    """
    A string to indicate if a invoice status
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """


class BankTransactions(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    pagination: Annotated[Pagination | None, Field(alias="pagination")] = None
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    bank_transactions: Annotated[list[BankTransaction] | None, Field(alias="BankTransactions")] = (
        None
    )


class BatchPayment(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    account: Annotated[Account | None, Field(alias="Account")] = None
    reference: Annotated[str | None, Field(alias="Reference", max_length=255)] = None
    """
    (NZ Only) Optional references for the batch payment transaction. It will also show with the batch payment transaction in the bank reconciliation Find & Match screen. Depending on your individual bank, the detail may also show on the bank statement you import into Xero.
    """
    particulars: Annotated[str | None, Field(alias="Particulars", max_length=12)] = None
    """
    (NZ Only) Optional references for the batch payment transaction. It will also show with the batch payment transaction in the bank reconciliation Find & Match screen. Depending on your individual bank, the detail may also show on the bank statement you import into Xero.
    """
    code: Annotated[str | None, Field(alias="Code", max_length=12)] = None
    """
    (NZ Only) Optional references for the batch payment transaction. It will also show with the batch payment transaction in the bank reconciliation Find & Match screen. Depending on your individual bank, the detail may also show on the bank statement you import into Xero.
    """
    details: Annotated[str | None, Field(alias="Details")] = None
    """
    (Non-NZ Only) These details are sent to the org’s bank as a reference for the batch payment transaction. They will also show with the batch payment transaction in the bank reconciliation Find & Match screen. Depending on your individual bank, the detail may also show on the bank statement imported into Xero. Maximum field length = 18
    """
    narrative: Annotated[str | None, Field(alias="Narrative", max_length=18)] = None
    """
    (UK Only) Only shows on the statement line in Xero. Max length =18
    """
    batch_payment_id: Annotated[UUID | None, Field(alias="BatchPaymentID")] = None
    """
    The Xero generated unique identifier for the bank transaction (read-only)
    """
    date_string: Annotated[str | None, Field(alias="DateString")] = None
    """
    Date the payment is being made (YYYY-MM-DD) e.g. 2009-09-06
    """
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    Date the payment is being made (YYYY-MM-DD) e.g. 2009-09-06
    """
    amount: Annotated[float | None, Field(alias="Amount")] = None
    """
    The amount of the payment. Must be less than or equal to the outstanding amount owing on the invoice e.g. 200.00
    """
    payments: Annotated[list[Payment] | None, Field(alias="Payments")] = None
    """
    An array of payments
    """
    type: Annotated[BatchPaymentType | None, Field(alias="Type")] = None
    status: Annotated[BatchPaymentStatus | None, Field(alias="Status")] = None
    total_amount: Annotated[float | None, Field(alias="TotalAmount")] = None
    """
    The total of the payments that make up the batch (read-only)
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    UTC timestamp of last update to the payment
    """
    is_reconciled: Annotated[bool | None, Field(alias="IsReconciled")] = None
    """
    Booelan that tells you if the batch payment has been reconciled (read-only)
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """


class BatchPayments(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    batch_payments: Annotated[list[BatchPayment] | None, Field(alias="BatchPayments")] = None


class Contact(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    contact_id: Annotated[UUID | None, Field(alias="ContactID")] = None
    """
    Xero identifier
    """
    merged_to_contact_id: Annotated[UUID | None, Field(alias="MergedToContactID")] = None
    """
    ID for the destination of a merged contact. Only returned when using paging or when fetching a contact by ContactId or ContactNumber.
    """
    contact_number: Annotated[str | None, Field(alias="ContactNumber", max_length=50)] = None
    """
    This can be updated via the API only i.e. This field is read only on the Xero contact screen, used to identify contacts in external systems (max length = 50). If the Contact Number is used, this is displayed as Contact Code in the Contacts UI in Xero.
    """
    account_number: Annotated[str | None, Field(alias="AccountNumber", max_length=50)] = None
    """
    A user defined account number. This can be updated via the API and the Xero UI (max length = 50)
    """
    contact_status: Annotated[ContactStatus | None, Field(alias="ContactStatus")] = None
    name: Annotated[str | None, Field(alias="Name", max_length=255)] = None
    """
    Full name of contact/organisation (max length = 255)
    """
    first_name: Annotated[str | None, Field(alias="FirstName", max_length=255)] = None
    """
    First name of contact person (max length = 255)
    """
    last_name: Annotated[str | None, Field(alias="LastName", max_length=255)] = None
    """
    Last name of contact person (max length = 255)
    """
    company_number: Annotated[str | None, Field(alias="CompanyNumber", max_length=50)] = None
    """
    Company registration number (max length = 50)
    """
    email_address: Annotated[str | None, Field(alias="EmailAddress", max_length=255)] = None
    """
    Email address of contact person (umlauts not supported) (max length  = 255)
    """
    contact_persons: Annotated[list[ContactPerson] | None, Field(alias="ContactPersons")] = None
    """
    See contact persons
    """
    bank_account_details: Annotated[str | None, Field(alias="BankAccountDetails")] = None
    """
    Bank account number of contact
    """
    tax_number: Annotated[str | None, Field(alias="TaxNumber", max_length=50)] = None
    """
    Tax number of contact – this is also known as the ABN (Australia), GST Number (New Zealand), VAT Number (UK) or Tax ID Number (US and global) in the Xero UI depending on which regionalized version of Xero you are using (max length = 50)
    """
    tax_number_type: Annotated[TaxNumberType | None, Field(alias="TaxNumberType")] = None
    accounts_receivable_tax_type: Annotated[
        str | None, Field(alias="AccountsReceivableTaxType")
    ] = None
    """
    The tax type from TaxRates
    """
    accounts_payable_tax_type: Annotated[str | None, Field(alias="AccountsPayableTaxType")] = None
    """
    The tax type from TaxRates
    """
    addresses: Annotated[list[Address] | None, Field(alias="Addresses")] = None
    """
    Store certain address types for a contact – see address types
    """
    phones: Annotated[list[Phone] | None, Field(alias="Phones")] = None
    """
    Store certain phone types for a contact – see phone types
    """
    is_supplier: Annotated[bool | None, Field(alias="IsSupplier")] = None
    """
    true or false – Boolean that describes if a contact that has any AP  invoices entered against them. Cannot be set via PUT or POST – it is automatically set when an accounts payable invoice is generated against this contact.
    """
    is_customer: Annotated[bool | None, Field(alias="IsCustomer")] = None
    """
    true or false – Boolean that describes if a contact has any AR invoices entered against them. Cannot be set via PUT or POST – it is automatically set when an accounts receivable invoice is generated against this contact.
    """
    sales_default_line_amount_type: Annotated[
        SalesDefaultLineAmountType | None, Field(alias="SalesDefaultLineAmountType")
    ] = None
    purchases_default_line_amount_type: Annotated[
        PurchasesDefaultLineAmountType | None, Field(alias="PurchasesDefaultLineAmountType")
    ] = None
    default_currency: Annotated[CurrencyCode | None, Field(alias="DefaultCurrency")] = None
    xero_network_key: Annotated[str | None, Field(alias="XeroNetworkKey")] = None
    """
    Store XeroNetworkKey for contacts.
    """
    sales_default_account_code: Annotated[str | None, Field(alias="SalesDefaultAccountCode")] = None
    """
    The default sales account code for contacts
    """
    purchases_default_account_code: Annotated[
        str | None, Field(alias="PurchasesDefaultAccountCode")
    ] = None
    """
    The default purchases account code for contacts
    """
    sales_tracking_categories: Annotated[
        list[SalesTrackingCategory] | None, Field(alias="SalesTrackingCategories")
    ] = None
    """
    The default sales tracking categories for contacts
    """
    purchases_tracking_categories: Annotated[
        list[SalesTrackingCategory] | None, Field(alias="PurchasesTrackingCategories")
    ] = None
    """
    The default purchases tracking categories for contacts
    """
    tracking_category_name: Annotated[str | None, Field(alias="TrackingCategoryName")] = None
    """
    The name of the Tracking Category assigned to the contact under SalesTrackingCategories and PurchasesTrackingCategories
    """
    tracking_category_option: Annotated[str | None, Field(alias="TrackingCategoryOption")] = None
    """
    The name of the Tracking Option assigned to the contact under SalesTrackingCategories and PurchasesTrackingCategories
    """
    payment_terms: Annotated[PaymentTerm | None, Field(alias="PaymentTerms")] = None
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    UTC timestamp of last update to contact
    """
    contact_groups: Annotated[list[ContactGroup] | None, Field(alias="ContactGroups")] = None
    """
    Displays which contact groups a contact is included in
    """
    website: Annotated[str | None, Field(alias="Website")] = None
    """
    Website address for contact (read only)
    """
    branding_theme: Annotated[BrandingTheme | None, Field(alias="BrandingTheme")] = None
    batch_payments: Annotated[BatchPaymentDetails | None, Field(alias="BatchPayments")] = None
    discount: Annotated[float | None, Field(alias="Discount")] = None
    """
    The default discount rate for the contact (read only)
    """
    balances: Annotated[Balances | None, Field(alias="Balances")] = None
    attachments: Annotated[list[Attachment] | None, Field(alias="Attachments")] = None
    """
    Displays array of attachments from the API
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    A boolean to indicate if a contact has an attachment
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays validation errors returned from the API
    """
    has_validation_errors: Annotated[bool, Field(alias="HasValidationErrors")] = False
    """
    A boolean to indicate if a contact has an validation errors
    """
    status_attribute_string: Annotated[str | None, Field(alias="StatusAttributeString")] = None
    """
    Status of object
    """


class ContactGroup(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    The Name of the contact group. Required when creating a new contact  group
    """
    status: Annotated[ContactGroupStatus | None, Field(alias="Status")] = None
    contact_group_id: Annotated[UUID | None, Field(alias="ContactGroupID")] = None
    """
    The Xero identifier for an contact group – specified as a string following the endpoint name. e.g. /297c2dc5-cc47-4afd-8ec8-74990b8761e9
    """
    contacts: Annotated[list[Contact] | None, Field(alias="Contacts")] = None
    """
    The ContactID and Name of Contacts in a contact group. Returned on GETs when the ContactGroupID is supplied in the URL.
    """


class ContactGroups(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    contact_groups: Annotated[list[ContactGroup] | None, Field(alias="ContactGroups")] = None


class Contacts(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    pagination: Annotated[Pagination | None, Field(alias="pagination")] = None
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    contacts: Annotated[list[Contact] | None, Field(alias="Contacts")] = None


class CreditNote(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: Annotated[CreditNoteType | None, Field(alias="Type")] = None
    contact: Annotated[Contact | None, Field(alias="Contact")] = None
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    The date the credit note is issued YYYY-MM-DD. If the Date element is not specified then it will default to the current date based on the timezone setting of the organisation
    """
    due_date: Annotated[str | None, Field(alias="DueDate")] = None
    """
    Date invoice is due – YYYY-MM-DD
    """
    status: Annotated[CreditNoteStatus | None, Field(alias="Status")] = None
    line_amount_types: Annotated[LineAmountTypes | None, Field(alias="LineAmountTypes")] = None
    line_items: Annotated[list[LineItem] | None, Field(alias="LineItems")] = None
    """
    See Invoice Line Items
    """
    sub_total: Annotated[float | None, Field(alias="SubTotal")] = None
    """
    The subtotal of the credit note excluding taxes
    """
    total_tax: Annotated[float | None, Field(alias="TotalTax")] = None
    """
    The total tax on the credit note
    """
    total: Annotated[float | None, Field(alias="Total")] = None
    """
    The total of the Credit Note(subtotal + total tax)
    """
    cis_deduction: Annotated[float | None, Field(alias="CISDeduction")] = None
    """
    CIS deduction for UK contractors
    """
    cis_rate: Annotated[float | None, Field(alias="CISRate")] = None
    """
    CIS Deduction rate for the organisation
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    UTC timestamp of last update to the credit note
    """
    updated_date_utc_string: Annotated[str | None, Field(alias="UpdatedDateUTCString")] = None
    """
    UTC ISO-8601 formatted timestamp of last update to the credit note
    """
    currency_code: Annotated[CurrencyCode | None, Field(alias="CurrencyCode")] = None
    """
    The specified currency code
    """
    fully_paid_on_date: Annotated[str | None, Field(alias="FullyPaidOnDate")] = None
    """
    Date when credit note was fully paid(UTC format)
    """
    credit_note_id: Annotated[UUID | None, Field(alias="CreditNoteID")] = None
    """
    Xero generated unique identifier
    """
    credit_note_number: Annotated[str | None, Field(alias="CreditNoteNumber")] = None
    """
    ACCRECCREDIT – Unique alpha numeric code identifying credit note (when missing will auto-generate from your Organisation Invoice Settings)
    """
    reference: Annotated[str | None, Field(alias="Reference")] = None
    """
    ACCRECCREDIT only – additional reference number
    """
    sent_to_contact: Annotated[bool | None, Field(alias="SentToContact")] = None
    """
    Boolean to set whether the credit note in the Xero app should be marked as “sent”. This can be set only on credit notes that have been approved
    """
    currency_rate: Annotated[float | None, Field(alias="CurrencyRate")] = None
    """
    The currency rate for a multicurrency invoice. If no rate is specified, the XE.com day rate is used
    """
    remaining_credit: Annotated[float | None, Field(alias="RemainingCredit")] = None
    """
    The remaining credit balance on the Credit Note
    """
    allocations: Annotated[list[Allocation] | None, Field(alias="Allocations")] = None
    """
    See Allocations
    """
    applied_amount: Annotated[float | None, Field(alias="AppliedAmount")] = None
    """
    The amount of applied to an invoice
    """
    payments: Annotated[list[Payment] | None, Field(alias="Payments")] = None
    """
    See Payments
    """
    branding_theme_id: Annotated[UUID | None, Field(alias="BrandingThemeID")] = None
    """
    See BrandingThemes
    """
    status_attribute_string: Annotated[str | None, Field(alias="StatusAttributeString")] = None
    """
    A string to indicate if a invoice status
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    boolean to indicate if a credit note has an attachment
    """
    has_errors: Annotated[bool, Field(alias="HasErrors")] = False
    """
    A boolean to indicate if a credit note has an validation errors
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    invoice_addresses: Annotated[list[InvoiceAddress] | None, Field(alias="InvoiceAddresses")] = (
        None
    )
    """
    An array of addresses used to auto calculate sales tax
    """


class CreditNotes(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    pagination: Annotated[Pagination | None, Field(alias="pagination")] = None
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    credit_notes: Annotated[list[CreditNote] | None, Field(alias="CreditNotes")] = None


class ExpenseClaim(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    expense_claim_id: Annotated[UUID | None, Field(alias="ExpenseClaimID")] = None
    """
    Xero generated unique identifier for an expense claim
    """
    status: Annotated[ExpenseClaimStatus | None, Field(alias="Status")] = None
    payments: Annotated[list[Payment] | None, Field(alias="Payments")] = None
    """
    See Payments
    """
    user: Annotated[User | None, Field(alias="User")] = None
    receipts: Annotated[list[Receipt] | None, Field(alias="Receipts")] = None
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Last modified date UTC format
    """
    total: Annotated[float | None, Field(alias="Total")] = None
    """
    The total of an expense claim being paid
    """
    amount_due: Annotated[float | None, Field(alias="AmountDue")] = None
    """
    The amount due to be paid for an expense claim
    """
    amount_paid: Annotated[float | None, Field(alias="AmountPaid")] = None
    """
    The amount still to pay for an expense claim
    """
    payment_due_date: Annotated[str | None, Field(alias="PaymentDueDate")] = None
    """
    The date when the expense claim is due to be paid YYYY-MM-DD
    """
    reporting_date: Annotated[str | None, Field(alias="ReportingDate")] = None
    """
    The date the expense claim will be reported in Xero YYYY-MM-DD
    """
    receipt_id: Annotated[UUID | None, Field(alias="ReceiptID")] = None
    """
    The Xero identifier for the Receipt e.g. e59a2c7f-1306-4078-a0f3-73537afcbba9
    """


class ExpenseClaims(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    expense_claims: Annotated[list[ExpenseClaim] | None, Field(alias="ExpenseClaims")] = None


class Invoice(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: Annotated[InvoiceType | None, Field(alias="Type")] = None
    contact: Annotated[Contact | None, Field(alias="Contact")] = None
    line_items: Annotated[list[LineItem] | None, Field(alias="LineItems")] = None
    """
    See LineItems
    """
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    Date invoice was issued – YYYY-MM-DD. If the Date element is not specified it will default to the current date based on the timezone setting of the organisation
    """
    due_date: Annotated[str | None, Field(alias="DueDate")] = None
    """
    Date invoice is due – YYYY-MM-DD
    """
    line_amount_types: Annotated[LineAmountTypes | None, Field(alias="LineAmountTypes")] = None
    invoice_number: Annotated[str | None, Field(alias="InvoiceNumber", max_length=255)] = None
    """
    ACCREC – Unique alpha numeric code identifying invoice (when missing will auto-generate from your Organisation Invoice Settings) (max length = 255)
    """
    reference: Annotated[str | None, Field(alias="Reference")] = None
    """
    ACCREC only – additional reference number
    """
    branding_theme_id: Annotated[UUID | None, Field(alias="BrandingThemeID")] = None
    """
    See BrandingThemes
    """
    url: Annotated[str | None, Field(alias="Url")] = None
    """
    URL link to a source document – shown as “Go to [appName]” in the Xero app
    """
    currency_code: Annotated[CurrencyCode | None, Field(alias="CurrencyCode")] = None
    currency_rate: Annotated[float | None, Field(alias="CurrencyRate")] = None
    """
    The currency rate for a multicurrency invoice. If no rate is specified, the XE.com day rate is used. (max length = [18].[6])
    """
    status: Annotated[InvoiceStatus | None, Field(alias="Status")] = None
    sent_to_contact: Annotated[bool | None, Field(alias="SentToContact")] = None
    """
    Boolean to set whether the invoice in the Xero app should be marked as “sent”. This can be set only on invoices that have been approved
    """
    expected_payment_date: Annotated[str | None, Field(alias="ExpectedPaymentDate")] = None
    """
    Shown on sales invoices (Accounts Receivable) when this has been set
    """
    planned_payment_date: Annotated[str | None, Field(alias="PlannedPaymentDate")] = None
    """
    Shown on bills (Accounts Payable) when this has been set
    """
    cis_deduction: Annotated[float | None, Field(alias="CISDeduction")] = None
    """
    CIS deduction for UK contractors
    """
    cis_rate: Annotated[float | None, Field(alias="CISRate")] = None
    """
    CIS Deduction rate for the organisation
    """
    sub_total: Annotated[float | None, Field(alias="SubTotal")] = None
    """
    Total of invoice excluding taxes
    """
    total_tax: Annotated[float | None, Field(alias="TotalTax")] = None
    """
    Total tax on invoice
    """
    total: Annotated[float | None, Field(alias="Total")] = None
    """
    Total of Invoice tax inclusive (i.e. SubTotal + TotalTax). This will be ignored if it doesn’t equal the sum of the LineAmounts
    """
    total_discount: Annotated[float | None, Field(alias="TotalDiscount")] = None
    """
    Total of discounts applied on the invoice line items
    """
    invoice_id: Annotated[UUID | None, Field(alias="InvoiceID")] = None
    """
    Xero generated unique identifier for invoice
    """
    repeating_invoice_id: Annotated[UUID | None, Field(alias="RepeatingInvoiceID")] = None
    """
    Xero generated unique identifier for repeating invoices
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    boolean to indicate if an invoice has an attachment
    """
    is_discounted: Annotated[bool | None, Field(alias="IsDiscounted")] = None
    """
    boolean to indicate if an invoice has a discount
    """
    payments: Annotated[list[Payment] | None, Field(alias="Payments")] = None
    """
    See Payments
    """
    prepayments: Annotated[list[Prepayment] | None, Field(alias="Prepayments")] = None
    """
    See Prepayments
    """
    overpayments: Annotated[list[Overpayment] | None, Field(alias="Overpayments")] = None
    """
    See Overpayments
    """
    amount_due: Annotated[float | None, Field(alias="AmountDue")] = None
    """
    Amount remaining to be paid on invoice
    """
    amount_paid: Annotated[float | None, Field(alias="AmountPaid")] = None
    """
    Sum of payments received for invoice
    """
    fully_paid_on_date: Annotated[str | None, Field(alias="FullyPaidOnDate")] = None
    """
    The date the invoice was fully paid. Only returned on fully paid invoices
    """
    amount_credited: Annotated[float | None, Field(alias="AmountCredited")] = None
    """
    Sum of all credit notes, over-payments and pre-payments applied to invoice
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    UTC timestamp of last update to the invoice
    """
    updated_date_utc_string: Annotated[str | None, Field(alias="UpdatedDateUTCString")] = None
    """
    UTC ISO-8601 formatted timestamp of last update to the invoice
    """
    credit_notes: Annotated[list[CreditNote] | None, Field(alias="CreditNotes")] = None
    """
    Details of credit notes that have been applied to an invoice
    """
    attachments: Annotated[list[Attachment] | None, Field(alias="Attachments")] = None
    """
    Displays array of attachments from the API
    """
    has_errors: Annotated[bool, Field(alias="HasErrors")] = False
    """
    A boolean to indicate if a invoice has an validation errors
    """
    status_attribute_string: Annotated[str | None, Field(alias="StatusAttributeString")] = None
    """
    A string to indicate if a invoice status
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    invoice_addresses: Annotated[list[InvoiceAddress] | None, Field(alias="InvoiceAddresses")] = (
        None
    )
    """
    An array of addresses used to auto calculate sales tax
    """


class Invoices(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    pagination: Annotated[Pagination | None, Field(alias="pagination")] = None
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    invoices: Annotated[list[Invoice] | None, Field(alias="Invoices")] = None


class Overpayment(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: Annotated[OverpaymentType | None, Field(alias="Type")] = None
    contact: Annotated[Contact | None, Field(alias="Contact")] = None
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    The date the overpayment is created YYYY-MM-DD
    """
    status: Annotated[OverpaymentStatus | None, Field(alias="Status")] = None
    line_amount_types: Annotated[LineAmountTypes | None, Field(alias="LineAmountTypes")] = None
    line_items: Annotated[list[LineItem] | None, Field(alias="LineItems")] = None
    """
    See Overpayment Line Items
    """
    sub_total: Annotated[float | None, Field(alias="SubTotal")] = None
    """
    The subtotal of the overpayment excluding taxes
    """
    total_tax: Annotated[float | None, Field(alias="TotalTax")] = None
    """
    The total tax on the overpayment
    """
    total: Annotated[float | None, Field(alias="Total")] = None
    """
    The total of the overpayment (subtotal + total tax)
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    UTC timestamp of last update to the overpayment
    """
    updated_date_utc_string: Annotated[str | None, Field(alias="UpdatedDateUTCString")] = None
    """
    UTC ISO-8601 formatted timestamp of last update to the overpayment
    """
    currency_code: Annotated[CurrencyCode | None, Field(alias="CurrencyCode")] = None
    overpayment_id: Annotated[UUID | None, Field(alias="OverpaymentID")] = None
    """
    Xero generated unique identifier
    """
    currency_rate: Annotated[float | None, Field(alias="CurrencyRate")] = None
    """
    The currency rate for a multicurrency overpayment. If no rate is specified, the XE.com day rate is used
    """
    remaining_credit: Annotated[float | None, Field(alias="RemainingCredit")] = None
    """
    The remaining credit balance on the overpayment
    """
    allocations: Annotated[list[Allocation] | None, Field(alias="Allocations")] = None
    """
    See Allocations
    """
    applied_amount: Annotated[float | None, Field(alias="AppliedAmount")] = None
    """
    The amount of applied to an invoice
    """
    payments: Annotated[list[Payment] | None, Field(alias="Payments")] = None
    """
    See Payments
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    boolean to indicate if a overpayment has an attachment
    """
    reference: Annotated[str | None, Field(alias="Reference")] = None
    """
    An optional description for Overpayment
    """
    attachments: Annotated[list[Attachment] | None, Field(alias="Attachments")] = None
    """
    See Attachments
    """


class Overpayments(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    pagination: Annotated[Pagination | None, Field(alias="pagination")] = None
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    overpayments: Annotated[list[Overpayment] | None, Field(alias="Overpayments")] = None


class Payment(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    invoice: Annotated[Invoice | None, Field(alias="Invoice")] = None
    credit_note: Annotated[CreditNote | None, Field(alias="CreditNote")] = None
    prepayment: Annotated[Prepayment | None, Field(alias="Prepayment")] = None
    overpayment: Annotated[Overpayment | None, Field(alias="Overpayment")] = None
    invoice_number: Annotated[str | None, Field(alias="InvoiceNumber")] = None
    """
    Number of invoice or credit note you are applying payment to e.g.INV-4003
    """
    credit_note_number: Annotated[str | None, Field(alias="CreditNoteNumber")] = None
    """
    Number of invoice or credit note you are applying payment to e.g. INV-4003
    """
    batch_payment: Annotated[BatchPayment | None, Field(alias="BatchPayment")] = None
    account: Annotated[Account | None, Field(alias="Account")] = None
    code: Annotated[str | None, Field(alias="Code")] = None
    """
    Code of account you are using to make the payment e.g. 001 (note- not all accounts have a code value)
    """
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    Date the payment is being made (YYYY-MM-DD) e.g. 2009-09-06
    """
    currency_rate: Annotated[float | None, Field(alias="CurrencyRate")] = None
    """
    Exchange rate when payment is received. Only used for non base currency invoices and credit notes e.g. 0.7500
    """
    amount: Annotated[float | None, Field(alias="Amount")] = None
    """
    The amount of the payment. Must be less than or equal to the outstanding amount owing on the invoice e.g. 200.00
    """
    bank_amount: Annotated[float | None, Field(alias="BankAmount")] = None
    """
    The amount of the payment in the currency of the bank account.
    """
    reference: Annotated[str | None, Field(alias="Reference")] = None
    """
    An optional description for the payment e.g. Direct Debit
    """
    is_reconciled: Annotated[bool | None, Field(alias="IsReconciled")] = None
    """
    An optional parameter for the payment. A boolean indicating whether you would like the payment to be created as reconciled when using PUT, or whether a payment has been reconciled when using GET
    """
    status: Annotated[PaymentStatus | None, Field(alias="Status")] = None
    payment_type: Annotated[PaymentType | None, Field(alias="PaymentType")] = None
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    UTC timestamp of last update to the payment
    """
    updated_date_utc_string: Annotated[str | None, Field(alias="UpdatedDateUTCString")] = None
    """
    UTC ISO-8601 formatted timestamp of last update to the payment
    """
    payment_id: Annotated[UUID | None, Field(alias="PaymentID")] = None
    """
    The Xero identifier for an Payment e.g. 297c2dc5-cc47-4afd-8ec8-74990b8761e9
    """
    batch_payment_id: Annotated[UUID | None, Field(alias="BatchPaymentID")] = None
    """
    Present if the payment was created as part of a batch.
    """
    bank_account_number: Annotated[str | None, Field(alias="BankAccountNumber")] = None
    """
    The suppliers bank account number the payment is being made to
    """
    particulars: Annotated[str | None, Field(alias="Particulars")] = None
    """
    The suppliers bank account number the payment is being made to
    """
    details: Annotated[str | None, Field(alias="Details")] = None
    """
    The information to appear on the supplier's bank account
    """
    has_account: Annotated[bool, Field(alias="HasAccount")] = False
    """
    A boolean to indicate if a contact has an validation errors
    """
    has_validation_errors: Annotated[bool, Field(alias="HasValidationErrors")] = False
    """
    A boolean to indicate if a contact has an validation errors
    """
    status_attribute_string: Annotated[str | None, Field(alias="StatusAttributeString")] = None
    """
    A string to indicate if a invoice status
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """


class Payments(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    pagination: Annotated[Pagination | None, Field(alias="pagination")] = None
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    payments: Annotated[list[Payment] | None, Field(alias="Payments")] = None


class Prepayment(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: Annotated[PrepaymentType | None, Field(alias="Type")] = None
    contact: Annotated[Contact | None, Field(alias="Contact")] = None
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    The date the prepayment is created YYYY-MM-DD
    """
    status: Annotated[PrepaymentStatus | None, Field(alias="Status")] = None
    line_amount_types: Annotated[LineAmountTypes | None, Field(alias="LineAmountTypes")] = None
    line_items: Annotated[list[LineItem] | None, Field(alias="LineItems")] = None
    """
    See Prepayment Line Items
    """
    sub_total: Annotated[float | None, Field(alias="SubTotal")] = None
    """
    The subtotal of the prepayment excluding taxes
    """
    total_tax: Annotated[float | None, Field(alias="TotalTax")] = None
    """
    The total tax on the prepayment
    """
    total: Annotated[float | None, Field(alias="Total")] = None
    """
    The total of the prepayment(subtotal + total tax)
    """
    reference: Annotated[str | None, Field(alias="Reference")] = None
    """
    Returns Invoice number field. Reference field isn't available.
    """
    invoice_number: Annotated[str | None, Field(alias="InvoiceNumber")] = None
    """
    Returns Invoice number for prepayment receive document only.
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    UTC timestamp of last update to the prepayment
    """
    updated_date_utc_string: Annotated[str | None, Field(alias="UpdatedDateUTCString")] = None
    """
    UTC ISO-8601 formatted timestamp of last update to the prepayment
    """
    currency_code: Annotated[CurrencyCode | None, Field(alias="CurrencyCode")] = None
    prepayment_id: Annotated[UUID | None, Field(alias="PrepaymentID")] = None
    """
    Xero generated unique identifier
    """
    branding_theme_id: Annotated[UUID | None, Field(alias="BrandingThemeID")] = None
    """
    The unique identifier of the branding template applied to a receive prepayment
    """
    currency_rate: Annotated[float | None, Field(alias="CurrencyRate")] = None
    """
    The currency rate for a multicurrency prepayment. If no rate is specified, the XE.com day rate is used
    """
    remaining_credit: Annotated[float | None, Field(alias="RemainingCredit")] = None
    """
    The remaining credit balance on the prepayment
    """
    allocations: Annotated[list[Allocation] | None, Field(alias="Allocations")] = None
    """
    See Allocations
    """
    payments: Annotated[list[Payment] | None, Field(alias="Payments")] = None
    """
    See Payments
    """
    applied_amount: Annotated[float | None, Field(alias="AppliedAmount")] = None
    """
    The amount of applied to an invoice
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    boolean to indicate if a prepayment has an attachment
    """
    attachments: Annotated[list[Attachment] | None, Field(alias="Attachments")] = None
    """
    See Attachments
    """


class Prepayments(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    pagination: Annotated[Pagination | None, Field(alias="pagination")] = None
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    prepayments: Annotated[list[Prepayment] | None, Field(alias="Prepayments")] = None


class PurchaseOrder(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    contact: Annotated[Contact | None, Field(alias="Contact")] = None
    line_items: Annotated[list[LineItem] | None, Field(alias="LineItems")] = None
    """
    See LineItems
    """
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    Date purchase order was issued – YYYY-MM-DD. If the Date element is not specified then it will default to the current date based on the timezone setting of the organisation
    """
    delivery_date: Annotated[str | None, Field(alias="DeliveryDate")] = None
    """
    Date the goods are to be delivered – YYYY-MM-DD
    """
    line_amount_types: Annotated[LineAmountTypes | None, Field(alias="LineAmountTypes")] = None
    purchase_order_number: Annotated[str | None, Field(alias="PurchaseOrderNumber")] = None
    """
    Unique alpha numeric code identifying purchase order (when missing will auto-generate from your Organisation Invoice Settings)
    """
    reference: Annotated[str | None, Field(alias="Reference")] = None
    """
    Additional reference number
    """
    branding_theme_id: Annotated[UUID | None, Field(alias="BrandingThemeID")] = None
    """
    See BrandingThemes
    """
    currency_code: Annotated[CurrencyCode | None, Field(alias="CurrencyCode")] = None
    status: Annotated[PurchaseOrderStatus | None, Field(alias="Status")] = None
    sent_to_contact: Annotated[bool | None, Field(alias="SentToContact")] = None
    """
    Boolean to set whether the purchase order should be marked as “sent”. This can be set only on purchase orders that have been approved or billed
    """
    delivery_address: Annotated[str | None, Field(alias="DeliveryAddress")] = None
    """
    The address the goods are to be delivered to
    """
    attention_to: Annotated[str | None, Field(alias="AttentionTo")] = None
    """
    The person that the delivery is going to
    """
    telephone: Annotated[str | None, Field(alias="Telephone")] = None
    """
    The phone number for the person accepting the delivery
    """
    delivery_instructions: Annotated[str | None, Field(alias="DeliveryInstructions")] = None
    """
    A free text feild for instructions (500 characters max)
    """
    expected_arrival_date: Annotated[str | None, Field(alias="ExpectedArrivalDate")] = None
    """
    The date the goods are expected to arrive.
    """
    purchase_order_id: Annotated[UUID | None, Field(alias="PurchaseOrderID")] = None
    """
    Xero generated unique identifier for purchase order
    """
    currency_rate: Annotated[float | None, Field(alias="CurrencyRate")] = None
    """
    The currency rate for a multicurrency purchase order. If no rate is specified, the XE.com day rate is used.
    """
    sub_total: Annotated[float | None, Field(alias="SubTotal")] = None
    """
    Total of purchase order excluding taxes
    """
    total_tax: Annotated[float | None, Field(alias="TotalTax")] = None
    """
    Total tax on purchase order
    """
    total: Annotated[float | None, Field(alias="Total")] = None
    """
    Total of Purchase Order tax inclusive (i.e. SubTotal + TotalTax)
    """
    total_discount: Annotated[float | None, Field(alias="TotalDiscount")] = None
    """
    Total of discounts applied on the purchase order line items
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    boolean to indicate if a purchase order has an attachment
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Last modified date UTC format
    """
    status_attribute_string: Annotated[str | None, Field(alias="StatusAttributeString")] = None
    """
    A string to indicate if a invoice status
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    attachments: Annotated[list[Attachment] | None, Field(alias="Attachments")] = None
    """
    Displays array of attachments from the API
    """


class PurchaseOrders(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    pagination: Annotated[Pagination | None, Field(alias="pagination")] = None
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    purchase_orders: Annotated[list[PurchaseOrder] | None, Field(alias="PurchaseOrders")] = None


class Quote(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    quote_id: Annotated[UUID | None, Field(alias="QuoteID")] = None
    """
    QuoteID GUID is automatically generated and is returned after create or GET.
    """
    quote_number: Annotated[str | None, Field(alias="QuoteNumber", max_length=255)] = None
    """
    Unique alpha numeric code identifying a quote (Max Length = 255)
    """
    reference: Annotated[str | None, Field(alias="Reference", max_length=4000)] = None
    """
    Additional reference number
    """
    terms: Annotated[str | None, Field(alias="Terms", max_length=4000)] = None
    """
    Terms of the quote
    """
    contact: Annotated[Contact | None, Field(alias="Contact")] = None
    line_items: Annotated[list[LineItem] | None, Field(alias="LineItems")] = None
    """
    See LineItems
    """
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    Date quote was issued – YYYY-MM-DD. If the Date element is not specified it will default to the current date based on the timezone setting of the organisation
    """
    date_string: Annotated[str | None, Field(alias="DateString")] = None
    """
    Date the quote was issued (YYYY-MM-DD)
    """
    expiry_date: Annotated[str | None, Field(alias="ExpiryDate")] = None
    """
    Date the quote expires – YYYY-MM-DD.
    """
    expiry_date_string: Annotated[str | None, Field(alias="ExpiryDateString")] = None
    """
    Date the quote expires – YYYY-MM-DD.
    """
    status: Annotated[QuoteStatusCodes | None, Field(alias="Status")] = None
    currency_code: Annotated[CurrencyCode | None, Field(alias="CurrencyCode")] = None
    currency_rate: Annotated[float | None, Field(alias="CurrencyRate")] = None
    """
    The currency rate for a multicurrency quote
    """
    sub_total: Annotated[float | None, Field(alias="SubTotal")] = None
    """
    Total of quote excluding taxes.
    """
    total_tax: Annotated[float | None, Field(alias="TotalTax")] = None
    """
    Total tax on quote
    """
    total: Annotated[float | None, Field(alias="Total")] = None
    """
    Total of Quote tax inclusive (i.e. SubTotal + TotalTax). This will be ignored if it doesn’t equal the sum of the LineAmounts
    """
    total_discount: Annotated[float | None, Field(alias="TotalDiscount")] = None
    """
    Total of discounts applied on the quote line items
    """
    title: Annotated[str | None, Field(alias="Title", max_length=100)] = None
    """
    Title text for the quote
    """
    summary: Annotated[str | None, Field(alias="Summary", max_length=3000)] = None
    """
    Summary text for the quote
    """
    branding_theme_id: Annotated[UUID | None, Field(alias="BrandingThemeID")] = None
    """
    See BrandingThemes
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Last modified date UTC format
    """
    line_amount_types: Annotated[QuoteLineAmountTypes | None, Field(alias="LineAmountTypes")] = None
    """
    See Quote Line Amount Types
    """
    status_attribute_string: Annotated[str | None, Field(alias="StatusAttributeString")] = None
    """
    A string to indicate if a invoice status
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """


class Quotes(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    quotes: Annotated[list[Quote] | None, Field(alias="Quotes")] = None


class Receipt(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    date: Annotated[str | None, Field(alias="Date")] = None
    """
    Date of receipt – YYYY-MM-DD
    """
    contact: Annotated[Contact | None, Field(alias="Contact")] = None
    line_items: Annotated[list[LineItem] | None, Field(alias="LineItems")] = None
    user: Annotated[User | None, Field(alias="User")] = None
    reference: Annotated[str | None, Field(alias="Reference")] = None
    """
    Additional reference number
    """
    line_amount_types: Annotated[LineAmountTypes | None, Field(alias="LineAmountTypes")] = None
    sub_total: Annotated[float | None, Field(alias="SubTotal")] = None
    """
    Total of receipt excluding taxes
    """
    total_tax: Annotated[float | None, Field(alias="TotalTax")] = None
    """
    Total tax on receipt
    """
    total: Annotated[float | None, Field(alias="Total")] = None
    """
    Total of receipt tax inclusive (i.e. SubTotal + TotalTax)
    """
    receipt_id: Annotated[UUID | None, Field(alias="ReceiptID")] = None
    """
    Xero generated unique identifier for receipt
    """
    status: Annotated[ReceiptStatus | None, Field(alias="Status")] = None
    receipt_number: Annotated[str | None, Field(alias="ReceiptNumber")] = None
    """
    Xero generated sequence number for receipt in current claim for a given user
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Last modified date UTC format
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    boolean to indicate if a receipt has an attachment
    """
    url: Annotated[str | None, Field(alias="Url")] = None
    """
    URL link to a source document – shown as “Go to [appName]” in the Xero app
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """
    warnings: Annotated[list[ValidationError] | None, Field(alias="Warnings")] = None
    """
    Displays array of warning messages from the API
    """
    attachments: Annotated[list[Attachment] | None, Field(alias="Attachments")] = None
    """
    Displays array of attachments from the API
    """


class Receipts(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    receipts: Annotated[list[Receipt] | None, Field(alias="Receipts")] = None


class RepeatingInvoice(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: Annotated[RepeatingInvoiceType | None, Field(alias="Type")] = None
    contact: Annotated[Contact | None, Field(alias="Contact")] = None
    schedule: Annotated[Schedule | None, Field(alias="Schedule")] = None
    line_items: Annotated[list[LineItem] | None, Field(alias="LineItems")] = None
    """
    See LineItems
    """
    line_amount_types: Annotated[LineAmountTypes | None, Field(alias="LineAmountTypes")] = None
    reference: Annotated[str | None, Field(alias="Reference")] = None
    """
    ACCREC only – additional reference number
    """
    branding_theme_id: Annotated[UUID | None, Field(alias="BrandingThemeID")] = None
    """
    See BrandingThemes
    """
    currency_code: Annotated[CurrencyCode | None, Field(alias="CurrencyCode")] = None
    status: Annotated[RepeatingInvoiceStatus | None, Field(alias="Status")] = None
    sub_total: Annotated[float | None, Field(alias="SubTotal")] = None
    """
    Total of invoice excluding taxes
    """
    total_tax: Annotated[float | None, Field(alias="TotalTax")] = None
    """
    Total tax on invoice
    """
    total: Annotated[float | None, Field(alias="Total")] = None
    """
    Total of Invoice tax inclusive (i.e. SubTotal + TotalTax)
    """
    repeating_invoice_id: Annotated[UUID | None, Field(alias="RepeatingInvoiceID")] = None
    """
    Xero generated unique identifier for repeating invoice template
    """
    id: Annotated[UUID | None, Field(alias="ID")] = None
    """
    Xero generated unique identifier for repeating invoice template
    """
    has_attachments: Annotated[bool, Field(alias="HasAttachments")] = False
    """
    Boolean to indicate if an invoice has an attachment
    """
    attachments: Annotated[list[Attachment] | None, Field(alias="Attachments")] = None
    """
    Displays array of attachments from the API
    """
    approved_for_sending: Annotated[bool, Field(alias="ApprovedForSending")] = False
    """
    Boolean to indicate whether the invoice has been approved for sending
    """
    send_copy: Annotated[bool, Field(alias="SendCopy")] = False
    """
    Boolean to indicate whether a copy is sent to sender's email
    """
    mark_as_sent: Annotated[bool, Field(alias="MarkAsSent")] = False
    """
    Boolean to indicate whether the invoice in the Xero app displays as "sent"
    """
    include_pdf: Annotated[bool, Field(alias="IncludePDF")] = False
    """
    Boolean to indicate whether to include PDF attachment
    """


class RepeatingInvoices(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    repeating_invoices: Annotated[
        list[RepeatingInvoice] | None, Field(alias="RepeatingInvoices")
    ] = None


Account.__read_only__ = frozenset(
    ["Class", "HasAttachments", "ReportingCodeName", "SystemAccount", "UpdatedDateUTC"]
)
Allocation.__read_only__ = frozenset(["IsDeleted"])
BankTransaction.__read_only__ = frozenset(
    ["HasAttachments", "OverpaymentID", "PrepaymentID", "UpdatedDateUTC"]
)
BankTransfer.__read_only__ = frozenset(
    [
        "BankTransferID",
        "CreatedDateUTC",
        "CurrencyRate",
        "FromBankTransactionID",
        "HasAttachments",
        "Status",
        "ToBankTransactionID",
    ]
)
BatchPayment.__read_only__ = frozenset(
    ["BatchPaymentID", "IsReconciled", "Status", "TotalAmount", "Type", "UpdatedDateUTC"]
)
BrandingTheme.__read_only__ = frozenset(["CreatedDateUTC"])
Contact.__read_only__ = frozenset(["Discount", "UpdatedDateUTC", "Website"])
CreditNote.__read_only__ = frozenset(
    ["CISDeduction", "CISRate", "SentToContact", "UpdatedDateUTC", "UpdatedDateUTCString"]
)
ExpenseClaim.__read_only__ = frozenset(
    ["AmountDue", "AmountPaid", "PaymentDueDate", "ReportingDate", "Total", "UpdatedDateUTC"]
)
HistoryRecord.__read_only__ = frozenset(["DateUTC"])
Invoice.__read_only__ = frozenset(
    [
        "AmountCredited",
        "AmountDue",
        "AmountPaid",
        "CISDeduction",
        "CISRate",
        "CreditNotes",
        "FullyPaidOnDate",
        "HasAttachments",
        "IsDiscounted",
        "Overpayments",
        "Payments",
        "Prepayments",
        "SubTotal",
        "Total",
        "TotalDiscount",
        "TotalTax",
        "UpdatedDateUTC",
        "UpdatedDateUTCString",
    ]
)
Item.__read_only__ = frozenset(["UpdatedDateUTC"])
LinkedTransaction.__read_only__ = frozenset(["UpdatedDateUTC"])
ManualJournal.__read_only__ = frozenset(["HasAttachments", "UpdatedDateUTC"])
Overpayment.__read_only__ = frozenset(["HasAttachments", "UpdatedDateUTC", "UpdatedDateUTCString"])
Payment.__read_only__ = frozenset(["PaymentType", "UpdatedDateUTC", "UpdatedDateUTCString"])
Prepayment.__read_only__ = frozenset(
    [
        "BrandingThemeID",
        "HasAttachments",
        "InvoiceNumber",
        "Reference",
        "UpdatedDateUTC",
        "UpdatedDateUTCString",
    ]
)
PurchaseOrder.__read_only__ = frozenset(
    ["HasAttachments", "SubTotal", "Total", "TotalDiscount", "TotalTax", "UpdatedDateUTC"]
)
Quote.__read_only__ = frozenset(
    ["SubTotal", "Total", "TotalDiscount", "TotalTax", "UpdatedDateUTC"]
)
Receipt.__read_only__ = frozenset(["HasAttachments", "ReceiptNumber", "UpdatedDateUTC", "Url"])
RepeatingInvoice.__read_only__ = frozenset(["HasAttachments"])
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
TrackingReference.__read_only__ = frozenset(["Name", "Option"])
User.__read_only__ = frozenset(["UpdatedDateUTC"])


BankTransferDelete.__always_send__ = frozenset(["Status"])
BankTransferDeleteByUrlParam.__always_send__ = frozenset(["Status"])
BatchPaymentDelete.__always_send__ = frozenset(["Status"])
BatchPaymentDeleteByUrlParam.__always_send__ = frozenset(["Status"])
PaymentDelete.__always_send__ = frozenset(["Status"])

__all__ = [
    "Account",
    "AccountStatus",
    "AccountType",
    "Accounts",
    "AccountsPayable",
    "AccountsReceivable",
    "Action",
    "ActionStatus",
    "Actions",
    "Address",
    "AddressForOrganisation",
    "AddressType",
    "AddressType2",
    "Allocation",
    "Allocations",
    "Attachment",
    "Attachments",
    "BalanceDetails",
    "Balances",
    "BankAccountType",
    "BankTransaction",
    "BankTransactionStatus",
    "BankTransactionType",
    "BankTransactions",
    "BankTransfer",
    "BankTransferDelete",
    "BankTransferDeleteByUrlParam",
    "BankTransferStatus",
    "BankTransfers",
    "BankTransfersDelete",
    "BatchPayment",
    "BatchPaymentDelete",
    "BatchPaymentDeleteByUrlParam",
    "BatchPaymentDetails",
    "BatchPaymentStatus",
    "BatchPaymentType",
    "BatchPayments",
    "Bill",
    "BrandingTheme",
    "BrandingThemeType",
    "BrandingThemes",
    "Budget",
    "BudgetBalance",
    "BudgetLine",
    "BudgetType",
    "Budgets",
    "CisOrgSetting",
    "CisOrgSettings",
    "CisSetting",
    "CisSettings",
    "Class",
    "Contact",
    "ContactGroup",
    "ContactGroupStatus",
    "ContactGroups",
    "ContactPerson",
    "ContactStatus",
    "Contacts",
    "ConversionBalances",
    "ConversionDate",
    "CountryCode",
    "CreditNote",
    "CreditNoteStatus",
    "CreditNoteType",
    "CreditNotes",
    "Currencies",
    "Currency",
    "CurrencyCode",
    "DueDateType",
    "Edition",
    "Element",
    "Employee",
    "EmployeeStatus",
    "Employees",
    "Error",
    "ExpenseClaim",
    "ExpenseClaimStatus",
    "ExpenseClaims",
    "ExternalLink",
    "FederalTaxClassification",
    "HistoryRecord",
    "HistoryRecords",
    "ImportSummary",
    "ImportSummaryAccounts",
    "ImportSummaryObject",
    "ImportSummaryOrganisation",
    "Invoice",
    "InvoiceAddress",
    "InvoiceAddressType",
    "InvoiceReminder",
    "InvoiceReminders",
    "InvoiceStatus",
    "InvoiceType",
    "Invoices",
    "Item",
    "Items",
    "Journal",
    "JournalLine",
    "Journals",
    "LineAmountTypes",
    "LineItem",
    "LineItemItem",
    "LineItemTracking",
    "LinkType",
    "LinkedTransaction",
    "LinkedTransactionStatus",
    "LinkedTransactionType",
    "LinkedTransactions",
    "ManualJournal",
    "ManualJournalLine",
    "ManualJournalStatus",
    "ManualJournals",
    "OnlineInvoice",
    "OnlineInvoices",
    "Organisation",
    "OrganisationClass",
    "OrganisationEntityType",
    "OrganisationRole",
    "OrganisationType",
    "Organisations",
    "Overpayment",
    "OverpaymentStatus",
    "OverpaymentType",
    "Overpayments",
    "Pagination",
    "Payment",
    "PaymentDelete",
    "PaymentService",
    "PaymentServices",
    "PaymentStatus",
    "PaymentTerm",
    "PaymentTermType",
    "PaymentType",
    "Payments",
    "Phone",
    "PhoneType",
    "Prepayment",
    "PrepaymentStatus",
    "PrepaymentType",
    "Prepayments",
    "Purchase",
    "PurchaseOrder",
    "PurchaseOrderStatus",
    "PurchaseOrders",
    "PurchasesDefaultLineAmountType",
    "Quote",
    "QuoteLineAmountTypes",
    "QuoteStatusCodes",
    "Quotes",
    "Receipt",
    "ReceiptStatus",
    "Receipts",
    "RepeatingInvoice",
    "RepeatingInvoiceStatus",
    "RepeatingInvoiceType",
    "RepeatingInvoices",
    "Report",
    "ReportAttribute",
    "ReportCell",
    "ReportFields",
    "ReportRow",
    "ReportRows",
    "ReportTaxType",
    "ReportType",
    "ReportWithRow",
    "ReportWithRows",
    "Reports",
    "RequestEmpty",
    "RowType",
    "SalesDefaultLineAmountType",
    "SalesTaxBasis",
    "SalesTaxPeriod",
    "SalesTrackingCategory",
    "Schedule",
    "ScheduleUnit",
    "Setup",
    "SourceTransactionTypeCode",
    "SourceType",
    "Status",
    "SystemAccount",
    "TaxBreakdownComponent",
    "TaxBreakdownComponentType",
    "TaxComponent",
    "TaxNumberType",
    "TaxRate",
    "TaxRateStatus",
    "TaxRates",
    "TaxType",
    "Taxability",
    "TenNinetyNineContact",
    "TimeZone",
    "Timeframe",
    "TrackingCategories",
    "TrackingCategory",
    "TrackingCategoryStatus",
    "TrackingOption",
    "TrackingOptionStatus",
    "TrackingOptions",
    "TrackingReference",
    "User",
    "Users",
    "ValidationError",
    "Version",
]
