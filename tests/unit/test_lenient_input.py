"""Faults of real documents that are corrected with a warning instead of rejecting them:
percent-encoded references, defaults spelled as strings, a query string in a path key,
patterns for the Rust regex engine, and datamodel-code-generator's own warnings."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest
from tinydoc import openapi

from codegen import patterns
from codegen.assemble import assemble_document
from codegen.assemble.repair import NOT_READ, read_as
from codegen.assemble.validate import validate_document
from codegen.emit.data.sample import matching
from codegen.emit.models.writer import summarise_warnings
from codegen.errors import InputError
from codegen.ir.build import build_api
from codegen.ir.model import PackageInfo
from codegen.pipeline import Generated
from codegen.refs import canonical_ref, local_ref, ref_parts
from codegen.sources.query_keys import move_query_out_of_paths

PKG = PackageInfo(name="tiny", distribution="tiny-client", version="0.1.0", provider="tiny")


def _assemble(tmp_path: Path, doc: dict[str, Any]) -> Any:
    path = tmp_path / "api.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return assemble_document(path, "api")


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


# -- references in URI-fragment form (RFC 6901 §6) --------------------------------------------


def test_reference_pointers_are_percent_decoded_before_the_tilde_escapes() -> None:
    assert ref_parts("#/paths/~1things~1%7Bid%7D/get") == ["paths", "/things/{id}", "get"]
    assert ref_parts("#/components/schemas/Foo%20Bar") == ["components", "schemas", "Foo Bar"]
    assert ref_parts("#/a~01/b%25") == ["a~1", "b%"]  # `~01` is `~1` spelled, not `/`
    assert ref_parts("other.yaml#/a") is None
    assert ref_parts("#anchor") is None
    # one spelling per place, and a key holding `%` survives the round trip
    assert canonical_ref("#/components/schemas/Foo%20Bar") == "#/components/schemas/Foo Bar"
    assert ref_parts(local_ref("components", "schemas", "100%25 off")) == [
        "components",
        "schemas",
        "100%25 off",
    ]


def test_a_percent_encoded_reference_reaches_its_schema_and_is_one_model(
    tmp_path: Path,
) -> None:
    thing = {"type": "object", "properties": {"id": {"type": "string"}}}
    doc = openapi(
        {
            "/things/{id}": {
                "get": {
                    "operationId": "getThing",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {"200": {"description": "ok", **_json(thing)}},
                }
            },
            "/things": {
                "post": {
                    "operationId": "createThing",
                    # `%49` is `I`: spelled out needlessly, but a valid spelling of the place
                    "requestBody": _json({"$ref": "#/components/schemas/Thing%49tem"}),
                    "responses": {
                        "200": {
                            "description": "ok",
                            **_json(
                                {
                                    "$ref": "#/paths/~1things~1%7Bid%7D/get/responses/200"
                                    "/content/application~1json/schema"
                                }
                            ),
                        },
                        "201": {
                            "description": "ok",
                            **_json({"$ref": "#/components/schemas/ThingItem"}),
                        },
                    },
                }
            },
        },
        {"ThingItem": thing},
    )
    assembled = _assemble(tmp_path, doc)
    api = build_api(assembled.openapi, PKG)
    create = next(op for r in api.resources for op in r.operations if op.py_name == "create")
    assert create.body is not None and create.body.model == "ThingItem"
    # both spellings of the component are one model
    assert [m.name for m in api.models].count("ThingItem") == 1


# -- defaults and examples of another type --------------------------------------------------


@pytest.mark.parametrize(
    ("value", "types", "expected"),
    [
        ("10", ["integer"], 10),
        (" -3 ", ["integer", "null"], -3),
        ("1.5", ["number"], 1.5),
        ("2", ["number"], 2),
        ("False", ["boolean"], False),
        ("[1, 2]", ["array"], [1, 2]),
        ("{}", ["object"], {}),
        (1, ["string"], "1"),
        (True, ["string"], "true"),
    ],
)
def test_a_value_that_spells_its_type_is_read_as_it(
    value: Any, types: list[str], expected: Any
) -> None:
    assert read_as(value, types) == expected


@pytest.mark.parametrize(
    ("value", "types"),
    [("", ["integer"]), ("1.5", ["integer"]), ("yes", ["boolean"]), ("", ["array"])],
)
def test_a_value_that_spells_nothing_of_its_type_is_not_read(value: Any, types: list[str]) -> None:
    assert read_as(value, types) is NOT_READ


def test_defaults_are_read_as_their_type_or_left_out_with_a_warning(tmp_path: Path) -> None:
    props = {
        "limit": {"type": "integer", "default": "10"},
        "flag": {"type": "boolean", "default": "false"},
        "level": {"type": "string", "enum": ["none", 1, 2], "default": 1},
        "ids": {"type": "array", "items": {"type": "integer"}, "default": ""},
        "count": {"type": "integer", "example": "3"},
        "mode": {"type": "string", "enum": ["a", "b"], "default": "c"},
        "when": {"type": "string", "format": "date-time", "default": "now"},
        "note": {"type": "string", "example": {"not": "a string"}},
    }
    doc = openapi(
        {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": _json({"$ref": "#/components/schemas/Thing"}),
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        {"Thing": {"type": "object", "properties": props}},
    )
    assembled = _assemble(tmp_path, doc)  # the validator alone rejects all but `count`
    got = assembled.openapi["components"]["schemas"]["Thing"]["properties"]
    assert got["limit"]["default"] == 10
    assert got["flag"]["default"] is False
    assert got["level"] == {"type": "string", "enum": ["none", "1", "2"], "default": "1"}
    assert got["count"]["example"] == 3
    for left_out in ("ids", "mode", "when"):
        assert "default" not in got[left_out]
    assert got["note"]["example"] == {"not": "a string"}  # kept: the tests do not use it

    messages = {w.where.rsplit("/", 2)[-2]: w.message for w in assembled.warnings}
    assert messages["limit"] == (
        '`limit` is declared `type: integer` but its default is a string, "10": read as 10'
    )
    assert messages["ids"].endswith('its default is a string, "": left out')
    assert "does not fit its schema" in messages["mode"] and "left out" in messages["mode"]
    assert "does not fit its schema" in messages["when"]
    # one warning per place: the repair's says what lint's said, and what was done
    places = [(w.file, w.where) for w in assembled.warnings]
    assert len(places) == len(set(places))
    assert all(w.file == "api.json" for w in assembled.warnings)


def test_the_validator_still_rejects_a_broken_schema_beside_a_bad_default() -> None:
    doc = openapi(
        {},
        {
            "A": {
                "type": "object",
                "properties": {"b": {"type": "objec"}, "c": {"type": "boolean", "default": "no"}},
            }
        },
    )
    with pytest.raises(InputError) as err:
        validate_document(doc, lambda where: "a.yaml")
    assert [p.where for p in err.value.problems] == ["/components/schemas/A/properties/b/type"]


def test_a_default_its_schema_rejects_is_left_out_by_validation() -> None:
    schema = {"type": "string", "enum": ["a"], "default": "b"}
    doc = openapi({}, {"A": schema})
    warned = validate_document(doc, lambda where: "a.yaml")
    assert "default" not in schema
    assert [(w.file, w.where) for w in warned] == [("a.yaml", "/components/schemas/A/default")]


# -- a query string in a path key -------------------------------------------------------------


def _param(name: str, where: str = "path") -> dict[str, Any]:
    return {"name": name, "in": where, "required": True, "schema": {"type": "string"}}


def _query_doc() -> dict[str, Any]:
    ok = {"200": {"description": "ok"}}
    return openapi(
        {
            "/uploads?convert={convert}": {"post": {"operationId": "upload", "responses": ok}},
            "/search/{country}/?q={query}": {
                "get": {
                    "operationId": "search",
                    "parameters": [_param("country"), _param("query")],
                    "responses": ok,
                }
            },
            "/export?filename={filename}&format=csv": {
                "get": {
                    "operationId": "export",
                    "parameters": [{"$ref": "#/components/parameters/Filename"}],
                    "responses": ok,
                }
            },
            "/numbers?{search}=1": {
                "get": {"operationId": "numbers", "parameters": [_param("search")], "responses": ok}
            },
            "/items": {"get": {"operationId": "listItems", "responses": ok}},
            "/items?all=true": {"get": {"operationId": "listAllItems", "responses": ok}},
        },
        components={"parameters": {"Filename": _param("filename")}},
    )


def test_the_query_of_a_path_key_becomes_query_parameters() -> None:
    doc = _query_doc()
    warned = move_query_out_of_paths(doc, "api.json")
    paths = doc["paths"]
    assert list(paths) == ["/uploads", "/search/{country}/", "/export", "/items"]
    assert paths["/uploads"]["post"]["parameters"] == [_param("convert", "query")]
    assert paths["/search/{country}/"]["get"]["parameters"] == [
        _param("country"),
        _param("q", "query"),
    ]
    assert paths["/export"]["get"]["parameters"] == [
        _param("filename", "query"),  # a copy: the shared component is left as it is
        {
            "name": "format",
            "in": "query",
            "required": True,
            "schema": {"type": "string", "enum": ["csv"], "default": "csv"},
        },
    ]
    assert doc["components"]["parameters"]["Filename"]["in"] == "path"
    assert paths["/items"]["get"]["operationId"] == "listItems"
    left_out = {w.where: w.message for w in warned if "left out" in w.message}
    assert set(left_out) == {"/paths/~1numbers?{search}=1/get", "/paths/~1items?all=true/get"}
    said = {w.where: w.message for w in warned}
    assert (
        "`query` moved from the path to the query as `q`"
        in said["/paths/~1search~1{country}~1?q={query}/get"]
    )
    assert "`convert` added" in said["/paths/~1uploads?convert={convert}/post"]


def test_a_document_with_queries_in_its_path_keys_is_read_and_valid(tmp_path: Path) -> None:
    assembled = _assemble(tmp_path, _query_doc())  # the validator rejected `/uploads?...`
    assert not any("?" in key for key in assembled.openapi["paths"])
    said = [w.message for w in assembled.warnings]
    assert sum("query string" in m for m in said) == 3
    assert sum("left out" in m for m in said) == 2
    # and the report lists them with what was not generated
    api = build_api(assembled.openapi, PackageInfo("q", "q", "0.1.0", "q"))
    skipped = {s.what: s for s in api.skipped}
    assert set(skipped) == {"operation GET /numbers?{search}=1", "operation GET /items?all=true"}
    assert "names no parameter" in skipped["operation GET /numbers?{search}=1"].reason
    assert skipped["operation GET /items?all=true"].where.endswith("/paths/~1items?all=true/get")


# -- patterns for the Rust regex engine --------------------------------------------------------


def test_patterns_count_when_either_engine_compiles_them() -> None:
    assert patterns.compiles(r"^\p{L}+$")  # Rust only
    assert patterns.compiles(r"^(?!x).*$")  # Python only
    assert not patterns.compiles("([a-z]")
    assert patterns.search(r"^\p{Lu}", "Émile") is True
    assert patterns.search(r"^\p{Lu}", "émile") is False
    assert patterns.search("([a-z]", "a") is None


@pytest.mark.parametrize(
    ("pattern", "min_length"),
    [
        (r"^\p{Lu}\p{Ll}+$", 0),
        (r"^[\p{L}\p{N} _-]+$", 0),
        (r"^\P{C}*$", 3),
        (r"^(?<year>\d{4})-\d\d\z", 0),
        (r"[a-zA-Z0-9][a-zA-Z0-9-]*", 36),
    ],
)
def test_sample_strings_match_rust_patterns_and_lengths(pattern: str, min_length: int) -> None:
    text = matching(pattern, min_length)
    assert text is not None
    assert patterns.search(pattern, text) and len(text) >= min_length


def test_rust_patterns_are_kept_and_unusable_ones_left_out(
    tmp_path: Path, generate_and_import: Callable[..., ModuleType]
) -> None:
    name = {"type": "string", "pattern": r"^\p{Lu}\p{Ll}+$", "default": "Émile"}
    doc = openapi(
        {
            "/people": {
                "post": {
                    "operationId": "createPerson",
                    "requestBody": _json({"$ref": "#/components/schemas/Person"}),
                    "responses": {
                        "200": {
                            "description": "ok",
                            **_json({"$ref": "#/components/schemas/Person"}),
                        }
                    },
                }
            }
        },
        {
            "Person": {
                "type": "object",
                "required": ["name", "code"],
                "properties": {
                    "name": name,
                    # one model with a Python-only and a Rust-only pattern: each on its engine
                    "code": {"type": "string", "pattern": r"^(?!x)\w+$"},
                    "tag": {"type": "string", "pattern": "([a-z]"},
                    "alias": {"type": "string", "pattern": r"^\P{C}{2,}$"},
                },
            }
        },
    )
    assembled = _assemble(tmp_path, doc)
    props = assembled.openapi["components"]["schemas"]["Person"]["properties"]
    assert props["name"]["pattern"] == r"^\p{Lu}\p{Ll}+$"
    assert "pattern" not in props["tag"]
    [warning] = [w for w in assembled.warnings if w.where.endswith("/pattern")]
    assert warning.where == "/components/schemas/Person/properties/tag/pattern"

    pkg = generate_and_import(doc, "rust_patterns_pkg")
    person = pkg.Person(name="Émile", code="ab", alias="zz")
    assert person.name == "Émile"
    for bad in ({"name": "émile"}, {"code": "xy"}, {"alias": "\x01\x02"}):
        with pytest.raises(pydantic.ValidationError):
            pkg.Person(**{"name": "Émile", "code": "ab", **bad})


def test_a_response_example_may_carry_properties_its_schema_does_not_name(
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    # the models keep what a provider adds (Xero's `Id`, `Status` envelope): such an example
    # is the provider's real answer; a request example with an unnamed key is still refused
    person = {
        "type": "object",
        "properties": {"name": {"type": "string"}},
    }
    doc = openapi(
        {
            "/people": {
                "post": {
                    "operationId": "createPerson",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Person"},
                                "example": {"nmae": "Ada"},
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Person"},
                                    "example": {"name": "Ada", "Status": "OK"},
                                }
                            },
                        }
                    },
                }
            }
        },
        {"Person": person},
    )
    result, _ = generate(doc, "open_response_example_pkg")
    report = json.loads(result.files["codegen-report.json"])
    mismatches = [w["message"] for w in report["warnings"] if "does not match" in w["message"]]
    assert len(mismatches) == 1 and "request example" in mismatches[0], mismatches
    example = next(e for e in result.api.operations[0].examples if e.kind == "response")
    assert example.valid


@pytest.mark.parametrize("discriminated", [False, True])
def test_a_request_example_of_a_model_that_extends_another_is_judged_whole(
    generate: Callable[..., tuple[Generated, Path]], discriminated: bool
) -> None:
    """The base's properties and the child's own are both named: the example fits, and a
    misspelt key is still refused, alone."""
    parent: dict[str, Any] = {"type": "object", "properties": {"kind": {"type": "string"}}}
    if discriminated:
        parent["discriminator"] = {"propertyName": "kind"}
    child = {
        "allOf": [
            {"$ref": "#/components/schemas/Parent"},
            {"type": "object", "properties": {"x": {"type": "integer"}}},
        ]
    }

    def post(path: str, example: dict[str, Any]) -> dict[str, Any]:
        body = {"schema": {"$ref": "#/components/schemas/Child"}, "example": example}
        return {
            "post": {
                "operationId": path.strip("/"),
                "requestBody": {"content": {"application/json": body}},
                "responses": {"204": {"description": "done"}},
            }
        }

    doc = openapi(
        {
            "/fits": post("/fits", {"kind": "dog", "x": 1}),
            "/misspelt": post("/misspelt", {"kind": "dog", "x": 1, "X": 2}),
        },
        {"Parent": parent, "Child": child},
    )
    result, _ = generate(doc, f"extends_example_pkg_{int(discriminated)}")
    report = json.loads(result.files["codegen-report.json"])
    mismatches = [w["message"] for w in report["warnings"] if "does not match" in w["message"]]
    assert len(mismatches) == 1 and "of misspelt does not match Child" in mismatches[0]
    assert mismatches[0].endswith(
        "(top): Unevaluated properties are not allowed ('X' was unexpected)"
    )
    fits = next(op for op in result.api.operations if op.operation_id == "fits")
    assert all(e.valid for e in fits.examples)


def test_an_example_against_a_rust_pattern_is_checked_not_crashed(
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    doc = openapi(
        {
            "/people": {
                "get": {
                    "operationId": "getPerson",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Person"},
                                    "example": {"name": "émile"},
                                }
                            },
                        }
                    },
                }
            }
        },
        {
            "Person": {
                "type": "object",
                "properties": {"name": {"type": "string", "pattern": r"^\p{Lu}"}},
            }
        },
    )
    result, _ = generate(doc, "rust_example_pkg")
    report = json.loads(result.files["codegen-report.json"])
    assert any("does not match Person" in w["message"] for w in report["warnings"])


# -- datamodel-code-generator's warnings --------------------------------------------------------


def test_library_warnings_are_summarised_by_kind() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for field in ("Employer.id", "User.id", "Employer.id", "A.b", "C.d", "E.f", "G.h"):
            warnings.warn(f"no pattern on UUID; {field} is generated without it.", stacklevel=1)
        warnings.warn("format of 'metadata' not understood", stacklevel=1)
        warnings.warn("format of 'metadata' not understood", stacklevel=1)
        warnings.warn("internal", DeprecationWarning, stacklevel=1)
    summary = [p.message for p in summarise_warnings(caught, "api.json")]
    assert summary == [
        "datamodel-code-generator: UserWarning: format of 'metadata' not understood",
        (
            "datamodel-code-generator: UserWarning: no pattern on UUID; … is generated without "
            "it. (6 times: A.b, C.d, E.f, Employer.id, G.h and 1 more)"
        ),
    ]


def test_library_warnings_go_to_the_report_not_to_stderr(
    generate: Callable[..., tuple[Generated, Path]], capfd: pytest.CaptureFixture[str]
) -> None:
    uuid = {"type": "string", "format": "uuid", "pattern": "^[0-9a-f-]+$"}
    doc = openapi(
        {
            "/things": {
                "get": {
                    "operationId": "getThing",
                    "responses": {
                        "200": {
                            "description": "ok",
                            **_json({"$ref": "#/components/schemas/Thing"}),
                        }
                    },
                }
            }
        },
        {"Thing": {"type": "object", "properties": {"id": uuid, "other_id": uuid}}},
    )
    result, _ = generate(doc, "library_warnings_pkg")
    assert capfd.readouterr().err == ""
    report = json.loads(result.files["codegen-report.json"])
    library = [w for w in report["warnings"] if w["message"].startswith("datamodel-code-generator")]
    assert len(library) == 1
    assert "(2 times: Thing.id, Thing.other_id)" in library[0]["message"]
