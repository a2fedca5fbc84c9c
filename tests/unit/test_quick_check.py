"""The quick check before validation: it passes what the full validator passes, and finds
something in every document the full validator reports on (then the full validator speaks).
Defaults are judged before it (`test_defaults.py`)."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tinydoc import openapi

from codegen.assemble import quick_check, spec_validator, validate
from codegen.assemble.quick_check import looks_valid
from codegen.errors import InputError

ROOT = Path(__file__).resolve().parents[2]


def _param(name: str, where: str = "path", **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": where, "required": True, "schema": {"type": "string"}, **extra}


def _doc(schemas: dict[str, Any] | None = None, **op: Any) -> dict[str, Any]:
    operation = {"operationId": "getThing", "responses": {"200": {"description": "ok"}}, **op}
    return openapi(
        {"/things/{id}": {"parameters": [_param("id")], "get": operation}},
        schemas or {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}},
    )


def _full_validator_reports(doc: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> bool:
    """Whether openapi-spec-validator, on its own, has anything to say (error or warning)."""
    monkeypatch.setattr(validate, "looks_valid", lambda doc: False)
    monkeypatch.setattr(validate, "drop_rejected_defaults", lambda doc, owner: [])
    monkeypatch.setattr(validate, "only_path_parameter_faults", lambda doc: False)
    try:
        return bool(validate.validate_document(copy.deepcopy(doc), lambda where: "a.yaml"))
    except Exception:  # noqa: BLE001 - its problems, or a reference it cannot follow
        return True


BROKEN: dict[str, dict[str, Any]] = {
    "a schema's type misspelt, deep down": _doc(
        {
            "A": {
                "type": "object",
                "properties": {"b": {"type": "array", "items": {"type": "strin"}}},
            }
        }
    ),
    "a path parameter the template lacks": _doc(parameters=[_param("other")]),
    "a parameter declared twice": _doc(parameters=[_param("q", "query"), _param("q", "query")]),
    "a $ref to nothing": _doc({"A": {"$ref": "#/components/schemas/Missing"}}),
    "a pattern that does not compile": _doc({"A": {"type": "string", "pattern": "a(b"}}),
    "an unknown parameter location": _doc(parameters=[_param("q", "qery")]),
    "a tag named twice": {**_doc(), "tags": [{"name": "a"}, {"name": "a"}]},
    # `default` names a status and a property here, no data
    "a $ref to nowhere in a default response": _doc(
        responses={"default": {"$ref": "#/components/responses/Missing"}}
    ),
    "a $ref to nowhere in a property named default": _doc(
        {"A": {"properties": {"default": {"$ref": "#/components/schemas/Missing"}}}}
    ),
    "a parameter declared twice in a path item by reference": {
        **openapi({"/b": {"$ref": "#/components/pathItems/B"}}, {}),
        "components": {
            "pathItems": {
                "B": {
                    "get": {
                        "parameters": [_param("q", "query"), _param("q", "query")],
                        "responses": {"200": {"description": "ok"}},
                    }
                }
            }
        },
    },
}

# what the OpenAPI dialect's meta-schema says of a Schema Object, which plain JSON Schema
# 2020-12 does not (its base vocabulary), and the formats of a schema's keywords
DIALECT: dict[str, tuple[dict[str, Any], str, str]] = {
    "a discriminator that is a string": (
        {"type": "object", "discriminator": "petType"},
        "/components/schemas/A/discriminator",
        "'petType' is not of type 'object'",
    ),
    "a discriminator without its property": (
        {"type": "object", "discriminator": {}},
        "/components/schemas/A/discriminator",
        "'propertyName' is a required property",
    ),
    "a discriminator's mapping to a number": (
        {"discriminator": {"propertyName": "a", "mapping": {"x": 1}}},
        "/components/schemas/A/discriminator/mapping/x",
        "1 is not of type 'string'",
    ),
    "a discriminator that is a list": (
        {"discriminator": ["a"]},
        "/components/schemas/A/discriminator",
        "['a'] is not of type 'object'",
    ),
    "a discriminator's property that is a number": (
        {"discriminator": {"propertyName": 5}},
        "/components/schemas/A/discriminator/propertyName",
        "5 is not of type 'string'",
    ),
    "an xml name that is a number, deep down": (
        {"properties": {"b": {"items": {"xml": {"name": 5}}}}},
        "/components/schemas/A/properties/b/items/xml/name",
        "5 is not of type 'string'",
    ),
    "external docs without their url": (
        {"externalDocs": {"description": "more"}},
        "/components/schemas/A/externalDocs",
        "'url' is a required property",
    ),
    "external docs whose url is a number": (
        {"externalDocs": {"url": 5}},
        "/components/schemas/A/externalDocs/url",
        "5 is not of type 'string'",
    ),
    "a reference that is no URI reference": (
        {"properties": {"b": {"$ref": "#/components/schemas/A/properties/a b"}, "a b": {}}},
        "/components/schemas/A/properties/b/$ref",
        "'#/components/schemas/A/properties/a b' is not a 'uri-reference'",
    ),
    "a pattern that does not compile, under definitions": (
        {"definitions": {"x": {"type": "string", "pattern": "a("}}},
        "/components/schemas/A/definitions/x/pattern",
        "'a(' is not a 'regex'",
    ),
    "a schema of another dialect": (
        {"$schema": "http://json-schema.org/draft-04/schema#", "exclusiveMinimum": 5},
        "/components/schemas/A/exclusiveMinimum",
        "5 is not of type 'boolean'",
    ),
}


def _full_validator_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that gets an item each time the full validator runs."""
    ran: list[int] = []
    real = spec_validator.Validator

    def counted(doc: Any) -> Any:
        ran.append(1)
        return real(doc)

    monkeypatch.setattr(spec_validator, "Validator", counted)
    return ran


@pytest.mark.parametrize("name", sorted(DIALECT))
def test_what_the_dialect_forbids_goes_to_the_full_validator(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    schema, where, message = DIALECT[name]
    doc = _doc({"A": schema})
    assert not looks_valid(doc)
    ran = _full_validator_runs(monkeypatch)
    with pytest.raises(InputError) as err:
        validate.validate_document(doc, lambda where: "a.yaml")
    assert ran == [1]
    assert [(p.file, p.where, p.message) for p in err.value.problems] == [
        ("a.yaml", where, f"invalid OpenAPI: {message}")
    ]


def test_a_document_naming_another_dialect_goes_to_the_full_validator() -> None:
    doc = {**_doc(), "jsonSchemaDialect": "https://example.com/dialect"}
    assert not looks_valid(doc)
    with pytest.raises(InputError) as err:
        validate.validate_document(doc, lambda where: "a.yaml")
    assert "Unknown JSON Schema dialect" in err.value.problems[0].message


def test_a_reference_out_of_the_document_goes_to_the_full_validator() -> None:
    assert not looks_valid(_doc({"A": {"$ref": "other.yaml#/A"}}))
    assert not looks_valid(_doc({"A": {"$ref": "#anchor"}}))


def test_a_reference_out_of_the_checked_places_goes_to_the_full_validator() -> None:
    """The full validator judges what a reference leads to (a schema, a parameter...) where
    the structure check takes any value."""
    doc = {**_doc({"A": {"$ref": "#/x-shared/B"}}), "x-shared": {"B": {"discriminator": 5}}}
    assert not looks_valid(doc)
    with pytest.raises(InputError) as err:
        validate.validate_document(doc, lambda where: "a.yaml")
    assert [(p.where, p.message) for p in err.value.problems] == [
        ("/x-shared/B/discriminator", "invalid OpenAPI: 5 is not of type 'object'")
    ]
    doc["x-shared"]["B"] = {"type": "string", "externalDocs": {"url": "https://example.com"}}
    assert not looks_valid(doc)
    assert validate.validate_document(doc, lambda where: "a.yaml") == []
    # a parameter in an extension: its schema is judged
    doc = _doc(parameters=[{"$ref": "#/x-shared/Q"}])
    doc["x-shared"] = {"Q": {"name": "q", "in": "query", "schema": {"type": "strin"}}}
    assert not looks_valid(doc)
    with pytest.raises(InputError):
        validate.validate_document(doc, lambda where: "a.yaml")


def test_a_schema_elsewhere_is_judged_where_a_reference_leads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A schema's reference to a place the structure check judges as no schema (a response's
    header, here) is judged by what it leads to."""
    header = {"required": True, "schema": {"type": "string"}}
    doc = _doc({"A": {"$ref": "#/components/responses/R/headers/H"}})
    doc["components"]["responses"] = {"R": {"description": "r", "headers": {"H": header}}}
    assert not looks_valid(doc)  # a header's `required: true` is no schema's
    with pytest.raises(InputError) as err:
        validate.validate_document(doc, lambda where: "a.yaml")
    assert [p.where for p in err.value.problems] == ["/components/responses/R/headers/H/required"]
    doc["components"]["schemas"]["A"] = {"$ref": "#/components/responses/R/headers/H/schema"}

    def unwanted(doc: Any) -> None:
        raise AssertionError("the full validator ran")

    monkeypatch.setattr(spec_validator, "Validator", unwanted)
    assert looks_valid(doc)
    assert validate.validate_document(doc, lambda where: "a.yaml") == []


def test_a_schema_leading_to_a_parameter_goes_to_the_full_validator() -> None:
    parameter = {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}
    doc = _doc({"A": {"$ref": "#/components/parameters/Q"}})
    doc["components"]["parameters"] = {"Q": parameter}
    assert not looks_valid(doc)
    with pytest.raises(InputError) as err:
        validate.validate_document(doc, lambda where: "a.yaml")
    assert [(p.where, p.message) for p in err.value.problems] == [
        ("/components/parameters/Q/required", "invalid OpenAPI: True is not of type 'array'")
    ]


def test_a_reference_into_a_schema_is_judged_by_what_it_leads_to() -> None:
    properties = {"type": {"type": "string"}}  # a property named as a keyword
    doc = _doc(
        {"A": {"properties": properties}, "B": {"$ref": "#/components/schemas/A/properties"}}
    )
    assert not looks_valid(doc)  # a map of properties, no schema
    with pytest.raises(InputError) as err:
        validate.validate_document(doc, lambda where: "a.yaml")
    assert [p.where for p in err.value.problems] == ["/components/schemas/A/properties/type"]
    doc["components"]["schemas"]["B"] = {"$ref": "#/components/schemas/A/properties/type"}
    assert looks_valid(doc)


def test_the_dialects_vocabulary_used_rightly_takes_the_quick_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pet = {
        "type": "object",
        "properties": {"petType": {"type": "string"}, "tags": {"type": "array", "items": {}}},
        "required": ["petType"],
        "discriminator": {
            "propertyName": "petType",
            "mapping": {"cat": "#/components/schemas/Cat"},
        },
        "xml": {"name": "pet", "namespace": "https://example.com/pet", "wrapped": False},
        "externalDocs": {"url": "https://example.com/pets", "description": "more"},
        "example": {"petType": "cat"},
        "$schema": "https://spec.openapis.org/oas/3.1/dialect/base",
        "$id": "https://example.com/schemas/pet",
        "patternProperties": {"^\\p{L}+$": {"pattern": "(?=x)x"}},  # Rust's, Python's
    }
    cat = {"allOf": [{"$ref": "#/components/schemas/Pet"}], "x-kind": {"discriminator": 5}}
    doc = {**_doc({"Pet": pet, "Cat": cat})}
    doc["jsonSchemaDialect"] = "https://spec.openapis.org/oas/3.1/dialect/base"

    def unwanted(doc: Any) -> None:
        raise AssertionError("the full validator ran")

    monkeypatch.setattr(spec_validator, "Validator", unwanted)
    assert looks_valid(doc)
    assert validate.validate_document(doc, lambda where: "a.yaml") == []


# the strings the schema formats judge: references as documents write them, and the faulty
_URIS = [
    "#/components/schemas/A",
    "#/components/schemas/A%20B",
    "#/paths/~1a~1{id}/get",
    "#/components/schemas/Ñ",
    "#/a b",
    "other.yaml#/a",
    "https://example.com/a?b=c#d",
    "::",
    "http://[bad",
    "",
    "#",
    "urn:x",
    "a\\b",
]


@pytest.mark.parametrize("form", ["uri", "uri-reference"])
def test_the_schema_formats_are_judged_as_the_full_validator_judges_them(form: str) -> None:
    from codegen.assemble.defaults import formats

    check = quick_check._SCHEMA_FORMATS[form]
    for value in _URIS:
        assert check(value) == formats().conforms(value, form), value


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_what_the_full_validator_reports_the_quick_check_finds(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = BROKEN[name]
    assert _full_validator_reports(
        doc, monkeypatch
    ), "the example must be one the validator reports"
    assert not looks_valid(doc)


VALID: dict[str, dict[str, Any]] = {
    "a small document": _doc(),
    "allOf whose required names come from a referenced part": _doc(
        {
            "A": {"allOf": [{"$ref": "#/components/schemas/B"}], "required": ["b"]},
            "B": {"type": "object", "properties": {"b": {"type": "string"}}},
        }
    ),
    # the model keeps the name as a required field of any type, with a warning
    "required naming no property across allOf": _doc(
        {
            "A": {"allOf": [{"$ref": "#/components/schemas/B"}], "required": ["nope"]},
            "B": {"type": "object", "properties": {"b": {"type": "string"}}},
        }
    ),
    "a path parameter through two references": {
        **openapi(
            {
                "/a/{id}": {
                    "parameters": [{"$ref": "#/components/parameters/Id"}],
                    "get": {"responses": {"200": {"description": "ok"}}},
                }
            },
            {},
        ),
        "components": {
            "parameters": {"Id": {"$ref": "#/components/parameters/Id2"}, "Id2": _param("id")}
        },
    },
    "an example holding a key named schema": _doc(
        {"A": {"type": "object", "example": {"schema": {"type": "strin"}}}}
    ),
}


@pytest.mark.parametrize("name", sorted(VALID))
def test_what_the_full_validator_passes_the_quick_check_passes(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = VALID[name]
    assert not _full_validator_reports(doc, monkeypatch)
    assert looks_valid(doc)


@pytest.mark.parametrize(
    "provider",
    sorted(p.name for p in (ROOT / "generated").iterdir() if (p / "openapi.json").is_file()),
)
def test_every_provider_takes_the_quick_way(provider: str, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = json.loads((ROOT / "generated" / provider / "openapi.json").read_text(encoding="utf-8"))
    assert looks_valid(doc)
    assert not _full_validator_reports(doc, monkeypatch)


def test_a_document_found_wanting_gets_the_full_validators_diagnostics() -> None:
    doc = BROKEN["a schema's type misspelt, deep down"]
    with pytest.raises(InputError) as err:
        validate.validate_document(copy.deepcopy(doc), lambda where: "a.yaml")
    assert [(p.file, p.where) for p in err.value.problems] == [
        ("a.yaml", "/components/schemas/A/properties/b/items/type")
    ]


@pytest.mark.parametrize("schemas", [[1], [{"type": "string"}]])
def test_components_schemas_that_are_no_map_are_reported(schemas: Any) -> None:
    doc = {**_doc(), "components": {"schemas": schemas}}
    with pytest.raises(InputError) as err:
        validate.validate_document(doc, lambda where: "a.yaml")
    assert err.value.problems
    assert all(p.where.startswith("/components/schemas") for p in err.value.problems)


def test_the_structure_check_is_compiled_once() -> None:
    assert quick_check._structure() is quick_check._structure()


# the pipeline's front (where documents are validated), for a valid document, then for one the
# quick check finds wanting: which validators loaded
_IMPORTS = """
import json, sys
from pathlib import Path
from codegen.errors import InputError
from codegen.front import document_front
spec, broken = sys.argv[1:]
loaded = {"valid api": document_front(Path(spec), "q", stage=print)[1].api.package.name}
loaded["valid"] = sorted(m for m in sys.modules if m.startswith("openapi_s"))
try:
    document_front(Path(broken), "q", stage=print)
except InputError as exc:
    loaded["problems"] = [p.where for p in exc.problems]
loaded["broken"] = sorted(m for m in sys.modules if m.startswith("openapi_s"))
print(json.dumps(loaded))
"""


def test_a_valid_document_never_loads_openapi_spec_validator(tmp_path: Path) -> None:
    spec, broken = tmp_path / "api.json", tmp_path / "broken.json"
    spec.write_text(json.dumps(_doc()), encoding="utf-8")
    broken.write_text(json.dumps(BROKEN["a schema's type misspelt, deep down"]), encoding="utf-8")
    ran = subprocess.run(
        [sys.executable, "-c", _IMPORTS, str(spec), str(broken)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "CODEGEN_CACHE_DIR": "off"},
    )
    assert ran.returncode == 0, ran.stderr
    loaded = json.loads(ran.stdout.splitlines()[-1])
    assert loaded["valid api"] == "q"
    assert loaded["valid"] == []  # importing it takes longer than the quick check itself
    assert loaded["problems"]
    assert "openapi_spec_validator" in loaded["broken"]


def _templated(url: str, **by_method: list[dict[str, Any]]) -> dict[str, Any]:
    item: dict[str, Any] = {
        method: {"responses": {"200": {"description": "ok"}}, "parameters": parameters}
        for method, parameters in by_method.items()
    }
    return {url: item}


PATH_PARAMETER_FAULTS: dict[str, dict[str, Any]] = {
    "a template's name missing from one operation": openapi(
        {
            **_templated("/a/{x}/b/{y}", get=[_param("x")], put=[_param("x"), _param("y")]),
            **_templated("/c/{z}", post=[]),
        },
        {},
    ),
    "a declared name the template lacks, and one declared for the path": openapi(
        {
            "/d/{x}": {
                "parameters": [_param("x")],
                "get": {"responses": {"200": {"description": "ok"}}, "parameters": [_param("w")]},
            }
        },
        {},
    ),
    "a path item by reference": {
        **openapi({"/f/{x}": {"$ref": "#/components/pathItems/F"}}, {}),
        "components": {"pathItems": {"F": _templated("/f", get=[])["/f"]}},
    },
    "a shared parameter by reference": {
        **openapi(_templated("/e/{x}/{y}", delete=[{"$ref": "#/components/parameters/X"}]), {}),
        "components": {"parameters": {"X": _param("x")}},
    },
}


@pytest.mark.parametrize("name", sorted(PATH_PARAMETER_FAULTS))
def test_path_parameter_faults_are_told_as_the_full_validator_tells_them_without_it(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = PATH_PARAMETER_FAULTS[name]
    monkeypatch.setattr(validate, "only_path_parameter_faults", lambda doc: False)
    with pytest.raises(InputError) as full:
        validate.validate_document(copy.deepcopy(doc), lambda where: "a.yaml")
    monkeypatch.undo()

    def unwanted(doc: Any) -> None:
        raise AssertionError("the full validator ran")

    monkeypatch.setattr(spec_validator, "Validator", unwanted)
    with pytest.raises(InputError) as ours:
        validate.validate_document(copy.deepcopy(doc), lambda where: "a.yaml")
    assert ours.value.problems == full.value.problems  # places, words, order


def test_another_fault_beside_a_path_parameter_fault_goes_the_full_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = openapi(_templated("/a/{x}", get=[]), {"B": {"type": "strin"}})
    ran = _full_validator_runs(monkeypatch)
    with pytest.raises(InputError) as err:
        validate.validate_document(doc, lambda where: "a.yaml")
    assert ran == [1]
    assert [p.where for p in err.value.problems] == [
        "/paths/~1a~1{x}/get",
        "/components/schemas/B/type",
    ]


def test_past_the_fiftieth_problem_a_line_says_more_were_left_unsaid() -> None:
    paths = {
        f"/p{i}/{{x}}": {"get": {"responses": {"200": {"description": "ok"}}}} for i in range(60)
    }
    with pytest.raises(InputError) as unresolved:
        validate.validate_document(openapi(paths, {}), lambda where: "a.yaml")
    listed = unresolved.value.problems
    assert len(listed) == validate.MAX_PROBLEMS + 1
    assert listed[-1].file == "a.yaml"
    assert listed[-1].message == (
        "… and 10 more problems not listed: correct these first, then run again"
    )
    broken = {f"S{i}": {"type": "strin"} for i in range(60)}
    with pytest.raises(InputError) as structural:
        validate.validate_document(openapi({}, broken), lambda where: "a.yaml")
    listed = structural.value.problems
    assert len(listed) == validate.MAX_PROBLEMS + 1
    assert listed[-1].message == (
        "… and more problems not listed: correct these first, then run again"
    )
