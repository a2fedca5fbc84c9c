"""A sample value is judged against its schema the same whether the question was asked
before (its answer remembered) or not: equal JSON data gets the answer it would get afresh,
and values JSON text would not tell apart are judged each on its own."""

from __future__ import annotations

from typing import Any

from tinydoc import openapi

from codegen.emit.data import calls
from codegen.ir.build import build_api
from codegen.ir.model import Api, PackageInfo

SCHEMAS = {
    "Thing": {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "integer"},
            "name": {"type": "string", "maxLength": 3},
            "tags": {"type": "array", "items": {"type": "string"}},
            "when": {"type": "string", "format": "date"},
        },
    }
}
PATHS = {
    "/things": {
        "post": {
            "operationId": "createThing",
            "requestBody": {
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
            },
            "responses": {"204": {"description": "done"}},
        }
    }
}


def _api() -> Api:
    return build_api(openapi(PATHS, SCHEMAS), PackageInfo("tiny", "tiny", "0.1.0", "tiny"))


def _fresh(api: Api, schema: dict[str, Any], value: Any) -> str | None:
    calls._defs.clear()
    return calls.invalid_value(api, schema, value)


def test_a_remembered_answer_is_the_answer_given_afresh() -> None:
    api = _api()
    model = api.models[0].name
    schema = {"$ref": f"#/$defs/{model}"}
    values: list[Any] = [
        {"id": 1},
        {"id": 1.0},
        {"id": True},
        {"id": "1"},
        {"id": 1, "name": "long"},
        {"name": "long", "id": 1},
        {"id": 1, "tags": ["a", 2]},
        {"id": 1, "tags": ["a", "b"]},
        {"id": 1, "tags": ("a", "b")},  # the same JSON text as the list's
        {"1": "x", "id": 1},
        {1: "x", "id": 1},
        {"id": 1, "when": "2024-02-30"},
        {"id": 1, "when": "2024-02-28"},
        [],
        None,
    ]
    expected = [_fresh(api, schema, v) for v in values]
    assert expected[0] is None and expected[4] is not None  # the questions have answers
    calls._defs.clear()
    for _ in range(2):  # asked again and again, in one order then the other
        assert [calls.invalid_value(api, schema, v) for v in values] == expected
        values.reverse()
        expected.reverse()
