"""The quick check before validation: it passes what the full validator passes, and finds
something in every document the full validator reports on (then the full validator speaks)."""

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
from codegen.assemble.quick_check import Verdict, looks_valid
from codegen.errors import InputError, Problem

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
    try:
        return bool(_fully_validated(copy.deepcopy(doc), monkeypatch))
    except Exception:  # noqa: BLE001 - its problems, or a reference it cannot follow
        return True


def _fully_validated(doc: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> list[Problem]:
    """`validate_document`'s warnings with the quick check finding something each time."""
    with monkeypatch.context() as patched:
        patched.setattr(quick_check, "inspect", lambda doc: Verdict(clean=False))
        return validate.validate_document(doc, lambda where: "a.yaml")


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
    "a default its schema rejects": _doc({"A": {"type": "integer", "default": "ten"}}),
    "a default of the wrong format": _doc(
        {"A": {"type": "string", "format": "regex", "default": "(("}}
    ),
    # checked by jsonschema's `format-nongpl` extra, a dependency
    "an empty default of format uri": _doc(
        {"A": {"type": "string", "format": "uri", "default": ""}}
    ),
    "a default failing its enum, deep down": _doc(
        {
            "A": {
                "type": "object",
                "properties": {"k": {"type": "string", "enum": ["x"], "default": "z"}},
            }
        }
    ),
    "an unknown parameter location": _doc(parameters=[_param("q", "qery")]),
    "a tag named twice": {**_doc(), "tags": [{"name": "a"}, {"name": "a"}]},
}


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
    "a default fitting a referenced enum": _doc(
        {
            "A": {
                "type": "object",
                "properties": {"k": {"$ref": "#/components/schemas/K", "default": "x"}},
            },
            "K": {"type": "string", "enum": ["x", "y"]},
        }
    ),
    # a format the full validator does not check (no checker exists for it)
    "an empty default of format phone": _doc(
        {"A": {"type": "string", "format": "phone", "default": ""}}
    ),
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


def test_the_structure_check_is_compiled_once() -> None:
    assert quick_check._structure() is quick_check._structure()


# generates a valid document, then one the quick check finds wanting: which validators loaded
_IMPORTS = """
import json, sys
from codegen.cli import main
spec, out, broken = sys.argv[1:]
loaded = {"exit valid": main(["generate", "-q", "--spec", spec, "--out", out, "--name", "q"])}
loaded["valid"] = sorted(m for m in sys.modules if m.startswith("openapi_s"))
loaded["exit"] = main(["generate", "-q", "--spec", broken, "--out", out + "-b", "--name", "q"])
loaded["broken"] = sorted(m for m in sys.modules if m.startswith("openapi_s"))
print(json.dumps(loaded))
"""


def test_a_valid_document_never_loads_openapi_spec_validator(tmp_path: Path) -> None:
    spec, broken = tmp_path / "api.json", tmp_path / "broken.json"
    spec.write_text(json.dumps(_doc()), encoding="utf-8")
    broken.write_text(json.dumps(BROKEN["a schema's type misspelt, deep down"]), encoding="utf-8")
    ran = subprocess.run(
        [sys.executable, "-c", _IMPORTS, str(spec), str(tmp_path / "out"), str(broken)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "CODEGEN_CACHE_DIR": "off"},
    )
    assert ran.returncode == 0, ran.stderr
    loaded = json.loads(ran.stdout.splitlines()[-1])
    assert loaded["exit valid"] == 0
    assert loaded["valid"] == []  # importing it takes longer than the quick check itself
    assert loaded["exit"] == 2
    assert "openapi_spec_validator" in loaded["broken"]


def _uri(default: Any = "", **more: Any) -> dict[str, Any]:
    return {"type": "string", "format": "uri", "default": default, **more}


# documents whose only faults are defaults that fit their schema but for its own format
FORMAT_ONLY: dict[str, dict[str, Any]] = {
    "a component's property": _doc(
        {"A": {"type": "object", "properties": {"u": _uri(), "v": _uri("x y")}}}
    ),
    "a component itself, and one deep in a list's items": _doc(
        {
            "U": _uri(),
            "L": {"type": "array", "items": {"anyOf": [{"type": "integer"}, _uri()]}},
        }
    ),
    "a parameter's schema": _doc(parameters=[{"name": "q", "in": "query", "schema": _uri()}]),
    "a shared response's schema, used": {
        **_doc(responses={"200": {"$ref": "#/components/responses/R"}}),
    }
    | {
        "components": {
            "schemas": {},
            "responses": {
                "R": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"items": _uri()}}},
                }
            },
        }
    },
    "a shared parameter's schema, used": {
        **_doc(parameters=[{"$ref": "#/components/parameters/P"}]),
    }
    | {
        "components": {
            "schemas": {},
            "parameters": {"P": {"name": "p", "in": "query", "schema": _uri(maxLength=9)}},
        }
    },
    "a path's parameter's schema": openapi(
        {
            "/things": {
                "parameters": [{"name": "q", "in": "query", "schema": _uri()}],
                "get": {"responses": {"200": {"description": "ok"}}},
            }
        },
        {},
    ),
    "a response body's schema, deep in an allOf's property": _doc(
        responses={
            "200": {
                "description": "ok",
                "content": {
                    "application/json": {
                        "schema": {
                            "allOf": [{"properties": {"p": {"not": {"type": "integer"}, **_uri()}}}]
                        }
                    }
                },
            }
        }
    ),
    "a regex default the models' engine cannot compile": _doc(
        {"R": {"type": "string", "format": "regex", "default": "(("}}
    ),
}


@pytest.mark.parametrize("name", sorted(FORMAT_ONLY))
def test_a_default_failing_only_its_format_is_left_out_as_the_full_validator_does(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fully, quickly = copy.deepcopy(FORMAT_ONLY[name]), copy.deepcopy(FORMAT_ONLY[name])
    expected = _fully_validated(fully, monkeypatch)
    assert expected, "the example must be one the full validator warns of"
    assert quick_check.inspect(quickly).clean

    def unwanted(doc: Any) -> None:
        raise AssertionError("the full validator ran")

    monkeypatch.setattr(spec_validator, "Validator", unwanted)
    got = validate.validate_document(quickly, lambda where: "a.yaml")
    assert got == expected  # the same warnings, pointers and words, in the same order
    assert quickly == fully  # the same defaults left out


@pytest.mark.parametrize(
    "schema",
    [
        _uri(3),  # not a string: its type fails too
        _uri(minLength=1),  # its length fails too
        {"allOf": [{"format": "uri"}], **_uri()},  # a format below, judged too
        {"$ref": "#/components/schemas/Thing", **_uri()},  # what the reference says, too
    ],
)
def test_a_default_failing_more_than_its_format_goes_the_full_way(schema: dict[str, Any]) -> None:
    doc = _doc({"Thing": {"type": "object"}, "A": schema})
    assert not quick_check.inspect(doc).clean


_CALLBACK = {
    "done": {
        "{$request.body#/url}": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": _uri()}}},
                "responses": {"200": {"description": "ok"}},
            }
        }
    }
}


_ELSEWHERE = {
    "a callback": {"callbacks": _CALLBACK},
    "a request body": {"requestBody": {"content": {"application/json": {"schema": _uri()}}}},
    "a response header": {
        "responses": {"200": {"description": "ok", "headers": {"L": {"schema": _uri()}}}}
    },
    "an unused shared parameter": {},
    "a schema under $defs": {
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"$defs": {"D": _uri()}}}},
            }
        }
    },
    "a map's values": {
        "parameters": [{"name": "q", "in": "query", "schema": {"additionalProperties": _uri()}}]
    },
    "a parameter's content": {
        "parameters": [
            {"name": "q", "in": "query", "content": {"application/json": {"schema": _uri()}}}
        ]
    },
}


@pytest.mark.parametrize("where", sorted(_ELSEWHERE))
def test_a_format_default_where_only_the_full_validator_knows_if_it_looks_goes_the_full_way(
    where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = _doc(**_ELSEWHERE[where])
    if where == "an unused shared parameter":
        doc["components"]["parameters"] = {"P": {"name": "p", "in": "query", "schema": _uri()}}
    assert not quick_check.inspect(doc).clean
    assert validate.validate_document(copy.deepcopy(doc), lambda where: "a.yaml") == (
        _fully_validated(doc, monkeypatch)
    )


def test_another_fault_beside_a_format_default_is_reported_in_full() -> None:
    doc = _doc({"A": _uri(), "B": {"type": "strin"}})
    assert not quick_check.inspect(doc).clean
    with pytest.raises(InputError) as err:
        validate.validate_document(doc, lambda where: "a.yaml")
    assert [p.where for p in err.value.problems] == ["/components/schemas/B/type"]
