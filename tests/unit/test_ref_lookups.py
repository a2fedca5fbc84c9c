"""References decoded once per spelling and judged once per document: the answers stay
those of a fresh decoding, whatever was asked before."""

from __future__ import annotations

import datetime

from codegen.assemble.quick_check import _refs
from codegen.refs import canonical_ref, dangling_ref_problems, ref_parts
from codegen.sources.jsondata import to_json_data
from codegen.sources.openapi import parse


def test_each_caller_gets_a_list_of_its_own() -> None:
    first = ref_parts("#/components/schemas/A~1B")
    assert first == ["components", "schemas", "A/B"]
    first.append("changed")
    assert ref_parts("#/components/schemas/A~1B") == ["components", "schemas", "A/B"]
    assert ref_parts("#") == []
    assert ref_parts("#") is not ref_parts("#")
    assert ref_parts("other.yaml#/a") is None
    assert canonical_ref("#/a%20b") == canonical_ref("#/a%20b") == "#/a b"


def test_a_reference_to_nowhere_is_told_at_each_place() -> None:
    missing = {"$ref": "#/components/schemas/Gone"}
    doc = {
        "components": {"schemas": {"A": {"type": "string"}}},
        "paths": {
            "/a": {"get": {"parameters": [{"schema": dict(missing)}, {"schema": missing}]}},
            "/b": {"get": {"parameters": [{"schema": {"$ref": "#/components/schemas/A"}}]}},
        },
    }
    assert list(_refs(doc, doc)) == ["unresolved $ref #/components/schemas/Gone"] * 2


def test_json_is_read_as_the_yaml_conversion_would_leave_it() -> None:
    text = '{"openapi": "3.1.0", "paths": {"/a": {"200": [1, 2.5, null, true, {"b": "c"}]}}}'
    data, origins = parse(text, "api.json")
    assert data == to_json_data(data) and origins == {}
    assert to_json_data({1: [{True: datetime.date(2024, 1, 2)}], None: "x"}) == {
        "1": [{"true": "2024-01-02"}],
        "null": "x",
    }


def test_a_dangling_reference_is_told_at_its_own_place_data_aside() -> None:
    doc = {
        "paths": {"/a/{id}": {"get": {"parameters": [{"schema": {"$ref": "#/nope"}}]}}},
        "components": {
            "schemas": {"A": {"properties": {"default": {"$ref": "other.yaml#/B"}}}},
            "examples": {"E": {"value": {"$ref": "#/gone"}}},
            "x-extra": {"$ref": "#/gone"},
        },
    }
    found = [(p.where, p.message) for p in dangling_ref_problems(doc, lambda where: "a.yaml")]
    assert found == [
        (
            "/paths/~1a~1{id}/get/parameters/0/schema/$ref",
            "reference to nowhere: '#/nope', and the document has no /nope",
        ),
        (
            "/components/schemas/A/properties/default/$ref",
            "only references inside the document are supported: 'other.yaml#/B'",
        ),
    ]
