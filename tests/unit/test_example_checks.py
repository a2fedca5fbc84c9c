"""A document's examples are judged once for each schema and value, with the messages a
judgement of its own would give."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.ir import example_checks
from codegen.ir.example_checks import ExampleChecks, schema_errors

_DEFS: dict[str, Any] = {
    "Invoice": {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "total": {"type": "number"}},
    },
    "Note": {"type": "object", "properties": {"id": {"type": "integer"}}},
}
_COMPONENTS: dict[str, Any] = {"schemas": _DEFS}


@pytest.fixture
def judged(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every value the validator was run on."""
    seen: list[Any] = []
    real = example_checks.schema_errors

    def counted(schema: dict[str, Any], value: Any) -> list[str]:
        seen.append(value)
        return real(schema, value)

    monkeypatch.setattr(example_checks, "schema_errors", counted)
    return seen


def test_the_same_example_of_the_same_model_is_judged_once(judged: list[Any]) -> None:
    checks = ExampleChecks()
    bad = {"total": "12"}
    first = checks.of_model(_DEFS, "Invoice", bad)
    assert first == schema_errors({"$defs": _DEFS, "$ref": "#/$defs/Invoice"}, bad)
    assert len(first) == 2  # `id` missing, `total` not a number
    first.append("changed by the caller")  # a copy: the next caller gets the judgement
    assert checks.of_model(_DEFS, "Invoice", {"total": "12"}) == first[:2]
    assert judged == [bad]


def test_other_schemas_and_other_values_are_judged_again(judged: list[Any]) -> None:
    checks = ExampleChecks()
    value = {"id": "7"}
    assert checks.of_model(_DEFS, "Invoice", value) == []
    assert checks.of_model(_DEFS, "Note", value) != []  # `id` is an integer there
    closed = {name: {**schema, "unevaluatedProperties": False} for name, schema in _DEFS.items()}
    assert checks.of_model(closed, "Invoice", {"id": "7", "extra": 1}) != []
    assert checks.of_model(_DEFS, "Invoice", {"id": "7", "extra": 1}) == []
    # the same keys in another order: the messages quote the value as it is written
    assert checks.of_model(_DEFS, "Note", {"b": 1, "id": "x"}) == schema_errors(
        {"$defs": _DEFS, "$ref": "#/$defs/Note"}, {"b": 1, "id": "x"}
    )
    checks.of_model(_DEFS, "Note", {"id": "x", "b": 1})
    assert len(judged) == 6


def test_a_documents_schema_is_known_by_its_json_text(judged: list[Any]) -> None:
    checks = ExampleChecks()
    items = {"type": "array", "items": {"$ref": "#/components/schemas/Note"}}
    copy = {"type": "array", "items": {"$ref": "#/components/schemas/Note"}}
    other = {"type": "array", "items": {"$ref": "#/components/schemas/Invoice"}}
    assert checks.of_schema(_COMPONENTS, items, [{"id": 1}]) == []
    assert checks.of_schema(_COMPONENTS, copy, [{"id": 1}]) == []  # the same text: judged
    assert checks.of_schema(_COMPONENTS, other, [{"id": 1}]) != []
    assert len(judged) == 2
    # the same keywords in another order: the messages follow the schema's order
    first = checks.of_schema(_COMPONENTS, {"type": "object", "minimum": 10}, 5)
    second = checks.of_schema(_COMPONENTS, {"minimum": 10, "type": "object"}, 5)
    assert first == second[::-1] and len(first) == 2
    # numbers told apart from booleans, as the validator tells them apart
    assert checks.of_schema(_COMPONENTS, {"const": 1}, True) != []
    assert checks.of_schema(_COMPONENTS, {"const": True}, True) == []
    assert checks.of_schema(_COMPONENTS, {"const": 1.5}, 1.5) == []
    assert checks.of_schema(_COMPONENTS, {"const": 1.25}, 1.5) != []
    assert len(judged) == 8
