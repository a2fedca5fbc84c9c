"""The example-summary reader: one operation as JSON with examples only (Xero)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen.errors import InputError
from codegen.sources import read_document
from codegen.sources.base import Hints, Piece
from codegen.sources.example_summary import read
from codegen.sources.infer import MS_JSON_DATE_PATTERN as MS_DATE_PATTERN

ROOT = Path(__file__).resolve().parents[2]
XERO = ROOT / "specs" / "xero" / "create-invoice.json"
SUMMARY = ROOT / "tests" / "data" / "pages" / "summary.json"


@pytest.fixture(scope="module")
def xero() -> Piece:
    return read_document(XERO, "example-summary", Hints(), label="create-invoice.json")


def _props(piece: Piece, name: str) -> dict[str, Any]:
    props: dict[str, Any] = piece.openapi["components"]["schemas"][name]["properties"]
    return props


def test_xero_operation_and_bodies(xero: Piece) -> None:
    operation = xero.openapi["paths"]["/Invoices"]["post"]
    assert operation["operationId"] == "updateOrCreateInvoices"
    assert operation["summary"].startswith("Xero Updates or creates")
    request = operation["requestBody"]["content"]["application/json"]
    assert request["schema"] == {"$ref": "#/components/schemas/UpdateOrCreateInvoicesRequest"}
    response = operation["responses"]["200"]["content"]["application/json"]
    assert response["schema"] == {"$ref": "#/components/schemas/UpdateOrCreateInvoicesResponse"}


def test_xero_examples_are_kept_as_published(xero: Piece) -> None:
    doc = json.loads(XERO.read_text(encoding="utf-8"))
    operation = xero.openapi["paths"]["/Invoices"]["post"]
    request = operation["requestBody"]["content"]["application/json"]
    response = operation["responses"]["200"]["content"]["application/json"]
    assert request["examples"] == {"default": {"value": doc["requestExamples"][0]["example"]}}
    assert response["examples"] == {"default": {"value": doc["responseExamples"][0]["example"]}}


def test_xero_models_are_named_from_their_properties(xero: Piece) -> None:
    assert sorted(xero.openapi["components"]["schemas"]) == [
        "Address",
        "Contact",
        "ContactGroup",
        "ContactPerson",
        "Invoice",
        "LineItem",
        "Phone",
        "UpdateOrCreateInvoicesRequest",
        "UpdateOrCreateInvoicesResponse",
    ]
    assert _props(xero, "UpdateOrCreateInvoicesRequest")["Invoices"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Invoice"},
    }
    contact = _props(xero, "Contact")
    assert contact["Addresses"]["items"] == {"$ref": "#/components/schemas/Address"}
    assert contact["ContactPersons"]["items"] == {"$ref": "#/components/schemas/ContactPerson"}


def test_xero_request_and_response_invoices_are_one_model(xero: Piece) -> None:
    invoice = _props(xero, "Invoice")
    assert "Reference" in invoice  # in both examples
    assert "InvoiceID" in invoice  # in the response only
    assert invoice["Contact"] == {"$ref": "#/components/schemas/Contact"}
    # Quantity is 2 in the request and 2.0 in the response: a number
    assert _props(xero, "LineItem")["Quantity"] == {"type": "number"}
    assert "required" not in xero.openapi["components"]["schemas"]["Invoice"]


def test_xero_formats(xero: Piece) -> None:
    invoice = _props(xero, "Invoice")
    assert invoice["InvoiceID"] == {"type": "string", "format": "uuid"}
    assert invoice["UpdatedDateUTC"] == {
        "type": "string",
        "format": "ms-json-date",
        "pattern": MS_DATE_PATTERN,
    }
    assert _props(xero, "Contact")["UpdatedDateUTC"]["format"] == "ms-json-date"
    assert _props(xero, "UpdateOrCreateInvoicesResponse")["DateTimeUTC"]["format"] == (
        "ms-json-date"
    )
    # a date in the request, a Microsoft JSON date in the response: either
    assert invoice["Date"] == {
        "anyOf": [
            {"type": "string", "format": "date"},
            {"type": "string", "format": "ms-json-date", "pattern": MS_DATE_PATTERN},
        ]
    }
    # "2019-03-11 00:00:00" is not RFC 3339: a plain string, written back as it came
    assert invoice["DateString"] == {"type": "string"}
    assert _props(xero, "Address")["City"] == {"type": "string"}
    assert invoice["Prepayments"] == {"type": "array", "items": {}}
    assert _props(xero, "ContactGroup")["Contacts"] == {"type": "array", "items": {}}
    where = {w.message.split(":")[0]: w.where for w in xero.warnings}
    assert where["`Prepayments` of Invoice"] == "/responseExamples/0/example/Invoices/0/Prepayments"
    assert where["`Date` of Invoice"] == "/requestExamples/0/example/Invoices/0/Date"


def test_summary_in_general() -> None:
    piece = read_document(SUMMARY, "example-summary", Hints(), label="summary.json")
    operation = piece.openapi["paths"]["/Orders/{OrderID}"]["post"]
    assert operation["parameters"] == [
        {"name": "OrderID", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    assert operation["responses"]["400"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/CreateOrdersResponse400"
    }
    order = _props(piece, "Order")
    assert order["Count"] == {"type": "integer"}  # 2 and 3: integers stay integers
    assert order["Price"] == {"type": "number"}  # 2 and 2.5
    assert order["PlacedAt"] == {
        "type": "string",
        "format": "ms-json-date",
        "pattern": MS_DATE_PATTERN,
    }


def test_summary_operation_id_from_the_manifest_wins() -> None:
    text = SUMMARY.read_text(encoding="utf-8")
    piece = read(text, "summary.json", Hints(operation_id="placeOrders"))
    operation = piece.openapi["paths"]["/Orders/{OrderID}"]["post"]
    assert operation["operationId"] == "placeOrders"
    assert "PlaceOrdersRequest" in piece.openapi["components"]["schemas"]


def test_summary_that_is_not_json_is_an_error_with_its_line() -> None:
    with pytest.raises(InputError) as caught:
        read('{\n  "method": "POST",\n  "path": /x\n}', "s.json", Hints())
    assert caught.value.problems[0].where == "line 3, column 11"


def test_summary_without_method_is_an_error_naming_the_key() -> None:
    with pytest.raises(InputError) as caught:
        read('{"path": "/x", "operationId": "x"}', "s.json", Hints())
    problem = caught.value.problems[0]
    assert (problem.where, problem.message) == ("/method", "no method")


def test_summary_contradicted_by_the_manifest_is_an_error() -> None:
    with pytest.raises(InputError) as caught:
        read('{"method": "POST", "path": "/x", "operationId": "x"}', "s.json", Hints(path="/y"))
    assert "the document says path '/x', the manifest '/y'" in str(caught.value)


def test_summary_example_entry_without_example_is_an_error() -> None:
    text = '{"method": "POST", "path": "/x", "operationId": "x", "requestExamples": [{}]}'
    with pytest.raises(InputError) as caught:
        read(text, "s.json", Hints())
    assert caught.value.problems[0].where == "/requestExamples/0"
