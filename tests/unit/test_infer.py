"""Schemas inferred from examples, and the names given to them."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.sources.infer import MS_JSON_DATE_PATTERN as MS_DATE_PATTERN
from codegen.sources.infer import Inference, Sample, infer, string_formats
from codegen.sources.naming import camel, item_name, pascal, singular


def _infer(*samples: tuple[str, Any]) -> Inference:
    return infer([Sample(name, value, lambda at: "/ex" + at) for name, value in samples])


@pytest.mark.parametrize(
    ("values", "formats"),
    [
        (["430fa14a-f945-44d3-9f97-5df5e28441b8"], ["uuid"]),
        (["430FA14A-F945-44D3-9F97-5DF5E28441B8"], []),  # would be written back in lower case
        (["2019-03-11"], ["date"]),
        (["2019-3-11"], []),
        (["2019-02-30"], []),
        (["2024-01-24T16:37:44.958601Z", "2024-02-23T00:00:00Z"], ["date-time"]),
        (["2024-01-01T00:00:00+05:30"], ["date-time"]),
        (["2024-01-01T00:00:00+00:00"], []),  # written back as ...Z
        (["2024-01-24T16:37:44.958Z"], []),  # written back with six digits
        (["2024-01-01T00:00:00"], []),  # no zone
        (["2019-03-11 00:00:00"], []),  # no T
        (["/Date(1552327126164)/", "/Date(1551747281053+0000)/"], ["ms-json-date"]),
        (["/Date(abc)/"], []),
        (["2019-03-11", "/Date(1552262400000+0000)/"], ["date", "ms-json-date"]),
        (["2019-03-11", ""], []),
        (["2019-03-11", "soon"], []),
        ([], []),
    ],
)
def test_string_formats_only_when_every_value_round_trips(
    values: list[str], formats: list[str]
) -> None:
    assert string_formats(values) == formats


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("Invoices", "Invoice"),
        ("LineItems", "LineItem"),
        ("Addresses", "Address"),
        ("Phones", "Phone"),
        ("ContactGroups", "ContactGroup"),
        ("ContactPersons", "ContactPerson"),
        ("Categories", "Category"),
        ("Boxes", "Box"),
        ("Statuses", "Status"),
        ("Contact", "Contact"),
        ("Address", "Address"),
        ("Data", "Data"),
    ],
)
def test_singular(plural: str, one: str) -> None:
    assert singular(plural) == one


def test_names() -> None:
    assert pascal("lineItems") == "LineItems"
    assert pascal("line_items") == "LineItems"
    assert camel("Create Invoice Line Item") == "createInvoiceLineItem"
    assert item_name("lineItems") == "LineItem"
    assert item_name("data") == "DataItem"  # not plural: the items get a name of their own


def test_nested_objects_become_named_models() -> None:
    result = _infer(("Body", {"Contact": {"Name": "x"}, "LineItems": [{"Qty": 1}]}))
    assert result.roots == [{"$ref": "#/components/schemas/Body"}]
    assert result.schemas == {
        "Body": {
            "type": "object",
            "properties": {
                "Contact": {"$ref": "#/components/schemas/Contact"},
                "LineItems": {"type": "array", "items": {"$ref": "#/components/schemas/LineItem"}},
            },
        },
        "Contact": {"type": "object", "properties": {"Name": {"type": "string"}}},
        "LineItem": {"type": "object", "properties": {"Qty": {"type": "integer"}}},
    }


def test_same_name_in_two_samples_is_one_model() -> None:
    result = _infer(
        ("Request", {"Items": [{"Id": "a", "Qty": 1}]}),
        ("Response", {"Items": [{"Id": "b", "Qty": 1.5, "Done": True}]}),
    )
    assert result.schemas["Item"]["properties"] == {
        "Id": {"type": "string"},
        "Qty": {"type": "number"},
        "Done": {"type": "boolean"},
    }
    assert "required" not in result.schemas["Item"]


def test_integers_stay_integers() -> None:
    result = _infer(("A", {"n": 1}), ("A", {"n": 2}))
    assert result.schemas["A"]["properties"]["n"] == {"type": "integer"}


def test_empty_arrays_and_nulls_are_left_open_with_a_note() -> None:
    result = _infer(("A", {"tags": [], "note": None, "maybe": "x"}), ("A", {"maybe": None}))
    props = result.schemas["A"]["properties"]
    assert props["tags"] == {"type": "array", "items": {}}
    assert props["note"] == {}
    assert props["maybe"] == {"type": ["string", "null"]}
    assert sorted(result.notes) == [
        ("/ex/note", "`note` of A: only null in the examples: its type is left open"),
        ("/ex/tags", "`tags` of A: only empty arrays in the examples: their items are left open"),
    ]


def test_formats_of_strings_in_arrays_and_of_mixed_formats() -> None:
    result = _infer(
        ("A", {"ids": ["430fa14a-f945-44d3-9f97-5df5e28441b8"], "when": "2019-03-11"}),
        ("A", {"when": "/Date(1552262400000+0000)/"}),
    )
    props = result.schemas["A"]["properties"]
    assert props["ids"] == {"type": "array", "items": {"type": "string", "format": "uuid"}}
    assert props["when"] == {
        "anyOf": [
            {"type": "string", "format": "date"},
            {"type": "string", "format": "ms-json-date", "pattern": MS_DATE_PATTERN},
        ]
    }


def test_an_array_at_the_top_names_its_items() -> None:
    result = _infer(("Orders", [{"id": 1}]))
    assert result.roots == [{"type": "array", "items": {"$ref": "#/components/schemas/Order"}}]
    assert list(result.schemas) == ["Order"]


def test_empty_objects_make_no_model() -> None:
    result = _infer(("A", {"meta": {}}))
    assert result.schemas["A"]["properties"]["meta"] == {"type": "object"}
    assert "Meta" not in result.schemas
