"""Keywords beside a `$ref`: only a schema's are read by the document's version."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from codegen.assemble.ref_siblings import apply_ref_siblings


def _doc(version: str) -> dict[str, Any]:
    ref = {"$ref": "#/components/schemas/Code"}
    return {
        "openapi": version,
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/a": {"$ref": "#/components/pathItems/A", "summary": "a path item's siblings"},
            "/b": {
                "get": {
                    "parameters": [{**ref, "x-note": 1}],  # a parameter named by reference
                    "responses": {"200": {"$ref": "#/components/responses/Ok", "description": "d"}},
                }
            },
        },
        "components": {
            "pathItems": {"A": {}},
            "responses": {"Ok": {"description": "ok"}},
            "schemas": {
                "Code": {"type": "string", "maxLength": 9},
                "Same": {**ref, "type": "string", "description": "stated alike: kept"},
                "Tighter": {**ref, "maxLength": 3, "description": "a code of 3"},
            },
        },
    }


def test_31_reads_constraining_siblings_as_allof_and_leaves_the_rest() -> None:
    doc = _doc("3.1.0")
    before = copy.deepcopy(doc)
    assert apply_ref_siblings(doc, lambda where: "api.yaml") == []
    assert doc["components"]["schemas"]["Tighter"] == {
        "allOf": [{"$ref": "#/components/schemas/Code"}, {"maxLength": 3}],
        "description": "a code of 3",
    }
    doc["components"]["schemas"]["Tighter"] = before["components"]["schemas"]["Tighter"]
    assert doc == before  # path items, references to other objects, a redundant `type`


@pytest.mark.parametrize("version", ["3.0.3", "3.0.0"])
def test_30_leaves_them_out_with_a_warning_naming_file_and_place(version: str) -> None:
    doc = _doc(version)
    [warning] = apply_ref_siblings(doc, lambda where: f"file of {where}")
    assert (warning.file, warning.where) == (
        "file of /components/schemas/Tighter",
        "/components/schemas/Tighter",
    )
    assert "`maxLength` beside `$ref: #/components/schemas/Code` is ignored" in warning.message
    assert doc["components"]["schemas"]["Tighter"] == {
        "$ref": "#/components/schemas/Code",
        "description": "a code of 3",
    }
