"""Models of the Xero Accounting API that no operation uses.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel, OpenStrEnum
from ._organisation import ExternalLink
from ._shared import ValidationError


class EmployeeStatus(OpenStrEnum):
    """
    Current status of an employee – see contact status types
    """

    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    GDPRREQUEST = "GDPRREQUEST"
    DELETED = "DELETED"


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


__all__ = [
    "Employee",
    "EmployeeStatus",
    "Employees",
    "TaxType",
]
