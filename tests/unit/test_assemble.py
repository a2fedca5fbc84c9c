"""Assembly: merge, 3.0 -> 3.1, manifest facts, lint, validation, the two real providers."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from codegen.assemble import assemble_document, assemble_provider
from codegen.assemble.lint import lint_piece
from codegen.assemble.merge import merge_pieces
from codegen.assemble.normalize import to_openapi_31
from codegen.assemble.validate import validate_document
from codegen.errors import InputError
from codegen.manifest import load_manifest
from codegen.sources.base import Piece

ROOT = Path(__file__).resolve().parents[2]
TINY = ROOT / "tests" / "data" / "assemble" / "tiny"


def _schema_doc(**schemas: Any) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }


def _op(description: str = "OK") -> dict[str, Any]:
    return {"responses": {"200": {"description": description}}}


# -- 3.0 -> 3.1 --------------------------------------------------------------------------


def test_nullable_becomes_a_type_array_and_null_joins_the_enum() -> None:
    doc = to_openapi_31(
        _schema_doc(
            A={"type": "string", "nullable": True},
            B={"type": "string", "enum": ["a", "b"], "nullable": True},
            C={"type": "string", "nullable": False},
        )
    )
    schemas = doc["components"]["schemas"]
    assert schemas["A"] == {"type": ["string", "null"]}
    assert schemas["B"] == {"type": ["string", "null"], "enum": ["a", "b", None]}
    assert schemas["C"] == {"type": "string"}
    assert doc["openapi"] == "3.1.0"


def test_nullable_ref_and_composition_become_any_of_with_null() -> None:
    doc = to_openapi_31(
        _schema_doc(
            A={"$ref": "#/components/schemas/B", "nullable": True, "description": "an A"},
            B={"allOf": [{"type": "object"}], "nullable": True},
        )
    )
    schemas = doc["components"]["schemas"]
    assert schemas["A"] == {
        "description": "an A",
        "anyOf": [{"$ref": "#/components/schemas/B"}, {"type": "null"}],
    }
    assert schemas["B"] == {"anyOf": [{"allOf": [{"type": "object"}]}, {"type": "null"}]}


def test_boolean_exclusive_bounds_become_numbers() -> None:
    doc = to_openapi_31(
        _schema_doc(
            A={
                "type": "number",
                "minimum": 0,
                "exclusiveMinimum": True,
                "maximum": 9,
                "exclusiveMaximum": False,
            },
        )
    )
    assert doc["components"]["schemas"]["A"] == {
        "type": "number",
        "exclusiveMinimum": 0,
        "maximum": 9,
    }


def test_data_and_names_are_not_taken_for_keywords() -> None:
    doc = to_openapi_31(
        _schema_doc(
            A={
                "type": "object",
                "example": {"nullable": True},
                "properties": {"default": {"type": "string", "nullable": True}},
            },
        )
    )
    a = doc["components"]["schemas"]["A"]
    assert a["example"] == {"nullable": True}  # an example is data
    assert a["properties"]["default"] == {"type": ["string", "null"]}  # a property's name


def test_30_reference_siblings_are_dropped_outside_schemas() -> None:
    doc = _schema_doc(A={"$ref": "#/components/schemas/B", "description": "kept"}, B={})
    doc["components"]["parameters"] = {"P": {"name": "p", "in": "query"}}
    doc["paths"] = {
        "/a": {
            "parameters": [{"$ref": "#/components/parameters/P", "type": "string"}],
            "get": _op(),
        }
    }
    to_openapi_31(doc)
    assert doc["paths"]["/a"]["parameters"] == [{"$ref": "#/components/parameters/P"}]
    assert doc["components"]["schemas"]["A"]["description"] == "kept"


# -- merge -----------------------------------------------------------------------------------


def _piece(file: str, paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> Piece:
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": file, "version": "1"},
        "paths": paths,
    }
    if schemas is not None:
        doc["components"] = {"schemas": schemas}
    return Piece(file, doc)


def test_merge_unites_paths_and_keeps_identical_components_once() -> None:
    merged = merge_pieces(
        [
            _piece("a.yaml", {"/a": {"get": _op()}}, {"S": {"type": "string"}}),
            _piece(
                "b.yaml", {"/a": {"post": _op()}, "/b": {"get": _op()}}, {"S": {"type": "string"}}
            ),
        ]
    )
    assert merged.openapi["info"]["title"] == "a.yaml"
    assert list(merged.openapi["paths"]) == ["/a", "/b"]
    assert list(merged.openapi["paths"]["/a"]) == ["get", "post"]
    assert merged.openapi["components"]["schemas"] == {"S": {"type": "string"}}
    assert merged.owners["/paths/~1b/get"] == "b.yaml"


def test_merge_same_operation_twice_names_both_files() -> None:
    with pytest.raises(InputError) as err:
        merge_pieces(
            [_piece("a.yaml", {"/a": {"get": _op()}}), _piece("b.yaml", {"/a": {"get": _op()}})]
        )
    message = err.value.problems[0].message
    assert "GET /a is defined twice" in message and "a.yaml" in message and "b.yaml" in message


def test_merge_component_collision_is_an_error() -> None:
    with pytest.raises(InputError) as err:
        merge_pieces(
            [
                _piece("a.yaml", {}, {"S": {"type": "string"}}),
                _piece("b.yaml", {}, {"S": {"type": "integer"}}),
            ]
        )
    problem = err.value.problems[0]
    assert (problem.file, problem.where) == ("b.yaml", "/components/schemas/S")
    assert "a.yaml" in problem.message


def test_merge_copies_a_part_a_piece_holds_twice() -> None:
    shared = {"type": "string"}
    merged = merge_pieces([_piece("a.yaml", {}, {"A": shared, "B": shared})])
    schemas = merged.openapi["components"]["schemas"]
    assert schemas == {"A": shared, "B": shared}
    assert schemas["A"] is not schemas["B"]  # a rewrite of one must not change the other


def test_merge_takes_the_parts_of_a_tree_as_they_are() -> None:
    piece = dataclasses.replace(_piece("a.yaml", {"/a": {"get": _op()}}), tree=True)
    operation = piece.openapi["paths"]["/a"]["get"]
    assert merge_pieces([piece]).openapi["paths"]["/a"]["get"] is operation


def test_a_yaml_alias_is_a_place_of_its_own_once_assembled(tmp_path: Path) -> None:
    # a schema written once and aliased in another part: each place is repaired and
    # reported on its own, as if written twice
    doc = tmp_path / "api.yaml"
    doc.write_text(
        """openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /a:
    get:
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  count: &count {type: integer, nullable: true, default: "5"}
components:
  schemas:
    Count: *count
""",
        encoding="utf-8",
    )
    assembled = assemble_document(doc, "t")
    count = assembled.openapi["components"]["schemas"]["Count"]
    media = assembled.openapi["paths"]["/a"]["get"]["responses"]["200"]["content"]
    prop = media["application/json"]["schema"]["properties"]["count"]
    assert count == prop == {"type": ["integer", "null"], "default": 5}
    assert count is not prop
    assert [w.where for w in assembled.warnings if w.where.endswith("/default")] == [
        "/paths/~1a/get/responses/200/content/application~1json/schema/properties/count/default",
        "/components/schemas/Count/default",
    ]


# -- lint ------------------------------------------------------------------------------------


def test_lint_finds_an_example_of_another_type() -> None:
    line_items = {
        "type": "object",
        "description": 'Line items (example: "[\n  {"Quantity": "2"}\n]  \n  ")',
        "properties": {},
    }
    schema = {
        "type": "object",
        "properties": {
            "lineItems": line_items,
            "currency": {"type": "string", "description": 'Currency (example: "USD")'},
            "count": {"type": "integer", "example": "3"},
            "flag": {"type": "boolean", "nullable": True, "default": None},
            "amount": {"type": "number", "example": 3},
        },
    }
    warnings = lint_piece(Piece("p.md", _schema_doc(Body=schema)))
    assert [(w.where, w.message) for w in warnings] == [
        (
            "/components/schemas/Body/properties/lineItems/description",
            "`lineItems` is declared `type: object` but its example is an array",
        ),
        (
            "/components/schemas/Body/properties/count/example",
            "`count` is declared `type: integer` but its example is a string",
        ),
    ]


# -- validation ------------------------------------------------------------------------------


def test_validation_errors_carry_the_pointer_of_the_failing_part() -> None:
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/A"}}
                            },
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "properties": {
                        "b": {"type": "objec"},
                        "c": {"type": "boolean", "default": "no"},
                    },
                }
            }
        },
    }
    with pytest.raises(InputError) as err:
        validate_document(doc, lambda where: "a.yaml")
    wheres = {p.where for p in err.value.problems}
    assert "/components/schemas/A/properties/b/type" in wheres
    # a default its schema rejects is left out with a warning instead (test_lenient_input)
    assert "/components/schemas/A/properties/c/default" not in wheres
    assert all(p.file == "a.yaml" for p in err.value.problems)


def test_validation_error_of_an_assembled_document_names_its_file(tmp_path: Path) -> None:
    doc = tmp_path / "api.yaml"
    doc.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n"
        "paths:\n  /a:\n    get:\n      parameters: [{name: q, in: qery}]\n"
        "      responses: {'200': {description: OK}}\n"
    )
    with pytest.raises(InputError) as err:
        assemble_document(doc, "t")
    problem = err.value.problems[0]
    assert problem.file == "api.yaml"
    assert problem.where.startswith("/paths/~1a/get/parameters/0")


# -- a whole provider ------------------------------------------------------------------------


def test_tiny_provider_gets_the_manifest_facts() -> None:
    doc = assemble_provider(load_manifest(TINY)).openapi
    assert doc["servers"] == [
        {"url": "https://api.tiny.test/v1", "x-codegen-environment": "PROD"},
        {
            "url": "https://sandbox.tiny.test/v1",
            "x-codegen-environment": "SANDBOX",
            "description": "Test data only",
        },
    ]
    scheme = doc["components"]["securitySchemes"]["ApiKey"]
    assert scheme["x-codegen-env-var"] == "TINY_API_KEY"
    assert doc["security"] == [{"ApiKey": []}]
    assert doc["x-codegen-idempotency-header"] == "Idempotency-Key"
    assert doc["paths"]["/invoices"]["get"]["x-codegen-pagination"]["param"] == "page"
    assert doc["info"]["description"] == "A tiny test API."
    assert doc["components"]["schemas"]["Invoice"]["properties"]["note"]["type"] == [
        "string",
        "null",
    ]


def test_tiny_provider_merges_variants_from_two_pages() -> None:
    assembled = assemble_provider(load_manifest(TINY))
    assert assembled.sources == [
        "assemble/tiny/invoices.yaml",
        "assemble/tiny/tool-create.md",
        "assemble/tiny/tool-delete.md",
    ]
    op = assembled.openapi["paths"]["/tools"]["post"]
    assert [v["value"] for v in op["x-codegen-variants"]["variants"]] == [
        "CREATE_NOTE",
        "DELETE_NOTE",
    ]
    assert len(op["requestBody"]["content"]["application/json"]["schema"]["oneOf"]) == 2


def test_tiny_provider_overlay_fixes_what_the_warning_still_reports() -> None:
    assembled = assemble_provider(load_manifest(TINY))
    line_items = assembled.openapi["components"]["schemas"]["Invoice"]["properties"]["lineItems"]
    assert line_items["type"] == "array" and "properties" not in line_items
    assert any("lineItems" in w.message for w in assembled.warnings)


def test_manifest_facts_that_name_unknown_things_are_errors() -> None:
    manifest = dataclasses.replace(
        load_manifest(TINY), auth_env={"Nope": "X"}, pagination={"noSuchOp": {"style": "page"}}
    )
    with pytest.raises(InputError) as err:
        assemble_provider(manifest)
    messages = [p.message for p in err.value.problems]
    assert any("'Nope'" in m for m in messages)
    assert any("'noSuchOp'" in m for m in messages)
    assert all(p.file == "assemble/tiny/manifest.yaml" for p in err.value.problems)


def test_a_manifest_scheme_replaces_the_documents_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "api.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n"
        "components: {securitySchemes: {Key: {type: http, scheme: basic}}}\n"
    )
    (tmp_path / "manifest.yaml").write_text(
        "documents: [{path: api.yaml, shape: openapi}]\n"
        "security_schemes: {Key: {type: http, scheme: bearer}}\n"
    )
    assembled = assemble_provider(load_manifest(tmp_path))
    assert assembled.openapi["components"]["securitySchemes"]["Key"]["scheme"] == "bearer"
    assert any("replaces" in w.message for w in assembled.warnings)


def test_assembly_is_deterministic() -> None:
    first = json.dumps(assemble_provider(load_manifest(TINY)).openapi, sort_keys=False)
    second = json.dumps(assemble_provider(load_manifest(TINY)).openapi, sort_keys=False)
    assert first == second


# -- the real providers ----------------------------------------------------------------------


def test_actionkit() -> None:
    assembled = assemble_provider(load_manifest(ROOT / "specs" / "actionkit"))
    doc = assembled.openapi
    assert list(doc["paths"]) == ["/projects/{project_id}/tools"]
    op = doc["paths"]["/projects/{project_id}/tools"]["post"]
    body = op["requestBody"]["content"]["application/json"]["schema"]
    assert body["properties"]["tool"]["const"] == "XERO_CREATE_INVOICE"
    line_items = body["properties"]["parameters"]["properties"]["lineItems"]
    assert line_items["type"] == "array"
    assert set(line_items["items"]["properties"]) == {
        "Description",
        "Quantity",
        "UnitAmount",
        "AccountCode",
    }
    assert line_items["description"].startswith("Line items")
    assert op["x-codegen-variants"]["arguments"] == "parameters"
    assert doc["servers"][0]["x-codegen-environment"] == "US"
    bearer = doc["components"]["securitySchemes"]["BearerAuth"]
    assert bearer["x-codegen-env-var"] == "ACTIONKIT_USER_TOKEN"
    assert [w.file for w in assembled.warnings if "lineItems" in w.message] == [
        "specs/actionkit/xero-create-invoice.md"
    ]


def test_bookeeping() -> None:
    doc = assemble_provider(load_manifest(ROOT / "specs" / "bookeeping")).openapi
    assert doc["openapi"] == "3.1.0"
    assert [(s["url"], s["x-codegen-environment"]) for s in doc["servers"]] == [
        ("https://api.bookeeping.ai/public-api", "US"),
        ("https://ca-api.bookeeping.ai/public-api", "CANADA"),
        ("https://eu-api.bookeeping.ai/public-api", "EU"),
    ]
    body = doc["paths"]["/v1/invoices"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"]["properties"]["purchaseOrderId"]["type"] == ["string", "null"]
    assert doc["components"]["securitySchemes"]["BearerAuth"]["x-codegen-env-var"] == (
        "BOOKEEPING_API_KEY"
    )


def test_manifest_rate_limit_headers_and_unsafe_operations_reach_the_document(
    tmp_path: Path,
) -> None:
    (tmp_path / "api.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n"
        "paths: {/send: {get: {operationId: sendReminder, responses: {'200': {description: ok}}}}}\n"
    )
    (tmp_path / "manifest.yaml").write_text(
        "documents: [{path: api.yaml, shape: openapi}]\n"
        "unsafe_operations: [sendReminder]\n"
        "rate_limit_headers:\n"
        "  minute: {remaining: X-MinLimit-Remaining, limit: 60}\n"
    )
    doc = assemble_provider(load_manifest(tmp_path)).openapi
    assert doc["paths"]["/send"]["get"]["x-codegen-unsafe"] is True
    assert doc["x-codegen-rate-limit-headers"] == {
        "minute": {"remaining": "X-MinLimit-Remaining", "limit": 60}
    }


def test_bad_rate_limit_headers_and_unknown_unsafe_operations_are_errors(tmp_path: Path) -> None:
    (tmp_path / "api.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n"
    )
    (tmp_path / "manifest.yaml").write_text(
        "documents: [{path: api.yaml, shape: openapi}]\n"
        "rate_limit_headers: {minute: {left: X-Left}}\n"
    )
    with pytest.raises(InputError) as err:
        load_manifest(tmp_path)
    (problem,) = err.value.problems
    assert problem.file.endswith("manifest.yaml")
    assert "rate_limit_headers.minute.left" in problem.message
    (tmp_path / "manifest.yaml").write_text(
        "documents: [{path: api.yaml, shape: openapi}]\nunsafe_operations: [noSuchOp]\n"
    )
    with pytest.raises(InputError) as err:
        assemble_provider(load_manifest(tmp_path))
    assert "'noSuchOp'" in err.value.problems[0].message
