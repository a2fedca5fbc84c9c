"""Models of the Xero Accounting API that the operations of several resources use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel, OpenStrEnum


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


class InvoiceAddressType(OpenStrEnum):
    """
    Indicates whether the address is defined as origin (FROM) or destination (TO)
    """

    FROM = "FROM"
    TO = "TO"


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
    page: int | None = None
    page_size: Annotated[int | None, Field(alias="pageSize")] = None
    page_count: Annotated[int | None, Field(alias="pageCount")] = None
    item_count: Annotated[int | None, Field(alias="itemCount")] = None


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


class PurchasesDefaultLineAmountType(OpenStrEnum):
    """
    The default purchases line amount type for a contact Only available when summaryOnly parameter or paging is used, or when fetch by ContactId or ContactNumber.
    """

    INCLUSIVE = "INCLUSIVE"
    EXCLUSIVE = "EXCLUSIVE"
    NONE = "NONE"


class ReceiptStatus(OpenStrEnum):
    """
    Current status of receipt – see status types
    """

    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    AUTHORISED = "AUTHORISED"
    DECLINED = "DECLINED"
    VOIDED = "VOIDED"


class SalesDefaultLineAmountType(OpenStrEnum):
    """
    The default sales line amount type for a contact. Only available when summaryOnly parameter or paging is used, or when fetch by ContactId or ContactNumber.
    """

    INCLUSIVE = "INCLUSIVE"
    EXCLUSIVE = "EXCLUSIVE"
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


class TaxNumberType(OpenStrEnum):
    """
    Identifier of the regional type of tax number, such as US, UK, or other regional tax identifiers
    """

    SSN = "SSN"
    EIN = "EIN"
    ITIN = "ITIN"
    ATIN = "ATIN"


class Taxability(OpenStrEnum):
    """
    The type of taxability
    """

    TAXABLE = "TAXABLE"
    NON_TAXABLE = "NON_TAXABLE"
    EXEMPT = "EXEMPT"
    PART_TAXABLE = "PART_TAXABLE"
    NOT_APPLICABLE = "NOT_APPLICABLE"


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


class ValidationError(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    message: Annotated[str | None, Field(alias="Message")] = None
    """
    Validation error message
    """


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


class Contacts(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    pagination: Pagination | None = None
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


Account.__read_only__ = frozenset(
    ["Class", "HasAttachments", "ReportingCodeName", "SystemAccount", "UpdatedDateUTC"]
)

Allocation.__read_only__ = frozenset(["IsDeleted"])

BatchPayment.__read_only__ = frozenset(
    ["BatchPaymentID", "IsReconciled", "Status", "TotalAmount", "Type", "UpdatedDateUTC"]
)

BrandingTheme.__read_only__ = frozenset(["CreatedDateUTC"])

Contact.__read_only__ = frozenset(["Discount", "UpdatedDateUTC", "Website"])

CreditNote.__read_only__ = frozenset(
    ["CISDeduction", "CISRate", "SentToContact", "UpdatedDateUTC", "UpdatedDateUTCString"]
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

Receipt.__read_only__ = frozenset(["HasAttachments", "ReceiptNumber", "UpdatedDateUTC", "Url"])

User.__read_only__ = frozenset(["UpdatedDateUTC"])

__all__ = [
    "Account",
    "AccountStatus",
    "AccountType",
    "AccountsPayable",
    "AccountsReceivable",
    "Address",
    "AddressType2",
    "Allocation",
    "Allocations",
    "Attachment",
    "Attachments",
    "Balances",
    "BankAccountType",
    "BatchPayment",
    "BatchPaymentDetails",
    "BatchPaymentStatus",
    "BatchPaymentType",
    "Bill",
    "BrandingTheme",
    "BrandingThemeType",
    "Class",
    "Contact",
    "ContactGroup",
    "ContactGroupStatus",
    "ContactPerson",
    "ContactStatus",
    "Contacts",
    "CreditNote",
    "CreditNoteStatus",
    "CreditNoteType",
    "CurrencyCode",
    "Element",
    "Error",
    "HistoryRecord",
    "HistoryRecords",
    "Invoice",
    "InvoiceAddress",
    "InvoiceAddressType",
    "InvoiceStatus",
    "InvoiceType",
    "LineAmountTypes",
    "LineItem",
    "LineItemItem",
    "LineItemTracking",
    "OrganisationRole",
    "Overpayment",
    "OverpaymentStatus",
    "OverpaymentType",
    "Pagination",
    "Payment",
    "PaymentService",
    "PaymentServices",
    "PaymentStatus",
    "PaymentTerm",
    "PaymentTermType",
    "PaymentType",
    "Phone",
    "PhoneType",
    "Prepayment",
    "PrepaymentStatus",
    "PrepaymentType",
    "PurchasesDefaultLineAmountType",
    "Receipt",
    "ReceiptStatus",
    "SalesDefaultLineAmountType",
    "SalesTrackingCategory",
    "SystemAccount",
    "TaxBreakdownComponent",
    "TaxBreakdownComponentType",
    "TaxNumberType",
    "Taxability",
    "TrackingCategory",
    "TrackingCategoryStatus",
    "TrackingOption",
    "TrackingOptionStatus",
    "User",
    "ValidationError",
]
