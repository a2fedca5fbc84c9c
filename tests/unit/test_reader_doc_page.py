"""The doc-page reader: rendered pages of field lines (Coperniq) and of examples (Alguna)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from codegen.assemble.overlay import apply_overlay, load_overlay
from codegen.errors import InputError
from codegen.sources import json_blocks, read_document
from codegen.sources.base import Hints, Piece
from codegen.sources.doc_page import read
from codegen.sources.field_grammar import GrammarError, looks_like_field, parse_field_line
from codegen.sources.page_sections import page_lines
from codegen.sources.prose import Prose, enum_evidence

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
PAGES = ROOT / "tests" / "data" / "pages"
COPERNIQ_HINTS = Hints(method="post", path="/invoices")


def _page(name: str, hints: Hints | None = None) -> Piece:
    return read_document(PAGES / name, "doc-page", hints or Hints(), label=name)


def _error(name: str, hints: Hints | None = None) -> str:
    with pytest.raises(InputError) as caught:
        _page(name, hints)
    return str(caught.value)


@pytest.fixture(scope="module")
def coperniq() -> Piece:
    return read_document(
        SPECS / "coperniq" / "create-invoice.txt", "doc-page", COPERNIQ_HINTS, label="page.txt"
    )


def _schema(piece: Piece, name: str) -> dict[str, Any]:
    schema: dict[str, Any] = piece.openapi["components"]["schemas"][name]
    return schema


# -- the field grammar ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name", "schema", "required"),
    [
        ("recordIdintegerRequired>=1", "recordId", {"type": "integer", "minimum": 1}, True),
        (
            'issueDatestringOptionalformat: "date-time"',
            "issueDate",
            {"type": "string", "format": "date-time"},
            False,
        ),
        (
            "percentagedoubleOptional>=0",
            "percentage",
            {"type": "number", "format": "double", "minimum": 0},
            False,
        ),
        ("typeenum or null", "type", {"type": ["string", "null"]}, None),
        (
            "lineItemslist of objectsOptional",
            "lineItems",
            {"type": "array", "items": {"type": "object"}},
            False,
        ),
        ("x-api-keystring", "x-api-key", {"type": "string"}, None),
        # a name that ends like a type word: the split gives the longest phrase that fits
        ("companystring", "company", {"type": "string"}, None),
        ("mystringstring or null", "mystring", {"type": ["string", "null"]}, None),
    ],
)
def test_field_lines_split_name_type_and_constraints(
    line: str, name: str, schema: dict[str, Any], required: bool | None
) -> None:
    parsed = parse_field_line(line)
    assert (parsed.name, parsed.schema, parsed.required) == (name, schema, required)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("recordIdinteg", "no known type phrase ends 'recordIdinteg'"),
        ("amountmoneyRequired", "no known type phrase ends 'amountmoney'"),
        ("recordIdintegerRequired>=", "cannot read the constraints '>='"),
        ("recordIdintegerReq", "cannot read 'Req' after the type phrase 'integer'"),
    ],
)
def test_broken_field_lines_say_what_they_cannot_read(line: str, message: str) -> None:
    assert looks_like_field(line)
    with pytest.raises(GrammarError) as caught:
        parse_field_line(line)
    assert message in caught.value.message


@pytest.mark.parametrize(("word", "default"), [("NaN", "NaN"), ("1e999", "1e999"), ("2.5", 2.5)])
def test_a_default_json_cannot_hold_as_a_number_stays_text(word: str, default: object) -> None:
    parsed = parse_field_line(f"ratedoubleOptional Defaults to {word}")
    assert parsed.schema["default"] == default


def test_a_json_example_holding_nan_is_an_error_at_its_line_and_pointer() -> None:
    text = 'Example\n{"total": 1,\n "parts": [2, NaN]}\n'
    with pytest.raises(InputError) as caught:
        json_blocks.scan(text, page_lines(text), "page.txt")
    [problem] = caught.value.problems
    assert (problem.file, problem.where) == ("page.txt", "line 2 /parts/1")
    assert "no JSON value" in problem.message


@pytest.mark.parametrize(
    "line", ["Invoice created successfully", "Optional; defaults to DRAFT when omitted."]
)
def test_prose_is_not_taken_for_a_field_line(line: str) -> None:
    assert not looks_like_field(line)


def test_prose_enum_values_leave_out_those_that_cannot_be_set() -> None:
    prose = [
        Prose(1, "Status, defaults to DRAFT", "status"),
        Prose(2, "Set SENT or PAIDdueDate is required. OVERDUE cannot be set.", "status"),
        Prose(3, "Needed when status is VOID", "note"),
        Prose(4, "Needed when kind is BIG", "status"),
    ]
    evidence = enum_evidence("status", prose, {"status", "note", "kind"})
    assert evidence.values == ("DRAFT", "SENT", "PAID", "OVERDUE", "VOID")
    assert evidence.settable == ("DRAFT", "SENT", "PAID", "VOID")


# -- Coperniq: a page of field lines ----------------------------------------------------


def test_coperniq_operation_comes_from_the_title_and_the_manifest(coperniq: Piece) -> None:
    operation = coperniq.openapi["paths"]["/invoices"]["post"]
    assert operation["operationId"] == "createInvoice"
    assert operation["summary"] == "Create Invoice"
    assert operation["description"].startswith("Create a new invoice.")
    body = operation["requestBody"]
    assert body["required"] is True
    assert body["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/CreateInvoiceRequest"
    }
    assert coperniq.origins["/paths/~1invoices/post"] == "line 1"


def test_coperniq_request_fields_types_and_constraints(coperniq: Piece) -> None:
    request = _schema(coperniq, "CreateInvoiceRequest")
    props = request["properties"]
    assert list(props) == [
        "recordId",
        "calculationMethod",
        "lineItems",
        "sections",
        "percentage",
        "status",
        "issueDate",
        "dueDate",
        "description",
    ]
    assert request["required"] == ["calculationMethod", "recordId"]
    assert props["recordId"] == {
        "type": "integer",
        "minimum": 1,
        "description": "Project or account ID",
    }
    assert props["percentage"]["type"] == "number"
    assert props["percentage"]["minimum"] == 0
    assert props["issueDate"]["format"] == "date-time"
    assert props["dueDate"]["format"] == "date-time"
    assert props["description"]["type"] == ["string", "null"]
    assert props["lineItems"]["type"] == "array"
    assert props["lineItems"]["items"] == {"type": "object"}
    assert props["lineItems"]["description"].startswith("Required when calculationMethod")
    assert coperniq.origins["/components/schemas/CreateInvoiceRequest/properties/recordId"] == (
        "line 13"
    )


def test_coperniq_enums_are_read_from_the_prose(coperniq: Piece) -> None:
    request = _schema(coperniq, "CreateInvoiceRequest")["properties"]
    response = _schema(coperniq, "CreateInvoiceResponse")["properties"]
    assert request["calculationMethod"]["enum"] == ["LINE_ITEMS", "PERCENTAGE"]
    assert request["status"]["enum"] == ["DRAFT", "SENT", "PARTIALLY_PAID", "PAID"]
    assert request["status"]["default"] == "DRAFT"
    assert response["status"]["enum"] == [
        "DRAFT",
        "SENT",
        "PARTIALLY_PAID",
        "PAID",
        "DECLINED",
        "OVERDUE",
    ]
    # no values anywhere in the prose: a nullable string, and a warning says so
    assert response["type"] == {"type": ["string", "null"], "description": "Invoice type"}
    # a string on the page stays a string, whatever its description mentions
    assert "enum" not in response["calculationMethod"]
    messages = {(w.where, w.message) for w in coperniq.warnings}
    assert any(
        where == "line 15" and "`calculationMethod` read from the prose" in text
        for where, text in messages
    )
    assert any(
        where == "line 29" and "left out" in text and "DECLINED, OVERDUE" in text
        for where, text in messages
    )
    assert any(where == "line 67" and "stays a string" in text for where, text in messages)


def test_coperniq_response_errors_and_auth(coperniq: Piece) -> None:
    operation = coperniq.openapi["paths"]["/invoices"]["post"]
    responses = operation["responses"]
    assert list(responses) == ["200", "400", "401"]
    assert responses["200"]["description"] == "Invoice created successfully"
    assert responses["400"] == {"description": "Bad Request Error"}
    assert responses["401"] == {"description": "Unauthorized Error"}
    response = _schema(coperniq, "CreateInvoiceResponse")
    assert "required" not in response  # the page does not say which are always there
    props = response["properties"]
    assert props["id"]["type"] == "integer"
    assert props["basedOnId"]["type"] == ["integer", "null"]
    assert props["createdAt"]["format"] == "date-time"
    assert props["account"] == {"type": ["object", "null"]}
    assert props["isArchived"]["type"] == "boolean"
    assert coperniq.openapi["components"]["securitySchemes"] == {
        "ApiKey": {
            "type": "apiKey",
            "in": "header",
            "name": "x-api-key",
            "description": "API Key authentication via header",
        }
    }
    assert operation["security"] == [{"ApiKey": []}]


def test_coperniq_page_without_method_and_path_is_an_error() -> None:
    with pytest.raises(InputError) as caught:
        read_document(SPECS / "coperniq" / "create-invoice.txt", "doc-page", Hints())
    problem = caught.value.problems[0]
    assert problem.where == "line 1"
    assert "no HTTP method and path" in problem.message
    assert "path_template" in problem.hint


@pytest.mark.parametrize(
    ("payload", "valid"),
    [
        ({"recordId": 1, "calculationMethod": "LINE_ITEMS", "lineItems": [{}]}, True),
        ({"recordId": 1, "calculationMethod": "LINE_ITEMS", "sections": [{}]}, True),
        ({"recordId": 1, "calculationMethod": "LINE_ITEMS"}, False),
        ({"recordId": 1, "calculationMethod": "LINE_ITEMS", "lineItems": []}, False),
        ({"recordId": 1, "calculationMethod": "PERCENTAGE", "percentage": 10}, True),
        ({"recordId": 1, "calculationMethod": "PERCENTAGE"}, False),
        (
            {"recordId": 1, "calculationMethod": "PERCENTAGE", "percentage": 5, "status": "SENT"},
            False,
        ),
        (
            {
                "recordId": 1,
                "calculationMethod": "PERCENTAGE",
                "percentage": 5,
                "status": "PAID",
                "issueDate": "2024-01-01T00:00:00Z",
            },
            True,
        ),
        (
            {"recordId": 1, "calculationMethod": "PERCENTAGE", "percentage": 5, "status": "DRAFT"},
            True,
        ),
    ],
)
def test_coperniq_overlay_writes_the_conditional_requirements(
    coperniq: Piece, payload: dict[str, Any], valid: bool
) -> None:
    doc = copy.deepcopy(coperniq.openapi)
    overlay = load_overlay(SPECS / "coperniq" / "overlay.yaml", "overlay.yaml")
    apply_overlay(doc, overlay, "overlay.yaml")
    schema = doc["components"]["schemas"]["CreateInvoiceRequest"]
    assert all(rule["description"] for rule in schema["allOf"])
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(payload))
    assert (not errors) is valid


# -- a small page of field lines: parameters, bearer auth, `or null` enums ---------------


def test_field_page_parameters_auth_and_nullable_enum() -> None:
    piece = _page("field-page.txt", Hints(method="patch", path="/widgets/{widgetId}"))
    operation = piece.openapi["paths"]["/widgets/{widgetId}"]["patch"]
    assert operation["operationId"] == "updateWidget"
    assert [(p["name"], p["in"], p["required"]) for p in operation["parameters"]] == [
        ("widgetId", "path", True),
        ("dryRun", "query", False),
    ]
    assert operation["parameters"][0]["description"] == "The widget to update."
    assert piece.openapi["components"]["securitySchemes"]["BearerAuth"]["scheme"] == "bearer"
    props = _schema(piece, "UpdateWidgetRequest")["properties"]
    assert props["color"]["enum"] == ["RED", "BLUE"]  # from the introduction's list item
    assert props["size"]["enum"] == ["SMALL", "LARGE", None]
    assert props["tags"] == {"type": "array", "items": {"type": "string"}, "maxItems": 10}
    assert (props["name"]["minLength"], props["name"]["maxLength"]) == (1, 64)
    assert props["count"] == {"type": "integer", "format": "int64", "exclusiveMinimum": 0}
    response = _schema(piece, "UpdateWidgetResponse")["properties"]
    assert response["size"]["enum"] == ["SMALL", "LARGE", "HUGE"]


def test_truncated_field_line_is_an_error_with_its_line() -> None:
    message = _error("field-truncated.txt", Hints(method="post", path="/t"))
    assert "field-truncated.txt: line 8: cannot read the constraints '>='" in message
    assert "countintegerRequired>=" in message


def test_unknown_type_phrase_is_an_error_with_its_line() -> None:
    message = _error("field-unknown-type.txt", Hints(method="post", path="/t"))
    assert "field-unknown-type.txt: line 8: no known type phrase ends 'pricemoney'" in message
    assert "known type phrases:" in message


def test_a_page_of_neither_kind_is_an_error() -> None:
    with pytest.raises(InputError) as caught:
        read("Just a title\n\nSome prose.\n", "page.txt", Hints())
    assert "cannot tell what kind of documentation page" in str(caught.value)


# -- Alguna: a page of examples -----------------------------------------------------------


@pytest.fixture(scope="module")
def alguna() -> Piece:
    return read_document(
        SPECS / "alguna" / "create-invoice-line-item.txt", "doc-page", Hints(), label="page.txt"
    )


def test_alguna_method_path_and_path_parameter(alguna: Piece) -> None:
    assert list(alguna.openapi["paths"]) == ["/invoices/{id}/line-items"]
    operation = alguna.openapi["paths"]["/invoices/{id}/line-items"]["post"]
    assert operation["operationId"] == "createInvoiceLineItem"
    assert operation["summary"] == "Create Invoice Line Item"
    assert operation["description"] == "Creates a line item for the given invoice."
    assert operation["tags"] == ["Invoices"]
    assert operation["parameters"] == [
        {
            "name": "id",
            "in": "path",
            "required": True,
            "description": "The ID of the invoice to create a line item for.",
            "schema": {"type": "string"},
        }
    ]


def test_alguna_decimal_strings_and_descriptions(alguna: Piece) -> None:
    props = _schema(alguna, "CreateInvoiceLineItemRequest")["properties"]
    assert props == {
        "description": {"type": "string", "description": "The description of the line item."},
        "quantity": {
            "type": "string",
            "description": "The quantity of the line item as a decimal string.",
            "format": "decimal",
        },
        "unitPrice": {
            "type": "string",
            "description": "The unit price for the given line item as a decimal string.",
            "format": "decimal",
        },
    }


def test_alguna_examples_are_kept_once_and_schemas_inferred(alguna: Piece) -> None:
    operation = alguna.openapi["paths"]["/invoices/{id}/line-items"]["post"]
    request = operation["requestBody"]["content"]["application/json"]
    assert request["examples"] == {
        "default": {
            "value": {"description": "Platform subscription", "quantity": "1", "unitPrice": "500"}
        }
    }
    response = operation["responses"]["200"]["content"]["application/json"]
    assert list(response["examples"]) == ["default"]
    assert response["examples"]["default"]["value"]["id"] == "oQLSmmnn"
    assert response["schema"] == {"$ref": "#/components/schemas/CreateInvoiceLineItemResponse"}
    props = _schema(alguna, "CreateInvoiceLineItemResponse")["properties"]
    assert props["lineItems"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/LineItem"},
    }
    assert props["issueDate"]["format"] == "date-time"
    assert props["externalId"]["format"] == "uuid"
    assert props["purchaseOrderNumber"] == {}
    assert "format" not in props["billingPeriod"]
    line_item = _schema(alguna, "LineItem")["properties"]
    assert line_item["isEditable"] == {"type": "boolean"}
    assert any("purchaseOrderNumber" in w.message for w in alguna.warnings)


def test_example_page_in_general() -> None:
    piece = _page("example-page.txt")
    operation = piece.openapi["paths"]["/widgets/{widgetId}/parts/{partId}"]["put"]
    assert [p["description"] for p in operation["parameters"]] == ["The widget.", "The part slot."]
    assert operation["requestBody"]["description"] == "A part to add."
    assert operation["responses"]["200"]["description"] == "The part as stored."
    props = _schema(piece, "AddPartRequest")["properties"]
    assert props["weight"]["format"] == "decimal"
    assert props["count"] == {"type": "integer", "description": "How many."}
    # the response's `weight` is not described as a decimal string: it stays a string
    assert _schema(piece, "AddPartResponse")["properties"]["weight"] == {"type": "string"}
    assert _schema(piece, "Part")["properties"]["madeAt"]["format"] == "date-time"
    # every example on the page repeats the request or the response: nothing is ignored
    assert not any("ignored" in w.message for w in piece.warnings)


def test_example_json_that_does_not_parse_is_an_error_with_its_line() -> None:
    message = _error("example-bad-json.txt")
    assert "example-bad-json.txt: line 8, column 1:" in message
    assert "the JSON example that starts at line 5 does not parse" in message


def test_example_page_descriptions_must_match_the_keys() -> None:
    text = (PAGES / "example-page.txt").read_text(encoding="utf-8")
    text = text.replace("How many.\n", "")
    with pytest.raises(InputError) as caught:
        read(text, "page.txt", Hints())
    problem = caught.value.problems[0]
    assert problem.where == "line 36"
    assert "2 descriptions for the 3 keys" in problem.message


def test_example_page_contradicted_by_the_manifest_is_an_error() -> None:
    message = _error("example-page.txt", Hints(method="post", path="/widgets"))
    assert "the page says PUT /widgets/{widgetId}/parts/{partId}, the manifest POST" in message
