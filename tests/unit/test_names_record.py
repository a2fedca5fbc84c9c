"""The record of names: used where it applies, ignored where it cannot be trusted."""

from __future__ import annotations

import json

from tinydoc import openapi

from codegen.ir.build import build_api
from codegen.ir.model import PackageInfo
from codegen.ir.stable import NAMING_RULES, names_json, parse_names

PACKAGE = PackageInfo("tiny", "tiny-client", "1.0.0", "tiny")


def _doc() -> dict[str, object]:
    ok = {"200": {"description": "ok"}}
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
    return openapi(
        {"/things": {"post": {"operationId": "createThing", "requestBody": body, "responses": ok}}},
        {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}},
    )


def _record(models: dict[str, str], methods: dict[str, str], rules: int = NAMING_RULES) -> str:
    return json.dumps({"naming_rules": rules, "models": models, "methods": methods})


def test_recorded_names_are_kept() -> None:
    api = build_api(_doc(), PACKAGE)
    assert [m.name for m in api.models] == ["Thing"]
    derived = api.operations[0].py_name
    assert derived != "make"
    record = _record(
        {"#/components/schemas/Thing": "Widget"}, {"POST /things": f"{api.resources[0].attr}.make"}
    )
    again = build_api(_doc(), PACKAGE, names=parse_names(record))
    assert [m.name for m in again.models] == ["Widget"]
    assert [op.py_name for op in again.operations] == ["make"]
    # and the record of that generation says so
    assert json.loads(names_json(again))["models"] == {"#/components/schemas/Thing": "Widget"}


def test_records_that_cannot_be_trusted_are_ignored() -> None:
    plain = build_api(_doc(), PACKAGE)
    attr, derived = plain.resources[0].attr, plain.operations[0].py_name
    hostile = _record(
        {"#/components/schemas/Thing": "Thing(): pass\nimport os"},
        {"POST /things": f"{attr}.with_raw_response"},
    )
    api = build_api(_doc(), PACKAGE, names=parse_names(hostile))
    assert [m.name for m in api.models] == ["Thing"]
    assert [op.py_name for op in api.operations] == [derived]
    # names recorded under other naming rules are derived afresh
    old_rules = _record({"#/components/schemas/Thing": "Widget"}, {}, rules=NAMING_RULES - 1)
    assert [m.name for m in build_api(_doc(), PACKAGE, names=parse_names(old_rules)).models] == [
        "Thing"
    ]
