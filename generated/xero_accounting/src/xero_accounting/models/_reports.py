"""Models of the Xero Accounting API that only the `reports` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel, OpenStrEnum


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


class ReportType(OpenStrEnum):
    """
    See Prepayment Types
    """

    AGED_PAYABLES_BY_CONTACT = "AgedPayablesByContact"


class RowType(OpenStrEnum):
    HEADER = "Header"
    SECTION = "Section"
    ROW = "Row"
    SUMMARY_ROW = "SummaryRow"


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


class Timeframe(OpenStrEnum):
    MONTH = "MONTH"
    QUARTER = "QUARTER"
    YEAR = "YEAR"


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


__all__ = [
    "FederalTaxClassification",
    "Report",
    "ReportAttribute",
    "ReportCell",
    "ReportFields",
    "ReportRow",
    "ReportRows",
    "ReportType",
    "ReportWithRow",
    "ReportWithRows",
    "Reports",
    "RowType",
    "TenNinetyNineContact",
    "Timeframe",
]
