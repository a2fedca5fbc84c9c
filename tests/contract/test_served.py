"""The copies of a document that Prism serves: cycles cut, paths of one shape served apart,
answer examples that fit their schemas. No Prism here: these are the copies themselves."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from contract.arguments import request_example
from contract.cycles import apply_cuts, find_cuts
from contract.documents import route_layers, served_documents
from contract.errors import ContractError
from contract.providers import Provider, load


def _document(schemas: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": {}, "components": {"schemas": schemas}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _cut_places(document: dict[str, Any]) -> list[str]:
    return [cut.reference.pointer for cut in find_cuts(document)]


def test_a_cycle_is_cut_at_an_array_before_a_property() -> None:
    document = _document(
        {
            "Invoice": {"properties": {"payments": {"type": "array", "items": _ref("Payment")}}},
            "Payment": {"properties": {"invoice": _ref("Invoice")}},
        }
    )
    (cut,) = find_cuts(document)
    assert cut.reference.pointer == "#/components/schemas/Invoice/properties/payments/items"
    assert cut.cycle == ("Payment", "Invoice")
    assert "Payment -> Invoice -> Payment" in cut.describe("x")


def test_only_as_many_references_are_cut_as_the_cycles_need() -> None:
    # one cycle through two arrays: one cut is enough
    document = _document(
        {
            "A": {"properties": {"bs": {"type": "array", "items": _ref("B")}}},
            "B": {"properties": {"as": {"type": "array", "items": _ref("A")}}},
            "C": {"properties": {"a": _ref("A")}},  # reaches the cycle, is not in it
        }
    )
    assert _cut_places(document) == ["#/components/schemas/A/properties/bs/items"]


def test_nullable_items_and_optional_properties_are_cut_too() -> None:
    document = _document(
        {
            "Folder": {
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "parent": {"anyOf": [_ref("Folder"), {"type": "null"}]},
                    "children": {
                        "type": "array",
                        "items": {"anyOf": [_ref("Folder"), {"type": "null"}]},
                    },
                },
            }
        }
    )
    assert _cut_places(document) == [
        "#/components/schemas/Folder/properties/children/items/anyOf/0",
        "#/components/schemas/Folder/properties/parent/anyOf/0",
    ]


def test_a_cycle_through_required_properties_only_is_an_error() -> None:
    document = _document(
        {
            "Order": {"required": ["customer"], "properties": {"customer": _ref("Customer")}},
            "Customer": {"required": ["order"], "properties": {"order": _ref("Order")}},
        }
    )
    with pytest.raises(
        ContractError,
        match="Order/properties/customer: the cycle Order -> Customer -> Order .*no finite data",
    ):
        find_cuts(document)


@pytest.mark.parametrize("mode", ["static", "dynamic"])
def test_the_cut_places_accept_any_value_and_no_cycle_is_left(mode: str) -> None:
    document = _document(
        {
            "Folder": {
                "properties": {
                    "parent": _ref("Folder"),
                    "files": {"type": "array", "items": _ref("File")},
                }
            },
            "File": {"properties": {"folder": _ref("Folder")}},
        }
    )
    served = copy.deepcopy(document)
    changes = apply_cuts(served, find_cuts(served), mode)

    assert len(changes) == 2 and all("which Prism cannot check" in c for c in changes)
    assert find_cuts(served) == []
    folder = served["components"]["schemas"]["Folder"]["properties"]
    assert folder["files"] == {"type": "array"}  # any items; made up empty by Prism
    if mode == "dynamic":
        assert "parent" not in folder  # never made up by Prism, any value accepted
    else:
        assert folder["parent"] == {}
    # what the document allowed, the copy allows
    root = {**served, "$ref": "#/components/schemas/Folder"}
    deep = {"parent": {"files": [{"folder": {}}]}, "files": [{"folder": {"parent": {}}}]}
    assert Draft202012Validator(root).is_valid(deep)


def test_operations_of_one_path_shape_are_served_apart(
    constructs: Provider, tmp_path: Path
) -> None:
    loaded = load(constructs)
    (first, first_hidden), (second, second_hidden) = route_layers(loaded)
    assert "getFolderByName" in first and "getFolder" not in first and not first_hidden
    assert second == ["getFolder"]
    assert "to /folders/{folder_name}" in second_hidden[0]

    main, apart = served_documents(loaded, "static", tmp_path)
    assert apart.operation_ids == {"getFolder"}
    assert set(json.loads(apart.path.read_text())["paths"]) == {"/folders/{folder_id}"}
    assert "/folders/{folder_name}" in json.loads(main.path.read_text())["paths"]
    assert main.operation_ids | apart.operation_ids == {
        o.operation_id for o in loaded.api.operations
    }


def test_the_static_copy_answers_examples_that_fit(constructs: Provider, tmp_path: Path) -> None:
    loaded = load(constructs)
    main = served_documents(loaded, "static", tmp_path)[0]
    document = json.loads(main.path.read_text())
    create = document["paths"]["/folders"]["post"]["responses"]["201"]["content"]
    answered = create["application/json"]["example"]
    assert answered != {"name": "Reports", "files": "none"}  # the document's, which breaks Folder
    root = {**loaded.document, "$ref": "#/components/schemas/Folder"}
    assert Draft202012Validator(root).is_valid(answered)
    assert any("createFolder 201: the document's example contradicts" in c for c in main.changes)
    # an example that fits stays
    item = document["paths"]["/items"]["post"]["responses"]["201"]["content"]["application/json"]
    assert item["example"]["name"] == "Consulting"
    # every JSON answer has one
    for path, item in document["paths"].items():
        for method, op in item.items():
            if method == "parameters":
                continue
            for status, response in (op.get("responses") or {}).items():
                for media in (response.get("content") or {}).values():
                    assert "example" in media, (path, method, status)


def test_a_request_example_that_breaks_its_schema_is_not_used(constructs: Provider) -> None:
    ops = {op.operation_id: op for op in load(constructs).api.operations}
    assert request_example(ops["createFolder"]) is None  # {name: 12, ...}: built from the schema
    assert request_example(ops["createItem"])["name"] == "Consulting"
