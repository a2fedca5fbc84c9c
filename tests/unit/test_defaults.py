"""Defaults judged against their schemas by our own pass: where openapi-spec-validator judges
them, the same defaults are left out with the same warnings (place and words), without
running it; where it does not look, a rejected default is left out too."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from tinydoc import openapi

from codegen.assemble import defaults, spec_validator, validate
from codegen.assemble.defaults import drop_rejected_defaults
from codegen.errors import InputError, Problem


def _owner(where: str) -> str:
    return "a.yaml"


def _doc(schemas: dict[str, Any] | None = None, **op: Any) -> dict[str, Any]:
    operation = {"operationId": "getThing", "responses": {"200": {"description": "ok"}}, **op}
    path_id = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    return openapi(
        {"/things/{id}": {"parameters": [path_id], "get": operation}},
        schemas or {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}},
    )


def _uri(default: Any = "", **more: Any) -> dict[str, Any]:
    return {"type": "string", "format": "uri", "default": default, **more}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _full_validators(doc: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> list[Problem]:
    """What validation said before our own pass: openapi-spec-validator's verdicts alone."""
    with monkeypatch.context() as patched:
        patched.setattr(validate, "looks_valid", lambda doc: False)
        patched.setattr(validate, "drop_rejected_defaults", lambda doc, owner: [])
        patched.setattr(validate, "only_path_parameter_faults", lambda doc: False)
        return validate.validate_document(doc, _owner)


# documents whose only faults are defaults, where openapi-spec-validator judges them
JUDGED_BY_BOTH: dict[str, dict[str, Any]] = {
    "a component's properties: format, enum, type, bounds, length": _doc(
        {
            "A": {
                "type": "object",
                "properties": {
                    "u": _uri(),
                    "e": {"type": "string", "enum": ["x", "y"], "default": "z"},
                    "t": {"type": "integer", "default": "ten"},
                    "m": {"type": "integer", "minimum": 1, "default": 0},
                    "s": {"type": "string", "maxLength": 2, "default": "abc"},
                    "p": {"type": "string", "pattern": "^[a-z]+$", "default": "A1"},
                    "fine": {"type": "string", "enum": ["x"], "default": "x"},
                },
            }
        }
    ),
    "a component itself, deep in a list's items and a union": _doc(
        {
            "U": _uri(),
            "L": {"type": "array", "items": {"anyOf": [{"type": "integer"}, _uri()]}},
            "O": {"oneOf": [{"type": "integer"}, {"type": "boolean"}], "default": "x"},
        }
    ),
    "an object default against its properties": _doc(
        {
            "A": {
                "type": "object",
                "properties": {
                    "o": {
                        "type": "object",
                        "properties": {"when": {"type": "string", "format": "date-time"}},
                        "default": {"when": "nope"},
                    },
                },
            },
            "K": {"type": "string", "enum": ["x", "y"]},
        }
    ),
    "a parameter's schema": _doc(parameters=[{"name": "q", "in": "query", "schema": _uri()}]),
    "a path's parameter's schema": openapi(
        {
            "/things": {
                "parameters": [{"name": "q", "in": "query", "schema": _uri()}],
                "get": {"responses": {"200": {"description": "ok"}}},
            }
        },
        {},
    ),
    "a shared parameter's and a shared response's schema, used": {
        **_doc(
            parameters=[{"$ref": "#/components/parameters/P"}],
            responses={"200": {"$ref": "#/components/responses/R"}},
        ),
    }
    | {
        "components": {
            "schemas": {},
            "parameters": {"P": {"name": "p", "in": "query", "schema": _uri(maxLength=9)}},
            "responses": {"R": {"description": "ok", **_json({"items": _uri()})}},
        }
    },
    "a response body, deep in an allOf's property": _doc(
        responses={
            "200": {
                "description": "ok",
                **_json({"allOf": [{"properties": {"p": {"not": {"type": "integer"}, **_uri()}}}]}),
            }
        }
    ),
    "a regex default the models' engine cannot compile": _doc(
        {"R": {"type": "string", "format": "regex", "default": "(("}}
    ),
}


@pytest.mark.parametrize("name", sorted(JUDGED_BY_BOTH))
def test_a_rejected_default_is_left_out_as_the_full_validator_leaves_it_out(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fully, ours = copy.deepcopy(JUDGED_BY_BOTH[name]), copy.deepcopy(JUDGED_BY_BOTH[name])
    expected = _full_validators(fully, monkeypatch)
    assert expected, "the example must be one the full validator warns of"

    def unwanted(doc: Any) -> None:
        raise AssertionError("the full validator ran")

    monkeypatch.setattr(spec_validator, "Validator", unwanted)
    assert validate.validate_document(ours, _owner) == expected  # places, words, order
    assert ours == fully  # the same defaults left out, the others kept


_CALLBACK = {
    "done": {
        "{$request.body#/url}": {
            "post": {"requestBody": _json(_uri()), "responses": {"200": {"description": "ok"}}}
        }
    }
}

# places openapi-spec-validator does not judge a default in
ELSEWHERE: dict[str, tuple[dict[str, Any], str]] = {
    "a request body": (
        _doc(requestBody=_json({"type": "string", "format": "date-time", "default": "nope"})),
        "/paths/~1things~1{id}/get/requestBody/content/application~1json/schema/default",
    ),
    "a response header": (
        _doc(responses={"200": {"description": "ok", "headers": {"L": {"schema": _uri()}}}}),
        "/paths/~1things~1{id}/get/responses/200/headers/L/schema/default",
    ),
    "a callback": (
        _doc(callbacks=_CALLBACK),
        (
            "/paths/~1things~1{id}/get/callbacks/done/{$request.body#~1url}/post/requestBody"
            "/content/application~1json/schema/default"
        ),
    ),
    "a map's values": (
        _doc({"M": {"type": "object", "additionalProperties": _uri()}}),
        "/components/schemas/M/additionalProperties/default",
    ),
    "beside a $ref, against the referenced enum": (
        _doc(
            {
                "A": {
                    "type": "object",
                    "properties": {
                        "k": {"$ref": "#/components/schemas/K", "default": "z"},
                        "ok": {"$ref": "#/components/schemas/K", "default": "x"},
                    },
                },
                "K": {"type": "string", "enum": ["x", "y"]},
            }
        ),
        "/components/schemas/A/properties/k/default",
    ),
    "a schema under $defs": (
        _doc({"D": {"$defs": {"E": {"type": "integer", "enum": [1], "default": 2}}}}),
        "/components/schemas/D/$defs/E/default",
    ),
}


@pytest.mark.parametrize("name", sorted(ELSEWHERE))
def test_a_rejected_default_where_the_full_validator_does_not_look_is_left_out_too(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc, where = copy.deepcopy(ELSEWHERE[name][0]), ELSEWHERE[name][1]
    assert _full_validators(copy.deepcopy(doc), monkeypatch) == []  # it kept the default
    warnings = validate.validate_document(doc, _owner)
    assert [(w.file, w.where) for w in warnings] == [("a.yaml", where)]
    assert warnings[0].message.startswith("the default ")
    assert warnings[0].message.endswith(": left out")
    parent = doc
    for part in where.split("/")[1:-1]:
        parent = parent[part.replace("~1", "/").replace("~0", "~")]
    assert "default" not in parent


def test_a_default_fitting_its_schema_is_kept_wherever_it_is() -> None:
    doc = _doc(
        {
            "A": {
                "type": "object",
                "properties": {
                    "k": {"$ref": "#/components/schemas/K", "default": "x"},
                    "u": _uri("https://example.com"),
                    "o": {"type": "object", "default": {"a": 1}},
                    "phone": {"type": "string", "format": "phone", "default": ""},
                },
            },
            "K": {"type": "string", "enum": ["x", "y"]},
        },
        requestBody=_json({"type": "integer", "minimum": 0, "default": 0}),
    )
    before = copy.deepcopy(doc)
    assert drop_rejected_defaults(doc, _owner) == []
    assert doc == before


def test_another_fault_beside_a_rejected_default_is_reported_in_full() -> None:
    doc = _doc({"A": _uri(), "B": {"type": "strin"}})
    with pytest.raises(InputError) as err:
        validate.validate_document(doc, _owner)
    assert [p.where for p in err.value.problems] == ["/components/schemas/B/type"]


def test_a_time_default_is_read_as_rfc_3339_reads_it_with_its_offset() -> None:
    at = {"type": "string", "format": "time"}
    doc = _doc(
        parameters=[
            {"name": "naive", "in": "query", "schema": {**at, "default": "10:00:00"}},
            {"name": "aware", "in": "query", "schema": {**at, "default": "10:00:00Z"}},
        ]
    )
    warnings = validate.validate_document(doc, _owner)
    assert [w.where for w in warnings] == ["/paths/~1things~1{id}/get/parameters/0/schema/default"]
    assert "'10:00:00' is not a 'time'" in warnings[0].message
    kept = doc["paths"]["/things/{id}"]["get"]["parameters"][1]["schema"]
    assert kept["default"] == "10:00:00Z"


def test_a_default_whose_schema_refers_deep_down_is_judged_with_the_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The compiled check is handed the document only for a schema holding a reference: one
    that holds it deep down still resolves there, and fits without the slower validator."""
    schema = {"type": "object", "properties": {"n": {"items": {"$ref": "#/components/schemas/N"}}}}
    doc = _doc({"A": {**schema, "default": {"n": [1]}}, "N": {"type": "integer"}})
    monkeypatch.setattr(defaults._Judge, "_said", lambda *_: pytest.fail("judged apart"))
    assert drop_rejected_defaults(doc, _owner) == []
